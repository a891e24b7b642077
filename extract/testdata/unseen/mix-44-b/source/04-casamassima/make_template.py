#!/usr/bin/env python3
"""Builds the office's Word template (MERGEFIELDs) for a determinazione:
the kind of .docx that a records package fills with docx-mailmerge."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def field(par, name, bold=False, size=None):
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), ' MERGEFIELD %s \\* MERGEFORMAT ' % name)
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    if bold:
        rpr.append(OxmlElement('w:b'))
    if size:
        sz = OxmlElement('w:sz'); sz.set(qn('w:val'), str(size * 2)); rpr.append(sz)
    r.append(rpr)
    t = OxmlElement('w:t'); t.text = '«%s»' % name; r.append(t)
    fld.append(r)
    par._p.append(fld)

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:fill'), color); tcPr.append(shd)

d = Document()
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(2.0)

# header: letterhead in a 2-col table
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Cm(17))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = ht.rows[0].cells
c0.width = Cm(2.5); c1.width = Cm(14.5)
p = c0.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('[Stemma]'); r.font.size = Pt(7); r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
p = c1.paragraphs[0]; r = p.add_run('COMUNE DI CASAMASSIMA'); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x7A, 0x12, 0x12)
p = c1.add_paragraph(); r = p.add_run('Città Metropolitana di Bari'); r.italic = True; r.font.size = Pt(10)
p = c1.add_paragraph(); r = p.add_run('Piazza Aldo Moro, 1 – 70010 Casamassima (BA) – protocollo@pec.comune.casamassima.ba.it'); r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Determinazione Area Tecnica – Registro Generale n. '); r.font.size = Pt(8)
field(fp, 'NumeroRG', size=8)
r = fp.add_run(' – Documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005'); r.font.size = Pt(8)

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
field(p, 'Area', bold=True, size=13)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
field(p, 'Servizio', size=11)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('DETERMINAZIONE DIRIGENZIALE'); r.bold = True; r.font.size = Pt(14)

t = d.add_table(rows=2, cols=2); t.style = 'Table Grid'
labels = [('Registro Generale n. ', 'NumeroRG', ' del ', 'DataRG'), ('Registro di Area n. ', 'NumeroSettore', ' del ', 'DataSettore')]
for i, (a, f1, b, f2) in enumerate(labels):
    cl = t.rows[i].cells[0]; shade(cl, 'F2DCDB')
    pp = cl.paragraphs[0]; rr = pp.add_run(a); rr.bold = True; field(pp, f1, bold=True); pp.add_run(b); field(pp, f2)
cl = t.rows[0].cells[1]; pp = cl.paragraphs[0]; pp.add_run('Proposta n. '); field(pp, 'NumeroProposta'); pp.add_run(' del '); field(pp, 'DataProposta')
cl = t.rows[1].cells[1]; pp = cl.paragraphs[0]; pp.add_run('Ufficio proponente: '); field(pp, 'UfficioProponente')

d.add_paragraph()
p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(2.3); p.paragraph_format.first_line_indent = Cm(-2.3)
r = p.add_run('OGGETTO:\t'); r.bold = True
field(p, 'Oggetto', bold=True)

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('IL RESPONSABILE DELL’AREA TECNICA'); r.bold = True
p = d.add_paragraph(); field(p, 'Premesse')
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('DETERMINA'); r.bold = True
for i in range(1, 6):
    p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run('%d.\t' % i); field(p, 'Punto%d' % i)

d.add_paragraph()
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run('Casamassima, '); field(p, 'DataRG')
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run('Il Responsabile dell’Area Tecnica'); r.bold = True
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; field(p, 'Firmatario')
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run('(firmato digitalmente)'); r.italic = True; r.font.size = Pt(9)

d.add_paragraph()
box = d.add_table(rows=1, cols=1); box.style = 'Table Grid'
c = box.rows[0].cells[0]; shade(c, 'EEEEEE')
pp = c.paragraphs[0]; rr = pp.add_run('VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA'); rr.bold = True; rr.font.size = Pt(9)
pp = c.add_paragraph(); rr = pp.add_run(''); field(pp, 'Visto', size=9)
box2 = d.add_table(rows=1, cols=1); box2.style = 'Table Grid'
c = box2.rows[0].cells[0]
pp = c.paragraphs[0]; rr = pp.add_run('PUBBLICAZIONE'); rr.bold = True; rr.font.size = Pt(9)
pp = c.add_paragraph(); field(pp, 'Pubblicazione', size=9)
d.save(sys.argv[1])
