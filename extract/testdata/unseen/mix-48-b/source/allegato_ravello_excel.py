# Annex A (tariff schedule) of the Comune di Ravello, as an Excel workbook printed to PDF:
# built with openpyxl (gridlines, header "&A", footer "Pagina &P di &N"), converted by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill('solid', fgColor='D9E1F2'); sub = PatternFill('solid', fgColor='F2F2F2')

ws['A1'] = 'COMUNE DI RAVELLO'; ws['A1'].font = Font(name='Calibri', size=14, bold=True)
ws['A2'] = 'Provincia di Salerno'; ws['A2'].font = Font(name='Calibri', size=10, italic=True)
ws['A4'] = 'Allegato A) alla deliberazione della Giunta Comunale n. 31 del 10/03/2026'; ws['A4'].font = Font(name='Calibri', size=10, bold=True)
ws['A5'] = 'TARIFFE DEI SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – ANNO 2026'; ws['A5'].font = Font(name='Calibri', size=12, bold=True)
for r in (1, 2, 4, 5): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)

hdr = ['N.', 'Servizio', 'Unità di misura', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)', 'Var. %']
ws.append([]); ws.append(hdr)
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=i); c.font = Font(name='Calibri', size=10, bold=True); c.fill = fill; c.border = B
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)

rows = [
    ('REFEZIONE SCOLASTICA', None),
    ('Pasto scuola dell\'infanzia – residenti', 'a pasto', 3.80, 3.90),
    ('Pasto scuola primaria – residenti', 'a pasto', 4.10, 4.20),
    ('Pasto – non residenti', 'a pasto', 5.20, 5.40),
    ('TRASPORTO SCOLASTICO', None),
    ('Abbonamento annuale – primo figlio', 'annuo', 180.00, 185.00),
    ('Abbonamento annuale – dal secondo figlio', 'annuo', 120.00, 120.00),
    ('IMPIANTI E SALE', None),
    ('Auditorium – uso per convegni e manifestazioni', 'giornata', 850.00, 900.00),
    ('Auditorium – uso per prove e attività senza pubblico', 'ora', 60.00, 65.00),
    ('Sala consiliare – celebrazione matrimoni civili (residenti)', 'a evento', 150.00, 150.00),
    ('Sala consiliare – celebrazione matrimoni civili (non residenti)', 'a evento', 600.00, 650.00),
    ('Villa comunale – celebrazione matrimoni civili all\'aperto', 'a evento', 1200.00, 1300.00),
    ('Campo sportivo comunale – uso con illuminazione', 'ora', 45.00, 48.00),
    ('SERVIZI CIMITERIALI', None),
    ('Illuminazione votiva – canone annuo', 'a punto luce', 18.00, 18.50),
    ('Illuminazione votiva – allaccio', 'a punto luce', 25.00, 25.00),
    ('ALTRI SERVIZI', None),
    ('Rilascio copie di atti – formato A4', 'a facciata', 0.25, 0.25),
    ('Ricerca d\'archivio su documenti anteriori a 10 anni', 'a pratica', 20.00, 20.00),
    ('Parcheggio pullman turistici – area di sosta comunale', 'a giornata', 90.00, 100.00),
]
n = 0; r = 8
for row in rows:
    if row[1] is None:
        ws.cell(row=r, column=1, value=row[0]).font = Font(name='Calibri', size=10, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for col in range(1, 7):
            ws.cell(row=r, column=col).fill = sub; ws.cell(row=r, column=col).border = B
    else:
        n += 1
        vals = [n, row[0], row[1], row[2], row[3], None]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v); c.border = B; c.font = Font(name='Calibri', size=10)
        ws.cell(row=r, column=6, value=f'=IF(D{r}=0,"",(E{r}-D{r})/D{r})')
        ws.cell(row=r, column=4).number_format = '#,##0.00'
        ws.cell(row=r, column=5).number_format = '#,##0.00'
        ws.cell(row=r, column=6).number_format = '0.0%'
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical='center')
        ws.cell(row=r, column=1).alignment = Alignment(horizontal='center')
        ws.cell(row=r, column=3).alignment = Alignment(horizontal='center')
    r += 1
r += 1
notes = [
    'Note:',
    '1. Le tariffe si intendono IVA inclusa, ove dovuta, e si applicano dal 1° aprile 2026.',
    '2. Per le famiglie con ISEE inferiore a € 8.000,00 si applicano le riduzioni previste dal Regolamento comunale per l\'accesso alle prestazioni agevolate.',
    '3. Le tariffe per l\'uso dell\'Auditorium non comprendono i servizi di assistenza tecnica, da concordare con l\'Ufficio Cultura e Turismo.',
]
for t in notes:
    ws.cell(row=r, column=1, value=t).font = Font(name='Calibri', size=9, italic=(t != 'Note:'), bold=(t == 'Note:'))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical='top')
    ws.row_dimensions[r].height = 26 if t != 'Note:' else 14
    r += 1

for col, w in zip('ABCDEF', (5, 50, 14, 13, 13, 9)):
    ws.column_dimensions[col].width = w
ws.print_title_rows = '7:7'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.9, bottom=0.9, header=0.4, footer=0.4)
ws.oddHeader.center.text = '&A'; ws.oddHeader.center.size = 9
ws.oddHeader.right.text = 'Allegato A'; ws.oddHeader.right.size = 9
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 9
ws.oddFooter.left.text = 'Tariffe_SDI_2026_def.xlsx'; ws.oddFooter.left.size = 8
wb.properties.creator = 'Microsoft Excel'
wb.save(sys.argv[1])
