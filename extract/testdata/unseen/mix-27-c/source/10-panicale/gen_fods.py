# Writes allegato-panicale.fods (flat ODF spreadsheet): Allegato A) to a Giunta deliberation of the Comune di Panicale,
# the 2026 fees of the services "a domanda individuale", kept as a Calc sheet the way Umbrian offices' regional
# suite (Umbria Digitale) templates lay them out; printed to PDF by LibreOffice Calc (see build.sh).
from xml.sax.saxutils import escape as e

ROWS = [
    ('Mensa scolastica – scuola dell\'infanzia', 'pasto', 4.20, 4.40),
    ('Mensa scolastica – scuola primaria', 'pasto', 4.50, 4.70),
    ('Mensa scolastica – riduzione 2° figlio', 'pasto', 3.60, 3.80),
    ('Trasporto scolastico – tariffa annua', 'alunno/anno', 240.00, 250.00),
    ('Trasporto scolastico – solo andata o ritorno', 'alunno/anno', 150.00, 155.00),
    ('Pre-scuola', 'alunno/mese', 18.00, 20.00),
    ('Centro estivo comunale', 'settimana', 55.00, 60.00),
    ('Uso Teatro Cesare Caporali – intera giornata', 'giorno', 320.00, 340.00),
    ('Uso Teatro Cesare Caporali – mezza giornata', 'mezza giornata', 180.00, 190.00),
    ('Uso sala polivalente di Tavernelle', 'ora', 15.00, 16.00),
    ('Impianti sportivi – campo di calcio con illuminazione', 'ora', 45.00, 48.00),
    ('Impianti sportivi – palestra comunale', 'ora', 22.00, 24.00),
    ('Celebrazione matrimoni civili – sala consiliare (residenti)', 'evento', 100.00, 100.00),
    ('Celebrazione matrimoni civili – sala consiliare (non residenti)', 'evento', 300.00, 350.00),
    ('Lampade votive – canone annuo', 'lampada', 16.00, 17.00),
]


def s(text, style='Cell'):
    return '<table:table-cell table:style-name="%s" office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (style, e(text))


def n(v, style='Eur'):
    return '<table:table-cell table:style-name="%s" office:value-type="currency" office:currency="EUR" office:value="%.2f"><text:p>€ %s</text:p></table:table-cell>' % (
        style, v, ('%.2f' % v).replace('.', ','))


def pct(a, b):
    v = (b - a) / a
    return '<table:table-cell table:style-name="Pct" office:value-type="percentage" office:value="%.4f"><text:p>%s%%</text:p></table:table-cell>' % (
        v, ('%.1f' % (v * 100)).replace('.', ','))


def row(cells, h=None):
    return '<table:table-row%s>%s</table:table-row>\n' % (' table:style-name="%s"' % h if h else '', ''.join(cells))


def empty(k=1):
    return '<table:table-cell table:number-columns-repeated="%d"/>' % k if k > 1 else '<table:table-cell/>'


body = ''
body += row([s('COMUNE DI PANICALE', 'Title'), empty(4)])
body += row([s('Provincia di Perugia', 'Sub'), empty(4)])
body += row([empty(5)])
body += row([s('Allegato A) alla deliberazione della Giunta Comunale n. 44 del 30/04/2026', 'Bold'), empty(4)])
body += row([s('TARIFFE DEI SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – ANNO 2026', 'Bold'), empty(4)])
body += row([empty(5)])
body += row([s('Servizio', 'Head'), s('Unità di misura', 'Head'), s('Tariffa 2025', 'Head'), s('Tariffa 2026', 'Head'), s('Var. %', 'Head')])
for a, u, t1, t2 in ROWS:
    body += row([s(a), s(u), n(t1), n(t2), pct(t1, t2)])
body += row([empty(5)])
body += row([s('Tariffe IVA inclusa ove dovuta. Le riduzioni ISEE per mensa e trasporto restano disciplinate dal Regolamento comunale vigente.', 'Note'), empty(4)])
body += row([empty(5)])
body += row([s('PROSPETTO DI COPERTURA DEI COSTI (art. 6 D.L. 55/1983)', 'Bold'), empty(4)])
body += row([s('Servizio', 'Head'), s('Entrate previste', 'Head'), s('Costi previsti', 'Head'), s('% copertura', 'Head'), empty()])
cov = [('Mensa scolastica', 118500.00, 171300.00), ('Trasporto scolastico', 41200.00, 96800.00), ('Centro estivo e pre-scuola', 14600.00, 22900.00),
       ('Teatro, sale e impianti sportivi', 21900.00, 58400.00), ('Lampade votive', 27200.00, 19800.00)]
te = tc = 0
for a, en, co in cov:
    te += en; tc += co
    body += row([s(a), n(en), n(co), '<table:table-cell table:style-name="Pct" office:value-type="percentage" office:value="%.4f"><text:p>%s%%</text:p></table:table-cell>' % (en / co, ('%.2f' % (en / co * 100)).replace('.', ',')), empty()])
body += row([s('TOTALE', 'Head'), n(te, 'EurB'), n(tc, 'EurB'),
             '<table:table-cell table:style-name="PctB" office:value-type="percentage" office:value="%.4f"><text:p>%s%%</text:p></table:table-cell>' % (te / tc, ('%.2f' % (te / tc * 100)).replace('.', ',')), empty()])
body += row([empty(5)])
body += row([s('Il Responsabile dell\'Area Economico-Finanziaria – Dott.ssa Silvia Brunozzi', 'Note'), empty(4)])

FODS = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Allegato A - Tariffe servizi a domanda individuale 2026</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:language="it" fo:country="IT"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <number:currency-style style:name="NEur" number:language="it" number:country="IT"><number:currency-symbol number:language="it" number:country="IT">€</number:currency-symbol><number:text> </number:text><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>
 <number:percentage-style style:name="NPct1" number:language="it" number:country="IT"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <number:percentage-style style:name="NPct2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="9.4cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:padding="0.05cm"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#c6d9f0" fo:padding="0.05cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Eur" style:family="table-cell" style:data-style-name="NEur"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="EurB" style:family="table-cell" style:data-style-name="NEur"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#c6d9f0" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Pct" style:family="table-cell" style:data-style-name="NPct1"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="PctB" style:family="table-cell" style:data-style-name="NPct2"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#c6d9f0" fo:padding="0.05cm"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Title" style:family="table-cell"><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f497d"/></style:style>
 <style:style style:name="Sub" style:family="table-cell"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Bold" style:family="table-cell"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Note" style:family="table-cell"><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:style style:name="ta1" style:family="table" style:master-page-name="PageA"><style:table-properties table:display="true"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
   fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.2cm" style:print="grid-off charts drawings objects zero-values" style:scale-to-X="1" style:scale-to-Y="1"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PageA" style:page-layout-name="pm1">
 <style:header><style:region-left><text:p>Comune di Panicale</text:p></style:region-left><style:region-right><text:p>Allegato A) – Delib. G.C. n. 44/2026</text:p></style:region-right></style:header>
 <style:footer><style:region-left><text:p>Tariffe 2026.ods</text:p></style:region-left><style:region-right><text:p>Pagina <text:page-number>1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:region-right></style:footer>
</style:master-page></office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="Tariffe 2026" table:style-name="ta1">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3" table:number-columns-repeated="2"/><table:table-column table:style-name="co5"/>
''' + body + '''</table:table></office:spreadsheet></office:body></office:document>
'''
open('allegato-panicale.fods', 'w').write(FODS)
