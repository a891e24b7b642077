<?php
// Città di Ventimiglia - determinazione dirigenziale, Registro Generale 412 / Settore 87
// Producer: TCPDF (Debian php-tcpdf), core font helvetica replaced by DejaVu Sans (Unicode) and Times.
// Imitates a PHP web print of a determination: register box at the top right, label grid, footer with page x/y.
require_once('/usr/share/php/tcpdf/tcpdf.php');

$out = $argv[1] ?? 'determinazione-ventimiglia-tcpdf.pdf';

class DetPDF extends TCPDF {
    public function Header() {
        if ($this->getPage() == 1) return;
        $this->SetXY(20, 8);
        $this->SetFont('dejavusans', '', 7.5);
        $this->SetTextColor(80, 80, 80);
        $this->Cell(0, 5, 'Città di Ventimiglia - Settore 4 Servizi Tecnici - Det. R.G. n. 412 del 10/03/2026', 'B', 0, 'L');
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetX(20);
        $this->SetFont('dejavusans', '', 7);
        $this->SetTextColor(80, 80, 80);
        $this->Cell(120, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', 'T', 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 'T', 0, 'R');
    }
}

$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Gestione Determine - modulo stampa');
$pdf->SetAuthor('Città di Ventimiglia');
$pdf->SetTitle('Determinazione dirigenziale R.G. 412/2026');
$pdf->SetMargins(20, 18, 18);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

// letterhead with a crest caption
$pdf->SetDrawColor(0, 0, 0);
$pdf->Rect(20, 14, 18, 22);
$pdf->SetFont('dejavusans', '', 5.5);
$pdf->SetXY(20, 22);
$pdf->MultiCell(18, 3, "stemma\ncomunale", 0, 'C');
$pdf->SetXY(41, 14);
$pdf->SetFont('times', 'B', 18);
$pdf->Cell(90, 8, 'CITTÀ DI VENTIMIGLIA', 0, 2, 'L');
$pdf->SetFont('times', 'I', 10);
$pdf->Cell(90, 5, 'Provincia di Imperia', 0, 2, 'L');
$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->Cell(90, 5, 'SETTORE 4 - SERVIZI TECNICI', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Cell(90, 5, 'Servizio Manutenzioni e Patrimonio', 0, 2, 'L');

// register box
$pdf->SetXY(126, 14);
$pdf->SetFont('dejavusans', 'B', 8);
$pdf->SetFillColor(230, 230, 230);
$pdf->Cell(66, 6, 'DETERMINAZIONE DIRIGENZIALE', 1, 2, 'C', true);
$pdf->SetFont('dejavusans', '', 8);
$pdf->Cell(32, 6, 'Registro Generale', 1, 0, 'L');
$pdf->SetFont('dejavusans', 'B', 8);
$pdf->Cell(34, 6, 'N. 412', 1, 1, 'L');
$pdf->SetX(126);
$pdf->SetFont('dejavusans', '', 8);
$pdf->Cell(32, 6, 'Data adozione', 1, 0, 'L');
$pdf->SetFont('dejavusans', 'B', 8);
$pdf->Cell(34, 6, '10/03/2026', 1, 1, 'L');
$pdf->SetX(126);
$pdf->SetFont('dejavusans', '', 8);
$pdf->Cell(32, 6, 'Registro Settore', 1, 0, 'L');
$pdf->Cell(34, 6, 'N. 87 del 06/03/2026', 1, 1, 'L');

$pdf->SetY(44);
$subject = "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE ORIZZONTALE NELLE AIUOLE DEL LUNGOMARE \"VARALDO\" PER LA STAGIONE 2026 – CIG B7A1C3D22E – IMPEGNO DI SPESA.";
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->Cell(24, 6, 'OGGETTO:', 'LTB', 0, 'L');
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->MultiCell(0, 6, $subject, 'RTB', 'L', false, 1);
$pdf->Ln(5);

$pdf->SetFont('times', 'B', 12);
$pdf->Cell(0, 6, 'IL DIRIGENTE DEL SETTORE 4', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('times', '', 10.5);
$paras = [
 "Visto il decreto sindacale n. 6 del 30/01/2026, con il quale è stato conferito all'Arch. Paolo Bergamasco l'incarico di direzione del Settore 4 - Servizi Tecnici fino al 31/12/2026;",
 "Richiamate la deliberazione del Consiglio Comunale n. 14 del 27/02/2026, di approvazione del bilancio di previsione finanziario 2026/2028, e la deliberazione della Giunta Comunale n. 52 del 05/03/2026, di approvazione del Piano Esecutivo di Gestione;",
 "Premesso che la manutenzione del verde orizzontale delle aiuole del lungomare \"Varaldo\" non è compresa nell'appalto di manutenzione ordinaria del verde urbano e che il personale del Servizio non è in numero sufficiente a garantirla nel periodo aprile-ottobre;",
 "Dato atto che, mediante la piattaforma telematica di negoziazione, è stato richiesto un preventivo alla ditta Riviera Giardini S.r.l. di Camporosso, iscritta all'elenco degli operatori economici del Comune, che ha offerto l'importo di € 27.450,00 oltre IVA 22%, ritenuto congruo dal RUP;",
 "Verificati il possesso dei requisiti di ordine generale e la regolarità contributiva (DURC prot. INAIL_51234987 con scadenza 18/06/2026);",
 "Visti il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli artt. 107, 183 e 192, e il D.Lgs. 31 marzo 2023, n. 36;",
];
foreach ($paras as $p) { $pdf->MultiCell(0, 5.2, $p . "\n", 0, 'J', false, 1); $pdf->Ln(1.5); }
$pdf->Ln(2);
$pdf->SetFont('times', 'B', 12);
$pdf->Cell(0, 6, 'D E T E R M I N A', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('times', '', 10.5);
$pts = [
 "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, alla ditta Riviera Giardini S.r.l., con sede in Camporosso (IM), P.IVA 01478210085, il servizio di manutenzione del verde orizzontale nelle aiuole del lungomare \"Varaldo\" per la stagione 2026, per l'importo di € 27.450,00 oltre IVA 22%, per complessivi € 33.489,00;",
 "di impegnare la spesa di € 33.489,00 al capitolo 1764/3 \"Manutenzione aree verdi - prestazioni di servizi\" del bilancio 2026/2028, esercizio 2026, con esigibilità nell'esercizio 2026;",
 "di dare atto che il CIG attribuito alla procedura è B7A1C3D22E e che il Responsabile Unico del Progetto è il Geom. Stefano Lanteri;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
 "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\" - \"Bandi di gara e contratti\".",
];
foreach ($pts as $i => $p) {
    $pdf->Cell(8, 5.2, ($i + 1) . '.', 0, 0, 'L');
    $pdf->MultiCell(0, 5.2, $p . "\n", 0, 'J', false, 1);
    $pdf->Ln(1.5);
}
$pdf->Ln(3);
$pdf->SetX(110);
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->Cell(80, 5, 'IL DIRIGENTE', 0, 2, 'C');
$pdf->SetFont('times', '', 10.5);
$pdf->Cell(80, 5, 'Arch. Paolo Bergamasco', 0, 2, 'C');
$pdf->SetFont('dejavusans', 'I', 7);
$pdf->Cell(80, 4, '(firmato digitalmente)', 0, 1, 'C');
$pdf->Ln(3);

$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->Cell(0, 6, 'VISTO DI REGOLARITÀ CONTABILE E COPERTURA FINANZIARIA (art. 183, c. 7, TUEL)', 1, 1, 'L', true);
$pdf->SetFont('dejavusans', '', 8.5);
$html = '<table border="1" cellpadding="3"><tr><td width="20%"><b>Impegno</b></td><td width="20%"><b>Capitolo</b></td><td width="20%"><b>Esercizio</b></td><td width="40%"><b>Importo</b></td></tr>'
      . '<tr><td>2026/611</td><td>1764/3</td><td>2026</td><td>€ 33.489,00</td></tr></table>';
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->MultiCell(0, 5, "Ventimiglia, 10/03/2026 - Il Dirigente del Settore 2 Servizi Finanziari: Dott.ssa Nadia Biancheri", 0, 'L', false, 1);
$pdf->Output($out, 'F');
