<?php
// Giunta deliberation of the Città di Venaria Reale, laid out like a Bludata "Atti" print (TCPDF).
require_once('/usr/share/php/tcpdf/tcpdf.php');

class BludataPDF extends TCPDF {
    public function Header() {
        if ($this->getPage() == 1) return;
        $this->SetFont('dejavusans', '', 7.5);
        $this->SetY(8);
        $this->Cell(95, 5, 'CITTÀ DI VENARIA REALE', 'B', 0, 'L');
        $this->Cell(0, 5, 'Deliberazione della Giunta Comunale n. 58 del 12/03/2026', 'B', 0, 'R');
    }
    public function Footer() {
        $this->SetY(-17);
        $this->SetFont('dejavusans', 'I', 6.5);
        $this->MultiCell(0, 3.5, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.", 0, 'L');
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(120, 4, 'Bludata Atti - Proposta GC/71/2026 - Stampa del 12/03/2026', 0, 0, 'L');
        $this->Cell(0, 4, 'Pag. '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new BludataPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Bludata Atti Amministrativi');
$pdf->SetAuthor('Città di Venaria Reale');
$pdf->SetTitle('Deliberazione GC 58/2026');
$pdf->SetMargins(20, 18, 18);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

// letterhead
$pdf->SetLineWidth(0.3);
$pdf->Rect(20, 12, 20, 24);
$pdf->SetFont('dejavusans', '', 5.5);
$pdf->SetXY(20, 22); $pdf->Cell(20, 4, '[stemma]', 0, 0, 'C');
$pdf->SetXY(44, 13);
$pdf->SetFont('dejavusans', 'B', 17);
$pdf->Cell(0, 8, 'CITTÀ DI VENARIA REALE', 0, 1, 'L');
$pdf->SetX(44);
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 5, 'Città Metropolitana di Torino', 0, 1, 'L');
$pdf->SetX(44);
$pdf->SetFont('dejavusans', '', 7.5);
$pdf->Cell(0, 4, 'Piazza Martiri della Libertà, 1 - 10078 Venaria Reale (TO) - C.F. 01710650019', 0, 1, 'L');

// register box
$pdf->SetXY(20, 42);
$pdf->SetFillColor(225, 230, 240);
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(120, 8, 'VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', 1, 0, 'C', true);
$pdf->Cell(52, 8, 'ORIGINALE', 1, 1, 'C', true);
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->Cell(40, 7, 'N. 58', 1, 0, 'C');
$pdf->Cell(40, 7, 'Data 12/03/2026', 1, 0, 'C');
$pdf->Cell(40, 7, 'Ora 15:30', 1, 0, 'C');
$pdf->Cell(52, 7, 'Proposta n. 71 del 05/03/2026', 1, 1, 'C');
$pdf->Cell(40, 7, 'Ufficio proponente', 1, 0, 'L', true);
$pdf->Cell(132, 7, 'Settore Lavori Pubblici', 1, 1, 'L');
$pdf->Ln(3);

$subject = "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DEI MARCIAPIEDI DI VIALE BURIDANI E DI VIA MASCAGNI – CUP I37H25001230004";
$pdf->SetFont('dejavusans', 'B', 9.5);
$pdf->Cell(22, 6, 'OGGETTO:', 0, 0, 'L');
$pdf->MultiCell(0, 5, $subject, 0, 'L');
$pdf->Ln(3);

$pdf->SetFont('dejavusans', '', 9.5);
$pdf->MultiCell(0, 5, "L'anno duemilaventisei, il giorno dodici del mese di marzo, alle ore 15:30, nella sala delle adunanze della Sede Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei Signori:", 0, 'J');
$pdf->Ln(2);

$roll = array(
  array('BERTOLOTTO FABIO', 'Sindaco', true),
  array('MARCHETTI ELENA', 'Vice Sindaco', true),
  array('GIORDANO PAOLO', 'Assessore', true),
  array('RACCA SILVIA', 'Assessore', false),
  array('CHIAPPERO LUCA', 'Assessore', true),
  array('DEMICHELIS ANNA', 'Assessore', true),
);
$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->SetX(30);
$pdf->Cell(70, 6, 'Cognome e Nome', 1, 0, 'L', true);
$pdf->Cell(40, 6, 'Carica', 1, 0, 'L', true);
$pdf->Cell(22, 6, 'Presente', 1, 0, 'C', true);
$pdf->Cell(22, 6, 'Assente', 1, 1, 'C', true);
$pdf->SetFont('dejavusans', '', 8.5);
$np = 0; $na = 0;
foreach ($roll as $r) {
  $pdf->SetX(30);
  $pdf->Cell(70, 5.5, $r[0], 1, 0, 'L');
  $pdf->Cell(40, 5.5, $r[1], 1, 0, 'L');
  $pdf->Cell(22, 5.5, $r[2] ? 'X' : '', 1, 0, 'C');
  $pdf->Cell(22, 5.5, $r[2] ? '' : 'X', 1, 1, 'C');
  if ($r[2]) $np++; else $na++;
}
$pdf->SetX(30);
$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->Cell(110, 5.5, 'Totale', 1, 0, 'R');
$pdf->Cell(22, 5.5, "$np", 1, 0, 'C');
$pdf->Cell(22, 5.5, "$na", 1, 1, 'C');
$pdf->Ln(3);

$pdf->SetFont('dejavusans', '', 9.5);
$pdf->MultiCell(0, 5, "Partecipa alla seduta il Segretario Generale Dott.ssa Raffaella Monticone, la quale provvede alla redazione del presente verbale.\nEssendo legale il numero degli intervenuti, l'Avv. Fabio Bertolotto, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", 0, 'J');
$pdf->Ln(3);

$html = <<<HTML
<p style="text-align:center"><b>LA GIUNTA COMUNALE</b></p>
<p style="text-align:justify">Vista la proposta di deliberazione n. 71 del 05/03/2026 predisposta dal Settore Lavori Pubblici, di seguito integralmente riportata;</p>
<p style="text-align:justify"><b>Premesso che:</b></p>
<ul>
<li>con deliberazione del Consiglio Comunale n. 112 del 19/12/2025 è stato approvato il Documento Unico di Programmazione 2026/2028 e il Programma triennale dei lavori pubblici 2026/2028, nel quale è inserito l'intervento di riqualificazione dei marciapiedi di Viale Buridani e di Via Mascagni per un importo complessivo di € 420.000,00;</li>
<li>con determinazione del Settore Lavori Pubblici n. 1187 del 28/11/2025 è stato affidato all'Ing. Davide Cravero, con studio in Druento, l'incarico per la redazione del progetto di fattibilità tecnico-economica dell'intervento;</li>
</ul>
<p style="text-align:justify"><b>Dato atto che</b> il progettista incaricato ha trasmesso in data 24/02/2026, prot. n. 6318, il progetto di fattibilità tecnico-economica, composto dagli elaborati elencati nel quadro allegato, che prevede una spesa complessiva di € 420.000,00, di cui € 318.500,00 per lavori a base d'asta, € 9.500,00 per oneri della sicurezza non soggetti a ribasso ed € 92.000,00 per somme a disposizione dell'Amministrazione;</p>
<p style="text-align:justify"><b>Visto</b> il verbale di verifica del progetto redatto dal Responsabile Unico del Progetto, Arch. Marta Griffa, in data 03/03/2026, ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;</p>
<p style="text-align:justify"><b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto;</p>
<p style="text-align:justify">Con voti unanimi favorevoli espressi in forma palese;</p>
<p style="text-align:center"><b>D E L I B E R A</b></p>
<ol>
<li style="text-align:justify">di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione dei marciapiedi di Viale Buridani e di Via Mascagni, redatto dall'Ing. Davide Cravero, per un importo complessivo di € 420.000,00, secondo il quadro economico riportato in premessa;</li>
<li style="text-align:justify">di dare atto che la spesa trova copertura alla Missione 10, Programma 05, Capitolo 21480/3 del bilancio di previsione 2026/2028, esercizio 2026, finanziata con avanzo di amministrazione destinato agli investimenti;</li>
<li style="text-align:justify">di demandare al Dirigente del Settore Lavori Pubblici l'adozione dei successivi adempimenti, ivi compresa l'approvazione del progetto esecutivo e l'avvio della procedura di affidamento;</li>
<li style="text-align:justify">di dare atto che il Responsabile Unico del Progetto è l'Arch. Marta Griffa, funzionario del Settore Lavori Pubblici.</li>
</ol>
<p style="text-align:justify">Successivamente, con separata votazione unanime favorevole resa in forma palese, la Giunta Comunale dichiara il presente provvedimento <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare la progettazione esecutiva.</p>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(4);
$pdf->SetFont('dejavusans', '', 9);
$pdf->MultiCell(0, 5, 'Letto, approvato e sottoscritto.', 0, 'L');
$pdf->Ln(2);
$y = $pdf->GetY();
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->SetXY(20, $y);  $pdf->Cell(80, 5, 'IL SINDACO', 0, 0, 'C');
$pdf->SetXY(105, $y); $pdf->Cell(80, 5, 'IL SEGRETARIO GENERALE', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetX(20);  $pdf->Cell(80, 5, 'Avv. Fabio Bertolotto', 0, 0, 'C');
$pdf->SetX(105); $pdf->Cell(80, 5, 'Dott.ssa Raffaella Monticone', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'I', 7);
$pdf->SetX(20);  $pdf->Cell(80, 4, '(firmato digitalmente)', 0, 0, 'C');
$pdf->SetX(105); $pdf->Cell(80, 4, '(firmato digitalmente)', 0, 1, 'C');

$pdf->Output($argv[1], 'F');
