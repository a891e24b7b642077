#!/usr/bin/env python3
"""Giunta Comunale di Terni, deliberazione n. 6/2029: a J-Iride-like
frontispiece (sitting data on the left, roll on the right), written as .docx
with python-docx and exported by LibreOffice Writer."""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin, sec.right_margin = Cm(2.0), Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(1.4), Cm(1.8)
st = doc.styles["Normal"]
st.font.name = "DejaVu Serif"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "DejaVu Serif")
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.1


def set_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def tbl_borders(table, sz=6):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def shade(cell, fill="D9D9D9"):
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(s)


def P(container, text="", bold=False, size=None, align=None, after=None, italic=False, font=None):
    p = container.add_paragraph() if hasattr(container, "add_paragraph") else container
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


SANS = "DejaVu Sans"
# header / footer
hp = sec.header.paragraphs[0]
r = hp.add_run("COMUNE DI TERNI – Deliberazione della Giunta Comunale n. 6 del 11.01.2029"); r.font.size = Pt(7); r.font.name = SANS
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
r = fp.add_run("Comune di Terni – Piazza Ridolfi, 1 – 05100 Terni"); r.font.size = Pt(7); r.font.name = SANS
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

P(doc, "COMUNE DI TERNI", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, font=SANS)
P(doc, "DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, font=SANS)

front = doc.add_table(rows=1, cols=2)
tbl_borders(front, 8)
set_widths(front, [Cm(6.2), Cm(10.8)])
L, Rc = front.rows[0].cells
L.paragraphs[0].add_run("Adunanza del giorno").font.size = Pt(9.5)
P(L, "11.01.2029", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
P(L, "ore 12:00", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
P(L, "N. 6", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=10, font=SANS)
P(L, "Proposta n. 14 del 05.01.2029", size=8.5, after=0)
P(L, "Direzione Cultura e Turismo", size=8.5, after=10)
P(L, "Immediatamente eseguibile", italic=True, size=8.5, after=0)

Rc.paragraphs[0].add_run("Componenti la Giunta").bold = True
roll = [("FERRETTI Marco", "Sindaco", False), ("BALDONI Chiara", "Vice Sindaco", True),
        ("ANGELETTI Simone", "Assessore", True), ("CELLINI Roberta", "Assessore", True),
        ("MORONI Fabio", "Assessore", False), ("SANTARELLI Giulia", "Assessore", True),
        ("TOSTI Andrea", "Assessore", True), ("FILIPPONI Elena", "Assessore", True),
        ("GIOMBINI Luca", "Assessore", True), ("RANIERI Paola", "Assessore", True)]
rt = Rc.add_table(rows=1 + len(roll), cols=4)
tbl_borders(rt, 4)
for i, h in enumerate(["", "", "Pres.", "Ass."]):
    c = rt.rows[0].cells[i]
    r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(8); r.font.name = SANS
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(c)
for j, (n, ro, pr) in enumerate(roll, 1):
    for i, v in enumerate([n, ro, "X" if pr else "", "" if pr else "X"]):
        c = rt.rows[j].cells[i]
        r = c.paragraphs[0].add_run(v); r.font.size = Pt(8.5); r.font.name = SANS
        c.paragraphs[0].paragraph_format.space_after = Pt(0)
        if i > 1:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
set_widths(rt, [Cm(4.3), Cm(3.0), Cm(1.3), Cm(1.3)])
P(Rc, "Presenti n. 8 – Assenti n. 2", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2, font=SANS)

P(doc, "", after=4)
P(doc, "Presiede la seduta la dott.ssa Chiara Baldoni, Vice Sindaco, in assenza del Sindaco.", after=2)
P(doc, "Assiste il Segretario Generale dott. Stefano Mancinelli.", after=8)

ot = doc.add_table(rows=1, cols=1)
tbl_borders(ot, 8)
set_widths(ot, [Cm(17.0)])
c = ot.rows[0].cells[0]
shade(c, "F2F2F2")
p = c.paragraphs[0]
r = p.add_run("OGGETTO: "); r.bold = True; r.font.name = SANS
r = p.add_run("CELEBRAZIONI IN ONORE DI SAN VALENTINO, PATRONO DELLA CITTÀ - EDIZIONE 2029. APPROVAZIONE "
              "DEL PROGRAMMA DELLE INIZIATIVE E INDIRIZZI AGLI UFFICI.")
r.bold = True; r.font.name = SANS
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
P(doc, "", after=4)

P(doc, "LA GIUNTA COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, font=SANS)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
for x in [
    "Vista la proposta di deliberazione della Direzione Cultura e Turismo, predisposta su iniziativa "
    "dell'Assessore alla Cultura, avente ad oggetto il programma delle celebrazioni in onore di San Valentino "
    "per l'anno 2029;",
    "Premesso che la ricorrenza del Santo Patrono, il 14 febbraio, costituisce per la città un momento di forte "
    "identità civica e religiosa, accompagnato da un articolato calendario di eventi culturali che si svolgono "
    "nel corso del mese di febbraio;",
    "Considerato che il programma predisposto dalla Direzione Cultura e Turismo, allegato al presente atto "
    "sotto la lettera A), comprende la consegna del Premio «San Valentino – Un anno d'amore», la rassegna "
    "musicale in Basilica, la fiera e il mercato straordinario nel centro storico e le iniziative rivolte alle "
    "scuole cittadine, per una spesa complessiva stimata in euro 86.500,00;",
    "Dato atto che la spesa trova copertura negli stanziamenti del bilancio di previsione 2029-2031 assegnati "
    "alla Direzione Cultura e Turismo e che parte degli oneri sarà coperta da sponsorizzazioni;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267 dal Dirigente della Direzione Cultura e Turismo e dal Dirigente della Direzione "
    "Attività Finanziarie;",
    "Con voti unanimi resi nei modi di legge,",
]:
    P(doc, x, align=J)
P(doc, "DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, font=SANS)
for x in [
    "Di approvare il programma delle iniziative per le celebrazioni in onore di San Valentino, Patrono della "
    "città, edizione 2029, allegato sotto la lettera A) quale parte integrante e sostanziale del presente atto.",
    "Di demandare al Dirigente della Direzione Cultura e Turismo l'adozione dei provvedimenti gestionali "
    "necessari, ivi compresa la ricerca di sponsorizzazioni ai sensi del vigente regolamento comunale.",
    "Di incaricare la Direzione Polizia Locale – Mobilità e la Direzione Lavori Pubblici di assicurare, per "
    "quanto di competenza, il supporto logistico e la disciplina della circolazione nelle giornate degli eventi.",
    "Di dare atto che la spesa complessiva, stimata in euro 86.500,00, trova copertura negli stanziamenti del "
    "bilancio di previsione 2029-2031, esercizio 2029.",
]:
    p = P(doc, x, align=J, after=5)
    p.paragraph_format.left_indent = Cm(0.6)
P(doc, "Con separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente "
       "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", align=J, after=12)

sg = doc.add_table(rows=3, cols=2)
for i, (h, n) in enumerate([("Il Segretario Generale", "dott. Stefano Mancinelli"), ("La Presidente", "dott.ssa Chiara Baldoni")]):
    P(sg.rows[0].cells[i].paragraphs[0], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, font=SANS)
    P(sg.rows[1].cells[i].paragraphs[0], n, align=WD_ALIGN_PARAGRAPH.CENTER)
    P(sg.rows[2].cells[i].paragraphs[0], "f.to digitalmente", italic=True, size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.save(sys.argv[1])
