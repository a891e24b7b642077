# -*- coding: utf-8 -*-
"""Certificate of publication of the Comune di Berchidda, in the layout of a JReport (Java) form:
banded header, label/value rows, a stamp-like box. Drawn directly on a ReportLab canvas with
embedded Liberation Sans."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from data import BERCHIDDA as D, dmy

out = sys.argv[1]
L2 = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", L2 + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", L2 + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", L2 + "LiberationSans-Italic.ttf"))
c = canvas.Canvas(out, pagesize=A4)
c.setTitle(f"Certificato di pubblicazione – Delibera G.C. {D['number']}/2026")
c.setAuthor("Comune di Berchidda")
c.setCreator("JReport Engine 16 – modulo Albo")
W, H = A4
# header band
c.setFillColorRGB(0.90, 0.92, 0.88); c.rect(15*mm, H - 42*mm, W - 30*mm, 27*mm, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
c.setStrokeColorRGB(0.3, 0.4, 0.25); c.rect(20*mm, H - 38*mm, 17*mm, 19*mm)
c.setFont("LS", 6); c.drawCentredString(28.5*mm, H - 29*mm, "STEMMA")
c.setFont("LSB", 16); c.drawString(42*mm, H - 25*mm, "COMUNE DI BERCHIDDA")
c.setFont("LS", 9); c.drawString(42*mm, H - 30.5*mm, "Provincia di Sassari")
c.setFont("LS", 8); c.drawString(42*mm, H - 35*mm, "Piazza del Popolo, 5 – 07022 Berchidda (SS) – Servizio Affari Generali")
c.setFont("LSB", 13)
c.drawCentredString(W/2, H - 56*mm, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("LS", 9)
c.drawCentredString(W/2, H - 61.5*mm, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)")

rows = [("Tipo atto", "Deliberazione della Giunta Comunale"),
        ("Numero", str(D["number"])),
        ("Data adozione", dmy(D["date"])),
        ("Oggetto", D["subject"]),
        ("N. registro pubblicazioni", "211 / 2026"),
        ("Periodo di pubblicazione", "dal 09/03/2026 al 24/03/2026"),
        ("Esecutività", "immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)")]
y = H - 74*mm
x0, x1, x2 = 15*mm, 62*mm, W - 15*mm
c.setLineWidth(0.5)
for lab, val in rows:
    fnt = "LSB" if lab == "Oggetto" else "LS"
    lines = simpleSplit(val, fnt, 10, x2 - x1 - 6*mm)
    h = max(1, len(lines)) * 5*mm + 3*mm
    c.setFillColorRGB(0.95, 0.95, 0.95); c.rect(x0, y - h, x1 - x0, h, fill=1, stroke=1)
    c.setFillColorRGB(0, 0, 0); c.rect(x1, y - h, x2 - x1, h, fill=0, stroke=1)
    c.setFont("LSB", 9); c.drawString(x0 + 2.5*mm, y - 5.5*mm, lab)
    c.setFont(fnt, 10)
    for i, ln in enumerate(lines):
        c.drawString(x1 + 3*mm, y - 5.5*mm - i*5*mm, ln)
    y -= h
y -= 12*mm
txt = ("Il sottoscritto Responsabile del Servizio Affari Generali, visti gli atti d'ufficio, CERTIFICA che la "
       "deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, accessibile "
       "dal sito istituzionale, per quindici giorni consecutivi dal 09/03/2026 al 24/03/2026, senza opposizioni "
       "o reclami, e che la stessa è stata comunicata ai capigruppo consiliari con nota prot. n. 1588 del "
       "09/03/2026, ai sensi dell'art. 125 del D.Lgs. 267/2000.")
to = c.beginText(15*mm, y); to.setFont("LS", 10.5); to.setLeading(15)
for ln in simpleSplit(txt, "LS", 10.5, W - 30*mm):
    to.textLine(ln)
c.drawText(to)
y = to.getY() - 12*mm
c.setFont("LS", 10.5); c.drawString(15*mm, y, "Berchidda, 25/03/2026")
c.drawCentredString(148*mm, y, "Il Responsabile del Servizio")
c.setFont("LSI", 10.5); c.drawCentredString(148*mm, y - 6*mm, "dott.ssa Gavina Casu")
# stamp box
c.setDash(2, 2); c.rect(25*mm, y - 34*mm, 45*mm, 22*mm); c.setDash()
c.setFont("LS", 7); c.drawCentredString(47.5*mm, y - 22*mm, "Timbro")
# foot
c.setFont("LS", 7.5)
c.line(15*mm, 16*mm, W - 15*mm, 16*mm)
c.drawString(15*mm, 12*mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
c.drawRightString(W - 15*mm, 12*mm, "Pag. 1 di 1")
c.showPage(); c.save()
