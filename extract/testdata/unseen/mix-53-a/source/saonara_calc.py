#!/usr/bin/env python3
"""Comune di Saonara - Allegato A to Giunta deliberation 33/2026: a
spreadsheet (xlsx) of the ordinary grants to associations, printed to PDF by
LibreOffice Calc (build.sh), with the sheet's page header and footer."""
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = 'Contributi 2026'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI SAONARA'
ws['A1'].font = Font(name='Liberation Sans', size=14, bold=True)
ws['A2'] = 'Provincia di Padova - Settore Servizi alla Persona'
ws['A2'].font = Font(name='Liberation Sans', size=9, italic=True)
ws['A4'] = 'ALLEGATO A alla deliberazione di Giunta Comunale n. 33 del 24/03/2026'
ws['A4'].font = Font(name='Liberation Sans', size=10, bold=True)
ws['A5'] = 'CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI - ANNO 2026 (Regolamento comunale per la concessione di contributi, art. 6)'
ws['A5'].font = Font(name='Liberation Sans', size=10)
heads = ['N.', 'Associazione', 'Codice fiscale', 'Ambito', 'Attività / progetto', 'Spesa prevista (€)',
         'Contributo richiesto (€)', 'Punteggio', 'Contributo assegnato (€)']
rows = [
    ('A.S.D. Saonara Calcio', '92012340281', 'Sport', 'Attività giovanile 2026', 38500.00, 6000.00, 82),
    ('Pro Loco di Saonara', '80021450283', 'Cultura e turismo', 'Festa della Camelia e Sagra di Villatora', 24000.00, 5000.00, 88),
    ('Gruppo Alpini Saonara', '92199870284', 'Volontariato', 'Manutenzione aree verdi e cerimonie', 6200.00, 1500.00, 71),
    ('Associazione Genitori "Il Ponte"', '92231450280', 'Scuola', 'Doposcuola e centri estivi', 18900.00, 4000.00, 79),
    ('Corpo Bandistico Città di Saonara', '80018830283', 'Cultura', 'Stagione concertistica e scuola di musica', 15600.00, 3500.00, 76),
    ('A.S.D. Pallavolo Villatora', '92155620285', 'Sport', 'Campionati giovanili', 21300.00, 3500.00, 68),
    ('Circolo Anziani "Primavera"', '92044170284', 'Sociale', 'Attività ricreative e soggiorni', 9800.00, 2000.00, 65),
    ('Associazione Amici della Biblioteca', '92210030287', 'Cultura', 'Rassegna "Leggere a Saonara"', 4300.00, 1200.00, 73),
    ('Protezione Civile - Gruppo Comunale Volontari', '92187650289', 'Protezione civile', 'Formazione e dotazioni', 7500.00, 2500.00, 85),
    ('A.S.D. Tennis Saonara', '92276110281', 'Sport', 'Corsi per ragazzi', 8800.00, 1500.00, 58),
    ('Comitato Festeggiamenti Villatora', '92301890286', 'Cultura e turismo', 'Mercatino di Natale', 5200.00, 1000.00, 61),
    ('Associazione "Camelie Euganee"', '92114560283', 'Ambiente', 'Mostra della camelia e visite guidate', 6900.00, 1800.00, 70),
]
r0 = 7
fill = PatternFill('solid', fgColor='D9E1F2')
for j, h in enumerate(heads, 1):
    c = ws.cell(row=r0, column=j, value=h)
    c.font = Font(name='Liberation Sans', size=9, bold=True)
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    c.border = B
    c.fill = fill
tot = [0, 0, 0]
for i, (n, cf, amb, att, spesa, rich, punti) in enumerate(rows, 1):
    ass = min(rich, round(rich * punti / 100 / 50) * 50)
    tot[0] += spesa; tot[1] += rich; tot[2] += ass
    vals = [i, n, cf, amb, att, spesa, rich, punti, ass]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r0 + i, column=j, value=v)
        c.font = Font(name='Liberation Sans', size=9)
        c.border = B
        c.alignment = Alignment(vertical='center', wrap_text=j in (2, 5))
        if j in (6, 7, 9):
            c.number_format = '#,##0.00'
        if j in (1, 3, 8):
            c.alignment = Alignment(horizontal='center', vertical='center')
rt = r0 + len(rows) + 1
ws.cell(row=rt, column=2, value='TOTALE').font = Font(name='Liberation Sans', size=9, bold=True)
for j, v in zip((6, 7, 9), tot):
    c = ws.cell(row=rt, column=j, value=v)
    c.number_format = '#,##0.00'
    c.font = Font(name='Liberation Sans', size=9, bold=True)
for j in range(1, 10):
    ws.cell(row=rt, column=j).border = B
ws.cell(row=rt + 2, column=2, value='Stanziamento: capitolo 10530 "Contributi ad associazioni" - bilancio 2026-2028, esercizio 2026: € 30.000,00').font = Font(name='Liberation Sans', size=8.5)
ws.cell(row=rt + 3, column=2, value='Il contributo assegnato è pari al contributo richiesto moltiplicato per il punteggio/100, arrotondato ai 50 euro.').font = Font(name='Liberation Sans', size=8.5, italic=True)
ws.cell(row=rt + 5, column=7, value='Il Responsabile del Settore Servizi alla Persona').font = Font(name='Liberation Sans', size=9)
ws.cell(row=rt + 6, column=7, value='dott.ssa Michela Zanellato').font = Font(name='Liberation Sans', size=9)
for col, w in zip('ABCDEFGHI', (5, 34, 14, 15, 34, 13, 13, 10, 13)):
    ws.column_dimensions[col].width = w
ws.row_dimensions[r0].height = 30
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.gridLines = False
ws.oddHeader.right.text = 'Allegato A - G.C. n. 33/2026'
ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F - &A'
ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'
ws.oddFooter.right.size = 7
wb.properties.creator = 'Ufficio Cultura Sport Associazionismo'
wb.save(out)
