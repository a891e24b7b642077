#!/usr/bin/env python3
"""Comune di Apice - decreto del Sindaco, house style "Hypersic", written as a
flat ODF text document (.fodt) for LibreOffice Writer: a three-cell header
table (crest picture, name, register grid), a letter-spaced title
(fo:letter-spacing), a footer with the number and a page-number field."""
import sys, base64, io
from xml.sax.saxutils import escape
from PIL import Image, ImageDraw

out = sys.argv[1] if len(sys.argv) > 1 else "decreto-apice-hypersic.fodt"

im = Image.new("RGB", (160, 190), "white")
d = ImageDraw.Draw(im)
d.polygon([(8, 8), (152, 8), (152, 110), (80, 182), (8, 110)], fill=(228, 239, 232), outline=(27, 94, 59))
d.line([(8, 8), (152, 8), (152, 110), (80, 182), (8, 110), (8, 8)], fill=(27, 94, 59), width=5)
d.ellipse([58, 30, 102, 74], outline=(27, 94, 59), width=5)
d.rectangle([40, 100, 120, 118], fill=(27, 94, 59))
buf = io.BytesIO(); im.save(buf, "PNG")
png = base64.b64encode(buf.getvalue()).decode()


def P(text, style="Body"):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, escape(text))


premesse = [
    "Visto l’art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei "
    "responsabili degli uffici e dei servizi;",
    "Visti gli articoli 107 e 109 del D.Lgs. 267/2000, in base ai quali, nei Comuni privi di personale con "
    "qualifica dirigenziale, le funzioni dirigenziali possono essere attribuite ai responsabili degli uffici "
    "e dei servizi;",
    "Visto il CCNL del personale del comparto Funzioni Locali del 16/11/2022, e in particolare gli articoli "
    "16 e seguenti, che disciplinano gli incarichi di Elevata Qualificazione;",
    "Vista la deliberazione della Giunta Comunale n. 12 del 04/02/2027, con la quale è stata approvata la "
    "macrostruttura dell’Ente articolata in quattro Settori;",
    "Preso atto che dal 15/04/2027 il Settore Tecnico-Manutentivo risulta privo di responsabile, a seguito "
    "del collocamento a riposo del titolare dell’incarico;",
    "Considerato che l’Ing. Pasquale Mazzarella, funzionario tecnico assunto a tempo indeterminato e pieno a "
    "seguito di concorso pubblico, possiede i requisiti culturali e professionali e l’esperienza necessari "
    "allo svolgimento dell’incarico, come risulta dal curriculum agli atti;",
    "Acquisita la dichiarazione di insussistenza di cause di inconferibilità e di incompatibilità resa "
    "dall’interessato ai sensi del D.Lgs. 8 aprile 2013, n. 39;",
]
punti = [
    "di conferire all’Ing. Pasquale Mazzarella l’incarico di Elevata Qualificazione e la responsabilità del "
    "Settore Tecnico-Manutentivo, con decorrenza dal 15/04/2027 e fino al 31/12/2027;",
    "di attribuire al medesimo le funzioni di cui all’art. 107, commi 2 e 3, del D.Lgs. 267/2000, "
    "relativamente ai servizi lavori pubblici, manutenzioni, urbanistica, edilizia privata e ambiente;",
    "di riconoscere la retribuzione di posizione annua lorda di € 12.500,00, per tredici mensilità, da "
    "rapportare alla durata dell’incarico, oltre alla retribuzione di risultato nella misura stabilita dal "
    "sistema di misurazione e valutazione della performance;",
    "di individuare quale sostituto, in caso di assenza o impedimento, il Responsabile del Settore "
    "Amministrativo;",
    "di notificare il presente decreto all’interessato e di trasmetterlo al Segretario Comunale, ai "
    "Responsabili di Settore e all’Ufficio Personale, disponendone la pubblicazione all’Albo Pretorio on "
    "line e nella sezione Amministrazione Trasparente.",
]

body = ""
for t in premesse:
    body += P(t)
body += P("DECRETA", "Centro")
for i, t in enumerate(punti, 1):
    body += '<text:p text:style-name="Punto">%d.<text:tab/>%s</text:p>\n' % (i, escape(t))

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Decreto del Sindaco n. 7 del 12/04/2027</dc:title>
<meta:generator>Hypersic Atti 2027</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:language="it" fo:country="IT"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm" fo:line-height="118%"/>
 </style:style>
 <style:style style:name="Centro" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:font-size="11.5pt"/>
 </style:style>
 <style:style style:name="Punto" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.8cm" fo:margin-bottom="0.12cm" fo:line-height="118%">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #555555" fo:padding-top="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#444444"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2.1cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.9cm" table:align="left"/></style:style>
 <style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="10.0cm"/></style:style>
 <style:style style:name="Tbl.C" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="Grid" style:family="table"><style:table-properties style:width="4.3cm" table:align="right"/></style:style>
 <style:style style:name="Grid.A" style:family="table-column"><style:table-column-properties style:column-width="2.0cm"/></style:style>
 <style:style style:name="Grid.B" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
 <style:style style:name="GCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.6pt solid #000000"/></style:style>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Prov" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt"/></style:style>
 <style:style style:name="Addr" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="GL" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="GV" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:border-bottom="1.2pt solid #000000" fo:padding-bottom="0.05cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="4pt"/></style:style>
 <style:style style:name="Titolo" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.35cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:letter-spacing="0.12cm"/></style:style>
 <style:style style:name="Ogg" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="2.3cm" fo:text-indent="-2.3cm" fo:border-top="0.6pt solid #000000" fo:border-bottom="0.6pt solid #000000" fo:padding="0.15cm" fo:margin-bottom="0.3cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Firma" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm" fo:margin-bottom="0cm" fo:keep-with-next="always"/></style:style>
 <style:style style:name="FirmaB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="9cm" fo:margin-bottom="0cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold"/></style:style>
 <style:style style:name="Left" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:keep-with-next="always"/></style:style>
 <style:style style:name="LeftEnd" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm"/></style:style>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:horizontal-pos="center" style:wrap="none"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer">Comune di Apice – Decreto del Sindaco n. 7 del 12/04/2027 – Pag. <text:page-number text:select-page="current"/> di <text:page-count/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
<table:table table:name="Intestazione" table:style-name="Tbl">
 <table:table-column table:style-name="Tbl.A"/><table:table-column table:style-name="Tbl.B"/><table:table-column table:style-name="Tbl.C"/>
 <table:table-row>
  <table:table-cell table:style-name="Cell"><text:p><draw:frame draw:style-name="fr1" draw:name="Stemma" text:anchor-type="as-char" svg:width="1.6cm" svg:height="1.9cm"><draw:image><office:binary-data>''' + png + '''</office:binary-data></draw:image></draw:frame></text:p></table:table-cell>
  <table:table-cell table:style-name="Cell">
   <text:p text:style-name="Ente">COMUNE DI APICE</text:p>
   <text:p text:style-name="Prov">Provincia di Benevento</text:p>
   <text:p text:style-name="Addr">Piazza Municipio, 1 – 82021 Apice (BN) – C.F. 80001490626</text:p>
  </table:table-cell>
  <table:table-cell table:style-name="Cell">
   <table:table table:name="Registro" table:style-name="Grid">
    <table:table-column table:style-name="Grid.A"/><table:table-column table:style-name="Grid.B"/>
    <table:table-row><table:table-cell table:style-name="GCell"><text:p text:style-name="GL">Decreto n.</text:p></table:table-cell><table:table-cell table:style-name="GCell"><text:p text:style-name="GV">7</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell table:style-name="GCell"><text:p text:style-name="GL">Data</text:p></table:table-cell><table:table-cell table:style-name="GCell"><text:p text:style-name="GV">12/04/2027</text:p></table:table-cell></table:table-row>
   </table:table>
  </table:table-cell>
 </table:table-row>
</table:table>
<text:p text:style-name="Rule"/>
<text:p text:style-name="Titolo">DECRETO DEL SINDACO</text:p>
<text:p text:style-name="Ogg">OGGETTO:<text:tab/>Conferimento dell’incarico di Elevata Qualificazione e nomina del Responsabile del Settore Tecnico-Manutentivo per il periodo dal 15/04/2027 al 31/12/2027.</text:p>
<text:p text:style-name="Centro">IL SINDACO</text:p>
''' + body + '''<text:p text:style-name="Left">Apice, 12/04/2027</text:p>
<text:p text:style-name="FirmaB">IL SINDACO</text:p>
<text:p text:style-name="Firma">F.to Avv. Angelo Zollo</text:p>
<text:p text:style-name="LeftEnd">Per accettazione: F.to Ing. Pasquale Mazzarella</text:p>
</office:text></office:body></office:document>
'''
open(out, "w", encoding="utf-8").write(doc)
