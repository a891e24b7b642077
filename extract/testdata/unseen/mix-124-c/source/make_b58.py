# -*- coding: utf-8 -*-
"""Boville Ernica n. 58: a .docx written by python-docx in the Sicraweb-like
model (tables for the header, the number grid, the boxed subject, the roll
with X under Presente/Assente, the signatures), a footer with a PAGE field;
exported by LibreOffice Writer (build.sh)."""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from content import DOCS
import boville_style as S

D = DOCS["B58"]
OUTDIR = sys.argv[1]
S.crest_png(OUTDIR + "/boville-crest.png")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")


def borders(table, sz=6):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:color"), "000000")
        b.append(el)
    pr.append(b)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]


def cell_text(cell, text, bold=False, size=None, align=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    return p


def para(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, before=0):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    return p


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)


# footer
fp = sec.footer.paragraphs[0]
fp.text = S.foot(D) + " - Pag. "
add_field(fp, "PAGE")
fp.add_run(" di ")
add_field(fp, "NUMPAGES")
for r in fp.runs:
    r.font.size = Pt(8)

# header table
ht = doc.add_table(rows=1, cols=3)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
set_widths(ht, [Mm(25), Mm(115), Mm(30)])
ht.rows[0].cells[0].paragraphs[0].add_run().add_picture(OUTDIR + "/boville-crest.png", width=Mm(16))
c = ht.rows[0].cells[1]
cell_text(c, "COMUNE DI BOVILLE ERNICA", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Provincia di Frosinone").font.size = Pt(11)
p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Piazza Vittorio Emanuele II - 03022 Boville Ernica (FR)").font.size = Pt(8)
cell_text(ht.rows[0].cells[2], "COPIA", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

para("DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, before=8)

g = doc.add_table(rows=2, cols=2)
borders(g)
set_widths(g, [Mm(70), Mm(100)])
cell_text(g.cell(0, 0), "N. %d" % D["number"], bold=True)
cell_text(g.cell(0, 1), "del %s" % D["date"], bold=True)
cell_text(g.cell(1, 0), "Proposta n. %d del %s" % (D["proposal_number"], D["proposal_date"]), size=9)
cell_text(g.cell(1, 1), "Settore proponente: %s" % D["proposing_office"], size=9)
doc.add_paragraph().paragraph_format.space_after = Pt(0)

ot = doc.add_table(rows=1, cols=1)
borders(ot, 8)
set_widths(ot, [Mm(170)])
p = ot.cell(0, 0).paragraphs[0]
p.add_run("OGGETTO: ").bold = True
r = p.add_run(D["subject"]); r.bold = True
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

para(D["opening"], before=8)

rt = doc.add_table(rows=1, cols=5)
borders(rt, 4)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Mm(10), Mm(62), Mm(55), Mm(20), Mm(20)]
for i, h in enumerate(["N.", "Cognome e Nome", "Carica", "Presente", "Assente"]):
    cell_text(rt.rows[0].cells[i], h, bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, (n, role, pr) in enumerate(D["roll"], 1):
    cells = rt.add_row().cells
    cell_text(cells[0], str(i), size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(cells[1], n, size=10)
    cell_text(cells[2], role, size=10)
    cell_text(cells[3], "X" if pr else "", size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(cells[4], "" if pr else "X", size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
set_widths(rt, widths)
npres = sum(1 for x in D["roll"] if x[2])
para("Presenti n. %d - Assenti n. %d" % (npres, len(D["roll"]) - npres), bold=True,
     align=WD_ALIGN_PARAGRAPH.RIGHT, before=3)
para(D["after_roll"])
para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
for t in D["premesse"]:
    para(t)
para(D["vote"])
para("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
for i, t in enumerate(D["points"], 1):
    p = para("%d)\t%s" % (i, t))
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(8))
para(D["exec_text"], before=4)
para(S.CLOSING, before=8)
sg = doc.add_table(rows=2, cols=2)
set_widths(sg, [Mm(85), Mm(85)])
for j, (a, b) in enumerate([D["sign_president"], D["sign_secretary"]]):
    cell_text(sg.cell(0, j), a, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(sg.cell(1, j), "f.to " + b, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()
ct = doc.add_table(rows=1, cols=1)
borders(ct, 6)
set_widths(ct, [Mm(170)])
cc = ct.cell(0, 0)
cell_text(cc, "CERTIFICATO DI PUBBLICAZIONE", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
p = cc.add_paragraph(); p.add_run(S.pub_text(D["number"])).font.size = Pt(10)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = cc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run(S.PUB_SIGN[0] + "\n" + S.PUB_SIGN[1]).font.size = Pt(10)

doc.core_properties.title = "Deliberazione C.C. n. %d del %s" % (D["number"], D["date"])
doc.core_properties.author = "Sicraweb - Atti"
doc.save(OUTDIR + "/b58.docx")
