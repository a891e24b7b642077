#!/usr/bin/env python3
"""Caselle Torinese, Giunta Comunale n. 5 del 09/01/2029: a .docx written with
python-docx in the Comune's Sicraweb-like model, exported by LibreOffice."""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
sec.left_margin, sec.right_margin = Cm(2.2), Cm(2.0)
st = d.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)


def par(text="", bold=False, align=None, size=None, italic=False, after=None, before=None, indent=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def widths(table, cm):
    table.autofit = False
    for col, w in zip(table.columns, cm):
        col.width = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, cm):
            c.width = Cm(w)


def borders(table, sz=6):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


# header: letterhead
h = sec.header
hp = h.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI CASELLE TORINESE"); r.bold = True; r.font.size = Pt(15); r.font.name = "Liberation Sans"
hp2 = h.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Città Metropolitana di Torino"); r.font.size = Pt(9.5); r.font.name = "Liberation Sans"
hp3 = h.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run("Piazza Europa, 2 – 10072 Caselle Torinese (TO)"); r.font.size = Pt(8); r.font.name = "Liberation Sans"
# footer
f = sec.footer.paragraphs[0]
f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Deliberazione G.C. n. 5 del 09/01/2029"); r.font.size = Pt(8)

par("ORIGINALE", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9, after=8)
par("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 5", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=10)

t = d.add_table(rows=1, cols=2)
borders(t, 8)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
c0.paragraphs[0].add_run("OGGETTO:").bold = True
c1.paragraphs[0].add_run(
    "Approvazione dello schema di convenzione con l'Associazione di volontariato Gruppo Comunale "
    "Protezione Civile per attività di supporto alla viabilità in occasione di manifestazioni "
    "pubbliche - Anno 2029").bold = True
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
widths(t, (2.6, 14.2))
par(after=2)

par("L'anno duemilaventinove, il giorno nove del mese di gennaio, alle ore 13:30, nella Sede Comunale, "
    "convocata nei modi di legge, si è riunita la Giunta Comunale. Presiede la seduta la Vicesindaco "
    "Avv. Cristina MAINA, in assenza del Sindaco. Partecipa, in sostituzione del Segretario Generale "
    "assente, il Vice Segretario Generale Dott.ssa Laura FASSINO, che cura la verbalizzazione.")
par("Risultano presenti e assenti i Signori:", after=4)

roll = [("BOSIO Giuliano", "Sindaco", False), ("MAINA Cristina", "Vicesindaco", True),
        ("DEMARIA Luca", "Assessore", True), ("GALLO Federica", "Assessore", True),
        ("BARBERIS Carlo", "Assessore", False), ("ROSSETTO Ilaria", "Assessore", True)]
t = d.add_table(rows=1, cols=4)
borders(t, 4)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, txt, w in zip(t.rows[0].cells, ("Cognome e Nome", "Carica", "Presenti", "Assenti"), (6.0, 4.0, 2.4, 2.4)):
    c.width = Cm(w)
    c.paragraphs[0].add_run(txt).bold = True
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for name, role, pres in roll:
    cells = t.add_row().cells
    for c, w in zip(cells, (6.0, 4.0, 2.4, 2.4)):
        c.width = Cm(w)
    cells[0].paragraphs[0].add_run(name)
    cells[1].paragraphs[0].add_run(role)
    cells[2].paragraphs[0].add_run("X" if pres else "")
    cells[3].paragraphs[0].add_run("" if pres else "X")
    for c in cells[2:]:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
cells = t.add_row().cells
cells[0].merge(cells[1]).paragraphs[0].add_run("Totale").bold = True
cells[2].paragraphs[0].add_run("4").bold = True
cells[3].paragraphs[0].add_run("2").bold = True
for c in cells[2:]:
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
widths(t, (6.0, 4.0, 2.4, 2.4))
par(after=2)
par("Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta ed invita la "
    "Giunta a deliberare sull'oggetto sopra indicato.")

par("LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
for s in [
    "Vista la proposta di deliberazione n. 8 del 04/01/2029, predisposta dall'Area Vigilanza - Servizio "
    "Polizia Locale, che si allega al presente atto;",
    "Premesso che nel corso dell'anno si svolgono sul territorio comunale numerose manifestazioni pubbliche "
    "(fiera di primavera, festa patronale di San Giovanni, mercatino natalizio, gare podistiche) che richiedono "
    "presidi lungo i percorsi e agli incroci in aggiunta al personale della Polizia Locale;",
    "Dato atto che l'Associazione di volontariato Gruppo Comunale Protezione Civile, iscritta al Registro Unico "
    "Nazionale del Terzo Settore, ha comunicato la propria disponibilità a garantire il supporto richiesto a fronte "
    "del solo rimborso delle spese documentate, entro il limite annuo di euro 3.500,00;",
    "Visto lo schema di convenzione, composto da n. 11 articoli, e ritenuto di approvarlo;",
    "Visti gli artt. 48 e 49 del D.Lgs. 18 agosto 2000, n. 267 e l'art. 56 del D.Lgs. 3 luglio 2017, n. 117;",
    "Acquisiti i pareri favorevoli di regolarità tecnica, espresso dal Comandante della Polizia Locale, e di "
    "regolarità contabile, espresso dal Responsabile dell'Area Economico-Finanziaria;",
    "Con voti unanimi favorevoli espressi nelle forme di legge,",
]:
    par(s)
par("D E L I B E R A", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
for i, s in enumerate([
    "di approvare lo schema di convenzione con l'Associazione di volontariato Gruppo Comunale Protezione "
    "Civile per attività di supporto alla viabilità in occasione di manifestazioni pubbliche per l'anno 2029, "
    "allegato al presente atto quale parte integrante e sostanziale;",
    "di autorizzare il Comandante della Polizia Locale alla sottoscrizione della convenzione in nome e per conto "
    "del Comune;",
    "di dare atto che la spesa massima di euro 3.500,00 trova copertura alla Missione 3, Programma 1, del "
    "bilancio di previsione 2029-2031, esercizio 2029, in corso di predisposizione;",
    "di trasmettere copia del presente atto all'Associazione interessata.",
], 1):
    p = par("%d. %s" % (i, s), indent=0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
par("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto "
    "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", before=4)

par("Letto, approvato e sottoscritto.", before=10, after=10)
t = d.add_table(rows=3, cols=2)
vals = [("IL PRESIDENTE", "IL VICE SEGRETARIO GENERALE"),
        ("Avv. Cristina Maina", "Dott.ssa Laura Fassino"),
        ("(sottoscritto digitalmente)", "(sottoscritto digitalmente)")]
for row, (a, b) in zip(t.rows, vals):
    for c, txt in zip(row.cells, (a, b)):
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(txt)
        if txt.startswith("("):
            rr.italic = True; rr.font.size = Pt(8.5)
d.save(out)
