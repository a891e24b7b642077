# Two-column notice. The letterhead is a picture (crest + name rendered into a PNG, no text) with a
# small text caption under it; the page content is drawn out of reading order (footer, right column,
# left column, title, then the header picture and its caption).
import sys, io
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DS', FD + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DSB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DSC', FD + 'DejaVuSansCondensed.ttf')); pdfmetrics.registerFont(TTFont('DSCB', FD + 'DejaVuSansCondensed-Bold.ttf'))

# header picture
img = Image.new('RGB', (1800, 300), 'white'); g = ImageDraw.Draw(img)
g.ellipse((40, 30, 280, 270), outline=(20, 80, 50), width=10); g.polygon([(160, 70), (230, 150), (160, 235), (90, 150)], outline=(20, 80, 50), width=8)
fb = ImageFont.truetype(FD + 'DejaVuSerif-Bold.ttf', 84); fs = ImageFont.truetype(FD + 'DejaVuSerif.ttf', 44)
g.text((330, 60), 'COMUNE DI MONSERRATO', font=fb, fill=(20, 80, 50)); g.text((335, 190), 'Città Metropolitana di Cagliari', font=fs, fill=(60, 60, 60))
g.line((330, 175, 1750, 175), fill=(20, 80, 50), width=4)
buf = io.BytesIO(); img.save(buf, 'PNG'); buf.seek(0)

W, H = A4; M = 46; GAP = 18; CW = (W - 2 * M - GAP) / 2
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('avviso_raccolta_pasqua_2026'); c.setCreator('Microsoft Publisher'); c.setProducer('Microsoft: Print To PDF')

def column(x, y, blocks):
    for kind, text in blocks:
        if kind == 'h':
            c.setFillColorRGB(0.08, 0.31, 0.2); c.rect(x, y - 4, CW, 16, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1); c.setFont('DSCB', 9.5); c.drawString(x + 4, y, text); c.setFillColorRGB(0, 0, 0); y -= 20
            continue
        font, size, lead = ('DSCB', 9.5, 12.5) if kind == 'b' else ('DSC', 9.5, 12.5)
        ind = 10 if kind == 'li' else 0
        words = text.split(); cur = []
        lines = []
        for w in words:
            if cur and stringWidth(' '.join(cur + [w]), font, size) > CW - ind:
                lines.append(' '.join(cur)); cur = [w]
            else: cur.append(w)
        lines.append(' '.join(cur))
        c.setFont(font, size)
        for k, ln in enumerate(lines):
            if kind == 'li' and k == 0: c.drawString(x, y, '•')
            c.drawString(x + ind, y, ln); y -= lead
        y -= 5
    return y

# 1) footer
c.setFont('DS', 7.5); c.setFillColorRGB(0.3, 0.3, 0.3)
c.drawCentredString(W / 2, 34, 'Comune di Monserrato – Settore Ambiente e Servizi Tecnologici – Ufficio Igiene Urbana – numero verde del gestore 800 000 000')
c.setFillColorRGB(0, 0, 0)
ytop = H - 262
# 2) right column first
column(M + CW + GAP, ytop, [
 ('h', 'CALENDARIO DELLE VARIAZIONI'),
 ('b', 'Lunedì 6 aprile 2026 (Lunedì dell’Angelo)'),
 ('p', 'La raccolta della frazione organica e del secco residuo non sarà effettuata. Il servizio sarà recuperato martedì 7 aprile 2026, con esposizione dei contenitori entro le ore 24:00 di lunedì 6 aprile.'),
 ('b', 'Martedì 7 aprile 2026'),
 ('p', 'Oltre al recupero del lunedì, sarà regolarmente effettuata la raccolta della carta e del cartone prevista dal calendario ordinario.'),
 ('b', 'Sabato 25 aprile 2026 (Festa della Liberazione)'),
 ('p', 'La raccolta della plastica e dei metalli sarà effettuata regolarmente.'),
 ('h', 'ECOCENTRO COMUNALE'),
 ('p', 'L’ecocentro di via del Redentore resterà chiuso domenica 5 e lunedì 6 aprile 2026. Sabato 4 aprile 2026 osserverà l’orario continuato dalle 8:00 alle 18:00.'),
])
# 3) left column
y = column(M, ytop, [
 ('h', 'INFORMAZIONI PER GLI UTENTI'),
 ('p', 'Si informano i cittadini e le utenze non domestiche che, in occasione delle festività pasquali e della Festa della Liberazione, il servizio di raccolta differenziata porta a porta dei rifiuti urbani subirà le variazioni indicate nel calendario a fianco.'),
 ('p', 'Nei giorni non interessati dalle variazioni la raccolta si svolgerà secondo il calendario ordinario 2026, consultabile sul sito istituzionale del Comune e sull’applicazione del gestore del servizio.'),
 ('h', 'SI RACCOMANDA'),
 ('li', 'di esporre i contenitori davanti alla propria abitazione esclusivamente la sera precedente il giorno di raccolta;'),
 ('li', 'di non abbandonare sacchi o rifiuti ingombranti sulla pubblica via: i trasgressori saranno sanzionati ai sensi del vigente Regolamento comunale;'),
 ('li', 'di utilizzare per la frazione organica esclusivamente sacchetti compostabili.'),
 ('p', 'Per segnalazioni e ritiro di ingombranti su prenotazione è possibile contattare il numero verde indicato a piè di pagina, dal lunedì al venerdì dalle 8:30 alle 13:30.'),
])
c.setFont('DSC', 9.5); c.drawString(M, y - 8, 'Monserrato, 16/03/2026')
c.setFont('DSCB', 9.5); c.drawString(M, y - 34, 'Il Responsabile del Settore')
c.drawString(M, y - 47, 'Ambiente e Servizi Tecnologici')
c.setFont('DSC', 9.5); c.drawString(M, y - 60, 'Ing. Stefano Piras')
# 4) title block
c.setFillColorRGB(0.08, 0.31, 0.2); c.setFont('DSB', 30); c.drawCentredString(W / 2, H - 168, 'AVVISO')
c.setFillColorRGB(0, 0, 0); c.setFont('DSB', 12.5)
c.drawCentredString(W / 2, H - 192, 'RACCOLTA DIFFERENZIATA PORTA A PORTA: VARIAZIONI DEL')
c.drawCentredString(W / 2, H - 208, 'CALENDARIO PER LE FESTIVITÀ PASQUALI 2026')
c.setLineWidth(1); c.setStrokeColorRGB(0.08, 0.31, 0.2); c.line(M, H - 222, W - M, H - 222)
# 5) header picture and caption, last
c.drawImage(ImageReader(buf), M, H - 112, width=W - 2 * M, height=(W - 2 * M) / 6)
c.setFont('DS', 8); c.setFillColorRGB(0.2, 0.2, 0.2)
c.drawString(M + 78, H - 124, 'Comune di Monserrato – Città Metropolitana di Cagliari – Settore Ambiente e Servizi Tecnologici')
c.showPage(); c.save()
