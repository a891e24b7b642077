<?php
// Attestazione di pubblicazione, Comune di Capistrello -- PHP FPDF (core Helvetica/Courier), imitating a Velocity-templated Albo web app print
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
class P extends FPDF {
  function Footer() {
    $this->SetY(-14); $this->SetFont('Helvetica', '', 7); $this->SetTextColor(110);
    $this->Cell(0, 4, t('Albo Pretorio on line - stampa generata automaticamente il 26/03/2026 alle ore 09:12 - pagina ').$this->PageNo().'/{nb}', 0, 0, 'C');
  }
}
$p = new P('P', 'mm', 'A4'); $p->AliasNbPages(); $p->SetMargins(22, 18, 22); $p->AddPage();
$p->SetTitle('Attestazione di pubblicazione'); $p->SetCreator('AlboOnLine - report pubblicazione');
$p->SetDrawColor(60,60,60);
$p->Rect(22, 18, 15, 18); $p->SetFont('Helvetica', '', 5); $p->SetXY(22, 26); $p->Cell(15, 3, 'STEMMA', 0, 0, 'C');
$p->SetXY(42, 18); $p->SetFont('Helvetica', 'B', 15); $p->Cell(0, 8, 'COMUNE DI CAPISTRELLO', 0, 2);
$p->SetFont('Helvetica', '', 9); $p->Cell(0, 5, t("Provincia dell'Aquila"), 0, 2);
$p->Cell(0, 5, t('Via Tiburtina Valeria - 67053 Capistrello (AQ)'), 0, 1);
$p->Ln(8);
$p->SetFont('Helvetica', 'B', 13); $p->Cell(0, 8, t('ATTESTAZIONE DI PUBBLICAZIONE'), 'TB', 1, 'C');
$p->Ln(6);
$p->SetFont('Helvetica', '', 10);
$rows = array(
 array('Numero registro Albo', '356 / 2026'),
 array('Tipo atto', 'DELIBERAZIONE DELLA GIUNTA COMUNALE'),
 array('Numero atto', '22'),
 array('Data atto', '05/03/2026'),
 array('Periodo di pubblicazione', 'dal 10/03/2026 al 25/03/2026'),
 array('Ufficio richiedente', 'Segreteria Generale'),
);
foreach ($rows as $r) {
  $p->SetFont('Helvetica', '', 9); $p->SetFillColor(235,235,235);
  $p->Cell(55, 7, t($r[0]), 1, 0, 'L', true);
  $p->SetFont('Courier', 'B', 10.5);
  $p->Cell(111, 7, t($r[1]), 1, 1, 'L');
}
$p->SetFont('Helvetica', '', 9); $p->SetFillColor(235,235,235);
$y = $p->GetY();
$p->SetFont('Courier', 'B', 10.5);
$p->SetXY(77, $y);
$p->MultiCell(111, 5.5, t('APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L\'ASSOCIAZIONE DI VOLONTARIATO "MISERICORDIA DI CAPISTRELLO" PER IL SERVIZIO DI TRASPORTO SOCIALE - ANNUALITÀ 2026'), 1, 'L');
$h = $p->GetY() - $y;
$p->SetXY(22, $y); $p->SetFont('Helvetica', '', 9);
$p->Cell(55, $h, 'Oggetto', 1, 1, 'L', true);
$p->Ln(8);
$p->SetFont('Helvetica', '', 10.5);
$p->MultiCell(0, 6, t("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,"), 0, 'L');
$p->Ln(2);
$p->SetFont('Helvetica', 'B', 11); $p->Cell(0, 7, 'ATTESTA', 0, 1, 'C'); $p->Ln(1);
$p->SetFont('Helvetica', '', 10.5);
$p->MultiCell(0, 6, t("che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale www.comune.capistrello.aq.it, per quindici giorni consecutivi dal 10/03/2026 al 25/03/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della Legge 18 giugno 2009, n. 69, senza che siano pervenute opposizioni o reclami."), 0, 'J');
$p->Ln(10);
$p->Cell(80, 6, t('Capistrello, 26/03/2026'), 0, 0, 'L');
$p->SetFont('Helvetica', 'B', 10); $p->Cell(0, 6, t('IL RESPONSABILE DELLA PUBBLICAZIONE'), 0, 1, 'C');
$p->SetX(102); $p->SetFont('Helvetica', '', 10); $p->Cell(0, 6, t('Il Messo Comunale - Sig. Franco Ranieri'), 0, 1, 'C');
$p->SetX(102); $p->SetFont('Helvetica', 'I', 7.5); $p->Cell(0, 5, t('(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, c. 2, D.Lgs. 39/1993)'), 0, 1, 'C');
$p->Output('F', $argv[1]);
