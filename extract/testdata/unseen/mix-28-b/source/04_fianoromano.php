<?php
// Comune di Fiano Romano - determinazione R.G. 312/2026 (Settore III, sector n. 58).
// Layout after a "Soluzione PA" print: letterhead, Settore/Servizio heading, register
// label grid (Registro Generale / Registro di Settore / Proposta), OGGETTO box, impegno
// table, visto contabile, digital-signature foot. Built with TCPDF (php-tcpdf).
require_once('/usr/share/php/tcpdf/tcpdf.php');

class DetPDF extends TCPDF {
    public function Header() {
        $this->SetFont('helvetica', 'B', 16);
        $this->SetY(10);
        $this->Cell(0, 7, 'COMUNE DI FIANO ROMANO', 0, 1, 'C');
        $this->SetFont('helvetica', '', 9);
        $this->Cell(0, 4.5, 'Città Metropolitana di Roma Capitale', 0, 1, 'C');
        $this->SetFont('helvetica', '', 7.5);
        $this->Cell(0, 4, 'Piazza Guglielmo Marconi, 11 - 00065 Fiano Romano (RM) - P.IVA 02113661004', 0, 1, 'C');
        $this->Line(15, 27, 195, 27);
    }
    public function Footer() {
        $this->SetY(-16);
        $this->SetFont('helvetica', 'I', 7);
        $this->Cell(120, 4, 'Determinazione R.G. n. 312 del 17/03/2026 - Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', 0, 0, 'L');
        $this->Cell(0, 4, 'Pag. ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Soluzione PA - Gestione Atti');
$pdf->SetAuthor('Comune di Fiano Romano');
$pdf->SetTitle('Determinazione n. 312 del 17/03/2026');
$pdf->SetMargins(18, 32, 15);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

$pdf->SetFont('helvetica', 'B', 10.5);
$pdf->Cell(0, 6, 'SETTORE III – LAVORI PUBBLICI, MANUTENZIONI E PATRIMONIO', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$pdf->Cell(0, 5, 'Servizio Manutenzione Strade e Verde Pubblico', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 12);
$pdf->Cell(0, 7, 'DETERMINAZIONE DEL RESPONSABILE DEL SETTORE', 0, 1, 'C');
$pdf->Ln(2);

// register label grid
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetFillColor(230, 230, 230);
$w = array(50, 35, 45);
$x0 = 18 + (177 - array_sum($w)) / 2;
$rows = array(
    array('Registro Generale', 'N. 312', 'del 17/03/2026'),
    array('Registro di Settore', 'N. 58', 'del 16/03/2026'),
    array('Proposta', 'N. 71', 'del 13/03/2026'),
);
foreach ($rows as $r) {
    $pdf->SetX($x0);
    $pdf->SetFont('helvetica', 'B', 8.5);
    $pdf->Cell($w[0], 6, $r[0], 1, 0, 'L', true);
    $pdf->SetFont('helvetica', '', 9);
    $pdf->Cell($w[1], 6, $r[1], 1, 0, 'C');
    $pdf->Cell($w[2], 6, $r[2], 1, 1, 'C');
}
$pdf->Ln(4);

$subject = 'AFFIDAMENTO DIRETTO, AI SENSI DELL\'ART. 50, COMMA 1, LETT. B), DEL D.LGS. N. 36/2023, DEL SERVIZIO DI SFALCIO E MANUTENZIONE DEL VERDE NELLE AREE SCOLASTICHE COMUNALI - PERIODO APRILE/OTTOBRE 2026 - DITTA "GREEN SERVICE SABINA S.R.L." - IMPEGNO DI SPESA - CIG B7F3A21C9D';
$pdf->SetFont('helvetica', 'B', 9.5);
$pdf->Cell(22, 6, 'OGGETTO:', 'LTB', 0, 'L');
$pdf->MultiCell(0, 5, $subject, 'RTB', 'L', false, 1);
$pdf->Ln(4);

$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'IL RESPONSABILE DEL SETTORE', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$prem = array(
    'VISTO il Decreto Sindacale n. 4 del 02/01/2026, con il quale al sottoscritto Arch. Gianluca Proietti sono state conferite le funzioni di Responsabile del Settore III - Lavori Pubblici, Manutenzioni e Patrimonio, con attribuzione dell\'incarico di Elevata Qualificazione;',
    'RICHIAMATE la deliberazione del Consiglio Comunale n. 52 del 19/12/2025, di approvazione del Documento Unico di Programmazione e del Bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 2 del 08/01/2026, di approvazione del Piano Esecutivo di Gestione;',
    'PREMESSO che occorre garantire, nel periodo aprile/ottobre 2026, lo sfalcio periodico dei tappeti erbosi, la potatura delle siepi e la raccolta delle foglie nelle aree esterne dei plessi scolastici comunali (Scuola dell\'infanzia "Il Girasole", Scuola primaria "Giovanni XXIII" e Scuola secondaria di primo grado "Enrico Fermi");',
    'VISTO l\'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l\'affidamento diretto dei servizi di importo inferiore a 140.000,00 euro, anche senza consultazione di più operatori economici;',
    'DATO ATTO che, mediante la piattaforma di approvvigionamento digitale certificata in uso all\'Ente, è stata richiesta offerta alla ditta "Green Service Sabina S.r.l." con sede in Poggio Mirteto (RI), la quale ha offerto l\'importo di euro 18.640,00 oltre IVA al 22%, ritenuto congruo in relazione ai prezzi di mercato;',
    'ACCERTATO il possesso dei requisiti di ordine generale mediante il Fascicolo Virtuale dell\'Operatore Economico e verificata la regolarità contributiva (DURC prot. INAIL_52887130 con scadenza 02/07/2026);',
    'DATO ATTO che il Responsabile Unico del Progetto è il Geom. Sandro Mastrangeli e che non sussistono situazioni di conflitto di interessi ai sensi dell\'art. 16 del D.Lgs. n. 36/2023;',
);
foreach ($prem as $p) { $pdf->MultiCell(0, 4.6, $p . "\n", 0, 'J', false, 1); $pdf->Ln(1.2); }
$pdf->Ln(1);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'DETERMINA', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$pts = array(
    'di affidare, ai sensi dell\'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, alla ditta "Green Service Sabina S.r.l." (P.IVA 01187650579) il servizio di sfalcio e manutenzione del verde nelle aree scolastiche comunali per il periodo aprile/ottobre 2026, per l\'importo di euro 18.640,00 oltre IVA al 22%, per complessivi euro 22.740,80;',
    'di impegnare la spesa complessiva di euro 22.740,80 come indicato nella tabella seguente;',
    'di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l\'uso commerciale, ai sensi dell\'art. 18, comma 1, del D.Lgs. n. 36/2023;',
    'di dare atto che la liquidazione avverrà a seguito di presentazione di regolari fatture elettroniche, previa verifica della regolare esecuzione del servizio;',
    'di disporre la pubblicazione del presente atto all\'Albo Pretorio on line e nella sezione "Amministrazione Trasparente - Bandi di gara e contratti".',
);
$i = 1;
foreach ($pts as $p) {
    $pdf->Cell(7, 4.6, $i++ . '.', 0, 0, 'R');
    $pdf->MultiCell(0, 4.6, $p . "\n", 0, 'J', false, 1);
    $pdf->Ln(1.2);
}
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 8);
$tw = array(20, 28, 18, 18, 58, 35);
$th = array('Esercizio', 'Missione/Progr.', 'Titolo', 'Capitolo', 'Descrizione', 'Importo (euro)');
foreach ($th as $k => $h) $pdf->Cell($tw[$k], 6, $h, 1, 0, 'C', true);
$pdf->Ln();
$pdf->SetFont('helvetica', '', 8);
$tr = array(array('2026', '04.02', '1', '1420/3', 'Manutenzione aree verdi scolastiche', '22.740,80'));
foreach ($tr as $r) { foreach ($r as $k => $v) $pdf->Cell($tw[$k], 6, $v, 1, 0, $k == 5 ? 'R' : 'C'); $pdf->Ln(); }
$pdf->Ln(4);
$pdf->SetFont('helvetica', '', 9.5);
if ($pdf->GetY() > 297 - 22 - 22) { $pdf->AddPage(); }
$pdf->Cell(0, 5, 'Fiano Romano, 16/03/2026', 0, 1, 'L');
$pdf->SetX(110);
$pdf->MultiCell(85, 5, "IL RESPONSABILE DEL SETTORE III\nArch. Gianluca Proietti\n(firmato digitalmente)", 0, 'C', false, 1);

$pdf->Ln(8);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$pdf->MultiCell(0, 4.6, 'Ai sensi dell\'art. 183, comma 7, del D.Lgs. 18 agosto 2000, n. 267, si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, con registrazione dell\'impegno n. 611/2026 di euro 22.740,80 sul capitolo 1420/3 del bilancio 2026. La determinazione è esecutiva ed è iscritta al Registro Generale con il n. 312 in data 17/03/2026.' . "\n", 0, 'J', false, 1);
$pdf->Ln(3);
$pdf->Cell(0, 5, 'Fiano Romano, 17/03/2026', 0, 1, 'L');
$pdf->SetX(110);
$pdf->MultiCell(85, 5, "IL RESPONSABILE DEL SETTORE II\nSERVIZI FINANZIARI\nDott.ssa Manuela Ciarletta\n(firmato digitalmente)", 0, 'C', false, 1);
$pdf->Ln(8);
$pdf->SetFont('helvetica', 'B', 9);
$pdf->Cell(0, 6, 'PUBBLICAZIONE', 'T', 1, 'L');
$pdf->SetFont('helvetica', '', 9);
$pdf->MultiCell(0, 4.6, 'La presente determinazione viene pubblicata all\'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 18/03/2026 al 02/04/2026 (n. 978 del registro delle pubblicazioni).' . "\n", 0, 'J', false, 1);

$pdf->Output($argv[1], 'F');
