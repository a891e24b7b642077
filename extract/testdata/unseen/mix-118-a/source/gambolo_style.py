# House style of the Comune di Gambolò ("ApKappa"-like prints), ReportLab.
# Letterhead: crest box on the left, name and province beside it, a grey
# band with the kind of act, a box on the right with number and date.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LibSans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-Italic", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-BoldItalic", LIB + "LiberationSans-BoldItalic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LibSans", 0, 0, "LibSans")
addMapping("LibSans", 1, 0, "LibSans-Bold")
addMapping("LibSans", 0, 1, "LibSans-Italic")
addMapping("LibSans", 1, 1, "LibSans-BoldItalic")

W, H = A4
LM = 22 * mm
RM = 20 * mm
BLUE = colors.HexColor("#1f3d6b")

body = ParagraphStyle("body", fontName="LibSans", fontSize=10, leading=13.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bodyc = ParagraphStyle("bodyc", parent=body, alignment=TA_CENTER,
                       fontName="LibSans-Bold", fontSize=11, spaceBefore=6,
                       spaceAfter=6)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5)
subj = ParagraphStyle("subj", parent=body, fontName="LibSans-Bold",
                      fontSize=10.5, leading=13.5, alignment=TA_LEFT)
point = ParagraphStyle("point", parent=body, leftIndent=16, firstLineIndent=-16)


def crest(c, x, y):
    """A schematic crest: shield outline with a tower."""
    c.saveState()
    c.setStrokeColor(BLUE)
    c.setFillColor(colors.HexColor("#dfe6f0"))
    p = c.beginPath()
    p.moveTo(x, y + 20 * mm)
    p.lineTo(x + 16 * mm, y + 20 * mm)
    p.lineTo(x + 16 * mm, y + 8 * mm)
    p.curveTo(x + 16 * mm, y + 2 * mm, x + 8 * mm, y, x + 8 * mm, y)
    p.curveTo(x + 8 * mm, y, x, y + 2 * mm, x, y + 8 * mm)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(BLUE)
    c.rect(x + 5.5 * mm, y + 6 * mm, 5 * mm, 9 * mm, stroke=0, fill=1)
    for i in range(3):
        c.rect(x + 5.5 * mm + i * 2 * mm, y + 15 * mm, 1.2 * mm, 1.6 * mm, stroke=0, fill=1)
    c.restoreState()


def letterhead(c, kind_line, number, date, extra=None, labels=("Numero", "Data")):
    """Draws the letterhead at the top of the current page."""
    top = H - 14 * mm
    crest(c, LM, top - 22 * mm)
    c.setFillColor(BLUE)
    c.setFont("LibSans-Bold", 17)
    c.drawString(LM + 21 * mm, top - 8 * mm, "COMUNE DI GAMBOLÒ")
    c.setFont("LibSans", 10)
    c.drawString(LM + 21 * mm, top - 13.5 * mm, "Provincia di Pavia")
    c.setFont("LibSans", 7.5)
    c.setFillColor(colors.black)
    c.drawString(LM + 21 * mm, top - 17.5 * mm,
                 "Piazza Cavour, 3 – 27025 Gambolò (PV) – C.F. 00462930185")
    c.drawString(LM + 21 * mm, top - 20.5 * mm,
                 "PEC: protocollo@pec.comune.gambolo.pv.it")
    # number box on the right
    bx = W - RM - 44 * mm
    c.setStrokeColor(BLUE)
    c.setLineWidth(0.8)
    c.rect(bx, top - 20 * mm, 44 * mm, 18 * mm, stroke=1, fill=0)
    c.setFont("LibSans", 8)
    c.drawString(bx + 3 * mm, top - 6.5 * mm, labels[0])
    c.drawString(bx + 3 * mm, top - 14.5 * mm, labels[1])
    c.setFont("LibSans-Bold", 11)
    c.drawRightString(bx + 41 * mm, top - 7 * mm, str(number))
    c.drawRightString(bx + 41 * mm, top - 15 * mm, date)
    # grey band with the kind of act
    c.setFillColor(colors.HexColor("#e4e4e4"))
    c.rect(LM, top - 31 * mm, W - LM - RM, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("LibSans-Bold", 10.5)
    c.drawCentredString(W / 2, top - 28.6 * mm, kind_line)
    if extra:
        c.setFont("LibSans", 8.5)
        c.drawString(LM, top - 36 * mm, extra)


def running(c, head, page, total=None):
    c.saveState()
    c.setFont("LibSans-Italic", 8)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(LM, H - 12 * mm, head)
    c.line(LM, H - 13.5 * mm, W - RM, H - 13.5 * mm)
    c.restoreState()


def foot(c, text, page, total):
    c.saveState()
    c.setFont("LibSans", 7.5)
    c.setStrokeColor(BLUE)
    c.line(LM, 14 * mm, W - RM, 14 * mm)
    c.drawString(LM, 10 * mm, text)
    c.drawRightString(W - RM, 10 * mm, "Pagina %d di %d" % (page, total))
    c.restoreState()
