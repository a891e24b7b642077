#!/usr/bin/env python3
"""Annex (Allegato A) of a Giunta deliberation of Comune di Urbania: the
2026 tariffs of the services on individual demand, a spreadsheet printed by
LibreOffice Calc (flat ODS -> PDF) with the sheet's header and footer."""
import subprocess, sys, os
from xml.sax.saxutils import escape as E
out = sys.argv[1]

rows = [
 ('H', 'ASILO NIDO COMUNALE "IL GIRASOLE"'),
 ('R', 'Retta mensile tempo pieno - ISEE fino a 8.000,00', 'mese', 180.00, 185.00),
 ('R', 'Retta mensile tempo pieno - ISEE da 8.000,01 a 16.000,00', 'mese', 260.00, 268.00),
 ('R', 'Retta mensile tempo pieno - ISEE da 16.000,01 a 26.000,00', 'mese', 340.00, 350.00),
 ('R', 'Retta mensile tempo pieno - ISEE oltre 26.000,00 o non presentato', 'mese', 420.00, 432.00),
 ('R', 'Retta mensile part-time (fino alle ore 13:00)', 'mese', 230.00, 237.00),
 ('R', 'Quota di iscrizione annuale', 'anno', 30.00, 30.00),
 ('H', 'MENSA SCOLASTICA'),
 ('R', 'Pasto scuola dell\'infanzia e primaria - residenti', 'pasto', 4.60, 4.75),
 ('R', 'Pasto scuola dell\'infanzia e primaria - non residenti', 'pasto', 5.40, 5.55),
 ('R', 'Riduzione secondo figlio iscritto', '%', 20, 20),
 ('R', 'Pasto personale docente avente diritto', 'pasto', 0.00, 0.00),
 ('H', 'TRASPORTO SCOLASTICO'),
 ('R', 'Abbonamento annuale - primo figlio', 'anno', 210.00, 220.00),
 ('R', 'Abbonamento annuale - dal secondo figlio', 'anno', 150.00, 155.00),
 ('R', 'Abbonamento solo andata o solo ritorno', 'anno', 130.00, 135.00),
 ('H', 'IMPIANTI SPORTIVI E SALE COMUNALI'),
 ('R', 'Palazzetto dello sport - uso orario associazioni locali', 'ora', 12.00, 12.50),
 ('R', 'Palazzetto dello sport - uso orario altri soggetti', 'ora', 25.00, 26.00),
 ('R', 'Campo sportivo "Montefeltro" - partita con illuminazione', 'evento', 90.00, 95.00),
 ('R', 'Sala del Consiglio in Palazzo Ducale - mezza giornata', 'evento', 80.00, 80.00),
 ('R', 'Sala del Consiglio in Palazzo Ducale - matrimoni civili (residenti)', 'evento', 100.00, 100.00),
 ('R', 'Sala del Consiglio in Palazzo Ducale - matrimoni civili (non residenti)', 'evento', 350.00, 380.00),
 ('H', 'MUSEO CIVICO E CHIESA DEI MORTI'),
 ('R', 'Biglietto intero', 'persona', 5.00, 6.00),
 ('R', 'Biglietto ridotto (6-18 anni, over 65, gruppi oltre 15 persone)', 'persona', 3.00, 4.00),
 ('R', 'Biglietto cumulativo Museo + Barco Ducale', 'persona', 8.00, 9.00),
]

def num(v, style='Num'):
    return '<table:table-cell table:style-name="%s" office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (style, v, ('%.2f' % v).replace('.', ','))
def txt(v, style='Txt', span=1):
    a = ' table:number-columns-spanned="%d"' % span if span > 1 else ''
    return '<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p>%s</text:p></table:table-cell>' % (style, a, E(v)) + '<table:covered-table-cell/>' * (span - 1)

trs = []
trs.append('<table:table-row table:style-name="RowT">' + txt('ALLEGATO A) alla deliberazione della Giunta Comunale n. 28 del 03/03/2026', 'Title', 6) + '</table:table-row>')
trs.append('<table:table-row table:style-name="RowT">' + txt('SERVIZI PUBBLICI A DOMANDA INDIVIDUALE - TARIFFE E CONTRIBUZIONI ANNO 2026', 'Title', 6) + '</table:table-row>')
trs.append('<table:table-row>' + txt('', 'Txt', 6) + '</table:table-row>')
trs.append('<table:table-row>' + ''.join(txt(h, 'Hd') for h in ['N.', 'Servizio / voce tariffaria', 'Unità', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)', 'Var. %']) + '</table:table-row>')
n = 0
for r in rows:
    if r[0] == 'H':
        trs.append('<table:table-row>' + txt(r[1], 'Sec', 6) + '</table:table-row>')
    else:
        n += 1
        _, v, u, a, b = r
        if u == '%':
            cells = txt(str(n), 'Ctr') + txt(v) + txt('%', 'Ctr') + num(a, 'Int') + num(b, 'Int') + txt('-', 'Ctr')
        else:
            var = '-' if a == 0 else ('%.1f' % ((b - a) / a * 100)).replace('.', ',')
            cells = txt(str(n), 'Ctr') + txt(v) + txt(u, 'Ctr') + num(a) + num(b) + txt(var, 'Ctr')
        trs.append('<table:table-row>' + cells + '</table:table-row>')
trs.append('<table:table-row>' + txt('', 'Txt', 6) + '</table:table-row>')
trs.append('<table:table-row>' + txt('Tasso di copertura dei costi previsto per l\'anno 2026: 58,4% (costi complessivi euro 612.300,00 - entrate previste euro 357.580,00)', 'Note', 6) + '</table:table-row>')
trs.append('<table:table-row>' + txt('Le tariffe si intendono IVA compresa ove dovuta. Le agevolazioni ISEE sono applicate su richiesta dell\'utente.', 'Note', 6) + '</table:table-row>')

tpl = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd10_template.fods'), encoding='utf-8').read()
open('/tmp/d10.fods', 'w', encoding='utf-8').write(tpl.replace('@@ROWS@@', '\n'.join(trs)))
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf:calc_pdf_Export', '--outdir', '/tmp', '/tmp/d10.fods'], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.replace('/tmp/d10.pdf', out)
