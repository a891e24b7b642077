# -*- coding: utf-8 -*-
"""Comune di Samarate, house style "civilianext": deliberation 5 as the
package's web front-end prints it (HTML printed by headless Chromium, page
margin boxes for the running head and foot).

usage: sam_html.py OUTHTML
"""
import html
import sys

from acts import act, BODIES, roll
from common import sam_opening, sam_after_roll, sam_sign, sam_foot, sam_exec

a = act("S5")
B = BODIES["samarate"]
e = html.escape

CREST = """<svg width="40" height="48" viewBox="0 0 42 50"><polygon points="2,2 40,2 40,30 21,48 2,30"
 fill="#1f4e8c" stroke="#000" stroke-width="0.8"/><rect x="13" y="14" width="16" height="22" fill="#fff"/>
<rect x="13" y="10" width="4" height="4" fill="#fff"/><rect x="19" y="10" width="4" height="4" fill="#fff"/>
<rect x="25" y="10" width="4" height="4" fill="#fff"/><rect x="18.5" y="28" width="5" height="8" fill="#1f4e8c"/></svg>"""

r = roll(a)
rows = []
for i in range(0, len(r), 2):
    cells = []
    for n, ro, p in r[i:i + 2]:
        cells.append("<td>%s</td><td>%s</td><td class=c>%s</td><td class='c sep'>%s</td>" % (
            e(n), e(ro), "X" if p else "", "" if p else "X"))
    if len(cells) == 1:
        cells.append("<td></td><td></td><td></td><td></td>")
    rows.append("<tr>%s</tr>" % "".join(cells))

ar = sam_after_roll(a)
(lr, ln), (rr, rn) = sam_sign(a)
prem = "\n".join("<p>%s</p>" % e(p) for p in a["premises"])
pts = "\n".join("<li>%s</li>" % e(p) for p in a["points"])

doc = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Delibera C.C. n. {n}/2028 - Comune di Samarate</title>
<style>
@page {{ size: A4; margin: 1.7cm 2cm 2.2cm 2cm;
  @bottom-left {{ content: "{foot}"; font: 7.5pt Helvetica, Arial, sans-serif; border-top: 0.5pt solid #888; }}
  @bottom-right {{ content: "Pag. " counter(page) " di " counter(pages); font: 7.5pt Helvetica, Arial, sans-serif;
                   border-top: 0.5pt solid #888; }}
  @top-left {{ content: "Comune di Samarate - Verbale di deliberazione del Consiglio Comunale";
               font: 7.5pt Helvetica, Arial, sans-serif; }}
  @top-right {{ content: "N. {n} del {d}"; font: 7.5pt Helvetica, Arial, sans-serif; }}
}}
@page :first {{ @top-left {{ content: none; }} @top-right {{ content: none; }} }}
body {{ font-family: "Liberation Sans", Helvetica, Arial, sans-serif; font-size: 9.5pt; line-height: 1.32; }}
p {{ text-align: justify; margin: 0 0 4pt 0; }}
.head {{ display: flex; align-items: center; }}
.head .name {{ flex: 1; padding-left: 10px; }}
.head .name b {{ font-size: 17pt; }}
.head .addr {{ font-size: 7pt; color: #555; }}
.nbox {{ border: 0.8pt solid #000; width: 3.8cm; text-align: center; }}
.nbox div {{ padding: 2px; }}
.bar {{ background: #1f4e8c; color: #fff; font-weight: bold; text-align: center; font-size: 11pt; padding: 3px;
        margin-top: 8px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.sess {{ text-align: center; font-size: 8.5pt; }}
table {{ border-collapse: collapse; width: 100%; }}
.prop td {{ border: 0.5pt solid #888; font-size: 8.5pt; padding: 2px 4px; }}
.obj td {{ vertical-align: top; font-weight: bold; padding: 6px 0 4px 0; border-bottom: 0.8pt solid #000; }}
.roll th {{ background: #d9e2ef; font-size: 8pt; text-align: left; -webkit-print-color-adjust: exact; }}
.roll td, .roll th {{ border: 0.4pt solid #7f8fa6; padding: 1px 3px; font-size: 8.5pt; }}
.roll .c {{ text-align: center; width: 0.45cm; }}
.roll .sep {{ border-right: 1.3pt solid #000; }}
.tot {{ text-align: right; font-weight: bold; margin-top: 4px; white-space: pre; }}
h3 {{ text-align: center; font-size: 10.5pt; margin: 8px 0 6px 0; }}
ol {{ margin: 0; padding-left: 18px; }} ol li {{ text-align: justify; margin-bottom: 4px; }}
.sig {{ margin-top: 14px; page-break-inside: avoid; }} .sig td {{ text-align: center; width: 50%; }}
</style></head><body>
<div class="head">{crest}<div class="name"><b>COMUNE DI SAMARATE</b><br>{prov}<br><span class="addr">{addr}</span></div>
<div class="nbox"><div><b style="font-size:11pt">Deliberazione N. {n}</b></div><div>del {d}</div>
<div style="border-top:0.4pt solid #888;font-size:7pt;font-style:italic">ORIGINALE</div></div></div>
<div class="bar">VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</div>
<div class="sess">{sess}</div>
<table class="prop"><tr><td style="width:5.5cm">Proposta n. {pn} del {pd}</td><td>Settore proponente: {po}</td></tr></table>
<table class="obj"><tr><td style="width:2.5cm">OGGETTO:</td><td>{subj}</td></tr></table>
<p style="margin-top:6px">{opening}</p>
<table class="roll"><thead><tr><th>Cognome e nome</th><th>Carica</th><th class=c>P</th><th class="c sep">A</th>
<th>Cognome e nome</th><th>Carica</th><th class=c>P</th><th class=c>A</th></tr></thead>
<tbody>{rows}</tbody></table>
<div class="tot">{tot}</div>
{after}
<h3>IL CONSIGLIO COMUNALE</h3>
{prem}
<p>{vote}</p>
<h3>D E L I B E R A</h3>
<ol>{pts}</ol>
<p style="margin-top:6px">{exe}</p>
<table class="sig"><tr><td colspan=2 style="text-align:left;font-style:italic;font-size:8.5pt">Letto, confermato e sottoscritto</td></tr>
<tr><td style="padding-top:12px"><b>{lr}</b></td><td style="padding-top:12px"><b>{rr}</b></td></tr>
<tr><td>{ln}</td><td>{rn}</td></tr>
<tr><td style="font-size:7pt">(firmato digitalmente)</td><td style="font-size:7pt">(firmato digitalmente)</td></tr></table>
</body></html>
""".format(n=a["number"], d=a["date_it"], foot=sam_foot(a), crest=CREST, prov=B["province"], addr=e(B["address"]),
           sess=e(a["session"]), pn=a["proposal_number"], pd=a["proposal_it"], po=e(a["proposing_office"]),
           subj=e(a["subject"]), opening=e(sam_opening(a)), rows="\n".join(rows), tot=e(ar[0]),
           after="\n".join("<p>%s</p>" % e(x) for x in ar[1:]), prem=prem, vote=e(a["vote"]), pts=pts,
           exe=e(sam_exec(a)), lr=lr, rr=rr, ln=e(ln), rn=e(rn))

with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(doc)
