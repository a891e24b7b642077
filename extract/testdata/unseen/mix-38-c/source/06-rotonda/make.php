<?php
// Comune di Rotonda - determinazione R.G. 198/2026, layout imitating a .NET PDFsharp/MigraDoc print; made with TCPDF
require_once('/usr/share/php/tcpdf/tcpdf.php');

class Det extends TCPDF {
    public function Header() {
        if ($this->getPage() == 1) return;
        $this->SetFont('dejavusans', '', 7);
        $this->SetTextColor(100, 100, 100);
        $this->Cell(0, 5, 'Comune di Rotonda – Area Economico-Finanziaria – Det. R.G. n. 198 del 07/04/2026', 'B', 0, 'L');
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('dejavusans', '', 6.5);
        $this->SetTextColor(90, 90, 90);
        $this->Cell(120, 4, 'Atto sottoscritto digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}
$pdf = new Det('P', 'mm', 'A4', true, 'UTF-8');
$pdf->SetCreator('MigraDoc (imitazione) – TCPDF');
$pdf->SetAuthor('Comune di Rotonda');
$pdf->SetTitle('Determinazione R.G. 198/2026');
$pdf->SetMargins(20, 18, 20);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();

$head = <<<HTML
<table cellpadding="3" cellspacing="0" style="width:100%">
<tr>
 <td style="width:56%">
  <span style="font-size:7pt;color:#555">[stemma]</span><br/>
  <span style="font-size:16pt;font-weight:bold;color:#23395d">COMUNE DI ROTONDA</span><br/>
  <span style="font-size:9pt">Provincia di Potenza – Parco Nazionale del Pollino</span><br/>
  <span style="font-size:7.5pt">Via Roma, 1 – 85048 Rotonda (PZ) – C.F. 83000310761</span>
 </td>
 <td style="width:44%;border:0.5px solid #23395d;background-color:#f1f4f9;font-size:8.5pt">
  <b>Registro generale</b> n. <b>198</b> del 07/04/2026<br/>
  <b>Registro di area</b> n. 31 del 07/04/2026<br/>
  <b>Proposta</b> n. 36 del 03/04/2026
 </td>
</tr>
</table>
<hr style="height:1.5px;color:#23395d"/>
<p style="text-align:center;font-size:12pt;font-weight:bold">AREA ECONOMICO-FINANZIARIA<br/><span style="font-size:10pt;font-weight:normal">Servizio Tributi</span></p>
<p style="text-align:center;font-size:11pt;font-weight:bold;letter-spacing:1px">DETERMINAZIONE DEL RESPONSABILE DELL'AREA</p>
<table cellpadding="5" style="width:100%;border:0.5px solid #999">
<tr><td style="width:17%;background-color:#f1f4f9;font-weight:bold;font-size:9.5pt">Oggetto</td>
<td style="width:83%;font-size:10pt"><b>Rimborso somme indebitamente versate a titolo di IMU anno 2024 – Contribuente identificato con prot. n. 2417/2026. Impegno e liquidazione.</b></td></tr>
</table>
HTML;
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->writeHTML($head, true, false, true, false, '');

$body = <<<HTML
<p style="text-align:center"><b>IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA</b></p>
<p style="text-align:justify"><b>Premesso</b> che con istanza acquisita al protocollo comunale n. 2417 del 19/02/2026 il contribuente, i cui dati identificativi sono conservati agli atti dell'ufficio nel rispetto della normativa sulla protezione dei dati personali, ha chiesto il rimborso della somma di € 1.286,00 versata a titolo di Imposta Municipale Propria (IMU) per l'anno d'imposta 2024, relativamente a un immobile adibito ad abitazione principale e relative pertinenze, come tale esente;</p>
<p style="text-align:justify"><b>Vista</b> l'istruttoria svolta dal Servizio Tributi, dalla quale risulta che il versamento è stato effettuato per mero errore materiale in sede di autoliquidazione e che l'immobile, classificato in categoria catastale A/2, costituisce effettivamente abitazione principale del contribuente, il quale vi ha la residenza anagrafica e la dimora abituale dal 2019;</p>
<p style="text-align:justify"><b>Visto</b> l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, ai sensi del quale il rimborso delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del versamento, e verificato che l'istanza è tempestiva;</p>
<p style="text-align:justify"><b>Visto</b> il vigente Regolamento comunale per la disciplina dell'IMU, approvato con deliberazione del Consiglio Comunale n. 14 del 29/07/2020;</p>
<p style="text-align:justify"><b>Accertata</b> la disponibilità sul capitolo 1095 "Rimborsi e restituzioni di tributi" del bilancio di previsione 2026/2028, esercizio 2026;</p>
<p style="text-align:justify"><b>Dato atto</b> dell'insussistenza di situazioni di conflitto di interessi, anche potenziale, ai sensi dell'art. 6-bis della L. 241/1990;</p>
<p style="text-align:center;font-size:11pt"><b>DETERMINA</b></p>
<p style="text-align:justify">di accogliere l'istanza di rimborso presentata dal contribuente identificato con prot. n. 2417/2026 e, per l'effetto, di riconoscere allo stesso la somma di € 1.286,00, oltre agli interessi nella misura legale, quantificati in € 38,58, per complessivi € 1.324,58;</p>
<p style="text-align:justify">di impegnare e contestualmente liquidare la somma di € 1.324,58 sul capitolo 1095 del bilancio 2026/2028, esercizio 2026, Missione 1, Programma 4, Titolo 1, Macroaggregato 109;</p>
<p style="text-align:justify">di autorizzare l'emissione del mandato di pagamento mediante accredito sul conto corrente indicato dal contribuente nell'istanza;</p>
<p style="text-align:justify">di dare atto che il presente provvedimento, comportando impegno di spesa, diviene esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.</p>
<br/>
<table style="width:100%"><tr><td style="width:50%"></td><td style="width:50%;text-align:center">Il Responsabile dell'Area Economico-Finanziaria<br/><b>Dott. Rocco Pandolfi</b><br/><span style="font-size:7.5pt">(firmato digitalmente)</span></td></tr></table>
<br/><br/>
<table cellpadding="4" style="width:100%;border:0.5px solid #999;font-size:8.5pt">
<tr><td style="background-color:#f1f4f9"><b>Visto di regolarità contabile</b></td></tr>
<tr><td>Si attesta la copertura finanziaria della spesa (impegno n. 301/2026, liquidazione n. 188/2026). Rotonda, 07/04/2026 – Il Responsabile dell'Area Economico-Finanziaria, Dott. Rocco Pandolfi</td></tr>
</table>
HTML;
$pdf->writeHTML($body, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
