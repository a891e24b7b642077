<?php
// Unione dei Comuni del Golfo Paradiso - determinazione dirigenziale, "gesat" layout, TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
class U extends TCPDF {
  public function Header() {
    $this->SetFont('dejavuserifcondensed','B',13);
    $this->Cell(0,6,'UNIONE DEI COMUNI DEL GOLFO PARADISO',0,1,'C');
    $this->SetFont('dejavuserifcondensed','I',8.5);
    $this->Cell(0,4,'Avegno – Bogliasco – Camogli – Pieve Ligure – Recco – Sori – Uscio',0,1,'C');
    $this->SetFont('dejavuserifcondensed','',8.5);
    $this->Cell(0,4,'Sede legale: Piazza Nicoloso, 14 – 16036 Recco (GE) – unione.golfoparadiso@legalmail.it',0,1,'C');
    $this->Line(15,25,195,25);
  }
  public function Footer() {
    $this->SetY(-14); $this->SetFont('dejavusans','',7);
    $this->Cell(120,4,'Determinazione dirigenziale n. 31 del 18/03/2026 – Settore Polizia Locale',0,0,'L');
    $this->Cell(0,4,'pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(),0,1,'R');
  }
}
$p = new U('P','mm','A4',true,'UTF-8');
$p->SetCreator('GeSAt - Gestione Atti Unione'); $p->SetAuthor('Unione dei Comuni del Golfo Paradiso'); $p->SetTitle('DD 31/2026');
$p->SetMargins(18,30,18); $p->SetAutoPageBreak(true,20); $p->AddPage();
$html = <<<H
<table cellpadding="4" border="0"><tr>
<td width="60%" style="font-size:11pt"><b>SETTORE POLIZIA LOCALE</b><br/><span style="font-size:9.5pt">Servizio Polizia Amministrativa e Commerciale</span></td>
<td width="40%" style="border:1px solid #000;font-size:9.5pt">N. generale: <b>31</b> del <b>18/03/2026</b><br/>N. settoriale: <b>9</b></td></tr></table>
<p style="text-align:center;font-size:12.5pt"><b>DETERMINAZIONE DIRIGENZIALE</b></p>
<table cellpadding="5" border="1"><tr><td width="18%"><b>OGGETTO:</b></td><td width="82%"><b>Acquisto di n. 2 dispositivi di rilevazione della velocità omologati (misuratori mobili) per il Corpo di Polizia Locale dell'Unione – Adesione a Convenzione Consip e impegno di spesa.</b></td></tr></table>
<p style="text-align:center"><b>IL DIRIGENTE</b></p>
<p style="text-align:justify">PREMESSO che con deliberazione del Consiglio dell'Unione n. 3 del 24/02/2026 è stato approvato il bilancio di previsione 2026/2028 e che con deliberazione della Giunta dell'Unione n. 12 del 03/03/2026 sono state assegnate ai Dirigenti le risorse per il raggiungimento degli obiettivi;</p>
<p style="text-align:justify">CONSIDERATO che le apparecchiature in dotazione al Corpo risultano non più conformi alle prescrizioni del decreto del Ministero delle Infrastrutture e dei Trasporti dell'11 aprile 2024 e devono essere sostituite;</p>
<p style="text-align:justify">VERIFICATO che è attiva la Convenzione Consip "Apparati di rilevazione 2", lotto 1, e ritenuto di aderirvi ai sensi dell'art. 1, comma 449, della Legge 296/2006;</p>
<p style="text-align:justify">VISTI gli artt. 107 e 183 del D.Lgs. 267/2000 e lo Statuto dell'Unione;</p>
<p style="text-align:center"><b>DETERMINA</b></p>
<p style="text-align:justify">1) di aderire alla Convenzione Consip "Apparati di rilevazione 2", lotto 1, per la fornitura di n. 2 misuratori mobili della velocità omologati, per l'importo di € 27.300,00 oltre IVA;</p>
<p style="text-align:justify">2) di impegnare la somma complessiva di € 33.306,00 al capitolo 3120/5 del bilancio 2026/2028, esercizio 2026, finanziato con i proventi di cui all'art. 208 del D.Lgs. 285/1992;</p>
<p style="text-align:justify">3) di dare atto che il Responsabile Unico del Progetto è il Commissario Capo Daniela Repetto;</p>
<p style="text-align:justify">4) di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità contabile.</p>
<br/>
<table><tr><td width="50%"></td><td width="50%" style="text-align:center">IL DIRIGENTE DEL SETTORE POLIZIA LOCALE<br/>Comandante Dott. Stefano Olcese<br/><i style="font-size:8pt">(documento firmato digitalmente)</i></td></tr></table>
<br/><br/>
<table cellpadding="4" border="1" style="font-size:8.5pt"><tr><td><b>ATTESTAZIONE DI COPERTURA FINANZIARIA</b> (art. 183, comma 7, D.Lgs. 267/2000)<br/>Impegno n. 97/2026 – Cap. 3120/5 – € 33.306,00 – Recco, 19/03/2026<br/>Il Responsabile del Servizio Finanziario – Dott.ssa Marina Cavallero</td></tr></table>
H;
$p->SetFont('dejavuserifcondensed','',10.5);
$p->writeHTML($html,true,false,true,false,'');
$p->Output($out,'F');
