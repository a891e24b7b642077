# Comune di Portoferraio - annex (tariff schedule), a spreadsheet printed through LibreOffice Calc
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill('solid', fgColor='BDD7EE'); sub = PatternFill('solid', fgColor='F2F2F2')
ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 38
for c in 'CDEF': ws.column_dimensions[c].width = 15
ws.column_dimensions['G'].width = 26
def put(r, c, v, bold=False, fill=None, al='left', size=10, border=True, italic=False):
    x = ws.cell(row=r, column=c, value=v); x.font = Font(name='Liberation Sans', bold=bold, size=size, italic=italic)
    x.alignment = Alignment(horizontal=al, vertical='center', wrap_text=True)
    if fill: x.fill = fill
    if border: x.border = B
    return x
ws.merge_cells('A1:G1'); put(1, 1, 'COMUNE DI PORTOFERRAIO', True, al='center', size=14, border=False)
ws.merge_cells('A2:G2'); put(2, 1, 'Provincia di Livorno - Isola d\'Elba', al='center', size=9, border=False)
ws.merge_cells('A4:G4'); put(4, 1, 'ALLEGATO A alla deliberazione della Giunta Comunale n. 52 del 17/03/2026', True, al='center', size=11, border=False)
ws.merge_cells('A5:G5'); put(5, 1, 'TARIFFE DELLA SOSTA A PAGAMENTO NELLE AREE COMUNALI - STAGIONE 2026', True, al='center', size=11, border=False)
heads = ['N.', 'Area di sosta', 'Stalli', 'Tariffa oraria bassa stagione (€)', 'Tariffa oraria alta stagione (€)', 'Tariffa giornaliera (€)', 'Orario di applicazione']
for i, h in enumerate(heads, 1): put(7, i, h, True, hdr, 'center', 9)
ws.row_dimensions[7].height = 42
rows = [
 ('ZONA A - CENTRO STORICO', None),
 (1, 'Calata Mazzini', 64, '2,00', '3,00', '—', '08:00 - 24:00'),
 (2, 'Piazza della Repubblica', 22, '2,00', '3,00', '—', '08:00 - 24:00'),
 (3, 'Via Guerrazzi', 18, '1,50', '2,50', '—', '08:00 - 20:00'),
 ('ZONA B - PORTO E LUNGOMARE', None),
 (4, 'Parcheggio Alto Fondale', 210, '1,50', '2,00', '15,00', '00:00 - 24:00'),
 (5, 'Viale Elba', 85, '1,00', '2,00', '12,00', '08:00 - 22:00'),
 (6, 'Lungomare Gramsci - Le Ghiaie', 120, '1,00', '2,50', '14,00', '08:00 - 22:00'),
 ('ZONA C - FRAZIONI E SPIAGGE', None),
 (7, 'Località Le Viste', 40, '—', '1,50', '8,00', '09:00 - 19:00'),
 (8, 'Località Enfola', 95, '—', '2,00', '10,00', '09:00 - 19:00'),
 (9, 'Località Biodola', 150, '—', '2,00', '10,00', '09:00 - 19:00'),
]
r = 8
for row in rows:
    if row[1] is None:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); put(r, 1, row[0], True, sub, size=9)
        for c in range(2, 8): ws.cell(row=r, column=c).border = B
    else:
        for i, v in enumerate(row, 1): put(r, i, v, al='left' if i == 2 else 'center', size=9)
    r += 1
put(r, 2, 'Totale stalli', True, size=9); put(r, 3, '=SUM(C9:C11,C13:C15,C17:C19)', True, al='center', size=9)
r += 2
notes = ['Note:', 'Bassa stagione: dal 1° aprile al 14 giugno e dal 16 settembre al 31 ottobre. Alta stagione: dal 15 giugno al 15 settembre.',
 'Nelle aree di sosta della Zona C la sosta è gratuita nel periodo di bassa stagione.',
 'Abbonamento mensile residenti Zona A: € 25,00. Abbonamento stagionale lavoratori pendolari Zona B: € 120,00.',
 'I titolari di contrassegno per persone con disabilità sostano gratuitamente negli stalli riservati e, in caso di indisponibilità, in quelli a pagamento.']
for i, n in enumerate(notes):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    put(r, 1, n, bold=(i == 0), size=8.5, border=False, italic=(i > 0)); ws.row_dimensions[r].height = 24 if i else 14; r += 1
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.left.text = 'Allegato A - G.C. n. 52/2026'
ws.oddFooter.right.text = 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005'
ws.print_area = f'A1:G{r}'
wb.save('portoferraio.xlsx')
