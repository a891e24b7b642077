# Certificate of publication (attestazione di avvenuta pubblicazione) of the
# Comune di Filignano, as an on-line Albo module prints it: drawn directly on a
# ReportLab canvas, a framed data grid with the act's data and the period.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Attestazione di pubblicazione n. 98/2026')
c.setAuthor('Albo Pretorio on line')
W, H = A4
x0, x1 = 22 * mm, W - 22 * mm

c.setFont('Times-Bold', 17)
c.drawCentredString(W / 2, H - 28 * mm, 'COMUNE DI FILIGNANO')
c.setFont('Times-Roman', 10)
c.drawCentredString(W / 2, H - 33.5 * mm, 'Provincia di Isernia')
c.drawCentredString(W / 2, H - 38 * mm, 'Via Roma, 1 - 86074 Filignano (IS)')
c.setLineWidth(0.8)
c.line(x0, H - 41 * mm, x1, H - 41 * mm)

c.setFont('Times-Bold', 13)
c.drawCentredString(W / 2, H - 54 * mm, 'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE')
c.setFont('Times-Roman', 10)
c.drawCentredString(W / 2, H - 59.5 * mm, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)')

rows = [
    ('Registro pubblicazioni', 'n. 98 / 2026'),
    ('Tipo atto', 'Deliberazione della Giunta Comunale'),
    ('Numero atto', '7'),
    ('Data atto', '29/01/2026'),
    ('Oggetto', 'ADESIONE AL PROGETTO "BORGHI DELLA VALLE DEL VOLTURNO" - APPROVAZIONE '
                'SCHEMA DI ACCORDO DI PARTENARIATO CON I COMUNI DI ROCCHETTA A VOLTURNO E '
                'CASTEL SAN VINCENZO'),
    ('Ufficio proponente', 'Servizio Amministrativo'),
    ('Pubblicato dal', '02/02/2026'),
    ('Pubblicato al', '17/02/2026'),
]
y = H - 70 * mm
c.setLineWidth(0.5)
top = y
for lab, val in rows:
    lines = simpleSplit(val, 'Times-Bold', 10.5, x1 - x0 - 52 * mm - 4 * mm)
    h = max(1, len(lines)) * 5 * mm + 3 * mm
    c.rect(x0, y - h, 50 * mm, h)
    c.rect(x0 + 50 * mm, y - h, x1 - x0 - 50 * mm, h)
    c.setFont('Times-Roman', 10)
    c.drawString(x0 + 2 * mm, y - 5.5 * mm, lab)
    c.setFont('Times-Bold', 10.5)
    for i, ln in enumerate(lines):
        c.drawString(x0 + 52 * mm, y - 5.5 * mm - i * 5 * mm, ln)
    y -= h

y -= 12 * mm
c.setFont('Times-Bold', 11)
c.drawCentredString(W / 2, y, 'IL RESPONSABILE DELLA PUBBLICAZIONE')
y -= 8 * mm
c.setFont('Times-Roman', 11)
txt = ('Visti gli atti d\'ufficio, ATTESTA che la deliberazione sopra indicata è stata pubblicata '
       'all\'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal '
       '02/02/2026 al 17/02/2026, e che contro di essa non sono pervenuti reclami od opposizioni.')
for ln in simpleSplit(txt, 'Times-Roman', 11, x1 - x0):
    c.drawString(x0, y, ln); y -= 5.6 * mm
y -= 10 * mm
c.drawString(x0, y, 'Filignano, 18/02/2026')
c.drawCentredString(W - 60 * mm, y, 'Il Responsabile della Pubblicazione')
c.drawCentredString(W - 60 * mm, y - 6 * mm, 'Sig.ra Annalisa Di Meo')
c.setFont('Times-Italic', 8)
c.drawCentredString(W - 60 * mm, y - 11 * mm, 'firmato digitalmente')

c.setFont('Helvetica', 6.5)
c.drawString(x0, 14 * mm, 'Albo Pretorio on line - stampa del 18/02/2026 10:42 - Pagina 1 di 1')
c.showPage()
c.save()
