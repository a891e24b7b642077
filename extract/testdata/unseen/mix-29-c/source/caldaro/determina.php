<?php
// Bilingual (German/Italian) determinazione of the Comune di Caldaro sulla
// Strada del Vino / Marktgemeinde Kaltern an der Weinstraße, laid out like a
// Telerik Reporting print: grey bands, bilingual label grid, subjects stacked
// (German, then Italian), body in two language columns. TCPDF.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class P extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusanscondensed', 'B', 9.5);
        $this->SetY(11);
        $this->Cell(80, 5, 'MARKTGEMEINDE KALTERN AN DER WEINSTRASSE', 0, 0, 'L');
        $this->SetX(115);
        $this->Cell(0, 5, 'COMUNE DI CALDARO SULLA STRADA DEL VINO', 0, 1, 'R');
        $this->Ln(3);
        $this->SetFont('dejavusanscondensed', '', 7);
        $this->Cell(85, 4, 'Autonome Provinz Bozen – Südtirol', 0, 0, 'L');
        $this->Cell(0, 4, 'Provincia autonoma di Bolzano – Alto Adige', 0, 1, 'R');
        $this->Rect(98, 8, 14, 17);
        $this->SetXY(98, 18); $this->SetFont('dejavusanscondensed', '', 5); $this->Cell(14, 3, 'Wappen', 0, 0, 'C');
        $this->Line(15, 28, 195, 28);
    }
    public function Footer() {
        $this->SetY(-13);
        $this->SetFont('dejavusanscondensed', '', 7);
        $this->Line(15, $this->GetY() - 1, 195, $this->GetY() - 1);
        $this->Cell(120, 4, 'Entscheidung Nr. 58 vom 12.03.2026 / Determinazione n. 58 del 12.03.2026', 0, 0, 'L');
        $this->Cell(0, 4, 'Seite / Pagina ' . $this->getAliasNumPage() . '/' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}
$pdf = new P('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Telerik Reporting');
$pdf->SetAuthor('Comune di Caldaro sulla Strada del Vino');
$pdf->SetTitle('Determinazione n. 58/2026');
$pdf->SetMargins(15, 33, 15);
$pdf->SetAutoPageBreak(true, 18);
$pdf->AddPage();

$pdf->SetFillColor(215, 215, 215);
$pdf->SetFont('dejavusanscondensed', 'B', 9.5);
$pdf->Cell(90, 7, 'ENTSCHEIDUNG DES ABTEILUNGSDIREKTORS', 1, 0, 'C', true);
$pdf->Cell(90, 7, 'DETERMINAZIONE DEL DIRETTORE DI RIPARTIZIONE', 1, 1, 'C', true);
$pdf->SetFont('dejavusanscondensed', '', 9);
$grid = [
  ['Nr.', '58', 'N.', '58'],
  ['Datum', '12.03.2026', 'Data', '12.03.2026'],
  ['Abteilung', 'Abteilung Öffentliche Arbeiten', 'Ripartizione', 'Ripartizione Lavori pubblici'],
  ['Amt', 'Amt für Vermögen', 'Ufficio', 'Ufficio Patrimonio'],
];
foreach ($grid as $r) {
  $pdf->SetFillColor(240, 240, 240);
  $pdf->Cell(25, 6, $r[0], 1, 0, 'L', true);
  $pdf->Cell(65, 6, $r[1], 1, 0, 'L');
  $pdf->Cell(25, 6, $r[2], 1, 0, 'L', true);
  $pdf->Cell(65, 6, $r[3], 1, 1, 'L');
}
$pdf->Ln(4);
$pdf->SetFont('dejavusanscondensed', '', 8);
$pdf->Cell(0, 4, 'Betreff:', 0, 1);
$pdf->SetFont('dejavusanscondensed', 'B', 9.5);
$pdf->MultiCell(0, 5, 'Ordentliche Instandhaltung der öffentlichen Grünflächen in den Fraktionen St. Josef am See und Oberplanitzing – Jahr 2026: Direktvergabe und Zweckbindung der Ausgabe (CIG B5C1E9A044)', 0, 'L');
$pdf->Ln(2);
$pdf->SetFont('dejavusanscondensed', '', 8);
$pdf->Cell(0, 4, 'Oggetto:', 0, 1);
$pdf->SetFont('dejavusanscondensed', 'B', 9.5);
$pdf->MultiCell(0, 5, 'Manutenzione ordinaria del verde pubblico nelle frazioni di San Giuseppe al Lago e Pianizza di Sopra – anno 2026: affidamento diretto e impegno di spesa (CIG B5C1E9A044)', 0, 'L');
$pdf->Ln(3);

$de = <<<HTML
<p><b>DER ABTEILUNGSDIREKTOR</b></p>
<p>Nach Einsichtnahme in den Haushaltsvoranschlag 2026-2028, genehmigt mit Beschluss des Gemeinderates Nr. 48 vom 16.12.2025, und in den Arbeitsplan (PEG), genehmigt mit Beschluss des Gemeindeausschusses Nr. 3 vom 13.01.2026;</p>
<p>Festgestellt, dass die Instandhaltung der Grünflächen in den Fraktionen St. Josef am See und Oberplanitzing für den Zeitraum April–Oktober 2026 vergeben werden muss;</p>
<p>Nach Einsichtnahme in das Angebot der Firma Gartenbau Mayr KG aus Eppan, eingegangen am 04.03.2026, Prot. Nr. 3921, in Höhe von 15.122,95 Euro zuzüglich MwSt.;</p>
<p>Gestützt auf das L.G. Nr. 16/2015 und das Kodex der örtlichen Körperschaften (R.G. Nr. 2/2018);</p>
<p align="center"><b>VERFÜGT</b></p>
<p>1. die Instandhaltung der öffentlichen Grünflächen der Firma Gartenbau Mayr KG direkt zu vergeben;</p>
<p>2. die Ausgabe von 18.450,00 Euro inkl. MwSt. auf Kapitel 09021.03.0410 des Haushaltes 2026 zweckzubinden;</p>
<p>3. festzuhalten, dass gegen diese Maßnahme innerhalb von 60 Tagen Rekurs beim Regionalen Verwaltungsgericht, Autonome Sektion Bozen, eingereicht werden kann.</p>
HTML;
$it = <<<HTML
<p><b>IL DIRETTORE DI RIPARTIZIONE</b></p>
<p>Visto il bilancio di previsione 2026-2028, approvato con deliberazione del Consiglio comunale n. 48 del 16.12.2025, e il piano esecutivo di gestione (PEG), approvato con deliberazione della Giunta comunale n. 3 del 13.01.2026;</p>
<p>Accertato che occorre affidare la manutenzione del verde nelle frazioni di San Giuseppe al Lago e Pianizza di Sopra per il periodo aprile–ottobre 2026;</p>
<p>Vista l’offerta della ditta Gartenbau Mayr KG di Appiano, pervenuta il 04.03.2026, prot. n. 3921, per l’importo di 15.122,95 euro oltre IVA;</p>
<p>Visti la L.P. n. 16/2015 e il Codice degli enti locali (L.R. n. 2/2018);</p>
<p align="center"><b>DETERMINA</b></p>
<p>1. di affidare direttamente alla ditta Gartenbau Mayr KG la manutenzione ordinaria del verde pubblico;</p>
<p>2. di impegnare la spesa di 18.450,00 euro IVA compresa sul capitolo 09021.03.0410 del bilancio 2026;</p>
<p>3. di dare atto che avverso il presente provvedimento è ammesso ricorso al Tribunale Regionale di Giustizia Amministrativa, Sezione autonoma di Bolzano, entro 60 giorni.</p>
HTML;
$pdf->SetFont('dejavusanscondensed', '', 8.5);
$y = $pdf->GetY();
$pdf->writeHTMLCell(87, 0, 15, $y, $de, 0, 0, false, true, 'J');
$pdf->writeHTMLCell(87, 0, 108, $y, $it, 0, 1, false, true, 'J');
$pdf->Ln(6);
$pdf->SetFont('dejavusanscondensed', 'B', 9);
$pdf->Cell(0, 5, 'Der Abteilungsdirektor / Il Direttore di ripartizione', 0, 1, 'R');
$pdf->SetFont('dejavusanscondensed', '', 9);
$pdf->Cell(0, 5, 'Ing. Lukas Oberhofer', 0, 1, 'R');
$pdf->SetFont('dejavusanscondensed', 'I', 7);
$pdf->Cell(0, 4, '(digital signiert – firmato digitalmente)', 0, 1, 'R');
$pdf->Ln(6);
$pdf->SetFont('dejavusanscondensed', '', 7.5);
$pdf->SetFillColor(235, 235, 235);
$pdf->MultiCell(0, 4, "Sichtvermerk über die buchhalterische Ordnungsmäßigkeit und Bestätigung der finanziellen Deckung / Visto di regolarità contabile attestante la copertura finanziaria (Art. 187 R.G. Nr. 2/2018)\nZweckbindung / Impegno Nr. 2026/611 – Kapitel / Capitolo 09021.03.0410 – 18.450,00 €\nDer Verantwortliche des Finanzdienstes / Il Responsabile del servizio finanziario: Dr. Julia Thaler – 12.03.2026", 1, 'L', true);
$pdf->Ln(3);
$pdf->MultiCell(0, 4, "Veröffentlicht an der digitalen Amtstafel vom 13.03.2026 für 10 aufeinanderfolgende Tage / Pubblicata all’albo digitale dal 13.03.2026 per 10 giorni consecutivi", 1, 'L', false);
$pdf->Output($argv[1], 'F');
