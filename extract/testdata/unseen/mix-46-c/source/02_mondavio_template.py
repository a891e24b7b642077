#!/usr/bin/env python3
"""Builds the Word template (with docxtemplater {tags}) of a Consiglio Comunale minute of the
Comune di Mondavio, as a web application would keep it in its template store.
Filled by 02_mondavio_fill.js (docxtemplater), then converted by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "mondavio-template.docx"
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(4)


def para(text="", bold=False, size=None, align=None, italic=False, after=None, font=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


C, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
# header: letterhead in the page header, footer with page field
hp = sec.header.paragraphs[0]
hp.alignment = C
r = hp.add_run("COMUNE DI MONDAVIO"); r.bold = True; r.font.size = Pt(16); r.font.name = "Times New Roman"
hp2 = sec.header.add_paragraph(); hp2.alignment = C
r = hp2.add_run("Provincia di Pesaro e Urbino"); r.italic = True; r.font.size = Pt(10)
hp3 = sec.header.add_paragraph(); hp3.alignment = C
r = hp3.add_run("Piazza Matteotti, 2 – 61040 Mondavio (PU) – tel. 0721 97101"); r.font.size = Pt(8.5)
fp = sec.footer.paragraphs[0]; fp.alignment = C
r = fp.add_run("Delibera C.C. n. {numero} del {data} – pag. "); r.font.size = Pt(8.5)
r2 = fp.add_run(); r2.font.size = Pt(8.5); add_field(r2, "PAGE")

para("ORIGINALE", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=13.5, align=C, after=2)
para("N. {numero} del {data}", bold=True, size=12.5, align=C, after=8)
t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width, c1.width = Cm(3.0), Cm(13.6)
t.autofit = False
t.columns[0].width, t.columns[1].width = Cm(3.0), Cm(13.6)
c0.paragraphs[0].add_run("Oggetto:").bold = True
c1.paragraphs[0].add_run("{oggetto}").bold = True
para("", after=2)
para("Adunanza {tipo_seduta} di {convocazione} convocazione – seduta pubblica", italic=True, size=10.5, align=C)
p = para("L'anno {anno_lettere} addì {giorno_lettere} del mese di {mese} alle ore {ora}, nella sala consiliare "
         "del Palazzo Municipale, convocato nei modi e nei termini di legge con avvisi scritti recapitati a norma "
         "di regolamento, si è riunito il Consiglio Comunale. All'appello risultano:", align=J)

rt = d.add_table(rows=2, cols=4)
rt.style = "Table Grid"
hdr = ["Consiglieri", "Qualifica", "Pres.", "Ass."]
for i, h in enumerate(hdr):
    rt.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
row = rt.rows[1].cells
row[0].paragraphs[0].add_run("{#appello}{nome}")
row[1].paragraphs[0].add_run("{carica}")
row[2].paragraphs[0].add_run("{p}")
row[3].paragraphs[0].add_run("{a}{/appello}")
rt.autofit = False
for i, w in enumerate([Cm(7.5), Cm(5.0), Cm(2.0), Cm(2.0)]):
    rt.columns[i].width = w
for r_ in rt.rows:
    for i, w in enumerate([Cm(7.5), Cm(5.0), Cm(2.0), Cm(2.0)]):
        r_.cells[i].width = w
    for i in (2, 3):
        r_.cells[i].paragraphs[0].alignment = C
para("Assegnati n. 11 – In carica n. 11 – Presenti n. {presenti} – Assenti n. {assenti}", size=10.5,
     align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Partecipa il {segretario_ruolo} {segretario}, il quale provvede alla redazione del presente verbale.", align=J)
para("Essendo legale il numero degli intervenuti, {presidente_testo} assume la presidenza e dichiara aperta la "
     "seduta per la trattazione dell'argomento indicato in oggetto, iscritto al punto n. 3 dell'ordine del giorno.",
     align=J)
para("IL CONSIGLIO COMUNALE", bold=True, align=C)
para("{#premesse}", after=0)
para("{.}", align=J)
para("{/premesse}", after=0)
para("Con la seguente votazione, espressa per alzata di mano: {votazione};", align=J)
para("DELIBERA", bold=True, align=C)
para("{#punti}", after=0)
p = para("{n}) {testo}", align=J)
p.paragraph_format.left_indent = Cm(0.8)
p.paragraph_format.first_line_indent = Cm(-0.8)
para("{/punti}", after=0)
para("{ie}", align=J)
para("", after=6)
sig = d.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"),
                            ("{presidente_firma}", "{segretario}"),
                            ("firmato digitalmente", "firmato digitalmente")]):
    for j, tx in enumerate((a, b)):
        pp = sig.rows[i].cells[j].paragraphs[0]
        pp.alignment = C
        rr = pp.add_run(tx)
        rr.bold = i == 0
        rr.italic = i == 2
        if i == 2:
            rr.font.size = Pt(8.5)
para("", after=6)
bx = d.add_table(rows=1, cols=1)
bx.style = "Table Grid"
cp = bx.rows[0].cells[0].paragraphs[0]
cp.add_run("CERTIFICATO DI PUBBLICAZIONE\n").bold = True
r = cp.add_run("{pubblicazione}")
r.font.size = Pt(9.5)
d.save(OUT)
