# Allegato A of a Conselve determinazione: a spreadsheet (flat ODS, as if
# kept in Excel/Calc by the Servizio Sport) printed to PDF by LibreOffice
# Calc (build.sh): title rows, a bordered grid with formulas, totals row,
# page header and footer from the sheet's print settings.
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]
rows = [
    ('A.S.D. Conselve Calcio 1921', '92014560281', 28, 18, 12, 'Calcio giovanile'),
    ('Polisportiva Terme Bagnoli-Conselve', '80019230286', 24, 15, 10, 'Multisport'),
    ('A.S.D. Volley Conselvano', '92187410287', 22, 16, 9, 'Pallavolo'),
    ('G.S. Ciclisti Conselvani', '92033120289', 14, 10, 8, 'Ciclismo'),
    ('A.S.D. Judo Club Bassa Padovana', '92240050286', 17, 12, 6, 'Judo'),
    ('Tennis Club Conselve A.S.D.', '92099870283', 12, 9, 5, 'Tennis'),
    ('A.S.D. Atletica Conselve', '92126610286', 19, 14, 7, 'Atletica leggera'),
    ('Basket Conselve A.S.D.', '92301440285', 16, 11, 8, 'Pallacanestro'),
    ('A.S.D. Ginnastica Ritmica Arcobaleno', '92277010287', 21, 13, 9, 'Ginnastica'),
    ('Bocciofila Conselvana A.S.D.', '80031290284', 8, 7, 4, 'Bocce'),
    ('A.S.D. Nuoto Pontecasale', '92318630282', 11, 8, 6, 'Nuoto'),
    ('Circolo Scacchistico Conselvano', '92160230280', 6, 5, 3, 'Scacchi'),
]
FUND = 24000.0


def cell_s(text, style='Cell'):
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p>{e(text)}</text:p></table:table-cell>'


def cell_n(v, style='CellN'):
    return f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'


def cell_f(formula, v, style, fmt='float'):
    if fmt == 'currency':
        return (f'<table:table-cell table:style-name="{style}" table:formula="of:{e(formula)}" office:value-type="currency" '
                f'office:currency="EUR" office:value="{v:.2f}"><text:p>{v:.2f}</text:p></table:table-cell>')
    return f'<table:table-cell table:style-name="{style}" table:formula="of:{e(formula)}" office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'


def empty(n=1, style=None):
    s = f' table:style-name="{style}"' if style else ''
    return f'<table:table-cell{s} table:number-columns-repeated="{n}"/>' if n > 1 else f'<table:table-cell{s}/>'


R = []
R.append('<table:table-row table:style-name="RT">' + cell_s('COMUNE DI CONSELVE – Provincia di Padova', 'Title') + empty(8) + '</table:table-row>')
R.append('<table:table-row>' + cell_s('Area Servizi alla Persona – Servizio Sport e Associazionismo', 'Sub') + empty(8) + '</table:table-row>')
R.append('<table:table-row>' + cell_s('ALLEGATO A alla determinazione n. 88 del 10/03/2026 – Contributi ordinari alle associazioni sportive, stagione 2025/2026 – Riparto', 'Sub2') + empty(8) + '</table:table-row>')
R.append('<table:table-row>' + empty(9) + '</table:table-row>')
hdr = ['N.', 'Associazione', 'Codice fiscale', 'Disciplina', 'Punti A\n(iscritti)', 'Punti B\n(attività)', 'Punti C\n(giovanili)', 'Totale punti', 'Contributo €']
R.append('<table:table-row table:style-name="RH">' + ''.join(
    f'<table:table-cell table:style-name="Hdr" office:value-type="string">' + ''.join(f'<text:p>{e(x)}</text:p>' for x in h.split('\n')) + '</table:table-cell>'
    for h in hdr) + '</table:table-row>')
first = 6
tot = sum(a + b + c for _, _, a, b, c, _ in rows)
last = first + len(rows) - 1
for i, (n, cf, a, b, c, d) in enumerate(rows):
    r = first + i
    t = a + b + c
    contrib = round(FUND * t / tot, 2)
    R.append('<table:table-row>' + cell_n(i + 1, 'CellC') + cell_s(n) + cell_s(cf, 'CellC') + cell_s(d) +
             cell_n(a) + cell_n(b) + cell_n(c) + cell_f(f'SUM([.E{r}:.G{r}])', t, 'CellN') +
             cell_f(f'ROUND({FUND}*[.H{r}]/[.H{last + 1}];2)', contrib, 'CellE', 'currency') + '</table:table-row>')
sa = sum(r[2] for r in rows); sb = sum(r[3] for r in rows); sc = sum(r[4] for r in rows)
R.append('<table:table-row>' + cell_s('', 'Tot') + cell_s('TOTALE', 'Tot') + cell_s('', 'Tot') + cell_s('', 'Tot') +
         cell_f(f'SUM([.E{first}:.E{last}])', sa, 'TotN') + cell_f(f'SUM([.F{first}:.F{last}])', sb, 'TotN') +
         cell_f(f'SUM([.G{first}:.G{last}])', sc, 'TotN') + cell_f(f'SUM([.H{first}:.H{last}])', tot, 'TotN') +
         cell_f(f'SUM([.I{first}:.I{last}])', FUND, 'TotE', 'currency') + '</table:table-row>')
R.append('<table:table-row>' + empty(9) + '</table:table-row>')
for note in ['Criteri (deliberazione G.C. n. 21 del 12/02/2026): A = numero iscritti tesserati; B = attività svolta e manifestazioni organizzate sul territorio;',
             'C = attività giovanile (under 18). Il contributo è ripartito in proporzione al totale dei punti sullo stanziamento di € 24.000,00 (cap. 6230/1 bilancio 2026).',
             'Il Responsabile del Servizio: Dott. Enrico Magagna']:
    R.append('<table:table-row>' + cell_s(note, 'Note') + empty(8) + '</table:table-row>')

cols = [('c0', '0.9cm'), ('c1', '6.6cm'), ('c2', '2.7cm'), ('c3', '3.2cm'), ('c4', '1.8cm'), ('c5', '1.8cm'), ('c6', '1.8cm'), ('c7', '2.0cm'), ('c8', '2.8cm')]
colstyles = ''.join(f'<style:style style:name="{n}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for n, w in cols)
colsxml = ''.join(f'<table:table-column table:style-name="{n}"/>' for n, _ in cols)
B = 'fo:border="0.5pt solid #000000"'
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>
 <style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="9pt" fo:language="it" fo:country="IT"/></style:default-style>
 <number:currency-style style:name="EURO" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="it" number:country="IT">€</number:currency-symbol></number:currency-style>
</office:styles>
<office:automatic-styles>
 {colstyles}
 <style:style style:name="RT" style:family="table-row"><style:table-row-properties style:row-height="0.7cm"/></style:style>
 <style:style style:name="RH" style:family="table-row"><style:table-row-properties style:row-height="0.95cm"/></style:style>
 <style:style style:name="Title" style:family="table-cell"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sub" style:family="table-cell"><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Sub2" style:family="table-cell"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Hdr" style:family="table-cell"><style:table-cell-properties {B} fo:background-color="#c6d9f1" style:vertical-align="middle" fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties {B}/></style:style>
 <style:style style:name="CellC" style:family="table-cell"><style:table-cell-properties {B}/><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties {B}/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="CellE" style:family="table-cell" style:data-style-name="EURO"><style:table-cell-properties {B}/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Tot" style:family="table-cell"><style:table-cell-properties {B} fo:background-color="#eeeeee"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TotN" style:family="table-cell"><style:table-cell-properties {B} fo:background-color="#eeeeee"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TotE" style:family="table-cell" style:data-style-name="EURO"><style:table-cell-properties {B} fo:background-color="#eeeeee"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Note" style:family="table-cell"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>
 <style:page-layout style:name="pl1"><style:page-layout-properties style:print-orientation="landscape" fo:page-width="29.7cm" fo:page-height="21cm"
   fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:print="grid-none"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="PM" style:page-layout-name="pl1">
  <style:header><style:region-left><text:p>riparto_contributi_sport_2026.xlsx</text:p></style:region-left><style:region-right><text:p><text:sheet-name>Riparto</text:sheet-name></text:p></style:region-right></style:header>
  <style:footer><text:p>Pagina <text:page-number>1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Riparto" table:style-name="ta1">
{colsxml}
{''.join(R)}
</table:table>
</office:spreadsheet></office:body></office:document>
'''
open(out, 'w', encoding='utf-8').write(doc)
