#!/usr/bin/env python3
"""Comune di Montefano - Determinazione Area Tecnica n. 163 (Reg. gen. 512), Halley-like model.

python-docx writes a .docx (header table with the shield, a 2x2 number grid,
Word list numbering for the dispositivo, a footer with a PAGE field); LibreOffice
exports it to PDF in build.sh.
usage: montefano_determina.py OUT.docx CREST.png
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out, crest = sys.argv[1], sys.argv[2]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(20)
st = d.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)


def para(text="", bold=False, align=None, size=None, italic=False, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def cell_text(cell, lines, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.paragraphs[0].text = ""
    first = True
    for text, bold, size in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)


def widths(table, mms):
    """Fixed column widths, written to the grid and to every cell (Writer reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)


def borders(table, sz=6):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


# letterhead
t = d.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths(t, [25, 145])
t.cell(0, 0).paragraphs[0].add_run().add_picture(crest, width=Mm(17))
cell_text(t.cell(0, 1), [("COMUNE DI MONTEFANO", True, 17), ("Provincia di Macerata", False, 10.5),
                         ("Piazza Bracaccini, 1 - 62010 Montefano (MC) - C.F. 00128540436", False, 8.5)])
para("", after=2)
para("AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=0)
para("Servizio Lavori Pubblici e Manutenzioni", align=WD_ALIGN_PARAGRAPH.CENTER, size=11, after=8)
para("DETERMINAZIONE DEL RESPONSABILE DELL'AREA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
     size=12, after=6)
g = d.add_table(rows=2, cols=2)
borders(g)
widths(g, [85, 85])
cell_text(g.cell(0, 0), [("Numero di settore", False, 9)])
cell_text(g.cell(0, 1), [("Registro generale", False, 9)])
cell_text(g.cell(1, 0), [("N. 163 del 12-12-2028", True, 11.5)])
cell_text(g.cell(1, 1), [("N. 512 del 13-12-2028", True, 11.5)])
para("", after=4)
o = d.add_table(rows=1, cols=2)
widths(o, [22, 148])
cell_text(o.cell(0, 0), [("Oggetto:", True, 11)], align=WD_ALIGN_PARAGRAPH.LEFT)
cell_text(o.cell(0, 1), [("SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE STRADE COMUNALI - "
                          "STAGIONE INVERNALE 2028/2029 - AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, "
                          "COMMA 1, LETT. B), DEL D.LGS. 36/2023 ALLA DITTA MONTANARI SCAVI S.R.L. - "
                          "IMPEGNO DI SPESA - CIG B4C7E21F09", True, 11)],
          align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para("", after=4)
para("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
for text in [
    "VISTO il decreto del Sindaco n. 3 del 02-01-2028, con il quale è stata conferita alla "
    "sottoscritta la responsabilità dell'Area Tecnica con i poteri di cui all'art. 107 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "RICHIAMATE la deliberazione del Consiglio Comunale n. 9 del 28-02-2028, di approvazione del "
    "bilancio di previsione finanziario 2028/2030, e la deliberazione della Giunta Comunale n. 24 "
    "del 07-03-2028, di approvazione del Piano esecutivo di gestione;",
    "PREMESSO che, in vista della stagione invernale 2028/2029, occorre assicurare il servizio di "
    "sgombero neve e di spargimento di sale e graniglia sulle strade comunali, in particolare sulle "
    "strade di collegamento con le contrade e sui tratti in pendenza, a tutela della sicurezza della "
    "circolazione;",
    "DATO ATTO che il personale e i mezzi comunali non sono sufficienti a garantire il servizio "
    "sull'intera rete viaria comunale, di circa 64 km, e che si rende pertanto necessario "
    "affidarne una parte a un operatore economico esterno;",
    "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente "
    "l'affidamento diretto dei servizi di importo inferiore a 140.000,00 euro;",
    "VISTO il preventivo presentato tramite la piattaforma di approvvigionamento digitale dalla "
    "ditta Montanari Scavi S.r.l., con sede in Montefano, P.IVA 01873420439, acquisito al "
    "protocollo n. 9655 del 02-12-2028, per un importo di euro 18.600,00 oltre IVA al 22%, "
    "ritenuto congruo;",
    "ACCERTATA la regolarità contributiva della ditta mediante DURC on line prot. INAIL_51290884, "
    "con scadenza 28-03-2029;",
]:
    para(text, align=J)
para("D E T E R M I N A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
for text in [
    "di affidare, per le motivazioni espresse in premessa, il servizio di sgombero neve e "
    "spargimento sale sulle strade comunali per la stagione invernale 2028/2029 alla ditta "
    "Montanari Scavi S.r.l., con sede in Montefano, per l'importo di euro 18.600,00 oltre IVA al "
    "22%, per complessivi euro 22.692,00;",
    "di impegnare la spesa complessiva di euro 22.692,00 alla Missione 10, Programma 05, "
    "capitolo 1940/3 \"Servizio sgombero neve\" del bilancio di previsione 2028/2030, per euro "
    "9.076,80 sull'esercizio 2028 e per euro 13.615,20 sull'esercizio 2029;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso del "
    "commercio, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il Responsabile unico del progetto è il geom. Luca Brandoni, dipendente "
    "dell'Area Tecnica;",
    "di attestare l'assenza di conflitti di interesse in capo alla sottoscritta e al RUP;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
    "\"Amministrazione Trasparente\" del sito istituzionale.",
]:
    d.add_paragraph(text, style="List Number").alignment = J
para("", after=6)
sig = d.add_table(rows=1, cols=2)
widths(sig, [70, 100])
cell_text(sig.cell(0, 1), [("IL RESPONSABILE DELL'AREA TECNICA", True, 11),
                           ("f.to ing. Valentina Rocchetti", False, 11)])
para("", after=10)
v = d.add_table(rows=1, cols=1)
borders(v, 4)
cell_text(v.cell(0, 0), [
    ("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", True, 10),
    ("(art. 147-bis e art. 183, comma 7, del D.Lgs. 267/2000)", False, 9),
    ("Impegni n. 1287/2028 e n. 41/2029. Montefano, lì 13-12-2028", False, 10),
    ("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA - f.to dott. Enrico Sampaolesi", False, 10)])
para("", after=4)
para("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.",
     italic=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)

# running foot with the act's number and a PAGE field
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def run(p, text):
    r = p.add_run(text)
    r.font.size = Pt(8.5)
    r.italic = True
    return r


run(fp, "DETERMINAZIONE AREA TECNICA n. 163 del 12-12-2028 - pag. ")
r = run(fp, "")
for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
    if kind:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
        r._r.append(e)
run(fp, " - COMUNE DI MONTEFANO")
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hr = hp.add_run("COPIA")
hr.font.size = Pt(8)
d.core_properties.title = "Determinazione Area Tecnica n. 163 del 12-12-2028"
d.core_properties.author = "Comune di Montefano"
d.save(out)
