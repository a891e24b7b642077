<?php
// Convocazione del Consiglio Comunale, Comune di Barisciano - a web page of a Masterweb-style municipal site printed through dompdf
require_once '/usr/share/php/dompdf/autoload.php';
use Dompdf\Dompdf; use Dompdf\Options;
$out = $argv[1];
$html = <<<'HTML'
<html><head><meta charset="utf-8"><style>
@font-face { font-family: "Ser"; src: url("file:///usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"); }
@font-face { font-family: "Ser"; font-weight: bold; src: url("file:///usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"); }
@font-face { font-family: "Ser"; font-style: italic; src: url("file:///usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"); }
@font-face { font-family: "San"; src: url("file:///usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"); }
@font-face { font-family: "San"; font-weight: bold; src: url("file:///usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"); }
@page { margin: 20mm 20mm 22mm 20mm; }
body { font-family: "Ser"; font-size: 10pt; line-height: 1.45; }
.hd { text-align:center; border-bottom: 1.5px solid #234; padding-bottom: 6px; margin-bottom: 6px; }
.hd .n { font-size: 17pt; font-weight: bold; letter-spacing: 1px; }
.hd .s { font-size: 9pt; }
.prot { font-family: "San"; font-size: 8.5pt; margin: 8px 0 14px 0; }
.dest { margin-left: 55%; font-size: 9.5pt; margin-bottom: 14px; }
h2 { text-align:center; font-size: 13pt; margin: 8px 0 2px 0; font-family: "San"; }
.sub { text-align:center; font-size: 10pt; margin-bottom: 12px; font-style: italic; }
p { text-align: justify; margin: 0 0 7px 0; }
ol { margin: 4px 0 10px 0; padding-left: 22px; }
ol li { margin-bottom: 4px; text-align: justify; }
.f { margin-left: 55%; text-align: center; margin-top: 18px; }
.ft { position: fixed; bottom: -12mm; left: 0; right: 0; font-family: "San"; font-size: 7pt; color: #555; border-top: 0.5px solid #999; padding-top: 2px; }
</style></head><body>
<div class="ft">Comune di Barisciano – Piazza Municipio, 1 – 67021 Barisciano (AQ) – www.comune.barisciano.aq.it – stampato dalla sezione «Albo Pretorio» il 18/03/2026</div>
<div class="hd"><div class="n">COMUNE DI BARISCIANO</div><div class="s">Provincia dell'Aquila</div><div class="s">Ufficio del Presidente del Consiglio Comunale</div></div>
<div class="prot">Prot. n. 1642 &nbsp;&nbsp;&nbsp; Barisciano, 18 marzo 2026</div>
<div class="dest">Ai Consiglieri Comunali<br>Al Segretario Comunale<br>Al Revisore dei Conti<br>e, p.c., al Prefetto dell'Aquila<br>Al Comando Stazione Carabinieri di Barisciano</div>
<h2>CONVOCAZIONE DEL CONSIGLIO COMUNALE</h2>
<div class="sub">sessione ordinaria – seduta pubblica di prima convocazione</div>
<p>Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 12 del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale che si terrà presso la Sala consiliare del Palazzo municipale il giorno</p>
<p style="text-align:center; font-weight:bold; font-size:11pt">VENERDÌ 27 MARZO 2026, ALLE ORE 18:00,</p>
<p>per la trattazione del seguente</p>
<p style="text-align:center; font-weight:bold">ORDINE DEL GIORNO</p>
<ol>
<li>Lettura e approvazione dei verbali della seduta precedente.</li>
<li>Comunicazioni del Sindaco.</li>
<li>Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 – nota di aggiornamento.</li>
<li>Approvazione del bilancio di previsione finanziario 2026/2028 e relativi allegati.</li>
<li>Imposta municipale propria (IMU) – conferma delle aliquote per l'anno 2026.</li>
<li>Convenzione con il Comune di Santo Stefano di Sessanio per la gestione associata del servizio di Polizia Locale – approvazione.</li>
<li>Interrogazione del gruppo consiliare «Barisciano Futura» sulla viabilità della frazione di Picenze.</li>
</ol>
<p>In caso di mancanza del numero legale, la seduta di seconda convocazione è fissata per il giorno <b>lunedì 30 marzo 2026, alle ore 18:00</b>, nello stesso luogo.</p>
<p>Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio Segreteria e sono consultabili dai Consiglieri nell'orario d'ufficio a decorrere dal 20/03/2026.</p>
<p>La seduta sarà trasmessa in diretta streaming sul canale istituzionale del Comune.</p>
<div class="f">IL PRESIDENTE DEL CONSIGLIO COMUNALE<br><b>Giuseppe D'Alessandro</b><br><span style="font-size:8pt;font-style:italic">firmato digitalmente ai sensi del D.Lgs. 82/2005</span></div>
</body></html>
HTML;
$cache = $argv[2]; @mkdir($cache, 0777, true);
$o = new Options(); $o->set('defaultFont', 'DejaVu Serif'); $o->set('fontCache', $cache); $o->set('fontDir', $cache); $o->set('chroot', ['/usr/share/fonts', $cache]);
$d = new Dompdf($o);
$d->loadHtml($html, 'UTF-8'); $d->setPaper('A4', 'portrait'); $d->render();
$d->addInfo('Title', 'Convocazione Consiglio Comunale 27/03/2026'); $d->addInfo('Creator', 'Masterweb – Albo Pretorio');
file_put_contents($out, $d->output());
