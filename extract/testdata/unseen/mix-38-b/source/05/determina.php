<?php
// Comune di Stilo - determinazione del Responsabile d'Area, imitating a PHP (Laminas) web app print, made with TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');

class AttoPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavuserif', 'B', 15);
        $this->Cell(0, 7, 'COMUNE DI STILO', 0, 1, 'C');
        $this->SetFont('dejavuserif', '', 8.5);
        $this->Cell(0, 4, 'Città Metropolitana di Reggio Calabria', 0, 1, 'C');
        $this->Cell(0, 4, 'Via Tommaso Campanella – 89049 Stilo (RC) – PEC: protocollo@pec.comune.stilo.rc.it', 0, 1, 'C');
        $this->Line(15, $this->GetY() + 1.5, 195, $this->GetY() + 1.5);
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(90, 4, 'Reg. Gen. n. 96 del 17/04/2026', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 1, 'R');
        $this->SetFont('dejavusans', 'I', 6.5);
        $this->Cell(0, 4, 'Atto sottoscritto digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005 e successive modificazioni.', 0, 0, 'C');
    }
}

$pdf = new AttoPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Atti Web (Laminas) - modulo Determinazioni');
$pdf->SetAuthor('Comune di Stilo');
$pdf->SetTitle('Determinazione Reg. Gen. 96/2026');
$pdf->SetMargins(18, 34, 18);
$pdf->SetHeaderMargin(10);
$pdf->SetFooterMargin(14);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

$html = <<<HTML
<style>
 td.lab { background-color:#e8e8e8; font-weight:bold; font-size:8pt; }
 td.val { font-size:9pt; }
 p { text-align:justify; font-size:9.5pt; line-height:1.4; }
 h2 { text-align:center; font-size:11pt; }
</style>
<br>
<table cellpadding="4" border="1" width="100%">
 <tr><td colspan="4" align="center" style="font-size:11pt;font-weight:bold;">AREA AMMINISTRATIVA<br><span style="font-size:9pt;font-weight:normal;">Servizio Pubblica Istruzione e Trasporto Scolastico</span></td></tr>
 <tr><td class="lab" width="25%">DETERMINAZIONE</td><td class="val" width="25%">Registro di Area n. 31<br>del 16/04/2026</td>
     <td class="lab" width="25%">REGISTRO GENERALE</td><td class="val" width="25%">N. 96<br>del 17/04/2026</td></tr>
</table>
<br><br>
<table cellpadding="3" border="0" width="100%"><tr><td width="15%"><b>OGGETTO:</b></td><td width="85%"><b>Servizio di trasporto scolastico a.s. 2025/2026 – Liquidazione fatture periodo gennaio–marzo 2026 in favore della ditta Autolinee Locride Bus s.r.l. – CIG B2F0A19D77.</b></td></tr></table>
<h2>IL RESPONSABILE DELL'AREA AMMINISTRATIVA</h2>
<p><b>Visto</b> il decreto sindacale n. 3 del 15/01/2026, con il quale è stata attribuita alla sottoscritta la responsabilità dell'Area Amministrativa con le funzioni di cui all'art. 107 del D.Lgs. 267/2000;</p>
<p><b>Richiamata</b> la propria determinazione n. 58 (Reg. Gen. n. 211) del 28/08/2025, con la quale il servizio di trasporto scolastico per l'anno scolastico 2025/2026 è stato affidato alla ditta Autolinee Locride Bus s.r.l., con sede in Siderno (RC), P.IVA 02871450809, per l'importo complessivo di € 48.600,00 oltre IVA al 10%, ed è stato assunto il relativo impegno di spesa n. 402/2025;</p>
<p><b>Viste</b> le fatture elettroniche n. 14/PA del 31/01/2026 di € 5.940,00, n. 27/PA del 28/02/2026 di € 5.940,00 e n. 41/PA del 31/03/2026 di € 5.940,00, IVA compresa, acquisite al protocollo dell'Ente;</p>
<p><b>Accertata</b> la regolare esecuzione del servizio, come da attestazione del referente dell'Istituto Comprensivo in data 07/04/2026, e verificata la regolarità contributiva della ditta mediante DURC prot. INPS_49877215 con scadenza 12/07/2026;</p>
<p><b>Dato atto</b> che la sottoscritta non si trova in situazioni di conflitto di interessi, anche potenziale, ai sensi dell'art. 6-bis della Legge 241/1990;</p>
<p><b>Visto</b> il D.Lgs. 267/2000 e in particolare l'art. 184;</p>
<h2>DETERMINA</h2>
<table cellpadding="2" border="0" width="100%">
<tr><td width="5%">•</td><td width="95%"><p>di liquidare alla ditta Autolinee Locride Bus s.r.l. la somma complessiva di € 17.820,00 a saldo delle fatture indicate in premessa, di cui € 16.200,00 per imponibile ed € 1.620,00 per IVA da versare all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/1972 (split payment);</p></td></tr>
<tr><td>•</td><td><p>di imputare la spesa sull'impegno n. 402/2025, Missione 04, Programma 06, capitolo 1450 del bilancio 2026, gestione residui;</p></td></tr>
<tr><td>•</td><td><p>di trasmettere il presente atto al Responsabile dell'Area Economico-Finanziaria per l'emissione del mandato di pagamento sul conto corrente dedicato comunicato ai sensi della Legge 136/2010;</p></td></tr>
<tr><td>•</td><td><p>di pubblicare la presente determinazione all'Albo Pretorio on line per quindici giorni consecutivi.</p></td></tr>
</table>
<br>
<table cellpadding="2" border="0" width="100%"><tr><td width="50%">Stilo, 17/04/2026</td><td width="50%" align="center">IL RESPONSABILE DELL'AREA AMMINISTRATIVA<br>Dott.ssa Caterina Franco</td></tr></table>
<br><br>
<table cellpadding="5" border="1" width="100%" nobr="true"><tr><td style="font-size:8pt;"><b>ATTESTAZIONE DI PUBBLICAZIONE</b><br>Copia della presente determinazione è pubblicata all'Albo Pretorio on line dal 17/04/2026 al 02/05/2026 – n. 188 del Registro delle pubblicazioni.<br>Il Responsabile della pubblicazione – Sig. Domenico Muià</td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output(__DIR__ . '/determina-stilo-laminas.pdf', 'F');
