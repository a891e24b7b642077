# helpers over python-docx (the .docx is then printed by LibreOffice Writer)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

AL = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
      "j": WD_ALIGN_PARAGRAPH.JUSTIFY}


def new(font="Liberation Serif", size=11, margins=(2, 2, 2, 2)):
    d = Document()
    st = d.styles["Normal"]
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
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    s.header_distance = Cm(0.8)
    s.footer_distance = Cm(0.8)
    return d


def para(container, runs, align="j", size=None, before=0, after=3, indent=None, first=None, style=None,
         bold=False, italic=False, font=None, color=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    p.alignment = AL[align]
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        if isinstance(r, str):
            t, f = r, {}
        else:
            t, f = r
        parts = t.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            run.bold = f.get("b", bold)
            run.italic = f.get("i", italic)
            if f.get("u"):
                run.underline = True
            sz = f.get("size", size)
            if sz:
                run.font.size = Pt(sz)
            fn = f.get("font", font)
            if fn:
                run.font.name = fn
                run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), fn)
            c = f.get("color", color)
            if c:
                run.font.color.rgb = RGBColor.from_string(c)
            if i < len(parts) - 1:
                run.add_break()
    return p


def field(paragraph, instr, size=None):
    r = paragraph.add_run()
    if size:
        r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2); r._r.append(t); r._r.append(f3)
    return r


def set_cell_border(cell, sz=4, color="000000", sides=("top", "left", "bottom", "right")):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders"); tcPr.append(b)
    for s in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + s)
        if s in sides:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def table(container, widths, rows, border=True, sz=4, fills=None, align="c", cell_fmt=None):
    """rows: list of list of cell content: str | list of runs | dict(runs=..., align=, bold=, size=)"""
    try:
        t = container.add_table(rows=0, cols=len(widths))
    except TypeError:  # header/footer containers need a width
        t = container.add_table(rows=0, cols=len(widths), width=Cm(sum(widths)))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER if align == "c" else WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for ci, c in enumerate(row):
            cell = cells[ci]
            cell.width = Cm(widths[ci])
            if not isinstance(c, dict):
                c = dict(runs=c)
            fmt = dict(cell_fmt or {})
            fmt.update({k: v for k, v in c.items() if k != "runs"})
            p = cell.paragraphs[0]
            runs = c["runs"]
            if isinstance(runs, str):
                runs = [runs]
            p.alignment = AL[fmt.get("align", "l")]
            p.paragraph_format.space_after = Pt(fmt.get("after", 1))
            p.paragraph_format.space_before = Pt(fmt.get("before", 1))
            for r in runs:
                if isinstance(r, str):
                    tx, f = r, {}
                else:
                    tx, f = r
                parts = tx.split("\n")
                for i, part in enumerate(parts):
                    run = p.add_run(part)
                    run.bold = f.get("b", fmt.get("bold", False))
                    run.italic = f.get("i", fmt.get("italic", False))
                    sz_ = f.get("size", fmt.get("size"))
                    if sz_:
                        run.font.size = Pt(sz_)
                    if i < len(parts) - 1:
                        run.add_break()
            if border:
                set_cell_border(cell, sz=sz)
            else:
                set_cell_border(cell, sides=())
            if fills and (ri, ci) in fills:
                shade(cell, fills[(ri, ci)])
            elif fills and (ri, None) in fills:
                shade(cell, fills[(ri, None)])
    # column widths in tblGrid too, fixed layout
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
        for cell in t.columns[ci].cells:
            cell.width = Cm(w)
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 567))); tw.set(qn("w:type"), "dxa")
    return t
