<?php
// Determinazione, Comune di Figline e Incisa Valdarno, in the layout of an
// Ifin Sistemi "Atti" print: TCPDF, label grid, running head, barcode caption.
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1] ?? 'out.pdf';

class AttoPDF extends TCPDF {
    public function Header() {
        if ($this->getPage() == 1) {
            $this->SetFont('dejavusans', 'I', 6);
            $this->SetXY(15, 8);
            $this->Cell(18, 4, '[stemma]', 0, 0, 'C');
            $this->SetFont('dejavusans', 'B', 13);
            $this->SetXY(36, 9);
            $this->Cell(0, 6, 'COMUNE DI FIGLINE E INCISA VALDARNO', 0, 1, 'L');
            $this->SetFont('dejavusans', '', 8);
            $this->SetX(36);
            $this->Cell(0, 4, 'Città Metropolitana di Firenze – Piazza del Municipio, 5 – 50063 Figline e Incisa Valdarno (FI)', 0, 1, 'L');
            $this->Line(15, 22, 195, 22);
        } else {
            $this->SetFont('dejavusans', '', 7);
            $this->SetXY(15, 8);
            $this->Cell(120, 4, 'Comune di Figline e Incisa Valdarno – Determinazione n. 412 del 22/04/2026', 0, 0, 'L');
            $this->Cell(60, 4, 'Area Servizi Tecnici', 0, 1, 'R');
            $this->Line(15, 13, 195, 13);
        }
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 6.5);
        $this->Cell(180, 3.5, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate; sostituisce il documento cartaceo e la firma autografa.', 0, 1, 'L');
        $this->Cell(130, 3.5, 'Codice documento: FIV-DT-2026-000412 – generato da Ifin Atti Web', 0, 0, 'L');
        $this->Cell(50, 3.5, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 1, 'R');
    }
}

$pdf = new AttoPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Ifin Atti Web');
$pdf->SetAuthor('Comune di Figline e Incisa Valdarno');
$pdf->SetTitle('Determinazione n. 412 del 22/04/2026');
$pdf->SetMargins(15, 26, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

$pdf->SetFont('dejavusans', 'B', 11);
$pdf->SetFillColor(230, 230, 230);
$pdf->Cell(0, 7, 'AREA SERVIZI TECNICI', 1, 1, 'C', true);
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 6, 'Servizio Manutenzioni, Verde Pubblico e Protezione Civile', 'LRB', 1, 'C');
$pdf->Ln(3);

$pdf->SetFont('dejavusans', 'B', 12);
$pdf->Cell(0, 7, 'DETERMINAZIONE DIRIGENZIALE', 0, 1, 'C');
$pdf->Ln(1);

// label grid
$pdf->SetFont('dejavusans', '', 8);
$w = [45, 25, 20, 30];
$grid = [
    ['Registro Generale', 'N. 412', 'del', '22/04/2026'],
    ['Registro di Settore', 'N. 87', 'del', '21/04/2026'],
];
foreach ($grid as $r) {
    $pdf->SetFont('dejavusans', '', 8);
    $pdf->Cell(40, 6, '', 0, 0);
    $pdf->Cell($w[0], 6, $r[0], 1, 0, 'L', true);
    $pdf->SetFont('dejavusans', 'B', 9);
    $pdf->Cell($w[1], 6, $r[1], 1, 0, 'C');
    $pdf->SetFont('dejavusans', '', 8);
    $pdf->Cell($w[2], 6, $r[2], 1, 0, 'C', true);
    $pdf->SetFont('dejavusans', 'B', 9);
    $pdf->Cell($w[3], 6, $r[3], 1, 1, 'C');
}
$pdf->Ln(4);

$subject = "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SFALCIO E MANUTENZIONE DEL VERDE NELLE AREE SCOLASTICHE COMUNALI – PERIODO MAGGIO/OTTOBRE 2026 – DITTA \"VERDE VALDARNO SOC. COOP. SOCIALE\" – CIG B7A2C4E91F – IMPEGNO DI SPESA.";
$pdf->SetFont('dejavusans', 'B', 9);
$y = $pdf->GetY();
$pdf->MultiCell(22, 6, 'OGGETTO:', 0, 'L', false, 0);
$pdf->MultiCell(158, 6, $subject, 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->Line(15, $pdf->GetY(), 195, $pdf->GetY());
$pdf->Ln(3);

$html = <<<HTML
<style>p{text-align:justify;line-height:1.35}</style>
<p style="text-align:center"><b>IL DIRIGENTE</b></p>
<p>Visto il decreto del Sindaco n. 14 del 30/12/2025 con il quale è stato conferito al sottoscritto l’incarico dirigenziale dell’Area Servizi Tecnici, comprendente il Servizio Manutenzioni, Verde Pubblico e Protezione Civile, fino al 31/12/2026;</p>
<p>Richiamate la deliberazione del Consiglio Comunale n. 102 del 19/12/2025, con la quale è stato approvato il bilancio di previsione finanziario 2026/2028, e la deliberazione della Giunta Comunale n. 3 del 13/01/2026, con la quale è stato approvato il Piano Esecutivo di Gestione 2026/2028;</p>
<p>Premesso che il contratto per la manutenzione del verde nelle aree di pertinenza dei plessi scolastici comunali è scaduto il 31/12/2025 e che occorre garantire, nella stagione vegetativa, lo sfalcio periodico dei tappeti erbosi, la potatura delle siepi e la raccolta del materiale di risulta presso le scuole dell’infanzia e primarie del capoluogo e delle frazioni di Incisa, Matassino e Restone;</p>
<p>Visto l’art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l’affidamento diretto dei servizi di importo inferiore a € 140.000,00, anche senza consultazione di più operatori economici;</p>
<p>Dato atto che, tramite la piattaforma di approvvigionamento digitale START della Regione Toscana, è stata richiesta un’offerta alla ditta “Verde Valdarno Soc. Coop. Sociale”, con sede in Figline e Incisa Valdarno, Via del Puglia n. 22, P.IVA 05874120485, la quale ha offerto l’importo di € 27.840,00 oltre IVA 22%, ritenuto congruo in rapporto ai prezzi di mercato;</p>
<p>Verificati il possesso dei requisiti di ordine generale e la regolarità contributiva della ditta (DURC prot. INAIL_52118760 con scadenza 14/07/2026);</p>
<p>Visti il D.Lgs. 267/2000, il D.Lgs. 118/2011 e il vigente Regolamento comunale di contabilità;</p>
<p style="text-align:center"><b>DETERMINA</b></p>
<p>1. di affidare, per le motivazioni in premessa, alla ditta “Verde Valdarno Soc. Coop. Sociale” il servizio di sfalcio e manutenzione del verde nelle aree scolastiche comunali per il periodo maggio/ottobre 2026, per l’importo di € 27.840,00 oltre IVA 22%, per complessivi € 33.964,80;</p>
<p>2. di impegnare la spesa complessiva di € 33.964,80 al Capitolo 1420/4 “Manutenzione aree verdi scolastiche – prestazioni di servizi”, Missione 4, Programma 2, del bilancio 2026/2028, esercizio 2026;</p>
<p>3. di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;</p>
<p>4. di dare atto che il Responsabile Unico del Progetto è il sottoscritto e che non sussistono situazioni di conflitto di interesse;</p>
<p>5. di disporre la pubblicazione del presente atto all’Albo Pretorio on line e nella sezione “Amministrazione Trasparente” del sito istituzionale.</p>
HTML;
$pdf->SetFont('dejavusans', '', 9);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(6);
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(90, 5, 'Figline e Incisa Valdarno, 22/04/2026', 0, 0, 'L');
$pdf->Cell(90, 5, 'IL DIRIGENTE DELL\'AREA SERVIZI TECNICI', 0, 1, 'C');
$pdf->Cell(90, 5, '', 0, 0, 'L');
$pdf->Cell(90, 5, 'Ing. Stefano Bartolozzi', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'I', 7);
$pdf->Cell(90, 4, '', 0, 0, 'L');
$pdf->Cell(90, 4, '(sottoscritto digitalmente)', 0, 1, 'C');
$pdf->Ln(6);

$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->Cell(0, 6, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 'LTR', 1, 'C', true);
$pdf->SetFont('dejavusans', '', 8);
$tbl = <<<HTML
<table border="1" cellpadding="2"><tr style="background-color:#f0f0f0"><th>Esercizio</th><th>Capitolo</th><th>Missione/Programma</th><th>Impegno</th><th>Importo</th></tr>
<tr><td align="center">2026</td><td align="center">1420/4</td><td align="center">04.02</td><td align="center">1096/2026</td><td align="right">€ 33.964,80</td></tr></table>
HTML;
$pdf->writeHTML($tbl, true, false, false, false, '');
$pdf->Cell(0, 5, 'Figline e Incisa Valdarno, 22/04/2026 – Il Responsabile del Servizio Finanziario – Dott.ssa Cristina Nocentini', 0, 1, 'L');
$pdf->Ln(4);
$style = ['border' => false, 'padding' => 0, 'fgcolor' => [0, 0, 0], 'bgcolor' => false, 'text' => false];
$pdf->write1DBarcode('FIV2026DT000412', 'C128', 15, $pdf->GetY(), 60, 9, 0.3, $style, 'N');
$pdf->SetFont('dejavusans', '', 6.5);
$pdf->Cell(0, 4, 'FIV2026DT000412 – Impronta SHA-256: 7c1e0a9b5f33d2c4e81a6b0f9de2475a', 0, 1, 'L');
$pdf->Output($out, 'F');
