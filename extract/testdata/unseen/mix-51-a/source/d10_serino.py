# Annex of the Comune di Serino (AV): a spreadsheet (xlsx made with openpyxl)
# printed to PDF by LibreOffice Calc, gridlines and sheet header/footer on.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = 'Riparto 2026'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)

ws['A1'] = 'COMUNE DI SERINO'
ws['A1'].font = Font(name='Liberation Sans', bold=True, size=14)
ws['A2'] = 'Provincia di Avellino – Area Amministrativa – Servizio Sport e Tempo Libero'
ws['A2'].font = Font(name='Liberation Sans', size=9, italic=True)
ws['A4'] = 'ALLEGATO A alla determinazione n. 88 del 19/03/2026'
ws['A4'].font = Font(name='Liberation Sans', bold=True, size=10)
ws['A5'] = 'RIPARTO DEI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE – ANNO 2026'
ws['A5'].font = Font(name='Liberation Sans', bold=True, size=11)
ws['A6'] = 'Stanziamento: cap. 6231.01 – euro 18.000,00 – criteri di cui alla deliberazione G.C. n. 29 del 26/02/2026'
ws['A6'].font = Font(name='Liberation Sans', size=9)

hdr = ['N.', 'Associazione', 'Codice fiscale', 'Disciplina', 'Tesserati', 'Attività giovanile (p.)', 'Punteggio totale', 'Contributo (€)']
rows = [
    ('A.S.D. Serinese Calcio 1958', '92004310641', 'Calcio', 148, 30, 86),
    ('A.S.D. Volley Serino', '92051880645', 'Pallavolo', 96, 25, 71),
    ('Polisportiva Sabato Alto', '92037720642', 'Polisportiva', 74, 20, 58),
    ('A.S.D. Karate Shotokan Serino', '92060140643', 'Karate', 52, 20, 49),
    ('Gruppo Podistico Monti Picentini', '92044990642', 'Atletica leggera', 61, 10, 44),
    ('A.S.D. Tennis Club Serino', '92058230646', 'Tennis', 38, 10, 33),
    ('Associazione Ciclistica Valle del Sabato', '92049510643', 'Ciclismo', 27, 5, 24),
    ('A.S.D. Scacchi Irpinia', '92066870649', 'Scacchi', 19, 10, 21),
    ('A.S.D. Danza Sportiva Serino', '92070010646', 'Danza sportiva', 44, 15, 38),
]
tot_p = sum(r[5] for r in rows)
r0 = 8
for j, h in enumerate(hdr):
    c = ws.cell(row=r0, column=j + 1, value=h)
    c.font = Font(name='Liberation Sans', bold=True, size=9)
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    c.fill = PatternFill('solid', fgColor='D9E1F2'); c.border = B
ws.row_dimensions[r0].height = 28
amts = [round(18000 * r[5] / tot_p, 2) for r in rows]
amts[0] = round(amts[0] + 18000 - sum(amts), 2)  # rounding difference to the first
for i, (n, cf, d, t, g, p) in enumerate(rows, 1):
    amt = amts[i - 1]
    vals = [i, n, cf, d, t, g, p, amt]
    for j, v in enumerate(vals):
        c = ws.cell(row=r0 + i, column=j + 1, value=v)
        c.font = Font(name='Liberation Sans', size=9); c.border = B
        if j == 7:
            c.number_format = '#,##0.00'
        if j in (0, 4, 5, 6):
            c.alignment = Alignment(horizontal='center')
last = r0 + len(rows)
ws.cell(row=last + 1, column=2, value='TOTALE').font = Font(name='Liberation Sans', bold=True, size=9)
for col, f in ((5, '=SUM(E%d:E%d)'), (7, '=SUM(G%d:G%d)'), (8, '=SUM(H%d:H%d)')):
    c = ws.cell(row=last + 1, column=col, value=f % (r0 + 1, last))
    c.font = Font(name='Liberation Sans', bold=True, size=9)
    if col == 8:
        c.number_format = '#,##0.00'
for j in range(1, 9):
    ws.cell(row=last + 1, column=j).border = B
ws.cell(row=last + 3, column=1, value='Il contributo è proporzionale al punteggio totale (euro 18.000,00 × punteggio / %d).' % tot_p).font = Font(name='Liberation Sans', size=8.5, italic=True)
ws.cell(row=last + 5, column=6, value='Il Responsabile dell\'Area Amministrativa').font = Font(name='Liberation Sans', size=9)
ws.cell(row=last + 6, column=6, value='dott. Pasquale De Feo').font = Font(name='Liberation Sans', size=9)

for col, w in zip('ABCDEFGH', (5, 36, 14, 15, 9, 11, 10, 13)):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.print_options.gridLines = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.center.text = '&A'
ws.oddFooter.left.text = '&F'
ws.oddFooter.right.text = 'Pagina &P di &N'
wb.save(out)
