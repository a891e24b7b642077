# Comunità Montana Alta Valtellina - Allegato A: a spreadsheet (xlsx written with openpyxl) printed to PDF by LibreOffice Calc.
import os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
from common import save_key, out

FN = 'allegato-cmaltavaltellina-excel.pdf'
wb = Workbook(); ws = wb.active; ws.title = 'Riparto 2026'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNITÀ MONTANA ALTA VALTELLINA'; ws['A1'].font = Font(name='Arial', bold=True, size=13)
ws['A2'] = 'Servizio Politiche Sociali – Gestione associata'; ws['A2'].font = Font(name='Arial', italic=True, size=9)
ws['A3'] = 'ALLEGATO A alla deliberazione della Giunta Esecutiva n. 21 del 10/03/2026'; ws['A3'].font = Font(name='Arial', bold=True, size=10)
ws['A4'] = 'RIPARTO TRA I COMUNI DELLA QUOTA DI COFINANZIAMENTO DEI SERVIZI SOCIALI ASSOCIATI – ANNO 2026'; ws['A4'].font = Font(name='Arial', bold=True, size=10)
for r in range(1, 5): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
hdr = ['N.', 'Comune', 'Popolazione al 31/12/2025', 'Incidenza %', 'Quota fissa (€)', 'Quota variabile (€)', 'Totale dovuto (€)', 'Acconto entro 30/06/2026 (€)']
comuni = [('Bormio', 4128), ('Livigno', 6941), ('Sondalo', 3987), ('Valdidentro', 4203), ('Valdisotto', 3611), ('Valfurva', 2558)]
tot_pop = sum(p for _, p in comuni)
FISSA = 9000.00; VARIAB = 186000.00
R0 = 6
for j, h in enumerate(hdr, 1):
    cl = ws.cell(R0, j, h); cl.font = Font(name='Arial', bold=True, size=9); cl.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    cl.border = B; cl.fill = PatternFill('solid', fgColor='D9E1F2')
ws.row_dimensions[R0].height = 36
tf = tv = tt = ta = 0
for i, (n, p) in enumerate(comuni, 1):
    inc = p / tot_pop * 100
    qv = round(VARIAB * p / tot_pop, 2); tot = round(FISSA + qv, 2); acc = round(tot / 2, 2)
    tf += FISSA; tv += qv; tt += tot; ta += acc
    vals = [i, n, p, round(inc, 2), FISSA, qv, tot, acc]
    for j, v in enumerate(vals, 1):
        cl = ws.cell(R0 + i, j, v); cl.border = B; cl.font = Font(name='Arial', size=9)
        if j == 3: cl.number_format = '#,##0'
        if j == 4: cl.number_format = '0.00'
        if j >= 5: cl.number_format = '#,##0.00'
r = R0 + len(comuni) + 1
for j, v in enumerate(['', 'TOTALE', tot_pop, 100.00, tf, round(tv, 2), round(tt, 2), round(ta, 2)], 1):
    cl = ws.cell(r, j, v); cl.border = B; cl.font = Font(name='Arial', bold=True, size=9); cl.fill = PatternFill('solid', fgColor='F2F2F2')
    if j == 3: cl.number_format = '#,##0'
    if j == 4: cl.number_format = '0.00'
    if j >= 5: cl.number_format = '#,##0.00'
ws.cell(r + 2, 1, 'Criteri: quota fissa uguale per ciascun Comune; quota variabile ripartita in proporzione alla popolazione residente al 31/12/2025 (fonte: anagrafi comunali).').font = Font(name='Arial', size=8, italic=True)
ws.cell(r + 3, 1, 'Il saldo è richiesto entro il 30/11/2026 sulla base del rendiconto dei servizi.').font = Font(name='Arial', size=8, italic=True)
ws.cell(r + 5, 6, 'Il Responsabile del Servizio').font = Font(name='Arial', size=9)
ws.cell(r + 6, 6, 'Dott.ssa Federica Compagnoni').font = Font(name='Arial', size=9, italic=True)
for col, w in zip('ABCDEFGH', [5, 16, 14, 11, 13, 15, 15, 17]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = 'Allegato A – G.E. n. 21/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F'; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 7
ws.print_options.gridLines = False
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, 'All_A_riparto_servizi_sociali_2026.xlsx'); wb.save(src)
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/lo', '--convert-to', 'pdf', '--outdir', tmp, src], check=True, capture_output=True, env=dict(os.environ, LANG='it_IT.UTF-8', LC_ALL='it_IT.UTF-8', LANGUAGE='it'))
shutil.move(src.replace('.xlsx', '.pdf'), out(FN))
save_key({"file": FN, "role": "attachment",
 "what": "Allegato A to Giunta Esecutiva deliberation 21/2026 of the Comunità Montana Alta Valtellina: a spreadsheet (xlsx) printed to PDF by LibreOffice Calc, one landscape page, the 2026 split of social-service costs among six Comuni",
 "act": {"municipality": "Comunità Montana Alta Valtellina"}})
