# -*- coding: utf-8 -*-
"""Determinazione of the Comune di Pollina in the layout of the Sispi web back office prints
(label grid with the two registers); HTML converted to PDF by LibreOffice Writer/Web."""
import sys, os
from data import POLLINA as D, dmy

out = sys.argv[1]
DT = dmy(D["date"])
html = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Determinazione {D['number']}/2026</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}}
td{{font-size:9.5pt;vertical-align:top;text-align:left}}
p{{text-align:justify;margin-top:2pt;margin-bottom:4pt}}
</style></head><body>
<table width="100%" cellpadding="2" cellspacing="0"><tr>
<td width="14%" align="center" style="border:1px solid #000"><font size="1">[stemma<br>comunale]</font></td>
<td width="86%" align="center"><font size="5"><b>COMUNE DI POLLINA</b></font><br>
<i>Città Metropolitana di Palermo</i><br><font size="1">Piazza Municipio, 1 – 90010 Pollina (PA) – protocollo@pec.comune.pollina.pa.it</font></td>
</tr></table>
<hr>
<p align="center"><b>AREA TECNICA</b><br>Servizio Lavori Pubblici e Manutenzioni</p>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<tr><td width="25%" bgcolor="#e8e8e8"><b>Tipo atto</b></td><td width="25%">DETERMINAZIONE</td>
<td width="25%" bgcolor="#e8e8e8"><b>Proposta</b></td><td width="25%">n. {D['proposal_number']} del {dmy(D['proposal_date'])}</td></tr>
<tr><td bgcolor="#e8e8e8"><b>Registro di Area</b></td><td>n. {D['sector_number']} del 09/03/2026</td>
<td bgcolor="#e8e8e8"><b>Registro Generale</b></td><td>n. <b>{D['number']}</b> del <b>{DT}</b></td></tr>
<tr><td bgcolor="#e8e8e8"><b>Responsabile</b></td><td>geom. Salvatore Cascio</td>
<td bgcolor="#e8e8e8"><b>CIG / CUP</b></td><td>CIG B6A1F27C3D<br>CUP I67H26000080004</td></tr>
</table>
<p></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr>
<td width="13%" valign="top"><b>OGGETTO:</b></td><td width="87%" valign="top"><b>{D['subject']}</b></td></tr></table>
<p></p>
<p align="center"><b>IL RESPONSABILE DELL'AREA TECNICA</b></p>
<p><b>Premesso</b> che l'impianto di pubblica illuminazione della frazione Finale presenta numerosi punti luce
non funzionanti a causa del deterioramento delle linee interrate di alimentazione lungo la via Libertà e il
lungomare, come accertato dal sopralluogo dell'Ufficio Tecnico del 24/02/2026;</p>
<p><b>Ritenuto</b> necessario e urgente intervenire in vista della stagione estiva, garantendo la sicurezza
della circolazione stradale e pedonale;</p>
<p><b>Visto</b> l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto
dei lavori di importo inferiore a € 150.000,00, anche senza consultazione di più operatori economici;</p>
<p><b>Dato atto</b> che, a seguito di richiesta di preventivo tramite la piattaforma di approvvigionamento digitale,
la ditta Elettro Madonie S.r.l., con sede in Pollina, contrada Pietra Giordano, ha offerto l'esecuzione dei lavori per
€ 38.740,00 oltre IVA al 22%, prezzo ritenuto congruo;</p>
<p><b>Verificato</b> il possesso dei requisiti dell'operatore economico, il DURC regolare (INAIL_52214873) e
l'assenza di cause di esclusione;</p>
<p><b>Vista</b> la L.R. 11 dicembre 1991, n. 48, che recepisce in Sicilia l'ordinamento degli enti locali, e la
determinazione sindacale n. 4 del 10/01/2026 di conferimento dell'incarico di Elevata Qualificazione;</p>
<p align="center"><b>D E T E R M I N A</b></p>
<p>1) di affidare, ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023, alla ditta Elettro Madonie S.r.l.
i lavori di manutenzione straordinaria della rete di pubblica illuminazione in località Finale, per
l'importo di € 38.740,00 oltre IVA, per complessivi € 47.262,80;</p>
<p>2) di impegnare la somma complessiva di € 47.262,80 alla Missione 10, Programma 05, Titolo 2, capitolo 3450
del bilancio 2026-2028, esercizio 2026;</p>
<p>3) di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai
sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;</p>
<p>4) di trasmettere il presente provvedimento al Responsabile dell'Area Economico-Finanziaria per
l'apposizione del visto di regolarità contabile attestante la copertura finanziaria;</p>
<p>5) di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione
"Amministrazione Trasparente – Bandi di gara e contratti".</p>
<p></p>
<table width="100%" cellpadding="2" cellspacing="0"><tr><td width="50%"></td>
<td width="50%" align="center">Il Responsabile dell'Area Tecnica<br>geom. Salvatore Cascio<br>
<font size="1">(firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)</font></td></tr></table>
<p></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr><td>
<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b><br>
Si appone il visto favorevole ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 318/2026.<br>
Pollina, 10/03/2026 – Il Responsabile dell'Area Economico-Finanziaria: dott.ssa Maria Concetta Prestigiacomo
</td></tr></table>
<p></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr><td>
<b>PUBBLICAZIONE</b> – Pubblicata all'Albo Pretorio on line dal 11/03/2026 al 26/03/2026 – N. Reg. Albo 267.
</td></tr></table>
</body></html>"""
open(out, "w").write(html)
