<?php
// Zocca: ordinanza printed by a PHP (Symfony-style) web app through TCPDF: protocol stamp, numbered ORDINA, QR caption
require_once('/usr/share/php/tcpdf/tcpdf.php');

class OrdPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 13);
        $this->SetXY(15, 10);
        $this->Cell(0, 6, 'COMUNE DI ZOCCA', 0, 1, 'L');
        $this->SetFont('dejavusans', '', 8);
        $this->SetX(15);
        $this->Cell(0, 4, 'Provincia di Modena – Via del Mercato, 104 – 41059 Zocca (MO)', 0, 1, 'L');
        $this->SetX(15);
        $this->Cell(0, 4, 'Settore Tecnico – Servizio Viabilità, Manutenzioni e Protezione Civile', 0, 1, 'L');
        $this->SetFont('dejavusansmono', '', 7);
        $this->SetXY(140, 10);
        $this->MultiCell(55, 4, "COMUNE DI ZOCCA\nProt. n. 0003127/2026\ndel 18/03/2026 - Partenza\nCat. 6 Cl. 5", 1, 'L');
        $this->Line(15, 29, 195, 29);
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(120, 4, 'Ordinanza n. 9/2026 – documento firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005', 0, 0, 'L');
        $this->Cell(0, 4, 'Pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new OrdPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('albo-atti/ordinanze (Symfony 6.4)');
$pdf->SetAuthor('Comune di Zocca');
$pdf->SetTitle('Ordinanza n. 9 del 18/03/2026');
$pdf->SetMargins(18, 34, 18);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

$html = <<<HTML
<style>
 p{text-align:justify;font-size:9.5pt;line-height:1.25}
 .t{font-size:13pt;font-weight:bold;text-align:center}
 .c{text-align:center;font-weight:bold;font-size:11pt}
 td{font-size:10pt}
</style>
<p class="t">ORDINANZA N. 9 DEL 18/03/2026</p>
<table cellpadding="4" border="0"><tr><td width="22%"><b>OGGETTO:</b></td><td width="78%"><b>Istituzione del senso unico alternato regolato da impianto semaforico e del limite di velocità di 30 km/h sulla S.P. 27 “Via Tesi”, tratto compreso tra i civici 12 e 48, per lavori di consolidamento del muro di sostegno.</b></td></tr></table>
<p class="c">IL RESPONSABILE DEL SETTORE TECNICO</p>
<p><b>Vista</b> la richiesta della ditta Appennino Costruzioni S.r.l., con sede in Guiglia, appaltatrice dei lavori di consolidamento del muro di sostegno a valle di via Tesi, pervenuta al protocollo n. 2988 del 13/03/2026;</p>
<p><b>Considerato</b> che per l'esecuzione dei lavori è necessario occupare parte della carreggiata e che, per garantire la sicurezza della circolazione e degli operatori, occorre istituire un senso unico alternato regolato da impianto semaforico;</p>
<p><b>Acquisito</b> il nulla osta della Provincia di Modena, Servizio Viabilità, prot. n. 8841 del 16/03/2026;</p>
<p><b>Visti</b> gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e il relativo Regolamento di esecuzione, nonché l'art. 107 del D.Lgs. 267/2000;</p>
<p class="c">O R D I N A</p>
<p>dalle ore 7:30 del giorno 23/03/2026 alle ore 18:00 del giorno 30/04/2026, e comunque fino al termine dei lavori, sulla S.P. 27 “Via Tesi”, nel tratto compreso tra i civici 12 e 48:</p>
<table cellpadding="3"><tr><td width="6%">1.</td><td width="94%">l'istituzione del senso unico alternato regolato da impianto semaforico, anche a chiamata;</td></tr>
<tr><td>2.</td><td>l'istituzione del limite massimo di velocità di 30 km/h;</td></tr>
<tr><td>3.</td><td>il divieto di sosta con rimozione forzata su ambo i lati della carreggiata;</td></tr>
<tr><td>4.</td><td>il divieto di sorpasso.</td></tr></table>
<p class="c">D I S P O N E</p>
<p>che la ditta esecutrice provveda all'installazione e alla manutenzione della segnaletica prevista dal D.M. 10 luglio 2002, garantendo in ogni momento il transito dei mezzi di soccorso e del trasporto pubblico locale. Gli agenti di cui all'art. 12 del Codice della Strada sono incaricati di far rispettare la presente ordinanza.</p>
<p>Avverso il presente provvedimento è ammesso ricorso al T.A.R. Emilia-Romagna entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni, oppure, ai sensi dell'art. 37, comma 3, del Codice della Strada, ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni.</p>
<p>Zocca, 18/03/2026</p>
<table><tr><td width="50%"></td><td width="50%" align="center">IL RESPONSABILE DEL SETTORE TECNICO<br/>Arch. Lorenzo Bernardoni<br/><i>(firmato digitalmente)</i></td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$style = array('border' => false, 'padding' => 0, 'fgcolor' => array(0,0,0), 'bgcolor' => false);
$pdf->SetAutoPageBreak(false);
$y = max($pdf->GetY() + 1, 244);
if ($y > 254) { $pdf->AddPage(); $y = 40; }
$pdf->write2DBarcode('https://www.comune.zocca.mo.it/albo/ordinanza-9-2026', 'QRCODE,M', 18, $y, 20, 20, $style, 'N');
$pdf->SetFont('dejavusans', '', 7);
$pdf->SetXY(42, $y + 6);
$pdf->MultiCell(100, 4, "Verifica l'autenticità del documento:\ncodice identificativo ZC-ORD-2026-0009-7F3A", 0, 'L');
$pdf->Output($argv[1], 'F');
