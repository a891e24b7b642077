"""Comune di Meldola - certificate of publication of a determinazione, as the
Civilia Next Albo module prints it (ReportLab canvas): letter-spaced heading
drawn with Tc, label/value grid, justified paragraph (Tw), running foot with
the act's number."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.units import cm
from reportlab.lib.colors import Color, black
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY

out = sys.argv[1]
W, H = A4
RED = Color(0.48, 0.07, 0.10)
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Certificato di pubblicazione - Determinazione n. 12/2027")
c.setAuthor("Civilia Next - Albo Pretorio")
c.setCreator("Civilia Next")

def crest(x, y):
    c.saveState()
    c.setFillColor(Color(0.47, 0.43, 0.39)); c.rect(x + 4, y + 58, 34, 8, fill=1, stroke=0)
    p = c.beginPath(); p.moveTo(x, y + 56); p.lineTo(x + 42, y + 56); p.lineTo(x + 42, y + 22)
    p.lineTo(x + 21, y); p.lineTo(x, y + 22); p.close()
    c.setFillColor(RED); c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(Color(0.94, 0.78, 0.24)); c.rect(x, y + 32, 42, 7, fill=1, stroke=0)
    c.restoreState()

crest(2.2 * cm, H - 3.6 * cm)
c.setFillColor(RED); c.setFont("Helvetica-Bold", 18)
c.drawString(4.3 * cm, H - 2.15 * cm, "COMUNE DI MELDOLA")
c.setFillColor(black); c.setFont("Helvetica-Oblique", 10.5)
c.drawString(4.3 * cm, H - 2.7 * cm, "Provincia di Forlì-Cesena")
c.setFont("Helvetica", 8)
c.drawString(4.3 * cm, H - 3.15 * cm, "Piazza Felice Orsini, 29 – 47014 Meldola (FC) – Tel. 0543 499411 – C.F. 80006990401")
c.setStrokeColor(RED); c.setLineWidth(0.8)
c.line(2.2 * cm, H - 3.8 * cm, W - 2.2 * cm, H - 3.8 * cm)

# register box top right
c.setStrokeColor(black); c.setLineWidth(0.5)
c.rect(W - 7.4 * cm, H - 5.35 * cm, 5.2 * cm, 1.1 * cm)
c.setFont("Helvetica", 8); c.drawString(W - 7.2 * cm, H - 4.7 * cm, "Registro delle pubblicazioni")
c.setFont("Helvetica-Bold", 10); c.drawString(W - 7.2 * cm, H - 5.15 * cm, "n. 58 / 2027")

# letter-spaced heading with Tc (no space characters between letters)
t = c.beginText()
t.setFont("Helvetica-Bold", 13)
t.setCharSpace(3.2)
head = "CERTIFICATO DI PUBBLICAZIONE"
w = c.stringWidth(head, "Helvetica-Bold", 13) + 3.2 * (len(head) - 1)
t.setTextOrigin((W - w) / 2, H - 6.6 * cm)
t.textOut(head)
t.setCharSpace(0)
c.drawText(t)

lab = ParagraphStyle("lab", fontName="Helvetica", fontSize=9.5, leading=12.5)
val = ParagraphStyle("val", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5)
rows = [
    ["Tipo di atto", "DETERMINAZIONE"],
    ["Registro generale", "n. 12 del 11/01/2027"],
    ["Registro di settore", "n. 3 – AREA LAVORI PUBBLICI E PATRIMONIO"],
    ["Oggetto", "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA DELLA SCUOLA "
                "SECONDARIA DI PRIMO GRADO DI VIA ROMA - APPROVAZIONE PERIZIA DI VARIANTE E SUPPLETIVA - "
                "CUP D77H25000410004 - CIG B4F2A91C37"],
    ["Data di esecutività", "11/01/2027"],
]
data = [[Paragraph(a, lab), Paragraph(b, val)] for a, b in rows]
tb = Table(data, colWidths=[4.2 * cm, 12.4 * cm])
tb.setStyle(TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.3, Color(0.6, 0.6, 0.6)),
    ("BACKGROUND", (0, 0), (0, -1), Color(0.95, 0.93, 0.92)),
    ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]))
tw, th = tb.wrapOn(c, 16.6 * cm, 10 * cm)
y = H - 7.5 * cm - th
tb.drawOn(c, 2.2 * cm, y)

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=16, alignment=TA_JUSTIFY)
txt = ("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio, <b>CERTIFICA</b> che la "
       "determinazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, "
       "accessibile dal sito istituzionale www.comune.meldola.fc.it, per quindici giorni consecutivi, "
       "dal 12/01/2027 al 27/01/2027, ai sensi dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69, "
       "e dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267, e che durante il periodo di pubblicazione non "
       "sono pervenuti reclami od opposizioni.")
p = Paragraph(txt, body)
pw, ph = p.wrapOn(c, 16.6 * cm, 10 * cm)
y -= 1.0 * cm + ph
p.drawOn(c, 2.2 * cm, y)

y -= 1.4 * cm
c.setFont("Times-Roman", 11.5)
c.drawString(2.2 * cm, y, "Meldola, 28/01/2027")
x = 13.2 * cm
c.setFont("Times-Bold", 11)
c.drawCentredString(x, y - 1.0 * cm, "IL RESPONSABILE DELLA PUBBLICAZIONE")
c.setFont("Times-Roman", 11.5)
c.drawCentredString(x, y - 1.55 * cm, "Sara Montanari")
c.setFont("Times-Italic", 8.5)
c.drawCentredString(x, y - 2.05 * cm, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")

# running foot with the number
c.setStrokeColor(RED); c.line(2.2 * cm, 1.7 * cm, W - 2.2 * cm, 1.7 * cm)
c.setFont("Helvetica", 7.5)
c.drawString(2.2 * cm, 1.3 * cm, "Certificato di pubblicazione – Determinazione n. 12 del 11/01/2027")
c.drawRightString(W - 2.2 * cm, 1.3 * cm, "Pagina 1 di 1")
c.showPage()
c.save()
