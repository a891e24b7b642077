#!/usr/bin/env python3
"""Consiglio Comunale di Albissola Marina, deliberazione n. 1 dell'11/01/2029:
a .docx written with python-docx (Sicraweb-like print), exported by LibreOffice."""
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)

st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.line_spacing = 1.1


def borders(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def widths(table, ws):
    """Set the grid columns too, which LibreOffice reads (cell widths alone are ignored)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, wdt in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(wdt.twips)))
    for row in table.rows:
        for c, wdt in zip(row.cells, ws):
            c.width = wdt


def shade(cell, fill="E6E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def para(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, after=None, spacing=None):
    p = doc.add_paragraph()
    p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if spacing:
            rPr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rPr.append(sp)
    return p


def cell_text(cell, text, bold=False, size=9.5, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


# letterhead: crest | name of the body | original/copy
t = doc.add_table(rows=1, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
w = (Cm(2.0), Cm(11.5), Cm(3.5))
for i, c in enumerate(t.rows[0].cells):
    c.width = w[i]
widths(t, w)
t.rows[0].cells[0].paragraphs[0].add_run().add_picture(os.path.join(HERE, "stemma_albissola.png"), width=Cm(1.5))
c = t.rows[0].cells[1]
c.text = ""
p = c.paragraphs[0]
r = p.add_run("COMUNE DI ALBISSOLA MARINA")
r.bold = True
r.font.size = Pt(15)
p2 = c.add_paragraph()
r = p2.add_run("Provincia di Savona")
r.font.size = Pt(9.5)
cell_text(t.rows[0].cells[2], "ORIGINALE", bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
borders(t.rows[0].cells[2])

para("", after=2)
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11.5, after=2)
para("Adunanza straordinaria di prima convocazione - seduta pubblica", align=WD_ALIGN_PARAGRAPH.CENTER, size=9, after=6)

g = doc.add_table(rows=2, cols=4)
g.autofit = False
gw = (Cm(2.4), Cm(3.4), Cm(3.3), Cm(7.9))
vals = [("Numero", "1", "Data", "11/01/2029"),
        ("Proposta n.", "2 del 03/01/2029", "Settore proponente", "Settore Amministrativo - Servizio Commercio")]
for ri, row in enumerate(vals):
    for ci, v in enumerate(row):
        cell = g.rows[ri].cells[ci]
        cell.width = gw[ci]
        cell_text(cell, v, bold=(ci % 2 == 0), size=9)
        borders(cell)
        if ci % 2 == 0:
            shade(cell)

widths(g, gw)
para("", after=2)
o = doc.add_table(rows=1, cols=1)
oc = o.rows[0].cells[0]
widths(o, (Cm(17.0),))
borders(oc)
oc.text = ""
p = oc.paragraphs[0]
p.paragraph_format.space_after = Pt(1)
r = p.add_run("OGGETTO:")
r.bold = True
r.font.size = Pt(8.5)
p = oc.add_paragraph()
p.paragraph_format.space_after = Pt(2)
r = p.add_run("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEI DEHORS E DELL'OCCUPAZIONE "
              "DI SUOLO PUBBLICO DA PARTE DEGLI ESERCIZI DI SOMMINISTRAZIONE DI ALIMENTI E BEVANDE")
r.bold = True

para("", after=2)
para("L'anno duemilaventinove, addì undici del mese di gennaio alle ore 20:45 nella sala consiliare del "
     "Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, si è riunito in sessione "
     "straordinaria ed in seduta pubblica di prima convocazione il Consiglio Comunale.")
para("Fatto l'appello nominale risultano:", after=4)

roll = [("ROSSELLO Gianluca", "Sindaco", True),
        ("SIRI Laura", "Presidente del Consiglio", True),
        ("DELFINO Marta", "Consigliere", True),
        ("FERRANDO Paolo", "Consigliere", True),
        ("PESCE Chiara", "Consigliere", True),
        ("BRUZZONE Alberto", "Consigliere", False),
        ("CERRUTI Davide", "Consigliere", True),
        ("GAMBETTA Silvia", "Consigliere", True),
        ("OTTONELLO Franco", "Consigliere", True),
        ("BOTTARO Elena", "Consigliere", False),
        ("RAVERA Stefano", "Consigliere", True)]
rt = doc.add_table(rows=1 + len(roll), cols=5)
rt.alignment = WD_TABLE_ALIGNMENT.CENTER
rt.autofit = False
rw = (Cm(1.0), Cm(5.6), Cm(4.6), Cm(2.2), Cm(2.2))
for ci, h in enumerate(("N.", "Cognome e Nome", "Carica", "Presente", "Assente")):
    cell = rt.rows[0].cells[ci]
    cell.width = rw[ci]
    cell_text(cell, h, bold=True, size=8.5,
              align=WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 3, 4) else WD_ALIGN_PARAGRAPH.LEFT)
    borders(cell, 4)
    shade(cell)
for i, (n, role, pres) in enumerate(roll, 1):
    row = rt.rows[i].cells
    for ci, v in enumerate((str(i), n, role, "X" if pres else "", "" if pres else "X")):
        row[ci].width = rw[ci]
        cell_text(row[ci], v, size=9,
                  align=WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 3, 4) else WD_ALIGN_PARAGRAPH.LEFT)
        borders(row[ci], 4)
widths(rt, rw)
para("Presenti n. 9        Assenti n. 2", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9.5, after=6)

para("Assiste alla seduta il Segretario Comunale Dott.ssa Valeria Parodi, che cura la verbalizzazione.")
para("La Sig.ra Laura Siri, in qualità di Presidente del Consiglio Comunale, constatato il numero legale degli "
     "intervenuti, dichiara aperta la seduta ed invita il Consiglio a deliberare sull'oggetto sopra indicato, "
     "iscritto al punto n. 3 dell'ordine del giorno.")
para("IL CONSIGLIO COMUNALE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, spacing=40)
for s in (
    "Udita l'illustrazione dell'Assessore al Commercio, Sig. Paolo Ferrando, e gli interventi dei Consiglieri, "
    "integralmente registrati e conservati agli atti ai sensi del vigente Regolamento del Consiglio Comunale;",
    "Premesso che la diffusione dei dehors a servizio dei pubblici esercizi, in particolare lungo la passeggiata "
    "a mare e nel centro storico, richiede una disciplina organica che contemperi le esigenze degli operatori con "
    "la tutela del decoro urbano, la sicurezza della circolazione pedonale e l'accessibilità degli spazi pubblici;",
    "Visto il Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione "
    "pubblicitaria, approvato con deliberazione del Consiglio Comunale n. 9 del 30/03/2021 e successive modificazioni;",
    "Visto lo schema di regolamento composto da n. 24 articoli e n. 2 allegati tecnici, esaminato dalla "
    "competente Commissione consiliare nella seduta del 19/12/2028;",
    "Visti l'art. 7 e l'art. 42 del D.Lgs. 18 agosto 2000, n. 267;",
    "Acquisito il parere favorevole di regolarità tecnica espresso dal Responsabile del Settore Amministrativo "
    "ai sensi dell'art. 49 del D.Lgs. n. 267/2000, dando atto che il presente provvedimento non comporta "
    "riflessi diretti sulla situazione economico-finanziaria dell'Ente;",
    "Con voti favorevoli n. 6, contrari n. 2 (Gambetta, Ravera), astenuti n. 1 (Ottonello), espressi per alzata "
    "di mano dai n. 9 Consiglieri presenti, di cui n. 8 votanti;",
):
    para(s)
para("DELIBERA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, spacing=40)
for i, s in enumerate((
    "di approvare il Regolamento comunale per la disciplina dei dehors e dell'occupazione di suolo pubblico da "
    "parte degli esercizi di somministrazione di alimenti e bevande, composto da n. 24 articoli e n. 2 allegati "
    "tecnici, che si allega al presente atto quale parte integrante e sostanziale;",
    "di stabilire che il Regolamento entra in vigore il primo giorno del mese successivo a quello in cui la "
    "presente deliberazione diviene esecutiva e che le concessioni in essere sono adeguate entro il 31/03/2029;",
    "di incaricare il Responsabile del Settore Amministrativo della pubblicazione del Regolamento nella sezione "
    "Amministrazione Trasparente del sito istituzionale.",
), 1):
    p = para("%d)  %s" % (i, s))
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
para("Successivamente, con voti favorevoli n. 6, contrari n. 2 (Gambetta, Ravera), astenuti n. 1 (Ottonello), "
     "il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, "
     "comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
para("", after=8)
para("Letto, approvato e sottoscritto.", after=10)
f = doc.add_table(rows=3, cols=2)
for ci, (a, b) in enumerate((("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"), ("Laura Siri", "Dott.ssa Valeria Parodi"),
                             ("(firmato digitalmente)", "(firmato digitalmente)"))):
    cell_text(f.rows[ci].cells[0], a, bold=(ci == 0), size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(f.rows[ci].cells[1], b, bold=(ci == 0), size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)

# running foot with the act's reference
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = fp.add_run("Deliberazione del Consiglio Comunale n. 1 del 11/01/2029")
r.font.size = Pt(7.5)

doc.core_properties.author = "sicraweb"
doc.core_properties.title = "Deliberazione C.C. n. 1/2029"
doc.save(out)
