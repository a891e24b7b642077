# Comune di Trecchina – Allegato A (beneficiaries' schedule) as an Excel workbook (openpyxl),
# printed to PDF by LibreOffice Calc the way an office exports its .xlsx
import os, subprocess, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(39)
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells('A1:G1'); ws['A1'] = 'COMUNE DI TRECCHINA'
ws['A1'].font = Font(name='Calibri', size=14, bold=True); ws['A1'].alignment = Alignment(horizontal='center')
ws.merge_cells('A2:G2'); ws['A2'] = 'Provincia di Potenza – Settore Amministrativo e Servizi Sociali'
ws['A2'].font = Font(name='Calibri', size=10, italic=True); ws['A2'].alignment = Alignment(horizontal='center')
ws.merge_cells('A4:G4'); ws['A4'] = 'ALLEGATO A alla determinazione n. 58 del 05/03/2026'
ws['A4'].font = Font(name='Calibri', size=10, bold=True)
ws.merge_cells('A5:G5'); ws['A5'] = 'FONDO NAZIONALE PER IL SOSTEGNO ALL’ACCESSO ALLE ABITAZIONI IN LOCAZIONE (art. 11 L. 431/1998) – ANNUALITÀ 2025 – GRADUATORIA DEFINITIVA DEI BENEFICIARI'
ws['A5'].font = Font(name='Calibri', size=10, bold=True); ws['A5'].alignment = Alignment(wrap_text=True, vertical='top')
ws.row_dimensions[5].height = 30
hdr = ['N.', 'Prot. domanda', 'Data domanda', 'Fascia', 'Canone annuo (€)', 'ISEE (€)', 'Contributo (€)']
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=i, value=h); c.font = Font(name='Calibri', size=10, bold=True); c.border = B
    c.fill = PatternFill('solid', fgColor='D9D9D9'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[7].height = 28
rows = []
prots = sorted(random.sample(range(6800, 8400), 22))
for n, p in enumerate(prots, 1):
    fascia = 'A' if n <= 14 else 'B'
    canone = random.choice([2400, 2700, 3000, 3300, 3600, 3900, 4200, 4800])
    isee = round(random.uniform(3100, 13400) if fascia == 'A' else random.uniform(14050, 17900), 2)
    contr = round(min(canone * (0.62 if fascia == 'A' else 0.41), 3100 if fascia == 'A' else 2325), 2)
    day = 3 + (p - 6800) * 27 // 1600
    rows.append([n, p, '%02d/11/2025' % min(day, 28), fascia, canone, isee, contr])
for r, row in enumerate(rows, 8):
    for c, v in enumerate(row, 1):
        cell = ws.cell(row=r, column=c, value=v); cell.border = B; cell.font = Font(name='Calibri', size=10)
        if c in (5, 6, 7): cell.number_format = '[$-410]#,##0.00'
        if c in (1, 2, 3, 4): cell.alignment = Alignment(horizontal='center')
tr = 8 + len(rows)
ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=6)
ws.cell(row=tr, column=1, value='TOTALE CONTRIBUTI ASSEGNATI').font = Font(name='Calibri', size=10, bold=True)
ws.cell(row=tr, column=1).alignment = Alignment(horizontal='right')
tot = ws.cell(row=tr, column=7, value='=SUM(G8:G%d)' % (tr - 1)); tot.number_format = '[$-410]#,##0.00'; tot.font = Font(name='Calibri', size=10, bold=True)
for c in range(1, 8): ws.cell(row=tr, column=c).border = B
ws.cell(row=tr + 2, column=1, value='Note: i beneficiari sono identificati con il numero di protocollo della domanda ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679. Fascia A: ISEE fino a € 14.000,00; Fascia B: ISEE fino a € 18.000,00.').font = Font(name='Calibri', size=8, italic=True)
ws.merge_cells(start_row=tr + 2, start_column=1, end_row=tr + 2, end_column=7)
ws.cell(row=tr + 2, column=1).alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[tr + 2].height = 24
ws.cell(row=tr + 4, column=5, value='Il Responsabile del Settore').font = Font(name='Calibri', size=10)
ws.cell(row=tr + 5, column=5, value='Dott.ssa Maria Grazia Limongi').font = Font(name='Calibri', size=10)
for col, w in zip('ABCDEFG', [5, 13, 13, 8, 16, 13, 15]): ws.column_dimensions[col].width = w
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'portrait'
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = 'Allegato A'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F'; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 8
ws.print_title_rows = '7:7'
x = os.path.join(HERE, 'build', 'Allegato_A_graduatoria_FSL_2025.xlsx')
os.makedirs(os.path.dirname(x), exist_ok=True); wb.save(x)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', os.path.join(HERE, 'build'), x], check=True, capture_output=True)
os.replace(x[:-5] + '.pdf', os.path.join(HERE, '..', 'allegato-trecchina-excel.pdf'))
