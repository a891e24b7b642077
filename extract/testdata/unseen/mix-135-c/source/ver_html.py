# -*- coding: utf-8 -*-
"""Verucchio house style as the package's web client prints it (V3), HTML for
headless Chromium. The running head and foot are the thead and tfoot of a table
around the page, which Chromium repeats on every printed page.
Usage: python3 ver_html.py V3 out.html
"""
import sys
import html
import acts


def build(act, out):
    h = acts.VER
    e = html.escape
    rows = ""
    if "table" in act:
        t = act["table"]
        rows = "<table class='grid'><tr>%s</tr>%s</table>" % (
            "".join("<th>%s</th>" % e(c) for c in t[0]),
            "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in t[1:]))
    pts = "".join("<li>%s</li>" % e(p) for p in act["points"])
    after = "".join("<p>%s</p>" % e(p) for p in act.get("after", []))
    prem = "".join("<p>%s</p>" % e(p) for p in act["premesse"])
    doc = f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8">
<title>{e(act['title'].capitalize())} n. {act['rg'][0]} del {act['rg'][1]}</title>
<style>
@page {{ size: A4; margin: 11mm 20mm 10mm 20mm; }}
table.page {{ width: 100%; border-collapse: collapse; }}
table.page > thead td, table.page > tfoot td {{ padding: 0; }}
table.page > tbody > tr > td {{ padding: 0; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.32; }}
.rh {{ font-size: 7.5pt; color: #444; border-bottom: 0.5pt solid #444; padding-bottom: 1mm; margin-bottom: 6mm; }}
.rh span {{ float: right; }}
.rf {{ font-size: 7.5pt; color: #444; border-top: 0.5pt solid #444; padding-top: 1mm; margin-top: 6mm; }}
.head {{ display: flex; align-items: flex-start; }}
.crest {{ width: 17mm; height: 22mm; margin-right: 5mm; }}
.muni {{ font-size: 17pt; font-weight: bold; }}
.prov {{ font-size: 10pt; border-bottom: 0.6pt solid #000; padding-bottom: 1mm; margin-bottom: 1mm; }}
.org {{ font-weight: bold; font-size: 9.5pt; }}
.off {{ font-style: italic; font-size: 9.5pt; }}
.addr {{ font-size: 7pt; color: #555; }}
.tb {{ display: flex; justify-content: space-between; align-items: center; margin-top: 8mm; }}
.tb .t {{ font-size: 16pt; font-weight: bold; }}
.tb .reg {{ border: 0.8pt solid #000; background: #f2f2f2; padding: 2mm 3mm; width: 78mm; font-size: 9pt; }}
table.ogg {{ border-collapse: collapse; width: 100%; margin-top: 5mm; }}
table.ogg td {{ border: 0.6pt solid #000; padding: 1.5mm 2mm; vertical-align: top; }}
table.ogg td.l {{ background: #ddd; font-weight: bold; font-size: 9pt; width: 20mm; }}
table.ogg td.s {{ font-weight: bold; text-align: justify; }}
h2 {{ text-align: center; font-size: 10.5pt; margin: 4mm 0 2mm 0; }}
p {{ text-align: justify; margin: 0 0 1.6mm 0; }}
ol {{ padding-left: 7mm; margin: 0; }} li {{ text-align: justify; margin-bottom: 1.4mm; }}
table.grid {{ border-collapse: collapse; margin: 2mm auto 3mm auto; font-size: 8.5pt; }}
table.grid th, table.grid td {{ border: 0.4pt solid #888; padding: 0.8mm 2mm; }}
.sign {{ margin-left: 90mm; text-align: center; margin-top: 8mm; }}
.sign small {{ font-size: 7.5pt; }}
</style></head><body>
<table class="page"><thead><tr><td><div class="rh">{e(h['muni'])} – {e(act['organ_run'])}<span>{e(act['title'].capitalize())} n. {act['rg'][0]} del {act['rg'][1]}</span></div>
</td></tr></thead>
<tfoot><tr><td><div class="rf">{e(h['muni'])} – {e(h['addr'])}</div></td></tr></tfoot><tbody><tr><td>
<div class="head">
<svg class="crest" viewBox="0 0 17 22"><path d="M0 0 H17 V14 C17 19 11 21 8.5 22 C6 21 0 19 0 14 Z" fill="#e9e2c8" stroke="#000" stroke-width="0.35"/><rect x="3" y="4" width="11" height="9" fill="#7a1f1f"/></svg>
<div><div class="muni">{e(h['muni_caps'])}</div><div class="prov">{e(h['prov'])}</div>
<div class="org">{e(act['organ'])}</div><div class="off">{e(act['office'])}</div>
<div class="addr">{e(h['addr'])}</div></div></div>
<div class="tb"><div class="t">{e(act['title'])}</div>
<div class="reg"><b>{e(act['title'].capitalize())}</b> n. <b>{act['rg'][0]}</b> del {act['rg'][1]}<br>Registro dei decreti del {e(act['organ_run'].split(' – ')[0])}</div></div>
<table class="ogg"><tr><td class="l">OGGETTO:</td><td class="s">{e(act['subject'])}</td></tr></table>
<h2>{e(act['intro'])}</h2>
{prem}
{rows}
<h2>{e(act['verb'])}</h2>
<ol>{pts}</ol>
{after}
<div class="sign">{e(act['sign'][0])}<br><b>{e(act['sign'][1])}</b><br><small>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</small></div>
</td></tr></tbody></table>
</body></html>
"""
    open(out, "w", encoding="utf-8").write(doc)


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    build(a, sys.argv[2])
