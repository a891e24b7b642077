# -*- coding: utf-8 -*-
"""C4: Boscoreale, Consiglio n. 4 - the Halley house style as its newer web
module prints it, HTML printed by headless Chromium: roll table whose marks
are Sì / No with a note for the councillors present by videoconference,
letter-spaced headings, a running head repeated on every page."""
import sys, html
from data import C4, it_date, words_date

a = C4
e = html.escape
day, month = words_date(a["date"])
p, s = a["president"], a["secretary"]
ref = "DELIBERAZIONE C.C. N. %d DEL %s" % (a["number"], it_date(a["date"]))
roll = "\n".join("<tr><td class='c'>%d</td><td>%s</td><td>%s</td><td class='c'>%s</td><td>%s</td></tr>"
                 % (i + 1, e(n), r, m, note) for i, (n, r, m, note) in enumerate(a["roll"]))
pres = sum(1 for r in a["roll"] if r[2] == "Sì")
prem = "\n".join("<p>%s</p>" % e(t) for t in a["premessa"])
points = "\n".join("<li>%s</li>" % e(t) for t in a["points"])
c = a["vote_counts"]
doc = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>%(ref)s</title>
<style>
@page { size: A4; margin: 14mm 20mm 18mm 20mm; }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt; line-height: 1.35; }
.rh { font-size: 8.5pt; border-bottom: 0.5pt solid #000; margin-bottom: 4mm;
      display: flex; justify-content: space-between; font-family: "Liberation Sans", Arial, sans-serif; }
table.page { width: 100%%; border-collapse: collapse; } table.page > thead td, table.page > tbody > tr > td { padding: 0; }
.lh { text-align: center; border-top: 2pt double #000; border-bottom: 2pt double #000; padding: 2mm 0; }
.lh .n { font-size: 16pt; font-weight: bold; letter-spacing: 3pt; }
.lh .s { font-size: 9.5pt; }
.copia { text-align: right; font-weight: bold; margin-top: 1mm; }
h1 { text-align: center; font-size: 12.5pt; margin: 2mm 0; }
.num { display: flex; justify-content: space-between; font-weight: bold; font-size: 11.5pt;
       border-bottom: 0.6pt solid #000; padding: 0 4mm 1mm 4mm; }
.ogg { display: flex; font-weight: bold; padding: 2mm 0; border-bottom: 0.6pt solid #000; }
.ogg .l { width: 24mm; flex: none; }
.prop { font-size: 9.5pt; padding: 1mm 0 3mm 0; }
p { text-align: justify; margin: 0 0 1.6mm 0; }
table.roll { border-collapse: collapse; width: 100%%; font-size: 10pt; margin: 2mm 0; }
table.roll td, table.roll th { border: 0.5pt solid #000; padding: 0.4mm 1.8mm; text-align: left; }
table.roll th { background: #eee; }
.c { text-align: center !important; }
h2 { text-align: center; font-size: 11pt; letter-spacing: 1.5pt; margin: 3mm 0 2mm 0; }
h3 { text-align: center; font-size: 11.5pt; letter-spacing: 5pt; margin: 3mm 0 2mm 0; }
ol { padding-left: 7mm; margin: 0; } ol li { text-align: justify; margin-bottom: 1.2mm; }
.sig { display: flex; margin-top: 7mm; text-align: center; } .sig div { flex: 1; }
.cc { border-top: 0.6pt solid #000; margin-top: 6mm; padding-top: 1mm; font-size: 9.5pt; }
</style></head><body>
<table class="page"><thead><tr><td><div class="rh"><span>COMUNE DI BOSCOREALE</span><span>%(ref)s</span></div></td></tr></thead>
<tbody><tr><td>
<div class="lh"><div class="n">COMUNE DI BOSCOREALE</div>
<div class="s">CITTA' METROPOLITANA DI NAPOLI<br>Settore I - Affari Generali - Ufficio Segreteria</div></div>
<div class="copia">COPIA</div>
<h1>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</h1>
<div class="num"><span>N. %(num)d</span><span>DEL %(date)s</span></div>
<div class="ogg"><div class="l">OGGETTO:</div><div>%(subj)s</div></div>
<div class="prop">PROPOSTA N. %(pn)d DEL %(pd)s - %(po)s</div>
<p>L'anno duemilaventisette il giorno %(day)s del mese di %(month)s alle ore %(time)s, nella sala
consiliare della Casa Comunale e in videoconferenza per i Consiglieri che ne hanno fatto richiesta, ai
sensi del Regolamento del Consiglio Comunale, si è riunito il Consiglio Comunale in sessione ordinaria,
seduta pubblica di prima convocazione. Procedutosi all'appello nominale, risultano:</p>
<table class="roll"><tr><th class="c">N.</th><th>Cognome e Nome</th><th>Carica</th><th class="c">Presente</th><th>Note</th></tr>
%(roll)s</table>
<p><b>Presenti n. %(pres)d &nbsp;&nbsp; Assenti n. %(abs)d &nbsp;&nbsp; Assegnati n. 17</b></p>
<p>Presiede la seduta il %(ptitle)s %(pname)s, %(prole)s, in assenza del Presidente. Partecipa la
%(srole)s %(stitle)s %(sname)s, che cura la redazione del verbale. Il Presidente, constatato il
numero legale, dichiara aperta la seduta e pone in trattazione il punto n. 1 dell'ordine del giorno.</p>
<h2>IL CONSIGLIO COMUNALE</h2>
%(prem)s
<p>Con la seguente votazione, espressa per appello nominale: presenti n. %(cp)d, votanti n. %(cv)d,
voti favorevoli n. %(cf)d, voti contrari n. %(cc)d (Abagnale, Cesarano, Formisano, Russo), astenuti
n. %(ca)d,</p>
<h3>DELIBERA</h3>
<ol>%(points)s</ol>
<p style="margin-top:2mm">Successivamente, con separata votazione dal medesimo esito, il Consiglio
Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4,
del D.Lgs. 18 agosto 2000, n. 267.</p>
<p style="margin-top:4mm">Letto, confermato e sottoscritto.</p>
<div class="sig"><div><b>IL PRESIDENTE</b><br>F.to %(ptitle)s %(pname)s</div>
<div><b>IL VICE SEGRETARIO GENERALE</b><br>F.to %(stitle)s %(sname)s</div></div>
<div class="cc">Copia conforme all'originale, per uso amministrativo. Boscoreale, 27/02/2027</div>
</td></tr></tbody></table>
</body></html>
""" % dict(ref=ref, num=a["number"], date=it_date(a["date"]), pn=a["proposal_number"],
           pd=it_date(a["proposal_date"]), po=e(a["proposing_office"]), subj=e(a["subject"]),
           day=day, month=month, time=a["time"].replace(":", ","), roll=roll, pres=pres,
           abs=len(a["roll"]) - pres, ptitle=p["title"], pname=p["name"], prole=p["role"],
           srole=s["role"], stitle=s["title"], sname=s["name"], prem=prem, points=points,
           cp=c["present"], cv=c["voters"], cf=c["in_favour"], cc=c["against"], ca=c["abstained"])
open(sys.argv[1], "w", encoding="utf-8").write(doc)
