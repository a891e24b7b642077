# Unione Montana Feltrina - numbered avviso pubblico, ODT built with odfpy, converted by LibreOffice
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       PageLayout, PageLayoutProperties, MasterPage, Header, Footer, TableProperties)
from odf.text import P, Span, PageNumber, PageCount, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell

doc = OpenDocumentText()
pl = PageLayout(name="PL")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.3cm", marginbottom="1.3cm",
                                   marginleft="2.3cm", marginright="2.0cm"))
doc.automaticstyles.addElement(pl)

def pstyle(name, size="10.5pt", bold=False, align="justify", before="0cm", after="0.16cm", italic=False, font="Liberation Serif", color=None, indent=None):
    s = Style(name=name, family="paragraph")
    pp = dict(textalign=align, margintop=before, marginbottom=after)
    if indent: pp.update(marginleft=indent, textindent="-0.5cm")
    s.addElement(ParagraphProperties(**pp))
    tp = dict(fontsize=size, fontname=font, fontfamily=font)
    if bold: tp["fontweight"] = "bold"
    if italic: tp["fontstyle"] = "italic"
    if color: tp["color"] = color
    s.addElement(TextProperties(**tp))
    doc.styles.addElement(s); return s

body = pstyle("Body")
bodyI = pstyle("BodyInd", indent="0.8cm")
title1 = pstyle("T1", "17pt", True, "center", after="0cm", font="Linux Biolinum O", color="#2c5a2e")
title2 = pstyle("T2", "9pt", False, "center", after="0cm", font="Linux Biolinum O")
kind = pstyle("Kind", "15pt", True, "center", before="0.5cm", after="0.1cm", font="Linux Biolinum O")
subj = pstyle("Subj", "11pt", True, "center", before="0.1cm", after="0.4cm")
head = pstyle("Head", "11pt", True, "center", before="0.3cm", after="0.2cm")
art = pstyle("Art", "10.5pt", True, "left", before="0.25cm", after="0.08cm")
small = pstyle("Small", "8pt", False, "center", font="Liberation Sans")
right = pstyle("Right", "10.5pt", False, "end")
sig = pstyle("Sig", "10.5pt", False, "center", after="0cm")
cellp = pstyle("Cell", "9pt", False, "left", after="0cm", font="Liberation Sans")
cellb = pstyle("CellB", "9pt", True, "left", after="0cm", font="Liberation Sans")
boldspan = Style(name="BoldSpan", family="text"); boldspan.addElement(TextProperties(fontweight="bold")); doc.styles.addElement(boldspan)
hdr = pstyle("Hdr", "8pt", False, "end", italic=True, font="Liberation Sans")

mp = MasterPage(name="Standard", pagelayoutname=pl)
h = Header(); hp = P(stylename=hdr, text="Unione Montana Feltrina – Avviso pubblico n. 3/2026"); h.addElement(hp); mp.addElement(h)
f = Footer(); fp = P(stylename=small, text="Unione Montana Feltrina – Viale Carlo Rizzarda, 21 – 32032 Feltre (BL) – C.F. 91005380250 – pag. ")
fp.addElement(PageNumber(selectpage="current")); fp.addText(" di "); fp.addElement(PageCount()); f.addElement(fp); mp.addElement(f)
doc.masterstyles.addElement(mp)

def add(style, text): doc.text.addElement(P(stylename=style, text=text))

add(small, "[logo Unione Montana Feltrina]")
add(title1, "UNIONE MONTANA FELTRINA")
add(title2, "Provincia di Belluno")
add(title2, "AREA AFFARI GENERALI – Servizio Cultura, Turismo e Associazionismo")
add(small, "______________________________________________________________________________")

# protocol stamp as a small right-aligned table
ts = Style(name="StampT", family="table"); ts.addElement(TableProperties(width="6.2cm", align="right")); doc.automaticstyles.addElement(ts)
cs = Style(name="StampC", family="table-cell"); cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm")); doc.automaticstyles.addElement(cs)
t = Table(stylename=ts); t.addElement(TableColumn())
for line in ["Prot. n. 2417 / VII.1", "del 20/03/2026 – Partenza"]:
    tr = TableRow(); tc = TableCell(stylename=cs); tc.addElement(P(stylename=cellp, text=line)); tr.addElement(tc); t.addElement(tr)
doc.text.addElement(t)

add(kind, "AVVISO PUBBLICO N. 3/2026")
sp = P(stylename=body); sp.addElement(Span(stylename=boldspan, text="OGGETTO: ")); sp.addElement(Span(stylename=boldspan, text="Concessione di contributi alle associazioni del territorio per iniziative culturali e di promozione della montagna – anno 2026.")); doc.text.addElement(sp)
add(head, "IL RESPONSABILE DELL'AREA AFFARI GENERALI")
add(body, "In esecuzione della deliberazione della Giunta dell'Unione n. 19 del 05/03/2026 e della propria determinazione n. 64 del 18/03/2026, nel rispetto del Regolamento per la concessione di contributi e vantaggi economici approvato con deliberazione dell'Assemblea n. 11 del 27/05/2022,")
add(head, "RENDE NOTO")
add(body, "che sono aperti i termini per la presentazione delle domande di contributo per iniziative culturali, sportive e di promozione del territorio montano da realizzarsi nei Comuni dell'Unione entro il 31 dicembre 2026.")

arts = [
 ("Art. 1 – Soggetti beneficiari", "Possono presentare domanda le associazioni senza scopo di lucro, le Pro Loco e i comitati con sede legale o operativa in uno dei Comuni dell'Unione, iscritti al Registro Unico Nazionale del Terzo Settore o all'albo comunale delle associazioni."),
 ("Art. 2 – Risorse disponibili", "Lo stanziamento complessivo è di € 45.000,00. Il contributo concesso a ciascuna iniziativa non potrà superare il 70% della spesa ammissibile né l'importo di € 4.000,00."),
 ("Art. 3 – Modalità e termini di presentazione", "Le domande, redatte sul modulo allegato (Allegato 1) e sottoscritte dal legale rappresentante, dovranno pervenire entro le ore 12:00 del 30 aprile 2026 esclusivamente tramite PEC all'indirizzo unionemontanafeltrina@pec.it oppure mediante consegna all'Ufficio Protocollo."),
 ("Art. 4 – Criteri di valutazione", "Le domande saranno valutate da una commissione interna secondo i seguenti criteri:"),
]
for a, b in arts:
    add(art, a); add(body, b)
# criteria table
ts2 = Style(name="CritT", family="table"); ts2.addElement(TableProperties(width="15cm", align="center")); doc.automaticstyles.addElement(ts2)
c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="12cm")); doc.automaticstyles.addElement(c1)
c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="3cm")); doc.automaticstyles.addElement(c2)
t = Table(stylename=ts2); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
for i, (k, v) in enumerate([("Criterio", "Punti max"), ("Rilevanza per la promozione del territorio montano", "30"),
                            ("Coinvolgimento di più Comuni dell'Unione", "25"), ("Partecipazione di giovani e scuole", "20"),
                            ("Sostenibilità ambientale dell'iniziativa", "15"), ("Cofinanziamento da altri soggetti", "10")]):
    tr = TableRow()
    for x in (k, v):
        tc = TableCell(stylename=cs); tc.addElement(P(stylename=cellb if i == 0 else cellp, text=x)); tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
for a, b in [
 ("Art. 5 – Rendicontazione", "Il contributo sarà liquidato a conclusione dell'iniziativa, previa presentazione del rendiconto delle spese sostenute e di una relazione illustrativa, entro 60 giorni dalla conclusione e comunque non oltre il 28 febbraio 2027."),
 ("Art. 6 – Informazioni", "Il responsabile del procedimento è la dott.ssa Giovanna Dal Pont (tel. 0439 302511). Il presente avviso e la modulistica sono pubblicati all'Albo on line e sul sito istituzionale dell'Unione."),
 ("Art. 7 – Trattamento dei dati personali", "I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso."),
]:
    add(art, a); add(body, b)
add(body, "")
add(body, "Feltre, 20 marzo 2026")
add(sig, "IL RESPONSABILE DELL'AREA AFFARI GENERALI")
add(sig, "dott. Claudio Bortolas")
add(small, "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)")
doc.save(sys.argv[1])
