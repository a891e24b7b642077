<?php
// Determinazione, Unione dei Comuni Entroterra Idruntino - TCPDF ("phalcon" web-app print layout)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class DET extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans','B',11);
    $this->Cell(0,6,'UNIONE DEI COMUNI ENTROTERRA IDRUNTINO',0,1,'C');
    $this->SetFont('dejavusans','',7.5);
    $this->Cell(0,4,'Provincia di Lecce',0,1,'C');
    $this->Cell(0,4,'Ufficio di Presidenza – tel. 0836 355021 – PEC: unione.entroterraidruntino@pec.it',0,1,'C');
    $this->Line(15,27,195,27);
  }
  public function Footer() {
    $this->SetY(-14); $this->SetFont('dejavusans','I',7);
    $this->Cell(90,4,'Determinazione n. 47 del 20/03/2026 – Settore Polizia Locale',0,0,'L');
    $this->Cell(0,4,'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(),0,0,'R');
  }
}
$pdf = new DET('P','mm','A4',true,'UTF-8',false);
$pdf->SetCreator('TCPDF'); $pdf->SetAuthor('Unione dei Comuni Entroterra Idruntino'); $pdf->SetTitle('Determinazione n. 47/2026');
$pdf->SetMargins(18,32,18); $pdf->SetAutoPageBreak(true,20); $pdf->AddPage();
$pdf->SetFont('dejavusans','B',10);
$pdf->Cell(0,6,'SETTORE POLIZIA LOCALE E PROTEZIONE CIVILE',0,1,'C');
$pdf->SetFont('dejavusans','',9);
$pdf->Cell(0,5,'Servizio Polizia Locale Associata',0,1,'C');
$pdf->Ln(3);
$pdf->SetFont('dejavusans','B',12);
$pdf->Cell(0,7,'DETERMINAZIONE DIRIGENZIALE N. 47 DEL 20/03/2026',0,1,'C');
$pdf->SetFont('dejavusans','',8.5);
$pdf->Cell(0,5,'Registro Generale delle determinazioni n. 112 del 20/03/2026',0,1,'C');
$pdf->Ln(3);
$html = '<table border="1" cellpadding="5"><tr><td width="18%" style="background-color:#eeeeee"><b>OGGETTO</b></td><td width="82%"><b>Fornitura di n. 2 etilometri omologati e relativo servizio di taratura biennale per il Servizio Polizia Locale Associata – Determina a contrarre e affidamento diretto tramite MePA. CIG B83F0D27A1.</b></td></tr></table>';
$pdf->writeHTML($html,true,false,true,false,'');
$pdf->SetFont('dejavusans','',9.5);
$body = <<<HTML
<p style="text-align:center"><b>IL DIRIGENTE DEL SETTORE</b></p>
<p style="text-align:justify">VISTO il decreto del Presidente dell'Unione n. 2 del 15/01/2026, di conferimento dell'incarico dirigenziale del Settore Polizia Locale e Protezione Civile;</p>
<p style="text-align:justify">VISTA la deliberazione del Consiglio dell'Unione n. 5 del 24/02/2026, esecutiva, con cui è stato approvato il bilancio di previsione 2026/2028;</p>
<p style="text-align:justify">PREMESSO che gli etilometri in dotazione al Comando, acquistati nell'anno 2014, risultano non più riparabili e che si rende necessario provvedere alla loro sostituzione per garantire i controlli sulla sicurezza stradale nei Comuni aderenti, in particolare nel periodo estivo;</p>
<p style="text-align:justify">DATO ATTO che sul Mercato Elettronico della Pubblica Amministrazione è presente il prodotto richiesto e che la ditta Sicurvia S.r.l. di Maglie ha offerto la fornitura di n. 2 etilometri omologati, comprensiva di taratura biennale, al prezzo di € 11.480,00 oltre IVA;</p>
<p style="text-align:justify">RITENUTO congruo il prezzo offerto in relazione ai prezzi di mercato;</p>
<p style="text-align:center"><b>DETERMINA</b></p>
<p style="text-align:justify">di approvare le premesse quale parte integrante e sostanziale del presente provvedimento;</p>
<p style="text-align:justify">di affidare, mediante ordine diretto sul MePA, alla ditta Sicurvia S.r.l., P.IVA 04912380758, la fornitura di n. 2 etilometri omologati e il servizio di taratura biennale, per l'importo di € 11.480,00 oltre IVA al 22%, pari a complessivi € 14.005,60;</p>
<p style="text-align:justify">di impegnare la somma di € 14.005,60 sul capitolo 3120/2 "Acquisto attrezzature Polizia Locale" del bilancio 2026;</p>
<p style="text-align:justify">di nominare Responsabile Unico del Progetto il Commissario Antonio Greco.</p>
<br/>
<table cellpadding="2"><tr><td width="50%">Lì, 20/03/2026</td><td width="50%" style="text-align:center">IL DIRIGENTE DEL SETTORE<br/>Dott. Fernando Pellegrino<br/><i>(firmato digitalmente)</i></td></tr></table>
HTML;
$pdf->writeHTML($body,true,false,true,false,'');
$pdf->Output($argv[1],'F');
