#!/usr/bin/env python3
# Annex printed from a spreadsheet: an .xlsx (openpyxl) with print titles, gridlines, sheet header/footer,
# converted to PDF by LibreOffice Calc.
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
random.seed(36)
wb = Workbook(); ws = wb.active; ws.title = 'Elenco beneficiari'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI FILADELFIA (VV)'; ws['A1'].font = Font(name='Arial', bold=True, size=13)
ws['A2'] = 'Area Amministrativa – Servizio Pubblica Istruzione'; ws['A2'].font = Font(name='Arial', size=10)
ws['A3'] = 'ALLEGATO A alla determinazione Reg. Gen. n. 96 del 11/03/2026'; ws['A3'].font = Font(name='Arial', bold=True, size=10)
ws['A4'] = 'Fornitura gratuita o semigratuita dei libri di testo a.s. 2025/2026 (L. 448/1998, art. 27) – Elenco dei beneficiari ammessi e degli importi liquidati'
ws['A4'].font = Font(name='Arial', italic=True, size=9)
hdr = ['N.', 'Prot. domanda', 'Data domanda', 'Codice beneficiario', 'Scuola frequentata', 'Classe', 'Fascia ISEE', 'Spesa documentata €', 'Contributo liquidato €']
ws.append([]); ws.append(hdr)
for i, h in enumerate(hdr, 1):
    cl = ws.cell(row=6, column=i); cl.font = Font(name='Arial', bold=True, size=9); cl.border = B
    cl.fill = PatternFill('solid', fgColor='D9D9D9'); cl.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
schools = ['I.C. Filadelfia – sec. I grado', 'I.I.S. Vibo Valentia', 'Liceo Scientifico Pizzo', 'I.T.E. Vibo Valentia', 'I.C. Filadelfia – sec. I grado', 'I.P.S.I.A. Vibo Valentia']
classes = ['1ª', '2ª', '3ª', '4ª', '5ª']
tot_s = tot_c = 0
for n in range(1, 39):
    prot = 3120 + n * 7 + random.randint(0, 5)
    day = 3 + (n // 3); dd = '%02d/10/2025' % min(day, 31)
    code = 'FIL-LT25-%03d' % (n * 3 + 11)
    sch = random.choice(schools); cls = random.choice(classes[:3] if 'I grado' in sch else classes)
    fas = random.choice(['A (0 – 5.000,00)', 'A (0 – 5.000,00)', 'B (5.000,01 – 10.632,94)'])
    spesa = round(random.uniform(95, 420), 2)
    contr = round(spesa * (1.0 if fas.startswith('A') else 0.7), 2)
    tot_s += spesa; tot_c += contr
    ws.append([n, prot, dd, code, sch, cls, fas, spesa, contr])
last = ws.max_row
ws.append(['', '', '', '', '', '', 'TOTALE', round(tot_s, 2), round(tot_c, 2)])
for r in ws.iter_rows(min_row=7, max_row=last + 1):
    for cl in r:
        cl.border = B; cl.font = Font(name='Arial', size=9, bold=(cl.row == last + 1))
        if cl.column >= 8: cl.number_format = '#,##0.00'
        if cl.column in (1, 2, 3, 6): cl.alignment = Alignment(horizontal='center')
ws.row_dimensions[6].height = 30
widths = [5, 11, 11, 17, 28, 7, 22, 13, 14]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws.append([])
ws.append(['Filadelfia, 11/03/2026', '', '', '', '', '', 'Il Responsabile del Servizio'])
ws.append(['', '', '', '', '', '', 'Dott. Vincenzo Serrao'])
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = '6:6'
ws.print_options.gridLines = False
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7, header=0.3, footer=0.3)
ws.oddHeader.center.text = '&A'
ws.oddFooter.left.text = 'Allegato A – Det. n. 96/2026'
ws.oddFooter.right.text = 'Pagina &P di &N'
wb.save('/tmp/10_filadelfia.xlsx')
