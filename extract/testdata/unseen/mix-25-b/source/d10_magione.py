#!/usr/bin/env python3
"""Comune di Magione – Allegato A (tariff schedule) of a Giunta deliberation, a consultant's Excel sheet.
openpyxl (.xlsx with print area, repeated title rows, Excel header/footer) -> LibreOffice Calc PDF export."""
import sys, os, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
wb = Workbook(); ws = wb.active; ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='666666'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill('solid', fgColor='DDE7D0'); sub = PatternFill('solid', fgColor='F1F4EC')
ws.column_dimensions['A'].width = 7; ws.column_dimensions['B'].width = 58
for c in 'CDE': ws.column_dimensions[c].width = 15
def put(r, c, v, bold=False, size=10, al='left', fmt=None, fl=None, border=True, wrap=True, italic=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name='Arial', bold=bold, size=size, italic=italic)
    cell.alignment = Alignment(horizontal=al, vertical='center', wrap_text=wrap)
    if fmt: cell.number_format = fmt
    if fl: cell.fill = fl
    if border: cell.border = B
    return cell
ws.merge_cells('A1:E1'); put(1, 1, 'COMUNE DI MAGIONE', True, 14, 'center', border=False)
ws.merge_cells('A2:E2'); put(2, 1, 'Provincia di Perugia – Area Servizi al Territorio – Servizi Cimiteriali', False, 9, 'center', border=False)
ws.merge_cells('A4:E4'); put(4, 1, 'ALLEGATO A alla deliberazione della Giunta Comunale n. 41 del 18/03/2026', True, 10, 'center', border=False)
ws.merge_cells('A5:E5'); put(5, 1, 'TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI – DECORRENZA 01/04/2026', True, 11, 'center', border=False)
ws.row_dimensions[5].height = 20
hdr = ['Cod.', 'Descrizione del servizio', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)', 'Variaz. %']
for i, h in enumerate(hdr, 1): put(7, i, h, True, 9, 'center', fl=fill)
ws.row_dimensions[7].height = 28
rows = [
 ('A', 'OPERAZIONI CIMITERIALI', None, None),
 ('A.01', 'Inumazione in campo comune (salma adulto)', 310.00, 320.00),
 ('A.02', 'Inumazione in campo comune (salma di età inferiore a 10 anni)', 155.00, 160.00),
 ('A.03', 'Tumulazione in loculo o tomba di famiglia', 260.00, 268.00),
 ('A.04', 'Tumulazione di cassetta ossario o urna cineraria', 95.00, 98.00),
 ('A.05', 'Esumazione ordinaria con raccolta resti in cassetta ossario', 290.00, 299.00),
 ('A.06', 'Estumulazione ordinaria da loculo', 330.00, 340.00),
 ('A.07', 'Estumulazione straordinaria su richiesta dei familiari', 480.00, 495.00),
 ('A.08', 'Traslazione di salma all’interno del cimitero comunale', 390.00, 402.00),
 ('B', 'CONCESSIONI CIMITERIALI (durata)', None, None),
 ('B.01', 'Loculo individuale 1ª e 4ª fila (40 anni)', 2300.00, 2370.00),
 ('B.02', 'Loculo individuale 2ª e 3ª fila (40 anni)', 2750.00, 2830.00),
 ('B.03', 'Celletta ossario/cineraria (40 anni)', 520.00, 535.00),
 ('B.04', 'Area per tomba di famiglia, al mq (99 anni)', 980.00, 1010.00),
 ('B.05', 'Rinnovo concessione loculo per ulteriori 20 anni', 1150.00, 1185.00),
 ('C', 'ALTRI SERVIZI', None, None),
 ('C.01', 'Dispersione delle ceneri nel giardino delle rimembranze', 120.00, 124.00),
 ('C.02', 'Illuminazione votiva – canone annuo per punto luce', 18.50, 19.00),
 ('C.03', 'Allaccio nuovo punto luce votiva', 25.00, 26.00),
 ('C.04', 'Diritti di istruttoria per autorizzazione lavori in tomba di famiglia', 60.00, 62.00)]
r = 8
for code, desc, old, new in rows:
    if old is None:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        put(r, 1, code, True, 9, 'center', fl=sub); put(r, 2, desc, True, 9, fl=sub)
        for c in (3, 4, 5): ws.cell(row=r, column=c).border = B
    else:
        put(r, 1, code, False, 9, 'center'); put(r, 2, desc, False, 9)
        put(r, 3, old, False, 9, 'right', '[$-410]#,##0.00'); put(r, 4, new, False, 9, 'right', '[$-410]#,##0.00')
        put(r, 5, f'=ROUND((D{r}-C{r})/C{r},4)', False, 9, 'right', '[$-410]0.00%')
    r += 1
r += 1
notes = ['Note:',
 '1) Le tariffe si intendono IVA esclusa, ove dovuta. Per le operazioni eseguite nei giorni festivi si applica una maggiorazione del 30%.',
 '2) Per i residenti nel Comune di Magione al momento del decesso le tariffe delle concessioni di cui alla sezione B sono ridotte del 10%.',
 '3) Le tariffe sono aggiornate sulla base della variazione dell’indice ISTAT FOI (+2,9%), con arrotondamento all’unità di euro.']
for n in notes:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    put(r, 1, n, n == 'Note:', 8.5, border=False); ws.row_dimensions[r].height = 24 if n != 'Note:' else 14; r += 1
r += 1
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5); put(r, 3, 'Il Responsabile dell’Area Servizi al Territorio', False, 9, 'center', border=False); r += 1
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5); put(r, 3, 'Geom. Luca Bartoccini', False, 9, 'center', border=False)
ws.print_area = f'A1:E{r}'
ws.print_title_rows = '7:7'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins.left = ws.page_margins.right = 0.6; ws.page_margins.top = 0.9; ws.page_margins.bottom = 0.8
ws.oddHeader.right.text = 'Allegato A – Delibera G.C. n. 41/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = 'tariffe_cimiteriali_2026_def.xlsx'; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pag. &P di &N'; ws.oddFooter.right.size = 8
os.makedirs('build', exist_ok=True)
src = 'build/allegato-magione-excel.xlsx'; wb.save(src)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', 'build', src], check=True, capture_output=True)
os.replace('build/allegato-magione-excel.pdf', os.path.join(OUT, 'allegato-magione-excel.pdf'))
