#!/usr/bin/env python3
"""Arnara, Area Tecnica: determinazione RG 71 / Area 19, written as .docx
(python-docx) and exported by LibreOffice Writer. Usage: script.py OUT.docx CREST.png"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

out, crest = sys.argv[1], sys.argv[2]

# a small drawn crest (tower on a shield), the same as the Giunta's letterhead
im = Image.new("RGB", (140, 164), "white")
d = ImageDraw.Draw(im)
d.polygon([(10, 12), (130, 12), (130, 80), (112, 130), (70, 156), (28, 130), (10, 80)], outline=(29, 59, 110), width=6)
d.rectangle([44, 52, 96, 112], fill=(29, 59, 110))
for x in (36, 62, 88):
    d.rectangle([x, 40, x + 16, 56], fill=(29, 59, 110))
d.rectangle([62, 88, 78, 112], fill="white")
im.save(crest)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(22), Mm(18)
sec.top_margin, sec.bottom_margin = Mm(14), Mm(20)
sec.header_distance, sec.footer_distance = Mm(8), Mm(9)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def para(container, text="", bold=False, size=None, align=None, after=None, italic=False):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def field(run_par, instr):
    r = run_par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        r._r.append(el)
    r.font.size = Pt(7.5)


# ---- header: crest | ente | ORIGINALE
hdr = sec.header
ht = hdr.add_table(rows=1, cols=3, width=Mm(170))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
ht.autofit = False
c0, c1, c2 = ht.rows[0].cells
for col, w in zip(ht.columns, (Mm(22), Mm(118), Mm(30))):
    col.width = w
    for c in col.cells:
        c.width = w
c0.paragraphs[0].add_run().add_picture(crest, width=Mm(17))
p = c1.paragraphs[0]
r = p.add_run("COMUNE DI ARNARA"); r.bold = True; r.font.size = Pt(17)
p2 = c1.add_paragraph(); r = p2.add_run("Provincia di Frosinone"); r.font.size = Pt(10)
p3 = c1.add_paragraph(); r = p3.add_run("Piazza Municipio, 1 – 03020 Arnara (FR) – tel. 0775 290011 – PEC: protocollo.arnara@pec.it")
r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
p4 = c2.paragraphs[0]; p4.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p4.add_run("ORIGINALE"); r.bold = True; r.font.size = Pt(10)
hdr.paragraphs[0].text = ""

# ---- footer: running foot with the register number and the page
ft = sec.footer.paragraphs[0]
r = ft.add_run("Comune di Arnara – Determinazione Reg. Gen. n. 71 del 08/03/2028          Pag. ")
r.font.size = Pt(7.5)
field(ft, "PAGE")
r = ft.add_run(" di "); r.font.size = Pt(7.5)
field(ft, "NUMPAGES")

# ---- Area and grid of numbers
para(doc, "AREA TECNICA", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(doc, "Servizio Lavori Pubblici e Manutenzioni", size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

g = doc.add_table(rows=3, cols=4)
g.style = "Table Grid"
g.alignment = WD_TABLE_ALIGNMENT.CENTER
hdrcell = g.cell(0, 0).merge(g.cell(0, 3))
hdrcell.text = ""
rr = hdrcell.paragraphs[0].add_run("DETERMINAZIONE"); rr.bold = True; rr.font.size = Pt(12)
hdrcell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
shade(hdrcell, "E9E9E9")
rows = [("Registro Generale", "N. 71", "del 08/03/2028"), ("Registro di Area", "N. 19", "del 06/03/2028")]
for i, (a, b, c) in enumerate(rows, start=1):
    g.cell(i, 0).text = a
    g.cell(i, 1).text = ""
    rb = g.cell(i, 1).paragraphs[0].add_run(b); rb.bold = True
    g.cell(i, 2).text = c
    g.cell(i, 3).text = "Esecutiva dal 08/03/2028" if i == 1 else "Proposta n. 23"
for row in g.rows:
    for c in row.cells:
        for pp in c.paragraphs:
            pp.paragraph_format.space_after = Pt(1)

para(doc, "", after=2)
o = doc.add_table(rows=1, cols=1)
o.style = "Table Grid"
oc = o.cell(0, 0)
oc.text = ""
op = oc.paragraphs[0]
op.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
r = op.add_run("OGGETTO: "); r.bold = True
r = op.add_run("AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, "
               "DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI DI PUBBLICA ILLUMINAZIONE PER IL "
               "PERIODO APRILE - DICEMBRE 2028 ALLA DITTA ELETTROSERVICE CIOCIARIA S.R.L. - IMPEGNO DI SPESA - "
               "CIG B7A41C93E2")
r.bold = True

para(doc, "", after=2)
para(doc, "IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

premesse = [
    ("VISTO", " il decreto sindacale n. 2 del 05/01/2028, con il quale il sottoscritto è stato nominato Responsabile dell'Area Tecnica con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"),
    ("RICHIAMATE", " la deliberazione del Consiglio Comunale n. 4 del 19/02/2028, di approvazione del bilancio di previsione 2028/2030, e la deliberazione della Giunta Comunale n. 12 del 23/02/2028, di approvazione del Piano Esecutivo di Gestione;"),
    ("PREMESSO", " che il contratto di manutenzione degli impianti di pubblica illuminazione (n. 612 punti luce) scade il 31/03/2028 e che occorre garantire la continuità del servizio nelle more della procedura di affidamento pluriennale;"),
    ("DATO ATTO", " che, a seguito di richiesta di preventivo tramite la piattaforma di approvvigionamento digitale certificata, la ditta ELETTROSERVICE CIOCIARIA S.R.L., con sede in Frosinone, Via Monti Lepini n. 118, P.IVA 02874510603, ha offerto l'importo di € 11.800,00 oltre IVA, ritenuto congruo in rapporto ai prezzi di mercato;"),
    ("VERIFICATI", " il possesso dei requisiti di ordine generale e la regolarità contributiva della ditta (DURC prot. INAIL_51288407, valido fino al 17/06/2028);"),
    ("VISTI", " il D.Lgs. 31 marzo 2023, n. 36, il D.Lgs. 267/2000 e il vigente Regolamento di contabilità;"),
    ("ATTESTATA", " la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"),
]
for k, v in premesse:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(k); r.bold = True
    p.add_run(v)

para(doc, "DETERMINA", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
punti = [
    "di richiamare la premessa quale parte integrante e sostanziale del presente provvedimento;",
    "di affidare alla ditta ELETTROSERVICE CIOCIARIA S.R.L. il servizio di manutenzione ordinaria degli impianti di pubblica illuminazione per il periodo dal 01/04/2028 al 31/12/2028, per l'importo di € 11.800,00 oltre IVA al 22%, per complessivi € 14.396,00;",
    "di impegnare la spesa complessiva di € 14.396,00 alla Missione 10, Programma 5, Titolo 1, capitolo 1972 \"Manutenzione impianti di pubblica illuminazione\" del bilancio di previsione 2028/2030, esercizio 2028;",
    "di dare atto che il Responsabile Unico del Progetto è il sottoscritto geom. Luigi Fratarcangeli e che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di trasmettere il presente atto al Responsabile dell'Area Finanziaria per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.",
]
for t in punti:
    p = doc.add_paragraph(t, style="List Number")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

para(doc, "", after=4)
s = doc.add_table(rows=1, cols=2)
s.cell(0, 0).text = "Arnara, 06/03/2028"
sp = s.cell(0, 1).paragraphs[0]
sp.alignment = WD_ALIGN_PARAGRAPH.CENTER
sp.add_run("IL RESPONSABILE DELL'AREA TECNICA").bold = True
s.cell(0, 1).add_paragraph("geom. Luigi Fratarcangeli").alignment = WD_ALIGN_PARAGRAPH.CENTER
s.cell(0, 1).add_paragraph("(firmato digitalmente)").alignment = WD_ALIGN_PARAGRAPH.CENTER

para(doc, "", after=8)
v = doc.add_table(rows=1, cols=1)
v.style = "Table Grid"
vc = v.cell(0, 0)
vc.text = ""
r = vc.paragraphs[0].add_run("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"); r.bold = True
vc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
vp = vc.add_paragraph("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa. Impegno n. 188/2028 di € 14.396,00 sul capitolo 1972.")
vp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
vc.add_paragraph("Arnara, 08/03/2028                    IL RESPONSABILE DELL'AREA FINANZIARIA – rag. Mauro Bove")

doc.save(out)
