#!/usr/bin/env python3
"""Annex (Allegato A), Comune di Tollo: the 'Piano delle alienazioni e
valorizzazioni immobiliari' as an Urbi Smart export opened in LibreOffice Calc:
a flat ODS, landscape, header/footer, converted to PDF by LibreOffice."""
import sys
from xml.sax.saxutils import escape as e

OUT = sys.argv[1] if len(sys.argv) > 1 else "tollo.fods"

rows = [
    ("1", "Ex scuola elementare di contrada Colle Secco", "Fg. 9 – Part. 412", "Fabbricato e corte", "B/5", "640", "Patrimonio disponibile", "Alienazione", "185.000,00", "2026"),
    ("2", "Terreno agricolo in località Piano di Tollo", "Fg. 14 – Part. 88, 91", "Terreno", "–", "12.480", "Patrimonio disponibile", "Alienazione", "43.700,00", "2026"),
    ("3", "Area di risulta di Via Vittorio Veneto", "Fg. 21 – Part. 1530", "Reliquato stradale", "–", "96", "Patrimonio disponibile", "Alienazione ai frontisti", "4.320,00", "2026"),
    ("4", "Locale commerciale di Piazza della Liberazione", "Fg. 21 – Part. 902 sub 4", "Unità immobiliare", "C/1", "72", "Patrimonio disponibile", "Concessione in locazione", "6.480,00 (canone annuo)", "2026"),
    ("5", "Ex mattatoio comunale di Via Aldo Moro", "Fg. 20 – Part. 377", "Fabbricato", "D/7", "310", "Patrimonio disponibile", "Valorizzazione – concessione art. 3-bis D.L. 351/2001", "–", "2027"),
    ("6", "Terreno in contrada Venna", "Fg. 5 – Part. 64", "Terreno", "–", "5.900", "Patrimonio disponibile", "Alienazione", "17.700,00", "2027"),
    ("7", "Alloggio di Via Ortonese n. 40, piano primo", "Fg. 21 – Part. 655 sub 7", "Unità immobiliare", "A/3", "84", "Patrimonio disponibile", "Alienazione all’assegnatario", "61.000,00", "2028"),
]
total = "311.720,00"

hdr = ["N.", "Descrizione del bene", "Identificativi catastali", "Tipologia", "Cat.", "Superficie (mq)",
       "Classificazione attuale", "Destinazione / intervento", "Valore stimato (€)", "Anno"]

def c(t, style="Cell"):
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p>{e(t)}</text:p></table:table-cell>'

xmlrows = []
xmlrows.append('<table:table-row table:style-name="rowT">' +
               '<table:table-cell table:style-name="Title" table:number-columns-spanned="10" office:value-type="string">'
               '<text:p>PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI – TRIENNIO 2026/2028</text:p></table:table-cell>'
               + '<table:covered-table-cell/>' * 9 + '</table:table-row>')
xmlrows.append('<table:table-row>' +
               '<table:table-cell table:style-name="Sub" table:number-columns-spanned="10" office:value-type="string">'
               '<text:p>(art. 58 del D.L. 25 giugno 2008, n. 112, convertito dalla Legge 6 agosto 2008, n. 133)</text:p></table:table-cell>'
               + '<table:covered-table-cell/>' * 9 + '</table:table-row>')
xmlrows.append('<table:table-row>' + '<table:table-cell/>' * 10 + '</table:table-row>')
xmlrows.append('<table:table-row table:style-name="rowH">' + ''.join(c(h, "Head") for h in hdr) + '</table:table-row>')
for r in rows:
    xmlrows.append('<table:table-row>' + ''.join(c(v, "CellC" if i in (0, 4, 5, 9) else ("CellR" if i == 8 else "Cell")) for i, v in enumerate(r)) + '</table:table-row>')
xmlrows.append('<table:table-row>' +
               '<table:table-cell table:style-name="Tot" table:number-columns-spanned="8" office:value-type="string"><text:p>TOTALE VALORE BENI DA ALIENARE (escluse le concessioni e le valorizzazioni)</text:p></table:table-cell>'
               + '<table:covered-table-cell/>' * 7 + c(total, "TotR") + c("", "Tot") + '</table:table-row>')
xmlrows.append('<table:table-row>' + '<table:table-cell/>' * 10 + '</table:table-row>')
for note in [
    "Note: i valori indicati sono stimati dall’Area Tecnica sulla base dei valori OMI dell’Agenzia delle Entrate (2° semestre 2025) e saranno aggiornati con perizia di stima prima dell’avvio delle procedure di alienazione.",
    "L’inserimento nel Piano determina la classificazione dei beni come patrimonio disponibile e ne dispone espressamente la destinazione urbanistica, ai sensi dell’art. 58, comma 2, del D.L. 112/2008.",
]:
    xmlrows.append('<table:table-row>' +
                   f'<table:table-cell table:style-name="Note" table:number-columns-spanned="10" office:value-type="string"><text:p>{e(note)}</text:p></table:table-cell>'
                   + '<table:covered-table-cell/>' * 9 + '</table:table-row>')

widths = [0.9, 5.6, 3.3, 2.6, 1.1, 1.8, 3.0, 4.2, 2.8, 1.2]
cols = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(10))
colstyles = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))

doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
 {colstyles}
 <style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="rowT" style:family="table-row"><style:table-row-properties style:row-height="0.8cm"/></style:style>
 <style:style style:name="rowH" style:family="table-row"><style:table-row-properties style:row-height="1.0cm"/></style:style>
 <style:style style:name="Title" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sub" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="0.05cm"/><style:text-properties fo:font-size="7.5pt"/></style:style>
 <style:style style:name="CellC" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt"/></style:style>
 <style:style style:name="CellR" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="7.5pt"/></style:style>
 <style:style style:name="Tot" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#eeeeee" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="TotR" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#eeeeee" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Note" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
 <style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" style:scale-to-X="1" style:scale-to-Y="1"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="PM" style:page-layout-name="pl1">
  <style:header>
   <style:region-left><text:p>COMUNE DI TOLLO</text:p><text:p>Provincia di Chieti</text:p></style:region-left>
   <style:region-right><text:p>Allegato A alla deliberazione del Consiglio Comunale n. 14 del 28/05/2026</text:p></style:region-right>
  </style:header>
  <style:footer>
   <style:region-left><text:p>Urbi Smart – Patrimonio – estrazione del 20/05/2026</text:p></style:region-left>
   <style:region-right><text:p>Pagina <text:page-number>1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:region-right>
  </style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Piano_alienazioni" table:style-name="ta1">
{cols}
{''.join(xmlrows)}
</table:table>
</office:spreadsheet></office:body></office:document>
"""
open(OUT, "w", encoding="utf-8").write(doc)
