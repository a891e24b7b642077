# -*- coding: utf-8 -*-
"""Romano di Lombardia's Civilia-like determinazione as HTML.

A1 is printed by headless Chromium (running foot in an @page bottom-center margin box,
with the page counters); A3 by wkhtmltopdf (tables only, old WebKit).
Usage: python3 romano_html.py OUTDIR
"""
import sys, os, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data

CREST = """<svg width="54" height="64" viewBox="0 0 54 64" xmlns="http://www.w3.org/2000/svg">
<path d="M4 6 H50 V34 C50 50 38 58 27 62 C16 58 4 50 4 34 Z" fill="#f3f3f3" stroke="#1d3f77" stroke-width="2"/>
<rect x="4" y="6" width="46" height="12" fill="#1d3f77"/>
<path d="M14 26 L27 40 L40 26" fill="none" stroke="#b22222" stroke-width="4"/>
<circle cx="27" cy="50" r="4" fill="#1d3f77"/></svg>"""

CSS = """
@page { size: A4; margin: 16mm 17mm 22mm 20mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #000; margin: 0; }
table.head { width: 100%; border-collapse: collapse; }
table.head td { vertical-align: top; }
.ente { white-space: nowrap; font-size: 14pt; font-weight: bold; letter-spacing: 0.5pt; color: #1d3f77; }
.prov { font-size: 10pt; }
.addr { font-size: 7.5pt; color: #444; }
.rg { border: 1.2pt solid #1d3f77; padding: 4pt 6pt; font-size: 9pt; text-align: center; width: 150pt; }
.rg b { font-size: 11pt; }
h1 { text-align: center; font-size: 12.5pt; margin: 12pt 0 6pt 0; letter-spacing: 1pt; }
table.box { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 9.5pt; }
table.box td { border: 0.8pt solid #555; padding: 3pt 5pt; vertical-align: top; }
td.lab { width: 28%; background: #eef1f7; font-size: 8.5pt; color: #223; }
.ogg { background: #e8e8e8; border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; padding: 5pt 6pt; margin: 8pt 0; }
.ogg td { vertical-align: top; font-weight: bold; }
.propline { font-size: 9pt; font-style: italic; border-bottom: 0.6pt solid #888; padding-bottom: 2pt; margin-top: 8pt; }
h2 { text-align: center; font-size: 11pt; margin: 10pt 0 6pt 0; }
p { text-align: justify; margin: 0 0 5pt 0; line-height: 1.3; }
ol { margin: 0 0 6pt 0; padding-left: 20pt; }
ol li { text-align: justify; margin-bottom: 4pt; line-height: 1.3; }
.firma { margin-top: 16pt; margin-left: 55%; text-align: center; font-size: 10pt; }
.small { font-size: 8pt; color: #333; }
.visto { margin-top: 14pt; border: 0.6pt solid #777; padding: 5pt; font-size: 8.5pt; text-align: justify; }
table.roll { width: 100%; border-collapse: collapse; font-size: 9pt; margin: 4pt 0 8pt 0; }
table.roll td, table.roll th { border: 0.6pt solid #777; padding: 2pt 5pt; }
table.roll th { background: #eef1f7; font-weight: bold; }
td.num { text-align: right; }
td.gap { border: none !important; width: 6%; }
"""

FOOT_CSS = """
@page { @bottom-center { content: "Comune di Romano di Lombardia – Determinazione R.G. n. %(n)s del %(d)s – %(s)s n. %(sn)s del %(sd)s – pag. " counter(page) " di " counter(pages);
        font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; color: #333; } }
"""


def e(s):
    return html.escape(s, quote=False)


def header(d, b):
    return f"""
<table class="head"><tr>
<td style="width:62pt">{CREST}</td>
<td><div class="ente">COMUNE DI ROMANO DI LOMBARDIA</div>
<div class="prov">{e(b['prov'])}</div>
<div class="addr">{e(b['address'])}<br>Tel. 0363 982311</div></td>
<td style="text-align:right"><div class="rg">Registro Generale<br><b>N. {d['number']}</b> del <b>{d['date']}</b></div></td>
</tr></table>"""


def page(d, with_foot):
    b = d["body"]
    settore_n = d["organ"].split("–")[0].strip().title()  # "Settore 3"
    rows = [
        ("Settore", f"<b>{e(d['organ'])}</b>"),
        ("Servizio", e(d["office"])),
        ("Determinazione di Settore", f"N. {d['sector_number']} del {d['sector_date']}"),
    ]
    if d["id"] == "A1":
        rows.append(("Proposta", f"N. {d['proposal_number']} del {d['proposal_date']} – Ufficio proponente: {e(d['proposing_office'])}"))
    box = "".join(f"<tr><td class='lab'>{l}</td><td>{v}</td></tr>" for l, v in rows)
    parts = [header(d, b), "<h1>DETERMINAZIONE DEL RESPONSABILE DI SETTORE</h1>",
             f"<table class='box'>{box}</table>"]
    if d["id"] == "A3":
        parts.append(f"<div class='propline'>PROPOSTA N. {d['proposal_number']} DEL {d['proposal_date']} – {e(d['proposing_office'])}</div>")
    parts.append(f"<table class='ogg' style='width:100%'><tr><td style='width:62pt'>OGGETTO:</td><td>{e(d['subject'])}</td></tr></table>")
    parts.append(f"<h2>IL RESPONSABILE DEL {settore_n.upper()}</h2>")
    for p in d["premises"]:
        parts.append(f"<p>{e(p)}</p>")
    if "roll" in d:
        r = d["roll"]
        half = (len(r) + 1) // 2
        left, right = r[:half], r[half:]
        rows = ["<tr><th style='width:25%'>Domanda prot. n.</th><th style='width:22%'>Contributo €</th><td class='gap'></td><th style='width:25%'>Domanda prot. n.</th><th style='width:22%'>Contributo €</th></tr>"]
        for i in range(half):
            a = left[i]
            c = right[i] if i < len(right) else ("", "")
            rows.append(f"<tr><td>{a[0]}</td><td class='num'>{a[1]}</td><td class='gap'></td><td>{c[0]}</td><td class='num'>{c[1]}</td></tr>")
        rows.append(f"<tr><td class='gap'></td><td class='gap'></td><td class='gap'></td><td><b>Totale</b></td><td class='num'><b>{d['roll_total']}</b></td></tr>")
        parts.append("<table class='roll'>" + "".join(rows) + "</table>")
    parts.append("<p>Accertata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;</p>")
    parts.append("<h2>DETERMINA</h2><ol>")
    for p in d["points"]:
        parts.append(f"<li>{e(p)}</li>")
    parts.append("</ol>")
    sr = "<br>".join(e(x) for x in d["signer_role"])
    parts.append(f"<div class='firma'>{sr}<br><b>{e(d['signer_title'])} {e(d['signer_name'])}</b><br><span class='small'>(documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005)</span></div>")
    if d.get("visto"):
        parts.append(f"<div class='visto'><b>VISTO DI REGOLARITÀ CONTABILE</b><br>{e(d['visto'])}</div>")
    else:
        parts.append("<div class='visto'><b>VISTO DI REGOLARITÀ CONTABILE</b><br>Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 219/2028. La Responsabile del Settore 2 – Economico Finanziario, dott.ssa Silvia Locatelli (firmato digitalmente)</div>")
    foot = ""
    css = CSS
    if with_foot:
        css += FOOT_CSS % dict(n=d["number"], d=d["date"], s=settore_n, sn=d["sector_number"], sd=d["sector_date"])
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Determinazione R.G. {d['number']}/2028</title>
<style>{css}</style></head><body>{foot}{''.join(parts)}</body></html>"""


if __name__ == "__main__":
    out = sys.argv[1]
    with open(os.path.join(out, "A1.html"), "w", encoding="utf-8") as f:
        f.write(page(data.A1, True))
    with open(os.path.join(out, "A3.html"), "w", encoding="utf-8") as f:
        f.write(page(data.A3, False))
