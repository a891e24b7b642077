<?php
// Bando di gara n. 3/2026, Comune di Apricena - EmPULIA-style tender notice (TCPDF)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class B extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans', 'B', 13); $this->SetY(10);
    $this->Cell(0, 6, 'COMUNE DI APRICENA', 0, 1, 'C');
    $this->SetFont('dejavusans', '', 8.5); $this->Cell(0, 4, 'Provincia di Foggia', 0, 1, 'C');
    $this->SetFont('dejavusans', 'B', 8.5); $this->Cell(0, 4.5, 'SETTORE IV – LAVORI PUBBLICI E MANUTENZIONI', 0, 1, 'C');
    $this->SetFont('dejavusans', '', 8); $this->Cell(0, 4, 'Ufficio Gare e Contratti – Centrale di committenza su piattaforma EmPULIA', 0, 1, 'C');
    $this->Line(15, 30, 195, 30);
  }
  public function Footer() {
    $this->SetY(-13); $this->SetFont('dejavusans', '', 7);
    $this->Cell(90, 4, 'Bando di gara n. 3/2026 – Procedura aperta telematica', 0, 0, 'L');
    $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$p = new B('P', 'mm', 'A4', true, 'UTF-8');
$p->SetCreator('Gestione Gare'); $p->SetTitle('Bando di gara n. 3/2026'); $p->SetAuthor('Comune di Apricena');
$p->SetMargins(15, 35, 15); $p->SetAutoPageBreak(true, 18); $p->AddPage();
$p->SetFont('dejavusans', 'B', 12); $p->Cell(0, 7, 'BANDO DI GARA N. 3/2026', 0, 1, 'C');
$p->SetFont('dejavusans', '', 8.5); $p->Cell(0, 4, 'Prot. n. 6241 del 21/04/2026', 0, 1, 'C'); $p->Ln(3);
$html = '<table border="1" cellpadding="4"><tr><td width="22%" style="background-color:#e8e8e8"><b>OGGETTO:</b></td><td width="78%"><b>PROCEDURA APERTA TELEMATICA PER L\'AFFIDAMENTO DEI LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA "SAN GIOVANNI BOSCO" – CUP H37G25000410006 – CIG B9A1E07C35</b></td></tr></table>';
$p->SetFont('dejavusans', '', 9); $p->writeHTML($html, true, false, false, false, ''); $p->Ln(2);
$secs = array(
 array('1. STAZIONE APPALTANTE', 'Comune di Apricena – Settore IV Lavori Pubblici e Manutenzioni, Corso Generale Torelli – 71011 Apricena (FG). Responsabile Unico del Progetto: Ing. Raffaele Pazienza.'),
 array('2. PROCEDURA E PIATTAFORMA', 'Procedura aperta ai sensi dell\'art. 71 del D.Lgs. 31 marzo 2023, n. 36, interamente svolta in modalità telematica sulla piattaforma EmPULIA (www.empulia.it), alla quale gli operatori economici devono essere registrati per la presentazione dell\'offerta.'),
 array('3. IMPORTO DELL\'APPALTO', 'Importo complessivo dei lavori: € 742.380,55, di cui € 718.900,00 soggetti a ribasso ed € 23.480,55 per oneri della sicurezza non soggetti a ribasso. Categoria prevalente: OG1, classifica III; categoria scorporabile: OS28, classifica I.'),
 array('4. CRITERIO DI AGGIUDICAZIONE', 'Offerta economicamente più vantaggiosa individuata sulla base del miglior rapporto qualità/prezzo, ai sensi dell\'art. 108 del D.Lgs. 36/2023: offerta tecnica punti 80, offerta economica punti 20.'),
 array('5. TERMINE DI ESECUZIONE', '240 (duecentoquaranta) giorni naturali e consecutivi decorrenti dalla data del verbale di consegna dei lavori.'),
 array('6. FINANZIAMENTO', 'Intervento finanziato con fondi del Programma Regionale Puglia FESR-FSE+ 2021-2027, Azione 2.1, e per la quota residua con fondi del bilancio comunale.'),
 array('7. TERMINE PER LA PRESENTAZIONE DELLE OFFERTE', 'Le offerte dovranno pervenire esclusivamente tramite la piattaforma EmPULIA entro le ore 12:00 del giorno 26/05/2026. La prima seduta pubblica virtuale si terrà il giorno 27/05/2026 alle ore 10:00.'),
 array('8. DOCUMENTAZIONE', 'Il disciplinare di gara, il progetto esecutivo e la modulistica sono disponibili sulla piattaforma EmPULIA e nella sezione "Amministrazione Trasparente – Bandi di gara e contratti" del sito istituzionale dell\'Ente.'),
 array('9. PROCEDURE DI RICORSO', 'Tribunale Amministrativo Regionale per la Puglia – Bari, entro 30 giorni dalla pubblicazione del presente bando, ai sensi dell\'art. 120 del D.Lgs. 104/2010.'));
foreach ($secs as $s) {
  $p->SetFont('dejavusans', 'B', 9); $p->Cell(0, 5.5, $s[0], 'B', 1, 'L');
  $p->SetFont('dejavusans', '', 9); $p->MultiCell(0, 4.6, $s[1], 0, 'L', false, 1); $p->Ln(1.5);
}
$p->Ln(3); $p->SetFont('dejavusans', '', 9); $p->Cell(0, 5, 'Apricena, 21/04/2026', 0, 1, 'L');
$p->SetX(110); $p->SetFont('dejavusans', 'B', 9); $p->Cell(0, 5, 'IL RESPONSABILE DEL SETTORE IV', 0, 1, 'C');
$p->SetX(110); $p->SetFont('dejavusans', '', 9); $p->Cell(0, 5, 'Ing. Raffaele Pazienza', 0, 1, 'C');
$p->SetX(110); $p->SetFont('dejavusans', 'I', 7); $p->Cell(0, 4, '(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)', 0, 1, 'C');
$p->Output($argv[1], 'F');
