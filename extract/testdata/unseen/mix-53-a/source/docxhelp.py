"""python-docx helpers shared by the Writer/Word-made documents."""
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
Lf = WD_ALIGN_PARAGRAPH.LEFT
Rt = WD_ALIGN_PARAGRAPH.RIGHT


def new(font='Liberation Serif', size=11, margins=(20, 20, 25, 20)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.font.size = Pt(size)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.08
    s = d.sections[0]
    s.page_height, s.page_width = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Mm(x) for x in margins]
    return d


def p(d_or_cell, text='', align=J, bold=False, italic=False, size=None, font=None, after=None,
      before=None, indent=None, first=None, color=None, keep=False):
    par = d_or_cell.add_paragraph()
    par.alignment = align
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    if before is not None:
        par.paragraph_format.space_before = Pt(before)
    if indent is not None:
        par.paragraph_format.left_indent = Mm(indent)
    if first is not None:
        par.paragraph_format.first_line_indent = Mm(first)
    if keep:
        par.paragraph_format.keep_with_next = True
    if text:
        run(par, text, bold, italic, size, font, color)
    return par


def run(par, text, bold=False, italic=False, size=None, font=None, color=None, underline=False):
    r = par.add_run(text)
    r.bold, r.italic = bold, italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def cell_text(cell, text, bold=False, align=Lf, size=None, italic=False):
    cell.paragraphs[0].alignment = align
    cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    run(cell.paragraphs[0], text, bold, italic, size)


def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear')
    sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), hexcolor)
    tcPr.append(sh)


def widths(table, mm_list):
    table.autofit = False
    for col, w in zip(table.columns, mm_list):
        col.width = Mm(w)
    for row in table.rows:
        for c, w in zip(row.cells, mm_list):
            c.width = Mm(w)


def field(par, instr, size=None):
    """insert a simple field (PAGE, NUMPAGES)"""
    r = par.add_run()
    if size:
        r.font.size = Pt(size)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def border_bottom(par, sz=8):
    pPr = par._p.get_or_add_pPr()
    b = OxmlElement('w:pBdr')
    e = OxmlElement('w:bottom')
    e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(sz)); e.set(qn('w:space'), '1'); e.set(qn('w:color'), '000000')
    b.append(e)
    pPr.append(b)
