# -*- coding: utf-8 -*-
"""Boville Ernica n. 59: the Sicraweb-like model as the package's HTML print
view, converted by wkhtmltopdf (build.sh).  The roll is printed as two
ruled tables side by side (members 1-7 and 8-13), P/A marked with X."""
import sys
import html
from content import DOCS
import boville_style as S

D = DOCS["B59"]
OUTDIR = sys.argv[1]
S.crest_png(OUTDIR + "/boville-crest.png")
e = html.escape


def half(rows, start):
    out = ['<table class="roll"><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>P</th><th>A</th></tr>']
    for i, (n, r, p) in enumerate(rows, start):
        out.append("<tr><td class=c>%d</td><td>%s</td><td>%s</td><td class=c>%s</td><td class=c>%s</td></tr>"
                   % (i, e(n), e(r), "X" if p else "&nbsp;", "&nbsp;" if p else "X"))
    out.append("</table>")
    return "".join(out)


roll = D["roll"]
npres = sum(1 for x in roll if x[2])
points = "".join('<tr><td class="pn">%d)</td><td class="pt">%s</td></tr>' % (i, e(p))
                 for i, p in enumerate(D["points"], 1))
premesse = "".join("<p>%s</p>" % e(p) for p in D["premesse"])
doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Deliberazione C.C. n. {D['number']} del {D['date']}</title>
<style>
body {{ font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; margin: 0; zoom: 1.3; }}
table.h {{ width: 100%; border-collapse: collapse; }}
table.h td {{ vertical-align: middle; }}
.ente {{ text-align: center; }} .ente b {{ font-size: 16pt; }} .ente small {{ font-size: 8pt; }}
.copia {{ text-align: center; font-weight: bold; font-size: 12pt; width: 100px; }}
h1 {{ text-align: center; font-size: 13pt; margin: 14px 0 6px; }}
table.g {{ width: 100%; border-collapse: collapse; }} table.g td {{ border: 1px solid #000; padding: 2px 5px; }}
.ogg {{ border: 1.5px solid #000; padding: 4px 6px; font-weight: bold; text-align: justify; margin-top: 10px; }}
p {{ text-align: justify; margin: 0 0 4px; line-height: 1.25; }}
table.two {{ width: 100%; border-collapse: collapse; }} table.two > tbody > tr > td {{ vertical-align: top; padding: 0; }}
table.roll {{ border-collapse: collapse; width: 98%; font-size: 9.5pt; }}
table.roll th, table.roll td {{ border: 1px solid #000; padding: 1px 3px; }}
td.c {{ text-align: center; }}
.tot {{ text-align: right; font-weight: bold; margin: 3px 0 6px; }}
h2 {{ text-align: center; font-size: 11pt; margin: 10px 0 5px; }}
td.pn {{ vertical-align: top; width: 26px; }} td.pt {{ text-align: justify; padding-bottom: 3px; }}
table.sig {{ width: 100%; margin-top: 10px; text-align: center; page-break-inside: avoid; }}
.cert {{ border: 1px solid #000; padding: 5px; margin-top: 18px; font-size: 10pt; page-break-inside: avoid; }}
.foot {{ font-size: 8pt; border-top: 1px solid #000; margin-top: 16px; padding-top: 2px; }}
</style></head><body>
<table class="h"><tr><td style="width:80px"><img src="boville-crest.png" style="width:56px"></td>
<td class="ente"><b>COMUNE DI BOVILLE ERNICA</b><br>Provincia di Frosinone<br>
<small>Piazza Vittorio Emanuele II - 03022 Boville Ernica (FR)</small></td><td class="copia">COPIA</td></tr></table>
<h1>DELIBERAZIONE DEL CONSIGLIO COMUNALE</h1>
<table class="g"><tr><td style="width:40%"><b>N. {D['number']}</b></td><td><b>del {D['date']}</b></td></tr>
<tr><td style="font-size:9pt">Proposta n. {D['proposal_number']} del {D['proposal_date']}</td>
<td style="font-size:9pt">Settore proponente: {e(D['proposing_office'])}</td></tr></table>
<div class="ogg">OGGETTO: {e(D['subject'])}</div>
<p style="margin-top:8px">{e(D['opening'])}</p>
<table class="two"><tr><td>{half(roll[:7], 1)}</td><td>{half(roll[7:], 8)}</td></tr></table>
<div class="tot">Presenti n. {npres} - Assenti n. {len(roll) - npres}</div>
<p>{e(D['after_roll'])}</p>
<h2>IL CONSIGLIO COMUNALE</h2>
{premesse}
<p>{e(D['vote'])}</p>
<h2>DELIBERA</h2>
<table>{points}</table>
<p style="margin-top:4px">{e(D['exec_text'])}</p>
<p style="margin-top:10px">{e(S.CLOSING)}</p>
<table class="sig"><tr><td><b>{D['sign_president'][0]}</b></td><td><b>{D['sign_secretary'][0]}</b></td></tr>
<tr><td>f.to {e(D['sign_president'][1])}</td><td>f.to {e(D['sign_secretary'][1])}</td></tr></table>
<div class="cert"><div style="text-align:center"><b>CERTIFICATO DI PUBBLICAZIONE</b></div>
<p>{e(S.pub_text(D['number']))}</p>
<div style="text-align:right">{S.PUB_SIGN[0]}<br>{e(S.PUB_SIGN[1])}</div></div>
<div class="foot">{e(S.foot(D))}</div>
</body></html>"""
open(OUTDIR + "/b59.html", "w", encoding="utf-8").write(doc)
