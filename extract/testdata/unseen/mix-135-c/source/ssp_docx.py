# -*- coding: utf-8 -*-
"""San Sperate house style ("Sipal" Word model) written with python-docx (S1);
build.sh exports it with LibreOffice Writer.

The Area stands only in the running head (page header of the model, on every
page, with the act's number); the Servizio only in the signature. The register
numbers are in a ruled grid; the subject in bold capitals over several lines.
Usage: python3 ssp_docx.py S1 out.docx
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import acts


def field(par, code):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    return r


def borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def widths(table, mms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for cell, w in zip(row.cells, mms):
            cell.width = Mm(w)


def para(container, text="", bold=False, size=10.5, align=None, italic=False, after=4, before=0,
         indent=None, first=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    pf = p.paragraph_format
    pf.space_after = Pt(after); pf.space_before = Pt(before)
    if align is not None:
        pf.alignment = align
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    return p


def build(act, out):
    h = acts.SSP
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(28); sec.bottom_margin = Mm(22)
    sec.header_distance = Mm(10); sec.footer_distance = Mm(10)
    # running head: the Area and the number, on every page
    hd = sec.header
    ht = hd.add_table(rows=1, cols=2, width=Mm(166))
    widths(ht, (100, 66))
    hl, hr = ht.rows[0].cells
    r = hl.paragraphs[0].add_run("%s – %s" % (h["muni_caps"], act["organ"]))
    r.bold = True; r.font.size = Pt(8.5)
    hr.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hr.paragraphs[0].add_run("Determinazione n. %d del %s" % act["rg"]); r.font.size = Pt(8.5)
    for c in (hl, hr):
        tcPr = c._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders"); e = OxmlElement("w:bottom")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:color"), "000000")
        b.append(e); tcPr.append(b)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Pag. "); r.font.size = Pt(8)
    field(fp, "PAGE").font.size = Pt(8)
    r = fp.add_run(" di "); r.font.size = Pt(8)
    field(fp, "NUMPAGES").font.size = Pt(8)

    # letterhead
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, (26, 140))
    c0, c1 = t.rows[0].cells
    cp = c0.paragraphs[0]
    cr = cp.add_run("◆"); cr.font.size = Pt(34); cr.font.color.rgb = RGBColor(0x2b, 0x4c, 0x7e)
    p = c1.paragraphs[0]
    r = p.add_run(h["muni_caps"]); r.bold = True; r.font.size = Pt(18)
    p2 = c1.add_paragraph(); r = p2.add_run(h["prov"]); r.italic = True; r.font.size = Pt(10)
    p3 = c1.add_paragraph(); r = p3.add_run(h["addr"]); r.font.size = Pt(7.5)

    para(d, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", bold=True, size=13,
         align=WD_ALIGN_PARAGRAPH.CENTER, before=10, after=6)
    g = d.add_table(rows=3, cols=4)
    vals = [("Numero generale", str(act["rg"][0]), "Data", act["rg"][1]),
            ("Numero di Area", str(act["rs"][0]), "Data", act["rs"][1]),
            ("Proposta n.", str(act["prop"][0]), "del", act["prop"][1])]
    for row, v in zip(g.rows, vals):
        for i, (cell, txt) in enumerate(zip(row.cells, v)):
            borders(cell)
            if i in (0, 2):
                shade(cell, "E6E6E6")
            rr = cell.paragraphs[0].add_run(txt); rr.font.size = Pt(9.5); rr.bold = i in (1, 3)
    widths(g, (38, 38, 24, 66))
    para(d, "Ufficio proponente: %s" % act["prop_office"], size=9, before=3, after=8)

    p = para(d, "", after=10)
    r = p.add_run("OGGETTO: "); r.bold = True; r.font.size = Pt(10.5)
    r = p.add_run(act["subject"]); r.bold = True; r.font.size = Pt(10.5)
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(22); p.paragraph_format.first_line_indent = Mm(-22)

    para(d, act["intro"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    for pr in act["premesse"]:
        para(d, pr, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4)
    para(d, act["verb"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
    for i, pt in enumerate(act["points"], 1):
        p = para(d, "", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3, indent=8, first=-8)
        p.add_run("%d.\t%s" % (i, pt)).font.size = Pt(10.5)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(8))
    para(d, "", after=10)
    s = d.add_table(rows=1, cols=2)
    widths(s, (56, 110))
    trPr = s.rows[0]._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit"); trPr.append(cs)
    sc = s.rows[0].cells[1]
    sp = sc.paragraphs[0]; sp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sp.add_run(act["sign"][0]).font.size = Pt(10)
    sp.add_run().add_break()
    rr = sp.add_run(act["sign"][1]); rr.bold = True
    sp.add_run().add_break()
    rr = sp.add_run("(firmato digitalmente)"); rr.italic = True; rr.font.size = Pt(8)
    if "visto" in act:
        v = act["visto"]
        para(d, "", after=8)
        b = d.add_table(rows=1, cols=1)
        cell = b.rows[0].cells[0]; borders(cell)
        p = cell.paragraphs[0]; rr = p.add_run("PARERE DI REGOLARITÀ CONTABILE E ATTESTAZIONE DELLA COPERTURA FINANZIARIA")
        rr.bold = True; rr.font.size = Pt(9)
        p = cell.add_paragraph(); rr = p.add_run(
            "Si esprime parere favorevole di regolarità contabile e si attesta la copertura "
            "finanziaria della spesa di %s (impegno %s)." % (v["amount"], v["impegno"]))
        rr.font.size = Pt(9)
        p = cell.add_paragraph(); rr = p.add_run("San Sperate, %s – %s: %s" % (v["date"], *v["who"]))
        rr.font.size = Pt(9)
    d.core_properties.title = "Determinazione n. %d del %s" % act["rg"]
    d.core_properties.author = "Sipal – Atti amministrativi"
    d.save(out)


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    build(a, sys.argv[2])
