# Certificato di pubblicazione, Comune di Sesto Campano - DMS (M-Files-style) print with document-id header (WeasyPrint)
import sys
from weasyprint import HTML
html = r'''<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Certificato di pubblicazione</title>
<style>
@page{size:A4;margin:28mm 22mm 24mm 22mm;
 @top-left{content:"M-Files · Vault Protocollo · ID 48213 · Versione 2";font:7pt "DejaVu Sans Mono";color:#666}
 @top-right{content:"Stampato il 17/04/2026 10:42";font:7pt "DejaVu Sans Mono";color:#666}
 @bottom-center{content:"Pagina " counter(page) " di " counter(pages);font:7.5pt "Liberation Sans";color:#444}}
body{font-family:"Liberation Serif";font-size:12pt;line-height:1.5}
.lh{text-align:center;margin-bottom:18px}
.lh .n{font-size:20pt;letter-spacing:1px;font-weight:bold}
.lh .s{font-size:10.5pt}
.lh .u{font-size:10pt;margin-top:4px;border-top:1px solid #000;border-bottom:1px solid #000;padding:2px 0}
h1{font-size:14pt;text-align:center;letter-spacing:3px;margin:22px 0 4px}
.reg{text-align:center;font-size:10.5pt;margin-bottom:18px}
p{text-align:justify;margin:0 0 10px}
.ogg{margin:6px 20px 12px;font-weight:bold;font-style:italic}
.f{margin-top:30px;margin-left:50%;text-align:center}
</style></head><body>
<div class="lh"><div class="n">COMUNE DI SESTO CAMPANO</div><div class="s">Provincia di Isernia</div><div class="u">Ufficio Segreteria – Albo Pretorio on line</div></div>
<h1>CERTIFICATO DI PUBBLICAZIONE</h1>
<div class="reg">Registro delle Pubblicazioni n. 176/2026</div>
<p>Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,</p>
<h1 style="margin-top:4px;margin-bottom:10px;font-size:12pt">ATTESTA</h1>
<p>che copia della deliberazione della Giunta Comunale n. 31 del 16/04/2026, avente ad oggetto:</p>
<p class="ogg">Rendiconto della gestione per l'esercizio finanziario 2025 – Approvazione dello schema e della relazione illustrativa della Giunta.</p>
<p>è stata affissa all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale, in data 17/04/2026 e vi rimarrà pubblicata per quindici giorni consecutivi, fino al 02/05/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e dell'art. 32 della Legge 18 giugno 2009, n. 69.</p>
<p>Contestualmente all'affissione, la deliberazione è stata comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000 (nota prot. n. 2107 del 17/04/2026).</p>
<p>Sesto Campano, 17/04/2026</p>
<div class="f">IL RESPONSABILE DELLA PUBBLICAZIONE<br>Sig.ra Maria Antonietta Santoro<br><span style="font-size:8.5pt">Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993</span></div>
</body></html>'''
HTML(string=html).write_pdf(sys.argv[1])
