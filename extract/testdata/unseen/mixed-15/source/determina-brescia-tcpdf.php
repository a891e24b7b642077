<?php
// J-Iride-like print of a determinazione dirigenziale, Comune di Brescia
require_once('/usr/share/php/tcpdf/tcpdf.php');
class IridePDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 12);
        $this->SetY(9);
        $this->Cell(0, 6, 'COMUNE DI BRESCIA', 0, 1, 'L');
        $this->SetFont('dejavusans', '', 7.5);
        $this->Cell(0, 4, 'Piazza della Loggia, 1 - 25121 Brescia - www.comune.brescia.it - PEC protocollogenerale@pec.comune.brescia.it', 0, 1, 'L');
        $this->SetLineWidth(0.4);
        $this->Line(15, 21, 195, 21);
    }
    public function Footer() {
        $this->SetY(-13);
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(130, 4, 'Determinazione dirigenziale n. 2874 - 03/12/2025', 'T', 0, 'L');
        $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 'T', 0, 'R');
    }
}
$pdf = new IridePDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator(PDF_CREATOR);
$pdf->SetAuthor('Comune di Brescia - Settore Verde, Parchi e Reticolo Idrico');
$pdf->SetTitle('Determinazione dirigenziale n. 2874 del 03/12/2025');
$pdf->SetMargins(15, 26, 15);
$pdf->SetAutoPageBreak(true, 18);
$pdf->setFontSubsetting(true);
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 9);

$html = <<<HTML
<table cellpadding="3" border="0">
<tr><td width="100%" style="font-size:10pt;font-weight:bold;">AREA TUTELA AMBIENTALE, VERDE E PROTEZIONE CIVILE</td></tr>
<tr><td style="font-size:9pt;">Settore Verde, Parchi e Reticolo Idrico</td></tr>
</table>
<br />
<table cellpadding="4" border="1" style="font-size:8.5pt;">
<tr style="background-color:#dde5ee;">
 <td width="34%"><b>DETERMINAZIONE DIRIGENZIALE</b></td>
 <td width="22%">Numero di registro generale<br /><b>2874</b></td>
 <td width="22%">Data<br /><b>03/12/2025</b></td>
 <td width="22%">Numero di settore<br /><b>211</b></td>
</tr>
<tr>
 <td width="34%">Proposta n. 3126/2025</td>
 <td width="66%" colspan="3">Classificazione: 6.5 - Fascicolo 2025/6.5/00041</td>
</tr>
</table>
<br />
<table cellpadding="0" border="0">
<tr><td width="13%"><b>OGGETTO:</b></td><td width="87%"><b>AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI POTATURA E ABBATTIMENTO DI ALBERATURE STRADALI NEI QUARTIERI DELLA ZONA SUD ALLA DITTA VERDEARTE S.R.L. IMPEGNO DI SPESA DI € 68.320,00 IVA COMPRESA. CIG B8F2A41C07.</b></td></tr>
</table>
<br />
<p style="text-align:center;"><b>IL DIRIGENTE DEL SETTORE</b></p>
<p style="text-align:justify;">Premesso che con deliberazione del Consiglio comunale n. 118 del 19/12/2024 è stato approvato il bilancio di previsione 2025-2027 e con deliberazione della Giunta comunale n. 12 del 15/01/2025 è stato approvato il Piano Esecutivo di Gestione 2025-2027;</p>
<p style="text-align:justify;">Richiamato il decreto sindacale n. 31 del 30/06/2025, con il quale è stato conferito allo scrivente l'incarico di direzione del Settore Verde, Parchi e Reticolo Idrico;</p>
<p style="text-align:justify;">Considerato che a seguito degli eventi meteorologici del 22 e 23 ottobre 2025 numerose alberature stradali nei quartieri di Lamarmora, Chiusure, Folzano e Fornaci presentano rami spezzati e condizioni di stabilità compromesse, come risulta dalla relazione agronomica del tecnico del Settore in data 05/11/2025;</p>
<p style="text-align:justify;">Ritenuto necessario provvedere con urgenza alla potatura di 214 esemplari e all'abbattimento di 37 esemplari classificati in classe di propensione al cedimento D, con contestuale rimozione delle ceppaie;</p>
<p style="text-align:justify;">Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei servizi di importo inferiore a € 140.000,00, anche senza consultazione di più operatori economici;</p>
<p style="text-align:justify;">Dato atto che, a seguito di richiesta di offerta sulla piattaforma Sintel (ID 207734512), la ditta VerdeArte S.r.l., con sede in Castenedolo (BS), via Industriale n. 14, P.IVA 03318770987, ha presentato un'offerta di € 56.000,00 oltre IVA al 22%, per complessivi € 68.320,00, ritenuta congrua dal RUP;</p>
<p style="text-align:justify;">Verificati il possesso dei requisiti generali e speciali dell'operatore economico e la regolarità contributiva (DURC prot. INAIL_50211873 con scadenza 18/02/2026);</p>
<p style="text-align:justify;">Visti gli artt. 107, 183 e 192 del D.Lgs. 18 agosto 2000, n. 267;</p>
<p style="text-align:center;"><b>D E T E R M I N A</b></p>
<ol>
<li style="text-align:justify;">di affidare, per le motivazioni espresse in premessa, alla ditta VerdeArte S.r.l. di Castenedolo (BS), P.IVA 03318770987, il servizio di potatura e abbattimento di alberature stradali nei quartieri della zona sud, per l'importo di € 56.000,00 oltre IVA al 22%;<br /></li>
<li style="text-align:justify;">di impegnare la spesa complessiva di € 68.320,00 al capitolo 10902.03.0415 "Manutenzione del verde pubblico - prestazioni di servizi" del bilancio 2025, che presenta la necessaria disponibilità;<br /></li>
<li style="text-align:justify;">di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023, e che il servizio dovrà concludersi entro il 28/02/2026;<br /></li>
<li style="text-align:justify;">di nominare Responsabile Unico del Progetto il dott. for. Andrea Bonomelli, funzionario del Settore;<br /></li>
<li style="text-align:justify;">di disporre la pubblicazione del presente provvedimento all'Albo pretorio on line e nella sezione "Amministrazione trasparente", sottosezione "Bandi di gara e contratti".</li>
</ol>
<br />
<table cellpadding="1"><tr><td width="50%"></td><td width="50%" style="text-align:center;">Il Dirigente del Settore<br />dott. agr. Paolo Ferrandi<br /><i style="font-size:7pt;">(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)</i></td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');

$pdf->AddPage();
$html2 = <<<HTML
<p style="text-align:center;font-size:10pt;"><b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b><br /><span style="font-size:8pt;">(art. 183, comma 7, D.Lgs. 267/2000)</span></p>
<table cellpadding="3" border="1" style="font-size:8pt;">
<tr style="background-color:#dde5ee;font-weight:bold;"><td width="12%">Esercizio</td><td width="22%">Capitolo</td><td width="14%">Impegno</td><td width="32%">Beneficiario</td><td width="20%" align="right">Importo €</td></tr>
<tr><td>2025</td><td>10902.03.0415</td><td>4417/2025</td><td>VERDEARTE S.R.L.</td><td align="right">68.320,00</td></tr>
</table>
<p style="text-align:justify;">Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa di cui al presente provvedimento.</p>
<p>Brescia, 04/12/2025</p>
<table cellpadding="1"><tr><td width="50%"></td><td width="50%" style="text-align:center;">Il Responsabile del Settore Bilancio e Ragioneria<br />dott.ssa Chiara Lussignoli<br /><i style="font-size:7pt;">(documento firmato digitalmente)</i></td></tr></table>
HTML;
$pdf->writeHTML($html2, true, false, true, false, '');
$pdf->Output('/tmp/round15/mixed-15/determina-brescia-tcpdf.pdf', 'F');
