# Convocation of the Consiglio comunale of San Giovanni Teatino (CH), Halley-like.
# The letterhead is a picture (crest + name drawn into a PNG) with a text caption under it;
# the page's blocks are drawn out of reading order (signature, agenda, footer, then heading and opening).
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from PIL import Image, ImageDraw, ImageFont
reg()
W, H = A4
os.makedirs(os.path.join(OUT, 'work'), exist_ok=True)
png = os.path.join(OUT, 'work', 'd11_head.png')
im = Image.new('RGB', (1500, 260), 'white'); dr = ImageDraw.Draw(im)
dr.polygon([(60, 30), (200, 30), (200, 150), (130, 220), (60, 150)], outline=(20, 60, 130), fill=(210, 225, 245), width=6)
dr.line([(130, 40), (130, 205)], fill=(20, 60, 130), width=5); dr.line([(70, 95), (190, 95)], fill=(20, 60, 130), width=5)
f1 = ImageFont.truetype(F + 'LiberationSerif-Bold.ttf', 84); f2 = ImageFont.truetype(F + 'LiberationSerif-Italic.ttf', 46)
dr.text((250, 40), 'Comune di San Giovanni Teatino', font=f1, fill=(20, 60, 130))
dr.text((252, 150), 'Regione Abruzzo', font=f2, fill=(60, 60, 60))
im.save(png)
c = canvas.Canvas(os.path.join(OUT, 'convocazione-sangiovanniteatino-halley.pdf'), pagesize=A4)
c.setTitle('Convocazione Consiglio Comunale 30/03/2026'); c.setCreator('Halley Informatica - Segreteria')
S = ParagraphStyle('s', fontName='LSerif', fontSize=11.5, leading=15, alignment=4)
# 1. signature block (bottom right) first
c.setFont('LSerif', 11)
c.drawCentredString(150*mm, 84*mm, 'IL PRESIDENTE DEL CONSIGLIO COMUNALE')
c.drawCentredString(150*mm, 78*mm, 'Avv. Lorenzo D\'Intino')
c.setFont('LSerif-I', 8); c.drawCentredString(150*mm, 73*mm, '(firmato digitalmente)')
c.setFont('LSerif', 11); c.drawString(22*mm, 84*mm, 'San Giovanni Teatino, 23/03/2026')
# 2. agenda (middle), drawn bottom item first
items = ['Comunicazioni del Sindaco e del Presidente del Consiglio.',
         'Lettura e approvazione dei verbali della seduta precedente del 26/02/2026.',
         'Approvazione del Rendiconto della gestione per l\'esercizio finanziario 2025.',
         'Variazione al bilancio di previsione finanziario 2026/2028 – art. 175, comma 2, D.Lgs. 267/2000.',
         'Approvazione del Regolamento comunale per la disciplina del canone unico patrimoniale – modifiche.',
         'Mozione del gruppo consiliare "San Giovanni Futura" sulla mobilità sostenibile nella zona di Sambuceto.']
y = 102*mm
heights = []
for i in range(len(items) - 1, -1, -1):
    p = Paragraph('<b>%d.</b>&nbsp;&nbsp;%s' % (i + 1, items[i]), ParagraphStyle('i', parent=S, leftIndent=8*mm, firstLineIndent=-6*mm))
    w, h = p.wrap(W - 50*mm, 100*mm)
    p.drawOn(c, 25*mm, y + 4); y += h + 4
c.setFont('LSerif-B', 11.5); c.drawCentredString(W/2, y + 10, 'ORDINE DEL GIORNO'); agenda_top = y + 24
# 3. footer
c.setFont('LSans', 7)
c.drawCentredString(W/2, 14*mm, 'Comune di San Giovanni Teatino – Piazza San Rocco, 1 – 66020 San Giovanni Teatino (CH) – C.F. 00246580690')
c.drawCentredString(W/2, 10.5*mm, 'Ufficio Segreteria – tel. 085 44461 – PEC: protocollo@pec.comune.sangiovanniteatino.ch.it')
# 4. the opening text (above the agenda)
intro = ('Il Presidente del Consiglio Comunale, ai sensi dell\'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 12 e 13 del vigente Regolamento '
         'per il funzionamento del Consiglio Comunale, <b>convoca</b> il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione, '
         'presso la Sala consiliare del Palazzo municipale, per il giorno <b>lunedì 30 marzo 2026 alle ore 18:00</b> e, occorrendo, in seconda convocazione '
         'per il giorno <b>martedì 31 marzo 2026</b> alla stessa ora, per la trattazione del seguente')
p = Paragraph(intro, S); w, h = p.wrap(W - 44*mm, 100*mm); p.drawOn(c, 22*mm, agenda_top + 6)
tb = agenda_top + 6 + h
c.setFont('LSerif', 10); c.drawString(22*mm, tb + 26, 'Ai Sigg.ri Consiglieri Comunali – LORO SEDI')
c.drawString(22*mm, tb + 13, 'e p.c. Al Sindaco – Al Segretario Generale – Al Comandante della Polizia Locale')
c.setFont('LSans-B', 13); c.drawCentredString(W/2, tb + 52, 'CONVOCAZIONE DEL CONSIGLIO COMUNALE')
c.setFont('LSans', 9); c.drawString(22*mm, tb + 72, 'Prot. n. 6214 del 23/03/2026'); c.drawRightString(W - 22*mm, tb + 72, 'Cat. 1 Cl. 6')
# 5. header last: picture, then its caption in text
c.drawImage(png, 22*mm, H - 42*mm, width=150*mm, height=26*mm)
c.setFont('LSerif', 9.5)
c.drawString(22*mm + 37*mm, H - 46*mm, 'Provincia di Chieti')
c.setLineWidth(0.6); c.line(22*mm, H - 49*mm, W - 22*mm, H - 49*mm)
c.setFont('LSerif-I', 9)
c.drawString(22*mm, 56*mm, 'Gli atti relativi agli argomenti iscritti all\'ordine del giorno sono depositati presso l\'Ufficio Segreteria e consultabili')
c.drawString(22*mm, 51.5*mm, 'dai Consiglieri nelle ore d\'ufficio, ai sensi dell\'art. 14 del Regolamento del Consiglio Comunale.')
c.save()
