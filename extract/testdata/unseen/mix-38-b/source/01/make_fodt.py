# Comune di Bene Vagienna - Giunta deliberation, imitating a Docway/eXtraWay "atti" print
# made as a flat ODT and exported by LibreOffice Writer.
from xml.sax.saxutils import escape as e

def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'

roll = [("GIRAUDO ENRICO", "Sindaco", True), ("BOTTERO SILVIA", "Vice Sindaco", True),
        ("MARENGO PAOLO", "Assessore", False), ("TESTA ROBERTA", "Assessore", True),
        ("DOTTA GIANLUCA", "Assessore", True)]

def cell(t, style="Cell", cs="TC"):
    return f'<table:table-cell table:style-name="{cs}" office:value-type="string">{p(t, style)}</table:table-cell>'

rows = "".join(
    "<table:table-row>" + cell(e(n)) + cell(e(r)) + cell("X" if pr else "", "CellC") + cell("" if pr else "X", "CellC") + "</table:table-row>\n"
    for n, r, pr in roll)

body = f"""
{p('COMUNE DI BENE VAGIENNA', 'Muni')}
{p('PROVINCIA DI CUNEO', 'Prov')}
{p('Piazza Botero n. 1 – 12041 Bene Vagienna (CN) – C.F. 00479980042', 'Prov')}
{p('', 'Body')}
{p('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', 'Title')}
{p('N. 38', 'Title')}
<table:table table:name="Oggetto" table:style-name="TBox">
<table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>
<table:table-row>{cell('<text:span text:style-name="B">OGGETTO:</text:span>', 'Cell')}{cell('<text:span text:style-name="B">APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA E RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA “G. B. GASTALDI” – CUP H37H26000120004.</text:span>', 'Cell')}</table:table-row>
</table:table>
{p('', 'Body')}
{p('L’anno <text:span text:style-name="B">duemilaventisei</text:span> addì <text:span text:style-name="B">quattordici</text:span> del mese di <text:span text:style-name="B">aprile</text:span> alle ore <text:span text:style-name="B">18:00</text:span> nella solita sala delle riunioni, previo esaurimento delle formalità prescritte dalla vigente normativa, vennero per oggi convocati i componenti di questa Giunta Comunale.', 'Body')}
{p('All’appello risultano:', 'Body')}
<table:table table:name="Appello" table:style-name="TRoll">
<table:table-column table:style-name="R1"/><table:table-column table:style-name="R2"/><table:table-column table:style-name="R3"/><table:table-column table:style-name="R3"/>
<table:table-row>{cell('<text:span text:style-name="B">Cognome e Nome</text:span>')}{cell('<text:span text:style-name="B">Carica</text:span>')}{cell('<text:span text:style-name="B">Presente</text:span>', 'CellC')}{cell('<text:span text:style-name="B">Assente</text:span>', 'CellC')}</table:table-row>
{rows}
<table:table-row>{cell('')}{cell('<text:span text:style-name="B">Totale</text:span>')}{cell('4', 'CellC')}{cell('1', 'CellC')}</table:table-row>
</table:table>
{p('', 'Body')}
{p('Assiste all’adunanza il Segretario Comunale Dott.ssa Laura BRUNO, la quale provvede alla redazione del presente verbale.', 'Body')}
{p('Essendo legale il numero degli intervenuti, il Sig. Enrico GIRAUDO nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.', 'Body')}

{p('LA GIUNTA COMUNALE', 'Center')}
{p('Premesso che il Comune di Bene Vagienna è proprietario dell’edificio sede della Scuola Primaria “G. B. Gastaldi”, sito in via Roma, per il quale la verifica di vulnerabilità sismica e la diagnosi energetica redatte nel corso del 2025 hanno evidenziato la necessità di interventi di adeguamento strutturale, di sostituzione dei serramenti e di efficientamento dell’impianto termico;', 'Body')}
{p('Richiamata la deliberazione del Consiglio Comunale n. 6 del 27/02/2026, con la quale è stato approvato il Documento Unico di Programmazione 2026/2028 e il programma triennale dei lavori pubblici, nel quale l’intervento risulta inserito nell’annualità 2026 per l’importo complessivo di € 780.000,00;', 'Body')}
{p('Vista la determinazione del Responsabile dell’Area Tecnica n. 112 del 19/11/2025, con la quale è stato affidato all’Ing. Marco Ghione di Mondovì l’incarico di redazione del progetto di fattibilità tecnico-economica;', 'Body')}
{p('Visto il progetto di fattibilità tecnico-economica pervenuto in data 31/03/2026 al prot. n. 2417, composto dagli elaborati depositati agli atti dell’Area Tecnica, che prevede una spesa complessiva di € 780.000,00, di cui € 602.500,00 per lavori a base d’asta comprensivi di € 18.400,00 per oneri della sicurezza non soggetti a ribasso ed € 177.500,00 per somme a disposizione dell’Amministrazione;', 'Body')}
{p('Visto il D.Lgs. 31 marzo 2023, n. 36 e in particolare l’art. 41 e l’allegato I.7;', 'Body')}
{p('Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267 dai Responsabili dei servizi interessati;', 'Body')}
{p('Con voti unanimi favorevoli espressi in forma palese;', 'Body')}
{p('DELIBERA', 'Center')}
{p('1. di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza e riqualificazione energetica della Scuola Primaria “G. B. Gastaldi”, redatto dall’Ing. Marco Ghione, dell’importo complessivo di € 780.000,00, secondo il quadro economico riportato in premessa;', 'Point')}
{p('2. di dare atto che la spesa trova copertura per € 650.000,00 con il contributo regionale di cui al bando “Edilizia scolastica 2026” e per € 130.000,00 con fondi propri di bilancio, alla missione 04, programma 02, capitolo 2410/5 del bilancio di previsione 2026/2028;', 'Point')}
{p('3. di nominare Responsabile Unico del Progetto il Geom. Claudio Rinaudo, Responsabile dell’Area Tecnica;', 'Point')}
{p('4. di demandare al Responsabile dell’Area Tecnica l’adozione degli atti conseguenti, compresa la presentazione della domanda di contributo entro il termine del 30/04/2026.', 'Point')}
{p('Successivamente, con separata votazione unanime e palese, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’urgenza di presentare la domanda di contributo.', 'Body')}
{p('', 'Body')}
{p('Letto, confermato e sottoscritto.', 'Body')}
<table:table table:name="Firme" table:style-name="TSig">
<table:table-column table:style-name="S1"/><table:table-column table:style-name="S1"/>
<table:table-row>{cell('IL PRESIDENTE', 'CellC', 'TN')}{cell('IL SEGRETARIO COMUNALE', 'CellC', 'TN')}</table:table-row>
<table:table-row>{cell('F.to Enrico GIRAUDO', 'CellC', 'TN')}{cell('F.to Dott.ssa Laura BRUNO', 'CellC', 'TN')}</table:table-row>
</table:table>
{p('', 'Body')}
{p('RELAZIONE DI PUBBLICAZIONE', 'Center')}
{p('La presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune per quindici giorni consecutivi con decorrenza dal 16/04/2026 (art. 124 D.Lgs. 267/2000) ed è comunicata ai Capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000. Reg. Pubbl. n. 301.', 'Body')}
{p('Bene Vagienna, 16/04/2026', 'Body')}
{p('IL SEGRETARIO COMUNALE – F.to Dott.ssa Laura BRUNO', 'Right')}
{p('Copia conforme all’originale in carta libera per uso amministrativo.', 'Small')}
"""

doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Delibera GC 38/2026</dc:title><meta:initial-creator>protocollo</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="125%"/></style:style>
 <style:style style:name="Point" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/></style:style>
 <style:style style:name="Muni" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="17pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="Prov" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
 <style:style style:name="CellC" style:family="paragraph" style:parent-style-name="Cell"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #000000"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="TBox" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="14.4cm"/></style:style>
 <style:style style:name="TRoll" style:family="table"><style:table-properties style:width="14cm" table:align="center"/></style:style>
 <style:style style:name="R1" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
 <style:style style:name="R2" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="R3" style:family="table-column"><style:table-column-properties style:column-width="2.25cm"/></style:style>
 <style:style style:name="TSig" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="S1" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TN" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="none"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:footer><text:p text:style-name="Foot">Deliberazione G.C. n. 38 del 14/04/2026 – Pagina <text:page-number text:select-page="current"/> di <text:page-count/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""
open("delibera-benevagienna-docway.fodt", "w", encoding="utf-8").write(doc)
