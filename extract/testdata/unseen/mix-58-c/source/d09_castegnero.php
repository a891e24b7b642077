<?php
// Certificato di pubblicazione, Comune di Castegnero - layout after an OpenWeb albo module print (TCPDF)
require_once('/usr/share/php/tcpdf/tcpdf.php');
$p=new TCPDF('P','mm','A4',true,'UTF-8',false);
$p->setPrintHeader(false); $p->setPrintFooter(false);
$p->SetCreator('OpenWeb Albo Pretorio'); $p->SetAuthor('Comune di Castegnero'); $p->SetTitle('Certificato di pubblicazione');
$p->SetMargins(25,20,25); $p->AddPage();
$p->SetFont('helvetica','B',16); $p->Cell(0,8,'COMUNE DI CASTEGNERO',0,1,'C');
$p->SetFont('helvetica','',9); $p->Cell(0,5,'PROVINCIA DI VICENZA',0,1,'C');
$p->Cell(0,5,'Piazza Cappellari, 1 – 36020 Castegnero (VI) – Tel. 0444 639022',0,1,'C');
$p->Line(25,$p->GetY()+2,185,$p->GetY()+2); $p->Ln(10);
$p->SetFont('helvetica','B',13); $p->Cell(0,8,'CERTIFICATO DI PUBBLICAZIONE',0,1,'C'); $p->Ln(4);
$p->SetFont('helvetica','',10.5);
$html = <<<H
<table cellpadding="5" border="1" style="font-size:10pt">
<tr><td width="32%" style="background-color:#f0f0f0">Atto</td><td width="68%">Deliberazione della Giunta Comunale</td></tr>
<tr><td style="background-color:#f0f0f0">Numero</td><td><b>31</b></td></tr>
<tr><td style="background-color:#f0f0f0">Data</td><td><b>21/04/2026</b></td></tr>
<tr><td style="background-color:#f0f0f0">Oggetto</td><td>APPROVAZIONE DELLO SCHEMA DI RENDICONTO DELLA GESTIONE PER L'ESERCIZIO 2025 E DELLA RELAZIONE ILLUSTRATIVA DELLA GIUNTA COMUNALE</td></tr>
<tr><td style="background-color:#f0f0f0">N. Registro Pubblicazioni</td><td>212/2026</td></tr>
</table>
H;
$p->writeHTML($html,true,false,true,false,''); $p->Ln(6);
$p->SetFont('helvetica','',10.5);
$p->writeHTML('<p style="text-align:justify;line-height:1.6">Il sottoscritto Responsabile della pubblicazione, visti gli atti d\'ufficio,</p><p style="text-align:center"><b>CERTIFICA</b></p><p style="text-align:justify;line-height:1.6">che la deliberazione sopra indicata è stata pubblicata all\'Albo Pretorio on line di questo Comune, ai sensi dell\'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell\'art. 32 della legge 18 giugno 2009, n. 69, per quindici giorni consecutivi <b>dal 24/04/2026 al 09/05/2026</b>, senza che siano pervenute opposizioni o reclami.</p>',true,false,true,false,'');
$p->Ln(8);
$p->Cell(80,6,'Castegnero, 11/05/2026',0,0,'L');
$p->Cell(0,6,'IL RESPONSABILE DELLA PUBBLICAZIONE',0,1,'C');
$p->Cell(80,6,'',0,0); $p->Cell(0,6,'Dott.ssa Raffaella Sinico',0,1,'C');
$p->Ln(20);
$p->SetFont('helvetica','I',7.5); $p->SetTextColor(90,90,90);
$p->MultiCell(0,4,"Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i., che sostituisce il documento cartaceo e la firma autografa.\nIdentificativo pubblicazione: CAST-ALBO-2026-000212 – Generato dal sistema il 11/05/2026 09:14",0,'C');
$p->Output($argv[1],'F');
