<?php
// Giunta deliberation of the Unione dei Comuni Alta Gallura, laid out like a
// combit List & Label report of a Windows "atti" package: banded header with
// grey field captions in boxes, the roll in prose, the vote in a small table,
// lettered points. Producer: classic PHP FPDF 1.84 (core Helvetica, cp1252).
require('/usr/share/php/fpdf/fpdf.php');

function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

class P extends FPDF {
    public $num = '14';
    public $data = '19/02/2026';
    function Header() {
        $this->SetDrawColor(90, 90, 90);
        $this->SetLineWidth(0.3);
        if ($this->PageNo() == 1) {
            $this->Rect(15, 12, 18, 20);
            $this->SetFont('Helvetica', '', 5);
            $this->SetXY(15, 21); $this->Cell(18, 3, 'logo Unione', 0, 0, 'C');
            $this->SetFont('Helvetica', 'B', 15);
            $this->SetXY(37, 13); $this->Cell(150, 7, w('UNIONE DEI COMUNI ALTA GALLURA'));
            $this->SetFont('Helvetica', '', 8.5);
            $this->SetXY(37, 20); $this->Cell(150, 4.5, w('Aggius - Aglientu - Bortigiadas - Calangianus - Luogosanto - Luras'));
            $this->SetXY(37, 24.5); $this->Cell(150, 4.5, w('Sede legale: Via Roma, 52 - 07023 Calangianus (SS) - C.F. 91032870905'));
            $this->Line(15, 34, 195, 34);
            $this->SetY(37);
        } else {
            $this->SetFont('Helvetica', 'I', 7.5);
            $this->SetXY(15, 8);
            $this->Cell(90, 4, w('Unione dei Comuni Alta Gallura'), 0, 0, 'L');
            $this->Cell(90, 4, w('Delibera G.U. n. ' . $this->num . ' del ' . $this->data), 0, 0, 'R');
            $this->Line(15, 12.5, 195, 12.5);
            $this->SetY(16);
        }
    }
    function Footer() {
        $this->SetY(-16);
        $this->SetFont('Helvetica', '', 6.5);
        $this->SetTextColor(80, 80, 80);
        $this->Cell(120, 3.5, w('Stampato il 23/02/2026 10:14 - utente: segreteria.unione'), 0, 0, 'L');
        $this->Cell(60, 3.5, w('Pag. ' . $this->PageNo() . '/{nb}'), 0, 1, 'R');
        $this->Cell(180, 3.5, w('Documento sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005 e s.m.i.'), 0, 0, 'L');
        $this->SetTextColor(0, 0, 0);
    }
    function Cap($x, $y, $wd, $h, $cap, $val, $fs = 10) {
        $this->Rect($x, $y, $wd, $h);
        $this->SetFont('Helvetica', '', 6.5);
        $this->SetTextColor(110, 110, 110);
        $this->SetXY($x + 1, $y + 0.8); $this->Cell($wd - 2, 3, w($cap));
        $this->SetTextColor(0, 0, 0);
        $this->SetFont('Helvetica', 'B', $fs);
        $this->SetXY($x + 1, $y + 4); $this->Cell($wd - 2, $h - 5, w($val));
    }
    function Par($t, $h = 5, $style = '', $size = 10, $align = 'J') {
        $this->SetFont('Helvetica', $style, $size);
        $this->MultiCell(0, $h, w($t), 0, $align);
        $this->Ln(1.2);
    }
}

$p = new P('P', 'mm', 'A4');
$p->AliasNbPages();
$p->SetMargins(15, 15, 15);
$p->SetAutoPageBreak(true, 20);
$p->SetTitle('Deliberazione della Giunta dell\'Unione n. 14 del 19/02/2026');
$p->SetAuthor(w('Unione dei Comuni Alta Gallura'));
$p->SetCreator('List & Label 28 (imitazione) - Atti Unione');
$p->AddPage();

$p->SetFont('Helvetica', 'B', 12.5);
$p->Cell(0, 7, w("DELIBERAZIONE DELLA GIUNTA DELL'UNIONE"), 0, 1, 'C');
$p->SetFont('Helvetica', '', 8);
$p->Cell(0, 4, w('COPIA CONFORME ALL\'ORIGINALE'), 0, 1, 'C');
$y = $p->GetY() + 2;
$p->Cap(15, $y, 30, 11, 'Numero', '14');
$p->Cap(45, $y, 35, 11, 'Data seduta', '19/02/2026');
$p->Cap(80, $y, 25, 11, 'Ora', '16:00');
$p->Cap(105, $y, 90, 11, 'Ufficio proponente', 'Servizio Polizia Locale Associata', 9);
$p->SetY($y + 13);
$subj = "Approvazione schema di convenzione con i Comuni aderenti per la gestione associata del servizio di Polizia Locale – annualità 2026-2027.";
$yy = $p->GetY();
$p->SetFont('Helvetica', '', 6.5); $p->SetTextColor(110, 110, 110);
$p->SetXY(16, $yy + 0.8); $p->Cell(30, 3, 'Oggetto');
$p->SetTextColor(0, 0, 0);
$p->SetXY(16, $yy + 4.5);
$p->SetFont('Helvetica', 'B', 10.5);
$p->MultiCell(178, 5, w($subj), 0, 'L');
$h = $p->GetY() - $yy + 1.5;
$p->Rect(15, $yy, 180, $h);
$p->SetY($yy + $h + 4);

$p->Par("L'anno duemilaventisei, il giorno diciannove del mese di febbraio, alle ore 16:00, nella sede dell'Unione, convocata nei modi di legge, si è riunita la Giunta dell'Unione.");
$p->Par("Sono presenti i Sigg.ri: CAREDDU ANTONIO – Presidente; MANNONI GAVINA – Vice Presidente; SOTGIU PIETRO PAOLO – Componente; TAMPONI MARIO – Componente; ADDIS SEBASTIANO – Componente.");
$p->Par("Risulta assente il Sig.: DEMURO ANGELO – Componente.");
$p->Par("Presiede la seduta il Sig. Antonio Careddu, Presidente dell'Unione. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario dell'Unione Dott.ssa Maria Grazia Cossu.");
$p->Par("Il Presidente, accertato il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto.");
$p->Ln(1);
$p->Par('LA GIUNTA DELL\'UNIONE', 6, 'B', 10.5, 'C');
foreach ([
  "PREMESSO che lo Statuto dell'Unione, all'art. 7, prevede l'esercizio in forma associata della funzione di Polizia Locale per i Comuni che vi abbiano aderito con deliberazione dei rispettivi Consigli comunali;",
  "VISTA la L.R. 4 febbraio 2016, n. 2, recante il riordino del sistema delle autonomie locali della Sardegna, e in particolare l'art. 4;",
  "RICHIAMATA la deliberazione dell'Assemblea dell'Unione n. 3 del 28/01/2026, con la quale è stato approvato il bilancio di previsione 2026/2028;",
  "DATO ATTO che i Comuni di Aggius, Bortigiadas, Calangianus e Luras hanno manifestato la volontà di proseguire nella gestione associata del servizio per il biennio 2026-2027, con riparto dei costi in proporzione alla popolazione residente al 31 dicembre 2025;",
  "VISTO lo schema di convenzione predisposto dal Comandante del Servizio associato, composto da 14 articoli, allegato alla presente quale parte integrante e sostanziale;",
  "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
  "Con votazione palese, il cui esito è riportato nel prospetto che segue:",
] as $t) { $p->Par($t); }

// vote table
$p->SetFont('Helvetica', 'B', 8.5);
$cols = ['Presenti', 'Votanti', 'Favorevoli', 'Contrari', 'Astenuti'];
$p->SetX(35);
foreach ($cols as $c) { $p->Cell(28, 6, $c, 1, 0, 'C'); }
$p->Ln();
$p->SetFont('Helvetica', '', 9);
$p->SetX(35);
foreach (['5', '5', '5', '0', '0'] as $c) { $p->Cell(28, 6, $c, 1, 0, 'C'); }
$p->Ln(9);

$p->Par('DELIBERA', 6, 'B', 10.5, 'C');
$pts = [
  "di approvare lo schema di convenzione per la gestione associata del servizio di Polizia Locale tra l'Unione dei Comuni Alta Gallura e i Comuni di Aggius, Bortigiadas, Calangianus e Luras per le annualità 2026-2027;",
  "di stabilire che la quota di compartecipazione a carico di ciascun Comune sarà determinata in proporzione alla popolazione residente al 31 dicembre 2025;",
  "di autorizzare il Presidente dell'Unione alla sottoscrizione della convenzione, con facoltà di apportare le modifiche non sostanziali che si rendessero necessarie;",
  "di trasmettere copia del presente atto ai Comuni interessati per gli adempimenti di competenza.",
];
$L = ['a)', 'b)', 'c)', 'd)'];
foreach ($pts as $i => $t) {
  $p->SetFont('Helvetica', '', 10);
  $p->SetX(20); $p->Cell(7, 5, $L[$i]);
  $p->MultiCell(0, 5, w($t), 0, 'J');
  $p->Ln(1);
}
$p->Ln(1);
$p->Par("Inoltre, con separata votazione unanime, la Giunta dell'Unione dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.");
$p->Ln(4);
$p->SetFont('Helvetica', 'B', 9.5);
$p->Cell(90, 5, w('IL PRESIDENTE'), 0, 0, 'C');
$p->Cell(90, 5, w("IL SEGRETARIO DELL'UNIONE"), 0, 1, 'C');
$p->SetFont('Helvetica', '', 9.5);
$p->Cell(90, 5, w('F.to Antonio Careddu'), 0, 0, 'C');
$p->Cell(90, 5, w('F.to Dott.ssa Maria Grazia Cossu'), 0, 1, 'C');
$p->Ln(6);
$y = $p->GetY();
$p->SetFont('Helvetica', 'B', 8.5);
$p->Cell(0, 5, w('CERTIFICATO DI PUBBLICAZIONE'), 'LTR', 1, 'L');
$p->SetFont('Helvetica', '', 8.5);
$p->MultiCell(0, 4.5, w("Si certifica che la presente deliberazione è pubblicata all'Albo Pretorio on line dell'Unione dal 23/02/2026 per 15 giorni consecutivi (registro n. 61/2026).\nCalangianus, 23/02/2026 - L'addetto alla pubblicazione: Giovanna Pes"), 'LBR', 'L');
$p->Output('F', $argv[1]);
