# HTML for headless Chromium: liquidazione; R.G. only in a fixed running foot repeated on every page
import sys, html
from acts import A, PREM
a = A["coreno"]; e = html.escape
prem = "".join("<p>%s</p>" % e(p) for p in PREM + [
 "RICHIAMATA la determinazione n. 7 del 12/02/2026 (R.G. n. 88) con la quale è stata affidata alla ditta Marmi Ausoni S.n.c. la fornitura di materiale lapideo per la manutenzione dei loculi cimiteriali e assunto l'impegno n. 87/2026;",
 "VISTA la fattura elettronica n. 48/PA del 31/03/2026 di euro 3.904,00 IVA compresa, acquisita al protocollo n. 1877 del 02/04/2026;",
 "ACQUISITO il DURC on line prot. INAIL_52931806, regolare con scadenza 14/07/2026;",
 "VERIFICATA la regolarità della fornitura da parte del Responsabile del Servizio Cimiteriale;"])
pts = "".join("<li>%s</li>" % e(p) for p in a["pts"])
doc = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 18mm 14mm 18mm }}
body {{ font-family: 'Liberation Sans', Arial; font-size: 10.5pt; line-height: 1.45 }}
.head {{ text-align:center; border-bottom: 2px solid #335; padding-bottom: 6px }}
.head h1 {{ font-size: 17pt; margin: 0; color:#223 }} .grid td {{ padding: 3px 8px; border:1px solid #999 }}
.grid {{ border-collapse: collapse; width:100%; margin: 10px 0 }} .lab {{ background:#e8e8ef; font-weight:bold; width:28% }}
.foot {{ position: fixed; bottom: 0; left: 0; right: 0; font-size: 8.5pt; text-align:center; border-top:1px solid #999; padding-top:3px }}
p {{ text-align: justify; margin: 5px 0 }} ol li {{ margin-bottom: 6px; text-align: justify }}
</style></head><body>
<div class="foot">{e(a['muni'])} – Determinazione R.G. n. {a['rg']} del {a['rgdate']} – documento informatico firmato digitalmente</div>
<div class="head"><h1>{e(a['muni'])}</h1>{e(a['prov'])}</div>
<table class="grid"><tr><td class="lab">Area</td><td>{e(a['organ'])}</td></tr>
<tr><td class="lab">Servizio</td><td>{e(a['office'])}</td></tr>
<tr><td class="lab">Determinazione di Area n.</td><td>{a['sec']} del {a['secdate']}</td></tr>
<tr><td class="lab">Proposta n.</td><td>{a['prop']} del {a['propdate']}</td></tr></table>
<h2 style="font-size:12pt;text-align:center">DETERMINAZIONE DI LIQUIDAZIONE</h2>
<p><b>Oggetto:</b> <b>{e(a['subj'])}</b></p>
<h3 style="font-size:11pt;text-align:center">LA RESPONSABILE DELL'AREA</h3>{prem}
<h3 style="font-size:11pt;text-align:center;page-break-before:always">DETERMINA</h3><ol>{pts}</ol>
<p style="text-align:right;margin-top:30px">{e(a['sign'])}<br><i>{e(a['signer'])}</i></p>
<p style="margin-top:30px;border:1px solid #999;padding:6px">Visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.</p>
</body></html>"""
open(sys.argv[1], "w").write(doc)
