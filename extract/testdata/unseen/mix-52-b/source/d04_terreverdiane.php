<?php
// Unione Terre Verdiane - determinazione, Secoval-like label grid; TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');
class DetPDF extends TCPDF {
  public function Header() {
    $this->SetFont('helvetica', 'B', 7);
    $this->SetY(8);
    $this->Cell(0, 4, 'UNIONE TERRE VERDIANE - Registro Generale Determinazioni n. 112/2026', 0, 1, 'L');
    $this->Line(15, 13, 195, 13);
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('helvetica', '', 6.5);
    $this->MultiCell(150, 3, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.", 0, 'L', false, 0);
    $this->Cell(0, 6, 'Pag. '.$this->getAliasNumPage().' / '.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Secoval - Gestione Atti');
$pdf->SetAuthor('Unione Terre Verdiane');
$pdf->SetTitle('Determinazione n. 112 del 13/03/2026');
$pdf->SetMargins(15, 18, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
// letterhead
$pdf->SetFillColor(230, 230, 230);
$pdf->Rect(15, 18, 22, 24, 'D');
$pdf->SetFont('helvetica', '', 6);
$pdf->SetXY(15, 28); $pdf->Cell(22, 4, 'logo Unione', 0, 0, 'C');
$pdf->SetXY(40, 19);
$pdf->SetFont('helvetica', 'B', 15);
$pdf->Cell(0, 7, 'UNIONE TERRE VERDIANE', 0, 1, 'L');
$pdf->SetX(40); $pdf->SetFont('helvetica', '', 8.5);
$pdf->Cell(0, 4.5, 'Provincia di Parma', 0, 1, 'L');
$pdf->SetX(40); $pdf->SetFont('helvetica', '', 7); $pdf->Cell(0, 4.5, 'Busseto - Fontanellato - Fontevivo - Polesine Zibello - Roccabianca - San Secondo Parmense - Sissa Trecasali - Soragna', 0, 1, 'L');
$pdf->SetX(40); $pdf->Cell(0, 4.5, 'Sede legale: Piazza Verdi, 1 - 43011 Busseto (PR)', 0, 1, 'L');
$pdf->Ln(6);
$pdf->SetFont('helvetica', 'B', 11);
$pdf->Cell(0, 7, 'SETTORE AFFARI GENERALI E PERSONALE', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$pdf->Cell(0, 5, 'Servizio Personale', 0, 1, 'C');
$pdf->Ln(3);
// label grid
$lab = function($l, $v, $w1, $w2, $ln=0) use ($pdf) {
  $pdf->SetFont('helvetica', '', 7.5); $pdf->Cell($w1, 7, $l, 1, 0, 'L', true);
  $pdf->SetFont('helvetica', 'B', 9.5); $pdf->Cell($w2, 7, $v, 1, $ln, 'L');
};
$pdf->SetFont('helvetica', 'B', 12);
$pdf->Cell(0, 8, 'DETERMINAZIONE', 1, 1, 'C');
$lab('Reg. Generale n.', '112', 32, 28); $lab('Data adozione', '13/03/2026', 30, 30); $lab('N. Settore', '34', 22, 38, 1);
$lab('Proposta n.', '130', 32, 28); $lab('Data proposta', '11/03/2026', 30, 30); $lab('Esecutiva dal', '13/03/2026', 22, 38, 1);
$pdf->Ln(4);
$pdf->SetFont('helvetica', 'B', 9.5);
$pdf->Cell(20, 6, "OGGETTO:", 0, 0, "L"); $pdf->SetFont("helvetica", "B", 9);
$pdf->MultiCell(0, 5, "ASSUNZIONE A TEMPO DETERMINATO E PIENO DI N. 1 ISTRUTTORE AMMINISTRATIVO-CONTABILE (AREA DEGLI ISTRUTTORI) MEDIANTE UTILIZZO DI GRADUATORIA IN CORSO DI VALIDITÀ – IMPEGNO DI SPESA", 0, "L");
$pdf->Ln(4);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'IL RESPONSABILE DEL SETTORE', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$txt = [
"Visto il decreto del Presidente dell'Unione n. 3 del 08/01/2026, con il quale la sottoscritta è stata nominata Responsabile del Settore Affari Generali e Personale con attribuzione dell'incarico di Elevata Qualificazione;",
"Richiamata la deliberazione della Giunta dell'Unione n. 11 del 19/02/2026, esecutiva, di approvazione del Piano Integrato di Attività e Organizzazione 2026/2028, sezione Capitale umano, che prevede l'assunzione a tempo determinato di n. 1 Istruttore amministrativo-contabile da assegnare al Servizio Tributi associato, per la durata di dodici mesi;",
"Vista la graduatoria del concorso pubblico per esami per la copertura di posti di Istruttore amministrativo-contabile approvata con determinazione n. 402 del 27/10/2025, in corso di validità;",
"Dato atto che la candidata collocata al quarto posto, Dott.ssa Elisa Bocchi, interpellata con nota prot. n. 2214 del 04/03/2026, ha manifestato la propria disponibilità all'assunzione;",
"Visti il D.Lgs. 267/2000, il D.Lgs. 165/2001 e il CCNL Funzioni Locali 2019-2021 sottoscritto il 16/11/2022;",
];
foreach ($txt as $t) { $pdf->MultiCell(0, 5, $t, 0, 'J'); $pdf->Ln(1.5); }
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 7, 'DETERMINA', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$pts = [
"di assumere a tempo determinato e pieno, per dodici mesi a decorrere dal 01/04/2026, la Dott.ssa Elisa Bocchi in qualità di Istruttore amministrativo-contabile, Area degli Istruttori, posizione economica iniziale;",
"di impegnare la spesa complessiva di euro 34.860,00, comprensiva di oneri riflessi e IRAP, ai capitoli 1012/1, 1012/2 e 1015/1 del bilancio di previsione 2026/2028, esercizi 2026 e 2027;",
"di dare atto che il rapporto di lavoro sarà regolato da contratto individuale ai sensi dell'art. 24 del CCNL Funzioni Locali 2019-2021;",
"di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
];
foreach ($pts as $i => $t) {
  $pdf->Cell(8, 5, ($i+1).'.', 0, 0, 'R');
  $pdf->MultiCell(0, 5, $t, 0, 'J'); $pdf->Ln(1);
}
$pdf->Ln(6);
$pdf->SetFont('helvetica', '', 9.5);
$pdf->Cell(95, 5, 'Busseto, 13/03/2026', 0, 0, 'L');
$pdf->MultiCell(0, 5, "LA RESPONSABILE DEL SETTORE\nAFFARI GENERALI E PERSONALE\nDott.ssa Marta Pizzigalli\n(firmato digitalmente)", 0, 'C');
$pdf->Ln(8);
$pdf->SetFont('helvetica', 'B', 8.5);
$pdf->Cell(0, 5, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 'T', 1, 'L');
$pdf->SetFont('helvetica', '', 8.5);
$pdf->MultiCell(0, 4.5, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto favorevole. Impegni n. 318/2026 e n. 41/2027.\nIl Responsabile del Settore Finanziario - Rag. Claudio Ferrari - 13/03/2026", 0, 'L');
$pdf->Output($argv[1], 'F');
