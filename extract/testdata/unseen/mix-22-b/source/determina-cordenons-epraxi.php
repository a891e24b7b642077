<?php
// Comune di Cordenons - determinazione, layout imitating an E-Praxi print (TCPDF)
require_once('/usr/share/php/tcpdf/tcpdf.php');

class EPraxiPDF extends TCPDF {
    public function Header() {
        $this->SetFont('helvetica', 'B', 13);
        $this->SetY(10);
        $this->Cell(0, 6, 'COMUNE DI CORDENONS', 0, 1, 'C');
        $this->SetFont('helvetica', '', 8.5);
        $this->Cell(0, 4, 'Regione Autonoma Friuli Venezia Giulia', 0, 1, 'C');
        $this->Cell(0, 4, 'Piazza della Vittoria, 1 - 33084 Cordenons (PN) - C.F. 80001850935', 0, 1, 'C');
        $this->Line(15, 26, 195, 26);
    }
    public function Footer() {
        $this->SetY(-16);
        $this->SetFont('helvetica', 'I', 7.5);
        $this->Line(15, $this->GetY(), 195, $this->GetY());
        $this->Cell(120, 5, 'Determinazione n. 312 del 14/04/2026 - Area Tecnica', 0, 0, 'L');
        $this->Cell(0, 5, 'Pag. '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
        $this->Ln(4);
        $this->SetFont('helvetica', '', 6.5);
        $this->Cell(0, 4, 'E-Praxi Atti Amministrativi - stampa del 14/04/2026 11:42', 0, 0, 'L');
    }
}

$pdf = new EPraxiPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('E-Praxi - Gestione Atti');
$pdf->SetAuthor('Comune di Cordenons');
$pdf->SetTitle('Determinazione n. 312 del 14/04/2026');
$pdf->SetMargins(18, 32, 18);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

// register box
$pdf->SetFont('helvetica', 'B', 11);
$pdf->SetFillColor(230, 230, 230);
$pdf->Cell(0, 8, 'DETERMINAZIONE DEL RESPONSABILE DI AREA', 1, 1, 'C', true);
$pdf->SetFont('helvetica', '', 9);
$w1 = 42; $w2 = 132;
$rows = array(
  array('Area', 'AREA TECNICA'),
  array('Servizio', 'Servizio Manutenzioni e Patrimonio'),
);
foreach ($rows as $r) {
  $pdf->SetFont('helvetica', 'B', 9); $pdf->Cell($w1, 6, $r[0], 1, 0, 'L');
  $pdf->SetFont('helvetica', '', 9);  $pdf->Cell($w2, 6, $r[1], 1, 1, 'L');
}
$pdf->SetFont('helvetica', 'B', 9); $pdf->Cell($w1, 6, 'Registro generale', 1, 0, 'L');
$pdf->SetFont('helvetica', '', 9);  $pdf->Cell(40, 6, 'N. 312', 1, 0, 'L');
$pdf->SetFont('helvetica', 'B', 9); $pdf->Cell(30, 6, 'Data adozione', 1, 0, 'L');
$pdf->SetFont('helvetica', '', 9);  $pdf->Cell(62, 6, '14/04/2026', 1, 1, 'L');
$pdf->SetFont('helvetica', 'B', 9); $pdf->Cell($w1, 6, 'Registro di Area', 1, 0, 'L');
$pdf->SetFont('helvetica', '', 9);  $pdf->Cell(40, 6, 'N. 58', 1, 0, 'L');
$pdf->SetFont('helvetica', 'B', 9); $pdf->Cell(30, 6, 'Proposta', 1, 0, 'L');
$pdf->SetFont('helvetica', '', 9);  $pdf->Cell(62, 6, 'N. 345 del 10/04/2026', 1, 1, 'L');
$pdf->Ln(5);

$pdf->SetFont('helvetica', 'B', 9.5);
$pdf->Cell(22, 5, 'OGGETTO:', 0, 0, 'L');
$pdf->MultiCell(0, 5, 'AFFIDAMENTO DIRETTO AI SENSI DELL\'ART. 50, COMMA 1, LETT. B), DEL D.LGS. N. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE NEI PARCHI URBANI "PARCO SAN GIORGIO" E "PARCO DEL CELTA" - PERIODO MAGGIO-OTTOBRE 2026. CIG B7A41C29E3. IMPEGNO DI SPESA.', 0, 'L');
$pdf->Ln(4);

$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'IL RESPONSABILE DELL\'AREA TECNICA', 0, 1, 'C');
$pdf->Ln(1);
$pdf->SetFont('helvetica', '', 9.5);
$body = <<<TXT
<p style="text-align:justify"><b>PREMESSO</b> che con deliberazione del Consiglio comunale n. 62 del 19/12/2025, esecutiva, è stato approvato il Documento Unico di Programmazione 2026-2028 e il bilancio di previsione finanziario 2026-2028;</p>
<p style="text-align:justify"><b>RICHIAMATA</b> la deliberazione della Giunta comunale n. 11 del 27/01/2026, con la quale è stato approvato il Piano Esecutivo di Gestione 2026-2028 e sono state assegnate ai Responsabili di Area le risorse finanziarie;</p>
<p style="text-align:justify"><b>VISTO</b> il decreto sindacale n. 4 del 02/01/2026 di conferimento dell'incarico di Responsabile dell'Area Tecnica con funzioni dirigenziali ai sensi dell'art. 107 del D.Lgs. 267/2000;</p>
<p style="text-align:justify"><b>CONSIDERATO</b> che il personale operaio in servizio presso il magazzino comunale non è sufficiente a garantire, nel periodo vegetativo, lo sfalcio dei tappeti erbosi, la potatura delle siepi e la pulizia dei vialetti nei parchi urbani "Parco San Giorgio" e "Parco del Celta", per una superficie complessiva di circa 61.400 mq;</p>
<p style="text-align:justify"><b>DATO ATTO</b> che, a seguito di richiesta di preventivo tramite la piattaforma eAppaltiFVG (RdO rfq_58214), la ditta VERDEPIANURA Soc. Coop. Sociale, con sede in Pordenone, ha offerto l'importo di € 27.860,00 oltre IVA 22%, ritenuto congruo in rapporto ai prezzi di mercato;</p>
<p style="text-align:justify"><b>ACCERTATA</b> la regolarità contributiva della ditta (DURC prot. INAIL_51833204, scadenza 19/07/2026) e dato atto che il RUP è il geom. Alessio Zanette;</p>
<p style="text-align:justify"><b>VISTI</b> il D.Lgs. 18 agosto 2000, n. 267; il D.Lgs. 31 marzo 2023, n. 36; la L.R. 21/2003; il vigente Regolamento di contabilità;</p>
TXT;
$pdf->writeHTML($body, true, false, true, false, '');
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'D E T E R M I N A', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$points = array(
 'di affidare, ai sensi dell\'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, alla ditta VERDEPIANURA Soc. Coop. Sociale (P.IVA 01788410937) il servizio di manutenzione del verde nei parchi urbani "Parco San Giorgio" e "Parco del Celta" per il periodo maggio-ottobre 2026, per l\'importo di € 27.860,00 oltre IVA 22%, per complessivi € 33.989,20;',
 'di impegnare la spesa complessiva di € 33.989,20 al capitolo 9620/3 "Manutenzione aree verdi - prestazioni di servizi" (Missione 09 Programma 02) del bilancio 2026-2028, esercizio 2026;',
 'di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l\'uso commerciale, ai sensi dell\'art. 18, comma 1, del D.Lgs. 36/2023;',
 'di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui al D.Lgs. 33/2013 nella sezione "Amministrazione trasparente";',
 'di trasmettere il presente atto al Servizio Finanziario per l\'apposizione del visto di regolarità contabile attestante la copertura finanziaria.'
);
$i = 1;
foreach ($points as $p) {
  $pdf->Cell(8, 5, $i.')', 0, 0, 'L');
  $pdf->MultiCell(0, 5, $p, 0, 'L');
  $pdf->Ln(1);
  $i++;
}
$pdf->Ln(4);
$pdf->SetFont('helvetica', '', 9.5);
$pdf->Cell(0, 5, 'Cordenons, 14/04/2026', 0, 1, 'L');
$pdf->SetX(100);
$pdf->MultiCell(95, 5, "IL RESPONSABILE DELL'AREA TECNICA\ning. Marta Del Ben", 0, 'C');
$pdf->SetFont('helvetica', 'I', 7.5);
$pdf->SetX(100);
$pdf->MultiCell(95, 4, "(documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", 0, 'C');

// visto contabile
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 7, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 1, 1, 'C', true);
$pdf->SetFont('helvetica', '', 9);
$pdf->Ln(2);
$pdf->MultiCell(0, 5, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, registrata come segue:", 0, 'L');
$pdf->Ln(2);
$tbl = '<table border="1" cellpadding="3"><tr style="background-color:#e6e6e6;font-weight:bold"><td width="12%">Esercizio</td><td width="14%">Impegno</td><td width="14%">Capitolo</td><td width="16%">Miss./Progr.</td><td width="26%">Beneficiario</td><td width="18%" align="right">Importo €</td></tr>'
 .'<tr><td>2026</td><td>1084/2026</td><td>9620/3</td><td>09.02.1.103</td><td>VERDEPIANURA Soc. Coop. Sociale</td><td align="right">33.989,20</td></tr></table>';
$pdf->writeHTML($tbl, true, false, true, false, '');
$pdf->Ln(3);
$pdf->Cell(0, 5, 'Cordenons, 14/04/2026', 0, 1, 'L');
$pdf->SetX(100);
$pdf->MultiCell(95, 5, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA\ndott.ssa Chiara Bortolin", 0, 'C');
$pdf->SetFont('helvetica', 'I', 7.5);
$pdf->SetX(100);
$pdf->MultiCell(95, 4, "(documento firmato digitalmente)", 0, 'C');
$pdf->Ln(8);
$pdf->SetFont('helvetica', 'B', 9);
$pdf->Cell(0, 6, 'PUBBLICAZIONE', 'T', 1, 'L');
$pdf->SetFont('helvetica', '', 8.5);
$pdf->MultiCell(0, 4.5, "La presente determinazione viene pubblicata all'Albo Pretorio on line dal 15/04/2026 al 30/04/2026 (registro pubblicazioni n. 977).", 0, 'L');

$pdf->Output($argv[1], 'F');
