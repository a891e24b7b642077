# -*- coding: utf-8 -*-
"""B2: Cavriglia, Giunta n. 19 - HTML for wkhtmltopdf; the roll is prose,
each name followed by its role.  The Debian wkhtmltopdf (unpatched Qt)
prints CSS points at 3/4 of their size and ignores --zoom, so the sizes
below are the office's 11.5pt body scaled by 4/3."""
import sys, html
from data import B2, it_date, words_date

a = B2
e = html.escape
day, month = words_date(a["date"])
p, s = a["president"], a["secretary"]
present = "; ".join("%s, %s" % (n, r) for n, r in a["prose_present"])
absent = "; ".join("%s, %s" % (n, r) for n, r in a["prose_absent"])
points = "\n".join("<tr><td class='n'>%d.</td><td>%s</td></tr>" % (i + 1, e(t))
                   for i, t in enumerate(a["points"]))
prem = "\n".join("<p>%s</p>" % e(t) for t in a["premessa"])
ref = "Delibera G.C. n. %d del %s" % (a["number"], it_date(a["date"]))
doc = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>%(ref)s</title>
<style>
 body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 15.3pt; margin: 0 8.0mm; }
 .crest { text-align: center; margin-top: 2.7mm; }
 h1 { text-align: center; font-size: 22.6pt; margin: 2.7mm 0 0 0; }
 .prov { text-align: center; font-style: italic; margin: 0 0 5.3mm 0; }
 table.grid { width: 100%%; border-collapse: collapse; }
 table.grid td { border: 1.1pt solid #000; padding: 4.0pt 8.0pt; vertical-align: top; }
 .kind { font-weight: bold; font-size: 16.6pt; }
 .small { font-size: 13.3pt; }
 .ogg td { padding: 8.0pt; }
 p { text-align: justify; margin: 0 0 5.3pt 0; line-height: 1.3; }
 .c { text-align: center; font-weight: bold; margin: 10.6pt 0 6.7pt 0; }
 table.disp { border-collapse: collapse; width: 100%%; }
 table.disp td { vertical-align: top; text-align: justify; padding: 0 0 5.3pt 0; line-height: 1.3; }
 td.n { width: 10.6mm; }
 .sig { width: 100%%; margin-top: 18.6pt; }
 .sig td { width: 50%%; text-align: center; }
 .foot { border-top: 0.8pt solid #000; margin-top: 23.9pt; font-size: 12.0pt; font-style: italic; }
</style></head><body>
<div class="crest"><svg width="45" height="53" viewBox="0 0 34 40"><path d="M2 2 H32 V22 C32 31 17 38 17 38 C17 38 2 31 2 22 Z" fill="none" stroke="#000" stroke-width="1.4"/><path d="M17 3 V37 M3 15 H31" stroke="#000" stroke-width="1"/></svg></div>
<h1>COMUNE DI CAVRIGLIA</h1>
<div class="prov">Provincia di Arezzo</div>
<table class="grid">
<tr><td style="width:68%%"><span class="kind">DELIBERAZIONE DELLA GIUNTA COMUNALE</span><br><span class="small"><i>Originale</i></span></td>
<td><span class="kind">N. %(num)d</span><br>del %(date)s</td></tr>
<tr><td colspan="2" class="small">Proposta n. %(pn)d del %(pd)s &nbsp;-&nbsp; Settore proponente: %(po)s</td></tr>
<tr class="ogg"><td colspan="2"><b>OGGETTO:</b>&nbsp; <b>%(subj)s</b></td></tr>
</table>
<p style="margin-top:10pt">L'anno duemilaventisette, il giorno %(day)s del mese di %(month)s, alle ore %(time)s,
nella Residenza Municipale, a seguito di regolare convocazione, si è riunita la Giunta Comunale.</p>
<p>Sono presenti i Signori: %(present)s.</p>
<p>È assente il Signor %(absent)s.</p>
<p>Assume la presidenza il %(ptitle)s %(pname)s nella sua qualità di %(prole)s, il quale, riconosciuto
legale il numero degli intervenuti, dichiara aperta la seduta.</p>
<p>Partecipa il %(srole)s %(stitle)s %(sname)s, incaricata della redazione del verbale.</p>
<div class="c">LA GIUNTA COMUNALE</div>
%(prem)s
<p>Con voti favorevoli unanimi, resi nei modi di legge,</p>
<div class="c">DELIBERA</div>
<table class="disp">%(points)s</table>
<p>Successivamente, con separata votazione unanime, la presente deliberazione è dichiarata
immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267, attesa
l'urgenza di avviare la progettazione definitiva.</p>
<p style="margin-top:12pt">Letto, approvato e sottoscritto.</p>
<table class="sig"><tr><td><b>IL SINDACO</b><br>%(pname)s<br><i class="small">(firmato digitalmente)</i></td>
<td><b>IL VICE SEGRETARIO COMUNALE</b><br>%(stitle)s %(sname)s<br><i class="small">(firmato digitalmente)</i></td></tr></table>
<div class="foot">%(ref)s &ndash; documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005</div>
</body></html>
""" % dict(ref=ref, num=a["number"], date=it_date(a["date"]), pn=a["proposal_number"],
           pd=it_date(a["proposal_date"]), po=e(a["proposing_office"]), subj=e(a["subject"]).replace("TECNICO-ECONOMICA", "<span style='white-space:nowrap'>TECNICO-ECONOMICA</span>"),
           day=day, month=month, time=a["time"], present=e(present), absent=e(absent),
           ptitle=p["title"], pname=p["name"], prole=p["role"], srole=s["role"], stitle=s["title"],
           sname=s["name"], prem=prem, points=points)
open(sys.argv[1], "w", encoding="utf-8").write(doc)
