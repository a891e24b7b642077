#!/usr/bin/env python3
"""Comune di Bellinzago Novarese - Ordinanza del Sindaco n. 3 del 18/02/2027.
The Comune's Word model: letterhead and number grid in the page header (a
table), "IL SINDACO" with expanded character spacing, numbered ORDINA points
from Word list numbering, page X of Y fields in the footer.  Written with
python-docx, exported to PDF by LibreOffice (see build.sh)."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-bellinzagonovarese.docx"
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(22), Mm(20)
sec.top_margin, sec.bottom_margin = Mm(46), Mm(20)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)


def spacing(run, twips):
    rpr = run._element.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def field(par, code):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    r2._element.append(it)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._element.append(e)
    for x in (r, r2, r3):
        x.font.size = Pt(8)


def borders(cell, sides=("top", "left", "bottom", "right")):
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in sides:
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


# --- header: letterhead + grid
hdr = sec.header
t = hdr.add_table(rows=1, cols=2, width=Mm(168))
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
t.autofit = False
for cell, w in ((c0, Mm(116)), (c1, Mm(52))):
    cell.width = w
grid = t._tbl.tblGrid
for gc, w in zip(grid.findall(qn("w:gridCol")), (Mm(116), Mm(52))):
    gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
p = c0.paragraphs[0]
r = p.add_run("COMUNE DI BELLINZAGO NOVARESE"); r.bold = True; r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0x1F, 0x3D, 0x7A)
p = c0.add_paragraph(); r = p.add_run("Provincia di Novara"); r.font.size = Pt(11)
p = c0.add_paragraph()
r = p.add_run("Piazza Barbavara n. 3 - 28043 Bellinzago Novarese (NO) - C.F. 80010200035"); r.font.size = Pt(8)
g = c1.add_table(rows=2, cols=2)
for i, (a, b) in enumerate((("Ordinanza n.", "3"), ("Data", "18/02/2027"))):
    x, y = g.rows[i].cells
    x.width, y.width = Mm(24), Mm(28)
    borders(x); borders(y)
    rr = x.paragraphs[0].add_run(a); rr.font.size = Pt(8)
    rr = y.paragraphs[0].add_run(b); rr.bold = True; rr.font.size = Pt(11)
c1.paragraphs[0].add_run("ORIGINALE").font.size = Pt(7)

# --- footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
rr = fp.add_run("CSI Piemonte - Atti amministrativi  |  Ordinanza n. 3/2027  -  Pag. "); rr.font.size = Pt(8)
field(fp, "PAGE")
rr = fp.add_run(" di "); rr.font.size = Pt(8)
field(fp, "NUMPAGES")


def para(text, bold_lead=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, bold=False):
    p = doc.add_paragraph()
    p.alignment = align
    if bold_lead:
        r = p.add_run(bold_lead); r.bold = True
    r = p.add_run(text); r.bold = bold
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def spaced_center(text, tw=120, size=13):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(8)
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
    spacing(r, tw)


p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("ORDINANZA DEL SINDACO"); r.bold = True; r.font.size = Pt(13)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.LEFT
p.paragraph_format.left_indent = Mm(25); p.paragraph_format.first_line_indent = Mm(-25)
p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(10)
r = p.add_run("OGGETTO:\t"); r.bold = True
r = p.add_run("MISURE TEMPORANEE PER IL CONTENIMENTO DELL'INQUINAMENTO ATMOSFERICO DA PM10: "
              "DIVIETO DI COMBUSTIONE ALL'APERTO DI RESIDUI VEGETALI E LIMITAZIONI ALL'UTILIZZO DI "
              "GENERATORI DI CALORE A BIOMASSA LEGNOSA.")
r.bold = True
p.paragraph_format.tab_stops.add_tab_stop(Mm(25))

spaced_center("IL SINDACO")

para(" che i dati rilevati dalla stazione di monitoraggio della qualità dell'aria di Oleggio, "
     "gestita da ARPA Piemonte, registrano dal 9 febbraio 2027 il superamento continuativo del valore "
     "limite giornaliero di PM10 pari a 50 µg/m³, con attivazione del livello 1 (arancio) del "
     "semaforo antismog;", "Premesso")
para(" l'Accordo di bacino padano per il miglioramento della qualità dell'aria e la D.G.R. Piemonte "
     "n. 9-2916 del 26 febbraio 2021 e successive modificazioni, che prevedono misure temporanee "
     "omogenee in caso di superamento persistente dei valori limite;", "Visti")
para(" che la combustione all'aperto di residui vegetali e l'utilizzo di generatori domestici a "
     "biomassa di bassa classe emissiva costituiscono fonti rilevanti di emissione di particolato "
     "nel periodo invernale;", "Considerato")
para(" necessario e urgente adottare misure a tutela della salute pubblica, ai sensi dell'art. 50, "
     "comma 5, del D.Lgs. 18 agosto 2000, n. 267;", "Ritenuto")
para(" il D.Lgs. 3 aprile 2006, n. 152 e in particolare l'art. 182, comma 6-bis;", "Visto")

spaced_center("O R D I N A", tw=0)

points = [
    "dal 19 febbraio 2027 e fino al 31 marzo 2027 è vietata, su tutto il territorio comunale, la "
    "combustione all'aperto di residui vegetali agricoli e forestali, anche in piccoli cumuli;",
    "nei giorni di attivazione del livello 1 (arancio) o superiore è vietato l'utilizzo di generatori "
    "di calore a biomassa legnosa di classe inferiore a 3 stelle, in presenza di impianto di "
    "riscaldamento alternativo;",
    "nelle abitazioni, negli esercizi commerciali e negli edifici pubblici la temperatura media "
    "dell'aria non deve superare i 19 °C (+2 °C di tolleranza);",
    "le violazioni sono punite con la sanzione amministrativa pecuniaria da euro 100,00 a euro "
    "500,00, ai sensi dell'art. 7-bis del D.Lgs. 267/2000, fatte salve le sanzioni previste da "
    "norme speciali.",
]
for i, tx in enumerate(points, 1):
    p = doc.add_paragraph(style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(tx)

spaced_center("D I S P O N E", tw=0)
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale e "
     "trasmessa al Comando di Polizia Locale, alla Stazione Carabinieri di Bellinzago Novarese e ad "
     "ARPA Piemonte, incaricati della vigilanza sul suo rispetto.")
para("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla "
     "pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")

p = para("Bellinzago Novarese, 18 febbraio 2027", align=WD_ALIGN_PARAGRAPH.LEFT)
p.paragraph_format.space_before = Pt(10)
for line, b in (("IL SINDACO", True), ("Alessandro Giromini", False),
                ("(firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", False)):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(line); r.bold = b
    if line.startswith("("):
        r.italic = True; r.font.size = Pt(8)

doc.core_properties.title = "Ordinanza n. 3 del 18/02/2027"
doc.core_properties.author = "Comune di Bellinzago Novarese"
doc.save(OUT)
