#!/usr/bin/env python3
"""Foiano della Chiana, house style "ascotweb": unnumbered bando typed in a
Word model (python-docx), exported to PDF by LibreOffice (see build.sh).

The letterhead sits in the page header (repeated on every page), the label
grid is a table, the page number is a PAGE field in the footer.
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
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(5)
st.paragraph_format.line_spacing = 1.12

RED = RGBColor(0x6B, 0x1D, 0x1D)


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None,
         before=None, italic=False, indent=None, container=None, color=None):
    p = (container or doc).add_paragraph()
    p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
        p.paragraph_format.first_line_indent = Mm(-4)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    return p


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def field(p, instr):
    r = p.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = p.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


# page header: the letterhead
hdr = sec.header
hp = hdr.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI FOIANO DELLA CHIANA")
r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RED
rpr = r._r.get_or_add_rPr()
sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "40"); rpr.append(sp)   # 2 pt letter spacing
para("Provincia di Arezzo", align=WD_ALIGN_PARAGRAPH.CENTER, size=10, after=2, container=hdr)
rule = para("", container=hdr, after=0)
pPr = rule._p.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "6B1D1D")):
    bt.set(qn("w:" + k), v)
bdr.append(bt); pPr.append(bdr)

# page footer: address and page field
ftr = sec.footer
fp = ftr.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Comune di Foiano della Chiana – Piazza Cavour, 1 – 52045 Foiano della Chiana (AR) – "
                "tel. 0575 6431 – PEC comune.foianodellachiana@postacert.toscana.it")
fr.font.size = Pt(7)
pp = para("", align=WD_ALIGN_PARAGRAPH.RIGHT, container=ftr, after=0)
rr = pp.add_run("pag. "); rr.font.size = Pt(8)
field(pp, "PAGE")

# label grid
tbl = doc.add_table(rows=2, cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
cells = [("AREA", "AREA VIGILANZA E ATTIVITÀ PRODUTTIVE", None, None),
         ("PROT. N.", "18517", "DATA", "14/10/2026")]
for i, row in enumerate(cells):
    for j, v in enumerate(row):
        if v is None:
            continue
        c = tbl.cell(i, j)
        c.text = ""
        run = c.paragraphs[0].add_run(v)
        run.font.size = Pt(8 if j in (0, 2) else 9.5)
        run.bold = j in (0, 2)
        c.paragraphs[0].paragraph_format.space_after = Pt(1)
        if j in (0, 2):
            shade(c, "F1E6E6")
a = tbl.cell(0, 1).merge(tbl.cell(0, 3))
a.text = ""
ra = a.paragraphs[0].add_run("AREA VIGILANZA E ATTIVITÀ PRODUTTIVE"); ra.font.size = Pt(9.5)
widths = [Mm(28), Mm(70), Mm(22), Mm(40)]
for row in tbl.rows:
    for j, c in enumerate(row.cells):
        c.width = widths[j]

para("", after=4)
para("BANDO PUBBLICO PER L'ASSEGNAZIONE IN CONCESSIONE DEI POSTEGGI LIBERI NEL MERCATO "
     "SETTIMANALE DEL GIOVEDÌ", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12.5, after=10)
para("IL RESPONSABILE DELL'AREA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for t in ["Vista la Legge Regionale Toscana 23 novembre 2018, n. 62 (Codice del Commercio), e in "
          "particolare il Titolo II, Capo IV, relativo al commercio su aree pubbliche;",
          "Visto il Regolamento comunale per la disciplina del commercio su aree pubbliche, approvato con "
          "deliberazione del Consiglio Comunale n. 41 del 29 luglio 2021;",
          "Vista la determinazione n. 497 del 7 ottobre 2026, con la quale è stato approvato il presente "
          "bando;"]:
    para(t, indent=4)
para("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
para("che sono disponibili per l'assegnazione in concessione, per la durata di dodici anni, i seguenti "
     "posteggi del mercato settimanale che si svolge il giovedì mattina in Piazza Matteotti e nelle vie "
     "adiacenti:")

pt = doc.add_table(rows=1, cols=4)
pt.style = "Table Grid"
for j, h in enumerate(["Posteggio n.", "Ubicazione", "Superficie (mq)", "Settore merceologico"]):
    c = pt.rows[0].cells[j]; c.text = ""
    rh = c.paragraphs[0].add_run(h); rh.bold = True; rh.font.size = Pt(9)
    shade(c, "F1E6E6")
for row in [("7", "Piazza Matteotti", "40", "non alimentare"),
            ("12", "Piazza Matteotti", "32", "alimentare"),
            ("18", "Via Ricasoli", "30", "non alimentare"),
            ("21", "Via Ricasoli", "30", "non alimentare"),
            ("23", "Via Ricasoli", "24", "riservato ai produttori agricoli")]:
    cs = pt.add_row().cells
    for j, v in enumerate(row):
        cs[j].text = ""
        rv = cs[j].paragraphs[0].add_run(v); rv.font.size = Pt(9)
        cs[j].paragraphs[0].paragraph_format.space_after = Pt(1)

para("", after=2)
para("1. Requisiti di partecipazione", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=4)
para("Possono partecipare le persone fisiche, le società di persone e le cooperative in possesso dei "
     "requisiti morali di cui all'art. 11 della L.R. 62/2018 e, per il settore alimentare, dei requisiti "
     "professionali previsti dalla normativa vigente. Ciascun soggetto può presentare domanda per non più "
     "di due posteggi.")
para("2. Termini e modalità di presentazione delle domande", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=4)
para("Le domande, in bollo, devono essere presentate esclusivamente in via telematica tramite il portale "
     "SUAP della Regione Toscana, a pena di esclusione, dal 15 ottobre 2026 al 13 novembre 2026. Le "
     "domande presentate prima o dopo tali termini non saranno prese in considerazione.")
para("3. Criteri di formazione della graduatoria", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=4)
para("La graduatoria per ciascun posteggio è formata applicando, nell'ordine, i seguenti criteri:")
for t in ["a) maggiore professionalità acquisita, comprovata dall'anzianità di iscrizione al Registro delle "
          "Imprese quale impresa attiva nel commercio su aree pubbliche;",
          "b) impegno a rispettare particolari condizioni di sostenibilità ambientale e di qualità "
          "dell'offerta;",
          "c) a parità di punteggio, ordine cronologico di presentazione della domanda."]:
    para(t, indent=6)
para("4. Pubblicazione della graduatoria", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=4)
para("La graduatoria sarà pubblicata all'Albo Pretorio on line entro trenta giorni dalla scadenza del "
     "termine per la presentazione delle domande. Contro di essa è ammessa istanza di revisione entro "
     "quindici giorni dalla pubblicazione. Responsabile del procedimento è l'Istruttore Direttivo "
     "Gianni Lorenzoni (tel. 0575 643240, suap@comune.foiano-della-chiana.ar.it).")
para("", after=8)

sig = doc.add_table(rows=1, cols=2)
l, rcell = sig.rows[0].cells
l.text = ""
l.paragraphs[0].add_run("Foiano della Chiana, 14 ottobre 2026")
rcell.text = ""
for i, (t, b, s) in enumerate([("IL RESPONSABILE DELL'AREA", True, 10.5),
                               ("Dott. Marco Fabianelli", False, 10.5),
                               ("(firmato digitalmente)", False, 8)]):
    p = rcell.paragraphs[0] if i == 0 else rcell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    rr = p.add_run(t); rr.bold = b; rr.font.size = Pt(s)

doc.core_properties.author = "Polizia Municipale - SUAP"
doc.core_properties.title = "Bando posteggi mercato settimanale"
doc.save(out)
