# Avviso pubblico n. 3/2026 of the Comune di Scanzano Jonico in an APKappa
# (Sfera/HyperSIC-era) print: the letterhead is a picture (stemma and name
# inside the image) with a text caption under it; the articles run in two
# columns; and the page content is drawn out of reading order (signature and
# foot first, then the lower articles, the right column before the left, the
# title and letterhead last). ReportLab canvas + Pillow for the header picture.
import sys
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import Paragraph
from reportlab.lib import colors

out = sys.argv[1]
img_path = out + '.header.png'
W, H = A4

# --- the letterhead picture --------------------------------------------------
im = Image.new('RGB', (1800, 300), 'white')
d = ImageDraw.Draw(im)
# stemma: a shield
d.polygon([(60, 30), (230, 30), (230, 170), (145, 270), (60, 170)], fill=(20, 70, 140), outline=(0, 0, 0))
d.polygon([(80, 50), (210, 50), (210, 160), (145, 240), (80, 160)], fill=(235, 200, 60))
d.ellipse((115, 85, 175, 145), fill=(20, 110, 50))
fb = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', 70)
fs = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', 46)
d.text((290, 65), 'COMUNE DI SCANZANO JONICO', font=fb, fill=(20, 50, 110))
d.text((292, 165), 'Provincia di Matera', font=fs, fill=(60, 60, 60))
d.line((290, 240, 1760, 240), fill=(20, 50, 110), width=6)
im.save(img_path)

# --- layout, computed top-down ------------------------------------------------
LM, RM = 20 * mm, W - 18 * mm
TW = RM - LM
n = ParagraphStyle('n', fontName='Helvetica', fontSize=9.2, leading=11.6, alignment=TA_JUSTIFY, spaceAfter=4)
h = ParagraphStyle('h', parent=n, fontName='Helvetica-Bold', fontSize=9.8, alignment=0, spaceBefore=3, spaceAfter=2)
c = ParagraphStyle('c', parent=n, fontName='Helvetica-Bold', fontSize=11, alignment=TA_CENTER)

items = []  # (draw order key, callable)
y = H - 11 * mm
hdr_h = TW * 300 / 1800
y_img = y - hdr_h
y = y_img - 11


def P(text, style, x, top, width):
    p = Paragraph(text, style)
    _, ph = p.wrap(width, 1000)
    return p, x, top - ph, ph


blocks = {}
blocks['caption'] = P('Comune di Scanzano Jonico – Piazza Aldo Moro n. 1 – 75020 Scanzano Jonico (MT) – '
                      'C.F. 81001250778 – PEC: comune.scanzanojonico@cert.ruparbasilicata.it',
                      ParagraphStyle('cap', parent=n, fontSize=7.4, leading=9, alignment=TA_CENTER), LM, y, TW)
y = blocks['caption'][2] - 14
blocks['area'] = P('<b>AREA AMMINISTRATIVA</b><br/>Servizio Politiche Sociali', ParagraphStyle('ar', parent=n, fontSize=10, leading=13, alignment=TA_CENTER), LM, y, TW)
y = blocks['area'][2] - 14
blocks['title'] = P('AVVISO PUBBLICO N. 3/2026', ParagraphStyle('t', parent=c, fontSize=16, leading=20), LM, y, TW)
y = blocks['title'][2] - 8
blocks['ogg'] = P('<b>OGGETTO:</b> Concessione di contributi economici a sostegno del pagamento dei canoni di '
                  'locazione per nuclei familiari in condizione di disagio economico – Anno 2026.',
                  ParagraphStyle('o', parent=n, fontSize=10.5, leading=13.5, borderWidth=0.8, borderColor=colors.black,
                                 borderPadding=6, alignment=0), LM + 6, y, TW - 12)
y = blocks['ogg'][2] - 18
blocks['resp'] = P('IL RESPONSABILE DELL\'AREA AMMINISTRATIVA', c, LM, y, TW)
y = blocks['resp'][2] - 2
blocks['intro'] = P('in esecuzione della deliberazione della Giunta Comunale n. 24 del 26/02/2026 e della propria '
                    'determinazione R.G. n. 139 del 09/03/2026, con la quale sono stati approvati i criteri e lo schema '
                    'del presente avviso,', n, LM, y, TW)
y = blocks['intro'][2] - 4
blocks['rende'] = P('R E N D E&nbsp;&nbsp;&nbsp;N O T O', c, LM, y, TW)
y = blocks['rende'][2] - 2
blocks['intro2'] = P('che dalla data di pubblicazione del presente avviso all\'Albo Pretorio on line e fino alle ore 12:00 '
                     'del giorno <b>10 aprile 2026</b> i cittadini in possesso dei requisiti di seguito indicati possono '
                     'presentare domanda per ottenere un contributo a sostegno del canone di locazione.', n, LM, y, TW)
y = blocks['intro2'][2] - 8
col_top = y
CW = (TW - 8 * mm) / 2
left = [('h', 'Art. 1 – Destinatari e requisiti'),
        ('n', 'Possono presentare domanda i titolari di un contratto di locazione ad uso abitativo regolarmente '
              'registrato, relativo ad un alloggio sito nel Comune di Scanzano Jonico e occupato a titolo di '
              'residenza anagrafica, in possesso alla data di presentazione della domanda dei seguenti requisiti:'),
        ('n', 'a) cittadinanza italiana o di uno Stato dell\'Unione europea, ovvero titolo di soggiorno in corso di validità;'),
        ('n', 'b) valore ISEE ordinario o corrente del nucleo familiare non superiore a € 14.000,00;'),
        ('n', 'c) incidenza del canone annuo, al netto degli oneri accessori, superiore al 24% del valore ISE;'),
        ('n', 'd) assenza di titolarità, in capo ai componenti del nucleo, di diritti di proprietà, usufrutto o '
              'abitazione su alloggio adeguato nell\'ambito della provincia di Matera.')]
right = [('h', 'Art. 2 – Entità del contributo'),
         ('n', 'Il contributo è commisurato alla differenza tra il canone annuo e il 24% del valore ISE e non può in '
               'ogni caso superare l\'importo di € 2.100,00 per nucleo familiare. Le risorse disponibili ammontano a '
               '€ 86.500,00 (fondi regionali e comunali).'),
         ('h', 'Art. 3 – Modalità e termini di presentazione'),
         ('n', 'La domanda, redatta esclusivamente sul modello allegato e corredata da copia del contratto, delle '
               'ricevute di pagamento e dell\'attestazione ISEE, deve pervenire entro le ore 12:00 del 10 aprile 2026 '
               'a mezzo PEC, ovvero con consegna a mano all\'Ufficio Protocollo negli orari di apertura al pubblico.')]


def column(spec, x, top, width):
    res = []
    for k, t in spec:
        st = h if k == 'h' else ParagraphStyle('cn', parent=n, leftIndent=(8 if t[:2] in ('a)', 'b)', 'c)', 'd)') else 0))
        p, px, py, ph = P(t, st, x, top, width)
        res.append((p, px, py, ph))
        top = py - st.spaceAfter - (st.spaceBefore if k == 'h' else 0)
    return res, top


lcol, ly = column(left, LM, col_top, CW)
rcol, ry = column(right, LM + CW + 8 * mm, col_top, CW)
y = min(ly, ry) - 8
low = []
for k, t in [('h', 'Art. 4 – Istruttoria e graduatoria'),
             ('n', 'L\'Ufficio Politiche Sociali verifica le domande e formula la graduatoria degli aventi diritto in '
                   'ordine crescente di valore ISEE, approvata con determinazione del Responsabile dell\'Area e '
                   'pubblicata all\'Albo Pretorio on line per quindici giorni, durante i quali è ammessa opposizione.'),
             ('h', 'Art. 5 – Trattamento dei dati personali'),
             ('n', 'I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità '
                   'del presente avviso. Responsabile del procedimento: Dott.ssa Rosa Lofiego, tel. 0835 952918.')]:
    st = h if k == 'h' else n
    p = P(t, st, LM, y, TW)
    low.append(p)
    y = p[2] - st.spaceAfter - (st.spaceBefore if k == 'h' else 0)
y -= 6
place = P('Scanzano Jonico, 11/03/2026', n, LM, y, TW / 2)
sign = P('IL RESPONSABILE DELL\'AREA AMMINISTRATIVA<br/>Dott. Nicola Di Pierro<br/>'
         '<font size="7.5"><i>(firma digitale ai sensi dell\'art. 24 del D.Lgs. 82/2005)</i></font>',
         ParagraphStyle('s', parent=n, alignment=TA_CENTER), LM + TW / 2, y - 4, TW / 2)
assert sign[2] > 22 * mm, sign[2]

# --- drawing, out of reading order -------------------------------------------
cv = canvas.Canvas(out, pagesize=A4)
cv.setTitle('Avviso pubblico n. 3/2026')
cv.setAuthor('Comune di Scanzano Jonico')
cv.setCreator('APKappa Sfera - Albo')


def draw(b):
    p, x, yb, _ = b
    p.drawOn(cv, x, yb)


draw(sign)
cv.setFont('Helvetica', 7)
cv.setFillColor(colors.grey)
cv.drawCentredString(W / 2, 12 * mm, 'Comune di Scanzano Jonico – Avviso pubblico n. 3/2026 – pagina 1 di 1')
cv.setFillColor(colors.black)
draw(place)
for b in reversed(low):
    draw(b)
for b in rcol:
    draw(b)
cv.setLineWidth(0.4)
cv.line(LM + CW + 4 * mm, col_top + 2, LM + CW + 4 * mm, min(ly, ry) + 4)
for b in lcol:
    draw(b)
for k in ['intro2', 'rende', 'intro', 'resp']:
    draw(blocks[k])
p, x, yb, ph = blocks['ogg']
draw(blocks['ogg'])
draw(blocks['title'])
draw(blocks['area'])
draw(blocks['caption'])
cv.drawImage(img_path, LM, y_img, width=TW, height=hdr_h)
cv.showPage()
cv.save()
