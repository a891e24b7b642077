<?php
// Consiglio deliberation, Comune di Pratola Peligna (AQ) - imitates a Delphi
// QuickReport print (title band, label grid, two-column numbered roll, vote grid).
// Producer: TCPDF (php-tcpdf).
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];

class QR extends TCPDF {
  public function noLink() { $this->tcpdflink = false; }
  public function Header() {
    if ($this->getPage() == 1) return;
    $this->SetFont('dejavusanscondensed', '', 7.5);
    $this->Cell(0, 4, 'Comune di Pratola Peligna - Delibera di Consiglio Comunale n. 12 del 16/04/2026', 'B', 0, 'L');
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('dejavusanscondensed', '', 7);
    $this->Cell(95, 4, 'QRDeliberaCC.qrp  -  versione 4.2.7', 'T', 0, 'L');
    $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 'T', 0, 'R');
  }
}
$p = new QR('P', 'mm', 'A4', true, 'UTF-8', false);
$p->noLink();
$p->SetCreator('Delphi QuickReport');
$p->SetAuthor('Segreteria');
$p->SetTitle('DCC 12 2026');
$p->SetMargins(18, 16, 18);
$p->SetAutoPageBreak(true, 20);
$p->AddPage();
$f = 'dejavusanscondensed';

// title band
$p->SetFont($f, 'B', 15);
$p->Cell(0, 7, 'COMUNE DI PRATOLA PELIGNA', 0, 1, 'C');
$p->SetFont($f, '', 9);
$p->Cell(0, 5, 'PROVINCIA DELL\'AQUILA', 0, 1, 'C');
$p->Cell(0, 5, 'Via Antonio Gramsci n. 1 - 67035 Pratola Peligna (AQ)', 0, 1, 'C');
$p->Ln(3);
$p->SetLineWidth(0.5); $p->Line(18, $p->GetY(), 192, $p->GetY()); $p->SetLineWidth(0.2);
$p->Ln(3);
$p->SetFont($f, 'B', 12);
$p->Cell(120, 7, 'DELIBERAZIONE DEL CONSIGLIO COMUNALE', 0, 0, 'L');
$p->SetFont($f, 'B', 10);
$p->Cell(0, 7, 'ORIGINALE', 1, 1, 'C');
$p->Ln(2);
// label grid
$p->SetFont($f, '', 7.5);
$p->SetFillColor(230, 230, 230);
$p->Cell(30, 5, 'Numero', 1, 0, 'L', true);
$p->Cell(35, 5, 'Data', 1, 0, 'L', true);
$p->Cell(0, 5, 'Seduta', 1, 1, 'L', true);
$p->SetFont($f, 'B', 10);
$p->Cell(30, 7, '12', 1, 0, 'C');
$p->Cell(35, 7, '16/04/2026', 1, 0, 'C');
$p->SetFont($f, '', 9);
$p->Cell(0, 7, 'Sessione straordinaria - Seduta pubblica di prima convocazione', 1, 1, 'L');
$p->Ln(3);
$p->SetFont($f, 'B', 9.5);
$p->Cell(20, 5, 'Oggetto:', 0, 0, 'L');
$p->MultiCell(0, 5, 'Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale. Modifiche agli articoli 12, 27 e 41.', 'B', 'L');
$p->Ln(3);
$p->SetFont($f, '', 9.5);
$p->MultiCell(0, 5, "L'anno duemilaventisei addì sedici del mese di aprile alle ore 17:30, nella Sala Consiliare del Palazzo Comunale, convocato con avviso prot. n. 5241 del 09/04/2026 notificato ai sensi di legge, si è riunito il Consiglio Comunale.\nAll'appello nominale risultano:", 0, 'L');
$p->Ln(2);
// two-column roll, numbered
$roll = [
 ['DI BACCO ANTONIO', 'Sindaco', 'P'], ['PETRELLA GIULIANA', 'Consigliere', 'P'], ['CIAMPOLI MARCO', 'Consigliere', 'P'],
 ['DI CIOCCIO ROBERTO', 'Consigliere', 'A'], ['SANTILLI FRANCESCA', 'Consigliere', 'P'], ['ANGELONE PAOLO', 'Consigliere', 'P'],
 ['DEL MONACO SERENA', 'Consigliere', 'P'], ['FABRIZI LUCA', 'Consigliere', 'P'], ['GIANCOLA DANIELE', 'Consigliere', 'A'],
 ['TEDESCHI MARIA', 'Consigliere', 'P'], ['LA VECCHIA STEFANO', 'Consigliere', 'P'], ['PACE ANNALISA', 'Consigliere', 'P'],
 ['CIPRIANI GIOVANNI', 'Consigliere', 'P'],
];
$p->SetFont($f, 'B', 8);
for ($k = 0; $k < 2; $k++) {
  $p->Cell(7, 5, 'N.', 'TB', 0, 'C', true); $p->Cell(43, 5, 'Cognome e Nome', 'TB', 0, 'L', true);
  $p->Cell(23, 5, 'Qualifica', 'TB', 0, 'L', true); $p->Cell(8, 5, 'P/A', 'TB', 0, 'C', true);
  if ($k == 0) $p->Cell(5, 5, '', 0, 0);
}
$p->Ln();
$p->SetFont($f, '', 8.5);
for ($i = 0; $i < 7; $i++) {
  foreach ([$i, $i + 7] as $k => $j) {
    if ($j < count($roll)) {
      $r = $roll[$j];
      $p->Cell(7, 5, ($j + 1) . '.', 0, 0, 'C'); $p->Cell(43, 5, $r[0], 0, 0, 'L');
      $p->Cell(23, 5, $r[1], 0, 0, 'L'); $p->Cell(8, 5, $r[2], 0, 0, 'C');
    }
    if ($k == 0) $p->Cell(5, 5, '', 0, 0);
  }
  $p->Ln();
}
$p->SetFont($f, 'B', 8.5);
$p->Cell(0, 6, 'Assegnati n. 13 - In carica n. 13 - Presenti n. 11 - Assenti n. 2', 'T', 1, 'R');
$p->Ln(1);
$p->SetFont($f, '', 9.5);
$p->MultiCell(0, 5, "Presiede la seduta il Sig. Marco Ciampoli nella sua qualità di Presidente del Consiglio.\nPartecipa il Segretario Comunale dott.ssa Rosanna Di Loreto, incaricato della redazione del verbale.\nIl Presidente, riconosciuta la validità del numero legale, dichiara aperta la seduta e invita il Consiglio a deliberare sull'argomento in oggetto, iscritto al punto n. 4 dell'ordine del giorno.", 0, 'L');
$p->Ln(2);
$p->SetFont($f, 'B', 10);
$p->Cell(0, 6, 'IL CONSIGLIO COMUNALE', 0, 1, 'C');
$p->SetFont($f, '', 9.5);
$txt = [
 "Udita la relazione dell'Assessore al Bilancio e ai Tributi, come riportata nel resoconto integrale della seduta;",
 "Premesso che con deliberazione del Consiglio Comunale n. 9 del 29/04/2021 è stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, ai sensi dell'art. 1, commi da 816 a 847, della Legge 27 dicembre 2019, n. 160;",
 "Rilevata la necessità di aggiornare la disciplina delle occupazioni temporanee per manifestazioni ed eventi, delle riduzioni per le attività commerciali interessate da cantieri e dei termini di versamento del canone mercatale;",
 "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 6 del 10/04/2026, acquisito al prot. n. 5388;",
 "Visti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile dell'Area Economico-Finanziaria ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
 "Dato atto che la proposta è stata esaminata dalla Commissione consiliare Bilancio nella seduta del 13/04/2026;",
 "Aperta la discussione, nella quale intervengono i Consiglieri Cipriani, Pace e La Vecchia, come da resoconto integrale;",
 "Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:",
];
foreach ($txt as $t) { $p->MultiCell(0, 5, $t, 0, 'L'); $p->Ln(1); }
// vote grid
$p->Ln(1);
$p->SetFont($f, 'B', 8);
foreach (['Presenti', 'Votanti', 'Favorevoli', 'Contrari', 'Astenuti'] as $h) $p->Cell(34.8, 5, $h, 1, 0, 'C', true);
$p->Ln();
$p->SetFont($f, '', 10);
foreach (['11', '11', '8', '3', '0'] as $v) $p->Cell(34.8, 6, $v, 1, 0, 'C');
$p->Ln();
$p->SetFont($f, '', 8);
$p->Cell(0, 5, '(Contrari: Cipriani, Pace, La Vecchia)', 0, 1, 'L');
$p->Ln(2);
$p->SetFont($f, 'B', 10);
$p->Cell(0, 6, 'D E L I B E R A', 0, 1, 'C');
$p->SetFont($f, '', 9.5);
$pts = [
 "di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, nel testo riportato nell'allegato \"A\", che costituisce parte integrante e sostanziale del presente atto;",
 "di dare atto che le modifiche approvate hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
 "di disporre la pubblicazione del Regolamento, nel testo coordinato, nella sezione \"Amministrazione trasparente\" del sito istituzionale dell'Ente.",
];
foreach ($pts as $i => $t) {
  $p->Cell(8, 5, ($i + 1) . ')', 0, 0, 'L');
  $p->MultiCell(0, 5, $t, 0, 'L');
  $p->Ln(1);
}
$p->Ln(1);
$p->MultiCell(0, 5, "Successivamente, stante l'urgenza di applicare le nuove disposizioni alle occupazioni della stagione estiva, con voti favorevoli 8, contrari 3 (Cipriani, Pace, La Vecchia), astenuti nessuno, espressi per alzata di mano,", 0, 'L');
$p->SetFont($f, 'B', 10);
$p->Cell(0, 6, 'D E L I B E R A', 0, 1, 'C');
$p->SetFont($f, '', 9.5);
$p->MultiCell(0, 5, "di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", 0, 'L');
$p->Ln(6);
// signature band
if ($p->GetY() > 230) $p->AddPage();
$p->SetFont($f, '', 8);
$p->Cell(0, 5, 'Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto come segue.', 0, 1, 'L');
$p->Ln(2);
$p->SetFont($f, 'B', 9);
$p->Cell(87, 5, 'IL PRESIDENTE DEL CONSIGLIO', 0, 0, 'C');
$p->Cell(87, 5, 'IL SEGRETARIO COMUNALE', 0, 1, 'C');
$p->SetFont($f, '', 9);
$p->Cell(87, 5, 'Marco Ciampoli', 0, 0, 'C');
$p->Cell(87, 5, 'dott.ssa Rosanna Di Loreto', 0, 1, 'C');
$p->SetFont($f, 'I', 7);
$p->Cell(87, 4, '(firmato digitalmente)', 0, 0, 'C');
$p->Cell(87, 4, '(firmato digitalmente)', 0, 1, 'C');
$p->Ln(6);
$p->SetFont($f, 'B', 8.5);
$p->Cell(0, 5, 'CERTIFICATO DI PUBBLICAZIONE', 'LTR', 1, 'L', true);
$p->SetFont($f, '', 8.5);
$p->MultiCell(0, 5, "La presente deliberazione viene pubblicata all'Albo Pretorio on line in data 21/04/2026 per quindici giorni consecutivi (reg. pubbl. n. 611).\nPratola Peligna, 21/04/2026                                          Il Responsabile della pubblicazione - Giuseppina Colaiacovo", 'LRB', 'L');
$p->Ln(3);
$p->SetFont($f, '', 7);
$p->MultiCell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.", 0, 'L');
$p->Output($out, 'F');
