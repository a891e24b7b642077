# Annex of Unione dei Comuni Valnure e Valchero (PC): a spreadsheet written as flat ODS (Calc XML),
# printed to PDF by LibreOffice Calc (a "Softline"-style tariff schedule with page header/footer).
import sys
from xml.sax.saxutils import escape as E
out = sys.argv[1]
rows = []
def r(cells, st="Default", h=None):
    rows.append((cells, st, h))
r(["UNIONE DEI COMUNI VALNURE E VALCHERO"], "Title")
r(["Carpaneto Piacentino – Gropparello – Podenzano – San Giorgio Piacentino – Vigolzone"], "Sub")
r([""])
r(["ALLEGATO A alla deliberazione della Giunta dell’Unione n. 19 del 02/04/2026"], "Bold")
r(["SERVIZIO DI TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2026/2027 – TARIFFE ANNUE PER FASCIA ISEE"], "Bold")
r([""])
r(["Fascia", "ISEE da (€)", "ISEE a (€)", "Primo figlio (€)", "Secondo figlio (€)", "Dal terzo figlio (€)", "Solo andata o ritorno (€)"], "Head")
data = [("A", 0, 6000, 120, 90, 0, 80), ("B", 6000.01, 12000, 190, 140, 60, 125), ("C", 12000.01, 18000, 260, 195, 90, 170),
        ("D", 18000.01, 26000, 320, 240, 120, 210), ("E", 26000.01, None, 380, 285, 150, 250)]
for f, a, b, c1, c2, c3, c4 in data:
    r([f, a, b if b is not None else "oltre", c1, c2, c3, c4], "Cell")
r([""])
r(["Note:"], "Bold")
for n in ["1. In assenza di attestazione ISEE si applica la tariffa della fascia E.",
          "2. La tariffa è suddivisa in due rate: 50% entro il 30/09/2026 e 50% entro il 31/01/2027.",
          "3. Per gli alunni con disabilità certificata ai sensi della L. 104/1992 il servizio è gratuito.",
          "4. Le domande di iscrizione si presentano esclusivamente on line dal 04/05/2026 al 15/06/2026."]:
    r([n], "Note")
r([""])
r(["Il Responsabile del Servizio Scuola e Trasporti dell’Unione – Dott.ssa Paola Rigolli"], "Note")

def cell(v, st):
    if isinstance(v, (int, float)):
        s = ("%.2f" % v).replace(".", ",")
        return f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{v}"><text:p>{s}</text:p></table:table-cell>'
    return f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{E(v)}</text:p></table:table-cell>'
body = []
for cells, st, h in rows:
    body.append('<table:table-row table:style-name="ro1">' + "".join(cell(c, st) for c in cells) + '</table:table-row>')
xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo2="x" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>
 <style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-family="Liberation Sans" fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <number:number-style style:name="N2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
 <style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.55cm" style:use-optimal-row-height="false"/></style:style>
 <style:style style:name="Title" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sub" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Bold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
 <style:style style:name="Note" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Head" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Cell" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Default" style:page-layout-name="pm1">
  <style:header><style:region-right><text:p>Allegato A – G.U. n. 19/2026</text:p></style:region-right></style:header>
  <style:footer><style:region-left><text:p>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</text:p></style:region-left><style:region-right><text:p>Pagina <text:page-number>1</text:page-number></text:p></style:region-right></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Tariffe" table:print="true">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2" table:number-columns-repeated="6"/>
{"".join(body)}
</table:table>
</office:spreadsheet></office:body></office:document>'''
open(out, "w", encoding="utf-8").write(xml)
