#!/usr/bin/env python3
"""Provincia di Pesaro e Urbino - decreto dirigenziale (house style "J-Iride"), as the
package's Word model: a .docx written with python-docx (a header grid repeating the
Settore and the Servizio on every page, a footer with the act's number and page
fields), exported to PDF by LibreOffice in build.sh."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-pesaroeurbino-jiride.docx"
NUM, DATA = "58", "21/10/2027"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(42), Mm(24)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
st.paragraph_format.line_spacing = 1.15


def borders(table, sz=6, color="1F3A68"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def widths(table, mms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), mms):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for cell, w in zip(row.cells, mms):
            cell.width = Mm(w)


def run(p, text, bold=False, size=None, italic=False, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font: r.font.name = font
    return r


def field(p, instr, size=8):
    r = p.add_run()
    r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)


# header grid
hdr = sec.header
hp = hdr.paragraphs[0]
ht = hdr.add_table(rows=2, cols=2, width=Mm(166))
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
borders(ht)
widths(ht, [78, 88])
c = ht.cell(0, 0).merge(ht.cell(1, 0))
p = c.paragraphs[0]
run(p, "PROVINCIA DI PESARO E URBINO", bold=True, size=12, color="1F3A68", font="Liberation Serif")
p2 = c.add_paragraph()
run(p2, "Viale Gramsci, 4 – 61121 Pesaro · tel. 0721 3591", size=7.5, font="Liberation Sans")
p = ht.cell(0, 1).paragraphs[0]
run(p, "SETTORE 1 – RISORSE UMANE, FINANZIARIE E AFFARI GENERALI", bold=True, size=7.5, font="Liberation Sans")
shade(ht.cell(0, 1), "E6EBF3")
p = ht.cell(1, 1).paragraphs[0]
run(p, "Servizio 1.3 – Personale e organizzazione", size=8, font="Liberation Sans")
hdr._element.remove(hp._p)
hdr.add_paragraph()

# footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(fp, f"Provincia di Pesaro e Urbino – Decreto dirigenziale n. {NUM} del {DATA} – pagina ", size=8, font="Liberation Sans")
field(fp, "PAGE")
run(fp, " di ", size=8, font="Liberation Sans")
field(fp, "NUMPAGES")

# body
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, f"DECRETO DIRIGENZIALE N. {NUM} DEL {DATA}", bold=True, size=13)
t = doc.add_table(rows=1, cols=2)
borders(t, 4, "000000")
widths(t, [26, 140])
run(t.cell(0, 0).paragraphs[0], "OGGETTO:", bold=True)
subj = ("Conferimento dell’incarico di Elevata Qualificazione “Gestione giuridica ed economica del "
        "personale” per il periodo 1° novembre 2027 – 31 ottobre 2030.")
run(t.cell(0, 1).paragraphs[0], subj, bold=True)
doc.add_paragraph()
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "IL DIRIGENTE", bold=True)

prem = [
    "Visto il Contratto collettivo nazionale di lavoro del personale del comparto Funzioni Locali "
    "sottoscritto il 16 novembre 2022, e in particolare gli articoli da 16 a 21, che disciplinano gli "
    "incarichi di Elevata Qualificazione;",
    "Visto il Regolamento provinciale per l’istituzione, il conferimento e la revoca degli incarichi di "
    "Elevata Qualificazione, approvato con decreto presidenziale n. 88 del 14/09/2026;",
    "Visto il decreto presidenziale n. 12 del 30/01/2027, con il quale è stato conferito alla sottoscritta "
    "l’incarico di direzione del Settore 1, e dato atto che la posizione “Gestione giuridica ed economica "
    "del personale” è incardinata nel Servizio 1.3;",
    "Dato atto che con avviso interno prot. n. 28114 del 15/09/2027 è stata avviata la procedura comparativa "
    "per il conferimento dell’incarico e che entro il termine fissato sono pervenute tre candidature;",
    "Visto il verbale della valutazione comparativa del 12/10/2027, dal quale risulta che la dott.ssa Giulia "
    "Ferri, funzionaria amministrativa a tempo indeterminato, ha conseguito il punteggio più elevato per "
    "esperienza, competenze e risultati conseguiti;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267, in particolare l’art. 107, e il D.Lgs. 30 marzo 2001, n. 165;",
]
for x in prem:
    p = doc.add_paragraph(x); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "DECRETA", bold=True)
pts = [
    "di conferire alla dott.ssa Giulia Ferri l’incarico di Elevata Qualificazione “Gestione giuridica ed "
    "economica del personale” per il periodo dal 1° novembre 2027 al 31 ottobre 2030, salvo revoca anticipata "
    "nei casi previsti dal Regolamento;",
    "di attribuire all’incaricata la retribuzione di posizione annua lorda di € 14.500,00, per tredici "
    "mensilità, e la retribuzione di risultato nei limiti del fondo e secondo il sistema di valutazione vigente;",
    "di delegare all’incaricata, ai sensi dell’art. 17 del D.Lgs. 165/2001, l’adozione degli atti di gestione "
    "del trattamento giuridico ed economico del personale che non comportino impegni di spesa;",
    "di notificare il presente decreto all’interessata e di trasmetterlo al Servizio 1.1 – Bilancio e al "
    "Nucleo di valutazione;",
    "di pubblicare il presente decreto all’Albo pretorio on line per quindici giorni consecutivi e nella sezione "
    "Amministrazione trasparente.",
]
for i, x in enumerate(pts, 1):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-8)
    run(p, f"{i})\t{x}")
p = doc.add_paragraph(f"Pesaro, {DATA}")
sig = doc.add_table(rows=1, cols=2)
widths(sig, [70, 96])
c = sig.cell(0, 1)
for i, (tx, b) in enumerate([("IL DIRIGENTE DEL SETTORE 1", True), ("Dott.ssa Silvia Marcolini", False),
                             ("documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005", False)]):
    pp = c.paragraphs[0] if i == 0 else c.add_paragraph()
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(pp, tx, bold=b, size=(7.5 if i == 2 else None), italic=(i == 2))
p = doc.add_paragraph()
run(p, "Per accettazione: ______________________  (dott.ssa Giulia Ferri)", size=9)
doc.core_properties.author = "Provincia di Pesaro e Urbino"
doc.core_properties.title = f"Decreto dirigenziale n. {NUM} del {DATA}"
doc.save(OUT)
