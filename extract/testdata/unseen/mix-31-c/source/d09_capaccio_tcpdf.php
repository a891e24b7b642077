<?php
// Attestazione di avvenuta pubblicazione – Comune di Capaccio Paestum
// TCPDF (cell API), imitating the certificate printed by a hosted "Gazzetta Amministrativa"-style Albo service
require_once('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Albo Pretorio on line – modulo attestazioni');
$pdf->SetTitle('Attestazione di pubblicazione n. 1021/2026');
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetMargins(20, 18, 20);
$pdf->SetAutoPageBreak(true, 18);
$pdf->AddPage();

// letterhead
$pdf->SetFont('helvetica', '', 7);
$pdf->SetTextColor(130);
$pdf->MultiCell(24, 18, "[stemma]", 1, 'C', false, 0, 20, 18, true, 0, false, true, 18, 'M');
$pdf->SetTextColor(0);
$pdf->SetXY(48, 19);
$pdf->SetFont('times', 'B', 18);
$pdf->Cell(0, 8, 'COMUNE DI CAPACCIO PAESTUM', 0, 1, 'L');
$pdf->SetX(48);
$pdf->SetFont('times', 'I', 11);
$pdf->Cell(0, 6, 'Provincia di Salerno', 0, 1, 'L');
$pdf->SetX(48);
$pdf->SetFont('helvetica', '', 8);
$pdf->Cell(0, 4, 'Via Vittorio Emanuele, 1 – 84047 Capaccio Paestum (SA)', 0, 1, 'L');
$pdf->SetLineWidth(0.6);
$pdf->Line(20, 40, 190, 40);
$pdf->SetLineWidth(0.2);

$pdf->SetY(48);
$pdf->SetFont('helvetica', 'B', 13);
$pdf->Cell(0, 7, 'ALBO PRETORIO ON LINE', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 12);
$pdf->Cell(0, 7, 'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE', 0, 1, 'C');
$pdf->Ln(6);

$rows = [
  ['Numero registro Albo', '1021/2026'],
  ['Tipologia atto', 'Deliberazione di Giunta Comunale'],
  ['Numero atto', '67'],
  ['Data atto', '12/03/2026'],
  ['Ente / Ufficio mittente', 'Comune di Capaccio Paestum – Ufficio Segreteria Generale'],
  ['Pubblicato dal', '16/03/2026'],
  ['Pubblicato al', '31/03/2026'],
];
$pdf->SetFont('helvetica', '', 10);
foreach ($rows as $r) {
  $pdf->SetFillColor(238, 238, 238);
  $pdf->SetFont('helvetica', 'B', 9);
  $pdf->Cell(55, 8, $r[0], 1, 0, 'L', true);
  $pdf->SetFont('helvetica', '', 10);
  $pdf->Cell(115, 8, $r[1], 1, 1, 'L');
}
$pdf->SetFont('helvetica', 'B', 9);
$pdf->Cell(55, 8, 'Oggetto', 'LTR', 1, 'L', true);
$pdf->SetFont('helvetica', '', 10);
$pdf->MultiCell(170, 0, 'APPROVAZIONE DEL PROGETTO "PAESTUM SPIAGGE ACCESSIBILI" PER LA FRUIZIONE DEGLI ARENILI DA PARTE DELLE PERSONE CON DISABILITÀ – STAGIONE BALNEARE 2026 – ATTO DI INDIRIZZO.', 1, 'L', false, 1, '', '', true, 0, false, true, 0, 'T');
$pdf->Ln(8);

$pdf->SetFont('times', '', 11.5);
$txt = "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,\n";
$pdf->MultiCell(0, 0, $txt, 0, 'J', false, 1);
$pdf->SetFont('times', 'B', 12);
$pdf->Cell(0, 8, 'ATTESTA', 0, 1, 'C');
$pdf->SetFont('times', '', 11.5);
$txt = "che l'atto sopra indicato è stato pubblicato all'Albo Pretorio on line di questo Comune, ai sensi dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69 e dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267, per quindici giorni consecutivi, dal 16/03/2026 al 31/03/2026, e che durante il periodo di pubblicazione non sono pervenuti reclami od opposizioni.\n";
$pdf->MultiCell(0, 0, $txt, 0, 'J', false, 1);
$pdf->Ln(10);
$pdf->Cell(85, 6, 'Capaccio Paestum, 01/04/2026', 0, 0, 'L');
$pdf->MultiCell(85, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE\nIl Messo Comunale\nSig. Gerardo Guazzo", 0, 'C', false, 1);
$pdf->Ln(14);
$pdf->SetFont('helvetica', '', 7.5);
$pdf->SetTextColor(90);
$pdf->MultiCell(0, 0, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. (Codice dell'Amministrazione Digitale). Attestazione generata automaticamente dal sistema di gestione dell'Albo Pretorio on line il 01/04/2026 alle ore 08:15 – ID pubblicazione 2026-1021-DGC67.", 'T', 'L', false, 1);
$pdf->Output($argv[1], 'F');
