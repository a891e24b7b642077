from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
D = '/usr/share/fonts/truetype/dejavu/'
OUT = '/tmp/unseen8/python-8/'

def reg_dejavu():
    pdfmetrics.registerFont(TTFont('DVSerif', D + 'DejaVuSerif.ttf'))
    pdfmetrics.registerFont(TTFont('DVSerif-B', D + 'DejaVuSerif-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DVSerif-I', D + 'DejaVuSerif-Italic.ttf'))
    pdfmetrics.registerFont(TTFont('DVSans', D + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DVSans-B', D + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DVSans-I', D + 'DejaVuSans-Oblique.ttf'))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily('DVSerif', normal='DVSerif', bold='DVSerif-B', italic='DVSerif-I', boldItalic='DVSerif-B')
    registerFontFamily('DVSans', normal='DVSans', bold='DVSans-B', italic='DVSans-I', boldItalic='DVSans-B')

def styles(font, bold, size=10.5):
    s = {}
    s['body'] = ParagraphStyle('body', fontName=font, fontSize=size, leading=size*1.35, alignment=TA_JUSTIFY, spaceAfter=4)
    s['center'] = ParagraphStyle('center', parent=s['body'], alignment=TA_CENTER)
    s['centerb'] = ParagraphStyle('centerb', parent=s['center'], fontName=bold)
    s['left'] = ParagraphStyle('left', parent=s['body'], alignment=TA_LEFT)
    s['point'] = ParagraphStyle('point', parent=s['body'], leftIndent=18, firstLineIndent=-18)
    s['small'] = ParagraphStyle('small', parent=s['body'], fontSize=size-2, leading=(size-2)*1.3)
    return s
