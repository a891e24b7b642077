<?php
// Comune di Salemi - determinazione; HTML body as a TinyMCE-edited atti form would store it, printed by TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');
class P extends TCPDF {
  public function Header() {
    $this->SetFont('dejavuserif', 'B', 14);
    $this->Cell(0, 7, 'COMUNE DI SALEMI', 0, 1, 'C');
    $this->SetFont('dejavuserif', 'I', 9);
    $this->Cell(0, 5, 'Libero Consorzio Comunale di Trapani', 0, 1, 'C');
    $this->Line(15, 25, 195, 25);
  }
  public function Footer() {
    $this->SetY(-15); $this->SetFont('dejavusans', '', 7);
    $this->Cell(0, 4, 'Determinazione R.G. n. 298 del 10/03/2026 - Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', 0, 0, 'L');
    $this->Cell(0, 4, 'Pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new P('P', 'mm', 'A4', true, 'UTF-8');
$pdf->SetCreator('Gestione Atti (editor TinyMCE) - TCPDF');
$pdf->SetTitle('Determinazione R.G. 298/2026');
$pdf->SetMargins(18, 32, 18); $pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 9.5);
$html = <<<HTML
<table cellpadding="4" border="1">
<tr><td width="50%" align="center"><b>SETTORE II – SERVIZI FINANZIARI</b><br/>Servizio Tributi</td>
<td width="50%" align="center">DETERMINAZIONE DEL RESPONSABILE DEL SETTORE<br/><b>n. 57 del 09/03/2026</b></td></tr>
<tr><td colspan="2" align="center" bgcolor="#eeeeee">REGISTRO GENERALE <b>n. 298 del 10/03/2026</b></td></tr>
</table>
<p><b>OGGETTO:</b> Rimborso somme indebitamente versate a titolo di TARI anno 2024 – contribuente omissis (pos. 4471) – Impegno e liquidazione.</p>
<p align="center"><b>IL RESPONSABILE DEL SETTORE</b></p>
<p align="justify"><b>Premesso</b> che con istanza acquisita al protocollo generale n. 3318 del 12/02/2026 il contribuente identificato alla posizione n. 4471 ha chiesto il rimborso della somma di € 412,00, versata in eccedenza a titolo di tassa sui rifiuti (TARI) per l'anno 2024, per erronea duplicazione del versamento della rata di saldo;</p>
<p align="justify"><b>Verificato</b>, dall'esame della banca dati tributaria e dei riversamenti effettuati dalla Struttura di gestione dell'Agenzia delle Entrate, che il doppio versamento risulta effettivamente acquisito al bilancio comunale;</p>
<p align="justify"><b>Visti</b> l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, il vigente Regolamento comunale per l'applicazione della TARI e la L.R. 11 dicembre 1991, n. 48, che recepisce in Sicilia l'ordinamento degli enti locali;</p>
<p align="justify"><b>Vista</b> la determinazione sindacale n. 2 del 07/01/2026 di conferimento dell'incarico di Responsabile del Settore II;</p>
<p align="center"><b>D E T E R M I N A</b></p>
<p align="justify">1) di riconoscere al contribuente di cui alla posizione n. 4471 il rimborso della somma di € 412,00, oltre interessi legali pari a € 9,06, per complessivi € 421,06;<br/>
2) di impegnare e contestualmente liquidare la somma di € 421,06 alla Missione 01, Programma 04, cap. 1920 "Rimborsi e restituzioni di tributi" del bilancio 2026/2028, esercizio 2026;<br/>
3) di dare atto che i dati identificativi del contribuente sono contenuti in un allegato non soggetto a pubblicazione, ai sensi del Regolamento (UE) 2016/679.</p>
<p>Salemi, lì 10/03/2026</p>
<table cellpadding="2"><tr><td width="50%">Il Responsabile del procedimento<br/>Sig.ra Giuseppa Angelo</td><td width="50%" align="center">IL RESPONSABILE DEL SETTORE II<br/>Dott. Salvatore Caradonna<br/><i>(firmato digitalmente)</i></td></tr></table>
<br/><br/>
<table cellpadding="4" border="1"><tr><td><b>PUBBLICAZIONE</b> – Affissa all'Albo Pretorio on line il 11/03/2026 al n. 611 del Registro delle pubblicazioni, per 15 giorni consecutivi.</td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output(__DIR__.'/salemi.pdf', 'F');
