# Unione Montana Valle Stura - unnumbered avviso laid out as an Excel sheet; .xlsx (openpyxl) -> LibreOffice Calc PDF
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = 'Avviso'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
widths = {'A': 22, 'B': 20, 'C': 16, 'D': 16, 'E': 18}
for k, v in widths.items(): ws.column_dimensions[k].width = v
def put(r, text, bold=False, size=10, merge=True, align='left', fill=None, italic=False, h=None):
    ws.cell(r, 1, text).font = Font(name='Calibri', bold=bold, size=size, italic=italic)
    if merge: ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1).alignment = Alignment(horizontal=align, vertical='center', wrap_text=True)
    if fill: ws.cell(r, 1).fill = PatternFill('solid', fgColor=fill)
    if h: ws.row_dimensions[r].height = h
put(1, 'UNIONE MONTANA VALLE STURA', True, 16, align='center', h=24)
put(2, 'Provincia di Cuneo – Via Divisione Cuneense, 5 – 12014 Demonte (CN)', size=9, align='center')
put(3, 'Aisone – Argentera – Demonte – Gaiola – Moiola – Pietraporzio – Roccasparvera – Sambuco – Valloriate – Vinadio', size=8, align='center', italic=True)
put(5, 'Servizio Istruzione e Trasporto Scolastico', True, 10, align='center')
put(7, 'AVVISO – ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2026/2027', True, 13, align='center', fill='FFF2CC', h=36)
put(9, "Si informano le famiglie degli alunni residenti nei Comuni dell'Unione che dal 16 marzo al 30 aprile 2026 sono aperte le iscrizioni al servizio di trasporto scolastico per l'anno scolastico 2026/2027, per le scuole dell'infanzia, primarie e secondarie di primo grado del territorio.", h=58)
put(11, "Le domande si presentano esclusivamente on line dal portale dell'Unione, sezione \"Servizi scolastici\", oppure presso gli uffici di Demonte negli orari di apertura al pubblico. Le tariffe annue sono le seguenti:", h=44)
hdr = ['Fascia ISEE', 'Primo figlio', 'Secondo figlio', 'Dal terzo figlio', 'Solo andata/ritorno']
data = [['fino a € 8.000', '€ 120,00', '€ 90,00', 'esente', '€ 70,00'],
        ['€ 8.000,01 – 15.000', '€ 180,00', '€ 135,00', '€ 60,00', '€ 105,00'],
        ['€ 15.000,01 – 25.000', '€ 240,00', '€ 180,00', '€ 80,00', '€ 140,00'],
        ['oltre € 25.000', '€ 300,00', '€ 225,00', '€ 100,00', '€ 175,00']]
r0 = 13
for j, h in enumerate(hdr, 1):
    c = ws.cell(r0, j, h); c.font = Font(name='Calibri', bold=True, size=9.5); c.border = B
    c.fill = PatternFill('solid', fgColor='D9D9D9'); c.alignment = Alignment(horizontal='center', wrap_text=True)
for i, row in enumerate(data, 1):
    for j, v in enumerate(row, 1):
        c = ws.cell(r0 + i, j, v); c.font = Font(name='Calibri', size=9.5); c.border = B
        c.alignment = Alignment(horizontal='left' if j == 1 else 'right')
put(19, "Scadenze di pagamento: prima rata (60%) entro il 15/10/2026; seconda rata (40%) entro il 15/02/2027. Il mancato pagamento comporta la sospensione del servizio previo sollecito.", size=9.5, h=30)
put(21, "Per informazioni: ufficio istruzione, tel. 0171 955555, e-mail istruzione@unionemontanavallestura.it – lunedì, mercoledì e venerdì dalle 9:00 alle 12:30.", size=9.5, h=30)
put(23, 'Demonte, 12/03/2026', size=10, merge=False)
ws.merge_cells('C25:E25'); ws['C25'] = 'IL RESPONSABILE DEL SERVIZIO'
ws.merge_cells('C26:E26'); ws['C26'] = 'Dott. Enrico Giordano'
ws.merge_cells('C27:E27'); ws['C27'] = '(firmato digitalmente)'
for r in (25, 26, 27): ws.cell(r, 3).alignment = Alignment(horizontal='center'); ws.cell(r, 3).font = Font(name='Calibri', size=10, italic=(r == 27))
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'portrait'
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.page_margins.left = ws.page_margins.right = 0.6; ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.8
ws.oddHeader.right.text = 'Avviso trasporto scolastico 2026/2027'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005'; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 7
wb.save(out)
