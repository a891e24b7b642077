<?php
// Determinazione dirigenziale del Comune di Pontecagnano Faiano: an in-house CodeIgniter web app printing with TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');

class DetPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', '', 7);
        $this->SetTextColor(80, 80, 80);
        $this->SetY(8);
        $this->Cell(0, 4, 'Comune di Pontecagnano Faiano – Registro Generale Determinazioni N. 512/2026', 0, 0, 'L');
        $this->Cell(0, 4, '*DET-2026-000512*', 0, 1, 'R');
        $this->Line(15, 13, 195, 13);
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('dejavusans', '', 6.5);
        $this->SetTextColor(80, 80, 80);
        $this->Cell(0, 3.5, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.', 0, 1, 'L');
        $this->Cell(0, 3.5, 'Pag. ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Portale atti interno (CodeIgniter 3) / TCPDF');
$pdf->SetTitle('Determinazione Dirigenziale n. 512 del 18/03/2026');
$pdf->SetMargins(15, 18, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

$html = <<<HTML
<table cellpadding="2" border="0">
<tr><td width="18%" align="center" style="font-size:7pt;color:#777">[stemma]</td>
<td width="82%"><span style="font-size:15pt;font-weight:bold">CITTÀ DI PONTECAGNANO FAIANO</span><br/>
<span style="font-size:9pt">Provincia di Salerno</span><br/>
<span style="font-size:9pt;font-weight:bold">SETTORE SERVIZI SOCIALI E PUBBLICA ISTRUZIONE</span><br/>
<span style="font-size:8.5pt">Servizio Pubblica Istruzione</span></td></tr>
</table>
<br/>
<table cellpadding="4" border="1" style="font-size:9pt">
<tr style="background-color:#d9e2ec"><td colspan="4" align="center"><b>DETERMINAZIONE DIRIGENZIALE</b></td></tr>
<tr><td width="25%">Registro Generale</td><td width="25%"><b>N. 512 del 18/03/2026</b></td>
<td width="25%">Registro di Settore</td><td width="25%"><b>N. 61 del 16/03/2026</b></td></tr>
<tr><td>Proposta</td><td>N. 74 del 13/03/2026</td><td>Tipo</td><td>Liquidazione</td></tr>
</table>
<br/><br/>
<table cellpadding="3" border="0" style="font-size:9.5pt">
<tr><td width="14%"><b>OGGETTO:</b></td>
<td width="86%"><b>Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fattura n. 48/PA del 28/02/2026 alla ditta “La Mensa del Picentino S.r.l.” – periodo febbraio 2026 – CIG B1F27A3C59.</b></td></tr>
</table>
<br/>
<div style="text-align:center;font-weight:bold;font-size:10pt">IL DIRIGENTE</div>
<div style="text-align:justify;font-size:9.5pt;line-height:1.4">
<b>Premesso</b> che con determinazione dirigenziale R.G. n. 1394 del 07/08/2025 il servizio di refezione scolastica per le scuole dell’infanzia e primarie a tempo pieno del territorio comunale, per gli anni scolastici 2025/2026 e 2026/2027, è stato aggiudicato alla ditta “La Mensa del Picentino S.r.l.”, con sede in Bellizzi (SA), per l’importo di € 4,35 a pasto oltre IVA al 4%;<br/>
<b>Vista</b> la fattura elettronica n. 48/PA del 28/02/2026, acquisita al prot. n. 9120 del 03/03/2026, dell’importo di € 41.362,93 (imponibile € 39.772,05 – IVA 4% € 1.590,88), relativa a n. 9.143 pasti erogati nel mese di febbraio 2026;<br/>
<b>Accertata</b> la regolarità del servizio reso, come da attestazione del direttore dell’esecuzione del contratto in data 12/03/2026, e la corrispondenza del numero dei pasti con le rilevazioni giornaliere delle scuole;<br/>
<b>Acquisito</b> il DURC on line prot. INPS_49820577 con scadenza 22/06/2026, dal quale la ditta risulta in regola;<br/>
<b>Visti</b> il D.Lgs. 18 agosto 2000, n. 267, in particolare gli artt. 107, 183 e 184; il vigente Regolamento di contabilità; il decreto sindacale n. 3 del 09/01/2026 di conferimento dell’incarico dirigenziale;<br/>
<b>Attestata</b> la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;
</div>
<div style="text-align:center;font-weight:bold;font-size:10pt">DETERMINA</div>
<ul style="text-align:justify;font-size:9.5pt;line-height:1.4">
<li>di liquidare alla ditta “La Mensa del Picentino S.r.l.” la somma di € 39.772,05 a titolo di imponibile della fattura n. 48/PA del 28/02/2026, mediante bonifico sul conto corrente dedicato comunicato ai sensi dell’art. 3 della L. 136/2010;</li>
<li>di versare all’Erario l’IVA pari ad € 1.590,88 in regime di scissione dei pagamenti (art. 17-ter del D.P.R. 633/1972);</li>
<li>di imputare la spesa complessiva di € 41.362,93 sul capitolo 1420.3 “Servizio mensa scolastica”, impegno n. 2025/1872 – sub 2026/48, del bilancio 2026;</li>
<li>di trasmettere il presente atto al Settore Finanziario per l’emissione del mandato di pagamento.</li>
</ul>
<br/>
<table cellpadding="2" style="font-size:9.5pt"><tr><td width="50%">Pontecagnano Faiano, 18/03/2026</td>
<td width="50%" align="center">IL DIRIGENTE DEL SETTORE<br/><b>Dott.ssa Anna Maria Senatore</b><br/><span style="font-size:7.5pt">(firmato digitalmente)</span></td></tr></table>
<br/><br/>
<table cellpadding="4" border="1" style="font-size:8.5pt">
<tr style="background-color:#eeeeee"><td><b>VISTO DI REGOLARITÀ CONTABILE</b></td></tr>
<tr><td>Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Liquidazione n. 1011/2026.<br/>Pontecagnano Faiano, 18/03/2026 – IL DIRIGENTE DEL SETTORE FINANZIARIO – Dott. Carmine Apicella (firmato digitalmente)</td></tr>
</table>
<br/>
<table cellpadding="4" border="1" style="font-size:8.5pt">
<tr><td><b>PUBBLICAZIONE</b> – Pubblicata all’Albo Pretorio on line dal 19/03/2026 al 03/04/2026, n. 1187 del Registro delle pubblicazioni.</td></tr>
</table>
HTML;
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
