# Annex of the Comune di Agordo kept as an Excel workbook and printed to PDF through LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='808080'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill('solid', fgColor='D9E1F2'); secfill = PatternFill('solid', fgColor='F2F2F2')
ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 44
for c in 'CDEF': ws.column_dimensions[c].width = 15
ws['A1'] = 'COMUNE DI AGORDO'; ws['A1'].font = Font(name='Calibri', size=14, bold=True)
ws['A2'] = 'Provincia di Belluno'; ws['A2'].font = Font(name='Calibri', size=10)
ws['F1'] = 'ALLEGATO A'; ws['F1'].font = Font(name='Calibri', size=11, bold=True); ws['F1'].alignment = Alignment(horizontal='right')
ws['A4'] = 'TARIFFE PER L\'UTILIZZO DEI LOCALI E DELLE STRUTTURE COMUNALI - ANNO 2026'
ws['A4'].font = Font(name='Calibri', size=12, bold=True)
ws['A5'] = 'Allegato alla deliberazione della Giunta Comunale n. 22 del 10/03/2026 - importi in euro, IVA inclusa ove dovuta'
ws['A5'].font = Font(name='Calibri', size=9, italic=True)
hdr = ['N.', 'Struttura / locale', 'Tariffa oraria', 'Tariffa giornaliera', 'Residenti e associazioni locali', 'Cauzione']
for i, h in enumerate(hdr):
    c = ws.cell(row=7, column=i+1, value=h); c.font = Font(name='Calibri', size=9, bold=True); c.fill = hdrfill; c.border = B
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[7].height = 30
data = [
 ('A', 'SALE E LOCALI'),
 (1, 'Sala consiliare (Piazza Libertà n. 1) - max 80 persone', 25.00, 160.00, 90.00, 100.00),
 (2, 'Sala riunioni piano terra - max 25 persone', 12.00, 70.00, 35.00, 50.00),
 (3, 'Auditorium comunale - max 220 persone', 60.00, 420.00, 250.00, 300.00),
 (4, 'Aula didattica ex scuole di Rif', 10.00, 55.00, 25.00, 50.00),
 ('B', 'IMPIANTI SPORTIVI'),
 (5, 'Palestra comunale - campo intero', 28.00, None, 18.00, None),
 (6, 'Palestra comunale - mezzo campo', 16.00, None, 10.00, None),
 (7, 'Campo da calcio in erba sintetica (con spogliatoi)', 45.00, None, 30.00, 100.00),
 (8, 'Campo da tennis all\'aperto (senza illuminazione)', 9.00, None, 6.00, None),
 (9, 'Supplemento illuminazione impianti all\'aperto', 8.00, None, 8.00, None),
 ('C', 'SPAZI E ATTREZZATURE'),
 (10, 'Area feste di Valcozzena (con cucina attrezzata)', None, 350.00, 200.00, 300.00),
 (11, 'Tensostruttura mobile 10x20 m (montaggio escluso)', None, 280.00, 150.00, 200.00),
 (12, 'Palco modulare (per modulo 2x1 m)', None, 12.00, 6.00, None),
 (13, 'Transenne (cadauna, per evento)', None, 3.00, 1.50, None),
]
r = 8
for row in data:
    if isinstance(row[0], str):
        ws.cell(row=r, column=1, value=row[0]).font = Font(name='Calibri', size=9, bold=True)
        ws.cell(row=r, column=2, value=row[1]).font = Font(name='Calibri', size=9, bold=True)
        for c in range(1, 7): ws.cell(row=r, column=c).fill = secfill; ws.cell(row=r, column=c).border = B
    else:
        for i, v in enumerate(row):
            c = ws.cell(row=r, column=i+1, value=v if v is not None else '-')
            c.font = Font(name='Calibri', size=9); c.border = B
            if i >= 2:
                c.alignment = Alignment(horizontal='right')
                if v is not None: c.number_format = '[$-410]#,##0.00'
            if i == 0: c.alignment = Alignment(horizontal='center')
            if i == 1: c.alignment = Alignment(wrap_text=True)
    r += 1
r += 1
notes = ['Note:',
 '1) La tariffa "Residenti e associazioni locali" si applica alle associazioni iscritte all\'Albo comunale e ai residenti nel Comune di Agordo.',
 '2) L\'utilizzo è gratuito per le scuole del territorio e per le iniziative patrocinate dal Comune (art. 9 del Regolamento).',
 '3) Il riscaldamento dei locali nel periodo 15 ottobre - 15 aprile comporta una maggiorazione del 20% della tariffa.',
 '4) La cauzione è restituita entro 30 giorni dalla verifica dello stato dei locali.']
for n in notes:
    ws.cell(row=r, column=1, value=n).font = Font(name='Calibri', size=8.5, bold=(n == 'Note:')); r += 1
ws.print_area = 'A1:F%d' % (r - 1)
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.oddHeader.right.text = 'Delibera G.C. n. 22/2026 - Allegato A'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F'; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 8
wb.properties.creator = 'Ufficio Ragioneria'; wb.properties.title = 'Tariffe locali 2026'
wb.save(sys.argv[1])
