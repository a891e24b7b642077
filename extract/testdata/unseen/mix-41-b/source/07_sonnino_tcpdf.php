<?php
// Ordinanza sindacale of the Comune di Sonnino, printed by a Yii-based
// "atti" web application through TCPDF (Debian php-tcpdf): header with
// crest caption and protocol stamp, HTML body, footer with page x/y.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class OrdPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 8);
        $this->SetDrawColor(40, 70, 40);
        $this->Rect(15, 10, 14, 16);
        $this->SetXY(10, 26.5); $this->SetFont('dejavusans', '', 5.5); $this->Cell(24, 3, 'Stemma', 0, 0, 'C');
        $this->SetXY(33, 11); $this->SetFont('dejavuserif', 'B', 16); $this->Cell(0, 7, 'COMUNE DI SONNINO', 0, 1);
        $this->SetX(33); $this->SetFont('dejavuserif', '', 9); $this->Cell(0, 5, 'Provincia di Latina', 0, 1);
        $this->SetX(33); $this->SetFont('dejavusans', '', 7); $this->Cell(0, 4, 'Piazza Giuseppe Garibaldi, 1 – 04010 Sonnino (LT)', 0, 1);
        // protocol stamp
        $this->SetXY(148, 10); $this->SetFont('dejavusans', '', 7);
        $this->MultiCell(47, 14, "COMUNE DI SONNINO\nProt. n. 0004962 del 11/05/2026\nUscita – Cat. 6 Cl. 5", 1, 'C', false, 1);
        $this->Line(15, 31, 195, 31);
    }
    public function Footer() {
        $this->SetY(-14); $this->SetFont('dejavusans', '', 7);
        $this->Cell(120, 4, 'Ordinanza n. 14 del 11/05/2026 – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new OrdPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Sonnino Atti (Yii 2) – TCPDF');
$pdf->SetAuthor('Comune di Sonnino');
$pdf->SetTitle('Ordinanza sindacale n. 14/2026');
$pdf->SetMargins(18, 36, 18);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', '', 10);
$html = <<<EOD
<style>
 p { text-align: justify; line-height: 1.4; }
 .c { text-align: center; }
 td.l { background-color: #e8efe8; font-weight: bold; }
</style>
<table cellpadding="4" border="1">
<tr><td class="l" width="30%">ORDINANZA SINDACALE</td><td width="20%">N. 14</td><td class="l" width="15%">DATA</td><td width="35%">11/05/2026</td></tr>
<tr><td class="l">Settore proponente</td><td colspan="3">Settore III – Lavori Pubblici, Urbanistica e Protezione Civile</td></tr>
</table>
<p></p>
<p><b>OGGETTO:</b> Ordinanza contingibile e urgente per l’eliminazione del pericolo per la pubblica incolumità derivante dal distacco di elementi del cornicione del fabbricato sito in Via Cavour n. 18 – Foglio 34, particella 512.</p>
<p class="c"><b>IL SINDACO</b></p>
<p><b>PREMESSO</b> che in data 09/05/2026 il Comando della Polizia Locale, con nota prot. n. 4903, ha segnalato il distacco di porzioni di intonaco e di elementi del cornicione del fabbricato sito in Via Cavour n. 18, con caduta di materiale sulla sede stradale;</p>
<p><b>VISTO</b> il verbale di sopralluogo redatto in data 10/05/2026 dal tecnico del Settore III, Geom. Alessandro Pecorilli, dal quale risulta la sussistenza di un pericolo grave e imminente per la pubblica e privata incolumità;</p>
<p><b>ACCERTATO</b> che il fabbricato risulta di proprietà dei Sigg. D.M.A. e D.M.L., come da visura catastale in atti, i cui dati identificativi completi sono omessi ai sensi del Regolamento (UE) 2016/679;</p>
<p><b>RITENUTO</b> di dover intervenire con urgenza a tutela della pubblica incolumità;</p>
<p><b>VISTI</b> gli articoli 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e l’art. 7-bis del medesimo decreto;</p>
<p class="c"><b>O R D I N A</b></p>
<p>ai proprietari del fabbricato sito in Via Cavour n. 18:</p>
<p>a) di provvedere, entro 48 ore dalla notifica della presente, alla messa in sicurezza del cornicione e delle parti pericolanti della facciata prospiciente la via pubblica, mediante rimozione degli elementi instabili e posa di idonea rete di protezione;</p>
<p>b) di provvedere, entro 30 giorni dalla notifica, al ripristino definitivo delle parti ammalorate, previa presentazione del titolo abilitativo previsto;</p>
<p>c) di comunicare al Settore III l’avvenuta esecuzione dei lavori, con dichiarazione a firma di tecnico abilitato attestante l’eliminazione del pericolo;</p>
<p>d) di mantenere, fino all’esecuzione degli interventi di cui alla lettera a), la delimitazione dell’area già predisposta dalla Polizia Locale.</p>
<p class="c"><b>AVVERTE</b></p>
<p>che in caso di inottemperanza si procederà all’esecuzione d’ufficio con addebito delle spese ai proprietari, fatta salva l’applicazione della sanzione prevista dall’art. 7-bis del D.Lgs. 267/2000 e la denuncia all’Autorità Giudiziaria ai sensi dell’art. 650 del Codice Penale.</p>
<p>Avverso la presente ordinanza è ammesso ricorso al T.A.R. del Lazio – Sezione staccata di Latina entro 60 giorni dalla notifica, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni.</p>
<p class="c"><b>DISPONE</b></p>
<p>che la presente ordinanza sia notificata ai proprietari, trasmessa al Comando della Polizia Locale e alla Stazione dei Carabinieri di Sonnino, e pubblicata all’Albo Pretorio on line.</p>
<p>Sonnino, 11/05/2026</p>
<table><tr><td width="50%"></td><td width="50%" align="center">IL SINDACO<br/>Avv. Gianni Carnevale<br/><span style="font-size:7pt">(firmato digitalmente)</span></td></tr></table>
EOD;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
