#!/usr/bin/env python3
"""Comune di Anticoli Corrado - determinazione dell'Area Tecnica (house style "PA Digitale").

Writes a .docx with python-docx (letterhead in the first-page header, "OGGETTO:" in a
table cell left of the subject, CIG and CUP lines under it, a foot with PAGE/NUMPAGES
fields); build.sh converts it with LibreOffice.
Usage: a3_det_tecnica_anticoli.py OUT.docx CREST.png
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1]
CREST = sys.argv[2]

# crest picture, drawn as the office's template has it
im = Image.new("RGB", (120, 140), "white")
d = ImageDraw.Draw(im)
d.polygon([(6, 6), (114, 6), (114, 76), (60, 134), (6, 76)], fill="#dfe6ef", outline="#1d3f6e", width=5)
d.polygon([(28, 92), (60, 36), (92, 92)], fill="#1d3f6e")
im.save(CREST)

BLU = RGBColor(0x1D, 0x3F, 0x6E)
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15

sec = doc.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin, sec.right_margin = Mm(20), Mm(18)
sec.top_margin, sec.bottom_margin = Mm(14), Mm(18)
sec.header_distance, sec.footer_distance = Mm(8), Mm(9)
sec.different_first_page_header_footer = True


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def borders(table, sz=6, color="000000", inside=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in edges:
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def field(par, instr, size=8):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    r.font.size = Pt(size)


def para(text="", bold=False, size=None, align=None, after=None, italic=False, container=None):
    p = (container or doc).add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


# first-page header: the letterhead
fh = sec.first_page_header
p = fh.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run().add_picture(CREST, width=Mm(9))
p.paragraph_format.space_after = Pt(0)
p = fh.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
r = p.add_run("COMUNE DI ANTICOLI CORRADO"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = BLU
p = fh.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
r = p.add_run("Città Metropolitana di Roma Capitale"); r.italic = True; r.font.size = Pt(10)
p = fh.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Piazza delle Ville, 1 – 00022 Anticoli Corrado (RM) – C.F. 86001430589 – PEC: protocollo@pec.comune.anticolicorrado.rm.it")
r.font.size = Pt(7.5)
pPr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
bt.set(qn("w:val"), "single"); bt.set(qn("w:sz"), "12"); bt.set(qn("w:color"), "1D3F6E"); bdr.append(bt); pPr.append(bdr)

# header of the following pages
h = sec.header
p = h.paragraphs[0]
r = p.add_run("Comune di Anticoli Corrado – Area Tecnica"); r.font.size = Pt(8)

# footers with the number
for f in (sec.first_page_footer, sec.footer):
    p = f.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Determinazione Area Tecnica – Reg. Gen. n. 176 del 16/06/2028 – Pagina "); r.font.size = Pt(8)
    field(p, "PAGE")
    r = p.add_run(" di "); r.font.size = Pt(8)
    field(p, "NUMPAGES")

# band: kind + number boxes
t = doc.add_table(rows=2, cols=2)
borders(t, 6, "1D3F6E")
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.columns[0].width = Mm(112); t.columns[1].width = Mm(60)
for row in t.rows:
    row.cells[0].width = Mm(112); row.cells[1].width = Mm(60)
c = t.cell(0, 0); shade(c, "DFE6EF")
c.paragraphs[0].add_run("DETERMINAZIONE DEL RESPONSABILE").bold = True
c = t.cell(1, 0); shade(c, "DFE6EF")
r = c.paragraphs[0].add_run("AREA TECNICA"); r.bold = True
p = c.add_paragraph(); p.add_run("Servizio Lavori Pubblici e Manutenzioni").font.size = Pt(9.5)
c = t.cell(0, 1)
r = c.paragraphs[0].add_run("Reg. Gen. N. 176 del 16/06/2028"); r.bold = True
c = t.cell(1, 1)
r = c.paragraphs[0].add_run("N. 58 del 15/06/2028"); r.font.size = Pt(9.5)
p = c.add_paragraph(); r = p.add_run("(Registro dell'Area)"); r.font.size = Pt(8); r.italic = True

para(after=2)

# OGGETTO cell left of the subject, CIG and CUP under it
t = doc.add_table(rows=1, cols=2)
borders(t, 6)
t.columns[0].width = Mm(24); t.columns[1].width = Mm(148)
t.rows[0].cells[0].width = Mm(24); t.rows[0].cells[1].width = Mm(148)
c = t.cell(0, 0); shade(c, "F2F2F2")
c.paragraphs[0].add_run("OGGETTO:").bold = True
c = t.cell(0, 1)
r = c.paragraphs[0].add_run("Lavori di manutenzione straordinaria della strada comunale Colle Sant'Angelo – "
                            "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 "
                            "alla ditta Edil Simbruini S.r.l. e impegno di spesa.")
r.bold = True
c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = c.add_paragraph(); p.paragraph_format.space_before = Pt(3); p.paragraph_format.space_after = Pt(0)
p.add_run("CIG: B4F27C91A3").font.size = Pt(9.5)
p = c.add_paragraph()
p.add_run("CUP: F47H28000140004").font.size = Pt(9.5)

para(after=2)
p = para("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
body = [
    ("Visto", " il decreto sindacale n. 4 del 02/01/2028, con il quale il sottoscritto è stato nominato Responsabile dell'Area Tecnica con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"),
    ("Richiamate", " la deliberazione del Consiglio Comunale n. 6 del 28/02/2028, di approvazione del bilancio di previsione 2028/2030, e la deliberazione della Giunta Comunale n. 21 del 14/04/2028, con la quale è stato approvato il progetto esecutivo dei lavori in oggetto per un importo complessivo di € 78.000,00;"),
    ("Premesso", " che la strada comunale Colle Sant'Angelo presenta tratti di pavimentazione ammalorata e cedimenti del muro di contenimento a valle, tali da richiedere un intervento non differibile prima della stagione autunnale;"),
    ("Dato atto", " che, attraverso la piattaforma di approvvigionamento digitale certificata in uso all'Ente, è stato richiesto preventivo alla ditta Edil Simbruini S.r.l., con sede in Subiaco (RM), P.IVA 09874561002, in possesso di documentate esperienze pregresse, la quale ha offerto l'importo di € 56.420,00 oltre oneri per la sicurezza di € 1.800,00 e IVA al 22%;"),
    ("Ritenuta", " congrua l'offerta e verificata la regolarità contributiva della ditta (DURC prot. INAIL_48812730, valido fino al 14/10/2028);"),
    ("Visti", " il D.Lgs. n. 36/2023, il D.Lgs. n. 267/2000 e il vigente Regolamento comunale di contabilità;"),
]
for a, b in body:
    p = para(align=J)
    p.add_run(a).bold = True
    p.add_run(b)

para("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
points = [
    "di affidare, ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023, i lavori di manutenzione straordinaria della strada comunale Colle Sant'Angelo alla ditta Edil Simbruini S.r.l. per l'importo di € 58.220,00, oneri per la sicurezza compresi, oltre IVA;",
    "di impegnare la somma complessiva di € 71.028,40 (IVA 22% inclusa) al capitolo 20815 \"Manutenzione straordinaria viabilità comunale\", missione 10, programma 05, del bilancio di previsione 2028/2030, esercizio 2028;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "di dare atto che il Responsabile unico del progetto è il sottoscritto arch. Daniele Colasanti, che dichiara l'assenza di conflitti di interesse;",
    "di trasmettere il presente provvedimento all'Area Finanziaria per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
]
for i, s in enumerate(points, 1):
    p = para(align=J)
    p.paragraph_format.left_indent = Mm(7); p.paragraph_format.first_line_indent = Mm(-7)
    p.add_run("%d.\t%s" % (i, s))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(7))

para(after=10)
t = doc.add_table(rows=2, cols=2)
t.columns[0].width = Mm(86); t.columns[1].width = Mm(86)
c = t.cell(0, 1); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c.paragraphs[0].add_run("IL RESPONSABILE DELL'AREA TECNICA")
c = t.cell(1, 1); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
c.paragraphs[0].add_run("arch. Daniele Colasanti")
c = t.cell(1, 0); r = c.paragraphs[0].add_run("Anticoli Corrado, 15/06/2028"); r.font.size = Pt(9.5)

para(after=8)
t = doc.add_table(rows=1, cols=1)
borders(t, 6)
c = t.cell(0, 0)
p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA").bold = True
p = c.add_paragraph(); p.alignment = J
r = p.add_run("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa: impegno n. 412/2028 di € 71.028,40 sul capitolo 20815. Il provvedimento è esecutivo dalla data odierna ed è registrato al n. 176 del Registro Generale delle determinazioni.")
r.font.size = Pt(9.5)
p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("Anticoli Corrado, 16/06/2028 – Il Responsabile dell'Area Finanziaria, dott. Giorgio Lupi"); r.font.size = Pt(9.5)

p = para("Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate", italic=True, size=7.5,
         align=WD_ALIGN_PARAGRAPH.CENTER)
p.paragraph_format.space_before = Pt(8)

doc.core_properties.title = "Determinazione Area Tecnica n. 176/2028"
doc.core_properties.author = "PA Digitale - Atti Amministrativi"
doc.save(OUT)
