<?php
// Ordinanza of the Comune di Comunanza, in the layout of a PHPWord template rendered through its
// TCPDF writer (Word-like margins, letterhead in the page header, centred title block).
// Usage: php comunanza_tcpdf.php OUT.pdf   (needs Debian's php-tcpdf)
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
$D = json_decode(file_get_contents(__DIR__ . '/comunanza.json'), true);
$num = $D['number'];
$dt = implode('/', array_reverse(explode('-', $D['date'])));

class OrdPDF extends TCPDF {
    public $dt; public $num;
    public function Header() {
        $this->SetFont('dejavuserif', 'B', 15);
        $this->SetY(10);
        $this->Cell(0, 7, 'COMUNE DI COMUNANZA', 0, 1, 'C');
        $this->SetFont('dejavuserif', '', 9);
        $this->Cell(0, 4.5, 'Provincia di Ascoli Piceno', 0, 1, 'C');
        $this->SetFont('dejavuserif', '', 7.5);
        $this->Cell(0, 4, 'Piazza IV Novembre, 1 – 63087 Comunanza (AP) – comune.comunanza@emarche.it', 0, 1, 'C');
        $this->Line(20, 28, 190, 28);
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('dejavuserif', 'I', 7.5);
        $this->Cell(0, 4, 'Ordinanza n. ' . $this->num . ' del ' . $this->dt . ' – pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'C');
    }
}
$pdf = new OrdPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->dt = $dt; $pdf->num = $num;
$pdf->SetCreator('PHPWord');
$pdf->SetAuthor('Comune di Comunanza');
$pdf->SetTitle('Ordinanza ' . $num . '/2026');
$pdf->SetMargins(20, 34, 20);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', '', 10.5);
$subj = htmlspecialchars($D['subject']);
$html = <<<HTML
<p style="text-align:right;font-size:9pt">Prot. n. 2418 del $dt</p>
<p style="text-align:center;font-size:13pt"><b>ORDINANZA CONTINGIBILE E URGENTE</b><br/><b>N. $num DEL $dt</b></p>
<table cellpadding="5" border="0" style="background-color:#f0f0f0"><tr><td><b>OGGETTO:</b> $subj</td></tr></table>
<p style="text-align:center"><b>IL SINDACO</b></p>
<p style="text-align:justify">PREMESSO che in data 12/03/2026, a seguito di segnalazione pervenuta al Comando di Polizia Locale, i Vigili del Fuoco del Comando Provinciale di Ascoli Piceno sono intervenuti in Via Roma per il distacco di porzioni di intonaco e di elementi del cornicione dal fabbricato distinto in catasto al foglio 21, particella 348, rilevando – come da verbale di intervento n. 1027 del 12/03/2026 – il pericolo di ulteriori crolli sulla sede stradale;</p>
<p style="text-align:justify">CONSIDERATO che l'immobile risulta disabitato e che i proprietari, identificati dall'Ufficio Tecnico, non hanno ancora provveduto alla messa in sicurezza;</p>
<p style="text-align:justify">RITENUTO necessario e urgente, a tutela della pubblica incolumità, interdire il transito nel tratto interessato fino all'esecuzione delle opere di messa in sicurezza;</p>
<p style="text-align:justify">VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e la Legge 7 agosto 1990, n. 241;</p>
<p style="text-align:center"><b>O R D I N A</b></p>
<ol style="text-align:justify">
<li>la chiusura al transito veicolare e pedonale del tratto di Via Roma compreso tra Piazza Garibaldi e Vicolo del Forno, con decorrenza immediata e fino alla rimozione del pericolo, attestata dall'Ufficio Tecnico comunale;</li>
<li>ai proprietari del fabbricato di eseguire, entro 10 (dieci) giorni dalla notifica della presente, tutte le opere necessarie alla messa in sicurezza della facciata e del cornicione, a mezzo di ditta abilitata e sotto la direzione di un tecnico incaricato;</li>
<li>all'Ufficio Tecnico comunale di provvedere all'apposizione delle transenne e della segnaletica di preavviso in Piazza Garibaldi e in Via Ascoli;</li>
<li>al Comando di Polizia Locale e alle altre Forze dell'Ordine di vigilare sull'osservanza della presente ordinanza.</li>
</ol>
<p style="text-align:justify">AVVERTE che, in caso di inottemperanza, si procederà d'ufficio all'esecuzione delle opere con addebito delle spese ai proprietari, fatta salva l'applicazione dell'art. 650 del Codice Penale.</p>
<p style="text-align:justify">Avverso il presente provvedimento è ammesso ricorso al T.A.R. Marche entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.</p>
<p style="text-align:justify">La presente ordinanza è pubblicata all'Albo Pretorio on line, notificata ai proprietari interessati e trasmessa alla Prefettura di Ascoli Piceno, alla Stazione Carabinieri di Comunanza e al Comando Provinciale dei Vigili del Fuoco.</p>
<p>Comunanza, lì $dt</p>
<table><tr><td width="50%"></td><td width="50%" style="text-align:center">IL SINDACO<br/>Marisa Angelini<br/><span style="font-size:7.5pt">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</span></td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($out, 'F');
