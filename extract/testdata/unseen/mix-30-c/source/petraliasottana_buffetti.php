<?php
// Certificate of publication of Petralia Sottana imitating a pre-printed Buffetti form filled in by typewriter-like software (TCPDF)
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
$pdf = new TCPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Modulistica PA - mod. 80/CP'); $pdf->SetAuthor('Ufficio Messi Notificatori'); $pdf->SetTitle('Certificato di pubblicazione');
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(22, 18, 22); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
// form frame
$pdf->SetLineWidth(0.5); $pdf->Rect(15, 12, 180, 272);
$pdf->SetLineWidth(0.2); $pdf->Rect(17, 14, 176, 268);
$pdf->SetFont('times', 'B', 16); $pdf->SetXY(20, 22);
$pdf->Cell(170, 7, 'COMUNE DI PETRALIA SOTTANA', 0, 1, 'C');
$pdf->SetFont('times', '', 10); $pdf->SetX(20);
$pdf->Cell(170, 5, 'Città Metropolitana di Palermo', 0, 1, 'C');
$pdf->SetX(20); $pdf->Cell(170, 5, 'Corso Paolo Agliata, 100 – 90027 Petralia Sottana (PA)', 0, 1, 'C');
$pdf->Line(50, 42, 160, 42);
$pdf->SetFont('times', 'B', 14); $pdf->SetXY(20, 50);
$pdf->Cell(170, 7, 'CERTIFICATO DI PUBBLICAZIONE', 0, 1, 'C');
$pdf->SetFont('times', 'I', 9.5); $pdf->SetX(20);
$pdf->Cell(170, 5, '(art. 11 della L.R. 3 dicembre 1991, n. 44 e art. 32 della L. 18 giugno 2009, n. 69)', 0, 1, 'C');

// "form" text with dotted fill-in lines; the typed values are in Courier
function line_with_fill($pdf, $y, $label, $value, $lx = 25, $w = 160) {
  $pdf->SetFont('times', '', 11); $pdf->SetXY($lx, $y);
  $lw = $pdf->GetStringWidth($label) + 1.5;
  $pdf->Cell($lw, 6, $label, 0, 0, 'L');
  $x0 = $lx + $lw; $x1 = $lx + $w;
  $pdf->SetLineStyle(array('width' => 0.2, 'dash' => '0.6,1.2')); $pdf->Line($x0, $y + 5.2, $x1, $y + 5.2);
  $pdf->SetLineStyle(array('width' => 0.2, 'dash' => 0));
  $pdf->SetFont('courier', 'B', 10.5); $pdf->SetXY($x0 + 1, $y); $pdf->Cell($x1 - $x0 - 1, 6, $value, 0, 0, 'L');
}
$y = 70;
$pdf->SetFont('times', '', 11); $pdf->SetXY(25, $y);
$pdf->MultiCell(160, 6, "Il sottoscritto Segretario Comunale, su conforme attestazione del Messo Comunale incaricato della tenuta dell'Albo Pretorio on line,", 0, 'L'); $y += 14;
$pdf->SetFont('times', 'B', 12); $pdf->SetXY(25, $y); $pdf->Cell(160, 7, 'C E R T I F I C A', 0, 1, 'C'); $y += 10;
line_with_fill($pdf, $y, 'che copia della deliberazione della', 'GIUNTA COMUNALE'); $y += 8;
line_with_fill($pdf, $y, 'n.', '31', 25, 40);
line_with_fill($pdf, $y, 'del', '05/03/2026', 70, 60); $y += 8;
$pdf->SetFont('times', '', 11); $pdf->SetXY(25, $y); $pdf->Cell(25, 6, 'avente ad oggetto:', 0, 1); $y += 7;
$subj = array("Approvazione schema di convenzione con l'Ente Parco delle Madonie", "per la gestione del sentiero naturalistico Piano Battaglia –", "Portella Colla.");
foreach ($subj as $i => $t) {
  $pdf->SetFont('courier', 'B', 10.5); $pdf->SetXY(28, $y + $i * 6.5); $pdf->Cell(154, 6, $t, 0, 0, 'L');
  $pdf->SetLineStyle(array('width' => 0.2, 'dash' => '0.6,1.2')); $pdf->Line(25, $y + 5.6 + $i * 6.5, 185, $y + 5.6 + $i * 6.5);
}
$pdf->SetLineStyle(array('width' => 0.2, 'dash' => 0));
$y += 21;
$pdf->SetFont('times', '', 11); $pdf->SetXY(25, $y);
$pdf->Cell(160, 6, "è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi", 0, 1); $y += 8;
line_with_fill($pdf, $y, 'dal', '09/03/2026', 25, 60);
line_with_fill($pdf, $y, 'al', '24/03/2026', 90, 55);
line_with_fill($pdf, $y, 'Reg. Pubbl. n.', '214', 150, 35); $y += 9;
$pdf->SetFont('times', '', 11); $pdf->SetXY(25, $y);
$pdf->MultiCell(160, 6, "e che avverso la stessa, durante il periodo di pubblicazione, [X] non sono pervenuti  [ ] sono pervenuti reclami o opposizioni.", 0, 'L'); $y += 16;
line_with_fill($pdf, $y, 'Petralia Sottana, lì', '25/03/2026', 25, 80); $y += 18;
$pdf->SetFont('times', '', 10.5);
$pdf->SetXY(25, $y); $pdf->Cell(70, 5, 'IL MESSO COMUNALE', 0, 0, 'C'); $pdf->SetXY(110, $y); $pdf->Cell(75, 5, 'IL SEGRETARIO COMUNALE', 0, 1, 'C'); $y += 6;
$pdf->SetFont('courier', 'B', 10.5);
$pdf->SetXY(25, $y); $pdf->Cell(70, 5, 'Salvatore Cascio', 0, 0, 'C'); $pdf->SetXY(110, $y); $pdf->Cell(75, 5, 'Dott.ssa Giuseppina Macaluso', 0, 1, 'C'); $y += 5;
$pdf->SetFont('times', 'I', 8.5);
$pdf->SetXY(110, $y); $pdf->Cell(75, 5, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', 0, 1, 'C'); $y += 14;
// executivity part of the form, left blank-ish except tick
$pdf->SetLineWidth(0.3); $pdf->Rect(22, $y, 166, 46);
$pdf->SetFont('times', 'B', 11); $pdf->SetXY(25, $y + 2); $pdf->Cell(160, 6, 'CERTIFICATO DI ESECUTIVITÀ', 0, 1, 'C');
$pdf->SetFont('times', '', 10.5); $pdf->SetXY(25, $y + 9);
$pdf->MultiCell(160, 5.5, "Si certifica che la suddetta deliberazione è divenuta esecutiva il giorno", 0, 'L');
$pdf->SetFont('courier', 'B', 10.5); $pdf->SetXY(147, $y + 9); $pdf->Cell(35, 5.5, '05/03/2026', 0, 1);
$pdf->SetFont('times', '', 10.5); $pdf->SetXY(30, $y + 17);
$pdf->MultiCell(155, 5.5, "[X] perché dichiarata immediatamente esecutiva (art. 12, comma 2, L.R. n. 44/1991)\n[ ] decorsi dieci giorni dall'inizio della pubblicazione (art. 12, comma 1, L.R. n. 44/1991)", 0, 'L');
$pdf->SetXY(110, $y + 33); $pdf->Cell(75, 5, 'IL SEGRETARIO COMUNALE', 0, 1, 'C');
$pdf->SetFont('courier', 'B', 10.5); $pdf->SetXY(110, $y + 38); $pdf->Cell(75, 5, 'Dott.ssa Giuseppina Macaluso', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 6.5); $pdf->SetXY(20, 276); $pdf->Cell(80, 4, 'Mod. 80/CP – Certificato di pubblicazione ed esecutività – Enti Locali Regione Siciliana', 0, 0, 'L');
$pdf->Output($out, 'F');
