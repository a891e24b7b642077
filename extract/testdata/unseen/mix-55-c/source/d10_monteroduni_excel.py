# Annex (Allegato A), Comune di Monteroduni - spreadsheet imitating an Excel export, built with openpyxl, printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = 'Riparto 2026'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI MONTERODUNI'; ws['A1'].font = Font(name='Calibri', size=14, bold=True)
ws['A2'] = 'Provincia di Isernia - Area Amministrativa - Servizio Cultura, Sport e Tempo Libero'; ws['A2'].font = Font(name='Calibri', size=10)
ws['A4'] = 'ALLEGATO A alla determinazione n. 44 del 09/04/2026'; ws['A4'].font = Font(name='Calibri', size=11, bold=True)
ws['A5'] = 'PROSPETTO DI RIPARTO DEI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE - ANNO 2026'; ws['A5'].font = Font(name='Calibri', size=11, bold=True)
hdr = ['N.', 'Associazione', 'C.F.', 'Prot. istanza', 'Tesserati', 'Punti attività', 'Punti giovanili', 'Totale punti', 'Contributo (€)']
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=i, value=h); c.font = Font(name='Calibri', size=10, bold=True); c.border = B
    c.fill = PatternFill('solid', fgColor='D9E1F2'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
rows = [
 ('A.S.D. Polisportiva Monteroduni', '90041230941', '1187/2026', 142, 30, 25),
 ('A.S.D. Volturno Calcio', '90038770944', '1203/2026', 98, 25, 20),
 ('A.S.D. Pallavolo Pandone', '90044510946', '1215/2026', 64, 20, 18),
 ('Associazione Ciclistica Le Mainarde', '90036180942', '1222/2026', 41, 15, 5),
 ('A.S.D. Tennis Club Monteroduni', '90047720943', '1240/2026', 37, 12, 8),
 ('A.S.D. Karate Shotokan Molise', '90045890940', '1251/2026', 52, 14, 15),
 ('Gruppo Escursionistico Monte Sant\'Angelo', '90039960949', '1266/2026', 29, 10, 2),
]
budget = 12000.0
tot = sum(r[4] + r[5] for r in rows)
amounts = []
acc = 0.0
for k, r in enumerate(rows):
    v = round(budget * (r[4] + r[5]) / tot, 2)
    amounts.append(v)
amounts[-1] = round(budget - sum(amounts[:-1]), 2)
for k, r in enumerate(rows):
    R = 8 + k
    vals = [k + 1, r[0], r[1], r[2], r[3], r[4], r[5], r[4] + r[5], amounts[k]]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=R, column=i, value=v); c.border = B; c.font = Font(name='Calibri', size=10)
        if i == 9: c.number_format = '#,##0.00'
        if i in (1, 5, 6, 7, 8): c.alignment = Alignment(horizontal='center')
R = 8 + len(rows)
ws.cell(row=R, column=2, value='TOTALE').font = Font(name='Calibri', size=10, bold=True)
ws.cell(row=R, column=8, value=tot).font = Font(name='Calibri', size=10, bold=True)
c = ws.cell(row=R, column=9, value=round(sum(amounts), 2)); c.font = Font(name='Calibri', size=10, bold=True); c.number_format = '#,##0.00'
for i in range(1, 10): ws.cell(row=R, column=i).border = B
ws.cell(row=R + 2, column=1, value='Criteri: art. 6 del Regolamento comunale per la concessione di contributi (D.C.C. n. 21 del 28/07/2022). Valore punto: € 12.000,00 / %d punti.' % tot).font = Font(name='Calibri', size=9, italic=True)
ws.cell(row=R + 4, column=6, value='IL RESPONSABILE DEL SERVIZIO').font = Font(name='Calibri', size=10, bold=True)
ws.cell(row=R + 5, column=6, value='Rag. Antonella Di Iorio').font = Font(name='Calibri', size=10)
widths = [5, 38, 14, 12, 10, 10, 10, 10, 14]
for i, wdt in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = wdt
ws.row_dimensions[7].height = 30
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddHeader.right.text = '&A'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F'; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 8
ws.print_options.horizontalCentered = True
wb.save(out)
