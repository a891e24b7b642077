# Annex (tariff schedule), Comune di Craco: an .xlsx written with openpyxl, printed to PDF by LibreOffice (Excel-style print)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI CRACO'; ws['A1'].font = Font(name='Liberation Sans', size=14, bold=True)
ws['A2'] = 'Provincia di Matera'; ws['A2'].font = Font(name='Liberation Sans', size=9, italic=True)
ws['A4'] = 'Allegato "A" alla deliberazione della Giunta Comunale n. 15 del 12/03/2026'; ws['A4'].font = Font(name='Liberation Sans', size=9, bold=True)
ws['A5'] = 'SERVIZI PUBBLICI A DOMANDA INDIVIDUALE E SERVIZI TURISTICI – TARIFFE ANNO 2026'; ws['A5'].font = Font(name='Liberation Sans', size=11, bold=True)
for c in ['A1', 'A2', 'A4', 'A5']:
    ws.merge_cells('%s:G%s' % (c, c[1:])); ws[c].alignment = Alignment(horizontal='center')
hdr = ['N.', 'Servizio', 'Unità di misura', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)', 'Var. %', 'Note']
ws.append([]); ws.append(hdr)
r0 = 7
rows = [
 ['Visita guidata al borgo antico di Craco – intero', 'a persona', 15.00, 15.00, ''],
 ['Visita guidata al borgo antico di Craco – ridotto (6-14 anni, over 65)', 'a persona', 10.00, 10.00, ''],
 ['Visita guidata – gruppi scolastici', 'a studente', 6.00, 7.00, 'accompagnatori gratuiti'],
 ['Visita guidata serale con illuminazione', 'a persona', 20.00, 22.00, 'giugno-settembre'],
 ['Riprese cinematografiche e televisive nel centro storico', 'a giornata', 800.00, 900.00, 'oltre cauzione'],
 ['Servizi fotografici per cerimonie', 'a servizio', 150.00, 150.00, ''],
 ['Uso sala convegni Palazzo Carbone', 'a giornata', 120.00, 130.00, ''],
 ['Refezione scolastica – scuola dell\'infanzia', 'a pasto', 3.20, 3.30, 'ISEE < 6.000 € esente'],
 ['Trasporto scolastico', 'mensile', 18.00, 18.00, ''],
 ['Impianti sportivi – campo di calcetto', 'a ora', 25.00, 28.00, 'illuminazione inclusa'],
]
for i, (s, u, a, b, n) in enumerate(rows, 1):
    r = r0 + i
    ws.append([i, s, u, a, b, '=IF(D%d=0,"",(E%d-D%d)/D%d)' % (r, r, r, r), n])
last = r0 + len(rows)
for row in ws.iter_rows(min_row=r0, max_row=last, min_col=1, max_col=7):
    for c in row:
        c.border = B; c.font = Font(name='Liberation Sans', size=9)
        c.alignment = Alignment(vertical='center', wrap_text=True)
for c in ws[r0]:
    c.font = Font(name='Liberation Sans', size=9, bold=True); c.fill = PatternFill('solid', fgColor='D9E1F2'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
for r in range(r0+1, last+1):
    ws['D%d' % r].number_format = '#,##0.00'; ws['E%d' % r].number_format = '#,##0.00'; ws['F%d' % r].number_format = '0.0%'
    ws['A%d' % r].alignment = Alignment(horizontal='center', vertical='center')
ws.cell(row=last+2, column=2, value='Le tariffe si intendono IVA inclusa ove dovuta. Le esenzioni e riduzioni sono applicate secondo il vigente regolamento comunale.').font = Font(name='Liberation Sans', size=8, italic=True)
ws.cell(row=last+4, column=5, value='IL RESPONSABILE DEL SERVIZIO FINANZIARIO').font = Font(name='Liberation Sans', size=8, bold=True)
ws.cell(row=last+5, column=5, value='Rag. Antonio Lorusso').font = Font(name='Liberation Sans', size=8)
ws.row_dimensions[r0+2].height = 24
for col, w in zip('ABCDEFG', [5, 44, 13, 12, 12, 8, 20]):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddHeader.right.text = 'Allegato A - G.C. n. 15/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F'; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 7
ws.print_options.horizontalCentered = True
wb.save(out)
