<?php
// Hypersic-like certificate of executivity, Comune di Scilla (RC)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function Header() {
        $this->SetY(10);
        $this->SetFont('times', 'B', 16);
        $this->Cell(0, 7, 'COMUNE DI SCILLA', 0, 1, 'C');
        $this->SetFont('times', 'I', 10);
        $this->Cell(0, 5, 'Città Metropolitana di Reggio Calabria', 0, 1, 'C');
        $this->SetFont('times', '', 8);
        $this->Cell(0, 4, 'Piazza San Rocco - 89058 Scilla (RC) - Tel. 0965 754003', 0, 1, 'C');
        $this->Line(20, 28, 190, 28);
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('times', '', 8);
        $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'C');
    }
}
$pdf = new CertPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator(PDF_CREATOR);
$pdf->SetAuthor('Comune di Scilla - Segreteria Generale');
$pdf->SetTitle('Certificato di esecutività - C.C. n. 41/2025');
$pdf->setPrintFooter(true);
$pdf->SetMargins(22, 36, 22);
$pdf->AddPage();
$pdf->SetFont('times', 'B', 13);
$pdf->Cell(0, 7, 'CERTIFICATO DI ESECUTIVITÀ', 0, 1, 'C');
$pdf->SetFont('times', '', 10);
$pdf->Cell(0, 5, '(art. 134 del D.Lgs. 18 agosto 2000, n. 267)', 0, 1, 'C');
$pdf->Ln(6);
$html = <<<HTML
<table cellpadding="4" border="1" style="font-size:11pt;">
<tr><td width="30%" style="background-color:#f0f0f0;">Tipo atto</td><td width="70%">DELIBERAZIONE DEL CONSIGLIO COMUNALE</td></tr>
<tr><td style="background-color:#f0f0f0;">Numero</td><td>41</td></tr>
<tr><td style="background-color:#f0f0f0;">Data</td><td>27/11/2025</td></tr>
<tr><td style="background-color:#f0f0f0;">Oggetto</td><td>Ratifica della deliberazione di Giunta Comunale n. 152 del 30/10/2025 avente ad oggetto "Variazione d'urgenza al bilancio di previsione 2025/2027 ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000".</td></tr>
<tr><td style="background-color:#f0f0f0;">Pubblicazione</td><td>Registro pubblicazioni n. 1976 dal 02/12/2025 al 17/12/2025</td></tr>
</table>
HTML;
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->Ln(6);
$pdf->SetFont('times', 'B', 11);
$pdf->Cell(0, 6, 'IL SEGRETARIO COMUNALE', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('times', '', 11);
$pdf->MultiCell(0, 6, "Visti gli atti d'ufficio,", 0, 'L', false, 1);
$pdf->Ln(1);
$pdf->SetFont('times', 'B', 11);
$pdf->Cell(0, 6, 'CERTIFICA', 0, 1, 'C');
$pdf->SetFont('times', '', 11);
$pdf->Ln(1);
$pdf->MultiCell(0, 6, "che la deliberazione sopra indicata, pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi senza opposizioni, è divenuta ESECUTIVA in data 13/12/2025, decorsi dieci giorni dalla sua pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 18 agosto 2000, n. 267.", 0, 'L', false, 1);
$pdf->Ln(8);
$pdf->Cell(0, 6, 'Scilla, 15/12/2025', 0, 1, 'L');
$pdf->Ln(4);
$pdf->SetX(110);
$pdf->MultiCell(78, 5, "IL SEGRETARIO COMUNALE\nDott. Giuseppe Arena\n(firmato digitalmente)", 0, 'C', false, 1);
$pdf->Output('/tmp/round15/mixed-15/certificato-scilla-tcpdf.pdf', 'F');
