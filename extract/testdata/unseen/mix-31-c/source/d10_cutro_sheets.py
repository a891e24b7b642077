# Allegato A (tariffe cimiteriali) of the Comune di Cutro, ReportLab imitating a Google Sheets "Scarica > PDF" export
# (workbook title and sheet name in the head, light gridlines, Arial-like font, page number at the foot)
import sys
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Spacer
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Ar', L + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('ArB', L + 'LiberationSans-Bold.ttf'))

W, H = landscape(A4)
def furniture(c, d):
    c.saveState(); c.setFont('Ar', 8); c.setFillColor(colors.HexColor('#444444'))
    c.drawString(12*mm, H - 8*mm, 'Allegato_A_tariffe_cimiteriali_2026')
    c.drawRightString(W - 12*mm, H - 8*mm, 'Tariffe 2026')
    c.drawRightString(W - 12*mm, 7*mm, str(d.page))
    c.restoreState()

rows = [
 ('A', 'INUMAZIONI E TUMULAZIONI', None, None, None),
 ('A.1', 'Inumazione in campo comune – salma adulto', 'cad.', 180.00, 190.00),
 ('A.2', 'Inumazione in campo comune – salma minore di anni 10', 'cad.', 90.00, 95.00),
 ('A.3', 'Tumulazione in loculo comunale', 'cad.', 150.00, 160.00),
 ('A.4', 'Tumulazione in cappella privata o edicola', 'cad.', 200.00, 210.00),
 ('A.5', 'Tumulazione di cassetta ossario o urna cineraria', 'cad.', 60.00, 65.00),
 ('A.6', 'Chiusura loculo con lastra in marmo fornita dal concessionario', 'cad.', 40.00, 40.00),
 ('B', 'ESUMAZIONI ED ESTUMULAZIONI', None, None, None),
 ('B.1', 'Esumazione ordinaria', 'cad.', 160.00, 170.00),
 ('B.2', 'Esumazione straordinaria su richiesta dei familiari', 'cad.', 300.00, 320.00),
 ('B.3', 'Estumulazione ordinaria da loculo', 'cad.', 170.00, 180.00),
 ('B.4', 'Estumulazione straordinaria con traslazione', 'cad.', 280.00, 300.00),
 ('B.5', 'Raccolta resti mortali in cassetta ossario', 'cad.', 50.00, 55.00),
 ('C', 'CONCESSIONI CIMITERIALI', None, None, None),
 ('C.1', 'Loculo 1ª e 5ª fila – durata 50 anni', 'cad.', 1800.00, 1850.00),
 ('C.2', 'Loculo 2ª e 4ª fila – durata 50 anni', 'cad.', 2300.00, 2350.00),
 ('C.3', 'Loculo 3ª fila – durata 50 anni', 'cad.', 2500.00, 2550.00),
 ('C.4', 'Celletta ossario – durata 50 anni', 'cad.', 400.00, 420.00),
 ('C.5', 'Nicchia cineraria – durata 50 anni', 'cad.', 450.00, 470.00),
 ('C.6', 'Area per cappella gentilizia – durata 99 anni', 'mq', 650.00, 680.00),
 ('C.7', 'Rinnovo concessione loculo – per ogni anno', 'anno', 35.00, 36.00),
 ('D', 'ILLUMINAZIONE VOTIVA', None, None, None),
 ('D.1', 'Allacciamento nuova utenza', 'cad.', 25.00, 25.00),
 ('D.2', 'Canone annuo lampada votiva', 'anno', 18.00, 19.00),
 ('D.3', 'Canone annuo lampada aggiuntiva in cappella', 'anno', 12.00, 12.00),
 ('D.4', 'Riattivazione utenza sospesa per morosità', 'cad.', 20.00, 20.00),
 ('E', 'SERVIZI DIVERSI', None, None, None),
 ('E.1', 'Deposito provvisorio salma in camera mortuaria – per giorno', 'giorno', 30.00, 30.00),
 ('E.2', 'Autorizzazione ingresso veicoli per lavori edili', 'cad.', 15.00, 15.00),
 ('E.3', 'Dispersione ceneri nel giardino delle rimembranze', 'cad.', 100.00, 110.00),
 ('E.4', 'Trasporto salma in ambito comunale con mezzo del servizio', 'cad.', 120.00, 125.00),
 ('E.5', 'Rilascio copia planimetria e attestazioni', 'cad.', 10.00, 10.00),
]
def eur(v): return ('{:,.2f}'.format(v)).replace(',', 'X').replace('.', ',').replace('X', '.')
data = [['COMUNE DI CUTRO (Provincia di Crotone)', '', '', '', '', ''],
        ['Allegato "A" alla deliberazione della Giunta Comunale n. 29 del 17/03/2026', '', '', '', '', ''],
        ['TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI – ANNO 2026', '', '', '', '', ''],
        ['Cod.', 'Descrizione del servizio', 'Unità', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)', 'Var. %']]
style = [('FONT', (0, 0), (-1, -1), 'Ar', 9), ('GRID', (0, 3), (-1, -1), 0.35, colors.HexColor('#c0c0c0')),
         ('SPAN', (0, 0), (-1, 0)), ('SPAN', (0, 1), (-1, 1)), ('SPAN', (0, 2), (-1, 2)),
         ('FONT', (0, 0), (-1, 0), 'ArB', 11), ('FONT', (0, 2), (-1, 2), 'ArB', 10), ('FONT', (0, 3), (-1, 3), 'ArB', 9),
         ('BACKGROUND', (0, 3), (-1, 3), colors.HexColor('#d9ead3')), ('ALIGN', (3, 3), (-1, -1), 'RIGHT'), ('ALIGN', (2, 3), (2, -1), 'CENTER'),
         ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
for code, desc, u, a, b in rows:
    i = len(data)
    if a is None:
        data.append([code, desc, '', '', '', ''])
        style += [('FONT', (0, i), (-1, i), 'ArB', 9), ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#f3f3f3'))]
    else:
        data.append([code, desc, u, eur(a), eur(b), ('{:.1f}%'.format((b - a) / a * 100)).replace('.', ',')])
data.append(['', 'Le tariffe si intendono al netto dell\'IVA, ove dovuta, e decorrono dal 1° aprile 2026.', '', '', '', ''])
style += [('SPAN', (1, len(data) - 1), (-1, len(data) - 1)), ('FONT', (0, len(data) - 1), (-1, len(data) - 1), 'Ar', 8)]
doc = SimpleDocTemplate(sys.argv[1], pagesize=landscape(A4), leftMargin=12*mm, rightMargin=12*mm, topMargin=13*mm, bottomMargin=13*mm,
                        title='Allegato_A_tariffe_cimiteriali_2026')
t = Table(data, colWidths=[16*mm, 145*mm, 20*mm, 32*mm, 32*mm, 20*mm], repeatRows=4)
t.setStyle(TableStyle(style))
doc.build([t], onFirstPage=furniture, onLaterPages=furniture)
