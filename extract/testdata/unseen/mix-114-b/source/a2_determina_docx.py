#!/usr/bin/env python3
"""Comunità Montana Bussento - Lambro e Mingardo: determinazione of the
Area Tecnica e Forestale, "Halley" house style, typed as a Word document
(python-docx) and exported to PDF by LibreOffice Writer (build.sh).

The letterhead sits in the page header (repeated on each page); the
number block is a two-cell table (Area and Servizio left, general and
sector register right); the footer carries the register number and a
PAGE / NUMPAGES field."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "a2.docx"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(18)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.paragraph_format.space_after = Pt(4)


def field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "separate"); r3._r.append(e)
    r4 = par.add_run("1")
    r5 = par.add_run()
    f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "end"); r5._r.append(f)


def borders(cell_or_par, sides=("top", "bottom", "left", "right"), sz=6):
    el = cell_or_par._tc if hasattr(cell_or_par, "_tc") else cell_or_par._p
    if hasattr(cell_or_par, "_tc"):
        pr = el.get_or_add_tcPr()
        bd = OxmlElement("w:tcBorders")
    else:
        pr = el.get_or_add_pPr()
        bd = OxmlElement("w:pBdr")
    for s in sides:
        x = OxmlElement(f"w:{s}")
        x.set(qn("w:val"), "single"); x.set(qn("w:sz"), str(sz)); x.set(qn("w:space"), "2")
        x.set(qn("w:color"), "000000")
        bd.append(x)
    pr.append(bd)


# header: letterhead
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNITÀ MONTANA BUSSENTO – LAMBRO E MINGARDO")
r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x2E, 0x5D, 0x34)
h2 = sec.header.add_paragraph()
h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h2.add_run("(Provincia di Salerno)"); r.italic = True; r.font.size = Pt(10)
h3 = sec.header.add_paragraph()
h3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h3.add_run("Via Nazionale, 1 – 84050 Futani (SA) – C.F. 84001230656 – PEC: protocollo@pec.cmbussento.it")
r.font.size = Pt(8)
borders(h3, sides=("bottom",))

# footer: register number and page x of y
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Determinazione Reg. Gen. n. 41 del 11/02/2027 – Pag. "); r.font.size = Pt(8)
field(fp, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
field(fp, "NUMPAGES")

# number block
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
c0, c1 = t.rows[0].cells
c0.width, c1.width = Mm(92), Mm(74)
p = c0.paragraphs[0]
r = p.add_run("AREA TECNICA E FORESTALE"); r.bold = True; r.font.size = Pt(12)
p = c0.add_paragraph()
r = p.add_run("Servizio Forestazione e Antincendio"); r.font.size = Pt(10.5)
p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("DETERMINAZIONE"); r.bold = True; r.font.size = Pt(12)
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Registro Generale N. 41 del 11/02/2027"); r.bold = True; r.font.size = Pt(10.5)
p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Registro di Settore N. 17 del 09/02/2027"); r.font.size = Pt(10)
for c in (c0, c1):
    borders(c)

doc.add_paragraph()
p = doc.add_paragraph()
p.paragraph_format.left_indent = Mm(0)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Affidamento diretto del servizio di manutenzione ordinaria degli automezzi in dotazione "
              "alle squadre forestali – Impegno di spesa – CIG B4F2A71C93.")
r.bold = True
borders(p)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(10)
r = p.add_run("IL RESPONSABILE DELL'AREA TECNICA E FORESTALE"); r.bold = True

body = [
    "VISTO il decreto del Presidente n. 14 del 29/12/2026, con il quale al sottoscritto sono state "
    "attribuite le funzioni di Responsabile dell'Area Tecnica e Forestale per l'anno 2027;",
    "VISTA la deliberazione del Consiglio Generale n. 3 del 27/01/2027, esecutiva, di approvazione del "
    "bilancio di previsione 2027-2029;",
    "PREMESSO che le squadre idraulico-forestali dispongono di n. 9 automezzi fuoristrada e di n. 2 "
    "autocarri, per i quali occorre assicurare la manutenzione ordinaria programmata, in vista dell'avvio "
    "della campagna antincendio boschivo 2027;",
    "DATO ATTO che è stato richiesto, tramite la piattaforma di approvvigionamento digitale, un preventivo "
    "all'operatore economico Autofficina Di Luca s.r.l., con sede in Torre Orsaia (SA), che ha offerto "
    "l'importo di € 7.850,00 oltre IVA, ritenuto congruo;",
    "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36;",
    "ACCERTATA la regolarità contributiva dell'operatore (DURC prot. INAIL_58214477, in corso di validità);",
]
for b in body:
    p = doc.add_paragraph(b); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.paragraph_format.space_before = Pt(8)
r = p.add_run("D E T E R M I N A"); r.bold = True

points = [
    "di affidare, per le motivazioni in premessa, all'operatore economico Autofficina Di Luca s.r.l. il "
    "servizio di manutenzione ordinaria degli automezzi in dotazione alle squadre forestali, per l'importo "
    "di € 7.850,00 oltre IVA al 22%, per complessivi € 9.577,00;",
    "di impegnare la spesa di € 9.577,00 sul capitolo 2140/3 del bilancio 2027-2029, esercizio 2027;",
    "di dare atto che il CIG attribuito all'affidamento è B4F2A71C93;",
    "di disporre che il contratto sia stipulato mediante corrispondenza secondo l'uso del commercio;",
    "di trasmettere il presente atto al Servizio Finanziario per il visto di regolarità contabile.",
]
for i, b in enumerate(points, 1):
    p = doc.add_paragraph(f"{i}) {b}")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(7)
    p.paragraph_format.first_line_indent = Mm(-7)

p = doc.add_paragraph("Futani, 11/02/2027")
p.paragraph_format.space_before = Pt(10)
for line, bold in (("IL RESPONSABILE DELL'AREA TECNICA E FORESTALE", True), ("F.to ing. Mario Cammarano", False)):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(line); r.bold = bold

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(14)
r = p.add_run("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"); r.bold = True
borders(p, sides=("top",))
doc.add_paragraph("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa "
                  "(art. 183, comma 7, D.Lgs. 267/2000). Impegno n. 118/2027.")
p = doc.add_paragraph("Futani, 11/02/2027")
for line in ("IL RESPONSABILE DELL'AREA AMMINISTRATIVO-FINANZIARIA", "F.to dott.ssa Lucia Speranza"):
    p = doc.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
r = p.add_run("La presente determinazione è pubblicata all'Albo Pretorio on line della Comunità Montana "
              "dal 12/02/2027 per quindici giorni consecutivi (Reg. Pubbl. n. 55).")
r.italic = True; r.font.size = Pt(9.5)

doc.core_properties.author = "Area Tecnica e Forestale"
doc.core_properties.title = "Determinazione n. 41/2027"
doc.save(OUT)
