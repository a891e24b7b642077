<?php
// Provincia del Sud Sardegna - Allegato A to a decreto del Presidente: programme of road works (table),
// TCPDF (PHP), DejaVu Sans / DejaVu Sans Condensed, running head and foot on every page.
require_once('/usr/share/php/tcpdf/tcpdf.php');
class AllegatoPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 11);
        $this->SetY(10);
        $this->Cell(0, 6, 'PROVINCIA DEL SUD SARDEGNA', 0, 1, 'C');
        $this->SetFont('dejavusans', '', 8);
        $this->Cell(0, 4, 'Area Lavori Pubblici – Servizio Viabilità e Manutenzione Strade', 0, 1, 'C');
        $this->Line(15, 22, 282, 22);
    }
    public function Footer() {
        $this->SetY(-13);
        $this->SetFont('dejavusans', 'I', 7);
        $this->Cell(0, 5, 'Allegato A al Decreto del Presidente n. 27 del 16/03/2026 – Programma 2026 manutenzione straordinaria S.P.', 0, 0, 'L');
        $this->Cell(0, 5, 'Pag. ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}
$pdf = new AllegatoPDF('L', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF – Provincia Sud Sardegna SIAT');
$pdf->SetTitle('Allegato A - Programma manutenzione strade provinciali 2026');
$pdf->SetMargins(15, 27, 15); $pdf->SetAutoPageBreak(true, 18);
$pdf->AddPage();
$pdf->SetFont('dejavusans', 'B', 12);
$pdf->Cell(0, 7, 'ALLEGATO A', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 10);
$pdf->MultiCell(0, 5, "PROGRAMMA DEGLI INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLA RETE STRADALE PROVINCIALE – ANNUALITÀ 2026", 0, 'C');
$pdf->Ln(3);
$rows = [
 ['1', 'S.P. 70', 'Teulada – Porto di Teulada', 'Teulada', 'Risanamento profondo della pavimentazione e rifacimento segnaletica', '4,2', '385.000,00', 'I'],
 ['2', 'S.P. 71', 'Bivio S.S. 195 – Sant’Anna Arresi', 'Sant’Anna Arresi', 'Ripristino banchine e sostituzione barriere di sicurezza', '2,8', '212.500,00', 'I'],
 ['3', 'S.P. 78', 'Santadi – Nuxis', 'Santadi, Nuxis', 'Consolidamento scarpata in frana al km 6+300', '0,4', '298.000,00', 'I'],
 ['4', 'S.P. 2', 'Siliqua – Vallermosa', 'Siliqua, Vallermosa', 'Rifacimento tappeto d’usura', '5,6', '336.000,00', 'II'],
 ['5', 'S.P. 85', 'Giba – Masainas', 'Giba, Masainas', 'Adeguamento tombini e opere idrauliche minori', '3,1', '174.300,00', 'II'],
 ['6', 'S.P. 4', 'Serramanna – Villasor', 'Serramanna, Villasor', 'Messa in sicurezza intersezione a raso (rotatoria provvisoria)', '0,3', '260.000,00', 'I'],
 ['7', 'S.P. 83', 'Fluminimaggiore – Buggerru', 'Fluminimaggiore, Buggerru', 'Reti paramassi e disgaggio pareti rocciose', '1,9', '410.000,00', 'I'],
 ['8', 'S.P. 2', 'Decimoputzu – innesto S.S. 130', 'Decimoputzu', 'Rifacimento tappeto d’usura e segnaletica orizzontale', '3,7', '221.000,00', 'III'],
 ['9', 'S.P. 81', 'Narcao – Perdaxius', 'Narcao, Perdaxius', 'Ripristino ponticello sul Rio Mannu', '0,1', '145.000,00', 'II'],
 ['10', 'S.P. 75', 'Tratalias – Piscinas', 'Tratalias, Piscinas', 'Risanamento pavimentazione e banchine', '4,9', '278.200,00', 'III'],
 ['11', 'S.P. 89', 'Villamassargia – Domusnovas', 'Villamassargia, Domusnovas', 'Sostituzione barriere di sicurezza non conformi', '2,2', '190.000,00', 'II'],
 ['12', 'S.P. 82', 'Gonnesa – Portoscuso', 'Gonnesa, Portoscuso', 'Riqualificazione illuminazione svincoli', '1,5', '129.000,00', 'III'],
];
$html = '<table border="1" cellpadding="3" style="font-size:8pt;"><thead><tr style="background-color:#dfe6ee;font-weight:bold;text-align:center;">'
 . '<th width="5%">N.</th><th width="8%">Strada</th><th width="19%">Tratto</th><th width="16%">Comuni interessati</th>'
 . '<th width="28%">Descrizione intervento</th><th width="6%">Km</th><th width="11%">Importo (€)</th><th width="7%">Priorità</th></tr></thead><tbody>';
foreach ($rows as $r) {
  $html .= '<tr><td width="5%" align="center">' . $r[0] . '</td><td width="8%">' . $r[1] . '</td><td width="19%">' . htmlspecialchars($r[2]) . '</td><td width="16%">' . htmlspecialchars($r[3])
   . '</td><td width="28%">' . htmlspecialchars($r[4]) . '</td><td width="6%" align="right">' . $r[5] . '</td><td width="11%" align="right">' . $r[6] . '</td><td width="7%" align="center">' . $r[7] . '</td></tr>';
}
$html .= '<tr style="font-weight:bold;"><td colspan="5" align="right">TOTALE PROGRAMMA 2026</td><td align="right">30,7</td><td align="right">3.039.000,00</td><td></td></tr></tbody></table>';
$pdf->SetFont('dejavusanscondensed', '', 8);
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->Ln(2);
$pdf->SetFont('dejavusans', '', 8);
$pdf->MultiCell(0, 4, "Note:\n1) Le priorità sono attribuite secondo i criteri di cui all’art. 3 del Regolamento provinciale per la programmazione della manutenzione stradale (I = urgente, II = ordinaria programmata, III = differibile).\n2) Gli importi sono comprensivi di oneri per la sicurezza, IVA e somme a disposizione dell’Amministrazione.\n3) Copertura finanziaria: fondi del bilancio provinciale 2026 e trasferimenti della Regione Autonoma della Sardegna (L.R. n. 17/2025).", 0, 'L');
$pdf->Ln(4);
$pdf->SetFont('dejavusans', '', 9);
$pdf->Cell(150, 5, '', 0, 0); $pdf->Cell(0, 5, 'Il Dirigente dell’Area Lavori Pubblici', 0, 1, 'C');
$pdf->Cell(150, 5, '', 0, 0); $pdf->Cell(0, 5, 'Ing. Sandro Piras', 0, 1, 'C');
$pdf->Output(__DIR__ . '/../allegato-sudsardegna-tcpdf.pdf', 'F');
