# Comune di Gradisca d'Isonzo - annex A to a Giunta deliberation: the tariff sheet kept by the
# Ufficio Cultura as a spreadsheet (laid out as the office's Excel workbook: title rows, merged
# header, gridded table, notes, "Foglio1" footer). Written as flat ODS (.fods), printed by LibreOffice Calc.
import sys
from xml.sax.saxutils import escape as E
out = sys.argv[1]

def c(v, st="Cell", span=1, num=False):
    a = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
    if num:
        return '<table:table-cell table:style-name="%s" office:value-type="float" office:value="%s"%s><text:p>%s</text:p></table:table-cell>' % (st, v, a, ("%.2f" % v).replace(".", ","))
    return '<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p>%s</text:p></table:table-cell>' % (st, a, E(v)) + ('<table:covered-table-cell/>' * (span - 1))

rows = []
def R(*cells, h=None):
    rows.append('<table:table-row%s>%s</table:table-row>' % (' table:style-name="%s"' % h if h else "", "".join(cells)))

R(c("COMUNE DI GRADISCA D'ISONZO", "Title", 6), h="rT")
R(c("Regione Autonoma Friuli Venezia Giulia – Ufficio Cultura, Sport e Associazionismo", "Sub", 6))
R(c("", "Plain", 6))
R(c("ALLEGATO A) alla deliberazione della Giunta Comunale n. 29 del 19/03/2026", "Bold", 6))
R(c("TARIFFE PER L'UTILIZZO DELLE SALE E DEGLI SPAZI COMUNALI – ANNO 2026 (importi IVA inclusa)", "Bold", 6))
R(c("", "Plain", 6))
R(c("N.", "Head"), c("Sala / spazio", "Head"), c("Capienza", "Head"), c("Mezza giornata (€)", "Head"), c("Giornata intera (€)", "Head"), c("Associazioni locali (€)", "Head"), h="rH")
data = [
 (1, "Sala Bergamas – Palazzo Torriani", "99", 120.00, 200.00, 40.00),
 (2, "Sala consiliare (solo convegni)", "60", 90.00, 150.00, 30.00),
 (3, "Auditorium Biagio Marin", "180", 250.00, 420.00, 90.00),
 (4, "Sala espositiva Galleria Spazzapan – piano terra", "–", 80.00, 130.00, 25.00),
 (5, "Cortile di Palazzo Torriani", "300", 150.00, 260.00, 60.00),
 (6, "Spalti e giardino del Castello", "500", 200.00, 350.00, 70.00),
 (7, "Sala riunioni Casa delle Associazioni", "30", 25.00, 40.00, 0.00),
 (8, "Palestra scuola primaria (uso extrascolastico, tariffa oraria)", "–", 18.00, 18.00, 9.00),
]
for n, s, cap, a, b, d in data:
    R(c(str(n), "CellC"), c(s), c(cap, "CellC"), c(a, "Num", num=True), c(b, "Num", num=True), c(d, "Num", num=True))
R(c("", "Plain", 6))
for nt in ["Note:",
           "a) La tariffa \"Associazioni locali\" si applica alle associazioni iscritte all'Albo comunale delle associazioni per iniziative senza scopo di lucro.",
           "b) Per l'uso della palestra la tariffa è oraria; le società sportive convenzionate sono esentate ai sensi della convenzione vigente.",
           "c) È dovuto un deposito cauzionale di € 100,00 per l'Auditorium e per gli spalti del Castello, restituito dopo la verifica dei locali.",
           "d) L'utilizzo è gratuito per le iniziative patrocinate dal Comune e per le riunioni dei partiti nei 45 giorni precedenti le consultazioni elettorali."]:
    R(c(nt, "Note", 6))

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Tariffe sale 2026.xlsx</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="table-cell"><style:text-properties style:font-name="Carlito" fo:font-size="10pt" fo:language="it" fo:country="IT"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <number:number-style style:name="N2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.9cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="7.6cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
 <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="rT" style:family="table-row"><style:table-row-properties style:row-height="0.8cm"/></style:style>
 <style:style style:name="rH" style:family="table-row"><style:table-row-properties style:row-height="0.95cm"/></style:style>
 <style:style style:name="Title" style:family="table-cell"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sub" style:family="table-cell"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Plain" style:family="table-cell"/>
 <style:style style:name="Bold" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="10.5pt"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="9pt"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap"/></style:style>
 <style:style style:name="CellC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Num" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Note" style:family="table-cell"><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>
 <style:page-layout style:name="pl1"><style:page-layout-properties style:print="grid charts drawings objects zero-values" fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm" style:scale-to="100%"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PM" style:page-layout-name="pl1">
 <style:header style:display="false"/>
 <style:footer><style:region-left><text:p>Foglio1</text:p></style:region-left><style:region-right><text:p>Pagina <text:page-number>1</text:page-number></text:p></style:region-right></style:footer>
</style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Foglio1" table:style-name="ta1">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co4" table:number-columns-repeated="3"/>
''' + "\n".join(rows) + '''
</table:table></office:spreadsheet></office:body></office:document>'''
open(out, "w", encoding="utf-8").write(doc)
