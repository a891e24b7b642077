# Comune di San Bonifacio - Deliberazione Consiglio Comunale n. 9/2026
# imitates the print view of a Java/Spring + Thymeleaf "Gestione Atti" web app; printed by headless Chromium
import sys
roll = [("ZANELLA LUCA","Sindaco","P"),("BERTOLDI ANNA","Presidente","P"),("TREVISAN MARCO","Consigliere","P"),
("DAL BEN GIULIA","Consigliere","P"),("FERRARESE PAOLO","Consigliere","P"),("MENEGHINI SARA","Consigliere","A"),
("CASTAGNA ROBERTO","Consigliere","P"),("VENTURINI ELENA","Consigliere","P"),("ZAMBONI DAVIDE","Consigliere","P"),
("PERBELLINI CHIARA","Consigliere","P"),("GUGOLE STEFANO","Consigliere","P"),("BONOMO FEDERICA","Consigliere","P"),
("RIGHETTI ALBERTO","Consigliere","A"),("TOSATO MICHELA","Consigliere","P"),("ZORZI GIANLUCA","Consigliere","P"),
("FACCIOLI ILARIA","Consigliere","P"),("BURATO NICOLA","Consigliere","P")]
left, right = roll[:9], roll[9:]
rows = []
for i in range(9):
    a = left[i]; cells = f'<td class="n">{i+1}</td><td>{a[0]}</td><td>{a[1]}</td><td class="pa">{a[2]}</td>'
    if i < len(right):
        b = right[i]; cells += f'<td class="sep"></td><td class="n">{i+10}</td><td>{b[0]}</td><td>{b[1]}</td><td class="pa">{b[2]}</td>'
    else:
        cells += '<td class="sep"></td><td class="n"></td><td></td><td></td><td class="pa"></td>'
    rows.append('<tr>' + cells + '</tr>')
html = f'''<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Deliberazione C.C. n. 9 del 26/02/2026</title>
<style>
@page {{ size: A4; margin: 16mm 15mm 20mm 15mm; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.6pt; color:#222; }}
.appbar {{ font-size: 7.5pt; color:#666; border-bottom:1px solid #ccc; padding-bottom:2px; display:flex; justify-content:space-between; }}
.lh {{ display:flex; align-items:center; margin:8px 0 6px 0; }}
.crest {{ width:46px; height:56px; border:1.5px solid #7a1c1c; border-radius:0 0 23px 23px; font-size:6pt; color:#7a1c1c; text-align:center; padding-top:20px; box-sizing:border-box; margin-right:12px; }}
.lh h1 {{ font-family:"DejaVu Serif", serif; font-size:17pt; margin:0; color:#7a1c1c; letter-spacing:1px; }}
.lh div.sub {{ font-size:9pt; }}
.grid {{ width:100%; border-collapse:collapse; margin:6px 0; }}
.grid td {{ border:1px solid #b7b7b7; padding:3px 6px; vertical-align:top; }}
.grid td.k {{ background:#eef1f5; font-size:7.6pt; text-transform:uppercase; color:#444; width:16%; }}
h2 {{ text-align:center; font-size:11.5pt; margin:10px 0 4px 0; letter-spacing:.5px; }}
.ogg {{ border:1.5px solid #333; padding:6px 8px; margin:6px 0 8px 0; }}
.ogg .lab {{ font-size:7.6pt; color:#555; }}
.ogg .txt {{ font-weight:bold; font-size:10.2pt; }}
p {{ text-align:justify; margin:4px 0; line-height:1.35; }}
table.roll {{ width:100%; border-collapse:collapse; font-size:8.6pt; margin:4px 0; }}
table.roll th {{ background:#e4e4e4; border:1px solid #999; padding:2px 4px; font-size:7.8pt; }}
table.roll td {{ border:1px solid #999; padding:2px 4px; }}
table.roll td.sep {{ border:none; width:8px; }}
td.n {{ width:16px; text-align:right; color:#555; }}
td.pa {{ text-align:center; width:22px; font-weight:bold; }}
.tot {{ font-size:8.6pt; margin:2px 0 6px 0; }}
.vote {{ border-collapse:collapse; margin:6px auto; font-size:9pt; }}
.vote th, .vote td {{ border:1px solid #777; padding:3px 12px; text-align:center; }}
.vote th {{ background:#eef1f5; font-weight:normal; font-size:8pt; text-transform:uppercase; }}
.center {{ text-align:center; font-weight:bold; margin:8px 0 4px 0; letter-spacing:2px; }}
ol {{ margin:4px 0 4px 0; padding-left:22px; }} ol li {{ text-align:justify; margin-bottom:3px; line-height:1.35; }}
.sig {{ width:100%; margin-top:14px; }} .sig td {{ width:50%; text-align:center; vertical-align:top; font-size:9pt; }}
.foot {{ position:fixed; bottom:-12mm; left:0; right:0; font-size:7pt; color:#555; border-top:1px solid #bbb; padding-top:2px; display:flex; justify-content:space-between; }}
.legend {{ font-size:7.5pt; color:#444; }}
</style></head><body>
<div class="foot"><span>Deliberazione del Consiglio Comunale n. 9 del 26/02/2026</span><span>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.</span></div>
<div class="appbar"><span>Gestione Atti Amministrativi &middot; Stampa atto</span><span>Stampato il 02/03/2026 09:41</span></div>
<div class="lh"><div class="crest">stemma</div><div><h1>COMUNE DI SAN BONIFACIO</h1><div class="sub">Provincia di Verona</div></div></div>
<table class="grid">
<tr><td class="k">Tipo atto</td><td colspan="3">Deliberazione del Consiglio Comunale</td></tr>
<tr><td class="k">Numero</td><td>9</td><td class="k">Data</td><td>26/02/2026</td></tr>
<tr><td class="k">Seduta</td><td>Ordinaria - pubblica - prima convocazione</td><td class="k">Ufficio proponente</td><td>Servizio Tributi</td></tr>
<tr><td class="k">Proposta</td><td>n. 12 del 10/02/2026</td><td class="k">Copia</td><td>Originale informatico</td></tr>
</table>
<h2>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</h2>
<div class="ogg"><div class="lab">OGGETTO</div><div class="txt">MODIFICA AL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE. APPROVAZIONE.</div></div>
<p>L'anno 2026, addì ventisei del mese di febbraio alle ore 20:30, nella Sala Consiliare della Sede Municipale, previa convocazione con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica, di prima convocazione.</p>
<p>All'appello risultano:</p>
<table class="roll"><tr><th>N.</th><th>Cognome e nome</th><th>Carica</th><th>P/A</th><th class="sep" style="background:none;border:none"></th><th>N.</th><th>Cognome e nome</th><th>Carica</th><th>P/A</th></tr>
{''.join(rows)}
</table>
<div class="tot">Presenti: <b>15</b> &nbsp;&nbsp; Assenti: <b>2</b> &nbsp;&nbsp; <span class="legend">(P = presente, A = assente)</span></div>
<p>Partecipa alla seduta il Segretario Generale Dott. Fabrizio Castellani, che provvede alla redazione del presente verbale.</p>
<p>Presiede la seduta la Presidente del Consiglio Comunale Sig.ra Anna Bertoldi, la quale, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta e nomina scrutatori i Consiglieri Dal Ben Giulia, Zamboni Davide e Tosato Michela.</p>
<h2 style="font-size:10.5pt">IL CONSIGLIO COMUNALE</h2>
<p>Udita la relazione dell'Assessore al Bilancio e Tributi, come riportata nel resoconto integrale della seduta;</p>
<p>Richiamato l'art. 1, commi da 816 a 847, della Legge 27 dicembre 2019, n. 160, che ha istituito il canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e il canone mercatale;</p>
<p>Richiamata la propria deliberazione n. 14 del 30/03/2021, con la quale è stato approvato il relativo regolamento comunale, successivamente modificato con deliberazione n. 11 del 27/03/2024;</p>
<p>Ritenuto necessario aggiornare le disposizioni regolamentari relative alle occupazioni temporanee per manifestazioni ed eventi, ai dehors dei pubblici esercizi e alle riduzioni per le associazioni senza scopo di lucro, come da testo coordinato allegato sub A);</p>
<p>Visto il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 4 del 16/02/2026, ai sensi dell'art. 239, comma 1, lett. b), n. 7, del D.Lgs. n. 267/2000;</p>
<p>Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Settore Economico Finanziario ai sensi dell'art. 49 del D.Lgs. n. 267/2000;</p>
<p>Udito il dibattito, come riportato nel resoconto integrale della seduta, nel corso del quale sono intervenuti i Consiglieri Castagna, Perbellini e Burato;</p>
<p>Con la seguente votazione, espressa per alzata di mano e proclamata dalla Presidente:</p>
<table class="vote"><tr><th>Presenti</th><th>Votanti</th><th>Favorevoli</th><th>Contrari</th><th>Astenuti</th></tr>
<tr><td>15</td><td>14</td><td>10</td><td>4 (Castagna, Perbellini, Burato, Faccioli)</td><td>1 (Gugole)</td></tr></table>
<div class="center">DELIBERA</div>
<ol>
<li>di approvare le modifiche al Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, come riportate nel testo coordinato allegato sub A) alla presente deliberazione quale parte integrante e sostanziale;</li>
<li>di dare atto che le modifiche approvate entrano in vigore il 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;</li>
<li>di incaricare il Servizio Tributi della pubblicazione del regolamento nella sezione “Amministrazione trasparente” del sito istituzionale e degli ulteriori adempimenti di competenza.</li>
</ol>
<p>Successivamente, con separata votazione espressa per alzata di mano, che dà il seguente esito: presenti 15, votanti 14, favorevoli 10, contrari 4, astenuti 1, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.</p>
<p style="margin-top:10px">Letto, confermato e sottoscritto.</p>
<table class="sig"><tr><td>LA PRESIDENTE DEL CONSIGLIO<br><b>Anna Bertoldi</b><br><span class="legend">firmato digitalmente</span></td>
<td>IL SEGRETARIO GENERALE<br><b>Dott. Fabrizio Castellani</b><br><span class="legend">firmato digitalmente</span></td></tr></table>
</body></html>'''
open(sys.argv[1], 'w').write(html)
