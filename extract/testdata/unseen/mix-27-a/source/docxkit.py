# python-docx helpers (Word-template-like documents converted by LibreOffice)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new(font='Liberation Serif', size=11, margins=(2, 2, 2.5, 2)):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
    s = d.sections[0]; s.page_width = Cm(21); s.page_height = Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(m) for m in (margins[0], margins[1], margins[2], margins[3])]
    return d

def para(cont, text='', bold=False, italic=False, size=None, align=None, after=0, before=0, font=None, indent=None, first=None, runs=None, underline=False, line=None):
    p = cont.add_paragraph()
    if align == 'c': p.alignment = AL.CENTER
    elif align == 'j': p.alignment = AL.JUSTIFY
    elif align == 'r': p.alignment = AL.RIGHT
    pf = p.paragraph_format; pf.space_after = Pt(after); pf.space_before = Pt(before)
    if indent is not None: pf.left_indent = Cm(indent)
    if first is not None: pf.first_line_indent = Cm(first)
    if line is not None: pf.line_spacing = line
    for r in (runs or [(text, bold, italic)]):
        t, b, i = r[0], r[1], r[2]
        run = p.add_run(t); run.bold = b; run.italic = i; run.underline = underline
        if size: run.font.size = Pt(size)
        if font: run.font.name = font; run._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    return p

def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr(); sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexcolor); tcPr.append(sh)

def cell_text(cell, text, bold=False, size=None, align=None, italic=False, font=None):
    cell.text = ''
    p = cell.paragraphs[0]
    if align == 'c': p.alignment = AL.CENTER
    elif align == 'r': p.alignment = AL.RIGHT
    lines = text.split('\n')
    for k, ln in enumerate(lines):
        if k: p = cell.add_paragraph(); p.alignment = cell.paragraphs[0].alignment
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if font: r.font.name = font

def table(cont, rows, widths, style='Table Grid', size=None, bold_first=False, align=None):
    t = cont.add_table(rows=len(rows), cols=len(widths)); t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER; t.autofit = False
    for j, w in enumerate(widths): t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.width = Cm(widths[j])
            cell_text(c, v, bold=(bold_first and i == 0), size=size, align=(align[j] if align else None))
    return t

def page_field(p, instr='PAGE'):
    r = p.add_run(); f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)
