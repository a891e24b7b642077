# Comune di Villapiana - Allegato A (elenco interventi di manutenzione strade),
# an Excel-style workbook (openpyxl) printed to PDF by LibreOffice Calc, with
# print titles, gridlines, centred header and "Pagina x di y" footer.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

def itn(x):
    return f'{x:,.2f}'.replace(',', 'X').replace('.', ',').replace('X', '.')

wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells('A1:G1'); ws['A1'] = 'COMUNE DI VILLAPIANA'
ws['A1'].font = Font(name='Liberation Sans', size=14, bold=True); ws['A1'].alignment = Alignment(horizontal='center')
ws.merge_cells('A2:G2'); ws['A2'] = 'Provincia di Cosenza – Area Tecnica – Servizio Manutenzioni e Viabilità'
ws['A2'].font = Font(name='Liberation Sans', size=9); ws['A2'].alignment = Alignment(horizontal='center')
ws.merge_cells('A3:G3'); ws['A3'] = 'ALLEGATO A alla deliberazione della Giunta Comunale n. 41 del 17/03/2026'
ws['A3'].font = Font(name='Liberation Sans', size=10, bold=True, italic=True); ws['A3'].alignment = Alignment(horizontal='center')
ws.merge_cells('A4:G4'); ws['A4'] = 'PROGRAMMA DEGLI INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLA VIABILITÀ COMUNALE – ANNO 2026'
ws['A4'].font = Font(name='Liberation Sans', size=10.5, bold=True); ws['A4'].alignment = Alignment(horizontal='center', wrap_text=True)
ws.row_dimensions[4].height = 30
hdr = ['N.', 'Località / Strada', 'Tipo di intervento', 'Lungh. (ml)', 'Largh. media (ml)', 'Importo lavori (€)', 'Priorità']
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=6, column=i, value=h)
    c.font = Font(name='Liberation Sans', size=9, bold=True); c.border = B
    c.fill = PatternFill('solid', fgColor='D9D9D9'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[6].height = 28
rows = [
 ('Villapiana Lido – Via Nazionale (tratto SS 106 – Piazza del Sole)', 'Rifacimento tappetino d’usura', 620, 7.5, 41850.00, 'Alta'),
 ('Villapiana Scalo – Via della Stazione', 'Fresatura e nuovo binder', 410, 6.0, 29520.00, 'Alta'),
 ('Centro storico – Via Castello', 'Ripristino basolato e cunette', 180, 4.0, 22300.00, 'Alta'),
 ('Contrada Pietrapiana – strada vicinale', 'Sistemazione fondo stradale e regimazione acque', 950, 4.5, 38475.00, 'Media'),
 ('Contrada Torre Cerchiara', 'Rifacimento tappetino d’usura', 540, 5.0, 24300.00, 'Media'),
 ('Villapiana Lido – Lungomare Nord', 'Rifacimento marciapiede lato mare', 300, 2.0, 19800.00, 'Media'),
 ('Contrada Sferracavallo', 'Riparazione buche e segnaletica orizzontale', 1200, 5.0, 14400.00, 'Bassa'),
 ('Via dei Pini – zona artigianale', 'Ripristino barriere di sicurezza', 260, 6.0, 11255.00, 'Bassa'),
 ('Contrada Ceramile', 'Consolidamento scarpata a valle', 90, 4.0, 27600.00, 'Alta'),
 ('Via Magna Grecia', 'Rifacimento attraversamenti pedonali rialzati', 0, 0, 8900.00, 'Media'),
]
r = 7
for n, row in enumerate(rows, 1):
    vals = (n,) + row
    for i, v in enumerate(vals, 1):
        if i == 6: v = itn(v)
        elif i == 5 and v: v = f'{v:.1f}'.replace('.', ',')
        c = ws.cell(row=r, column=i, value=(v if v != 0 else '–'))
        c.font = Font(name='Liberation Sans', size=9); c.border = B
        c.alignment = Alignment(vertical='center', wrap_text=True, horizontal='center' if i in (1, 4, 5, 7) else ('right' if i == 6 else 'left'))
    r += 1
ws.cell(row=r, column=2, value='TOTALE IMPORTO LAVORI').font = Font(name='Liberation Sans', size=9, bold=True)
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
tc = ws.cell(row=r, column=6, value=itn(sum(x[4] for x in rows))); tc.alignment = Alignment(horizontal='right'); tc.font = Font(name='Liberation Sans', size=9, bold=True)
for i in range(1, 8): ws.cell(row=r, column=i).border = B
r += 2
notes = ['Gli importi sono al netto di IVA e degli oneri per la sicurezza, stimati nel 3% dell’importo lavori.',
         'Le priorità sono state attribuite sulla base del verbale di ricognizione dell’Ufficio Tecnico del 02/03/2026.',
         'Il programma è finanziato con fondi di bilancio (Cap. 20815) e con il contributo regionale di cui al D.D.G. n. 1834/2025.']
for t in notes:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    c = ws.cell(row=r, column=1, value='• ' + t); c.font = Font(name='Liberation Sans', size=8, italic=True); c.alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r].height = 22; r += 1
r += 1
ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
ws.cell(row=r, column=5, value='Il Responsabile dell’Area Tecnica').alignment = Alignment(horizontal='center')
ws.merge_cells(start_row=r+1, start_column=5, end_row=r+1, end_column=7)
ws.cell(row=r+1, column=5, value='Ing. Giovanni Sposato').alignment = Alignment(horizontal='center')
for rr in (r, r+1): ws.cell(row=rr, column=5).font = Font(name='Liberation Sans', size=9)
for col, w in zip('ABCDEFG', (5, 38, 30, 9, 9, 13, 9)): ws.column_dimensions[col].width = w
for rr in range(7, 7+len(rows)): ws.row_dimensions[rr].height = 27
ws.print_title_rows = '6:6'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.9, bottom=0.9)
ws.oddHeader.right.text = 'Allegato A – G.C. n. 41/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = '&A'; ws.oddFooter.left.size = 8
wb.save(sys.argv[1])
