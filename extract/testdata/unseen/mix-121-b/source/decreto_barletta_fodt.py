#!/usr/bin/env python3
"""Citta' di Barletta - decreto del Dirigente del Settore Lavori Pubblici, typed in
the Comune's Writer model (flat ODF written by this script; LibreOffice exports
the PDF in build.sh). Header table with letterhead and register box, the
commission's members in a two-column table, running foot with number, Settore
and page fields."""
import sys
from xml.sax.saxutils import escape as x

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-barletta-jiride.fodt"

SUBJECT = ("Nomina della commissione giudicatrice per la procedura aperta relativa ai lavori di "
           "riqualificazione e messa in sicurezza del Parco dell'Umanità - CUP H91B26000180006 - "
           "CIG B6E21A4D37.")


def P(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


def B(text):
    return '<text:span text:style-name="Bold">%s</text:span>' % x(text)


body = []
# header table: letterhead | register box
body.append('''<table:table table:name="Intestazione" table:style-name="THead">
<table:table-column table:style-name="THeadA"/><table:table-column table:style-name="THeadB"/>
<table:table-row><table:table-cell table:style-name="CellPlain" office:value-type="string">
%s%s%s
</table:table-cell><table:table-cell table:style-name="CellBox" office:value-type="string">
%s%s%s%s
</table:table-cell></table:table-row></table:table>''' % (
    P("City", "CITTÀ DI BARLETTA"),
    P("Motto", "Medaglia d'Oro al Valor Militare e al Merito Civile"),
    P("Motto", "Provincia di Barletta-Andria-Trani"),
    P("Box", B("Decreto") + " n. 9 del 27/09/2027"),
    P("Box", B("Reg. Settore") + " n. 41 del 27/09/2027"),
    P("Box", B("Prot.") + " n. 75902 del 27/09/2027"),
    P("Box", B("Servizio") + " Appalti e Contratti"),
))
body.append(P("Heading", "DECRETO DEL DIRIGENTE DEL SETTORE LAVORI PUBBLICI E MANUTENZIONI"))
body.append(P("Subject", B("OGGETTO: ") + x(SUBJECT)))
body.append(P("Centre", "IL DIRIGENTE"))
prem = [
    "Premesso che con determinazione dirigenziale R.G. n. 1074 del 22/07/2027 è stata indetta la procedura aperta, "
    "ai sensi dell'art. 71 del D.Lgs. 31 marzo 2023, n. 36, per l'affidamento dei lavori di riqualificazione e messa "
    "in sicurezza del Parco dell'Umanità, per un importo a base di gara di euro 1.284.600,00, da aggiudicare con il "
    "criterio dell'offerta economicamente più vantaggiosa;",
    "Dato atto che il termine per la presentazione delle offerte è scaduto alle ore 12:00 del 20/09/2027 e che "
    "entro tale termine sono pervenute sulla piattaforma telematica n. 11 offerte;",
    "Visto l'art. 93 del D.Lgs. n. 36/2023, secondo il quale la valutazione delle offerte dal punto di vista tecnico "
    "ed economico è affidata a una commissione giudicatrice composta da un numero dispari di componenti, esperti "
    "nello specifico settore cui si riferisce l'oggetto del contratto, nominata dopo la scadenza del termine per la "
    "presentazione delle offerte;",
    "Acquisite le dichiarazioni dei componenti sull'insussistenza di cause di incompatibilità e di astensione, "
    "conservate agli atti del Servizio Appalti e Contratti;",
    "Visto il decreto sindacale n. 30 del 04/07/2027 di conferimento dell'incarico di direzione del Settore Lavori "
    "Pubblici e Manutenzioni;",
]
for s in prem:
    body.append(P("Body", x(s)))
body.append(P("Centre", "DECRETA"))
pts = [
    "di nominare la commissione giudicatrice per la procedura indicata in oggetto nella seguente composizione:",
]
body.append(P("Point", "1. " + x(pts[0])))
members = [("Presidente", "ing. Francesco Paolo Ruta, dirigente del Settore Urbanistica e Pianificazione"),
           ("Componente esperto", "arch. Lucia Dimiccoli, funzionaria tecnica del Comune di Trani"),
           ("Componente esperto", "ing. Gaetano Cassatella, funzionario del Settore Lavori Pubblici e Manutenzioni"),
           ("Segretario verbalizzante", "dott.ssa Angela Mennea, istruttrice del Servizio Appalti e Contratti")]
rows = "".join('<table:table-row><table:table-cell table:style-name="CellGrid" office:value-type="string">%s'
               '</table:table-cell><table:table-cell table:style-name="CellGrid" office:value-type="string">%s'
               '</table:table-cell></table:table-row>' % (P("TabB", x(a)), P("Tab", x(b))) for a, b in members)
body.append('<table:table table:name="Commissione" table:style-name="TMem"><table:table-column '
            'table:style-name="TMemA"/><table:table-column table:style-name="TMemB"/>%s</table:table>' % rows)
more = [
    "2. di stabilire che la commissione si insedierà in seduta pubblica telematica il giorno 04/10/2027 alle ore "
    "10:00 e concluderà i propri lavori entro trenta giorni;",
    "3. di dare atto che ai componenti esterni spetta il compenso determinato secondo il Regolamento comunale per le "
    "commissioni giudicatrici, la cui spesa è prevista nel quadro economico dell'intervento, e che nessun compenso "
    "spetta ai componenti interni;",
    "4. di pubblicare il presente decreto e i curricula dei componenti all'Albo Pretorio on line e nella sezione "
    "Amministrazione Trasparente, Bandi di gara e contratti, ai sensi dell'art. 28 del D.Lgs. n. 36/2023.",
]
for s in more:
    body.append(P("Point", x(s)))
body.append(P("Body", "Barletta, 27/09/2027"))
body.append(P("Sig", "Il Dirigente del Settore"))
body.append(P("Sig", "ing. Antonio Lanotte"))
body.append(P("SigSmall", "documento firmato digitalmente ai sensi del D.Lgs. 82/2005"))

FOOT = ('<text:p text:style-name="Foot">Città di Barletta - Decreto n. 9 del 27/09/2027 - Settore Lavori Pubblici e '
        'Manutenzioni<text:tab/>pag. <text:page-number text:select-page="current">1</text:page-number> di '
        '<text:page-count>1</text:page-count></text:p>')

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
<office:meta><dc:title>Decreto n. 9 del 27/09/2027</dc:title><meta:initial-creator>Settore LL.PP.</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.12cm" fo:line-height="118%%"/></style:style>
 <style:style style:name="Point" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/></style:style>
 <style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.9cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Subject" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="2.1cm" fo:text-indent="-2.1cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="City" style:family="paragraph"><style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="#7a1f2b"/></style:style>
 <style:style style:name="Motto" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Box" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Tab" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="TabB" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sig" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="center"/></style:style>
 <style:style style:name="SigSmall" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:border-top="0.5pt solid #000000" fo:padding-top="0.1cm"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="THead" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="THeadA" style:family="table-column"><style:table-column-properties style:column-width="10.8cm"/></style:style>
 <style:style style:name="THeadB" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
 <style:style style:name="CellPlain" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.6pt solid #000000"/></style:style>
 <style:style style:name="TMem" style:family="table"><style:table-properties style:width="16.4cm" fo:margin-left="0.6cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="TMemA" style:family="table-column"><style:table-column-properties style:column-width="4.4cm"/></style:style>
 <style:style style:name="TMemB" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
 <style:style style:name="CellGrid" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #555555"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>%s</style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
''' % (FOOT, "\n".join(body))
open(OUT, "w", encoding="utf-8").write(doc)
