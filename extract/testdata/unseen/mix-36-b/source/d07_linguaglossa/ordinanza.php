<?php
// TCPDF (Debian php-tcpdf): ordinanza sindacale laid out like a CST Sistemi Sud print:
// letterhead in the page header, protocol barcode with caption, "Pag. x di y" foot.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class Ord extends TCPDF {
    public function Header() {
        $this->SetY(10);
        $this->SetFont('dejavuserif', 'B', 15);
        $this->Cell(0, 7, 'COMUNE DI LINGUAGLOSSA', 0, 1, 'C');
        $this->SetFont('dejavuserif', '', 9);
        $this->Cell(0, 4.5, 'Città Metropolitana di Catania', 0, 1, 'C');
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(0, 4, 'Piazza Municipio, 1 – 95015 Linguaglossa (CT) – C.F. 83000510877 – protocollo@pec.comune.linguaglossa.ct.it', 0, 1, 'C');
        $this->Line(15, 29, 195, 29);
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 6.8);
        $this->Cell(120, 4, 'Ordinanza Sindacale n. 6/2026 – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', 'T', 0, 'L');
        $this->Cell(0, 4, 'Pag. '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 'T', 0, 'R');
    }
}

$pdf = new Ord('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Sistema Atti Amministrativi');
$pdf->SetAuthor('Comune di Linguaglossa');
$pdf->SetTitle('Ordinanza Sindacale n. 6 del 14/02/2026');
$pdf->SetMargins(18, 34, 18);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

// protocol block with barcode
$pdf->SetFont('dejavusans', '', 7.5);
$style = array('position' => '', 'align' => 'L', 'stretch' => false, 'fitwidth' => true, 'border' => false,
               'hpadding' => 0, 'vpadding' => 0, 'fgcolor' => array(0,0,0), 'text' => true, 'font' => 'dejavusans', 'fontsize' => 6.5);
$pdf->write1DBarcode('C_E602-2026-0002345', 'C128', 130, 33, 62, 12, 0.3, $style, 'N');
$pdf->SetXY(130, 46);
$pdf->MultiCell(62, 4, "Prot. n. 2345 del 14/02/2026\nCategoria 6 – Classe 9", 0, 'L');

$pdf->SetXY(18, 36);
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->MultiCell(100, 5, "Ufficio di Gabinetto del Sindaco", 0, 'L');
$pdf->Ln(12);

$html = <<<HTML
<table border="1" cellpadding="5" style="width:100%;">
<tr><td style="text-align:center;background-color:#eeeeee;"><b style="font-size:13pt;">ORDINANZA SINDACALE</b><br/><span style="font-size:10.5pt;">N. <b>6</b> DEL <b>14/02/2026</b></span></td></tr>
</table>
<p style="font-size:10pt;"><b>OGGETTO:</b> Misure urgenti per la rimozione della cenere vulcanica dell’Etna dalle sedi stradali, dai marciapiedi e dalle coperture degli edifici – Divieto di conferimento della cenere nei contenitori della raccolta differenziata dei rifiuti urbani.</p>
<p style="text-align:center;font-size:11pt;"><b>IL SINDACO</b></p>
<p style="text-align:justify;font-size:9.5pt;line-height:1.4;"><b>PREMESSO</b> che, a seguito dell’attività parossistica del cratere di Sud-Est dell’Etna registrata nei giorni 11, 12 e 13 febbraio 2026, come da comunicati dell’Istituto Nazionale di Geofisica e Vulcanologia – Osservatorio Etneo, il territorio comunale è stato interessato da una consistente ricaduta di cenere vulcanica e lapilli;</p>
<p style="text-align:justify;font-size:9.5pt;line-height:1.4;"><b>CONSIDERATO</b> che l’accumulo di materiale piroclastico sulle sedi stradali, in particolare lungo la S.P. 92 Mareneve, la via Roma, la via Marconi e la Strada Provinciale per Piedimonte Etneo, costituisce pericolo per la circolazione veicolare e pedonale, e che l’accumulo sulle coperture, sulle grondaie e sui pluviali può determinare cedimenti e ostruzioni;</p>
<p style="text-align:justify;font-size:9.5pt;line-height:1.4;"><b>VISTO</b> l’art. 5 del D.L. 30 dicembre 2019, n. 162, convertito dalla Legge 28 febbraio 2020, n. 8, che qualifica la cenere vulcanica dell’Etna, ricaduta sulle aree urbanizzate, quale materiale non classificabile come rifiuto ove destinato al riutilizzo;</p>
<p style="text-align:justify;font-size:9.5pt;line-height:1.4;"><b>VISTI</b> gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e la Legge Regionale 15 marzo 1963, n. 16, e successive modifiche;</p>
<p style="text-align:center;font-size:11pt;"><b>ORDINA</b></p>
<ol style="font-size:9.5pt;text-align:justify;line-height:1.4;">
<li>ai proprietari, agli amministratori di condominio e ai conduttori di immobili di provvedere, entro sette giorni dalla pubblicazione della presente ordinanza, alla rimozione della cenere vulcanica dalle coperture, dai terrazzi, dalle grondaie e dai pluviali;</li>
<li>ai titolari di esercizi commerciali e pubblici esercizi di provvedere quotidianamente alla pulizia dei marciapiedi antistanti i rispettivi locali;</li>
<li>di raccogliere la cenere in sacchi resistenti, distinti da quelli utilizzati per i rifiuti urbani, e di depositarli esclusivamente nei punti di raccolta individuati in piazza Annunziata, in via Mareneve (parcheggio comunale) e presso il Centro Comunale di Raccolta di contrada Cerro;</li>
<li>è fatto divieto di conferire la cenere vulcanica nei contenitori della raccolta differenziata e di immetterla nella rete di smaltimento delle acque bianche e nere;</li>
<li>è fatto divieto di circolazione ai veicoli a due ruote sulla S.P. 92 Mareneve, nel tratto di competenza comunale, fino al completamento delle operazioni di pulizia della sede stradale.</li>
</ol>
<p style="text-align:center;font-size:11pt;"><b>DISPONE</b></p>
<p style="text-align:justify;font-size:9.5pt;line-height:1.4;">che la presente ordinanza sia pubblicata all’Albo Pretorio on line e sul sito istituzionale dell’Ente e trasmessa alla Prefettura di Catania, alla Città Metropolitana di Catania, al Comando della Polizia Municipale, alla Stazione dei Carabinieri di Linguaglossa e al Dipartimento Regionale della Protezione Civile. Il Comando di Polizia Municipale e le altre forze dell’ordine sono incaricati di vigilare sull’osservanza della presente ordinanza. Le violazioni sono punite con la sanzione amministrativa pecuniaria da € 25,00 a € 500,00, ai sensi dell’art. 7-bis del D.Lgs. 267/2000.</p>
<p style="text-align:justify;font-size:9pt;line-height:1.4;"><b>AVVERTE</b> che contro la presente ordinanza è ammesso ricorso al T.A.R. Sicilia – Sezione di Catania entro 60 giorni, ovvero ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni dalla pubblicazione.</p>
<p>Linguaglossa, 14/02/2026</p>
<table cellpadding="2"><tr><td style="width:55%;"></td><td style="width:45%;text-align:center;font-size:10pt;">IL SINDACO<br/>Dott. Salvatore Pennisi<br/><span style="font-size:7pt;">(firmato digitalmente)</span></td></tr></table>
HTML;
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
