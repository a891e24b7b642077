# Avviso (unnumbered notice) of the Comune di Resana (TV).
# The letterhead is a picture (coat of arms and the name drawn in the image) with a
# text caption under it; the body blocks are written to the content stream out of
# reading order (signature first, then the last paragraphs, the title last).
import sys, io
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LA', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LAB', F + 'LiberationSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LA', 0, 0, 'LA'); addMapping('LA', 1, 0, 'LAB')
out = sys.argv[1]
W, H = A4

# letterhead picture
img = Image.new('RGB', (1700, 260), 'white')
dr = ImageDraw.Draw(img)
dr.polygon([(60, 30), (200, 30), (200, 150), (130, 220), (60, 150)], fill=(180, 30, 40), outline=(90, 10, 10))
dr.rectangle([(95, 70), (165, 120)], fill=(240, 200, 60))
fb = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', 86)
fs = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', 40)
dr.text((250, 40), 'COMUNE DI RESANA', font=fb, fill=(120, 20, 30))
dr.text((255, 150), 'Provincia di Treviso', font=fs, fill=(60, 60, 60))
dr.line([(60, 245), (1640, 245)], fill=(120, 20, 30), width=5)
buf = io.BytesIO(); img.save(buf, 'PNG'); buf.seek(0)

c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Avviso centri estivi 2026')
body = ParagraphStyle('b', fontName='LA', fontSize=10.5, leading=15, alignment=TA_JUSTIFY)

def put(text, style, x, ytop, w):
    p = Paragraph(text, style); _, h = p.wrap(w, 1000); p.drawOn(c, x, ytop - h); return ytop - h

X, Wd = 2.2 * cm, W - 4.4 * cm
# --- blocks in the order they are written (not the reading order) ---
# signature and footer
put('IL RESPONSABILE DELL’AREA SERVIZI ALLA PERSONA<br/>Dott.ssa Chiara Favaro<br/><font size="8">(firmato digitalmente ai sensi del D.Lgs. 82/2005)</font>',
    ParagraphStyle('s', parent=body, alignment=TA_CENTER), W / 2, 7.0 * cm, Wd / 2)
c.setFont('LA', 7.5)
c.drawCentredString(W / 2, 1.5 * cm, 'Piazza Indipendenza, 2 – 31023 Resana (TV) – Tel. 0423 717311 – protocollo.comune.resana.tv@pecveneto.it')
# last paragraphs
y = put('Per informazioni: Ufficio Scuola e Politiche Giovanili, tel. 0423 717334, dal lunedì al venerdì dalle 9:00 alle 12:30.<br/><br/>Resana, 13 marzo 2026',
        body, X, 9.6 * cm, Wd)
# middle
y = put('Le iscrizioni si ricevono esclusivamente on line, tramite il portale dei servizi scolastici del Comune, <b>dal 23 marzo al 17 aprile 2026</b>. '
        'La quota settimanale è di euro 75,00, con riduzioni per il secondo figlio e per le famiglie con ISEE inferiore a euro 15.000,00. '
        'Il servizio sarà attivato al raggiungimento di almeno 15 iscritti per sede.', body, X, 14.8 * cm, Wd)
y = put('si informa la cittadinanza che il Comune organizza, per il periodo dal 15 giugno al 7 agosto 2026, il <b>centro estivo comunale</b> per i bambini e i ragazzi dai 3 ai 14 anni, presso la scuola primaria “G. Marconi” del capoluogo e la scuola dell’infanzia di Castelminio.',
        body, X, 17.6 * cm, Wd)
y = put('In esecuzione della deliberazione della Giunta Comunale n. 31 del 26/02/2026,', body, X, 18.4 * cm, Wd)
# title block
y = put('<b>AVVISO</b>', ParagraphStyle('t', parent=body, fontName='LAB', fontSize=20, leading=24, alignment=TA_CENTER), X, 22.2 * cm, Wd)
y = put('<b>ISCRIZIONI AL CENTRO ESTIVO COMUNALE 2026</b>', ParagraphStyle('t2', parent=body, fontSize=13, leading=17, alignment=TA_CENTER), X, 21.0 * cm, Wd)
# office line and caption under the picture (drawn last)
c.setFont('LAB', 9.5); c.drawString(X, 23.6 * cm, 'Area Servizi alla Persona – Ufficio Scuola e Politiche Giovanili')
c.drawImage(ImageReader(buf), 2.0 * cm, H - 4.2 * cm, width=W - 4 * cm, height=(W - 4 * cm) * 260 / 1700)
c.setFont('LA', 8); c.drawString(2.2 * cm, H - 4.6 * cm, 'Comune di Resana – Provincia di Treviso – C.F. 81000850267')
c.showPage(); c.save()
