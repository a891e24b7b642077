<?php
// Comune di Decimomannu – Giunta Comunale deliberation 33/2026, roll in prose.
// Register box at the top right, TCPDF (PHP), DejaVu Serif / DejaVu Sans.
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1] ?? (dirname(__DIR__).'/delibera-decimomannu-comunas.pdf');

class Delibera extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans', '', 6.5); $this->SetTextColor(110,110,110);
    $this->SetXY(15, 8); $this->Cell(0, 4, 'COMUNE DI DECIMOMANNU – Deliberazione della Giunta Comunale n. 33 del 20.03.2026', 0, 0, 'L');
    $this->SetTextColor(0,0,0);
    if ($this->getPage() > 1) { $this->Line(15, 12.5, 195, 12.5); }
  }
  public function Footer() {
    $this->SetY(-15); $this->SetFont('dejavusans', '', 7); $this->SetTextColor(70,70,70);
    $this->Cell(120, 4, 'Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD) e norme collegate', 0, 0, 'L');
    $this->Cell(0, 4, 'Pag. '.$this->getAliasNumPage().' / '.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new Delibera('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF'); $pdf->SetAuthor('Comune di Decimomannu'); $pdf->SetTitle('Delibera GC 33/2026');
$pdf->SetMargins(18, 16, 18); $pdf->SetAutoPageBreak(true, 22); $pdf->AddPage();
$pdf->SetFont('dejavusans', '', 6.5); $pdf->SetTextColor(140,140,140);
$pdf->Rect(18, 15, 18, 22); $pdf->SetXY(18, 24); $pdf->Cell(18, 4, 'stemma', 0, 0, 'C');
$pdf->SetTextColor(0,0,0);
$pdf->SetXY(40, 15); $pdf->SetFont('dejavuserif', 'B', 15); $pdf->Cell(90, 7, 'COMUNE DI DECIMOMANNU', 0, 2, 'L');
$pdf->SetFont('dejavuserif', 'I', 9); $pdf->Cell(90, 5, 'Città Metropolitana di Cagliari', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->Cell(90, 4, 'Piazza Municipio, 1 – 09033 Decimomannu (CA)', 0, 2, 'L');
// register box
$pdf->SetFillColor(235,235,235);
$pdf->SetXY(138, 15); $pdf->SetFont('dejavusans', 'B', 8); $pdf->MultiCell(54, 9, "DELIBERAZIONE DELLA\nGIUNTA COMUNALE", 1, 'C', true, 2, 138, 15, true, 0, false, true, 9, 'M');
$pdf->SetXY(138, 24); $pdf->SetFont('dejavusans', '', 8); $pdf->Cell(16, 7, 'N.', 1, 0, 'C'); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(38, 7, '33', 1, 1, 'C');
$pdf->SetX(138); $pdf->SetFont('dejavusans', '', 8); $pdf->Cell(16, 7, 'del', 1, 0, 'C'); $pdf->SetFont('dejavusans', 'B', 11); $pdf->Cell(38, 7, '20.03.2026', 1, 1, 'C');
$pdf->Ln(6);
$subj = "Concessione di un contributo straordinario all'Associazione Turistica Pro Loco di Decimomannu per la manifestazione \"Primavera in Piazza 2026\". Indirizzi al Responsabile del Settore Affari Generali.";
$pdf->SetFont('dejavusans', 'B', 9.5);
$pdf->MultiCell(0, 5, 'OGGETTO: '.$subj, 'TB', 'L', false, 1, '', '', true, 0, false, true, 0, 'T', false);
$pdf->Ln(4);
$pdf->SetFont('dejavuserif', '', 10);
$html = <<<HTML
<p style="text-align:justify;line-height:1.45">L'anno <b>duemilaventisei</b>, il giorno <b>venti</b> del mese di <b>marzo</b>, alle ore <b>12:15</b>, nella sala delle adunanze della Casa Comunale, si è riunita la Giunta Comunale, convocata nelle forme di legge.</p>
<p style="text-align:justify;line-height:1.45">Sono presenti i Sigg.: <b>SPIGA Marco</b> – Sindaco; <b>MELIS Antonella</b> – Vice Sindaco; <b>CONGIU Roberto</b> – Assessore; <b>FRAU Valentina</b> – Assessore.<br>Risulta assente il Sig.: <b>PIRAS Gianluca</b> – Assessore.</p>
<p style="text-align:justify;line-height:1.45">Presiede la seduta il Sindaco <b>Marco Spiga</b>. Partecipa, con funzioni consultive, referenti, di assistenza e verbalizzazione, ai sensi dell'art. 97 del D.Lgs. 267/2000, il Segretario Comunale <b>Dott. Efisio Lai</b>.</p>
<p style="text-align:justify;line-height:1.45">Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione e invita i convenuti a deliberare sull'oggetto sopra indicato.</p>
<p style="text-align:center"><b>LA GIUNTA COMUNALE</b></p>
<p style="text-align:justify;line-height:1.45">VISTA la richiesta presentata dall'Associazione Turistica Pro Loco di Decimomannu, acquisita al protocollo n. 5127 del 04.03.2026, con la quale si chiede un contributo per l'organizzazione della manifestazione "Primavera in Piazza 2026", in programma nei giorni 25 e 26 aprile 2026, comprendente la mostra mercato dei prodotti tipici, spettacoli di musica e danza tradizionale sarda e laboratori per i bambini;</p>
<p style="text-align:justify;line-height:1.45">VISTO il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 41 del 27.11.2023, e in particolare l'art. 9, che consente la concessione di contributi straordinari per iniziative di rilevante interesse per la comunità;</p>
<p style="text-align:justify;line-height:1.45">RITENUTO di sostenere l'iniziativa, che valorizza le tradizioni locali e favorisce l'aggregazione sociale, con un contributo di € 4.500,00, pari al 45% della spesa preventivata di € 10.000,00;</p>
<p style="text-align:justify;line-height:1.45">DATO ATTO che la spesa trova copertura sul capitolo 7120/10 "Contributi per manifestazioni turistiche" del bilancio di previsione 2026-2028, esercizio 2026;</p>
<p style="text-align:justify;line-height:1.45">ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile, espressi dai Responsabili dei Settori interessati ai sensi dell'art. 49 del D.Lgs. 267/2000;</p>
<p style="text-align:justify;line-height:1.45">Con votazione unanime, espressa in forma palese,</p>
<p style="text-align:center"><b>DELIBERA</b></p>
<ul style="text-align:justify;line-height:1.45">
<li>di concedere all'Associazione Turistica Pro Loco di Decimomannu, C.F. 92104560928, un contributo straordinario di € 4.500,00 per l'organizzazione della manifestazione "Primavera in Piazza 2026";</li>
<li>di dare indirizzo al Responsabile del Settore Affari Generali affinché provveda all'impegno della spesa sul capitolo 7120/10 del bilancio 2026 e alla successiva liquidazione, previa presentazione del rendiconto delle spese sostenute;</li>
<li>di dare atto che il contributo verrà pubblicato nella sezione "Amministrazione trasparente" ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.</li>
</ul>
<p style="text-align:justify;line-height:1.45">Con successiva e separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(4);
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 5, 'Il presente verbale viene letto, approvato e sottoscritto.', 0, 1, 'L'); $pdf->Ln(3);
$y = $pdf->GetY();
$pdf->MultiCell(80, 5, "IL PRESIDENTE\nMarco Spiga", 0, 'C', false, 0, 20, $y);
$pdf->MultiCell(80, 5, "IL SEGRETARIO COMUNALE\nDott. Efisio Lai", 0, 'C', false, 1, 110, $y);
$pdf->Ln(8);
$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->Cell(0, 5, 'CERTIFICATO DI PUBBLICAZIONE', 'T', 1, 'C');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->MultiCell(0, 4.5, "Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line di questo Comune il giorno 24.03.2026 e vi rimarrà per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, ed è stata contestualmente comunicata ai Capigruppo consiliari.\nDecimomannu, 24.03.2026                                                        Il Segretario Comunale – Dott. Efisio Lai", 0, 'J');
$pdf->Output($out, 'F');
