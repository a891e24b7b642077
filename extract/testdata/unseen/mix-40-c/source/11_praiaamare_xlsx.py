# Allegato A (quadro economico), Comune di Praia a Mare: openpyxl .xlsx -> LibreOffice Calc PDF export (imitates an Excel sheet printed to PDF)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = 'QE'
thin = Side(style='thin'); med = Side(style='medium')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.column_dimensions['A'].width = 7; ws.column_dimensions['B'].width = 62; ws.column_dimensions['C'].width = 16; ws.column_dimensions['D'].width = 16
def put(r, c, v, bold=False, size=10, fill=None, border=True, align=None, fmt=None, italic=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name='Liberation Sans', bold=bold, size=size, italic=italic)
    if fill: cell.fill = PatternFill('solid', fgColor=fill)
    if border: cell.border = B
    if align: cell.alignment = Alignment(horizontal=align, vertical='center', wrap_text=True)
    else: cell.alignment = Alignment(vertical='center', wrap_text=True)
    if fmt: cell.number_format = fmt
    return cell
ws.merge_cells('A1:D1'); put(1, 1, 'COMUNE DI PRAIA A MARE', bold=True, size=15, border=False, align='center')
ws.merge_cells('A2:D2'); put(2, 1, 'Provincia di Cosenza – Area Tecnica – Servizio Lavori Pubblici', size=9, border=False, align='center')
ws.merge_cells('A4:D4'); put(4, 1, 'ALLEGATO A alla deliberazione della Giunta Comunale n. 58 del 17/03/2026', bold=True, size=10, border=False, align='center')
ws.merge_cells('A5:D5'); put(5, 1, 'LAVORI DI RIQUALIFICAZIONE E MESSA IN SICUREZZA DEL LUNGOMARE SIRIMARCO – 2° LOTTO', bold=True, size=11, border=False, align='center')
ws.merge_cells('A6:D6'); put(6, 1, 'QUADRO ECONOMICO DI PROGETTO (PFTE) – CUP J37H25000980002', size=10, border=False, align='center', italic=True)
r = 8
for c, h in enumerate(['Voce', 'Descrizione', 'Importo (€)', 'Totale (€)'], 1):
    put(r, c, h, bold=True, fill='D9E1F2', align='center')
rows = [
 ('A', 'LAVORI', None, None, True),
 ('A.1', 'Lavori a misura soggetti a ribasso', 612450.00, None, False),
 ('A.2', 'Oneri per la sicurezza non soggetti a ribasso', 18370.00, None, False),
 ('', 'Totale lavori (A)', None, '=C10+C11', True),
 ('B', "SOMME A DISPOSIZIONE DELL'AMMINISTRAZIONE", None, None, True),
 ('B.1', 'Spese tecniche: progettazione, direzione lavori, coordinamento sicurezza (compresi oneri previdenziali)', 78900.00, None, False),
 ('B.2', 'Incentivi funzioni tecniche (art. 45 D.Lgs. 36/2023) – 2%', 12616.40, None, False),
 ('B.3', 'Rilievi, accertamenti e indagini', 9500.00, None, False),
 ('B.4', 'Allacciamenti ai pubblici servizi', 6000.00, None, False),
 ('B.5', 'Imprevisti (max 5% dei lavori)', 21430.00, None, False),
 ('B.6', 'Contributo ANAC', 410.00, None, False),
 ('B.7', 'IVA 10% sui lavori', 63082.00, None, False),
 ('B.8', 'IVA 22% e cassa previdenziale su spese tecniche', 17358.00, None, False),
 ('B.9', 'Arrotondamenti', 6.23, None, False),
 ('', "Totale somme a disposizione dell'Amministrazione (B)", None, '=SUM(C14:C22)', True),
 ('', 'IMPORTO COMPLESSIVO DELL\'INTERVENTO (A + B)', None, '=D12+D23', True),
]
for v, desc, imp, tot, bold in rows:
    r += 1
    put(r, 1, v, bold=bold, align='center'); put(r, 2, desc, bold=bold)
    put(r, 3, imp, fmt='#,##0.00', align='right'); put(r, 4, tot, bold=bold, fmt='#,##0.00', align='right')
    if v in ('A', 'B'):
        for c in range(1, 5): ws.cell(row=r, column=c).fill = PatternFill('solid', fgColor='F2F2F2')
for c in range(1, 5):
    ws.cell(row=r, column=c).fill = PatternFill('solid', fgColor='FFF2CC')
    ws.cell(row=r, column=c).border = Border(left=thin, right=thin, top=med, bottom=med)
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
put(r, 1, 'Fonte di finanziamento: contributo Regione Calabria – POR Calabria FESR-FSE+ 2021/2027, Azione 2.4.1 (decreto n. 18822 del 23/12/2025), € 830.000,00; cofinanziamento comunale con fondi propri di bilancio, € 10.122,63.', size=9, border=False)
ws.row_dimensions[r].height = 30
r += 2
put(r, 3, 'Il Responsabile dell\'Area Tecnica', size=9, border=False, align='center'); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
put(r + 1, 3, 'Ing. Domenico Fiorillo', size=9, border=False, align='center'); ws.merge_cells(start_row=r + 1, start_column=3, end_row=r + 1, end_column=4)
put(r + 2, 3, '(firmato digitalmente)', size=8, border=False, align='center', italic=True); ws.merge_cells(start_row=r + 2, start_column=3, end_row=r + 2, end_column=4)
for rr in (14,):
    ws.row_dimensions[rr].height = 28
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'portrait'
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.oddHeader.right.text = 'Allegato A – G.C. n. 58/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = 'QE_lungomare_lotto2.xlsx'; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 7
wb.save(sys.argv[1])
