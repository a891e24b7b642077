# Comune di Sellano - annex: a spreadsheet (xlsx, openpyxl) printed to PDF by LibreOffice Calc,
# with the sheet's header/footer, gridlines and a totals row, as offices print their Excel annexes.
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = 'Riparto 2026'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI SELLANO'; ws['A1'].font = Font(name='Liberation Sans', bold=True, size=13)
ws['A2'] = 'Provincia di Perugia – Area Amministrativa – Servizio Cultura, Turismo e Associazionismo'; ws['A2'].font = Font(name='Liberation Sans', size=9)
ws['A4'] = 'ALLEGATO "A" alla determinazione n. 96 del 15/04/2026'; ws['A4'].font = Font(name='Liberation Sans', bold=True, size=10)
ws['A5'] = 'PIANO DI RIPARTO DEI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI DEL TERRITORIO – ANNO 2026'; ws['A5'].font = Font(name='Liberation Sans', bold=True, size=11)
hdr = ['N.', 'Associazione', 'Codice fiscale', 'Attività / iniziativa', 'Spesa prevista (€)', 'Spesa ammessa (€)', 'Punteggio', 'Contributo concesso (€)']
rows = [
 (1, 'Pro Loco Sellano APS', '91004560543', 'Sagra della castagna e manifestazioni estive', 14200.00, 12500.00, 88, 3750.00),
 (2, 'Associazione Villamagina Viva', '92013250541', 'Festa di Santa Maria della Croce', 5600.00, 5600.00, 74, 1680.00),
 (3, 'Gruppo Sportivo Valle del Vigi ASD', '94031780546', 'Attività giovanile e torneo estivo', 9800.00, 8000.00, 81, 2400.00),
 (4, 'Corale San Francesco', '91025410545', 'Rassegna corale "Voci della Valnerina"', 3900.00, 3900.00, 69, 1170.00),
 (5, 'Circolo Culturale Montesanto', '92007690546', 'Ciclo di incontri sulla memoria del sisma', 2750.00, 2500.00, 65, 750.00),
 (6, 'Associazione Cammino di Francesco – sez. Sellano', '94019920544', 'Manutenzione sentieri e segnaletica', 6300.00, 6000.00, 77, 1800.00),
 (7, 'Banda Musicale "G. Verdi" di Sellano', '91001830543', 'Attività bandistica e scuola di musica', 7400.00, 7000.00, 84, 2100.00),
 (8, 'Associazione Anziani Orsano', '92035660541', 'Soggiorno e attività socio-ricreative', 2100.00, 1800.00, 58, 540.00),
]
r0 = 7
for j, h in enumerate(hdr, 1):
    cell = ws.cell(r0, j, h); cell.font = Font(name='Liberation Sans', bold=True, size=9); cell.border = B
    cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); cell.fill = PatternFill('solid', fgColor='D9D9D9')
for i, row in enumerate(rows, r0 + 1):
    for j, v in enumerate(row, 1):
        cell = ws.cell(i, j, v); cell.font = Font(name='Liberation Sans', size=9); cell.border = B
        if j in (5, 6, 8): cell.number_format = '#,##0.00'
        if j in (1, 3, 7): cell.alignment = Alignment(horizontal='center')
        if j in (2, 4): cell.alignment = Alignment(wrap_text=True, vertical='top')
tr = r0 + len(rows) + 1
ws.cell(tr, 2, 'TOTALE').font = Font(name='Liberation Sans', bold=True, size=9)
for j, idx in ((5, 4), (6, 5), (8, 7)):
    cell = ws.cell(tr, j, round(sum(r[idx] for r in rows), 2)); cell.number_format = '#,##0.00'; cell.font = Font(name='Liberation Sans', bold=True, size=9)
for j in range(1, 9): ws.cell(tr, j).border = B
ws.cell(tr + 2, 1, 'Stanziamento disponibile: € 14.500,00 – Cap. 1840/3 "Contributi ad associazioni culturali e sportive" – Bilancio 2026.').font = Font(name='Liberation Sans', size=8.5)
ws.cell(tr + 3, 1, 'Il contributo è pari al 30% della spesa ammessa, per le domande con punteggio pari o superiore a 55/100 (art. 7 del Regolamento comunale).').font = Font(name='Liberation Sans', size=8.5)
ws.cell(tr + 5, 6, 'Il Responsabile del Servizio').font = Font(name='Liberation Sans', size=9)
ws.cell(tr + 6, 6, 'Dott.ssa Chiara Properzi').font = Font(name='Liberation Sans', size=9, italic=True)
for col, w in zip('ABCDEFGH', (5, 34, 14, 38, 13, 13, 10, 14)):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.gridLines = False
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.8, bottom=0.8)
ws.oddHeader.right.text = '&F'; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = '&A'; ws.oddFooter.left.size = 8
wb.save('build/d08.xlsx')
