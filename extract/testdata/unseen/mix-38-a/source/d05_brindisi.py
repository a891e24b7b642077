# Provincia di Brindisi - determinazione dirigenziale, Word template (python-docx) -> LibreOffice PDF
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out, crest = sys.argv[1], sys.argv[2]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.4); sec.bottom_margin = Cm(1.8)
st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11.5)
st.paragraph_format.space_after = Pt(4)

def P(text='', bold=False, size=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, italic=False, after=None, indent=None, target=None):
    p = (target or doc).add_paragraph()
    p.alignment = align
    if isinstance(text, str): text = [(text, bold)]
    for t, b in text:
        r = p.add_run(t); r.bold = b; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent); p.paragraph_format.first_line_indent = Cm(-0.6)
    return p

def shade_box(tbl):
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), '6'); b.append(x)
    tbl._tbl.tblPr.append(b)

h = sec.header
p = h.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run().add_picture(crest, height=Cm(1.6))
P('PROVINCIA DI BRINDISI', bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, target=h)
P('AREA 4 – AMBIENTE, MOBILITÀ E TRASPORTI', bold=True, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, target=h)
P('Servizio Trasporti e Autorizzazioni', size=10, align=WD_ALIGN_PARAGRAPH.CENTER, italic=True, after=0, target=h)
f = sec.footer
fp = f.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Provincia di Brindisi – Via A. De Leo, 3 – 72100 Brindisi – PEC: provincia@pec.provincia.brindisi.it'); r.font.size = Pt(8)

P('', after=2)
t = doc.add_table(3, 2); shade_box(t)
cells = [('DETERMINAZIONE DIRIGENZIALE', ''), ('Registro Generale', 'n. 318 del 16/03/2026'), ('Registro del Servizio', 'n. 27 del 13/03/2026')]
for i, (a, b) in enumerate(cells):
    ra = t.rows[i].cells[0].paragraphs[0].add_run(a); ra.bold = True; ra.font.size = Pt(11 if i else 13)
    rb = t.rows[i].cells[1].paragraphs[0].add_run(b); rb.bold = True
t.rows[0].cells[0].merge(t.rows[0].cells[1])
t.rows[0].cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
P('', after=2)
P([('OGGETTO: ', True), ('Rilascio dell’autorizzazione all’esercizio dell’attività di consulenza per la circolazione dei mezzi di trasporto (L. 8 agosto 1991, n. 264) – Ditta “Agenzia Pratiche Auto Messapica di Caliandro Vito” – sede in Oria, via Francavilla n. 41.', True)])
P('', after=2)
P('IL DIRIGENTE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for t_ in [
 'Premesso che, ai sensi dell’art. 2 della L. 264/1991 e dell’art. 105, comma 3, lett. g), del D.Lgs. 112/1998, compete alla Provincia il rilascio dell’autorizzazione all’esercizio dell’attività di consulenza per la circolazione dei mezzi di trasporto;',
 'Visto il Regolamento provinciale per l’esercizio delle funzioni in materia di trasporti privati, approvato con deliberazione del Consiglio Provinciale n. 17 del 28/06/2019;',
 'Vista l’istanza presentata in data 09/02/2026, acquisita al protocollo generale dell’Ente al n. 4517, dal sig. Caliandro Vito, nato a Oria il 14/05/1979, titolare della ditta individuale “Agenzia Pratiche Auto Messapica di Caliandro Vito”;',
 'Accertato, a seguito dell’istruttoria svolta dal Servizio, il possesso dei requisiti morali e professionali di cui agli artt. 3 e 5 della L. 264/1991, nonché l’idoneità dei locali, come da verbale di sopralluogo del 05/03/2026;',
 'Visto il decreto presidenziale n. 22 del 30/12/2025 di conferimento dell’incarico dirigenziale dell’Area 4;',
 'Attestata la regolarità e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;']:
    P(t_)
P('DETERMINA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, t_ in enumerate([
 'di rilasciare alla ditta “Agenzia Pratiche Auto Messapica di Caliandro Vito”, P.IVA 02619870745, l’autorizzazione all’esercizio dell’attività di consulenza per la circolazione dei mezzi di trasporto nei locali siti in Oria, via Francavilla n. 41;',
 'di dare atto che il responsabile professionale dell’attività è il sig. Caliandro Vito, titolare dell’attestato di idoneità professionale n. 118/BR;',
 'di prescrivere che la ditta comunichi al Servizio ogni variazione relativa alla sede, al personale e al responsabile professionale;',
 'di dare atto che il presente provvedimento non comporta impegno di spesa a carico del bilancio provinciale;',
 'di disporre la pubblicazione del presente atto all’Albo Pretorio on line della Provincia e la sua notifica alla ditta interessata.'], 1):
    P('%d.\t%s' % (i, t_), indent=0.6)
P('Avverso il presente provvedimento è ammesso ricorso al T.A.R. Puglia – Sezione di Lecce entro 60 giorni, o ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla notifica.', size=10.5)
P('', after=6)
P('Il Responsabile del procedimento', size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
P('Dott.ssa Angela Zizzi', size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
P('IL DIRIGENTE', bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P('Ing. Cosimo Argentiero', align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P('(documento firmato digitalmente)', italic=True, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
doc.save(out)
