# Comune di Città della Pieve - annex to a determinazione: the list of
# beneficiaries of the rent-support contribution, kept as a spreadsheet
# (.fods) and printed to PDF by LibreOffice Calc.
import sys, random
from xml.sax.saxutils import escape

random.seed(2604)
rows = []
tot = 0.0
for i in range(1, 39):
    prot = 3120 + i * 37 + random.randint(0, 20)
    day = 2 + (i * 3) % 27
    isee = round(random.uniform(2100, 14900), 2)
    fascia = 'A' if isee <= 7000 else 'B'
    canone = random.choice([3600, 4200, 4800, 5400, 6000, 6600])
    contrib = float(round(min(canone * (0.42 if fascia == "A" else 0.27), 2400.0), 2))
    tot += contrib
    rows.append([str(i), f'{prot}', f'{day:02d}/03/2026', f'CP-2026-{i:03d}', isee, fascia, float(canone), contrib])

def it(x):
    s = f'{x:,.2f}'
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')

def cell(v, st='ce'):
    if isinstance(v, float):
        return f'<table:table-cell table:style-name="{st}n" office:value-type="float" office:value="{v}"><text:p>{it(v)}</text:p></table:table-cell>'
    return f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'

hdr = ['N.', 'Prot. domanda', 'Data domanda', 'Codice richiedente', 'ISEE (€)', 'Fascia', 'Canone annuo (€)', 'Contributo (€)']
body = ['<table:table-row>' + ''.join(cell(h, 'hd') for h in hdr) + '</table:table-row>']
for r in rows:
    body.append('<table:table-row>' + ''.join(cell(v) for v in r) + '</table:table-row>')
body.append('<table:table-row>' + cell('', 'hd') * 6 + cell('TOTALE', 'hd') + cell(round(tot, 2), 'hd') + '</table:table-row>')

title1 = 'COMUNE DI CITTÀ DELLA PIEVE'
title2 = 'Allegato A alla determinazione n. 198 del 21/04/2026 – Area Amministrativa – Servizi Sociali'
title3 = 'FONDO PER IL SOSTEGNO ALL\'ACCESSO ALLE ABITAZIONI IN LOCAZIONE – ANNO 2025 – ELENCO DEI BENEFICIARI AMMESSI'
pre = [f'<table:table-row><table:table-cell table:style-name="t1" table:number-columns-spanned="8" office:value-type="string"><text:p>{escape(title1)}</text:p></table:table-cell></table:table-row>',
       f'<table:table-row><table:table-cell table:style-name="t2" table:number-columns-spanned="8" office:value-type="string"><text:p>{escape(title2)}</text:p></table:table-cell></table:table-row>',
       f'<table:table-row><table:table-cell table:style-name="t3" table:number-columns-spanned="8" office:value-type="string"><text:p>{escape(title3)}</text:p></table:table-cell></table:table-row>',
       '<table:table-row><table:table-cell/></table:table-row>']
post = ['<table:table-row><table:table-cell/></table:table-row>',
        '<table:table-row><table:table-cell table:style-name="nt" table:number-columns-spanned="8" office:value-type="string"><text:p>'
        + escape('Nel rispetto del Regolamento (UE) 2016/679 i richiedenti sono indicati con il codice attribuito alla domanda. '
                 'Fascia A: ISEE fino a € 7.000,00 (contributo pari al 42% del canone); fascia B: ISEE da € 7.000,01 a € 15.000,00 (27%).')
        + '</text:p></table:table-cell></table:table-row>']
widths = [1.0, 2.2, 2.3, 3.2, 2.3, 1.4, 2.8, 2.6]
cols = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(8))
colst = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Allegato A - det. 198/2026</dc:title></office:meta>
<office:styles>
 <style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="9pt" fo:language="it" fo:country="IT"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <number:number-style style:name="N2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 {colst}
 <style:style style:name="ce" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
 <style:style style:name="cen" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="hd" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9" fo:wrap-option="wrap" fo:padding="0.05cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="hdn" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="t1" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="t2" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="t3" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="nt" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Default" style:page-layout-name="pm1">
  <style:header><style:region-left><text:p>Determinazione n. 198/2026</text:p></style:region-left><style:region-right><text:p>Allegato A</text:p></style:region-right></style:header>
  <style:footer><text:p>Pagina <text:page-number>1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Beneficiari" table:print="true">{cols}
{''.join(pre)}
{''.join(body)}
{''.join(post)}
</table:table>
</office:spreadsheet></office:body></office:document>
'''
open(sys.argv[1], 'w', encoding='utf-8').write(doc)
print(f'totale {it(tot)}', file=sys.stderr)
