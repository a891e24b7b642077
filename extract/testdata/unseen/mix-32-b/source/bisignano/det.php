<?php
// Comune di Bisignano - determinazione, imitating a "Cedac" (TCPDF/CodeIgniter-like) print
require_once('/usr/share/php/tcpdf/tcpdf.php');
class P extends TCPDF {
  public function Header() {
    $this->SetFont('helvetica','',7.5);
    $this->Cell(0,4,'COMUNE DI BISIGNANO - Determinazione Reg. Gen. n. 398 del 11/03/2026',0,0,'L');
    $this->Cell(0,4,'Pag. '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(),0,1,'R');
    $this->Line(15,15,195,15);
  }
  public function Footer() {
    $this->SetY(-14); $this->SetFont('helvetica','I',7);
    $this->MultiCell(0,3,"Documento informatico firmato digitalmente ai sensi del testo unico D.P.R. 28 dicembre 2000, n. 445, del D.Lgs. 7 marzo 2005, n. 82 e norme collegate, il quale sostituisce il testo cartaceo e la firma autografa.",0,'C');
  }
}
$pdf = new P('P','mm','A4',true,'UTF-8',false);
$pdf->SetCreator('Cedac Atti - TCPDF'); $pdf->SetTitle('Determinazione 398/2026');
$pdf->SetMargins(18,20,18); $pdf->SetAutoPageBreak(true,18); $pdf->AddPage();
$html = <<<H
<table cellpadding="2"><tr><td width="18%" align="center" style="font-size:7pt;border:0.5px solid #000">[stemma]<br>Bisignano</td>
<td width="82%"><span style="font-size:16pt;font-weight:bold">COMUNE DI BISIGNANO</span><br><span style="font-size:9pt">Provincia di Cosenza</span><br>
<span style="font-size:8pt">Piazza Collina Castello - 87043 Bisignano (CS) - Tel. 0984 951071</span></td></tr></table>
<p></p>
<div style="font-size:11pt;font-weight:bold;text-align:center">SETTORE AMMINISTRATIVO<br><span style="font-weight:normal">Servizio Politiche Sociali e Pubblica Istruzione</span></div>
<p style="font-size:10.5pt;text-align:center;font-weight:bold">DETERMINAZIONE N. 112 DEL 11/03/2026<br><span style="font-weight:normal;font-size:9pt">(Registro Generale n. 398 del 11/03/2026)</span></p>
<table cellpadding="4" border="0.5"><tr><td width="16%"><b>OGGETTO:</b></td><td width="84%"><b>Liquidazione contributo economico straordinario a favore di nuclei familiari in condizione di disagio - Avviso pubblico 2025 - II tranche.</b></td></tr></table>
<p></p>
<div style="text-align:center;font-weight:bold">IL RESPONSABILE DEL SETTORE</div>
<p style="text-align:justify;font-size:10pt">PREMESSO che con determinazione del Settore Amministrativo n. 287 del 14/11/2025 è stata approvata la graduatoria dei beneficiari del contributo economico straordinario di cui all'Avviso pubblico 2025, per un importo complessivo di € 24.000,00;<br>
DATO ATTO che con determinazione n. 301 del 02/12/2025 si è provveduto alla liquidazione della prima tranche, pari a € 12.000,00;<br>
VISTA la relazione dell'Assistente Sociale prot. n. 3307 del 05/03/2026, con la quale si attesta la permanenza dei requisiti in capo ai n. 40 nuclei beneficiari;<br>
VISTO il decreto sindacale n. 2 del 08/01/2026 di nomina del Responsabile del Settore Amministrativo;<br>
ATTESA la propria competenza ai sensi dell'art. 107 del D.Lgs. 267/2000;</p>
<div style="text-align:center;font-weight:bold">DETERMINA</div>
<ul style="text-align:justify;font-size:10pt">
<li>di liquidare la seconda tranche del contributo economico straordinario, pari a complessivi € 12.000,00, in favore dei n. 40 nuclei familiari indicati nell'elenco allegato, che non viene pubblicato per la tutela dei dati personali;</li>
<li>di imputare la spesa all'impegno n. 1284/2025, Cap. 1892 "Contributi a famiglie in difficoltà", RR.PP.;</li>
<li>di trasmettere il presente atto al Servizio Finanziario per l'emissione dei relativi mandati di pagamento.</li>
</ul>
<p></p>
<table><tr><td width="50%"></td><td width="50%" align="center">Il Responsabile del Settore<br><b>Dott. Francesco Greco</b></td></tr></table>
H;
$pdf->SetFont('dejavusans','',10);
$pdf->writeHTML($html,true,false,true,false,'');
$pdf->Output(realpath('../..').'/determinazione-bisignano-cedac.pdf','F');
