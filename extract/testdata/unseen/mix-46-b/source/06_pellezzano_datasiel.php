<?php
// Determinazione dirigenziale, Comune di Pellezzano -- TCPDF (Debian php-tcpdf), core Helvetica/Times via writeHTML
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];

class Det extends TCPDF {
    public function Header() {
        if ($this->getPage() == 1) {
            $this->SetFont('helvetica', 'B', 15);
            $this->SetY(10);
            $this->Cell(0, 7, 'COMUNE DI PELLEZZANO', 0, 1, 'C');
            $this->SetFont('helvetica', '', 9);
            $this->Cell(0, 5, '(Provincia di Salerno)', 0, 1, 'C');
            $this->SetFont('helvetica', '', 7);
            $this->Cell(0, 4, 'Piazza Municipio 1 - 84080 Pellezzano (SA) - www.comune.pellezzano.sa.it', 0, 1, 'C');
            $this->Line(15, 28, 195, 28);
        } else {
            $this->SetFont('helvetica', 'I', 7.5);
            $this->SetY(10);
            $this->Cell(0, 5, 'COMUNE DI PELLEZZANO - Settore II Economico Finanziario - Det. R.G. n. 356 del 13/04/2026', 'B', 1, 'R');
        }
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('helvetica', '', 7);
        $this->Cell(120, 4, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new Det('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Datasiel - Atti Amministrativi');
$pdf->SetAuthor('Comune di Pellezzano');
$pdf->SetTitle('Determinazione RG 356/2026');
$pdf->SetMargins(15, 33, 15);
$pdf->SetHeaderMargin(8);
$pdf->SetFooterMargin(15);
$pdf->SetAutoPageBreak(true, 22);
$pdf->AddPage();
$pdf->SetFont('times', '', 10.5);

$html = <<<EOD
<table border="1" cellpadding="4" style="font-family:helvetica;font-size:9pt;">
<tr style="background-color:#e6e6e6;">
<td width="50%" align="center"><b>SETTORE II - ECONOMICO FINANZIARIO</b><br/>Servizio Tributi</td>
<td width="50%" align="center"><b>DETERMINAZIONE DIRIGENZIALE</b></td></tr>
<tr><td>Registro del Settore<br/><b>N. 61 del 09/04/2026</b></td>
<td>Registro Generale<br/><b>N. 356 del 13/04/2026</b></td></tr>
</table>
<br/><br/>
<table cellpadding="3"><tr><td width="17%"><b>OGGETTO:</b></td>
<td width="83%"><b>Rimborso somme indebitamente versate a titolo di IMU anni 2021-2023 - Contribuente cod. 004512 - Impegno e liquidazione.</b></td></tr></table>
<br/>
<p align="center"><b>IL RESPONSABILE DEL SETTORE</b></p>
<p align="justify">Visto il decreto sindacale n. 14 del 30/12/2025 di nomina del sottoscritto quale Responsabile del Settore II - Economico Finanziario, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;</p>
<p align="justify">Vista l'istanza di rimborso presentata dal contribuente identificato con codice 004512, acquisita al protocollo generale n. 3371 del 17/02/2026, relativa a somme versate a titolo di Imposta Municipale Propria per gli anni d'imposta 2021, 2022 e 2023 su un immobile che, a seguito di variazione catastale con effetto retroattivo, risulta adibito ad abitazione principale non di lusso;</p>
<p align="justify">Vista la relazione istruttoria dell'Ufficio Tributi del 02/04/2026, dalla quale risulta un versamento non dovuto pari a complessivi euro 1.846,00, oltre interessi legali calcolati ai sensi dell'art. 1, comma 165, della legge 27 dicembre 2006, n. 296, per euro 92,17;</p>
<p align="justify">Visto l'art. 1, comma 164, della legge n. 296/2006, che fissa in cinque anni il termine per la richiesta di rimborso;</p>
<p align="justify">Visto il regolamento comunale delle entrate approvato con deliberazione del Consiglio Comunale n. 19 del 29/06/2020;</p>
<p align="justify">Ritenuto di dover provvedere in merito;</p>
<p align="center"><b>DETERMINA</b></p>
<p align="justify">a) di riconoscere al contribuente cod. 004512 il rimborso dell'IMU indebitamente versata per gli anni 2021-2023, per l'importo di euro 1.846,00, oltre interessi legali per euro 92,17, per complessivi euro 1.938,17;</p>
<p align="justify">b) di impegnare la somma di euro 1.938,17 al capitolo 1320/5 "Rimborsi di imposte e tasse" del bilancio di previsione 2026/2028, esercizio 2026;</p>
<p align="justify">c) di liquidare la suddetta somma mediante accredito sul conto corrente indicato dal contribuente nell'istanza, i cui dati sono conservati agli atti dell'ufficio nel rispetto del Regolamento (UE) 2016/679;</p>
<p align="justify">d) di dare atto che il presente provvedimento sarà pubblicato all'Albo Pretorio on line per quindici giorni consecutivi, omettendo i dati personali del contribuente.</p>
<br/>
<table><tr><td width="50%"></td><td width="50%" align="center">IL RESPONSABILE DEL SETTORE II<br/>Dott. Gennaro Ferrigno<br/><i style="font-size:8pt;">(firmato digitalmente)</i></td></tr></table>
<br/><br/>
<table border="1" cellpadding="4" style="font-size:8.5pt;font-family:helvetica;">
<tr><td><b>ATTESTAZIONE DI COPERTURA FINANZIARIA</b><br/>Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.<br/>Impegno n. 402/2026 - Capitolo 1320/5 - Esercizio 2026 - Importo euro 1.938,17<br/>Pellezzano, 13/04/2026 - Il Responsabile del Servizio Finanziario - Dott. Gennaro Ferrigno</td></tr>
</table>
EOD;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($out, 'F');
