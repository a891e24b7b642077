<?php
// Determinazione dirigenziale, Comune di Bollate - TCPDF (PHP), running head, vertical margin text
require_once('/usr/share/php/tcpdf/tcpdf.php');

class BollatePDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 8);
        $this->SetY(8);
        $this->Cell(0, 4, 'COMUNE DI BOLLATE - Determinazione dirigenziale n. 236 del 02/04/2026', 0, 0, 'L');
        $this->SetFont('dejavusans', '', 8);
        $this->Cell(0, 4, 'Settore Servizi alla Persona', 0, 1, 'R');
        $this->Line(15, 13, 195, 13);
        // margin text, rotated
        $this->StartTransform();
        $this->Rotate(90, 9, 282);
        $this->SetFont('dejavusans', '', 6.5);
        $this->Text(9, 282, 'Comune di Bollate - Registro Generale Determinazioni n. 236 del 02/04/2026 - Copia informatica per consultazione');
        $this->StopTransform();
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', 'I', 7);
        $this->Cell(0, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate; sostituisce il documento cartaceo e la firma autografa.', 0, 1, 'C');
        $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'C');
    }
}

$pdf = new BollatePDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Gestione Determinazioni - Comune di Bollate');
$pdf->SetAuthor('Settore Servizi alla Persona');
$pdf->SetTitle('Determinazione n. 236/2026');
$pdf->SetMargins(20, 20, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

$pdf->SetFont('dejavusans', 'B', 15);
$pdf->Cell(0, 7, 'COMUNE DI BOLLATE', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 5, 'Città Metropolitana di Milano', 0, 1, 'C');
$pdf->Ln(3);
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 5, 'SETTORE SERVIZI ALLA PERSONA', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->Cell(0, 5, 'Servizio Istruzione e Politiche Giovanili', 0, 1, 'L');
$pdf->Ln(3);
$pdf->SetFillColor(225, 235, 245);
$pdf->SetFont('dejavusans', 'B', 12);
$pdf->Cell(0, 8, 'DETERMINAZIONE DIRIGENZIALE N. 236 DEL 02/04/2026', 1, 1, 'C', true);
$pdf->Ln(3);
$html = '<table cellpadding="3" border="0"><tr><td width="20%"><b>OGGETTO:</b></td>'
      . '<td width="80%"><b>Servizio di pre e post scuola nelle scuole primarie statali per l’anno scolastico 2026/2027 – Determinazione a contrarre e avvio della procedura negoziata sulla piattaforma Sintel – CIG B8C2F14A07</b></td></tr></table>';
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(2);
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'IL DIRIGENTE', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.5);
$body = <<<HTML
<p style="text-align:justify">Richiamati:</p>
<ul>
<li>la deliberazione del Consiglio Comunale n. 8 del 24/02/2026, con la quale è stato approvato il bilancio di previsione 2026/2028;</li>
<li>la deliberazione della Giunta Comunale n. 31 del 05/03/2026, di approvazione del Piano Esecutivo di Gestione 2026/2028;</li>
<li>il decreto sindacale n. 14 del 29/12/2025 di conferimento dell’incarico dirigenziale del Settore Servizi alla Persona;</li>
</ul>
<p style="text-align:justify">Premesso che il Comune garantisce il servizio di pre e post scuola presso le scuole primarie statali “Don Milani”, “Marconi” e “Rodari”, a sostegno delle famiglie con genitori entrambi lavoratori, e che l’attuale contratto scade il 30/06/2026;</p>
<p style="text-align:justify">Dato atto che il valore stimato dell’appalto per l’anno scolastico 2026/2027 è pari a € 168.400,00 oltre IVA, e che la procedura sarà svolta mediante la piattaforma regionale Sintel di ARIA S.p.A., ai sensi dell’art. 50, comma 1, lett. e), del D.Lgs. 36/2023;</p>
<p style="text-align:justify">Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento comunale sull’ordinamento degli uffici e dei servizi;</p>
HTML;
$pdf->writeHTML($body, true, false, true, false, '');
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 7, 'DETERMINA', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.5);
$det = <<<HTML
<ul>
<li>di indire la procedura negoziata per l’affidamento del servizio di pre e post scuola nelle scuole primarie statali per l’anno scolastico 2026/2027, con il criterio dell’offerta economicamente più vantaggiosa, invitando almeno cinque operatori economici iscritti alla piattaforma Sintel;</li>
<li>di approvare la lettera di invito e il capitolato speciale d’appalto, depositati agli atti del Servizio;</li>
<li>di prenotare la spesa complessiva di € 176.820,00 (IVA 5% inclusa) al capitolo 4520/10 del bilancio 2026/2028, per € 70.728,00 sull’esercizio 2026 e per € 106.092,00 sull’esercizio 2027;</li>
<li>di individuare quale Responsabile Unico del Progetto la Dott.ssa Valentina Crippa, Funzionario del Servizio Istruzione e Politiche Giovanili.</li>
</ul>
HTML;
$pdf->writeHTML($det, true, false, true, false, '');
$pdf->Ln(6);
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->Cell(90, 5, 'Bollate, 02/04/2026', 0, 0, 'L');
$pdf->SetFont('dejavusans', 'B', 9.5);
$pdf->Cell(0, 5, 'IL DIRIGENTE DEL SETTORE', 0, 1, 'C');
$pdf->Cell(90, 5, '', 0, 0);
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->Cell(0, 5, 'Dott. Stefano Colombo', 0, 1, 'C');
$pdf->Ln(8);
$pdf->SetFont('dejavusans', '', 8);
$pdf->MultiCell(0, 4, "ATTESTAZIONE DI COPERTURA FINANZIARIA\nVisto di regolarità contabile attestante la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Prenotazioni n. 1522/2026 e n. 118/2027.\nBollate, 03/04/2026 - Il Dirigente del Settore Finanziario Dott.ssa Anna Maria Radaelli", 1, 'L');
$pdf->Output($argv[1], 'F');
