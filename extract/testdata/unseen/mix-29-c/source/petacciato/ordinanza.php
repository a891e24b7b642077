<?php
// Ordinanza of the Comune di Petacciato (CB), Area Vigilanza: an HTML report
// rendered by dompdf as a PHP web application would (register box on the
// right, protocol stamp, OGGETTO line, numbered ORDINA points, page footer).
require_once('/usr/share/php/dompdf/autoload.php');
use Dompdf\Dompdf;
use Dompdf\Options;

$html = <<<'HTML'
<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<style>
@page { margin: 18mm 20mm 22mm 20mm; }
body { font-family: psans; font-size: 9.5pt; line-height: 1.35; }
.lh { width:100%; border-bottom: 1.5pt solid #000; padding-bottom: 4pt; }
.lh td { vertical-align: middle; }
.crest { width: 52pt; height: 60pt; border: 0.8pt solid #444; text-align:center; font-size:6pt; color:#555; }
.ente { font-size: 17pt; font-weight: bold; }
.prov { font-size: 9pt; }
.reg { border: 1pt solid #000; width: 150pt; font-size: 8.5pt; border-collapse: collapse; }
.reg td { border: 0.6pt solid #000; padding: 2pt 4pt; }
.reg .t { background:#ddd; font-weight:bold; text-align:center; }
.prot { font-family: pmono; font-size: 7.5pt; border: 0.8pt dashed #333; padding: 3pt; width: 200pt; margin-top: 6pt; }
h1 { font-size: 13pt; text-align:center; margin: 10pt 0 2pt 0; }
h2 { font-size: 10pt; text-align:center; margin: 0 0 8pt 0; font-weight: normal; }
p { text-align: justify; margin: 3pt 0; }
.ogg td { vertical-align: top; font-weight: bold; font-size: 10pt; }
.c { text-align:center; font-weight:bold; letter-spacing: 3pt; margin: 8pt 0 4pt 0; }
ol { margin: 2pt 0 2pt 0; padding-left: 18pt; }
ol li { margin-bottom: 3pt; text-align: justify; }
.firma { margin-top: 18pt; margin-left: 55%; text-align:center; }
.note { font-size: 7.5pt; color:#333; margin-top: 14pt; border-top: 0.5pt solid #888; padding-top: 3pt; }
</style></head><body>
<table class="lh"><tr>
<td style="width:60pt"><div class="crest"><br><br><br>STEMMA</div></td>
<td><div class="ente">COMUNE DI PETACCIATO</div><div class="prov">Provincia di Campobasso</div>
<div class="prov">AREA VIGILANZA – Servizio Polizia Locale</div>
<div style="font-size:7.5pt">Piazza Municipio, 1 – 86038 Petacciato (CB) – tel. 0875 679211</div></td>
<td style="width:155pt"><table class="reg"><tr><td class="t" colspan="2">REGISTRO ORDINANZE</td></tr>
<tr><td>N.</td><td><b>6</b></td></tr><tr><td>Data</td><td><b>13/03/2026</b></td></tr></table></td>
</tr></table>
<div class="prot">COMUNE DI PETACCIATO – PROTOCOLLO GENERALE<br>Prot. n. 2874 del 13/03/2026 – Partenza – Cat. 9 Cl. 2</div>
<h1>ORDINANZA</h1>
<h2>del Responsabile del Servizio di Polizia Locale</h2>
<table class="ogg"><tr><td style="width:62pt">OGGETTO:</td>
<td>Disciplina temporanea della circolazione e della sosta in Via Marina, Via Petrarca e Corso Vittorio Emanuele in occasione della manifestazione “Festa di San Giuseppe” del 19 marzo 2026.</td></tr></table>
<p class="c">IL RESPONSABILE DEL SERVIZIO</p>
<p><b>VISTA</b> la richiesta del Comitato Festa San Giuseppe, acquisita al prot. n. 2611 del 06/03/2026, con la quale si comunica lo svolgimento, il giorno 19 marzo 2026, della tradizionale processione e della distribuzione delle “tavole di San Giuseppe” lungo Via Marina, Via Petrarca e Corso Vittorio Emanuele;</p>
<p><b>RITENUTO</b> necessario, per ragioni di sicurezza della circolazione e di tutela della pubblica incolumità, disciplinare temporaneamente il transito e la sosta dei veicoli nelle strade interessate;</p>
<p><b>VISTI</b> gli artt. 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;</p>
<p><b>VISTO</b> l’art. 107 del D.Lgs. 18 agosto 2000, n. 267 e il decreto sindacale n. 4 del 15/01/2026 di attribuzione delle funzioni;</p>
<p class="c">ORDINA</p>
<p>per il giorno <b>19 marzo 2026</b>:</p>
<ol>
<li>il <b>divieto di transito</b> a tutti i veicoli, dalle ore 09:00 alle ore 13:00 e dalle ore 16:00 alle ore 21:00, in Via Marina (tratto da Piazza Aldo Moro all’intersezione con Via Petrarca) e in Corso Vittorio Emanuele;</li>
<li>il <b>divieto di sosta con rimozione forzata</b>, dalle ore 07:00 alle ore 22:00, su entrambi i lati di Via Petrarca e di Corso Vittorio Emanuele;</li>
<li>la deviazione del traffico proveniente dalla S.S. 16 Adriatica su Via Guglionesi e Via Montebello;</li>
<li>l’esclusione dai divieti dei veicoli di soccorso, delle forze dell’ordine e dei veicoli al servizio di persone con disabilità muniti di contrassegno.</li>
</ol>
<p class="c">DISPONE</p>
<p>che la presente ordinanza sia resa nota mediante pubblicazione all’Albo Pretorio on line e l’apposizione della prescritta segnaletica a cura del Servizio Tecnico Manutentivo almeno 48 ore prima dell’entrata in vigore; che gli agenti della Polizia Locale e le altre forze di polizia stradale di cui all’art. 12 del Codice della Strada siano incaricati di farla rispettare.</p>
<p class="c">AVVERTE</p>
<p>che avverso la presente ordinanza è ammesso ricorso al Tribunale Amministrativo Regionale per il Molise entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni; entro 60 giorni è altresì ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell’art. 37, comma 3, del Codice della Strada.</p>
<p style="margin-top:10pt">Petacciato, 13/03/2026</p>
<div class="firma"><b>IL RESPONSABILE DEL SERVIZIO<br>DI POLIZIA LOCALE</b><br>Isp. Capo Luigi Ciarallo</div>
<div class="note">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD). L’originale informatico è conservato negli archivi del Comune di Petacciato.</div>
</body></html>
HTML;

$o = new Options();
$o->set('defaultFont', 'psans');
// work on a writable copy of dompdf's font directory (metrics are cached there)
$fd = sys_get_temp_dir() . '/dompdf-fonts-petacciato';
if (!is_dir($fd)) { mkdir($fd); foreach (glob('/usr/share/php/dompdf/lib/fonts/*') as $ff) copy($ff, $fd . '/' . basename($ff)); }
$o->set('fontDir', $fd);
$o->set('chroot', ['/usr/share/fonts', '/usr/share/php/dompdf', $fd]);
$o->set('fontCache', $fd);
$o->set('tempDir', sys_get_temp_dir());
$d = new Dompdf($o);
// Debian's dompdf ships the DejaVu TTFs without metrics: register them so the
// .ufm files are generated in the font cache.
$fm = $d->getFontMetrics();
$DJ = '/usr/share/fonts/truetype/dejavu/';
foreach ([['psans', 'normal', 'normal', 'DejaVuSans.ttf'], ['psans', 'bold', 'normal', 'DejaVuSans-Bold.ttf'],
          ['psans', 'normal', 'italic', 'DejaVuSans-Oblique.ttf'], ['psans', 'bold', 'italic', 'DejaVuSans-BoldOblique.ttf'],
          ['pmono', 'normal', 'normal', 'DejaVuSansMono.ttf'], ['pmono', 'bold', 'normal', 'DejaVuSansMono-Bold.ttf']] as $r) {
    $fm->registerFont(['family' => $r[0], 'weight' => $r[1], 'style' => $r[2]], 'file://' . $DJ . $r[3]);
}
$d->loadHtml($html, 'UTF-8');
$d->setPaper('A4', 'portrait');
$d->render();
$d->addInfo('Title', 'Ordinanza n. 6 del 13/03/2026');
$d->addInfo('Author', 'Comune di Petacciato - Polizia Locale');
$c = $d->getCanvas();
$f = $d->getFontMetrics()->getFont('psans');
$c->page_text(57, 808, "Comune di Petacciato – Ordinanza n. 6 del 13/03/2026", $f, 7, [0.3, 0.3, 0.3]);
$c->page_text(470, 808, "Pagina {PAGE_NUM} di {PAGE_COUNT}", $f, 7, [0.3, 0.3, 0.3]);
file_put_contents($argv[1], $d->output());
