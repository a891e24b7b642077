<?php
// Imita la stampa di una determinazione dirigenziale di un gestionale web (TCPDF).
require_once('/usr/share/php/tcpdf/tcpdf.php');

class DetPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 13);
        $this->SetY(10);
        $this->Cell(0, 6, 'COMUNE DI SARONNO', 0, 1, 'C');
        $this->SetFont('dejavusans', '', 8);
        $this->Cell(0, 4, 'Provincia di Varese', 0, 1, 'C');
        $this->Cell(0, 4, 'Piazza della Repubblica, 7 – 21047 Saronno (VA)', 0, 1, 'C');
        $this->Line(15, 29, 195, 29);
    }
    public function Footer() {
        $this->SetY(-16);
        $this->SetFont('dejavusans', '', 7);
        $this->Line(15, $this->GetY() - 1, 195, $this->GetY() - 1);
        $this->Cell(120, 4, 'Determinazione dirigenziale R.G. n. 312 del 16/03/2026 – Proposta n. 398/2026', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 1, 'R');
        $this->Cell(0, 4, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate', 0, 0, 'L');
    }
}

$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Sistema Atti Amministrativi – modulo Determinazioni');
$pdf->SetTitle('Determinazione R.G. n. 312 del 16/03/2026');
$pdf->SetMargins(18, 34, 18);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'SETTORE OPERE PUBBLICHE E MANUTENZIONI', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 5, 'Servizio Manutenzione Strade e Verde Pubblico', 0, 1, 'L');
$pdf->Ln(2);

$box = '<table border="1" cellpadding="4" style="font-size:8.5pt">
<tr style="background-color:#dddddd;font-weight:bold;text-align:center">
<td colspan="2">DETERMINAZIONE DIRIGENZIALE</td></tr>
<tr><td width="50%">Registro generale<br><b>n. 312 del 16/03/2026</b></td>
<td width="50%">Registro di settore<br><b>n. 47 del 13/03/2026</b></td></tr>
<tr><td>Proposta n. 398 del 12/03/2026</td><td>Centro di responsabilità: 05 – LL.PP.</td></tr>
</table>';
$pdf->writeHTML($box, true, false, false, false, '');
$pdf->Ln(1);

$ogg = '<table cellpadding="3" style="font-size:9.5pt"><tr>
<td width="17%"><b>OGGETTO:</b></td>
<td width="83%"><b>AFFIDAMENTO DIRETTO, AI SENSI DELL\'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI POTATURA STRAORDINARIA DEI PLATANI DI VIALE SANTUARIO ALLA DITTA “VERDE INSUBRIA S.R.L.” – CIG B7A41C2E90 – IMPEGNO DI SPESA.</b></td>
</tr></table>';
$pdf->writeHTML($ogg, true, false, false, false, '');
$pdf->Ln(2);

$body = <<<HTML
<div style="text-align:center;font-weight:bold">IL DIRIGENTE</div>
<p style="text-align:justify">Richiamati il decreto sindacale n. 18 del 30/12/2025, con il quale al sottoscritto è stata attribuita la direzione del Settore Opere Pubbliche e Manutenzioni, e la deliberazione del Consiglio Comunale n. 81 del 22/12/2025 di approvazione del bilancio di previsione 2026/2028;</p>
<p style="text-align:justify">Premesso che a seguito della verifica di stabilità delle alberature eseguita dall'agronomo incaricato (relazione prot. n. 9874 del 02/03/2026) è emersa la necessità di procedere con urgenza alla potatura di contenimento e di rimonda del secco di n. 46 platani lungo viale Santuario, prima della ripresa vegetativa;</p>
<p style="text-align:justify">Dato atto che è stato richiesto, tramite la piattaforma regionale di e-procurement Sintel, un preventivo alla ditta Verde Insubria S.r.l., con sede in Caronno Pertusella (VA), la quale ha offerto l'importo di € 18.400,00 oltre IVA 22%, ritenuto congruo dal RUP;</p>
<p style="text-align:justify">Verificati il possesso dei requisiti e la regolarità contributiva dell'operatore economico (DURC prot. INAIL_51236788, scadenza 24/06/2026);</p>
<p style="text-align:justify">Visti il D.Lgs. 267/2000, in particolare gli artt. 107, 147-bis, 183 e 192, e il D.Lgs. 36/2023;</p>
<div style="text-align:center;font-weight:bold">DETERMINA</div>
<ol>
<li style="text-align:justify">di affidare alla ditta Verde Insubria S.r.l. (P.IVA 03318420126) il servizio di potatura straordinaria dei platani di viale Santuario per l'importo di € 18.400,00 oltre IVA 22%, per complessivi € 22.448,00;</li>
<li style="text-align:justify">di impegnare la spesa di € 22.448,00 alla Missione 09, Programma 02, capitolo 9120/3 “Manutenzione del verde pubblico – prestazioni di servizi” del bilancio 2026/2028, esercizio 2026;</li>
<li style="text-align:justify">di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;</li>
<li style="text-align:justify">di attestare la regolarità e correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;</li>
<li style="text-align:justify">di disporre la pubblicazione del presente provvedimento nella sezione “Amministrazione trasparente” ai sensi del D.Lgs. 33/2013.</li>
</ol>
<p>Saronno, 16/03/2026</p>
<table><tr><td width="50%"></td><td width="50%" style="text-align:center">IL DIRIGENTE DEL SETTORE<br>Ing. Luca Ferrario<br><span style="font-size:7pt">(firmato digitalmente)</span></td></tr></table>
HTML;
$pdf->SetFont('dejavuserif', '', 9);
$pdf->writeHTML($body, true, false, true, false, '');

$pdf->AddPage();
$pdf->SetFont('dejavusans', 'B', 9.5);
$pdf->Cell(0, 6, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 8.5);
$vis = '<p>Ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa.</p>
<table border="1" cellpadding="3" style="font-size:8pt">
<tr style="background-color:#eeeeee"><td>Impegno</td><td>Esercizio</td><td>Capitolo</td><td>Missione/Programma</td><td>Importo</td><td>Beneficiario</td></tr>
<tr><td>1184/2026</td><td>2026</td><td>9120/3</td><td>09.02</td><td>22.448,00</td><td>VERDE INSUBRIA S.R.L.</td></tr>
</table>
<p>Saronno, 16/03/2026 – Il Dirigente del Settore Finanziario, Dott.ssa Monica Brambilla (firmato digitalmente)</p>';
$pdf->writeHTML($vis, true, false, true, false, '');
$pdf->Output(getcwd() . '/determina-saronno.pdf', 'F');
