<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
class HalleyPDF extends TCPDF {
  public function Header() {
    $this->SetFont('helvetica','B',15);
    $this->Cell(0,7,'COMUNE DI MONDRAGONE',0,1,'C');
    $this->SetFont('helvetica','',9);
    $this->Cell(0,4,'PROVINCIA DI CASERTA',0,1,'C');
    $this->Line(15,24,195,24);
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('helvetica','',7.5);
    $this->Cell(90,4,'DELIBERA DI CONSIGLIO COMUNALE n.58 del 27-11-2025',0,0,'L');
    $this->Cell(90,4,'Pag. '.$this->getAliasNumPage().' - COMUNE DI MONDRAGONE',0,0,'R');
  }
}
$pdf = new HalleyPDF('P','mm','A4',true,'UTF-8');
$pdf->SetCreator('Halley Informatica'); $pdf->SetTitle('Delibera CC 58/2025');
$pdf->SetMargins(15,30,15); $pdf->SetAutoPageBreak(true,20);
$pdf->AddPage();
$pdf->SetFont('helvetica','B',10);
$pdf->Cell(0,5,'ORIGINALE',0,1,'R');
$pdf->SetFont('helvetica','B',12);
$pdf->Cell(0,7,'DELIBERAZIONE DEL CONSIGLIO COMUNALE',0,1,'C');
$pdf->SetFont('helvetica','',10);
$pdf->Cell(0,6,'N. 58 DEL 27-11-2025',0,1,'C');
$pdf->Ln(2);
$pdf->SetFont('helvetica','',10);
$y=$pdf->GetY();
$pdf->MultiCell(20,5,'Oggetto:',0,'L',false,0);
$pdf->SetFont('helvetica','B',10);
$pdf->MultiCell(160,5,'APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DELLE AREE DI SOSTA A PAGAMENTO E DEI PERMESSI PER I RESIDENTI NELLA FASCIA COSTIERA',0,'L',false,1);
$pdf->Ln(3);
$pdf->SetFont('helvetica','',10);
$txt = "L'anno duemilaventicinque il giorno ventisette del mese di novembre alle ore 17:00, nella sala delle adunanze consiliari, in seguito ad avvisi partecipati ai singoli Consiglieri a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.\nDei Consiglieri comunali sono presenti n. 14 e assenti n. 3:";
foreach (explode("\n",$txt) as $t) $pdf->MultiCell(0,5,$t,0,'L',false,1);
$pdf->Ln(2);
$roll = [
 ['LAVANGA FRANCESCO','Sindaco','P'],
 ['DI LORENZO LUIGI','Presidente','P'],
 ['CIMMINO ANNA','Consigliere','P'],
 ['PAGLIARO GENNARO','Consigliere','P'],
 ['ZANNINI ROSARIA','Consigliere','P'],
 ['SCHIAPPA MICHELE','Consigliere','A'],
 ['PETRELLA VINCENZO','Consigliere','P'],
 ['CESARO ILARIA','Consigliere','P'],
 ['D\'ONOFRIO PASQUALE','Consigliere','P'],
 ['TAGLIALATELA MARIA','Consigliere','P'],
 ['FORMICOLA ANTONIO','Consigliere','A'],
 ['SASSO ROBERTA','Consigliere','P'],
 ['VALENTE CARMINE','Consigliere','P'],
 ['LETTIERI SALVATORE','Consigliere','P'],
 ['MIRAGLIA TERESA','Consigliere','A'],
 ['CONTE DOMENICO','Consigliere','P'],
 ['RUSSO GIUSEPPE','Consigliere','P'],
];
$pdf->SetFont('helvetica','',9.5);
foreach ($roll as $r) {
  $pdf->Cell(25,4.6,'',0,0);
  $pdf->Cell(70,4.6,$r[0],0,0,'L');
  $pdf->Cell(40,4.6,$r[1],0,0,'L');
  $pdf->Cell(10,4.6,$r[2],0,1,'C');
}
$pdf->Ln(2);
$pdf->SetFont('helvetica','',10);
$pdf->MultiCell(0,5,"Assume la presidenza il Sig. Luigi Di Lorenzo in qualità di Presidente del Consiglio, assistito dal Segretario Generale Dott. Antonio Cirillo, con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, del D.Lgs. 267/2000).",0,'L',false,1);
$pdf->MultiCell(0,5,"Il Presidente, accertato il numero legale per la validità della seduta, dichiara aperta la discussione sull'argomento in oggetto.",0,'L',false,1);
$pdf->Ln(3);
$pdf->SetFont('helvetica','B',10.5);
$pdf->Cell(0,6,'IL CONSIGLIO COMUNALE',0,1,'C');
$pdf->SetFont('helvetica','',10);
$prem = "PREMESSO che il territorio comunale comprende un litorale di circa 14 chilometri, interessato nel periodo estivo da un rilevante afflusso di veicoli, con conseguenti criticità per la circolazione e per la sosta dei residenti;\n".
"VISTO l'art. 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada), che consente ai Comuni di stabilire aree destinate al parcheggio sulle quali la sosta è subordinata al pagamento di una somma;\n".
"VISTA la deliberazione della Giunta Comunale n. 203 del 16/10/2025, con la quale è stato approvato lo schema di regolamento e proposto al Consiglio Comunale per l'approvazione;\n".
"DATO ATTO che la proposta è stata esaminata dalla II Commissione Consiliare Permanente nella seduta del 20/11/2025;\n".
"ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000 e il parere del Collegio dei Revisori dei Conti (verbale n. 31 del 22/11/2025);\n".
"UDITI gli interventi dei consiglieri, riportati nel resoconto integrale della seduta;\n".
"Con la seguente votazione, resa per alzata di mano: Presenti n. 14, Votanti n. 13, Voti favorevoli n. 10, Voti contrari n. 3 (Cesaro, Sasso, Russo), Astenuti n. 1 (Conte);";
foreach (explode("\n",$prem) as $t) $pdf->MultiCell(0,5,$t,0,'L',false,1);
$pdf->Ln(2);
$pdf->SetFont('helvetica','B',10.5);
$pdf->Cell(0,6,'D E L I B E R A',0,1,'C');
$pdf->SetFont('helvetica','',10);
$pts = [
 "1) di approvare il Regolamento comunale per la disciplina delle aree di sosta a pagamento e dei permessi per i residenti nella fascia costiera, composto da n. 18 articoli, allegato al presente atto per formarne parte integrante e sostanziale;",
 "2) di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'Albo Pretorio della presente deliberazione;",
 "3) di demandare al Comandante della Polizia Locale e al Responsabile del III Settore - Lavori Pubblici l'adozione degli atti conseguenti, ivi compresa la delimitazione delle aree di sosta;",
];
foreach ($pts as $p) { $pdf->MultiCell(0,5,$p,0,'L',false,1,'', '', true); $pdf->Ln(1); }
$pdf->Ln(2);
$pdf->MultiCell(0,5,"Successivamente, con separata votazione dal seguente esito: Presenti n. 14, Votanti n. 14, Voti favorevoli n. 11, Voti contrari n. 3, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",0,'L',false,1);
$pdf->Ln(8);
$pdf->SetFont('helvetica','',10);
$pdf->Cell(90,5,'IL PRESIDENTE',0,0,'C'); $pdf->Cell(90,5,'IL SEGRETARIO GENERALE',0,1,'C');
$pdf->Cell(90,5,'Sig. Luigi Di Lorenzo',0,0,'C'); $pdf->Cell(90,5,'Dott. Antonio Cirillo',0,1,'C');
$pdf->Ln(8);
$pdf->SetFont('helvetica','B',9.5);
$pdf->Cell(0,5,'PARERI ESPRESSI AI SENSI DELL\'ART. 49 DEL D.LGS. 267/2000',0,1,'L');
$pdf->SetFont('helvetica','',9);
$pdf->MultiCell(0,4.5,"Parere di regolarità tecnica: FAVOREVOLE. Data 10-11-2025. Il Responsabile del Servizio: Magg. Raffaele Caterino\nParere di regolarità contabile: FAVOREVOLE. Data 12-11-2025. Il Responsabile del Servizio Finanziario: Dott.ssa Lucia Palmieri",1,'L',false,1);
$pdf->Ln(4);
$pdf->SetFont('helvetica','B',9.5);
$pdf->Cell(0,5,'CERTIFICATO DI PUBBLICAZIONE',0,1,'L');
$pdf->SetFont('helvetica','',9);
$pdf->MultiCell(0,4.5,"Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi. N. 2384 del Registro delle Pubblicazioni.\nMondragone, 02-12-2025                                                          IL RESPONSABILE DELLA PUBBLICAZIONE",1,'L',false,1);
$pdf->Output('/tmp/round18/print-18/consiglio-mondragone-halley.pdf','F');
