<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
function jpar($pdf,$t){ $pdf->writeHTML('<div style="text-align:justify">'.nl2br(htmlspecialchars($t)).'</div>',true,false,true,false,''); }
class SKPDF extends TCPDF {
  public function Header() {
    $this->SetFont('times','B',16);
    $this->SetXY(15,10);
    $this->Cell(0,7,'COMUNE DI POLISTENA',0,1,'C');
    $this->SetFont('times','I',10);
    $this->Cell(0,5,'Città Metropolitana di Reggio Calabria',0,1,'C');
    $this->SetFont('times','',8.5);
    $this->Cell(0,4,'Piazza della Repubblica, 1 - 89024 Polistena (RC) - C.F. 00298310800',0,1,'C');
    $this->SetLineWidth(0.6); $this->Line(15,30,195,30); $this->SetLineWidth(0.2);
  }
  public function Footer() {
    $this->SetY(-13);
    $this->SetFont('times','',8);
    $this->Cell(0,4,'Determinazione Area Amministrativa - Reg. Gen. n. 623/2025 - Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(),'T',0,'C');
  }
}
$pdf = new SKPDF('P','mm','A4',true,'UTF-8');
$pdf->SetCreator('Studio K - Sistema Atti'); $pdf->SetTitle('Determinazione 623/2025');
$pdf->SetMargins(18,36,18); $pdf->SetAutoPageBreak(true,20);
$pdf->AddPage();
$pdf->SetFont('times','B',12);
$pdf->Cell(0,6,'AREA AMMINISTRATIVA',0,1,'C');
$pdf->SetFont('times','',10.5);
$pdf->Cell(0,5,'Servizio Pubblica Istruzione e Servizi Scolastici',0,1,'C');
$pdf->Ln(3);
$pdf->SetFont('times','B',11);
$pdf->Cell(0,6,'DETERMINAZIONE DEL RESPONSABILE DI AREA',0,1,'C');
$pdf->Ln(1);
$pdf->SetFont('times','',10.5);
$pdf->Cell(87,7,'Registro di Area  N. 188  del 02/12/2025',1,0,'C');
$pdf->Cell(87,7,'Registro Generale  N. 623  del 03/12/2025',1,1,'C');
$pdf->Ln(4);
$pdf->SetFont('times','B',10.5);
$html = '<table cellpadding="4" border="1"><tr><td width="18%"><b>OGGETTO:</b></td><td width="82%"><b>Servizio di trasporto scolastico per gli alunni della scuola dell\'infanzia e primaria - a.s. 2025/2026. Liquidazione fatture mesi di settembre e ottobre 2025 alla ditta Autolinee Sergi Giuseppe s.r.l.</b></td></tr></table>';
$pdf->writeHTML($html,true,false,true,false,'');
$pdf->Ln(2);
$pdf->SetFont('times','B',11);
$pdf->Cell(0,6,'IL RESPONSABILE DELL\'AREA',0,1,'C');
$pdf->SetFont('times','',10.5);
$prem = [
"VISTO il decreto sindacale n. 21 del 31/12/2024, con il quale alla sottoscritta sono state conferite le funzioni di Responsabile dell'Area Amministrativa;",
"RICHIAMATA la propria determinazione n. 402 R.G. del 28/08/2025, con la quale è stato affidato il servizio di trasporto scolastico per l'a.s. 2025/2026 alla ditta Autolinee Sergi Giuseppe s.r.l., con sede in Cinquefrondi (RC), per l'importo complessivo di € 86.900,00 IVA compresa, e assunto il relativo impegno di spesa;",
"VISTE le fatture elettroniche n. 114/PA del 02/10/2025 di € 9.845,00 e n. 131/PA del 04/11/2025 di € 10.912,00, IVA compresa, relative al servizio reso nei mesi di settembre e ottobre 2025;",
"ACCERTATA la regolare esecuzione del servizio, come da attestazione del referente del plesso scolastico agli atti d'ufficio;",
"VERIFICATA la regolarità contributiva della ditta mediante DURC on line prot. INPS_48812739 con scadenza 17/02/2026;",
"DATO ATTO che non sussistono situazioni di conflitto di interesse, anche potenziale, ai sensi dell'art. 6-bis della Legge 241/1990;",
];
foreach ($prem as $p) { jpar($pdf,$p); $pdf->Ln(0.8); }
$pdf->Ln(1);
$pdf->SetFont('times','B',11);
$pdf->Cell(0,6,'D E T E R M I N A',0,1,'C');
$pdf->SetFont('times','',10.5);
$pts = [
"1. Di liquidare alla ditta Autolinee Sergi Giuseppe s.r.l., P.IVA 01987650804, la somma complessiva di € 20.757,00, di cui € 18.870,00 per imponibile ed € 1.887,00 per IVA al 10%, a saldo delle fatture in premessa indicate;",
"2. Di imputare la spesa al capitolo 1820 \"Spese per il servizio di trasporto scolastico\", Missione 04, Programma 06, impegno n. 812/2025, del bilancio di previsione 2025/2027, esercizio 2025;",
"3. Di autorizzare il Servizio Finanziario all'emissione del mandato di pagamento, con versamento dell'IVA all'Erario secondo il meccanismo della scissione dei pagamenti (art. 17-ter del D.P.R. 633/1972);",
"4. Di dare atto che il presente provvedimento sarà pubblicato all'Albo Pretorio on line e nella sezione \"Amministrazione Trasparente\" del sito istituzionale.",
];
foreach ($pts as $p) { jpar($pdf,$p); $pdf->Ln(0.8); }
$pdf->Ln(6);
$pdf->Cell(90,5,'Polistena, 02/12/2025',0,0,'L');
$pdf->Cell(0,5,'IL RESPONSABILE DELL\'AREA AMMINISTRATIVA',0,1,'C');
$pdf->Cell(90,5,'',0,0,'L');
$pdf->Cell(0,5,'Dott.ssa Caterina Longo',0,1,'C');
$pdf->AddPage();
$pdf->SetFont('times','B',11);
$pdf->Cell(0,6,'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA',0,1,'C');
$pdf->SetFont('times','',10.5);
jpar($pdf,"Ai sensi dell'art. 184, comma 4, e dell'art. 147-bis del D.Lgs. 267/2000, si appone il visto di regolarità contabile.");
$pdf->Ln(2);
$html = '<table border="1" cellpadding="3"><tr style="background-color:#e8e8e8"><th>Esercizio</th><th>Capitolo</th><th>Impegno</th><th>Liquidazione</th><th>Importo</th></tr>'.
'<tr><td>2025</td><td>1820</td><td>812</td><td>1547</td><td align="right">€ 9.845,00</td></tr>'.
'<tr><td>2025</td><td>1820</td><td>812</td><td>1548</td><td align="right">€ 10.912,00</td></tr></table>';
$pdf->writeHTML($html,true,false,true,false,'');
$pdf->Ln(4);
$pdf->Cell(90,5,'Polistena, 03/12/2025',0,0,'L');
$pdf->Cell(0,5,'IL RESPONSABILE DELL\'AREA FINANZIARIA',0,1,'C');
$pdf->Cell(90,5,'',0,0,'L');
$pdf->Cell(0,5,'Rag. Domenico Ierace',0,1,'C');
$pdf->Ln(10);
$pdf->SetFont('times','B',11);
$pdf->Cell(0,6,'ATTESTATO DI PUBBLICAZIONE',0,1,'C');
$pdf->SetFont('times','',10.5);
jpar($pdf,"Si attesta che la presente determinazione è stata pubblicata all'Albo Pretorio on line del Comune in data 04/12/2025, con il numero 1932 del registro delle pubblicazioni, e vi rimarrà per 15 giorni consecutivi.");
$pdf->Ln(3);
$pdf->Cell(90,5,'Polistena, 04/12/2025',0,0,'L');
$pdf->Cell(0,5,'IL MESSO NOTIFICATORE',0,1,'C');
$pdf->Cell(90,5,'',0,0,'L');
$pdf->Cell(0,5,'Francesco Marafioti',0,1,'C');
$pdf->Output('/tmp/round18/print-18/determina-polistena-studiok.pdf','F');
