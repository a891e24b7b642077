# Annex (Allegato A) of Comune di Loreggia: a spreadsheet (xlsx built with openpyxl) printed to PDF by LibreOffice Calc.
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = 'Graduatoria 2026'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI LOREGGIA'; ws['A1'].font = Font(name='Arial', bold=True, size=13)
ws['A2'] = 'Provincia di Padova – Area Servizi alla Persona, Cultura e Sport'; ws['A2'].font = Font(name='Arial', size=9)
ws['A4'] = 'ALLEGATO A alla determinazione n. 96 del 13/04/2026'; ws['A4'].font = Font(name='Arial', bold=True, size=10)
ws['A5'] = 'CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI CULTURALI, SPORTIVE E DI VOLONTARIATO – ANNO 2026 – GRADUATORIA E RIPARTO'
ws['A5'].font = Font(name='Arial', bold=True, size=10)
hdr = ['N.', 'Associazione', 'C.F.', 'Settore', 'Prot. domanda', 'Punti A\n(attività)', 'Punti B\n(giovani)', 'Punti C\n(territorio)', 'Totale\npunti', 'Contributo\nassegnato €']
ws.append([]); r0 = 7
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=r0, column=j, value=h); c.font = Font(name='Arial', bold=True, size=8.5)
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); c.border = B
    c.fill = PatternFill('solid', fgColor='D9D9D9')
rows = [
 ('A.S.D. Loreggia Calcio', '92011230281', 'Sport', 2188, 28, 20, 10),
 ('Gruppo Alpini Loreggia', '92044870285', 'Volontariato', 2203, 24, 6, 15),
 ('Pro Loco di Loreggia', '92008910289', 'Cultura', 2175, 30, 8, 15),
 ('Associazione Musicale "G. Verdi"', '92061420287', 'Cultura', 2231, 22, 18, 8),
 ('Polisportiva Loreggiola', '92037650280', 'Sport', 2240, 20, 16, 10),
 ('A.V.I.S. Comunale Loreggia', '92015590284', 'Volontariato', 2197, 18, 4, 12),
 ('Circolo Anziani "Villa Wollemborg"', '92050280288', 'Sociale', 2256, 16, 0, 12),
 ('Volley Camposampierese Loreggia A.S.D.', '92071330286', 'Sport', 2262, 14, 14, 4),
 ('Coro Parrocchiale Santa Maria Assunta', '92046610283', 'Cultura', 2270, 12, 6, 6),
 ('Gruppo Protezione Civile Loreggia O.d.V.', '92058840281', 'Volontariato', 2281, 20, 2, 15),
]
fund = 18500.0
tot = [a + b + c for *_, a, b, c in rows]
S = sum(tot)
data = sorted(zip(rows, tot), key=lambda x: -x[1])
for i, (r, t) in enumerate(data, 1):
    name, cf, sett, prot, a, b, c = r
    amt = round(fund * t / S, 2)
    vals = [i, name, cf, sett, prot, a, b, c, t, amt]
    for j, v in enumerate(vals, 1):
        cell = ws.cell(row=r0 + i, column=j, value=v); cell.border = B; cell.font = Font(name='Arial', size=8.5)
        if j == 10: cell.number_format = '#,##0.00'
        if j in (1, 5, 6, 7, 8, 9): cell.alignment = Alignment(horizontal='center')
last = r0 + len(data)
ws.cell(row=last + 1, column=8, value='TOTALE').font = Font(name='Arial', bold=True, size=8.5)
c = ws.cell(row=last + 1, column=9, value='=SUM(I%d:I%d)' % (r0 + 1, last)); c.font = Font(name='Arial', bold=True, size=8.5); c.alignment = Alignment(horizontal='center')
c = ws.cell(row=last + 1, column=10, value='=SUM(J%d:J%d)' % (r0 + 1, last)); c.font = Font(name='Arial', bold=True, size=8.5); c.number_format = '#,##0.00'
for col in (8, 9, 10): ws.cell(row=last + 1, column=col).border = B
ws.cell(row=last + 3, column=1, value='Criteri: art. 6 del Regolamento comunale per la concessione di contributi (D.C.C. n. 12 del 30/03/2022). Fondo disponibile: € 18.500,00 – cap. 1480/5 bilancio 2026.').font = Font(name='Arial', italic=True, size=8)
ws.cell(row=last + 4, column=1, value='Il contributo è ripartito in proporzione ai punti totali; gli importi sono arrotondati al centesimo.').font = Font(name='Arial', italic=True, size=8)
ws.cell(row=last + 6, column=8, value='La Responsabile dell\'Area').font = Font(name='Arial', size=9)
ws.cell(row=last + 7, column=8, value='dott.ssa Michela Zanon').font = Font(name='Arial', size=9)
for col, w in zip('ABCDEFGHIJ', [4, 34, 12.5, 11, 9, 8, 8, 9, 7, 12]):
    ws.column_dimensions[col].width = w
ws.row_dimensions[r0].height = 30
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.gridLines = False
ws.oddHeader.right.text = '&A'; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = 'Allegato_A_contributi_2026.xlsx'; ws.oddFooter.left.size = 8
wb.save('build/allegato-loreggia-excel.xlsx')
