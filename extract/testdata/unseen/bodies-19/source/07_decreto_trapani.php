<?php
// Libero Consorzio Comunale di Trapani – decreto del Commissario Straordinario,
// imitating an APKappa (Hypersic/Sicr@web-like) print. TCPDF from Debian's php-tcpdf.
require_once('/usr/share/php/tcpdf/tcpdf.php');

$out = $argv[1];

class Decreto extends TCPDF {
    public function Header() {
        $this->SetY(10);
        $this->SetDrawColor(150, 0, 0);
        $this->SetFillColor(150, 0, 0);
        $this->Rect(15, 10, 15, 17, 'DF');
        $this->SetFont('helvetica', 'B', 13);
        $this->SetXY(34, 10.5);
        $this->Cell(0, 6, 'LIBERO CONSORZIO COMUNALE DI TRAPANI', 0, 1, 'L');
        $this->SetFont('helvetica', '', 8.5);
        $this->SetX(34);
        $this->Cell(0, 4.2, '(L.R. 4 agosto 2015, n. 15 – già Provincia Regionale di Trapani)', 0, 1, 'L');
        $this->SetX(34);
        $this->Cell(0, 4.2, 'Piazza Vittorio Veneto, 2 – 91100 Trapani – C.F. 80003970814 – PEC: provincia.trapani@cert.prontotp.net', 0, 1, 'L');
        $this->SetLineWidth(0.5);
        $this->Line(15, 29.5, 195, 29.5);
        $this->SetLineWidth(0.2);
        $this->SetDrawColor(0, 0, 0);
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('helvetica', '', 7.5);
        $this->Cell(120, 4, 'Decreto del Commissario Straordinario n. 9 del 14/02/2025', 'T', 0, 'L');
        $this->Cell(0, 4, 'Pag. ' . $this->getAliasNumPage() . '/' . $this->getAliasNbPages(), 'T', 0, 'R');
    }
}

$pdf = new Decreto('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('APKappa - Atti Digitali');
$pdf->SetAuthor('Libero Consorzio Comunale di Trapani');
$pdf->SetTitle('Decreto del Commissario Straordinario n. 9 del 14/02/2025');
$pdf->SetMargins(18, 36, 18);
$pdf->SetHeaderMargin(8);
$pdf->SetFooterMargin(12);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

$html = <<<HTML
<style>
 td.l { background-color: #f1e4e4; font-weight: bold; }
 p { text-align: justify; }
</style>
<table border="1" cellpadding="5" cellspacing="0" style="font-family: helvetica; font-size: 11pt;">
 <tr><td align="center" width="100%"><b>DECRETO DEL COMMISSARIO STRAORDINARIO</b><br/><span style="font-size:9pt">adottato con i poteri del Presidente del Libero Consorzio Comunale</span></td></tr>
</table>
<br/><br/>
<table border="1" cellpadding="4" cellspacing="0" style="font-family: helvetica; font-size: 9.5pt;">
 <tr><td class="l" width="25%">Numero</td><td width="25%">9</td><td class="l" width="25%">Data</td><td width="25%">14/02/2025</td></tr>
 <tr><td class="l">Struttura proponente</td><td colspan="3">Settore 1 – Affari Generali e Risorse Umane</td></tr>
</table>
<br/><br/>
<table border="0" cellpadding="2" cellspacing="0" style="font-family: dejavuserifcondensed; font-size: 10.5pt;">
 <tr><td width="17%"><b>OGGETTO:</b></td><td width="83%" style="text-align:justify"><b>Conferimento dell'incarico di direzione del Settore 3 “Viabilità, Trasporti e Protezione Civile” all'Ing. Salvatore Giacalone, Dirigente tecnico a tempo indeterminato.</b></td></tr>
</table>
<hr/>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');

$body = <<<HTML
<div style="font-family: dejavuserifcondensed; font-size: 10.5pt; line-height: 1.35;">
<p align="center"><b>IL COMMISSARIO STRAORDINARIO</b></p>
<p>nominato con Decreto del Presidente della Regione Siciliana n. 511/Serv.1°/S.G. del 10/10/2024, con i poteri del Presidente, della Giunta e del Consiglio del Libero Consorzio Comunale di Trapani;</p>
<p><b>VISTA</b> la L.R. 4 agosto 2015, n. 15, e successive modifiche e integrazioni, recante disposizioni in materia di liberi Consorzi comunali e Città metropolitane;</p>
<p><b>VISTO</b> l'art. 50, comma 10, e l'art. 109 del D.Lgs. 18 agosto 2000, n. 267, come recepiti nell'ordinamento regionale, in materia di attribuzione degli incarichi dirigenziali;</p>
<p><b>VISTO</b> il vigente Regolamento sull'ordinamento degli uffici e dei servizi e, in particolare, le disposizioni relative al conferimento e alla revoca degli incarichi dirigenziali;</p>
<p><b>RICHIAMATA</b> la deliberazione del Commissario Straordinario con i poteri della Giunta n. 112 del 19/12/2024, con la quale è stata approvata la nuova macrostruttura dell'Ente, articolata in sei Settori, con decorrenza 1° gennaio 2025;</p>
<p><b>CONSIDERATO</b> che il Settore 3 “Viabilità, Trasporti e Protezione Civile” risulta privo di titolare a seguito del collocamento a riposo del dirigente in servizio, a far data dal 1° febbraio 2025;</p>
<p><b>VALUTATI</b> il curriculum professionale, le competenze tecniche e l'esperienza maturata dall'Ing. Salvatore Giacalone, dirigente tecnico a tempo indeterminato, già responsabile del Servizio Edilizia scolastica;</p>
<p><b>ACQUISITA</b> la dichiarazione di insussistenza di cause di inconferibilità e incompatibilità resa dall'interessato ai sensi dell'art. 20 del D.Lgs. 8 aprile 2013, n. 39, acquisita al prot. n. 4127 del 12/02/2025;</p>
<p align="center"><b>D E C R E T A</b></p>
<table border="0" cellpadding="2" cellspacing="0">
 <tr><td width="6%">1.</td><td width="94%" style="text-align:justify">di conferire all'Ing. Salvatore Giacalone l'incarico di direzione del Settore 3 “Viabilità, Trasporti e Protezione Civile”, con decorrenza dalla data del presente decreto e fino alla scadenza del mandato degli organi ordinari dell'Ente, e comunque per un periodo non superiore a tre anni;</td></tr>
 <tr><td>2.</td><td style="text-align:justify">di attribuire al dirigente incaricato le funzioni di cui all'art. 107 del D.Lgs. n. 267/2000, la responsabilità delle risorse umane, strumentali e finanziarie assegnate al Settore con il Piano Esecutivo di Gestione e la titolarità del potere di spesa sui relativi capitoli;</td></tr>
 <tr><td>3.</td><td style="text-align:justify">di dare atto che al dirigente spetta il trattamento economico previsto dal vigente CCNL dell'Area Funzioni Locali, con la retribuzione di posizione corrispondente alla graduazione del Settore 3 approvata con la deliberazione n. 112 del 19/12/2024;</td></tr>
 <tr><td>4.</td><td style="text-align:justify">di notificare il presente decreto all'interessato e di trasmetterlo al Segretario Generale, al Settore 1 – Affari Generali e Risorse Umane e al Nucleo di Valutazione;</td></tr>
 <tr><td>5.</td><td style="text-align:justify">di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione “Amministrazione Trasparente – Personale – Titolari di incarichi dirigenziali” del sito istituzionale.</td></tr>
</table>
<br/><br/>
<table border="0" cellpadding="2"><tr><td width="50%"></td><td width="50%" align="center">IL COMMISSARIO STRAORDINARIO<br/><b>Dott. Raimondo Cerami</b><br/><i><span style="font-size:8pt">Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. n. 39/1993</span></i></td></tr></table>
</div>
HTML;
$pdf->writeHTML($body, true, false, true, false, '');

$pub = <<<HTML
<br/>
<table border="1" cellpadding="5" cellspacing="0" style="font-family: helvetica; font-size: 8.5pt;" nobr="true">
 <tr><td><b>REGISTRAZIONE E PUBBLICAZIONE</b><br/>Il presente decreto è stato registrato al n. 9 del Registro dei Decreti del Commissario Straordinario in data 14/02/2025 ed è pubblicato all'Albo Pretorio on line dell'Ente dal 17/02/2025 al 03/03/2025 (n. 318 del registro di pubblicazione).<br/>Il Responsabile dell'Albo Pretorio – Sig. Giuseppe Ingardia</td></tr>
</table>
HTML;
$pdf->writeHTML($pub, true, false, true, false, '');
$pdf->Output($out, 'F');
