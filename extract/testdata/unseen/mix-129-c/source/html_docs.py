"""HTML of Venetico's Urbi-like layout, printed by Chromium (n. 44) and wkhtmltopdf (n. 21)."""
import sys, html
from acts import ACTS, num_date
import common as C
OUT = sys.argv[1]
E = html.escape
CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:0 8mm;}
.head{text-align:center}.head h1{font-family:'DejaVu Serif',serif;letter-spacing:3px;font-size:17pt;margin:4px 0 0}
.head .prov{font-style:italic}.head .addr{font-size:7.5pt}
.box{border:1.5px solid #000;text-align:center;font-weight:bold;padding:6px;margin:12px 0}
.box .t{letter-spacing:1px}
p{text-align:justify;margin:4px 0;line-height:1.35}
table.roll{border-collapse:collapse;width:100%;margin:6px 0 10px}
table.roll td,table.roll th{border:1px solid #000;padding:2px 5px;font-size:9pt}
table.roll td.m{text-align:center;width:14mm}
.cent{text-align:center;font-weight:bold;letter-spacing:3px;margin:10px 0}
ol{margin:4px 0}ol li{text-align:justify;margin:3px 0}
.sig{display:flex;justify-content:space-between;margin:26px 18px 0}
.sig td{padding:0 40px 0 0}
.foot{font-size:7.5pt;text-align:center;margin-top:30px}
"""
def page(a):
    h = [f"<html><head><meta charset='utf-8'><title>Delibera n. {a['number']}</title><style>{CSS}</style></head><body>"]
    h.append("<div class='head'><h1>COMUNE DI VENETICO</h1><div class='prov'>Città Metropolitana di Messina</div>"
             "<div class='addr'>Piazza Municipio, 1 - 98040 Venetico (ME) - C.F. 80006540832</div></div>")
    h.append(f"<div class='box'><div class='t'>VERBALE DI {C.kind_title(a)}</div><div>N. {a['number']} &nbsp;del&nbsp; {num_date(a['date'])}</div></div>")
    if "proposal_number" in a:
        h.append(f"<div style='font-size:8.5pt;font-style:italic'>{E(C.proposal_line(a))}</div>")
    h.append(f"<table style='margin:10px 0'><tr><td style='vertical-align:top;font-weight:bold;width:22mm'>OGGETTO:</td><td style='font-weight:bold'>{E(a['subject'])}</td></tr></table>")
    h.append(f"<p>{E(C.opening(a))}</p>")
    if C.is_cons(a):
        h.append("<p>Procedutosi all'appello nominale risultano:</p><table class='roll'><tr><th>CONSIGLIERI</th><th>PRES.</th><th>ASS.</th><th>CONSIGLIERI</th><th>PRES.</th><th>ASS.</th></tr>")
        R = a["roll"]
        for i in range(0, len(R), 2):
            h.append("<tr>")
            for r in R[i:i + 2]:
                lab = r["name"] + (" (" + r["role"] + ")" if r["role"] != "Consigliere" else "")
                h.append(f"<td>{E(lab)}</td><td class='m'>{'X' if r['present'] else ''}</td><td class='m'>{'' if r['present'] else 'X'}</td>")
            h.append("</tr>")
        np = sum(r["present"] for r in R)
        h.append(f"</table><div style='font-size:8.5pt;font-style:italic'>Assegnati n. 12 - In carica n. 12 - Presenti n. {np} - Assenti n. {12-np}</div>")
    else:
        h.append("<p>Risultano presenti e assenti:</p><table class='roll'><tr><th>Componente</th><th>Carica</th><th>Presente</th><th>Assente</th></tr>")
        for r in a["roll"]:
            h.append(f"<tr><td>{E(r['name'])}</td><td>{E(r['role'])}</td><td class='m'>{'X' if r['present'] else ''}</td><td class='m'>{'' if r['present'] else 'X'}</td></tr>")
        h.append("</table>")
    h.append(f"<p>{E(C.assist(a))}</p><p>{E(C.presides(a))}</p>")
    h.append(f"<div class='cent'>{'IL' if C.is_cons(a) else 'LA'} {a['organ'].upper()}</div>")
    for p in C.premesse(a): h.append(f"<p>{E(p)}</p>")
    h.append("<div class='cent'>DELIBERA</div><ol>" + "".join(f"<li>{E(p)}</li>" for p in a["points"]) + "</ol>")
    h.append(f"<p>{E(C.ie_text(a))}</p><p style='margin-top:14px'>Letto, confermato e sottoscritto.</p>")
    (r1, n1), (r2, n2) = C.sig(a)
    h.append(f"<table style='width:100%;margin-top:18px'><tr><td style='width:50%'><b>{E(r1)}</b><br>{E(n1)}<br><i style='font-size:8pt'>(firmato digitalmente)</i></td>"
             f"<td><b>{E(r2)}</b><br>{E(n2)}<br><i style='font-size:8pt'>(firmato digitalmente)</i></td></tr></table>")
    h.append("</body></html>")
    return "\n".join(h)
for a in ACTS:
    if a["producer"] in ("chromium", "wkhtmltopdf"):
        open(f"{OUT}/{a['file'][:-4]}.html", "w").write(page(a))
