# Certificate of publication of Santa Croce di Magliano (CB): a typewriter-like Word form (Courier New)
# whose blanks of underscores were filled in by the clerk. python-docx -> LibreOffice.
import os
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(20); sec.bottom_margin = Mm(20)
st = d.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.5
def P(parts, align='l', after=0):
    p = d.add_paragraph()
    p.alignment = {'l': WD_ALIGN_PARAGRAPH.LEFT, 'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if isinstance(parts, str): parts = [(parts, False)]
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    p.paragraph_format.space_after = Pt(after)
    return p
P([('COMUNE DI SANTA CROCE DI MAGLIANO', True)], 'c')
P('(Provincia di Campobasso)', 'c')
P('Ufficio di Segreteria', 'c', after=18)
P([('CERTIFICATO DI PUBBLICAZIONE', True)], 'c', after=12)
P('Deliberazione della ___Giunta Comunale___ n. ___31___ del ___05/03/2026___', 'l', after=6)
P('OGGETTO: _____Approvazione schema di convenzione per la gestione in forma associata del servizio di segreteria comunale con il Comune di Rotello._____', 'l', after=14)
P('Il sottoscritto Segretario Comunale, visti gli atti d\'ufficio,', 'l', after=6)
P([('C E R T I F I C A', True)], 'c', after=6)
P('che copia della suddetta deliberazione è stata pubblicata all\'Albo Pretorio on line di questo Comune, ai sensi dell\'art. 124, comma 1, del D.Lgs. 18/08/2000, n. 267 e dell\'art. 32 della Legge 18/06/2009, n. 69, per quindici giorni consecutivi:', 'j', after=6)
P('dal ___10/03/2026___ al ___25/03/2026___ (registro pubblicazioni n. ___198___)', 'l', after=6)
P('e che contro di essa non sono pervenuti reclami od opposizioni.', 'l', after=6)
P('[ X ] La deliberazione è stata contestualmente comunicata ai Capigruppo consiliari (art. 125 D.Lgs. 267/2000) con nota prot. n. ___1620___ del ___10/03/2026___.', 'j', after=6)
P('[ X ] La deliberazione è divenuta esecutiva il ___05/03/2026___ perché dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).', 'j', after=6)
P('[   ] La deliberazione è divenuta esecutiva il ______________ decorsi 10 giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).', 'j', after=20)
P('Santa Croce di Magliano, lì ___26/03/2026___', 'l', after=24)
P('IL SEGRETARIO COMUNALE', 'c')
P('___Dott. Antonio Di Lalla___', 'c')
P('(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, D.Lgs. 39/1993)', 'c')
os.makedirs(os.path.join(OUT, 'work'), exist_ok=True)
d.save(os.path.join(OUT, 'work', 'attestazione-santacrocedimagliano-typewriter.docx'))
