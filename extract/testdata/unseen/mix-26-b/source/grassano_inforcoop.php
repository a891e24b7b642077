<?php
// Comune di Grassano - determinazione, imitating an Inforcoop "Atti" print (label grid, area register).
// Producer: TCPDF (Debian php-tcpdf), core font Helvetica / DejaVu Sans for the body.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class GDoc extends TCPDF {
    public function Header() {
        if ($this->getPage() == 1) {
            $this->SetFont('dejavusans', 'B', 14);
            $this->SetY(10);
            $this->Cell(0, 7, 'COMUNE DI GRASSANO', 0, 1, 'C');
            $this->SetFont('dejavusans', '', 9);
            $this->Cell(0, 5, 'Provincia di Matera', 0, 1, 'C');
            $this->SetFont('dejavusans', '', 7);
            $this->Cell(0, 4, 'Corso Umberto I - 75014 Grassano (MT) - protocollo@pec.comune.grassano.mt.it', 0, 1, 'C');
            $this->Line(15, 28, 195, 28);
        } else {
            $this->SetFont('dejavusans', 'I', 7);
            $this->SetY(10);
            $this->Cell(0, 4, 'COMUNE DI GRASSANO - AREA AMMINISTRATIVA - Determinazione R.G. n. 96 del 06/03/2026', 'B', 1, 'C');
        }
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 6.5);
        $this->Cell(120, 4, 'Inforcoop - Gestione Atti Amministrativi - Stampa del 06/03/2026', 'T', 0, 'L');
        $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 'T', 0, 'R');
    }
}

$pdf = new GDoc('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Inforcoop Atti');
$pdf->SetAuthor('Comune di Grassano');
$pdf->SetTitle('Determinazione R.G. 96/2026');
$pdf->SetMargins(15, 32, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 9);

$subj = 'CONCESSIONE CONTRIBUTO ALL\'ASSOCIAZIONE PRO LOCO GRASSANO PER L\'ORGANIZZAZIONE DEL CARNEVALE GRASSANESE 2026. IMPEGNO E LIQUIDAZIONE DI SPESA.';

$grid = '<table border="1" cellpadding="4" style="font-size:8.5pt">
<tr style="background-color:#e8e8e8"><td width="50%"><b>AREA AMMINISTRATIVA</b></td><td width="50%">Servizio: <b>Affari Generali - Cultura e Turismo</b></td></tr>
<tr><td colspan="2" align="center" style="font-size:11pt"><b>DETERMINAZIONE DEL RESPONSABILE DELL\'AREA</b></td></tr>
<tr><td>N. Reg. Area: <b>31</b></td><td>Data: <b>05/03/2026</b></td></tr>
<tr><td>N. Reg. Generale: <b>96</b></td><td>Data Reg. Gen.: <b>06/03/2026</b></td></tr>
</table>';
$pdf->writeHTML($grid, true, false, true, false, '');
$pdf->Ln(2);
$ogg = '<table cellpadding="3" style="font-size:9.5pt"><tr><td width="17%"><b>OGGETTO:</b></td><td width="83%"><b>'.htmlspecialchars($subj).'</b></td></tr></table>';
$pdf->writeHTML($ogg, true, false, true, false, '');
$pdf->Line(15, $pdf->GetY(), 195, $pdf->GetY());
$pdf->Ln(3);

$body = '<p align="center"><b>IL RESPONSABILE DELL\'AREA AMMINISTRATIVA</b></p>
<p align="justify">VISTO il Decreto Sindacale n. 2 del 07/01/2026, con il quale è stata conferita alla sottoscritta la responsabilità dell\'Area Amministrativa;</p>
<p align="justify">RICHIAMATA la deliberazione della Giunta Comunale n. 18 del 12/02/2026, con la quale è stato concesso all\'Associazione Pro Loco Grassano un contributo di € 4.000,00 per l\'organizzazione delle manifestazioni del Carnevale Grassanese 2026 e sono stati demandati al Responsabile dell\'Area Amministrativa i conseguenti adempimenti;</p>
<p align="justify">VISTA la nota dell\'Associazione, acquisita al protocollo n. 1688 del 02/03/2026, con la quale è stato trasmesso il rendiconto delle spese sostenute, pari a € 5.312,40, corredato dai relativi giustificativi;</p>
<p align="justify">VISTO il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione di Consiglio Comunale n. 23 del 28/06/2019;</p>
<p align="justify">ACCERTATA la regolarità della documentazione prodotta e dato atto che la liquidazione non è soggetta agli obblighi di tracciabilità di cui alla Legge 136/2010, trattandosi di contributo ad associazione senza scopo di lucro;</p>
<p align="justify">VISTI il D.Lgs. 267/2000, il D.Lgs. 118/2011 e il vigente Regolamento di contabilità;</p>
<p align="center"><b>DETERMINA</b></p>
<ol>
<li align="justify">di impegnare la somma di € 4.000,00 al capitolo 1012 "Contributi ad associazioni per manifestazioni culturali e turistiche" del bilancio 2026/2028, esercizio 2026;</li>
<li align="justify">di liquidare e pagare all\'Associazione Pro Loco Grassano, C.F. 93012450776, la somma di € 4.000,00, mediante accredito sul conto corrente indicato nella nota prot. n. 1688/2026;</li>
<li align="justify">di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui all\'art. 26 del D.Lgs. 33/2013;</li>
<li align="justify">di trasmettere la presente al Servizio Finanziario per gli adempimenti di competenza.</li>
</ol>';
$pdf->writeHTML($body, true, false, true, false, '');
$pdf->Ln(6);
$sig = '<table cellpadding="2" style="font-size:9pt"><tr><td width="50%"></td><td width="50%" align="center"><b>IL RESPONSABILE DELL\'AREA AMMINISTRATIVA</b><br/>Dott.ssa Antonella Lofrano<br/><i style="font-size:7pt">Firma digitale ai sensi dell\'art. 24 del D.Lgs. 82/2005</i></td></tr></table>';
$pdf->writeHTML($sig, true, false, true, false, '');
$pdf->Ln(6);
$vis = '<table border="1" cellpadding="4" style="font-size:8pt"><tr><td><b>SERVIZIO FINANZIARIO</b><br/>Visto di regolarità contabile attestante la copertura finanziaria ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 188/2026 - Liquidazione n. 201/2026.<br/>Grassano, 06/03/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL RESPONSABILE DELL\'AREA FINANZIARIA - Rag. Michele Zasa</td></tr>
<tr><td><b>ATTESTATO DI PUBBLICAZIONE</b><br/>Si attesta che la presente determinazione viene pubblicata all\'Albo Pretorio on line dal 09/03/2026 per 15 giorni consecutivi. Registro pubblicazioni n. 214.</td></tr></table>';
$pdf->writeHTML($vis, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
