#!/usr/bin/env python3
"""Comune di Alviano - certificato di pubblicazione of Giunta deliberation
18/2026. A typewriter-like Word form (Courier-metric Liberation Mono) whose
blanks of underscores have been filled in; printed to PDF by LibreOffice."""
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from docxhelp import *
from docx.shared import Pt, Mm

out = sys.argv[1]
M = 'Liberation Mono'
d = new(M, 10.5, margins=(25, 25, 28, 25))
d.styles['Normal'].paragraph_format.line_spacing = 1.5


def f(par, s):
    """a filled blank: underscores, the typed value, underscores"""
    run(par, '___ ')
    run(par, s, bold=True)
    run(par, ' ___')


p(d, 'COMUNE DI ALVIANO', C, True, size=14, after=0)
p(d, 'PROVINCIA DI TERNI', C, size=10, after=0)
hp = p(d, 'Ufficio Segreteria - Piazza del Municipio, 1 - 05020 Alviano (TR)', C, size=8.5, after=14)
border_bottom(hp, 6)
p(d, 'CERTIFICATO DI PUBBLICAZIONE', C, True, size=13, after=0)
p(d, '(art. 124, comma 1, D.Lgs. 18 agosto 2000, n. 267 - art. 32 L. 69/2009)', C, size=8.5, after=14)
par = p(d, 'Il sottoscritto Segretario Comunale, su conforme attestazione del Messo Comunale,', J)
p(d, 'C E R T I F I C A', C, True, before=6, after=6)
par = p(d, 'che copia della deliberazione della ', J)
f(par, 'GIUNTA COMUNALE')
run(par, ' n. ')
f(par, '18')
run(par, ' del ')
f(par, '20/03/2026')
par = p(d, 'avente ad oggetto: ', J)
run(par, '___ ')
run(par, "APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI ESTIVE \"ALVIANO D'ESTATE 2026\" E CONCESSIONE DEL "
         "PATROCINIO ALLA PRO LOCO DI ALVIANO", bold=True)
run(par, ' ___________________')
par = p(d, "è stata pubblicata all'Albo Pretorio on line di questo Comune (www.comune.alviano.tr.it) il giorno ", J)
f(par, '23/03/2026')
run(par, ' con il n. ')
f(par, '142')
run(par, ' del Registro delle pubblicazioni e vi rimarrà per quindici giorni consecutivi, fino al ')
f(par, '07/04/2026')
run(par, ' compreso.')
par = p(d, 'La deliberazione è stata altresì comunicata ai Capigruppo consiliari con nota prot. n. ', J)
f(par, '1688')
run(par, ' del ')
f(par, '23/03/2026')
run(par, ' (art. 125 D.Lgs. 267/2000).')
par = p(d, 'Alviano, lì ', Lf, before=14)
f(par, '23/03/2026')
sg = d.add_table(rows=3, cols=2)
cell_text(sg.cell(0, 0), 'IL MESSO COMUNALE', True, C, 10)
cell_text(sg.cell(0, 1), 'IL SEGRETARIO COMUNALE', True, C, 10)
cell_text(sg.cell(1, 0), '___ Rita Cherubini ___', False, C, 10)
cell_text(sg.cell(1, 1), '___ Dott. Fabrizio Paparelli ___', False, C, 10)
cell_text(sg.cell(2, 0), '____________________', False, C, 10)
cell_text(sg.cell(2, 1), '____________________', False, C, 10)
p(d, '', after=10)
box = d.add_table(rows=1, cols=1)
box.style = 'Table Grid'
cell_text(box.cell(0, 0), 'CERTIFICATO DI ESECUTIVITA\'', True, C, 9.5)
par = p(box.cell(0, 0), '[ ] divenuta esecutiva il ____________ decorsi 10 giorni dalla pubblicazione (art. 134 c. 3)', Lf, size=9)
par = p(box.cell(0, 0), '[X] dichiarata immediatamente eseguibile (art. 134 c. 4 D.Lgs. 267/2000)', Lf, size=9)
p(box.cell(0, 0), 'Alviano, lì ___ 23/03/2026 ___           IL SEGRETARIO COMUNALE', Lf, size=9, after=4)
d.core_properties.author = 'segreteria'
d.core_properties.title = 'CERTIFICATO PUBBLICAZIONE'
d.save(out)
