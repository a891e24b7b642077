<?php
// Bando di gara n. 3/2026, Comune di Montelabbate - PHP TCPDF, imitating the Traspare e-procurement platform print
require_once('/usr/share/php/tcpdf/tcpdf.php');
class BandoPDF extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans', '', 7);
    $this->SetTextColor(90, 90, 90);
    $this->Cell(0, 5, 'TRASPARE - Piattaforma telematica di e-procurement  |  Comune di Montelabbate  |  Gara n. 3/2026', 'B', 0, 'L');
  }
  public function Footer() {
    $this->SetY(-13);
    $this->SetFont('dejavusans', '', 7);
    $this->SetTextColor(90, 90, 90);
    $this->Cell(120, 5, 'Documento generato dalla piattaforma il 10/04/2026 - firmato digitalmente dal RUP', 'T', 0, 'L');
    $this->Cell(0, 5, 'Pag. '.$this->getAliasNumPage().' / '.$this->getAliasNbPages(), 'T', 0, 'R');
  }
}
$pdf = new BandoPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF'); $pdf->SetAuthor('Comune di Montelabbate'); $pdf->SetTitle('Bando di gara n. 3/2026');
$pdf->SetMargins(18, 18, 18); $pdf->SetHeaderMargin(8); $pdf->SetFooterMargin(10); $pdf->SetAutoPageBreak(true, 18);
$pdf->AddPage();
$html = <<<HTML
<table cellpadding="3"><tr>
<td width="16%" style="border:1px solid #999;text-align:center;font-size:6pt;color:#777">stemma<br>comunale</td>
<td width="84%"><span style="font-size:17pt;font-weight:bold">COMUNE DI MONTELABBATE</span><br>
<span style="font-size:9pt">Provincia di Pesaro e Urbino</span><br>
<span style="font-size:8pt">Piazza Dante Alighieri, 1 – 61025 Montelabbate (PU) – tel. 0721 473211</span></td></tr></table>
<hr>
<p style="font-size:10pt;text-align:center"><b>SETTORE SERVIZI ALLA PERSONA</b><br>Servizio Pubblica Istruzione</p>
<table border="1" cellpadding="4" style="font-size:9pt">
<tr style="background-color:#1f4e79;color:#ffffff"><td colspan="2"><b>DATI DELLA PROCEDURA</b></td></tr>
<tr><td width="35%" style="background-color:#eaf0f7">Numero gara</td><td width="65%"><b>BANDO DI GARA N. 3/2026</b></td></tr>
<tr><td style="background-color:#eaf0f7">Data pubblicazione</td><td>10/04/2026</td></tr>
<tr><td style="background-color:#eaf0f7">Tipo procedura</td><td>Procedura aperta (art. 71 D.Lgs. 36/2023)</td></tr>
<tr><td style="background-color:#eaf0f7">Criterio di aggiudicazione</td><td>Offerta economicamente più vantaggiosa (art. 108 D.Lgs. 36/2023)</td></tr>
<tr><td style="background-color:#eaf0f7">CIG</td><td>B8D31C55E0</td></tr>
<tr><td style="background-color:#eaf0f7">Termine presentazione offerte</td><td>12/05/2026 ore 12:00</td></tr>
</table>
<p></p>
<p style="text-align:center;font-size:12pt"><b>BANDO DI GARA</b></p>
<p style="text-align:center;font-size:10.5pt"><b>Procedura aperta per l'affidamento del servizio di trasporto scolastico per gli anni scolastici 2026/2027 e 2027/2028</b></p>
<p style="text-align:justify;font-size:9.5pt"><b>1. Amministrazione aggiudicatrice.</b> Comune di Montelabbate – Settore Servizi alla Persona, Piazza Dante Alighieri n. 1, 61025 Montelabbate (PU). La procedura è interamente svolta in modalità telematica attraverso la piattaforma di approvvigionamento digitale certificata, accessibile dal profilo del committente.</p>
<p style="text-align:justify;font-size:9.5pt"><b>2. Oggetto dell'appalto.</b> Servizio di trasporto scolastico degli alunni frequentanti la scuola dell'infanzia, la scuola primaria e la scuola secondaria di primo grado dell'Istituto Comprensivo di Montelabbate, da svolgersi con n. 3 scuolabus messi a disposizione dall'operatore economico, su un percorso giornaliero stimato di 210 km. CPV 60130000-8.</p>
<p style="text-align:justify;font-size:9.5pt"><b>3. Importo a base di gara.</b> € 318.600,00 oltre IVA, di cui € 2.400,00 per oneri della sicurezza da interferenze non soggetti a ribasso. È prevista l'opzione di proroga tecnica per un massimo di sei mesi, ai sensi dell'art. 120, comma 11, del D.Lgs. n. 36/2023.</p>
<p style="text-align:justify;font-size:9.5pt"><b>4. Durata.</b> Due anni scolastici, dal 1° settembre 2026 al 30 giugno 2028, secondo il calendario scolastico regionale.</p>
<p style="text-align:justify;font-size:9.5pt"><b>5. Requisiti di partecipazione.</b> Iscrizione al Registro delle Imprese per attività coerenti con l'oggetto; autorizzazione all'esercizio della professione di trasportatore su strada di persone; fatturato specifico per servizi di trasporto scolastico, riferito agli ultimi tre esercizi, non inferiore a € 150.000,00.</p>
<p style="text-align:justify;font-size:9.5pt"><b>6. Criteri di valutazione.</b> Offerta tecnica: massimo 80 punti; offerta economica: massimo 20 punti, secondo quanto dettagliato nel disciplinare di gara.</p>
<p style="text-align:justify;font-size:9.5pt"><b>7. Termine e modalità di presentazione delle offerte.</b> Le offerte devono pervenire esclusivamente tramite la piattaforma entro le ore 12:00 del giorno 12/05/2026. La prima seduta pubblica telematica si terrà il giorno 13/05/2026 alle ore 10:00.</p>
<p style="text-align:justify;font-size:9.5pt"><b>8. Responsabile Unico del Progetto.</b> Dott.ssa Francesca Gostoli, Responsabile del Settore Servizi alla Persona – tel. 0721 473225.</p>
<p style="text-align:justify;font-size:9.5pt"><b>9. Procedure di ricorso.</b> T.A.R. Marche, Via della Loggia n. 24, 60121 Ancona, entro 30 giorni dalla pubblicazione.</p>
<p></p>
<table cellpadding="2"><tr><td width="50%">Montelabbate, 10/04/2026</td>
<td width="50%" style="text-align:center">IL RESPONSABILE DEL SETTORE<br>SERVIZI ALLA PERSONA<br><b>Dott.ssa Francesca Gostoli</b><br><i style="font-size:7.5pt">firmato digitalmente</i></td></tr></table>
HTML;
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
