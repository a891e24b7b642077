<?php
require_once '/usr/share/php/tcpdf/tcpdf.php';
$pdf = new TCPDF('P','mm','A4',true,'UTF-8',false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('Zuddas - Albo Pretorio'); $pdf->SetTitle('Certificato di pubblicazione');
$pdf->SetMargins(22,18,22); $pdf->SetAutoPageBreak(true,18);
$pdf->AddPage();
$pdf->SetDrawColor(0); $pdf->SetLineWidth(0.4);
$pdf->Ellipse(35,28,9,11,0,0,360,'D');
$pdf->SetFont('helvetica','B',6); $pdf->Text(29.5,27,'STEMMA');
$pdf->SetXY(48,18); $pdf->SetFont('helvetica','B',16); $pdf->Cell(0,8,'COMUNE DI DOLIANOVA',0,1,'L');
$pdf->SetX(48); $pdf->SetFont('helvetica','',9.5); $pdf->Cell(0,5,'Provincia del Sud Sardegna',0,1,'L');
$pdf->SetX(48); $pdf->SetFont('helvetica','',8); $pdf->Cell(0,4,'Piazza Brigata Sassari, 1 - 09041 Dolianova (SU) - protocollo@pec.comune.dolianova.ca.it',0,1,'L');
$pdf->Line(22,44,188,44);
$pdf->SetY(54);
$pdf->SetFont('helvetica','B',14); $pdf->Cell(0,8,'CERTIFICATO DI PUBBLICAZIONE',0,1,'C');
$pdf->SetFont('helvetica','',9); $pdf->Cell(0,5,"(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)",0,1,'C');
$pdf->Ln(8);
$pdf->SetFont('helvetica','',10.5);
$html = '<table cellpadding="5" border="1">
<tr><td width="30%" bgcolor="#EEEEEE"><b>Tipo atto</b></td><td width="70%">Deliberazione del Consiglio Comunale</td></tr>
<tr><td bgcolor="#EEEEEE"><b>Numero</b></td><td>52</td></tr>
<tr><td bgcolor="#EEEEEE"><b>Data adozione</b></td><td>22/12/2025</td></tr>
<tr><td bgcolor="#EEEEEE"><b>Oggetto</b></td><td>Approvazione della Nota di aggiornamento al Documento Unico di Programmazione (DUP) 2026/2028.</td></tr>
<tr><td bgcolor="#EEEEEE"><b>N. Registro Albo</b></td><td>1187 / 2025</td></tr>
</table>';
$pdf->writeHTML($html,true,false,true,false,'');
$pdf->Ln(6);
$txt = "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,";
$pdf->MultiCell(0,6,$txt,0,'L',false,1);
$pdf->Ln(2);
$pdf->SetFont('helvetica','B',11); $pdf->Cell(0,7,'CERTIFICA',0,1,'C'); $pdf->Ln(1);
$pdf->SetFont('helvetica','',10.5);
$pdf->writeHTMLCell(0,0,'','',"che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, <b>dal 29/12/2025 al 13/01/2026</b>, senza opposizioni o reclami, e che la stessa è divenuta esecutiva ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000 decorsi dieci giorni dall'inizio della pubblicazione.",0,1,false,true,'J');
$pdf->Ln(10);
$pdf->Cell(90,6,'Dolianova, 14/01/2026',0,0,'L');
$pdf->SetFont('helvetica','B',10); $pdf->Cell(0,6,'IL RESPONSABILE DELLA PUBBLICAZIONE',0,1,'C');
$pdf->SetFont('helvetica','',10); $pdf->Cell(90,6,'',0,0); $pdf->Cell(0,6,'Dott.ssa Barbara Melis',0,1,'C');
$pdf->SetFont('helvetica','I',7.5); $pdf->Cell(90,4,'',0,0); $pdf->Cell(0,4,'Firmato digitalmente',0,1,'C');
$pdf->SetY(-28);
$pdf->SetFont('helvetica','',7); $pdf->SetTextColor(80,80,80);
$pdf->MultiCell(0,3.5,"Documento generato dal sistema Albo Pretorio on line - Zuddas S.r.l. - ID pubblicazione 2025/1187 - stampato il 14/01/2026 alle ore 10:12",'T','L',false,1);
$pdf->Output($argv[1],'F');
