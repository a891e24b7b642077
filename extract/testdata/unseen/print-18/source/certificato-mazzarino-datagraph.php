<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
function jpar($pdf,$t){ $pdf->writeHTML('<div style="text-align:justify">'.nl2br(htmlspecialchars($t)).'</div>',true,false,true,false,''); }
$pdf = new TCPDF('P','mm','A4',true,'UTF-8');
$pdf->SetCreator('Datagraph - Albo on line'); $pdf->SetTitle('Certificato di pubblicazione');
$pdf->setPrintHeader(false);
$pdf->SetMargins(20,18,20); $pdf->SetAutoPageBreak(true,18);
$pdf->setFooterFont(['helvetica','',7]);
$pdf->AddPage();
// letterhead: arms box left, text right
$pdf->Rect(20,16,16,20);
$pdf->SetFont('helvetica','',6); $pdf->SetXY(20,24); $pdf->Cell(16,4,'STEMMA',0,0,'C');
$pdf->SetXY(40,16);
$pdf->SetFont('helvetica','B',15); $pdf->Cell(0,7,'COMUNE DI MAZZARINO',0,2,'L');
$pdf->SetFont('helvetica','',9.5); $pdf->Cell(0,5,'Libero Consorzio Comunale di Caltanissetta',0,2,'L');
$pdf->SetFont('helvetica','I',8.5); $pdf->Cell(0,4,'Area Amministrativa - Ufficio Albo Pretorio e Notifiche',0,2,'L');
$pdf->Line(20,39,190,39);
$pdf->SetY(46);
$pdf->SetFont('helvetica','B',13);
$pdf->Cell(0,7,'CERTIFICATO DI AVVENUTA PUBBLICAZIONE',0,1,'C');
$pdf->SetFont('helvetica','',9);
$pdf->Cell(0,5,'(art. 32, comma 1, Legge 18 giugno 2009, n. 69 - art. 11 L.R. 3 dicembre 1991, n. 44)',0,1,'C');
$pdf->Ln(5);
$html = '<table border="1" cellpadding="4" style="font-size:9.5pt">'.
'<tr><td width="32%" style="background-color:#eeeeee">Registro pubblicazioni</td><td width="68%"><b>N. 1875 / 2025</b></td></tr>'.
'<tr><td style="background-color:#eeeeee">Tipo atto</td><td>Deliberazione della Giunta Municipale</td></tr>'.
'<tr><td style="background-color:#eeeeee">Numero e data dell\'atto</td><td><b>N. 141 del 10/11/2025</b></td></tr>'.
'<tr><td style="background-color:#eeeeee">Oggetto</td><td>Concessione di contributo straordinario all\'Associazione "Pro Loco Mazzarino" per l\'organizzazione delle manifestazioni natalizie "Natale a Mazzarino 2025". Atto di indirizzo.</td></tr>'.
'<tr><td style="background-color:#eeeeee">Ufficio richiedente</td><td>Area Amministrativa - Servizio Cultura, Sport e Turismo</td></tr>'.
'<tr><td style="background-color:#eeeeee">Periodo di pubblicazione</td><td>dal 12/11/2025 al 27/11/2025</td></tr>'.
'</table>';
$pdf->writeHTML($html,true,false,true,false,'');
$pdf->Ln(4);
$pdf->SetFont('helvetica','B',11);
$pdf->Cell(0,6,'IL RESPONSABILE DELLA PUBBLICAZIONE',0,1,'C');
$pdf->Ln(1);
$pdf->SetFont('helvetica','',10);
jpar($pdf,"Visti gli atti d'ufficio,\n\nCERTIFICA\n\nche l'atto sopra indicato è stato pubblicato all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 12/11/2025 al 27/11/2025, e che avverso lo stesso non sono stati presentati reclami od opposizioni.\n\nSi certifica altresì che la deliberazione è divenuta esecutiva il 10/11/2025, essendo stata dichiarata immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991.");
$pdf->Ln(8);
$pdf->Cell(85,5,'Mazzarino, 28/11/2025',0,0,'L');
$pdf->Cell(0,5,'Il Responsabile dell\'Albo',0,1,'C');
$pdf->Cell(85,5,'',0,0,'L');
$pdf->Cell(0,5,'Sig.ra Giuseppina Bonaffini',0,1,'C');
$pdf->Cell(85,5,'',0,0,'L');
$pdf->SetFont('helvetica','I',8);
$pdf->Cell(0,4,'(firma autografa sostituita a mezzo stampa ex art. 3, c. 2, D.Lgs. 39/1993)',0,1,'C');
$pdf->Ln(14);
$pdf->SetFont('helvetica','',7.5);
$pdf->MultiCell(0,4,"Documento generato dal sistema Albo Pretorio on line - Datagraph s.r.l. - Il presente certificato è rilasciato in carta libera per uso amministrativo.\nComune di Mazzarino - Corso Vittorio Emanuele, 206 - 93013 Mazzarino (CL) - protocollo@pec.comune.mazzarino.cl.it",'T','L',false,1);
$pdf->Output('/tmp/round18/print-18/certificato-mazzarino-datagraph.pdf','F');
