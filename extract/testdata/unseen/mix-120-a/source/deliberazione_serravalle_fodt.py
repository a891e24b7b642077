#!/usr/bin/env python3
"""Comune di Serravalle di Chienti - Giunta Comunale n. 47 del 04-08-2027, Halley-like layout.

Writes a flat ODF text document (.fodt); LibreOffice Writer exports it to PDF
(see build.sh). First page with the centred letterhead; later pages carry a
running head with the number; footer "Pag. N"; roll as a ruled table with
P/A column; dates in the dd-mm-yyyy form.
"""
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-serravalledichienti-halley.fodt"

SUBJECT = ("APPROVAZIONE PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI RIPRISTINO DELLA "
           "STRADA COMUNALE GELAGNA ALTA - DIGNANO DANNEGGIATA DAGLI EVENTI SISMICI 2016 - "
           "CUP J47H25000310001.")

body = []


def P(text, style="Body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, text))


def e(t):
    return escape(t)


P(e("COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE"), "Title")
body.append('''<table:table table:name="Numero" table:style-name="TNum">
<table:table-column table:style-name="TNumA"/><table:table-column table:style-name="TNumB"/>
<table:table-row><table:table-cell table:style-name="TNumCell" office:value-type="string"><text:p text:style-name="NumP">Numero <text:span text:style-name="B">47</text:span></text:p></table:table-cell>
<table:table-cell table:style-name="TNumCell" office:value-type="string"><text:p text:style-name="NumP">Del <text:span text:style-name="B">04-08-2027</text:span></text:p></table:table-cell></table:table-row>
</table:table>''')
P('<text:span text:style-name="B">Oggetto:</text:span><text:tab/><text:span text:style-name="B">%s</text:span>' % e(SUBJECT), "Oggetto")
P(e("L'anno duemilaventisette il giorno quattro del mese di agosto alle ore 18:30, nella Residenza "
    "Municipale, per determinazione del Sindaco, si è riunita la Giunta Comunale. "
    "Risultano presenti e assenti i signori:"))
rows = [("CRUCIANI GIANLUCA", "SINDACO", "P"),
        ("MARINELLI SILVIA", "VICE SINDACO", "P"),
        ("SALVUCCI ENRICO", "ASSESSORE", "A")]
tr = []
for n, r, pa in rows:
    tr.append('<table:table-row>' + "".join(
        '<table:table-cell table:style-name="TRollCell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
        % (st, e(v)) for v, st in ((n, "RollP"), (r, "RollP"), (pa, "RollC"))) + '</table:table-row>')
body.append('''<table:table table:name="Appello" table:style-name="TRoll">
<table:table-column table:style-name="TRollA"/><table:table-column table:style-name="TRollB"/><table:table-column table:style-name="TRollC"/>
%s
</table:table>''' % "\n".join(tr))
P(e("ne risultano presenti n. 2 e assenti n. 1."), "Small")
P(e("Assume la presidenza il Signor CRUCIANI GIANLUCA in qualità di SINDACO assistito dal "
    "SEGRETARIO COMUNALE Dott.ssa PAOLETTI MARIA GRAZIA."))
P(e("Il Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la seduta "
    "ed invita i presenti a deliberare sull'oggetto sopra indicato."))
P(e("Soggetta a controllo") + '<text:tab/><text:span text:style-name="B">N</text:span><text:tab/>' +
  e("Immediatamente eseguibile") + '<text:tab/><text:span text:style-name="B">S</text:span>', "Flags")
P(e("LA GIUNTA COMUNALE"), "Center")
for t in [
    "PREMESSO che la strada comunale Gelagna Alta - Dignano ha subito danni a seguito degli eventi sismici "
    "dell'agosto e dell'ottobre 2016 e che l'intervento di ripristino è inserito nel Programma straordinario "
    "di ricostruzione di cui all'Ordinanza commissariale n. 137/2023, per un importo di euro 640.000,00;",
    "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Marco Santini, incaricato con "
    "determinazione dell'Area Tecnica n. 21 del 18-03-2027, acquisito al protocollo dell'Ente al n. 2977 "
    "del 26-07-2027, composto dagli elaborati elencati nell'allegato A;",
    "DATO ATTO che il Responsabile Unico del Progetto è il geom. Fabio Lucarelli, Responsabile dell'Area "
    "Tecnica;",
    "VISTI il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 31 marzo 2023, n. 36 e il D.L. 17 ottobre 2016, n. 189;",
    "ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile, espressi ai sensi "
    "dell'art. 49 del D.Lgs. n. 267/2000 dai Responsabili delle Aree competenti;",
    "Con voti unanimi favorevoli resi in forma palese;",
]:
    P(e(t))
P(e("DELIBERA"), "Center")
for i, t in enumerate([
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di ripristino della strada "
    "comunale Gelagna Alta - Dignano, redatto dall'ing. Marco Santini, dell'importo complessivo di euro "
    "640.000,00, di cui euro 478.300,00 per lavori ed euro 161.700,00 per somme a disposizione "
    "dell'Amministrazione;",
    "di dare atto che la spesa è interamente finanziata con i fondi della ricostruzione post sisma 2016 "
    "e trova imputazione al capitolo 3320/4 del bilancio di previsione 2027/2029;",
    "di trasmettere il progetto all'Ufficio Speciale Ricostruzione Marche per l'approvazione di "
    "competenza.",
], 1):
    P("%d)<text:tab/>%s" % (i, e(t)), "Point")
P(e("Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene "
    "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."))
P(e("PARERI DI CUI ALL'ART. 49 DEL D.LGS. 267/2000"), "CenterSmall")
P(e("Parere Favorevole in ordine alla Regolarita' tecnica. Il Responsabile del servizio F.to LUCARELLI FABIO - "
    "Data 02-08-2027"), "Small")
P(e("Parere Favorevole in ordine alla Regolarita' contabile. Il Responsabile del servizio F.to "
    "FELIZIANI LORENA - Data 02-08-2027"), "Small")
P(e("Il presente verbale viene letto, approvato e sottoscritto."), "Body")
body.append('''<table:table table:name="Firme" table:style-name="TFirme">
<table:table-column table:style-name="TFirmeA"/><table:table-column table:style-name="TFirmeA"/>
<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="FirmaC">Il Presidente</text:p><text:p text:style-name="FirmaC">F.to CRUCIANI GIANLUCA</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p text:style-name="FirmaC">Il Segretario</text:p><text:p text:style-name="FirmaC">F.to PAOLETTI MARIA GRAZIA</text:p></table:table-cell></table:table-row>
</table:table>''')
P(e("ATTESTATO DI PUBBLICAZIONE"), "CenterSmall")
P(e("Della suestesa deliberazione, ai sensi dell'art. 124 del D.Lgs. 267/2000, viene iniziata oggi la "
    "pubblicazione all'Albo Pretorio on line per 15 giorni consecutivi dal 05-08-2027 al 20-08-2027. "
    "Li 05-08-2027  IL SEGRETARIO COMUNALE F.to PAOLETTI MARIA GRAZIA"), "Small")
P(e("E' copia conforme all'originale firmato digitalmente, in carta libera per uso amministrativo."), "Small")

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Deliberazione di Giunta n. 47 del 04-08-2027</dc:title><meta:initial-creator>Halley - Atti</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.12cm" fo:line-height="118%"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CenterSmall" style:family="paragraph" style:parent-style-name="Center">
  <style:paragraph-properties fo:margin-top="0.35cm"/>
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Oggetto" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="2.2cm" fo:text-indent="-2.2cm" fo:margin-top="0.25cm" fo:margin-bottom="0.3cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Point" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.8cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Flags" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.15cm">
   <style:tab-stops><style:tab-stop style:position="4cm"/><style:tab-stop style:position="6cm"/><style:tab-stop style:position="11cm"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="NumP" style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="RollP" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
 <style:style style:name="RollC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
 <style:style style:name="FirmaC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="LH1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="LH2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-bottom="0.06pt solid #000000" fo:padding-bottom="0.1cm"/><style:text-properties fo:font-size="11pt" fo:font-variant="small-caps"/></style:style>
 <style:style style:name="RH" style:family="paragraph"><style:paragraph-properties fo:text-align="left" fo:border-bottom="0.06pt solid #000000"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="FT" style:family="paragraph"><style:paragraph-properties fo:text-align="right"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="TNum" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="TNumA" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="TNumB" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
 <style:style style:name="TNumCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="TRoll" style:family="table"><style:table-properties style:width="14cm" table:align="center" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="TRollA" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
 <style:style style:name="TRollB" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 <style:style style:name="TRollC" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
 <style:style style:name="TRollCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TFirme" style:family="table"><style:table-properties style:width="17cm" table:align="center" fo:margin-top="0.3cm"/></style:style>
 <style:style style:name="TFirmeA" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header>
   <text:p text:style-name="RH">COMUNE DI SERRAVALLE DI CHIENTI - DELIBERAZIONE DI GIUNTA n. 47 del 04-08-2027</text:p>
  </style:header>
  <style:header-first>
   <text:p text:style-name="LH1">COMUNE DI SERRAVALLE DI CHIENTI</text:p>
   <text:p text:style-name="LH2">Provincia di Macerata</text:p>
  </style:header-first>
  <style:footer><text:p text:style-name="FT">Pag. <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  <style:footer-first><text:p text:style-name="FT">Pag. <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer-first>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
@@BODY@@
</office:text></office:body>
</office:document>
'''.replace("@@BODY@@", "\n".join(body))
open(OUT, "w", encoding="utf-8").write(doc)
