# small helpers shared by the python-docx sources (Word-template documents converted by LibreOffice)
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import subprocess, os, shutil

AL = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'r': WD_ALIGN_PARAGRAPH.RIGHT, 'l': WD_ALIGN_PARAGRAPH.LEFT}

def new(font='Times New Roman', size=11, margins=(20, 20, 15, 18)):
    d = Document()
    s = d.sections[0]
    s.page_height, s.page_width = Mm(297), Mm(210)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = [Mm(m) for m in margins]
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3)
    return d

def para(d, text='', bold=False, italic=False, size=None, align=None, after=None, before=None, underline=False, container=None, font=None):
    p = (container or d).add_paragraph()
    if align: p.alignment = AL[align]
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
    return p

def add_runs(p, parts):
    for t, fmt in parts:
        r = p.add_run(t)
        r.bold = 'b' in fmt; r.italic = 'i' in fmt; r.underline = 'u' in fmt
    return p

def page_field(p, size=8):
    for tag, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        rr = p.add_run(); rr.font.size = Pt(size)
        if tag:
            fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), tag); rr._r.append(fc)
        else:
            it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; rr._r.append(it)

def borders(cell_or_table, sz=4):
    tbl = cell_or_table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement(f'w:{e}'); el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), str(sz)); el.set(qn('w:color'), '000000'); b.append(el)
    tblPr.append(b)

def to_pdf(docx, out):
    tmp = '/tmp/docx_out_' + os.path.basename(docx)
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.basename(docx)[:-5] + '.pdf'), out)
