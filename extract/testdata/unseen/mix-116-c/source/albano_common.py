"""Shared pieces of the Città di Albano Laziale house style ("Sicraweb"): the council's
members and the HTML letterhead grid used by the wkhtmltopdf and Chromium prints."""

COUNCIL = [
    ("ORSINI Massimiliano", "Sindaco"),
    ("DE ANGELIS Chiara", "Presidente del Consiglio"),
    ("PALOMBI Fabio", "Vice Presidente del Consiglio"),
    ("CAPRIOLI Sara", "Consigliere"),
    ("TOMASSINI Luca", "Consigliere"),
    ("SANTARELLI Roberta", "Consigliere"),
    ("CIOTTI Alessandro", "Consigliere"),
    ("CECCARELLI Valentina", "Consigliere"),
    ("D'ALESSIO Gianluca", "Consigliere"),
    ("FABIANI Monica", "Consigliere"),
    ("GIACOMINI Paolo", "Consigliere"),
    ("LUCIDI Federica", "Consigliere"),
    ("MANCINI Claudio", "Consigliere"),
    ("NARDI Elisa", "Consigliere"),
    ("PIERMARINI Daniele", "Consigliere"),
    ("PROIETTI Martina", "Consigliere"),
    ("SBARDELLA Emanuele", "Consigliere"),
    ("SILVESTRI Giulia", "Consigliere"),
    ("TESTA Riccardo", "Consigliere"),
    ("VALERI Silvia", "Consigliere"),
    ("ZACCHEO Marco", "Consigliere"),
    ("BIANCONI Laura", "Consigliere"),
    ("GUIDONI Stefano", "Consigliere"),
    ("AMICI Francesca", "Consigliere"),
    ("FERRI Tommaso", "Consigliere"),
]

CSS = """
@page { size: A4; margin: 12mm 16mm 14mm 18mm; }
body { font-family: "DejaVu Serif", "Liberation Serif", serif; font-size: 10.5pt; line-height: 1.35; color: #000; margin: 0; }
table.page { width: 100%; border-collapse: collapse; }
table.page > thead { display: table-header-group; }
table.page > tfoot { display: table-footer-group; }
.run { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #333; border-bottom: 0.4pt solid #999; padding-bottom: 1mm; margin-bottom: 2mm; }
.run .r { float: right; }
.foot { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7pt; color: #333; border-top: 0.4pt solid #999; padding-top: 1mm; margin-top: 2mm; }
table.lh { width: 100%; border-collapse: collapse; border: 1pt solid #1d3a6b; margin-bottom: 3mm; }
table.lh td { border: 0.6pt solid #1d3a6b; padding: 2mm; vertical-align: middle; }
.crest { width: 16mm; height: 20mm; border: 1pt solid #1d3a6b; font: bold 6pt sans-serif; text-align: center; line-height: 20mm; }
.city { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 16pt; font-weight: bold; color: #1d3a6b; }
.sub { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; }
.nbox { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; text-align: center; width: 42mm; }
.nbox b { font-size: 13pt; display: block; }
.ogg { border: 1pt solid #1d3a6b; padding: 2mm 3mm; margin-bottom: 2mm; font-family: "DejaVu Sans", Arial, sans-serif; }
.ogg .l { font-size: 8pt; font-weight: bold; color: #1d3a6b; }
.ogg .s { font-size: 10pt; font-weight: bold; }
.prop { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; margin-bottom: 3mm; }
p { text-align: justify; margin: 0 0 2mm 0; }
table.roll { width: 100%; border-collapse: collapse; font-family: "Liberation Sans Narrow", "Arial Narrow", sans-serif; font-size: 8.5pt; margin: 2mm 0; }
table.roll td, table.roll th { border: 0.4pt solid #888; padding: 0.6mm 1.2mm; white-space: nowrap; }
table.roll th { background: #e6ebf3; text-align: left; }
table.roll td.m { text-align: center; width: 7mm; }
table.roll td.sep, table.roll th.sep { border: none; width: 3mm; background: none; }
.ctr { text-align: center; font-weight: bold; margin: 3mm 0 2mm 0; }
ol { margin: 0 0 2mm 0; padding-left: 7mm; }
ol li { text-align: justify; margin-bottom: 1.5mm; }
table.sig { width: 100%; margin-top: 6mm; page-break-inside: avoid; }
table.sig td { width: 50%; text-align: center; vertical-align: top; }
.box { border: 0.6pt solid #888; padding: 2mm; font-size: 9pt; margin-top: 3mm; page-break-inside: avoid; }
"""


def letterhead(organ_line, number, date):
    return """
<table class="lh"><tr>
<td style="width:20mm"><div class="crest">STEMMA</div></td>
<td><div class="city">CITTÀ DI ALBANO LAZIALE</div>
<div class="sub">Città Metropolitana di Roma Capitale</div>
<div class="sub">Piazza della Costituente, 1 &ndash; 00041 Albano Laziale (RM)</div></td>
<td class="nbox">%s<b>N. %s</b>Data %s</td>
</tr></table>""" % (organ_line, number, date)
