# -*- coding: utf-8 -*-
"""Paceco, house style "halley", as the package's Word model prints it:
python-docx writes B1.docx and B2.docx, LibreOffice exports them to PDF.
Header only on the first page; the register number and "Pag. X di Y" in a
running foot on every page.
B1: letterhead typed in the body, ragged-right text.
B2: letterhead in Word's first-page header, justified text, title
    letter-spaced by character spacing (w:spacing).
usage: python3 docx_paceco.py OUTDIR
"""
import sys, os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import acts


def crest_png(path):
    im = Image.new("RGB", (180, 230), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(10, 10), (170, 10), (170, 130), (90, 220), (10, 130)], fill=(196, 30, 40), outline=(90, 10, 10))
    d.rectangle([30, 60, 150, 80], fill=(245, 200, 40))
    d.ellipse([65, 95, 115, 145], fill=(245, 200, 40))
    d.rectangle([10, 10, 170, 30], fill=(245, 200, 40))
    im.save(path)


def set_font(run, size=11, bold=False, italic=False, name="Times New Roman", spacing=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), name)
    if spacing:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing * 20)))  # twentieths of a point
        rpr.append(sp)


def para(container, text="", size=11, bold=False, italic=False, align=None, after=4, before=0, spacing=None,
         name="Times New Roman", indent=None, first=None):
    p = container.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold, italic, name, spacing)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Mm(indent)
    if first is not None:
        pf.first_line_indent = Mm(first)
    return p


def field(paragraph, instr, size=9):
    r = paragraph.add_run()
    set_font(r, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)


def cell_border(cell, sz=8):
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def set_widths(table, mms):
    """column widths that LibreOffice honours: the grid and every cell"""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)


def para_border_bottom(p, sz=12):
    pPr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
    bdr.append(e)
    pPr.append(bdr)


def letterhead(container, act, crest):
    t = act["town"]
    tb = container.add_table(rows=1, cols=2) if hasattr(container, "add_table") and not hasattr(container, "is_linked_to_previous") else container.add_table(1, 2, Mm(170))
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = tb.rows[0].cells
    c0.width = Mm(22); c1.width = Mm(148)
    c0.paragraphs[0].add_run().add_picture(crest, width=Mm(16))
    p = c1.paragraphs[0]
    set_font(p.add_run(t["comune"]), 17, bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2 = c1.add_paragraph(); set_font(p2.add_run(t["provincia"]), 11, italic=True); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p3 = c1.add_paragraph(); set_font(p3.add_run(t["address"]), 8); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p4 = para(container, act["area"], 12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0)
    p5 = para(container, act["office"], 11, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para_border_bottom(p5)


def build(act, out, justified, header_in_word_header, crest):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
    sec.header_distance, sec.footer_distance = Mm(8), Mm(8)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"; st.font.size = Pt(11)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY if justified else WD_ALIGN_PARAGRAPH.LEFT

    foot_text = "Determinazione Registro Generale n. %d del %s" % (act["reg_gen"], act["reg_gen_date"])

    def fill_footer(ft):
        p = ft.paragraphs[0]
        set_font(p.add_run(foot_text + " – Pag. "), 9, italic=True)
        field(p, "PAGE")
        set_font(p.add_run(" di "), 9, italic=True)
        field(p, "NUMPAGES")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pPr = p._element.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr"); e = OxmlElement("w:top")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
        bdr.append(e); pPr.append(bdr)

    if header_in_word_header:
        sec.different_first_page_header_footer = True
        sec.top_margin = Mm(12)
        letterhead(sec.first_page_header, act, crest)
        fill_footer(sec.first_page_footer)
    fill_footer(sec.footer)
    if not header_in_word_header:
        letterhead(doc, act, crest)

    # title and the two register numbers
    para(doc, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", 13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
         before=8, after=4, spacing=2.5 if justified else None)
    tb = doc.add_table(rows=1, cols=2)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = tb.rows[0].cells
    for c in (a, b):
        cell_border(c)
    pa = a.paragraphs[0]; pa.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(pa.add_run("Determinazione di Settore"), 9)
    pa2 = a.add_paragraph(); pa2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(pa2.add_run("N. %d del %s" % (act["sect"], act["sect_date"])), 12, bold=True)
    pb = b.paragraphs[0]; pb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(pb.add_run("Registro Generale"), 9)
    pb2 = b.add_paragraph(); pb2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(pb2.add_run("N. %d del %s" % (act["reg_gen"], act["reg_gen_date"])), 12, bold=True)
    para(doc, "Proposta n. %d del %s" % (act["proposal"], act["proposal_date"]), 9, italic=True,
         align=WD_ALIGN_PARAGRAPH.RIGHT, before=3, after=6)

    sb = doc.add_table(rows=1, cols=1)
    c = sb.rows[0].cells[0]
    cell_border(c, 12)
    p = c.paragraphs[0]
    set_font(p.add_run("OGGETTO: "), 11, bold=True)
    set_font(p.add_run(act["subject"]), 11, bold=True)
    p.alignment = J
    para(doc, "", after=2)

    r = act["resp"]
    para(doc, r[2], 11.5, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=6,
         spacing=1.5 if justified else None)
    pre, post = acts.recitals(act)
    for t in pre + act["premesse"]:
        para(doc, t, 11, align=J, after=4, first=8 if justified else None)
    if act.get("quadro"):
        qt = doc.add_table(rows=0, cols=2)
        qt.style = "Table Grid"
        qt.alignment = WD_TABLE_ALIGNMENT.CENTER
        for lab, val in act["quadro"]:
            row = qt.add_row().cells
            bold = lab.startswith("Totale") or lab.startswith("TOTALE")
            set_font(row[0].paragraphs[0].add_run(lab), 10, bold=bold)
            set_font(row[1].paragraphs[0].add_run("€ " + val), 10, bold=bold)
            row[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_widths(qt, [135, 35])
        para(doc, "", after=2)
    for t in post:
        para(doc, t, 11, align=J, after=4, first=8 if justified else None)
    rup = act["rup"]
    para(doc, "Vista la proposta di determinazione n. %d del %s predisposta dal Responsabile del procedimento, "
              "%s %s, e ritenuta la stessa meritevole di approvazione;" % (act["proposal"], act["proposal_date"],
                                                                          rup[0], rup[1]), 11, align=J, after=4,
         first=8 if justified else None)
    para(doc, "DETERMINA", 12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6,
         spacing=4 if justified else None)
    for i, t in enumerate(act["determina"], 1):
        para(doc, "%d) %s" % (i, t), 11, align=J, after=4, indent=6, first=-6)

    para(doc, "Paceco, %s" % act["sect_date"], 11, before=8, after=6)
    sg = doc.add_table(rows=1, cols=2)
    l, rr = sg.rows[0].cells
    p = l.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("Il Responsabile del procedimento"), 10)
    p = l.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("%s %s" % rup), 10)
    p = rr.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(r[2]), 10, bold=True)
    p = rr.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("%s %s" % (r[0], r[1])), 10)
    para(doc, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", 8, italic=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, before=4)

    # last page: visto + certificate
    doc.add_page_break()
    t = act["town"]
    para(doc, "SETTORE II – SERVIZI FINANZIARI E TRIBUTI", 11, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", 11, bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "(art. 183, comma 7, e art. 147-bis del D.Lgs. 267/2000)", 9, italic=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, "Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, che "
              "risulta registrata come segue:", 10.5, align=J, after=4)
    it = doc.add_table(rows=1, cols=5)
    it.style = "Table Grid"
    for c, h in zip(it.rows[0].cells, ["Anno", "N. impegno", "Capitolo/Art.", "Descrizione", "Importo €"]):
        set_font(c.paragraphs[0].add_run(h), 9, bold=True)
    for e in act["impegni"]:
        row = it.add_row().cells
        for k, v in enumerate(e):
            set_font(row[k].paragraphs[0].add_run(v), 9)
            if k == 4:
                row[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_widths(it, [14, 22, 30, 78, 26])
    para(doc, "Beneficiario: " + act["creditor"], 9.5, before=4, after=4)
    fin = t["fin"]
    para(doc, "Paceco, %s" % act["visto_date"], 10.5, before=4, after=2)
    para(doc, fin[2], 10, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    para(doc, "%s %s" % (fin[0], fin[1]), 10, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    para(doc, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", 8, italic=True,
         align=WD_ALIGN_PARAGRAPH.RIGHT, after=10)

    pb_ = act["pubbl"]
    ct = doc.add_table(rows=1, cols=1)
    c = ct.rows[0].cells[0]
    cell_border(c, 8)
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("CERTIFICATO DI PUBBLICAZIONE"), 11, bold=True)
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("N. %d del Registro delle Pubblicazioni" % pb_["reg"]), 10, bold=True)
    p = c.add_paragraph(); p.alignment = J
    set_font(p.add_run(acts.PAC_CERT % (pb_["from"], pb_["to"])), 10)
    p = c.add_paragraph()
    set_font(p.add_run("Paceco, %s" % pb_["from"]), 10)
    al = t["albo"]
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(p.add_run(al[2]), 10)
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(p.add_run(al[1]), 10)
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(p.add_run("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"), 8, italic=True)

    doc.core_properties.title = "Determinazione R.G. n. %d/2028" % act["reg_gen"]
    doc.core_properties.author = "Comune di Paceco"
    doc.save(out)


if __name__ == "__main__":
    outdir = sys.argv[1] if len(sys.argv) > 1 else "."
    crest = os.path.join(outdir, "crest-paceco.png")
    crest_png(crest)
    build(acts.BY_ID["B1"], os.path.join(outdir, "B1.docx"), False, False, crest)
    build(acts.BY_ID["B2"], os.path.join(outdir, "B2.docx"), True, True, crest)
