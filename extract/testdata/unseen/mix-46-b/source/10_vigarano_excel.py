# Allegato A, Comune di Vigarano Mainarda -- an Excel workbook (openpyxl) printed to PDF by LibreOffice Calc,
# with the sheet's own header/footer (&A, &P di &N) and gridlines as an office exports it
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = 'Contributi 2026'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI VIGARANO MAINARDA'; ws['A1'].font = Font(name='Arial', bold=True, size=14)
ws['A2'] = 'Provincia di Ferrara - Settore Servizi alla Persona, Cultura e Sport'; ws['A2'].font = Font(name='Arial', size=9, italic=True)
ws['A4'] = 'Allegato A) alla deliberazione della Giunta Comunale n. 35 del 07/04/2026'; ws['A4'].font = Font(name='Arial', bold=True, size=10)
ws['A5'] = 'CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE - ANNO 2026 - RIPARTO'; ws['A5'].font = Font(name='Arial', bold=True, size=11)
for r in (1, 2, 4, 5): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
hdr = ['N.', 'Associazione', 'Codice fiscale', 'Disciplina', 'Tesserati under 18', 'Punteggio', 'Contributo (€)']
rows = [
    ('A.S.D. Vigaranese Calcio', '93061240386', 'Calcio', 142, 38.5),
    ('Polisportiva Mainarda', '93044710381', 'Pallavolo / Basket', 118, 33.0),
    ('A.S.D. Ginnastica Estense Vigarano', '93072910383', 'Ginnastica artistica', 96, 27.5),
    ('Tennis Club Vigarano A.S.D.', '93018320384', 'Tennis', 41, 14.0),
    ('G.S. Ciclistico Pieve', '80013450389', 'Ciclismo', 22, 9.5),
    ('A.S.D. Judo Kwai Vigarano', '93080130388', 'Judo', 57, 17.0),
    ('Bocciofila Vigaranese', '93005900382', 'Bocce', 0, 4.0),
    ('A.S.D. Danza e Movimento', '93091770385', 'Danza sportiva', 74, 21.5),
]
ws.append([]); 
start = 7
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=start, column=i, value=h)
    c.font = Font(name='Arial', bold=True, size=9); c.border = B
    c.fill = PatternFill('solid', fgColor='D9E1F2'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
fondo = 18000.0
tot_p = sum(r[4] for r in rows)
shares = [round(fondo * r[4] / tot_p, 2) for r in rows]
shares[0] = round(shares[0] + fondo - sum(shares), 2)   # rounding remainder to the first
def itn(x):  # Italian number text, as the office typed/pasted it
    return '{:,.2f}'.format(x).replace(',', 'X').replace('.', ',').replace('X', '.')
for k, (a, cf, d, t, p) in enumerate(rows, 1):
    r = start + k
    vals = [k, a, cf, d, t, p, None]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v); c.font = Font(name='Arial', size=9); c.border = B
    ws.cell(row=r, column=7, value=itn(shares[k - 1])).alignment = Alignment(horizontal='right')
    ws.cell(row=r, column=6, value=('%.1f' % p).replace('.', ',')).alignment = Alignment(horizontal='right')
    ws.cell(row=r, column=1).alignment = Alignment(horizontal='center')
tr = start + len(rows) + 1
ws.cell(row=tr, column=2, value='TOTALE').font = Font(name='Arial', bold=True, size=9)
ws.cell(row=tr, column=5, value='=SUM(E%d:E%d)' % (start + 1, tr - 1))
ws.cell(row=tr, column=6, value=('%.1f' % tot_p).replace('.', ',')).alignment = Alignment(horizontal='right')
ws.cell(row=tr, column=7, value=itn(sum(shares))).alignment = Alignment(horizontal='right')
for i in range(1, 8):
    c = ws.cell(row=tr, column=i); c.border = B; c.font = Font(name='Arial', bold=True, size=9)
ws.cell(row=tr + 2, column=1, value='Criteri (art. 6 del Regolamento comunale per la concessione di contributi): 0,25 punti per tesserato under 18; '
        '4 punti per attività continuativa nell\'anno; fino a 6 punti per manifestazioni organizzate sul territorio.').font = Font(name='Arial', size=8, italic=True)
ws.merge_cells(start_row=tr + 2, start_column=1, end_row=tr + 3, end_column=7)
ws.cell(row=tr + 2, column=1).alignment = Alignment(wrap_text=True, vertical='top')
ws.cell(row=tr + 5, column=1, value='Fondo disponibile: euro 18.000,00 - cap. 6230/1 "Contributi ad associazioni sportive" - bilancio 2026.').font = Font(name='Arial', size=8)
ws.cell(row=tr + 7, column=5, value='Il Responsabile del Settore').font = Font(name='Arial', size=9)
ws.cell(row=tr + 8, column=5, value='Dott.ssa Federica Mantovani').font = Font(name='Arial', size=9)
for col, wdt in zip('ABCDEFG', (5, 34, 14, 19, 11, 10, 14)):
    ws.column_dimensions[col].width = wdt
ws.row_dimensions[start].height = 26
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.9, bottom=0.9, header=0.4, footer=0.4)
ws.oddHeader.left.text = '&A'; ws.oddHeader.right.text = 'delibera_GC_35_2026_all_A.xlsx'
ws.oddHeader.left.size = 8; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
ws.print_title_rows = '7:7'
wb.properties.creator = 'mantovani.f'; wb.properties.title = 'Allegato A - contributi sportivi 2026'
wb.save(out)
