# Shared helpers for the "printed" (pre-scan) documents, built with reportlab.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
_fonts = {
    'DejaVuSans': '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    'DejaVuSans-Bold': '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    'DejaVuSerif': '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
    'DejaVuSerif-Bold': '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
    'LibSerif': '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
    'LibSerif-Bold': '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
    'LibSerif-Italic': '/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf',
    'LibSans': '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    'LibSans-Bold': '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    'LibSans-Italic': '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf',
    'LibNarrow': '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf',
    'LibNarrow-Bold': '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf',
    'LibMono': '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf',
    'LibMono-Bold': '/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf',
}
for n, p in _fonts.items():
    pdfmetrics.registerFont(TTFont(n, p))


def styles(reg, bold, size=10.5, lead=None, italic=None):
    lead = lead or size * 1.35
    s = {}
    s['body'] = ParagraphStyle('body', fontName=reg, fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY, spaceAfter=size * 0.5)
    s['left'] = ParagraphStyle('left', parent=s['body'], alignment=TA_LEFT)
    s['center'] = ParagraphStyle('center', parent=s['body'], alignment=TA_CENTER)
    s['right'] = ParagraphStyle('right', parent=s['body'], alignment=TA_RIGHT)
    s['bold'] = ParagraphStyle('bold', parent=s['body'], fontName=bold)
    s['bc'] = ParagraphStyle('bc', parent=s['center'], fontName=bold)
    s['title'] = ParagraphStyle('title', parent=s['bc'], fontSize=size + 3, leading=(size + 3) * 1.3)
    s['small'] = ParagraphStyle('small', parent=s['body'], fontSize=size - 2, leading=(size - 2) * 1.3)
    s['smallc'] = ParagraphStyle('smallc', parent=s['small'], alignment=TA_CENTER)
    s['point'] = ParagraphStyle('point', parent=s['body'], leftIndent=18, firstLineIndent=-14)
    s['it'] = ParagraphStyle('it', parent=s['body'], fontName=italic or reg)
    return s


def crest(c, x, y, w=16 * mm, col=colors.black):
    """A plain municipal shield with a mural crown, drawn with lines."""
    c.saveState()
    c.setStrokeColor(col); c.setLineWidth(0.9)
    h = w * 1.15
    p = c.beginPath()
    p.moveTo(x, y + h * 0.75); p.lineTo(x + w, y + h * 0.75)
    p.lineTo(x + w, y + h * 0.35)
    p.curveTo(x + w, y + h * 0.1, x + w * 0.6, y + h * 0.02, x + w / 2, y)
    p.curveTo(x + w * 0.4, y + h * 0.02, x, y + h * 0.1, x, y + h * 0.35)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    # crown
    cy = y + h * 0.78
    c.rect(x + w * 0.08, cy, w * 0.84, h * 0.1)
    for i in range(5):
        bx = x + w * 0.1 + i * w * 0.17
        c.rect(bx, cy + h * 0.1, w * 0.1, h * 0.08)
    # a simple charge: a tower
    c.rect(x + w * 0.38, y + h * 0.2, w * 0.24, h * 0.38)
    c.line(x + w * 0.2, y + h * 0.45, x + w * 0.8, y + h * 0.45)
    c.restoreState()


def roll_table(rows, header, colw, font, bold, size=9.5, mark='X', grid=True, style_extra=None):
    """rows: (name, role, present) -> a roll with Presente/Assente columns."""
    data = [header]
    for i, (n, r, p) in enumerate(rows):
        data.append([n, r, mark if p else '', '' if p else mark])
    t = Table(data, colWidths=colw)
    st = [('FONT', (0, 0), (-1, 0), bold, size), ('FONT', (0, 1), (-1, -1), font, size),
          ('ALIGN', (2, 0), (-1, -1), 'CENTER'), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
          ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
    if grid:
        st.append(('GRID', (0, 0), (-1, -1), 0.5, colors.black))
    else:
        st.append(('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black))
    if style_extra:
        st += style_extra
    t.setStyle(TableStyle(st))
    return t


def sig_table(left, right, font, bold, size=10, gap=18 * mm):
    """Two-column signature block: left/right are lists of lines."""
    L = '<br/>'.join(left); R = '<br/>'.join(right)
    st = ParagraphStyle('sig', fontName=font, fontSize=size, leading=size * 1.35, alignment=TA_CENTER)
    t = Table([[Paragraph(L, st), Paragraph(R, st)], ['', '']], colWidths=[85 * mm, 85 * mm],
              rowHeights=[None, gap])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t
