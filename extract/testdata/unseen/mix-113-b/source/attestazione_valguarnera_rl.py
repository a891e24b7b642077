"""Comune di Valguarnera Caropepe - certificate of publication of a
determinazione as the Sikuel Albo module prints it (ReportLab): running head
with the register number, heading letter-spaced with Tc, register grid,
subject in a frame, justified paragraph (Tw), two signatures side by side."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.units import mm
from reportlab.lib.colors import Color, black
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Certificato di avvenuta pubblicazione - Reg. Gen. 18/2027")
c.setCreator("Sikuel - Albo Pretorio")
RED = Color(0.55, 0.08, 0.12)

# running head
c.setFont("Helvetica", 7.5)
c.drawString(20 * mm, H - 11 * mm, "Comune di Valguarnera Caropepe – Albo Pretorio on line")
c.drawRightString(W - 20 * mm, H - 11 * mm, "Registro delle pubblicazioni n. 47/2027")
c.setLineWidth(0.3); c.line(20 * mm, H - 12.5 * mm, W - 20 * mm, H - 12.5 * mm)

# letterhead (same as the engine's Form XObject, here drawn inline)
x0, y0 = 21 * mm, H - 45 * mm
c.saveState()
c.setFillColor(RED); c.setStrokeColor(black); c.setLineWidth(0.6)
p = c.beginPath(); p.moveTo(x0, y0 + 70); p.lineTo(x0 + 44, y0 + 70); p.lineTo(x0 + 44, y0 + 30)
p.lineTo(x0 + 22, y0); p.lineTo(x0, y0 + 30); p.close(); c.drawPath(p, fill=1, stroke=1)
c.setFillColor(Color(0.95, 0.8, 0.2)); c.rect(x0, y0 + 42, 44, 8, fill=1, stroke=0)
c.setFillColor(Color(0.4, 0.35, 0.3)); c.rect(x0 + 5, y0 + 74, 34, 8, fill=1, stroke=0)
c.restoreState()
cx = W / 2 + 8 * mm
c.setFont("Times-Bold", 17); c.drawCentredString(cx, H - 26 * mm, "COMUNE DI VALGUARNERA CAROPEPE")
c.setFont("Times-Italic", 11.5); c.drawCentredString(cx, H - 32 * mm, "Libero Consorzio Comunale di Enna")
c.setFont("Helvetica", 7.5)
c.drawCentredString(cx, H - 37 * mm, "Piazza della Repubblica - 94019 Valguarnera Caropepe (EN) - C.F. 80001490860")
c.setLineWidth(0.9); c.line(20 * mm, H - 47 * mm, W - 20 * mm, H - 47 * mm)
c.setLineWidth(0.4); c.line(20 * mm, H - 48 * mm, W - 20 * mm, H - 48 * mm)

# heading, letter-spaced with Tc
t = c.beginText()
head = "CERTIFICATO DI AVVENUTA PUBBLICAZIONE"
t.setFont("Times-Bold", 14); t.setCharSpace(2.6)
w = c.stringWidth(head, "Times-Bold", 14) + 2.6 * (len(head) - 1)
t.setTextOrigin((W - w) / 2, H - 62 * mm); t.textOut(head); t.setCharSpace(0)
c.drawText(t)
c.setFont("Times-Italic", 10)
c.drawCentredString(W / 2, H - 68 * mm, "(art. 11 della L.R. 3 dicembre 1991, n. 44 – art. 32 della Legge 18 giugno 2009, n. 69)")

cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10.5, leading=13)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold")
grid = Table([
    [Paragraph("DETERMINAZIONE", cellb), Paragraph("AREA TECNICA", cellb)],
    [Paragraph("Registro generale n. <b>18</b> del <b>12/01/2027</b>", cell),
     Paragraph("Registro dell'Area n. <b>3</b> del <b>12/01/2027</b>", cell)],
], colWidths=[85 * mm, 85 * mm])
grid.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, black), ("INNERGRID", (0, 0), (-1, -1), 0.3, black),
                          ("BACKGROUND", (0, 0), (-1, 0), Color(0.92, 0.92, 0.92)),
                          ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
gw, gh = grid.wrapOn(c, 170 * mm, 50 * mm)
y = H - 76 * mm - gh
grid.drawOn(c, 20 * mm, y)

subj = ("AFFIDAMENTO DIRETTO DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI ANTINCENDIO E DEI "
        "PRESIDI DI SICUREZZA DEGLI EDIFICI COMUNALI PER L'ANNO 2027 AI SENSI DELL'ART. 50, COMMA 1, "
        "LETT. B), DEL D.LGS. 36/2023 – IMPEGNO DI SPESA – CIG B51C7E2A04")
obox = Table([[Paragraph("<b>OGGETTO:</b>", cell), Paragraph(subj, cellb)]], colWidths=[27 * mm, 143 * mm])
obox.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
ow, oh = obox.wrapOn(c, 170 * mm, 60 * mm)
y -= 5 * mm + oh
obox.drawOn(c, 20 * mm, y)

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=17, alignment=TA_JUSTIFY)
mid = ParagraphStyle("mid", parent=body, alignment=TA_CENTER, fontName="Times-Bold")
blocks = [
    (Paragraph("Il sottoscritto Messo Comunale, su conforme attestazione del Responsabile dell'Albo Pretorio on line,", body), 4),
    (Paragraph("ATTESTA", mid), 4),
    (Paragraph("che copia della determinazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo "
               "Comune, consultabile sul sito istituzionale dell'Ente, per quindici giorni consecutivi, dal "
               "13/01/2027 al 28/01/2027, con il numero 47 del Registro delle pubblicazioni, e che entro il "
               "predetto termine non sono pervenuti reclami od opposizioni.", body), 0),
]
y -= 9 * mm
for para, gap in blocks:
    pw, ph = para.wrapOn(c, 170 * mm, 80 * mm)
    y -= ph
    para.drawOn(c, 20 * mm, y)
    y -= gap * mm
y -= 10 * mm
c.setFont("Times-Roman", 12)
c.drawString(20 * mm, y, "Valguarnera Caropepe, 29/01/2027")
y -= 14 * mm
for xx, role, name in ((60 * mm, "IL MESSO COMUNALE", "Rosario Scuderi"),
                       (150 * mm, "IL SEGRETARIO COMUNALE", "dott. Filippo La Rosa")):
    c.setFont("Times-Bold", 11); c.drawCentredString(xx, y, role)
    c.setFont("Times-Roman", 11.5); c.drawCentredString(xx, y - 6 * mm, name)
c.setFont("Times-Italic", 8)
c.drawCentredString(W / 2, y - 16 * mm, "Firme autografe sostituite a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993")

c.setLineWidth(0.3); c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
c.setFont("Helvetica", 7.5)
c.drawString(20 * mm, 11 * mm, "Certificato di pubblicazione – Determinazione Reg. Gen. n. 18 del 12/01/2027")
c.drawRightString(W - 20 * mm, 11 * mm, "Pagina 1 di 1")
c.showPage(); c.save()
