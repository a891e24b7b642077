# Spreadsheet (openpyxl) printed to PDF by LibreOffice Calc
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI GAVIRATE'; ws['A1'].font = Font(name='Arial', bold=True, size=13)
ws['A2'] = 'Provincia di Varese – Settore Servizi alla Persona – Ufficio Sport e Tempo Libero'; ws['A2'].font = Font(name='Arial', size=9)
ws['A4'] = 'ALLEGATO A alla determinazione n. 201 del 10/04/2026'; ws['A4'].font = Font(name='Arial', bold=True, size=10)
ws['A5'] = 'CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE – ANNO 2026 – PROSPETTO DI RIPARTO'; ws['A5'].font = Font(name='Arial', bold=True, size=10)
hdr = ['N.', 'Prot. domanda', 'Data', 'Associazione', 'Disciplina', 'Tesserati under 18', 'Punti attività', 'Punti impianti', 'Punteggio totale', 'Contributo €']
rows = [
 (1, 3011, '12/02/2026', 'A.S.D. Lago Blu Gavirate', 'Canottaggio', 64, 30, 18, None),
 (2, 3187, '16/02/2026', 'Polisportiva Campo dei Fiori', 'Calcio', 112, 35, 20, None),
 (3, 3240, '17/02/2026', 'A.S.D. Volley Voltorre', 'Pallavolo', 48, 25, 12, None),
 (4, 3302, '18/02/2026', 'G.S. Ciclistico Oltrona', 'Ciclismo', 21, 20, 5, None),
 (5, 3415, '20/02/2026', 'A.S.D. Tennis Club Gavirate', 'Tennis', 37, 22, 15, None),
 (6, 3466, '23/02/2026', 'Scuola Danza Brunella A.S.D.', 'Danza sportiva', 55, 24, 10, None),
 (7, 3598, '25/02/2026', 'A.S.D. Atletica Valcuvia-Gavirate', 'Atletica leggera', 70, 28, 8, None),
 (8, 3620, '26/02/2026', 'Judo Club Gavirate A.S.D.', 'Judo', 41, 21, 9, None),
]
r0 = 7
for j, h in enumerate(hdr, 1):
    cl = ws.cell(row=r0, column=j, value=h); cl.font = Font(name='Arial', bold=True, size=9)
    cl.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); cl.border = B
    cl.fill = PatternFill('solid', fgColor='D9E1F2')
ws.row_dimensions[r0].height = 30
budget = 18000
tot_pts = sum(r[6] + r[7] + round(r[5] / 4) for r in rows)
for i, r in enumerate(rows):
    rr = r0 + 1 + i
    pts = r[6] + r[7] + round(r[5] / 4)
    vals = [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], pts, round(budget * pts / tot_pts, 2)]
    for j, v in enumerate(vals, 1):
        cl = ws.cell(row=rr, column=j, value=v); cl.border = B; cl.font = Font(name='Arial', size=9)
        if j == 10: cl.number_format = '#,##0.00'
        if j in (1, 2, 3, 6, 7, 8, 9): cl.alignment = Alignment(horizontal='center')
rt = r0 + 1 + len(rows)
ws.cell(row=rt, column=4, value='TOTALE').font = Font(name='Arial', bold=True, size=9)
ws.cell(row=rt, column=9, value=f'=SUM(I{r0+1}:I{rt-1})').font = Font(name='Arial', bold=True, size=9)
c = ws.cell(row=rt, column=10, value=f'=SUM(J{r0+1}:J{rt-1})'); c.font = Font(name='Arial', bold=True, size=9); c.number_format = '#,##0.00'
for j in range(1, 11): ws.cell(row=rt, column=j).border = B
ws.cell(row=rt + 2, column=1, value='Criteri: punti attività e impianti come da art. 6 del Regolamento comunale per la concessione di contributi (D.C.C. n. 14/2019); punti tesserati = under 18 / 4.').font = Font(name='Arial', italic=True, size=8)
ws.cell(row=rt + 4, column=8, value='Il Responsabile del Settore').font = Font(name='Arial', size=9)
ws.cell(row=rt + 5, column=8, value='dott.ssa Chiara Bossi').font = Font(name='Arial', size=9)
widths = [5, 10, 11, 34, 16, 11, 9, 9, 10, 13]
for j, w in enumerate(widths): ws.column_dimensions[chr(65 + j)].width = w
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = 'Allegato A – Det. 201/2026'; ws.oddFooter.center.text = 'Pagina &P di &N'
ws.oddFooter.left.text = '&F'
wb.save('Allegato_A_det_201_2026.xlsx')
