<?php
// Comune di Cervinara - determinazione (Settore Economico-Finanziario / Ufficio Tributi),
// imitating an Advanced Systems web-application print. TCPDF (PHP), with a Code 128 barcode.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class Det extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusanscondensed', '', 7.5);
        $this->SetY(8);
        $this->Cell(0, 4, 'Comune di Cervinara – DETERMINAZIONE DIRIGENZIALE – Reg. Gen. n. 287 del 09/04/2026', 0, 1, 'L');
        $this->Line(15, 12.5, 195, 12.5);
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('dejavusanscondensed', 'I', 7);
        $this->Cell(120, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e rispettive norme collegate', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
    }
}
$pdf = new Det('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF'); $pdf->SetAuthor('Comune di Cervinara');
$pdf->SetTitle('Determinazione n. 287/2026');
$pdf->SetMargins(15, 18, 15); $pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', 'B', 17);
$pdf->Cell(0, 8, 'COMUNE DI CERVINARA', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 9.5);
$pdf->Cell(0, 5, 'Provincia di Avellino', 0, 1, 'C');
$pdf->SetFont('dejavusanscondensed', '', 7.5);
$pdf->Cell(0, 4, 'Piazza Municipio, 1 – 83012 Cervinara (AV) – C.F. 80004290641 – www.comune.cervinara.av.it', 0, 1, 'C');
$pdf->Ln(3);
$style = array('position' => 'R', 'border' => false, 'padding' => 0, 'fgcolor' => array(0, 0, 0), 'text' => true, 'font' => 'helvetica', 'fontsize' => 7, 'stretchtext' => 0);
$y = $pdf->GetY();
$pdf->write1DBarcode('DT0287-2026', 'C128', 140, $y, 55, 12, 0.4, $style, 'N');
$pdf->SetXY(15, $y);
$pdf->SetFont('dejavusanscondensed', 'B', 10.5);
$pdf->MultiCell(115, 5, "SETTORE ECONOMICO-FINANZIARIO\nUfficio Tributi", 0, 'L', false, 1);
$pdf->SetY($y + 16);
$pdf->SetFont('dejavusanscondensed', 'B', 11.5);
$pdf->MultiCell(0, 6, 'DETERMINAZIONE DIRIGENZIALE N. 61 DEL 08/04/2026 – REGISTRO GENERALE N. 287 DEL 09/04/2026', 'TB', 'C', false, 1);
$pdf->SetFont('dejavusanscondensed', '', 8.5);
$pdf->Cell(0, 5, 'Proposta n. 74 del 07/04/2026', 0, 1, 'R');
$pdf->Ln(1);
$html = '<table cellpadding="4" border="1"><tr><td width="16%" style="background-color:#eeeeee"><b>OGGETTO:</b></td><td width="84%"><b>RIMBORSO SOMME NON DOVUTE A TITOLO DI IMU ANNUALITÀ 2023 E 2024 – CONTRIBUENTI VARI – IMPEGNO E LIQUIDAZIONE</b></td></tr></table>';
$pdf->SetFont('dejavusanscondensed', '', 9.5);
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->Ln(2);
$pdf->SetFont('dejavuserif', 'B', 10);
$pdf->Cell(0, 6, 'IL RESPONSABILE DEL SETTORE', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 9.5);
$premesse = array(
 'PREMESSO che con decreto sindacale n. 5 del 31/01/2026 è stata conferita al sottoscritto la responsabilità del Settore Economico-Finanziario, con attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 267/2000;',
 'VISTO l’art. 1, comma 164, della L. 27 dicembre 2006, n. 296, secondo cui il rimborso delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del versamento e l’ente provvede entro centottanta giorni dalla data di presentazione dell’istanza;',
 'VISTE le istanze di rimborso presentate dai contribuenti di seguito indicati, relative a versamenti IMU eccedenti o non dovuti per le annualità 2023 e 2024, acquisite agli atti dell’Ufficio Tributi;',
 'ESAMINATA la documentazione prodotta e verificati, mediante consultazione della banca dati catastale e del sistema F24 dell’Agenzia delle Entrate, i versamenti effettuati, come risulta dal seguente prospetto (i dati identificativi dei contribuenti sono omessi ai sensi del Regolamento UE 2016/679):',
);
foreach ($premesse as $t) { $pdf->writeHTML('<p style="text-align:justify">'.$t.'</p>', false, false, true, false, ''); $pdf->Ln(1.5); }
$tab = '<table cellpadding="3" border="1" style="font-size:8.5pt"><tr style="background-color:#eeeeee;font-weight:bold;text-align:center"><td width="14%">Posizione</td><td width="18%">Istanza prot.</td><td width="12%">Anno</td><td width="36%">Motivazione</td><td width="20%">Importo</td></tr>'
 .'<tr><td align="center">IMU/0412</td><td align="center">2207 del 12/02/2026</td><td align="center">2023</td><td>Doppio versamento rata a saldo</td><td align="right">€ 486,00</td></tr>'
 .'<tr><td align="center">IMU/1877</td><td align="center">2561 del 19/02/2026</td><td align="center">2024</td><td>Abitazione principale non di lusso</td><td align="right">€ 612,50</td></tr>'
 .'<tr><td align="center">IMU/2034</td><td align="center">3018 del 03/03/2026</td><td align="center">2023</td><td>Errata rendita catastale (variazione DOCFA)</td><td align="right">€ 238,70</td></tr>'
 .'<tr><td align="center">IMU/2035</td><td align="center">3018 del 03/03/2026</td><td align="center">2024</td><td>Errata rendita catastale (variazione DOCFA)</td><td align="right">€ 241,30</td></tr>'
 .'<tr><td colspan="4" align="right"><b>TOTALE</b></td><td align="right"><b>€ 1.578,50</b></td></tr></table>';
$pdf->writeHTML($tab, true, false, false, false, '');
$pdf->Ln(1);
foreach (array(
 'RITENUTO di dover procedere al rimborso delle somme indebitamente versate, maggiorate degli interessi nella misura del tasso legale, calcolati a decorrere dalla data dell’eseguito versamento, ai sensi dell’art. 1, comma 165, della L. 296/2006;',
 'ATTESTATA la regolarità e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;') as $t) { $pdf->writeHTML('<p style="text-align:justify">'.$t.'</p>', false, false, true, false, ''); $pdf->Ln(1.5); }
$pdf->SetFont('dejavuserif', 'B', 10);
$pdf->Cell(0, 6, 'D E T E R M I N A', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 9.5);
$punti = array(
 'di riconoscere il diritto al rimborso delle somme non dovute a titolo di IMU per le annualità 2023 e 2024 in favore dei contribuenti indicati nel prospetto in premessa, per l’importo complessivo di € 1.578,50, oltre interessi legali quantificati in € 37,84;',
 'di impegnare la spesa complessiva di € 1.616,34 sul Capitolo 1290 “Rimborsi e sgravi di tributi comunali” – Missione 1, Programma 4 – del Bilancio di previsione 2026/2028, esercizio 2026 (impegno n. 318/2026);',
 'di liquidare le somme ai singoli contribuenti mediante accredito sulle coordinate bancarie indicate nelle rispettive istanze;',
 'di trasmettere il presente provvedimento al Servizio Ragioneria per gli adempimenti di competenza e di disporne la pubblicazione all’Albo Pretorio on line per quindici giorni consecutivi.');
$ol = '<ol>';
foreach ($punti as $t) { $ol .= '<li style="text-align:justify">'.$t.'</li>'; }
$ol .= '</ol>';
$pdf->writeHTML($ol, true, false, true, false, '');
$pdf->Ln(6);
$pdf->SetFont('dejavusanscondensed', '', 9.5);
$pdf->MultiCell(80, 5, "IL RESPONSABILE DEL SETTORE\nDott. Antonio Clemente\n(firma digitale)", 0, 'C', false, 1, 115);
$pdf->Ln(5);
$pdf->SetFont('dejavusanscondensed', '', 8);
$pdf->MultiCell(0, 4, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (art. 151, comma 4, D.Lgs. 267/2000): FAVOREVOLE – Impegno n. 318/2026 – Cervinara, 09/04/2026 – Il Responsabile del Servizio Ragioneria Rag. Filomena Bianco", 1, 'L', false, 1);
$pdf->Output($argv[1], 'F');
