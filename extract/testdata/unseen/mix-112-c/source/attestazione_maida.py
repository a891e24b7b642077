#!/usr/bin/env python3
"""Comune di Maida - attestazione di avvenuta pubblicazione of Giunta n. 97/2026.

The Messo's pre-printed form (ReportLab: Helvetica, blanks of underscores)
filled by the Halley print routine, which writes the values in Courier at
fixed coordinates over the blanks. The two are separate PDFs merged with
pikepdf (the filled values become a Form XObject drawn over the form page),
as a "stampa su modulo" pipeline does.
"""
import sys, os, tempfile
import pikepdf
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

OUT = sys.argv[1] if len(sys.argv) > 1 else "attestazione-maida-halley.pdf"
W, H = A4

SUBJECT_LINES = ["LAVORI DI MESSA IN SICUREZZA DEL COSTONE ROCCIOSO SOTTOSTANTE",
                 "VIA ROMA - APPROVAZIONE PROGETTO ESECUTIVO - CUP H47H26000410001"]

tmp = tempfile.mkdtemp()
form_pdf = os.path.join(tmp, "modulo.pdf")
fill_pdf = os.path.join(tmp, "valori.pdf")

# ---- the blank form --------------------------------------------------------
c = canvas.Canvas(form_pdf, pagesize=A4)
c.setTitle("Modulo attestazione pubblicazione")
c.setFont("Helvetica-Bold", 14)
c.drawCentredString(W / 2, H - 28 * mm, "COMUNE DI MAIDA")
c.setFont("Helvetica", 10)
c.drawCentredString(W / 2, H - 34 * mm, "Provincia di Catanzaro")
c.setFont("Helvetica", 8)
c.drawCentredString(W / 2, H - 39 * mm, "UFFICIO SEGRETERIA - SERVIZIO MESSI - ALBO PRETORIO ON LINE")
c.setLineWidth(0.6)
c.line(20 * mm, H - 42 * mm, W - 20 * mm, H - 42 * mm)
c.setFont("Helvetica-Bold", 12)
c.drawCentredString(W / 2, H - 56 * mm, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE")
c.setFont("Helvetica", 8)
c.drawCentredString(W / 2, H - 61 * mm, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della L. 18 giugno 2009, n. 69)")

c.setFont("Helvetica", 10.5)
y = H - 78 * mm
c.drawString(22 * mm, y, "Il sottoscritto Messo Comunale, visti gli atti d'ufficio,")
y -= 10 * mm
c.setFont("Helvetica-Bold", 11)
c.drawCentredString(W / 2, y, "A T T E S T A")
c.setFont("Helvetica", 10.5)
y -= 11 * mm
c.drawString(22 * mm, y, "che la deliberazione della ______________________________ n. _______ del ________________")
y -= 8 * mm
c.drawString(22 * mm, y, "avente ad oggetto:")
box_top = y - 3 * mm
c.setLineWidth(0.5)
c.rect(22 * mm, box_top - 16 * mm, W - 44 * mm, 16 * mm)
y = box_top - 24 * mm
for line in ["è stata pubblicata all'Albo Pretorio on line di questo Comune al n. __________ del Registro",
             "delle pubblicazioni, per quindici giorni consecutivi, dal ________________ al ________________,",
             "ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e che contro di essa non",
             "sono pervenuti reclami od opposizioni."]:
    c.drawString(22 * mm, y, line)
    y -= 6.5 * mm
y -= 14 * mm
c.drawString(22 * mm, y, "Maida, lì ________________")
c.drawCentredString(145 * mm, y, "IL MESSO COMUNALE")
c.drawCentredString(145 * mm, y - 12 * mm, "__________________________________")
c.setFont("Helvetica", 7)
c.drawString(20 * mm, 15 * mm, "Mod. ALB/03 - rev. 2019")
c.showPage()
c.save()

# ---- the values, printed by the software over the blanks -------------------
# coordinates measured on the form above (the blanks start where the words end)
from reportlab.pdfbase.pdfmetrics import stringWidth
def x_after(prefix, size=10.5):
    return 22 * mm + stringWidth(prefix, "Helvetica", size)

v = canvas.Canvas(fill_pdf, pagesize=A4)
v.setFont("Courier-Bold", 10)
y1 = H - 78 * mm - 21 * mm + 0.8
v.drawString(x_after("che la deliberazione della ") + 4, y1, "GIUNTA COMUNALE")
v.drawString(x_after("che la deliberazione della ______________________________ n. ") + 6, y1, "97")
v.drawString(x_after("che la deliberazione della ______________________________ n. _______ del ") + 6, y1, "10/12/2026")
v.setFont("Courier", 9.5)
yb = H - 78 * mm - 21 * mm - 8 * mm - 3 * mm - 6 * mm
for i, s in enumerate(SUBJECT_LINES):
    v.drawString(25 * mm, yb - i * 5 * mm, s)
v.setFont("Courier-Bold", 10)
y2 = H - 78 * mm - 21 * mm - 8 * mm - 3 * mm - 24 * mm + 0.8
v.drawString(x_after("è stata pubblicata all'Albo Pretorio on line di questo Comune al n. ") + 8, y2, "1203")
y3 = y2 - 6.5 * mm
v.drawString(x_after("delle pubblicazioni, per quindici giorni consecutivi, dal ") + 6, y3, "14/12/2026")
v.drawString(x_after("delle pubblicazioni, per quindici giorni consecutivi, dal ________________ al ") + 6, y3, "29/12/2026")
y4 = y2 - 4 * 6.5 * mm - 14 * mm + 0.8
v.drawString(x_after("Maida, lì ") + 6, y4, "30/12/2026")
v.setFont("Courier", 10)
v.drawCentredString(145 * mm, y4 - 12 * mm + 1.5, "Francesco Cristofaro")
v.setFont("Courier", 7)
v.drawRightString(W - 20 * mm, 15 * mm, "HALLEY - Albo on line - stampa 30/12/2026 10:42")
v.showPage()
v.save()

# ---- merge: the values go on as an overlay (a Form XObject) ----------------
pdf = pikepdf.open(form_pdf)
ov = pikepdf.open(fill_pdf)
pdf.pages[0].add_overlay(ov.pages[0])
pdf.docinfo["/Title"] = "Attestazione di pubblicazione - Delibera G.C. n. 97/2026"
pdf.docinfo["/Creator"] = "Halley - Albo Pretorio"
pdf.save(OUT)
