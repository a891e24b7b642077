# -*- coding: utf-8 -*-
"""Comune di Borgio Verezzi, house style "sicraweb": deliberation 4 as the
package's HTML print, converted by wkhtmltopdf (whose header/footer options
are not used: each sheet is a fixed-height box with its own running head and
foot, the page break chosen by the template).

usage: bor_html.py OUT.html
"""
import html
import sys

from acts import act, BODIES
from common import bor_opening, bor_after_roll, bor_columns, bor_head

a = act("B4")
B = BODIES["borgio"]
e = html.escape
BREAK_AFTER_PREMISE = 5  # the template breaks the sheet after this many premises

CREST = """<svg width="44" height="54" viewBox="0 0 44 54"><path d="M2 2 H42 V30 C42 42 30 48 22 52 C14 48 2 42 2 30 Z"
 fill="#c7d4f0" stroke="#000" stroke-width="1.2"/><circle cx="22" cy="14" r="5" fill="#f0b020"/>
<path d="M6 30 q4 -4 8 0 t8 0 t8 0 t8 0" fill="none" stroke="#1c3f7a" stroke-width="1.6"/>
<path d="M6 38 q4 -4 8 0 t8 0 t8 0 t8 0" fill="none" stroke="#1c3f7a" stroke-width="1.6"/></svg>"""

cols = bor_columns(a)
rows = []
for i in range(max(len(c) for c in cols)):
    tds = []
    for c in cols:
        if i < len(c):
            n, ro, p = c[i]
            tds.append("<td><b>%s</b><span class=pa>%s</span><br><i>%s</i></td>" % (e(n), "P" if p else "A", e(ro)))
        else:
            tds.append("<td></td>")
    rows.append("<tr>%s</tr>" % "".join(tds))

ar = bor_after_roll(a)
sec = B["secretary"]
foot = "<div class=foot>Comune di Borgio Verezzi - %s</div>" % e(B["address"])
prem = ["<p>%s</p>" % e(p) for p in a["premises"]]
pts = "".join("<p class=pt>%d) %s</p>" % (i, e(p)) for i, p in enumerate(a["points"], 1))

page1 = """<div class=sheet>
<table class=lh><tr><td style="width:60px">{crest}</td><td class=ctr><div class=ente>COMUNE DI BORGIO VEREZZI</div>
<i>Provincia di Savona</i></td><td style="width:60px"></td></tr></table>
<div class=rule></div>
<h1>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</h1>
<table class=nd><tr><td><b>N.</b> <span class=f style="width:1.6cm">{n}</span></td>
<td style="text-align:right"><b>del</b> <span class=f style="width:3cm">{d}</span></td></tr></table>
<div class=obj><b>OGGETTO: {subj}</b></div>
<p>{opening}</p>
<table class=roll>{rows}</table>
<div class=leg>(P = presente &nbsp; A = assente)</div>
<p><b>{tot}</b></p>
<p>{pres}</p>
<h2>IL CONSIGLIO COMUNALE</h2>
{prem1}
{foot}</div>""".format(crest=CREST, n=a["number"], d=a["date_it"], subj=e(a["subject"]), opening=e(bor_opening(a)),
                       rows="".join(rows), tot=e(ar[0]), pres=e(ar[1]), prem1="\n".join(prem[:BREAK_AFTER_PREMISE]),
                       foot=foot)

page2 = """<div class=sheet><div class=rh><span>{head}</span><span style="float:right">pag. 2 di 2</span></div>
{prem2}
<p>{vote}</p>
<h2 class=ls>DELIBERA</h2>
{pts}
<p>{ie}</p>
<p style="margin-top:14px">Letto, approvato e sottoscritto.</p>
<table class=sig><tr><td>IL SINDACO - PRESIDENTE<br>Giorgio Pastorino<br><small>(firmato digitalmente)</small></td>
<td>IL SEGRETARIO COMUNALE<br>{sec}<br><small>(firmato digitalmente)</small></td></tr></table>
{foot}</div>""".format(head=e(bor_head(a)), prem2="\n".join(prem[BREAK_AFTER_PREMISE:]), vote=e(a["vote"]), pts=pts,
                       ie=e(a["ie"] or ""), sec=e("%s %s" % (sec["title"], sec["name"])), foot=foot)

doc = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Delibera C.C. n. {n}/2028 - Comune di Borgio Verezzi</title>
<style>
body {{ margin: 0; zoom: 1.2987; font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10.5pt; line-height: 1.28; }}
.sheet {{ position: relative; height: 295mm; padding: 20mm 22mm 0 22mm; box-sizing: border-box; page-break-after: always; overflow: hidden; }}
.sheet:last-child {{ page-break-after: auto; }}
.lh {{ width: 100%; border-collapse: collapse; }} .ctr {{ text-align: center; }}
.ente {{ font-weight: bold; font-size: 14pt; letter-spacing: 0.3em; }}
.rule {{ border-top: 1.6px solid #000; border-bottom: 0.6px solid #000; height: 2px; margin: 4px 0 10px 0; }}
h1 {{ font-size: 12.5pt; text-align: center; margin: 6px 0; }}
h2 {{ font-size: 11pt; text-align: center; margin: 10px 0 6px 0; }}
.ls {{ letter-spacing: 0.6em; }}
.nd {{ width: 100%; }} .f {{ display: inline-block; border-bottom: 0.8px solid #000; text-align: center; }}
.obj {{ border: 0.8px solid #000; padding: 3px 5px; margin: 6px 0; }}
p {{ text-align: justify; margin: 0 0 4px 0; }}
p.pt {{ padding-left: 1.5em; text-indent: -1.5em; }}
.roll {{ width: 100%; border-collapse: collapse; font-size: 9.5pt; }} .roll td {{ width: 33%; padding: 0 14px 4px 0; vertical-align: top; }}
.pa {{ float: right; }} .leg {{ font-size: 8pt; margin-bottom: 4px; }}
.rh {{ font-size: 9.5pt; border-bottom: 0.6px solid #000; margin-bottom: 10px; padding-bottom: 2px; }}
.sig {{ width: 100%; margin-top: 8px; }} .sig td {{ width: 50%; text-align: center; }}
.foot {{ position: absolute; bottom: 12mm; left: 0; right: 0; text-align: center; font-size: 7.5pt; }}
</style></head><body>
{p1}
{p2}
</body></html>""".format(n=a["number"], p1=page1, p2=page2)

with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(doc)
