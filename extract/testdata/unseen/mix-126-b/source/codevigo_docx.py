# -*- coding: utf-8 -*-
"""Comune di Codevigo, deliberation n. 18: the "Civilia Next" model exported
as .docx (the package's 'modello Word'), written with python-docx and printed
to PDF by LibreOffice Writer.

python3 codevigo_docx.py OUTDIR  -> OUTDIR/deliberazione-codevigo-civilianext-18.docx
"""
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

from data import (codevigo, CODEVIGO_ROLL, CODEVIGO_RESP, CODEVIGO_SECRETARY,
                  CODEVIGO_PRESIDENT, dmy, day, DAY_WORDS, MONTHS)

BLUE = RGBColor(0x1D, 0x3F, 0x73)


def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def borders(table, sz=6):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "555555")
        b.append(e)
    tblPr.append(b)


def widths(table, ws):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, ws):
            c.width = w


def para(doc, text="", bold=False, size=10.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4, spacing=None):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        if spacing:
            rPr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rPr.append(sp)
    return p


def cell_text(cell, label, value, bold=True):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(label); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    p2 = cell.add_paragraph()
    r2 = p2.add_run(value); r2.bold = bold; r2.font.size = Pt(10)


def build(a, out):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Mm(18), Mm(16)
    sec.top_margin, sec.bottom_margin = Mm(16), Mm(20)
    n, d = a["number"], dmy(a["date"])

    # running foot: number and date, page x of y
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run("Deliberazione di Giunta Comunale n. %d del %s\tPag. " % (n, d)); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
    r = fp.add_run(" di "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

    # letterhead
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    widths(t, (Mm(140), Mm(36)))
    c0.text = ""
    r = c0.paragraphs[0].add_run("COMUNE DI CODEVIGO"); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = BLUE
    r = c0.add_paragraph().add_run("Provincia di Padova"); r.font.size = Pt(10)
    c1.text = ""
    pp = c1.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = pp.add_run("ORIGINALE"); r.bold = True; r.font.size = Pt(9)
    para(doc, "", after=2)
    para(doc, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, size=12.5,
         align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

    hb = doc.add_table(rows=1, cols=4)
    borders(hb)
    cs = hb.rows[0].cells
    cell_text(cs[0], "Numero", str(n))
    cell_text(cs[1], "Data", d)
    cell_text(cs[2], "Proposta", "n. %d del %s" % (a["proposal_number"], dmy(a["proposal_date"])))
    cell_text(cs[3], "Ufficio proponente", a["proposing_office"])
    widths(hb, (Mm(22), Mm(30), Mm(42), Mm(82)))
    para(doc, "", after=2)
    og = doc.add_table(rows=1, cols=1)
    borders(og)
    cell_text(og.rows[0].cells[0], "OGGETTO:", a["subject"])
    para(doc, "", after=2)

    para(doc, "L'anno duemilaventotto, addì %s del mese di %s, alle ore %s, nella sala delle adunanze della "
              "sede municipale, previa convocazione nei modi di legge, si è riunita la Giunta Comunale "
              "nelle persone dei signori:" % (DAY_WORDS[day(a["date"])], MONTHS[1], a["time"]))
    rt = doc.add_table(rows=1, cols=4)
    borders(rt, 4)
    rt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(rt.rows[0].cells, ("Cognome e Nome", "Carica", "Presente", "Assente")):
        c.text = ""; rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9)
    npres = 0
    for name, role in CODEVIGO_ROLL:
        pres = name not in a["absent"]
        npres += pres
        row = rt.add_row().cells
        for c, v in zip(row, (name, role, "X" if pres else "", "" if pres else "X")):
            c.text = v
            c.paragraphs[0].runs[0].font.size = Pt(10) if v else None
        row[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        row[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths(rt, (Mm(60), Mm(40), Mm(22), Mm(22)))
    para(doc, "Totale presenti: %d      Totale assenti: %d" % (npres, len(CODEVIGO_ROLL) - npres),
         size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    st_, sr, sn = CODEVIGO_SECRETARY
    pt, pr, pn = CODEVIGO_PRESIDENT
    para(doc, "Partecipa alla seduta la %s %s, %s, che provvede alla redazione del presente verbale." % (st_, sn, sr))
    para(doc, "Il %s %s, nella sua qualità di %s, assunta la presidenza e constatato il numero legale degli "
              "intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra "
              "indicato." % (pt, pn, pr))
    para(doc, "LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    for p in a["premises"]:
        para(doc, p)
    para(doc, a["vote_text"])
    para(doc, "DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, spacing=80)
    for i, p in enumerate(a["points"], 1):
        pg = para(doc, "%d.\t%s" % (i, p))
        pg.paragraph_format.left_indent = Mm(7)
        pg.paragraph_format.first_line_indent = Mm(-7)
    para(doc, a["ie_text"])

    para(doc, "", after=6)
    para(doc, "PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", bold=True, size=10, after=6)
    pdate = dmy(a["proposal_date"])
    for title, text, who, name in (
        ("PARERE DI REGOLARITÀ TECNICA",
         "Si esprime parere FAVOREVOLE in ordine alla regolarità tecnica della proposta di deliberazione n. %d del %s."
         % (a["proposal_number"], pdate), a["area"], CODEVIGO_RESP[a["area"]]),
        ("PARERE DI REGOLARITÀ CONTABILE",
         "Si esprime parere FAVOREVOLE in ordine alla regolarità contabile e si attesta la copertura finanziaria della spesa.",
         "Area Economico-Finanziaria", CODEVIGO_RESP["Area Economico-Finanziaria"])):
        para(doc, title, bold=True, size=9.5, after=1)
        para(doc, text, size=9.5, after=1)
        for line in ("Codevigo, %s" % pdate, "Il Responsabile dell'%s" % who, name, "(firmato digitalmente)"):
            para(doc, line, size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
        para(doc, "", after=4)
    para(doc, "Letto, confermato e sottoscritto.", after=10)
    sg = doc.add_table(rows=3, cols=2)
    for (c0, c1), (l, r_) in zip([r.cells for r in sg.rows],
                                 (("IL SINDACO", "IL SEGRETARIO COMUNALE"), ("", ""), (pn, "%s %s" % (st_, sn)))):
        c0.text, c1.text = l, r_
        c0.paragraphs[0].alignment = c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "", after=6)
    para(doc, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate, che "
              "sostituisce il documento cartaceo e la firma autografa.", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.save(os.path.join(out, a["file"].replace(".pdf", ".docx")))


if __name__ == "__main__":
    for a in codevigo:
        if a["number"] == 18:
            build(a, sys.argv[1])
