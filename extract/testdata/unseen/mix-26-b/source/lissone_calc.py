# Comune di Lissone - annex (schedule of cemetery tariffs) kept by the office as a LibreOffice Calc sheet
# and exported to PDF. This script writes a flat ODS (.fods); build.sh converts it with soffice.
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]
rows = [
    ("A", "CONCESSIONI CIMITERIALI", None, None, None),
    ("A.1", "Loculo individuale \u2013 concessione 40 anni \u2013 file 1\u00aa e 5\u00aa", "cad.", 2850.00, 2950.00),
    ("A.2", "Loculo individuale \u2013 concessione 40 anni \u2013 file 2\u00aa, 3\u00aa e 4\u00aa", "cad.", 3400.00, 3520.00),
    ("A.3", "Cinerario/ossario \u2013 concessione 30 anni", "cad.", 780.00, 810.00),
    ("A.4", "Area per tomba di famiglia (fino a 8 posti) \u2013 99 anni", "mq", 1650.00, 1710.00),
    ("A.5", "Rinnovo concessione loculo per ulteriori 20 anni", "cad.", 1200.00, 1240.00),
    ("B", "OPERAZIONI CIMITERIALI", None, None, None),
    ("B.1", "Inumazione in campo comune (adulti)", "cad.", 320.00, 330.00),
    ("B.2", "Tumulazione in loculo", "cad.", 260.00, 270.00),
    ("B.3", "Tumulazione di urna cineraria o cassetta ossario", "cad.", 95.00, 100.00),
    ("B.4", "Esumazione ordinaria con raccolta resti", "cad.", 290.00, 300.00),
    ("B.5", "Estumulazione ordinaria con raccolta resti", "cad.", 310.00, 320.00),
    ("B.6", "Dispersione delle ceneri nel Giardino delle Rimembranze", "cad.", 150.00, 155.00),
    ("C", "SERVIZI DIVERSI", None, None, None),
    ("C.1", "Illuminazione votiva \u2013 canone annuo per punto luce", "anno", 18.50, 19.00),
    ("C.2", "Allacciamento nuovo punto luce votivo", "cad.", 25.00, 26.00),
    ("C.3", "Diritti per autorizzazione al trasporto funebre fuori Comune", "cad.", 60.00, 60.00),
]


def cell(v, style, vt="string"):
    if v is None:
        return '<table:table-cell table:style-name="%s"/>' % style
    if vt == "float":
        return ('<table:table-cell table:style-name="%s" office:value-type="float" office:value="%.2f">'
                '<text:p>%s</text:p></table:table-cell>') % (style, v, ("%.2f" % v).replace(".", ","))
    return '<table:table-cell table:style-name="%s" office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (style, e(v))


trs = []
trs.append('<table:table-row table:style-name="rh">' + cell("ALLEGATO A alla deliberazione di Giunta Comunale n. 52 del 10/03/2026", "title") + '<table:covered-table-cell/>' * 4 + '</table:table-row>')
trs.append('<table:table-row>' + cell("TARIFFE DEI SERVIZI CIMITERIALI \u2013 ANNO 2026", "title2") + '<table:covered-table-cell/>' * 4 + '</table:table-row>')
trs.append('<table:table-row>' + cell("", "plain") * 5 + '</table:table-row>')
trs.append('<table:table-row>' + "".join(cell(x, "hdr") for x in ("Cod.", "Descrizione", "U.M.", "Tariffa 2025 (\u20ac)", "Tariffa 2026 (\u20ac)")) + '</table:table-row>')
for code, desc, um, t25, t26 in rows:
    if um is None:
        trs.append('<table:table-row>' + cell(code, "sec") + cell(desc, "sec") + cell("", "sec") * 3 + '</table:table-row>')
    else:
        trs.append('<table:table-row>' + cell(code, "c") + cell(desc, "d") + cell(um, "c") + cell(t25, "n", "float") + cell(t26, "n", "float") + '</table:table-row>')
trs.append('<table:table-row>' + cell("", "plain") * 5 + '</table:table-row>')
trs.append('<table:table-row>' + cell("Le tariffe si intendono IVA esclusa ove dovuta. Per i residenti con ISEE inferiore a \u20ac 9.000,00 le tariffe delle operazioni di cui alla sezione B sono ridotte del 50%.", "note") + '<table:covered-table-cell/>' * 4 + '</table:table-row>')

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:language="it" fo:country="IT"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <number:number-style style:name="N2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.3cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="10.2cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.4cm"/></style:style>
 <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="rh" style:family="table-row"><style:table-row-properties style:row-height="0.8cm"/></style:style>
 <style:style style:name="title" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="title2" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="plain" style:family="table-cell"/>
 <style:style style:name="hdr" style:family="table-cell"><style:table-cell-properties fo:background-color="#c6d9f0" fo:border="0.6pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="sec" style:family="table-cell"><style:table-cell-properties fo:background-color="#eeeeee" fo:border="0.6pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="c" style:family="table-cell"><style:table-cell-properties fo:border="0.6pt solid #000000"/><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="d" style:family="table-cell"><style:table-cell-properties fo:border="0.6pt solid #000000" fo:wrap-option="wrap"/></style:style>
 <style:style style:name="n" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border="0.6pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="note" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.2cm" style:scale-to="100%"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Default" style:page-layout-name="pm1">
  <style:header><style:region-left><text:p>COMUNE DI LISSONE</text:p><text:p>Provincia di Monza e della Brianza</text:p></style:region-left><style:region-right><text:p>Settore Servizi Demografici \u2013 Servizi Cimiteriali</text:p></style:region-right></style:header>
  <style:footer><style:region-left><text:p>tariffe_cimiteriali_2026.ods</text:p></style:region-left><style:region-right><text:p>Pagina <text:page-number>1</text:page-number></text:p></style:region-right></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Tariffe 2026" table:style-name="ta1">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/>
<table:table-column table:style-name="co4" table:number-columns-repeated="2"/>
''' + "\n".join(trs).replace('table:style-name="title" office:value-type="string">', 'table:style-name="title" office:value-type="string" table:number-columns-spanned="5">').replace('table:style-name="title2" office:value-type="string">', 'table:style-name="title2" office:value-type="string" table:number-columns-spanned="5">').replace('table:style-name="note" office:value-type="string">', 'table:style-name="note" office:value-type="string" table:number-columns-spanned="5">') + '''
</table:table>
</office:spreadsheet></office:body></office:document>
'''
open(out, "w", encoding="utf-8").write(doc)
