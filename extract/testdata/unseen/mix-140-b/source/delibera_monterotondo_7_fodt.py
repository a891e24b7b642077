#!/usr/bin/env python3
"""Comune di Monterotondo Marittimo, G.C. n. 7 del 25/01/2029 - a flat ODF text document
(.fodt) written by hand, exported by LibreOffice Writer. The Word template's look (Verdana,
blue name in the header, grey footer rule); number and date in the title; the hour written
in words; roll in two sentences with the roles in brackets after the names; no immediate
executivity."""
import base64
import os
import sys
from xml.sax.saxutils import escape

out = sys.argv[1]
crests = os.environ.get("CRESTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "crests"))
png = base64.b64encode(open(os.path.join(crests, "monterotondo.png"), "rb").read()).decode()


def P(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, escape(text))


body = []
body.append(P("Orig", "ORIGINALE"))
body.append(P("Title", "DELIBERAZIONE DELLA GIUNTA COMUNALE"))
body.append(P("Title", "N. 7 DEL 25/01/2029"))
body.append('<text:p text:style-name="Ogg"><text:span text:style-name="B">Oggetto:</text:span><text:tab/>'
            '<text:span text:style-name="B">%s</text:span></text:p>' % escape(
                "Approvazione del programma delle iniziative culturali e turistiche per la valorizzazione del "
                "Parco naturalistico delle Biancane - Anno 2029."))
for s in [
    "L'anno duemilaventinove, il giorno venticinque del mese di gennaio, alle ore diciotto, nella Sede Comunale, "
    "si è riunita la Giunta Comunale, convocata nei modi di legge.",
    "Sono presenti: Bartalucci Simone (Sindaco), Niccolini Fabio (Assessore esterno).",
    "Sono assenti: Guerrini Elisa (Vicesindaco).",
    "Presiede il Sindaco, Dott. Simone Bartalucci, che, riconosciuto il numero legale, dichiara aperta la seduta.",
    "Partecipa il Segretario Comunale Dott. Alessandro Pieraccini, che cura la verbalizzazione.",
]:
    body.append(P("Body", s))
body.append(P("Centre", "LA GIUNTA COMUNALE"))
for s in [
    "Vista la proposta n. 9 del 22/01/2029 dell'Area Amministrativa – Servizio Cultura e Turismo;",
    "Premesso che il Parco naturalistico delle Biancane, con i suoi fenomeni geotermici, costituisce una delle "
    "principali attrattive del territorio comunale e che l'Amministrazione intende promuoverne la conoscenza "
    "attraverso un calendario coordinato di iniziative nel corso dell'anno;",
    "Visto il programma predisposto dal Servizio Cultura e Turismo in collaborazione con le associazioni locali, "
    "che comprende visite guidate, escursioni serali, laboratori didattici per le scuole e la rassegna estiva "
    "\"Vapori d'estate\", per una spesa complessiva stimata in € 12.500,00, di cui € 7.000,00 coperti da "
    "contributi di soggetti terzi;",
    "Visto lo Statuto comunale;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "Con voti unanimi favorevoli, espressi in forma palese;",
]:
    body.append(P("Body", s))
body.append(P("Centre", "DELIBERA"))
for lab, s in [
    ("a)", "di approvare il programma delle iniziative culturali e turistiche per la valorizzazione del Parco "
           "naturalistico delle Biancane per l'anno 2029, allegato al presente atto;"),
    ("b)", "di dare atto che la spesa a carico del Comune, pari a € 5.500,00, troverà copertura nel bilancio di "
           "previsione 2029-2031, annualità 2029, in corso di approvazione;"),
    ("c)", "di demandare al Responsabile dell'Area Amministrativa l'adozione degli atti di gestione necessari "
           "all'attuazione del programma."),
]:
    body.append('<text:p text:style-name="Point">%s<text:tab/>%s</text:p>' % (lab, escape(s)))
body.append(P("BodySp", "Letto, approvato e sottoscritto."))
body.append('<text:p text:style-name="Sign"><text:tab/>Il Sindaco<text:tab/>Il Segretario Comunale</text:p>')
body.append('<text:p text:style-name="Sign"><text:tab/>Dott. Simone Bartalucci<text:tab/>Dott. Alessandro Pieraccini</text:p>')
body.append(P("Small", "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)"))
body.append(P("CentreSp", "CERTIFICATO DI PUBBLICAZIONE"))
body.append(P("SmallJ", "Copia della presente deliberazione è pubblicata all'Albo Pretorio on line dal 28/01/2029 "
                        "per quindici giorni consecutivi e comunicata ai Capigruppo consiliari. La deliberazione "
                        "diverrà esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, "
                        "comma 3, del D.Lgs. n. 267/2000."))

doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Deliberazione G.C. n. 7 del 25/01/2029</dc:title><meta:initial-creator>Ufficio Segreteria</meta:initial-creator></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Verdana" svg:font-family="Verdana" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:line-height="118%" fo:margin-bottom="0.12cm"/>
   <style:text-properties style:font-name="Verdana" fo:font-size="9.5pt" fo:language="it" fo:country="IT"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="2.2cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="HName" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.8cm" fo:margin-bottom="0cm" fo:margin-top="0.25cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#1e5096"/></style:style>
  <style:style style:name="HProv" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.8cm" fo:margin-bottom="0.35cm" fo:border-bottom="1.5pt solid #1e5096" fo:padding-bottom="0.3cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
  <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:border-top="0.5pt solid #808080" fo:padding-top="0.1cm"><style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="7.5pt"/></style:style>
  <style:style style:name="Orig" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Ogg" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.3cm" fo:margin-left="2.3cm" fo:text-indent="-2.3cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.14cm"/></style:style>
  <style:style style:name="BodySp" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0.5cm"/></style:style>
  <style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="CentreSp" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.9cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Point" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.12cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
  <style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"><style:tab-stops><style:tab-stop style:position="3.8cm" style:type="center"/><style:tab-stop style:position="12.2cm" style:type="center"/></style:tab-stops></style:paragraph-properties></style:style>
  <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.15cm"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
  <style:style style:name="SmallJ" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties fo:font-size="8.5pt"/></style:style>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph" fo:border="none"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header>
    <text:p text:style-name="HName"><draw:frame draw:style-name="fr1" draw:name="Stemma" text:anchor-type="paragraph" svg:x="-1.8cm" svg:y="-0.2cm" svg:width="1.35cm" svg:height="1.62cm" draw:z-index="0"><draw:image><office:binary-data>@PNG@</office:binary-data></draw:image></draw:frame>COMUNE DI MONTEROTONDO MARITTIMO</text:p>
    <text:p text:style-name="HProv">Provincia di Grosseto</text:p>
   </style:header>
   <style:footer>
    <text:p text:style-name="Foot">Deliberazione G.C. n. 7 del 25/01/2029<text:tab/>pagina <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>1</text:page-count></text:p>
   </style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
@BODY@
  </office:text>
 </office:body>
</office:document>
""".replace("@PNG@", png).replace("@BODY@", "\n".join(body))

with open(out, "w", encoding="utf-8") as f:
    f.write(doc)
