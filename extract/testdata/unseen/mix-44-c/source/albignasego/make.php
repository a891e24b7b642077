<?php
// Gupta/Centura Report Builder-like determinazione print -> TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
class P extends TCPDF {
  public function Header() {
    $this->SetFont('helvetica','',7);
    $this->SetTextColor(60,60,60);
    $this->SetXY(12,6);
    $this->Cell(95,4,'COMUNE DI ALBIGNASEGO - Gestione Atti Amministrativi',0,0,'L');
    $this->Cell(91,4,'DETSTA.QRP   Registro Generale n. 212/2026',0,0,'R');
    $this->Line(12,11,198,11);
  }
  public function Footer() {
    $this->SetY(-13);
    $this->SetFont('helvetica','',7);
    $this->Line(12,$this->GetY(),198,$this->GetY());
    $this->Cell(120,5,'Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 - stampa del 16/03/2026 08:57',0,0,'L');
    $this->Cell(66,5,'Pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(),0,0,'R');
  }
}
$p = new P('P','mm','A4',true,'UTF-8',false);
$p->SetCreator('Centura-style report layout (TCPDF)');
$p->SetAuthor('Comune di Albignasego');
$p->SetTitle('Determinazione n. 212 del 13/03/2026');
$p->SetMargins(12,16,12); $p->SetAutoPageBreak(true,18);
$p->AddPage();
$p->SetFont('helvetica','B',15);
$p->Cell(0,7,'COMUNE DI ALBIGNASEGO',0,1,'C');
$p->SetFont('helvetica','',9);
$p->Cell(0,4,'Provincia di Padova - Via Milano, 7 - 35020 Albignasego (PD)',0,1,'C');
$p->Ln(4);
$p->SetFillColor(220,220,220);
$p->SetFont('helvetica','B',10);
$p->Cell(186,6,'SETTORE III - LAVORI PUBBLICI E PATRIMONIO',1,1,'C',true);
$p->SetFont('helvetica','',9.5);
$p->Cell(186,5.5,'Servizio Manutenzioni',1,1,'C');
$p->Ln(3);
// register box
$p->SetFont('helvetica','B',12);
$p->Cell(186,8,'DETERMINAZIONE DIRIGENZIALE',1,1,'C',true);
$p->SetFont('helvetica','',9);
$w=[46.5,46.5,46.5,46.5];
$p->Cell($w[0],5,'Registro Generale',1,0,'C'); $p->Cell($w[1],5,'Data',1,0,'C'); $p->Cell($w[2],5,'Registro di Settore',1,0,'C'); $p->Cell($w[3],5,'Data',1,1,'C');
$p->SetFont('helvetica','B',11);
$p->Cell($w[0],7,'N. 212',1,0,'C'); $p->Cell($w[1],7,'13/03/2026',1,0,'C'); $p->Cell($w[2],7,'N. 41',1,0,'C'); $p->Cell($w[3],7,'12/03/2026',1,1,'C');
$p->SetFont('helvetica','',8);
$p->Cell(186,5,'Proposta n. 254 del 10/03/2026 - Ufficio proponente: Servizio Manutenzioni',1,1,'L');
$p->Ln(3);
$p->SetFont('helvetica','B',9.5);
$p->Cell(22,5,'OGGETTO:',0,0,'L');
$subj = "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI ANTINCENDIO NEGLI EDIFICI COMUNALI - PERIODO 01/04/2026-31/03/2027 - CIG B7A41C2E19 - IMPEGNO DI SPESA.";
$p->MultiCell(164,5,$subj,0,'L',false,1);
$p->Ln(2);
$p->Line(12,$p->GetY(),198,$p->GetY()); $p->Ln(3);
$p->SetFont('helvetica','B',10); $p->Cell(0,6,'IL DIRIGENTE DEL SETTORE',0,1,'C');
$p->SetFont('helvetica','',9.5);
$txt = [
"PREMESSO che il Comune di Albignasego è tenuto ad assicurare la manutenzione periodica dei presidi antincendio (estintori, idranti, porte tagliafuoco, impianti di rilevazione fumi) installati negli edifici comunali e scolastici, ai sensi del D.M. 1° settembre 2021;",
"DATO ATTO che il contratto in essere scade il 31/03/2026 e che occorre garantire la continuità del servizio;",
"VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei servizi di importo inferiore a € 140.000,00, anche senza consultazione di più operatori economici;",
"VISTA l'offerta presentata tramite la piattaforma di approvvigionamento digitale dalla ditta Veneta Antincendi S.r.l., con sede in Padova, per l'importo di € 18.640,00 oltre IVA 22%, ritenuta congrua in rapporto alle prestazioni richieste;",
"ACCERTATO il possesso dei requisiti di ordine generale e speciale in capo all'operatore economico, come da verifiche conservate agli atti d'ufficio;",
"VISTI il D.Lgs. 267/2000, lo Statuto comunale, il vigente Regolamento di contabilità e il decreto sindacale n. 6 del 02/01/2026 di conferimento dell'incarico dirigenziale;",
];
foreach($txt as $t){ $p->MultiCell(0,4.8,$t,0,'L',false,1); $p->Ln(1.2); }
$p->SetFont('helvetica','B',10); $p->Cell(0,6,'D E T E R M I N A',0,1,'C');
$p->SetFont('helvetica','',9.5);
$pts = [
"di affidare, per le motivazioni espresse in premessa, alla ditta Veneta Antincendi S.r.l. (P.IVA 04518270283) il servizio di manutenzione ordinaria degli impianti antincendio negli edifici comunali per il periodo 01/04/2026-31/03/2027;",
"di impegnare la spesa complessiva di € 22.740,80 (IVA compresa) come segue: € 17.055,60 sul capitolo 1380/20 del bilancio 2026 ed € 5.685,20 sul medesimo capitolo del bilancio 2027;",
"di dare atto che il CIG attribuito alla procedura è B7A41C2E19 e che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale;",
"di nominare Responsabile Unico del Progetto il geom. Marco Schiavon, del Servizio Manutenzioni;",
"di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\" del sito istituzionale.",
];
$i=1;
foreach($pts as $t){ $p->Cell(8,4.8,$i.')',0,0,'L'); $p->MultiCell(178,4.8,$t,0,'L',false,1); $p->Ln(1); $i++; }
$p->Ln(5);
$p->SetX(110); $p->SetFont('helvetica','',9); $p->Cell(88,5,'IL DIRIGENTE',0,1,'C');
$p->SetX(110); $p->SetFont('helvetica','B',9.5); $p->Cell(88,5,'Ing. Luca Barison',0,1,'C');
$p->SetX(110); $p->SetFont('helvetica','I',7.5); $p->Cell(88,4,'(documento firmato digitalmente)',0,1,'C');
$p->Ln(6);
$p->SetFont('helvetica','B',9.5);
$p->Cell(186,6,'VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA',1,1,'C',true);
$p->SetFont('helvetica','',8.5);
$p->MultiCell(186,4.5,"Ai sensi dell'art. 151, comma 4, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa.",1,'L',false,1);
$p->SetFont('helvetica','B',8);
$cw=[20,30,30,50,56];
foreach(['Esercizio','Capitolo','Impegno','Importo','Beneficiario'] as $k=>$h) $p->Cell($cw[$k],5,$h,1,0,'C',true);
$p->Ln();
$p->SetFont('helvetica','',8);
foreach([['2026','1380/20','688/2026','17.055,60','Veneta Antincendi S.r.l.'],['2027','1380/20','49/2027','5.685,20','Veneta Antincendi S.r.l.']] as $r){
  foreach($r as $k=>$c) $p->Cell($cw[$k],5,$c,1,0,$k==3?'R':'C');
  $p->Ln();
}
$p->Ln(2);
$p->Cell(0,5,'Albignasego, 13/03/2026                                   IL RESPONSABILE DEL SERVIZIO FINANZIARIO  Dott.ssa Paola Rigon',0,1,'L');
$p->Output($out,'F');
