# -*- coding: utf-8 -*-
"""Mongrando, "PAL Informatica" house style, as the package's web module
renders a Giunta minute in HTML (printed by Chromium or wkhtmltopdf).
usage: python3 mongrando_html.py M3|M4 OUT.html CREST.png
"""
import sys, base64, html
import acts

A = getattr(acts, sys.argv[1])
crest = base64.b64encode(open(sys.argv[3], "rb").read()).decode()
e = html.escape

rows = []
pres = 0
for n, name, role in acts.MONGRANDO_GC:
    ab = name in A["absent"]
    pres += not ab
    rows.append("<tr><td class=c>%d</td><td>%s</td><td>%s</td><td class=c>%s</td><td class=c>%s</td></tr>"
                % (n, e(name), e(role), "" if ab else "X", "X" if ab else ""))

points = "\n".join("<li>%s</li>" % e(p) for p in A["points"])
if A["ie_vote"]:
    ie = "<p>%s</p><p class=hd>D E L I B E R A</p><p>%s</p>" % (e(A["ie_vote"]), e(A["ie_text"]))
else:
    ie = "<p>%s</p>" % e(A["ie_text"])

page = f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8">
<title>Deliberazione G.C. n. {A['number']} del {A['date']}</title>
<style>
@page {{ size: A4; margin: 16mm 20mm 22mm 20mm; }}
body {{ font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; line-height: 1.3; margin: 0; }}
.lh {{ display: table; width: 100%; border-bottom: 2px solid #1f3a68; padding-bottom: 6px; }}
.lh > div {{ display: table-cell; vertical-align: middle; }}
.lh .crest {{ width: 22mm; }} .lh .crest img {{ width: 17mm; }}
.lh .name {{ text-align: center; color: #1f3a68; }}
.lh .name b {{ font-size: 20pt; display: block; }}
.lh .name i {{ font-size: 12pt; display: block; }}
.lh .name small {{ font-size: 8.5pt; color: #000; }}
.lh .orig {{ width: 32mm; text-align: center; }}
.lh .orig span {{ border: 1px solid #000; padding: 4px 10px; font: bold 10pt 'Liberation Sans', Arial, sans-serif; }}
h1 {{ text-align: center; font-size: 12pt; letter-spacing: 2pt; margin: 10px 0 6px 0; }}
.nrow {{ display: table; width: 100%; margin-bottom: 8px; }}
.nrow > div {{ display: table-cell; vertical-align: middle; }}
.nbox {{ width: 28mm; border: 1.5px solid #000; text-align: center; font-weight: bold; font-size: 13pt; padding: 3px 0; }}
.nrow .prop {{ padding-left: 10px; font-style: italic; font-size: 10.5pt; }}
table.ogg {{ width: 100%; border: 1px solid #000; border-collapse: collapse; margin-bottom: 8px; }}
table.ogg td {{ padding: 5px 6px; vertical-align: top; font-weight: bold; text-align: justify; }}
table.ogg td.l {{ width: 25mm; }}
p {{ text-align: justify; margin: 0 0 5px 0; }}
table.roll {{ border-collapse: collapse; margin: 4px auto 2px auto; font-size: 10pt; }}
table.roll th, table.roll td {{ border: 0.5px solid #777; padding: 1px 8px; text-align: left; }}
table.roll th {{ background: #e4e8f0; }}
table.roll .c {{ text-align: center; }}
.tot {{ text-align: right; font-weight: bold; font-size: 10pt; margin: 0 22mm 8px 0; }}
.hd {{ text-align: center; font-weight: bold; font-size: 12pt; margin: 8px 0; }}
ol {{ margin: 0 0 6px 0; padding-left: 9mm; }} ol li {{ text-align: justify; margin-bottom: 4px; }}
.sig {{ display: table; width: 100%; margin-top: 8px; page-break-inside: avoid; }}
.sig > div {{ display: table-cell; width: 50%; text-align: center; }}
.sig b {{ display: block; margin-bottom: 4px; }}
.sig small {{ display: block; font-style: italic; font-size: 8pt; }}
.foot {{ margin-top: 10px; border-top: 0.5px solid #000; font-size: 8pt; padding-top: 2px; color: #333; }}
.pareri {{ margin-top: 14px; border: 0.5px solid #000; padding: 6px 8px; font-size: 9.5pt; page-break-inside: avoid; }}
.pareri p {{ margin-bottom: 3px; }}
</style></head><body>
<div class="lh">
 <div class="crest"><img src="data:image/png;base64,{crest}" alt="stemma"></div>
 <div class="name"><b>COMUNE DI MONGRANDO</b><i>Provincia di Biella</i>
  <small>Via Roma, 19 – 13888 Mongrando (BI) – C.F. 81001230025 – P.IVA 00294310029</small></div>
 <div class="orig"><span>ORIGINALE</span></div>
</div>
<h1>{e(A['organ_title'])}</h1>
<div class="nrow"><div class="nbox">N. {A['number']}</div><div class="prop">{e(A['proposal'])}</div></div>
<table class="ogg"><tr><td class="l">OGGETTO:</td><td>{e(A['subject'])}</td></tr></table>
<p>{e(A['opening'])}</p>
<table class="roll"><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>Presente</th><th>Assente</th></tr>
{''.join(rows)}
</table>
<div class="tot">Totale presenti: {pres} &nbsp;&nbsp; Totale assenti: {len(acts.MONGRANDO_GC) - pres}</div>
<p>{e(A['after_roll'])}</p>
<p class="hd">{e(A['body_title'])}</p>
{''.join('<p>%s</p>' % e(p) for p in A['premises'])}
<p>{e(A['vote'])}</p>
<p class="hd">D E L I B E R A</p>
<ol>
{points}
</ol>
{ie}
<p style="margin-top:10px"><i>Letto, confermato e sottoscritto.</i></p>
<div class="sig">
 <div><b>{e(A['president'][0])}</b>{e(A['president'][1])}<small>(firmato digitalmente)</small></div>
 <div><b>{e(A['secretary'][0])}</b>{e(A['secretary'][1])}<small>(firmato digitalmente)</small></div>
</div>
<div class="pareri">
<p><b>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b></p>
<p>Regolarità tecnica: FAVOREVOLE – {e(A['pareri'][0])}</p>
<p>Regolarità contabile: FAVOREVOLE – {e(A['pareri'][1])}</p>
</div>
<div class="foot">PAL Atti Amministrativi – Deliberazione G.C. n. {A['number']} del {A['date']} – documento informatico originale</div>
</body></html>
"""
open(sys.argv[2], "w", encoding="utf-8").write(page)
