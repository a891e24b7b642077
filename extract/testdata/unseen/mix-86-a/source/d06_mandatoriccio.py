# HTML for wkhtmltopdf: office only in the signature; R.G. only in a bordered register box closing the page
import sys, html
from acts import A, PREM
a = A["mandatoriccio"]; e = html.escape
prem = "".join("<p>%s</p>" % e(p) for p in PREM + [
 "VISTE le istanze di rimborso presentate dai contribuenti per somme versate e non dovute a titolo di TARI per le annualità 2024 e 2025;",
 "VERIFICATO, sulla base dei riscontri effettuati dall'ufficio, il diritto al rimborso per complessivi euro 1.286,40;"])
pts = "".join("<p>%d. %s</p>" % (i, e(p)) for i, p in enumerate(a["pts"], 1))
doc = f"""<!doctype html><html><head><meta charset="utf-8"><style>
body {{ font-family: 'DejaVu Serif'; font-size: 11pt }} p {{ text-align: justify }}
</style></head><body>
<table width="100%"><tr><td style="font-size:18pt;font-weight:bold">{e(a['muni'])}</td><td align="right">{e(a['prov'])}</td></tr></table>
<div style="background:#ddd;padding:4px;font-weight:bold">{e(a['organ'])}</div>
<p style="text-align:center;font-size:13pt"><b>DETERMINAZIONE N. {a['sec']} DEL {a['secdate']}</b><br><span style="font-size:10pt">Proposta n. {a['prop']} del {a['propdate']}</span></p>
<p style="border:1px solid #000;padding:6px"><b>OGGETTO: {e(a['subj'])}</b></p>
{prem}<p style="text-align:center"><b>DETERMINA</b></p>{pts}
<p style="margin-left:55%;text-align:center">{e(a['sign'])}<br>{e(a['signer'])}</p>
<table style="width:100%;border:2px solid #000;border-collapse:collapse;margin-top:40px;font-size:9.5pt"><tr>
<td style="border:1px solid #000;padding:5px;width:50%"><b>REGISTRO GENERALE</b><br>N. {a['rg']} del {a['rgdate']}</td>
<td style="border:1px solid #000;padding:5px">Pubblicata all'Albo Pretorio on line dal 13/04/2026 al 28/04/2026<br>Reg. Pubbl. n. 301</td></tr></table>
</body></html>"""
open(sys.argv[1], "w").write(doc)
