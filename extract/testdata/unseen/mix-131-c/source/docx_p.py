#!/usr/bin/env python3
"""Piancastagnaio determinazione n. 412 (house style "Civilia Next") as a .docx,
exported to PDF by LibreOffice (see build.sh). Letterhead in the page header,
running foot with the act's number and a PAGE / NUMPAGES field.

  docx_p.py OUT.docx CREST.png
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

from content_p import LETTERHEAD as LH, DET_412 as D

RED = RGBColor(0x7a, 0x2b, 0x1e)


def crest(path):
    im = Image.new("RGB", (232, 280), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(16, 16), (216, 16), (216, 150), (180, 220), (116, 266), (52, 220), (16, 150)],
              fill=(243, 239, 226), outline=(122, 43, 30))
    d.rectangle([16, 16, 216, 44], fill=(122, 43, 30))
    d.polygon([(116, 60), (160, 136), (72, 136)], fill=(47, 93, 44))
    d.rectangle([108, 136, 124, 176], fill=(107, 68, 35))
    d.arc([40, 160, 192, 240], 200, 340, fill=(122, 43, 30), width=6)
    im.save(path)


def field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "333333")
        b.append(e)
    tcPr.append(b)


def para(doc_or_cell, text="", bold=False, size=11, align=None, space_after=4, font=None, italic=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if font:
            r.font.name = font
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def build(out, crest_png):
    crest(crest_png)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Mm(22), Mm(18)
    sec.top_margin, sec.bottom_margin = Mm(40), Mm(24)
    sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

    # header: crest | name, province, address
    hdr = sec.header
    ht = hdr.add_table(rows=1, cols=2, width=Mm(170))
    ht.alignment = WD_TABLE_ALIGNMENT.LEFT
    c0, c1 = ht.rows[0].cells
    ht.autofit = False
    ht.columns[0].width, ht.columns[1].width = Mm(20), Mm(150)
    c0.width, c1.width = Mm(20), Mm(150)
    c0.paragraphs[0].add_run().add_picture(crest_png, width=Mm(15))
    p = c1.paragraphs[0]; r = p.add_run(LH["name"]); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RED
    r.font.name = "Liberation Sans"
    p = c1.add_paragraph(); r = p.add_run(LH["prov"]); r.font.size = Pt(10.5); r.font.name = "Liberation Sans"
    p = c1.add_paragraph(); r = p.add_run(LH["addr"]); r.font.size = Pt(7); r.font.name = "Liberation Sans"
    for q in c1.paragraphs:
        q.paragraph_format.space_after = Pt(0)
    hdr.paragraphs[0].text = ""

    ftr = sec.footer
    fp = ftr.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Determinazione n. %s del %s – Registro Generale      Pag. " % (D["number"], D["date"]))
    r.font.size = Pt(7.5); r.font.name = "Liberation Sans"
    r = fp.add_run(); r.font.size = Pt(7.5); field(r, "PAGE")
    r = fp.add_run(" di "); r.font.size = Pt(7.5)
    r = fp.add_run(); r.font.size = Pt(7.5); field(r, "NUMPAGES")

    # area / office block
    p = para(doc, D["area"], bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    p = para(doc, D["office"], size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    p = para(doc, "DETERMINAZIONE", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)

    t = doc.add_table(rows=2, cols=3)
    labels = [("Registro Generale", "N. %s del %s" % (D["number"], D["date"])),
              ("Registro dell'Area", "N. %s del %s" % (D["sector_number"], D["sector_date"])),
              ("Proposta", "n. %s del %s" % (D["proposal"], D["proposal_date"]))]
    for i, (lab, val) in enumerate(labels):
        c = t.rows[0].cells[i]; borders(c)
        c.paragraphs[0].add_run(lab).font.size = Pt(7.5)
        r = c.add_paragraph().add_run(val); r.bold = True; r.font.size = Pt(10.5)
    row = t.rows[1]
    m = row.cells[0].merge(row.cells[2]); borders(m)
    m.paragraphs[0].add_run("OGGETTO:").font.size = Pt(7.5)
    r = m.add_paragraph().add_run(D["subject"]); r.bold = True; r.font.size = Pt(10.5)
    m.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    para(doc, "", space_after=2)
    para(doc, D["heading"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    for txt in D["premesse"]:
        para(doc, txt, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    for i, txt in enumerate(D["points"], 1):
        p = para(doc, "", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
        p.add_run("%d.\t%s" % (i, txt))
        p.paragraph_format.tab_stops.add_tab_stop(Mm(8))
    para(doc, "Piancastagnaio, %s" % D["sector_date"], space_after=10)
    para(doc, D["signer"][0], align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, D["signer"][1], bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "(firmato digitalmente)", italic=True, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)

    # pareri, attestazione: new page
    p = para(doc, ""); p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PARERI E VISTO DI REGOLARITÀ CONTABILE", bold=True, size=12.5,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "Determinazione n. %s del %s – Proposta n. %s del %s" % (D["number"], D["date"], D["proposal"],
         D["proposal_date"]), size=10, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    for title, text, pdate, role, name in D["pareri"]:
        bt = doc.add_table(rows=1, cols=1); c = bt.rows[0].cells[0]; borders(c)
        r = c.paragraphs[0].add_run(title); r.bold = True; r.font.size = Pt(10)
        q = c.add_paragraph(text); q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        c.add_paragraph("Piancastagnaio, %s" % pdate)
        q = c.add_paragraph(role); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q = c.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT; q.add_run(name).bold = True
        para(doc, "", space_after=6)
    bt = doc.add_table(rows=1, cols=1); c = bt.rows[0].cells[0]; borders(c)
    r = c.paragraphs[0].add_run("ATTESTAZIONE DI COPERTURA FINANZIARIA (art. 183, comma 7, D.Lgs. 267/2000)")
    r.bold = True; r.font.size = Pt(10)
    q = c.add_paragraph("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, "
                        "registrata come segue:")
    q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    it = c.add_table(rows=1 + len(D["cover_rows"]), cols=5)
    for j, h in enumerate(("Esercizio", "Capitolo", "Descrizione", "Registrazione", "Importo €")):
        cc = it.rows[0].cells[j]; borders(cc, 4); cc.paragraphs[0].add_run(h).bold = True
    for i, row in enumerate(D["cover_rows"], 1):
        for j, v in enumerate(row):
            cc = it.rows[i].cells[j]; borders(cc, 4); cc.paragraphs[0].add_run(v)
            if j == 4:
                cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    c.add_paragraph("Piancastagnaio, %s" % D["cover_date"])
    q = c.add_paragraph("Il Responsabile dell'Area Finanziaria"); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    q = c.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT; q.add_run("Rag. Lucia Mambrini").bold = True

    # certificate: new page
    p = para(doc, ""); p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "CERTIFICATO DI PUBBLICAZIONE", bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    para(doc, "Registro Albo Pretorio on line N. %s" % D["cert_reg"], bold=True, space_after=6)
    para(doc, "Si certifica che la presente determinazione viene pubblicata all'Albo Pretorio on line del "
              "Comune di Piancastagnaio per quindici giorni consecutivi, dal %s al %s, ai sensi dell'art. 32 "
              "della L. 69/2009." % (D["cert_from"], D["cert_to"]), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "Piancastagnaio, %s" % D["cert_from"], space_after=10)
    para(doc, D["cert_signer"][0], align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, D["cert_signer"][1], bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    doc.save(out)


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2])
