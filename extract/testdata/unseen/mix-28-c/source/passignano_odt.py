#!/usr/bin/env python3
"""Consiglio Comunale deliberation of the Comune di Passignano sul Trasimeno,
written as an OpenOffice 4 Writer document (ODT built with odfpy) and then
printed to PDF by LibreOffice (soffice --convert-to pdf).
Layout: centred letterhead, "ORIGINALE" mark, number and date in a heading
line, roll as a numbered list with presente/assente, vote in prose,
numbered dispositive points, running foot with page number."""
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout,
                       PageLayoutProperties, MasterPage, Footer, Header,
                       TableColumnProperties, TableProperties, TableCellProperties,
                       FontFace)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell

out = sys.argv[1]
doc = OpenDocumentText()
doc.fontfacedecls.addElement(FontFace(name="Liberation Serif", fontfamily="'Liberation Serif'", fontfamilygeneric="roman"))
doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss"))

def pstyle(name, size="11pt", bold=False, align="justify", before="0cm", after="0.12cm", italic=False, font="Liberation Serif", indent=None, auto=True):
    st = Style(name=name, family="paragraph")
    tp = dict(fontname=font, fontsize=size)
    if bold:
        tp["fontweight"] = "bold"
    if italic:
        tp["fontstyle"] = "italic"
    st.addElement(TextProperties(**tp))
    pp = dict(textalign=align, margintop=before, marginbottom=after)
    if indent:
        pp["marginleft"] = indent[0]
        pp["textindent"] = indent[1]
    st.addElement(ParagraphProperties(**pp))
    (doc.automaticstyles if auto else doc.styles).addElement(st)
    return st

body = pstyle("Body", auto=False)
title = pstyle("Title1", "18pt", True, "center")
prov = pstyle("Prov", "11pt", False, "center", italic=True)
small = pstyle("Small", "8pt", False, "center", font="Liberation Sans")
head2 = pstyle("Head2", "13pt", True, "center", before="0.4cm", after="0.1cm")
centerb = pstyle("CenterB", "11pt", True, "center", before="0.3cm", after="0.2cm")
right = pstyle("RightB", "11pt", True, "right")
left = pstyle("Left", "11pt", False, "left")
roll = pstyle("Roll", "10.5pt", False, "left", after="0.02cm", font="Liberation Sans", indent=("1.2cm", "-0.6cm"))
point = pstyle("Point", "11pt", False, "justify", indent=("0.9cm", "-0.6cm"), after="0.15cm")
foot = pstyle("Foot", "8pt", False, "center", font="Liberation Sans")
sig = pstyle("Sig", "11pt", False, "center")
cellp = pstyle("CellP", "10pt", False, "left", font="Liberation Sans", after="0cm")
cellb = pstyle("CellB", "10pt", True, "left", font="Liberation Sans", after="0cm")

bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)

pl = PageLayout(name="PL")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm", marginbottom="1.2cm", marginleft="2.2cm", marginright="2cm"))
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
ft = Footer()
fp = P(stylename=foot, text="Delibera di Consiglio Comunale n. 11 del 16-03-2026 - Comune di Passignano sul Trasimeno - Pag. ")
fp.addElement(PageNumber(selectpage="current", text="1"))
fp.addText(" di ")
fp.addElement(PageCount(text="2"))
ft.addElement(fp)
mp.addElement(ft)
doc.masterstyles.addElement(mp)

def para(style, text):
    doc.text.addElement(P(stylename=style, text=text))

def labeled(style, label, text):
    p = P(stylename=style)
    p.addElement(Span(stylename=bold, text=label))
    p.addText(text)
    doc.text.addElement(p)

para(right, "ORIGINALE")
para(title, "COMUNE DI PASSIGNANO SUL TRASIMENO")
para(prov, "Provincia di Perugia")
para(small, "Piazza Trento e Trieste – 06065 Passignano sul Trasimeno (PG) – Area Amministrativa – Ufficio Segreteria")
para(head2, "DELIBERAZIONE DEL CONSIGLIO COMUNALE")
para(centerb, "N. 11 del 16-03-2026")

# a two-cell table for the session data (as OpenOffice users do)
tstyle = Style(name="Tbl", family="table"); tstyle.addElement(TableProperties(width="16.8cm", align="center")); doc.automaticstyles.addElement(tstyle)
c1 = Style(name="TblA", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="3.2cm")); doc.automaticstyles.addElement(c1)
c2 = Style(name="TblB", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="13.6cm")); doc.automaticstyles.addElement(c2)
cs = Style(name="TblC", family="table-cell"); cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm")); doc.automaticstyles.addElement(cs)
t = Table(name="Sessione", stylename=tstyle)
t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
for lab, val in [("Sessione", "Ordinaria"), ("Seduta", "Pubblica di prima convocazione"), ("OGGETTO:", "REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE DI CONCESSIONE PER L'OCCUPAZIONE DELLE AREE DESTINATE A MERCATI. MODIFICHE AGLI ARTICOLI 7, 12 E 19.")]:
    tr = TableRow()
    a = TableCell(stylename=cs); a.addElement(P(stylename=cellb, text=lab)); tr.addElement(a)
    b = TableCell(stylename=cs); b.addElement(P(stylename=cellb if lab == "OGGETTO:" else cellp, text=val)); tr.addElement(b)
    t.addElement(tr)
doc.text.addElement(t)

para(body, "")
para(body, "L'anno duemilaventisei il giorno sedici del mese di marzo alle ore 18:00, nella sala consiliare del Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione.")
para(body, "Dei Consiglieri comunali assegnati e in carica risultano:")
rows = [
    ("CECCARINI FABIO", "Sindaco", "presente"),
    ("BURZIGOTTI ELENA", "Consigliere", "presente"),
    ("MENCAGLIA GIORGIO", "Consigliere", "presente"),
    ("ROSSETTI MARTA", "Consigliere", "presente"),
    ("PIOMBONI LUCA", "Consigliere", "presente"),
    ("BRACHINI SILVIA", "Consigliere", "assente"),
    ("FALOCI DAVIDE", "Consigliere", "presente"),
    ("TERZETTI ANNA MARIA", "Consigliere", "presente"),
    ("CARLONI MATTEO", "Consigliere", "presente"),
    ("BETTI ROBERTA", "Consigliere", "presente"),
    ("GIOMMETTI PAOLO", "Consigliere", "presente"),
    ("LUCARINI CHIARA", "Consigliere", "assente"),
    ("SANTUCCI MIRKO", "Consigliere", "presente"),
]
for i, (n, r, s) in enumerate(rows, 1):
    para(roll, f"{i}) {n} – {r} – {s}")
para(body, "Assegnati n. 13 – In carica n. 13 – Presenti n. 11 – Assenti n. 2.")
para(body, "Assiste il Segretario Comunale Dott. Fabrizio Tosti, incaricato della redazione del verbale.")
para(body, "Il Sindaco Fabio Ceccarini, constatato il numero legale degli intervenuti, assume la presidenza e dichiara aperta la discussione sull'argomento in oggetto, iscritto al punto 4 dell'ordine del giorno. Sono nominati scrutatori i Consiglieri Faloci, Betti e Giommetti.")
para(centerb, "IL CONSIGLIO COMUNALE")
for s in [
    "RICHIAMATA la propria deliberazione n. 6 del 29/03/2021, con la quale è stato approvato il Regolamento comunale per la disciplina del canone di concessione per l'occupazione delle aree e degli spazi appartenenti al demanio o al patrimonio indisponibile destinati a mercati, ai sensi dell'art. 1, commi 837 e seguenti, della Legge 27 dicembre 2019, n. 160;",
    "CONSIDERATO che il trasferimento del mercato settimanale del mercoledì da Piazza Garibaldi al parcheggio di Via del Lavoro, disposto a decorrere dal 1° gennaio 2026, e l'istituzione del mercato stagionale serale dei produttori agricoli sul lungolago rendono necessario aggiornare la disciplina dei posteggi, delle tariffe giornaliere e delle riduzioni;",
    "VISTA la proposta di modifica degli articoli 7, 12 e 19 del Regolamento predisposta dal Servizio Tributi e Commercio ed esaminata dalla Commissione consiliare Bilancio e Affari Generali nella seduta del 09/03/2026;",
    "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 4 del 10/03/2026 ai sensi dell'art. 239 del D.Lgs. 267/2000;",
    "VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    "UDITI gli interventi dei Consiglieri, come riportati nel resoconto della seduta conservato agli atti;",
]:
    para(body, s)
para(body, "Con la seguente votazione, espressa per alzata di mano: presenti n. 11, votanti n. 10, voti favorevoli n. 8, voti contrari n. 2 (Giommetti, Santucci), astenuti n. 1 (Carloni),")
para(centerb, "DELIBERA")
pts = [
    "di approvare le modifiche agli articoli 7, 12 e 19 del Regolamento comunale per la disciplina del canone di concessione per l'occupazione delle aree destinate a mercati, nel testo allegato al presente atto sotto la lettera \"A\" quale parte integrante e sostanziale;",
    "di dare atto che le modifiche hanno effetto dal 1° aprile 2026 e che le tariffe giornaliere del mercato stagionale serale sono determinate dalla Giunta Comunale entro i limiti fissati dall'art. 12 come modificato;",
    "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze per la pubblicazione nel Portale del federalismo fiscale, nei termini di legge;",
    "di incaricare il Responsabile dell'Area Economico-Finanziaria di curare gli adempimenti conseguenti e l'aggiornamento della modulistica pubblicata sul sito istituzionale.",
]
for i, s in enumerate(pts, 1):
    para(point, f"{i}) {s}")
para(body, "Inoltre, stante l'urgenza di rendere applicabili le nuove disposizioni dal 1° aprile 2026, con separata votazione espressa per alzata di mano: presenti n. 11, votanti n. 10, voti favorevoli n. 8, voti contrari n. 2, astenuti n. 1,")
para(centerb, "DELIBERA")
para(body, "di dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
para(body, "")
para(body, "Del che si è redatto il presente verbale che, letto e approvato, viene sottoscritto.")
para(body, "")
tt = Table(name="Firme", stylename=tstyle)
s1 = Style(name="TblF", family="table-column"); s1.addElement(TableColumnProperties(columnwidth="8.4cm")); doc.automaticstyles.addElement(s1)
tt.addElement(TableColumn(stylename=s1, numbercolumnsrepeated=2))
for row in [("IL PRESIDENTE", "IL SEGRETARIO COMUNALE"), ("Il Sindaco Fabio Ceccarini", "Dott. Fabrizio Tosti"), ("(firmato digitalmente)", "(firmato digitalmente)")]:
    tr = TableRow()
    for v in row:
        c = TableCell(); c.addElement(P(stylename=sig, text=v)); tr.addElement(c)
    tt.addElement(tr)
doc.text.addElement(tt)
para(body, "")
para(foot, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.")
doc.save(out)
