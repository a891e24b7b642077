# Annex of the Comune di Aldeno (TN): "Allegato A" graduatoria of the municipal
# allotments (orti comunali), as printed from an Excel sheet: cell grid, bold
# header row, sheet header/footer. Written as a flat ODS (.fods) and printed to
# PDF by LibreOffice Calc (build.sh).
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]
rows = [
 ("1", "6731", "03/03/2026", "B. M.", "Via Roma", "72", "36", "Ammesso – lotto 4"),
 ("2", "6804", "04/03/2026", "C. A.", "Via Dos di Fontana", "70", "30", "Ammesso – lotto 11"),
 ("3", "6650", "02/03/2026", "D. L. R.", "Via Giovanni Prati", "68", "28", "Ammesso – lotto 2"),
 ("4", "7012", "09/03/2026", "F. G.", "Piazza Cesare Battisti", "66", "30", "Ammesso – lotto 7"),
 ("5", "6899", "05/03/2026", "G. S.", "Via Giacomo Matteotti", "63", "25", "Ammesso – lotto 15"),
 ("6", "7130", "11/03/2026", "M. P.", "Via Alcide Degasperi", "61", "25", "Ammesso – lotto 9"),
 ("7", "7158", "11/03/2026", "N. E.", "Via Roma", "58", "20", "Ammesso – lotto 1"),
 ("8", "7201", "12/03/2026", "P. F.", "Via Sant'Antonio", "55", "20", "Ammesso – lotto 13"),
 ("9", "7266", "13/03/2026", "R. C.", "Via del Pozzo", "52", "18", "Ammesso – lotto 6"),
 ("10", "7302", "16/03/2026", "S. D.", "Via Dos di Fontana", "50", "15", "Ammesso – lotto 3"),
 ("11", "7345", "16/03/2026", "T. I.", "Via Giovanni Prati", "47", "15", "Ammesso – lotto 10"),
 ("12", "7389", "17/03/2026", "V. O.", "Via Cimitero", "45", "12", "Ammesso – lotto 14"),
 ("13", "7411", "18/03/2026", "Z. A.", "Via Roma", "44", "12", "Ammesso – lotto 5"),
 ("14", "7450", "19/03/2026", "B. R.", "Via Giacomo Matteotti", "41", "10", "Ammesso – lotto 8"),
 ("15", "7498", "20/03/2026", "C. M.", "Via del Pozzo", "40", "10", "Ammesso – lotto 12"),
 ("16", "7533", "23/03/2026", "F. L.", "Via Alcide Degasperi", "38", "8", "In lista d'attesa"),
 ("17", "7580", "24/03/2026", "L. N.", "Via Sant'Antonio", "35", "8", "In lista d'attesa"),
 ("18", "7611", "25/03/2026", "M. T.", "Via Cimitero", "31", "5", "In lista d'attesa"),
 ("19", "7702", "27/03/2026", "P. G.", "Via Roma", "—", "—", "Escluso (art. 4, c. 2: non residente)"),
]
hdr = ("N.", "Prot. n.", "Data prot.", "Richiedente", "Indirizzo (Aldeno)", "Punteggio totale", "di cui età/ISEE", "Esito")

def cell(v, style, num=False):
    if num and v.isdigit():
        return '<table:table-cell table:style-name="%s" office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (style, v, v)
    return '<table:table-cell table:style-name="%s" office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (style, e(v))

def span(v, style, n):
    return ('<table:table-cell table:style-name="%s" office:value-type="string" table:number-columns-spanned="%d"><text:p>%s</text:p></table:table-cell>' % (style, n, e(v))
            + '<table:covered-table-cell/>' * (n - 1))

body = []
body.append('<table:table-row table:style-name="ro2">' + span("COMUNE DI ALDENO", "ctitle", 8) + '</table:table-row>')
body.append('<table:table-row>' + span("Provincia autonoma di Trento – Servizio Segreteria e Patrimonio", "csub", 8) + '</table:table-row>')
body.append('<table:table-row>' + span("", "plain", 8) + '</table:table-row>')
body.append('<table:table-row>' + span("Allegato A) alla determinazione del Segretario comunale n. 88 del 17/04/2026", "cbold", 8) + '</table:table-row>')
body.append('<table:table-row table:style-name="ro3">' + span("GRADUATORIA PROVVISORIA PER L'ASSEGNAZIONE DEGLI ORTI COMUNALI DI VIA DEL POZZO – ANNO 2026", "cbig", 8) + '</table:table-row>')
body.append('<table:table-row>' + span("", "plain", 8) + '</table:table-row>')
body.append('<table:table-row table:style-name="ro3">' + "".join(cell(h, "th") for h in hdr) + '</table:table-row>')
for r in rows:
    body.append('<table:table-row>' + "".join(cell(v, "td" if i not in (0, 5, 6) else "tdc", num=i in (0, 5, 6)) for i, v in enumerate(r)) + '</table:table-row>')
body.append('<table:table-row>' + span("", "plain", 8) + '</table:table-row>')
notes = [
 "Lotti disponibili: 15. Criteri di punteggio: art. 5 del Regolamento comunale per la gestione degli orti urbani (deliberazione del Consiglio comunale n. 22 del 30/06/2022).",
 "I nominativi sono indicati con le sole iniziali (Reg. UE 2016/679). Osservazioni entro 10 giorni dalla pubblicazione.",
 "Aldeno, 17/04/2026 – Il Segretario comunale: dott.ssa Michela Gottardi (firmato digitalmente)",
]
for n in notes:
    body.append('<table:table-row>' + span(n, "note", 8) + '</table:table-row>')

widths = ["0.9cm", "1.4cm", "2.0cm", "1.9cm", "3.7cm", "1.8cm", "1.8cm", "4.4cm"]
cols = "".join('<table:table-column table:style-name="co%d"/>' % i for i in range(8))
colstyles = "".join('<style:style style:name="co%d" style:family="table-column"><style:table-column-properties style:column-width="%s"/></style:style>' % (i, w) for i, w in enumerate(widths))

def cstyle(name, size="9pt", bold=False, border=False, bg=None, align="start", wrap=True):
    b = ' fo:border="0.06pt solid #000000"' if border else ''
    bgc = ' fo:background-color="%s"' % bg if bg else ''
    w = ' fo:wrap-option="wrap"' if wrap else ''
    fw = ' fo:font-weight="bold"' if bold else ''
    return ('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties%s%s%s style:vertical-align="middle"/>'
            '<style:paragraph-properties fo:text-align="%s"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="%s"%s/></style:style>') % (name, b, bgc, w, align, size, fw)

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>Allegato A - graduatoria orti 2026</dc:title><meta:generator>Microsoft Excel</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles/>
<office:automatic-styles>
{colstyles}
<style:style style:name="ro2" style:family="table-row"><style:table-row-properties style:row-height="0.75cm"/></style:style>
<style:style style:name="ro3" style:family="table-row"><style:table-row-properties style:row-height="1.0cm"/></style:style>
<style:style style:name="ta1" style:family="table" style:master-page-name="PM1"><style:table-properties table:display="true"/></style:style>
{cstyle("ctitle", "14pt", True, align="center")}
{cstyle("csub", "9pt", align="center")}
{cstyle("cbold", "9.5pt", True)}
{cstyle("cbig", "10.5pt", True, align="center")}
{cstyle("plain")}
{cstyle("th", "8.5pt", True, True, "#d9d9d9", "center")}
{cstyle("td", "8.5pt", False, True)}
{cstyle("tdc", "8.5pt", False, True, align="center")}
{cstyle("note", "8pt")}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.3cm" fo:margin-right="1.2cm" style:scale-to="100%"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PM1" style:page-layout-name="pm1">
<style:header><style:region-right><text:p>Orti_2026.xlsx – Graduatoria</text:p></style:region-right></style:header>
<style:footer><style:region-center><text:p>Pagina <text:page-number>1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:region-center></style:footer>
</style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Graduatoria" table:style-name="ta1">{cols}
{"".join(body)}
</table:table></office:spreadsheet></office:body></office:document>'''
open(out, "w", encoding="utf-8").write(doc)
