"""Small helpers for python-docx documents imitating Word templates."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font="Times New Roman", size=11, margins=(2.5, 2, 2.5, 2)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.top_margin, s.right_margin, s.bottom_margin, s.left_margin = [Cm(x) for x in margins]
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    return d

def para(d_or_cell, text="", bold=False, italic=False, size=None, align=None, underline=False,
         space_after=None, font=None, indent=None, first=None):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, bold, italic, size, underline, font)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if first is not None: p.paragraph_format.first_line_indent = Cm(first)
    return p

def run(p, text, bold=False, italic=False, size=None, underline=False, font=None):
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if size: r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r

def field(p, instr, size=None):
    """Insert a simple field (PAGE, NUMPAGES)."""
    r = p.add_run()
    if size: r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._element.append(e)

def cell_borders(cell, sz=6, color="000000", sides=("top", "left", "bottom", "right")):
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in sides:
        e = OxmlElement("w:" + s); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), color)
        b.append(e)
    tcPr.append(b)

def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)

def bottom_rule(p, sz=12, color="000000"):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    b.append(e); pPr.append(b)

def set_widths(table, widths_cm):
    """Fix column widths so that LibreOffice honours them (cells + tblGrid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)
