# Allegato A - Comune di Primiero San Martino di Castrozza (TN)
# A tariff sheet kept as a spreadsheet (as an office keeps it in Excel), here a flat
# OpenDocument spreadsheet (.fods) printed to PDF by LibreOffice Calc (build.sh).
import sys
from xml.sax.saxutils import escape as e

rows = [
    ("Palestra comunale di Transacqua", "Associazioni sportive locali", "ora", "12,00", "12,50"),
    ("Palestra comunale di Transacqua", "Associazioni non locali / privati", "ora", "25,00", "26,00"),
    ("Palestra comunale di Transacqua", "Manifestazioni con pubblico", "giornata", "180,00", "190,00"),
    ("Campo sportivo di Tonadico", "Associazioni sportive locali", "ora", "15,00", "15,50"),
    ("Campo sportivo di Tonadico", "Associazioni non locali / privati", "ora", "35,00", "36,00"),
    ("Campo sportivo di Tonadico", "Illuminazione notturna (supplemento)", "ora", "10,00", "12,00"),
    ("Campi da tennis San Martino di Castrozza", "Residenti", "ora", "8,00", "8,00"),
    ("Campi da tennis San Martino di Castrozza", "Non residenti", "ora", "14,00", "15,00"),
    ("Campi da tennis San Martino di Castrozza", "Abbonamento stagionale residenti", "stagione", "120,00", "125,00"),
    ("Sala polifunzionale di Siror", "Associazioni locali", "mezza giornata", "30,00", "30,00"),
    ("Sala polifunzionale di Siror", "Privati e altri soggetti", "mezza giornata", "70,00", "75,00"),
    ("Sala polifunzionale di Siror", "Riscaldamento (1 ottobre - 30 aprile)", "mezza giornata", "15,00", "18,00"),
]


def cell(text, style='Cbody', span=None, typ='string', val=None):
    a = f' table:number-columns-spanned="{span}"' if span else ''
    if typ == 'float':
        return f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{val}"{a}><text:p>{e(text)}</text:p></table:table-cell>'
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{a}><text:p>{e(text)}</text:p></table:table-cell>'


def row(cells, h=None):
    hs = f' table:style-name="{h}"' if h else ''
    return f'<table:table-row{hs}>' + ''.join(cells) + '</table:table-row>\n'

cov = '<table:covered-table-cell/>'
R = ''
R += row([cell('Allegato A alla deliberazione della Giunta comunale n. 44 del 10.03.2026', 'Cnote', 6)] + [cov]*5)
R += row([cell('', 'Cnote', 6)] + [cov]*5)
R += row([cell("TARIFFE PER L'UTILIZZO DEGLI IMPIANTI SPORTIVI E DELLE SALE COMUNALI – ANNO 2026", 'Ctitle', 6)] + [cov]*5, 'Rtitle')
R += row([cell('(importi in euro, IVA 22% inclusa)', 'Cnote', 6)] + [cov]*5)
R += row([cell(h, 'Chead') for h in ['N.', 'Impianto', 'Tipologia di utenza', 'Unità di misura', 'Tariffa 2025', 'Tariffa 2026']], 'Rhead')
for i, (a, b, u, t25, t26) in enumerate(rows, 1):
    R += row([cell(str(i), 'Cint', typ='float', val=i), cell(a), cell(b), cell(u, 'Ccenter'),
              cell(t25, 'Cnum', typ='float', val=t25.replace(',', '.')), cell(t26, 'Cnum', typ='float', val=t26.replace(',', '.'))])
R += row([cell('', 'Cnote', 6)] + [cov]*5)
R += row([cell("Le tariffe si applicano dal 1° aprile 2026. Sono esenti le scuole del territorio per l'attività curricolare e le iniziative patrocinate dal Comune.", 'Cnote', 6)] + [cov]*5)
R += row([cell("Le tariffe orarie sono frazionabili per mezz'ora. Il versamento avviene tramite pagoPA prima dell'utilizzo.", 'Cnote', 6)] + [cov]*5)

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="Carlito" svg:font-family="Carlito"/></office:font-face-decls>
<office:styles>
 <style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Carlito" fo:font-size="10pt" fo:language="it" fo:country="IT"/></style:style>
 <number:number-style style:name="N2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.9cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/></style:style>
 <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.7cm"/></style:style>
 <style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="2.1cm"/></style:style>
 <style:style style:name="Rtitle" style:family="table-row"><style:table-row-properties style:row-height="0.9cm"/></style:style>
 <style:style style:name="Rhead" style:family="table-row"><style:table-row-properties style:row-height="0.8cm"/></style:style>
 <style:style style:name="Cbody" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
 <style:style style:name="Ccenter" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Cnum" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Cint" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Chead" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#c6d9f1" style:vertical-align="middle" fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ctitle" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Cnote" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="ta1" style:family="table" style:master-page-name="PM1"><style:table-properties table:display="true"/></style:style>
 <style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:scale-to="100%" style:print="grid"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="PM1" style:page-layout-name="pl1">
  <style:header><style:region-left><text:p>COMUNE DI PRIMIERO SAN MARTINO DI CASTROZZA</text:p><text:p>Provincia autonoma di Trento</text:p></style:region-left><style:region-right><text:p>Tariffe impianti 2026</text:p></style:region-right></style:header>
  <style:footer><style:region-left><text:p>Tariffe_impianti_2026.xlsx</text:p></style:region-left><style:region-right><text:p>Pagina <text:page-number>1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:region-right></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Tariffe 2026" table:style-name="ta1">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/><table:table-column table:style-name="co5" table:number-columns-repeated="2"/>
{R}</table:table>
</office:spreadsheet></office:body></office:document>
'''
open(sys.argv[1], 'w', encoding='utf-8').write(doc)
