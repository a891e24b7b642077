# -*- coding: utf-8 -*-
"""Giunta deliberation of the Unione dei Comuni del Logudoro: HTML in the style of PhantomJS-rendered
reports of a web back office; rendered with wkhtmltopdf (same WebKit lineage). Writes the HTML files."""
import sys, os
from data import LOGUDORO as D, dmy

outdir = sys.argv[1]
N, DT = D["number"], dmy(D["date"])
pres = [a for a in D["attendees"] if a[2]]
abs_ = [a for a in D["attendees"] if not a[2]]
vc = D["vote_counts"]
css = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;line-height:1.38;color:#111}
.hdr{width:100%;border-bottom:2px solid #7a1f1f;padding-bottom:6px;margin-bottom:10px}
.hdr td{vertical-align:middle}
.crest{width:60px;height:64px;border:1px solid #7a1f1f;border-radius:6px;font-size:7pt;text-align:center;color:#7a1f1f}
.ente{font-size:17pt;font-weight:bold;color:#7a1f1f;letter-spacing:.5px}
.sub{font-size:9pt;color:#444}
.tit{background:#7a1f1f;color:#fff;font-weight:bold;padding:5px 8px;font-size:11.5pt;text-align:center}
.num{text-align:center;font-size:11pt;margin:4px 0 10px}
.ogg{border-left:5px solid #7a1f1f;background:#f6eeee;padding:8px 10px;margin:8px 0 12px}
.ogg span{font-weight:bold}
p{text-align:justify;margin:5px 0}
h3{text-align:center;font-size:11pt;margin:12px 0 6px}
table.v{border-collapse:collapse;margin:8px auto;width:70%}
table.v td,table.v th{border:1px solid #999;padding:3px 8px;text-align:center;font-size:10pt}
table.v th{background:#eee}
ul.disp li{margin:4px 0;text-align:justify}
.sig{width:100%;margin-top:26px}
.sig td{width:50%;text-align:center}
.pub{border:1px solid #333;padding:6px 9px;font-size:9pt;margin-top:20px;page-break-inside:avoid}
"""
html = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Delibera GU {N}/2026</title>
<style>{css}</style></head><body>
<table class="hdr"><tr><td style="width:72px"><div class="crest"><br>logo<br>Unione</div></td>
<td><div class="ente">UNIONE DEI COMUNI DEL LOGUDORO</div>
<div class="sub">Provincia di Sassari – Servizi associati: Polizia Locale, SUAPE, Servizi Sociali</div></td></tr></table>
<div class="tit">DELIBERAZIONE DELLA GIUNTA DELL'UNIONE</div>
<div class="num">N. <b>{N}</b> del <b>{DT}</b></div>
<div class="ogg"><span>Oggetto:</span> {D['subject']}</div>
<p>L'anno duemilaventisei addì diciotto del mese di marzo, alle ore 12:30, presso la sede dell'Unione, si è
riunita la Giunta dell'Unione, convocata nei modi di legge e di statuto.</p>
<p>Sono presenti i Sigg.: {', '.join(f'{n} ({r})' for n, r, _ in pres)}.</p>
<p>Sono assenti i Sigg.: {', '.join(f'{n} ({r})' for n, r, _ in abs_)}.</p>
<p>Presiede la seduta il Presidente dell'Unione, Antonio Fois. Partecipa il Segretario dell'Unione, dott. Giovanni
Maria Pinna, che cura la redazione del presente verbale.</p>
<p>Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.</p>
<h3>LA GIUNTA DELL'UNIONE</h3>
<p>PREMESSO che, ai sensi dello Statuto e della convenzione approvata dall'Assemblea con deliberazione n. 11 del
22/12/2023, il servizio di Polizia Locale è gestito in forma associata per tutti i Comuni aderenti;</p>
<p>CONSIDERATO che il bilancio di previsione 2026-2028 dell'Unione, approvato dall'Assemblea con deliberazione
n. 3 del 26/02/2026, prevede per il servizio una spesa corrente di € 412.600,00, da ripartire tra i Comuni
secondo i criteri dell'art. 9 della convenzione (60% popolazione residente al 31/12/2025, 40% estensione
territoriale);</p>
<p>VISTO il prospetto di riparto predisposto dal Responsabile del Servizio Finanziario, allegato sotto la lettera
"A";</p>
<p>ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;</p>
<p>con votazione palese, dal seguente esito:</p>
<table class="v"><tr><th>Presenti</th><th>Votanti</th><th>Favorevoli</th><th>Contrari</th><th>Astenuti</th></tr>
<tr><td>{vc['present']}</td><td>{vc['voters']}</td><td>{vc['in_favour']}</td><td>{vc['against']}</td><td>{vc['abstained']}</td></tr></table>
<h3>DELIBERA</h3>
<ul class="disp">
<li>di approvare il piano di riparto delle spese del servizio associato di Polizia Locale per l'anno 2026,
come risultante dal prospetto allegato "A", per un importo complessivo di € 412.600,00;</li>
<li>di richiedere ai Comuni aderenti il versamento delle quote di rispettiva competenza in due rate
scadenti il 30 giugno e il 30 novembre 2026;</li>
<li>di trasmettere copia del presente atto ai Sindaci dei Comuni aderenti e al Responsabile del Servizio
Finanziario per gli adempimenti di competenza.</li>
</ul>
<p>Indi, con successiva votazione unanime, la Giunta dichiara la presente deliberazione immediatamente
eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.</p>
<table class="sig"><tr><td>Il Presidente<br><i>Antonio Fois</i></td><td>Il Segretario<br><i>dott. Giovanni Maria Pinna</i></td></tr></table>
<div class="pub"><b>CERTIFICATO DI PUBBLICAZIONE</b> – La presente deliberazione è pubblicata all'Albo Pretorio on line
dell'Unione dal 20/03/2026 per quindici giorni consecutivi (n. 87 del registro delle pubblicazioni) ed è
contestualmente comunicata ai Comuni aderenti.<br>Il Segretario dell'Unione – dott. Giovanni Maria Pinna</div>
<div style="font-size:7.5pt;color:#555;border-top:1px solid #aaa;margin-top:14px;padding-top:3px">Documento firmato
digitalmente ai sensi del D.Lgs. 82/2005 – Delibera G.U. n. {N}/2026 – stampato da: Protocollo e Atti – sessione albo</div>
</body></html>"""
foot = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><script>
function s(){{var v={{}},q=document.location.search.substring(1).split('&');for(var i in q){{var z=q[i].split('=',2);v[z[0]]=decodeURIComponent(z[1]);}}
document.getElementById('p').textContent=v.page;document.getElementById('t').textContent=v.topage;}}</script></head>
<body onload="s()" style="font-family:'DejaVu Sans';font-size:7.5pt;color:#555;border-top:1px solid #aaa;margin:0;padding-top:3px">
<span>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Delibera G.U. n. {N}/2026</span>
<span style="float:right">Pagina <span id="p"></span> di <span id="t"></span></span></body></html>"""
open(os.path.join(outdir, "logudoro.html"), "w").write(html)
open(os.path.join(outdir, "logudoro_foot.html"), "w").write(foot)
