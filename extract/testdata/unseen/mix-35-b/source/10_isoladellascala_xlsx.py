# Annex of Comune di Isola della Scala (VR): an Excel workbook printed to PDF,
# as offices attach spreadsheets to a determinazione: title rows, a wide
# table with money columns and totals, print header/footer, landscape.
# Written with openpyxl, printed by LibreOffice Calc (build.sh).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = 'Allegato A'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill('solid', fgColor='D9D9D9')

ws['A1'] = 'COMUNE DI ISOLA DELLA SCALA'
ws['A1'].font = Font(name='Arial', size=14, bold=True)
ws['A2'] = 'Provincia di Verona – Area Tecnica Lavori Pubblici'
ws['A2'].font = Font(name='Arial', size=10)
ws['A4'] = 'ALLEGATO A alla determinazione n. 143 del 11/03/2026'
ws['A4'].font = Font(name='Arial', size=10, italic=True)
ws['A5'] = ('PROGRAMMA 2026 DI MANUTENZIONE STRAORDINARIA DELLA VIABILITÀ COMUNALE – '
            'ELENCO DEGLI INTERVENTI E QUADRO DEI COSTI')
ws['A5'].font = Font(name='Arial', size=11, bold=True)
for r in (1, 2, 4, 5):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

hdr = ['N.', 'Via / Località', 'Descrizione intervento', 'Lunghezza (m)', 'Importo lavori (€)',
       'Oneri sicurezza (€)', 'IVA 22% (€)', 'Totale (€)']
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=j, value=h)
    c.font = Font(name='Arial', size=9, bold=True)
    c.fill = grey
    c.border = B
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[7].height = 30

items = [
    ('Via Roma', 'Fresatura e rifacimento del manto di usura, rialzo chiusini', 420, 38600.00, 1150.00),
    ('Via Cesare Battisti', 'Rifacimento marciapiede lato nord e abbattimento barriere', 260, 44250.00, 1480.00),
    ('Loc. Pellegrina – via Boschi', 'Bitumatura e ripristino banchine', 1150, 52900.00, 1620.00),
    ('Loc. Tarmassia – via Chiesa', 'Risanamento fondazione stradale e nuovo tappeto', 380, 29800.00, 940.00),
    ('Via Vittorio Veneto', 'Rifacimento segnaletica orizzontale e attraversamenti rialzati', 610, 18450.00, 560.00),
    ('Loc. Doltra – strada comunale', 'Consolidamento scarpata e posa barriera di sicurezza', 240, 33700.00, 1210.00),
    ('Via Garibaldi', 'Sostituzione caditoie e tratto di fognatura bianca', 180, 21300.00, 690.00),
    ('Loc. Caselle – via Molino', 'Ripristino pavimentazione in prossimità del ponte', 95, 12650.00, 420.00),
]
r = 8
for i, (via, desc, ln, imp, sic) in enumerate(items, 1):
    vals = [i, via, desc, ln, imp, sic, None, None]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(name='Arial', size=9)
        c.border = B
        c.alignment = Alignment(vertical='center', wrap_text=(j in (2, 3)))
    ws.cell(row=r, column=7, value='=ROUND((E%d+F%d)*0.22,2)' % (r, r))
    ws.cell(row=r, column=8, value='=E%d+F%d+G%d' % (r, r, r))
    for j in (5, 6, 7, 8):
        ws.cell(row=r, column=j).number_format = '#,##0.00'
    ws.cell(row=r, column=4).number_format = '#,##0'
    r += 1
ws.cell(row=r, column=3, value='TOTALE')
for j, col in ((4, 'D'), (5, 'E'), (6, 'F'), (7, 'G'), (8, 'H')):
    ws.cell(row=r, column=j, value='=SUM(%s8:%s%d)' % (col, col, r - 1))
    ws.cell(row=r, column=j).number_format = '#,##0.00' if j > 4 else '#,##0'
for j in range(1, 9):
    c = ws.cell(row=r, column=j)
    c.font = Font(name='Arial', size=9, bold=True)
    c.border = B
    c.fill = grey
r += 2
notes = [
    'Note:',
    '1) Gli importi dei lavori derivano dal computo metrico estimativo redatto dall\'Ufficio Tecnico comunale su prezzario regionale del Veneto 2025.',
    '2) Finanziamento: capitolo 28150 "Manutenzione straordinaria strade comunali" – bilancio 2026/2028, esercizio 2026.',
    '3) L\'ordine di esecuzione degli interventi potrà essere modificato dalla Direzione Lavori in relazione alle esigenze di traffico.',
]
for n in notes:
    ws.cell(row=r, column=1, value=n).font = Font(name='Arial', size=8.5, bold=(n == 'Note:'))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
r += 1
ws.cell(row=r, column=6, value='Il Responsabile dell\'Area Tecnica').font = Font(name='Arial', size=9.5)
ws.cell(row=r + 1, column=6, value='arch. Giovanni Bertaso').font = Font(name='Arial', size=9.5)

for col, w in zip('ABCDEFGH', [5, 28, 52, 12, 16, 15, 14, 15]):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.8, bottom=0.8, header=0.3, footer=0.3)
ws.oddHeader.right.text = 'Allegato A – Det. n. 143/2026'
ws.oddHeader.right.size = 8
ws.oddFooter.left.text = 'Programma manutenzione viabilità 2026.xlsx'
ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'
ws.oddFooter.right.size = 7
ws.print_title_rows = '7:7'
wb.save(out)
