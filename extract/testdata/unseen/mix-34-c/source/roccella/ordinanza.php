<?php
// Ordinanza sindacale - Comune di Roccella Ionica (RC)
// Imitates the print of a small PHP/Laravel web application that renders the act
// through TCPDF: letterhead in the page header, register stamp in the left margin,
// body written with writeHTML. Usage: php ordinanza.php out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

class OrdPDF extends TCPDF {
    public function Header() {
        $this->SetY(10);
        $this->SetFont('dejavuserifcondensed', 'B', 17);
        $this->Cell(0, 8, 'COMUNE DI ROCCELLA IONICA', 0, 1, 'C');
        $this->SetFont('dejavuserifcondensed', 'I', 10);
        $this->Cell(0, 5, 'Città Metropolitana di Reggio Calabria', 0, 1, 'C');
        $this->SetFont('helvetica', '', 8);
        $this->Cell(0, 4, 'Ufficio del Sindaco', 0, 1, 'C');
        $this->SetLineWidth(0.8);
        $this->SetDrawColor(0, 70, 140);
        $this->Line(15, 30, 195, 30);
        $this->SetLineWidth(0.2);
        $this->SetDrawColor(0);
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('helvetica', '', 7);
        $this->Cell(120, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new OrdPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('GestioneOrdinanze 2.4 (Laravel) - TCPDF');
$pdf->SetAuthor('Comune di Roccella Ionica');
$pdf->SetTitle('Ordinanza n. 9/2026');
$pdf->SetMargins(50, 36, 16);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

// register stamp in the left margin
$pdf->SetFont('helvetica', '', 7.5);
$pdf->SetXY(12, 38);
$pdf->MultiCell(32, 5, "REGISTRO ORDINANZE", 'LTR', 'C', false, 1, 12, 38);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->MultiCell(32, 6, "N. 9", 'LR', 'C', false, 1, 12);
$pdf->SetFont('helvetica', '', 8);
$pdf->MultiCell(32, 5, "del 13/03/2026", 'LRB', 'C', false, 1, 12);
$pdf->SetFont('helvetica', '', 6.5);
$pdf->MultiCell(32, 4, "Prot. n. 4410\ndel 13/03/2026", 0, 'C', false, 1, 12, $pdf->GetY() + 3);

$pdf->SetXY(50, 38);
$html = <<<HTML
<style>
 p { text-align: justify; line-height: 1.35; }
 h1 { font-size: 13pt; text-align: center; }
 h2 { font-size: 11.5pt; text-align: center; letter-spacing: 2px; }
 td.lab { font-weight: bold; }
</style>
<h1>ORDINANZA SINDACALE CONTINGIBILE E URGENTE</h1>
<table cellpadding="4" border="0"><tr>
<td width="22%" class="lab">OGGETTO:</td>
<td width="78%"><b>Chiusura temporanea del plesso scolastico di via Vittorio Veneto per interventi urgenti di disinfestazione – giorni 16 e 17 marzo 2026.</b></td>
</tr></table>
<h2>IL SINDACO</h2>
<p><b>Vista</b> la nota del Dirigente scolastico dell'Istituto Comprensivo «Roccella – Caulonia», acquisita al protocollo comunale n. 4371 del 12/03/2026, con la quale è stata segnalata la presenza di infestanti (blatte) nei locali della mensa e dei servizi igienici del plesso di via Vittorio Veneto;</p>
<p><b>Visto</b> il sopralluogo effettuato in data 12/03/2026 dal personale dell'Ufficio Tecnico comunale unitamente al tecnico dell'Azienda Sanitaria Provinciale – Dipartimento di Prevenzione, che ha confermato la necessità di un intervento di disinfestazione e successiva sanificazione dei locali;</p>
<p><b>Ritenuto</b> che, per la tutela della salute degli alunni e del personale, l'intervento debba essere eseguito in assenza di attività didattica e che, a tal fine, sia necessario disporre la chiusura del plesso per due giorni;</p>
<p><b>Visti</b> gli artt. 50, commi 5 e 6, e 54 del D.Lgs. 18 agosto 2000, n. 267;</p>
<h2>ORDINA</h2>
<p>1. la chiusura del plesso scolastico di via Vittorio Veneto (scuola dell'infanzia e scuola primaria) nei giorni di lunedì 16 e martedì 17 marzo 2026, con sospensione delle attività didattiche e del servizio di refezione scolastica;</p>
<p>2. all'Ufficio Tecnico comunale di provvedere, tramite la ditta incaricata del servizio di disinfestazione, all'esecuzione dell'intervento nei giorni indicati e alla successiva sanificazione dei locali;</p>
<p>3. la riapertura del plesso a decorrere da mercoledì 18 marzo 2026, previa attestazione di avvenuta sanificazione rilasciata dalla ditta esecutrice.</p>
<h2>DISPONE</h2>
<p>che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale dell'Ente, e trasmessa al Dirigente scolastico dell'Istituto Comprensivo, alla Prefettura – Ufficio Territoriale del Governo di Reggio Calabria, al Comando di Polizia Locale e alla Stazione dei Carabinieri di Roccella Ionica.</p>
<p><b>AVVERTE</b> che avverso la presente ordinanza è ammesso ricorso al T.A.R. Calabria – Sezione di Reggio Calabria entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.</p>
<p>Dalla Residenza Municipale, 13/03/2026</p>
<br/>
<table border="0"><tr><td width="45%"></td><td width="55%" align="center">IL SINDACO<br/><b>Dott. Domenico Sorbara</b><br/><i>(firmato digitalmente)</i></td></tr></table>
HTML;
$pdf->SetFont('dejavuserifcondensed', '', 10.5);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
