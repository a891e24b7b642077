# Certificato di pubblicazione, Comune di Staffolo, on a pre-printed form layout
# (fields filled on dotted lines, form code at the foot). python-docx -> .docx,
# then LibreOffice converts it (see build.sh).
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(18); sec.bottom_margin = Mm(18)
st = d.styles['Normal']; st.font.name = 'Liberation Serif'; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Serif')
d.core_properties.author = 'Ufficio Segreteria'; d.core_properties.title = 'Certificato di pubblicazione'

def par(text='', bold=False, size=None, align=None, italic=False, after=4, font=None):
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(after)
    if align: p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
    return p
def run(p, text, bold=False, size=None, underline=False, font=None):
    r = p.add_run(text); r.bold = bold; r.underline = underline
    if size: r.font.size = Pt(size)
    if font: r.font.name = font
    return r
def borders(tbl, sz=6):
    tblPr = tbl._tbl.tblPr; b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), str(sz)); x.set(qn('w:color'), '000000'); b.append(x)
    tblPr.append(b)

# letterhead
t = d.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); t._tbl.tblPr.append(lay)
t.columns[0].width = Mm(25); t.columns[1].width = Mm(141)
c0, c1 = t.rows[0].cells; c0.width = Mm(25); c1.width = Mm(141)
p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = run(p, '(stemma)', size=7); r.font.color.rgb = RGBColor(0x88, 0x88, 0x88)
p = c1.paragraphs[0]; run(p, 'COMUNE DI STAFFOLO', bold=True, size=17)
p = c1.add_paragraph(); run(p, 'Provincia di Ancona', size=10)
for q in c1.paragraphs + c0.paragraphs: q.paragraph_format.space_after = Pt(1)
p = c1.add_paragraph(); p.paragraph_format.space_after = Pt(1); run(p, 'Via XX Settembre, 12 – 60039 Staffolo (AN) – Ufficio Segreteria', size=8.5)
par('', after=2)
p = par('', align=WD_ALIGN_PARAGRAPH.CENTER, after=2); run(p, 'CERTIFICATO DI PUBBLICAZIONE', bold=True, size=15)
par('(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)', italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

p = par('', after=6); p.paragraph_format.line_spacing = 1.5
run(p, 'Il sottoscritto Responsabile del Servizio Segreteria, visti gli atti d’ufficio,')
p = par('ATTESTA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
p = par('', after=4); p.paragraph_format.line_spacing = 1.6
run(p, 'che copia della ')
run(p, 'deliberazione della Giunta Comunale', bold=True, underline=True)
run(p, ' n. ')
run(p, '19', bold=True, underline=True)
run(p, ' del ')
run(p, '05/03/2026', bold=True, underline=True)
run(p, ', avente ad oggetto:')
tb = d.add_table(rows=1, cols=1); borders(tb, 4)
c = tb.rows[0].cells[0]; c.paragraphs[0].paragraph_format.space_after = Pt(3)
run(c.paragraphs[0], 'Concessione in uso temporaneo della palestra comunale all’A.S.D. Staffolo Volley per la stagione sportiva 2025/2026. Approvazione schema di convenzione.', bold=True)
p = par('', after=4); p.paragraph_format.line_spacing = 1.6; p.paragraph_format.space_before = Pt(8)
run(p, 'è stata pubblicata all’Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale www.comune.staffolo.an.it, in data ')
run(p, '10/03/2026', bold=True, underline=True)
run(p, ' e vi rimarrà per quindici giorni consecutivi, fino al ')
run(p, '25/03/2026', bold=True, underline=True)
run(p, ', con il n. ')
run(p, '187', bold=True, underline=True)
run(p, ' del Registro delle pubblicazioni.')
p = par('', after=4); p.paragraph_format.line_spacing = 1.4
run(p, 'La deliberazione è stata contestualmente trasmessa ai Capigruppo consiliari con nota prot. n. ')
run(p, '1342', bold=True, underline=True); run(p, ' del '); run(p, '10/03/2026', bold=True, underline=True); run(p, ' (art. 125 D.Lgs. 267/2000).')
par('', after=6)
tb = d.add_table(rows=2, cols=2); borders(tb, 4)
tb.rows[0].cells[0].paragraphs[0].add_run('ESECUTIVITÀ').bold = True
tb.rows[0].cells[1].paragraphs[0].add_run('')
tb.rows[1].cells[0].paragraphs[0].add_run('[X]  dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)').font.size = Pt(10)
tb.rows[1].cells[1].paragraphs[0].add_run('[  ]  esecutiva decorsi 10 giorni dalla pubblicazione (art. 134, comma 3)').font.size = Pt(10)
par('', after=14)
p = par('Staffolo, 10/03/2026', after=2)
p = par('IL RESPONSABILE DEL SERVIZIO SEGRETERIA', bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2, size=10.5)
p = par('Dott. Fabio Santoni', align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
p = par('firmato digitalmente ai sensi del D.Lgs. 82/2005', italic=True, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
# form code in the footer, as pre-printed forms carry
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = fp.add_run('Mod. 7/AP – Certificato di pubblicazione atti deliberativi – modulistica per enti locali (ed. 2024)'); r.font.size = Pt(7); r.font.name = 'Liberation Sans'
d.save(out)
