# PEC received by the Albo office of Polizzi Generosa, printed from the mail
# client (Thunderbird-like layout: header table, plain-text body in a fixed
# font, the attached postacert.eml shown inline); HTML printed by Chromium.
from html import escape

SUBJ = ("POSTA CERTIFICATA: Pubblicazione Albo - Avviso sospensione erogazione idrica "
        "giovedi' 13/03/2026")
ENVELOPE = """--Questo e' un Messaggio di Posta Certificata--

Il giorno 12/03/2026 alle ore 08:47:13 (+0100) il messaggio
"Pubblicazione Albo - Avviso sospensione erogazione idrica giovedi' 13/03/2026" e' stato inviato da "areatecnica@pec.comune.polizzigenerosa.pa.it"
indirizzato a:
albopretorio@pec.comune.polizzigenerosa.pa.it
Il messaggio originale e' incluso in allegato.
Identificativo messaggio: opec210312.20260312084713.104418.311.1.66@pec.aruba.it"""

BODY = """Alla c.a. dell'Ufficio Albo Pretorio

Si trasmette, per la pubblicazione all'Albo Pretorio on line dal
12/03/2026 al 14/03/2026, il seguente avviso alla cittadinanza.
Si prega di darne diffusione anche sul sito istituzionale.

Cordiali saluti

========================================================================

                    COMUNE DI POLIZZI GENEROSA
                  Citta' Metropolitana di Palermo
             AREA TECNICA - Servizio Idrico Integrato

     AVVISO DI SOSPENSIONE TEMPORANEA DELL'EROGAZIONE IDRICA
                      NEL CENTRO STORICO

Si comunica alla cittadinanza che, per consentire i lavori urgenti di
riparazione della condotta di adduzione proveniente dal serbatoio di
contrada Sant'Orsola, GIOVEDI' 13 MARZO 2026, dalle ore 8,00 alle ore
18,00, sara' sospesa l'erogazione idrica nelle seguenti zone:

  - Corso Garibaldi e vie limitrofe;
  - Piazza Umberto I, via Malatacca, via Collegio;
  - Quartiere San Pancrazio e via Vittorio Emanuele.

Il servizio riprendera' gradualmente al termine dei lavori. Nelle ore
successive alla riattivazione potrebbero verificarsi fenomeni di
torbidita' dell'acqua: si consiglia di lasciar scorrere l'acqua per
alcuni minuti prima dell'uso.

Per le utenze sensibili (dializzati, strutture sanitarie) e' attivo un
servizio di autobotte su richiesta al numero dell'Ufficio Tecnico.

Si scusa per il disagio.

Polizzi Generosa, 12/03/2026

                         Il Responsabile dell'Area Tecnica
                            Ing. Salvatore Lo Verde

========================================================================
--
Ufficio Tecnico Comunale - Servizio Idrico
Comune di Polizzi Generosa
Questo messaggio e' inviato da una casella di Posta Elettronica
Certificata."""

HTML = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>{title}</title>
<style>
@page {{ size: A4; margin: 14mm 13mm 12mm 13mm;
  @top-left {{ content: "{csstitle}"; font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #333; }}
  @top-right {{ content: "Mozilla Thunderbird"; font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #333; }}
  @bottom-left {{ content: "Pagina " counter(page) " di " counter(pages); font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #333; }}
  @bottom-right {{ content: "12/03/26, 09:05"; font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #333; }}
}}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9pt; margin: 0; }}
.run-head {{ position: fixed; top: -10mm; left: 0; right: 0; font-size: 8pt; color: #333; }}
.run-foot {{ position: fixed; bottom: -10mm; left: 0; right: 0; font-size: 8pt; color: #333; }}
.run-head span.r, .run-foot span.r {{ float: right; }}
table.hdr {{ border-collapse: collapse; margin-bottom: 6px; }}
table.hdr th {{ text-align: right; padding: 1px 8px 1px 0; vertical-align: top; font-weight: bold; white-space: nowrap; }}
table.hdr td {{ padding: 1px 0; }}
hr {{ border: 0; border-top: 1px solid #999; margin: 4px 0 6px 0; }}
pre {{ font-family: "DejaVu Sans Mono", monospace; font-size: 8.4pt; white-space: pre-wrap; margin: 0; }}
fieldset.att {{ border: 1px solid #aaa; margin: 10px 0 6px 0; padding: 4px 10px; }}
fieldset.att legend {{ font-size: 9pt; color: #444; }}
.attlist {{ margin-top: 8px; border-top: 1px dashed #999; padding-top: 6px; font-size: 9pt; }}
</style></head><body>
<table class="hdr">
<tr><th>Oggetto:</th><td>{subj}</td></tr>
<tr><th>Mittente:</th><td>Per conto di: areatecnica@pec.comune.polizzigenerosa.pa.it &lt;posta-certificata@pec.aruba.it&gt;</td></tr>
<tr><th>Data:</th><td>12/03/2026, 08:47</td></tr>
<tr><th>A:</th><td>albopretorio@pec.comune.polizzigenerosa.pa.it</td></tr>
<tr><th>Rispondi a:</th><td>areatecnica@pec.comune.polizzigenerosa.pa.it</td></tr>
</table>
<hr>
<pre>{envelope}</pre>
<fieldset class="att"><legend>postacert.eml</legend>
<table class="hdr">
<tr><th>Oggetto:</th><td>Pubblicazione Albo - Avviso sospensione erogazione idrica giovedi' 13/03/2026</td></tr>
<tr><th>Data:</th><td>Thu, 12 Mar 2026 08:47:10 +0100</td></tr>
<tr><th>Mittente:</th><td>Area Tecnica - Comune di Polizzi Generosa &lt;areatecnica@pec.comune.polizzigenerosa.pa.it&gt;</td></tr>
<tr><th>A:</th><td>albopretorio@pec.comune.polizzigenerosa.pa.it</td></tr>
</table>
<hr>
<pre>{body}</pre>
</fieldset>
<div class="attlist"><b>Allegati:</b><br>daticert.xml&nbsp;&nbsp;1,1 KB<br>postacert.eml&nbsp;&nbsp;6,4 KB<br>smime.p7s&nbsp;&nbsp;6,9 KB</div>
</body></html>
"""
open("build/polizzi.html", "w", encoding="utf-8").write(HTML.format(
    csstitle=SUBJ, title=escape(SUBJ), subj=escape(SUBJ), envelope=escape(ENVELOPE), body=escape(BODY)))
