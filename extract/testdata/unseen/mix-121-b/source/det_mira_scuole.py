#!/usr/bin/env python3
"""Comune di Mira - determinazione del Settore Servizi alla Persona, as the
Civilia Next Word model prints it: python-docx writes the .docx, LibreOffice
exports the PDF (build.sh). First-page header = letterhead; following pages
carry a running head with number, date and Settore; footer with PAGE field;
label grid; a table of beneficiaries."""
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor, Twips
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "det_mira_scuole.docx"
NUM, DATE = "1203", "16/09/2027"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
sec.header_distance = Mm(8); sec.footer_distance = Mm(8)
sec.different_first_page_header_footer = True

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Serif")
st.paragraph_format.space_after = Pt(4)


def para(container, text="", bold=False, size=None, align=None, italic=False, after=None, font=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): run._r.append(e)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# first-page header: letterhead
fh = sec.first_page_header
p = fh.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COMUNE DI MIRA"); r.bold = True; r.font.size = Pt(17)
para(fh, "Città Metropolitana di Venezia", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(fh, "Piazza IX Martiri, 3 - 30034 Mira (VE) - C.F. 00368570271 - PEC: comune.mira.ve@pecveneto.it",
     size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER, font="Liberation Sans", after=10)

# running head on the following pages
h = sec.header
p = h.paragraphs[0]
p.paragraph_format.tab_stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
p.paragraph_format.tab_stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
p.paragraph_format.tab_stops.add_tab_stop(Mm(168), alignment=2)
r = p.add_run("Comune di Mira - Determinazione n. %s del %s\tSettore Servizi alla Persona" % (NUM, DATE))
r.font.size = Pt(8); r.font.name = "Liberation Sans"
pPr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "4"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
bdr.append(b); pPr.insert(1, bdr)  # after pStyle, before tabs (schema order)

for ft in (sec.footer, sec.first_page_footer):
    p = ft.paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
    p.paragraph_format.tab_stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(168), alignment=2)
    r = p.add_run("Civilia Next - Atti amministrativi\tPagina "); r.font.size = Pt(7.5); r.font.name = "Liberation Sans"
    r2 = p.add_run(); r2.font.size = Pt(7.5); r2.font.name = "Liberation Sans"; add_field(r2, "PAGE")

# label grid
rows = [("SETTORE", "SETTORE SERVIZI ALLA PERSONA"),
        ("SERVIZIO", "Servizio Pubblica Istruzione e Sport"),
        ("REGISTRO GENERALE", "n. %s del %s" % (NUM, DATE)),
        ("REGISTRO DI SETTORE", "n. 141 del 15/09/2027"),
        ("RESPONSABILE DEL PROCEDIMENTO", "dott.ssa Chiara Favaretto")]
t = doc.add_table(rows=len(rows), cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
t.columns[0].width = Mm(60); t.columns[1].width = Mm(110)
for i, (a, b_) in enumerate(rows):
    c0, c1 = t.rows[i].cells
    c0.width = Mm(60); c1.width = Mm(110)
    c0.paragraphs[0].add_run(a).bold = True
    c0.paragraphs[0].runs[0].font.size = Pt(8); c0.paragraphs[0].runs[0].font.name = "Liberation Sans"
    c1.paragraphs[0].add_run(b_).font.size = Pt(9.5)
    c1.paragraphs[0].runs[0].font.name = "Liberation Sans"
    for c in (c0, c1): c.paragraphs[0].paragraph_format.space_after = Pt(1)
    shade(c0, "EEF1F6")

para(doc, "", after=2)
para(doc, "DETERMINAZIONE DIRIGENZIALE", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
p = para(doc, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
p.add_run("OGGETTO: ").bold = True
p.add_run("CONTRIBUTI ALLE SCUOLE DELL'INFANZIA PARITARIE DEL TERRITORIO PER L'ANNO SCOLASTICO "
          "2027/2028 IN ATTUAZIONE DELLA CONVENZIONE APPROVATA CON DELIBERAZIONE DI CONSIGLIO COMUNALE "
          "N. 41/2025. IMPEGNO DI SPESA.").bold = True
para(doc, "IL DIRIGENTE DEL SETTORE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)

prem = [
    "Premesso che nel territorio comunale operano cinque scuole dell'infanzia paritarie non statali, che "
    "concorrono a garantire il servizio educativo per i bambini dai tre ai sei anni nelle frazioni di Oriago, "
    "Gambarare, Borbiago, Marano e Mira Taglio;",
    "Richiamata la deliberazione di Consiglio Comunale n. 41 del 28/07/2025, con la quale è stato approvato "
    "lo schema di convenzione triennale tra il Comune di Mira e le scuole dell'infanzia paritarie per gli anni "
    "scolastici 2025/2026 - 2027/2028, che prevede un contributo annuo commisurato al numero delle sezioni e "
    "dei bambini residenti iscritti;",
    "Viste le dichiarazioni trasmesse dai legali rappresentanti delle scuole entro il termine del 31 agosto "
    "2027, acquisite agli atti del Servizio Pubblica Istruzione e Sport, dalle quali risultano complessivamente "
    "n. 19 sezioni e n. 412 bambini residenti iscritti;",
    "Dato atto che la spesa complessiva di euro 186.300,00 trova copertura alla Missione 04, Programma 01, "
    "capitolo 1410/30 del bilancio di previsione 2027-2029;",
    "Visto il decreto del Sindaco n. 11 del 30/06/2027 di conferimento dell'incarico dirigenziale;",
    "Visti l'art. 107 del D.Lgs. n. 267/2000 e il Regolamento comunale di contabilità;",
]
for s in prem:
    para(doc, s, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

para(doc, "DETERMINA", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
pts = [
    "di riconoscere alle scuole dell'infanzia paritarie del territorio, per l'anno scolastico 2027/2028, i "
    "contributi indicati nella tabella che segue, calcolati secondo i criteri della convenzione approvata con "
    "deliberazione di Consiglio Comunale n. 41/2025;",
    "di impegnare la somma complessiva di euro 186.300,00 alla Missione 04, Programma 01, capitolo 1410/30 "
    "\"Contributi a scuole dell'infanzia paritarie\" del bilancio 2027-2029, per euro 74.520,00 sull'esercizio "
    "2027 e per euro 111.780,00 sull'esercizio 2028;",
    "di dare atto che la liquidazione avverrà in due rate, a dicembre 2027 e ad aprile 2028, previa verifica "
    "della regolarità contributiva di ciascun ente gestore;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione "
    "Trasparente, sottosezione Sovvenzioni, contributi, sussidi, vantaggi economici.",
]
for i, s in enumerate(pts, 1):
    p = para(doc, "%d) %s" % (i, s), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p.paragraph_format.left_indent = Mm(7); p.paragraph_format.first_line_indent = Mm(-7)
    if i == 1:
        bt = doc.add_table(rows=1, cols=4); bt.style = "Table Grid"; bt.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = ["Scuola dell'infanzia paritaria", "Sezioni", "Bambini residenti", "Contributo (euro)"]
        for c, txt in zip(bt.rows[0].cells, hdr):
            c.paragraphs[0].add_run(txt).bold = True; c.paragraphs[0].runs[0].font.size = Pt(9); shade(c, "EEF1F6")
        data = [("Sacro Cuore - Oriago", "5", "108", "48.960,00"),
                ("Maria Bambina - Gambarare", "4", "86", "39.240,00"),
                ("San Giuseppe - Borbiago", "4", "91", "40.680,00"),
                ("Angeli Custodi - Marano", "3", "62", "28.440,00"),
                ("Regina Pacis - Mira Taglio", "3", "65", "28.980,00"),
                ("Totale", "19", "412", "186.300,00")]
        for row in data:
            cells = bt.add_row().cells
            for j, (c, txt) in enumerate(zip(cells, row)):
                rr = c.paragraphs[0].add_run(txt); rr.font.size = Pt(9); rr.bold = (row[0] == "Totale")
                if j: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        para(doc, "", after=2)

para(doc, "", after=6)
para(doc, "Mira, 16/09/2027")
for s, b_ in (("IL DIRIGENTE DEL SETTORE SERVIZI ALLA PERSONA", True), ("dott. Marco Scantamburlo", False),
              ("(firmato digitalmente)", False)):
    p = para(doc, s, bold=b_, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para(doc, "", after=8)
para(doc, "VISTO DI REGOLARITÀ CONTABILE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. n. "
          "267/2000. Impegni n. 2027/1962 e n. 2028/214.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
para(doc, "IL DIRIGENTE DEL SETTORE ECONOMICO FINANZIARIO", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para(doc, "dott. Andrea Tonetto", align=WD_ALIGN_PARAGRAPH.RIGHT)

doc.core_properties.title = "Determinazione n. %s del %s" % (NUM, DATE)
doc.core_properties.author = "Civilia Next"
doc.save(OUT)
