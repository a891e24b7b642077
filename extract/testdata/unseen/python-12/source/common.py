"""Shared helpers for the round-12 acts (ReportLab + fpdf2)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
import os

D = '/usr/share/fonts/truetype/dejavu/'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def reg_dejavu():
    for fam, files in (('DejaVuSerif', ('DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic', 'DejaVuSerif-BoldItalic')),
                       ('DejaVuSans', ('DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'))):
        for f in files:
            if f not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(f, D + f + '.ttf'))
        addMapping(fam, 0, 0, files[0]); addMapping(fam, 1, 0, files[1])
        addMapping(fam, 0, 1, files[2]); addMapping(fam, 1, 1, files[3])


FAM = {
    'Times': ('Times-Roman', 'Times-Bold', 'Times-Italic'),
    'Helvetica': ('Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique'),
    'DejaVuSerif': ('DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic'),
    'DejaVuSans': ('DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique'),
}


def styles(fam='Times', size=11, lead=None):
    reg_dejavu()
    r, b, i = FAM[fam]
    lead = lead or size * 1.3
    S = {}
    S['body'] = ParagraphStyle('body', fontName=r, fontSize=size, leading=lead, alignment=TA_JUSTIFY, spaceAfter=4)
    S['left'] = ParagraphStyle('left', parent=S['body'], alignment=TA_LEFT)
    S['center'] = ParagraphStyle('center', parent=S['body'], alignment=TA_CENTER)
    S['right'] = ParagraphStyle('right', parent=S['body'], alignment=TA_RIGHT)
    S['h'] = ParagraphStyle('h', parent=S['body'], fontName=b, alignment=TA_CENTER, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=4, spaceAfter=6)
    S['big'] = ParagraphStyle('big', parent=S['h'], fontSize=size + 5, leading=(size + 5) * 1.2, spaceAfter=2)
    S['small'] = ParagraphStyle('small', parent=S['body'], fontSize=size - 2, leading=(size - 2) * 1.25)
    S['smallc'] = ParagraphStyle('smallc', parent=S['small'], alignment=TA_CENTER)
    S['point'] = ParagraphStyle('point', parent=S['body'], leftIndent=18, firstLineIndent=-18)
    S['cell'] = ParagraphStyle('cell', parent=S['body'], alignment=TA_LEFT, spaceAfter=0, fontSize=size - 1, leading=(size - 1) * 1.2)
    S['fonts'] = (r, b, i)
    return S


def crest(c, x, y, w=34, h=42):
    """A drawn placeholder for the municipal crest: a shield outline with a crown of dots."""
    c.saveState()
    c.setLineWidth(0.8)
    p = c.beginPath()
    p.moveTo(x, y + h); p.lineTo(x + w, y + h); p.lineTo(x + w, y + h * 0.4)
    p.curveTo(x + w, y + h * 0.12, x + w * 0.6, y + h * 0.05, x + w / 2, y)
    p.curveTo(x + w * 0.4, y + h * 0.05, x, y + h * 0.12, x, y + h * 0.4)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.setFillGray(0.75)
    c.rect(x + w * 0.2, y + h * 0.45, w * 0.6, h * 0.3, stroke=0, fill=1)
    c.setFillGray(0)
    for k in range(5):
        c.circle(x + w * (0.1 + 0.2 * k), y + h + 4, 1.6, stroke=0, fill=1)
    c.restoreState()


class CrestFlowable:
    pass


from reportlab.platypus import Flowable


class Crest(Flowable):
    def __init__(self, w=34, h=42):
        Flowable.__init__(self); self.w, self.h = w, h
        self.width, self.height = w, h + 8

    def draw(self):
        crest(self.canv, 0, 0, self.w, self.h)


def fpdf_crest(pdf, x, y, w=12, h=15):
    """Crest placeholder for fpdf2 (mm units)."""
    pdf.set_line_width(0.3)
    pdf.polygon([(x, y), (x + w, y), (x + w, y + h * 0.6), (x + w / 2, y + h), (x, y + h * 0.6)], style='D')
    pdf.set_fill_color(190, 190, 190)
    pdf.rect(x + w * 0.25, y + h * 0.2, w * 0.5, h * 0.3, style='F')
    pdf.set_fill_color(0, 0, 0)
    for k in range(4):
        pdf.circle(x=x + w * (0.15 + 0.23 * k), y=y - 1.5, radius=0.6, style='F')


def fpdf_fonts(pdf):
    pdf.add_font('DejaVuSerif', '', D + 'DejaVuSerif.ttf')
    pdf.add_font('DejaVuSerif', 'B', D + 'DejaVuSerif-Bold.ttf')
    pdf.add_font('DejaVuSerif', 'I', D + 'DejaVuSerif-Italic.ttf')
    pdf.add_font('DejaVuSans', '', D + 'DejaVuSans.ttf')
    pdf.add_font('DejaVuSans', 'B', D + 'DejaVuSans-Bold.ttf')
    pdf.add_font('DejaVuSans', 'I', D + 'DejaVuSans-Oblique.ttf')
