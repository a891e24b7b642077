# Allegato A (tariff schedule), Comune di Cervo - an Excel workbook (openpyxl) printed to PDF by LibreOffice Calc
import sys, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='000000')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill('solid', fgColor='D9E1F2')

ws['A1'] = 'COMUNE DI CERVO'; ws['A1'].font = Font(name='Calibri', size=14, bold=True)
ws['A2'] = 'Provincia di Imperia'; ws['A2'].font = Font(name='Calibri', size=10)
ws['A4'] = 'ALLEGATO A alla deliberazione della Giunta Comunale n. 22 del 19/03/2026'
ws['A4'].font = Font(name='Calibri', size=11, bold=True)
ws['A5'] = 'TARIFFE DELLA SOSTA A PAGAMENTO – STAGIONE ESTIVA 2026 (dal 01/06/2026 al 30/09/2026)'
ws['A5'].font = Font(name='Calibri', size=11, bold=True)
for r in (1, 2, 4, 5):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

head = ['Zona', 'Area di sosta', 'Posti', 'Orario', 'Tariffa oraria (€)', 'Tariffa giornaliera (€)', 'Abbonamento mensile residenti (€)']
rows = [
    ['A', 'Piazzale Castello', 48, '08:00-24:00', 2.50, 18.00, 25.00],
    ['A', 'Via Salineri', 22, '08:00-24:00', 2.50, 18.00, 25.00],
    ['B', 'Lungomare Cristoforo Colombo', 95, '08:00-22:00', 2.00, 14.00, 20.00],
    ['B', 'Via Aurelia (tratto ponente)', 60, '08:00-22:00', 2.00, 14.00, 20.00],
    ['C', 'Parcheggio San Nicola', 130, '08:00-20:00', 1.50, 9.00, 15.00],
    ['C', 'Località Capo Cervo', 40, '08:00-20:00', 1.50, 9.00, 15.00],
    ['D', 'Area camper Via Steria', 18, '00:00-24:00', '-', 25.00, '-'],
]
r0 = 7
for c, h in enumerate(head, 1):
    cell = ws.cell(r0, c, h)
    cell.font = Font(name='Calibri', size=10, bold=True); cell.fill = hdr_fill; cell.border = box
    cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
ws.row_dimensions[r0].height = 42
for i, row in enumerate(rows, r0 + 1):
    for c, v in enumerate(row, 1):
        if isinstance(v, float):
            v = ('%.2f' % v).replace('.', ',')   # typed as text in the office's sheet
        cell = ws.cell(i, c, v); cell.border = box; cell.font = Font(name='Calibri', size=10)
        if c in (1, 3, 4, 5, 6, 7):
            cell.alignment = Alignment(horizontal='center')
tot = r0 + len(rows) + 1
ws.cell(tot, 2, 'Totale posti').font = Font(name='Calibri', size=10, bold=True)
ws.cell(tot, 3, '=SUM(C%d:C%d)' % (r0 + 1, tot - 1)).font = Font(name='Calibri', size=10, bold=True)
ws.cell(tot, 3).alignment = Alignment(horizontal='center')
for c in range(1, 8):
    ws.cell(tot, c).border = box
notes = ['Note:',
         '1. Le tariffe orarie sono frazionabili per periodi minimi di 20 minuti.',
         '2. I titolari di contrassegno per persone con disabilità sostano gratuitamente negli stalli riservati e, in mancanza, negli stalli a pagamento.',
         '3. L’abbonamento mensile è riservato ai residenti e ai proprietari di immobili soggetti a IMU nel Comune di Cervo.',
         '4. Il pagamento è consentito presso i parcometri, tramite app e tramite la piattaforma pagoPA.']
for k, n in enumerate(notes, tot + 2):
    ws.cell(k, 1, n).font = Font(name='Calibri', size=9, bold=(k == tot + 2))
    ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=7)
ws.cell(tot + 8, 5, 'Il Responsabile dell’Area Tecnica').font = Font(name='Calibri', size=10)
ws.cell(tot + 9, 5, 'Geom. Roberto Ardissone').font = Font(name='Calibri', size=10)
widths = [8, 34, 9, 14, 14, 16, 20]
for i, w in enumerate(widths):
    ws.column_dimensions['ABCDEFG'[i]].width = w
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.9, bottom=0.9, header=0.4, footer=0.4)
ws.oddHeader.left.text = 'Comune di Cervo'
ws.oddHeader.right.text = '&A'
ws.oddFooter.center.text = 'Pagina &P di &N'
ws.oddFooter.left.text = '&F'
wb.properties.creator = 'Ufficio Tecnico'
wb.properties.title = 'Allegato A - tariffe sosta 2026'

tmp = tempfile.mkdtemp()
xl = os.path.join(tmp, 'Allegato_A_tariffe_sosta_2026.xlsx')
wb.save(xl)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, xl], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(tmp, 'Allegato_A_tariffe_sosta_2026.pdf'), out)
shutil.rmtree(tmp)
