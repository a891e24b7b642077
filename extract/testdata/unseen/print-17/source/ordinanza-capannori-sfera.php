<?php
require_once '/usr/share/php/tcpdf/tcpdf.php';
class DocPDF extends TCPDF {
  public function Header() {
    $this->SetFillColor(0,102,153); $this->Rect(15,10,3,18,'F');
    $this->SetXY(21,10); $this->SetFont('times','B',17); $this->Cell(0,8,'COMUNE DI CAPANNORI',0,1,'L');
    $this->SetX(21); $this->SetFont('times','I',10); $this->Cell(0,5,'Provincia di Lucca',0,1,'L');
    $this->SetX(21); $this->SetFont('helvetica','',7.5); $this->Cell(0,4,'Piazza Aldo Moro, 1 - 55012 Capannori (LU) - tel. 0583 4281 - www.comune.capannori.lu.it',0,1,'L');
    $this->SetLineWidth(0.3); $this->Line(15,31,195,31);
  }
  public function Footer() {
    $this->SetY(-15); $this->SetFont('helvetica','',7);
    $this->Cell(130,4,'Ordinanza n. 27 del 09/01/2026 - Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005',0,0,'L');
    $this->Cell(0,4,'Pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(),0,0,'R');
  }
}
$pdf = new DocPDF('P','mm','A4',true,'UTF-8',false);
$pdf->SetCreator('Sfera - Gestione Atti'); $pdf->SetTitle('Ordinanza sindacale n. 27/2026');
$pdf->SetMargins(20,36,20); $pdf->SetAutoPageBreak(true,22);
function jp($pdf,$t,$w=0){ $pdf->writeHTMLCell($w,0,'','',htmlspecialchars($t,ENT_QUOTES),0,1,false,true,'J'); }
$pdf->AddPage();
$pdf->SetFont('helvetica','',8.5);
$pdf->Cell(0,4,'Ufficio Ambiente e Tutela del Verde',0,1,'R');
$pdf->Ln(4);
$pdf->SetFont('times','B',14);
$pdf->Cell(0,7,'ORDINANZA SINDACALE',0,1,'C');
$pdf->SetFont('times','B',12);
$pdf->Cell(0,6,'N. 27 DEL 09/01/2026',0,1,'C');
$pdf->Ln(4);
$pdf->SetFont('times','',10.5);
$pdf->writeHTMLCell(0,0,'','','<table cellpadding="3" border="0"><tr><td width="18%"><b>OGGETTO:</b></td><td width="82%"><b>Misure per la prevenzione e il contenimento della diffusione della processionaria del pino (Thaumetopoea pityocampa) sul territorio comunale.</b></td></tr></table>',0,1);
$pdf->Ln(3);
$pdf->SetFont('times','B',12); $pdf->Cell(0,6,'IL SINDACO',0,1,'C'); $pdf->Ln(1);
$pdf->SetFont('times','',10.5);
$prem = [
 "PREMESSO che la processionaria del pino è un insetto defogliatore le cui larve sono provviste di peli urticanti che possono causare gravi reazioni allergiche e dermatiti nelle persone e negli animali domestici;",
 "CONSIDERATO che nel corso dell'inverno sono pervenute all'Ufficio Ambiente numerose segnalazioni di nidi su pini e cedri situati in aree private prossime a scuole, parchi pubblici e aree di sgambamento cani, in particolare nelle frazioni di Marlia, Segromigno in Monte e Lammari;",
 "VISTO il Decreto del Ministero delle Politiche Agricole e Forestali 30 ottobre 2007, che dispone la lotta obbligatoria contro la processionaria del pino nelle aree in cui l'insetto costituisca una minaccia per la salute delle persone e degli animali;",
 "VISTI l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267 e l'art. 7-bis del medesimo decreto;",
 "SENTITO il Servizio Fitosanitario della Regione Toscana;",
];
foreach ($prem as $t) { jp($pdf,$t); $pdf->Ln(1.2); }
$pdf->Ln(1);
$pdf->SetFont('times','B',12); $pdf->Cell(0,6,'O R D I N A',0,1,'C'); $pdf->Ln(1);
$pdf->SetFont('times','',10.5);
jp($pdf,"ai proprietari, agli amministratori di condominio e a tutti coloro che a qualsiasi titolo abbiano la disponibilità di aree verdi con presenza di piante del genere Pinus e Cedrus:");
$pdf->Ln(1.5);
$pts = [
 "di effettuare, entro il 28 febbraio 2026, accurati controlli sulle piante al fine di accertare la presenza di nidi di processionaria;",
 "di provvedere, in caso di infestazione, alla rimozione e distruzione dei nidi mediante ditte specializzate, con l'impiego di idonei dispositivi di protezione individuale;",
 "di attuare, nel periodo estivo e autunnale successivo, gli interventi di profilassi con prodotti a basso impatto ambientale consentiti dalla normativa vigente;",
 "di conservare la documentazione degli interventi eseguiti e di esibirla a richiesta degli organi di controllo.",
];
foreach ($pts as $i=>$t) {
  $pdf->Cell(10,5.2,chr(97+$i).')',0,0,'L');
  jp($pdf,$t); $pdf->Ln(0.8);
}
$pdf->Ln(2);
$pdf->SetFont('times','B',12); $pdf->Cell(0,6,'AVVERTE',0,1,'C'); $pdf->Ln(1);
$pdf->SetFont('times','',10.5);
jp($pdf,"che, salvo che il fatto costituisca reato, la violazione delle disposizioni della presente ordinanza è punita con la sanzione amministrativa pecuniaria da euro 25,00 a euro 500,00 ai sensi dell'art. 7-bis del D.Lgs. 267/2000, e che in caso di inottemperanza l'Amministrazione provvederà d'ufficio con addebito delle spese ai soggetti obbligati.");
$pdf->Ln(2);
jp($pdf,"La Polizia Municipale, il Corpo dei Carabinieri Forestali e l'Ufficio Ambiente sono incaricati di far osservare la presente ordinanza, che è resa nota mediante pubblicazione all'Albo Pretorio on line e sul sito istituzionale dell'Ente e trasmessa alla Prefettura di Lucca.");
$pdf->Ln(2);
jp($pdf,"Avverso il presente provvedimento è ammesso ricorso al TAR della Toscana entro 60 giorni dalla pubblicazione, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni.");
$pdf->Ln(6);
$pdf->Cell(90,5.2,'Capannori, 09/01/2026',0,0,'L');
$pdf->SetFont('times','B',11); $pdf->Cell(0,5.2,'IL SINDACO',0,1,'C');
$pdf->SetFont('times','',10.5); $pdf->Cell(90,5.2,'',0,0); $pdf->Cell(0,5.2,'Giacomo Lencioni',0,1,'C');
$pdf->SetFont('helvetica','I',7); $pdf->Cell(90,4,'',0,0); $pdf->Cell(0,4,'(firmato digitalmente)',0,1,'C');
$pdf->Output($argv[1],'F');
