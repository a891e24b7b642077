# Comune di Guastalla - Giunta deliberation, in the style of an Emilia-Romagna regional-suite ODT
# (Lepida "Atti" template): written as flat ODT (.fodt) and printed by LibreOffice Writer.
import sys
from xml.sax.saxutils import escape as E
out = sys.argv[1]

def P(text, style="Body"):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)

roll = [("BENASSI CAMILLA", "Sindaco", True), ("FERRARI DAVIDE", "Vice Sindaco", True),
        ("ARTIOLI MONICA", "Assessore", True), ("CODELUPPI LUCA", "Assessore", False),
        ("PANIZZI SARA", "Assessore", True)]

def cell(t, st="Cell", cs="TC"):
    return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cs, P(t, st))

rows = ['<table:table-row>' + cell("Nominativo", "CellH") + cell("Carica", "CellH") + cell("Presente", "CellHC") + cell("Assente", "CellHC") + '</table:table-row>']
for n, r, p in roll:
    rows.append('<table:table-row>' + cell(n) + cell(r) + cell("X" if p else "", "CellC") + cell("" if p else "X", "CellC") + '</table:table-row>')
rows.append('<table:table-row>' + cell("", "Cell") + cell("Totale", "CellH") + cell("4", "CellHC") + cell("1", "CellHC") + '</table:table-row>')
roll_t = ('<table:table table:name="Appello" table:style-name="TRoll">'
          '<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/>'
          '<table:table-column table:style-name="C3"/><table:table-column table:style-name="C3"/>' + "".join(rows) + '</table:table>')

head_t = ('<table:table table:name="Intestazione" table:style-name="THead">'
          '<table:table-column table:style-name="H1"/><table:table-column table:style-name="H2"/>'
          '<table:table-row>' + cell("Proposta n. 52 del 16/03/2026", "CellS") + cell("Settore proponente: Settore Lavori Pubblici e Patrimonio", "CellS") + '</table:table-row>'
          '</table:table>')

body = []
body.append(P("COMUNE DI GUASTALLA", "Ente"))
body.append(P("Provincia di Reggio Emilia", "Prov"))
body.append(P("Piazza Mazzini, 1 – 42016 Guastalla (RE) – C.F. 00439260357", "Prov"))
body.append(P("", "Body"))
body.append(P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Titolo"))
body.append(P("N. 47 DEL 19/03/2026", "Titolo"))
body.append(head_t)
body.append(P('<text:span text:style-name="B">OGGETTO: </text:span>' + E("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DELLA PISTA CICLOPEDONALE DI VIA SACCO E VANZETTI – CUP D61B26000120004."), "Oggetto"))
body.append(P("L’anno duemilaventisei (2026), il giorno diciannove del mese di marzo alle ore 15:00, nella Residenza Municipale, previa l’osservanza di tutte le formalità prescritte dalla vigente normativa, si è riunita la Giunta Comunale nelle persone dei Signori:"))
body.append(roll_t)
body.append(P("Assiste alla seduta il Segretario Generale Dott. Gianluca Bertolini, il quale provvede alla redazione del presente verbale."))
body.append(P("Essendo legale il numero degli intervenuti, la Sig.ra Camilla Benassi, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato."))
body.append(P("LA GIUNTA COMUNALE", "Centro"))
for t in ["PREMESSO che il Documento Unico di Programmazione 2026-2028, approvato con deliberazione del Consiglio Comunale n. 71 del 18/12/2025, prevede tra gli obiettivi strategici il potenziamento della mobilità sostenibile e il completamento della rete ciclabile urbana;",
          "RICHIAMATA la deliberazione della Giunta Comunale n. 12 del 29/01/2026, con la quale sono stati assegnati ai Responsabili di Settore gli obiettivi e le risorse del Piano Esecutivo di Gestione 2026-2028;",
          "VISTO il progetto di fattibilità tecnico-economica redatto dall’Ing. Stefano Malaguti del Settore Lavori Pubblici e Patrimonio, trasmesso in data 13/03/2026 (prot. n. 5128), dell’importo complessivo di € 385.000,00, di cui € 291.400,00 per lavori e oneri della sicurezza ed € 93.600,00 per somme a disposizione dell’Amministrazione;",
          "VISTI il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36, con particolare riferimento all’art. 41 e all’Allegato I.7;",
          "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000, allegati al presente atto quale parte integrante e sostanziale;",
          "Con voti unanimi favorevoli espressi nelle forme di legge;"]:
    body.append(P(E(t)))
body.append(P("DELIBERA", "Centro"))
pts = ["di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione della pista ciclopedonale di via Sacco e Vanzetti, costituito dagli elaborati depositati agli atti del Settore, dell’importo complessivo di € 385.000,00;",
       "di dare atto che l’opera è inserita nel Programma triennale dei lavori pubblici 2026-2028 e che la spesa trova copertura al capitolo 28150/10 del bilancio 2026, finanziato con contributo regionale e per la quota residua con avanzo di amministrazione;",
       "di nominare Responsabile Unico del Progetto l’Ing. Stefano Malaguti, ai sensi dell’art. 15 del D.Lgs. 36/2023;",
       "di demandare al Responsabile del Settore Lavori Pubblici e Patrimonio l’adozione degli atti conseguenti."]
for i, t in enumerate(pts, 1):
    body.append(P("%d. %s" % (i, E(t)), "Punto"))
body.append(P("Successivamente, con separata votazione unanime favorevole, la Giunta Comunale DICHIARA la presente deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’urgenza di presentare la candidatura al bando regionale entro il 31/03/2026."))
body.append(P("Letto, approvato e sottoscritto.", "Body"))
sig = ('<table:table table:name="Firme" table:style-name="THead">'
       '<table:table-column table:style-name="H3"/><table:table-column table:style-name="H3"/>'
       '<table:table-row>' + cell("IL SINDACO", "CellHC", "TN") + cell("IL SEGRETARIO GENERALE", "CellHC", "TN") + '</table:table-row>'
       '<table:table-row>' + cell("Camilla Benassi", "CellC", "TN") + cell("Dott. Gianluca Bertolini", "CellC", "TN") + '</table:table-row>'
       '<table:table-row>' + cell("(firmato digitalmente)", "CellS", "TN") + cell("(firmato digitalmente)", "CellS", "TN") + '</table:table-row>'
       '</table:table>')
body.append(sig)

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Deliberazione GC 47/2026</dc:title><meta:initial-creator>atti.guastalla</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:text-align="justify" fo:line-height="115%"/></style:style>
 <style:style style:name="Punto" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/></style:style>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="Prov" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Titolo" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Centro" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold" fo:letter-spacing="0.1cm"/></style:style>
 <style:style style:name="Oggetto" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:padding="0.15cm" fo:border="0.5pt solid #000000" fo:text-align="justify"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="CellS" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="CellH" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="CellHC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.05cm"/><style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #808080" fo:padding-top="0.05cm"/><style:text-properties fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="THead" style:family="table"><style:table-properties style:width="17cm" table:align="center" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="TRoll" style:family="table"><style:table-properties style:width="14cm" table:align="center" fo:margin-bottom="0.25cm"/></style:style>
 <style:style style:name="H1" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="H2" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
 <style:style style:name="H3" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
 <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="2.25cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TN" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="none"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header><text:p text:style-name="Head">Comune di Guastalla – Deliberazione della Giunta Comunale n. 47 del 19/03/2026<text:tab/> </text:p></style:header>
 <style:footer><text:p text:style-name="Foot">Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate – Pag. <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>2</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>''' + "\n".join(body) + '''</office:text></office:body></office:document>'''
open(out, "w", encoding="utf-8").write(doc)
