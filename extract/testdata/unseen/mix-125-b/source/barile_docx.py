# -*- coding: utf-8 -*-
"""B1: Barile's Hypersic-like determinazione as a .docx (python-docx), to be
exported by LibreOffice Writer. Header table with the Area in a shaded cell,
a grid of the two registers, the title with expanded character spacing,
page footer with the number and PAGE / NUMPAGES fields.
Usage: python3 barile_docx.py OUTDIR   (writes B1.docx and crest-barile.png)
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw
import data


def crest_png(path):
    im = Image.new("RGB", (180, 220), "white")
    dr = ImageDraw.Draw(im)
    dr.polygon([(10, 10), (170, 10), (170, 120), (90, 210), (10, 120)], fill=(246, 246, 240), outline=(120, 20, 20))
    dr.rectangle([60, 60, 120, 150], fill=(150, 40, 40))
    for x in (60, 80, 100):
        dr.rectangle([x, 45, x + 12, 60], fill=(150, 40, 40))
    dr.rectangle([82, 110, 98, 150], fill=(246, 246, 240))
    dr.line([(10, 10), (170, 10), (170, 120), (90, 210), (10, 120), (10, 10)], fill=(120, 20, 20), width=5)
    im.save(path)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def borders(table, sz=6):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "555555")
        b.append(el)
    tblPr.append(b)


def spacing(run, twips):
    rPr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rPr.append(sp)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    r4 = par.add_run("1")
    r5 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)
    for rr in (r, r2, r3, r4, r5):
        rr.font.size = Pt(7.5)


def para(doc, text="", size=10.5, bold=False, align=None, after=4, before=0, italic=False, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
    pf = p.paragraph_format
    pf.space_after = Pt(after); pf.space_before = Pt(before)
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        pf.left_indent = Mm(indent[0]); pf.first_line_indent = Mm(indent[1])
    return p


def build(out):
    d = data.B1
    b = d["body"]
    crest = os.path.join(out, "crest-barile.png")
    crest_png(crest)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    sec = doc.sections[0]
    sec.page_height = Mm(297); sec.page_width = Mm(210)
    sec.left_margin = Mm(20); sec.right_margin = Mm(18); sec.top_margin = Mm(14); sec.bottom_margin = Mm(20)
    sec.footer_distance = Mm(9)
    cp = doc.core_properties
    cp.title = "Determinazione Area Tecnica"; cp.author = "Ufficio Tecnico"

    # header table -------------------------------------------------------
    t = doc.add_table(rows=1, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = (Mm(20), Mm(92), Mm(60))
    for i, w in enumerate(widths):
        t.columns[i].width = w
        t.rows[0].cells[i].width = w
    c0, c1, c2 = t.rows[0].cells
    c0.paragraphs[0].add_run().add_picture(crest, width=Mm(16))
    p = c1.paragraphs[0]; r = p.add_run("COMUNE DI BARILE"); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = RGBColor(0x78, 0x14, 0x14)
    p = c1.add_paragraph(); r = p.add_run(b["prov"]); r.font.size = Pt(10)
    p = c1.add_paragraph(); r = p.add_run(b["address"]); r.font.size = Pt(7.5)
    p = c1.add_paragraph(); r = p.add_run(b["contacts"]); r.font.size = Pt(7.5)
    shade(c2, "E6E6E6")
    p = c2.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(d["organ"]); r.bold = True; r.font.size = Pt(13)
    p = c2.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(d["office"]); r.font.size = Pt(9.5)

    para(doc, "", after=2)
    # register grid -------------------------------------------------------
    g = doc.add_table(rows=2, cols=4)
    borders(g)
    g.alignment = WD_TABLE_ALIGNMENT.CENTER
    vals = [("Registro Generale N.", str(d["number"]), "data", d["date"]),
            ("Registro dell’Area N.", str(d["sector_number"]), "data", d["sector_date"])]
    gw = (Mm(52), Mm(30), Mm(20), Mm(40))
    for ri, row in enumerate(vals):
        for ci, v in enumerate(row):
            cell = g.rows[ri].cells[ci]
            cell.width = gw[ci]
            rr = cell.paragraphs[0].add_run(v)
            rr.font.size = Pt(9.5)
            rr.bold = ci in (1, 3)
            if ci in (0, 2):
                shade(cell, "F2F2F2")
    para(doc, "", after=1)
    p = para(doc, "", after=6)
    r = p.add_run("Ufficio istruttore: "); r.font.size = Pt(9.5); r.italic = True
    r = p.add_run(d["proposing_office"]); r.font.size = Pt(9.5)

    p = para(doc, "", align="c", after=8, before=4)
    r = p.add_run("DETERMINAZIONE"); r.bold = True; r.font.size = Pt(14); spacing(r, 60)

    p = para(doc, "", align="j", after=8)
    r = p.add_run("OGGETTO: "); r.bold = True; r.font.size = Pt(10.5)
    r = p.add_run(d["subject"]); r.bold = True; r.font.size = Pt(10.5)

    para(doc, "IL RESPONSABILE DELL’AREA TECNICA", bold=True, align="c", after=6)
    for pr in d["premises"]:
        para(doc, pr, align="j", after=4)
    para(doc, "Attestata la regolarità tecnica e la correttezza dell’azione amministrativa, ai sensi dell’art. 147-bis del D.Lgs. 267/2000, e dichiarata l’assenza di conflitto di interessi ai sensi dell’art. 6-bis della Legge 241/1990;", align="j", after=6)
    p = para(doc, "", align="c", after=6)
    r = p.add_run("DETERMINA"); r.bold = True; r.font.size = Pt(11.5); spacing(r, 40)
    for i, pt in enumerate(d["points"], 1):
        p = para(doc, "", align="j", after=3, indent=(8, -8))
        r = p.add_run("%d)\t" % i); r.font.size = Pt(10.5)
        r = p.add_run(pt); r.font.size = Pt(10.5)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(8))
    para(doc, "", after=10)
    # signature at the right, in a borderless 2-col table
    s = doc.add_table(rows=1, cols=2)
    s.columns[0].width = Mm(85); s.columns[1].width = Mm(85)
    right = s.rows[0].cells[1]
    right.width = Mm(85); s.rows[0].cells[0].width = Mm(85)
    pp = right.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = pp.add_run(d["signer_role"][0]); rr.font.size = Pt(10)
    pp = right.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = pp.add_run("%s %s" % (d["signer_title"], d["signer_name"])); rr.bold = True; rr.font.size = Pt(10.5)
    pp = right.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = pp.add_run("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"); rr.font.size = Pt(7.5); rr.italic = True

    para(doc, "", after=8)
    v = doc.add_table(rows=1, cols=1)
    borders(v, 4)
    cell = v.rows[0].cells[0]
    pp = cell.paragraphs[0]; rr = pp.add_run("AREA ECONOMICO-FINANZIARIA – VISTO DI REGOLARITÀ CONTABILE"); rr.bold = True; rr.font.size = Pt(8.5)
    pp = cell.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    rr = pp.add_run("Si attesta la copertura finanziaria della maggiore spesa, che trova capienza nelle somme a disposizione del quadro economico finanziate con contributo regionale (capitolo 20815, impegno n. 388/2027 – residui). Barile, 11/01/2028. Il Responsabile dell’Area Economico-Finanziaria, rag. Vincenzo Sonnessa (firmato digitalmente)")
    rr.font.size = Pt(8.5)

    # footer -------------------------------------------------------------
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Comune di Barile – Area Tecnica – Determinazione R.G. n. %d del %s – Pag. " % (d["number"], d["date"]))
    r.font.size = Pt(7.5)
    field(fp, "PAGE")
    r = fp.add_run(" di "); r.font.size = Pt(7.5)
    field(fp, "NUMPAGES")
    doc.save(os.path.join(out, "B1.docx"))


if __name__ == "__main__":
    build(sys.argv[1])
