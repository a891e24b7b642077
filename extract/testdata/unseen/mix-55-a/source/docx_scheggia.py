# Attestazione di pubblicazione of Comune di Scheggia e Pascelupo:
# an old Word form filled in over blanks of underscores, typewriter font.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = Cm(2.5); s.right_margin = Cm(2.5); s.top_margin = Cm(2.0)
st = d.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(2); st.paragraph_format.line_spacing = 1.5

def p(*runs, align=None):
    q = d.add_paragraph()
    for t in runs:
        if isinstance(t, tuple):
            r = q.add_run(t[0]); r.bold = 'b' in t[1]; r.underline = 'u' in t[1]
        else:
            q.add_run(t)
    if align == 'c': q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return q

p(('COMUNE DI SCHEGGIA E PASCELUPO', 'b'), align='c')
p('PROVINCIA DI PERUGIA', align='c')
p('Via Flaminia, 2 - 06027 Scheggia e Pascelupo (PG)', align='c')
p('-' * 60, align='c')
p()
p(('ATTESTAZIONE DI PUBBLICAZIONE', 'b'), align='c')
p('(art. 124 D.Lgs. 18/08/2000 n. 267 - art. 32 L. 69/2009)', align='c')
p()
p('Il sottoscritto Responsabile della pubblicazione,')
p(('A T T E S T A', 'b'), align='c')
p('che la deliberazione della ', ('Giunta Comunale', 'u'), '_____________ n. ', ('19', 'u'), '____')
p('del ', ('05/03/2026', 'u'), '_______ avente ad oggetto:')
p(('Concessione in uso temporaneo della palestra comunale di', 'u'))
p(('Via Flaminia all\'A.S.D. Monte Cucco per la stagione sportiva', 'u'))
p(('2025/2026', 'u'), ' ________________________________________________')
p('e\' stata pubblicata all\'Albo Pretorio on line di questo Comune')
p('per 15 giorni consecutivi dal ', ('12/03/2026', 'u'), '___ al ', ('27/03/2026', 'u'), '___')
p('con il n. ', ('143', 'u'), '_______ del Registro delle Pubblicazioni,')
p('senza opposizioni / con opposizioni ', ('NESSUNA', 'u'), '________________')
p()
p('Scheggia e Pascelupo, li ', ('28/03/2026', 'u'), '_________')
p()
p('IL RESPONSABILE DELLA PUBBLICAZIONE', align='r')
p(('Mariella Bartolucci', 'u'), '______________', align='r')
p()
p('-' * 60, align='c')
p(('ESECUTIVITA\'', 'b'))
p('[ ] divenuta esecutiva il ___________ decorsi 10 giorni dalla')
p('    pubblicazione (art. 134, comma 3, D.Lgs. 267/2000)')
p('[X] dichiarata immediatamente eseguibile (art. 134, comma 4,')
p('    D.Lgs. 267/2000)')
p()
p('IL SEGRETARIO COMUNALE', align='r')
p(('Dott. Giancarlo Pierotti', 'u'), '___________', align='r')
d.save(out)
