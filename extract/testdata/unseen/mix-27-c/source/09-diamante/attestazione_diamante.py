# Certificate of publication of the Comune di Diamante in the manner of an old Microsoft Access report of the Albo
# register: title band, label/text-box rows, long-format date and "Pagina 1 di 1" in the page footer.
# ReportLab canvas; Carlito (metric twin of Calibri, Access' default) embedded.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle

F = '/usr/share/fonts/truetype/crosextra/'
pdfmetrics.registerFont(TTFont('Cal', F + 'Carlito-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Cal-B', F + 'Carlito-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Cal-I', F + 'Carlito-Italic.ttf'))

W, H = A4
c = canvas.Canvas('attestazione-diamante.pdf', pagesize=A4)
c.setTitle('rptAttestazionePubblicazione')
c.setAuthor('albo')
c.setCreator('Microsoft Access – AlboPretorio.accdb')

# report header band
c.setFillColor(colors.HexColor('#d9e2f3'))
c.rect(12 * mm, H - 40 * mm, W - 24 * mm, 28 * mm, stroke=0, fill=1)
c.setFillColor(colors.black)
c.setStrokeColor(colors.HexColor('#2f5496'))
c.rect(16 * mm, H - 37 * mm, 18 * mm, 22 * mm)
c.setFont('Cal', 6)
c.drawCentredString(25 * mm, H - 27 * mm, 'Stemma')
c.setFont('Cal-B', 20)
c.setFillColor(colors.HexColor('#1f3864'))
c.drawString(40 * mm, H - 22 * mm, 'COMUNE DI DIAMANTE')
c.setFillColor(colors.black)
c.setFont('Cal', 11)
c.drawString(40 * mm, H - 28 * mm, 'Provincia di Cosenza')
c.setFont('Cal-I', 10)
c.drawString(40 * mm, H - 34 * mm, 'Ufficio Segreteria – Albo Pretorio on line')

c.setFont('Cal-B', 15)
c.drawCentredString(W / 2, H - 54 * mm, 'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE')
c.setLineWidth(0.6)
c.line(40 * mm, H - 56.5 * mm, W - 40 * mm, H - 56.5 * mm)

SUBJ = ("FESTIVAL DEI MURALES 2026 – APPROVAZIONE DEL PROGRAMMA DELLE INIZIATIVE E INDIRIZZI AL RESPONSABILE "
        "DELL'AREA AMMINISTRATIVA PER LA REALIZZAZIONE DEGLI INTERVENTI.")
rows = [
    ('N. Registro Albo', '512 / 2026'),
    ('Tipo atto', 'DELIBERAZIONE DELLA GIUNTA COMUNALE'),
    ('Numero atto', '58'),
    ('Data atto', '21/04/2026'),
    ('Oggetto', SUBJ),
    ('Pubblicato dal', '23/04/2026'),
    ('al', '08/05/2026'),
    ('Giorni di pubblicazione', '15'),
    ('Opposizioni / reclami', 'NESSUNO'),
]
sty = ParagraphStyle('v', fontName='Cal', fontSize=11, leading=13.5)
y = H - 68 * mm
for lab, val in rows:
    p = Paragraph(val, sty)
    w, h = p.wrap(115 * mm, 100 * mm)
    hh = max(h + 3 * mm, 7.5 * mm)
    c.setFont('Cal-B', 10.5)
    c.drawRightString(58 * mm, y - 5 * mm, lab + ':')
    c.setStrokeColor(colors.HexColor('#a6a6a6'))
    c.rect(62 * mm, y - hh, 125 * mm, hh)
    p.drawOn(c, 64 * mm, y - 1.5 * mm - h)
    y -= hh + 2.5 * mm

txt = ("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio, ATTESTA che l'atto sopra indicato è stato "
       "pubblicato all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale www.comune.diamante.cs.it, per quindici "
       "giorni consecutivi, dal 23/04/2026 al 08/05/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 "
       "della Legge 18 giugno 2009, n. 69, e che durante il periodo di pubblicazione non sono pervenute opposizioni o reclami.")
p = Paragraph(txt, ParagraphStyle('t', fontName='Cal', fontSize=11, leading=15, alignment=4))
w, h = p.wrap(W - 44 * mm, 200 * mm)
y -= 6 * mm
p.drawOn(c, 22 * mm, y - h)
y -= h + 12 * mm
c.setFont('Cal', 11)
c.drawString(22 * mm, y, 'Diamante, 08/05/2026')
c.setFont('Cal-B', 11)
c.drawCentredString(145 * mm, y, 'IL RESPONSABILE DELLA PUBBLICAZIONE')
c.setFont('Cal', 11)
c.drawCentredString(145 * mm, y - 6 * mm, 'Sig. Francesco Cirimele')
c.setFont('Cal-I', 8.5)
c.drawCentredString(145 * mm, y - 11 * mm, 'Firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, D.Lgs. 39/1993')

# page footer: Access =Now() long date and page
c.setStrokeColor(colors.black)
c.line(12 * mm, 16 * mm, W - 12 * mm, 16 * mm)
c.setFont('Cal', 9)
c.drawString(12 * mm, 11 * mm, 'venerdì 8 maggio 2026')
c.drawRightString(W - 12 * mm, 11 * mm, 'Pagina 1 di 1')
c.showPage()
c.save()
