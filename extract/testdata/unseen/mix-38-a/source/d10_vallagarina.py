# Comunità della Vallagarina - annex: list of beneficiaries, a spreadsheet (openpyxl .xlsx) printed to PDF by LibreOffice Calc
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
random.seed(38)
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNITÀ DELLA VALLAGARINA'; ws['A1'].font = Font(name='Arial', bold=True, size=13)
ws['A2'] = 'Servizio Socio-Assistenziale'; ws['A2'].font = Font(name='Arial', italic=True, size=10)
ws['A3'] = 'Allegato A) alla determinazione del Responsabile del Servizio Socio-Assistenziale n. 112 del 12/03/2026'; ws['A3'].font = Font(name='Arial', size=9)
ws['A5'] = 'INTERVENTO DI SOSTEGNO ECONOMICO ALLE FAMIGLIE CON TRE O PIÙ FIGLI – ANNO 2026 – ELENCO DEI BENEFICIARI AMMESSI'
ws['A5'].font = Font(name='Arial', bold=True, size=10)
heads = ['N.', 'Prot. domanda', 'Data domanda', 'Richiedente (iniziali)', 'Comune di residenza', 'Figli a carico', 'Indicatore ICEF', 'Contributo (€)']
for i, h in enumerate(heads, 1):
    c = ws.cell(row=7, column=i, value=h)
    c.font = Font(name='Arial', bold=True, size=9); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    c.border = B; c.fill = PatternFill('solid', fgColor='D9D9D9')
comuni = ['Rovereto', 'Ala', 'Avio', 'Mori', 'Isera', 'Nogaredo', 'Nomi', 'Pomarolo', 'Villa Lagarina', 'Volano', 'Calliano', 'Besenello', 'Ronzo-Chienis', 'Terragnolo', 'Trambileno', 'Vallarsa']
letters = 'ABCDEFGLMNPRSTVZ'
r = 8; tot = 0
for n in range(1, 43):
    prot = 1800 + n * 37 + random.randint(0, 30)
    day = 2 + (n * 2) // 3
    data = '%02d/%02d/2026' % (day if day <= 28 else day - 28, 1 if day <= 28 else 2)
    ini = random.choice(letters) + '.' + random.choice(letters) + '.'
    com = random.choice(comuni[:1] * 6 + comuni)
    figli = random.choice([3, 3, 3, 4, 4, 5])
    icef = round(random.uniform(0.08, 0.29), 4)
    contr = 1200 + (figli - 3) * 400 if icef < 0.18 else 800 + (figli - 3) * 300
    tot += contr
    vals = [n, prot, data, ini, com, figli, icef, contr]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v); c.border = B; c.font = Font(name='Arial', size=9)
        if i == 7: c.number_format = '0.0000'
        if i == 8: c.number_format = '#,##0.00'
        if i in (1, 2, 3, 6): c.alignment = Alignment(horizontal='center')
    r += 1
ws.cell(row=r, column=7, value='TOTALE').font = Font(name='Arial', bold=True, size=9)
c = ws.cell(row=r, column=8, value='=SUM(H8:H%d)' % (r - 1)); c.number_format = '#,##0.00'; c.font = Font(name='Arial', bold=True, size=9); c.border = B
r += 2
ws.cell(row=r, column=1, value='Il contributo è erogato in unica soluzione ai sensi dei criteri approvati con deliberazione del Comitato esecutivo n. 18 del 19/02/2026.').font = Font(name='Arial', size=8, italic=True)
ws.cell(row=r + 1, column=1, value='Dati personali riportati in forma di iniziali ai sensi del Regolamento UE 2016/679.').font = Font(name='Arial', size=8, italic=True)
for col, w in zip('ABCDEFGH', [5, 11, 11, 14, 18, 8, 10, 13]):
    ws.column_dimensions[col].width = w
ws.row_dimensions[7].height = 30
ws.print_title_rows = '7:7'
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'portrait'; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.gridLines = False
ws.oddHeader.right.text = 'Allegato A) - det. n. 112/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = '&A'; ws.oddFooter.left.size = 8
wb.save(sys.argv[1])
