#!/usr/bin/env python3
"""C.I.S.A. Ovest Ticino - Decreto del Presidente n. 3 dell'11/08/2027.
The consortium's decree model is a form: number, date, subject, place and
signer are typed over lines of underscores (ReportLab canvas, the values a
little above the underscores, as a filled form prints). The acronym in the
letterhead is drawn glyph by glyph; the body is justified (Tw)."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import Paragraph
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib import colors

OUT = sys.argv[1]
W, H = A4
L, R = 22 * mm, W - 22 * mm
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Decreto Presidente 3/2027")
c.setAuthor("CISA Ovest Ticino")
c.setCreator("Sicraweb - Decreti")

# letterhead: coloured block with the acronym, glyph by glyph
c.setFillColor(colors.HexColor("#7a1f3d"))
c.rect(L, H - 40 * mm, 30 * mm, 22 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
for line, yy in (("C.I.S.A.", H - 26 * mm), ("OVEST", H - 31.5 * mm), ("TICINO", H - 37 * mm)):
    x = L + 15 * mm - (stringWidth(line, "Helvetica-Bold", 11) + 0.8 * (len(line) - 1)) / 2
    for ch in line:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x, yy, ch)
        x += stringWidth(ch, "Helvetica-Bold", 11) + 0.8
c.setFillColor(colors.HexColor("#7a1f3d"))
c.setFont("Helvetica-Bold", 9.2)
c.drawString(L + 34 * mm, H - 23 * mm, "CONSORZIO INTERCOMUNALE PER I SERVIZI SOCIO ASSISTENZIALI OVEST TICINO")
c.setFillColor(colors.black)
c.setFont("Helvetica", 8.3)
c.drawString(L + 34 * mm, H - 28 * mm, "Via Cavour n. 24 \u2013 28068 Romentino (NO) \u2013 C.F. 94019430037")
c.drawString(L + 34 * mm, H - 32 * mm, "PEC: cisaovestticino@legalmail.it \u2013 tel. 0321 868311")
c.setFont("Helvetica-Oblique", 7.8)
c.drawString(L + 34 * mm, H - 37 * mm,
             "Comuni consorziati: Cerano, Galliate, Romentino, Sozzago, Terdobbiate, Tornaco, Trecate")

# the form
c.setFont("Helvetica-Bold", 13)
c.drawCentredString(W / 2, H - 55 * mm, "DECRETO DEL PRESIDENTE")
c.setFont("Times-Roman", 11)
y = H - 66 * mm
c.drawString(L + 40 * mm, y, "N. ______________  del  ________________________")
c.setFont("Courier-Bold", 11)
c.drawString(L + 52 * mm, y + 2.2, "3")
c.drawString(L + 93 * mm, y + 2.2, "11/08/2027")
y -= 11 * mm
c.setFont("Times-Bold", 11)
c.drawString(L, y, "OGGETTO:")
c.setFont("Times-Roman", 11)
u = "_" * 70
for k in range(3):
    c.drawString(L + 22 * mm, y - k * 6.5 * mm, u)
c.setFont("Courier-Bold", 10.5)
subj = ["Nomina del Nucleo di Valutazione per il triennio 2027/2030."]
for k, s in enumerate(subj):
    c.drawString(L + 23 * mm, y - k * 6.5 * mm + 2.2, s)
y -= 3 * 6.5 * mm + 6 * mm

c.setFont("Times-Bold", 11)
c.drawCentredString(W / 2, y, "IL PRESIDENTE")
y -= 4 * mm
body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.8, leading=13.6, alignment=TA_JUSTIFY)


def para(text, y, indent=0, lab=None):
    p = Paragraph(text, body)
    w, h = p.wrap(R - L - indent, 400)
    if lab:
        c.setFont("Times-Roman", 10.8)
        c.drawString(L, y - 10.8, lab)
    p.drawOn(c, L + indent, y - h)
    return y - h - 4


for t in [
    "Visto l'art. 14 del D.Lgs. 27 ottobre 2009, n. 150, e l'art. 147 del D.Lgs. 18 agosto 2000, n. 267, in "
    "materia di valutazione della performance e di controlli interni;",
    "Visto lo Statuto consortile, che all'art. 18 attribuisce al Presidente del Consiglio di Amministrazione "
    "la nomina del Nucleo di Valutazione, sentito il Consiglio;",
    "Richiamato il Regolamento per la misurazione e valutazione della performance, approvato con "
    "deliberazione del Consiglio di Amministrazione n. 12 del 21/03/2024, che prevede un Nucleo in forma "
    "monocratica composto da un esperto esterno;",
    "Dato atto che l'incarico del precedente componente, dott. Franco Ardizzone, \u00e8 scaduto il 30/06/2027 e "
    "che, in esito all'avviso pubblico prot. n. 2210 del 09/06/2027, sono pervenute quattro candidature;",
    "Sentito il Consiglio di Amministrazione nella seduta del 28/07/2027 e ritenuto il curriculum della "
    "dott.ssa Paola Invernizzi il pi\u00f9 adeguato per l'esperienza maturata presso enti gestori di servizi "
    "socio assistenziali;"]:
    y = para(t, y)
y -= 2
c.setFont("Times-Bold", 11)
c.drawCentredString(W / 2, y - 8, "DECRETA")
y -= 16
for i, t in enumerate([
    "di nominare la dott.ssa Paola Invernizzi componente unico del Nucleo di Valutazione del C.I.S.A. Ovest "
    "Ticino per il triennio 2027/2030, con decorrenza dal 1\u00b0 settembre 2027;",
    "di stabilire il compenso annuo lordo onnicomprensivo in euro 3.800,00, oltre oneri di legge, "
    "demandando al Responsabile dell'Area Amministrativa e Contabile l'assunzione del relativo impegno;",
    "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione "
    "Amministrazione Trasparente, sottosezione \"Personale \u2013 OIV\", unitamente al curriculum "
    "dell'incaricata."], 1):
    y = para(t, y, indent=7 * mm, lab="%d." % i)

y -= 8 * mm
c.setFont("Times-Roman", 11)
c.drawString(L, y, "Romentino, l\u00ec ____________________")
c.setFont("Courier-Bold", 11)
c.drawString(L + 24 * mm, y + 2.2, "11/08/2027")
c.setFont("Times-Bold", 10.5)
c.drawCentredString(W - 60 * mm, y, "IL PRESIDENTE DEL CONSIGLIO DI AMMINISTRAZIONE")
c.setFont("Times-Roman", 11)
c.drawCentredString(W - 60 * mm, y - 10 * mm, "____________________________________")
c.setFont("Courier-Bold", 11)
c.drawCentredString(W - 60 * mm, y - 10 * mm + 2.2, "Dott.ssa Giulia Barberis")
c.setFont("Helvetica-Oblique", 7)
c.drawCentredString(W - 60 * mm, y - 15 * mm, "(firmato digitalmente ai sensi dell'art. 24 del D.Lgs. n. 82/2005)")

c.setFont("Helvetica", 7)
c.setFillColor(colors.HexColor("#555555"))
c.drawString(L, 12 * mm, "Mod. DEC-01 rev. 2 \u2013 C.I.S.A. Ovest Ticino \u2013 Registro dei decreti del Presidente")
c.drawRightString(R, 12 * mm, "Pag. 1 di 1")
c.showPage()
c.save()
