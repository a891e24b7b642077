<?php
// Determinazione dirigenziale of Comune di Spoltore printed like a PHP web
// "atti" application (DigitalPA-style): label grid with the two registers,
// QR code with caption, bulleted dispositive, signature footer.  TCPDF.
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];

class P extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans', 'B', 13);
    $this->SetY(10);
    $this->Cell(0, 6, 'COMUNE DI SPOLTORE', 0, 1, 'L');
    $this->SetFont('dejavusans', '', 8);
    $this->Cell(0, 4, 'Provincia di Pescara - Via Giuseppe Di Marzio, 66 - 65010 Spoltore (PE) - C.F. 80006890687', 0, 1, 'L');
    $this->SetLineWidth(0.6); $this->SetDrawColor(0, 84, 147);
    $this->Line(15, 22, 195, 22);
    $this->SetFont('dejavusans', '', 7);
    $this->SetXY(140, 10);
    $this->MultiCell(55, 3.5, "Atto n. 318/2026\nStampa del 05/03/2026 12:47", 0, 'R');
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('dejavusans', 'I', 6.5);
    $this->SetDrawColor(150, 150, 150); $this->SetLineWidth(0.2);
    $this->Line(15, $this->GetY(), 195, $this->GetY());
    $this->MultiCell(140, 3, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD). L'originale informatico è conservato negli archivi informatici del Comune di Spoltore.", 0, 'L', false, 0);
    $this->SetX(165); $this->Cell(30, 3, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
  }
}

$pdf = new P('P', 'mm', 'A4', true, 'UTF-8');
$pdf->SetCreator('DigitalPA - Gestione Atti 4.2');
$pdf->SetTitle('Determinazione dirigenziale RG 318/2026');
$pdf->SetMargins(15, 27, 15);
$pdf->SetAutoPageBreak(true, 18);
$pdf->AddPage();

$pdf->SetFont('dejavusans', 'B', 10);
$pdf->SetFillColor(0, 84, 147); $pdf->SetTextColor(255);
$pdf->Cell(0, 7, 'SETTORE IV - POLITICHE SOCIALI, ISTRUZIONE E CULTURA', 0, 1, 'C', true);
$pdf->SetTextColor(0);
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 6, 'Servizio Pubblica Istruzione e Trasporto Scolastico', 0, 1, 'C');
$pdf->Ln(2);

$pdf->SetFillColor(232, 239, 247);
$grid = array(
  array('Tipo atto', 'DETERMINAZIONE DIRIGENZIALE', 'Proposta n.', '47 del 02/03/2026'),
  array('Registro Generale', 'N. 318 del 05/03/2026', 'Registro di Settore', 'N. 41 del 03/03/2026'),
  array('Esecutività', '05/03/2026', 'Atto contabile', 'Liquidazione n. 602'),
);
foreach ($grid as $r) {
  $pdf->SetFont('dejavusans', 'B', 7.5); $pdf->Cell(32, 6.5, $r[0], 1, 0, 'L', true);
  $pdf->SetFont('dejavusans', '', 8.5);  $pdf->Cell(58, 6.5, $r[1], 1, 0, 'L');
  $pdf->SetFont('dejavusans', 'B', 7.5); $pdf->Cell(32, 6.5, $r[2], 1, 0, 'L', true);
  $pdf->SetFont('dejavusans', '', 8.5);  $pdf->Cell(58, 6.5, $r[3], 1, 1, 'L');
}
$pdf->Ln(3);
$subject = 'Servizio di trasporto scolastico a.s. 2025/2026 - Liquidazione fattura n. 12/PA del 28/02/2026 alla ditta Autoservizi Valle del Pescara S.r.l. - Periodo gennaio/febbraio 2026 - CIG A03F7C2B91.';
$pdf->SetFont('dejavusans', 'B', 7.5); $pdf->Cell(32, 6.5, 'Oggetto', 'LTB', 0, 'L', true);
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->MultiCell(148, 6.5, $subject, 1, 'L', false, 1);
$pdf->Ln(4);

$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'IL DIRIGENTE DEL SETTORE IV', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9);
$prem = array(
 "Premesso che con determinazione dirigenziale R.G. n. 1094 del 28/08/2025 è stato affidato alla ditta Autoservizi Valle del Pescara S.r.l., con sede in Cepagatti (PE), il servizio di trasporto scolastico per l'anno scolastico 2025/2026, per l'importo complessivo di euro 186.420,00 oltre IVA 10%, impegnando la relativa spesa al capitolo 4530 del bilancio;",
 "Vista la fattura elettronica n. 12/PA del 28/02/2026, acquisita al protocollo dell'Ente al n. 6117 in data 02/03/2026, dell'importo di euro 36.960,00 oltre IVA 10% pari a euro 3.696,00, per complessivi euro 40.656,00, relativa al servizio reso nei mesi di gennaio e febbraio 2026;",
 "Accertata la regolarità del servizio reso, come da attestazione del Responsabile del Servizio Pubblica Istruzione in calce alla fattura;",
 "Acquisito il DURC on line prot. INAIL_52208914, con scadenza 18/06/2026, dal quale la ditta risulta in regola con i versamenti contributivi;",
 "Dato atto che il pagamento è soggetto al regime della scissione dei pagamenti (split payment) di cui all'art. 17-ter del D.P.R. 633/1972;",
 "Visti gli artt. 107, 183 e 184 del D.Lgs. 18 agosto 2000, n. 267 e il decreto sindacale n. 9 del 30/12/2025 di conferimento dell'incarico dirigenziale;");
foreach ($prem as $s) { $pdf->MultiCell(0, 4.6, $s, 0, 'L', false, 1); $pdf->Ln(1.2); }
$pdf->Ln(1);
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'DETERMINA', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9);
$pts = array(
 "di liquidare alla ditta Autoservizi Valle del Pescara S.r.l., P.IVA 01694200685, la somma di euro 36.960,00 a saldo della fattura n. 12/PA del 28/02/2026, mediante bonifico sul conto corrente dedicato comunicato ai sensi dell'art. 3 della L. 136/2010;",
 "di versare all'Erario l'IVA pari a euro 3.696,00 secondo le modalità dello split payment;",
 "di imputare la spesa complessiva di euro 40.656,00 al capitolo 4530 \"Servizio trasporto scolastico\", impegno n. 1711/2025, gestione residui, del bilancio di previsione 2026/2028;",
 "di trasmettere il presente atto al Settore II - Finanziario per l'emissione del mandato di pagamento.");
foreach ($pts as $s) {
  $y = $pdf->GetY();
  $pdf->Cell(7, 4.6, '•', 0, 0, 'R');
  $pdf->MultiCell(0, 4.6, $s, 0, 'L', false, 1, 23, $y);
  $pdf->Ln(1.2);
}
$pdf->Ln(5);
$y = $pdf->GetY();
$style = array('border' => false, 'padding' => 0, 'fgcolor' => array(0,0,0), 'bgcolor' => false);
$pdf->write2DBarcode('https://spoltore.trasparenza-valutazione-merito.it/atti/DD-2026-318', 'QRCODE,M', 17, $y, 22, 22, $style, 'N');
$pdf->SetFont('dejavusans', '', 6);
$pdf->SetXY(15, $y + 23);
$pdf->MultiCell(40, 2.8, "Verifica integrità documento\nID 2026-DD-000318-SK7Q", 0, 'L');
$pdf->SetXY(105, $y);
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->Cell(90, 5, 'IL DIRIGENTE DEL SETTORE IV', 0, 1, 'C', false, '', 0, false, 'T', 'M');
$pdf->SetX(105); $pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(90, 5, 'Dott.ssa Gabriella Di Marzio', 0, 1, 'C');
$pdf->SetX(105); $pdf->SetFont('dejavusans', 'I', 7);
$pdf->Cell(90, 5, '(firmato digitalmente)', 0, 1, 'C');
$pdf->Output($out, 'F');
