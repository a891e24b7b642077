# Consorzio di Bonifica Centro-Sud Puglia - Allegato A: a spreadsheet (openpyxl .xlsx) printed to PDF by LibreOffice Calc
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
random.seed(58)
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'CONSORZIO DI BONIFICA CENTRO-SUD PUGLIA'; ws['A1'].font = Font(name='Liberation Sans', bold=True, size=13)
ws['A2'] = 'Allegato A alla deliberazione del Commissario Straordinario n. 58 del 13/03/2026'; ws['A2'].font = Font(name='Liberation Sans', italic=True, size=10)
ws['A3'] = 'PROGRAMMA ANNUALE DEGLI INTERVENTI DI MANUTENZIONE ORDINARIA DELLA RETE SCOLANTE - ESERCIZIO 2026'; ws['A3'].font = Font(name='Liberation Sans', bold=True, size=11)
for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
hdr = ['N.', 'Comprensorio', 'Comune', 'Canale / opera', 'Tipo di intervento', 'Sviluppo (m)', 'Importo lavori (€)', 'Trimestre']
for j, h in enumerate(hdr, 1):
    cl = ws.cell(row=5, column=j, value=h); cl.font = Font(name='Liberation Sans', bold=True, size=9)
    cl.fill = PatternFill('solid', fgColor='D9E1F2'); cl.border = B; cl.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
rows = [
 ('Stornara e Tara', 'Massafra', 'Canale Patemisco', 'Decespugliamento e risagomatura'),
 ('Stornara e Tara', 'Palagiano', 'Canale Lenne - tronco inferiore', 'Espurgo meccanico'),
 ('Stornara e Tara', 'Castellaneta', 'Collettore Bradano-Lato', 'Decespugliamento'),
 ('Stornara e Tara', 'Ginosa', 'Canale Galaso', 'Ripristino sponde'),
 ('Stornara e Tara', 'Laterza', 'Fosso Vallone', 'Espurgo meccanico'),
 ('Stornara e Tara', 'Mottola', 'Canale Capitolo', 'Decespugliamento'),
 ('Terre d\'Apulia', 'Bitonto', 'Lama Balice - tratto urbano', 'Rimozione rifiuti e sedimenti'),
 ('Terre d\'Apulia', 'Modugno', 'Lama Lamasinata', 'Decespugliamento'),
 ('Terre d\'Apulia', 'Molfetta', 'Lama Martina', 'Espurgo e pulizia griglie'),
 ('Terre d\'Apulia', 'Corato', 'Canale Ciappetta-Camaggio', 'Risagomatura'),
 ('Terre d\'Apulia', 'Andria', 'Canale Ciappetta-Camaggio - monte', 'Decespugliamento'),
 ('Terre d\'Apulia', 'Conversano', 'Lama Giotta', 'Ripristino tombini'),
 ('Arneo', 'Nardò', 'Canale Asso - tronco 2', 'Espurgo meccanico'),
 ('Arneo', 'Porto Cesareo', 'Canale Arneo', 'Decespugliamento'),
 ('Arneo', 'Veglie', 'Canale Fiumicello', 'Risagomatura'),
 ('Arneo', 'Avetrana', 'Collettore Specchiarica', 'Decespugliamento'),
 ('Arneo', 'Manduria', 'Canale Chidro', 'Pulizia paratoie'),
 ('Ugento Li Foggi', 'Ugento', 'Bacino Li Foggi - idrovora', 'Manutenzione pompe'),
 ('Ugento Li Foggi', 'Casarano', 'Canale Volito', 'Espurgo meccanico'),
 ('Ugento Li Foggi', 'Taviano', 'Canale dei Samari', 'Decespugliamento'),
 ('Ugento Li Foggi', 'Racale', 'Collettore Torre Suda', 'Risagomatura'),
 ('Ugento Li Foggi', 'Melissano', 'Canale Castelforte', 'Decespugliamento'),
 ('Ugento Li Foggi', 'Gallipoli', 'Canale dei Samari - foce', 'Rimozione sedimenti'),
 ('Ugento Li Foggi', 'Alliste', 'Fosso Felline', 'Espurgo meccanico'),
]
r = 6; tot_m = 0; tot_e = 0.0
q = ['I', 'II', 'III', 'IV']
for i, (a, b, cn, t) in enumerate(rows, 1):
    m = random.randrange(400, 4200, 50); e = round(m * random.uniform(6.5, 19.0), 2)
    tot_m += m; tot_e += e
    vals = [i, a, b, cn, t, m, e, q[(i * 3) % 4]]
    for j, v in enumerate(vals, 1):
        cl = ws.cell(row=r, column=j, value=v); cl.border = B; cl.font = Font(name='Liberation Sans', size=9)
        if j == 6: cl.number_format = '[$-410]#,##0'
        if j == 7: cl.number_format = '[$-410]#,##0.00'
        if j in (1, 8): cl.alignment = Alignment(horizontal='center')
    r += 1
ws.cell(row=r, column=5, value='TOTALE').font = Font(name='Liberation Sans', bold=True, size=9)
c6 = ws.cell(row=r, column=6, value=tot_m); c6.number_format = '[$-410]#,##0'
c7 = ws.cell(row=r, column=7, value=round(tot_e, 2)); c7.number_format = '[$-410]#,##0.00'
for j in range(1, 9):
    ws.cell(row=r, column=j).border = B; ws.cell(row=r, column=j).fill = PatternFill('solid', fgColor='F2F2F2')
    if j in (6, 7): ws.cell(row=r, column=j).font = Font(name='Liberation Sans', bold=True, size=9)
ws.cell(row=r + 2, column=1, value='Importi al netto dell\'IVA. Interventi eseguiti in amministrazione diretta con mezzi e personale consortile, salvo i nn. 7 e 18 (affidamento esterno).').font = Font(name='Liberation Sans', italic=True, size=8)
ws.cell(row=r + 4, column=6, value='Il Direttore dell\'Area Tecnica').font = Font(name='Liberation Sans', size=9)
ws.cell(row=r + 5, column=6, value='Ing. Vitantonio Mastrangelo').font = Font(name='Liberation Sans', size=9)
for col, w in zip('ABCDEFGH', [5, 16, 14, 34, 30, 12, 16, 10]): ws.column_dimensions[col].width = w
ws.row_dimensions[5].height = 28
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = '5:5'
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddHeader.right.text = 'Allegato A - Delib. C.S. n. 58/2026'
wb.save(out)
