#!/usr/bin/env python3
"""Comune di Cividate al Piano - convocation of the Consiglio Comunale (16/09/2027).

The Segreteria's Writer model in the Sinergis house style (name on the
left, a box on the right with protocol and date), written as a flat ODF
document (.fodt); build.sh exports it with LibreOffice Writer.
The order of the day is a numbered list; the addressees are a tab-aligned
block on the right.
"""
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "convocazione-cividatealpiano-sinergis.fodt"

ODG = [
    "Lettura e approvazione dei verbali della seduta del 22/07/2027.",
    "Comunicazioni del Sindaco.",
    "Ratifica della deliberazione della Giunta Comunale n. 58 del 28/08/2027 avente ad oggetto: "
    "\"Variazione d'urgenza al bilancio di previsione 2027/2029 (art. 175, comma 4, D.Lgs. n. 267/2000)\".",
    "Variazione al bilancio di previsione 2027/2029 e al Documento Unico di Programmazione 2027/2029.",
    "Approvazione dello schema di convenzione per la gestione in forma associata del servizio di "
    "segreteria comunale con il Comune di Calcio.",
    "Mozione presentata dal gruppo consiliare \"Cividate Futura\" in materia di sicurezza dei percorsi "
    "casa-scuola (prot. n. 8102 del 25/08/2027).",
]


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


body = []
# letterhead: a two-cell table, name left, protocol box right
body.append('''<table:table table:name="Intestazione" table:style-name="THead">
<table:table-column table:style-name="THeadA"/><table:table-column table:style-name="THeadB"/>
<table:table-row>
<table:table-cell table:style-name="CellPlain" office:value-type="string">
%s%s%s
</table:table-cell>
<table:table-cell table:style-name="CellBox" office:value-type="string">
%s%s%s
</table:table-cell>
</table:table-row></table:table>''' % (
    p("Ente", "COMUNE DI CIVIDATE AL PIANO"),
    p("Prov", "Provincia di Bergamo"),
    p("Addr", "Piazza Vittorio Emanuele II, 1 - 24050 Cividate al Piano (BG)"),
    p("BoxB", "Prot. n. 8712"),
    p("Box", "Cividate al Piano, 16/09/2027"),
    p("BoxS", "Cat. 1 - Cl. 6"),
))
body.append(p("Rule", ""))
dest = ["Ai Signori Consiglieri Comunali", "Al Segretario Comunale", "Al Revisore dei Conti",
        "e p.c. Al Signor Prefetto di Bergamo", "Al Comandante della Stazione Carabinieri di Cividate al Piano"]
for d in dest:
    body.append(p("Dest", escape(d)))
body.append(p("Spacer", ""))
body.append('<text:p text:style-name="Oggetto"><text:span text:style-name="B">OGGETTO:</text:span>'
            '<text:tab/><text:span text:style-name="B">Convocazione del Consiglio Comunale in sessione '
            'ordinaria.</text:span></text:p>')
body.append(p("Body", escape(
    "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e dell'art. 12 del vigente Regolamento "
    "per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del "
    "Consiglio Comunale, in sessione ordinaria e in seduta pubblica di prima convocazione, che si terrà "
    "presso la Sala Consiliare del Palazzo Municipale")))
body.append(p("Centro", "<text:span text:style-name=\"B\">giovedì 23 settembre 2027 alle ore 20:30</text:span>"))
body.append(p("Body", escape(
    "per la trattazione del seguente")))
body.append(p("Centro", "<text:span text:style-name=\"B\">ORDINE DEL GIORNO</text:span>"))
body.append('<text:list text:style-name="Odg">')
for item in ODG:
    body.append('<text:list-item>%s</text:list-item>' % p("Item", escape(item)))
body.append('</text:list>')
body.append(p("Body", escape(
    "In caso di mancanza del numero legale, la seduta di seconda convocazione è fissata per venerdì "
    "24 settembre 2027 alle ore 20:30, nello stesso luogo e con il medesimo ordine del giorno.")))
body.append(p("Body", escape(
    "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio "
    "Segreteria a disposizione dei Consiglieri, nell'orario di apertura al pubblico, a partire dalla "
    "data odierna.")))
body.append(p("Body", escape(
    "La seduta sarà trasmessa in diretta streaming sul canale istituzionale del Comune.")))
body.append(p("Spacer", ""))
body.append(p("Firma", "<text:span text:style-name=\"B\">IL SINDACO</text:span>"))
body.append(p("Firma", "sig. Stefano Belotti"))
body.append(p("FirmaS", "(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)"))

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
<office:meta><dc:title>Convocazione Consiglio Comunale 23/09/2027</dc:title>
<meta:generator>Sinergis Atti Web - modello Segreteria</meta:generator></office:meta>
<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="it" fo:country="IT"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="THead" style:family="table"><style:table-properties style:width="16.8cm" table:align="left"/></style:style>
<style:style style:name="THeadA" style:family="table-column"><style:table-column-properties style:column-width="11.3cm"/></style:style>
<style:style style:name="THeadB" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
<style:style style:name="CellPlain" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
<style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border="0.6pt solid #000000"/></style:style>
<style:style style:name="Ente" style:family="paragraph"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Prov" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="Addr" style:family="paragraph"><style:text-properties fo:font-size="7.5pt"/></style:style>
<style:style style:name="Box" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="BoxB" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="BoxS" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.5cm" fo:border-bottom="0.6pt solid #000000" fo:padding-bottom="0.1cm"/></style:style>
<style:style style:name="Dest" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm"/><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="Spacer" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/></style:style>
<style:style style:name="Oggetto" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.35cm" fo:margin-left="2.4cm" fo:text-indent="-2.4cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm" fo:line-height="125%"/></style:style>
<style:style style:name="Centro" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.15cm" fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.12cm"/></style:style>
<style:style style:name="Firma" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="center"/></style:style>
<style:style style:name="FirmaS" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="Odg">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/>
</style:list-level-properties></text:list-level-style-number>
</text:list-style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>
<office:body><office:text>
@@BODY@@
</office:text></office:body></office:document>
'''.replace("@@BODY@@", "\n".join(body))

with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
