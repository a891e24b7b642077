# -*- coding: utf-8 -*-
"""A2: Cassano d'Adda, Giunta n. 22 - HTML printed by headless Chromium in
the house style of the ReportLab minute: roll table whose Presenza column
says Presente / Presente in videoconferenza / Assente; letter-spaced
headings by CSS; a foot repeated on every page (position: fixed)."""
import sys, html
from data import A2, it_date, words_date

a = A2
e = html.escape
day, month = words_date(a["date"])
p, s = a["president"], a["secretary"]
ref = "Deliberazione di Giunta Comunale n. %d del %s" % (a["number"], it_date(a["date"]))
roll = "\n".join("<tr><td>%s</td><td>%s</td><td class='c'>%s</td></tr>" % (e(n), r, m)
                 for n, r, m in a["roll"])
pres = sum(1 for r in a["roll"] if r[2].startswith("Presente"))
prem = "\n".join("<p>%s</p>" % e(t) for t in a["premessa"])
points = "\n".join("<li>%s</li>" % e(t) for t in a["points"])
doc = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>%(ref)s</title>
<style>
@page { size: A4; margin: 20mm 22mm 14mm 22mm; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.38; }
.lh { display: flex; align-items: center; border-bottom: 1.2pt solid #000; padding-bottom: 3mm; }
.lh svg { margin-right: 5mm; }
.lh .name { flex: 1; }
.lh .name b { font-size: 16pt; }
.box { border: 0.8pt solid #000; width: 47mm; font-size: 10pt; }
.box .o { border-bottom: 0.5pt solid #000; text-align: center; font-weight: bold; font-size: 9pt; padding: 1mm; }
.box .v { padding: 1mm 2.5mm; }
h1 { font-size: 11.5pt; letter-spacing: 2.2pt; text-align: center; margin: 5mm 0 2mm 0; }
.prop { font-size: 8.5pt; margin-bottom: 3mm; }
.ogg { display: flex; font-weight: bold; border-bottom: 0.5pt solid #000; padding-bottom: 2mm; margin-bottom: 3mm; }
.ogg .l { width: 22mm; flex: none; }
p { text-align: justify; margin: 0 0 1.5mm 0; }
table.roll { border-collapse: collapse; width: 82%%; margin: 2mm 0; font-size: 9.5pt; }
table.roll td, table.roll th { border: 0.5pt solid #000; padding: 0.6mm 1.5mm; text-align: left; }
table.roll th { background: #e0e0e0; }
td.c, th.c { text-align: center !important; }
h2 { font-size: 10.5pt; letter-spacing: 1.6pt; text-align: center; margin: 4mm 0 2mm 0; }
h3 { break-after: avoid; font-size: 11pt; letter-spacing: 4.5pt; text-align: center; margin: 3mm 0 2mm 0; }
ol { margin: 0; padding-left: 7mm; } ol li { text-align: justify; margin-bottom: 1.2mm; }
.sig { display: flex; margin-top: 8mm; } .sig div { flex: 1; padding-left: 12mm; }
.note { font-size: 8pt; font-style: italic; margin-top: 4mm; }
.foot { border-top: 0.4pt solid #000; font-size: 7.5pt; padding-top: 1mm; margin-top: 5mm; }
table.page { width: 100%%; border-collapse: collapse; } table.page > tfoot td, table.page > tbody > tr > td { padding: 0; }
</style></head><body>
<table class="page"><tfoot><tr><td><div class="foot">DM Atti - Delibere &nbsp;|&nbsp; %(ref)s</div></td></tr></tfoot>
<tbody><tr><td>
<div class="lh">
<svg width="44" height="48" viewBox="0 0 44 48"><path d="M2 2 H36 V26 C36 38 19 46 19 46 C19 46 2 38 2 26 Z" fill="none" stroke="#000" stroke-width="1.5"/><path d="M19 4 V44 M4 17 H34" stroke="#000" stroke-width="1"/></svg>
<div class="name"><b>COMUNE DI CASSANO D'ADDA</b><br>Città Metropolitana di Milano</div>
<div class="box"><div class="o">ORIGINALE</div><div class="v">Deliberazione N. %(num)d<br>del %(date)s</div></div>
</div>
<h1>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</h1>
<div class="prop">Proposta n. %(pn)d del %(pd)s &nbsp;-&nbsp; Proponente: %(po)s</div>
<div class="ogg"><div class="l">OGGETTO:</div><div>%(subj)s</div></div>
<p>L'anno duemilaventisette, addì %(day)s del mese di %(month)s, alle ore %(time)s, nella sala delle
adunanze della sede comunale e in collegamento telematico, ai sensi del Regolamento per lo svolgimento
delle sedute della Giunta in modalità mista, si è riunita la Giunta Comunale. All'appello risultano:</p>
<table class="roll"><tr><th>Cognome e Nome</th><th>Carica</th><th class="c">Presenza</th></tr>
%(roll)s</table>
<p><b>Presenti n. %(pres)d &nbsp;&nbsp;&nbsp; Assenti n. %(abs)d</b></p>
<p>I componenti collegati in videoconferenza sono stati identificati dal Vice Segretario, che ne ha
verificato la possibilità di intervenire nella discussione e di esprimere il voto.</p>
<p>Partecipa e verbalizza il %(srole)s %(stitle)s %(sname)s.</p>
<p>Presiede la seduta il %(prole)s %(ptitle)s %(pname)s, in assenza del Sindaco, la quale, constatato
il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.</p>
<h2>LA GIUNTA COMUNALE</h2>
%(prem)s
<p>Con voti unanimi favorevoli, espressi per alzata di mano dai presenti in sala e a voce dai componenti
collegati in videoconferenza,</p>
<h3>DELIBERA</h3>
<ol>%(points)s</ol>
<p style="margin-top:2mm">La presente deliberazione, non dichiarata immediatamente eseguibile, diverrà
esecutiva decorsi dieci giorni dalla sua pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134,
comma 3, del D.Lgs. 18 agosto 2000, n. 267.</p>
<p style="margin-top:5mm">Letto, confermato e sottoscritto.</p>
<div class="sig"><div><b>IL VICESINDACO</b><br>%(ptitle)s %(pname)s</div>
<div><b>IL VICE SEGRETARIO GENERALE</b><br>%(stitle)s %(sname)s</div></div>
<div class="note">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che
sostituisce il documento cartaceo e la firma autografa.</div>
</td></tr></tbody></table>
</body></html>
""" % dict(ref=ref, num=a["number"], date=it_date(a["date"]), pn=a["proposal_number"],
           pd=it_date(a["proposal_date"]), po=e(a["proposing_office"]), subj=e(a["subject"]),
           day=day, month=month, time=a["time"], roll=roll, pres=pres, abs=len(a["roll"]) - pres,
           srole=s["role"], stitle=s["title"], sname=s["name"], prole=p["role"], ptitle=p["title"],
           pname=p["name"], prem=prem, points=points)
open(sys.argv[1], "w", encoding="utf-8").write(doc)
