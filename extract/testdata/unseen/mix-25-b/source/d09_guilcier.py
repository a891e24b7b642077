#!/usr/bin/env python3
"""Unione dei Comuni del Guilcier – attestazione di pubblicazione printed from the Albo's CMS web page.
HTML -> headless Chromium; the browser's print header/footer (date, page title, URL, n/m) is reproduced
with @page margin boxes so that the print date is the day of publication, not the build date."""
import subprocess, sys, os
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
SUBJ = "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028."
page = f'''<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Albo Pretorio on line – Attestazione di pubblicazione n. 88/2026 – Unione dei Comuni del Guilcier</title>
<style>
@page {{ size: A4; margin: 16mm 14mm 16mm 14mm;
  @top-left {{ content: "24/03/26, 10:41"; font: 8pt "Liberation Sans"; }}
  @top-center {{ content: "Albo Pretorio on line – Attestazione di pubblicazione n. 88/2026 – Unione dei Comuni del Guilcier"; font: 8pt "Liberation Sans"; }}
  @bottom-left {{ content: "https://www.unionecomuniguilcier.it/albo-pretorio/dettaglio/?id=88&anno=2026"; font: 8pt "Liberation Sans"; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font: 8pt "Liberation Sans"; }} }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #222; margin: 0; }}
.site {{ background: #0f4c5c; color: #fff; padding: 10px 14px; }}
.site .t {{ font-size: 16pt; font-weight: bold; }} .site .s {{ font-size: 8.5pt; opacity: .9; }}
.nav {{ background: #e6eef0; font-size: 8pt; padding: 5px 14px; color: #333; }}
.crumb {{ font-size: 8pt; color: #666; margin: 10px 0 6px; }}
h1 {{ font-size: 13pt; color: #0f4c5c; margin: 6px 0 10px; border-bottom: 1px solid #0f4c5c; padding-bottom: 4px; }}
table.det {{ width: 100%; border-collapse: collapse; font-size: 9.5pt; }}
table.det th {{ text-align: left; width: 28%; background: #f2f5f6; border-bottom: 1px solid #d6dfe2; padding: 5px 8px; font-weight: bold; vertical-align: top; }}
table.det td {{ border-bottom: 1px solid #d6dfe2; padding: 5px 8px; }}
.box {{ margin-top: 16px; border: 1px solid #0f4c5c; padding: 10px 14px; }}
.box h2 {{ font-size: 11.5pt; text-align: center; margin: 0 0 8px; }}
.box p {{ text-align: justify; margin: 0 0 7px; line-height: 1.4; }}
.sig {{ margin-left: 55%; text-align: center; margin-top: 14px; }}
.att {{ margin-top: 14px; font-size: 9pt; }} .att li {{ margin-bottom: 3px; }}
.foot {{ margin-top: 22px; font-size: 7.5pt; color: #666; border-top: 1px solid #ccc; padding-top: 5px; }}
</style></head><body>
<div class="site"><div class="t">Unione dei Comuni del Guilcier</div>
<div class="s">Abbasanta · Aidomaggiore · Boroneddu · Ghilarza · Norbello · Paulilatino · Sedilo · Soddì · Tadasuni – Provincia di Oristano</div></div>
<div class="nav">Home &nbsp;|&nbsp; Amministrazione trasparente &nbsp;|&nbsp; Albo Pretorio on line &nbsp;|&nbsp; Servizi &nbsp;|&nbsp; Contatti</div>
<div class="crumb">Home › Albo Pretorio on line › Atti in pubblicazione › Dettaglio</div>
<h1>Dettaglio pubblicazione n. 88/2026</h1>
<table class="det">
<tr><th>Numero registro Albo</th><td>88/2026</td></tr>
<tr><th>Tipologia atto</th><td>Deliberazione dell’Assemblea dell’Unione</td></tr>
<tr><th>Numero atto</th><td>5</td></tr>
<tr><th>Data atto</th><td>16/03/2026</td></tr>
<tr><th>Oggetto</th><td>{SUBJ}</td></tr>
<tr><th>Ufficio proponente</th><td>Servizio Finanziario</td></tr>
<tr><th>Periodo di pubblicazione</th><td>dal 24/03/2026 al 08/04/2026</td></tr>
<tr><th>Stato</th><td>In pubblicazione</td></tr></table>
<div class="box"><h2>ATTESTAZIONE DI PUBBLICAZIONE</h2>
<p>Il sottoscritto Responsabile della pubblicazione, visti gli atti d’ufficio,</p>
<p style="text-align:center"><b>ATTESTA</b></p>
<p>che la deliberazione dell’Assemblea dell’Unione n. 5 del 16/03/2026, avente ad oggetto “{SUBJ}”, è stata affissa all’Albo Pretorio on line dell’Unione dei Comuni del Guilcier in data 24/03/2026, al numero 88 del registro delle pubblicazioni, e vi rimarrà per quindici giorni consecutivi, fino al 08/04/2026, ai sensi dell’art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell’art. 32 della Legge 18 giugno 2009, n. 69.</p>
<p>Ghilarza, 24/03/2026</p>
<div class="sig">IL RESPONSABILE DELLA PUBBLICAZIONE<br>Sig.ra Maria Giovanna Sanna<br><small>(firmato digitalmente)</small></div></div>
<div class="att"><b>Allegati</b><ul>
<li>DELIBERA_ASSEMBLEA_5_2026.pdf.p7m (412 KB) – impronta SHA-256: 6f1c…a93e</li>
<li>ALLEGATO_A_DUP_2026_2028.pdf.p7m (1,8 MB)</li>
<li>ALLEGATO_B_BILANCIO_2026_2028.pdf.p7m (2,3 MB)</li></ul></div>
<div class="foot">Unione dei Comuni del Guilcier – C.F. 90041230952 – PEC: protocollo@pec.unioneguilcier.it · Pagina generata dal portale istituzionale · Note legali · Privacy · Accessibilità</div>
</body></html>'''
os.makedirs('build/albo', exist_ok=True)
src = os.path.abspath('build/albo/dettaglio_pubblicazione_88_2026.html')
open(src, 'w').write(page)
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                '--print-to-pdf=' + os.path.join(OUT, 'attestazione-guilcier-cmsprint.pdf'), 'file://' + src],
               check=True, capture_output=True)
