<?php
// Ordinanza of Serravalle Scrivia: a PHP web application rendering a Smarty-style template through TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');
class OrdPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavuserif', 'B', 14);
        $this->SetY(10);
        $this->Cell(0, 7, 'COMUNE DI SERRAVALLE SCRIVIA', 0, 1, 'C');
        $this->SetFont('dejavuserif', '', 8.5);
        $this->Cell(0, 4, 'Provincia di Alessandria', 0, 1, 'C');
        $this->Cell(0, 4, 'SETTORE POLIZIA LOCALE', 0, 1, 'C');
        $this->Cell(0, 4, 'Via Berthoud, 49 – 15069 Serravalle Scrivia (AL) – tel. 0143 609411', 0, 1, 'C');
        $this->Line(15, 29, 195, 29);
    }
    public function Footer() {
        $this->SetY(-16);
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(0, 4, 'Ordinanza n. 31/2026 – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(), 0, 0, 'R');
    }
}
$pdf = new OrdPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('SmartyPA 3.1 / TCPDF');
$pdf->SetAuthor('Comune di Serravalle Scrivia - Polizia Locale');
$pdf->SetTitle('Ordinanza n. 31/2026');
$pdf->SetMargins(20, 34, 20);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', '', 10.5);
$html = <<<HTML
<table cellpadding="4" border="1"><tr>
<td width="50%"><b>ORDINANZA N. 31 / 2026</b></td>
<td width="50%" align="right">Serravalle Scrivia, 13/04/2026</td></tr>
<tr><td colspan="2">Prot. n. 5592 – Classif. 6.7</td></tr></table>
<p></p>
<p><b>OGGETTO:</b> Disciplina temporanea della circolazione stradale in Via Berthoud e Piazza Carducci in occasione della manifestazione “Serravalle in Fiore” del 26 aprile 2026.</p>
<p style="text-align:center"><b>IL COMANDANTE DELLA POLIZIA LOCALE</b></p>
<p style="text-align:justify">Vista la richiesta presentata dall’Associazione Commercianti Serravallesi, acquisita al prot. n. 4870 del 27/03/2026, intesa ad ottenere la chiusura al traffico di Via Berthoud e di Piazza Carducci per lo svolgimento della mostra mercato florovivaistica “Serravalle in Fiore” in programma domenica 26 aprile 2026;</p>
<p style="text-align:justify">Vista la deliberazione della Giunta Comunale n. 33 del 02/04/2026, con la quale è stato concesso il patrocinio alla manifestazione;</p>
<p style="text-align:justify">Ritenuto necessario, per garantire la sicurezza dei partecipanti e la fluidità della circolazione, adottare provvedimenti temporanei di limitazione del traffico veicolare;</p>
<p style="text-align:justify">Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione; visto l’art. 107 del D.Lgs. 267/2000; visto il decreto sindacale n. 6 del 10/01/2026 di attribuzione delle funzioni;</p>
<p style="text-align:center"><b>O R D I N A</b></p>
<p style="text-align:justify">dalle ore 6:00 alle ore 21:00 di domenica 26 aprile 2026:</p>
<table cellpadding="2">
<tr><td width="7%">1)</td><td width="93%" style="text-align:justify">il divieto di transito e di sosta con rimozione forzata per tutti i veicoli in Via Berthoud, nel tratto compreso tra Via Roma e Piazza Carducci, e in Piazza Carducci;</td></tr>
<tr><td>2)</td><td style="text-align:justify">l’istituzione del doppio senso di circolazione in Via Martiri della Benedicta, nel tratto compreso tra Via Arquata e Via Roma;</td></tr>
<tr><td>3)</td><td style="text-align:justify">la deviazione delle linee del trasporto pubblico locale lungo il percorso Via Arquata – Via Novi – Corso Italia;</td></tr>
<tr><td>4)</td><td style="text-align:justify">l’esclusione dai divieti di cui al punto 1) dei veicoli di soccorso, delle forze di polizia e di quelli al servizio degli espositori, limitatamente alle operazioni di carico e scarico dalle ore 6:00 alle ore 8:30 e dalle ore 19:00 alle ore 21:00.</td></tr>
</table>
<p style="text-align:justify">L’Associazione organizzatrice è incaricata della collocazione e della rimozione della prescritta segnaletica, che dovrà essere posta in opera almeno 48 ore prima dell’inizio dei divieti.</p>
<p style="text-align:justify">Gli agenti della Polizia Locale e gli altri organi di cui all’art. 12 del Codice della Strada sono incaricati della vigilanza sull’osservanza della presente ordinanza.</p>
<p style="text-align:justify">Avverso il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell’art. 37, comma 3, del D.Lgs. 285/1992.</p>
<p></p>
<table><tr><td width="45%"></td><td width="55%" align="center">IL COMANDANTE DELLA POLIZIA LOCALE<br/>Comm. Sergio Repetto<br/><i>(firmato digitalmente)</i></td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
