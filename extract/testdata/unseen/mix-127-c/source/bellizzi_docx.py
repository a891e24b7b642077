# -*- coding: utf-8 -*-
"""Bellizzi's Sicraweb house style as a Word document (exported by LibreOffice).

usage: python3 bellizzi_docx.py FILE.pdf OUT.docx CREST.png
"""
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import data

BLUE = RGBColor(0x1D, 0x4E, 0x89)


def para(doc_or_cell, text="", bold=False, size=10.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4, italic=False, color=None):
    p = doc_or_cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.line_spacing = 1.15
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    return p


def field(p, instr, size=8):
    r = p.add_run()
    r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for x in (f1, it, f2, t, f3):
        r._r.append(x)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcolor)
    tcPr.append(s)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def cell_text(cell, text, bold=False, size=10, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    return p


def build(a, crest, out):
    m = a["muni"]
    num, d = a["number"], data.dmy(a["date"])
    pres, sec = a["president"], a["secretary"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    sec_ = doc.sections[0]
    sec_.page_height, sec_.page_width = Cm(29.7), Cm(21.0)
    sec_.left_margin, sec_.right_margin, sec_.top_margin, sec_.bottom_margin = Cm(2.0), Cm(1.7), Cm(1.6), Cm(2.0)
    # running foot with number and page fields
    fp = sec_.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run(f"Deliberazione della Giunta Comunale n. {num} del {d} – Pag. "); r.font.size = Pt(8)
    field(fp, "PAGE"); r = fp.add_run(" di "); r.font.size = Pt(8); field(fp, "NUMPAGES")
    hp = sec_.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run("Sicraweb – Atti amministrativi"); r.font.size = Pt(7); r.font.color.rgb = RGBColor(0x77, 0x77, 0x77)

    # letterhead
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.LEFT
    lt.columns[0].width = Cm(2.0)
    c0, c1 = lt.rows[0].cells
    c0.width, c1.width = Cm(2.0), Cm(15.3)
    c0.paragraphs[0].add_run().add_picture(crest, width=Cm(1.6))
    set_widths(lt, [Cm(2.2), Cm(15.1)])
    p = c1.paragraphs[0]; r = p.add_run(m["name"]); r.bold = True; r.font.size = Pt(19); r.font.color.rgb = BLUE
    para(c1, m["prov"], size=10, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    para(c1, f"{m['addr']} – PEC: {m['pec']}", size=7.5, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)

    # header box
    bx = doc.add_table(rows=3, cols=3); bx.style = "Table Grid"
    k = bx.cell(0, 0).merge(bx.cell(0, 1))
    cell_text(k, "DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(bx.cell(0, 2), "ORIGINALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for j, (lbl, val) in enumerate([("Numero", f"N. {num}"), ("Data", d), ("Proposta", f"{a['proposal_number']}/2028")]):
        c = bx.cell(1, j)
        cell_text(c, lbl, size=7.5)
        pp = c.add_paragraph(); pp.paragraph_format.space_after = Pt(0)
        rr = pp.add_run(val); rr.bold = True; rr.font.size = Pt(11)
    set_widths(bx, [Cm(5.8), Cm(5.8), Cm(5.7)])
    o = bx.cell(2, 0).merge(bx.cell(2, 2))
    o.text = ""
    pp = o.paragraphs[0]; pp.paragraph_format.space_after = Pt(0)
    rr = pp.add_run("OGGETTO: "); rr.bold = True
    rr = pp.add_run(a["subject"]); rr.bold = True
    para(doc, "", after=2)

    para(doc, f"L'anno duemilaventotto, {a['date_words']}, alle ore {a['time']}, nella Casa Comunale, convocata "
              "nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei signori:")
    rt = doc.add_table(rows=1, cols=5); rt.style = "Table Grid"; rt.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.0), Cm(6.0), Cm(3.6), Cm(2.2), Cm(2.2)]
    for j, h in enumerate(["N.", "Cognome e Nome", "Carica", "Presente", "Assente"]):
        c = rt.rows[0].cells[j]; c.width = widths[j]
        cell_text(c, h, bold=True, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER); shade(c, "E4E9F1")
    for i, (n, rl, pr) in enumerate(a["roll"], 1):
        row = rt.add_row().cells
        vals = [str(i), n, rl, "SI" if pr else "NO", "NO" if pr else "SI"]
        for j, v in enumerate(vals):
            row[j].width = widths[j]
            cell_text(row[j], v, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3, 4) else WD_ALIGN_PARAGRAPH.LEFT)
    set_widths(rt, widths)
    pc = data.present_count(a)
    para(doc, f"Presenti n. {pc}        Assenti n. {len(a['roll']) - pc}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, "Partecipa alla seduta, con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, "
              f"comma 4, lett. a, D.Lgs. 267/2000), il {sec['role']} {sec['title']} {sec['name']}.")
    para(doc, f"Presiede la seduta il {pres['role']} {pres['title']} {pres['name']}, il quale, constatato il numero legale "
              "degli intervenuti, dichiara aperta la riunione e invita i presenti a deliberare sull'oggetto sopra indicato.")
    para(doc, "LA GIUNTA COMUNALE", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, f"Vista la proposta di deliberazione n. {a['proposal_number']} del {data.dmy(a['proposal_date'])}, predisposta "
              f"dal {a['proposing_office']}, avente ad oggetto quanto in epigrafe;")
    for t in a["premessa"]:
        para(doc, t)
    para(doc, a["event"])
    para(doc, a["vote_text"])
    para(doc, "DELIBERA", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    for i, t in enumerate(a["points"], 1):
        p = para(doc, f"{i}.\t{t}")
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
    para(doc, a["ie_text"])

    pt = doc.add_table(rows=0, cols=2); pt.style = "Table Grid"
    for kind, who, name, dt in a["pareri"]:
        row = pt.add_row().cells
        row[0].width, row[1].width = Cm(5.5), Cm(11.8)
        cell_text(row[0], f"PARERE DI {kind}\n(art. 49 D.Lgs. 267/2000)", bold=True, size=8.5)
        cell_text(row[1], f"Si esprime parere FAVOREVOLE.\n{who}\n{name} – data {dt}", size=8.5)
    set_widths(pt, [Cm(5.5), Cm(11.8)])
    para(doc, "", after=2)
    para(doc, "Letto, confermato e sottoscritto.", after=8)
    st_ = doc.add_table(rows=2, cols=2)
    cell_text(st_.cell(0, 0), "IL SINDACO", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st_.cell(0, 1), f"IL {sec['role'].upper()}", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st_.cell(1, 0), f"{pres['title']} {pres['name']}", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st_.cell(1, 1), f"{sec['title']} {sec['name']}", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", after=4)
    para(doc, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce "
              "il documento cartaceo e la firma autografa.", size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)
    doc.core_properties.title = f"Delibera G.C. {num}/2028"
    doc.core_properties.author = "sicraweb"
    doc.save(out)


if __name__ == "__main__":
    build(data.BY_FILE[sys.argv[1]], sys.argv[3], sys.argv[2])
