# -*- coding: utf-8 -*-
"""Lamon n. 42: the same house style written as HTML (as the package's web
front end prints it) and printed by headless Chromium.  The roll is two
ruled tables side by side with X under Pres./Ass.; the foot is a fixed
element that Chromium repeats on every page."""
import sys
import html
from content import DOCS

D = DOCS["L42"]
OUT = sys.argv[1] + "/l42.html"
e = html.escape

CREST = """<svg width="40" height="50" viewBox="0 0 40 50"><path d="M1 1 H39 V32 C39 42 26 48 20 49
C14 48 1 42 1 32 Z" fill="#dbe5f7" stroke="#1a3373" stroke-width="1.4"/><rect x="14" y="16" width="12"
height="22" fill="#1a3373"/><rect x="13" y="11" width="3" height="4" fill="#1a3373"/><rect x="18.5" y="11"
width="3" height="4" fill="#1a3373"/><rect x="24" y="11" width="3" height="4" fill="#1a3373"/></svg>"""


def half(rows, start):
    out = ['<table class="roll"><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th>'
           '<th>Pres.</th><th>Ass.</th></tr>']
    for i, (n, r, p) in enumerate(rows, start):
        out.append("<tr><td class=c>%d</td><td>%s</td><td>%s</td><td class=c>%s</td><td class=c>%s</td></tr>"
                   % (i, e(n), e(r), "X" if p else "", "" if p else "X"))
    out.append("</table>")
    return "".join(out)


roll = D["roll"]
npres = sum(1 for x in roll if x[2])
points = "".join("<li>%s</li>" % e(p) for p in D["points"])
premesse = "".join("<p>%s</p>" % e(p) for p in D["premesse"])

doc = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Delibera CC {D['number']}/2027 - Comune di Lamon</title>
<style>
@page {{ size: A4; margin: 16mm 20mm 22mm 20mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.32; }}
.head {{ display: flex; align-items: flex-start; border-bottom: 3px double #000; padding-bottom: 6px; }}
.head .t {{ margin-left: 10px; flex: 1; }}
.head .t b {{ font-size: 17pt; display: block; }}
.head .t span {{ font-size: 10.5pt; display: block; }}
.head .t small {{ font-size: 7.5pt; }}
.copia {{ border: 1px solid #000; padding: 3px 16px; font-weight: bold; margin-top: 6px; }}
h1 {{ font-size: 11pt; text-align: center; margin: 12px 0 8px; }}
table.nd {{ border-collapse: collapse; }} table.nd td {{ border: 1px solid #000; padding: 3px 8px; width: 110px; }}
.ogg {{ display: flex; margin-top: 8px; font-weight: bold; }} .ogg .l {{ width: 78px; flex: none; }}
.prop {{ font-size: 8.5pt; margin: 2px 0 8px; }}
p {{ text-align: justify; margin: 0 0 4px; }}
.rolls {{ display: flex; align-items: flex-start; gap: 14px; margin: 4px 0; }}
table.roll {{ border-collapse: collapse; font-size: 9pt; flex: 1; }}
table.roll th, table.roll td {{ border: 0.6pt solid #000; padding: 1px 4px; }}
table.roll th {{ background: #e2e2e2; }}
td.c {{ text-align: center; }}
.tot {{ text-align: center; font-weight: bold; margin: 4px 0; }}
h2 {{ font-size: 10.5pt; text-align: center; margin: 10px 0 6px; }}
ol {{ margin: 0 0 6px; padding-left: 20px; }} ol li {{ text-align: justify; margin-bottom: 3px; }}
.sig {{ display: flex; justify-content: space-around; margin-top: 14px; text-align: center; page-break-inside: avoid; }}
.foot {{ position: fixed; bottom: -12mm; left: 0; right: 0; font-size: 7.5pt; border-top: 0.5pt solid #000; padding-top: 2px; }}
</style></head><body>
<div class="foot">Comune di Lamon - Deliberazione del Consiglio Comunale n. {D['number']} del {D['date']}</div>
<div class="head">{CREST}<div class="t"><b>COMUNE DI LAMON</b><span>Provincia di Belluno</span>
<small>Piazza Municipio, 1 - 32033 Lamon (BL) - tel. 0439 9670 - protocollo.lamon.bl@pecveneto.it</small></div>
<div class="copia">COPIA</div></div>
<h1>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</h1>
<table class="nd"><tr><td>Delibera N. <b>{D['number']}</b></td><td>Data <b>{D['date']}</b></td></tr></table>
<div class="ogg"><div class="l">OGGETTO:</div><div>{e(D['subject'])}</div></div>
<div class="prop">{e(D['proposal'])} - Ufficio proponente: {e(D['proposing_office'])}</div>
<p>{e(D['opening'])}</p>
<p>Eseguito l'appello, risultano:</p>
<div class="rolls">{half(roll[:6], 1)}{half(roll[6:], 7)}</div>
<div class="tot">Presenti n. {npres} - Assenti n. {len(roll) - npres}</div>
<p>{e(D['presidency'])}</p>
<h2>IL CONSIGLIO COMUNALE</h2>
{premesse}
<p>{e(D['vote'])}</p>
<h2>DELIBERA</h2>
<ol>{points}</ol>
<p>{e(D['exec_text'])}</p>
<p style="margin-top:12px">Letto, approvato e sottoscritto.</p>
<div class="sig"><div><b>{D['sign_president'][0]}</b><br>{e(D['sign_president'][1])}</div>
<div><b>{D['sign_secretary'][0]}</b><br>{e(D['sign_secretary'][1])}</div></div>
<p style="font-size:8pt;font-style:italic;margin-top:14px">Documento sottoscritto con firma digitale ai sensi del D.Lgs. n. 82/2005 e s.m.i.</p>
</body></html>"""
open(OUT, "w", encoding="utf-8").write(doc)
