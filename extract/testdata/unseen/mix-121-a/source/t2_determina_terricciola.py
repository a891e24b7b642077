#!/usr/bin/env python3
"""Comune di Terricciola - determinazione R.G. 412 del 15/09/2027 (Settore 2).

The same "Anthea" house style as the Giunta's minute, but the determinazioni
leave the package as a Word model (.docx) that the office finishes and saves
as PDF from LibreOffice: letterhead in the page header, a 2x2 grid with the
general and the sector's register, a foot with the number and PAGE/NUMPAGES
fields, justified body text.
Writes the .docx; build.sh converts it with soffice.
"""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-terricciola-anthea.docx"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)


def field(run, instr):
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " %s " % instr
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)


def borders(table, sz=6):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:fill"), hexcolor)
    tcPr.append(s)


# ---- header: letterhead ----
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Mm(166))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = ht.rows[0].cells
c0.width, c1.width = Mm(126), Mm(40)
p = c0.paragraphs[0]
r = p.add_run("COMUNE DI TERRICCIOLA")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x6b, 0x1d, 0x1d)
p = c0.add_paragraph()
r = p.add_run("Provincia di Pisa")
r.font.size = Pt(10)
p = c0.add_paragraph()
r = p.add_run("Via Roma, 37 - 56030 Terricciola (PI) - Tel. 0587 65651")
r.font.size = Pt(8)
p = c1.paragraphs[0]
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("ORIGINALE")
r.bold = True
r.font.size = Pt(10)
hdr.paragraphs[0].text = ""

# ---- footer: number + page fields ----
ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Determinazione R.G. n. 412 del 15/09/2027  -  Pag. ")
r.font.size = Pt(8)
r = fp.add_run()
r.font.size = Pt(8)
field(r, "PAGE")
r = fp.add_run(" di ")
r.font.size = Pt(8)
r = fp.add_run()
r.font.size = Pt(8)
field(r, "NUMPAGES")

# ---- heading ----
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(6)
r = p.add_run("SETTORE 2 - SERVIZI FINANZIARI E TRIBUTI")
r.bold = True
r.font.size = Pt(12.5)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Servizio Economato e Provveditorato")
r.italic = True

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(8)
r = p.add_run("DETERMINAZIONE")
r.bold = True
r.font.size = Pt(14)

g = doc.add_table(rows=2, cols=2)
borders(g)
g.alignment = WD_TABLE_ALIGNMENT.CENTER
vals = [("Registro Generale", "n. 412 del 15/09/2027"),
        ("Registro di Settore", "n. 58 del 13/09/2027")]
for row, (k, v) in zip(g.rows, vals):
    row.cells[0].width, row.cells[1].width = Mm(60), Mm(106)
    shade(row.cells[0], "E9E3D6")
    row.cells[0].paragraphs[0].add_run(k).bold = True
    row.cells[1].paragraphs[0].add_run(v)

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(10)
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p.paragraph_format.left_indent = Mm(24)
p.paragraph_format.first_line_indent = Mm(-24)
r = p.add_run("OGGETTO:\t")
r.bold = True
r = p.add_run("AFFIDAMENTO DIRETTO DELLA FORNITURA DI CANCELLERIA E MATERIALE DI CONSUMO PER GLI "
              "UFFICI COMUNALI - PERIODO OTTOBRE 2027 / SETTEMBRE 2028 - DITTA CARTOLERIA BINI S.R.L. "
              "DI PONTEDERA - CIG B2C7F41A9E - IMPEGNO DI SPESA.")
r.bold = True
p.paragraph_format.tab_stops.add_tab_stop(Mm(24))

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(10)
r = p.add_run("IL RESPONSABILE DEL SETTORE")
r.bold = True

body = [
    "Visto il decreto del Sindaco n. 3 del 04/01/2027, con il quale alla sottoscritta è stato conferito "
    "l'incarico di Elevata Qualificazione e la responsabilità del Settore 2 - Servizi Finanziari e Tributi "
    "fino al 31/12/2027;",
    "Richiamate la deliberazione del Consiglio Comunale n. 14 del 27/03/2027, di approvazione del bilancio "
    "di previsione 2027/2029, e la deliberazione della Giunta Comunale n. 41 del 15/04/2027, di "
    "approvazione del Piano Esecutivo di Gestione 2027/2029;",
    "Premesso che il contratto in essere per la fornitura di cancelleria e materiale di consumo per gli "
    "uffici comunali scade il 30/09/2027 e che occorre garantire la continuità della fornitura;",
    "Dato atto che è stata svolta una indagine informale di mercato tra tre operatori economici del "
    "territorio, a seguito della quale la ditta Cartoleria Bini S.r.l., con sede in Pontedera, Via Tosco "
    "Romagnola n. 118, P.IVA 01873450508, ha presentato il preventivo più conveniente, acquisito al "
    "protocollo n. 9342 del 06/09/2027, per un importo di euro 6.150,00 oltre IVA;",
    "Visto l'art. 50, comma 1, lettera b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento "
    "diretto di servizi e forniture di importo inferiore a euro 140.000,00;",
    "Verificata la regolarità contributiva della ditta (DURC prot. INAIL_51037764, scadenza 09/01/2028) "
    "e acquisito il codice identificativo di gara CIG B2C7F41A9E;",
    "Attestata la regolarità e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del "
    "D.Lgs. 18 agosto 2000, n. 267;",
]
for t in body:
    p = doc.add_paragraph(t)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(8)
r = p.add_run("DETERMINA")
r.bold = True

points = [
    "di affidare alla ditta Cartoleria Bini S.r.l. di Pontedera la fornitura di cancelleria e materiale "
    "di consumo per gli uffici comunali per il periodo dal 01/10/2027 al 30/09/2028, per l'importo di "
    "euro 6.150,00 oltre IVA al 22%, per complessivi euro 7.503,00;",
    "di impegnare la spesa di euro 1.876,00 al capitolo 10120/3 \"Acquisto cancelleria e stampati\" del "
    "bilancio 2027 e la spesa di euro 5.627,00 al medesimo capitolo del bilancio 2028;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai "
    "sensi dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "di nominare Responsabile Unico del Progetto la sig.ra Marta Caponi, istruttore amministrativo del "
    "Servizio Economato e Provveditorato;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
    "\"Amministrazione Trasparente\" - \"Bandi di gara e contratti\".",
]
for i, t in enumerate(points, 1):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(8))
    p.add_run("%d.\t%s" % (i, t))

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(14)
p.paragraph_format.left_indent = Mm(95)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("IL RESPONSABILE DEL SETTORE 2")
r.bold = True
p = doc.add_paragraph()
p.paragraph_format.left_indent = Mm(95)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Rag. Paola Lischi")
p = doc.add_paragraph()
p.paragraph_format.left_indent = Mm(95)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("(documento firmato digitalmente)")
r.italic = True
r.font.size = Pt(8.5)

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(16)
r = p.add_run("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
r.bold = True
r.font.size = Pt(10)
p = doc.add_paragraph(
    "Ai sensi dell'art. 151, comma 4, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile "
    "attestante la copertura finanziaria della spesa. Impegni n. 2027/611 e n. 2028/74.")
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
for run in p.runs:
    run.font.size = Pt(10)
p = doc.add_paragraph()
p.add_run("Terricciola, 15/09/2027").font.size = Pt(10)
p = doc.add_paragraph()
p.paragraph_format.left_indent = Mm(95)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Il Responsabile del Servizio Finanziario\nRag. Paola Lischi")
r.font.size = Pt(10)

doc.core_properties.author = "Anthea - modello determinazione"
doc.core_properties.title = "Determinazione RG 412/2027"
doc.save(OUT)
