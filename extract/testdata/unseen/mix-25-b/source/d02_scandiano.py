#!/usr/bin/env python3
"""Comune di Scandiano – Consiglio Comunale deliberation 18/2026.
Imitates a Gruppo Spaggiari "Segreteria Digitale" print (HTML -> headless Chromium)."""
import subprocess, sys, os, html
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
SUBJ = ("VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026-2028 (ART. 175, COMMA 2, D.LGS. 267/2000) "
        "E CONTESTUALE APPLICAZIONE DI QUOTA DELL'AVANZO DI AMMINISTRAZIONE VINCOLATO.")
ROLL = [("CAFFARRI MATTEO", "Sindaco", True), ("FERRETTI ELENA", "Presidente del Consiglio", True),
 ("BONACINI LUCA", "Consigliere", True), ("CORRADINI SARA", "Consigliere", True),
 ("DAVOLI ANDREA", "Consigliere", True), ("FONTANESI GIULIA", "Consigliere", False),
 ("GUIDETTI MARCO", "Consigliere", True), ("IORI CHIARA", "Consigliere", True),
 ("MANZINI STEFANO", "Consigliere", True), ("MONTANARI ILARIA", "Consigliere", True),
 ("PEDRONI DANIELE", "Consigliere", True), ("ROSSI BEATRICE", "Consigliere", True),
 ("SACCHETTI PAOLO", "Consigliere", False), ("TORRICELLI ANNA", "Consigliere", True),
 ("VACONDIO RICCARDO", "Consigliere", True), ("ZANNI FEDERICO", "Consigliere", True),
 ("ZINANI LORENZA", "Consigliere", True)]
rows = []
half = (len(ROLL) + 1) // 2
for i in range(half):
    cells = []
    for j in (i, i + half):
        if j < len(ROLL):
            n, r, pr = ROLL[j]
            cells.append(f'<td class="n">{n}</td><td>{r}</td><td class="c">{"P" if pr else "A"}</td>')
        else:
            cells.append('<td></td><td></td><td></td>')
    rows.append('<tr>' + '<td class="sp"></td>'.join(cells) + '</tr>')
roll = '\n'.join(rows)
page = f'''<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Delibera C.C. 18/2026</title>
<style>
@page {{ size: A4; margin: 30mm 18mm 22mm 20mm;
  @top-left {{ content: "Comune di Scandiano – Deliberazione del Consiglio Comunale n. 18 del 17/03/2026"; font: 7.5pt "DejaVu Sans"; color:#555; }}
  @bottom-right {{ content: "Pagina " counter(page) " di " counter(pages); font: 7.5pt "DejaVu Sans"; color:#555; }}
  @bottom-left {{ content: "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate"; font: 7.5pt "DejaVu Sans"; color:#555; }} }}
@page :first {{ margin-top: 14mm; @top-left {{ content: none; }} }}
body {{ font: 10pt/1.38 "DejaVu Sans", sans-serif; color:#111; }}
.lh {{ display:flex; align-items:center; border-bottom: 2px solid #7a1f1f; padding-bottom: 6px; margin-bottom: 10px; }}
.crest {{ width: 52px; height: 62px; border:1px solid #aaa; font-size:6pt; color:#888; text-align:center; display:flex; align-items:center; justify-content:center; margin-right: 14px; }}
.lh h1 {{ font: bold 17pt "DejaVu Serif", serif; margin:0; color:#7a1f1f; }}
.lh .sub {{ font-size: 8.5pt; color:#333; }}
.copy {{ text-align:right; font-size:8pt; font-weight:bold; letter-spacing: 0; margin: 2px 0 6px; }}
table.grid {{ width:100%; table-layout: fixed; border-collapse: collapse; margin-bottom: 8px; }}
table.grid td {{ border: 1px solid #777; padding: 3px 6px; font-size: 9pt; }}
table.grid td.l {{ background:#efe9e4; font-weight:bold; }}
.ogg {{ border:1px solid #777; padding:6px 8px; margin: 6px 0 12px; text-align: justify; }}
.ogg b {{ margin-right: 6px; }}
p {{ text-align: justify; margin: 0 0 6px; }}
table.roll {{ width:100%; border-collapse: collapse; font-size: 8.6pt; margin: 6px 0 4px; }}
table.roll th {{ background:#efe9e4; border:1px solid #999; padding:2px 4px; text-align:left; }}
table.roll td {{ border:1px solid #bbb; padding: 1.5px 4px; }}
table.roll td.sp {{ border:none; width: 10px; }}
table.roll td.c {{ text-align:center; width: 22px; }}
table.votes {{ border-collapse: collapse; margin: 6px auto 8px; font-size: 9pt; }}
table.votes td {{ border:1px solid #999; padding: 2px 12px; }}
h2 {{ text-align:center; font-size: 11pt; margin: 12px 0 8px; letter-spacing: 1px; }}
ol {{ margin: 0 0 8px 0; padding-left: 22px; }} ol li {{ text-align: justify; margin-bottom: 5px; }}
.sig {{ display:flex; justify-content: space-between; margin-top: 22px; text-align:center; font-size: 9.5pt; }}
.sig div {{ width: 45%; }}
.pub {{ margin-top: 18px; border: 1px dashed #777; padding: 6px 8px; font-size: 8.5pt; }}
</style></head><body>
<div class="lh"><div class="crest">stemma<br>comunale</div><div><h1>COMUNE DI SCANDIANO</h1>
<div class="sub">Provincia di Reggio Emilia – Corso Vallisneri, 6 – 42019 Scandiano (RE)<br>PEC: scandiano@cert.provincia.re.it – www.comune.scandiano.re.it</div></div></div>
<div class="copy">ORIGINALE</div>
<table class="grid"><colgroup><col style="width:22%"><col style="width:20%"><col style="width:22%"><col style="width:36%"></colgroup>
<tr><td class="l">Organo</td><td colspan="3">CONSIGLIO COMUNALE</td></tr>
<tr><td class="l">Seduta</td><td colspan="3">Pubblica – ordinaria – 1ª convocazione</td></tr>
<tr><td class="l">Deliberazione n.</td><td><b>18</b></td><td class="l">Data</td><td><b>17/03/2026</b></td></tr>
<tr><td class="l">Proposta n.</td><td>22 del 09/03/2026</td><td class="l">Servizio proponente</td><td>Servizio Bilancio e Programmazione</td></tr></table>
<div class="ogg"><b>OGGETTO:</b>{html.escape(SUBJ, quote=False)}</div>
<p>L’anno duemilaventisei, il giorno diciassette del mese di marzo alle ore 20:30, nella Sala consiliare della Rocca dei Boiardo, convocato nei modi di legge con avviso prot. n. 6120 del 10/03/2026, si è riunito il Consiglio Comunale.</p>
<p>All’appello nominale risultano (P = presente, A = assente):</p>
<table class="roll"><tr><th>Cognome e nome</th><th>Carica</th><th>P/A</th><th style="border:none;background:none"></th><th>Cognome e nome</th><th>Carica</th><th>P/A</th></tr>
{roll}</table>
<p style="text-align:right;font-size:9pt">Presenti n. 15 – Assenti n. 2</p>
<p>Partecipa il Segretario Generale, <b>Dott. Giovanni Catellani</b>, incaricato della redazione del verbale.</p>
<p>Presiede la seduta il Presidente del Consiglio, <b>Elena Ferretti</b>, la quale, riconosciuta la validità del numero legale, dichiara aperta la discussione sull’argomento in oggetto. Sono nominati scrutatori i Consiglieri Iori, Davoli e Zanni.</p>
<p>Sono altresì presenti, senza diritto di voto, gli Assessori esterni Bedeschi e Spallanzani.</p>
<h2>IL CONSIGLIO COMUNALE</h2>
<p>Premesso che con deliberazione del Consiglio Comunale n. 94 del 19/12/2025, esecutiva ai sensi di legge, è stato approvato il bilancio di previsione finanziario 2026-2028 e con deliberazione della Giunta Comunale n. 3 del 13/01/2026 il Piano Esecutivo di Gestione 2026-2028;</p>
<p>Vista la richiesta del Settore Lavori Pubblici e Patrimonio, acquisita agli atti, di adeguamento degli stanziamenti per l’intervento di efficientamento energetico della scuola primaria “Lazzaro Spallanzani”, finanziato per € 180.000,00 con contributo vincolato del GSE (Conto Termico 3.0);</p>
<p>Dato atto che il risultato di amministrazione dell’esercizio 2025, come determinato nel prospetto allegato al rendiconto in corso di approvazione e verificato dall’Organo di revisione, presenta quote vincolate per trasferimenti pari a € 212.400,00, di cui è consentita l’applicazione ai sensi dell’art. 187, comma 3-quinquies, del D.Lgs. 267/2000;</p>
<p>Visto il parere favorevole dell’Organo di revisione economico-finanziaria, verbale n. 6 del 12/03/2026;</p>
<p>Acquisiti i pareri favorevoli di regolarità tecnica e contabile del Dirigente del I Settore – Affari Generali, Bilancio e Tributi, espressi ai sensi dell’art. 49 del D.Lgs. 267/2000;</p>
<p>Udita l’illustrazione dell’Assessore al Bilancio e gli interventi dei Consiglieri, integralmente registrati e conservati agli atti;</p>
<p>Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:</p>
<table class="votes"><tr><td>Presenti</td><td>15</td></tr><tr><td>Votanti</td><td>14</td></tr><tr><td>Favorevoli</td><td>10</td></tr><tr><td>Contrari</td><td>4 (Manzini, Pedroni, Rossi, Vacondio)</td></tr><tr><td>Astenuti</td><td>1 (Zinani)</td></tr></table>
<h2>DELIBERA</h2>
<ol><li>di approvare la variazione al bilancio di previsione finanziario 2026-2028, competenza e cassa, nelle risultanze di cui agli allegati A) e B), parte integrante e sostanziale della presente deliberazione;</li>
<li>di applicare al bilancio 2026 la quota di € 180.000,00 dell’avanzo di amministrazione vincolato per trasferimenti, destinata all’intervento di efficientamento energetico della scuola primaria “Lazzaro Spallanzani”;</li>
<li>di dare atto che, a seguito della presente variazione, permangono gli equilibri di bilancio di cui all’art. 193 del D.Lgs. 267/2000 e il rispetto dei vincoli di finanza pubblica;</li>
<li>di trasmettere la presente deliberazione al Tesoriere comunale, ai sensi dell’art. 216 del D.Lgs. 267/2000.</li></ol>
<p>Successivamente, stante l’urgenza di dare avvio alla procedura di affidamento dei lavori, con separata votazione che dà il seguente esito: presenti 15, votanti 14, favorevoli 10, contrari 4, astenuti 1,</p>
<h2>DELIBERA</h2>
<p>di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.</p>
<div class="sig"><div>IL PRESIDENTE DEL CONSIGLIO<br>Elena Ferretti<br><i>(sottoscritto digitalmente)</i></div><div>IL SEGRETARIO GENERALE<br>Dott. Giovanni Catellani<br><i>(sottoscritto digitalmente)</i></div></div>
<div class="pub">La presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune di Scandiano per 15 giorni consecutivi a decorrere dalla data di pubblicazione, ai sensi dell’art. 124 del D.Lgs. 267/2000. Esecutiva dal 17/03/2026 in quanto dichiarata immediatamente eseguibile.</div>
</body></html>'''
os.makedirs('build', exist_ok=True)
src = os.path.abspath('build/delibera-scandiano-spaggiari.html')
open(src, 'w').write(page)
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                '--print-to-pdf=' + os.path.join(OUT, 'delibera-scandiano-spaggiari.pdf'), 'file://' + src],
               check=True, capture_output=True)
