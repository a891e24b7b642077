# Annex of the Comune di Colorno: a spreadsheet written as flat ODF (.fods),
# exported to PDF by LibreOffice Calc (print ranges, page header/footer).
import sys
from xml.sax.saxutils import escape as e
rows = [
 ('A.1', 'Inumazione in campo comune (adulti)', 'cad.', 310.00, 320.00),
 ('A.2', 'Inumazione in campo comune (minori di 10 anni)', 'cad.', 150.00, 155.00),
 ('A.3', 'Esumazione ordinaria con raccolta resti', 'cad.', 260.00, 270.00),
 ('B.1', 'Tumulazione in loculo (fronte stradale)', 'cad.', 240.00, 248.00),
 ('B.2', 'Tumulazione in loculo oltre la 4ª fila', 'cad.', 275.00, 285.00),
 ('B.3', 'Tumulazione in cappella di famiglia', 'cad.', 330.00, 340.00),
 ('B.4', 'Estumulazione ordinaria con riduzione resti', 'cad.', 290.00, 300.00),
 ('C.1', 'Collocazione urna cineraria in loculo/ossario', 'cad.', 90.00, 95.00),
 ('C.2', 'Dispersione ceneri nel giardino delle rimembranze', 'cad.', 120.00, 125.00),
 ('D.1', 'Concessione loculo 40 anni – fila 1ª e 4ª', 'cad.', 2150.00, 2200.00),
 ('D.2', 'Concessione loculo 40 anni – fila 2ª e 3ª', 'cad.', 2650.00, 2700.00),
 ('D.3', 'Concessione ossario/cinerario 30 anni', 'cad.', 620.00, 640.00),
 ('E.1', 'Lampada votiva – allacciamento', 'cad.', 25.00, 26.00),
 ('E.2', 'Lampada votiva – canone annuo', 'anno', 18.00, 19.00),
]
def cell(v, style, kind='string'):
    if kind == 'float':
        return f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{v}"/>'
    if kind == 'pct':
        return f'<table:table-cell table:style-name="{style}" office:value-type="percentage" office:value="{v}"/>'
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p>{e(v)}</text:p></table:table-cell>'
def row(cells, h=None):
    a = f' table:style-name="{h}"' if h else ''
    return f'<table:table-row{a}>' + ''.join(cells) + '</table:table-row>'
R = []
R.append(row([cell('COMUNE DI COLORNO', 'title'), '<table:table-cell table:number-columns-repeated="5"/>']))
R.append(row([cell('Provincia di Parma – Settore Servizi al Cittadino – Servizi Cimiteriali', 'sub'), '<table:table-cell table:number-columns-repeated="5"/>']))
R.append(row(['<table:table-cell table:number-columns-repeated="6"/>']))
R.append(row([cell('ALLEGATO A) alla deliberazione della Giunta Comunale n. 35 del 12/03/2026', 'bold'), '<table:table-cell table:number-columns-repeated="5"/>']))
R.append(row([cell('TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI – ANNO 2026', 'bold'), '<table:table-cell table:number-columns-repeated="5"/>']))
R.append(row(['<table:table-cell table:number-columns-repeated="6"/>']))
R.append(row([cell(h, 'hdr') for h in ('Cod.', 'Descrizione del servizio', 'Unità', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)', 'Var. %')]))
for c, d, u, a, b in rows:
    R.append(row([cell(c, 'td'), cell(d, 'td'), cell(u, 'tdc'), cell(a, 'num', 'float'), cell(b, 'num', 'float'), cell(f'{round(b / a - 1, 4):.4f}', 'pct', 'pct')]))
R.append(row(['<table:table-cell table:number-columns-repeated="6"/>']))
for n in ['Note:',
          '1) Le tariffe si intendono IVA esclusa ove dovuta; i servizi resi a salme di persone indigenti sono gratuiti (art. 1, c. 7-bis, L. 26/2001).',
          '2) Per i servizi eseguiti il sabato pomeriggio e nei giorni festivi si applica una maggiorazione del 30%.',
          '3) Le tariffe decorrono dal 1° aprile 2026.']:
    R.append(row([cell(n, 'note'), '<table:table-cell table:number-columns-repeated="5"/>']))

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Allegato A - Tariffe cimiteriali 2026</dc:title><meta:initial-creator>Servizi Cimiteriali</meta:initial-creator></office:meta>
<office:styles>
 <number:number-style style:name="N2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-decimal-places="2" number:grouping="true" number:min-integer-digits="1"/></number:number-style>
 <number:percentage-style style:name="P1" number:language="it" number:country="IT"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-family="Liberation Sans" fo:font-size="9pt" fo:language="it" fo:country="IT"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="8.4cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.3cm"/></style:style>
 <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="title" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="sub" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="bold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="note" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="hdr" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#d9d9d9" fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="td" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="tdc" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="num" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="pct" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="P1"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" fo:margin-right="1.5cm" style:print="grid-false"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Default" style:page-layout-name="pm1">
  <style:header><style:region-right><text:p>Allegato A) – G.C. n. 35/2026</text:p></style:region-right></style:header>
  <style:footer><style:region-left><text:p>Tariffe servizi cimiteriali 2026</text:p></style:region-left><style:region-right><text:p>Pagina <text:page-number>1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:region-right></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
 <table:table table:name="Tariffe 2026" table:print-ranges="'Tariffe 2026'.A1:'Tariffe 2026'.F{len(R)}">
  <table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/>
  <table:table-column table:style-name="co4" table:number-columns-repeated="2"/><table:table-column table:style-name="co5"/>
  {''.join(R)}
 </table:table>
</office:spreadsheet></office:body></office:document>'''
open(sys.argv[1], 'w', encoding='utf-8').write(doc)
