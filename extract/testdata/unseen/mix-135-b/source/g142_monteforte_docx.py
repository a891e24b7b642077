#!/usr/bin/env python3
"""Monteforte Irpino, Giunta n. 142 of 14/11/2028, in the Halley house style.

Written as a .docx (python-docx) the way the package's Word model is filled,
then exported by LibreOffice Writer.  Usage: g142_monteforte_docx.py OUT.docx
"""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

out = sys.argv[1]
doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(2.0)

st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)


def field(run, instr):
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText"); b.set(qn("xml:space"), "preserve"); b.text = instr
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    d = OxmlElement("w:fldChar"); d.set(qn("w:fldCharType"), "end")
    for e in (a, b, c, t, d):
        run._r.append(e)


def borders(table, sz=4):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def widths_(table, ws):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for cell, w in zip(row.cells, ws):
            cell.width = w


def para(text="", bold=False, size=None, align=None, italic=False, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER

# footer with the number of the act and page fields
fp = sec.footer.paragraphs[0]
fp.alignment = C
r = fp.add_run("Delibera di Giunta Comunale n. 142 del 14/11/2028 – Pag. ")
r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

# letterhead: a two-cell table, the crest replaced by a framed box of text
t = doc.add_table(rows=1, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1 = t.rows[0].cells
widths_(t, (Cm(13), Cm(3.6)))
p = c0.paragraphs[0]
r = p.add_run("COMUNE DI MONTEFORTE IRPINO"); r.bold = True; r.font.size = Pt(17)
p = c0.add_paragraph(); r = p.add_run("Provincia di Avellino"); r.italic = True; r.font.size = Pt(11)
p = c0.add_paragraph(); r = p.add_run("83024 Monteforte Irpino (AV) – Ufficio di Segreteria"); r.font.size = Pt(8)
p = c1.paragraphs[0]; p.alignment = C
r = p.add_run("COPIA"); r.bold = True; r.font.size = Pt(14)
para(after=2)

para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, size=13, align=C, after=4)

t = doc.add_table(rows=1, cols=2); borders(t, 8)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
a, b = t.rows[0].cells
pa = a.paragraphs[0]; pa.alignment = C
r = pa.add_run("N. 142"); r.bold = True; r.font.size = Pt(12)
pb = b.paragraphs[0]; pb.alignment = C
r = pb.add_run("del 14/11/2028"); r.bold = True; r.font.size = Pt(12)
para(after=2)

t = doc.add_table(rows=1, cols=2); borders(t, 6)
a, b = t.rows[0].cells
widths_(t, (Cm(2.6), Cm(14)))
r = a.paragraphs[0].add_run("OGGETTO:"); r.bold = True
pb = b.paragraphs[0]; pb.alignment = J
r = pb.add_run("APPROVAZIONE DELLO SCHEMA DEL BILANCIO DI PREVISIONE FINANZIARIO 2029-2031 E "
               "DELLA NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2029-2031.")
r.bold = True

p = para(size=9, after=6)
r = p.add_run("Proposta n. 158 del 09/11/2028 – Area proponente: AREA ECONOMICO-FINANZIARIA")
r.font.size = Pt(9); r.italic = True

para("L'anno duemilaventotto, il giorno quattordici del mese di novembre alle ore 13:00, nella "
     "sala delle adunanze della Casa Comunale, convocata nei modi di legge, si è riunita la "
     "Giunta Comunale nelle persone dei Signori:", align=J)

roll = [
    ("SIRIGNANO Gerardo", "Sindaco", True),
    ("IANNACCONE Rosaria", "Vice Sindaco", True),
    ("PICARIELLO Carmine", "Assessore", True),
    ("D'ARGENIO Francesca", "Assessore", False),
    ("TROISI Alfonso", "Assessore", True),
    ("CUCCINIELLO Maria Teresa", "Assessore", True),
]
t = doc.add_table(rows=1, cols=5); borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = (Cm(1.0), Cm(6.5), Cm(3.8), Cm(2.2), Cm(2.2))
for cell, h, w in zip(t.rows[0].cells, ("N.", "Cognome e Nome", "Carica", "Presente", "Assente"), widths):
    cell.width = w
    r = cell.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(10)
    cell.paragraphs[0].alignment = C
for i, (n, role, pres) in enumerate(roll, 1):
    cells = t.add_row().cells
    vals = (str(i), n, role, "X" if pres else "", "" if pres else "X")
    for j, (cell, v, w) in enumerate(zip(cells, vals, widths)):
        cell.width = w
        r = cell.paragraphs[0].add_run(v); r.font.size = Pt(10)
        if j != 1 and j != 2:
            cell.paragraphs[0].alignment = C
widths_(t, widths)
p = para(after=6)
r = p.add_run("Presenti n. 5\t\tAssenti n. 1"); r.bold = True

para("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, "
     "comma 4, lett. a, del D.Lgs. n. 267/2000) il Segretario Comunale dott.ssa Anna Maria Capone.",
     align=J)
para("Il Sindaco dott. Gerardo Sirignano, constatato il numero legale degli intervenuti, dichiara "
     "aperta la seduta e invita i convenuti a deliberare sull'oggetto sopra indicato.", align=J)

para("LA GIUNTA COMUNALE", bold=True, align=C, after=4)
body = [
    "Vista la proposta di deliberazione n. 158 del 09/11/2028 predisposta dall'Area "
    "Economico-Finanziaria e allegata al presente atto per formarne parte integrante e sostanziale;",
    "Premesso che l'art. 151, comma 1, del D.Lgs. n. 267/2000 dispone che gli enti locali deliberano "
    "entro il 31 dicembre il bilancio di previsione finanziario riferito ad almeno un triennio, "
    "osservando i principi contabili generali ed applicati allegati al D.Lgs. n. 118/2011;",
    "Visto l'art. 170, comma 1, del D.Lgs. n. 267/2000, ai sensi del quale entro il 15 novembre di "
    "ciascun anno la Giunta presenta al Consiglio la nota di aggiornamento del Documento Unico di "
    "Programmazione;",
    "Richiamata la deliberazione di Consiglio Comunale n. 27 del 29/07/2028, con la quale è stato "
    "approvato il DUP 2029-2031;",
    "Dato atto che lo schema di bilancio è stato predisposto sulla base delle previsioni formulate "
    "dai Responsabili di Area e delle direttive impartite dall'Amministrazione, e che lo stesso "
    "rispetta gli equilibri di cui all'art. 162 del D.Lgs. n. 267/2000;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile "
    "dell'Area Economico-Finanziaria, dott. Luigi Santangelo, ai sensi dell'art. 49 del D.Lgs. "
    "n. 267/2000;",
    "Con voti unanimi favorevoli, espressi nelle forme di legge,",
]
for b_ in body:
    para(b_, align=J)
para("D E L I B E R A", bold=True, align=C, after=4)
points = [
    "di approvare la nota di aggiornamento al Documento Unico di Programmazione (DUP) 2029-2031, "
    "allegata al presente atto sotto la lettera A);",
    "di approvare lo schema del bilancio di previsione finanziario 2029-2031, redatto secondo lo "
    "schema di cui all'allegato 9 al D.Lgs. n. 118/2011, con i relativi allegati (allegato B);",
    "di trasmettere il presente atto all'Organo di revisione economico-finanziaria per il parere "
    "di cui all'art. 239, comma 1, lett. b), del D.Lgs. n. 267/2000;",
    "di presentare al Consiglio Comunale gli schemi approvati, unitamente alla relazione "
    "dell'Organo di revisione, nei termini previsti dal vigente Regolamento di contabilità.",
]
for i, pt in enumerate(points, 1):
    p = para(f"{i}.\t{pt}", align=J)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
para("Successivamente, con separata votazione unanime, la Giunta Comunale DICHIARA la presente "
     "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
     "n. 267/2000, stante l'urgenza di rispettare i termini di approvazione del bilancio.", align=J)

para("Letto, confermato e sottoscritto.", italic=True, after=8)
t = doc.add_table(rows=2, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for cell, txt in zip(t.rows[0].cells, ("IL SINDACO", "IL SEGRETARIO COMUNALE")):
    cell.paragraphs[0].alignment = C
    r = cell.paragraphs[0].add_run(txt); r.bold = True
for cell, txt in zip(t.rows[1].cells, ("F.to dott. Gerardo Sirignano", "F.to dott.ssa Anna Maria Capone")):
    cell.paragraphs[0].alignment = C
    cell.paragraphs[0].add_run(txt)
para(after=10)

para("CERTIFICATO DI PUBBLICAZIONE", bold=True, align=C, after=4)
para("Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line "
     "per quindici giorni consecutivi (art. 124, comma 1, D.Lgs. n. 267/2000) con il n. 1981 del "
     "Registro delle pubblicazioni ed è contestualmente comunicata ai Capigruppo consiliari "
     "(art. 125 D.Lgs. n. 267/2000).", align=J)
para("Monteforte Irpino, 16/11/2028", after=2)
para("IL SEGRETARIO COMUNALE\nF.to dott.ssa Anna Maria Capone", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Copia conforme all'originale, in carta libera, per uso amministrativo.", italic=True, size=9)

doc.save(out)
