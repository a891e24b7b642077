# Parco Naturale Adamello Brenta - unnumbered public notice (avviso).
# The letterhead is a raster picture (logo and name drawn in the image, no text) with a real-text caption
# under it; the body is set in two columns (reportlab platypus frames), as a park's bulletin-style notice.
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, Image as RLImage
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVC', FD + 'DejaVuSansCondensed.ttf')); pdfmetrics.registerFont(TTFont('DVCB', FD + 'DejaVuSansCondensed-Bold.ttf'))

# --- raster letterhead
img = Image.new('RGB', (1800, 260), 'white'); dr = ImageDraw.Draw(img)
green = (46, 110, 58)
dr.polygon([(40, 220), (150, 40), (210, 140), (250, 90), (340, 220)], fill=green)
dr.polygon([(150, 40), (180, 90), (120, 90)], fill='white')
f1 = ImageFont.truetype(FD + 'DejaVuSans-Bold.ttf', 74); f2 = ImageFont.truetype(FD + 'DejaVuSans.ttf', 40)
dr.text((390, 45), 'PARCO NATURALE', font=f1, fill=green)
dr.text((390, 130), 'ADAMELLO BRENTA', font=f1, fill=(30, 30, 30))
dr.text((1330, 150), 'Geopark UNESCO', font=f2, fill=(90, 90, 90))
dr.line([(30, 245), (1770, 245)], fill=green, width=6)
img.save('l_logo.png')

PW, PH = A4
LM = 52; GAP = 18; TOP = PH - 150; BOT = 70
CW = (PW - 2 * LM - GAP) / 2
def page(c, doc):
    c.saveState()
    c.drawImage('l_logo.png', LM, PH - 100, width=PW - 2 * LM, height=(PW - 2 * LM) * 260 / 1800)
    c.setFont('DVC', 7.5); c.setFillGray(0.25)
    c.drawString(LM, PH - 112, 'Ente Parco Naturale Adamello Brenta – ente di diritto pubblico della Provincia autonoma di Trento – Via Nazionale, 24 – 38080 Strembo (TN)')
    c.drawString(LM, PH - 122, 'tel. 0465 806666 – info@pnab.it – parcoadamellobrenta@pec.it')
    c.setFont('DVC', 7.5); c.drawCentredString(PW / 2, 40, f'– {doc.page} –')
    c.restoreState()

title = Frame(LM, PH - 215, PW - 2 * LM, 85, id='t', showBoundary=0)
col1 = Frame(LM, BOT, CW, PH - 215 - BOT, id='c1'); col2 = Frame(LM + CW + GAP, BOT, CW, PH - 215 - BOT, id='c2')
doc = BaseDocTemplate('../avviso-adamellobrenta-indesign.pdf', pagesize=A4, title='Avviso Val Genova 2026', author='PNAB', creator='PNAB - Ufficio Comunicazione', leftMargin=LM, rightMargin=LM)
doc.addPageTemplates([PageTemplate(id='first', frames=[title, col1, col2], onPage=page)])

T = ParagraphStyle('T', fontName='DVB', fontSize=17, leading=21, alignment=TA_CENTER, textColor=(0.18, 0.43, 0.23))
ST = ParagraphStyle('ST', fontName='DVB', fontSize=11.5, leading=14.5, alignment=TA_CENTER)
B = ParagraphStyle('B', fontName='DV', fontSize=9.2, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=5)
H = ParagraphStyle('H', fontName='DVCB', fontSize=9.8, leading=13, spaceBefore=4, spaceAfter=3, textColor=(0.18, 0.43, 0.23))
R = ParagraphStyle('R', parent=B, alignment=TA_RIGHT)
story = [Paragraph('AVVISO', T), Spacer(1, 3),
         Paragraph('Limitazioni al transito veicolare in Val Genova – stagione estiva 2026', ST),
         FrameBreak()]
txt = [
 ('h', 'Premessa'),
 ('b', 'Il Parco Naturale Adamello Brenta, d’intesa con i Comuni di Carisolo e di Strembo e con il Servizio Foreste della Provincia autonoma di Trento, disciplina anche per la stagione estiva 2026 l’accesso veicolare alla Val Genova, al fine di ridurre il traffico privato e tutelare gli ambienti naturali della valle.'),
 ('h', 'Periodo e orari'),
 ('b', 'Dal 20 giugno al 13 settembre 2026, tutti i giorni dalle ore 9:00 alle ore 17:00, il transito dei veicoli a motore sulla strada della Val Genova oltre il parcheggio di Ponte Verde è consentito esclusivamente ai mezzi del servizio navetta del Parco, ai mezzi di soccorso, ai residenti e agli aventi diritto muniti di apposito contrassegno.'),
 ('b', 'Nelle giornate di sabato e domenica del mese di agosto la limitazione è estesa alla fascia oraria dalle ore 8:00 alle ore 18:00.'),
 ('h', 'Parcheggi e navetta'),
 ('b', 'Sono a disposizione dei visitatori i parcheggi a pagamento di Ponte Verde (loc. Pian del Forno) e di Fontana Bianca. La navetta del Parco effettua corse ogni 30 minuti fino al Rifugio Stella Alpina; il biglietto giornaliero costa € 6,00 (ridotto € 4,00 per ragazzi fino a 14 anni e titolari di Trentino Guest Card).'),
 ('h', 'Contrassegni'),
 ('b', 'I residenti nei Comuni del Parco, i proprietari di immobili in valle e i gestori delle strutture ricettive possono richiedere il contrassegno di accesso presso la Casa del Parco di Carisolo o tramite lo sportello on line del sito istituzionale, entro il 5 giugno 2026.'),
 ('h', 'Sanzioni'),
 ('b', 'Le violazioni sono punite ai sensi della legge provinciale 23 maggio 2007, n. 11 e del Codice della Strada. Il rispetto delle limitazioni è verificato dal personale di sorveglianza del Parco e dalla Polizia locale.'),
 ('h', 'Informazioni'),
 ('b', 'Ufficio Comunicazione del Parco, tel. 0465 806666, dal lunedì al venerdì dalle 8:30 alle 12:30; Casa del Parco di Carisolo, aperta da giugno a settembre.'),
 ('b', 'Strembo, 11 marzo 2026'),
 ('r', 'IL DIRETTORE<br/>dott. Mattia Bonapace<br/><font size="7.5">(documento firmato digitalmente)</font>'),
]
for k, t in txt:
    story.append(Paragraph(t, H if k == 'h' else (R if k == 'r' else B)))
doc.build(story)
