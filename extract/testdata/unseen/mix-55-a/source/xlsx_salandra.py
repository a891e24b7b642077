# Allegato A of the Comune di Salandra (MT): a spreadsheet (openpyxl) printed to PDF by
# LibreOffice Calc, with the sheet's own print header/footer and repeated title rows.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

random.seed(55)
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI SALANDRA'; ws['A1'].font = Font(bold=True, size=14)
ws['A2'] = 'Provincia di Matera – Area Amministrativa – Servizi Sociali'
ws['A3'] = 'ALLEGATO A alla determinazione n. 58 del 09/03/2026'; ws['A3'].font = Font(bold=True)
ws['A4'] = 'Fondo nazionale per il sostegno all’accesso alle abitazioni in locazione (art. 11 L. 431/1998) – Annualità 2025 – Graduatoria definitiva dei beneficiari'
ws['A4'].alignment = Alignment(wrap_text=True, vertical='top'); ws.merge_cells('A4:H4'); ws.row_dimensions[4].height = 30
hdr = ['N.', 'Prot. domanda', 'Data', 'Codice beneficiario', 'Fascia', 'ISEE (€)', 'Canone annuo (€)', 'Contributo (€)']
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=6, column=i, value=h); c.font = Font(bold=True); c.border = B
    c.fill = PatternFill('solid', fgColor='D9D9D9'); c.alignment = Alignment(horizontal='center', wrap_text=True)
rows = []
codes = random.sample(range(100, 1000), 38)
for n in range(1, 39):
    isee = round(random.uniform(2100, 17800), 2)
    fascia = 'A' if isee <= 14000 else 'B'
    canone = random.choice([2400, 2700, 3000, 3300, 3600, 3900, 4200, 4800])
    contr = round(min(3100.0, canone * (0.62 if fascia == 'A' else 0.41)), 2)
    rows.append((n, 1800 + n * 37 + random.randint(0, 30), '%02d/%02d/2025' % (random.randint(1, 28), random.choice([10, 11])),
                 'SAL-2025-%03d' % codes[n - 1], fascia, isee, canone, contr))
rows.sort(key=lambda r: (r[4], r[5]))
for r_i, r in enumerate(rows, 7):
    vals = (r_i - 6,) + r[1:]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r_i, column=i, value=v); c.border = B
        if i >= 6: c.number_format = '#,##0.00'
        if i in (1, 3, 5): c.alignment = Alignment(horizontal='center')
last = 6 + len(rows)
ws.cell(row=last + 1, column=7, value='TOTALE').font = Font(bold=True)
t = ws.cell(row=last + 1, column=8, value='=SUM(H7:H%d)' % last); t.number_format = '#,##0.00'; t.font = Font(bold=True); t.border = B
tot = sum(r[7] for r in rows)
ws.cell(row=last + 3, column=1, value='Importo trasferito dalla Regione Basilicata: € %s – Percentuale di copertura del fabbisogno: 100%%' % ('{:,.2f}'.format(tot).replace(',', 'X').replace('.', ',').replace('X', '.')))
ws.cell(row=last + 5, column=5, value='Il Responsabile dell’Area Amministrativa')
ws.cell(row=last + 6, column=5, value='Dott. Nicola Lapenta')
for col, w in zip('ABCDEFGH', (5, 12, 11, 19, 7, 12, 15, 14)): ws.column_dimensions[col].width = w
ws.print_title_rows = '6:6'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.left.text = 'Comune di Salandra'; ws.oddHeader.right.text = '&A'
ws.oddFooter.center.text = 'Pagina &P di &N'
wb.save(sys.argv[1])
