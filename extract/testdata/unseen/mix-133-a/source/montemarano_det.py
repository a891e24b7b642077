#!/usr/bin/env python3
"""Comune di Montemarano - Determinazione del Settore Amministrativo n. 41 del
11/09/2028, Registro Generale n. 268 del 12/09/2028.

"Sicraweb" house as the office exports it to Word: a header table with the
Settore and the Servizio, a grid with the sector's and the general register's
numbers, Word list numbering for the dispositivo, a running header and a
"Pagina X di Y" footer made of fields. Written with python-docx; build.sh
converts it with LibreOffice.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
sec.header_distance, sec.footer_distance = Mm(8), Mm(9)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.12

doc.core_properties.title = "Determinazione Settore Amministrativo n. 41/2028"
doc.core_properties.author = "Sicraweb - Maggioli"


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    r4 = par.add_run("1")
    r5 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)
    for x in (r, r2, r3, r4, r5):
        x.font.size = Pt(8)


def cell_border(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def widths(table, mms):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)


def para(text, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=11, after=3, italic=False):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    return p


# running header (pages 2+) and footer with fields
hp = sec.header.paragraphs[0]
hp.text = "Comune di Montemarano - Settore Amministrativo - Determinazione n. 41 del 11/09/2028"
hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
for ft in (sec.footer, sec.first_page_footer):
    fp = ft.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Pagina "); r.font.size = Pt(8)
    field(fp, "PAGE")
    r = fp.add_run(" di "); r.font.size = Pt(8)
    field(fp, "NUMPAGES")

# letterhead
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
widths(t, (105, 65))
p = c0.paragraphs[0]
r = p.add_run("COMUNE DI MONTEMARANO"); r.bold = True; r.font.size = Pt(17)
r.font.color.rgb = RGBColor(0x1d, 0x3f, 0x73)
p2 = c0.add_paragraph(); r = p2.add_run("Provincia di Avellino"); r.font.size = Pt(10.5)
p3 = c0.add_paragraph(); r = p3.add_run("Piazza del Municipio, 1 - 83040 Montemarano (AV) - C.F. 82001150649")
r.font.size = Pt(8)
q = c1.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = q.add_run("SETTORE AMMINISTRATIVO"); r.bold = True; r.font.size = Pt(11)
q2 = c1.add_paragraph(); q2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = q2.add_run("Servizio Pubblica Istruzione e Servizi Sociali"); r.font.size = Pt(9)
doc.add_paragraph().paragraph_format.space_after = Pt(2)

# numbers grid
g = doc.add_table(rows=2, cols=2)
g.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [("DETERMINAZIONE N. 41", "REGISTRO GENERALE N. 268"), ("DEL 11/09/2028", "DEL 12/09/2028")]
for i in range(2):
    for j in range(2):
        c = g.rows[i].cells[j]
        cell_border(c)
        pp = c.paragraphs[0]; pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pp.add_run(vals[i][j]); rr.bold = (i == 0); rr.font.size = Pt(11.5 if i == 0 else 10.5)
para("Proposta n. 52 del 08/09/2028", size=9, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=8)

# subject table
s = doc.add_table(rows=1, cols=2)
a, b = s.rows[0].cells
widths(s, (25, 145))
ra = a.paragraphs[0].add_run("OGGETTO:"); ra.bold = True
rb = b.paragraphs[0].add_run(
    "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2028/2029 - PROROGA TECNICA DEL CONTRATTO CON LA DITTA "
    "AUTOSERVIZI DEL CALORE S.N.C. DAL 14/09/2028 AL 31/12/2028 - IMPEGNO DI SPESA - CIG B31E0D7A52")
rb.bold = True
doc.add_paragraph()

para("IL RESPONSABILE DEL SETTORE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for t in [
    "Visto il decreto sindacale n. 3 del 03/01/2028, di nomina della sottoscritta quale Responsabile del "
    "Settore Amministrativo, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "Premesso che con determinazione n. 212 del 29/08/2025 (Registro Generale) il servizio di trasporto "
    "scolastico per gli alunni della scuola dell'infanzia, primaria e secondaria di primo grado è stato "
    "affidato alla ditta Autoservizi del Calore S.n.c. di Montemarano per gli anni scolastici 2025/2026, "
    "2026/2027 e 2027/2028, con contratto rep. n. 14/2025, scaduto il 30/06/2028;",
    "Dato atto che la procedura aperta per il nuovo affidamento triennale, indetta con determinazione n. 187 "
    "del 25/07/2028 (Registro Generale) tramite la Centrale Unica di Committenza, è in corso di svolgimento "
    "e non potrà concludersi prima dell'avvio dell'anno scolastico, fissato dal calendario regionale per il "
    "14/09/2028;",
    "Visto l'art. 120, comma 11, del D.Lgs. 31 marzo 2023, n. 36, che consente la proroga tecnica del "
    "contratto in corso di esecuzione nei casi eccezionali in cui risultino obiettive e insuperabili "
    "ritardi nella conclusione della procedura di affidamento, per il tempo strettamente necessario;",
    "Acquisita la disponibilità della ditta a proseguire il servizio agli stessi patti e condizioni del "
    "contratto originario (nota prot. n. 3871 del 02/09/2028), per un corrispettivo mensile di € 4.950,00 "
    "oltre IVA al 10%;",
    "Accertata la regolarità contributiva della ditta (DURC prot. INPS_52210943, valido fino al 09/01/2029);",
]:
    para(t)

para("D E T E R M I N A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for t in [
    "di prorogare, per le motivazioni espresse in premessa, il contratto per il servizio di trasporto "
    "scolastico con la ditta Autoservizi del Calore S.n.c., con sede in Montemarano (AV), P. IVA 02687540645, "
    "dal 14/09/2028 al 31/12/2028, agli stessi patti e condizioni;",
    "di impegnare la spesa complessiva di € 19.057,50 (IVA compresa) alla Missione 04, Programma 06, "
    "capitolo 1452 del bilancio di previsione 2028/2030, esercizio 2028;",
    "di dare atto che il CIG attribuito alla proroga è B31E0D7A52;",
    "di dare atto che la Responsabile Unica del Progetto è la sottoscritta;",
    "di trasmettere la presente determinazione al Settore Economico-Finanziario per il visto di regolarità "
    "contabile e per la pubblicazione all'Albo Pretorio on line.",
]:
    p = doc.add_paragraph(style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(t)

doc.add_paragraph()
sig = doc.add_table(rows=2, cols=2)
widths(sig, (70, 100))
sig.rows[0].cells[1].paragraphs[0].add_run("Il Responsabile del Settore Amministrativo").bold = True
sig.rows[1].cells[1].paragraphs[0].add_run("dott.ssa Filomena Ricciardelli")
sig.rows[0].cells[0].paragraphs[0].add_run("Montemarano, 11/09/2028")
for row in sig.rows:
    row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
para("(Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e s.m.i.)", size=8, italic=True,
     align=WD_ALIGN_PARAGRAPH.RIGHT, after=14)

para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, size=10.5)
para("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si attesta la copertura finanziaria della spesa "
     "(impegno n. 611/2028 di € 19.057,50 sul capitolo 1452). La presente determinazione è esecutiva dalla "
     "data di apposizione del visto.", size=10)
v = doc.add_table(rows=2, cols=2)
widths(v, (70, 100))
v.rows[0].cells[0].paragraphs[0].add_run("Montemarano, 12/09/2028")
v.rows[0].cells[1].paragraphs[0].add_run("Il Responsabile del Settore Economico-Finanziario").bold = True
v.rows[1].cells[1].paragraphs[0].add_run("rag. Carmela Festa")
for row in v.rows:
    row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.save(out)
