"""The Comune di Monterotondo Marittimo's own Word template (python-docx): crest and name
in the page header, a footer carrying the act's reference and page x of y, Verdana text."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

CRESTS = os.environ.get("CRESTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "crests"))


def field(par, instr, size):
    for kind, val in [("fldChar", "begin"), ("instrText", instr), ("fldChar", "separate"), ("t", "1"),
                      ("fldChar", "end")]:
        r = par.add_run(); r.font.size = size
        if kind == "fldChar":
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), val)
        elif kind == "instrText":
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = " %s " % val
        else:
            e = OxmlElement("w:t"); e.text = val
        r._r.append(e)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def border(p, side="bottom", color="1E5096", sz="12"):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz); e.set(qn("w:space"), "3"); e.set(qn("w:color"), color)
    b.append(e); pPr.append(b)


def new_document(foot_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Verdana")
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(2.0)
    sec.header_distance, sec.footer_distance = Cm(0.9), Cm(0.9)

    hdr = sec.header
    t = hdr.add_table(rows=1, cols=2, width=Cm(16.5))
    widths(t, [1.7, 14.8])
    a, b = t.rows[0].cells
    a.paragraphs[0].add_run().add_picture(os.path.join(CRESTS, "monterotondo.png"), width=Cm(1.35))
    p = b.paragraphs[0]
    r = p.add_run("COMUNE DI MONTEROTONDO MARITTIMO"); r.bold = True; r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1E, 0x50, 0x96)
    p2 = b.add_paragraph(); r = p2.add_run("Provincia di Grosseto"); r.italic = True; r.font.size = Pt(9)
    first = hdr.paragraphs[0]._p
    first.getparent().remove(first)
    hp = hdr.add_paragraph(); hp.paragraph_format.space_after = Pt(0)
    border(hp)

    fp = sec.footer.paragraphs[0]
    fp.style = doc.styles["Normal"]
    border(fp, side="top", color="808080", sz="4")
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(foot_text + "\tpagina "); r.font.size = Pt(7.5)
    field(fp, "PAGE", Pt(7.5))
    r = fp.add_run(" di "); r.font.size = Pt(7.5)
    field(fp, "NUMPAGES", Pt(7.5))
    return doc


def para(doc, text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, before=0, italic=False):
    p = doc.add_paragraph()
    p.alignment = align
    if before:
        p.paragraph_format.space_before = Pt(before)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p
