# -*- coding: utf-8 -*-
"""Mongrando, "PAL Informatica" house style, as the package's Word model
(.docx written by python-docx) that the office exports with LibreOffice.
usage: python3 mongrando_docx.py OUT.docx CREST.png
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from acts import M2, MONGRANDO_CC

A = M2
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(20)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1


def para(text="", bold=False, italic=False, size=None, align=None, after=None, before=None, spacing=None, container=None):
    p = (container or doc).add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if spacing:
            rpr = r._element.get_or_add_rPr()
            sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rpr.append(sp)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def field(p, instr):
    r = p.add_run()
    for kind, txt in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._element.append(e)
        elif txt == instr:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = " %s " % instr; r._element.append(e)
        else:
            e = OxmlElement("w:t"); e.text = txt; r._element.append(e)
    return r


def borders(cell, sz=8):
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def grid(table, widths):
    """Fix the column widths in the table grid and in every cell, as Word saves them."""
    table.autofit = False
    g = table._element.tblGrid
    for gc, w in zip(g.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


# footers (first page and the others) with the act's number and the page field
for ft in (sec.first_page_footer, sec.footer):
    p = ft.paragraphs[0]
    p.text = ""
    r = p.add_run("Deliberazione C.C. n. %d del %s\t\tPag. " % (A["number"], A["date"])); r.font.size = Pt(8.5)
    field(p, "PAGE").font.size = Pt(8.5)
    r = p.add_run(" di "); r.font.size = Pt(8.5)
    field(p, "NUMPAGES").font.size = Pt(8.5)
hp = sec.header.paragraphs[0]
r = hp.add_run("Comune di Mongrando – Provincia di Biella"); r.italic = True; r.font.size = Pt(9)

# letterhead on page 1: a table, crest placeholder | name | ORIGINALE box
t = doc.add_table(rows=1, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1, c2 = t.rows[0].cells
grid(t, [Mm(25), Mm(115), Mm(30)])
p = c0.paragraphs[0]; p.add_run().add_picture(sys.argv[2], width=Mm(16))
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COMUNE DI MONGRANDO"); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
para("Provincia di Biella", italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, container=c1)
para("Via Roma, 19 – 13888 Mongrando (BI) – C.F. 81001230025 – P.IVA 00294310029", size=8.5,
     align=WD_ALIGN_PARAGRAPH.CENTER, container=c1)
p = c2.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("ORIGINALE"); r.bold = True; r.font.name = "Liberation Sans"; r.font.size = Pt(10)
borders(c2)

para("", after=2)
para(A["organ_title"], bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=24, after=4)
t = doc.add_table(rows=1, cols=2)
a, b = t.rows[0].cells
grid(t, [Mm(28), Mm(142)])
p = a.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("N. %d" % A["number"]); r.bold = True; r.font.size = Pt(13)
borders(a)
p = b.paragraphs[0]; r = p.add_run(A["seduta"]); r.italic = True; r.font.size = Pt(10.5)
para("", after=2)
t = doc.add_table(rows=1, cols=2)
a, b = t.rows[0].cells
grid(t, [Mm(27), Mm(143)])
r = a.paragraphs[0].add_run("OGGETTO:"); r.bold = True
p = b.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = p.add_run(A["subject"]); r.bold = True
tblPr = t._element.tblPr
bd = OxmlElement("w:tblBorders")
for side in ("top", "left", "bottom", "right"):
    e = OxmlElement("w:" + side); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "8"); bd.append(e)
tblPr.append(bd)
para("", after=2)
para(A["opening"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)

roll = doc.add_table(rows=1, cols=5)
roll.style = "Table Grid"
roll.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["N.", "Cognome e Nome", "Carica", "Presente", "Assente"]
widths = [Mm(10), Mm(62), Mm(36), Mm(22), Mm(22)]
for i, h in enumerate(hdr):
    c = roll.rows[0].cells[i]; c.width = widths[i]
    r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(10)
pres = 0
for n, name, role in MONGRANDO_CC:
    ab = name in A["absent"]; pres += not ab
    cells = roll.add_row().cells
    for i, v in enumerate([str(n), name, role, "" if ab else "X", "X" if ab else ""]):
        cells[i].width = widths[i]
        p = cells[i].paragraphs[0]
        p.paragraph_format.space_after = Pt(0)
        if i in (0, 3, 4):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(v); r.font.size = Pt(10)
grid(roll, widths)
para("Totale presenti: %d      Totale assenti: %d" % (pres, len(MONGRANDO_CC) - pres), bold=True, size=10,
     align=WD_ALIGN_PARAGRAPH.RIGHT, before=3)
para(A["after_roll"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para(A["body_title"], bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
for p in A["premises"]:
    para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para(A["vote"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("D E L I B E R A", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
for i, pt in enumerate(A["points"]):
    p = para("%d.\t%s" % (i + 1, pt), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p.paragraph_format.left_indent = Mm(9); p.paragraph_format.first_line_indent = Mm(-6)
para(A["ie_vote"], align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=4)
para("D E L I B E R A", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
para(A["ie_text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("Letto, confermato e sottoscritto.", italic=True, before=10)
sig = doc.add_table(rows=2, cols=2)
grid(sig, [Mm(85), Mm(85)])
for i, (role, name) in enumerate((A["president"], A["secretary"])):
    p = sig.rows[0].cells[i].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(role).bold = True
    p = sig.rows[1].cells[i].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(name)
    q = sig.rows[1].cells[i].add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = q.add_run("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)"); r.italic = True; r.font.size = Pt(8)

doc.core_properties.author = "Comune di Mongrando"
doc.core_properties.title = "Deliberazione C.C. n. %d del %s" % (A["number"], A["date"])
doc.save(sys.argv[1])
