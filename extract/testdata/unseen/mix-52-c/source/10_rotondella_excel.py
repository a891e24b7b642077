# Comune di Rotondella - Allegato A alla deliberazione G.C. n. 31/2026: riparto contributi associazioni sportive
# imitates an Excel workbook printed to PDF (gridded sheet, header/footer "&P di &N"); xlsx by openpyxl, PDF by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = 'Riparto 2026'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI ROTONDELLA'; ws['A1'].font = Font(name='Calibri', size=14, bold=True)
ws['A2'] = 'Provincia di Matera'; ws['A2'].font = Font(name='Calibri', size=10)
ws['A3'] = 'Settore Amministrativo - Servizio Sport, Cultura e Turismo'; ws['A3'].font = Font(name='Calibri', size=10, italic=True)
ws['A5'] = 'ALLEGATO A alla deliberazione della Giunta Comunale n. 31 del 10/03/2026'; ws['A5'].font = Font(name='Calibri', size=11, bold=True)
ws['A6'] = 'PIANO DI RIPARTO DEI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE - ANNO 2026'; ws['A6'].font = Font(name='Calibri', size=11, bold=True)
for r in (1, 2, 3, 5, 6): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
hdr = ['N.', 'Associazione', 'Sede', 'Disciplina', 'Tesserati', 'Punteggio attività', 'Punteggio giovanile', 'Contributo (€)']
ws.append([]); ws.append(hdr)
data = [
 ('A.S.D. Rotondella Calcio 1964', 'Rotondella', 'Calcio', 96, 30, 25),
 ('A.S.D. Pallavolo Jonica', 'Rotondella', 'Pallavolo', 58, 24, 22),
 ('Polisportiva Trisaia', 'Rotondella (fraz. Trisaia)', 'Multidisciplinare', 71, 26, 18),
 ('A.S.D. Tennis Club Rotondella', 'Rotondella', 'Tennis', 34, 15, 10),
 ('A.S.D. Ciclistica Colline Joniche', 'Rotondella', 'Ciclismo', 27, 14, 6),
 ('A.S.D. Karate Shotokan Rotondella', 'Rotondella', 'Karate', 42, 16, 15),
 ('Bocciofila "Piano delle Fontane"', 'Rotondella', 'Bocce', 23, 9, 0),
 ('A.S.D. Podistica Lucana Jonica', 'Rotondella', 'Atletica leggera', 39, 16, 8),
]
budget = 12000.00
tot_pts = sum(d[4] + d[5] for d in data)
amounts = [round(budget * (d[4] + d[5]) / tot_pts, 2) for d in data]
amounts[0] += round(budget - sum(amounts), 2)
for i, (d, amt) in enumerate(zip(data, amounts), 1):
    ws.append([i, d[0], d[1], d[2], d[3], d[4], d[5], amt])
last = ws.max_row
ws.append(['', 'TOTALE', '', '', f'=SUM(E9:E{last})', f'=SUM(F9:F{last})', f'=SUM(G9:G{last})', f'=SUM(H9:H{last})'])
tot = ws.max_row
for row in ws.iter_rows(min_row=8, max_row=tot, min_col=1, max_col=8):
    for c in row:
        c.border = B; c.font = Font(name='Calibri', size=10, bold=(c.row in (8, tot)))
        c.alignment = Alignment(vertical='center', wrap_text=True, horizontal='center' if c.column in (1, 5, 6, 7) else None)
        if c.row == 8: c.fill = PatternFill('solid', fgColor='D9E1F2')
        if c.column == 8 and c.row > 8: c.number_format = '[$-410]#,##0.00'
ws.append([])
ws.append(['', 'Criteri: punteggio attività (max 30) e punteggio settore giovanile (max 25) ai sensi dell\'art. 6 del Regolamento comunale per la concessione di contributi.'])
ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[ws.max_row].height = 27
ws.append(['', 'Stanziamento: Missione 06, Programma 01, capitolo 6210 "Contributi ad associazioni sportive" - bilancio 2026/2028.'])
ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
ws.append([]); ws.append(['', '', '', '', '', 'Il Responsabile del Settore Amministrativo'])
ws.append(['', '', '', '', '', 'Dott. Rocco Lacava'])
for col, w in zip('ABCDEFGH', (5, 34, 22, 17, 10, 11, 11, 14)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.oddHeader.right.text = 'Allegato A - G.C. n. 31/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F - &A'; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 8
wb.properties.creator = 'Ufficio Sport'; wb.properties.title = 'Riparto contributi associazioni sportive 2026'
wb.save(sys.argv[1])
