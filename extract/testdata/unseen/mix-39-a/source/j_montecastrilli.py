# Comune di Montecastrilli (TR) - annex: spreadsheet (xlsx made with openpyxl) printed to PDF by
# LibreOffice Calc, with gridlines, repeated title rows, sheet header/footer.
import random, subprocess, shutil, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
random.seed(39)
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI MONTECASTRILLI'; ws['A1'].font = Font(name='Arial', bold=True, size=13)
ws['A2'] = 'Provincia di Terni – Area Amministrativa – Servizi Sociali'; ws['A2'].font = Font(name='Arial', size=9)
ws['A3'] = 'ALLEGATO A alla determinazione n. 58 del 04/03/2026 – Fondo per il sostegno all’accesso alle abitazioni in locazione (L. 431/1998, art. 11) – Anno 2025 – Graduatoria definitiva e contributi assegnati'
ws['A3'].font = Font(name='Arial', bold=True, size=10); ws['A3'].alignment = Alignment(wrap_text=True, vertical='top')
ws.merge_cells('A3:I3'); ws.row_dimensions[3].height = 30
hdr = ['N.', 'Prot. domanda', 'Data domanda', 'Fascia', 'ISEE (€)', 'Canone annuo (€)', 'Incidenza %', 'Contributo spettante (€)', 'Contributo liquidato (€)']
ws.append([]); ws.append(hdr)
for i, h in enumerate(hdr, 1):
    cc = ws.cell(row=5, column=i); cc.font = Font(name='Arial', bold=True, size=9); cc.border = B
    cc.fill = PatternFill('solid', fgColor='D9D9D9'); cc.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[5].height = 28
rows = []
for n in range(1, 47):
    prot = 8120 + random.randint(0, 3900)
    day = random.randint(2, 30); mon = random.choice([10, 11]);
    fascia = random.choice(['A', 'A', 'A', 'B'])
    isee = round(random.uniform(2100, 13400 if fascia == 'A' else 17100), 2)
    canone = random.choice([3600, 3900, 4200, 4500, 4800, 5100, 5400, 6000])
    inc = round(canone / max(isee, 1) * 100, 2)
    spett = round(min(canone * (0.9 if fascia == 'A' else 0.6) - isee * 0.14, 3100), 2)
    spett = max(spett, 180.0)
    liq = round(spett * 0.4185, 2)
    rows.append([prot, f'{day:02d}/{mon:02d}/2025', fascia, isee, canone, inc, spett, liq])
rows.sort(key=lambda r: (-r[5]))
for n, r in enumerate(rows, 1):
    ws.append([n] + r)
tot_row = ws.max_row + 1
ws.cell(row=tot_row, column=1, value='TOTALE')
ws.merge_cells(start_row=tot_row, start_column=1, end_row=tot_row, end_column=7)
ws.cell(row=tot_row, column=8, value=f'=SUM(H6:H{tot_row-1})'); ws.cell(row=tot_row, column=9, value=f'=SUM(I6:I{tot_row-1})')
for row in ws.iter_rows(min_row=6, max_row=tot_row, max_col=9):
    for cc in row:
        cc.border = B; cc.font = Font(name='Arial', size=9, bold=(cc.row == tot_row))
        if cc.column in (5, 6, 8, 9): cc.number_format = '#,##0.00'
        if cc.column == 7: cc.number_format = '0.00'
        if cc.column in (1, 2, 3, 4): cc.alignment = Alignment(horizontal='center')
note = tot_row + 2
ws.cell(row=note, column=1, value='Il contributo liquidato corrisponde al 41,85% del contributo spettante, in proporzione alle risorse assegnate dalla Regione Umbria (D.G.R. n. 1288/2025). I richiedenti sono identificati con il numero di protocollo della domanda ai sensi del Reg. (UE) 2016/679.').font = Font(name='Arial', italic=True, size=8)
ws.merge_cells(start_row=note, start_column=1, end_row=note, end_column=9)
ws.cell(row=note, column=1).alignment = Alignment(wrap_text=True); ws.row_dimensions[note].height = 24
ws.cell(row=note + 2, column=7, value='Il Responsabile dell’Area Amministrativa').font = Font(name='Arial', size=9)
ws.cell(row=note + 3, column=7, value='dott. Marco Proietti').font = Font(name='Arial', size=9, bold=True)
for col, w in zip('ABCDEFGHI', [5, 11, 11, 7, 11, 13, 10, 16, 16]):
    ws.column_dimensions[col].width = w
ws.print_title_rows = '5:5'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddHeader.right.text = '&A'; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = '&F'; ws.oddFooter.left.size = 7
ws.print_options.gridLines = False
wb.save('j_montecastrilli.xlsx')
tmp = '/tmp/j_out'; os.makedirs(tmp, exist_ok=True)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, 'j_montecastrilli.xlsx'], check=True, capture_output=True, env=dict(os.environ, LANG='it_IT.UTF-8', LC_ALL='it_IT.UTF-8'))
shutil.move(tmp + '/j_montecastrilli.pdf', '../allegato-montecastrilli-calc.pdf')
