# openpyxl sheet (Apple Numbers-like export look), printed by LibreOffice Calc: Allegato A Alpignano
import sys, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.page import PageMargins
OUT = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = 'Piano alienazioni 2026-2028'
thin = Side(style='thin', color='A6A6A6'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI ALPIGNANO'; ws['A1'].font = Font(name='Helvetica', bold=True, size=14)
ws['A2'] = 'Città Metropolitana di Torino – Area Tecnica – Servizio Patrimonio'; ws['A2'].font = Font(name='Helvetica', size=9)
ws['A4'] = 'Allegato A alla deliberazione della Giunta Comunale n. 52 del 24/03/2026'; ws['A4'].font = Font(name='Helvetica', italic=True, size=9)
ws['A5'] = "PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI 2026-2028 (art. 58 D.L. 112/2008)"; ws['A5'].font = Font(name='Helvetica', bold=True, size=11)
hdr = ['N.', 'Descrizione immobile', 'Ubicazione', 'Foglio', 'Mappale', 'Sup. (mq)', 'Destinazione urbanistica', 'Intervento', 'Anno', 'Valore stimato (€)']
ws.append([]); ws.append(hdr)
rows = [
 (1, 'Area edificabile residenziale', 'Via Cavour', 9, '412', 1350, 'Residenziale di completamento R3', 'Alienazione', 2026, 148500),
 (2, 'Relitto stradale', 'Strada della Mandria', 4, '88/p', 210, 'Viabilità', 'Alienazione', 2026, 6300),
 (3, 'Ex alloggio custode scuola', 'Via Mazzini 31', 12, '1077 sub 3', 96, 'Servizi pubblici S', 'Valorizzazione (locazione)', 2026, 72000),
 (4, 'Terreno agricolo', 'Località Truc Bandiera', 2, '59', 4820, 'Agricola E', 'Alienazione', 2027, 24100),
 (5, 'Locale commerciale P.T.', 'Piazza Caduti 6', 11, '903 sub 7', 64, 'Centro storico CS', 'Alienazione', 2027, 83000),
 (6, 'Area a verde residuale', 'Via Rivoli', 15, '645', 530, 'Verde privato VP', 'Alienazione', 2028, 15900),
 (7, 'Fabbricato ex lavatoio', 'Via Vittime di Bologna', 10, '218', 140, 'Servizi pubblici S', 'Concessione di valorizzazione', 2028, 41000),
]
for r in rows: ws.append(list(r))
n0 = 8; n1 = n0 + len(rows) - 1
ws.append(['', 'TOTALE', '', '', '', f'=SUM(F{n0}:F{n1})', '', '', '', f'=SUM(J{n0}:J{n1})'])
for row in ws.iter_rows(min_row=7, max_row=n1 + 1):
    for c in row:
        c.border = B; c.font = Font(name='Helvetica', size=9, bold=(c.row in (7, n1 + 1)))
        c.alignment = Alignment(wrap_text=True, vertical='top')
        if c.row == 7: c.fill = PatternFill('solid', fgColor='D9E2F3')
        if c.row % 2 == 0 and 7 < c.row <= n1: c.fill = PatternFill('solid', fgColor='F2F2F2')
for c in ws['J'][7:]: c.number_format = '#,##0.00'
for c in ws['F'][7:]: c.number_format = '#,##0'
for col, w in zip('ABCDEFGHIJ', (4, 26, 20, 7, 10, 9, 22, 20, 6, 14)): ws.column_dimensions[col].width = w
ws[f'A{n1+3}'] = 'Valori stimati dal Servizio Patrimonio con perizie agli atti (prot. n. 6102 del 10/03/2026). I valori sono da intendersi a corpo, al netto di imposte.'
ws[f'A{n1+3}'].font = Font(name='Helvetica', size=8, italic=True)
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
ws.oddFooter.center.text = 'Piano alienazioni 2026-2028 – pagina &P di &N'; ws.oddFooter.center.size = 8
ws.oddHeader.right.text = 'Comune di Alpignano'; ws.oddHeader.right.size = 8
wb.save(os.path.join(OUT, 'allegato-alpignano-numbers.xlsx'))
