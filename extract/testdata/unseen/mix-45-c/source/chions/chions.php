<?php
// Comune di Chions - determinazione; layout of an Uniface-based "Atti" client-server package, printed via TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');

class DetPDF extends TCPDF {
    public function Header() {
        $this->SetFont('helvetica', 'B', 8);
        $this->SetY(8);
        $this->Cell(0, 4, 'COMUNE DI CHIONS - AREA TECNICA', 0, 0, 'L');
        $this->SetFont('helvetica', '', 8);
        $this->Cell(0, 4, 'Determinazione n. 112 del 16/03/2026', 0, 1, 'R');
        $this->Line(15, 13, 195, 13);
    }
    public function Footer() {
        $this->SetY(-16);
        $this->SetFont('helvetica', 'I', 7);
        $this->Cell(0, 3.5, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i., conservato negli archivi informatici del Comune di Chions.', 0, 1, 'L');
        $this->SetFont('helvetica', '', 7);
        $this->Cell(120, 3.5, 'Stampa: DT0112-2026 / utente MZANUT', 0, 0, 'L');
        $this->Cell(0, 3.5, 'Pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('ATTI-U 4.2 (Uniface 9.7) - TCPDF');
$pdf->SetAuthor('Comune di Chions');
$pdf->SetTitle('Determinazione 112/2026');
$pdf->SetMargins(15, 18, 15);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

$pdf->SetFont('helvetica', 'B', 15);
$pdf->Cell(0, 7, 'COMUNE DI CHIONS', 0, 1, 'C');
$pdf->SetFont('helvetica', 'I', 9);
$pdf->Cell(0, 4.5, 'Comun di Cjons', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8.5);
$pdf->Cell(0, 4.5, 'Regione Autonoma Friuli Venezia Giulia - Via Vittorio Veneto, 40 - 33083 Chions (PN)', 0, 1, 'C');
$pdf->Ln(3);

$pdf->SetFillColor(235, 235, 235);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'AREA TECNICA', 'LTR', 1, 'C', true);
$pdf->SetFont('helvetica', '', 9.5);
$pdf->Cell(0, 6, 'Servizio Lavori Pubblici e Manutenzioni', 'LBR', 1, 'C', true);
$pdf->Ln(3);

$pdf->SetFont('helvetica', 'B', 12);
$pdf->Cell(0, 7, 'DETERMINAZIONE N. 112 DEL 16/03/2026', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9);
$pdf->Cell(0, 5, '(Registro di Settore n. 34 del 13/03/2026)', 0, 1, 'C');
$pdf->Ln(2);

$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(22, 5, 'OGGETTO:', 0, 0, 'L');
$pdf->MultiCell(0, 5, 'AFFIDAMENTO DIRETTO, AI SENSI DELL\'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI SFALCIO DELL\'ERBA LUNGO I CIGLI DELLE STRADE COMUNALI - ANNO 2026. IMPEGNO DI SPESA. CIG B7D41E29A6.', 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->Line(15, $pdf->GetY(), 195, $pdf->GetY());
$pdf->Ln(3);

$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 6, 'IL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 10);
$prem = array(
 'VISTO il decreto del Sindaco n. 3 del 08/01/2026 di conferimento dell\'incarico di elevata qualificazione dell\'Area Tecnica;',
 'RICHIAMATA la deliberazione del Consiglio Comunale n. 52 del 22/12/2025, esecutiva, di approvazione del bilancio di previsione 2026-2028;',
 'PREMESSO che occorre garantire, nel periodo aprile-ottobre 2026, lo sfalcio dell\'erba lungo i cigli e le banchine delle strade comunali per complessivi 48 km, a tutela della sicurezza della circolazione;',
 'DATO ATTO che il personale operaio in servizio non è sufficiente a garantire il servizio con la frequenza necessaria;',
 'VISTO il preventivo presentato tramite la piattaforma eAppalti FVG dalla ditta Verde Livenza S.n.c. di Pravisdomini (PN), che ha offerto l\'importo di euro 18.400,00 oltre IVA 22%, ritenuto congruo;',
 'ACCERTATO il possesso dei requisiti di cui agli artt. 94 e seguenti del D.Lgs. 36/2023 e la regolarità contributiva dell\'operatore (DURC prot. INAIL_51178902);',
 'VISTO l\'art. 183 del D.Lgs. 267/2000;',
);
foreach ($prem as $p) { $pdf->MultiCell(0, 5, $p, 0, 'L', false, 1); $pdf->Ln(1); }
$pdf->Ln(1);
$pdf->SetFont('helvetica', 'B', 10.5);
$pdf->Cell(0, 6, 'D E T E R M I N A', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 10);
$pts = array(
 'di affidare alla ditta Verde Livenza S.n.c., con sede in Pravisdomini (PN), P.IVA 01874250938, il servizio di sfalcio dell\'erba lungo i cigli delle strade comunali per l\'anno 2026, per l\'importo di euro 18.400,00 oltre IVA;',
 'di impegnare la spesa complessiva di euro 22.448,00 al capitolo 1810/20 "Manutenzione ordinaria strade - prestazioni di servizi" del bilancio 2026-2028, annualità 2026;',
 'di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l\'uso commerciale, ai sensi dell\'art. 18, comma 1, del D.Lgs. 36/2023;',
 'di dare atto che il Responsabile Unico del Progetto è il geom. Matteo Zanut;',
 'di disporre la pubblicazione del presente atto all\'Albo Pretorio on line e nella sezione "Amministrazione trasparente".',
);
foreach ($pts as $i => $p) {
  $pdf->Cell(8, 5, ($i+1).'.', 0, 0, 'R');
  $pdf->MultiCell(0, 5, $p, 0, 'L', false, 1, 25);
  $pdf->Ln(1);
}
$pdf->Ln(6);
$pdf->Cell(90, 5, 'Chions, 16/03/2026', 0, 0, 'L');
$pdf->MultiCell(0, 5, "IL TITOLARE DI INCARICO DI E.Q.\ngeom. Fabio Bortolussi\n(documento firmato digitalmente)", 0, 'C', false, 1);
$pdf->Ln(6);

$pdf->SetFont('helvetica', 'B', 9);
$pdf->Cell(0, 6, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 'LTR', 1, 'C', true);
$pdf->SetFont('helvetica', '', 8.5);
$html = '<table border="1" cellpadding="3"><tr style="background-color:#f0f0f0"><th>Esercizio</th><th>Capitolo</th><th>Impegno</th><th>Importo</th><th>Beneficiario</th></tr>'.
        '<tr><td>2026</td><td>1810/20</td><td>2026/318</td><td align="right">22.448,00</td><td>Verde Livenza S.n.c.</td></tr></table>';
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->MultiCell(0, 4.5, "Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.\nChions, 16/03/2026                                                          IL RESPONSABILE DEL SERVIZIO FINANZIARIO - dott.ssa Lorena Moras", 1, 'L', false, 1);
$pdf->Output($argv[1], 'F');
