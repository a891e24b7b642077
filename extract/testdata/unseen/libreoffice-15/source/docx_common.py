"""Helpers for python-docx documents shaped like municipal acts."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import re

J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT


def new_doc(font="Liberation Serif", size=11, margins=(2.0, 2.0, 2.2, 2.0)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(3)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.1
    for name in ("List Number", "List Bullet", "List Number 2", "List Bullet 2"):
        s = doc.styles[name]
        s.font.name = font
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)
    return doc


def runs(p, text, size=None, font=None):
    """Add text with inline markup: **bold**, //italic//, __underline__, ^^small caps^^."""
    parts = re.split(r"(\*\*.+?\*\*|//.+?//|__.+?__|\^\^.+?\^\^)", text)
    for part in parts:
        if not part:
            continue
        r = None
        if part.startswith("**"):
            r = p.add_run(part[2:-2]); r.bold = True
        elif part.startswith("//"):
            r = p.add_run(part[2:-2]); r.italic = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2]); r.underline = True
        elif part.startswith("^^"):
            r = p.add_run(part[2:-2]); r.font.small_caps = True
        else:
            r = p.add_run(part)
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
    return p


def para(doc_or_cell, text="", align=J, size=None, bold=False, space_after=None, space_before=None, style=None, font=None, indent=None, first=None, keep=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if bold and text:
        text = "**" + text + "**"
    runs(p, text, size=size, font=font)
    p.alignment = align
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    return p


def field(p, instr, size=None, bold=False):
    r = p.add_run()
    if size: r.font.size = Pt(size)
    r.bold = bold
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run()
    if size: r2.font.size = Pt(size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
    r3 = p.add_run()
    if size: r3.font.size = Pt(size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = p.add_run("1")
    if size: r4.font.size = Pt(size)
    r4.bold = bold
    r5 = p.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def page_x_of_y(p, prefix="Pag. ", mid=" di ", size=9):
    r = p.add_run(prefix); r.font.size = Pt(size)
    field(p, "PAGE", size)
    r = p.add_run(mid); r.font.size = Pt(size)
    field(p, "NUMPAGES", size)


def cell_text(cell, text, align=L, size=None, bold=False, font=None):
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    if bold and text:
        text = "**" + text + "**"
    lines = text.split("\n")
    runs(p, lines[0], size=size, font=font)
    p.alignment = align
    p.paragraph_format.space_after = Pt(1)
    for ln in lines[1:]:
        q = cell.add_paragraph(); runs(q, ln, size=size, font=font); q.alignment = align
        q.paragraph_format.space_after = Pt(1)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def set_col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def bottom_rule(p, sz=8, color="000000"):
    pPr = p._p.get_or_add_pPr()
    pb = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom"); b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    pb.append(b); pPr.append(pb)


def box(p, sz=6):
    pPr = p._p.get_or_add_pPr()
    pb = OxmlElement("w:pBdr")
    for edge in ("top", "left", "bottom", "right"):
        b = OxmlElement("w:" + edge); b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "4"); b.set(qn("w:color"), "000000")
        pb.append(b)
    pPr.append(pb)


def columns(section, n=2, space_cm=1.0):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), str(int(space_cm * 567)))


def tabs(p, *stops):
    """stops: (cm, 'L'|'R'|'C', leader or None)"""
    al = {"L": WD_TAB_ALIGNMENT.LEFT, "R": WD_TAB_ALIGNMENT.RIGHT, "C": WD_TAB_ALIGNMENT.CENTER}
    for cm, a, lead in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), al[a], WD_TAB_LEADER.DOTS if lead else WD_TAB_LEADER.SPACES)
    return p
