<?php
// Determinazione of Comune di Belvedere Marittimo in the layout of a web
// "atti" suite (Exprivia-style print): HTML body rendered by TCPDF, a
// two-register box (Settore / Registro Generale), bullet points, the
// accounting visa and a publication box. Producer: TCPDF (PHP, Debian package).
require_once('/usr/share/php/tcpdf/tcpdf.php');

class D extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 13);
        $this->SetY(10);
        $this->Cell(0, 6, 'COMUNE DI BELVEDERE MARITTIMO', 0, 1, 'C');
        $this->SetFont('dejavusans', '', 8.5);
        $this->Cell(0, 4.5, 'Provincia di Cosenza', 0, 1, 'C');
        $this->SetFont('dejavusans', '', 7);
        $this->Cell(0, 4, 'Piazza Sandro Pertini – 87021 Belvedere Marittimo (CS) – Tel. 0985 88.00.00 – www.comune.belvedere-marittimo.cs.it', 0, 1, 'C');
        $this->Line(15, 26, 195, 26);
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('dejavusans', '', 6.5);
        $this->Cell(130, 4, 'Determinazione Reg. Gen. n. 214 del 23/02/2026 – Documento firmato digitalmente (D.Lgs. 82/2005)', 0, 0, 'L');
        $this->Cell(50, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new D('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Atti Amministrativi – modulo Determine (imitazione Exprivia)');
$pdf->SetAuthor('Comune di Belvedere Marittimo');
$pdf->SetTitle('Determinazione n. 214/2026');
$pdf->SetMargins(15, 30, 15);
$pdf->SetHeaderMargin(8);
$pdf->SetFooterMargin(12);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 9.5);

$subj = 'RIMBORSO QUOTE TARI ANNUALITÀ 2024 INDEBITAMENTE VERSATE – IMPEGNO E LIQUIDAZIONE DI SPESA IN FAVORE DI CONTRIBUENTI VARI.';
$html = <<<EOT
<table cellpadding="4" border="1" style="border-color:#555">
<tr style="background-color:#e6e6e6"><td width="50%"><b>SETTORE ECONOMICO-FINANZIARIO</b><br/><span style="font-size:8pt">Servizio Tributi</span></td>
<td width="50%" align="center"><b>DETERMINAZIONE</b></td></tr>
<tr><td><span style="font-size:7.5pt;color:#444">Registro di Settore</span><br/><b>N. 38 del 20/02/2026</b></td>
<td><span style="font-size:7.5pt;color:#444">Registro Generale</span><br/><b>N. 214 del 23/02/2026</b></td></tr>
<tr><td colspan="2"><span style="font-size:7.5pt;color:#444">Proposta</span> &nbsp; n. 45 del 19/02/2026 &nbsp;&nbsp; <span style="font-size:7.5pt;color:#444">Responsabile del procedimento</span> &nbsp; Rag. Francesca Perrone</td></tr>
</table>
<p></p>
<table cellpadding="3"><tr><td width="16%"><b>OGGETTO:</b></td><td width="84%"><b>$subj</b></td></tr></table>
<p></p>
<p align="center"><b>IL RESPONSABILE DEL SETTORE ECONOMICO-FINANZIARIO</b></p>
<p align="justify">VISTO il decreto sindacale n. 4 del 15/01/2026, con il quale al sottoscritto sono state attribuite le funzioni di Responsabile del Settore Economico-Finanziario ai sensi dell'art. 109, comma 2, del D.Lgs. 267/2000;</p>
<p align="justify">VISTA la deliberazione del Consiglio Comunale n. 12 del 29/04/2025, con la quale sono state approvate le tariffe TARI per l'anno 2024 e il relativo piano economico finanziario;</p>
<p align="justify">VISTE le istanze di rimborso presentate dai contribuenti elencati nel prospetto allegato, conservato agli atti dell'ufficio in quanto contenente dati personali, per complessivi € 6.842,17, relative a versamenti TARI dell'anno 2024 eseguiti in eccedenza o in duplicato;</p>
<p align="justify">ACCERTATO, a seguito dell'istruttoria svolta dall'Ufficio Tributi, che le somme richieste risultano effettivamente non dovute e che le istanze sono state presentate entro il termine di cui all'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296;</p>
<p align="justify">RITENUTO di dover procedere all'impegno e alla contestuale liquidazione delle somme;</p>
<p align="justify">ATTESTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;</p>
<p align="center"><b>D E T E R M I N A</b></p>
<ul>
<li>di riconoscere il diritto al rimborso delle quote TARI 2024 indebitamente versate dai contribuenti indicati nel prospetto agli atti, per complessivi € 6.842,17;</li>
<li>di impegnare la somma complessiva di € 6.842,17 al capitolo 1015/2 "Rimborsi e restituzioni di tributi" del bilancio 2026/2028, esercizio 2026;</li>
<li>di liquidare e pagare ai contribuenti indicati nel prospetto agli atti le somme a fianco di ciascuno riportate, mediante bonifico sulle coordinate comunicate;</li>
<li>di trasmettere il presente atto all'Ufficio Ragioneria per l'emissione dei relativi mandati di pagamento.</li>
</ul>
<p></p>
<table><tr><td width="50%">Belvedere Marittimo, 20/02/2026</td><td width="50%" align="center">IL RESPONSABILE DEL SETTORE<br/>Dott. Salvatore Iorio<br/><i style="font-size:7.5pt">(firmato digitalmente)</i></td></tr></table>
<p></p>
<table cellpadding="4" border="1"><tr><td><b>VISTO DI REGOLARITÀ CONTABILE</b><br/>Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.<br/>Impegno n. 302/2026 – Capitolo 1015/2 – Importo € 6.842,17 – Liquidazione n. 255/2026.<br/>Belvedere Marittimo, 23/02/2026 &nbsp;&nbsp; Il Responsabile del Servizio Finanziario – Dott. Salvatore Iorio</td></tr></table>
<p></p>
<table cellpadding="4" border="1" style="background-color:#f4f4f4"><tr><td><b>PUBBLICAZIONE</b><br/>La presente determinazione è pubblicata all'Albo Pretorio on line dal 24/02/2026 al 11/03/2026 – N. 331 del Registro delle pubblicazioni.</td></tr></table>
EOT;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
