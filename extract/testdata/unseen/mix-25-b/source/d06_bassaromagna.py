#!/usr/bin/env python3
"""Unione dei Comuni della Bassa Romagna – determinazione dirigenziale (Maggioli Atti Web-like print).
HTML -> wkhtmltopdf 0.12.6 (unpatched Qt: no running header/footer, so the signature note closes the body)."""
import subprocess, sys, os
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
SUBJ = ("Fondo regionale per il sostegno all'accesso alle abitazioni in locazione – Anno 2026 – "
        "Approvazione della graduatoria definitiva dei richiedenti e impegno di spesa.")
page = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; margin: 0; zoom: 1.4; }}
.top {{ border-bottom: 3px double #2b5a2b; padding-bottom: 6px; }}
.top td {{ vertical-align: middle; }}
.logo {{ width: 64px; height: 64px; border: 1px solid #9a9; color:#787; font-size: 7pt; text-align: center; }}
.ente {{ font-size: 15pt; font-weight: bold; color: #2b5a2b; }}
.comuni {{ font-size: 7pt; color: #444; }}
.sett {{ text-align: center; margin-top: 10px; font-weight: bold; font-size: 11pt; }}
.serv {{ text-align: center; font-size: 10pt; margin-bottom: 10px; }}
table.reg {{ width: 100%; border-collapse: collapse; margin: 6px 0 10px; }}
table.reg td {{ border: 1px solid #555; padding: 4px 6px; font-size: 9.5pt; }}
table.reg td.h {{ background: #e3ecdf; font-weight: bold; }}
.ogg {{ margin: 8px 0 14px; font-weight: bold; text-align: justify; }}
p {{ text-align: justify; margin: 0 0 6px; }}
h3 {{ text-align: center; font-size: 11pt; margin: 12px 0 8px; }}
ol {{ padding-left: 26px; margin: 0; }} li {{ text-align: justify; margin-bottom: 6px; }}
.firma {{ margin: 26px 0 0 55%; text-align: center; }}
.note {{ margin-top: 22px; font-size: 8.5pt; border-top: 1px solid #999; padding-top: 4px; }}
</style></head><body>
<table class="top" width="100%"><tr><td class="logo">logo<br>Unione</td><td style="padding-left:12px">
<div class="ente">Unione dei Comuni della Bassa Romagna</div>
<div class="comuni">Alfonsine – Bagnacavallo – Bagnara di Romagna – Conselice – Cotignola – Fusignano – Lugo – Massa Lombarda – Sant’Agata sul Santerno</div>
<div class="comuni">Provincia di Ravenna – Piazza dei Martiri, 1 – 48022 Lugo (RA) – C.F. 02291370399</div></td></tr></table>
<div class="sett">AREA SERVIZI ALLA PERSONA</div>
<div class="serv">Servizio Politiche Abitative</div>
<table class="reg"><tr><td class="h" colspan="4" style="text-align:center">DETERMINAZIONE DIRIGENZIALE</td></tr>
<tr><td class="h">Registro generale</td><td>N. 455</td><td class="h">Data</td><td>23/03/2026</td></tr>
<tr><td class="h">Numero di settore</td><td>61</td><td class="h">Proposta</td><td>n. 502 del 20/03/2026</td></tr></table>
<div class="ogg">Oggetto: {SUBJ}</div>
<h3>IL DIRIGENTE</h3>
<p>Richiamati:</p>
<p>– la deliberazione del Consiglio dell’Unione n. 58 del 18/12/2025, con la quale è stato approvato il bilancio di previsione 2026-2028;</p>
<p>– la deliberazione della Giunta dell’Unione n. 4 del 15/01/2026, di approvazione del Piano Esecutivo di Gestione 2026-2028;</p>
<p>– il decreto del Presidente dell’Unione n. 2 del 08/01/2026, di conferimento dell’incarico dirigenziale dell’Area Servizi alla Persona;</p>
<p>Premesso che, con deliberazione della Giunta Regionale dell’Emilia-Romagna n. 1876 del 17/11/2025, sono stati approvati i criteri di riparto del Fondo regionale per l’accesso alle abitazioni in locazione per l’anno 2026 e che all’Unione, quale ente capofila del distretto, è stata assegnata la somma di € 612.450,00;</p>
<p>Richiamata la propria determinazione n. 118 del 27/01/2026, con la quale è stato approvato l’avviso pubblico per la presentazione delle domande, pubblicato dal 02/02/2026 al 27/02/2026;</p>
<p>Dato atto che sono pervenute n. 913 domande, istruite dagli Sportelli sociali dei Comuni dell’Unione, e che la graduatoria provvisoria, approvata con determinazione n. 402 del 10/03/2026, è stata pubblicata per dieci giorni senza che siano pervenuti ricorsi;</p>
<p>Visti il D.Lgs. 267/2000, la L.R. 24/2001 e il Regolamento di contabilità dell’Unione;</p>
<h3>DETERMINA</h3>
<ol>
<li>di approvare la graduatoria definitiva dei richiedenti il contributo del Fondo regionale per l’accesso alle abitazioni in locazione – anno 2026, composta da n. 861 domande ammesse e n. 52 domande escluse, conservata agli atti del Servizio e pubblicata in forma anonimizzata mediante numero di protocollo;</li>
<li>di impegnare la somma di € 612.450,00 alla Missione 12, Programma 6, Capitolo 10440/2 “Contributi fondo affitto – trasferimento regionale” del bilancio 2026-2028, esercizio 2026, correlata all’accertamento n. 2026/77;</li>
<li>di dare atto che la liquidazione dei contributi avverrà con successivo atto, entro il 30/06/2026, secondo l’ordine della graduatoria e fino ad esaurimento delle risorse;</li>
<li>di dare atto che responsabile del procedimento è la Dott.ssa Marta Randi, Responsabile del Servizio Politiche Abitative.</li>
</ol>
<div class="firma">IL DIRIGENTE<br>AREA SERVIZI ALLA PERSONA<br>Dott. Gianluca Baldini<br><small>(documento firmato digitalmente)</small></div>
<div class="note">Visto di regolarità contabile attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000): favorevole. Impegno n. 2026/1190. Lugo, 23/03/2026 – Il Dirigente dell’Area Servizi Finanziari, Dott.ssa Paola Mazzotti.</div>
<div class="note" style="margin-top:10px;color:#555">Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. – Copia per la pubblicazione all’Albo Pretorio on line dell’Unione.</div>
</body></html>'''
os.makedirs('build', exist_ok=True)
src = 'build/determina-bassaromagna-attiweb.html'
open(src, 'w').write(page)
subprocess.run(['wkhtmltopdf', '-q', '--encoding', 'utf-8', '-s', 'A4', '-T', '18mm', '-B', '18mm', '-L', '18mm', '-R', '18mm',
  '--title', 'Determinazione n. 455/2026',
  src, os.path.join(OUT, 'determina-bassaromagna-attiweb.pdf')], check=True)
