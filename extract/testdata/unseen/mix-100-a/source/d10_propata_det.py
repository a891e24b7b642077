# Comune di Propata - determinazione, "J-Ente" house style. reportlab canvas; every glyph is placed on its own
# (one Tm + Tj per glyph, lines justified by spreading glyphs); publication stamp rotated 90 degrees in the left margin;
# register numbers only in the box at the foot of the page.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.units import mm
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Determinazione N. 47/2026 R.G."); c.setCreator("J-Ente Atti 2.7")
W, H = A4; L, R = 25*mm, W - 22*mm
def glyphs(x, y, text, font="Times-Roman", size=10.5, width=None):
    # draw text glyph by glyph; if width is given, spread extra space over the gaps between words
    extra = 0
    if width:
        gaps = text.count(" ")
        if gaps: extra = (width - stringWidth(text, font, size)) / gaps
    for ch in text:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(y, text, font="Times-Roman", size=10.5, lead=14, indent=0):
    words, line, lines = text.split(), "", []
    for w in words:
        if stringWidth((line + " " + w).strip(), font, size) > R - L - indent: lines.append(line); line = w
        else: line = (line + " " + w).strip()
    lines.append(line)
    for i, ln in enumerate(lines):
        glyphs(L + indent, y, ln, font, size, None if i == len(lines) - 1 else R - L - indent); y -= lead
    return y - 3
def center(y, text, font="Times-Bold", size=11):
    glyphs((W - stringWidth(text, font, size)) / 2, y, text, font, size)
center(H - 22*mm, "COMUNE DI PROPATA", "Times-Bold", 16)
center(H - 28*mm, "Città Metropolitana di Genova", "Times-Roman", 9.5)
c.line(L, H - 31*mm, R, H - 31*mm)
glyphs(L, H - 39*mm, "SERVIZIO FINANZIARIO", "Times-Bold", 11)
glyphs(L, H - 44*mm, "Ufficio Ragioneria e Tributi", "Times-Italic", 10.5)
center(H - 55*mm, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "Times-Bold", 12)
y = para(H - 66*mm, "OGGETTO: Impegno e liquidazione della quota associativa per l'anno 2026 ad ANCI Liguria.", "Times-Bold", 11)
y -= 4
for s in ["IL RESPONSABILE DEL SERVIZIO FINANZIARIO",
          "PREMESSO che il Comune di Propata aderisce all'Associazione Nazionale Comuni Italiani - sezione regionale ANCI Liguria, giusta deliberazione del Consiglio comunale n. 18 del 29/09/2003;",
          "VISTA la nota di ANCI Liguria pervenuta al protocollo n. 377 del 05/03/2026, con la quale è comunicata la quota associativa dovuta per l'anno 2026, calcolata sulla popolazione residente al 31 dicembre 2024, pari a euro 210,00;",
          "VISTO il decreto sindacale n. 1 del 07/01/2026 di attribuzione delle funzioni di responsabile del Servizio finanziario;",
          "DETERMINA",
          "1. di impegnare la somma di euro 210,00 a favore di ANCI Liguria quale quota associativa per l'anno 2026, al capitolo 1045 del bilancio di previsione 2026-2028;",
          "2. di liquidare contestualmente la somma mediante bonifico sul conto indicato nella nota citata;",
          "3. di pubblicare il presente atto all'Albo pretorio on line per quindici giorni consecutivi."]:
    if s.isupper() and len(s) < 45: center(y, s); y -= 18
    else: y = para(y, s)
glyphs(R - 60*mm, y - 10, "IL RESPONSABILE DEL SERVIZIO", "Times-Roman", 10.5)
glyphs(R - 52*mm, y - 24, "rag. Marina Bisio", "Times-Roman", 10.5)
# register box at the foot
c.rect(L, 18*mm, R - L, 16*mm)
glyphs(L + 3*mm, 28*mm, "Registro Generale: N. 47/2026 R.G.", "Helvetica-Bold", 9.5)
glyphs(L + 95*mm, 28*mm, "Registro del Servizio: N. 12", "Helvetica", 9.5)
glyphs(L + 3*mm, 21.5*mm, "Data di adozione: 26 marzo 2026", "Helvetica", 9.5)
glyphs(L + 95*mm, 21.5*mm, "Esecutiva dal: 26 marzo 2026", "Helvetica", 9.5)
# rotated publication stamp in the left margin
c.saveState(); c.translate(14*mm, 60*mm); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.rect(-2*mm, -4*mm, 150*mm, 9*mm)
c.setFont("Helvetica", 7.5); c.drawString(0, 0, "ALBO PRETORIO ON LINE - Pubblicata dal 27/03/2026 al 11/04/2026 - Reg. pubbl. n. 96")
c.restoreState()
c.save()
