<?php
require_once '/usr/share/php/tcpdf/tcpdf.php';
class DocPDF extends TCPDF {
  public function Header() {
    $this->SetFont('helvetica','B',15);
    $this->SetY(10);
    $this->Cell(0,7,'COMUNE DI LONIGO',0,1,'C');
    $this->SetFont('helvetica','',9);
    $this->Cell(0,4,'Provincia di Vicenza',0,1,'C');
    $this->Cell(0,4,'Via Castelgiuncoli, 5 - 36045 Lonigo (VI) - C.F. 00407780243',0,1,'C');
    $this->Line(15,29,195,29);
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('helvetica','I',7.5);
    $this->Line(15,$this->GetY(),195,$this->GetY());
    $this->Cell(120,5,'Delibera di Consiglio Comunale n. 48 del 27/11/2025 - Civilia Next',0,0,'L');
    $this->Cell(0,5,'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(),0,0,'R');
  }
}
$pdf = new DocPDF('P','mm','A4',true,'UTF-8',false);
$pdf->SetCreator('Civilia Next - Atti'); $pdf->SetAuthor('Comune di Lonigo');
$pdf->SetTitle('Deliberazione del Consiglio Comunale n. 48 del 27/11/2025');
$pdf->SetMargins(15,34,15); $pdf->SetAutoPageBreak(true,20);
$pdf->AddPage();
$pdf->SetFont('helvetica','B',11);
$pdf->Cell(0,6,'VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE',0,1,'C');
$pdf->SetFont('helvetica','',9);
$pdf->Cell(0,5,'Adunanza ordinaria di prima convocazione - Seduta pubblica',0,1,'C');
$pdf->Ln(2);
// register box
$pdf->SetFont('helvetica','B',10);
$pdf->SetFillColor(230,230,230);
$pdf->Cell(45,7,'Deliberazione N. 48',1,0,'C',true);
$pdf->Cell(45,7,'Data 27/11/2025',1,0,'C',true);
$pdf->SetFont('helvetica','',8.5);
$pdf->Cell(0,7,'Codice ente 10523 - Immediatamente eseguibile',1,1,'C');
$pdf->Ln(3);
$pdf->SetFont('helvetica','B',10);
$pdf->Cell(22,5,'OGGETTO:',0,0,'L');
$pdf->MultiCell(0,5,"SECONDA VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2025/2027 AI SENSI DELL'ART. 175, COMMA 2, DEL D.LGS. 267/2000. APPROVAZIONE.",0,'L');
$pdf->Ln(3);
$pdf->SetFont('helvetica','',10);
$txt = "L'anno <b>duemilaventicinque</b>, il giorno <b>ventisette</b> del mese di <b>novembre</b>, alle ore <b>20:00</b>, nella Sala Consiliare del Palazzo Municipale, previa convocazione disposta nei modi e termini di legge con avvisi prot. n. 27114 del 20/11/2025, si è riunito il Consiglio Comunale. Eseguito l'appello risultano:";
$pdf->writeHTMLCell(0,0,'','',$txt,0,1,false,true,'J');
$pdf->Ln(2);
$roll = [
 ['MARCHETTO PIERLUIGI','Sindaco',1],['DAL FERRO MARCO','Presidente',1],['BEGHETTO ANNA','Consigliere',1],
 ['CAPPELLARI LORENZO','Consigliere',1],['ZORZI FEDERICA','Consigliere',1],['TREVISAN MATTEO','Consigliere',0],
 ['BONATO ELISA','Consigliere',1],['MENEGUZZO DAVIDE','Consigliere',1],['PERIN CHIARA','Consigliere',1],
 ['SCALCO GIOVANNI','Consigliere',1],['FACCIN ROBERTA','Consigliere',1],['DE ANTONI SIMONE','Consigliere',0],
 ['CORRADIN LUCIA','Consigliere',1],['VALERIO TOMMASO','Consigliere',1],['BUSATO MARIKA','Consigliere',1],
 ['PERTILE ANDREA','Consigliere',1],['GASPARELLA NICOLA','Consigliere',1],
];
$pdf->SetFont('helvetica','B',9);
$pdf->SetX(30);
$pdf->Cell(70,5,'Cognome e Nome',1,0,'L',true); $pdf->Cell(40,5,'Qualifica',1,0,'L',true);
$pdf->Cell(20,5,'Presente',1,0,'C',true); $pdf->Cell(20,5,'Assente',1,1,'C',true);
$pdf->SetFont('helvetica','',9);
$p=0;$a=0;
foreach ($roll as $r) { $pdf->SetX(30);
  $pdf->Cell(70,4.6,$r[0],1,0,'L'); $pdf->Cell(40,4.6,$r[1],1,0,'L');
  $pdf->Cell(20,4.6,$r[2]?'X':'',1,0,'C'); $pdf->Cell(20,4.6,$r[2]?'':'X',1,1,'C');
  if($r[2])$p++; else $a++; }
$pdf->SetX(30); $pdf->SetFont('helvetica','B',9);
$pdf->Cell(110,5,'Totale',1,0,'R'); $pdf->Cell(20,5,$p,1,0,'C'); $pdf->Cell(20,5,$a,1,1,'C');
$pdf->Ln(3);
$pdf->SetFont('helvetica','',10);
$html = "<p>Partecipa alla seduta il Segretario Generale <b>Dott.ssa Elena Pozzan</b>.</p>
<p>Riconosciuto legale il numero degli intervenuti, il Sig. <b>Marco Dal Ferro</b>, nella sua qualità di Presidente del Consiglio, assume la presidenza e dichiara aperta la seduta. Sono nominati scrutatori i consiglieri Bonato Elisa, Perin Chiara e Pertile Andrea.</p>
<p align=\"center\"><b>IL CONSIGLIO COMUNALE</b></p>
<p>Premesso che con deliberazione del Consiglio Comunale n. 62 del 19/12/2024, esecutiva, è stato approvato il bilancio di previsione finanziario 2025/2027;</p>
<p>Richiamata la propria deliberazione n. 31 del 29/07/2025 di assestamento generale e salvaguardia degli equilibri di bilancio;</p>
<p>Vista la richiesta dei Responsabili delle Aree di adeguare gli stanziamenti di entrata e di spesa a seguito dell'assegnazione di un contributo regionale di € 120.000,00 per la riqualificazione della palestra comunale di via Scortegagna e delle maggiori spese per utenze energetiche;</p>
<p>Visto il parere favorevole dell'Organo di Revisione economico-finanziaria, reso con verbale n. 22 del 21/11/2025, ai sensi dell'art. 239, comma 1, lett. b), del D.Lgs. 267/2000;</p>
<p>Uditi gli interventi dei consiglieri, riportati nella registrazione integrale della seduta conservata agli atti;</p>
<p>Con la seguente votazione, espressa per alzata di mano: presenti n. 15, votanti n. 14, favorevoli n. 10, contrari n. 4 (Corradin, Valerio, Busato, Gasparella), astenuti n. 1 (Pertile);</p>
<p align=\"center\"><b>DELIBERA</b></p>";
$pdf->writeHTML($html,true,false,true,false,'J');
$pdf->SetFont('helvetica','',10);
$pts = [
 "di approvare la seconda variazione al bilancio di previsione finanziario 2025/2027, ai sensi dell'art. 175, comma 2, del D.Lgs. 267/2000, come risultante dai prospetti allegati sub \"A\" (variazioni di competenza e di cassa) e sub \"B\" (quadro di controllo degli equilibri), parti integranti del presente atto;",
 "di dare atto che, a seguito della presente variazione, permangono gli equilibri di bilancio e il rispetto dei vincoli di finanza pubblica di cui all'art. 1, commi 819-826, della Legge 145/2018;",
 "di trasmettere il presente provvedimento al Tesoriere comunale ai sensi dell'art. 216 del D.Lgs. 267/2000.",
];
foreach ($pts as $i=>$t) {
  $pdf->Cell(8,5,($i+1).'.',0,0,'R');
  $pdf->MultiCell(0,5,$t,0,'J');
  $pdf->Ln(1);
}
$pdf->Ln(2);
$html2 = "<p>Successivamente, stante l'urgenza di provvedere, con votazione separata che dà il seguente esito: presenti n. 15, favorevoli n. 11, contrari n. 4, astenuti nessuno, la presente deliberazione è dichiarata <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>";
$pdf->writeHTML($html2,true,false,true,false,'J');
$pdf->Ln(4);
$pdf->Cell(0,5,'Letto, approvato e sottoscritto.',0,1,'L');
$pdf->Ln(3);
$pdf->SetFont('helvetica','B',9.5);
$pdf->Cell(90,5,'IL PRESIDENTE',0,0,'C'); $pdf->Cell(90,5,'IL SEGRETARIO GENERALE',0,1,'C');
$pdf->SetFont('helvetica','',9.5);
$pdf->Cell(90,5,'Marco Dal Ferro',0,0,'C'); $pdf->Cell(90,5,'Dott.ssa Elena Pozzan',0,1,'C');
$pdf->SetFont('helvetica','I',7.5);
$pdf->Cell(90,4,'(firmato digitalmente)',0,0,'C'); $pdf->Cell(90,4,'(firmato digitalmente)',0,1,'C');
$pdf->Ln(6);
$pdf->SetFont('helvetica','',8.5);
$pdf->MultiCell(0,4,"PARERI (art. 49 D.Lgs. 267/2000) - Regolarità tecnica: favorevole, il Responsabile dell'Area Economico-Finanziaria Dott. Fabio Rigon, 20/11/2025. Regolarità contabile: favorevole, il Responsabile dell'Area Economico-Finanziaria Dott. Fabio Rigon, 20/11/2025.",1,'J');
$pdf->Output($argv[1],'F');
