# Comune di Ceprano - annex A: a spreadsheet (xlsx written with openpyxl), printed to PDF by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = 'Riparto 2026'
thin = Side(style='thin', color='000000'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI CEPRANO'; ws['A1'].font = Font(name='Arial', size=14, bold=True)
ws['A2'] = 'Provincia di Frosinone – Area Amministrativa – Servizio Sport, Cultura e Tempo Libero'; ws['A2'].font = Font(name='Arial', size=9)
ws['A4'] = 'ALLEGATO A alla deliberazione della Giunta Comunale n. 34 del 12/03/2026'; ws['A4'].font = Font(name='Arial', size=10, bold=True)
ws['A5'] = 'PIANO DI RIPARTO DEI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE – ANNO 2026'; ws['A5'].font = Font(name='Arial', size=10, bold=True)
for r in (1, 2, 4, 5): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
hdr = ['N.', 'Associazione', 'Codice fiscale', 'Disciplina', 'Tesserati', 'Punti attività', 'Punti totali', 'Contributo €']
ws.append([]); ws.append(hdr)
HR = 7
for i, h in enumerate(hdr, 1):
    c = ws.cell(HR, i); c.font = Font(name='Arial', size=9, bold=True); c.border = bd
    c.fill = PatternFill('solid', fgColor='D9D9D9'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
data = [
 ('A.S.D. Ceprano Calcio 1948', '91003450605', 'Calcio', 212, 38),
 ('A.S.D. Volley Ceprano', '92031470607', 'Pallavolo', 96, 27),
 ('Polisportiva Valle del Liri', '91017760604', 'Multidisciplinare', 143, 31),
 ('A.S.D. Basket Fregellae', '92044510601', 'Pallacanestro', 78, 22),
 ('Tennis Club Ceprano', '80021340607', 'Tennis', 64, 18),
 ('A.S.D. Atletica Ciociara Ceprano', '92058890604', 'Atletica leggera', 57, 20),
 ('A.S.D. Judo Kodokan Ceprano', '92013340608', 'Judo', 41, 16),
 ('Ciclistica Ceprano A.S.D.', '91029980605', 'Ciclismo', 35, 14),
 ('A.S.D. Danza Sportiva Arabesque', '92067730603', 'Danza sportiva', 88, 19),
 ('Bocciofila Cepranese', '80014560601', 'Bocce', 29, 9),
 ('A.S.D. Karate Shotokan Liri', '92071120602', 'Karate', 46, 15),
 ('Canoa Club Liri A.S.D.', '92080040601', 'Canoa', 23, 12),
]
pt_budget = 30000.00
rows = []
for n, (a, cf, d, t, pa) in enumerate(data, 1):
    rows.append([n, a, cf, d, t, pa])
tot = sum(r[4] // 10 + r[5] for r in rows)
r0 = HR + 1
for k, r in enumerate(rows):
    rr = r0 + k
    ws.cell(rr, 1, r[0]); ws.cell(rr, 2, r[1]); ws.cell(rr, 3, r[2]); ws.cell(rr, 4, r[3]); ws.cell(rr, 5, r[4]); ws.cell(rr, 6, r[5])
    ws.cell(rr, 7, '=INT(E%d/10)+F%d' % (rr, rr))
    ws.cell(rr, 8, '=ROUND(G%d/G%d*%s,2)' % (rr, r0 + len(rows), pt_budget))
    for col in range(1, 9):
        c = ws.cell(rr, col); c.font = Font(name='Arial', size=9); c.border = bd
        if col in (1, 5, 6, 7): c.alignment = Alignment(horizontal='center')
    ws.cell(rr, 8).number_format = '[$-410]#,##0.00'
tr = r0 + len(rows)
ws.cell(tr, 2, 'TOTALE'); ws.cell(tr, 5, '=SUM(E%d:E%d)' % (r0, tr - 1)); ws.cell(tr, 7, '=SUM(G%d:G%d)' % (r0, tr - 1)); ws.cell(tr, 8, '=SUM(H%d:H%d)' % (r0, tr - 1))
for col in range(1, 9):
    c = ws.cell(tr, col); c.font = Font(name='Arial', size=9, bold=True); c.border = bd
    c.fill = PatternFill('solid', fgColor='F2F2F2')
ws.cell(tr, 8).number_format = '[$-410]#,##0.00'
for col in (5, 7): ws.cell(tr, col).alignment = Alignment(horizontal='center')
ws.cell(tr + 2, 1, 'Criteri (art. 6 del Regolamento comunale per la concessione di contributi): 1 punto ogni 10 tesserati + punti attività attribuiti dalla Commissione nella seduta del 05/03/2026.').font = Font(name='Arial', size=8, italic=True)
ws.cell(tr + 3, 1, 'Stanziamento: € 30.000,00 – Missione 06 Programma 01 – Capitolo 6310/1 del bilancio di previsione 2026-2028.').font = Font(name='Arial', size=8, italic=True)
ws.cell(tr + 5, 6, 'Il Responsabile del Servizio').font = Font(name='Arial', size=9)
ws.cell(tr + 6, 6, 'Dott.ssa Loredana Colafrancesco').font = Font(name='Arial', size=9, bold=True)
for col, w in zip('ABCDEFGH', (5, 34, 14, 17, 10, 10, 10, 13)):
    ws.column_dimensions[col].width = w
ws.row_dimensions[HR].height = 26
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.right.text = '&F'
ws.print_options.horizontalCentered = True
wb.properties.creator = 'ufficio.sport'; wb.properties.title = 'Allegato A riparto contributi ASD 2026'
wb.save(out)
