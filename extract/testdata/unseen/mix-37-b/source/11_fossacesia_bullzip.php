<?php
// Convocation of the Consiglio Comunale of Fossacesia (CH): a Word letter as
// offices print it through Bullzip PDF Printer (letterhead, protocol line,
// addressees on the right, OGGETTO, numbered agenda, signature, footer).
// Producer: TCPDF (Debian php-tcpdf), DejaVu Serif / DejaVu Sans.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class Letter extends TCPDF {
    public function noLink() { $this->tcpdflink = false; }
    public function Header() {
        $this->SetFont('dejavuserif', 'B', 16);
        $this->SetY(12);
        $this->Cell(0, 7, 'COMUNE DI FOSSACESIA', 0, 1, 'C');
        $this->SetFont('dejavuserif', 'I', 10);
        $this->Cell(0, 5, 'Provincia di Chieti', 0, 1, 'C');
        $this->SetFont('dejavusans', '', 8);
        $this->Cell(0, 4, '66022 Fossacesia (CH) – C.F. 81001390697 – PEC: protocollo@pec.comune.fossacesia.ch.it', 0, 1, 'C');
        $this->SetLineWidth(0.3);
        $this->Line(20, 31, 190, 31);
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(0, 4, 'Ufficio di Presidenza del Consiglio Comunale – tel. 0872 62201 – Pag. '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'C');
    }
}

$out = $argv[1];
$pdf = new Letter('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->noLink();
$pdf->SetCreator('Microsoft Word - Convocazione CC 27-03-2026.docx');
$pdf->SetAuthor('presidenza.consiglio');
$pdf->SetTitle('Convocazione CC 27-03-2026');
$pdf->SetMargins(22, 36, 20);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', 'B', 11);
$pdf->Cell(0, 6, 'IL PRESIDENTE DEL CONSIGLIO COMUNALE', 0, 1, 'C');
$pdf->Ln(3);
$pdf->SetFont('dejavuserif', '', 10);
$pdf->Cell(85, 5, 'Prot. n. 4410', 0, 0, 'L');
$pdf->Cell(0, 5, 'Fossacesia, 20 marzo 2026', 0, 1, 'R');
$pdf->Ln(4);
$dest = "Ai Sigg. Consiglieri Comunali\nLORO SEDI\n\nAl Sig. Sindaco\n\nAl Segretario Comunale\n\nAl Revisore dei Conti\n\nA S.E. il Prefetto di Chieti\n\nAl Comando Stazione Carabinieri di Fossacesia";
$pdf->MultiCell(75, 4.2, $dest, 0, 'L', false, 1, 113);
$pdf->Ln(5);
$pdf->SetFont('dejavuserif', 'B', 10);
$pdf->MultiCell(0, 4.9, "OGGETTO: Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 27 marzo 2026.", 0, 'L', false, 1);
$pdf->Ln(3);
$pdf->SetFont('dejavuserif', '', 10);
$t1 = "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e del vigente Regolamento per il funzionamento del Consiglio Comunale, sentita la Conferenza dei Capigruppo nella riunione del 18 marzo 2026, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale, in sessione ordinaria e in seduta pubblica, che si terrà presso la Sala consiliare del Palazzo municipale";
$pdf->MultiCell(0, 4.9, $t1, 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->SetFont('dejavuserif', 'B', 10);
$pdf->MultiCell(0, 4.9, "venerdì 27 marzo 2026, alle ore 18:00, in prima convocazione\ne, occorrendo, lunedì 30 marzo 2026, alle ore 18:00, in seconda convocazione,", 0, 'C', false, 1);
$pdf->Ln(2);
$pdf->SetFont('dejavuserif', '', 10);
$pdf->MultiCell(0, 4.9, "per la trattazione del seguente", 0, 'L', false, 1);
$pdf->Ln(1);
$pdf->SetFont('dejavuserif', 'B', 10);
$pdf->Cell(0, 6, 'ORDINE DEL GIORNO', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 10);
$odg = array(
  "Lettura e approvazione dei verbali della seduta precedente del 29 dicembre 2025.",
  "Comunicazioni del Sindaco.",
  "Ratifica della deliberazione della Giunta Comunale n. 21 del 26/02/2026 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2026-2028 (art. 175, comma 4, D.Lgs. 267/2000)\".",
  "Approvazione del Regolamento comunale per la concessione in uso delle strutture balneari e delle aree demaniali di pertinenza comunale lungo la Costa dei Trabocchi.",
  "Piano delle alienazioni e valorizzazioni immobiliari 2026-2028 – Integrazione.",
  "Mozione presentata dal gruppo consiliare \"Fossacesia Domani\" in materia di sicurezza della strada provinciale per la Marina (prot. n. 3987 del 10/03/2026).");
foreach ($odg as $i => $x) {
  $pdf->Cell(9, 4.9, ($i+1).'.', 0, 0, 'R');
  $pdf->MultiCell(0, 4.9, $x, 0, 'L', false, 1, 33);
  $pdf->Ln(1);
}
$pdf->Ln(2);
$t2 = "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio di Segreteria ed è consultabile dai Consiglieri, negli orari d'ufficio, a partire dal terzo giorno precedente la seduta. La seduta sarà trasmessa in diretta streaming sul sito istituzionale dell'Ente.";
$pdf->MultiCell(0, 4.9, $t2, 0, 'L', false, 1);
$pdf->Ln(8);
$pdf->SetFont('dejavuserif', '', 10);
$pdf->MultiCell(95, 4.9, "IL PRESIDENTE DEL CONSIGLIO COMUNALE\nDott. Enrico Di Fabio", 0, 'C', false, 1, 95);
$pdf->SetFont('dejavusans', 'I', 7.5);
$pdf->MultiCell(95, 4, "(Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993)", 0, 'C', false, 1, 95);
$pdf->Output($out, 'F');
