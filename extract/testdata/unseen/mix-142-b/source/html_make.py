#!/usr/bin/env python3
"""Write the HTML of one act (house style of its Comune) for Chromium or wkhtmltopdf.
usage: html_make.py ACT_ID OUT.html [chromium|wk]"""
import sys
from html import escape as e
from acts import BY_ID, HOUSES, all_points, tail, point_label

a = BY_ID[sys.argv[1]]
out = sys.argv[2]
engine = sys.argv[3] if len(sys.argv) > 3 else "chromium"
h = HOUSES[a["house"]]
st = h["style"]
org = a["organ"].upper()
foot = "Deliberazione %s n. %d del %s" % ("G.C." if a["organ"].startswith("Giunta") else "C.C.", a["number"], a["date"])

css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11.5pt; line-height: 1.35; margin: 0; }
.lh { text-align: center; margin-bottom: 6mm; }
.lh .c { font-size: 18pt; font-weight: bold; letter-spacing: 1px; }
.lh .p { font-size: 11pt; }
.lh .a { font-size: 8pt; color: #444; border-bottom: 1px solid #000; padding-bottom: 2mm; }
p { text-align: justify; margin: 0 0 2.2mm 0; }
table.roll { border-collapse: collapse; margin: 2mm auto 3mm auto; font-size: 10.5pt; }
table.roll td, table.roll th { border: 1px solid #000; padding: 1px 6px; white-space: nowrap; }
.ogg { border: 1px solid #000; padding: 2mm 3mm; margin: 3mm 0; font-weight: bold; }
.verb { text-align: center; font-weight: bold; letter-spacing: 4px; margin: 3mm 0; }
.pt { display: flex; margin-bottom: 2mm; } .pt .n { width: 8mm; flex: none; } .pt .t { text-align: justify; }
.signs { display: flex; justify-content: space-around; margin-top: 10mm; text-align: center; }
.small { font-size: 9pt; }
.box { border: 1.5px solid #000; margin: 3mm 0; }
.box td { padding: 1mm 3mm; border: 1px solid #000; }
"""
if engine == "chromium":
    css += """@page { size: A4; margin: 18mm 18mm 20mm 20mm;
  @bottom-center { content: "%s - pag. " counter(page) " di " counter(pages); font-size: 8pt; font-family: 'Liberation Sans'; } }
""" % foot
else:
    css += ".wkfoot { font-size: 8pt; text-align: center; margin-top: 8mm; border-top: 1px solid #888; font-family: 'Liberation Sans'; }\n"

b = []
b.append('<div class="lh"><div class="c">%s</div><div class="p">%s</div><div class="a">%s</div></div>' % (e(h["comune"]), e(h["prov"]), e(h["addr"])))

if st == "halley":
    b.append('<p style="text-align:right" class="small"><b>COPIA</b></p>')
    b.append('<p style="text-align:center;font-weight:bold;font-size:13pt">VERBALE DI DELIBERAZIONE DEL%s %s</p>' % ("LA" if org.startswith("GIUNTA") else "", e(org)))
    if a.get("session"):
        b.append('<p style="text-align:center" class="small">%s</p>' % e(a["session"]))
    b.append('<p style="text-align:center;font-weight:bold">N. %d del %s</p>' % (a["number"], a["date"]))
    b.append('<div class="ogg">OGGETTO: %s</div>' % e(a["subject"]))
elif st == "sicraweb":
    b.append('<table class="box" style="width:100%%;border-collapse:collapse"><tr><td style="width:62%%"><b>DELIBERAZIONE DEL %s</b><br><span class="small">%s</span></td><td><b>N. %d</b></td><td>Data<br><b>%s</b></td></tr>'
             '<tr><td colspan="3"><b>Oggetto:</b> %s</td></tr></table>' % (e(org), e(a.get("session", "Originale")), a["number"], a["date"], e(a["subject"])))
else:  # datagraph
    b.append('<p style="text-align:left" class="small"><b>ORIGINALE</b></p>')
    b.append('<p style="text-align:center;font-weight:bold;font-size:13pt">Verbale di deliberazione della %s</p>' % e(a["organ"]))
    b.append('<p style="text-align:center">N. <b>%d</b> del <b>%s</b></p>' % (a["number"], a["date"].replace("/", ".")))
    b.append('<p><b>OGGETTO:</b> %s</p>' % e(a["subject"]))

b.append("<p>%s</p>" % e(a["opening"]))

r = a["roll"]
with_roles = r[0]["role"] is not None


def rows(lst):
    out = []
    for m in lst:
        role = "<td>%s</td>" % e(m["role"]) if with_roles else ""
        out.append("<tr><td>%s</td>%s<td style='text-align:center'>%s</td><td style='text-align:center'>%s</td></tr>" % (
            e(m["name"]), role, "X" if m["present"] else "", "" if m["present"] else "X"))
    return "".join(out)


hdr = "<tr><th>Cognome e Nome</th>%s<th>Presente</th><th>Assente</th></tr>" % ("<th>Carica</th>" if with_roles else "")
if a.get("roll_split"):
    k = a["roll_split"]
    hdr = "<tr><th>Consigliere</th><th>Carica</th><th>Pres.</th><th>Ass.</th></tr>"
    b.append('<div style="display:flex;gap:2mm;justify-content:space-between"><table class="roll" style="font-size:8.5pt">%s%s</table><table class="roll" style="font-size:8.5pt">%s%s</table></div>' % (hdr, rows(r[:k]), hdr, rows(r[k:])))
else:
    b.append('<table class="roll">%s%s</table>' % (hdr, rows(r)))
np = sum(m["present"] for m in r)
if a["house"] != "santarpino" and a["house"] != "ussana":
    b.append('<p class="small" style="text-align:center">Presenti: %d &nbsp;&nbsp; Assenti: %d</p>' % (np, len(r) - np))
for p in a["after_roll"]:
    b.append("<p>%s</p>" % e(p))
if a.get("proposal") and st == "halley":
    n, d, off = a["proposal"]
    b.append('<p class="small"><i>Proposta n. %s del %s – Ufficio proponente: %s</i></p>' % (n, d, e(off)))
b.append('<p style="text-align:center;font-weight:bold">LA %s</p>' % e(org))
for p in a["premises"]:
    b.append("<p>%s</p>" % e(p))
b.append('<div class="verb">%s</div>' % a["verb"])
for i, p in enumerate(all_points(a)):
    b.append('<div class="pt"><div class="n">%s</div><div class="t">%s</div></div>' % (point_label(a, i), e(p)))
for p in tail(a):
    b.append("<p>%s</p>" % e(p))
b.append('<p class="small">Letto, approvato e sottoscritto.</p>')
b.append('<div class="signs">%s</div>' % "".join('<div>%s<br><br>%s<br><span class="small">(firmato digitalmente)</span></div>' % (e(t), e(n)) for t, n in a["signs"]))
if engine != "chromium":
    b.append('<div class="wkfoot">%s</div>' % foot)

open(out, "w", encoding="utf-8").write('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>' % (e(foot), css, "\n".join(b)))
