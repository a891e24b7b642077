<?php
// Consiglio Comunale deliberation, Comune di Langhirano - TCPDF writeHTML with header/footer
require_once('/usr/share/php/tcpdf/tcpdf.php');
class P extends TCPDF {
  public function Header() {
    $this->SetFont('dejavusans', 'B', 12);
    $this->Cell(0, 6, 'COMUNE DI LANGHIRANO', 0, 1, 'C');
    $this->SetFont('dejavusans', '', 8);
    $this->Cell(0, 4, 'Provincia di Parma – Piazza Ferrari, 1 – 43013 Langhirano (PR)', 0, 1, 'C');
    $this->Line(15, 22, 195, 22);
  }
  public function Footer() {
    $this->SetY(-14);
    $this->SetFont('dejavusans', 'I', 7);
    $this->Cell(120, 4, 'Delibera C.C. n. 14 del 26/02/2026 – documento firmato digitalmente ai sensi del D.Lgs. 82/2005', 0, 0, 'L');
    $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
  }
}
$pdf = new P('P', 'mm', 'A4', true, 'UTF-8');
$pdf->SetCreator('TCPDF'); $pdf->SetAuthor('Comune di Langhirano'); $pdf->SetTitle('Deliberazione di Consiglio Comunale n. 14/2026');
$pdf->SetMargins(18, 28, 18); $pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage(); $pdf->SetFont('dejavuserif', '', 10);
$cons = [['BERTOLOTTI GIORGIO','Sindaco',1],['MANGHI ILARIA','Consigliere',1],['CAVALLI FRANCO','Consigliere',1],['DALL\'OLIO SILVIA','Consigliere',1],
 ['RIVA MATTEO','Consigliere',1],['TONELLI ANNALISA','Consigliere',0],['GHIRARDI LUCA','Consigliere',1],['PELLEGRI CHIARA','Consigliere',1],
 ['FERRARI ALBERTO','Consigliere',1],['BOCCHI MARIA GRAZIA','Consigliere',1],['SCHIANCHI PAOLO','Consigliere',1],['ZANICHELLI ROSA','Consigliere',1],
 ['CORRADI DAVIDE','Consigliere',1],['MONICA STEFANO','Consigliere',0],['ARDUINI ELENA','Consigliere',1],['LAMBERTI GIANNI','Consigliere',1],['BOLZONI CARLA','Consigliere',1]];
$half = 9; $rows = '';
for ($i = 0; $i < $half; $i++) {
  $a = $cons[$i]; $rows .= '<tr><td width="34%">'.$a[0].'</td><td width="12%">'.$a[1].'</td><td width="4%" align="center">'.($a[2]?'P':'A').'</td>';
  if (isset($cons[$i+$half])) { $b = $cons[$i+$half]; $rows .= '<td width="34%">'.$b[0].'</td><td width="12%">'.$b[1].'</td><td width="4%" align="center">'.($b[2]?'P':'A').'</td></tr>'; }
  else $rows .= '<td></td><td></td><td></td></tr>';
}
$html = <<<HTML
<table border="1" cellpadding="4"><tr>
<td width="60%"><b>DELIBERAZIONE DEL CONSIGLIO COMUNALE</b><br/><font size="8">Adunanza ordinaria – seduta pubblica di prima convocazione</font></td>
<td width="20%" align="center"><font size="8">Numero</font><br/><b>14</b></td>
<td width="20%" align="center"><font size="8">Data</font><br/><b>26/02/2026</b></td></tr></table>
<p><b>OGGETTO: VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026/2028 (ART. 175, COMMA 2, D.LGS. 267/2000) E APPLICAZIONE DELLA QUOTA VINCOLATA DEL RISULTATO DI AMMINISTRAZIONE PRESUNTO.</b></p>
<p style="text-align:justify">L'anno duemilaventisei il giorno ventisei del mese di febbraio alle ore 20:45 nella Sala Consiliare del Palazzo Municipale, convocato nei modi e nei termini di legge, si è riunito il Consiglio Comunale. Risultano all'appello nominale:</p>
<table border="0.3" cellpadding="2"><font size="9">$rows</font></table>
<p>Presenti n. 15 – Assenti n. 2</p>
<p style="text-align:justify">Partecipa il Segretario Generale Dott. Paolo Rinaldi, che cura la verbalizzazione. Riconosciuto legale il numero degli intervenuti, il Sindaco Giorgio Bertolotti assume la presidenza e dichiara aperta la seduta.</p>
<p align="center"><b>IL CONSIGLIO COMUNALE</b></p>
<p style="text-align:justify">UDITA la relazione dell'Assessore al Bilancio, Sig.ra Ilaria Manghi, e gli interventi dei consiglieri riportati nella registrazione integrale della seduta;<br/>
RICHIAMATA la propria deliberazione n. 71 del 19/12/2025, esecutiva, con la quale è stato approvato il bilancio di previsione finanziario 2026/2028;<br/>
VISTA la richiesta del Responsabile del Settore Lavori Pubblici di applicare la quota vincolata del risultato di amministrazione presunto per euro 84.600,00 derivante da trasferimenti regionali per il ripristino dei danni da dissesto idrogeologico;<br/>
VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 3 del 20/02/2026, allegato al presente atto;<br/>
ACQUISITI i pareri di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;<br/>
CON la seguente votazione, resa per alzata di mano: presenti n. 15, votanti n. 14, voti favorevoli n. 11, voti contrari n. 3 (Corradi, Arduini, Lamberti), astenuti n. 1 (Bolzoni);</p>
<p align="center"><b>DELIBERA</b></p>
<ol>
<li>di approvare la variazione al bilancio di previsione finanziario 2026/2028 riportata nel prospetto allegato sub A), che forma parte integrante e sostanziale del presente atto;</li>
<li>di applicare al bilancio 2026 la quota vincolata del risultato di amministrazione presunto per euro 84.600,00;</li>
<li>di dare atto che permangono gli equilibri di bilancio di cui all'art. 193 del D.Lgs. 267/2000.</li>
</ol>
<p style="text-align:justify">Successivamente, stante l'urgenza, con separata votazione (presenti n. 15, votanti n. 14, favorevoli n. 11, contrari n. 3, astenuti n. 1), il Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<br/>
<table cellpadding="3"><tr><td align="center">IL PRESIDENTE<br/>Giorgio Bertolotti<br/><font size="7">(firmato digitalmente)</font></td><td align="center">IL SEGRETARIO GENERALE<br/>Dott. Paolo Rinaldi<br/><font size="7">(firmato digitalmente)</font></td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
