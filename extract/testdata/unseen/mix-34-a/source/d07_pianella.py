# Certificato di pubblicazione of the Comune di Pianella: an old typewriter-
# like Word form (Courier New) whose blanks of underscores were filled in by
# hand. python-docx writes the .docx; LibreOffice converts it (build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
st = doc.styles['Normal']
st.font.name = 'Courier New'
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Courier New')
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.35


def para(parts, align=None, after=0, before=0):
    p = doc.add_paragraph()
    for t in parts:
        if isinstance(t, tuple):
            r = p.add_run(t[0])
            if 'b' in t[1]:
                r.bold = True
            if 'u' in t[1]:
                r.underline = True
        else:
            p.add_run(t)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    return p


para([('COMUNE DI PIANELLA', 'b')], align='c')
para(['(Provincia di Pescara)'], align='c')
para(['Piazza Garibaldi n. 1 - 65019 Pianella (PE)'], align='c')
para(['_' * 60], align='c', after=12)
para(['Ufficio Segreteria - Albo Pretorio'], after=18)
para([('CERTIFICATO DI PUBBLICAZIONE', 'b')], align='c')
para(['(art. 124, comma 1, D.Lgs. 18 agosto 2000, n. 267)'], align='c', after=18)
para(['Il sottoscritto Responsabile della pubblicazione, visti gli atti d\'ufficio,'], align='j')
para([('C E R T I F I C A', 'b')], align='c', before=6, after=6)
para(['che copia della deliberazione della ___Giunta Comunale___ n. __27__ del __05/03/2026__, avente ad oggetto:'],
     align='j')
para(['__"Approvazione del piano delle alienazioni e valorizzazioni immobiliari per il triennio 2026/2028 '
      '(art. 58 D.L. n. 112/2008) - Proposta al Consiglio Comunale."____________________'], align='j')
para(['e\' stata pubblicata all\'Albo Pretorio on line di questo Comune il giorno __11/03/2026__ '
      'con il n. ___318___ del Registro delle pubblicazioni e vi rimarra\' per quindici giorni consecutivi, '
      'fino al __26/03/2026__, ai sensi dell\'art. 124, comma 1, del D.Lgs. n. 267/2000.'], align='j', before=6)
para(['[X] La deliberazione e\' stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).'],
     align='j', before=6)
para(['[ ] La deliberazione diverra\' esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3).'],
     align='j')
para(['[X] Contestualmente all\'affissione e\' stata comunicata ai Capigruppo consiliari con nota prot. '
      'n. __2874__ del __11/03/2026__ (art. 125 D.Lgs. 267/2000).'], align='j')
para(['Pianella, li\' __11/03/2026__'], before=14)
para(['IL RESPONSABILE DELLA PUBBLICAZIONE'], align='r', before=18)
para(['___Rag. Marisa D\'Alfonso___'], align='r')
para(['(firma autografa sostituita a mezzo stampa'], align='r', before=6)
para(['ai sensi dell\'art. 3, c. 2, D.Lgs. 39/1993)'], align='r')
p = para(['Mod. SEG/07 - rev. 2009'], before=14)
p.runs[0].font.size = Pt(8)
doc.save(out)
