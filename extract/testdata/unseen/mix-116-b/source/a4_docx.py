# -*- coding: utf-8 -*-
"""A4: Consiglio dell'Unione n. 10, the Unione's minute as the secretary's
office types it in Word from the Civilia Next model: a header table with the
crest, a running head and foot (page number fields) and the roll in two
columns of a ruled table.  Converted by LibreOffice.
usage: a4_docx.py out.docx crest.png"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw
from content import D, GIORNI, it_date, UNIONE_COMUNI

d = D["A4"]
out, crest = sys.argv[1], sys.argv[2]

# crest picture
im = Image.new("RGB", (160, 190), "white")
dr = ImageDraw.Draw(im)
dr.polygon([(8, 8), (152, 8), (152, 100), (120, 160), (80, 182), (40, 160), (8, 100)], fill=(233, 238, 245), outline=(31, 59, 99))
dr.polygon([(24, 120), (56, 64), (80, 100), (104, 52), (136, 120)], fill=(63, 110, 58))
dr.ellipse((110, 22, 130, 42), fill=(217, 164, 0))
im.save(crest)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(22), Mm(18)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
sec.header_distance, sec.footer_distance = Mm(10), Mm(9)


def field(par, instr, size=8):
    r = par.add_run()
    r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for x in (f1, it, f2, t, f3):
        r._r.append(x)


def borders(cell, sz=4):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "777777")
        b.append(e)
    tcPr.append(b)


def shade(cell, color="E9EEF5"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), color)
    tcPr.append(s)


def widths(t, ws):
    t.autofit = False
    for j, w in enumerate(ws):
        t.columns[j].width = w
        for cell in t.columns[j].cells:
            cell.width = w


def P(text="", bold=False, size=None, align=None, after=3, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    return p


# running head and foot
hp = sec.header.paragraphs[0]
r = hp.add_run("Unione dei Comuni dell'Appennino Bolognese  \u2014  Deliberazione del Consiglio dell'Unione n. %d del %s"
               % (d["number"], it_date(d["date"])))
r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
rr = fp.add_run("Pagina "); rr.font.size = Pt(8)
field(fp, "PAGE")
rr = fp.add_run(" di "); rr.font.size = Pt(8)
field(fp, "NUMPAGES")

# letterhead table
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Mm(22)
c0, c1 = t.rows[0].cells
c0.width, c1.width = Mm(22), Mm(148)
widths(t, [Mm(22), Mm(148)])
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(17))
p = c1.paragraphs[0]
r = p.add_run("UNIONE DEI COMUNI DELL'APPENNINO BOLOGNESE"); r.bold = True; r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x63); r.font.name = "Liberation Sans"
p = c1.add_paragraph(); r = p.add_run("Città metropolitana di Bologna - Piazza della Pace, 4 - 40038 Vergato (BO)")
r.font.size = Pt(8.5); r.font.name = "Liberation Sans"
p = c1.add_paragraph(); r = p.add_run(" - ".join(UNIONE_COMUNI)); r.font.size = Pt(6.5); r.font.name = "Liberation Sans"
P("", after=2)
# number box
t = doc.add_table(rows=1, cols=2)
a, b = t.rows[0].cells
widths(t, [Mm(120), Mm(50)])
for cc in (a, b):
    borders(cc, 8)
shade(a)
r = a.paragraphs[0].add_run("DELIBERAZIONE DEL CONSIGLIO DELL'UNIONE"); r.bold = True; r.font.name = "Liberation Sans"
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = b.paragraphs[0].add_run("N. %d del %s" % (d["number"], it_date(d["date"]))); r.bold = True; r.font.name = "Liberation Sans"
P("Seduta straordinaria pubblica di prima convocazione", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=6, italic=True)
t = doc.add_table(rows=1, cols=1)
widths(t, [Mm(170)])
cc = t.rows[0].cells[0]
borders(cc, 6)
p = cc.paragraphs[0]
r = p.add_run("OGGETTO: "); r.bold = True; r.font.size = Pt(9)
r = p.add_run(d["subject"]); r.bold = True
P("", after=4)
day = int(d["date"][8:10])
P("L'anno duemilaventisette, il giorno %s del mese di aprile, alle ore %s, nella sala consiliare del Comune di "
  "Castiglione dei Pepoli, in seguito a convocazione disposta dal Presidente del Consiglio con avviso prot. n. 6120 "
  "del 22/04/2027, si è riunito il Consiglio dell'Unione. All'appello nominale risultano:" % (GIORNI[day], d["time"]))

# roll in two columns
rows = d["roll"]
half = (len(rows) + 1) // 2
t = doc.add_table(rows=half + 1, cols=7)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
wid = [Mm(36), Mm(37), Mm(10), Mm(4), Mm(36), Mm(37), Mm(10)]
widths(t, wid)
hdr = ["Consigliere", "Comune", "P/A", "", "Consigliere", "Comune", "P/A"]
for j, h in enumerate(hdr):
    cell = t.rows[0].cells[j]
    cell.width = wid[j]
    if h:
        borders(cell); shade(cell)
        rr = cell.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(8.5); rr.font.name = "Liberation Sans"
for i in range(half):
    for k, r0 in ((0, rows[i]), (4, rows[half + i] if half + i < len(rows) else None)):
        if r0 is None:
            continue
        vals = [r0["name"], r0["comune"], "P" if r0["present"] else "A"]
        for j, v in enumerate(vals):
            cell = t.rows[i + 1].cells[k + j]
            cell.width = wid[k + j]
            borders(cell)
            rr = cell.paragraphs[0].add_run(v); rr.font.size = Pt(8.5); rr.font.name = "Liberation Sans"
            if j == 2:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
np = sum(r0["present"] for r0 in rows)
P("", after=2)
P("Assegnati n. 24 - In carica n. 24 - Presenti n. %d - Assenti n. %d" % (np, len(rows) - np), bold=True, size=10)
P("Partecipa il Segretario dell'Unione, dott. Fabrizio MELLONI, che provvede alla redazione del verbale.")
P("Il Presidente del Consiglio, Massimo TOLOMELLI, accertato il numero legale, dichiara aperta la seduta e pone in "
  "discussione l'argomento indicato in oggetto, iscritto al punto 2 dell'ordine del giorno.")
P("IL CONSIGLIO DELL'UNIONE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for p0 in d["premesse"]:
    P(p0)
P("Udita la relazione del Comandante del Corpo e dato atto che non sono intervenuti Consiglieri;")
vc = d["vote_counts"]
P("Con voti favorevoli unanimi espressi in forma palese per alzata di mano (Consiglieri presenti n. %d, votanti n. %d, "
  "favorevoli n. %d);" % (vc["present"], vc["voters"], vc["in_favour"]))
P("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for i, p0 in enumerate(d["points"], 1):
    p = P()
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
    p.add_run("%d.\t%s" % (i, p0))
P("Con successiva e separata votazione, ad esito unanime (presenti e votanti n. 18), il Consiglio dell'Unione "
  "dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, "
  "per consentire la tempestiva organizzazione del servizio estivo.")
P("", after=8)
P("Letto, approvato e sottoscritto.")
t = doc.add_table(rows=3, cols=2)
vals = [("IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO DELL'UNIONE"),
        ("Massimo TOLOMELLI", "dott. Fabrizio MELLONI"),
        ("(sottoscritto digitalmente)", "(sottoscritto digitalmente)")]
for i, (x, y) in enumerate(vals):
    for j, v in enumerate((x, y)):
        cell = t.rows[i].cells[j]
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = cell.paragraphs[0].add_run(v)
        rr.font.size = Pt(10 if i < 2 else 8)
        rr.bold = (i == 1)
doc.core_properties.author = "Segreteria Unione Appennino Bolognese"
doc.core_properties.title = "Delibera C.U. n. %d/2027" % d["number"]
doc.save(out)
