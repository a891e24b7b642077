# -*- coding: utf-8 -*-
"""Leivi's Consiglio minute n. 23 as the package exports it to Word (.docx),
edited by the office and converted by LibreOffice.  Same house layout as the
HTML prints: crest and name, letter-spaced title bar, Numero/Data grid,
OGGETTO box; here the roll is two columns side by side and the foot is a
Word footer with PAGE / NUMPAGES fields.

Usage: python3 leivi_docx.py OUTDIR  -> OUTDIR/L4.docx
"""
import os
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageDraw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ACTS, LEIVI  # noqa: E402

BLUE = RGBColor(0x1D, 0x4F, 0x91)


def crest_png(path):
    im = Image.new("RGB", (116, 140), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(8, 12), (108, 12), (108, 76), (96, 110), (58, 136), (20, 110), (8, 76)],
              fill=(29, 79, 145), outline=(13, 42, 82))
    d.rectangle([8, 38, 108, 50], fill=(242, 195, 24))
    d.ellipse([42, 72, 74, 104], fill=(242, 195, 24))
    d.polygon([(20, 4), (32, 14), (44, 2), (58, 14), (72, 2), (84, 14), (96, 4), (96, 12), (20, 12)],
              fill=(201, 162, 39))
    im.save(path)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def borders(table, color="9FB3D1"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def spacing(run, twips):
    rPr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rPr.append(sp)


def field(par, instr, size=7.5):
    r = par.add_run()
    r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = par.add_run()
    r2.font.size = Pt(size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = par.add_run()
    r3.font.size = Pt(size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r3._r.append(f2)


def para(doc, text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=10, after=4, italic=False):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.line_spacing = 1.15
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return p


def build(outdir):
    a = ACTS["L4"]
    crest = os.path.join(outdir, "crest.png")
    crest_png(crest)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(17)
    sec.top_margin, sec.bottom_margin = Mm(14), Mm(18)
    sec.footer_distance = Mm(8)

    # footer: running foot with the number, and page fields
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(176), alignment=2)
    r = fp.add_run("Comune di Leivi – %s n. %d del %s\tPag. " % (a["short"], a["number"], a["date"]))
    r.font.size = Pt(7.5)
    field(fp, "PAGE")
    r = fp.add_run(" di ")
    r.font.size = Pt(7.5)
    field(fp, "NUMPAGES")

    # letterhead
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.columns[0].width = Mm(20)
    c0, c1 = t.rows[0].cells
    c0.width, c1.width = Mm(20), Mm(156)
    c0.paragraphs[0].add_run().add_picture(crest, width=Mm(15))
    p = c1.paragraphs[0]
    r = p.add_run(LEIVI["name"])
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = BLUE
    spacing(r, 20)
    p2 = c1.add_paragraph()
    r = p2.add_run(LEIVI["sub"])
    r.italic = True
    r.font.size = Pt(10)
    p3 = c1.add_paragraph()
    r = p3.add_run(LEIVI["addr"] + "\n" + LEIVI["pec"])
    r.font.size = Pt(7.5)
    for pp in (p, p2, p3):
        pp.paragraph_format.space_after = Pt(0)

    # title bar, letter-spaced
    tb = doc.add_table(rows=1, cols=1)
    borders(tb)
    cell = tb.rows[0].cells[0]
    shade(cell, "E9EEF6")
    pp = cell.paragraphs[0]
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pp.add_run(a["kind_title"])
    r.bold = True
    r.font.size = Pt(10.5)
    spacing(r, 50)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    g = doc.add_table(rows=2, cols=4)
    borders(g)
    vals = [("Numero", str(a["number"]), "Data", a["date"]),
            ("Seduta", a["session"], "Ora", a["time"])]
    for row, vv in zip(g.rows, vals):
        for i, v in enumerate(vv):
            c = row.cells[i]
            rr = c.paragraphs[0].add_run(v)
            if i % 2 == 0:
                shade(c, "F3F6FA")
                rr.font.size = Pt(7.5)
            else:
                rr.font.size = Pt(9.5)
                rr.bold = i == 1 and row is g.rows[0] or (i == 3 and row is g.rows[0])
    widths = (Mm(20), Mm(92), Mm(16), Mm(48))
    g.autofit = False
    for col, w in zip(g.columns, widths):
        col.width = w
    for row in g.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    ob = doc.add_table(rows=1, cols=1)
    borders(ob)
    c = ob.rows[0].cells[0]
    r = c.paragraphs[0].add_run("OGGETTO:")
    r.font.size = Pt(7.5)
    p = c.add_paragraph()
    r = p.add_run(a["subject"])
    r.bold = True
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    for tx in a["opening"]:
        para(doc, tx)

    # roll, two columns side by side
    roll = a["roll"]
    half = (len(roll) + 1) // 2
    left, right = roll[:half], roll[half:]
    rt = doc.add_table(rows=1 + half, cols=4)
    borders(rt)
    rt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(("Componente", "P/A", "Componente", "P/A")):
        c = rt.rows[0].cells[i]
        shade(c, "F3F6FA")
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        rr.font.size = Pt(8)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i in range(half):
        for j, side in enumerate((left, right)):
            if i < len(side):
                n, _r, pres = side[i]
                rt.rows[1 + i].cells[2 * j].paragraphs[0].add_run(n).font.size = Pt(9.5)
                q = rt.rows[1 + i].cells[2 * j + 1].paragraphs[0]
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                q.add_run("P" if pres else "A").font.size = Pt(9.5)
    rt.autofit = False
    for col, w in zip(rt.columns, (Mm(58), Mm(16), Mm(58), Mm(16))):
        col.width = w
    for row in rt.rows:
        for c, w in zip(row.cells, (Mm(58), Mm(16), Mm(58), Mm(16))):
            c.width = w
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    for tx in a["after_roll"]:
        para(doc, tx)
    para(doc, a["organ_line"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    for tx in a["premesse"]:
        para(doc, tx)
    para(doc, a["vote_pre"])
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("DELIBERA")
    r.bold = True
    spacing(r, 100)
    for i, tx in enumerate(a["points"], 1):
        q = para(doc, "%d.\t%s" % (i, tx))
        q.paragraph_format.left_indent = Mm(7)
        q.paragraph_format.first_line_indent = Mm(-7)
        q.paragraph_format.tab_stops.add_tab_stop(Mm(7))
    para(doc, "Letto, confermato e sottoscritto.", italic=True)

    ft = doc.add_table(rows=3, cols=2)
    for j, (ro, nm) in enumerate(a["signs"]):
        c = ft.rows[0].cells[j].paragraphs[0]
        c.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.add_run(ro)
        rr.bold = True
        rr.font.size = Pt(8.5)
        c = ft.rows[1].cells[j].paragraphs[0]
        c.alignment = WD_ALIGN_PARAGRAPH.CENTER
        c.add_run(nm).font.size = Pt(9.5)
        c = ft.rows[2].cells[j].paragraphs[0]
        c.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.add_run("firmato digitalmente")
        rr.italic = True
        rr.font.size = Pt(7)

    doc.add_paragraph()
    p = para(doc, "CERTIFICATO DI PUBBLICAZIONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=8.5)
    para(doc, a["pub"], size=8.5)
    para(doc, "L'incaricato della pubblicazione\nMarta Cuneo", align=WD_ALIGN_PARAGRAPH.RIGHT, size=8.5)
    para(doc, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme "
              "collegate, il quale sostituisce il documento cartaceo e la firma autografa.",
         size=7, italic=True)
    doc.core_properties.author = "CiviliaNext - Atti amministrativi"
    doc.core_properties.title = "Deliberazione C.C. n. %d/2027" % a["number"]
    doc.save(os.path.join(outdir, "L4.docx"))


if __name__ == "__main__":
    build(sys.argv[1])
