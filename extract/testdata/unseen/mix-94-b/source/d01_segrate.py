# Writes the HTML of the Segrate Consiglio minute (printed by headless Chromium in build.sh).
import sys
from acts import SEGRATE
rows = []
for i, (n, r, s) in enumerate(SEGRATE, 1):
    p = "X" if s in ("P", "R") else ""
    a = "X" if s in ("A", "AG") else ""
    if s == "AG": a = "X (giust.)"
    rem = "X" if s == "R" else ""
    rows.append(f"<tr><td class=c>{i}</td><td>{n}</td><td>{r}</td><td class=c>{p}</td><td class=c>{a}</td><td class=c>{rem}</td></tr>")
html = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>CC 9/2026</title>
<style>
@page {{ size: A4; margin: 18mm 18mm 20mm 20mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; }}
.head {{ display:flex; align-items:center; border-bottom: 2px solid #1b4d8c; padding-bottom:6px; }}
.logo {{ width:52px; height:62px; border:2px solid #1b4d8c; border-radius: 0 0 26px 26px; margin-right:14px; text-align:center; font: bold 9pt serif; color:#1b4d8c; padding-top:14px; box-sizing:border-box }}
.city {{ font-size: 20pt; font-weight: bold; color:#1b4d8c; letter-spacing: 1px }}
.prov {{ font-size: 9pt; color:#444 }}
.reg {{ margin-top:10px; display:grid; grid-template-columns: 1fr 1fr 1fr; border:1px solid #555; }}
.reg div {{ padding:4px 8px; border-right:1px solid #555 }} .reg div:last-child {{ border-right:none }}
.lab {{ font-size:7.5pt; text-transform:uppercase; color:#555; display:block }}
h1 {{ text-align:center; font-size:13pt; margin:14px 0 4px }}
.sub {{ text-align:center; font-size:9.5pt; margin-bottom:8px }}
.ogg {{ border:1px solid #555; padding:6px 8px; margin:8px 0; background:#f1f4f9 }}
table.roll {{ border-collapse:collapse; width:100%; font-size:9pt; margin:6px 0 }}
table.roll th, table.roll td {{ border:1px solid #777; padding:2px 5px }}
table.roll th {{ background:#dde4ef }}
.c {{ text-align:center }}
p {{ text-align: justify; margin: 5px 0 }}
ol li {{ margin-bottom:4px; text-align: justify }}
.firme {{ display:flex; justify-content:space-between; margin-top:26px; text-align:center }}
.firme div {{ width:45% }}
.foot {{ font-size:7.5pt; color:#555; border-top:1px solid #aaa; margin-top:18px; padding-top:3px }}
</style></head><body>
<div class="head"><div class="logo">SEGRATE</div><div><div class="city">CITTÀ DI SEGRATE</div>
<div class="prov">Città Metropolitana di Milano — Via I Maggio, 20054 Segrate (MI)</div></div></div>
<div class="reg"><div><span class="lab">Deliberazione del Consiglio Comunale</span>N. 9</div>
<div><span class="lab">Data seduta</span>30/03/2026</div><div><span class="lab">Seduta</span>pubblica, ordinaria, prima convocazione</div></div>
<h1>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</h1>
<div class="ogg"><b>OGGETTO:</b> APPROVAZIONE DEL REGOLAMENTO PER IL FUNZIONAMENTO DEL CONSIGLIO COMUNALE E DELLE COMMISSIONI CONSILIARI IN MODALITÀ MISTA E TELEMATICA</div>
<p>L'anno duemilaventisei, il giorno trenta del mese di marzo, alle ore 20:45, nella Sala Consiliare del Palazzo Comunale e in collegamento telematico ai sensi del vigente Regolamento, previa convocazione nei modi di legge, si è riunito il Consiglio Comunale in seduta pubblica di prima convocazione.</p>
<p>All'appello nominale risultano:</p>
<table class="roll"><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>Presente</th><th>Assente</th><th>Da remoto</th></tr>
{''.join(rows)}
<tr><td></td><td colspan=2><b>Totale</b></td><td class=c><b>22</b></td><td class=c><b>3</b></td><td class=c><b>2</b></td></tr></table>
<p>Partecipano alla seduta, senza diritto di voto, gli Assessori esterni: DELL'ORTO Gianluca, PEREGO Sara.</p>
<p>Assiste il Segretario Generale dott.ssa Antonella Scotti, che provvede alla redazione del presente verbale.</p>
<p>Essendo legale il numero degli intervenuti, la Presidente del Consiglio Comunale Chiara Brambilla assume la presidenza e dichiara aperta la seduta per la trattazione dell'argomento in oggetto, iscritto al punto n. 3 dell'ordine del giorno.</p>
<p style="text-align:center"><b>IL CONSIGLIO COMUNALE</b></p>
<p>Premesso che con deliberazione del Consiglio Comunale n. 41 del 28/09/2020 è stato approvato il Regolamento per lo svolgimento delle sedute degli organi collegiali in videoconferenza;</p>
<p>Ritenuto di disciplinare in modo organico le sedute in modalità mista, con una parte dei Consiglieri presente in aula e una parte collegata da remoto;</p>
<p>Visto il parere favorevole della Commissione consiliare Affari Istituzionali espresso nella seduta del 17/03/2026;</p>
<p>Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;</p>
<p>Uditi gli interventi dei Consiglieri, riportati nella trascrizione integrale allegata al verbale della seduta;</p>
<p>Con votazione espressa per appello nominale, che dà il seguente risultato: presenti n. 22, votanti n. 21, voti favorevoli n. 15, voti contrari n. 6 (Fumagalli, Longoni, Bassi, Vergani, Meroni, Spinelli), astenuti n. 1 (Arosio);</p>
<p style="text-align:center"><b>DELIBERA</b></p>
<ol>
<li>di approvare il Regolamento per il funzionamento del Consiglio Comunale e delle Commissioni consiliari in modalità mista e telematica, composto da 24 articoli, allegato quale parte integrante e sostanziale;</li>
<li>di abrogare il Regolamento approvato con deliberazione del Consiglio Comunale n. 41 del 28/09/2020;</li>
<li>di dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'Albo Pretorio on line;</li>
<li>di incaricare la Segreteria Generale della pubblicazione del Regolamento nella sezione Amministrazione Trasparente.</li>
</ol>
<p>Successivamente, con separata votazione per appello nominale, presenti n. 22, votanti n. 22, voti favorevoli n. 16, voti contrari n. 6 (Fumagalli, Longoni, Bassi, Vergani, Meroni, Spinelli), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<div class="firme"><div>LA PRESIDENTE DEL CONSIGLIO<br>Chiara Brambilla<br><i>(firmato digitalmente)</i></div>
<div>IL SEGRETARIO GENERALE<br>dott.ssa Antonella Scotti<br><i>(firmato digitalmente)</i></div></div>
<div class="foot">Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005. Città di Segrate — Deliberazione C.C. n. 9 del 30/03/2026</div>
</body></html>"""
open(sys.argv[1], "w").write(html)
