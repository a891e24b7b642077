<?php
// Certificate of publication, Comune di Seminara: TCPDF, HTML cells, barcode caption and publication box
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Albo Pretorio on line');
$pdf->SetAuthor('Comune di Seminara');
$pdf->SetTitle('Attestazione di avvenuta pubblicazione - Reg. 163/2026');
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetMargins(22, 20, 22);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', 'B', 18);
$pdf->Cell(0, 9, 'COMUNE DI SEMINARA', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 10);
$pdf->Cell(0, 5, 'Città Metropolitana di Reggio Calabria', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 7.5);
$pdf->Cell(0, 5, 'Piazza Municipio – 89028 Seminara (RC) – protocollo.seminara@asmepec.it', 'B', 1, 'C');
$pdf->Ln(6);
$style = array('position' => 'R', 'border' => false, 'padding' => 0, 'fgcolor' => array(0,0,0), 'text' => true, 'font' => 'dejavusans', 'fontsize' => 6, 'stretchtext' => 4);
$pdf->write1DBarcode('ALBO-2026-000163', 'C128', '', '', 70, 12, 0.3, $style, 'N');
$pdf->Ln(4);
$pdf->SetFont('dejavusans', 'B', 13);
$pdf->Cell(0, 8, 'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 5, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della legge 18 giugno 2009, n. 69)', 0, 1, 'C');
$pdf->Ln(6);
$html = '<table cellpadding="4" border="1" style="font-size:9.5pt">
<tr><td width="35%" style="background-color:#eeeeee"><b>Registro pubblicazioni</b></td><td width="65%">N. 163 / 2026</td></tr>
<tr><td style="background-color:#eeeeee"><b>Tipo atto</b></td><td>Deliberazione della Giunta Comunale</td></tr>
<tr><td style="background-color:#eeeeee"><b>Numero atto</b></td><td>22</td></tr>
<tr><td style="background-color:#eeeeee"><b>Data atto</b></td><td>26/02/2026</td></tr>
<tr><td style="background-color:#eeeeee"><b>Oggetto</b></td><td>CONCESSIONE IN USO TEMPORANEO DELLA PALESTRA COMUNALE DI VIA ROMA ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE – STAGIONE 2026. ATTO DI INDIRIZZO.</td></tr>
<tr><td style="background-color:#eeeeee"><b>Ente / Ufficio richiedente</b></td><td>Area Amministrativa – Ufficio Segreteria</td></tr>
<tr><td style="background-color:#eeeeee"><b>Periodo di pubblicazione</b></td><td>dal 02/03/2026 al 17/03/2026</td></tr>
</table>';
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->Ln(6);
$pdf->SetFont('dejavuserif', '', 11);
$pdf->writeHTML('<p style="text-align:justify">Il sottoscritto Responsabile della pubblicazione, visti gli atti d’ufficio,</p><p style="text-align:center"><b>ATTESTA</b></p><p style="text-align:justify">che la deliberazione sopra indicata è stata pubblicata all’Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale www.comune.seminara.rc.it, per quindici giorni consecutivi, <b>dal 02/03/2026 al 17/03/2026</b>, senza opposizioni o reclami.</p>', true, false, false, false, '');
$pdf->Ln(4);
$pdf->Cell(0, 6, 'Seminara, 18/03/2026', 0, 1, 'L');
$pdf->Ln(8);
$pdf->SetX(110);
$pdf->MultiCell(78, 5, "IL RESPONSABILE DELLA PUBBLICAZIONE\nIl Messo Comunale\nSig. Domenico Arcudi", 0, 'C', false, 1);
$pdf->SetY(-32);
$pdf->SetFont('dejavusans', '', 7);
$pdf->MultiCell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. e norme collegate; sostituisce il documento cartaceo e la firma autografa.\nImpronta del documento pubblicato (SHA-256): 9c41e7a0b2d35f18c6e04a7d91b8f2e3a5c07d64e1f9b28a3d5c6e7f8091a2b3", 'T', 'L', false, 1);
$pdf->Output($argv[1], 'F');
