<?php
// Determinazione of the Comune di Pietragalla printed with FPDF 1.8 (core fonts, cp1252),
// as a small PHP back-office of a Basilicata comune does.
require('/usr/share/php/fpdf/fpdf.php');
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

class Det extends FPDF {
    function Header() {
        $this->SetY(10);
        $this->SetFont('Times', 'B', 15);
        $this->Cell(0, 7, w('COMUNE DI PIETRAGALLA'), 0, 1, 'C');
        $this->SetFont('Times', 'I', 10);
        $this->Cell(0, 5, w('Provincia di Potenza'), 0, 1, 'C');
        $this->SetFont('Times', '', 8);
        $this->Cell(0, 4, w('Corso Giuseppe Garibaldi, 1 - 85016 Pietragalla (PZ) - comune.pietragalla@cert.ruparbasilicata.it'), 0, 1, 'C');
        $this->SetLineWidth(0.6); $this->Line(15, $this->GetY() + 1.5, 195, $this->GetY() + 1.5);
        // register stamp, top right
        $this->SetXY(152, 6); $this->SetFont('Courier', 'B', 8);
        $this->SetDrawColor(40, 40, 120); $this->SetTextColor(40, 40, 120); $this->SetLineWidth(0.3);
        $this->MultiCell(43, 3.6, w("REGISTRO GENERALE\nN. 97 del 13/03/2026"), 1, 'C');
        $this->SetTextColor(0); $this->SetDrawColor(0);
        $this->SetY(32);
    }
    function Footer() {
        $this->SetY(-14);
        $this->SetFont('Times', 'I', 7.5);
        $this->Cell(120, 4, w('Determinazione Area Tecnica - Manutentiva n. 31/2026'), 0, 0, 'L');
        $this->Cell(0, 4, w('Pag. ') . $this->PageNo() . '/{nb}', 0, 0, 'R');
    }
}

$p = new Det('P', 'mm', 'A4');
$p->SetMargins(20, 20, 15);
$p->SetAutoPageBreak(true, 20);
$p->AliasNbPages();
$p->SetTitle('Determinazione n. 31 del 13/03/2026');
$p->SetCreator('FPDF - procedura atti');
$p->AddPage();

$p->SetFont('Times', 'B', 11);
$p->Cell(0, 6, w('AREA TECNICA - MANUTENTIVA'), 0, 1, 'C');
$p->SetFont('Times', '', 10);
$p->Cell(0, 5, w('Servizio Ambiente e Igiene Urbana'), 0, 1, 'C');
$p->Ln(3);
$p->SetFont('Times', 'B', 12);
$p->Cell(0, 6, w('DETERMINAZIONE N. 31 DEL 13/03/2026'), 0, 1, 'C');
$p->Ln(3);
$p->SetFont('Times', 'B', 10.5);
$p->Cell(22, 5.5, w('OGGETTO:'), 0, 0, 'L');
$p->MultiCell(0, 5.5, w('Impegno e liquidazione della spesa per il conferimento della frazione organica (CER 20.01.08) presso l’impianto di compostaggio di Potenza – periodo gennaio-febbraio 2026.'), 'B', 'J');
$p->Ln(4);

$p->SetFont('Times', 'B', 10.5);
$p->Cell(0, 6, w('IL RESPONSABILE DELL’AREA'), 0, 1, 'C');
$p->SetFont('Times', '', 10.5);
$txt = [
 'Visto il decreto sindacale n. 2 del 07/01/2026, con cui al sottoscritto sono state attribuite le funzioni di Responsabile dell’Area Tecnica - Manutentiva;',
 'Premesso che il Comune conferisce la frazione organica dei rifiuti urbani raccolta in forma differenziata presso l’impianto di compostaggio sito in Potenza, località Pian del Cerro, gestito dalla società Ecoservizi Lucani S.r.l., in forza del contratto rep. n. 412 del 22/12/2025;',
 'Viste le fatture elettroniche n. 38/PA del 31/01/2026 (t. 41,320 - € 5.164,92) e n. 77/PA del 28/02/2026 (t. 37,880 - € 4.735,00), IVA 10% compresa;',
 'Accertata la regolarità del servizio e la regolarità contributiva della società (DURC on line prot. INAIL_52341876);',
 'Visti il D.Lgs. 267/2000, il D.Lgs. 152/2006 e il vigente Regolamento di contabilità;',
];
foreach ($txt as $t) { $p->MultiCell(0, 5.2, w($t), 0, 'J'); $p->Ln(1.5); }
$p->Ln(2);
$p->SetFont('Times', 'B', 11);
$p->Cell(0, 6, w('D E T E R M I N A'), 0, 1, 'C');
$p->SetFont('Times', '', 10.5);
$pts = [
 'di impegnare e contestualmente liquidare in favore della società Ecoservizi Lucani S.r.l. la somma complessiva di € 9.899,92, IVA compresa, a saldo delle fatture citate in premessa;',
 'di imputare la spesa alla Missione 09, Programma 03, capitolo 1736 "Spese per smaltimento rifiuti" del bilancio di previsione 2026/2028, esercizio 2026 (impegno n. 143/2026);',
 'di trasmettere il presente atto al Servizio Finanziario per il visto di regolarità contabile e per l’emissione del mandato, con applicazione dello split payment ai sensi dell’art. 17-ter del D.P.R. 633/1972.',
];
foreach ($pts as $i => $t) {
    $p->Cell(8, 5.2, ($i + 1) . ')', 0, 0, 'L');
    $p->MultiCell(0, 5.2, w($t), 0, 'J'); $p->Ln(1);
}
$p->Ln(6);
$p->Cell(90, 5, w('Pietragalla, 13/03/2026'), 0, 0, 'L');
$p->Cell(0, 5, w('IL RESPONSABILE DELL’AREA'), 0, 1, 'C');
$p->Cell(90, 5, '', 0, 0);
$p->SetFont('Times', 'B', 10.5);
$p->Cell(0, 5, w('Ing. Donato Laurino'), 0, 1, 'C');
$p->SetFont('Times', 'I', 8);
$p->Cell(90, 4, '', 0, 0);
$p->Cell(0, 4, w('Firma autografa sostituita a mezzo stampa ex art. 3, c. 2, D.Lgs. 39/1993'), 0, 1, 'C');
$p->Ln(8);
$p->SetFont('Times', 'B', 9.5);
$p->Cell(0, 5, w('SERVIZIO FINANZIARIO - VISTO DI REGOLARITÀ CONTABILE'), 'LTR', 1, 'L');
$p->SetFont('Times', '', 9.5);
$p->MultiCell(0, 4.6, w("Visto, si attesta la copertura finanziaria della spesa (art. 183, comma 7, D.Lgs. 267/2000).\nImpegno n. 143/2026 - Liquidazione n. 201/2026.\nPietragalla, 16/03/2026                                   Il Responsabile del Servizio Finanziario - Dott.ssa Rosa Lorusso"), 'LBR', 'L');
$p->Ln(5);
$p->SetFont('Times', 'B', 9.5);
$p->Cell(0, 5, w('CERTIFICATO DI PUBBLICAZIONE'), 'LTR', 1, 'L');
$p->SetFont('Times', '', 9.5);
$p->MultiCell(0, 4.6, w("Copia della presente determinazione viene pubblicata all’Albo Pretorio on line dal 19/03/2026 al 03/04/2026 - N. 188 del Registro delle Pubblicazioni.\nIl Responsabile della Pubblicazione - Sig. Michele Cillis"), 'LBR', 'L');
$p->Output('F', $argv[1]);
