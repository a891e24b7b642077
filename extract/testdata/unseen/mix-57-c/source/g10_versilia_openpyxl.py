# Annex of the Unione dei Comuni della Versilia: a spreadsheet written with openpyxl and exported
# to PDF by LibreOffice Calc (print titles, header/footer, fit to width).
import sys, os, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
out = os.path.abspath(sys.argv[1])
work = os.path.dirname(out) + '/scratch'; os.makedirs(work, exist_ok=True)
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='808080'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'UNIONE DEI COMUNI DELLA VERSILIA'; ws['A1'].font = Font(name='Liberation Sans', bold=True, size=14)
ws['A2'] = 'Servizi Sociali Associati – Ufficio di Piano'; ws['A2'].font = Font(name='Liberation Sans', size=10, italic=True)
ws['A3'] = 'ALLEGATO A alla determinazione n. 77 del 14/04/2026'; ws['A3'].font = Font(name='Liberation Sans', bold=True, size=10)
ws['A4'] = 'Contributi per il trasporto sociale di persone con disabilità – I trimestre 2026 – Elenco dei beneficiari ammessi'
ws['A4'].font = Font(name='Liberation Sans', bold=True, size=11)
ws['A4'].alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[4].height = 30
for r in range(1, 5): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
hdr = ['N.', 'Codice pratica', 'Comune di residenza', 'ISEE (€)', 'Km percorsi', 'Rimborso (€)', 'Esito']
ws.append([]); ws.append(hdr)
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=6, column=i); c.font = Font(name='Liberation Sans', bold=True, size=9, color='FFFFFF')
    c.fill = PatternFill('solid', fgColor='2F5D50'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); c.border = B
rows = [('TS-2026-001', 'Camaiore', 8420.15, 412), ('TS-2026-002', 'Massarosa', 12310.00, 268), ('TS-2026-004', 'Stazzema', 6877.40, 590),
        ('TS-2026-005', 'Camaiore', 15990.72, 184), ('TS-2026-007', 'Massarosa', 4102.33, 736), ('TS-2026-008', 'Stazzema', 9987.10, 322),
        ('TS-2026-009', 'Camaiore', 21450.00, 150), ('TS-2026-011', 'Massarosa', 11203.55, 446), ('TS-2026-012', 'Camaiore', 7340.00, 508),
        ('TS-2026-014', 'Stazzema', 13675.90, 276), ('TS-2026-015', 'Massarosa', 5588.60, 688), ('TS-2026-016', 'Camaiore', 18004.25, 212)]
r0 = 7
for i, (cod, com, isee, km) in enumerate(rows, 1):
    rate = 0.35 if isee < 10000 else (0.28 if isee < 18000 else 0.20)
    ws.append([i, cod, com, isee, km, None, 'Ammesso'])
    r = r0 + i - 1
    ws.cell(row=r, column=6).value = round(km * rate, 2)
    for col in range(1, 8):
        c = ws.cell(row=r, column=col); c.border = B; c.font = Font(name='Liberation Sans', size=9)
        if col in (4, 6): c.number_format = '[$-410]#,##0.00'
        if col in (1, 5, 7): c.alignment = Alignment(horizontal='center')
last = r0 + len(rows) - 1
ws.cell(row=last+1, column=5, value='Totale').font = Font(name='Liberation Sans', bold=True, size=9)
t = ws.cell(row=last+1, column=6, value='=SUM(F%d:F%d)' % (r0, last)); t.number_format = '[$-410]#,##0.00'; t.font = Font(name='Liberation Sans', bold=True, size=9); t.border = B
ws.cell(row=last+3, column=1, value='Rimborso chilometrico: € 0,35/km con ISEE fino a € 10.000,00; € 0,28/km fino a € 18.000,00; € 0,20/km oltre. I nominativi sono sostituiti dal codice pratica ai sensi del Reg. (UE) 2016/679.').font = Font(name='Liberation Sans', size=8, italic=True)
ws.merge_cells(start_row=last+3, start_column=1, end_row=last+4, end_column=7)
ws.cell(row=last+3, column=1).alignment = Alignment(wrap_text=True, vertical='top')
for col, w in zip('ABCDEFG', [5, 16, 22, 13, 11, 13, 11]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = 'Allegato A – Det. n. 77/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
src = os.path.join(work, 'allegato-versilia-openpyxl.xlsx'); wb.save(src)
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + work + '/lo-profile', '--convert-to', 'pdf', '--outdir', os.path.dirname(out), src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
