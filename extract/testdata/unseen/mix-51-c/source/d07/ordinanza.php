<?php
// Ordinanza sindacale of the Comune di Fara San Martino, printed with TCPDF
// (the page an office later merged, with PDFsam, with the map-schedule page).
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1]; $which = $argv[2];

class ORD extends TCPDF {
  public function Header() {
    $this->SetFont('dejavuserif', 'B', 15);
    $this->SetY(10);
    $this->Cell(0, 7, 'COMUNE DI FARA SAN MARTINO', 0, 1, 'C');
    $this->SetFont('dejavuserif', '', 9);
    $this->Cell(0, 5, 'Provincia di Chieti', 0, 1, 'C');
    $this->SetFont('dejavusans', '', 7.5);
    $this->Cell(0, 4, 'Via Roma, 1 – 66015 Fara San Martino (CH) – Tel. 0872 980123 – comune.farasanmartino@pec.it', 0, 1, 'C');
    $this->Line(15, 30, 195, 30);
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('dejavusans', '', 7);
    $this->Cell(90, 4, 'Ordinanza n. 6/2026 – Prot. n. 1432 del 20/03/2026', 0, 0, 'L');
    $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$p = new ORD('P', 'mm', 'A4', true, 'UTF-8', false);
$p->SetCreator('Ufficio Segreteria'); $p->SetAuthor('Comune di Fara San Martino');
$p->SetTitle($which == 'main' ? 'Ordinanza n. 6/2026' : 'Allegato A - Ordinanza 6/2026');
$p->SetMargins(18, 36, 18); $p->SetAutoPageBreak(true, 20);
$p->AddPage();
if ($which == 'main') {
$html = <<<H
<table cellpadding="4" border="1" style="font-size:9pt"><tr>
<td width="60%" style="background-color:#f0f0f0"><b>ORDINANZA SINDACALE</b><br/>contingibile e urgente (art. 50, comma 5, D.Lgs. 267/2000)</td>
<td width="20%" align="center">N.<br/><b>6</b></td>
<td width="20%" align="center">Data<br/><b>20/03/2026</b></td></tr></table>
<p style="font-size:10.5pt"><b>OGGETTO: Divieto temporaneo di utilizzo dell’acqua erogata dal civico acquedotto per scopi potabili e alimentari nelle contrade Macchia, Pietrafitta e Colle Sant’Angelo.</b></p>
<p align="center" style="font-size:11pt"><b>IL SINDACO</b></p>
<p align="justify" style="font-size:10pt">VISTA la nota della ASL Lanciano Vasto Chieti – Dipartimento di Prevenzione – S.I.A.N., acquisita al protocollo n. 1419 del 20/03/2026, con la quale si comunica che i campioni d’acqua prelevati in data 18/03/2026 presso la fontanina di C.da Pietrafitta hanno evidenziato valori del parametro «batteri coliformi» superiori ai limiti di cui al D.Lgs. 18/2023;</p>
<p align="justify" style="font-size:10pt">CONSIDERATO che il gestore del servizio idrico integrato ha avviato gli interventi di disinfezione straordinaria della rete e di verifica del serbatoio di accumulo;</p>
<p align="justify" style="font-size:10pt">RITENUTO necessario adottare, a tutela della salute pubblica, un provvedimento contingibile e urgente nelle more dell’esito delle analisi di controllo;</p>
<p align="justify" style="font-size:10pt">VISTI l’art. 50, commi 5 e 6, del D.Lgs. 267/2000 e l’art. 32 della Legge 833/1978;</p>
<p align="center" style="font-size:11pt"><b>O R D I N A</b></p>
<ol style="font-size:10pt">
<li>il divieto di utilizzo dell’acqua erogata dalla rete idrica comunale per uso potabile, per la preparazione di alimenti e bevande e per l’igiene orale nelle contrade Macchia, Pietrafitta e Colle Sant’Angelo, come individuate nell’Allegato A;</li>
<li>che l’acqua possa essere utilizzata esclusivamente per usi igienici diversi da quelli sopra indicati, previa bollitura per almeno cinque minuti ove destinata all’igiene personale dei bambini;</li>
<li>che il gestore del servizio idrico provveda alla distribuzione di acqua potabile mediante autobotte presso il piazzale della Chiesa di C.da Macchia, dalle ore 8:00 alle ore 20:00.</li>
</ol>
<p align="justify" style="font-size:10pt">La presente ordinanza ha efficacia immediata e resterà in vigore fino a revoca, che sarà disposta con successivo provvedimento a seguito di esito favorevole delle analisi.</p>
<p align="justify" style="font-size:10pt">Avverso il presente provvedimento è ammesso ricorso al T.A.R. Abruzzo – Sezione di Pescara entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.</p>
<p style="font-size:10pt">Dalla Residenza Municipale, 20/03/2026</p>
<table style="font-size:10pt"><tr><td width="55%"></td><td align="center"><b>IL SINDACO</b><br/>Avv. Antonio Di Fabrizio<br/><i style="font-size:7.5pt">firmato digitalmente ai sensi del D.Lgs. 82/2005</i></td></tr></table>
H;
} else {
$html = <<<H
<p align="center" style="font-size:12pt"><b>ALLEGATO A all’Ordinanza n. 6 del 20/03/2026</b></p>
<p align="center" style="font-size:10pt">Vie e località interessate dal divieto</p>
<table border="1" cellpadding="4" style="font-size:9.5pt">
<tr style="background-color:#e8e8e8"><th width="10%"><b>N.</b></th><th width="35%"><b>Contrada</b></th><th width="55%"><b>Vie / numeri civici</b></th></tr>
<tr><td>1</td><td>Macchia</td><td>Via della Macchia, civici 1-48; Strada vicinale Fonte Vecchia</td></tr>
<tr><td>2</td><td>Pietrafitta</td><td>Via Pietrafitta, tutti i civici; Vico del Mulino</td></tr>
<tr><td>3</td><td>Colle Sant’Angelo</td><td>Via Colle Sant’Angelo, civici 2-30; Strada comunale delle Coste</td></tr>
</table>
<p style="font-size:9pt">Punto di distribuzione acqua potabile: piazzale della Chiesa di C.da Macchia.</p>
H;
}
$p->writeHTML($html, true, false, true, false, '');
$p->Output($out, 'F');
