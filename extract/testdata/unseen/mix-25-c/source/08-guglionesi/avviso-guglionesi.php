<?php
// Guglionesi numbered avviso pubblico -- TCPDF, imitating an Eldasoft (appalti) notice print
require_once('/usr/share/php/tcpdf/tcpdf.php');

class AvvisoPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 13);
        $this->SetXY(15, 10); $this->Cell(0, 6, 'COMUNE DI GUGLIONESI', 0, 1, 'L');
        $this->SetFont('dejavusans', '', 8);
        $this->SetX(15); $this->Cell(0, 4, 'Provincia di Campobasso – Via Monsignor Tito Manocchio, 1 – 86034 Guglionesi (CB)', 0, 1, 'L');
        $this->SetX(15); $this->Cell(0, 4, 'AREA TECNICA – Servizio Lavori Pubblici – PEC: comune.guglionesi@legalmail.it', 0, 1, 'L');
        $this->SetLineStyle(array('width' => 0.6, 'color' => array(0, 70, 120)));
        $this->Line(15, 24, 195, 24);
        if ($this->getPage() > 1) {
            $this->SetFont('dejavusans', 'I', 7); $this->SetXY(120, 10);
            $this->Cell(75, 4, 'Avviso pubblico n. 4/2026 – segue', 0, 0, 'R');
        }
    }
    public function Footer() {
        $this->SetY(-13); $this->SetFont('dejavusans', '', 7);
        $this->Cell(90, 4, 'Appalti & Contratti e-Procurement – modello avviso M.I.', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina '.$this->getAliasNumPage().' di '.$this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new AvvisoPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Appalti & Contratti e-Procurement (Eldasoft)');
$pdf->SetAuthor('Comune di Guglionesi - Area Tecnica');
$pdf->SetTitle('Avviso pubblico n. 4/2026 - manifestazione di interesse');
$pdf->SetMargins(15, 30, 15); $pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetFillColor(240, 240, 240);
$pdf->MultiCell(70, 5, "Prot. n. 3127 del 16/03/2026\nClass. 06.05 – Fasc. 2026/LP/03", 1, 'L', true, 1, 125, 30);
$pdf->Ln(4);
$pdf->SetFont('dejavusans', 'B', 15);
$pdf->Cell(0, 8, 'AVVISO PUBBLICO N. 4/2026', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('dejavusans', '', 9.5);
$ogg = '<table cellpadding="4" border="1"><tr><td width="18%" bgcolor="#e3ecf4"><b>OGGETTO:</b></td><td width="82%"><b>Manifestazione di interesse per l’individuazione degli operatori economici da invitare alla procedura negoziata senza bando, ai sensi dell’art. 50, comma 1, lett. c), del D.Lgs. 36/2023, per l’affidamento dei lavori di adeguamento sismico della scuola dell’infanzia di via Giovanni XXIII – CUP F97H25001140001.</b></td></tr></table>';
$pdf->writeHTML($ogg, true, false, true, false, '');
$pdf->Ln(2);
$pdf->SetFont('dejavuserif', 'B', 10.5);
$pdf->Cell(0, 6, 'IL RESPONSABILE DELL’AREA TECNICA', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 9.8);
$html = <<<HTML
<p style="text-align:justify">In esecuzione della determinazione dell’Area Tecnica n. 74 del 12/03/2026 (Reg. Gen. n. 211), con la quale è stato approvato il presente avviso,</p>
<h4 style="text-align:center">RENDE NOTO</h4>
<p style="text-align:justify">che il Comune di Guglionesi intende acquisire manifestazioni di interesse da parte di operatori economici qualificati, da invitare alla successiva procedura negoziata per l’affidamento dei lavori in oggetto, nel rispetto dei principi di rotazione, parità di trattamento e trasparenza.</p>
<p><b>Art. 1 – Stazione appaltante</b><br/>Comune di Guglionesi – Area Tecnica, Via Monsignor Tito Manocchio, 1 – 86034 Guglionesi (CB). Responsabile unico del progetto: ing. Pasquale Di Tullio.</p>
<p style="text-align:justify"><b>Art. 2 – Oggetto e importo dei lavori</b><br/>Lavori di adeguamento sismico della scuola dell’infanzia di via Giovanni XXIII, finanziati con fondi del Ministero dell’Istruzione e del Merito. Importo complessivo a base di gara: € 612.480,35, di cui € 18.920,00 per oneri della sicurezza non soggetti a ribasso. Categoria prevalente OG1, classifica III; categoria scorporabile OS21, classifica I.</p>
<p style="text-align:justify"><b>Art. 3 – Requisiti di partecipazione</b><br/>Possono presentare istanza gli operatori economici di cui all’art. 65 del D.Lgs. 36/2023 in possesso dei requisiti di ordine generale (artt. 94-98) e dell’attestazione SOA nelle categorie e classifiche adeguate ai lavori da assumere.</p>
<p style="text-align:justify"><b>Art. 4 – Modalità e termine di presentazione</b><br/>Le manifestazioni di interesse devono pervenire esclusivamente tramite la piattaforma telematica di e-procurement del Comune, entro e non oltre le <b>ore 12:00 del giorno 31/03/2026</b>, utilizzando il modello “Allegato 1 – Istanza di manifestazione di interesse”.</p>
<p style="text-align:justify"><b>Art. 5 – Selezione degli operatori</b><br/>Saranno invitati alla procedura negoziata n. 10 operatori economici. Qualora le istanze ammissibili siano in numero superiore, si procederà a sorteggio pubblico in modalità telematica, in data che sarà comunicata tramite la piattaforma.</p>
<p style="text-align:justify"><b>Art. 6 – Trattamento dei dati personali</b><br/>I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità connesse alla presente procedura.</p>
<p style="text-align:justify"><b>Art. 7 – Pubblicità</b><br/>Il presente avviso è pubblicato per 15 giorni consecutivi all’Albo Pretorio on line, sul profilo del committente nella sezione “Amministrazione trasparente – Bandi di gara e contratti” e sulla Banca Dati Nazionale dei Contratti Pubblici.</p>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(3);
$pdf->SetFont('dejavuserif', '', 10);
$pdf->Cell(90, 5, 'Guglionesi, 16/03/2026', 0, 0, 'L');
$pdf->SetFont('dejavuserif', 'B', 10);
$pdf->Cell(0, 5, 'IL RESPONSABILE DELL’AREA TECNICA', 0, 1, 'C');
$pdf->SetX(105); $pdf->SetFont('dejavuserif', '', 10);
$pdf->Cell(0, 5, 'Ing. Pasquale Di Tullio', 0, 1, 'C');
$pdf->SetX(105); $pdf->SetFont('dejavusans', 'I', 7);
$pdf->Cell(0, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', 0, 1, 'C');
$pdf->Output(__DIR__.'/avviso-guglionesi.pdf', 'F');
