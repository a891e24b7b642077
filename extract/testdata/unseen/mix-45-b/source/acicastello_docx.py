# Comune di Aci Castello - certificato di pubblicazione, generated as .docx (python-docx)
# and converted by LibreOffice; layout imitates a .NET albo module (GemBox-style merge).
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21)
s.left_margin = s.right_margin = Cm(2.5); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Sans')

def para(t='', b=False, size=None, al=None, it=False, after=4):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; r.italic = it
    if size: r.font.size = Pt(size)
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'r': WD_ALIGN_PARAGRAPH.RIGHT}.get(al, WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.space_after = Pt(after)
    return p

def shade(cell, col):
    pr = cell._tc.get_or_add_tcPr(); e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:fill'), col); pr.append(e)

f = s.footer.paragraphs[0]
f.text = 'Albo Pretorio on line – Comune di Aci Castello – Registro pubblicazioni anno 2026 – stampa del 24/03/2026 10:42'
f.runs[0].font.size = Pt(7.5); f.alignment = WD_ALIGN_PARAGRAPH.CENTER

para('COMUNE DI ACI CASTELLO', True, 16, 'c', after=0)
para('Città Metropolitana di Catania', False, 10, 'c', after=0)
para('Settore Affari Generali – Ufficio Albo Pretorio', False, 9, 'c', it=True, after=14)
para('CERTIFICATO DI PUBBLICAZIONE', True, 14, 'c', after=2)
para('(art. 124 del D.Lgs. 267/2000 – art. 32 della L. 69/2009)', False, 9, 'c', after=12)

rows = [('Registro Albo n.', '612/2026'),
        ('Tipo atto', 'Deliberazione della Giunta Municipale'),
        ('Numero atto', '47'),
        ('Data atto', '05/03/2026'),
        ('Oggetto', 'Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione del lungomare di Aci Trezza – tratto Via Provinciale/Piazza Giovanni Verga. Atto di indirizzo.'),
        ('Periodo di pubblicazione', 'dal 09/03/2026 al 24/03/2026'),
        ('Ufficio richiedente', 'Segreteria Generale')]
t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER; t.autofit = False
for k, v in rows:
    c = t.add_row().cells
    c[0].text = k; c[1].text = v
    c[0].paragraphs[0].runs[0].bold = True; shade(c[0], 'E8EEF4')
    c[0].width, c[1].width = Cm(4.5), Cm(11.5)
t.columns[0].width, t.columns[1].width = Cm(4.5), Cm(11.5)
para(after=8)
para("Il sottoscritto Responsabile dell'Albo Pretorio, visti gli atti d'ufficio,", al='j')
para('CERTIFICA', True, 12, 'c', after=6)
para("che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale www.comune.acicastello.ct.it, per quindici giorni consecutivi, dal 09/03/2026 al 24/03/2026, e che contro di essa non sono state prodotte opposizioni né reclami.", al='j')
para('Aci Castello, 24/03/2026', after=18)
p = para("IL RESPONSABILE DELL'ALBO PRETORIO", True, None, 'r', after=0)
para('Sig.ra Concetta Musumeci', al='r', after=0)
para('(firma digitale)', al='r', it=True, size=9, after=20)
para('Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. L\'originale è conservato negli archivi informatici del Comune di Aci Castello.', size=8, it=True, al='c')
d.save(sys.argv[1])
