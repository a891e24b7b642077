# Allegato A (table), Comune di Aquileia: an Excel workbook (openpyxl) printed to PDF
# by LibreOffice Calc (see build.sh). Deterministic data.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out = sys.argv[1]
random.seed(41)
wb = Workbook(); ws = wb.active; ws.title = 'Graduatoria'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI AQUILEIA'; ws['A1'].font = Font(name='Arial', size=14, bold=True)
ws['A2'] = 'Regione Autonoma Friuli Venezia Giulia – Area Amministrativa – Servizi alla Persona'; ws['A2'].font = Font(name='Arial', size=9)
ws['A4'] = 'ALLEGATO A alla determinazione n. 88 del 10/03/2026'; ws['A4'].font = Font(name='Arial', size=10, bold=True)
ws['A5'] = ('Graduatoria delle domande di contributo per l’abbattimento delle rette dei servizi per la prima infanzia – '
            'anno educativo 2025/2026 (L.R. 20/2005; Regolamento comunale approvato con D.C.C. n. 31/2022)')
ws['A5'].font = Font(name='Arial', size=9, italic=True)
ws.merge_cells('A5:I5'); ws['A5'].alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[5].height = 26
hdr = ['Pos.', 'Prot. domanda', 'Data presentazione', 'Fascia ISEE', 'Servizio', 'Mesi frequenza', 'Retta mensile (€)', 'Contributo mensile (€)', 'Contributo totale (€)']
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=i, value=h); c.font = Font(name='Arial', size=9, bold=True); c.border = B
    c.fill = PatternFill('solid', fgColor='D9E1F2'); c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
ws.row_dimensions[7].height = 30
fasce = [('A – fino a € 8.000', 0.6), ('B – € 8.000,01-15.000', 0.45), ('C – € 15.000,01-25.000', 0.3), ('D – € 25.000,01-35.000', 0.15)]
serv = ['Nido d’infanzia comunale', 'Nido d’infanzia comunale', 'Servizio integrativo', 'Nido convenzionato']
rows = []
for k in range(24):
    f = fasce[min(3, k // 6)]
    prot = 5120 + random.randint(0, 900)
    day = random.randint(1, 28); mon = random.choice([1, 2])
    mesi = random.choice([6, 7, 8, 8, 9])
    retta = random.choice([320.0, 345.0, 380.0, 410.0, 290.0])
    contr = round(retta * f[1], 2)
    rows.append([k + 1, '%d/2026' % prot, '%02d/%02d/2026' % (day, mon), f[0], random.choice(serv), mesi, retta, contr, round(contr * mesi, 2)])
r0 = 8
for j, row in enumerate(rows):
    for i, v in enumerate(row, 1):
        c = ws.cell(row=r0 + j, column=i, value=v); c.font = Font(name='Arial', size=9); c.border = B
        if i >= 7: c.number_format = '[$-410]#,##0.00'
        if i in (1, 3, 6): c.alignment = Alignment(horizontal='center')
last = r0 + len(rows) - 1
t = last + 1
ws.cell(row=t, column=1, value='TOTALE').font = Font(name='Arial', size=9, bold=True)
ws.merge_cells(start_row=t, start_column=1, end_row=t, end_column=8)
c = ws.cell(row=t, column=9, value='=SUM(I%d:I%d)' % (r0, last)); c.number_format = '[$-410]#,##0.00'; c.font = Font(name='Arial', size=9, bold=True)
for i in range(1, 10): ws.cell(row=t, column=i).border = B
ws.cell(row=t + 2, column=1, value='Le domande sono identificate con il numero di protocollo, ai sensi del Regolamento (UE) 2016/679. Il contributo è erogato in due rate semestrali a seguito di verifica della frequenza.').font = Font(name='Arial', size=8, italic=True)
ws.cell(row=t + 4, column=6, value='La Responsabile dell’Area Amministrativa').font = Font(name='Arial', size=9)
ws.cell(row=t + 5, column=6, value='dott.ssa Chiara Bearzot – firmato digitalmente').font = Font(name='Arial', size=9)
for col, w in zip('ABCDEFGHI', [6, 14, 13, 24, 24, 10, 13, 14, 14]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = '7:7'
ws.oddHeader.right.text = 'Allegato A – Det. n. 88/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F – &A'; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 7
wb.save(out)
