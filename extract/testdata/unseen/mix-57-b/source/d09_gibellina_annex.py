# Annex A (quadro economico) to a Giunta Municipale deliberation of the Comune di
# Gibellina: a landscape .docx with a header table and a bordered amounts table,
# as an office writes it in Word (OOXML) and the Albo converts it to PDF
# (here LibreOffice, see build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
s = doc.sections[0]
s.orientation = WD_ORIENT.LANDSCAPE
s.page_width, s.page_height = Cm(29.7), Cm(21.0)
s.left_margin = s.right_margin = Cm(1.8)
s.top_margin = Cm(1.4); s.bottom_margin = Cm(1.4)
st = doc.styles['Normal']; st.font.name = 'Carlito'; st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Carlito')
st.paragraph_format.space_after = Pt(2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), fill); tcPr.append(sh)


def para(t, b=False, size=None, al=None, it=False):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = b; r.italic = it
    if size: r.font.size = Pt(size)
    if al == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if al == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


hp = s.header.paragraphs[0]
hr = hp.add_run('Allegato A alla Deliberazione della Giunta Municipale n. 12 del 10/02/2026')
hr.italic = True; hr.font.size = Pt(8); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

para('COMUNE DI GIBELLINA', b=True, size=16, al='c')
para('Libero Consorzio Comunale di Trapani', size=10, al='c')
para('Settore Tecnico - Lavori Pubblici', size=10, al='c')
para('')
para('ALLEGATO A', b=True, size=12, al='c')
para('QUADRO ECONOMICO DI PROGETTO – LAVORI DI MANUTENZIONE STRAORDINARIA E '
     'RIFUNZIONALIZZAZIONE DEL SISTEMA DEI PERCORSI PEDONALI DEL VIALE DEGLI ELIMI',
     b=True, size=10.5, al='c')
para('')

rows = [
    ('A', 'LAVORI', '', True),
    ('A.1', 'Lavori a misura', '248.310,42', False),
    ('A.2', 'Oneri per la sicurezza non soggetti a ribasso', '9.870,15', False),
    ('', 'Totale lavori (A)', '258.180,57', True),
    ('B', 'SOMME A DISPOSIZIONE DELL’AMMINISTRAZIONE', '', True),
    ('B.1', 'IVA sui lavori (10%)', '25.818,06', False),
    ('B.2', 'Spese tecniche (progettazione, D.L., sicurezza, collaudo)', '31.440,00', False),
    ('B.3', 'Contributi previdenziali su spese tecniche (4%)', '1.257,60', False),
    ('B.4', 'IVA su spese tecniche e contributi (22%)', '7.193,47', False),
    ('B.5', 'Incentivi per funzioni tecniche (art. 45 D.Lgs. 36/2023)', '5.163,61', False),
    ('B.6', 'Imprevisti', '8.946,69', False),
    ('', 'Totale somme a disposizione (B)', '79.819,43', True),
    ('', 'IMPORTO COMPLESSIVO DELL’INTERVENTO (A + B)', '338.000,00', True),
]
t = doc.add_table(rows=1 + len(rows), cols=3)
t.style = 'Table Grid'
t.autofit = False
ws = [Cm(2.2), Cm(18.5), Cm(4.8)]
hdr = ['Voce', 'Descrizione', 'Importo (€)']
for i, h in enumerate(hdr):
    c = t.cell(0, i); c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, 'D9D9D9')
for j, (v, d, imp, b) in enumerate(rows, 1):
    for i, x in enumerate((v, d, imp)):
        c = t.cell(j, i); c.text = x
        if x and b: c.paragraphs[0].runs[0].bold = True
        if i == 2: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if b and not imp: shade(c, 'F2F2F2')
for i, w in enumerate(ws):
    t.columns[i].width = w
    for c in t.columns[i].cells: c.width = w

para('')
para('Fonte di finanziamento: contributo regionale – Fondo per lo Sviluppo e la Coesione '
     '2021/2027, decreto di finanziamento n. 1734 del 18/12/2025.', size=9)
para('')
para('Il Responsabile del Settore Tecnico', al='r')
para('Ing. Vito Clemente', al='r')
para('(documento firmato digitalmente)', al='r', it=True, size=8)
doc.save(sys.argv[1])
