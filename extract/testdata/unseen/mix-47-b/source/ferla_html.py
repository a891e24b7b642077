# -*- coding: utf-8 -*-
"""Numbered avviso of the Comune di Ferla, in the layout of ASP.NET portals that print through
IronPDF (Chromium engine, CSS @page, Bootstrap-like cards). Rendered with headless Chromium."""
import sys
from data import FERLA as D, dmy

out = sys.argv[1]
DT = dmy(D["date"])
html = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Avviso pubblico n. {D['number']}/2026</title>
<style>
@page {{ size: A4; margin: 16mm 16mm 20mm 16mm;
  @bottom-center {{ content: "Comune di Ferla – Avviso pubblico n. {D['number']}/2026 – pag. " counter(page) " di " counter(pages); font: 8pt 'Liberation Sans'; color:#555 }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color:#1b1b1b; line-height:1.42 }}
.top {{ display:flex; align-items:center; border-bottom:3px solid #0b4f8a; padding-bottom:8px }}
.crest {{ width:54px; height:62px; border:1px solid #0b4f8a; border-radius:0 0 27px 27px; font-size:7pt; color:#0b4f8a;
  display:flex; align-items:center; justify-content:center; text-align:center; margin-right:14px }}
.ente {{ font-size:19pt; font-weight:700; color:#0b4f8a; letter-spacing:1px }}
.sub {{ font-size:9pt; color:#444 }}
.prot {{ display:flex; justify-content:space-between; font-size:9pt; margin:8px 0 14px; color:#333 }}
.area {{ font-size:9.5pt; text-transform:uppercase; font-weight:700; color:#0b4f8a }}
.badge {{ display:inline-block; background:#0b4f8a; color:#fff; padding:4px 12px; border-radius:4px; font-weight:700; font-size:12pt }}
h1 {{ font-size:12.5pt; margin:10px 0 14px; line-height:1.35 }}
h2 {{ font-size:10.5pt; color:#0b4f8a; margin:12px 0 3px; border-bottom:1px solid #cfdbe8 }}
p {{ text-align:justify; margin:4px 0 }}
.card {{ border:1px solid #cfdbe8; border-left:4px solid #0b4f8a; background:#f5f8fb; padding:8px 12px; margin:10px 0; font-size:9.5pt }}
.firma {{ margin-top:24px; margin-left:55%; text-align:center }}
.small {{ font-size:8pt; color:#555 }}
</style></head><body>
<div class="top"><div class="crest">stemma<br>Ferla</div>
<div><div class="ente">COMUNE DI FERLA</div><div class="sub">Libero Consorzio Comunale di Siracusa</div>
<div class="sub">Via Vittorio Emanuele, 1 – 96010 Ferla (SR) – PEC: protocollo@pec.comune.ferla.sr.it</div></div></div>
<div class="prot"><span class="area">Area Amministrativa – Servizi Sociali</span><span>Prot. n. 2154 del {DT}</span></div>
<div class="badge">AVVISO PUBBLICO N. {D['number']}/2026</div>
<h1>{D['subject']}</h1>
<p>Ai sensi dell’art. 11 della Legge 9 dicembre 1998, n. 431 e del D.D.G. dell’Assessorato regionale delle
Infrastrutture e della Mobilità n. 412 del 20/02/2026, nonché della deliberazione della Giunta Comunale n. 19 del
10/03/2026, si rende noto che dal <b>16/03/2026</b> al <b>15/04/2026</b> i cittadini in possesso dei requisiti di
seguito indicati possono presentare istanza per l’assegnazione dei contributi integrativi per il pagamento dei
canoni di locazione relativi all’anno 2025.</p>
<h2>Art. 1 – Requisiti per l’accesso</h2>
<p>a) residenza anagrafica nel Comune di Ferla nell’alloggio oggetto del contratto di locazione;<br>
b) titolarità di un contratto di locazione ad uso abitativo regolarmente registrato, non relativo ad alloggi di
edilizia residenziale pubblica né ad immobili delle categorie catastali A/1, A/8 e A/9;<br>
c) ISEE ordinario o corrente in corso di validità non superiore a € 15.000,00, con incidenza del canone sul
reddito superiore al 14%.</p>
<h2>Art. 2 – Modalità di presentazione delle domande</h2>
<p>Le domande, redatte esclusivamente sul modello allegato (Allegato 1), devono essere presentate entro le ore
12:00 del 15/04/2026 all’Ufficio Protocollo del Comune oppure trasmesse via PEC all’indirizzo sopra indicato,
corredate da copia del contratto, delle ricevute di pagamento del canone 2025 e dell’attestazione ISEE.</p>
<h2>Art. 3 – Formazione della graduatoria e misura del contributo</h2>
<p>L’Ufficio Servizi Sociali, verificati i requisiti, formerà l’elenco dei beneficiari che sarà trasmesso alla
Regione per il riparto delle risorse. Il contributo sarà erogato nei limiti delle somme effettivamente assegnate
al Comune e non potrà in ogni caso superare il canone annuo corrisposto.</p>
<h2>Art. 4 – Controlli e trattamento dei dati</h2>
<p>L’Amministrazione effettuerà controlli a campione sulle dichiarazioni sostitutive ai sensi degli artt. 71 e
seguenti del D.P.R. 445/2000. I dati personali saranno trattati ai sensi del Regolamento (UE) 2016/679 per le
sole finalità del presente avviso.</p>
<div class="card"><b>Informazioni:</b> Ufficio Servizi Sociali, piano terra del Palazzo municipale, lunedì e
mercoledì dalle 9:00 alle 12:00 – tel. 0931 870136. Responsabile del procedimento: dott.ssa Giuseppina Amenta.</div>
<p>Ferla, {DT}</p>
<div class="firma">Il Responsabile dell’Area Amministrativa<br><b>dott. Corrado Vinci</b><br>
<span class="small">Firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.</span></div>
</body></html>"""
open(out, "w").write(html)
