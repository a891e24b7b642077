#!/usr/bin/env python3
"""Besana in Brianza, Consiglio Comunale n. 4 del 18/01/2029: .docx written
with python-docx (Sicraweb-like template), exported by LibreOffice.
Usage: cc04_besana_docx.py OUT.docx CRESTDIR"""
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from docx_common import add_field, cell_text, no_borders, para, runs, set_widths, table_borders

out, crestdir = sys.argv[1], sys.argv[2]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin = Mm(20), Mm(17)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(18)
sec.footer_distance = Mm(8)

# running foot
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = fp.add_run("Deliberazione di Consiglio Comunale n. 4 del 18/01/2029\t\tPag. "); r.font.size = Pt(7.5)
add_field(fp, "PAGE", Pt(7.5))
r = fp.add_run(" di "); r.font.size = Pt(7.5)
add_field(fp, "NUMPAGES", Pt(7.5))

# letterhead
t = doc.add_table(rows=1, cols=3)
no_borders(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
c0, c1, c2 = t.rows[0].cells
set_widths(t, [Mm(20), Mm(123), Mm(30)])
c0.paragraphs[0].add_run().add_picture(os.path.join(crestdir, "crest_besana.png"), width=Mm(15))
cell_text(c1, "COMUNE DI BESANA IN BRIANZA", bold=True, size=Pt(15))
p = c1.add_paragraph(); r = p.add_run("Provincia di Monza e della Brianza"); r.font.size = Pt(9.5)
cell_text(c2, "ORIGINALE", bold=True, size=Pt(9), align="r")

para(doc, "", space_after=2)
t = doc.add_table(rows=1, cols=2)
table_borders(t)
a, b = t.rows[0].cells
set_widths(t, [Mm(118), Mm(55)])
cell_text(a, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, size=Pt(11))
p = b.paragraphs[0]; runs(p, [("N. ", ""), ("4", "b")])
p = b.add_paragraph(); runs(p, [("del ", ""), ("18/01/2029", "b")])
p.paragraph_format.space_after = Pt(0)
para(doc, "Adunanza ordinaria di prima convocazione – seduta pubblica", italic=True, size=Pt(9), space_before=3)

t = doc.add_table(rows=1, cols=2)
no_borders(t)
a, b = t.rows[0].cells
set_widths(t, [Mm(26), Mm(147)])
cell_text(a, "OGGETTO:", bold=True)
cell_text(b, "APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE IN USO DELLE SALE E DEGLI SPAZI COMUNALI", bold=True)
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
para(doc, "", space_after=2)

p = para(doc, align="j")
runs(p, [("L'anno ", ""), ("duemilaventinove", "b"), (", addì ", ""), ("diciotto", "b"), (" del mese di ", ""),
         ("gennaio", "b"), (", alle ore ", ""), ("20:45", "b"),
         (", nella Sala Consiliare del Palazzo Municipale di Via Roma, previa osservanza di tutte le formalità "
          "prescritte dalla vigente legge e dal Regolamento per il funzionamento del Consiglio Comunale, sono stati "
          "convocati a seduta i Consiglieri Comunali.", "")])
para(doc, "All'appello risultano:", space_after=3)

presenti = ["FUMAGALLI ROBERTA (Sindaco)", "CAZZANIGA ELENA", "BRAMBILLA MARCO", "MAGNI SILVIA",
            "RIVA ALESSANDRO", "COLOMBO FEDERICA", "PEREGO LUCA", "SALA CHIARA", "MOTTA GIOVANNI",
            "ORNAGO MARTA", "BONFANTI CLAUDIO", "CORBETTA FRANCA", "TAGLIABUE MATTEO", "CEREDA ANDREA"]
assenti = ["VILLA DAVIDE (Presidente)", "RADAELLI PAOLA", "GALBIATI STEFANO"]
t = doc.add_table(rows=2, cols=2)
table_borders(t, inside=True)
set_widths(t, [Mm(70), Mm(70)])
t.alignment = WD_TABLE_ALIGNMENT.CENTER
h1, h2 = t.rows[0].cells
for c, txt in ((h1, "PRESENTI"), (h2, "ASSENTI")):
    c.width = Mm(70)
    cell_text(c, txt, bold=True, align="c")
l1, l2 = t.rows[1].cells
for c, names in ((l1, presenti), (l2, assenti)):
    c.width = Mm(70)
    first = True
    for n in names:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(n); r.font.size = Pt(9.5)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Mm(3)
p = para(doc, "", space_before=3)
runs(p, [("Presenti n. 14", "b"), ("          ", ""), ("Assenti n. 3", "b")])

para(doc, "Partecipano alla seduta, senza diritto di voto, gli Assessori esterni: Mariani Giorgio (Vice Sindaco), "
          "Nova Cristina e Lissoni Anna.", align="j")
para(doc, "Partecipa il Vice Segretario Dott. Stefano Arosio, in sostituzione del Segretario Generale "
          "temporaneamente assente, il quale provvede alla redazione del presente verbale.", align="j")
para(doc, "Constatato il numero legale degli intervenuti, il Sig. Luca Perego, Vice Presidente del Consiglio "
          "Comunale, in assenza del Presidente, assume la presidenza e dichiara aperta la seduta per la trattazione "
          "dell'argomento indicato in oggetto, iscritto al punto n. 1 dell'ordine del giorno.", align="j")

para(doc, "IL CONSIGLIO COMUNALE", bold=True, align="c", space_before=6, space_after=6, keep=True)


def prem(lead, rest):
    p = para(doc, align="j")
    runs(p, [(lead, "i"), (rest, "")])


prem("Vista", " la proposta di deliberazione n. 6 del 08/01/2029, formulata dall'Area Affari Generali e Servizi al "
     "Cittadino, relativa all'oggetto;")
prem("Premesso", " che il Comune di Besana in Brianza dispone di sale e spazi di proprietà comunale, tra i quali la "
     "Sala Civica di Villa Raverio, la Sala Polifunzionale di Valle Guidino, l'Auditorium della Biblioteca "
     "civica e gli spazi del Centro Civico di Montesiro, che vengono richiesti in uso da associazioni, gruppi, "
     "soggetti privati e forze politiche per lo svolgimento di iniziative di interesse collettivo;")
prem("Rilevato", " che il regolamento vigente, approvato con deliberazione del Consiglio Comunale n. 44 del "
     "29/09/2009, non risulta più adeguato all'attuale assetto degli spazi e alle modalità di prenotazione "
     "telematica attivate dall'Ente, né alla disciplina delle garanzie e delle responsabilità del concessionario;")
prem("Visto", " lo schema di \"Regolamento per la concessione in uso delle sale e degli spazi comunali\", composto "
     "da n. 18 articoli, esaminato dalla Commissione Consiliare Affari Istituzionali nella seduta del 12/01/2029;")
prem("Visti", " l'art. 7 e l'art. 42, comma 2, lett. a), del D.Lgs. 18 agosto 2000, n. 267, nonché lo Statuto "
     "comunale;")
prem("Acquisiti", " i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi "
     "dell'art. 49 del D.Lgs. 267/2000, riportati in calce;")
prem("Udita", " la relazione della Sindaca e dato atto che non vi sono richieste di intervento;")
para(doc, "Con voti unanimi favorevoli, espressi per alzata di mano dai Consiglieri presenti e votanti;", align="j")

para(doc, "DELIBERA", bold=True, align="c", space_before=6, space_after=6, keep=True)
pts = [
    "di approvare il \"Regolamento per la concessione in uso delle sale e degli spazi comunali\", composto da "
    "n. 18 articoli, che si allega al presente atto quale parte integrante e sostanziale (Allegato A);",
    "di dare atto che il regolamento entra in vigore il primo giorno del mese successivo alla data di "
    "esecutività della presente deliberazione e che da tale data è abrogato il regolamento approvato con "
    "deliberazione del Consiglio Comunale n. 44 del 29/09/2009;",
    "di demandare alla Giunta Comunale la determinazione delle tariffe d'uso e delle eventuali agevolazioni, "
    "nonché al Responsabile dell'Area Affari Generali e Servizi al Cittadino l'adozione degli atti gestionali "
    "conseguenti.",
]
for i, s in enumerate(pts, 1):
    p = para(doc, align="j")
    p.paragraph_format.left_indent = Mm(7); p.paragraph_format.first_line_indent = Mm(-7)
    runs(p, [("%d.\t" % i, "b"), (s, "")])

para(doc, "Successivamente,", space_before=4)
para(doc, "IL CONSIGLIO COMUNALE", bold=True, align="c", space_after=4, keep=True)
para(doc, "con separata votazione, a voti unanimi favorevoli espressi per alzata di mano,", align="j")
para(doc, "DELIBERA", bold=True, align="c", space_after=4, keep=True)
para(doc, "di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del "
          "D.Lgs. 18 agosto 2000, n. 267, per consentire l'applicazione delle nuove disposizioni dalla prossima "
          "stagione di prenotazioni.", align="j")

para(doc, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", bold=True, size=Pt(9), space_before=8)
para(doc, "Regolarità tecnica: FAVOREVOLE – 09/01/2029 – Il Responsabile dell'Area Affari Generali e Servizi al "
          "Cittadino, Dott. Stefano Arosio", size=Pt(9))
para(doc, "Regolarità contabile: FAVOREVOLE – 10/01/2029 – Il Responsabile dell'Area Economico-Finanziaria, "
          "Rag. Mara Sironi", size=Pt(9))

para(doc, "Letto, approvato e sottoscritto.", space_before=8)
t = doc.add_table(rows=2, cols=2)
no_borders(t)
set_widths(t, [Mm(86), Mm(86)])
cell_text(t.rows[0].cells[0], "IL PRESIDENTE", align="c")
cell_text(t.rows[0].cells[1], "IL VICE SEGRETARIO", align="c")
cell_text(t.rows[1].cells[0], "Sig. Luca Perego", align="c")
cell_text(t.rows[1].cells[1], "Dott. Stefano Arosio", align="c")
para(doc, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", italic=True,
     size=Pt(7.5), align="c", space_before=8)

doc.save(out)
