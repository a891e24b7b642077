<?php
// Comune di Genzano di Lucania - determinazione R.G. 214/2026 (TCPDF, laid out like an old ezPDF/R&OS print)
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
class P extends TCPDF {
  public function Header() {
    if ($this->getPage() == 1) return;
    $this->SetFont('times', 'I', 8);
    $this->Cell(0, 5, 'Comune di Genzano di Lucania - Determinazione Registro Generale n. 214 del 04/03/2026', 'B', 1, 'L');
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('times', '', 8);
    $this->Cell(0, 4, 'Atto sottoscritto con firma digitale ai sensi dell\'art. 24 del D.Lgs. 82/2005 - il documento informatico originale è conservato presso l\'Ente', 'T', 1, 'C');
    $this->Cell(0, 4, 'pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$p = new P('P', 'mm', 'A4', true, 'UTF-8');
$p->SetCreator('ezPDF-ATTI 3.2 (Area Tecnica)');
$p->SetAuthor('Comune di Genzano di Lucania');
$p->SetTitle('Determinazione RG 214/2026');
$p->SetMargins(22, 18, 20); $p->SetAutoPageBreak(true, 20);
$p->AddPage();
// letterhead
$p->SetLineWidth(0.6); $p->Circle(34, 30, 9); $p->SetFont('times', '', 6); $p->Text(27.5, 29, 'STEMMA');
$p->SetFont('times', 'B', 18); $p->SetXY(48, 20); $p->Cell(0, 8, 'COMUNE DI GENZANO DI LUCANIA', 0, 1, 'L');
$p->SetFont('times', '', 10.5); $p->SetX(48); $p->Cell(0, 5, 'Provincia di Potenza', 0, 1, 'L');
$p->SetFont('times', '', 8.5); $p->SetX(48); $p->Cell(0, 4, 'Piazza Municipio - 85013 Genzano di Lucania (PZ) - tel. 0971 000000', 0, 1, 'L');
$p->Ln(6);
$p->SetFont('times', 'B', 12.5); $p->Cell(0, 6, 'AREA TECNICA', 0, 1, 'C');
$p->SetFont('times', '', 11); $p->Cell(0, 5, 'Servizio Lavori Pubblici, Manutenzioni e Protezione Civile', 0, 1, 'C');
$p->Ln(3);
// label grid
$p->SetFont('times', 'B', 11); $p->SetFillColor(230, 230, 230);
$p->Cell(0, 7, 'DETERMINAZIONE DEL RESPONSABILE DELL\'AREA', 1, 1, 'C', true);
$p->SetFont('times', '', 10);
$p->Cell(42, 6, 'Registro Generale', 1, 0, 'L'); $p->SetFont('times', 'B', 10); $p->Cell(42, 6, 'N. 214', 1, 0, 'C');
$p->SetFont('times', '', 10); $p->Cell(20, 6, 'del', 1, 0, 'C'); $p->SetFont('times', 'B', 10); $p->Cell(0, 6, '04/03/2026', 1, 1, 'C');
$p->SetFont('times', '', 10);
$p->Cell(42, 6, 'Registro del Servizio', 1, 0, 'L'); $p->Cell(42, 6, 'N. 62', 1, 0, 'C'); $p->Cell(20, 6, 'del', 1, 0, 'C'); $p->Cell(0, 6, '03/03/2026', 1, 1, 'C');
$p->Ln(4);
$p->SetFont('times', 'B', 11);
$p->MultiCell(0, 5.5, "OGGETTO: LAVORI DI MANUTENZIONE STRAORDINARIA DELLA RETE DI PUBBLICA ILLUMINAZIONE IN VIA DEI MILLE E IN CONTRADA PIANO DEI TORRI. APPROVAZIONE DELLO STATO FINALE E DEL CERTIFICATO DI REGOLARE ESECUZIONE. LIQUIDAZIONE DEL SALDO.", 'TB', 'L');
$p->Ln(4);
$p->SetFont('times', 'B', 11.5); $p->Cell(0, 6, 'IL RESPONSABILE DELL\'AREA TECNICA', 0, 1, 'C'); $p->Ln(1);
$p->SetFont('times', '', 11);
$txt = array(
"PREMESSO che con determinazione del Responsabile dell'Area Tecnica R.G. n. 611 del 21/10/2025 sono stati affidati all'impresa Elettrosud di Carlo Lamorte & C. s.n.c., con sede in Banzi (PZ), i lavori di manutenzione straordinaria della rete di pubblica illuminazione in Via dei Mille e in Contrada Piano dei Torri, per l'importo contrattuale di € 46.280,00 oltre IVA;",
"VISTO il verbale di consegna dei lavori in data 10/11/2025 e il certificato di ultimazione dei lavori in data 13/02/2026;",
"VISTI lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal Direttore dei Lavori, Ing. Rocco Santarsiero, in data 24/02/2026, dai quali risulta un credito residuo dell'impresa di € 9.256,00 oltre IVA 22%, al netto degli acconti già corrisposti;",
"ACCERTATA la regolarità contributiva dell'impresa (DURC on line prot. INPS_49902317, scadenza 05/06/2026) e verificata l'assenza di inadempimenti ai sensi dell'art. 48-bis del D.P.R. 602/1973;",
"VISTO il decreto sindacale n. 2 del 07/01/2026 di attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
);
foreach ($txt as $t) { $p->MultiCell(0, 5.2, $t, 0, 'L'); $p->Ln(1.2); }
$p->Ln(2);
$p->SetFont('times', 'B', 11.5); $p->Cell(0, 6, 'D E T E R M I N A', 0, 1, 'C'); $p->Ln(1);
$p->SetFont('times', '', 11);
$pts = array(
"di approvare lo stato finale dei lavori e il certificato di regolare esecuzione dei lavori di manutenzione straordinaria della rete di pubblica illuminazione in Via dei Mille e in Contrada Piano dei Torri, redatti dal Direttore dei Lavori in data 24/02/2026;",
"di liquidare all'impresa Elettrosud di Carlo Lamorte & C. s.n.c. la somma di € 9.256,00 oltre IVA 22% pari a € 2.036,32, per complessivi € 11.292,32, a saldo di ogni suo avere, giusta fattura elettronica n. 7/PA del 26/02/2026;",
"di imputare la spesa al capitolo 8230/1 \"Manutenzione straordinaria impianti di illuminazione pubblica\" del bilancio 2026, in conto residui 2025, impegno n. 1187/2025;",
"di svincolare la cauzione definitiva prestata dall'impresa mediante polizza fideiussoria n. 2025/13/6194550.",
);
foreach ($pts as $t) {
  $y = $p->GetY(); $p->SetX(26); $p->Cell(5, 5.2, chr(149) == '' ? '-' : '•', 0, 0, 'L');
  $p->SetX(31); $p->MultiCell(0, 5.2, $t, 0, 'L'); $p->Ln(1.2);
}
$p->Ln(6);
$p->SetFont('times', '', 11);
$p->SetX(110); $p->MultiCell(0, 5.2, "IL RESPONSABILE DELL'AREA TECNICA\nIng. Donato Carlucci", 0, 'C');
$p->Ln(8);
if ($p->GetY() > 230) { $p->AddPage(); }
$p->SetX(22);
$p->SetFont('times', 'B', 9.5);
$p->Cell(0, 6, 'ATTESTAZIONE DI COPERTURA FINANZIARIA', 'LTR', 1, 'L');
$p->SetFont('times', '', 9.5);
$p->MultiCell(0, 5, "Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 147-bis e 151, comma 4, del D.Lgs. 267/2000.\nGenzano di Lucania, 04/03/2026                                   Il Responsabile dell'Area Finanziaria - Dott.ssa Angela Lioy", 'LBR', 'L');
$p->Output($out, 'F');
