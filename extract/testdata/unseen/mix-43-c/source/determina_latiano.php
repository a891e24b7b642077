<?php
// Comune di Latiano - determinazione R.G. n. 212/2026 (TCPDF, web-application print of an atti package)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class DetPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', '', 6.5);
        $this->SetXY(15, 9); $this->Cell(16, 16, '[stemma]', 1, 0, 'C');
        $this->SetXY(34, 9);
        $this->SetFont('dejavusans', 'B', 15); $this->Cell(0, 7, 'COMUNE DI LATIANO', 0, 2, 'L');
        $this->SetFont('dejavusans', '', 8.5); $this->Cell(0, 4.5, 'Provincia di Brindisi', 0, 2, 'L');
        $this->Cell(0, 4.5, '72022 Latiano (BR)', 0, 2, 'L');
        $this->Line(15, 28, 195, 28);
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 7);
        $this->Line(15, $this->GetY(), 195, $this->GetY());
        $this->Cell(120, 6, 'Determinazione R.G. n. 212 del 16/03/2026 - Settore Affari Generali e Servizi alla Persona', 0, 0, 'L');
        $this->Cell(0, 6, 'Pagina ' . $this->getAliasNumPage() . '/' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}
$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Atti Amministrativi - modulo Determine');
$pdf->SetAuthor('Comune di Latiano');
$pdf->SetTitle('Determinazione n. 212 del 16/03/2026');
$pdf->SetMargins(15, 33, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 9.5);
$html = <<<HTML
<table cellpadding="4" border="1" style="border-color:#000">
<tr><td colspan="2" align="center" style="background-color:#dde4ee"><b>SETTORE AFFARI GENERALI E SERVIZI ALLA PERSONA</b><br/>Servizio Pubblica Istruzione</td></tr>
<tr><td colspan="2" align="center"><b>DETERMINAZIONE DEL RESPONSABILE DEL SETTORE</b></td></tr>
<tr><td width="50%">Registro Generale<br/><b>N. 212 del 16/03/2026</b></td><td width="50%">Registro di Settore<br/><b>N. 41 del 13/03/2026</b></td></tr>
</table>
<p></p>
<table cellpadding="2"><tr><td width="17%"><b>OGGETTO:</b></td><td width="83%"><b>Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fattura n. 18/PA del 28/02/2026 alla ditta “Ristor Sud S.r.l.” – CIG B4C7E1F2A9.</b></td></tr></table>
<p></p>
<p align="center"><b>IL RESPONSABILE DEL SETTORE</b></p>
<p align="justify"><b>Visto</b> il decreto sindacale n. 9 del 02/01/2026, con il quale alla sottoscritta è stato conferito l'incarico di Elevata Qualificazione del Settore Affari Generali e Servizi alla Persona;</p>
<p align="justify"><b>Richiamata</b> la propria determinazione R.G. n. 588 del 05/09/2025, con la quale il servizio di refezione scolastica per l'anno scolastico 2025/2026 è stato affidato alla ditta “Ristor Sud S.r.l.”, con sede in Francavilla Fontana, per l'importo unitario di € 4,35 oltre IVA per pasto, e assunto il relativo impegno di spesa n. 1127/2025, reimputato all'esercizio 2026;</p>
<p align="justify"><b>Vista</b> la fattura elettronica n. 18/PA del 28/02/2026, acquisita al protocollo n. 4419 del 03/03/2026, dell'importo complessivo di € 18.436,20 (imponibile € 17.727,12, IVA al 4% € 709,08), relativa ai pasti erogati nel mese di febbraio 2026, il cui numero corrisponde alle presenze rilevate dal sistema informatizzato di prenotazione;</p>
<p align="justify"><b>Accertata</b> la regolarità contributiva della ditta mediante DURC prot. INAIL_52204118, con scadenza 19/06/2026;</p>
<p align="justify"><b>Dato atto</b> che non sussistono in capo alla sottoscritta situazioni di conflitto di interessi, anche potenziale, ai sensi dell'art. 6-bis della L. 241/1990;</p>
<p align="justify"><b>Visti</b> il D.Lgs. 267/2000, il D.Lgs. 118/2011 e il vigente Regolamento di contabilità;</p>
<p align="center"><b>DETERMINA</b></p>
<table cellpadding="2">
<tr><td width="6%">1.</td><td width="94%" align="justify">di liquidare alla ditta “Ristor Sud S.r.l.” la somma di € 17.727,12 a titolo di imponibile della fattura n. 18/PA del 28/02/2026;</td></tr>
<tr><td>2.</td><td align="justify">di versare all'Erario l'IVA di € 709,08 secondo il meccanismo della scissione dei pagamenti (art. 17-ter del D.P.R. 633/1972);</td></tr>
<tr><td>3.</td><td align="justify">di imputare la spesa complessiva di € 18.436,20 alla missione 04, programma 06, capitolo 1452 “Refezione scolastica - prestazioni di servizi”, impegno n. 1127/2025 del bilancio 2026-2028, esercizio 2026;</td></tr>
<tr><td>4.</td><td align="justify">di trasmettere il presente provvedimento al Settore Economico-Finanziario per l'emissione del mandato di pagamento e di disporne la pubblicazione all'Albo Pretorio on line.</td></tr>
</table>
<p></p>
<table cellpadding="2"><tr><td width="50%"></td><td width="50%" align="center">Il Responsabile del Settore<br/><b>Dott.ssa Rosanna Caliandro</b><br/><i><font size="7">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</font></i></td></tr></table>
<p></p>
<table cellpadding="4" border="1" nobr="true"><tr><td><b>VISTO DI REGOLARITÀ CONTABILE</b><br/>Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.<br/>Latiano, 16/03/2026 &nbsp;&nbsp;&nbsp; Il Responsabile del Settore Economico-Finanziario &nbsp; Dott. Cosimo Argentieri</td></tr>
<tr><td><b>PUBBLICAZIONE</b><br/>La presente determinazione è pubblicata all'Albo Pretorio on line dal 17/03/2026 al 01/04/2026 con il n. 389 del Registro delle pubblicazioni.</td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
