"""Small helpers for the python-docx documents of mix-138-b (fields, borders,
paragraph shortcuts)."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def add_field(paragraph, code, size=None):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)
    if size:
        run.font.size = size
    return run


def set_cell_borders(cell, **kw):
    """set_cell_borders(cell, top="single", bottom="nil", ...)"""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders"); tcPr.append(b)
    for side in ("top", "left", "bottom", "right"):
        if side in kw:
            el = OxmlElement("w:" + side)
            val = kw[side]
            el.set(qn("w:val"), val)
            el.set(qn("w:sz"), "6" if val != "nil" else "0")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
            b.append(el)


def table_borders(table, val="single", sz="6", inside=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement("w:" + side)
        if side in sides:
            el.set(qn("w:val"), val); el.set(qn("w:sz"), sz)
        else:
            el.set(qn("w:val"), "nil"); el.set(qn("w:sz"), "0")
        el.set(qn("w:space"), "0"); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def no_borders(table):
    table_borders(table, val="nil", sz="0")


def para(container, text="", bold=False, italic=False, size=None, align=None, space_after=4, space_before=0,
         keep=False):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = size
    pf = p.paragraph_format
    pf.space_after = Pt(space_after); pf.space_before = Pt(space_before)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if keep:
        pf.keep_with_next = True
    return p


def runs(p, parts, size=None):
    """parts: list of (text, style) with style among '', 'b', 'i', 'bi'."""
    for text, st in parts:
        r = p.add_run(text)
        r.bold = "b" in st; r.italic = "i" in st
        if size:
            r.font.size = size
    return p


def cell_text(cell, text, bold=False, size=None, align=None, italic=False):
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = size
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    return p


def set_widths(table, widths):
    """Fix column widths (LibreOffice reads w:tblGrid and w:tcW)."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
