<?php
// Unione di Comuni Montana Colline Metallifere – determinazione 87/2026
// HTML template rendered through TCPDF's writeHTML (the way spipu/html2pdf-based atti modules print)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class UPDF extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans', 'B', 12);
    $this->SetY(10);
    $this->Cell(0, 6, 'UNIONE DI COMUNI MONTANA COLLINE METALLIFERE', 0, 1, 'C');
    $this->SetFont('dejavusans', '', 8);
    $this->Cell(0, 4, 'Massa Marittima – Monterotondo Marittimo – Montieri  |  Provincia di Grosseto', 0, 1, 'C');
    $this->Cell(0, 4, 'Piazza Dante Alighieri, 4 – 58024 Massa Marittima (GR) – PEC: unionecollinemetallifere@postacert.toscana.it', 0, 1, 'C');
    $this->Line(15, 27, 195, 27);
  }
  public function Footer() {
    $this->SetY(-15);
    $this->SetFont('dejavusans', 'I', 7);
    $this->Cell(120, 4, 'Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 e conservato a norma nel sistema documentale dell\'Ente', 0, 0, 'L');
    $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new UPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Gestione Atti – modulo Determine (html2pdf)');
$pdf->SetAuthor('Unione di Comuni Montana Colline Metallifere');
$pdf->SetTitle('Determinazione n. 87 del 10/03/2026');
$pdf->SetMargins(18, 32, 18); $pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();
$style = array('position' => '', 'border' => false, 'padding' => 0, 'fgcolor' => array(0,0,0), 'bgcolor' => false, 'text' => true, 'font' => 'dejavusans', 'fontsize' => 6, 'stretchtext' => 4);
$pdf->write1DBarcode('UCM-DET-2026-000087', 'C128', 132, 29, 63, 11, 0.4, $style, 'N');
$pdf->SetFont('dejavusans', '', 6.5);
$pdf->SetXY(132, 40.5);
$pdf->Cell(63, 3, 'Identificativo documento – registro determinazioni 2026', 0, 1, 'L');
$pdf->SetY(32);
$pdf->SetFont('dejavusans', '', 9.5);
$html = <<<HTML
<table cellpadding="3" border="0"><tr>
<td width="60%"><b>AREA TECNICA</b><br/><span style="font-size:8.5pt">Servizio Forestazione e Vincolo Idrogeologico</span></td>
<td width="40%"></td>
</tr></table>
<br/>
<h3 style="text-align:center">DETERMINAZIONE N. 87 DEL 10/03/2026</h3>
<table cellpadding="5" border="1" style="border-color:#666"><tr>
<td width="18%" style="background-color:#eeeeee"><b>OGGETTO:</b></td>
<td width="82%">L.R. 39/2000 – Interventi di manutenzione straordinaria della viabilità forestale nel complesso agricolo-forestale regionale “Poggio Ballone” – Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Boscaioli Maremmani Soc. Coop. – CIG B7A2C41F09</td>
</tr></table>
<br/>
<p style="text-align:center"><b>IL RESPONSABILE DELL’AREA TECNICA</b></p>
<p style="text-align:justify">Richiamati il decreto del Presidente dell’Unione n. 2 del 07/01/2026, di conferimento dell’incarico di Elevata Qualificazione dell’Area Tecnica, e la deliberazione della Giunta dell’Unione n. 6 del 29/01/2026, di approvazione del Piano Esecutivo di Gestione 2026/2028;</p>
<p style="text-align:justify">Premesso che la Regione Toscana, con decreto dirigenziale n. 2214 del 03/02/2026, ha assegnato all’Unione le risorse per la gestione del patrimonio agricolo-forestale regionale per l’annualità 2026, comprendenti interventi di ripristino del fondo stradale, di regimazione delle acque superficiali e di ripulitura delle banchine lungo le piste forestali del complesso “Poggio Ballone”;</p>
<p style="text-align:justify">Visto il preventivo della ditta Boscaioli Maremmani Soc. Coop., con sede in Gavorrano (GR), acquisito tramite la piattaforma START in data 05/03/2026, per un importo di € 38.750,00 oltre IVA, ritenuto congruo in rapporto ai prezzi del prezzario regionale dei lavori forestali;</p>
<p style="text-align:justify">Accertato il possesso dei requisiti di ordine generale e speciale dell’operatore economico, verificati attraverso il Fascicolo Virtuale dell’Operatore Economico;</p>
<p style="text-align:center"><b>DETERMINA</b></p>
<p style="text-align:justify"><b>DI AFFIDARE</b> alla ditta Boscaioli Maremmani Soc. Coop., P.IVA 01582340538, gli interventi di manutenzione straordinaria della viabilità forestale nel complesso “Poggio Ballone”, per l’importo di € 38.750,00 oltre IVA 22%, per complessivi € 47.275,00;</p>
<p style="text-align:justify"><b>DI IMPEGNARE</b> la spesa di € 47.275,00 sul Capitolo 9612/10 “Interventi patrimonio agricolo-forestale – fondi regionali” del bilancio 2026/2028, esercizio 2026;</p>
<p style="text-align:justify"><b>DI DARE ATTO</b> che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023, e che i lavori dovranno concludersi entro il 30/06/2026;</p>
<p style="text-align:justify"><b>DI PUBBLICARE</b> il presente atto all’Albo Pretorio on line e nella sezione “Amministrazione trasparente – Bandi di gara e contratti”.</p>
<br/>
<table cellpadding="2"><tr><td width="50%">Massa Marittima, 10/03/2026</td>
<td width="50%" align="center">Il Responsabile dell’Area Tecnica<br/>Ing. Stefano Mencarelli<br/><i>(firmato digitalmente)</i></td></tr></table>
<br/><br/>
<table cellpadding="4" border="1" style="border-color:#999;font-size:8pt"><tr><td>
<b>ATTESTAZIONE DI COPERTURA FINANZIARIA</b> – Si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 188/2026 di € 47.275,00. Massa Marittima, 10/03/2026. Il Responsabile del Servizio Finanziario, Rag. Cinzia Bindi.
</td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->SetFont('dejavusans', '', 8);
$pdf->Cell(0, 4, 'Responsabile del procedimento: Dott. For. Irene Bartalucci', 0, 1, 'L');
$pdf->Output($argv[1], 'F');
