# Unione dei Comuni Colline del Medio Vomano - Allegato A (tariff table) as an Excel
# workbook (openpyxl); LibreOffice Calc prints it to PDF (build.sh).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill('solid', fgColor='D9D9D9'); blue = PatternFill('solid', fgColor='DDEBF7')
widths = {'A': 7, 'B': 36, 'C': 17, 'D': 17, 'E': 17, 'F': 17}
for k, v in widths.items(): ws.column_dimensions[k].width = v

def put(r, c, v, bold=False, size=10, fill=None, border=True, align='left', wrap=True, italic=False, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name='Arial', bold=bold, size=size, italic=italic)
    cell.alignment = Alignment(horizontal=align, vertical='center', wrap_text=wrap)
    if border: cell.border = B
    if fill: cell.fill = fill
    if fmt: cell.number_format = fmt
    return cell

ws.merge_cells('A1:F1'); put(1, 1, 'UNIONE DEI COMUNI COLLINE DEL MEDIO VOMANO', bold=True, size=14, border=False, align='center')
ws.merge_cells('A2:F2'); put(2, 1, 'Provincia di Teramo – Servizio Associato Trasporto Scolastico', size=9, border=False, align='center', italic=True)
ws.merge_cells('A4:F4'); put(4, 1, 'ALLEGATO "A" alla deliberazione della Giunta dell\'Unione n. 5 del 09/03/2026', bold=True, size=10, border=False, align='center')
ws.merge_cells('A5:F5'); put(5, 1, 'PIANO TARIFFARIO DEL SERVIZIO DI TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2026/2027', bold=True, size=11, border=False, align='center')
ws.row_dimensions[5].height = 20

hdr = ['Fascia', 'Valore ISEE del nucleo familiare', 'Quota annua 1° figlio (€)', 'Quota annua 2° figlio (€)', 'Quota annua dal 3° figlio (€)', 'Rata trimestrale 1° figlio (€)']
for j, h in enumerate(hdr, 1): put(7, j, h, bold=True, size=9, fill=grey, align='center')
ws.row_dimensions[7].height = 30
rows = [('A', 'da € 0,00 a € 6.000,00', 90), ('B', 'da € 6.000,01 a € 10.000,00', 150), ('C', 'da € 10.000,01 a € 15.000,00', 210),
        ('D', 'da € 15.000,01 a € 20.000,00', 260), ('E', 'da € 20.000,01 a € 30.000,00', 300), ('F', 'oltre € 30.000,00 o ISEE non presentato', 340)]
r = 8
for f, txt, q in rows:
    put(r, 1, f, align='center', bold=True); put(r, 2, txt, size=9.5)
    put(r, 3, q, align='right', fmt='[$-410]#,##0.00'); put(r, 4, round(q * 0.8, 2), align='right', fmt='[$-410]#,##0.00')
    put(r, 5, round(q * 0.5, 2), align='right', fmt='[$-410]#,##0.00'); put(r, 6, round(q / 4, 2), align='right', fmt='[$-410]#,##0.00')
    r += 1
r += 1
put(r, 1, 'Servizi accessori', bold=True, fill=blue); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
r += 1
for k, v in [('Solo andata o solo ritorno', 'riduzione del 30% sulla quota della fascia di appartenenza'),
             ('Alunni con disabilità certificata (L. 104/1992)', 'esenzione totale'),
             ('Duplicato tesserino di viaggio', '€ 5,00')]:
    put(r, 1, '•', align='center'); put(r, 2, k, size=9.5); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6); put(r, 3, v, size=9.5)
    for c in range(4, 7): ws.cell(row=r, column=c).border = B
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=6)
put(r, 1, 'Note: le quote sono dovute per l\'intero anno scolastico indipendentemente dall\'effettivo utilizzo del servizio. Il pagamento avviene esclusivamente tramite avviso PagoPA in quattro rate trimestrali con scadenza 30 settembre, 31 dicembre, 31 marzo e 31 maggio. Per i residenti nei Comuni non aderenti all\'Unione si applica la tariffa della fascia F maggiorata del 20%.', size=8.5, border=False, italic=True)
ws.row_dimensions[r].height = 16
r += 4
put(r, 5, 'IL SEGRETARIO DELL\'UNIONE', size=8.5, border=False, align='center'); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
put(r + 1, 5, 'Dott. Fabrizio Di Marzio', size=9, border=False, align='center'); ws.merge_cells(start_row=r + 1, start_column=5, end_row=r + 1, end_column=6)

ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
ws.oddHeader.right.text = 'Allegato A – Delibera G.U. 5/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = 'Unione dei Comuni Colline del Medio Vomano'; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 8
ws.print_area = 'A1:F%d' % (r + 1)
wb.properties.creator = 'Ufficio Trasporti Unione'; wb.properties.title = 'Allegato A - tariffe trasporto scolastico 2026-2027'
wb.save(sys.argv[1])
