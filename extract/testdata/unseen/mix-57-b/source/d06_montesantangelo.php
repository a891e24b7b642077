<?php
// Determinazione dirigenziale of the Città di Monte Sant'Angelo, printed by a
// PHP web application with TCPDF: Header()/Footer() overridden (letterhead on
// every page, "Pagina x di y", a barcode caption), body with writeHTML().
require_once('/usr/share/php/tcpdf/tcpdf.php');

class AttoPDF extends TCPDF {
    public function Header() {
        $this->SetFont('helvetica', 'B', 14);
        $this->SetXY(15, 10);
        $this->Cell(0, 7, "CITTÀ DI MONTE SANT'ANGELO", 0, 1, 'C');
        $this->SetFont('helvetica', '', 8.5);
        $this->Cell(0, 4, 'Provincia di Foggia', 0, 1, 'C');
        $this->Cell(0, 4, 'Sito UNESCO "I Longobardi in Italia. I luoghi del potere"', 0, 1, 'C');
        $this->Line(15, 28, 195, 28);
    }
    public function Footer() {
        $this->SetY(-16);
        $this->SetFont('helvetica', '', 7);
        $this->Cell(90, 4, 'Det. Dir. Reg. Gen. n. 152/2026 - Settore III', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 1, 'R');
        $this->Cell(0, 4, 'Id documento: DET-2026-000152  -  Impronta SHA-256: 9f3a1c7e...b20d', 0, 0, 'L');
    }
}

$pdf = new AttoPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Gestione Atti Amministrativi');
$pdf->SetTitle('Determinazione dirigenziale 152/2026');
$pdf->SetMargins(18, 33, 18);
$pdf->SetHeaderMargin(8);
$pdf->SetFooterMargin(14);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();
$pdf->SetFont('helvetica', '', 10);

$html = <<<EOD
<table cellpadding="4" border="1">
<tr><td width="100%" align="center" bgcolor="#e9eef5"><b>SETTORE III – LAVORI PUBBLICI, URBANISTICA E AMBIENTE</b><br/>Servizio Ambiente e Igiene Urbana</td></tr>
</table>
<br/><br/>
<table cellpadding="3" border="0">
<tr><td width="50%"><b>DETERMINAZIONE DIRIGENZIALE</b></td><td width="50%" align="right">Registro Generale <b>n. 152</b> del <b>12/02/2026</b></td></tr>
<tr><td width="50%"></td><td width="50%" align="right">Registro di Settore n. 47 del 11/02/2026</td></tr>
</table>
<br/><br/>
<table cellpadding="4" border="0"><tr><td width="17%"><b>OGGETTO:</b></td><td width="83%"><b>Servizio di disinfestazione e derattizzazione del territorio comunale per l'anno 2026. Determina a contrarre e affidamento diretto alla ditta Igiene Garganica s.r.l. – CIG B6F2A17C93.</b></td></tr></table>
<br/>
<p align="center"><b>IL DIRIGENTE DEL SETTORE III</b></p>
<p align="justify">VISTO il decreto sindacale n. 2 del 08/01/2026, di conferimento dell'incarico dirigenziale del Settore III;</p>
<p align="justify">PREMESSO che occorre garantire, nel periodo marzo-ottobre 2026, gli interventi periodici di disinfestazione larvicida e adulticida e di derattizzazione nelle aree pubbliche del centro abitato e delle frazioni di Macchia e Ruggiano, nonché presso gli edifici scolastici comunali;</p>
<p align="justify">CONSIDERATO che il servizio non è presente tra le convenzioni attive di Consip S.p.A. e che il valore stimato, pari a € 24.800,00 oltre IVA, consente l'affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023;</p>
<p align="justify">VISTA l'offerta presentata tramite la piattaforma telematica dalla ditta Igiene Garganica s.r.l., con sede in Manfredonia, per l'importo di € 23.950,00 oltre IVA, ritenuta congrua;</p>
<p align="justify">ACCERTATA la regolarità tecnica del presente atto ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000;</p>
<p align="center"><b>DETERMINA</b></p>
<ol>
<li>di dare atto che la premessa costituisce parte integrante e sostanziale del presente provvedimento;</li>
<li>di affidare alla ditta Igiene Garganica s.r.l., P.IVA 03982110717, il servizio di disinfestazione e derattizzazione del territorio comunale per l'anno 2026, per l'importo di € 23.950,00 oltre IVA al 22%;</li>
<li>di impegnare la spesa complessiva di € 29.219,00 sulla missione 09, programma 03, capitolo 1736 del bilancio di previsione 2026/2028, esercizio 2026;</li>
<li>di stabilire che il contratto sarà stipulato mediante scambio di lettere commerciali tramite PEC;</li>
<li>di nominare Responsabile Unico del Progetto l'Ing. Michele Prencipe, funzionario del Servizio Ambiente;</li>
<li>di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "Amministrazione Trasparente – Bandi di gara e contratti".</li>
</ol>
<br/>
<table cellpadding="2"><tr><td width="50%">Monte Sant'Angelo, 12/02/2026</td><td width="50%" align="center">IL DIRIGENTE<br/>Arch. Giovanna Taronna<br/><i><font size="7">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</font></i></td></tr></table>
<br/><br/>
<table cellpadding="4" border="1"><tr><td><font size="8"><b>VISTO DI REGOLARITÀ CONTABILE</b> attestante la copertura finanziaria (art. 151, comma 4, D.Lgs. 267/2000): FAVOREVOLE. Impegno n. 418/2026. Il Dirigente del Settore II – Servizi Finanziari, Dott. Raffaele Mazzamurro, 12/02/2026.</font></td></tr></table>
EOD;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
