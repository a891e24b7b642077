# Comune di Volpiano - Giunta deliberation, imitating a Studio Storti "Atti" print.
# Built as ODT with odfpy, converted to PDF by LibreOffice Writer.
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, HeaderStyle, FooterStyle, HeaderFooterProperties)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.style import Header, Footer
import sys

doc = OpenDocumentText()
S = doc.styles; A = doc.automaticstyles

def pstyle(name, size="11pt", bold=False, align="justify", mt="0cm", mb="0.15cm", family="Liberation Serif", italic=False, auto=False):
    st = Style(name=name, family="paragraph")
    tp = dict(fontsize=size, fontname=family, fontfamily=family)
    if bold: tp["fontweight"] = "bold"
    if italic: tp["fontstyle"] = "italic"
    st.addElement(TextProperties(**tp))
    st.addElement(ParagraphProperties(textalign=align, margintop=mt, marginbottom=mb))
    (A if auto else S).addElement(st)
    return st

from odf.style import FontFace
for f in ("Liberation Serif", "Liberation Sans"):
    doc.fontfacedecls.addElement(FontFace(name=f, fontfamily=f, fontfamilygeneric="roman" if "Serif" in f else "swiss"))

body = pstyle("Body")
center = pstyle("Center", align="center")
cbold = pstyle("CBold", bold=True, align="center")
head1 = pstyle("Head1", size="16pt", bold=True, align="center", family="Liberation Sans", mb="0cm")
head2 = pstyle("Head2", size="10pt", align="center", family="Liberation Sans", mb="0.05cm")
small = pstyle("Small", size="8pt", align="center", family="Liberation Sans")
title = pstyle("Title", size="12.5pt", bold=True, align="center", mt="0.3cm", mb="0.2cm", family="Liberation Sans")
cell = pstyle("Cell", size="10pt", align="left", family="Liberation Sans", mb="0cm")
cellc = pstyle("CellC", size="10pt", align="center", family="Liberation Sans", mb="0cm")
cellb = pstyle("CellB", size="10pt", bold=True, align="left", family="Liberation Sans", mb="0cm")
foot = pstyle("Foot", size="7.5pt", align="center", family="Liberation Sans", italic=True)
bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); S.addElement(bold)

pl = PageLayout(name="PL")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.4cm", marginbottom="1.2cm", marginleft="2.2cm", marginright="2cm"))
hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.3cm")); pl.addElement(hs)
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.3cm")); pl.addElement(fs)
A.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header(); hp = P(stylename=small); hp.addText("Comune di Volpiano – Deliberazione della Giunta Comunale n. 58 del 14/04/2026"); h.addElement(hp); mp.addElement(h)
f = Footer(); fp = P(stylename=foot)
fp.addText("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. – Pag. "); fp.addElement(PageNumber(selectpage="current")); fp.addText(" di "); fp.addElement(PageCount())
f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

def para(text, st=body, boldlead=None):
    p = P(stylename=st)
    if boldlead:
        s = Span(stylename=bold); s.addText(boldlead); p.addElement(s)
    p.addText(text); doc.text.addElement(p); return p

def table(name, widths, rows, styles=None, border="0.5pt solid #000000"):
    ts = Style(name=name, family="table"); ts.addElement(TableProperties(width="%.2fcm" % sum(widths), align="center")); A.addElement(ts)
    cs = Style(name=name+"c", family="table-cell"); cs.addElement(TableCellProperties(border=border, padding="0.06cm")); A.addElement(cs)
    t = Table(name=name, stylename=ts)
    for i, w in enumerate(widths):
        c = Style(name="%s.%d" % (name, i), family="table-column"); c.addElement(TableColumnProperties(columnwidth="%.2fcm" % w)); A.addElement(c)
        t.addElement(TableColumn(stylename=c))
    for r, row in enumerate(rows):
        tr = TableRow()
        for i, v in enumerate(row):
            tc = TableCell(stylename=cs, valuetype="string")
            st = (styles[r][i] if styles else cell)
            tc.addElement(P(stylename=st, text=v)); tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)

para("COMUNE DI VOLPIANO", head1)
para("Città Metropolitana di Torino", head2)
para("Piazza Vittorio Emanuele II, 12 – 10088 Volpiano (TO) – C.F. 01920340016", small)
para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", title)
table("Reg", [4.2, 3.0, 4.2, 3.0], [["Deliberazione N.", "58", "Data", "14/04/2026"],
       ["Proposta N.", "71", "del", "09/04/2026"],
       ["Ufficio proponente", "Lavori Pubblici", "Area", "Tecnica"]],
      styles=[[cellb, cellc, cellb, cellc]]*3)
para("", body)
table("Ogg", [16.4], [["OGGETTO: APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA “GIANNI RODARI” DI VIA TRIESTE – CUP J52B25000140004"]], styles=[[cellb]])
para("")
para("L’anno duemilaventisei addì quattordici del mese di aprile alle ore 17:30 nella solita sala delle adunanze, previa l’osservanza di tutte le formalità prescritte dalla vigente legge, vennero convocati a seduta i componenti della Giunta Comunale. Sono presenti i Signori:")
rows = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["MOSCA PIERPAOLO", "Sindaco", "X", ""],
        ["FERRERO ELENA", "Vice Sindaco", "X", ""],
        ["BERTOLÈ MARCO", "Assessore", "X", ""],
        ["GIACHINO SILVIA", "Assessore", "", "X"],
        ["REVIGLIO ANDREA", "Assessore", "X", ""],
        ["", "Totale", "4", "1"]]
sty = [[cellb]*4] + [[cell, cell, cellc, cellc]]*6
table("Roll", [6.4, 4.0, 2.5, 2.5], rows, styles=sty)
para("")
para("Assiste all’adunanza il Segretario Comunale Dott.ssa Laura CRAVERO la quale provvede alla redazione del presente verbale.")
para("Essendo legale il numero degli intervenuti, il Sig. Pierpaolo MOSCA nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.")
para("LA GIUNTA COMUNALE", cbold)
for t in [
 "Premesso che con deliberazione del Consiglio Comunale n. 12 del 26/02/2026, esecutiva ai sensi di legge, è stato approvato il Documento Unico di Programmazione 2026/2028 e il Bilancio di Previsione finanziario 2026/2028, nel quale è inserito, nel Programma Triennale dei Lavori Pubblici, l’intervento di riqualificazione energetica della Scuola Primaria “Gianni Rodari” per un importo complessivo di € 685.000,00;",
 "Richiamata la propria deliberazione n. 141 del 18/11/2025 con la quale è stato approvato il progetto di fattibilità tecnico-economica dell’intervento;",
 "Visto il progetto esecutivo redatto dallo Studio Associato Ingegneria Canavese, con sede in Chivasso, pervenuto al protocollo comunale n. 6512 in data 02/04/2026, composto dagli elaborati elencati nell’allegato A alla presente deliberazione, e dal quale risulta il seguente quadro economico: lavori a base d’asta € 498.300,00, oneri per la sicurezza non soggetti a ribasso € 14.700,00, somme a disposizione dell’Amministrazione € 172.000,00;",
 "Dato atto che il progetto è stato verificato ai sensi dell’art. 42 del D.Lgs. 31 marzo 2023, n. 36, come da rapporto conclusivo di verifica sottoscritto in data 07/04/2026, e validato dal Responsabile Unico del Progetto con atto in pari data;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, dal Responsabile dell’Area Tecnica e dal Responsabile dell’Area Economico-Finanziaria;",
 "Con voti unanimi favorevoli espressi in forma palese;"]:
    para(t)
para("DELIBERA", cbold)
for i, t in enumerate([
 "di approvare il progetto esecutivo dei lavori di riqualificazione energetica della Scuola Primaria “Gianni Rodari” di via Trieste, dell’importo complessivo di € 685.000,00, secondo il quadro economico riportato in premessa;",
 "di dare atto che la spesa trova copertura al Capitolo 20450/3 “Manutenzione straordinaria edifici scolastici” del Bilancio di Previsione 2026/2028, annualità 2026, finanziato per € 500.000,00 con contributo del Ministero dell’Interno e per € 185.000,00 con avanzo di amministrazione;",
 "di demandare al Responsabile dell’Area Tecnica l’adozione dei conseguenti atti di gestione, ivi compresa l’indizione della procedura di affidamento dei lavori;",
 "di dare atto che il Responsabile Unico del Progetto è il Geom. Fabrizio Actis, istruttore direttivo tecnico dell’Area Tecnica."], 1):
    para(" " + t, boldlead="%d." % i)
para("Successivamente, stante l’urgenza di avviare la procedura di affidamento entro il termine previsto dal decreto di finanziamento, con separata votazione unanime favorevole, resa in forma palese,")
para("DELIBERA", cbold)
para("di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.")
para("")
para("Letto, confermato e sottoscritto.", center)
table("Firme", [8.2, 8.2], [["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["F.to Pierpaolo MOSCA", "F.to Dott.ssa Laura CRAVERO"]], styles=[[cellc, cellc]]*2, border="none")
para("")
para("CERTIFICATO DI PUBBLICAZIONE", cbold)
para("La presente deliberazione viene pubblicata all’Albo Pretorio on line di questo Comune per 15 giorni consecutivi dal 16/04/2026 al 01/05/2026 ai sensi dell’art. 124 del D.Lgs. 267/2000 ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell’art. 125.")
para("Volpiano, 16/04/2026                                        Il Messo Comunale F.to Rosanna Bertot", body)
doc.save(sys.argv[1])
