#!/usr/bin/env python3
"""Numana: ordinanza of the Settore IV - Polizia Locale, written as a flat ODF
text document (.fodt) and exported by LibreOffice Writer (see build.sh).
Letterhead in the page header, number and date in a two-cell table, ORDINA
points as a bulleted list, justified body."""
import sys
from xml.sax.saxutils import escape

out = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-numana-sicraweb.fodt"


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, escape(text))


body = []
body.append(p("Band", "SETTORE IV – POLIZIA LOCALE"))
body.append(p("Small", "Ufficio Viabilità e Traffico"))
body.append('<table:table table:name="Num" table:style-name="TNum">'
            '<table:table-column table:style-name="TNumA" table:number-columns-repeated="2"/>'
            '<table:table-row><table:table-cell table:style-name="Cell" office:value-type="string">'
            + p("CellC", "ORDINANZA N. 21") +
            '</table:table-cell><table:table-cell table:style-name="Cell" office:value-type="string">'
            + p("CellC", "DEL 26/04/2028") +
            '</table:table-cell></table:table-row></table:table>\n')
body.append('<text:p text:style-name="Ogg"><text:span text:style-name="B">OGGETTO: </text:span>'
            + escape("Disciplina temporanea della circolazione e della sosta in Via Litoranea e in Piazza del Santuario "
                     "in occasione della manifestazione “Numana in Festa – 1° Maggio 2028”.") + '</text:p>\n')
body.append(p("Head", "IL RESPONSABILE DEL SETTORE IV – POLIZIA LOCALE"))
for t in [
    "Vista la nota dell'Associazione Turistica Pro Numana, acquisita al protocollo n. 7021 del 18/04/2028, con la quale si "
    "comunica lo svolgimento, nei giorni 30 aprile e 1° maggio 2028, della manifestazione “Numana in Festa”, con mercatino "
    "di prodotti tipici, spettacoli musicali e fuochi pirotecnici sul lungomare;",
    "Vista la deliberazione della Giunta Comunale n. 48 del 13/04/2028, con la quale è stato concesso il patrocinio "
    "all'iniziativa;",
    "Ritenuto necessario, per garantire la sicurezza dei partecipanti e la fluidità del traffico, adottare provvedimenti "
    "temporanei di limitazione della circolazione e della sosta nelle aree interessate;",
    "Visti gli artt. 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo regolamento "
    "di esecuzione, nonché l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "Visto il decreto sindacale n. 5 del 02/01/2028 di attribuzione delle funzioni di Responsabile del Settore IV;",
]:
    body.append(p("Body", t))
body.append(p("Head", "O R D I N A"))
body.append('<text:list text:style-name="Bul">\n')
for t in [
    "dalle ore 14:00 del 30/04/2028 alle ore 02:00 del 02/05/2028 il divieto di transito a tutti i veicoli in Via "
    "Litoranea, nel tratto compreso tra l'intersezione con Via del Porto e l'intersezione con Via Roma, eccetto i veicoli "
    "di soccorso, di polizia e degli espositori autorizzati;",
    "nel medesimo periodo il divieto di sosta con rimozione forzata su entrambi i lati di Via Litoranea, nel tratto sopra "
    "indicato, e in Piazza del Santuario, ad eccezione degli stalli riservati ai veicoli al servizio di persone con "
    "disabilità;",
    "l'istituzione del doppio senso di circolazione in Via IV Novembre per consentire il deflusso dei veicoli provenienti "
    "da Numana Alta;",
    "all'Associazione Turistica Pro Numana di provvedere alla posa e alla rimozione delle transenne e della segnaletica "
    "temporanea, conformemente alle indicazioni del Comando di Polizia Locale, almeno 48 ore prima dell'inizio dei divieti.",
]:
    body.append('<text:list-item>' + p("LBody", t) + '</text:list-item>\n')
body.append('</text:list>\n')
body.append(p("Head2", "DISPONE"))
body.append(p("Body", "che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line e l'apposizione "
              "della prescritta segnaletica, e che gli organi di polizia stradale di cui all'art. 12 del Codice della Strada "
              "siano incaricati di farla rispettare."))
body.append(p("Body", "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Marche entro 60 giorni dalla pubblicazione, "
              "ovvero, entro 60 giorni, ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, "
              "comma 3, del Codice della Strada."))
body.append(p("Body", "Numana, 26/04/2028"))
body.append(p("Sig", "IL RESPONSABILE DEL SETTORE IV"))
body.append(p("Sig", "Commissario dott. Stefano Perticaroli"))
body.append(p("SigS", "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)"))

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Ordinanza n. 21/2028 - Polizia Locale</dc:title><meta:initial-creator>Polizia Locale Numana</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="LhTitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#1d4e89"/></style:style>
 <style:style style:name="LhSub" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="LhAddr" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:padding-bottom="0.1cm" fo:border-bottom="1.2pt solid #1d4e89"/>
  <style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #888888" fo:padding-top="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="Band" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:background-color="#e6edf5" fo:padding="0.08cm" fo:border="0.5pt solid #1d4e89"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
 <style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Ogg" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:margin-left="2.2cm" fo:text-indent="-2.2cm"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Head2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.16cm" fo:line-height="118%"/></style:style>
 <style:style style:name="LBody" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.12cm" fo:line-height="118%"/></style:style>
 <style:style style:name="Sig" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm"/></style:style>
 <style:style style:name="SigS" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm"/>
  <style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Bul">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="TNum" style:family="table"><style:table-properties style:width="10cm" table:align="center" fo:margin-top="0.2cm"/></style:style>
 <style:style style:name="TNumA" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.6pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header>
   <text:p text:style-name="LhTitle">COMUNE DI NUMANA</text:p>
   <text:p text:style-name="LhSub">Provincia di Ancona</text:p>
   <text:p text:style-name="LhAddr">Piazza del Santuario, 24 – 60026 Numana (AN) – C.F. 00379720420 – Comando di Polizia Locale: tel. 071 9339820</text:p>
  </style:header>
  <style:footer><text:p text:style-name="Foot">Comune di Numana – Settore IV Polizia Locale – Ordinanza n. 21 del 26/04/2028</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
''' + "".join(body) + '''</office:text></office:body></office:document>
'''
open(out, "w", encoding="utf-8").write(doc)
