# Allegato A (graduatoria), Comune di Mascalucia - Excel workbook print (openpyxl -> LibreOffice Calc -> PDF)
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
random.seed(5326)
wb = Workbook(); ws = wb.active; ws.title = 'Graduatoria 2025'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells('A1:H1'); ws['A1'] = 'COMUNE DI MASCALUCIA'; ws['A1'].font = Font(name='Calibri', size=14, bold=True); ws['A1'].alignment = Alignment(horizontal='center')
ws.merge_cells('A2:H2'); ws['A2'] = 'Città Metropolitana di Catania – Area V Servizi Sociali e Pubblica Istruzione'; ws['A2'].alignment = Alignment(horizontal='center'); ws['A2'].font = Font(name='Calibri', size=10)
ws.merge_cells('A3:H3'); ws['A3'] = 'ALLEGATO "A" alla Determinazione n. 412 del 23/04/2026'; ws['A3'].font = Font(name='Calibri', size=11, bold=True); ws['A3'].alignment = Alignment(horizontal='center')
ws.merge_cells('A4:H4'); ws['A4'] = "Graduatoria definitiva dei beneficiari del contributo per il sostegno all'accesso alle abitazioni in locazione – annualità 2025 (L. 431/1998, art. 11)"
ws['A4'].alignment = Alignment(horizontal='center', wrap_text=True); ws['A4'].font = Font(name='Calibri', size=10, italic=True); ws.row_dimensions[4].height = 28
hdr = ['N.', 'Prot. istanza', 'Data istanza', 'Codice beneficiario', 'Fascia', 'ISEE (€)', 'Canone annuo (€)', 'Contributo (€)']
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=6, column=j, value=h); c.font = Font(name='Calibri', size=10, bold=True); c.border = B
    c.fill = PatternFill('solid', fgColor='D9E1F2'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[6].height = 30
tot = 0
for i in range(1, 39):
    prot = 24110 + i * 37 + random.randint(0, 30)
    day = 3 + (i * 11) // 38
    isee = round(random.uniform(2100, 14800), 2)
    fascia = 'A' if isee < 7000 else 'B'
    canone = random.choice([3600, 4200, 4800, 5400, 6000, 3900, 4500])
    contr = round(min(canone * (0.34 if fascia == 'A' else 0.22), 3100.0), 2)
    tot += contr
    row = [i, prot, '%02d/02/2026' % day, 'MSC-LOC25-%04d' % (100 + i * 3), fascia, isee, canone, contr]
    for j, v in enumerate(row, 1):
        c = ws.cell(row=6 + i, column=j, value=v); c.border = B; c.font = Font(name='Calibri', size=10)
        if j >= 6: c.number_format = '#,##0.00'
        if j in (1, 2, 3, 5): c.alignment = Alignment(horizontal='center')
r = 6 + 39
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
ws.cell(row=r, column=1, value='TOTALE CONTRIBUTI').font = Font(name='Calibri', size=10, bold=True)
ws.cell(row=r, column=1).alignment = Alignment(horizontal='right')
c = ws.cell(row=r, column=8, value='=SUM(H7:H44)'); c.number_format = '#,##0.00'; c.font = Font(name='Calibri', size=10, bold=True)
for j in range(1, 9): ws.cell(row=r, column=j).border = B
ws.cell(row=r + 2, column=1, value="Nel rispetto del Reg. UE 2016/679 i beneficiari sono indicati con codice identificativo comunicato all'atto della presentazione dell'istanza.").font = Font(name='Calibri', size=8, italic=True)
ws.cell(row=r + 4, column=6, value='Il Responsabile dell\'Area V').font = Font(name='Calibri', size=10)
ws.cell(row=r + 5, column=6, value='Dott.ssa Venera Pappalardo').font = Font(name='Calibri', size=10, bold=True)
for col, w in zip('ABCDEFGH', [5, 11, 11, 20, 7, 12, 14, 13]): ws.column_dimensions[col].width = w
ws.print_title_rows = '6:6'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.oddHeader.left.text = '&8Comune di Mascalucia'; ws.oddHeader.right.text = '&8&A'
ws.oddFooter.left.text = '&8&F'; ws.oddFooter.right.text = '&8Pagina &P di &N'
ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.8
wb.properties.creator = 'Area V Servizi Sociali'
wb.save(sys.argv[1])
