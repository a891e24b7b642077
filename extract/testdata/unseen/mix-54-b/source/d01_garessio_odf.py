# Giunta deliberation of Comune di Garessio, built as ODT with odfpy, converted by LibreOffice.
# Layout imitates a "Studio Amica"-style Writer template: crest caption, register line, roll table with SI/NO.
import sys
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, PageLayout, PageLayoutProperties, MasterPage, Footer, Header
from odf.text import P, Span, PageNumber
from odf.table import Table, TableColumn, TableRow, TableCell

out = sys.argv[1]
doc = OpenDocumentText()
pl = PageLayout(name="pm1")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm", marginbottom="1.5cm", marginleft="2.2cm", marginright="2cm"))
doc.automaticstyles.addElement(pl)

def pstyle(name, size="11pt", bold=False, align="justify", italic=False, font="Liberation Serif", mt="0cm", mb="0.15cm"):
    s = Style(name=name, family="paragraph")
    tp = dict(fontsize=size, fontname=font, fontfamily=font)
    if bold: tp["fontweight"] = "bold"
    if italic: tp["fontstyle"] = "italic"
    s.addElement(TextProperties(**tp))
    s.addElement(ParagraphProperties(textalign=align, margintop=mt, marginbottom=mb))
    doc.styles.addElement(s)
    return s

body = pstyle("Body")
cen = pstyle("Cen", align="center", mb="0cm")
head = pstyle("Head", size="18pt", bold=True, align="center", mb="0cm", font="Liberation Sans")
sub = pstyle("Sub", size="10pt", align="center", italic=True, font="Liberation Sans")
title = pstyle("Title", size="13pt", bold=True, align="center", mt="0.3cm", mb="0.2cm", font="Liberation Sans")
boldp = pstyle("BoldP", bold=True)
cenb = pstyle("CenB", bold=True, align="center", mt="0.3cm", mb="0.2cm")
small = pstyle("Small", size="8pt", align="center", font="Liberation Sans")
cell = pstyle("Cell", size="10pt", align="left", mb="0cm", font="Liberation Sans")
cellb = pstyle("CellB", size="10pt", align="left", bold=True, mb="0cm", font="Liberation Sans")
cellc = pstyle("CellC", size="10pt", align="center", mb="0cm", font="Liberation Sans")
foot = pstyle("Foot", size="8pt", align="center", font="Liberation Sans", mb="0cm")

mp = MasterPage(name="Standard", pagelayoutname=pl)
f = Footer()
fp = P(stylename=foot, text="Comune di Garessio – Deliberazione G.C. n. 38 del 07/04/2026 – pag. ")
fp.addElement(PageNumber(selectpage="current"))
f.addElement(fp)
mp.addElement(f)
doc.masterstyles.addElement(mp)

bord = Style(name="Bord", family="table-cell")
bord.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.06cm"))
doc.automaticstyles.addElement(bord)
for n, w in (("c1", "7cm"), ("c2", "5cm"), ("c3", "2.3cm"), ("c4", "2.3cm")):
    cs = Style(name=n, family="table-column"); cs.addElement(TableColumnProperties(columnwidth=w)); doc.automaticstyles.addElement(cs)

def para(text, st=body):
    doc.text.addElement(P(stylename=st, text=text))

para("[stemma]", small)
para("COMUNE DI GARESSIO", head)
para("Provincia di Cuneo", sub)
para("Piazza Carrara 137 – 12075 Garessio (CN) – C.F. 84002330048", small)
para("")
para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", title)
para("N. 38 del 07/04/2026", cen)
para("")
p = P(stylename=boldp)
p.addElement(Span(text="OGGETTO: "))
p.addText("Approvazione del progetto di fattibilità tecnico-economica per la manutenzione straordinaria della copertura della Scuola Primaria “Don Bosco” – CUP C57H26000410004.")
doc.text.addElement(p)
para("")
para("L’anno duemilaventisei addì sette del mese di aprile alle ore 17:30 nella sala delle adunanze del Palazzo Comunale, previo esaurimento delle formalità prescritte dalla legge e dallo Statuto, vennero per oggi convocati i componenti della Giunta Comunale.")
para("All’appello risultano:")

t = Table(name="Appello")
for n in ("c1", "c2", "c3", "c4"): t.addElement(TableColumn(stylename=n))
def row(vals, st):
    r = TableRow()
    for i, v in enumerate(vals):
        c = TableCell(stylename=bord)
        c.addElement(P(stylename=(cellc if i >= 2 else st), text=v))
        r.addElement(c)
    t.addElement(r)
row(["Cognome e Nome", "Carica", "Presente", "Assente"], cellb)
roll = [("FERRARIS SERGIO", "Sindaco", True), ("MUSSO ELENA", "Vice Sindaco", True),
        ("BRUNENGO DAVIDE", "Assessore", False), ("ODDONE MARTA", "Assessore", True),
        ("GARELLI PIERCARLO", "Assessore", True)]
for n, r_, pr in roll:
    row([n, r_, "X" if pr else "", "" if pr else "X"], cell)
row(["Totale", "", "4", "1"], cellb)
doc.text.addElement(t)
para("")
para("Assiste all’adunanza il Segretario Comunale Dott.ssa Laura Bottero, la quale provvede alla redazione del presente verbale.")
para("Essendo legale il numero degli intervenuti, il Sig. Sergio Ferraris nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.")
para("LA GIUNTA COMUNALE", cenb)
for s in [
 "PREMESSO che l’edificio sede della Scuola Primaria “Don Bosco”, sito in Via Vittorio Emanuele II, presenta infiltrazioni diffuse dalla copertura, come documentato dal sopralluogo dell’Ufficio Tecnico del 12/02/2026;",
 "RICHIAMATA la deliberazione del Consiglio Comunale n. 6 del 27/02/2026, con la quale è stato approvato il Documento Unico di Programmazione 2026/2028 e il bilancio di previsione finanziario 2026/2028;",
 "VISTO il progetto di fattibilità tecnico-economica redatto dall’Ing. Paolo Revelli, incaricato con determinazione del Responsabile dell’Area Tecnica n. 21 del 05/02/2026, che prevede una spesa complessiva di € 186.000,00, di cui € 142.500,00 per lavori a base d’asta;",
 "VISTO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l’art. 41 e l’allegato I.7;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
 "CON VOTI unanimi favorevoli espressi in forma palese;"]:
    para(s)
para("D E L I B E R A", cenb)
for s in [
 "1. di approvare il progetto di fattibilità tecnico-economica per la manutenzione straordinaria della copertura della Scuola Primaria “Don Bosco”, per un importo complessivo di € 186.000,00, come da quadro economico allegato;",
 "2. di dare atto che la spesa trova copertura al capitolo 2045/3 “Manutenzione straordinaria edifici scolastici” del bilancio 2026/2028, esercizio 2026;",
 "3. di nominare Responsabile Unico del Progetto il Geom. Fabio Lanteri, Responsabile dell’Area Tecnica;",
 "4. di demandare al Responsabile dell’Area Tecnica gli adempimenti conseguenti."]:
    para(s)
para("Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.")
para("")
para("Letto, confermato e sottoscritto.", body)
t2 = Table(name="Firme")
for n in ("c1", "c1"): t2.addElement(TableColumn(stylename=n))
for a, b in (("IL SINDACO", "IL SEGRETARIO COMUNALE"), ("Sergio Ferraris", "Dott.ssa Laura Bottero"), ("(firmato digitalmente)", "(firmato digitalmente)")):
    r = TableRow()
    for v in (a, b):
        c = TableCell(); c.addElement(P(stylename=cellc, text=v)); r.addElement(c)
    t2.addElement(r)
doc.text.addElement(t2)
para("")
para("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.", foot)
doc.save(out)
