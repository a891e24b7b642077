<?php
// Ordinanza of the Comune di Peschici: HTML written for Spipu html2pdf, rendered with TCPDF's writeHTML
require_once('/usr/share/php/tcpdf/tcpdf.php');
class Ord extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', '', 7);
        $this->SetY(8);
        $this->Cell(0, 4, 'Comune di Peschici - Ordinanza n. 12/2026', 0, 0, 'R');
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(0, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate', 'T', 1, 'L');
        $this->Cell(0, 4, 'Pag. '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
    }
}
$pdf = new Ord('P', 'mm', 'A4', true, 'UTF-8');
$pdf->SetCreator('html2pdf');
$pdf->SetTitle('Ordinanza n. 12 del 16/03/2026');
$pdf->SetMargins(20, 16, 20);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', '', 10);
$html = <<<HTML
<table cellpadding="2"><tr>
<td width="18%" align="center" style="border:0.3px solid #888;font-size:7px;color:#888"><br><br>STEMMA<br><br></td>
<td width="82%"><span style="font-size:17px;font-weight:bold">COMUNE DI PESCHICI</span><br>
<span style="font-size:10px">Provincia di Foggia</span><br>
<span style="font-size:9px;font-weight:bold">SETTORE POLIZIA LOCALE</span><br>
<span style="font-size:8px">Via Roma – 71010 Peschici (FG)</span></td></tr></table>
<hr>
<p style="text-align:center;font-size:13px;font-weight:bold">ORDINANZA N. 12 DEL 16/03/2026</p>
<table cellpadding="4" style="border:0.5px solid #000"><tr><td width="16%"><b>OGGETTO:</b></td>
<td width="84%"><b>Disciplina temporanea della circolazione e della sosta in Corso Garibaldi e in Via Roma per i lavori di rifacimento della rete fognaria – dal 23 marzo al 30 aprile 2026.</b></td></tr></table>
<p style="text-align:center;font-weight:bold">IL RESPONSABILE DEL SETTORE POLIZIA LOCALE</p>
<p style="text-align:justify"><b>PREMESSO</b> che con nota prot. n. 2955 del 10/03/2026 l'impresa Gargano Scavi s.r.l., esecutrice dei lavori di rifacimento della rete fognaria per conto dell'Acquedotto Pugliese S.p.A., ha comunicato l'avvio del cantiere in Corso Garibaldi e in Via Roma a far data dal 23 marzo 2026;</p>
<p style="text-align:justify"><b>CONSIDERATO</b> che, per garantire la sicurezza della circolazione e dei pedoni e consentire l'esecuzione dei lavori, è necessario interdire il transito e la sosta dei veicoli nei tratti interessati dal cantiere;</p>
<p style="text-align:justify"><b>VISTI</b> gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;</p>
<p style="text-align:justify"><b>VISTO</b> l'art. 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto sindacale n. 6 del 02/02/2026 di attribuzione delle funzioni;</p>
<p style="text-align:center;font-weight:bold;font-size:12px">O R D I N A</p>
<p style="text-align:justify">dalle ore 7:00 del 23 marzo 2026 alle ore 19:00 del 30 aprile 2026, e comunque fino al termine dei lavori:</p>
<ol>
<li style="text-align:justify">il divieto di transito a tutti i veicoli in Corso Garibaldi, nel tratto compreso tra Piazza Sant'Antonio e Via Castello, eccetto i mezzi di cantiere, di soccorso e delle forze dell'ordine;</li>
<li style="text-align:justify">il divieto di sosta con rimozione forzata, su entrambi i lati, in Via Roma, nel tratto compreso tra il civico 2 e il civico 48;</li>
<li style="text-align:justify">l'istituzione del senso unico alternato regolato da impianto semaforico in Via Roma, nel tratto compreso tra il civico 48 e l'incrocio con Via Montesanto;</li>
<li style="text-align:justify">all'impresa esecutrice di installare e mantenere efficiente la segnaletica prevista dal D.M. 10 luglio 2002, con preavviso di almeno 48 ore per i divieti di sosta.</li>
</ol>
<p style="text-align:justify">Gli ufficiali e gli agenti di cui all'art. 12 del Codice della Strada sono incaricati di far rispettare la presente ordinanza. I trasgressori saranno puniti ai sensi del D.Lgs. 285/1992.</p>
<p style="text-align:justify">Avverso la presente ordinanza è ammesso ricorso al T.A.R. Puglia entro 60 giorni dalla pubblicazione all'Albo Pretorio, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.</p>
<p>Peschici, 16/03/2026</p>
<table><tr><td width="50%"></td><td width="50%" align="center">IL RESPONSABILE DEL SETTORE<br>POLIZIA LOCALE<br><b>Cap. Antonio Ciuffreda</b></td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$out = $argv[1]; if ($out[0] !== '/') { $out = getcwd() . '/' . $out; }
$pdf->Output($out, 'F');
