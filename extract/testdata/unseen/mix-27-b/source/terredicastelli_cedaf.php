<?php
// Unione Terre di Castelli - determinazione dirigenziale in the style of Cedaf's "Atti" print:
// letterhead with member municipalities, register label grid (N. progr., N. proposta), Struttura/Servizio,
// OGGETTO, points 1)-4), signature, "attestazione di copertura" and footer. TCPDF (php-tcpdf).
require_once('/usr/share/php/tcpdf/tcpdf.php');
class P extends TCPDF {
  public function Header() {
    if ($this->getPage() > 1) {
      $this->SetFont('dejavusans', 'I', 7.5);
      $this->SetY(8);
      $this->Cell(0, 5, 'Unione Terre di Castelli – Determinazione dirigenziale n. 287 del 23/03/2026', 'B', 0, 'L');
    }
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('dejavusans', '', 7);
    $this->Cell(0, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – CEDAF Atti', 0, 0, 'L');
    $this->Cell(0, 4, 'Pag. ' . $this->getAliasNumPage() . ' / ' . $this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new P('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('CEDAF Atti');
$pdf->SetTitle('Determinazione dirigenziale 287/2026');
$pdf->SetMargins(20, 16, 20);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavusans', 'B', 15);
$pdf->Cell(0, 7, 'UNIONE TERRE DI CASTELLI', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Cell(0, 4.5, '(Provincia di Modena)', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'I', 6.6);
$pdf->MultiCell(0, 4, 'Castelnuovo Rangone – Castelvetro di Modena – Guiglia – Marano sul Panaro – Savignano sul Panaro – Spilamberto – Vignola – Zocca', 0, 'C');
$pdf->SetFont('dejavusans', '', 7.2);
$pdf->Cell(0, 4, 'Sede: Via Bellucci, 1 – 41058 Vignola (MO) – C.F./P.IVA 02754930366', 'B', 1, 'C');
$pdf->Ln(4);
$pdf->SetFont('dejavusans', 'B', 12);
$pdf->Cell(0, 7, 'DETERMINAZIONE DIRIGENZIALE', 0, 1, 'C');
$pdf->Ln(1);
$pdf->SetFillColor(235, 235, 235);
$lab = function($l, $v, $w1, $w2, $ln = 0) use ($pdf) {
  $pdf->SetFont('dejavusans', 'B', 8); $pdf->Cell($w1, 6.5, $l, 1, 0, 'L', true);
  $pdf->SetFont('dejavusans', '', 9.5); $pdf->Cell($w2, 6.5, $v, 1, $ln, 'L');
};
$lab('N. progr.', '287', 24, 30); $lab('Data', '23/03/2026', 20, 32); $lab('N. proposta', '341 del 20/03/2026', 26, 38, 1);
$lab('Struttura', 'Struttura Welfare Locale', 24, 62); $lab('Servizio', 'Servizio Sociale Territoriale', 20, 64, 1);
$pdf->Ln(4);
$pdf->SetFont('dejavusans', 'B', 9.5);
$pdf->Cell(22, 5, 'OGGETTO:', 0, 0, 'L');
$pdf->MultiCell(0, 5, 'Servizio di trasporto sociale per persone anziane e con disabilità – Proroga tecnica del contratto con la Cooperativa Sociale “Il Tiglio” fino al 30/06/2026 – CIG B5D9A21E07 – Impegno di spesa.' . "\n", 0, 'J');
$pdf->Ln(3);
$pdf->SetFont('dejavusans', 'B', 9.5);
$pdf->Cell(0, 6, 'IL DIRIGENTE', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.2);
$par = [
 'Richiamati:',
 '- la deliberazione del Consiglio dell’Unione n. 41 del 18/12/2025, con la quale è stato approvato il bilancio di previsione finanziario 2026-2028;',
 '- la deliberazione della Giunta dell’Unione n. 2 del 15/01/2026, di approvazione del Piano esecutivo di gestione 2026-2028;',
 '- il decreto del Presidente dell’Unione n. 3 del 30/12/2025, di conferimento dell’incarico dirigenziale della Struttura Welfare Locale;',
 'Premesso che il servizio di trasporto sociale a favore di persone anziane e con disabilità residenti nei Comuni dell’Unione è affidato alla Cooperativa Sociale “Il Tiglio” di Vignola con contratto rep. n. 1127 del 27/03/2023, in scadenza al 31/03/2026;',
 'Dato atto che la nuova procedura aperta per l’affidamento del servizio per il triennio 2026-2029, indetta con determinazione n. 198 del 24/02/2026, è in corso di svolgimento tramite la piattaforma SATER di Intercent-ER e che l’aggiudicazione non potrà intervenire prima del mese di maggio;',
 'Visto l’art. 120, comma 11, del D.Lgs. 31 marzo 2023, n. 36, che consente la proroga tecnica del contratto nelle more della conclusione delle procedure necessarie all’individuazione del nuovo contraente;',
 'Acquisita la disponibilità della Cooperativa a proseguire il servizio agli stessi patti e condizioni (prot. n. 11542 del 17/03/2026);',
];
foreach ($par as $t) { $pdf->MultiCell(0, 4.6, $t . "\n", 0, 'J'); $pdf->Ln(1); }
$pdf->SetFont('dejavusans', 'B', 9.5);
$pdf->Cell(0, 7, 'DETERMINA', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.2);
$pts = [
 'di prorogare, per le motivazioni espresse in premessa, il contratto rep. n. 1127/2023 per il servizio di trasporto sociale con la Cooperativa Sociale “Il Tiglio” dal 01/04/2026 al 30/06/2026, agli stessi patti e condizioni;',
 'di impegnare la spesa di € 48.360,00 (IVA 5% compresa) al capitolo 10431/65 “Trasporto sociale anziani e disabili” del bilancio 2026;',
 'di dare atto che il CIG della proroga è B5D9A21E07 e che il Responsabile Unico del Progetto è la dott.ssa Laura Tabarroni;',
 'di trasmettere il presente atto al Servizio Finanziario per l’apposizione del visto di regolarità contabile.',
];
foreach ($pts as $i => $t) {
  $pdf->Cell(8, 4.6, ($i + 1) . ')', 0, 0, 'L');
  $pdf->MultiCell(0, 4.6, $t . "\n", 0, 'J'); $pdf->Ln(1);
}
$pdf->Ln(4);
$pdf->Cell(90, 5, '', 0, 0);
$pdf->MultiCell(0, 5, "Il Dirigente della Struttura Welfare Locale\ndott.ssa Federica Montanari\n(firmato digitalmente)", 0, 'C');
$pdf->Ln(5);
$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->Cell(0, 6, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 'LTR', 1, 'C');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->MultiCell(0, 4.5, "Si attesta la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 735/2026.\nVignola, 24/03/2026 – Il Dirigente della Struttura Servizi Finanziari – dott. Stefano Chini", 'LBR', 'L');
$pdf->Output($argv[1], 'F');
