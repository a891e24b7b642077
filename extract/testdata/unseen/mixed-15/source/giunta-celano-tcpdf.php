<?php
// Halley-like print of a Giunta deliberation, Comune di Celano (AQ)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class HalleyPDF extends TCPDF {
    public function Header() {
        if ($this->getPage() == 1) {
            $this->SetFont('helvetica', 'B', 15);
            $this->SetY(10);
            $this->Cell(0, 7, 'COMUNE DI CELANO', 0, 1, 'C');
            $this->SetFont('helvetica', '', 9);
            $this->Cell(0, 4, "Provincia dell'Aquila", 0, 1, 'C');
            $this->Cell(0, 4, 'Via Guglielmo Marconi, 1 - 67043 Celano (AQ) - C.F. 81002410663', 0, 1, 'C');
            $this->Line(15, 29, 195, 29);
        } else {
            $this->SetFont('helvetica', 'I', 8);
            $this->SetY(10);
            $this->Cell(0, 4, 'Comune di Celano - Deliberazione della Giunta Comunale n. 87 del 14/10/2025', 0, 1, 'L');
        }
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('helvetica', '', 7.5);
        $this->Cell(120, 4, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
    }
}
function para($pdf, $txt) {
    foreach (explode("\n", $txt) as $line) {
        if ($line === '') { $pdf->Ln(2); continue; }
        $pdf->MultiCell(0, 5, $line, 0, 'L', false, 1);
    }
}
$pdf = new HalleyPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator(PDF_CREATOR);
$pdf->SetAuthor('Comune di Celano');
$pdf->SetTitle('Deliberazione G.C. n. 87 del 14/10/2025');
$pdf->SetMargins(18, 34, 18);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

$pdf->SetFont('helvetica', 'B', 9);
$pdf->Cell(0, 5, 'COPIA', 0, 1, 'R');
$pdf->SetFont('helvetica', 'B', 12);
$pdf->Cell(0, 6, 'VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', 0, 1, 'C');
$pdf->Ln(1);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(87, 7, 'N. 87', 1, 0, 'C');
$pdf->Cell(87, 7, 'Data 14/10/2025', 1, 1, 'C');
$pdf->SetFont('helvetica', '', 8.5);
$pdf->Cell(0, 5, 'Proposta N. 102 del 07/10/2025 - Ufficio proponente: AREA TECNICA - LAVORI PUBBLICI', 0, 1, 'L');
$pdf->Ln(3);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(22, 5, 'OGGETTO:', 0, 0, 'L');
$pdf->MultiCell(0, 5, "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DELL'AREA VERDE ATTREZZATA DI VIA DEGLI ORTI - CUP J27H25000410004.", 0, 'L', false, 1);
$pdf->Ln(3);
$pdf->SetFont('helvetica', '', 10);
$pdf->MultiCell(0, 5, "L'anno duemilaventicinque, il giorno quattordici del mese di ottobre alle ore 13,15 nella sala delle adunanze della Sede Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale con la presenza dei signori:", 0, 'L', false, 1);
$pdf->Ln(2);
$roll = [
  ['CIOFANI ERNESTO', 'Sindaco', true],
  ['DI PIETRO ANNALISA', 'Vice Sindaco', true],
  ['MARCHETTI LORENZO', 'Assessore', true],
  ['SANTILLI GIOVANNA', 'Assessore', false],
  ['TARQUINI FABIO', 'Assessore', true],
];
$html = '<table border="1" cellpadding="3"><tr style="background-color:#e6e6e6;font-weight:bold;"><td width="55%">Cognome e Nome</td><td width="25%">Carica</td><td width="10%" align="center">Presente</td><td width="10%" align="center">Assente</td></tr>';
foreach ($roll as $r) {
  $html .= '<tr><td>'.$r[0].'</td><td>'.$r[1].'</td><td align="center">'.($r[2]?'X':'').'</td><td align="center">'.($r[2]?'':'X').'</td></tr>';
}
$html .= '<tr><td colspan="2" align="right">Totale</td><td align="center">4</td><td align="center">1</td></tr></table>';
$pdf->SetFont('helvetica', '', 9.5);
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->Ln(1);
$pdf->SetFont('helvetica', '', 10);
para($pdf, "Assume la presidenza il Sig. Ernesto Ciofani, nella sua qualità di Sindaco.\nPartecipa, con funzioni consultive, referenti e di assistenza, il Segretario Comunale Dott.ssa Lucia Di Marzio, che cura la redazione del presente verbale.\nIl Presidente, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta ed invita la Giunta a deliberare sull'oggetto sopra indicato.");
$pdf->Ln(3);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 5, 'LA GIUNTA COMUNALE', 0, 1, 'C');
$pdf->Ln(1);
$pdf->SetFont('helvetica', '', 10);
para($pdf, "Vista la proposta di deliberazione in oggetto, corredata dei pareri prescritti, che di seguito si riporta;\n\nPREMESSO che l'area verde attrezzata di via degli Orti, di proprietà comunale, versa in condizioni di degrado e necessita di interventi di riqualificazione degli arredi, dei percorsi pedonali e dell'impianto di illuminazione;\n\nCONSIDERATO che con decreto del Ministero dell'Interno del 18/06/2025 al Comune di Celano è stato assegnato un contributo di € 140.000,00 per interventi di rigenerazione urbana e di messa in sicurezza del territorio;\n\nVISTO il progetto di fattibilità tecnico-economica redatto dall'Ing. Marco Pace, tecnico incaricato, trasmesso al prot. n. 18842 del 02/10/2025, dell'importo complessivo di € 140.000,00, di cui € 104.500,00 per lavori a base d'asta comprensivi degli oneri per la sicurezza ed € 35.500,00 per somme a disposizione dell'Amministrazione;\n\nVISTO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'Allegato I.7;\n\nVISTO il D.Lgs. 18 agosto 2000, n. 267;\n\nACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dai Responsabili delle Aree competenti, allegati al presente atto;\n\nCon voti unanimi favorevoli, espressi nei modi di legge,");
$pdf->Ln(3);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 5, 'DELIBERA', 0, 1, 'C');
$pdf->Ln(1);
$pdf->SetFont('helvetica', '', 10);
$points = [
 "di approvare le premesse quali parte integrante e sostanziale del presente dispositivo;",
 "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione dell'area verde attrezzata di via degli Orti, redatto dall'Ing. Marco Pace, dell'importo complessivo di € 140.000,00, secondo il quadro economico riportato in premessa;",
 "di dare atto che la spesa trova copertura sul capitolo 2910/4 \"Interventi di rigenerazione urbana - contributo statale\" del bilancio di previsione 2025-2027, annualità 2025;",
 "di individuare quale Responsabile Unico del Progetto il Geom. Sergio Paris, istruttore tecnico dell'Area Tecnica;",
 "di dichiarare, con separata ed unanime votazione, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare le procedure di affidamento entro i termini fissati dal decreto di finanziamento.",
];
$html = '<table cellpadding="2">';
foreach ($points as $i => $p) {
  $html .= '<tr nobr="true"><td width="5%">'.($i+1).')</td><td width="95%">'.htmlspecialchars($p).'</td></tr>';
}
$html .= '</table>';
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->Ln(4);
$pdf->MultiCell(0, 5, "Letto, confermato e sottoscritto.", 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(87, 5, 'IL SINDACO', 0, 0, 'C');
$pdf->Cell(87, 5, 'IL SEGRETARIO COMUNALE', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 10);
$pdf->Cell(87, 5, 'F.to Sig. Ernesto Ciofani', 0, 0, 'C');
$pdf->Cell(87, 5, 'F.to Dott.ssa Lucia Di Marzio', 0, 1, 'C');
$pdf->Ln(8);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 5, 'CERTIFICATO DI PUBBLICAZIONE', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$pdf->MultiCell(0, 5, "Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per 15 giorni consecutivi dal 16/10/2025 al 31/10/2025 (Reg. Pubbl. n. 1538) ed è stata comunicata ai Capigruppo consiliari con nota prot. n. 19477 del 16/10/2025.", 0, 'L', false, 1);
$pdf->Cell(0, 5, 'Celano, 16/10/2025', 0, 1, 'L');
$pdf->Cell(0, 5, 'IL MESSO COMUNALE  F.to Rita Cotturone', 0, 1, 'R');
$pdf->Ln(3);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(0, 5, 'ESECUTIVITÀ', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5);
$pdf->MultiCell(0, 5, "[X] La presente deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.\n[  ] La presente deliberazione è divenuta esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).", 0, 'L', false, 1);
$pdf->Ln(2);
$pdf->Cell(0, 5, 'IL SEGRETARIO COMUNALE  F.to Dott.ssa Lucia Di Marzio', 0, 1, 'R');
$pdf->Output('/tmp/round15/mixed-15/giunta-celano-tcpdf.pdf', 'F');
