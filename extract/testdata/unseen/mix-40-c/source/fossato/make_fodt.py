# Giunta deliberation, Comune di Fossato di Vico: hand-written flat ODT -> LibreOffice (imitates an old Lotus Word Pro office template)
import sys
from xml.sax.saxutils import escape as e
P = []
def p(style, text): P.append(f'<text:p text:style-name="{style}">{text}</text:p>')
p('Crest', '[stemma]')
p('Ente', 'COMUNE DI FOSSATO DI VICO')
p('Prov', 'Provincia di Perugia')
p('Prov', 'Piazza del Municipio, 1 – 06022 Fossato di Vico (PG)')
p('Rule', '')
p('Tipo', 'COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE')
p('Num', e('Deliberazione n. 27 adottata nella seduta del 18 marzo 2026'))
p('Std', '')
p('Ogg', '<text:span text:style-name="B">OGGETTO:</text:span><text:tab/>' + e("LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA DEL CAPOLUOGO – APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA. CUP D42B25000410001."))
p('Std', '')
for t in [
 "L'anno duemilaventisei, il giorno diciotto del mese di marzo, alle ore 12,30, nella Sala delle adunanze della Sede Comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale.",
 "Sono presenti i Signori: MORETTI LUCA, Sindaco; BIAGIOLI SARA, Vicesindaco. È assente il Signor TOMASSINI ENZO, Assessore.",
 "Partecipa il Segretario Comunale Dott. Claudio Bernardini, incaricato della redazione del verbale.",
 "Assume la presidenza il Sindaco Luca Moretti, il quale, riconosciuta la legalità dell'adunanza, invita la Giunta a deliberare sull'argomento in oggetto.",
]:
    p('Body', e(t))
p('Cen', 'LA GIUNTA COMUNALE')
for t in [
 "Premesso che l'edificio della scuola primaria del capoluogo, costruito nel 1972, presenta elevati consumi energetici e che il Comune ha partecipato all'avviso regionale per il finanziamento di interventi di efficientamento energetico degli edifici scolastici, risultando beneficiario di un contributo di € 410.000,00 (D.D. Regione Umbria n. 13517 del 22/12/2025);",
 "Vista la determinazione del Responsabile dell'Area Tecnica n. 14 del 03/02/2026, con la quale è stato affidato all'Ing. Marta Panfili di Gualdo Tadino l'incarico di redazione del progetto di fattibilità tecnico-economica;",
 "Visto il progetto di fattibilità tecnico-economica trasmesso in data 10/03/2026, prot. n. 1652, che prevede l'isolamento dell'involucro, la sostituzione degli infissi e della centrale termica con pompa di calore, per un importo complessivo di € 410.000,00, di cui € 318.500,00 per lavori (compresi oneri per la sicurezza) ed € 91.500,00 per somme a disposizione dell'Amministrazione;",
 "Dato atto che il progetto è stato verificato ai sensi dell'art. 42 del D.Lgs. 36/2023, come da verbale del RUP in data 13/03/2026;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dai Responsabili delle Aree interessate ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "Con voti favorevoli unanimi, resi in forma palese,",
]:
    p('Body', e(t))
p('Cen', 'D E L I B E R A')
for t in [
 "a) di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della scuola primaria del capoluogo, dell'importo complessivo di € 410.000,00, composto dagli elaborati elencati in premessa;",
 "b) di dare atto che la spesa trova copertura al Capitolo 2410/1 del bilancio 2026/2028, finanziato con il contributo regionale;",
 "c) di individuare quale Responsabile Unico del Progetto il Geom. Stefano Rosi, Responsabile dell'Area Tecnica;",
 "d) di demandare al RUP gli adempimenti per l'affidamento della progettazione esecutiva e dei lavori.",
]:
    p('Punto', e(t))
p('Body', e("Inoltre, stante l'urgenza di rispettare il cronoprogramma imposto dal finanziamento regionale, con separata votazione unanime, la Giunta dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."))
p('Std', '')
p('Body', 'Il presente verbale viene letto, approvato e sottoscritto.')
P.append('''<table:table table:name="Firme" table:style-name="TFirme"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p text:style-name="FirmaB">IL SINDACO</text:p><text:p text:style-name="Firma">F.to Luca Moretti</text:p></table:table-cell>
<table:table-cell><text:p text:style-name="FirmaB">IL SEGRETARIO COMUNALE</text:p><text:p text:style-name="Firma">F.to Dott. Claudio Bernardini</text:p></table:table-cell></table:table-row></table:table>''')
p('Std', '')
P.append('''<table:table table:name="Pubbl" table:style-name="TPubbl"><table:table-column/>
<table:table-row><table:table-cell table:style-name="CBox"><text:p text:style-name="Small">''' + e("Copia conforme all'originale, per uso amministrativo. Il presente atto è stato trasmesso in elenco ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.") + '''</text:p><text:p text:style-name="Small">Fossato di Vico, 19/03/2026<text:tab/>IL SEGRETARIO COMUNALE – Dott. Claudio Bernardini</text:p></table:table-cell></table:table-row></table:table>''')

body = '\n'.join(P)
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt"/></style:style>
 <style:style style:name="Std" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Crest" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Ente" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="17pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="Prov" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Rule" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:border-bottom="1.5pt solid #000000" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="4pt"/></style:style>
 <style:style style:name="Tipo" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Num" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="11.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Ogg" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="2.6cm" fo:text-indent="-2.6cm" fo:text-align="justify" fo:border="0.5pt solid #000000" fo:padding="0.15cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Punto" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Cen" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="FirmaB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Firma" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"><style:tab-stops><style:tab-stop style:position="8cm"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:border-bottom="0.5pt solid #000000"><style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="Foot" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:style style:name="TFirme" style:family="table"><style:table-properties style:width="16.5cm" table:align="center" fo:margin-top="0.4cm"/></style:style>
 <style:style style:name="TPubbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="center"/></style:style>
 <style:style style:name="CBox" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.15cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Head">Comune di Fossato di Vico – Deliberazione G.C. n. 27 del 18/03/2026<text:tab/>Pag. <text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
  <style:footer><text:p text:style-name="Foot">Copia informatica di documento originale – art. 23-ter D.Lgs. 82/2005</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>'''
open(sys.argv[1], 'w', encoding='utf-8').write(doc)
