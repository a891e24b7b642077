<?php
// Comune di Sersale - determinazione del Responsabile del Settore, TCPDF,
// in the compact register-line manner of Argo Software prints.
require_once('/usr/share/php/tcpdf/tcpdf.php');
class P extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusanscondensed', '', 7.5);
    $this->Cell(0, 5, 'COMUNE DI SERSALE - Registro Generale Determinazioni n. 64 del 16/03/2026', 'B', 0, 'L');
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('dejavusanscondensed', 'I', 7);
    $this->Cell(0, 4, 'Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 – il documento originale è conservato negli archivi informatici del Comune di Sersale', 0, 1, 'C');
    $this->Cell(0, 4, 'Pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new P('P', 'mm', 'A4', true, 'UTF-8');
$pdf->SetCreator('Comune di Sersale - Atti amministrativi');
$pdf->SetAuthor('Comune di Sersale');
$pdf->SetTitle('Determinazione n. 64/2026');
$pdf->SetMargins(20, 18, 20);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', '', 10);
$html = <<<HTML
<table cellpadding="2"><tr>
<td width="18%" align="center" style="font-size:7pt"><i>[stemma del Comune]</i></td>
<td width="82%"><span style="font-size:15pt"><b>COMUNE DI SERSALE</b></span><br/><span style="font-size:9pt">Provincia di Catanzaro<br/>Via Guglielmo Marconi, 2 – 88054 Sersale (CZ)</span></td>
</tr></table>
<hr/>
<p align="center" style="font-size:11pt"><b>SETTORE AFFARI GENERALI</b><br/><span style="font-size:9.5pt">Servizio Politiche Sociali</span></p>
<table border="1" cellpadding="4" style="font-size:9pt">
<tr><td width="50%" align="center">DETERMINAZIONE<br/><b>N. 19 DEL 13/03/2026</b><br/><span style="font-size:7.5pt">(numero di Settore)</span></td>
<td width="50%" align="center">REGISTRO GENERALE<br/><b>N. 64 DEL 16/03/2026</b></td></tr>
</table>
<p></p>
<table cellpadding="3"><tr><td width="15%"><b>OGGETTO:</b></td><td width="85%"><b>Liquidazione contributo economico straordinario a nucleo familiare in condizioni di grave disagio socio-economico – Beneficiario identificato con codice SS-2026-007.</b></td></tr></table>
<p></p>
<p align="center"><b>IL RESPONSABILE DEL SETTORE</b></p>
<p align="justify">VISTO il decreto del Sindaco n. 2 del 07/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità del Settore Affari Generali, con le funzioni di cui all’art. 107 del D.Lgs. 267/2000;</p>
<p align="justify">VISTO il Regolamento comunale per la concessione di contributi e sussidi economici, approvato con deliberazione del Consiglio Comunale n. 14 del 28/04/2022;</p>
<p align="justify">VISTA la deliberazione della Giunta Comunale n. 22 del 05/03/2026, con la quale è stato concesso un contributo economico straordinario di € 1.200,00 al nucleo familiare individuato con il codice SS-2026-007, i cui dati identificativi sono conservati agli atti dell’Ufficio nel rispetto del Regolamento (UE) 2016/679;</p>
<p align="justify">RICHIAMATA la propria determinazione n. 12 del 06/03/2026 (Reg. Gen. n. 48), con la quale è stata impegnata la relativa spesa al Capitolo 1890 “Contributi a famiglie in difficoltà” del bilancio 2026/2028;</p>
<p align="justify">VISTA la relazione dell’Assistente Sociale, acquisita al protocollo n. 1638 del 11/03/2026;</p>
<p align="justify">DATO ATTO dell’assenza di conflitto di interessi ai sensi dell’art. 6-bis della Legge 241/1990;</p>
<p align="center"><b>DETERMINA</b></p>
<p align="justify">1) di liquidare al beneficiario identificato con il codice SS-2026-007 la somma di € 1.200,00, a titolo di contributo economico straordinario, mediante accredito sul conto corrente indicato nell’istanza;</p>
<p align="justify">2) di imputare la spesa al Capitolo 1890 del bilancio 2026/2028, esercizio 2026, impegno n. 97/2026;</p>
<p align="justify">3) di trasmettere il presente atto al Settore Economico-Finanziario per l’emissione del relativo mandato di pagamento;</p>
<p align="justify">4) di disporre la pubblicazione del presente provvedimento all’Albo Pretorio on line, omettendo i dati personali del beneficiario, e nella sezione “Amministrazione Trasparente” ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.</p>
<p></p>
<table cellpadding="2"><tr><td width="50%">Sersale, 13/03/2026</td><td width="50%" align="center">IL RESPONSABILE DEL SETTORE<br/>Dott. Francesco Talarico</td></tr></table>
<p></p>
<table border="1" cellpadding="4" style="font-size:8.5pt"><tr><td>
<b>ATTESTAZIONE DI COPERTURA FINANZIARIA</b> – Si attesta la regolarità contabile e la copertura finanziaria della spesa (art. 147-bis e art. 183, comma 7, D.Lgs. 267/2000). Sersale, 16/03/2026 – Il Responsabile del Settore Economico-Finanziario Rag. Giuseppina Rotundo
</td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
