# Comune di Acerenza - Allegato A (tariffs of services on individual demand), a Calc sheet (.fods) printed by LibreOffice
import sys
from xml.sax.saxutils import escape as e

rows = [
 ("SERVIZIO", "DESCRIZIONE TARIFFA", "U.M.", "TARIFFA 2025 (€)", "TARIFFA 2026 (€)", "NOTE"),
 ("Mensa scolastica", "Pasto alunni scuola dell'infanzia e primaria", "pasto", 3.20, 3.30, "ISEE > € 15.000"),
 ("Mensa scolastica", "Pasto alunni – fascia agevolata", "pasto", 2.10, 2.10, "ISEE ≤ € 15.000"),
 ("Mensa scolastica", "Pasto docenti e personale ATA", "pasto", 4.80, 5.00, ""),
 ("Trasporto scolastico", "Abbonamento annuale – primo figlio", "anno", 180.00, 185.00, ""),
 ("Trasporto scolastico", "Abbonamento annuale – dal secondo figlio", "anno", 120.00, 120.00, "riduzione 35%"),
 ("Impianti sportivi", "Palestra comunale – uso orario associazioni", "ora", 8.00, 8.50, ""),
 ("Impianti sportivi", "Campo di calcetto – uso orario", "ora", 25.00, 25.00, "illuminazione inclusa"),
 ("Sale comunali", "Sala convegni “Palazzo Glinni” – mezza giornata", "uso", 60.00, 65.00, ""),
 ("Sale comunali", "Sala convegni “Palazzo Glinni” – giornata intera", "uso", 100.00, 110.00, ""),
 ("Museo Diocesano e Castello", "Biglietto intero visite guidate", "persona", 5.00, 5.00, "convenzione"),
 ("Museo Diocesano e Castello", "Biglietto ridotto (under 18, over 65)", "persona", 3.00, 3.00, ""),
 ("Servizi cimiteriali", "Illuminazione votiva – canone annuo", "lampada", 15.00, 16.00, ""),
]

cells = []
def cell(v, style):
    if isinstance(v, float):
        s = ("%.2f" % v).replace(".", ",")
        return f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{v}"><text:p>{s}</text:p></table:table-cell>'
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p>{e(v)}</text:p></table:table-cell>'

body = []
def row(items, style, span_first=None):
    body.append("<table:table-row>" + "".join(items) + "</table:table-row>")

title = ('<table:table-row table:style-name="rh"><table:table-cell table:style-name="title" table:number-columns-spanned="6" office:value-type="string">'
         '<text:p>COMUNE DI ACERENZA – Provincia di Potenza</text:p></table:table-cell>' + '<table:covered-table-cell/>' * 5 + '</table:table-row>')
title2 = ('<table:table-row><table:table-cell table:style-name="sub" table:number-columns-spanned="6" office:value-type="string">'
          '<text:p>Allegato A) alla deliberazione di Giunta Comunale n. 28 del 17/03/2026</text:p></table:table-cell>' + '<table:covered-table-cell/>' * 5 + '</table:table-row>')
title3 = ('<table:table-row><table:table-cell table:style-name="sub" table:number-columns-spanned="6" office:value-type="string">'
          '<text:p>SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – TARIFFE E PERCENTUALE DI COPERTURA DEI COSTI – ANNO 2026</text:p></table:table-cell>' + '<table:covered-table-cell/>' * 5 + '</table:table-row>')
blank = '<table:table-row><table:table-cell table:number-columns-repeated="6"/></table:table-row>'
body += [title, title2, title3, blank]
body.append("<table:table-row>" + "".join(cell(x, "hdr") for x in rows[0]) + "</table:table-row>")
for r in rows[1:]:
    body.append("<table:table-row>" + cell(r[0], "txt") + cell(r[1], "txt") + cell(r[2], "ctr") + cell(r[3], "num") + cell(r[4], "num") + cell(r[5], "txt") + "</table:table-row>")
body.append(blank)
# coverage summary
summ = [("Costi complessivi previsti dei servizi (€)", 212480.00), ("Proventi tariffari previsti (€)", 98630.00)]
for k, v in summ:
    body.append('<table:table-row><table:table-cell table:style-name="lbl" table:number-columns-spanned="4" office:value-type="string"><text:p>'
                + e(k) + '</text:p></table:table-cell>' + '<table:covered-table-cell/>' * 3 + cell(v, "numb") + '<table:table-cell/></table:table-row>')
body.append('<table:table-row><table:table-cell table:style-name="lbl" table:number-columns-spanned="4" office:value-type="string"><text:p>Percentuale di copertura dei costi</text:p></table:table-cell>'
            + '<table:covered-table-cell/>' * 3 + '<table:table-cell table:style-name="numb" office:value-type="string"><text:p>46,42%</text:p></table:table-cell><table:table-cell/></table:table-row>')
body.append(blank)
body.append('<table:table-row><table:table-cell table:style-name="note" table:number-columns-spanned="6" office:value-type="string"><text:p>Le tariffe si intendono IVA inclusa ove dovuta. Le agevolazioni sono riconosciute su presentazione di attestazione ISEE in corso di validità.</text:p></table:table-cell>' + '<table:covered-table-cell/>' * 5 + '</table:table-row>')
body.append('<table:table-row><table:table-cell table:style-name="note" table:number-columns-spanned="6" office:value-type="string"><text:p>Il Responsabile dell\'Area Economico-Finanziaria – Dott. Vito Summa (firmato digitalmente)</text:p></table:table-cell>' + '<table:covered-table-cell/>' * 5 + '</table:table-row>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>
 <style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-family="Liberation Sans" fo:font-size="9pt" fo:language="it" fo:country="IT"/></style:style>
</office:styles>
<office:automatic-styles>
 <number:number-style style:name="N2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="4.0cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="7.4cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
 <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.9cm"/></style:style>
 <style:style style:name="co6" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="rh" style:family="table-row"><style:table-row-properties style:row-height="0.8cm"/></style:style>
 <style:style style:name="title" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="sub" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="hdr" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="txt" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap"/></style:style>
 <style:style style:name="ctr" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="num" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="numb" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="lbl" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#eeeeee"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="note" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-style="italic" fo:font-size="8pt"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1.5cm" style:print="grid-hidden" style:scale-to="100%"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Default" style:page-layout-name="pm1">
  <style:header><style:region-left><text:p>Comune di Acerenza (PZ)</text:p></style:region-left><style:region-right><text:p>Tariffe servizi a domanda individuale 2026</text:p></style:region-right></style:header>
  <style:footer><style:region-left><text:p>tariffe_2026_allegatoA.ods</text:p></style:region-left><style:region-right><text:p>Pagina <text:page-number>1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:region-right></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Allegato A">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/>
<table:table-column table:style-name="co4" table:number-columns-repeated="2"/><table:table-column table:style-name="co6"/>
{"".join(body)}
</table:table>
</office:spreadsheet></office:body></office:document>
'''
open(sys.argv[1], "w", encoding="utf-8").write(doc)
