# -*- coding: utf-8 -*-
"""Comune di Samarate, house style "civilianext": deliberation 8 as the
package's Word export (python-docx), converted to PDF by LibreOffice.
Page fields (PAGE / NUMPAGES) in the footer, a different first page.

usage: sam_docx.py OUTDOCX TMPDIR
"""
import os
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

from acts import act, BODIES, roll
from common import sam_opening, sam_after_roll, sam_sign, sam_foot, sam_exec

OUT, TMP = sys.argv[1], sys.argv[2]
a = act("S8")
B = BODIES["samarate"]

# crest picture
img = Image.new("RGB", (168, 200), "white")
d = ImageDraw.Draw(img)
d.polygon([(8, 8), (160, 8), (160, 120), (84, 192), (8, 120)], fill=(31, 78, 140), outline="black")
d.rectangle([52, 56, 116, 144], fill="white")
for x in (52, 76, 100):
    d.rectangle([x, 40, x + 16, 56], fill="white")
d.rectangle([74, 112, 94, 144], fill=(31, 78, 140))
crest = os.path.join(TMP, "crest.png")
img.save(crest)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(9.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.1

sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)
sec.header_distance, sec.footer_distance = Cm(0.8), Cm(0.8)
sec.different_first_page_header_footer = True


def field(run, code):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = code
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for x in (b, i, s, t, e):
        run._r.append(x)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def borders(table, sz=4, color="7F8FA6"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def set_widths(table, widths):
    """Fixed layout with explicit grid, as Word writes it (LibreOffice reads the grid)."""
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def para(text, bold=False, size=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, italic=False, after=None, container=doc):
    p = container.add_paragraph()
    p.alignment = align
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def footer_par(ft):
    p = ft.paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), alignment=2)
    r = p.add_run(sam_foot(a) + "\tPag. ")
    r.font.size = Pt(7.5)
    r2 = p.add_run(); r2.font.size = Pt(7.5); field(r2, "PAGE")
    r3 = p.add_run(" di "); r3.font.size = Pt(7.5)
    r4 = p.add_run(); r4.font.size = Pt(7.5); field(r4, "NUMPAGES")


footer_par(sec.first_page_footer)
footer_par(sec.footer)
hp = sec.header.paragraphs[0]
hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), alignment=2)
hr = hp.add_run("Comune di Samarate - Verbale di deliberazione del Consiglio Comunale\tN. %d del %s" % (
    a["number"], a["date_it"]))
hr.font.size = Pt(7.5)

# letterhead
t = doc.add_table(rows=1, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1, c2 = t.rows[0].cells
set_widths(t, (Cm(1.7), Cm(11.5), Cm(3.8)))
c0.paragraphs[0].add_run().add_picture(crest, width=Cm(1.4))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI SAMARATE"); r.bold = True; r.font.size = Pt(17)
p2 = c1.add_paragraph(); r = p2.add_run(B["province"]); r.font.size = Pt(9)
p3 = c1.add_paragraph(); r = p3.add_run(B["address"]); r.font.size = Pt(7); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
box = c2.add_table(rows=3, cols=1)
set_widths(box, (Cm(3.6),))
borders(box, 6, "000000")
c2._tc.remove(c2.paragraphs[0]._p)
c2.add_paragraph()
for i, (txt, sz, b, it) in enumerate([("Deliberazione N. %d" % a["number"], 10, True, False),
                                      ("del %s" % a["date_it"], 9.5, False, False), ("ORIGINALE", 7, False, True)]):
    pp = box.rows[i].cells[0].paragraphs[0]
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = pp.add_run(txt); rr.font.size = Pt(sz); rr.bold = b; rr.italic = it

bar = doc.add_table(rows=1, cols=1)
set_widths(bar, (Cm(17),))
shade(bar.rows[0].cells[0], "1F4E8C")
bp = bar.rows[0].cells[0].paragraphs[0]
bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
br = bp.add_run("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
br.bold = True; br.font.size = Pt(11); br.font.color.rgb = RGBColor(255, 255, 255)
para(a["session"], size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)

pr = doc.add_table(rows=1, cols=2)
borders(pr, 4, "888888")
set_widths(pr, (Cm(5.5), Cm(11.5)))
for c, txt in zip(pr.rows[0].cells, ["Proposta n. %d del %s" % (a["proposal_number"], a["proposal_it"]),
                                     "Settore proponente: %s" % a["proposing_office"]]):
    c.paragraphs[0].add_run(txt).font.size = Pt(8.5)

ob = doc.add_table(rows=1, cols=2)
set_widths(ob, (Cm(2.5), Cm(14.5)))
ob.rows[0].cells[0].paragraphs[0].add_run("OGGETTO:").bold = True
op = ob.rows[0].cells[1].paragraphs[0]
op.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
op.add_run(a["subject"]).bold = True
pbdr = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "8"); bt.set(qn("w:color"), "000000"); pbdr.append(bt)
op._p.get_or_add_pPr().append(pbdr)

para(sam_opening(a))

rl = roll(a)
rt = doc.add_table(rows=1 + (len(rl) + 1) // 2, cols=8)
borders(rt)
widths = [Cm(3.2), Cm(4.3), Cm(0.5), Cm(0.5)] * 2
hdr = ["Cognome e nome", "Carica", "P", "A"] * 2
for j, h in enumerate(hdr):
    c = rt.rows[0].cells[j]
    shade(c, "D9E2EF")
    rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(8)
for i in range(0, len(rl), 2):
    row = rt.rows[1 + i // 2]
    vals = []
    for n, ro, p in rl[i:i + 2]:
        vals += [n, ro, "X" if p else "", "" if p else "X"]
    for j, v in enumerate(vals):
        row.cells[j].paragraphs[0].add_run(v).font.size = Pt(8.5)
        if j % 4 >= 2:
            row.cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
set_widths(rt, widths)
for row in rt.rows:
    for c in row.cells:
        c.paragraphs[0].paragraph_format.space_after = Pt(0)

ar = sam_after_roll(a)
para(ar[0], bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.space_before = Pt(4)
for x in ar[1:]:
    para(x)
para("IL CONSIGLIO COMUNALE", bold=True, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
for x in a["premises"]:
    para(x)
para(a["vote"])
para("D E L I B E R A", bold=True, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, x in enumerate(a["points"], 1):
    p = para("%d.\t%s" % (i, x))
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))
para(sam_exec(a))

(lr, ln), (rr_, rn) = sam_sign(a)
para("Letto, confermato e sottoscritto", italic=True, size=8.5, align=WD_ALIGN_PARAGRAPH.LEFT)
sg = doc.add_table(rows=3, cols=2)
set_widths(sg, (Cm(8.5), Cm(8.5)))
for j, (x, y) in enumerate([(lr, rr_), (ln, rn), ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for k, v in enumerate((x, y)):
        pp = sg.rows[j].cells[k].paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(v)
        rr.bold = j == 0
        rr.font.size = Pt(7 if j == 2 else 9.5)

doc.core_properties.author = "Civilia Next"
doc.core_properties.title = "Delibera C.C. n. %d/2028" % a["number"]
doc.save(OUT)
