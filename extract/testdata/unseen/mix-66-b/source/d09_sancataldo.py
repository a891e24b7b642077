# Comune di San Cataldo (CL) - verbale di deliberazione della Giunta Municipale n. 58 del 16/04/2026,
# followed on its last page by the certificate of publication and of executivity.
# Written as a flat ODF text document (.fodt); build.sh converts it with LibreOffice Writer.
import sys
from xml.sax.saxutils import escape as E

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Delibera GM 58-2026</dc:title><meta:initial-creator>segreteria.generale</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.14cm" fo:line-height="118%"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="18pt" fo:font-weight="bold" fo:letter-spacing="0.06cm"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="CellC" style:family="paragraph" style:parent-style-name="Cell"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Point" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.7cm" fo:text-indent="-0.7cm" fo:margin-bottom="0.14cm"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Title"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Orig" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.4cm" table:align="center" fo:margin-top="0.15cm" fo:margin-bottom="0.25cm"/></style:style>
 <style:style style:name="Tab.A" style:family="table-column"><style:table-column-properties style:column-width="1.0cm"/></style:style>
 <style:style style:name="Tab.B" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
 <style:style style:name="Tab.C" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
 <style:style style:name="Tab.D" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000" fo:background-color="#dddddd"/></style:style>
 <style:style style:name="Box" style:family="table"><style:table-properties style:width="16.4cm" table:align="center" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="Box.A" style:family="table-column"><style:table-column-properties style:column-width="8.2cm"/></style:style>
 <style:style style:name="Sig" style:family="table"><style:table-properties style:width="16.4cm" table:align="center" fo:margin-top="0.5cm"/></style:style>
 <style:style style:name="Sig.A" style:family="table-column"><style:table-column-properties style:column-width="5.47cm"/></style:style>
 <style:style style:name="NB" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:footer><text:p text:style-name="Foot">Comune di San Cataldo – Deliberazione della Giunta Municipale n. 58 del 16/04/2026 – pag. <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>2</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"

out = []
def p(style, *runs):
    s = "".join(E(r) if isinstance(r, str) else '<text:span text:style-name="%s">%s</text:span>' % (r[0], E(r[1])) for r in runs)
    out.append('<text:p text:style-name="%s">%s</text:p>' % (style, s))
def cell(text, style="TC", pstyle="Cell", bold=False):
    t = '<text:span text:style-name="B">%s</text:span>' % E(text) if bold else E(text)
    return '<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (style, pstyle, t)

p("Orig", "ORIGINALE")
p("Ente", "COMUNE DI SAN CATALDO")
p("Small", "Libero Consorzio Comunale di Caltanissetta")
p("Small", "Piazza Papa Giovanni XXIII – 93017 San Cataldo (CL)")
p("Title", "VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE")
p("Center", ("B", "N. 58 del 16/04/2026"))
# proposal box
out.append('<table:table table:name="Proposta" table:style-name="Box"><table:table-column table:style-name="Box.A" table:number-columns-repeated="2"/>')
out.append("<table:table-row>" + cell("Proposta n. 71 del 14/04/2026") + cell("Settore proponente: Settore II – Servizi Finanziari") + "</table:table-row></table:table>")
p("Body", ("B", "OGGETTO: "), ("B", "Riaccertamento ordinario dei residui attivi e passivi al 31 dicembre 2025 ai sensi dell'art. 3, comma 4, del D.Lgs. n. 118/2011 e variazione degli stanziamenti del fondo pluriennale vincolato."))
p("Body", "L'anno duemilaventisei, addì sedici del mese di aprile, alle ore 13,15 e seguenti, nella sala delle adunanze della Casa Comunale, in seguito a regolare convocazione, si è riunita la Giunta Municipale con l'intervento dei signori:")
roll = [("1", "Modaffari Gioacchino", "Sindaco", True), ("2", "Riggi Carmela", "Vice Sindaco", True),
        ("3", "Lo Cascio Salvatore", "Assessore", True), ("4", "Bruccoleri Enza", "Assessore", False),
        ("5", "Amico Calogero", "Assessore", True), ("6", "Scarantino Marianna", "Assessore", True)]
out.append('<table:table table:name="Appello" table:style-name="Tab"><table:table-column table:style-name="Tab.A"/><table:table-column table:style-name="Tab.B"/><table:table-column table:style-name="Tab.C"/><table:table-column table:style-name="Tab.D" table:number-columns-repeated="2"/>')
out.append("<table:table-row>" + cell("N.", "TH", "CellC", True) + cell("Cognome e nome", "TH", "Cell", True) + cell("Carica", "TH", "Cell", True) + cell("Presente", "TH", "CellC", True) + cell("Assente", "TH", "CellC", True) + "</table:table-row>")
for n, name, role, pres in roll:
    out.append("<table:table-row>" + cell(n, pstyle="CellC") + cell(name) + cell(role) + cell("X" if pres else "", pstyle="CellC") + cell("" if pres else "X", pstyle="CellC") + "</table:table-row>")
out.append("<table:table-row>" + '<table:table-cell table:style-name="TC" table:number-columns-spanned="3" office:value-type="string"><text:p text:style-name="Cell"><text:span text:style-name="B">Totale</text:span></text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/>' + cell("5", pstyle="CellC", bold=True) + cell("1", pstyle="CellC", bold=True) + "</table:table-row></table:table>")
p("Body", "Presiede il Sindaco dott. Gioacchino Modaffari. Partecipa il Segretario Generale dott.ssa Rosalba Ferrara, con funzioni consultive, referenti e di assistenza, che cura la redazione del presente verbale.")
p("Body", "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita i convenuti a deliberare sull'argomento in oggetto.")
p("Center", ("B", "LA GIUNTA MUNICIPALE"))
for s in [
    "Vista l'allegata proposta di deliberazione n. 71 del 14/04/2026, predisposta dal Settore II – Servizi Finanziari, corredata dagli elenchi dei residui attivi e passivi da conservare, da eliminare e da reimputare, trasmessi dai responsabili dei Settori;",
    "Visti l'art. 3, comma 4, del D.Lgs. 23 giugno 2011, n. 118, il principio contabile applicato della contabilità finanziaria (allegato 4/2, punto 9.1) e l'art. 228, comma 3, del D.Lgs. 18 agosto 2000, n. 267;",
    "Dato atto che il riaccertamento ordinario determina l'eliminazione di residui attivi per € 214.380,12 e di residui passivi per € 96.115,40 e la reimputazione agli esercizi successivi di impegni per € 1.382.450,00, con la conseguente variazione del fondo pluriennale vincolato;",
    "Acquisiti il parere favorevole di regolarità tecnica e contabile del Responsabile del Settore II, reso ai sensi dell'art. 49 del D.Lgs. n. 267/2000 e dell'art. 12 della L.R. n. 30/2000, e il parere favorevole del Collegio dei Revisori dei conti, verbale n. 9 del 15/04/2026;",
    "Ritenuta la propria competenza;",
]:
    p("Body", s)
p("Body", "Con voti unanimi, espressi nei modi e nelle forme di legge,")
p("Center", ("B", "D E L I B E R A"))
for i, s in enumerate([
    "di approvare, ai sensi dell'art. 3, comma 4, del D.Lgs. n. 118/2011, il riaccertamento ordinario dei residui attivi e passivi al 31 dicembre 2025, secondo gli elenchi allegati alla proposta, che ne costituiscono parte integrante e sostanziale;",
    "di approvare la conseguente variazione agli stanziamenti del fondo pluriennale vincolato di entrata e di spesa del bilancio di previsione 2026-2028 e del bilancio 2025, secondo il prospetto allegato alla proposta;",
    "di trasmettere il presente atto al Tesoriere comunale e al Collegio dei Revisori dei conti e di dare atto che le risultanze saranno recepite nel rendiconto della gestione 2025;",
    "di dichiarare, con separata e unanime votazione, la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 3 dicembre 1991, n. 44, per consentire l'approvazione del rendiconto nei termini di legge.",
], 1):
    p("Point", "%d.\t%s" % (i, s))
p("Body", "Letto, approvato e sottoscritto.")
out.append('<table:table table:name="Firme" table:style-name="Sig"><table:table-column table:style-name="Sig.A" table:number-columns-repeated="3"/>')
out.append("<table:table-row>" + cell("IL SINDACO", "NB", "CellC", True) + cell("L'ASSESSORE ANZIANO", "NB", "CellC", True) + cell("IL SEGRETARIO GENERALE", "NB", "CellC", True) + "</table:table-row>")
out.append("<table:table-row>" + cell("dott. Gioacchino Modaffari", "NB", "CellC") + cell("Carmela Riggi", "NB", "CellC") + cell("dott.ssa Rosalba Ferrara", "NB", "CellC") + "</table:table-row></table:table>")

# last page: certificate of publication and of executivity
out.append('<text:p text:style-name="PB">CERTIFICATO DI PUBBLICAZIONE</text:p>')
p("Center", ("I", "(art. 11 L.R. 3 dicembre 1991, n. 44, e art. 32 L. 18 giugno 2009, n. 69)"))
p("Body", "Il sottoscritto Segretario Generale, su conforme attestazione del Messo comunale,")
p("Center", ("B", "CERTIFICA"))
p("Body", "che copia della presente deliberazione è pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi, dal 17/04/2026 al 02/05/2026, con il numero 733 del Registro delle pubblicazioni.")
p("Body", "San Cataldo, 17/04/2026")
out.append('<table:table table:name="FirmeCert" table:style-name="Sig"><table:table-column table:style-name="Sig.A" table:number-columns-repeated="3"/>')
out.append("<table:table-row>" + cell("IL MESSO COMUNALE", "NB", "CellC", True) + cell("", "NB", "CellC") + cell("IL SEGRETARIO GENERALE", "NB", "CellC", True) + "</table:table-row>")
out.append("<table:table-row>" + cell("Calogero Mancuso", "NB", "CellC") + cell("", "NB", "CellC") + cell("dott.ssa Rosalba Ferrara", "NB", "CellC") + "</table:table-row></table:table>")
out.append('<text:p text:style-name="Title">CERTIFICATO DI ESECUTIVITÀ</text:p>')
p("Body", "Si certifica che la presente deliberazione è divenuta esecutiva il 16/04/2026, essendo stata dichiarata immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991.")
p("Body", "San Cataldo, 17/04/2026")
p("Center", ("B", "IL SEGRETARIO GENERALE"))
p("Center", "dott.ssa Rosalba Ferrara")

open(sys.argv[1], "w", encoding="utf-8").write(HEAD + "\n".join(out) + TAIL)
