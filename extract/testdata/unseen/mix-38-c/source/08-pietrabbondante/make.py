# Comune di Pietrabbondante - avviso pubblico n. 3/2026, ODT written with odfpy, converted to PDF by LibreOffice Writer
import sys
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       PageLayout, PageLayoutProperties, MasterPage, FooterStyle, HeaderFooterProperties, TableProperties)
from odf.text import P, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import style as ostyle

doc = OpenDocumentText()
pl = PageLayout(name="pl")
pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.6cm", marginbottom="1.4cm", marginleft="2.2cm", marginright="2cm"))
fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0.8cm", margintop="0.3cm")); pl.addElement(fs)
doc.automaticstyles.addElement(pl)

def pstyle(name, size="11pt", bold=False, align="justify", italic=False, before="0cm", after="0.15cm", family="Liberation Serif", color=None, border=None, pad=None, indent=None, first=None):
    s = Style(name=name, family="paragraph")
    tp = dict(fontsize=size, fontname=family, fontfamily=family)
    if bold: tp["fontweight"] = "bold"
    if italic: tp["fontstyle"] = "italic"
    if color: tp["color"] = color
    s.addElement(TextProperties(**tp))
    pp = dict(textalign=align, margintop=before, marginbottom=after)
    if border: pp["border"] = border
    if pad: pp["padding"] = pad
    if indent: pp["marginleft"] = indent
    if first: pp["textindent"] = first
    s.addElement(ParagraphProperties(**pp))
    doc.automaticstyles.addElement(s); return s

ff = ostyle.FontFace(name="Liberation Serif", fontfamily="Liberation Serif", fontfamilygeneric="roman")
doc.fontfacedecls.addElement(ff)
doc.fontfacedecls.addElement(ostyle.FontFace(name="Liberation Sans", fontfamily="Liberation Sans", fontfamilygeneric="swiss"))

S = {
 "crest": pstyle("crest", "7pt", align="center", family="Liberation Sans"),
 "ente": pstyle("ente", "18pt", True, "center", after="0cm", color="#2c4a1e"),
 "prov": pstyle("prov", "11pt", align="center", italic=True, after="0cm"),
 "addr": pstyle("addr", "8pt", align="center", family="Liberation Sans", after="0.3cm", border="none"),
 "area": pstyle("area", "11pt", True, "center", before="0.2cm", after="0cm", family="Liberation Sans", border="0.5pt solid #2c4a1e", pad="0.08cm"),
 "serv": pstyle("serv", "10pt", align="center", after="0.3cm", family="Liberation Sans"),
 "prot": pstyle("prot", "10pt", align="start", after="0.3cm"),
 "tit": pstyle("tit", "16pt", True, "center", before="0.2cm", after="0.1cm"),
 "sub": pstyle("sub", "11.5pt", True, "center", after="0.35cm", border="1pt solid #2c4a1e", pad="0.15cm"),
 "body": pstyle("body", "11pt"),
 "art": pstyle("art", "11pt", True, "start", before="0.2cm", after="0.05cm"),
 "cen": pstyle("cen", "11pt", True, "center", before="0.15cm"),
 "right": pstyle("right", "11pt", align="center", indent="8.5cm", after="0cm"),
 "rightb": pstyle("rightb", "11pt", True, "center", indent="8.5cm", before="0.5cm", after="0cm"),
 "small": pstyle("small", "8pt", align="center", family="Liberation Sans"),
 "cell": pstyle("cell", "10pt", align="start", family="Liberation Sans", after="0cm"),
 "cellb": pstyle("cellb", "10pt", True, "start", family="Liberation Sans", after="0cm"),
}
bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)

mp = MasterPage(name="Standard", pagelayoutname=pl)
foot = ostyle.Footer()
fp = P(stylename=S["small"])
fp.addText("Comune di Pietrabbondante – Avviso pubblico n. 3/2026 – Pag. "); fp.addElement(PageNumber(selectpage="current")); fp.addText(" di "); fp.addElement(PageCount())
foot.addElement(fp); mp.addElement(foot); doc.masterstyles.addElement(mp)

def para(st, text="", parts=None):
    p = P(stylename=st)
    if parts:
        for t, b in parts:
            if b: p.addElement(Span(stylename=bold, text=t))
            else: p.addText(t)
    else:
        p.addText(text)
    doc.text.addElement(p)

para(S["crest"], "[stemma del Comune]")
para(S["ente"], "COMUNE DI PIETRABBONDANTE")
para(S["prov"], "Provincia di Isernia")
para(S["addr"], "Piazza Vittorio Veneto, 1 – 86085 Pietrabbondante (IS) – tel. 0865 76131 – PEC: comune.pietrabbondante@pec.it")
para(S["area"], "AREA TECNICA")
para(S["serv"], "Servizio Patrimonio e Usi Civici")
para(S["prot"], "Prot. n. 1127 del 16/04/2026")
para(S["tit"], "AVVISO PUBBLICO N. 3/2026")
para(S["sub"], "ASSEGNAZIONE DEI LOTTI DI LEGNA DA ARDERE AI CITTADINI AVENTI DIRITTO ALL’USO CIVICO DI LEGNATICO – STAGIONE SILVANA 2026/2027")
para(S["cen"], "IL RESPONSABILE DELL’AREA TECNICA")
para(S["body"], parts=[("Vista ", True), ("la deliberazione della Giunta Comunale n. 24 del 09/04/2026, con la quale è stato approvato il piano di assegnazione dei lotti boschivi per uso civico di legnatico nei terreni comunali del bosco di Monte Caraceno, particelle forestali n. 7, 8 e 11, in conformità al Piano di gestione forestale vigente;", False)])
para(S["body"], parts=[("Vista ", True), ("la Legge 16 giugno 1927, n. 1766, e il relativo regolamento di esecuzione approvato con R.D. 26 febbraio 1928, n. 332, nonché la L.R. Molise 23 luglio 2002, n. 14;", False)])
para(S["cen"], "RENDE NOTO")
para(S["body"], "che i cittadini residenti nel Comune di Pietrabbondante, titolari del diritto di uso civico di legnatico, possono presentare domanda per l’assegnazione di un lotto di legna da ardere per uso esclusivamente domestico, alle condizioni di seguito indicate.")
for h, t in [
 ("Art. 1 – Aventi diritto", "Possono presentare domanda i capifamiglia residenti nel Comune alla data di pubblicazione del presente avviso. È ammessa una sola domanda per ciascun nucleo familiare anagrafico."),
 ("Art. 2 – Quantità e corrispettivo", "A ciascun avente diritto è assegnato un lotto di circa 40 quintali di legna di cerro e faggio in piedi, previo versamento del corrispettivo di € 3,50 al quintale, quale rimborso delle spese di martellata e di assistenza tecnica al taglio, mediante PagoPA."),
 ("Art. 3 – Termini e modalità di presentazione", "Le domande, redatte sul modulo disponibile presso l’Ufficio Tecnico e sul sito istituzionale, devono pervenire al protocollo comunale, anche a mezzo PEC, entro le ore 12:00 del 30/05/2026."),
 ("Art. 4 – Assegnazione e taglio", "I lotti sono assegnati mediante sorteggio pubblico che si terrà presso la sede municipale; il taglio dovrà essere eseguito nel periodo consentito dalle prescrizioni di massima e di polizia forestale e comunque entro il 31/03/2027, nel rispetto delle norme di sicurezza."),
 ("Art. 5 – Trattamento dei dati personali", "I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Responsabile del procedimento è il Geom. Antonio Di Lallo."),
]:
    para(S["art"], h); para(S["body"], t)

# timetable
tbl = Table(name="scad")
cs = Style(name="cs", family="table-cell"); cs.addElement(TableCellProperties(border="0.5pt solid #555555", padding="0.08cm")); doc.automaticstyles.addElement(cs)
tbl.addElement(TableColumn(numbercolumnsrepeated=2))
for a, b in [("Fase", "Scadenza"), ("Presentazione delle domande", "30/05/2026 ore 12:00"), ("Pubblicazione dell’elenco degli ammessi", "15/06/2026"), ("Sorteggio pubblico dei lotti", "22/06/2026 ore 10:00")]:
    tr = TableRow()
    for i, v in enumerate((a, b)):
        tc = TableCell(stylename=cs); tc.addElement(P(stylename=S["cellb"] if a == "Fase" else S["cell"], text=v)); tr.addElement(tc)
    tbl.addElement(tr)
para(S["art"], "Calendario")
doc.text.addElement(tbl)
para(S["body"], "")
para(S["body"], "Pietrabbondante, 16/04/2026")
para(S["rightb"], "IL RESPONSABILE DELL’AREA TECNICA")
para(S["right"], "Arch. Nicola Di Pietro")
para(S["small"], "")
para(S["small"], "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
doc.save(sys.argv[1])
