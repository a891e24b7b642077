# Attestazione di avvenuta pubblicazione - Comune di Anghiari (AR)
# The certificate printed by an Albo module (ReportLab canvas): label grid,
# Code128 barcode with its caption, signature of the Messo comunale.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.units import mm
from reportlab.graphics.barcode import code128
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

pdfmetrics.registerFont(TTFont('LS', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf'))
pdfmetrics.registerFont(TTFont('SER', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'))

W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('Attestazione di pubblicazione - Reg. 412/2026')
c.setAuthor('Comune di Anghiari - Albo Pretorio')

# letterhead
c.setStrokeColor(colors.grey); c.rect(20*mm, H-38*mm, 18*mm, 22*mm)
c.setFont('LS', 6); c.drawCentredString(29*mm, H-28*mm, 'stemma')
c.setFont('SER', 18); c.drawString(42*mm, H-25*mm, 'COMUNE DI ANGHIARI')
c.setFont('LSI', 10); c.drawString(42*mm, H-31*mm, 'Provincia di Arezzo')
c.setFont('LS', 7.5); c.drawString(42*mm, H-36*mm, 'Piazza del Popolo, 9 - 52031 Anghiari (AR)')

# barcode top right
bc = code128.Code128('ALBO20260000412', barHeight=11*mm, barWidth=0.9)
bc.drawOn(c, W - 20*mm - bc.width, H - 32*mm)
c.setFont('LS', 7); c.drawRightString(W - 20*mm, H - 36*mm, 'ALBO-2026-0000412')

c.setStrokeColor(colors.black); c.setLineWidth(1); c.line(20*mm, H-42*mm, W-20*mm, H-42*mm)

c.setFont('LSB', 9); c.drawCentredString(W/2, H-52*mm, 'ALBO PRETORIO ON LINE')
c.setFont('LSB', 14); c.drawCentredString(W/2, H-61*mm, 'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE')

lab = ParagraphStyle('lab', fontName='LS', fontSize=9, leading=11, textColor=colors.HexColor('#333333'))
val = ParagraphStyle('val', fontName='LSB', fontSize=10, leading=13)
valn = ParagraphStyle('valn', fontName='LS', fontSize=10, leading=13)
rows = [
    ('Registro delle pubblicazioni', Paragraph('N. 412 / 2026', val)),
    ('Tipo atto', Paragraph('Deliberazione della Giunta Comunale', valn)),
    ('Numero atto', Paragraph('31', val)),
    ('Data atto', Paragraph('05/03/2026', val)),
    ('Oggetto', Paragraph('Concessione in uso temporaneo dei locali della ex scuola di Tavernelle all\'associazione «Pro Loco Anghiari» – Approvazione schema di convenzione.', val)),
    ('Ufficio richiedente', Paragraph('Servizio Segreteria e Affari Generali', valn)),
    ('Periodo di pubblicazione', Paragraph('dal 06/03/2026 al 21/03/2026', valn)),
]
t = Table([[Paragraph(a, lab), b] for a, b in rows], colWidths=[48*mm, 122*mm])
t.setStyle(TableStyle([
    ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
    ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#EDEDED')),
    ('VALIGN', (0, 0), (-1, -1), 'TOP'),
    ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 5),
]))
tw, th = t.wrapOn(c, 170*mm, 200*mm)
t.drawOn(c, 20*mm, H-70*mm-th)
y = H-70*mm-th-10*mm

body = ParagraphStyle('b', fontName='LS', fontSize=11, leading=15, alignment=4)
txt = ("Il sottoscritto Messo comunale, visti gli atti d'ufficio, <b>ATTESTA</b> che l'atto sopra indicato è stato "
       "pubblicato all'Albo Pretorio on line di questo Ente per quindici giorni consecutivi, dal 06/03/2026 al "
       "21/03/2026, ai sensi dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della Legge 18 giugno "
       "2009, n. 69, e che durante il periodo di pubblicazione non sono pervenute opposizioni o reclami.")
p = Paragraph(txt, body); pw, ph = p.wrap(170*mm, 100*mm); p.drawOn(c, 20*mm, y-ph)
y = y - ph - 12*mm
c.setFont('LS', 11); c.drawString(20*mm, y, 'Anghiari, 23/03/2026')
c.drawCentredString(150*mm, y, 'IL MESSO COMUNALE')
c.setFont('LSB', 11); c.drawCentredString(150*mm, y-6*mm, 'Roberto Mencaroni')
c.setFont('LSI', 8); c.drawCentredString(150*mm, y-11*mm, '(firmato digitalmente)')

# footer
c.setLineWidth(0.4); c.line(20*mm, 18*mm, W-20*mm, 18*mm)
c.setFont('LS', 7)
c.drawString(20*mm, 14*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate; sostituisce il documento cartaceo e la firma autografa.')
c.drawString(20*mm, 10.5*mm, 'Stampato il 23/03/2026 alle ore 10:14 - Albo Pretorio on line - Pag. 1 di 1')
c.showPage(); c.save()
