# -*- coding: utf-8 -*-
"""C3: Collecorvino minute as the package's .docx export (python-docx),
turned into PDF by LibreOffice Writer. Letterhead and running foot with the
act's number and PAGE/NUMPAGES fields live in the header and footer."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import COLL_ACTS
from coll_model import blocks, running

J = WD_ALIGN_PARAGRAPH.JUSTIFY
CEN = WD_ALIGN_PARAGRAPH.CENTER


def borders(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:%s" % edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def widths(table, ws):
    table.autofit = False
    for i, w in enumerate(ws):
        table.columns[i].width = w
        for c in table.columns[i].cells:
            c.width = w


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def field(par, code):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    return r


def para(doc_or_cell, text="", bold=False, size=11, align=J, italic=False, font=None, space_after=3):
    p = doc_or_cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if font:
            r.font.name = font
    return p


def cell_text(cell, text, bold=False, size=9.5, align=None, font="Liberation Sans"):
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.name = font
    return p


def build(a, out):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = Mm(15)
    sec.bottom_margin = Mm(18)
    sec.header_distance = Mm(8)
    sec.footer_distance = Mm(8)
    bl = blocks(a)
    lh = bl[0]
    # header: letterhead table, repeated on every page as Writer does with a header
    hdr = sec.header
    hp = hdr.paragraphs[0]
    hp.alignment = CEN
    r = hp.add_run(lh[1]); r.bold = True; r.font.size = Pt(16)
    p = hdr.add_paragraph(); p.alignment = CEN
    r = p.add_run(lh[2]); r.italic = True; r.font.size = Pt(10.5)
    p = hdr.add_paragraph(); p.alignment = CEN
    r = p.add_run(lh[3]); r.font.size = Pt(7); r.font.name = "Liberation Sans"
    # footer
    ftr = sec.footer
    fp = ftr.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = fp.add_run(running(a) + "\t\tPag. "); r.font.size = Pt(7.5); r.font.name = "Liberation Sans"
    field(fp, "PAGE").font.size = Pt(7.5)
    r = fp.add_run(" di "); r.font.size = Pt(7.5)
    field(fp, "NUMPAGES").font.size = Pt(7.5)

    for b in bl[1:]:
        k = b[0]
        if k == "title":
            p = para(doc, b[1], bold=True, size=11.5, align=CEN, font="Liberation Sans", space_after=6)
            p.paragraph_format.space_before = Pt(6)
        elif k == "numrow":
            t = doc.add_table(rows=1, cols=3)
            borders(t, 6)
            widths(t, [Mm(45), Mm(50), Mm(75)])
            cell_text(t.cell(0, 0), b[1], bold=True, size=12)
            cell_text(t.cell(0, 1), b[2], bold=True, size=12)
            cell_text(t.cell(0, 2), b[3], size=8)
            t.cell(0, 2).add_paragraph().add_run(b[4]).font.size = Pt(8)
            para(doc, "", space_after=2)
        elif k == "subject":
            t = doc.add_table(rows=1, cols=2)
            borders(t, 6)
            widths(t, [Mm(25), Mm(145)])
            cell_text(t.cell(0, 0), b[1], bold=True, size=10.5)
            cell_text(t.cell(0, 1), b[2], bold=True, size=10.5)
            para(doc, "", space_after=2)
        elif k == "para":
            para(doc, b[1])
        elif k == "roll":
            t = doc.add_table(rows=1, cols=5)
            borders(t, 4)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths_ = [Mm(10), Mm(62), Mm(42), Mm(27), Mm(27)]
            for i, h in enumerate(["N.", "Cognome e Nome", "Carica", "Presente", "Assente"]):
                c = t.cell(0, i)
                shade(c)
                cell_text(c, h, bold=True, size=9, align=CEN if i >= 3 else None)
            for n, name, role, pres in b[1]:
                row = t.add_row().cells
                vals = ["%d" % n, name, role, "X" if pres else "", "" if pres else "X"]
                for i, v in enumerate(vals):
                    cell_text(row[i], v, size=9.5, align=CEN if i >= 3 else None)
            widths(t, widths_)
        elif k == "counts":
            p = para(doc, "", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=6)
            r = p.add_run("%s     %s" % (b[1], b[2])); r.bold = True; r.font.size = Pt(9.5); r.font.name = "Liberation Sans"
        elif k == "center":
            p = para(doc, "DELIBERA" if b[1].startswith("D E L") else b[1], bold=True, size=11.5, align=CEN, space_after=4)
            p.paragraph_format.space_before = Pt(6)
            if b[1].startswith("D E L"):
                rPr = p.runs[0]._r.get_or_add_rPr()
                sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "80")
                rPr.append(sp)
        elif k == "points":
            for pt in b[1]:
                p = doc.add_paragraph(style="List Number")
                p.alignment = J
                p.paragraph_format.space_after = Pt(2)
                r = p.add_run(pt); r.font.size = Pt(11)
        elif k == "pareri":
            p = para(doc, b[1], bold=True, size=8.5, font="Liberation Sans", align=WD_ALIGN_PARAGRAPH.LEFT)
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
            t = doc.add_table(rows=0, cols=2)
            borders(t, 4)
            pareri_t = t
            for l1, l2, l3, l4 in b[2]:
                row = t.add_row().cells
                cell_text(row[0], l1, size=8.5)
                row[0].add_paragraph().add_run(l2).font.size = Pt(8.5)
                cell_text(row[1], l3, size=8.5, align=CEN)
                q = row[1].add_paragraph(); q.alignment = CEN
                q.add_run(l4).font.size = Pt(8.5)
            widths(t, [Mm(95), Mm(75)])
            para(doc, "", space_after=4)
        elif k == "signatures":
            t = doc.add_table(rows=2, cols=2)
            for j, s in enumerate((b[1], b[2])):
                cell_text(t.cell(0, j), s[0], bold=True, size=10.5, align=CEN, font="Liberation Serif")
                cell_text(t.cell(1, j), s[1], size=10.5, align=CEN, font="Liberation Serif")
            para(doc, "", space_after=8)
        elif k == "sigright":
            t = doc.add_table(rows=2, cols=2)
            cell_text(t.cell(0, 0), b[1], size=10.5, font="Liberation Serif")
            cell_text(t.cell(0, 1), b[2], bold=True, size=10.5, align=CEN, font="Liberation Serif")
            cell_text(t.cell(1, 1), b[3], size=10.5, align=CEN, font="Liberation Serif")
            para(doc, "", space_after=6)
        elif k == "note":
            para(doc, b[1], italic=True, size=7.5, font="Liberation Sans", align=WD_ALIGN_PARAGRAPH.LEFT)
    doc.core_properties.title = running(a)
    doc.core_properties.author = "Halley Informatica"
    doc.save(out)


if __name__ == "__main__":
    act = [a for a in COLL_ACTS if a["id"] == sys.argv[1]][0]
    build(act, sys.argv[2])
