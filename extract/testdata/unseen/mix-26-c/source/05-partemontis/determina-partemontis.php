<?php
// Unione dei Comuni "Parte Montis" - determinazione del Responsabile del Settore (TCPDF), layout imitating an Inforcoop atti print
require_once('/usr/share/php/tcpdf/tcpdf.php');

class DetPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 13);
        $this->SetY(10);
        $this->Cell(0, 6, 'UNIONE DEI COMUNI "PARTE MONTIS"', 0, 1, 'C');
        $this->SetFont('dejavusans', '', 7.5);
        $this->Cell(0, 4, 'Gonnostramatza – Masullas – Mogoro – Pompu – Siris – Simala', 0, 1, 'C');
        $this->Cell(0, 4, 'Sede legale: Via Gramsci s.n.c. – 09095 Mogoro (OR) – C.F. 90037820951 – PEC: protocollo@pec.unionepartemontis.it', 0, 1, 'C');
        $this->SetLineWidth(0.6);
        $this->Line(15, 24, 195, 24);
        $this->SetLineWidth(0.2);
        $this->Line(15, 25, 195, 25);
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 6.5);
        $this->SetTextColor(90, 90, 90);
        $this->Cell(120, 4, 'Determinazione Settore Socio-Culturale n. 41 del 07/04/2026 – Reg. Gen. n. 96 del 08/04/2026', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 1, 'R');
        $this->Cell(0, 4, 'Inforcoop – Gestione Atti Amministrativi', 0, 0, 'L');
    }
}

$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Inforcoop Atti');
$pdf->SetAuthor('Unione dei Comuni Parte Montis');
$pdf->SetTitle('Determinazione n. 41/2026 - Settore Socio-Culturale');
$pdf->SetMargins(18, 30, 18);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

$pdf->SetFont('dejavusans', 'B', 11);
$pdf->Cell(0, 6, 'SETTORE SOCIO-CULTURALE', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 5, 'Servizio Sociale Associato', 0, 1, 'C');
$pdf->Ln(2);

// register box
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->SetFillColor(230, 236, 230);
$pdf->Cell(0, 7, 'DETERMINAZIONE DEL RESPONSABILE DEL SETTORE', 1, 1, 'C', true);
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(45, 6, 'N. 41 del 07/04/2026', 1, 0, 'C');
$pdf->Cell(90, 6, 'Registro Generale n. 96 del 08/04/2026', 1, 0, 'C');
$pdf->Cell(0, 6, 'Fascicolo 7.2/2026', 1, 1, 'C');
$pdf->Ln(4);

$pdf->SetFont('dejavusans', 'B', 9.5);
$pdf->MultiCell(22, 5, 'Oggetto:', 0, 'L', false, 0);
$pdf->MultiCell(0, 5, 'Servizio di assistenza domiciliare associato (SAD) – Liquidazione delle fatture relative al mese di febbraio 2026 alla Cooperativa Sociale “Sa Domo” – CIG B3F5A27C10.', 0, 'J', false, 1);
$pdf->Ln(3);

$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'IL RESPONSABILE DEL SETTORE', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.5);
$para = array(
 '<b>Visto</b> il decreto del Presidente dell’Unione n. 2 del 15/01/2026, di nomina del Responsabile del Settore Socio-Culturale;',
 '<b>Vista</b> la deliberazione dell’Assemblea dell’Unione n. 3 del 27/02/2026, di approvazione del bilancio di previsione 2026/2028;',
 '<b>Richiamata</b> la propria determinazione n. 88 del 18/11/2025 (Reg. Gen. n. 301), con la quale il servizio di assistenza domiciliare associato per i Comuni aderenti è stato affidato alla Cooperativa Sociale “Sa Domo”, con sede in Terralba (OR), P.IVA 01198340957, per il periodo 01/01/2026–31/12/2026, e assunto il relativo impegno di spesa n. 27/2026;',
 '<b>Viste</b> le fatture elettroniche n. 21/PA del 05/03/2026 di € 14.812,40 e n. 22/PA del 05/03/2026 di € 1.236,90 (IVA 5% compresa), relative alle prestazioni rese nel mese di febbraio 2026 per complessive 612 ore, riscontrate regolari dall’assistente sociale referente;',
 '<b>Acquisito</b> il DURC on line prot. INAIL_52281904, con scadenza 19/06/2026, dal quale la cooperativa risulta in regola con gli adempimenti contributivi;',
 '<b>Dato atto</b> che la spesa è finanziata con le quote dei Comuni aderenti e con il fondo regionale di cui alla L.R. 23 dicembre 2005, n. 23;',
);
foreach ($para as $p) { $pdf->writeHTMLCell(0, 0, '', '', $p, 0, 1, false, true, 'J'); $pdf->Ln(1.5); }
$pdf->Ln(1);
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 6, 'D E T E R M I N A', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9.5);
$pts = array(
 'di liquidare alla Cooperativa Sociale “Sa Domo”, P.IVA 01198340957, la somma complessiva di € 16.049,30, di cui € 15.285,05 imponibile ed € 764,25 per IVA al 5% da versare all’Erario in regime di scissione dei pagamenti (art. 17-ter del D.P.R. 633/1972);',
 'di imputare la spesa al capitolo 11040/2 “Servizio assistenza domiciliare associato” del bilancio 2026/2028, esercizio 2026, impegno n. 27/2026;',
 'di trasmettere il presente atto al Servizio Finanziario per l’emissione del mandato di pagamento mediante bonifico sul conto dedicato comunicato ai sensi dell’art. 3 della L. 136/2010.',
);
$i = 1;
foreach ($pts as $p) {
  $pdf->Cell(8, 5, $i . '.', 0, 0, 'R');
  $pdf->MultiCell(0, 5, $p, 0, 'L', false, 1, 28);
  $pdf->Ln(1); $i++;
}
$pdf->Ln(5);
$pdf->SetX(110);
$pdf->MultiCell(80, 5, "Il Responsabile del Settore\nDott.ssa Mariangela Pisu", 0, 'C');
$pdf->Ln(4);
$pdf->SetFont('dejavusans', 'I', 7.5);
$pdf->MultiCell(0, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. Il documento informatico originale è conservato presso il sistema di gestione documentale dell’Unione.', 0, 'L');
$pdf->Ln(3);
$pdf->SetFont('dejavusans', '', 8);
$pdf->MultiCell(0, 4, "VISTO DI REGOLARITÀ CONTABILE\nSi attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell’art. 184, comma 4, del D.Lgs. 267/2000.\nMogoro, 08/04/2026 – Il Responsabile del Servizio Finanziario, Rag. Antonio Melis", 1, 'L');
$pdf->Output(__DIR__ . '/determina-partemontis.pdf', 'F');
