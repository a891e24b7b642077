#!/usr/bin/env python3
"""Legnano, house style "archiflow": unnumbered avviso from the Settore's
Writer model, written as flat ODF (.fodt) and exported by LibreOffice (see
build.sh). Letterhead in the page header as a two-cell table, letter-spaced
title, a schedule table, page number field in the footer."""
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


rows = [("sabato 7 novembre 2026", "8:30 – 12:30", "48"),
        ("sabato 14 novembre 2026", "8:30 – 12:30", "48"),
        ("sabato 21 novembre 2026", "8:30 – 12:30", "48"),
        ("sabato 28 novembre 2026", "8:30 – 12:30", "40")]

cells = ""
for r in [("Data", "Orario", "Appuntamenti disponibili")] + rows:
    st = "TH" if r[0] == "Data" else "TD"
    cells += "<table:table-row>" + "".join(
        '<table:table-cell table:style-name="Cell" office:value-type="string">%s</table:table-cell>'
        % p(st, e(v)) for v in r) + "</table:table-row>"

body = "\n".join([
    '<table:table table:name="Meta" table:style-name="Meta"><table:table-column table:number-columns-repeated="2"/>'
    '<table:table-row><table:table-cell office:value-type="string">' + p("Small", "P.G. n. 0062871/2026") +
    '</table:table-cell><table:table-cell office:value-type="string">' + p("SmallR", "Legnano, 26 ottobre 2026") +
    '</table:table-cell></table:table-row></table:table>',
    p("Title", "AVVISO"),
    p("Subject", e("Aperture straordinarie dello Sportello Anagrafe per il rilascio della Carta d'Identità "
                   "Elettronica nei sabati di novembre 2026")),
    p("Body", e("Si informa la cittadinanza che, per far fronte all'elevato numero di richieste di rilascio "
                "della Carta d'Identità Elettronica (CIE), lo Sportello Anagrafe di Piazza San Magno, 9 "
                "sarà aperto in via straordinaria, esclusivamente su appuntamento, nei giorni e negli orari "
                "seguenti:")),
    '<table:table table:name="Sabati" table:style-name="Grid"><table:table-column table:style-name="C1"/>'
    '<table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/>' + cells +
    '</table:table>',
    p("Body", e("Le prenotazioni si effettuano tramite l'Agenda digitale dei Servizi Demografici, accessibile "
                "dal sito istituzionale, a partire da lunedì 2 novembre 2026. Chi non dispone di accesso a "
                "internet può prenotare telefonando al numero 0331 925 200 dal lunedì al venerdì, dalle ore "
                "9:00 alle ore 12:00.")),
    p("Body", "Per il rilascio della CIE occorre presentarsi muniti di:"),
    p("Bullet", e("– una fotografia formato tessera recente, a capo scoperto e su sfondo chiaro;")),
    p("Bullet", e("– la carta d'identità scaduta o deteriorata, oppure la denuncia di furto o smarrimento;")),
    p("Bullet", e("– la tessera sanitaria o altro documento recante il codice fiscale;")),
    p("Bullet", e("– la ricevuta del pagamento del corrispettivo di euro 22,21, effettuato tramite PagoPA.")),
    p("Body", e("Si ricorda che, ai sensi del Regolamento (UE) 2019/1157, dal 3 agosto 2026 le carte "
                "d'identità in formato cartaceo non sono più valide come documento di identificazione né per "
                "l'espatrio. I cittadini ancora in possesso del documento cartaceo sono invitati a richiedere "
                "la CIE con sollecitudine.")),
    p("Body", e("Nelle giornate indicate non saranno erogati altri servizi anagrafici e di stato civile.")),
    p("Spacer", ""),
    p("SignHead", "IL DIRIGENTE DEL SETTORE"),
    p("Sign", "dott.ssa Elena Colombo"),
    p("SignNote", e("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")),
])

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Avviso aperture straordinarie anagrafe</dc:title><meta:initial-creator>Servizi Demografici</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.18cm" fo:line-height="125%"/></style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.9cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.08cm"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:letter-spacing="0.18cm" fo:color="#1f3c6e"/></style:style>
 <style:style style:name="Subject" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-left="0.8cm" fo:margin-right="0.8cm" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="SmallR" style:family="paragraph" style:parent-style-name="Small"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="TH" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="TD" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Spacer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.4cm"/></style:style>
 <style:style style:name="SignHead" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="8.5cm" fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="SignHead"><style:text-properties fo:font-weight="normal"/></style:style>
 <style:style style:name="SignNote" style:family="paragraph" style:parent-style-name="Sign"><style:text-properties fo:font-size="7.5pt" fo:color="#444444"/></style:style>
 <style:style style:name="HeadL1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="#1f3c6e" fo:letter-spacing="0.02cm"/></style:style>
 <style:style style:name="HeadL2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="HeadR1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#1f3c6e"/></style:style>
 <style:style style:name="HeadR2" style:family="paragraph" style:parent-style-name="HeadR1"><style:text-properties fo:font-size="8.5pt" fo:font-weight="normal"/></style:style>
 <style:style style:name="Foot" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #999999" fo:padding-top="0.1cm"/><style:text-properties fo:font-size="7.5pt" fo:color="#555555"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="2.2cm" fo:margin-bottom="0.4cm" fo:border-bottom="1.5pt solid #1f3c6e" fo:padding-bottom="0.15cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Meta" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="Grid" style:family="table"><style:table-properties style:width="13cm" table:align="center" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
 <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
 <style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #7a8fb3" fo:padding="0.08cm"/></style:style>
 <style:style style:name="HT" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="HC1" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
 <style:style style:name="HC2" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>
   <table:table table:name="Intestazione" table:style-name="HT"><table:table-column table:style-name="HC1"/><table:table-column table:style-name="HC2"/>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p text:style-name="HeadL1">CITTÀ DI LEGNANO</text:p><text:p text:style-name="HeadL2">Città Metropolitana di Milano</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p text:style-name="HeadR1">SETTORE SERVIZI AL CITTADINO</text:p><text:p text:style-name="HeadR2">tel. 0331 925 200 – anagrafe@legnano.org</text:p></table:table-cell>
    </table:table-row>
   </table:table>
  </style:header>
  <style:footer>
   <text:p text:style-name="Foot">Città di Legnano – Piazza San Magno, 9 – 20025 Legnano (MI) – PEC protocollo@cert.legnano.org – pag. <text:page-number text:select-page="current">1</text:page-number></text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''
open(out, "w", encoding="utf-8").write(doc)
