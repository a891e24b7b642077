# H. Comune di Castagneto Carducci - unnumbered avviso typed as a "typewriter" Word
# document (Courier New 12, ragged right, letter-spaced title typed with blanks).
# python-docx -> LibreOffice (Courier New is substituted by the metric-compatible Liberation Mono).
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.0)
sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)
st = doc.styles['Normal']
st.font.name = 'Courier New'; st.font.size = Pt(12)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Courier New')
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15


def p(text='', bold=False, underline=False, align='l', after=0, size=None):
    para = doc.add_paragraph()
    para.alignment = {'l': WD_ALIGN_PARAGRAPH.LEFT, 'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    para.paragraph_format.space_after = Pt(after)
    if text:
        r = para.add_run(text); r.bold = bold; r.underline = underline
        if size: r.font.size = Pt(size)
    return para

p('COMUNE DI CASTAGNETO CARDUCCI', bold=True, align='c', size=14)
p('(Provincia di Livorno)', align='c')
p('SETTORE 3 - LAVORI PUBBLICI E MANUTENZIONI', align='c')
p('Servizi Cimiteriali', align='c')
p('-' * 62, align='c', after=6)
p('Prot. n. 4127')
p('Castagneto Carducci, 12 marzo 2026', align='r', after=18)
p('A V V I S O', bold=True, align='c', size=16, after=12)
p('AVVISO DI CHIUSURA TEMPORANEA DEL CIMITERO COMUNALE DI DONORATICO', bold=True, underline=True, align='c', after=18)
p('IL RESPONSABILE DEL SETTORE 3', align='c', after=6)
p('RENDE NOTO', bold=True, align='c', after=12)
body = [
    'che, per consentire l\'esecuzione dei lavori di rifacimento della copertura dei loculi del blocco C e di messa in '
    'sicurezza del muro di cinta lato nord, il cimitero comunale di Donoratico restera\' chiuso al pubblico',
    'dal giorno lunedi\' 23 marzo 2026 al giorno venerdi\' 3 aprile 2026 compresi.',
    'Durante il periodo di chiusura saranno comunque garantite le operazioni di tumulazione e di inumazione, '
    'previo accordo con l\'Ufficio Servizi Cimiteriali, presso il quale i familiari potranno concordare l\'accesso '
    'accompagnato per motivate esigenze.',
    'Il cimitero del Capoluogo e quello di Bolgheri osserveranno il consueto orario di apertura.',
    'Il presente avviso e\' pubblicato all\'Albo Pretorio on line e affisso all\'ingresso del cimitero di Donoratico.',
    'Si ringrazia la cittadinanza per la collaborazione e ci si scusa per il disagio.',
]
for b in body:
    p(b, after=10)
p('', after=18)
p('IL RESPONSABILE DEL SETTORE 3', align='r')
p('(Geom. Fabio Bientinesi)      ', align='r')
p('firmato digitalmente          ', align='r', size=9)

doc.core_properties.author = 'ufftecnico3'
doc.core_properties.title = 'AVVISO chiusura cimitero Donoratico'
doc.save(out)
