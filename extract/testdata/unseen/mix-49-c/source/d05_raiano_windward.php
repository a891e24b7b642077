<?php
// Determinazione, Comune di Raiano -- PHP TCPDF, imitating a Windward-style banded report
require_once('/usr/share/php/tcpdf/tcpdf.php');
class P extends TCPDF {
  public function Header() {
    $this->SetFont('helvetica', 'B', 8);
    $this->SetTextColor(90,90,90);
    $this->Cell(0, 5, 'COMUNE DI RAIANO - Area Economico-Finanziaria - Determinazione n. 19/2026', 0, 1, 'R');
    $this->Line(15, 16, 195, 16);
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('helvetica', 'I', 7);
    $this->SetTextColor(90,90,90);
    $this->Cell(120, 5, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - stampa del 23/02/2026', 0, 0, 'L');
    $this->Cell(0, 5, 'Pag. '.$this->getAliasNumPage().' / '.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new P('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Gestione Atti - Modulo Determine');
$pdf->SetAuthor('Comune di Raiano'); $pdf->SetTitle('Determinazione Area Economico-Finanziaria n. 19/2026');
$pdf->SetMargins(15, 22, 15); $pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
// band: letterhead
$pdf->SetFillColor(236, 240, 245);
$pdf->Rect(15, 20, 180, 26, 'F');
$pdf->SetXY(18, 22); $pdf->SetFont('helvetica', '', 6);
$pdf->Cell(18, 20, '[stemma]', 1, 0, 'C');
$pdf->SetXY(40, 23); $pdf->SetFont('helvetica', 'B', 17); $pdf->SetTextColor(20, 50, 100);
$pdf->Cell(0, 8, 'COMUNE DI RAIANO', 0, 1);
$pdf->SetX(40); $pdf->SetFont('helvetica', '', 9); $pdf->SetTextColor(0);
$pdf->Cell(0, 5, 'Provincia dell\'Aquila', 0, 1);
$pdf->SetX(40); $pdf->Cell(0, 5, 'Piazza Postiglione, 1 - 67027 Raiano (AQ) - Tel. 0864 72461', 0, 1);
$pdf->Ln(6);
// band: label grid
$pdf->SetFont('helvetica', 'B', 9); $pdf->SetFillColor(20, 50, 100); $pdf->SetTextColor(255);
$pdf->Cell(180, 7, '  DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO', 0, 1, 'L', true);
$pdf->SetTextColor(0);
$rows = array(
 array('Area', 'AREA ECONOMICO-FINANZIARIA'),
 array('Servizio', 'Servizio Tributi'),
 array('Numero di Area', '19'),
 array('Data adozione', '20/02/2026'),
 array('Registro Generale', 'N. 86 del 23/02/2026'),
);
foreach ($rows as $r) {
  $pdf->SetFont('helvetica', '', 9); $pdf->SetFillColor(245,245,245);
  $pdf->Cell(45, 7, $r[0], 'LTB', 0, 'L', true);
  $pdf->SetFont('helvetica', 'B', 10);
  $pdf->Cell(135, 7, $r[1], 'RTB', 1, 'L');
}
$pdf->Ln(4);
$pdf->SetFont('helvetica', 'B', 9); $pdf->Cell(180, 6, 'OGGETTO', 'B', 1, 'L');
$pdf->SetFont('helvetica', 'B', 10);
$pdf->MultiCell(180, 6, 'RIMBORSO IMU ANNUALITÀ 2023 E 2024 A CONTRIBUENTE – IMPEGNO E LIQUIDAZIONE DI SPESA', 0, 'L');
$pdf->Ln(3);
$pdf->SetFont('times', 'B', 11.5); $pdf->Cell(0, 7, 'IL RESPONSABILE DEL SERVIZIO', 0, 1, 'C');
$pdf->SetFont('times', '', 11.5);
$t = array(
 'Visto il decreto sindacale n. 2 del 08/01/2026, di conferimento dell\'incarico di Responsabile dell\'Area Economico-Finanziaria;',
 'Vista l\'istanza di rimborso presentata in data 14/11/2025, prot. n. 6120, dal contribuente identificato con codice utente 004512, per versamenti IMU non dovuti relativi alle annualità 2023 e 2024, in quanto effettuati su immobile adibito ad abitazione principale;',
 'Verificato, a seguito dell\'istruttoria svolta dall\'ufficio, che i versamenti risultano eseguiti in eccedenza per complessivi € 1.284,00 (€ 642,00 per ciascuna annualità), oltre interessi legali per € 61,37;',
 'Visto l\'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296;',
 'Visto il Regolamento comunale per l\'applicazione dell\'IMU approvato con deliberazione del Consiglio Comunale n. 14 del 29/06/2020;',
 'Attestata la regolarità tecnica e la correttezza dell\'azione amministrativa ai sensi dell\'art. 147-bis del D.Lgs. n. 267/2000;',
);
foreach ($t as $x) { $pdf->MultiCell(180, 5.5, $x, 0, 'L'); $pdf->Ln(1.5); }
$pdf->SetFont('times', 'B', 11.5); $pdf->Cell(0, 8, 'DETERMINA', 0, 1, 'C');
$pdf->SetFont('times', '', 11.5);
$d = array(
 'di riconoscere il diritto al rimborso dell\'IMU versata e non dovuta per le annualità 2023 e 2024 in favore del contribuente codice utente 004512, i cui dati sono conservati agli atti dell\'ufficio;',
 'di impegnare e contestualmente liquidare la somma complessiva di € 1.345,37, di cui € 1.284,00 per imposta e € 61,37 per interessi, al capitolo 1045.0 "Rimborsi di tributi" del bilancio 2026/2028, esercizio 2026;',
 'di autorizzare l\'ufficio ragioneria all\'emissione del mandato di pagamento mediante accredito sul conto corrente indicato dal contribuente;',
 'di dare atto che il presente provvedimento sarà pubblicato all\'Albo Pretorio on line per quindici giorni consecutivi, omettendo i dati personali del beneficiario.',
);
foreach ($d as $x) { $pdf->MultiCell(180, 5.5, $x, 0, 'L'); $pdf->Ln(1.5); }
$pdf->Ln(4);
$pdf->Cell(90, 5, 'Raiano, 20/02/2026', 0, 0, 'L');
$pdf->MultiCell(90, 5, "Il Responsabile del Servizio\nRag. Antonella Di Loreto", 0, 'C');
$pdf->Ln(6);
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetFillColor(245,245,245);
$pdf->MultiCell(180, 5, "VISTO DI REGOLARITÀ CONTABILE\nImpegno n. 141/2026 - Cap. 1045.0 - Importo € 1.345,37. Si attesta la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.\nRaiano, 23/02/2026 - Il Responsabile del Servizio Finanziario: Rag. Antonella Di Loreto", 1, 'L', true);
$pdf->Output($argv[1], 'F');
