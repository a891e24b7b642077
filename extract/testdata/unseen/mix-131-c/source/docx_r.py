#!/usr/bin/env python3
"""Roncegno Terme, Giunta deliberation n. 95 (house style "Ascot Web") as a .docx, exported by
LibreOffice. Headings letter-spaced with Writer's character spacing (w:spacing), roll in a
two-column table, running foot with the act's number and a PAGE field.

  docx_r.py OUT.docx
"""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from content_r import LETTERHEAD as LH, DELIB_95 as D


def spaced(run, twips):
    rPr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(twips))
    rPr.append(sp)


def field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def nob(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def bottom_rule(p):
    pPr = p._p.get_or_add_pPr()
    bd = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
    bd.append(e); pPr.append(bd)


def P(doc, text="", bold=False, size=11, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4, sp=0, italic=False):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(0)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if sp:
            spaced(r, sp)
    return p


def build(out):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Mm(23), Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(22)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Comune di Roncegno Terme – Deliberazione della Giunta comunale n. %s di data %s – pag. "
                   % (D["number"], D["date"])); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")

    C = WD_ALIGN_PARAGRAPH.CENTER
    P(doc, LH["name"], True, 16, C, 0)
    P(doc, LH["prov"], False, 11, C, 0)
    p = P(doc, LH["addr"], False, 7, C, 10); bottom_rule(p)
    P(doc, "", after=6)
    P(doc, "Verbale di deliberazione N. %s" % D["number"], True, 13, C, 0, sp=30)
    P(doc, "della Giunta comunale", True, 12, C, 10, sp=30)
    t = doc.add_table(rows=1, cols=2); nob(t)
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Mm(28), Mm(139)
    c0, c1 = t.rows[0].cells
    c0.width, c1.width = Mm(28), Mm(139)
    c0.paragraphs[0].add_run("OGGETTO:").bold = True
    c1.paragraphs[0].add_run(D["subject"]).bold = True
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    P(doc, "", after=4)
    P(doc, D["intro"], after=6)
    P(doc, "Presenti i signori:", after=2)
    roll = D["roll"]
    half = (len(roll) + 1) // 2
    rt = doc.add_table(rows=half + 1, cols=5); nob(rt)
    rt.autofit = False
    widths = [Mm(46), Mm(28), Mm(8), Mm(46), Mm(28)]
    for j, w in enumerate(widths):
        rt.columns[j].width = w
        for row in rt.rows:
            row.cells[j].width = w
    for j, h in ((0, "Cognome e nome"), (1, "Carica"), (3, "Cognome e nome"), (4, "Carica")):
        r = rt.rows[0].cells[j].paragraphs[0].add_run(h); r.italic = True; r.font.size = Pt(9)
    for i in range(half):
        for off, item in ((0, roll[i]), (3, roll[half + i] if half + i < len(roll) else None)):
            if not item:
                continue
            rt.rows[i + 1].cells[off].paragraphs[0].add_run(item[0])
            rt.rows[i + 1].cells[off + 1].paragraphs[0].add_run(item[1])
    P(doc, "", after=2)
    P(doc, D["assiste"], after=3)
    P(doc, D["presid"], after=8)
    P(doc, "LA GIUNTA COMUNALE", True, 11.5, C, 6, sp=40)
    for x in D["premesse"]:
        P(doc, x, after=4)
    P(doc, "DELIBERA", True, 11.5, C, 6, sp=80)
    for i, x in enumerate(D["points"], 1):
        p = P(doc, "", after=4)
        p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(8))
        p.add_run("%d.\t%s" % (i, x))
    P(doc, "", after=4)
    P(doc, "Letto, confermato e sottoscritto.", after=12)
    st_ = doc.add_table(rows=2, cols=2); nob(st_)
    for j, (a, b) in enumerate((("IL SINDACO", "Mirko Montibeller"), ("IL SEGRETARIO COMUNALE", "dott. Alessandro Caumo"))):
        q = st_.rows[0].cells[j].paragraphs[0]; q.alignment = C; q.add_run(a).bold = True
        q = st_.rows[1].cells[j].paragraphs[0]; q.alignment = C; q.add_run(b)
    P(doc, "").add_run().add_break(WD_BREAK.PAGE)

    P(doc, "PARERI ISTRUTTORI", True, 12, C, 0, sp=40)
    P(doc, "(art. 185 della L.R. 3 maggio 2018, n. 2)", False, 9, C, 12)
    for title, text, pdate, role, name in D["pareri"]:
        P(doc, title, True, 11, WD_ALIGN_PARAGRAPH.LEFT, 2)
        P(doc, text, after=4)
        P(doc, "Roncegno Terme, %s" % pdate, after=2, align=WD_ALIGN_PARAGRAPH.LEFT)
        P(doc, role, False, 10.5, WD_ALIGN_PARAGRAPH.RIGHT, 0)
        p = P(doc, name, False, 11, WD_ALIGN_PARAGRAPH.RIGHT, 12); bottom_rule(p)
    P(doc, "ATTESTAZIONE DI COPERTURA FINANZIARIA", True, 11, WD_ALIGN_PARAGRAPH.LEFT, 2)
    P(doc, "Si attesta la copertura finanziaria della spesa derivante dal presente provvedimento, ai sensi "
           "dell'art. 185 della L.R. 3 maggio 2018, n. 2, con la seguente registrazione:", after=4)
    ct = doc.add_table(rows=1 + len(D["cover"]), cols=4)
    ct.style = doc.styles["Table Grid"]
    for j, h in enumerate(("Capitolo", "Esercizio", "Registrazione", "Importo (euro)")):
        ct.rows[0].cells[j].paragraphs[0].add_run(h).italic = True
    for i, row in enumerate(D["cover"], 1):
        for j, v in enumerate(row):
            ct.rows[i].cells[j].paragraphs[0].add_run(v)
    P(doc, "", after=2)
    P(doc, "Roncegno Terme, %s" % D["cover_date"], after=2, align=WD_ALIGN_PARAGRAPH.LEFT)
    P(doc, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", False, 10.5, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    P(doc, "dott.ssa Sara Trentin", False, 11, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    P(doc, "").add_run().add_break(WD_BREAK.PAGE)

    P(doc, "REFERTO DI PUBBLICAZIONE", True, 12, C, 0, sp=40)
    P(doc, "(art. 183, comma 1, della L.R. 3 maggio 2018, n. 2)", False, 9, C, 12)
    P(doc, "Certifico io sottoscritto Segretario comunale che copia del presente verbale viene pubblicata il "
           "giorno %s all'albo telematico del Comune, ove rimarrà esposta per dieci giorni consecutivi, fino "
           "al %s." % (D["cert_from"], D["cert_to"]), after=4)
    P(doc, "N. %s del registro delle pubblicazioni." % D["cert_reg"], after=10)
    P(doc, "Roncegno Terme, %s" % D["cert_from"], after=2, align=WD_ALIGN_PARAGRAPH.LEFT)
    P(doc, "IL SEGRETARIO COMUNALE", False, 10.5, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    P(doc, "dott. Alessandro Caumo", False, 11, WD_ALIGN_PARAGRAPH.RIGHT, 24)
    P(doc, "CERTIFICATO DI ESECUTIVITÀ", True, 12, C, 8, sp=40)
    P(doc, D["exec_note"], after=10)
    P(doc, "IL SEGRETARIO COMUNALE", False, 10.5, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    P(doc, "dott. Alessandro Caumo", False, 11, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    doc.save(out)


if __name__ == "__main__":
    build(sys.argv[1])
