# -*- coding: utf-8 -*-
"""A3: Castrezzato minute n. 138 as the .docx the package exports for
signing, written with python-docx and converted by LibreOffice Writer.

Letterhead in the page header (a table: crest, name), footer with the number
and PAGE / NUMPAGES fields, roll and vote counts as tables, the dispositivo
as a Word numbered list."""
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

from content import A3, CASTREZZATO, PREMESSA_CASTREZZATO_APERTURA
from crest import crest_png


def shade(cell, fill="DCDCDC"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def field(run, instr):
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif text == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " %s " % instr
            run._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


def set_widths(table, widths_mm):
    """Column widths as Writer reads them: the tblGrid and every cell."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)


def letter_spacing(run, twips):
    rPr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rPr.append(sp)


def para(doc, text, bold=False, italic=False, size=10, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         after=4, style=None):
    p = doc.add_paragraph(style=style)
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return p


def build(act, out, png):
    c = CASTREZZATO
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(19)
    sec.top_margin, sec.bottom_margin = Mm(14), Mm(20)
    sec.header_distance, sec.footer_distance = Mm(8), Mm(10)
    sec.different_first_page_header_footer = True
    # letterhead, first page only
    hdr = sec.first_page_header
    t = hdr.add_table(rows=1, cols=3, width=Mm(172))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, (20, 118, 34))
    cell = t.cell(0, 0)
    cell.paragraphs[0].add_run().add_picture(png, width=Mm(16))
    cell = t.cell(0, 1)
    p = cell.paragraphs[0]
    r = p.add_run(c["name"])
    r.bold = True
    r.font.size = Pt(16)
    for s, sz in ((c["prov"], 10), (c["addr"], 7.5), (c["tel"], 7.5)):
        q = cell.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        rr = q.add_run(s)
        rr.font.size = Pt(sz)
    cell = t.cell(0, 2)
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = p.add_run(c["ente"])
    rr.font.size = Pt(7.5)
    hdr.paragraphs[0].text = ""
    # footers (first and following pages)
    for ft in (sec.first_page_footer, sec.footer):
        p = ft.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run("Comune di Castrezzato - Deliberazione G.C. n. %d del %s - Pag. "
                      % (act["num"], act["date"]))
        r.font.size = Pt(7.5)
        r = p.add_run()
        r.font.size = Pt(7.5)
        field(r, "PAGE")
        r = p.add_run(" di ")
        r.font.size = Pt(7.5)
        r = p.add_run()
        r.font.size = Pt(7.5)
        field(r, "NUMPAGES")

    # title band
    tb = doc.add_table(rows=1, cols=1)
    set_widths(tb, (172,))
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    shade(tb.cell(0, 0))
    p = tb.cell(0, 0).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
    r.bold = True
    r.font.size = Pt(11)
    letter_spacing(r, 28)
    # number row
    nr = doc.add_table(rows=2, cols=3)
    set_widths(nr, (35, 55, 82))
    for (i, j), s, b, sz, al in (((0, 0), "N. %d" % act["num"], True, 11, WD_ALIGN_PARAGRAPH.LEFT),
                                 ((0, 1), "del %s" % act["date"], True, 11, WD_ALIGN_PARAGRAPH.LEFT),
                                 ((0, 2), "Proposta n. %s del %s" % (act["prop"], act["prop_date"]),
                                  False, 8.5, WD_ALIGN_PARAGRAPH.RIGHT),
                                 ((1, 2), "Area proponente: %s" % act["prop_office"], False, 8.5,
                                  WD_ALIGN_PARAGRAPH.RIGHT)):
        p = nr.cell(i, j).paragraphs[0]
        p.alignment = al
        r = p.add_run(s)
        r.bold = b
        r.font.size = Pt(sz)
    # subject
    ob = doc.add_table(rows=1, cols=2)
    ob.style = doc.styles["Table Grid"]
    set_widths(ob, (25, 147))
    r = ob.cell(0, 0).paragraphs[0].add_run("OGGETTO:")
    r.bold = True
    r = ob.cell(0, 1).paragraphs[0].add_run(act["subject"])
    r.bold = True
    para(doc, "", after=0)
    para(doc, PREMESSA_CASTREZZATO_APERTURA.format(giorno=act["giorno"], ora=act["ora"]))
    roll = doc.add_table(rows=1, cols=5)
    roll.style = doc.styles["Table Grid"]
    for j, h in enumerate(["N.", "Cognome e nome", "Carica", "Presente", "Assente"]):
        cl = roll.cell(0, j)
        shade(cl, "E6E6E6")
        r = cl.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(9)
    for i, ((name, role), pres) in enumerate(zip(c["giunta"], act["present"])):
        cells = roll.add_row().cells
        for j, s in enumerate(["%d" % (i + 1), name, role, "X" if pres else "", "" if pres else "X"]):
            p = cells[j].paragraphs[0]
            if j >= 3:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(s)
            r.font.size = Pt(9)
    set_widths(roll, (10, 62, 50, 25, 25))
    npres = sum(act["present"])
    para(doc, "Presenti n. %d - Assenti n. %d" % (npres, 5 - npres), italic=True, size=9,
         align=WD_ALIGN_PARAGRAPH.LEFT)
    tt, role, name = c["secretary"]
    para(doc, "Partecipa alla seduta il %s %s %s, che provvede alla redazione del presente "
              "verbale." % (role, tt, name))
    para(doc, act["presidency"])
    para(doc, "LA GIUNTA COMUNALE", bold=True, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    for s in act["premesse"]:
        para(doc, s)
    para(doc, act["vote_intro"])
    vt = doc.add_table(rows=2, cols=len(act["vote_table"]))
    vt.style = doc.styles["Table Grid"]
    vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(vt, (26, 26, 26, 26, 40))
    for j, (lab, val) in enumerate(act["vote_table"]):
        shade(vt.cell(0, j), "E6E6E6")
        r = vt.cell(0, j).paragraphs[0].add_run(lab)
        r.bold = True
        r.font.size = Pt(8.5)
        r = vt.cell(1, j).paragraphs[0].add_run(val)
        r.font.size = Pt(9)
    p = para(doc, "DELIBERA", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.space_before = Pt(6)
    letter_spacing(p.runs[0], 56)
    for s in act["points"]:
        para(doc, s, style="List Number")
    para(doc, act["ie"])
    p = para(doc, "Letto, confermato e sottoscritto.", italic=True, size=9.5,
             align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    sg = doc.add_table(rows=3, cols=2)
    set_widths(sg, (86, 86))
    for j, (a, b) in enumerate((("IL PRESIDENTE", "Alessandro Bonera"),
                                ("IL SEGRETARIO COMUNALE", "%s %s" % (tt, name)))):
        for i, (s, bold, it, sz) in enumerate(((a, True, False, 9.5), (b, False, False, 9.5),
                                               ("(firmato digitalmente)", False, True, 7.5))):
            p = sg.cell(i, j).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(s)
            r.bold, r.italic = bold, it
            r.font.size = Pt(sz)
    para(doc, "", after=6)
    p = para(doc, "REFERTO DI PUBBLICAZIONE", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.LEFT,
             after=0)
    p.paragraph_format.keep_with_next = True
    para(doc, "Si certifica che copia del presente verbale viene pubblicata all'Albo Pretorio "
              "on line di questo Comune il giorno %s, per quindici giorni consecutivi "
              "(registro delle pubblicazioni n. %s)." % act["pub"], size=9)
    doc.core_properties.title = "Deliberazione G.C. n. %d del %s" % (act["num"], act["date"])
    doc.core_properties.author = "Civilia Next"
    doc.save(out)


if __name__ == "__main__":
    crest_png(sys.argv[2])
    build(A3, sys.argv[1], sys.argv[2])
