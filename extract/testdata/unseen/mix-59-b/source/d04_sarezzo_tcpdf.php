<?php
// Determinazione, Comune di Sarezzo (BS), imitating an ACB Servizi-style web print; PHP TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');
class Det extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans', 'B', 13);
    $this->SetXY(15, 10); $this->Cell(0, 6, 'COMUNE DI SAREZZO', 0, 1, 'L');
    $this->SetFont('dejavusans', '', 8.5);
    $this->SetX(15); $this->Cell(0, 4, 'Provincia di Brescia - Piazza Cesare Battisti, 1 - 25068 Sarezzo (BS)', 0, 1, 'L');
    $this->SetLineWidth(0.3); $this->Line(15, 22, 195, 22);
  }
  public function Footer() {
    $this->SetY(-14); $this->SetFont('dejavusans', '', 7);
    $this->Cell(120, 4, 'Determinazione R.G. n. 268 del 15/04/2026 - Documento firmato digitalmente (D.Lgs. 82/2005)', 0, 0, 'L');
    $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new Det('P', 'mm', 'A4', true, 'UTF-8');
$pdf->SetCreator('Gestione Determinazioni');
$pdf->SetAuthor('Comune di Sarezzo'); $pdf->SetTitle('Determinazione R.G. 268/2026');
$pdf->SetMargins(15, 28, 15); $pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'AREA TECNICA', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->Cell(0, 5, 'Servizio Manutenzioni e Patrimonio', 0, 1, 'C');
$pdf->Ln(3);
$pdf->SetFont('dejavusans', 'B', 12);
$pdf->Cell(0, 7, 'DETERMINAZIONE', 0, 1, 'C');
$pdf->Ln(2);
// register box
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetFillColor(235, 235, 235);
$pdf->Cell(45, 6, 'Registro Generale', 1, 0, 'L', true); $pdf->SetFont('dejavusans', 'B', 9);
$pdf->Cell(45, 6, 'N. 268 del 15/04/2026', 1, 0, 'C'); $pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(45, 6, 'Registro di Area', 1, 0, 'L', true); $pdf->SetFont('dejavusans', 'B', 9);
$pdf->Cell(45, 6, 'N. 74 del 14/04/2026', 1, 1, 'C');
$pdf->Ln(4);
$pdf->SetFont('dejavusans', 'B', 9.5);
$subj = "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO NEI PARCHI COMUNALI – PERIODO MAGGIO/OTTOBRE 2026 – CIG B7F2A4C913. IMPEGNO DI SPESA.";
$pdf->MultiCell(22, 5, 'OGGETTO:', 0, 'L', false, 0);
$pdf->MultiCell(0, 5, $subj, 0, 'L', false, 1);
$pdf->Ln(3);
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'IL RESPONSABILE DELL\'AREA TECNICA', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.5);
$html = <<<H
<p style="text-align:justify">VISTO il decreto sindacale n. 3 del 08/01/2026 di conferimento dell'incarico di Elevata Qualificazione dell'Area Tecnica;</p>
<p style="text-align:justify">RICHIAMATE la deliberazione del Consiglio Comunale n. 58 del 18/12/2025 di approvazione del bilancio di previsione 2026/2028 e la deliberazione della Giunta Comunale n. 2 del 13/01/2026 di approvazione del Piano Esecutivo di Gestione;</p>
<p style="text-align:justify">PREMESSO che il contratto per la manutenzione del verde pubblico è scaduto il 31/03/2026 e che occorre garantire lo sfalcio dei tappeti erbosi, la potatura delle siepi e la pulizia delle aree gioco nei parchi di via Antonini, Ponte Zanano e Noboli per la stagione vegetativa 2026;</p>
<p style="text-align:justify">DATO ATTO che, tramite la piattaforma telematica Sintel di ARIA S.p.A., è stata richiesta un'offerta alla ditta Verde Valtrompia Soc. Coop. Sociale, con sede in Gardone Val Trompia, la quale ha offerto l'importo di € 36.850,00 oltre IVA 22%, ritenuto congruo;</p>
<p style="text-align:justify">VISTI l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, l'art. 183 del D.Lgs. 267/2000 e il vigente Regolamento di contabilità;</p>
H;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 7, 'D E T E R M I N A', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.5);
$pts = array(
 "di affidare alla ditta Verde Valtrompia Soc. Coop. Sociale (P.IVA 02145670987) il servizio di manutenzione ordinaria del verde pubblico nei parchi comunali per il periodo maggio/ottobre 2026, per l'importo di € 36.850,00 oltre IVA 22%, per complessivi € 44.957,00;",
 "di impegnare la spesa di € 44.957,00 alla Missione 09, Programma 02, capitolo 1780/10 \"Manutenzione verde pubblico - prestazioni di servizi\" del bilancio 2026;",
 "di dare atto che il Responsabile Unico del Progetto è il Geom. Davide Bettinsoli, istruttore tecnico del Servizio Manutenzioni e Patrimonio;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
 "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\" - Bandi di gara e contratti."
);
foreach ($pts as $i => $t) {
  $pdf->MultiCell(8, 5, ($i+1).')', 0, 'R', false, 0);
  $pdf->MultiCell(0, 5, $t, 0, 'L', false, 1);
  $pdf->Ln(1);
}
$pdf->Ln(4);
$pdf->SetX(110);
$pdf->MultiCell(85, 5, "IL RESPONSABILE DELL'AREA TECNICA\nIng. Paolo Zanetti\n(firmato digitalmente)", 0, 'C', false, 1);
$pdf->Ln(6);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetFillColor(245, 245, 245);
$pdf->MultiCell(0, 5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA\nSi appone il visto ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 612/2026 - € 44.957,00 - Cap. 1780/10.\nSarezzo, 15/04/2026 - Il Responsabile dell'Area Economico-Finanziaria, Dott.ssa Monica Pedretti", 1, 'L', true, 1);
$pdf->Output($argv[1], 'F');
