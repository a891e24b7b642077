<?php
// Ordinanza sindacale of Comune di Ormea (CN), TCPDF; "Gecom"-style print: protocol stamp at top right,
// barcode with caption, number/date in a register strip, ORDINA with numbered points.
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
class OrdPDF extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans', '', 7);
    $this->SetXY(130, 8);
    $this->MultiCell(62, 12, "COMUNE DI ORMEA\nProt. n. 0002214 del 11/04/2026\nCategoria 9 Classe 2 – USCITA", 1, 'L', false, 1);
    if ($this->getPage() > 1) { $this->SetXY(15, 10); $this->Cell(100, 4, 'Ordinanza n. 9/2026 – segue', 0, 0, 'L'); }
  }
  public function Footer() {
    $this->SetY(-16);
    $this->SetFont('dejavusans', '', 7);
    $this->Cell(0, 4, 'Documento firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005 – Via Roma 4 – 12078 Ormea (CN) – PEC: ormea@cert.ruparpiemonte.it', 0, 1, 'C');
    $this->Cell(0, 4, 'Pag. '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'C');
  }
}
$pdf = new OrdPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Gecom Protocollo & Atti'); $pdf->SetAuthor('Comune di Ormea'); $pdf->SetTitle('Ordinanza n. 9/2026');
$pdf->SetMargins(20, 26, 18); $pdf->SetAutoPageBreak(true, 20); $pdf->AddPage();
$pdf->SetFont('dejavuserif', 'B', 18); $pdf->Cell(0, 9, 'COMUNE DI ORMEA', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 10); $pdf->Cell(0, 5, 'Provincia di Cuneo', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 8); $pdf->Cell(0, 5, 'Alta Val Tanaro', 0, 1, 'C'); $pdf->Ln(4);
$pdf->SetFillColor(235, 235, 235); $pdf->SetFont('dejavusans', 'B', 12);
$pdf->Cell(0, 9, 'ORDINANZA SINDACALE N. 9 DEL 11/04/2026', 'TB', 1, 'C', true); $pdf->Ln(4);
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->MultiCell(0, 5, "OGGETTO: DIVIETO DI TRANSITO VEICOLARE E DI SOSTA IN VIA ROMA, PIAZZA SAN MARTINO E VIA NAZIONALE (TRATTO URBANO) IN OCCASIONE DELLA MANIFESTAZIONE “ORMEA IN FIORE” DEL 25 E 26 APRILE 2026.", 0, 'L'); $pdf->Ln(4);
$pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(0, 6, 'IL SINDACO', 0, 1, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', '', 10.5);
$prem = array(
 "Vista la richiesta presentata dall’Associazione Turistica Pro Loco Ormea, acquisita al protocollo n. 1987 del 30/03/2026, per lo svolgimento della manifestazione florovivaistica “Ormea in Fiore” nelle giornate di sabato 25 e domenica 26 aprile 2026;",
 "Considerato che l’evento comporta l’allestimento di stand espositivi lungo Via Roma e in Piazza San Martino e un consistente afflusso di visitatori e che occorre pertanto garantire la pubblica incolumità e la sicurezza della circolazione;",
 "Sentito il Comando di Polizia Locale;",
 "Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione approvato con D.P.R. 495/1992;",
 "Visto l’art. 50 del D.Lgs. 18 agosto 2000, n. 267;");
foreach ($prem as $p) { $pdf->MultiCell(0, 5, $p, 0, 'L'); $pdf->Ln(1.5); }
$pdf->Ln(2); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(0, 6, 'O R D I N A', 0, 1, 'C'); $pdf->Ln(1);
$pdf->SetFont('dejavuserif', '', 10.5);
$ord = array(
 "dalle ore 7:00 di sabato 25 aprile 2026 alle ore 21:00 di domenica 26 aprile 2026, il divieto di transito a tutti i veicoli in Via Roma e in Piazza San Martino;",
 "nel medesimo periodo, il divieto di sosta con rimozione forzata, ambo i lati, in Via Roma, Piazza San Martino e Via Nazionale nel tratto compreso tra il civico 2 e il civico 48;",
 "che i divieti di cui ai punti precedenti non si applicano ai veicoli di soccorso, di polizia e degli espositori autorizzati, limitatamente alle operazioni di carico e scarico dalle ore 7:00 alle ore 9:00;",
 "all’Ufficio Tecnico comunale di provvedere all’installazione della prescritta segnaletica almeno 48 ore prima dell’inizio dei divieti.");
$i = 1;
foreach ($ord as $p) { $pdf->SetX(20); $pdf->Cell(8, 5, $i.'.', 0, 0, 'L'); $pdf->MultiCell(0, 5, $p, 0, 'L'); $pdf->Ln(1.5); $i++; }
$pdf->Ln(2);
$pdf->MultiCell(0, 5, "Gli agenti della Polizia Locale e le altre Forze dell’Ordine sono incaricati della vigilanza sull’osservanza della presente ordinanza. I trasgressori saranno puniti ai sensi del Codice della Strada.", 0, 'L'); $pdf->Ln(1.5);
$pdf->MultiCell(0, 5, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla pubblicazione all’Albo Pretorio on line, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", 0, 'L'); $pdf->Ln(6);
$pdf->Cell(0, 5, 'Ormea, 11/04/2026', 0, 1, 'L'); $pdf->Ln(2);
$pdf->SetX(115); $pdf->MultiCell(75, 5, "IL SINDACO\nDott. Giorgio Ferrero", 0, 'C'); $pdf->Ln(6);
$style = array('position' => '', 'align' => 'L', 'stretch' => false, 'fitwidth' => true, 'border' => false, 'hpadding' => 0, 'vpadding' => 0, 'fgcolor' => array(0,0,0), 'text' => false);
$pdf->write1DBarcode('ORM2026000221409', 'C128', 20, '', 60, 10, 0.3, $style, 'N');
$pdf->SetFont('dejavusans', '', 7); $pdf->Cell(60, 4, 'ORM2026000221409 – identificativo documento', 0, 1, 'L');
$pdf->Output($out, 'F');
