# reportlab: every glyph its own BT/Tm/Tj (justified by moving glyphs); R.G. only in a box at the page bottom
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
from acts import A, PREM
a = A["cerenzia"]; W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Determinazione")
def glyphs(x, y, s, font="Times-Roman", size=10.5, width=None):
    gap = 0
    if width and len(s) > 1: gap = (width - stringWidth(s, font, size)) / (len(s) - 1)
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch); x += stringWidth(ch, font, size) + gap
def para(y, text, font="Times-Roman", size=10.5, x0=60, w=475, lead=14):
    words = text.split(); line = []
    while words:
        line.append(words.pop(0))
        if words and stringWidth(" ".join(line + [words[0]]), font, size) > w:
            glyphs(x0, y, " ".join(line), font, size, w); y -= lead; line = []
    if line: glyphs(x0, y, " ".join(line), font, size); y -= lead
    return y - 4
def center(y, s, font, size): glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
center(800, a["muni"], "Times-Bold", 16); center(784, a["prov"], "Times-Roman", 10)
c.line(60, 775, W - 60, 775)
glyphs(60, 758, a["organ"] + " – " + a["office"], "Times-Bold", 10.5)
center(735, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA", "Times-Bold", 12)
center(720, "N. %d del %s  –  Proposta n. %d del %s" % (a["sec"], a["secdate"], a["prop"], a["propdate"]), "Times-Roman", 10.5)
y = para(698, "OGGETTO: " + a["subj"], "Times-Bold", 10.5)
for p in PREM + ["PREMESSO che l'impianto di pubblica illuminazione della località Cerenzia Vecchia presenta diversi pali ammalorati e corpi illuminanti non funzionanti;"]:
    y = para(y, p)
center(y - 4, "D E T E R M I N A", "Times-Bold", 11); y -= 24
for i, p in enumerate(a["pts"], 1): y = para(y, "%d. %s" % (i, p))
glyphs(360, y - 10, a["sign"], "Times-Italic", 10.5); glyphs(390, y - 24, a["signer"], "Times-Roman", 10.5)
c.rect(60, 40, W - 120, 52)
glyphs(70, 76, "REGISTRO GENERALE DELLE DETERMINAZIONI", "Helvetica-Bold", 8.5)
glyphs(70, 60, "Determinazione registrata al n. %d del Registro Generale in data %s" % (a["rg"], a["rgdate"]), "Helvetica", 9)
glyphs(70, 47, "Pubblicata all'Albo Pretorio on line dal 22/04/2026 al 07/05/2026", "Helvetica", 8)
c.showPage(); c.save()
