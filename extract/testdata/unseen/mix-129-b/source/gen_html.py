# Vigodarzere: Civilia Next-like house style, HTML printed by Chromium, wkhtmltopdf, LibreOffice.
import sys, html
from data import DOCS, dmy
out = sys.argv[1]
E = html.escape
for d in DOCS:
    if d["producer"] not in ("chromium", "wkhtmltopdf"): continue
    t, role, name = d["resp"]
    run = f"Determinazione n. {d['number']} del {dmy(d['date'])}"
    fixed = d["producer"] == "chromium"
    prop = ""
    if "proposal_number" in d:
        prop = f"""<tr><th>Proposta</th><td>n. {d['proposal_number']} del {dmy(d['proposal_date'])} &ndash; Ufficio proponente: {E(d['proposing_office'])}</td></tr>"""
    pts = "".join(f"<li>{E(p)}</li>" for p in d["points"])
    css = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:0 8mm}
.band{background:#1f4e79;color:#fff;padding:8px 12px;display:flex;align-items:center}
.band .crest{width:42px;height:50px;border:2px solid #fff;border-radius:0 0 20px 20px;margin-right:14px;text-align:center;font-size:8pt}
.band h1{font-size:17pt;margin:0;letter-spacing:1px}.band p{margin:0;font-size:9pt}
table.hd{width:100%;border-collapse:collapse;margin-top:10px}
table.hd th,table.hd td{border:1px solid #1f4e79;padding:3px 6px;font-size:9.5pt;text-align:left}
table.hd th{background:#dce6f1;width:22%}
.num{margin:12px 0 4px;text-align:center;font-weight:bold;font-size:12pt}
.ogg{border-top:1px solid #000;border-bottom:1px solid #000;padding:5px 0;margin:8px 0;font-weight:bold;text-align:justify}
p{text-align:justify;line-height:1.35}
h3{text-align:center;letter-spacing:4px;font-size:11pt}
ol li{margin-bottom:4px;text-align:justify}
.firma{margin-top:26px;margin-left:55%;text-align:center}
.rh{font-size:8pt;color:#444;border-bottom:0.5px solid #888;margin-bottom:4px}
.rf{font-size:8pt;color:#444;border-top:0.5px solid #888}
"""
    if fixed:
        css += ".rh{position:fixed;top:0;left:0;right:0}.rf{position:fixed;bottom:0;left:0;right:0}body{padding-top:18px}\n@page{size:A4;margin:14mm 10mm 16mm 10mm}"
    doc = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{E(run)}</title><style>{css}</style></head><body>
<div class="rh">{E(d['c']['muni'])} &ndash; {E(run)} &ndash; Registro di Settore n. {d['sector_number']}</div>
<div class="band"><div class="crest">stemma</div><div><h1>{E(d['c']['muni'].upper())}</h1><p>{E(d['c']['prov'])} &middot; Piazza Bachelet, 1 &middot; 35010 Vigodarzere (PD)</p></div></div>
<table class="hd">
<tr><th>Area</th><td>{E(d['organ'].upper())}</td></tr>
<tr><th>Servizio</th><td>{E(d['office'])}</td></tr>
<tr><th>Ufficio</th><td>{E(d['ufficio'])}</td></tr>
{prop}
</table>
<div class="num">DETERMINAZIONE N. {d['number']} DEL {dmy(d['date'])}<br><span style="font-weight:normal;font-size:9.5pt">(Registro Generale) &ndash; Registro di Settore n. {d['sector_number']} del {dmy(d['date'])}</span></div>
<div class="ogg">OGGETTO: {E(d['subject'])}</div>
<h3>IL RESPONSABILE DELL'AREA</h3>
<p>Richiamato il decreto del Sindaco n. 6 del 2 gennaio 2028, con il quale {t} {E(name)} {"è stata incaricata" if t.endswith("ssa") else "è stato incaricato"} della responsabilità dell'{E(d['organ'])} con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;</p>
<p>Vista la deliberazione del Consiglio Comunale n. 58 del 20 dicembre 2027, esecutiva, con la quale è stato approvato il bilancio di previsione finanziario 2028-2030, e la deliberazione della Giunta Comunale n. 3 del 9 gennaio 2028 di approvazione del Piano Esecutivo di Gestione;</p>
<p>Dato atto che l'istruttoria è stata curata dal {E(d['office'])} e che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 6-bis della legge n. 241/1990;</p>
<p>Ritenuto di provvedere in merito e accertata la regolarità tecnica del presente provvedimento ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000;</p>
<h3>DETERMINA</h3>
<ol>{pts}</ol>
<div class="firma">{E(role.upper())}<br>{t} {E(name)}<br><span style="font-size:8pt">(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)</span></div>
<div class="rf">Vigodarzere &ndash; {E(run)} &ndash; {E(d['organ'])}</div>
</body></html>"""
    open(f"{out}/{d['file'][:-4]}.html", "w").write(doc)
    print(d["file"], d["producer"])
