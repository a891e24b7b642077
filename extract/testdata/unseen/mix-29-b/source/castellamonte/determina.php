<?php
// Città di Castellamonte - determinazione of the Area Tecnica (sector n. 87, general register n. 214),
// in the style of a PHP web package's print (Advanced Systems-like "Gestione Atti"); TCPDF 6.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class DetPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', '', 7);
        $this->SetTextColor(90, 90, 90);
        $this->SetY(8);
        $this->Cell(0, 4, 'Città di Castellamonte – Determinazione Reg. Gen. n. 214 del 04/03/2026', 0, 0, 'L');
        $this->Cell(0, 4, 'Pag. ' . $this->getAliasNumPage() . '/' . $this->getAliasNbPages(), 0, 1, 'R');
        $this->Line(15, 13, 195, 13);
        $this->SetTextColor(0, 0, 0);
    }
    public function Footer() {
        $this->SetY(-16);
        $this->SetFont('dejavusans', 'I', 6.5);
        $this->MultiCell(0, 3, "Documento informatico firmato digitalmente ai sensi del testo unico D.P.R. 28 dicembre 2000, n. 445, del D.Lgs. 7 marzo 2005, n. 82 e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.\nStampato il 10/03/2026 – Gestione Atti Amministrativi", 0, 'C');
    }
}

$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8');
$pdf->SetCreator('Gestione Atti Amministrativi');
$pdf->SetAuthor('Città di Castellamonte');
$pdf->SetTitle('Determinazione n. 214/2026');
$pdf->SetMargins(15, 18, 15);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

// letterhead
$pdf->SetDrawColor(150, 150, 150);
$pdf->Rect(15, 18, 20, 24);
$pdf->SetFont('dejavusans', 'I', 6);
$pdf->SetXY(15, 28); $pdf->Cell(20, 4, 'stemma', 0, 0, 'C');
$pdf->SetXY(38, 19);
$pdf->SetFont('dejavuserif', 'B', 14.5);
$pdf->Cell(84, 8, 'CITTÀ DI CASTELLAMONTE', 0, 2, 'L');
$pdf->SetFont('dejavuserif', '', 9);
$pdf->Cell(100, 5, 'Città Metropolitana di Torino', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 7.5);
$pdf->Cell(100, 4, 'Piazza Martiri della Libertà, 28 – 10081 Castellamonte (TO)', 0, 2, 'L');

// register box (right)
$pdf->SetFont('dejavusans', '', 8);
$box = '<table border="1" cellpadding="3">'
    . '<tr><td bgcolor="#e6e6e6" width="40%"><b>Reg. Settore</b></td><td width="60%">N. 87 del 03/03/2026</td></tr>'
    . '<tr><td bgcolor="#e6e6e6"><b>Reg. Generale</b></td><td>N. 214 del 04/03/2026</td></tr>'
    . '</table>';
$pdf->writeHTMLCell(72, 0, 123, 22, $box, 0, 1);

$pdf->SetY(48);
$pdf->SetFillColor(40, 70, 110); $pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->Cell(0, 7, 'AREA TECNICA', 0, 1, 'C', true);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(0, 6, 'Servizio Lavori Pubblici e Manutenzioni', 'B', 1, 'C');
$pdf->Ln(3);
$pdf->SetFont('dejavusans', 'B', 11);
$pdf->Cell(0, 6, 'DETERMINAZIONE DEL RESPONSABILE DELL’AREA', 0, 1, 'C');
$pdf->Ln(2);

$ogg = 'AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO – ANNUALITÀ 2026 – ALLA DITTA “VERDE CANAVESE S.N.C.” – CIG B5F2A19C04 – IMPEGNO DI SPESA.';
$html = '<table cellpadding="4" border="0"><tr><td width="70" style="border-top:1px solid #000;border-bottom:1px solid #000"><b>OGGETTO:</b></td>'
      . '<td width="440" style="border-top:1px solid #000;border-bottom:1px solid #000;text-align:justify"><b>' . htmlspecialchars($ogg) . '</b></td></tr></table>';
$pdf->SetFont('dejavusans', '', 9);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(2);

$body = <<<HTML
<p style="text-align:center"><b>IL RESPONSABILE DELL’AREA TECNICA</b></p>
<p style="text-align:justify">Richiamato il decreto del Sindaco n. 3 del 08/01/2026, con il quale al sottoscritto sono state attribuite le funzioni di Responsabile dell’Area Tecnica ai sensi dell’art. 109, comma 2, del D.Lgs. 267/2000;</p>
<p style="text-align:justify">Premesso che il contratto per la manutenzione delle aree verdi comunali (parchi, giardini, aiuole, banchine stradali e aree scolastiche) è scaduto il 31/12/2025 e che occorre garantire la continuità del servizio a partire dal mese di marzo, con l’avvio della stagione vegetativa;</p>
<p style="text-align:justify">Dato atto che, a seguito di indagine di mercato svolta sulla piattaforma telematica di negoziazione, la ditta “VERDE CANAVESE S.N.C.”, con sede in Cuorgnè (TO), P.IVA 09876540012, ha presentato l’offerta di € 38.450,00 oltre IVA 22%, ritenuta congrua in rapporto alle prestazioni richieste;</p>
<p style="text-align:justify">Visti l’art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, e l’art. 183 del D.Lgs. 267/2000;</p>
<p style="text-align:justify">Accertata la regolarità contributiva della ditta (DURC prot. INAIL_52118874, valido fino al 18/06/2026);</p>
<p style="text-align:center"><b>D E T E R M I N A</b></p>
<ol>
<li style="text-align:justify">di affidare alla ditta “VERDE CANAVESE S.N.C.” il servizio di manutenzione del verde pubblico per l’annualità 2026, per l’importo di € 38.450,00 oltre IVA 22%, per complessivi € 46.909,00;</li>
<li style="text-align:justify">di impegnare la spesa di € 46.909,00 alla Missione 09, Programma 02, Capitolo 2720/1 “Manutenzione aree verdi” del bilancio di previsione 2026/2028, esercizio 2026;</li>
<li style="text-align:justify">di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;</li>
<li style="text-align:justify">di dare atto che il Responsabile Unico del Progetto è il Geom. Davide Gianotti, istruttore tecnico dell’Area;</li>
<li style="text-align:justify">di disporre la pubblicazione del presente atto all’Albo Pretorio on line e nella sezione “Amministrazione Trasparente”.</li>
</ol>
HTML;
$pdf->SetFont('dejavusans', '', 9);
$pdf->writeHTML($body, true, false, true, false, '');
$pdf->Ln(4);
$sig = '<table cellpadding="2"><tr><td width="255"></td><td width="255" style="text-align:center">Castellamonte, 03/03/2026<br/><b>IL RESPONSABILE DELL’AREA TECNICA</b><br/>Arch. Paolo Bertotti<br/><i>(firmato digitalmente)</i></td></tr></table>';
$pdf->writeHTML($sig, true, false, true, false, '');
$pdf->Ln(4);
$visto = '<table border="1" cellpadding="4"><tr><td bgcolor="#e6e6e6"><b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b> (art. 183, comma 7, D.Lgs. 267/2000)</td></tr>'
       . '<tr><td>Impegno n. 412/2026 – Capitolo 2720/1 – Importo € 46.909,00.<br/>Castellamonte, 04/03/2026 – Il Responsabile dell’Area Finanziaria – Dott.ssa Silvia Chiono (firmato digitalmente)</td></tr></table>';
$pdf->writeHTML($visto, true, false, true, false, '');
$pdf->Ln(2);
$pub = '<table border="1" cellpadding="4"><tr><td bgcolor="#e6e6e6"><b>PUBBLICAZIONE</b></td></tr><tr><td>La presente determinazione è pubblicata all’Albo Pretorio on line dal 10/03/2026 al 25/03/2026 – N. 322 del Registro delle Pubblicazioni.</td></tr></table>';
$pdf->writeHTML($pub, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
