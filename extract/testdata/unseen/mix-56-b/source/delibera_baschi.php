<?php
// Consiglio Comunale deliberation, Comune di Baschi: TCPDF, label grid heading, two-column roll, vote table
require_once('/usr/share/php/tcpdf/tcpdf.php');
class DelPDF extends TCPDF {
  public function Header() {
    if ($this->getPage() == 1) return;
    $this->SetFont('helvetica', 'I', 7.5);
    $this->Cell(0, 5, 'Comune di Baschi - Deliberazione del Consiglio Comunale n. 9 del 10-03-2026', 'B', 0, 'L');
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('helvetica', '', 7);
    $this->Cell(120, 4, 'Atto firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 (C.A.D.)', 'T', 0, 'L');
    $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 'T', 0, 'R');
  }
}
$pdf = new DelPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Sistema Atti Amministrativi');
$pdf->SetAuthor('Comune di Baschi');
$pdf->SetTitle('Deliberazione C.C. n. 9/2026');
$pdf->SetMargins(18, 18, 18);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
// letterhead
$pdf->SetLineWidth(0.3);
$pdf->Rect(18, 12, 16, 20);
$pdf->SetFont('helvetica', '', 5);
$pdf->SetXY(18, 20); $pdf->Cell(16, 3, '[stemma]', 0, 0, 'C');
$pdf->SetXY(38, 12);
$pdf->SetFont('helvetica', 'B', 17); $pdf->Cell(0, 8, 'COMUNE DI BASCHI', 0, 1, 'L');
$pdf->SetX(38); $pdf->SetFont('helvetica', '', 9); $pdf->Cell(0, 5, 'Provincia di Terni', 0, 1, 'L');
$pdf->SetX(38); $pdf->SetFont('helvetica', '', 7.5); $pdf->Cell(0, 4, 'Piazza del Comune, 1 - 05023 Baschi (TR) - PEC: comune.baschi@postacert.umbria.it', 0, 1, 'L');
$pdf->Ln(6);
// label grid
$pdf->SetFillColor(225, 225, 225);
$pdf->SetFont('helvetica', 'B', 11);
$pdf->Cell(0, 8, 'DELIBERAZIONE DEL CONSIGLIO COMUNALE', 1, 1, 'C', true);
$pdf->SetFont('helvetica', '', 8);
$pdf->Cell(29, 5, 'Numero', 'LR', 0, 'L'); $pdf->Cell(29, 5, 'Data', 'R', 0, 'L');
$pdf->Cell(58, 5, 'Tipo seduta', 'R', 0, 'L'); $pdf->Cell(0, 5, 'Convocazione', 'R', 1, 'L');
$pdf->SetFont('helvetica', 'B', 11);
$pdf->Cell(29, 7, '9', 'LRB', 0, 'C'); $pdf->Cell(29, 7, '10-03-2026', 'RB', 0, 'C');
$pdf->Cell(58, 7, 'Straordinaria - pubblica', 'RB', 0, 'C'); $pdf->Cell(0, 7, 'Prima', 'RB', 1, 'C');
$pdf->Ln(4);
$pdf->SetFont('helvetica', '', 8);
$pdf->Cell(0, 5, 'Oggetto', 'LTR', 1, 'L');
$pdf->SetFont('helvetica', 'B', 11);
$pdf->MultiCell(0, 6, 'APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE DI CONTRIBUTI, SOVVENZIONI E VANTAGGI ECONOMICI ALLE ASSOCIAZIONI SPORTIVE, CULTURALI E DI VOLONTARIATO', 'LRB', 'L', false, 1);
$pdf->Ln(4);
$pdf->SetFont('times', '', 11);
$pdf->MultiCell(0, 5.2, "L'anno duemilaventisei il giorno dieci del mese di marzo alle ore 21:00 nella Sala Consiliare del Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione straordinaria, seduta pubblica di prima convocazione.\nAll'appello nominale risultano:", 0, 'L', false, 1);
$pdf->Ln(2);
$roll = [
 ['TONELLI DAMIANO','Sindaco','P'], ['SANTARELLI ROBERTA','Consigliere','P'], ['BARTOLUCCI ENRICO','Consigliere','P'],
 ['FABRIZI MONICA','Consigliere','P'], ['CONTI ALESSIO','Consigliere','A'], ['PACIOTTI SERENA','Consigliere','P'],
 ['RONCA GIUSEPPE','Consigliere','P'], ['MORETTI LAURA','Consigliere','P'], ['VECCHIARELLI FABIO','Consigliere','P'],
 ['CRUCIANI ILARIA','Consigliere','A'], ['PERNAZZA STEFANO','Consigliere','P']];
$pdf->SetFont('helvetica', '', 9);
$half = 6;
for ($i = 0; $i < $half; $i++) {
  $a = $roll[$i];
  $pdf->Cell(6, 5.5, ($i+1).'.', 0, 0, 'R'); $pdf->Cell(44, 5.5, $a[0], 0, 0, 'L'); $pdf->Cell(24, 5.5, $a[1], 0, 0, 'L'); $pdf->Cell(8, 5.5, $a[2], 1, 0, 'C');
  $pdf->Cell(6, 5.5, '', 0, 0);
  if ($i + $half < count($roll)) {
    $b = $roll[$i + $half];
    $pdf->Cell(6, 5.5, ($i+$half+1).'.', 0, 0, 'R'); $pdf->Cell(44, 5.5, $b[0], 0, 0, 'L'); $pdf->Cell(24, 5.5, $b[1], 0, 0, 'L'); $pdf->Cell(8, 5.5, $b[2], 1, 1, 'C');
  } else { $pdf->Ln(5.5); }
}
$pdf->Ln(1);
$pdf->SetFont('helvetica', 'B', 9);
$pdf->Cell(0, 5, 'Presenti: 9     Assenti: 2          (P = presente; A = assente)', 0, 1, 'L');
$pdf->Ln(2);
$pdf->SetFont('times', '', 11);
$pdf->MultiCell(0, 5.2, "Presiede la seduta il Sig. Damiano Tonelli, nella sua qualità di Sindaco.\nPartecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario Comunale Dott. Paolo Castellani.\nIl Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita il Consiglio a deliberare sull'oggetto sopra indicato.", 0, 'L', false, 1);
$pdf->Ln(3);
$pdf->SetFont('times', 'B', 12);
$pdf->Cell(0, 7, 'IL CONSIGLIO COMUNALE', 0, 1, 'C');
$pdf->SetFont('times', '', 11);
$prem = "Udita la relazione dell'Assessore alla cultura e allo sport, Consigliere Roberta Santarelli, che illustra il testo del regolamento composto da n. 18 articoli;\n"
 ."Visto l'art. 12 della legge 7 agosto 1990, n. 241, che subordina la concessione di sovvenzioni, contributi, sussidi e ausili finanziari alla predeterminazione dei criteri e delle modalità cui le amministrazioni devono attenersi;\n"
 ."Visti gli artt. 26 e 27 del D.Lgs. 14 marzo 2013, n. 33, in materia di pubblicità dei provvedimenti di concessione;\n"
 ."Dato atto che la proposta è stata esaminata dalla Commissione consiliare Affari Generali nella seduta del 03-03-2026;\n"
 ."Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;\n"
 ."Uditi gli interventi dei Consiglieri Vecchiarelli e Pernazza, che annunciano voto contrario del gruppo \"Baschi Domani\", come da registrazione conservata agli atti;\n"
 ."Con la seguente votazione, espressa per alzata di mano:";
$pdf->MultiCell(0, 5.2, $prem, 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 9);
$hdr = ['Presenti', 'Votanti', 'Favorevoli', 'Contrari', 'Astenuti'];
$val = ['9', '9', '7', '2', '0'];
foreach ($hdr as $h) $pdf->Cell(34.8, 6, $h, 1, 0, 'C', true);
$pdf->Ln();
$pdf->SetFont('helvetica', '', 10);
foreach ($val as $v) $pdf->Cell(34.8, 6, $v, 1, 0, 'C');
$pdf->Ln(9);
$pdf->SetFont('times', 'B', 12);
$pdf->Cell(0, 7, 'D E L I B E R A', 0, 1, 'C');
$pdf->SetFont('times', '', 11);
$pts = ["di approvare il \"Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici alle associazioni sportive, culturali e di volontariato\", composto da n. 18 articoli, allegato alla presente quale parte integrante e sostanziale (Allegato A);",
 "di abrogare il previgente regolamento approvato con deliberazione del Consiglio Comunale n. 27 del 29-06-2011;",
 "di stabilire che il regolamento entra in vigore il giorno successivo alla scadenza del periodo di pubblicazione all'Albo Pretorio on line della presente deliberazione."];
foreach ($pts as $k => $p) {
  $pdf->Cell(8, 5.2, ($k+1).')', 0, 0, 'L');
  $pdf->MultiCell(0, 5.2, $p, 0, 'L', false, 1);
  $pdf->Ln(1);
}
$pdf->Ln(2);
$pdf->MultiCell(0, 5.2, "Successivamente, con separata votazione che dà il seguente esito: presenti 9, favorevoli 7, contrari 2 (Vecchiarelli, Pernazza), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", 0, 'L', false, 1);
$pdf->Ln(8);
$pdf->SetFont('helvetica', 'B', 9);
$pdf->Cell(87, 5, 'IL PRESIDENTE', 0, 0, 'C'); $pdf->Cell(0, 5, 'IL SEGRETARIO COMUNALE', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9);
$pdf->Cell(87, 5, 'Damiano Tonelli', 0, 0, 'C'); $pdf->Cell(0, 5, 'Dott. Paolo Castellani', 0, 1, 'C');
$pdf->SetFont('helvetica', 'I', 7);
$pdf->Cell(87, 4, 'firmato digitalmente', 0, 0, 'C'); $pdf->Cell(0, 4, 'firmato digitalmente', 0, 1, 'C');
$pdf->Output($argv[1], 'F');
