<?php
// Determinazione dirigenziale of the Città di Massafra in the manner of a
// "Soluzione PA" print: letterhead with crest caption, a register box with
// the general and the sector register, Settore/Servizio lines, OGGETTO box,
// DETERMINA with numbered points, accounting visa table, running head/foot.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class DetPDF extends TCPDF {
    public function Header() {
        if ($this->getPage() == 1) return;
        $this->SetFont('dejavusans', '', 7.5);
        $this->Cell(0, 5, 'Città di Massafra - Determinazione dirigenziale Reg. Gen. n. 412 del 18/03/2026', 'B', 0, 'L');
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(120, 4, 'Soluzione PA - Gestione Atti | Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', 'T', 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 'T', 0, 'R');
    }
}

$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Soluzione PA');
$pdf->SetTitle('Determinazione 412/2026');
$pdf->SetMargins(20, 18, 18);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

// letterhead
$pdf->SetLineStyle(array('width' => 0.3, 'dash' => '2,1'));
$pdf->Rect(20, 14, 20, 24);
$pdf->SetLineStyle(array('width' => 0.2, 'dash' => 0));
$pdf->SetFont('dejavusans', 'I', 6);
$pdf->SetXY(20, 24); $pdf->Cell(20, 4, 'stemma', 0, 0, 'C');
$pdf->SetXY(44, 15);
$pdf->SetFont('dejavuserif', 'B', 18);
$pdf->Cell(0, 8, 'CITTÀ DI MASSAFRA', 0, 1, 'L');
$pdf->SetX(44); $pdf->SetFont('dejavuserif', '', 10);
$pdf->Cell(0, 5, 'Provincia di Taranto', 0, 1, 'L');
$pdf->SetX(44); $pdf->SetFont('dejavusans', '', 7.5);
$pdf->Cell(0, 4, 'Via Livio Andronico, 1 - 74016 Massafra (TA)', 0, 1, 'L');
$pdf->Ln(6);

$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'SETTORE AFFARI FINANZIARI', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 5, 'Servizio Economato e Provveditorato', 0, 1, 'L');
$pdf->Ln(3);

// register box
$html = '<table border="1" cellpadding="4" style="font-size:9pt">
<tr><td colspan="2" align="center" bgcolor="#d9d9d9"><b>DETERMINAZIONE DIRIGENZIALE</b></td></tr>
<tr><td width="50%">Registro Generale<br><b>N. 412 del 18/03/2026</b></td>
<td width="50%">Registro di Settore<br><b>N. 57 del 16/03/2026</b></td></tr>
</table>';
$pdf->writeHTML($html, true, false, false, false, '');

$html = '<table border="0" cellpadding="3" style="font-size:9.5pt"><tr>
<td width="17%"><b>OGGETTO:</b></td>
<td width="83%" align="justify"><b>Affidamento diretto, ai sensi dell\'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, della fornitura di materiale di cancelleria e consumabili per stampanti per gli uffici comunali – Anno 2026. Impegno di spesa. CIG B7A4C21E9F.</b></td>
</tr></table>';
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->Ln(1);

$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'IL DIRIGENTE', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.5);
$body = '<div style="font-size:9.5pt; text-align:justify; line-height:1.4">
<p>Visto il decreto sindacale n. 14 del 30/12/2025, con il quale è stato conferito al sottoscritto l\'incarico di direzione del Settore Affari Finanziari;</p>
<p>Richiamate la deliberazione del Consiglio Comunale n. 8 del 26/02/2026, di approvazione del bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 39 del 05/03/2026, di approvazione del Piano Esecutivo di Gestione;</p>
<p>Premesso che le scorte di materiale di cancelleria e di consumabili per stampanti in dotazione all\'Economato risultano in esaurimento e che occorre garantire il regolare funzionamento degli uffici comunali per l\'anno 2026;</p>
<p>Dato atto che il Servizio Economato e Provveditorato ha svolto una indagine informale di mercato sul Mercato Elettronico della Pubblica Amministrazione (MePA), confrontando i cataloghi di tre operatori economici, e che l\'offerta più conveniente è risultata quella della ditta Ufficio Più s.r.l., con sede in Taranto, per un importo di € 8.940,00 oltre IVA al 22%, pari a complessivi € 10.906,80;</p>
<p>Visto l\'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l\'affidamento diretto di servizi e forniture di importo inferiore a € 140.000,00;</p>
<p>Accertata la regolarità contributiva dell\'operatore economico (DURC prot. INPS_49811207, scadenza 12/06/2026);</p>
<p>Attestata la regolarità tecnica e la correttezza dell\'azione amministrativa ai sensi dell\'art. 147-bis del D.Lgs. 267/2000;</p>
</div>';
$pdf->writeHTML($body, true, false, true, false, '');
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 7, 'D E T E R M I N A', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.5);
$pts = '<ol style="font-size:9.5pt; text-align:justify; line-height:1.4">
<li>di affidare alla ditta Ufficio Più s.r.l., con sede in Taranto, la fornitura di materiale di cancelleria e consumabili per stampanti per gli uffici comunali per l\'anno 2026, mediante ordine diretto sul MePA, per l\'importo di € 8.940,00 oltre IVA al 22%;</li>
<li>di impegnare la spesa complessiva di € 10.906,80 sul capitolo 1090/2 "Acquisto beni di consumo per gli uffici" del bilancio 2026/2028, annualità 2026;</li>
<li>di dare atto che il Responsabile Unico del Progetto è la sig.ra Anna Maria Calabrese, istruttore amministrativo del Servizio Economato e Provveditorato;</li>
<li>di disporre la pubblicazione del presente provvedimento all\'Albo Pretorio on line e nella sezione "Amministrazione trasparente" – Bandi di gara e contratti.</li>
</ol>';
$pdf->writeHTML($pts, true, false, true, false, '');
$pdf->Ln(2);
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->Cell(0, 5, 'Massafra, 16/03/2026', 0, 1, 'L');
$pdf->SetFont('dejavusans', 'B', 9.5);
$pdf->Cell(0, 5, 'IL DIRIGENTE DEL SETTORE AFFARI FINANZIARI', 0, 1, 'R');
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->Cell(0, 5, 'Dott. Cosimo Lentini', 0, 1, 'R');
$pdf->Ln(6);

$visa = '<table border="1" cellpadding="4" style="font-size:8.5pt">
<tr><td colspan="5" bgcolor="#d9d9d9" align="center"><b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b><br>(art. 183, comma 7, D.Lgs. 267/2000)</td></tr>
<tr><td><b>Esercizio</b></td><td><b>Capitolo</b></td><td><b>Impegno</b></td><td><b>Importo</b></td><td><b>Missione/Programma</b></td></tr>
<tr><td>2026</td><td>1090/2</td><td>681/2026</td><td>€ 10.906,80</td><td>01.03</td></tr>
<tr><td colspan="5">Esecutiva dal 18/03/2026 – Il Responsabile del Servizio Finanziario, Dott.ssa Grazia Miccoli</td></tr>
</table>';
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->writeHTML($visa, true, false, false, false, '');
$pdf->Output($argv[1], 'F');
