#!/usr/bin/env python3
"""Comune di Terranuova Bracciolini - attestazione di pubblicazione e di
esecutività of Giunta n. 203 del 17/12/2026.

The Civilia Next certificate as its Albo module prints it: ReportLab canvas,
the Comune's name letter-spaced (charSpace, i.e. Tc), the labels and values
of the register in a grid, and the running text set one glyph at a time by
the report engine (each glyph drawn at its own x, no space characters), the
way many Java/.NET report writers emit text.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "attestazione-terranuovabracciolini-civilianext.pdf"
W, H = A4
LM, RM = 22 * mm, W - 22 * mm

SUBJECT = ("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO DI TERRANUOVA "
           "BRACCIOLINI PER LA GESTIONE DEL MERCATO DEI PRODUTTORI AGRICOLI NEL CENTRO STORICO - "
           "ANNI 2027-2028")

c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Attestazione di pubblicazione - Delibera G.C. n. 203/2026")
c.setAuthor("Comune di Terranuova Bracciolini")
c.setCreator("Civilia Next - Albo on line")


def spaced(text, font, size, y, cs):
    c.saveState()
    t = c.beginText()
    t.setFont(font, size)
    t.setCharSpace(cs)
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    t.setTextOrigin((W - w) / 2, y)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)
    c.restoreState()


def glyph_line(text, font, size, x, y, width=None):
    """Report-engine text: every glyph at its own position; justified lines
    spread the extra space over the word gaps, which are never written."""
    words = text.split(" ")
    nat = stringWidth(text, font, size)
    extra = 0.0
    if width is not None and len(words) > 1:
        extra = (width - nat) / (len(words) - 1)
    c.setFont(font, size)
    sp = stringWidth(" ", font, size)
    for i, wd in enumerate(words):
        for ch in wd:
            c.drawString(x, y, ch)
            x += stringWidth(ch, font, size)
        x += sp + extra


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            out.append(cur); cur = w
    out.append(cur)
    return out


def para(text, y, font="Times-Roman", size=11, lead=15, x=LM, width=RM - LM):
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        glyph_line(ln, font, size, x, y, width if i < len(lines) - 1 else None)
        y -= lead
    return y


# letterhead
spaced("COMUNE DI TERRANUOVA BRACCIOLINI", "Times-Bold", 17, H - 24 * mm, 3.2)
spaced("PROVINCIA DI AREZZO", "Times-Roman", 9.5, H - 29.5 * mm, 2.0)
c.setLineWidth(0.9); c.line(LM, H - 33 * mm, RM, H - 33 * mm)
c.setLineWidth(0.3); c.line(LM, H - 34 * mm, RM, H - 34 * mm)

# title
spaced("ATTESTAZIONE DI PUBBLICAZIONE E DI ESECUTIVITÀ", "Times-Bold", 12.5, H - 48 * mm, 1.2)
c.setFont("Times-Italic", 9)
c.drawCentredString(W / 2, H - 53.5 * mm, "(artt. 124 e 134 del D.Lgs. 18 agosto 2000, n. 267)")

# grid of the act and of the register
rows = [("Atto", "Deliberazione della Giunta comunale"),
        ("Numero e data", "n. 203 del 17/12/2026"),
        ("Registro delle pubblicazioni", "n. 2319 / 2026"),
        ("Periodo di pubblicazione", "dal 21/12/2026 al 05/01/2027")]
y = H - 66 * mm
c.setLineWidth(0.4)
top = y + 5 * mm
for k, v in rows:
    c.setFont("Helvetica", 9)
    c.drawString(LM + 2 * mm, y, k)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LM + 58 * mm, y, v)
    y -= 7.5 * mm
c.rect(LM, y + 2.5 * mm, RM - LM, top - (y + 2.5 * mm))
c.line(LM + 55 * mm, y + 2.5 * mm, LM + 55 * mm, top)
y -= 4 * mm
c.setFont("Helvetica", 9)
c.drawString(LM, y, "Oggetto:")
y -= 5.5 * mm
for ln in wrap(SUBJECT, "Helvetica-Bold", 10, RM - LM):
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LM, y, ln)
    y -= 5 * mm
y -= 6 * mm

y = para("Il sottoscritto Responsabile del Servizio Segreteria generale, visti gli atti d'ufficio e il registro "
         "delle pubblicazioni dell'Albo on line,", y)
y -= 3 * mm
spaced("ATTESTA", "Times-Bold", 11.5, y, 2.5)
y -= 8 * mm
y = para("che la deliberazione sopra indicata è stata affissa all'Albo pretorio on line del Comune di Terranuova "
         "Bracciolini in data 21/12/2026 e vi rimarrà per quindici giorni consecutivi, fino al 05/01/2027, ai sensi "
         "dell'art. 124, comma 1, del D.Lgs. 267/2000;", y)
y -= 2 * mm
y = para("che la deliberazione è divenuta esecutiva il 17/12/2026, essendo stata dichiarata immediatamente "
         "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", y)
y -= 12 * mm
c.setFont("Times-Roman", 11)
c.drawString(LM, y, "Terranuova Bracciolini, 21/12/2026")
c.setFont("Times-Bold", 11)
c.drawCentredString(W - 62 * mm, y, "Il Responsabile del Servizio")
c.drawCentredString(W - 62 * mm, y - 5 * mm, "Segreteria generale")
c.setFont("Times-Roman", 11)
c.drawCentredString(W - 62 * mm, y - 11 * mm, "Anna Maria Turchi")
c.setFont("Times-Italic", 8.5)
c.drawCentredString(W - 62 * mm, y - 16 * mm, "(firmato digitalmente)")

c.setLineWidth(0.4)
c.line(LM, 18 * mm, RM, 18 * mm)
c.setFont("Helvetica", 7)
c.drawString(LM, 14 * mm, "Piazza della Repubblica, 16 - 52028 Terranuova Bracciolini (AR) - PEC protocollo@pec.comune.terranuova-bracciolini.ar.it")
c.drawRightString(RM, 10 * mm, "Albo on line - Reg. n. 2319/2026 - Pagina 1 di 1")
c.showPage()
c.save()
