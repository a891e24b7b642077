<?php
// Comune di Orsogna (CH) - determinazione, TCPDF, imitating a "pdf24"-printed label-grid layout
require_once('/usr/share/php/tcpdf/tcpdf.php');
class P extends TCPDF{
  public function Header(){ $this->SetFont('helvetica','',7); $this->SetY(8); $this->Cell(0,4,'Comune di Orsogna - Reg. Gen. n. 96/2026',0,0,'R'); }
  public function Footer(){ $this->SetY(-13); $this->SetFont('helvetica','',7); $this->Cell(0,4,'Firmato digitalmente ai sensi del D.Lgs. 82/2005 - pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(),'T',0,'C'); }
}
$p=new P('P','mm','A4',true,'UTF-8');
$p->SetCreator('PDF24 Creator');$p->SetAuthor('Comune di Orsogna');$p->SetTitle('Determinazione 96/2026');
$p->SetMargins(18,16,18);$p->SetAutoPageBreak(true,18);$p->AddPage();
$p->SetFont('times','B',17);$p->Cell(0,8,'COMUNE DI ORSOGNA',0,1,'C');
$p->SetFont('times','I',10);$p->Cell(0,5,'Provincia di Chieti',0,1,'C');
$p->SetFont('times','',8);$p->Cell(0,4,'Piazza Mazzini, 1 - 66036 Orsogna (CH) - PEC: protocollo@pec.comune.orsogna.ch.it',0,1,'C');
$p->Ln(4);
$p->SetFont('helvetica','B',10);
$p->SetFillColor(230,230,230);
$p->Cell(0,7,'SETTORE II - ECONOMICO FINANZIARIO',1,1,'C',true);
$p->SetFont('helvetica','',9);
$p->Cell(0,6,'Servizio Tributi',1,1,'C');
$p->Ln(2);
$w=[42,45,42,45];
$p->SetFont('helvetica','B',8.5);
$p->Cell($w[0],6,'N. Registro Generale',1,0,'L',true);$p->SetFont('helvetica','',9);$p->Cell($w[1],6,'96',1,0,'C');
$p->SetFont('helvetica','B',8.5);$p->Cell($w[2],6,'Data',1,0,'L',true);$p->SetFont('helvetica','',9);$p->Cell($w[3],6,'09/03/2026',1,1,'C');
$p->SetFont('helvetica','B',8.5);
$p->Cell($w[0],6,'N. Registro Settore',1,0,'L',true);$p->SetFont('helvetica','',9);$p->Cell($w[1],6,'14',1,0,'C');
$p->SetFont('helvetica','B',8.5);$p->Cell($w[2],6,'Tipo atto',1,0,'L',true);$p->SetFont('helvetica','',9);$p->Cell($w[3],6,'DETERMINAZIONE',1,1,'C');
$p->Ln(5);
$p->SetFont('helvetica','B',9.5);
$p->MultiCell(0,5,"OGGETTO: Rimborso somme versate e non dovute a titolo di IMU anni d'imposta 2022-2023 - contribuente cod. 004718 - Liquidazione.",0,'L');
$p->Ln(3);
$p->SetFont('times','B',11);$p->Cell(0,6,'IL RESPONSABILE DEL SETTORE',0,1,'C');
$p->SetFont('times','',10.5);
$t=["PREMESSO che con istanza acquisita al protocollo dell'Ente in data 14/01/2026, n. 512, il contribuente identificato con codice 004718 ha chiesto il rimborso delle somme versate a titolo di IMU per gli anni 2022 e 2023 relativamente ad un immobile ceduto nel dicembre 2021;",
"ACCERTATO, a seguito dell'istruttoria condotta dall'Ufficio, che le somme versate per i predetti anni non erano dovute, per complessivi euro 1.284,00, oltre interessi legali pari ad euro 61,37;",
"VISTO l'art. 1, comma 164, della legge 27 dicembre 2006, n. 296;",
"VISTO il decreto sindacale n. 5 del 03/01/2026 di attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
"ATTESA la propria competenza;"];
foreach($t as $x){ $p->MultiCell(0,5,$x,0,'J'); $p->Ln(1.5); }
$p->Ln(1);$p->SetFont('times','B',11);$p->Cell(0,6,'D E T E R M I N A',0,1,'C');$p->SetFont('times','',10.5);
$d=["a) di disporre il rimborso in favore del contribuente cod. 004718 della somma di euro 1.345,37, di cui euro 1.284,00 per imposta ed euro 61,37 per interessi;",
"b) di imputare la spesa alla missione 01, programma 04, capitolo 1395 \"Rimborsi di tributi\" del bilancio 2026;",
"c) di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento."];
foreach($d as $x){ $p->MultiCell(0,5,$x,0,'J',false,1,24); $p->Ln(1); }
$p->Ln(8);
$p->SetX(110);$p->MultiCell(80,5,"IL RESPONSABILE DEL SETTORE II\nRag. Antonella Di Fabio",0,'C');
$p->Ln(6);
$p->SetFont('helvetica','',8);
$p->MultiCell(0,4,"VISTO DI REGOLARITÀ CONTABILE attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000): favorevole.\nOrsogna, 09/03/2026 - Il Responsabile del Servizio Finanziario - Rag. Antonella Di Fabio",1,'L');
$p->Output($argv[1],'F');
