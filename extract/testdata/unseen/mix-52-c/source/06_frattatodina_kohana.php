<?php
// Comune di Fratta Todina - Determinazione n. 45/2026
// imitates the PDF view of an in-house PHP (Kohana) "atti" application; TCPDF from Debian php-tcpdf
require_once('/usr/share/php/tcpdf/tcpdf.php');
class DetPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavuserif', 'B', 14);
        $this->SetTextColor(90, 30, 30);
        $this->SetXY(20, 10);
        $this->Cell(120, 7, 'COMUNE DI FRATTA TODINA', 0, 2, 'L');
        $this->SetFont('dejavuserif', '', 9);
        $this->SetTextColor(0);
        $this->Cell(120, 5, 'Provincia di Perugia', 0, 2, 'L');
        $this->SetFont('dejavusans', '', 7.5);
        $this->SetXY(140, 10);
        $this->MultiCell(50, 4, "Determinazione\nReg. Gen. n. 45 / 2026\ndel 09/03/2026", 1, 'C');
        $this->Line(20, 25, 190, 25);
    }
    public function Footer() {
        $this->SetY(-16);
        $this->SetFont('dejavusans', 'I', 7);
        $this->Cell(130, 4, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate', 'T', 0, 'L');
        $this->Cell(40, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 'T', 0, 'R');
    }
}
$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Atti Web - Comune di Fratta Todina');
$pdf->SetAuthor('Area Economico-Finanziaria');
$pdf->SetTitle('Determinazione n. 45 del 09/03/2026');
$pdf->SetMargins(20, 32, 20);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();
$html = <<<HTML
<style>
 p { text-align: justify; line-height: 1.35; }
 .t { text-align:center; font-weight:bold; }
 td.k { background-color:#eeeeee; font-size:8pt; }
</style>
<table cellpadding="3" border="0">
<tr><td width="100%" style="font-size:11pt;font-weight:bold;">AREA ECONOMICO-FINANZIARIA</td></tr>
<tr><td style="font-size:9.5pt;">Servizio Ragioneria</td></tr>
</table>
<br/>
<table cellpadding="4" border="1">
<tr><td class="k" width="28%">DETERMINAZIONE N.</td><td width="22%"><b>45</b></td><td class="k" width="25%">DEL</td><td width="25%"><b>09/03/2026</b></td></tr>
<tr><td class="k">N. SETTORIALE</td><td>12</td><td class="k">PROPOSTA N.</td><td>51 del 05/03/2026</td></tr>
</table>
<br/><br/>
<table cellpadding="2"><tr><td width="16%"><b>OGGETTO:</b></td><td width="84%"><b>Impegno di spesa per il rinnovo dell'abbonamento alla banca dati normativa on line e al servizio di aggiornamento professionale per l'Ufficio Ragioneria – Anno 2026 – CIG B7D3E52A19.</b></td></tr></table>
<hr/>
<p class="t">IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA</p>
<p>PREMESSO che per il corretto svolgimento delle attività dell'Ufficio Ragioneria è necessario disporre di una banca dati normativa e giurisprudenziale costantemente aggiornata in materia di contabilità pubblica, tributi locali e personale degli enti locali;</p>
<p>DATO ATTO che l'abbonamento in essere scade il 31/03/2026 e che la società Editrice Tiberina S.r.l., con sede in Perugia, ha trasmesso il preventivo di rinnovo per l'anno 2026, acquisito al prot. n. 1188 del 27/02/2026, per l'importo di euro 1.420,00 oltre IVA, comprensivo di n. 4 giornate di formazione in modalità webinar;</p>
<p>VISTI l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36 e l'art. 1, comma 450, della Legge 27 dicembre 2006, n. 296, che consente per importi inferiori a euro 5.000,00 di non ricorrere al mercato elettronico della pubblica amministrazione;</p>
<p>VISTA la deliberazione del Consiglio Comunale n. 38 del 23/12/2025, di approvazione del bilancio di previsione 2026/2028;</p>
<p>VISTO il decreto sindacale n. 2 del 07/01/2026 con il quale è stata attribuita alla sottoscritta la responsabilità dell'Area Economico-Finanziaria;</p>
<p>ATTESTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000;</p>
<p class="t">DETERMINA</p>
<table cellpadding="2">
<tr><td width="6%">1.</td><td width="94%" style="text-align:justify">di affidare alla società Editrice Tiberina S.r.l. (P.IVA 02938470541) il rinnovo dell'abbonamento alla banca dati normativa on line e al servizio di aggiornamento professionale per l'anno 2026;</td></tr>
<tr><td>2.</td><td style="text-align:justify">di impegnare la somma complessiva di euro 1.732,40 (IVA compresa) alla Missione 01, Programma 03, capitolo 1140 "Spese per abbonamenti e pubblicazioni – Servizio finanziario" del bilancio 2026/2028, esercizio 2026;</td></tr>
<tr><td>3.</td><td style="text-align:justify">di dare atto che la liquidazione avverrà a seguito di presentazione di regolare fattura elettronica, previa verifica della regolarità contributiva;</td></tr>
<tr><td>4.</td><td style="text-align:justify">di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000.</td></tr>
</table>
<br/><br/>
<table><tr><td width="50%">Fratta Todina, 09/03/2026</td><td width="50%" align="center">LA RESPONSABILE DELL'AREA<br/>ECONOMICO-FINANZIARIA<br/><b>Rag. Cristina Bartolucci</b></td></tr></table>
<br/><br/>
<table cellpadding="5" border="1"><tr><td style="font-size:8.5pt"><b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b><br/>Impegno n. 147/2026 – Cap. 1140 – Importo euro 1.732,40.<br/>Fratta Todina, 09/03/2026 – La Responsabile dell'Area Economico-Finanziaria, Rag. Cristina Bartolucci</td></tr></table>
<br/><br/>
<table cellpadding="5" border="1"><tr><td style="font-size:8.5pt"><b>PUBBLICAZIONE</b><br/>Pubblicata all'Albo Pretorio on line dal 10/03/2026 al 25/03/2026 – Registro pubblicazioni n. 132.</td></tr></table>
HTML;
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
