# HTML generator for Vicchio (Chromium), Fosciandora (LibreOffice Writer), Castiglione Chiavarese (wkhtmltopdf)
import sys, html; sys.path.insert(0, __import__("os").path.dirname(__file__))
from data import *
k, out = sys.argv[1], sys.argv[2]; a = ACTS[k]; e = html.escape
CSS = {"vicchio": "body{font-family:'Liberation Sans';font-size:10.5pt;margin:18mm} td,th{border:1px solid #000;padding:3px 6px} table{border-collapse:collapse} .box{border:2px solid #000;padding:6px;margin:8px 0}",
       "fosciandora": "body{font-family:'Liberation Serif';font-size:11pt} td,th{border:1px solid #000;padding:2px 5px} table{border-collapse:collapse}",
       "castiglionechiavarese": "body{font-family:'DejaVu Sans';font-size:9.5pt} td,th{border:1px solid #444;padding:3px 6px} table{border-collapse:collapse;width:100%} th{background:#ddd} .box{border:1px solid #000;padding:6px;margin:8px 0;background:#f2f2f2}"}[k]
h = [f"<html><head><meta charset='utf-8'><style>{CSS} .pb{{page-break-before:always}}</style></head><body>"]
pres_n = sum(1 for r in a["roll"] if r[2]); ass_n = len(a["roll"]) - pres_n
d = a["date"]; y, m, dd = d.split("-")
if k == "vicchio":
    h.append(f"<table style='width:100%;border:none'><tr><td style='border:none;width:70%'><b style='font-size:15pt'>{e(a['muni'])}</b><br>{e(a['prov'])}</td><td style='border:none;text-align:right'>Codice Ente 048049</td></tr></table><hr>")
    h.append(f"<h3 style='text-align:center'>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</h3>")
    h.append(f"<table style='width:100%'><tr><td><b>Delibera N.</b> {a['num']}</td><td><b>Data</b> {dmy(d)}</td><td><b>Proposta N.</b> {a['prop']} del {dmy(a['propdate'])}</td></tr><tr><td colspan=3><b>Settore proponente:</b> {e(a['settore'])}</td></tr></table>")
    h.append(f"<p><b>OGGETTO:</b> {e(a['subject'])}</p>")
    h.append(f"<p>L'anno {y}, il giorno {GIORNI[int(dd)]} del mese di {MESI[int(m)-1]}, alle ore {a['time']}, nella sede comunale, si è riunita la Giunta Comunale, convocata nelle forme di legge. Risultano:</p>")
elif k == "fosciandora":
    h.append(f"<p align=center><b><font size=5>{e(a['muni'].upper())}</font></b><br>{e(a['prov'].upper())}</p>")
    h.append(f"<p align=center><b>COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b></p>")
    h.append(f"<p><b>N. {a['num']} del {dshort(d)}</b></p>")
    h.append(f"<table width=100%><tr><td><b>Proposta n.</b> {a['prop']}</td><td><b>del</b> {dshort(a['propdate'])}</td></tr><tr><td colspan=2><b>Ufficio proponente:</b> {e(a['settore'])}</td></tr></table>")
    h.append(f"<p><b>Oggetto: {e(a['subject'])}</b></p>")
    h.append(f"<p>L'anno duemilaventisei addì {GIORNI[int(dd)]} del mese di {MESI[int(m)-1]} alle ore {a['time'].replace(':','.')} nella sala delle adunanze, previa l'osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti la Giunta Comunale. All'appello risultano:</p>")
else:
    h.append(f"<table style='border:none'><tr><td style='border:none'><b style='font-size:14pt'>{e(a['muni'].upper())}</b><br>{e(a['prov'])}</td></tr></table>")
    h.append(f"<div class=box><table><tr><th>Deliberazione G.C.</th><th>Data</th><th>Proposta</th><th>Settore proponente</th></tr><tr><td>N. {a['num']}/{y}</td><td>{dmy(d,'-')}</td><td>N. {a['prop']} del {dmy(a['propdate'],'-')}</td><td>{e(a['settore'])}</td></tr></table></div>")
    h.append(f"<p><b>OGGETTO: {e(a['subject'])}</b></p>")
    h.append(f"<p>L'anno {y} addì {int(dd)} del mese di {MESI[int(m)-1]} alle ore {a['time']} nella Sede Comunale si è riunita la {e(a['organ'])} nelle persone dei Signori:</p>")
# roll table
h.append("<table style='margin:6px auto'><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>Presenti</th><th>Assenti</th></tr>")
for i, (n, r, p) in enumerate(a["roll"], 1):
    h.append(f"<tr><td>{i}</td><td>{e(n)}</td><td>{e(r)}</td><td align=center>{'X' if p else ''}</td><td align=center>{'' if p else 'X'}</td></tr>")
h.append(f"<tr><td colspan=3 align=right><b>Totale</b></td><td align=center><b>{pres_n}</b></td><td align=center><b>{ass_n}</b></td></tr></table>")
pt, pr, pn = a["pres"]; st, sr, sn = a["sec"]
h.append(f"<p>Partecipa il {sr} {st} {e(sn)}, incaricato della redazione del verbale.</p>")
h.append(f"<p>Essendo legale il numero degli intervenuti, il {pr} {pt} {e(pn)}, in assenza del Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.</p>")
h.append("<p align=center><b>LA GIUNTA COMUNALE</b></p>")
for p in premises(k, a): h.append(f"<p>{e(p)}</p>")
h.append(f"<p>{e(vote_sentence(k, a))}</p><p align=center><b>DELIBERA</b></p><ol>")
for p in a["points"]: h.append(f"<li>{e(p)}</li>")
h.append("</ol>")
ie = ie_sentence(k, a)
if ie: h.append(f"<p>{e(ie)}</p>")
h.append("<p><b>PARERI ai sensi dell'art. 49 del D.Lgs. 267/2000</b></p><table style='width:100%'>")
for t, s, dt in a["pareri"]:
    h.append(f"<tr><td>Parere favorevole di {e(t)}</td><td>{e(s)}</td><td>{dmy(dt)}</td></tr>")
h.append("</table>")
h.append(f"<p>Letto, approvato e sottoscritto.</p><table style='width:100%;border:none'><tr><td style='border:none' align=center>IL {pr.upper()}<br>{pt} {e(pn)}</td><td style='border:none' align=center>IL {sr.upper()}<br>{st} {e(sn)}</td></tr></table>")
h.append(f"<div class=pb></div><p align=center><b>CERTIFICATO DI PUBBLICAZIONE</b></p>")
h.append(f"<p>Il sottoscritto {sr} certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line di questo Comune dal {dmy(a['pub'])} per 15 giorni consecutivi (Reg. Pubbl. n. {a['reg']}) e contestualmente comunicata ai capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.</p>")
h.append(f"<p>{e(a['muni'].replace('Comune di ',''))}, lì {dmy(a['pub'])}</p><p align=right>IL {sr.upper()}<br>{st} {e(sn)}</p>")
h.append("</body></html>")
open(out, "w").write("\n".join(h))
