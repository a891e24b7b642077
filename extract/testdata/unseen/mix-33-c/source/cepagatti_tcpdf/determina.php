<?php
// Comune di Cepagatti - determinazione del Settore III, TCPDF print in the style of a tributi/atti package (Infordata-like)
require_once('/usr/share/php/tcpdf/tcpdf.php');

class DetPDF extends TCPDF {
    public function Header() {
        if ($this->getPage() == 1) return;
        $this->SetFont('helvetica', 'I', 7.5);
        $this->Cell(120, 5, 'Det. n. 87/2026 del 10/03/2026 - Settore III - Economico Finanziario', 0, 0, 'L');
        $this->Cell(0, 5, 'COMUNE DI CEPAGATTI', 0, 1, 'R');
        $this->Line(15, 16, 195, 16);
    }
    public function Footer() {
        $this->SetY(-17);
        $this->SetFont('helvetica', '', 7);
        $this->Line(15, $this->GetY(), 195, $this->GetY());
        $this->Cell(0, 4, 'Comune di Cepagatti - Via Raffaele D\'Ortensio, 15 - 65012 Cepagatti (PE) - C.F. 00218710680', 0, 1, 'L');
        $this->Cell(0, 4, 'Stampato il 10/03/2026 alle ore 12:47 - utente: tributi02', 0, 0, 'L');
        $this->Cell(0, 4, 'Pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Atti Amministrativi - modulo Determine');
$pdf->SetAuthor('Comune di Cepagatti');
$pdf->SetTitle('Determinazione n. 87 del 10/03/2026');
$pdf->SetMargins(15, 20, 15);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

// letterhead
$pdf->SetLineWidth(0.3);
$pdf->Rect(15, 12, 20, 24);
$pdf->SetFont('helvetica', '', 5.5);
$pdf->SetXY(15, 22); $pdf->Cell(20, 4, 'STEMMA', 0, 0, 'C');
$pdf->SetXY(40, 12);
$pdf->SetFont('times', 'B', 18); $pdf->Cell(0, 8, 'COMUNE DI CEPAGATTI', 0, 1, 'L');
$pdf->SetX(40); $pdf->SetFont('times', 'I', 10.5); $pdf->Cell(0, 5, 'Provincia di Pescara', 0, 1, 'L');
$pdf->SetX(40); $pdf->SetFont('helvetica', '', 8); $pdf->Cell(0, 5, 'Tel. 085 9740301 - protocollo@pec.comune.cepagatti.pe.it', 0, 1, 'L');
$pdf->Ln(8);

$pdf->SetFont('helvetica', 'B', 10.5);
$pdf->SetFillColor(225, 225, 225);
$pdf->Cell(0, 7, 'SETTORE III - ECONOMICO FINANZIARIO', 1, 1, 'C', true);
$pdf->SetFont('helvetica', '', 9);
$pdf->Cell(0, 6, 'Servizio Tributi ed Entrate Patrimoniali', 'LRB', 1, 'C');
$pdf->Ln(4);

// register box: two columns
$pdf->SetFont('helvetica', 'B', 9);
$pdf->Cell(90, 6, 'REGISTRO GENERALE', 1, 0, 'C', true);
$pdf->Cell(90, 6, 'REGISTRO DEL SETTORE', 1, 1, 'C', true);
$pdf->SetFont('helvetica', '', 10);
$pdf->Cell(90, 8, 'N. 87   del   10/03/2026', 1, 0, 'C');
$pdf->Cell(90, 8, 'N. 19   del   10/03/2026', 1, 1, 'C');
$pdf->Ln(6);

$pdf->SetFont('helvetica', 'B', 13);
$pdf->Cell(0, 7, 'DETERMINAZIONE DIRIGENZIALE', 0, 1, 'C');
$pdf->Ln(3);

$pdf->SetFont('helvetica', 'B', 9.5);
$pdf->Cell(22, 6, 'OGGETTO:', 0, 0, 'L');
$pdf->MultiCell(0, 5, "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMU PER LE ANNUALITÀ 2023 E 2024 - CONTRIBUENTI VARI - IMPEGNO E LIQUIDAZIONE DI SPESA.", 0, 'L', false, 1);
$pdf->Ln(4);

$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'IL DIRIGENTE DEL SETTORE', 0, 1, 'C');
$pdf->Ln(1);
$pdf->SetFont('helvetica', '', 9.5);
$body = array(
 "Visto il decreto sindacale n. 2 del 08/01/2026, con il quale è stato conferito l'incarico di direzione del Settore III - Economico Finanziario;",
 "Richiamati la deliberazione del Consiglio Comunale n. 52 del 30/12/2025, esecutiva, di approvazione del bilancio di previsione finanziario 2026-2028, e la deliberazione della Giunta Comunale n. 9 del 22/01/2026 di assegnazione delle risorse ai Responsabili;",
 "Viste le istanze di rimborso presentate dai contribuenti indicati nell'elenco allegato, acquisite al protocollo dell'Ente nel periodo ottobre 2025 - febbraio 2026, relative a versamenti IMU eccedenti il dovuto per le annualità 2023 e 2024;",
 "Dato atto che l'istruttoria condotta dal Servizio Tributi ha accertato il diritto al rimborso per un importo complessivo di € 4.912,37, comprensivo degli interessi calcolati al tasso legale ai sensi dell'art. 1, comma 165, della legge 27 dicembre 2006, n. 296;",
 "Visto l'art. 1, comma 164, della legge 296/2006, in materia di rimborsi dei tributi locali;",
 "Accertata la regolarità tecnica del presente provvedimento ai sensi dell'art. 147-bis del D.Lgs. 267/2000;",
);
foreach ($body as $b) { $pdf->writeHTML('<p style="text-align:justify">'.htmlspecialchars($b).'</p>', true, false, true, false, ''); $pdf->Ln(0.5); }
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'D E T E R M I N A', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$pts = array(
 "di riconoscere ai contribuenti indicati nell'elenco allegato, che per ragioni di riservatezza non viene pubblicato, il rimborso delle somme versate e non dovute a titolo di IMU per le annualità 2023 e 2024, per complessivi € 4.912,37;",
 "di impegnare e contestualmente liquidare la somma di € 4.912,37 alla Missione 01, Programma 04, capitolo 1650 \"Rimborsi di tributi comunali\" del bilancio 2026;",
 "di autorizzare il Servizio Finanziario all'emissione dei relativi mandati di pagamento mediante accredito sui conti correnti indicati dai contribuenti;",
 "di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
);
$i = 1;
foreach ($pts as $p) {
    $pdf->Cell(8, 5, $i.'.', 0, 0, 'R');
    $pdf->writeHTMLCell(0, 5, $pdf->GetX() + 2, $pdf->GetY(), '<p style="text-align:justify">'.htmlspecialchars($p).'</p>', 0, 1, false, true, 'J');
    $pdf->Ln(1.5); $i++;
}
$pdf->Ln(6);
$pdf->SetX(110);
$pdf->SetFont('helvetica', 'B', 9.5);
$pdf->MultiCell(85, 5, "IL DIRIGENTE DEL SETTORE III\nDott. Antonio Di Marzio", 0, 'C', false, 1);
$pdf->SetX(110); $pdf->SetFont('helvetica', 'I', 7.5);
$pdf->MultiCell(85, 4, "Firmato digitalmente ai sensi del D.Lgs. 82/2005", 0, 'C', false, 1);

$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 7, 'VISTO DI REGOLARITÀ CONTABILE', 1, 1, 'C', true);
$pdf->SetFont('helvetica', '', 9);
$pdf->MultiCell(0, 5, "Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.", 'LR', 'J', false, 1);
$tbl = '<table border="1" cellpadding="3"><tr style="background-color:#eeeeee;font-weight:bold"><td>Esercizio</td><td>Capitolo</td><td>Impegno</td><td>Liquidazione</td><td align="right">Importo</td></tr>'
     . '<tr><td>2026</td><td>1650</td><td>301/2026</td><td>288/2026</td><td align="right">4.912,37</td></tr></table>';
$pdf->writeHTML($tbl, true, false, false, false, '');
$pdf->Cell(0, 6, 'Cepagatti, 10/03/2026        Il Responsabile del Servizio Finanziario - Rag. Carla Ranieri (firmato digitalmente)', 'LRB', 1, 'L');
$pdf->Ln(8);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 7, 'PUBBLICAZIONE', 1, 1, 'C', true);
$pdf->SetFont('helvetica', '', 9);
$pdf->MultiCell(0, 5, "La presente determinazione è pubblicata all'Albo Pretorio on line del Comune per 15 giorni consecutivi dal 11/03/2026 al 26/03/2026 (n. 318 del registro delle pubblicazioni).", 1, 'L', false, 1);
$pdf->Output($argv[1], 'F');
