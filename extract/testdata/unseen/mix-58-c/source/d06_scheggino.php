<?php
// Determinazione, Comune di Scheggino - layout after a Reportico report print (TCPDF)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class P extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans','B',8); $this->SetFillColor(220,228,240);
    $this->Cell(0,6,'Comune di Scheggino – Atti amministrativi – Stampa determinazione',0,1,'L',true);
    $this->SetFont('dejavusans','',7); $this->Cell(0,4,'Criteri: Registro = Generale; Anno = 2026; Numero = 64',0,1,'L');
  }
  public function Footer() {
    $this->SetY(-14); $this->SetFont('dejavusans','',7);
    $this->Cell(90,4,'Stampato il 03/06/2026 alle 12:41',0,0,'L');
    $this->Cell(0,4,'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(),0,1,'R');
    $this->Cell(0,4,'Documento firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005',0,0,'C');
  }
}
$p=new P('P','mm','A4',true,'UTF-8',false);
$p->SetCreator('Reportico 7 / TCPDF'); $p->SetAuthor('Comune di Scheggino'); $p->SetTitle('Determinazione 64/2026');
$p->SetMargins(18,24,18); $p->SetHeaderMargin(8); $p->SetAutoPageBreak(true,20); $p->AddPage();
$p->SetFont('dejavuserif','B',15); $p->Cell(0,8,'COMUNE DI SCHEGGINO',0,1,'C');
$p->SetFont('dejavuserif','',9.5); $p->Cell(0,5,'Provincia di Perugia',0,1,'C');
$p->Cell(0,5,'Via del Municipio, 1 – 06040 Scheggino (PG)',0,1,'C'); $p->Ln(3);
$html = <<<H
<table border="1" cellpadding="4" style="font-size:9pt">
<tr style="background-color:#eeeeee"><td width="34%"><b>AREA AMMINISTRATIVA</b></td><td width="33%">Reg. Gen. N. <b>64</b> del <b>03/06/2026</b></td><td width="33%">Reg. Area N. <b>21</b> del <b>03/06/2026</b></td></tr>
<tr><td colspan="3">Ufficio: <b>Servizio Cultura, Turismo e Sport</b></td></tr>
</table>
H;
$p->SetFont('dejavusans','',9); $p->writeHTML($html,true,false,true,false,''); $p->Ln(2);
$p->SetFont('dejavuserif','B',12); $p->Cell(0,7,'DETERMINAZIONE',0,1,'C');
$p->SetFont('dejavuserif','',10);
$p->writeHTML('<p style="text-align:justify"><b>OGGETTO: Concessione di un contributo economico all\'Associazione Pro Loco di Scheggino per l\'organizzazione della manifestazione "Scheggino in Festa – Sagra del Tartufo Nero d\'Estate 2026". Impegno di spesa.</b></p>',true,false,true,false,'');
$p->Ln(1);
$p->SetFont('dejavuserif','B',10); $p->Cell(0,6,'IL RESPONSABILE DELL\'AREA AMMINISTRATIVA',0,1,'C');
$p->SetFont('dejavuserif','',10);
$body = <<<H
<p style="text-align:justify">Richiamato il decreto del Sindaco n. 2 del 09/01/2026 di conferimento dell'incarico di Elevata Qualificazione dell'Area Amministrativa;</p>
<p style="text-align:justify">Visto il Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 18 del 30/06/2014, e in particolare l'art. 7;</p>
<p style="text-align:justify">Vista l'istanza della Pro Loco di Scheggino, assunta al protocollo n. 1436 del 12/05/2026, corredata dal programma della manifestazione che si svolgerà dal 24 al 26 luglio 2026 e dal relativo piano finanziario, che prevede spese per € 9.850,00;</p>
<p style="text-align:justify">Richiamata la deliberazione della Giunta Comunale n. 37 del 21/05/2026, con la quale è stato espresso indirizzo favorevole alla concessione di un contributo di € 2.500,00;</p>
<p style="text-align:justify">Dato atto dell'assenza di conflitto di interessi, anche potenziale, ai sensi dell'art. 6-bis della legge 241/1990;</p>
<p style="text-align:center"><b>D E T E R M I N A</b></p>
<p style="text-align:justify">1) di concedere all'Associazione Pro Loco di Scheggino, C.F. 91004470547, un contributo di € 2.500,00 per l'organizzazione della manifestazione indicata in oggetto;</p>
<p style="text-align:justify">2) di impegnare la somma di € 2.500,00 alla Missione 07, Programma 01, capitolo 10520/1 del bilancio di previsione 2026/2028, esercizio 2026;</p>
<p style="text-align:justify">3) di stabilire che il contributo sarà liquidato per il 50% all'avvio della manifestazione e per il restante 50% a presentazione del rendiconto delle spese sostenute, entro il 30/09/2026;</p>
<p style="text-align:justify">4) di pubblicare il presente atto nella sezione "Amministrazione trasparente – Sovvenzioni, contributi, sussidi, vantaggi economici" ai sensi dell'art. 26 del D.Lgs. 33/2013.</p>
H;
$p->writeHTML($body,true,false,true,false,''); $p->Ln(4);
$p->SetX(110); $p->MultiCell(80,5,"Il Responsabile dell'Area Amministrativa\nDott.ssa Federica Properzi",0,'C'); $p->Ln(6);
$box = <<<H
<table border="1" cellpadding="4" style="font-size:8.5pt"><tr><td><b>VISTO DI REGOLARITÀ CONTABILE</b> attestante la copertura finanziaria (art. 151, comma 4, D.Lgs. 267/2000).<br>Impegno n. 233 del 03/06/2026 – € 2.500,00.<br>Il Responsabile dell'Area Finanziaria – Rag. Mauro Venanzi</td></tr></table>
H;
$p->SetFont('dejavusans','',8.5); $p->writeHTML($box,true,false,true,false,'');
$p->Output($argv[1],'F');
