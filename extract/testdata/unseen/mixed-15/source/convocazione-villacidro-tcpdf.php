<?php
// Protocol-package letter: convocation of the Consiglio Comunale, Comune di Villacidro (SU)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class LetterPDF extends TCPDF {
    public function Header() {
        $this->SetY(10);
        $this->SetFont('helvetica', 'B', 14);
        $this->Cell(0, 6, 'COMUNE DI VILLACIDRO', 0, 1, 'L');
        $this->SetFont('helvetica', '', 9);
        $this->Cell(0, 4, 'Provincia del Sud Sardegna', 0, 1, 'L');
        $this->SetFont('helvetica', 'I', 9);
        $this->Cell(0, 4, 'Presidenza del Consiglio Comunale', 0, 1, 'L');
        $this->Line(15, 26, 195, 26);
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('helvetica', '', 7);
        $this->Cell(0, 3.5, 'Piazza Municipio, 1 - 09039 Villacidro (SU) - tel. 070 93442 - protocollo.villacidro@pec.comunas.it', 'T', 1, 'C');
        $this->Cell(0, 3.5, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
    }
}
$pdf = new LetterPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator(PDF_CREATOR);
$pdf->SetAuthor('Comune di Villacidro');
$pdf->SetTitle('Convocazione Consiglio Comunale 18/12/2025');
$pdf->SetMargins(18, 32, 18);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('helvetica', '', 9);
$pdf->Cell(90, 5, 'Prot. n. 21455', 0, 0, 'L');
$pdf->Cell(0, 5, 'Villacidro, 12/12/2025', 0, 1, 'R');
$pdf->Ln(4);
$pdf->SetFont('helvetica', '', 10);
$pdf->SetX(110);
$pdf->MultiCell(0, 5, "Ai Consiglieri Comunali\nLORO SEDI\n\nAl Sindaco\nAl Segretario Comunale\nAi Responsabili di Settore\n\nAl Prefetto di Cagliari\n\ne p.c. Al Comando Stazione Carabinieri di Villacidro", 0, 'L', false, 1);
$pdf->Ln(6);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(20, 5, 'Oggetto:', 0, 0, 'L');
$pdf->MultiCell(0, 5, 'Convocazione del Consiglio Comunale in seduta ordinaria per il giorno giovedì 18 dicembre 2025.', 0, 'L', false, 1);
$pdf->Ln(4);
$pdf->SetFont('helvetica', '', 10);
$pdf->MultiCell(0, 5, "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 14 del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio Comunale che si terrà, in prima convocazione, presso l'Aula consiliare \"Sergio Atzeni\" della Casa comunale,", 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 5, 'giovedì 18 dicembre 2025 alle ore 17:00', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 10);
$pdf->Ln(2);
$pdf->MultiCell(0, 5, "e, occorrendo, in seconda convocazione venerdì 19 dicembre 2025 alla stessa ora, per la trattazione del seguente", 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 5, 'ORDINE DEL GIORNO', 0, 1, 'C');
$pdf->Ln(1);
$pdf->SetFont('helvetica', '', 9.5);
$odg = [
 'Lettura e approvazione dei verbali della seduta precedente del 27/11/2025.',
 'Comunicazioni del Presidente e del Sindaco.',
 "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 - nota di aggiornamento.",
 "Approvazione del bilancio di previsione finanziario 2026/2028 e relativi allegati.",
 "Revisione periodica delle partecipazioni pubbliche ai sensi dell'art. 20 del D.Lgs. 175/2016 - ricognizione al 31/12/2024.",
 "Regolamento comunale per la concessione in uso dei locali e degli impianti sportivi comunali - approvazione.",
 "Mozione presentata dal gruppo consiliare \"Villacidro Bene Comune\" in merito al potenziamento del servizio di trasporto pubblico locale verso Sanluri e Cagliari.",
];
$html = '<table cellpadding="2">';
foreach ($odg as $i => $t) { $html .= '<tr><td width="6%">'.($i+1).'.</td><td width="94%">'.htmlspecialchars($t).'</td></tr>'; }
$html .= '</table>';
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->SetFont('helvetica', '', 10);
$pdf->MultiCell(0, 5, "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio di Segreteria e consultabile dai Consiglieri nell'orario di apertura al pubblico, nonché sulla piattaforma di gestione documentale dell'Ente.", 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->MultiCell(0, 5, "La seduta è pubblica e sarà trasmessa in diretta streaming sul canale istituzionale del Comune.", 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->Cell(0, 5, 'Distinti saluti.', 0, 1, 'L');
$pdf->Ln(6);
$pdf->SetX(110);
$pdf->MultiCell(0, 5, "IL PRESIDENTE DEL CONSIGLIO COMUNALE\nDott.ssa Marcella Pusceddu\n(firmato digitalmente ai sensi del D.Lgs. 82/2005)", 0, 'C', false, 1);
$pdf->Output('/tmp/round15/mixed-15/convocazione-villacidro-tcpdf.pdf', 'F');
