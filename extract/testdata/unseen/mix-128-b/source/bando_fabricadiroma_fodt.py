#!/usr/bin/env python3
"""Fabrica di Roma, Settore I: numbered bando di concorso typed in Writer
(flat ODF). House style "sicraweb": the header box (crest, Comune, Settore
with the bando's number and date) is in the page header, so it runs on every
page; the footer carries the Ufficio Personale's contacts and "Pagina x di y".
The exam subjects are in a two-column section. build.sh exports it with
LibreOffice. Usage: bando_fabricadiroma_fodt.py OUT.fodt"""
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]

CREST = """<draw:custom-shape text:anchor-type="as-char" svg:width="1.3cm" svg:height="1.6cm" draw:style-name="gr1">
<draw:enhanced-geometry svg:viewBox="0 0 48 60" draw:enhanced-path="M 2 2 L 46 2 46 32 C 46 46 34 55 24 58 C 14 55 2 46 2 32 Z N"/>
</draw:custom-shape>"""


def P(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else e(text))


body = []
body.append(P("Title", "BANDO DI CONCORSO PUBBLICO, PER ESAMI, PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE TECNICO "
              "(GEOMETRA), AREA DEGLI ISTRUTTORI, A TEMPO PIENO E INDETERMINATO, PRESSO IL SETTORE III – SERVIZI TECNICI"))
body.append(P("Centre", "IL RESPONSABILE DEL SETTORE I – AFFARI GENERALI E PERSONALE"))
for t in [
    "Visto il D.Lgs. 30 marzo 2001, n. 165, e il D.P.R. 9 maggio 1994, n. 487, come modificato dal D.P.R. 16 giugno 2023, n. 82;",
    "Vista la deliberazione della Giunta Comunale n. 12 del 30/01/2028, di approvazione del Piano Integrato di Attività e "
    "Organizzazione 2028/2030, sezione Piano triennale dei fabbisogni di personale;",
    "Dato atto che la procedura di mobilità obbligatoria di cui all'art. 34-bis del D.Lgs. 165/2001 ha avuto esito negativo;",
    "In esecuzione della propria determinazione n. 52 (R.G. n. 190) del 06/04/2028;",
]:
    body.append(P("Body", t))
body.append(P("Centre", "RENDE NOTO"))
body.append(P("Body", "che è indetto un concorso pubblico, per esami, per la copertura di n. 1 posto di Istruttore tecnico "
              "(geometra), Area degli Istruttori del CCNL Funzioni Locali 16/11/2022, a tempo pieno e indeterminato, "
              "da assegnare al Settore III – Servizi Tecnici. Il trattamento economico è quello previsto dal contratto "
              "collettivo per l'Area degli Istruttori, oltre alla tredicesima mensilità e agli assegni di legge."))
arts = [
    ("Art. 1 – Requisiti di ammissione", [
        "a) cittadinanza italiana o di uno Stato membro dell'Unione europea, nei limiti dell'art. 38 del D.Lgs. 165/2001;",
        "b) età non inferiore a 18 anni;",
        "c) diploma di geometra o di istituto tecnico, settore tecnologico, indirizzo Costruzioni, Ambiente e Territorio, "
        "ovvero laurea in Ingegneria civile o Architettura, che lo assorbe;",
        "d) patente di guida di categoria B in corso di validità;",
        "e) godimento dei diritti civili e politici e assenza di condanne che impediscano la costituzione del rapporto "
        "di impiego con la pubblica amministrazione."]),
    ("Art. 2 – Domanda di partecipazione", [
        "La domanda si presenta esclusivamente per via telematica attraverso il Portale unico del reclutamento "
        "inPA (www.inpa.gov.it), previa registrazione, entro le ore 23:59 del trentesimo giorno successivo alla "
        "pubblicazione dell'avviso nel Portale. Il candidato versa la tassa di concorso di euro 10,00 tramite PagoPA."]),
    ("Art. 3 – Prove d'esame", [
        "Il concorso consiste in una prova scritta, a contenuto teorico-pratico, e in una prova orale. Ciascuna prova "
        "si intende superata con una votazione di almeno 21/30. Qualora le domande siano più di 50, "
        "l'Amministrazione si riserva di svolgere una prova preselettiva con quesiti a risposta multipla."]),
]
for h, ps in arts:
    body.append(P("Heading", h))
    for t in ps:
        body.append(P("Body", t))

body.append(P("Heading", "Art. 4 – Materie d'esame"))
cols = ['<text:section text:style-name="Sect2" text:name="Materie">']
for t in ["– legislazione in materia di lavori pubblici e codice dei contratti (D.Lgs. 36/2023)",
          "– testo unico dell'edilizia (D.P.R. 380/2001) e normativa urbanistica della Regione Lazio",
          "– catasto, topografia e rilievo; elementi di estimo",
          "– sicurezza nei cantieri temporanei o mobili (D.Lgs. 81/2008, Titolo IV)",
          "– espropriazione per pubblica utilità (D.P.R. 327/2001)",
          "– ordinamento degli enti locali (D.Lgs. 267/2000)",
          "– procedimento amministrativo, accesso e trasparenza",
          "– codice di comportamento dei dipendenti pubblici",
          "– conoscenza della lingua inglese e dei più comuni applicativi informatici"]:
    cols.append(P("List", t))
cols.append("</text:section>")
body.append("\n".join(cols))

arts2 = [
    ("Art. 5 – Diario e sede delle prove", [
        "Il diario e la sede delle prove sono pubblicati sul Portale inPA e sul sito istituzionale almeno quindici giorni "
        "prima della prova scritta e venti giorni prima della prova orale. La pubblicazione ha valore di notifica."]),
    ("Art. 6 – Graduatoria", [
        "La graduatoria finale di merito è formata sommando i voti riportati nelle due prove e applicando i titoli di "
        "preferenza dichiarati nella domanda. Essa è approvata con determinazione del Responsabile del Settore I e "
        "rimane efficace per due anni dalla pubblicazione."]),
    ("Art. 7 – Trattamento dei dati e informazioni", [
        "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 per le sole finalità della procedura. "
        "Il responsabile del procedimento è la sig.ra Loredana Bracci, Ufficio Personale, tel. 0761 569814."]),
]
for h, ps in arts2:
    body.append(P("Heading", h))
    for t in ps:
        body.append(P("Body", t))
body.append(P("Body", "Fabrica di Roma, 7 aprile 2028"))
body.append(P("Sign", "IL RESPONSABILE DEL SETTORE I"))
body.append(P("SignB", "dott. Luca Ceccarelli"))
body.append(P("SignS", "(documento firmato digitalmente)"))

header = """
<table:table table:name="Intestazione" table:style-name="THb">
 <table:table-column table:style-name="THb.A"/><table:table-column table:style-name="THb.B"/><table:table-column table:style-name="THb.C"/>
 <table:table-row>
  <table:table-cell table:style-name="THb.cell" office:value-type="string"><text:p text:style-name="HCentre">%s</text:p></table:table-cell>
  <table:table-cell table:style-name="THb.cell" office:value-type="string">
    <text:p text:style-name="HEnte">COMUNE DI FABRICA DI ROMA</text:p>
    <text:p text:style-name="HProv">Provincia di Viterbo</text:p></table:table-cell>
  <table:table-cell table:style-name="THb.cell" office:value-type="string">
    <text:p text:style-name="HSett">SETTORE I – AFFARI GENERALI E PERSONALE</text:p>
    <text:p text:style-name="HSmall">Ufficio Personale</text:p>
    <text:p text:style-name="HNum">Bando n. 3/2028 del 07/04/2028</text:p></table:table-cell>
 </table:table-row>
</table:table>""" % CREST

footer = """<text:p text:style-name="Foot">Ufficio Personale – Piazza Duomo 1 – 01034 Fabrica di Roma (VT) – tel. 0761 569814 – PEC comune.fabricadiroma@legalmail.it</text:p>
<text:p text:style-name="FootR">Pagina <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>3</text:page-count></text:p>"""

doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Bando di concorso Istruttore tecnico</dc:title><meta:initial-creator>Ufficio Personale</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.16cm" fo:line-height="118%%"/></style:style>
 <style:style style:name="List" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.1cm" fo:margin-left="0.3cm" fo:text-indent="-0.3cm"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.4cm" fo:margin-left="0.6cm" fo:margin-right="0.6cm"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
 <style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm" fo:margin-top="0.5cm"/></style:style>
 <style:style style:name="SignB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="SignS" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="HCentre" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="HEnte" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="HProv" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="HSett" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="HSmall" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="HNum" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #000000" fo:padding-top="0.1cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="FootR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="THb" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
 <style:style style:name="THb.A" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="THb.B" style:family="table-column"><style:table-column-properties style:column-width="8.8cm"/></style:style>
 <style:style style:name="THb.C" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="THb.cell" style:family="table-cell"><style:table-cell-properties fo:border="0.8pt solid #000000" fo:padding="0.12cm" style:vertical-align="middle"/></style:style>
 <style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>
 <style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.05cm" svg:stroke-color="#000000" draw:fill="none"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>%s</style:header>
  <style:footer>%s</style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
%s
</office:text></office:body>
</office:document>
""" % (header, footer, "\n".join(body))
open(out, "w", encoding="utf-8").write(doc)
