<?php
// Comune di Montemurro - determinazione dell'Area Economico-Finanziaria, TCPDF (PHP).
require_once('/usr/share/php/tcpdf/tcpdf.php');
class P extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans', 'B', 13);
    $this->SetY(10);
    $this->Cell(0, 6, 'COMUNE DI MONTEMURRO', 0, 1, 'C');
    $this->SetFont('dejavusans', '', 8.5);
    $this->Cell(0, 4, 'Provincia di Potenza', 0, 1, 'C');
    $this->Cell(0, 4, 'Piazza Giacinto Albini – 85053 Montemurro (PZ) – PEC: comune.montemurro@cert.ruparbasilicata.it', 0, 1, 'C');
    $this->Line(15, 26, 195, 26);
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('dejavusans', 'I', 7);
    $this->Cell(90, 5, 'Determinazione n. 57 del 12/03/2026 – Area Economico-Finanziaria', 0, 0, 'L');
    $this->Cell(0, 5, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new P('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Gestione Determine – TCPDF');
$pdf->SetAuthor('Comune di Montemurro');
$pdf->SetTitle('Determinazione 57/2026');
$pdf->SetMargins(15, 32, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 9.5);

$grid = <<<HTML
<table border="1" cellpadding="4">
<tr><td colspan="4" align="center" bgcolor="#e6e6e6"><b>DETERMINAZIONE DEL RESPONSABILE DELL'AREA</b></td></tr>
<tr><td width="20%"><b>Area</b></td><td width="36%">AREA ECONOMICO-FINANZIARIA</td><td width="20%"><b>Servizio</b></td><td width="24%">Servizio Tributi</td></tr>
<tr><td><b>N. di Area</b></td><td>57</td><td><b>Data</b></td><td>12/03/2026</td></tr>
<tr><td><b>N. Reg. Generale</b></td><td>211</td><td><b>Data registrazione</b></td><td>12/03/2026</td></tr>
<tr><td><b>Proposta n.</b></td><td>63</td><td><b>del</b></td><td>10/03/2026</td></tr>
</table>
HTML;
$pdf->writeHTML($grid, true, false, true, false, '');
$pdf->Ln(2);
$subj = "Rimborso ai contribuenti di somme indebitamente versate a titolo di IMU per l'anno d'imposta 2024. Impegno e liquidazione della spesa.";
$pdf->writeHTML('<table cellpadding="3"><tr><td width="18%"><b>OGGETTO:</b></td><td width="82%"><b>'.htmlspecialchars($subj).'</b></td></tr></table>', true, false, true, false, '');
$pdf->Ln(2);
$body = <<<HTML
<p align="center"><b>IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA</b></p>
<p align="justify"><b>Premesso</b> che con decreto del Sindaco n. 2 del 07/01/2026 è stata conferita al sottoscritto la responsabilità dell'Area Economico-Finanziaria, con le funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. 18 agosto 2000, n. 267;</p>
<p align="justify"><b>Viste</b> le istanze di rimborso presentate da n. 6 contribuenti, acquisite agli atti del Servizio Tributi, relative a versamenti IMU eccedenti il dovuto per l'anno d'imposta 2024, per errata applicazione dell'aliquota sui fabbricati rurali strumentali;</p>
<p align="justify"><b>Accertato</b>, a seguito dell'istruttoria condotta dall'ufficio, che le somme indebitamente versate ammontano complessivamente a € 2.184,50, come da prospetto conservato agli atti d'ufficio, nel rispetto della normativa sulla protezione dei dati personali;</p>
<p align="justify"><b>Visto</b> l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, che disciplina i termini per il rimborso dei tributi locali;</p>
<p align="justify"><b>Visto</b> il bilancio di previsione 2026/2028, approvato con deliberazione del Consiglio Comunale n. 4 del 26/02/2026;</p>
<p align="center"><b>DETERMINA</b></p>
<p align="justify" style="text-indent:-4mm;margin-left:6mm">•&nbsp;&nbsp;di disporre il rimborso in favore dei contribuenti indicati nel prospetto agli atti delle somme indebitamente versate a titolo di IMU per l'anno 2024, per complessivi € 2.184,50;</p>
<p align="justify" style="text-indent:-4mm;margin-left:6mm">•&nbsp;&nbsp;di impegnare e contestualmente liquidare la spesa di € 2.184,50 alla Missione 01, Programma 04, cap. 1330 "Rimborsi di tributi comunali" del bilancio 2026/2028, esercizio 2026;</p>
<p align="justify" style="text-indent:-4mm;margin-left:6mm">•&nbsp;&nbsp;di autorizzare il Servizio Finanziario all'emissione dei mandati di pagamento mediante accredito sui conti correnti indicati dai contribuenti;</p>
<p align="justify" style="text-indent:-4mm;margin-left:6mm">•&nbsp;&nbsp;di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.</p>
<br/>
<table><tr><td width="50%"></td><td width="50%" align="center">IL RESPONSABILE DELL'AREA<br/>Rag. Vincenzo Lauria<br/><i>firmato digitalmente</i></td></tr></table>
<br/><br/>
<table border="1" cellpadding="4"><tr><td bgcolor="#f2f2f2"><b>ATTESTAZIONE DI COPERTURA FINANZIARIA</b><br/>Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria. Impegno n. 198/2026 – Liquidazione n. 311/2026.<br/>Montemurro, 12/03/2026 – Il Responsabile del Servizio Finanziario, Rag. Vincenzo Lauria</td></tr></table>
<p align="center" style="font-size:7.5pt"><i>Documento informatico firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 e s.m.i.</i></p>
HTML;
$pdf->writeHTML($body, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
