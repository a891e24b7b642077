# Certificate of publication of Rubano's Consiglio 48/2026, HTML printed by Chromium.
import sys, html
from common import *
a = ACTS["R2"]
h = f"""<!doctype html><html><head><meta charset="utf-8"><title>Certificato di pubblicazione</title>
<style>@page {{ size: A4; margin: 20mm; }} body {{ font-family: 'Liberation Serif', serif; font-size: 11.5pt; }}
.lh {{ border-bottom: 1px solid #000; padding-bottom: 6px; margin-bottom: 20px; }} .lh b {{ font-size: 17pt; }}
h2 {{ text-align: center; letter-spacing: 4px; font-size: 13pt; }} p {{ text-align: justify; line-height: 1.5; }}
.f {{ margin-left: 55%; text-align: center; margin-top: 40px; }}</style></head><body>
<div class="lh"><b>COMUNE DI RUBANO</b><br><i>Provincia di Padova</i></div>
<h2>CERTIFICATO DI PUBBLICAZIONE</h2>
<p>Deliberazione del Consiglio Comunale <b>n. {a['number']} del {it_date(a['date'])}</b></p>
<p>Oggetto: {html.escape(a['subject'])}</p>
<p>Il sottoscritto Responsabile del Servizio Segreteria certifica che copia della presente deliberazione è stata pubblicata all'Albo Pretorio on line di questo Comune il giorno 30/11/2026 (registro pubblicazioni n. 1641) e vi rimarrà per quindici giorni consecutivi, fino al 15/12/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000.</p>
<p>Rubano, 30/11/2026</p>
<div class="f">IL RESPONSABILE DEL SERVIZIO SEGRETERIA<br>dott.ssa Martina Cecchinato<br><small>(documento firmato digitalmente)</small></div>
</body></html>"""
open(sys.argv[1] + "/certificato-rubano-sicraweb.html", "w").write(h)
