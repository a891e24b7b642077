#!/usr/bin/env python3
"""Comune di Salizzole - determinazione of the Area Tecnica as the Civilia Next
Word model prints it: letterhead and register numbers in the page header (so
they run on every page), justified body, page number field in the footer.
Writes a .docx; build.sh converts it with LibreOffice."""
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
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.top_margin, sec.bottom_margin = Mm(50), Mm(22)
sec.left_margin, sec.right_margin = Mm(20), Mm(18)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15

BLUE = RGBColor(0x1D, 0x4F, 0x7A)


def cell_borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        if edge in kw:
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(kw[edge]))
            e.set(qn("w:color"), "1D4F7A")
            b.append(e)
    tcPr.append(b)


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


def para(text=None, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, container=None):
    p = (container or doc).add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


# ---- page header: letterhead + register box (repeated on each page)
hdr = sec.header
hp = hdr.paragraphs[0]
t = hdr.add_table(rows=1, cols=2, width=Mm(172))
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.width, c1.width = Mm(106), Mm(66)
p = c0.paragraphs[0]
r = p.add_run("COMUNE DI SALIZZOLE"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = BLUE
p.paragraph_format.space_after = Pt(0)
p = c0.add_paragraph(); r = p.add_run("Provincia di Verona"); r.font.size = Pt(9.5)
p.paragraph_format.space_after = Pt(0)
p = c0.add_paragraph(); r = p.add_run("AREA TECNICA"); r.bold = True; r.font.size = Pt(10.5)
p.paragraph_format.space_after = Pt(0)
p = c0.add_paragraph(); r = p.add_run("Servizio Lavori Pubblici e Manutenzioni"); r.font.size = Pt(9.5)
p.paragraph_format.space_after = Pt(0)
cell_borders(c1, top=8, left=8, bottom=8, right=8)
lines = [("DETERMINAZIONE", True, 10), ("Reg. Generale n. 212 del 06/07/2028", True, 9),
         ("N. 58 di Settore del 05/07/2028", False, 9), ("Civilia Next - Atti", False, 7)]
first = True
for txt, b, sz in lines:
    p = c1.paragraphs[0] if first else c1.add_paragraph()
    first = False
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(txt); r.bold = b; r.font.size = Pt(sz)
hp.text = ""

# ---- footer: page x of y
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Comune di Salizzole - Piazza Castello n. 3 - 37056 Salizzole (VR)          Pagina "); r.font.size = Pt(8)
field(fp, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
field(fp, "NUMPAGES")

# ---- body
p = para(align=WD_ALIGN_PARAGRAPH.LEFT, after=8)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("AFFIDAMENTO DIRETTO ALLA DITTA VERDE PIANURA S.R.L. DEL SERVIZIO DI SFALCIO DEI CIGLI "
              "STRADALI E DELLE AREE VERDI COMUNALI - PERIODO DAL 10 LUGLIO AL 30 SETTEMBRE 2028 - CIG B2C4F71A9E. "
              "IMPEGNO DI SPESA.")
r.bold = True

para("IL RESPONSABILE DELL'AREA TECNICA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

body = [
    "RICHIAMATO il decreto del Sindaco n. 4 del 02/01/2028, con il quale al sottoscritto sono state "
    "attribuite le funzioni di Responsabile dell'Area Tecnica, ai sensi degli artt. 107 e 109 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "RICHIAMATE la deliberazione del Consiglio Comunale n. 11 del 27/02/2028, di approvazione del bilancio "
    "di previsione 2028-2030, e la deliberazione della Giunta Comunale n. 15 del 05/03/2028, di "
    "approvazione del Piano esecutivo di gestione;",
    "PREMESSO che l'Amministrazione comunale deve assicurare, nel periodo estivo, lo sfalcio periodico dei "
    "cigli delle strade comunali, delle banchine e delle aree verdi, al fine di garantire la sicurezza della "
    "circolazione e il decoro urbano, e che il personale operaio in servizio non è sufficiente allo scopo;",
    "DATO ATTO che il valore stimato del servizio è inferiore a euro 140.000,00 e che pertanto è possibile "
    "procedere mediante affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo "
    "2023, n. 36;",
    "VISTO il preventivo presentato dalla ditta Verde Pianura S.r.l., con sede in Bovolone (VR), via dell'Artigianato "
    "n. 14, P.IVA 04417860236, acquisito al protocollo n. 6502 del 30/06/2028, per l'importo di euro 18.600,00 "
    "oltre IVA al 22%, ritenuto congruo in relazione ai prezzi di mercato;",
    "ACCERTATO il possesso dei requisiti di ordine generale mediante consultazione del fascicolo virtuale "
    "dell'operatore economico e verificata la regolarità contributiva (DURC prot. INAIL_47215588, "
    "scadenza 28/10/2028);",
    "ATTESTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis "
    "del D.Lgs. 267/2000;",
]
for b in body:
    para(b)

para("DETERMINA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
points = [
    "di affidare, per le motivazioni espresse in premessa, alla ditta Verde Pianura S.r.l. di Bovolone (VR) "
    "il servizio di sfalcio dei cigli stradali e delle aree verdi comunali per il periodo luglio-settembre 2028, "
    "per l'importo di euro 18.600,00 oltre IVA al 22%, per complessivi euro 22.692,00;",
    "di impegnare la spesa di euro 22.692,00 alla Missione 9, Programma 2, Titolo 1, capitolo 1640 \"Manutenzione "
    "aree verdi - prestazioni di servizi\" del bilancio di previsione 2028-2030, esercizio 2028;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il Responsabile Unico del Progetto è il sottoscritto geom. Stefano Dalla Valle;",
    "di trasmettere il presente provvedimento al Responsabile dell'Area Economico-Finanziaria per "
    "l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
]
for i, pt in enumerate(points, 1):
    p = para(after=3)
    p.paragraph_format.left_indent = Mm(8)
    p.paragraph_format.first_line_indent = Mm(-8)
    p.add_run(f"{i})\t{pt}")
    p.paragraph_format.tab_stops.add_tab_stop(Mm(8))

para("Salizzole, 05/07/2028", align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
for txt, b in (("IL RESPONSABILE DELL'AREA TECNICA", True), ("geom. Stefano Dalla Valle", False),
               ("(documento firmato digitalmente)", False)):
    p = para(txt, bold=b, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    p.paragraph_format.right_indent = Mm(8)

para("", after=10)
para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5, after=4)
para("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa ai sensi "
     "dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 2028/611 di euro 22.692,00.", size=9.5)
para("Salizzole, 06/07/2028", align=WD_ALIGN_PARAGRAPH.LEFT, size=9.5, after=2)
for txt, b in (("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", True), ("rag. Donatella Perbellini", False),
               ("(documento firmato digitalmente)", False)):
    p = para(txt, bold=b, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9.5, after=0)
    p.paragraph_format.right_indent = Mm(8)

doc.core_properties.author = "Area Tecnica - Comune di Salizzole"
doc.core_properties.title = "Determinazione n. 212 del 06/07/2028"
doc.save(out)
