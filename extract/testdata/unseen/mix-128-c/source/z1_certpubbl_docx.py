#!/usr/bin/env python3
"""Comune di Zugliano, house style "Pasubio" (the Word model the Segreteria
fills): certificato di pubblicazione of a Giunta deliberation. python-docx
writes the .docx, LibreOffice exports it. The act's data are tab stops with
dot leaders; header band and signatures are tables; page footer with field."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

out, crest_png = sys.argv[1], sys.argv[2]

# crest: a shield drawn as a small picture, as the Word model carries it
im = Image.new("RGB", (160, 200), "white")
d = ImageDraw.Draw(im)
d.polygon([(10, 10), (150, 10), (150, 110), (80, 190), (10, 110)],
          fill=(196, 32, 38), outline=(90, 20, 20))
d.rectangle([10, 70, 150, 100], fill=(255, 255, 255))
d.polygon([(10, 10), (150, 10), (150, 110), (80, 190), (10, 110)], outline=(60, 20, 20))
im.save(crest_png)

FONT = "Liberation Serif"
doc = Document()
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
st.paragraph_format.space_after = Pt(0)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = Mm(15)
sec.bottom_margin = Mm(22)
sec.footer_distance = Mm(10)

doc.core_properties.title = "Certificato di pubblicazione - Reg. Albo n. 298/2028"
doc.core_properties.author = "Comune di Zugliano - Ufficio Segreteria"


def para(text="", bold=False, size=None, align=None, before=0, after=0, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


# letterhead: crest centred, name, province
p = para(align=WD_ALIGN_PARAGRAPH.CENTER)
p.add_run().add_picture(crest_png, width=Mm(11))
para("COMUNE DI ZUGLIANO", bold=True, size=17, align=WD_ALIGN_PARAGRAPH.CENTER, before=2)
para("Provincia di Vicenza", size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, italic=True)

# grey band: office left, register right
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width, c1.width = Mm(100), Mm(66)
for c in (c0, c1):
    shade(c, "E6E6E6")
c0.paragraphs[0].add_run("AREA AMMINISTRATIVA").bold = True
c0.paragraphs[0].runs[0].font.size = Pt(9.5)
r = c0.add_paragraph().add_run("Ufficio Segreteria e Albo Pretorio")
r.font.size = Pt(9.5)
pr = c1.paragraphs[0]
pr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
rr = pr.add_run("Reg. Albo n. 298/2028")
rr.bold = True
rr.font.size = Pt(9.5)
p2 = c1.add_paragraph()
p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p2.add_run("del 06/04/2028").font.size = Pt(9.5)

para("CERTIFICATO DI PUBBLICAZIONE", bold=True, size=14,
     align=WD_ALIGN_PARAGRAPH.CENTER, before=22, after=16)

fields = [
    ("Atto", "Deliberazione della Giunta Comunale"),
    ("Numero", "42"),
    ("Data di adozione", "05/04/2028"),
    ("Oggetto", "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI "
                "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA DI "
                "GRUMOLO PEDEMONTE – CUP E67H28000120004."),
    ("Periodo di pubblicazione", "dal 06/04/2028 al 21/04/2028"),
]
for k, v in fields:
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Mm(58), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    pf.left_indent = Mm(58)
    pf.first_line_indent = -Mm(58)
    pf.space_after = Pt(7)
    p.add_run(k)
    p.add_run("\t")
    r = p.add_run(v)
    r.bold = True

para(before=10)
body = [
    "Il sottoscritto Segretario comunale, su conforme dichiarazione del Messo "
    "comunale,",
]
for b in body:
    p = para(b, after=8)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
para("CERTIFICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
p = para("che copia della deliberazione sopra indicata viene pubblicata all'Albo "
         "Pretorio on line del Comune il giorno 06/04/2028 e vi rimarrà per "
         "quindici giorni consecutivi, fino al 21/04/2028, ai sensi dell'art. 124, "
         "comma 1, del D.Lgs. 18 agosto 2000, n. 267, e che contestualmente "
         "all'affissione viene comunicata in elenco ai Capigruppo consiliari ai "
         "sensi dell'art. 125 del medesimo decreto.", after=8)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
para("Zugliano, 06/04/2028", before=14, after=22)

sig = doc.add_table(rows=2, cols=2)
sig.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [("Il Messo comunale", "Il Segretario comunale"),
        ("Loris Zordan", "dott. Giampaolo Dalla Valle")]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        cp = sig.rows[i].cells[j].paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = cp.add_run(v)
        r.italic = i == 1

# footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Zugliano – documento firmato digitalmente ai sensi del "
               "D.Lgs. n. 82/2005 – Pag. ")
r.font.size = Pt(8)
r = fp.add_run()
r.font.size = Pt(8)
add_field(r, "PAGE")
r = fp.add_run(" di ")
r.font.size = Pt(8)
r = fp.add_run()
r.font.size = Pt(8)
add_field(r, "NUMPAGES")
doc.save(out)
