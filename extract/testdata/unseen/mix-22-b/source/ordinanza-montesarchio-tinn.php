<?php
// Comune di Montesarchio - ordinanza sindacale, layout imitating a TINN
// "Atti Web" print (TCPDF).
require_once('/usr/share/php/tcpdf/tcpdf.php');

class TinnPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavuserif', 'I', 6.5);
        $this->SetXY(15, 8);
        $this->Cell(30, 4, '[stemma]', 0, 0, 'L');
        $this->SetFont('dejavusans', '', 7);
        $this->SetXY(120, 8);
        $this->Cell(75, 4, 'Reg. Ordinanze n. 27/2026 del 16/04/2026', 0, 0, 'R');
        $this->SetXY(15, 13);
        $this->SetFont('dejavuserif', 'B', 15);
        $this->Cell(0, 7, 'COMUNE DI MONTESARCHIO', 0, 1, 'C');
        $this->SetFont('dejavuserif', '', 9);
        $this->Cell(0, 4.5, 'Provincia di Benevento', 0, 1, 'C');
        $this->SetLineWidth(0.3);
        $this->Line(15, 31, 195, 31);
        $this->Line(15, 31.8, 195, 31.8);
    }
    public function Footer() {
        $this->SetY(-15);
        $this->SetFont('dejavusans', '', 6.5);
        $this->Cell(0, 3.5, 'Piazza San Francesco - 82016 Montesarchio (BN)', 0, 1, 'C');
        $this->Cell(0, 3.5, 'TINN Atti Web - Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - pagina '.$this->getAliasNumPage().'/'.$this->getAliasNbPages(), 0, 0, 'C');
    }
}
$pdf = new TinnPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('TINN Atti Web');
$pdf->SetAuthor('Comune di Montesarchio');
$pdf->SetTitle('Ordinanza n. 27 del 16/04/2026');
$pdf->SetMargins(20, 38, 20);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', 'B', 12);
$pdf->Cell(0, 7, 'ORDINANZA SINDACALE N. 27 DEL 16/04/2026', 0, 1, 'C');
$pdf->Ln(3);
$pdf->SetFont('dejavuserif', '', 10);
$html = '<table cellpadding="2"><tr><td width="18%"><b>OGGETTO:</b></td><td width="82%"><b>Divieto temporaneo di utilizzo dell\'acqua erogata dalla rete idrica comunale per uso potabile e alimentare nelle zone servite dal serbatoio "San Nicola". Ordinanza contingibile e urgente ai sensi dell\'art. 50, comma 5, del D.Lgs. 267/2000.</b></td></tr></table>';
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(2);
$pdf->SetFont('dejavuserif', 'B', 11);
$pdf->Cell(0, 6, 'IL SINDACO', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 10);
$txt = <<<H
<p style="text-align:justify"><b>VISTA</b> la nota dell'ASL Benevento - Dipartimento di Prevenzione, U.O.C. Igiene degli Alimenti e della Nutrizione, acquisita al protocollo generale dell'Ente al n. 9184 del 16/04/2026, con la quale si comunica che il campione di acqua prelevato in data 14/04/2026 presso la fontana pubblica di Piazza Umberto I, alimentata dal serbatoio "San Nicola", è risultato non conforme ai valori di parametro previsti dal D.Lgs. 23 febbraio 2023, n. 18 per il parametro microbiologico "Enterococchi intestinali";</p>
<p style="text-align:justify"><b>CONSIDERATO</b> che la suddetta non conformità costituisce potenziale pericolo per la salute pubblica e che, nelle more dell'esecuzione degli interventi di disinfezione della rete e dell'esito dei successivi controlli analitici, occorre adottare con urgenza misure cautelative a tutela della popolazione;</p>
<p style="text-align:justify"><b>SENTITO</b> il Responsabile del Settore Lavori Pubblici e Servizio Idrico, che ha disposto l'immediata iperclorazione del serbatoio e il lavaggio delle condotte interessate;</p>
<p style="text-align:justify"><b>VISTI</b> l'art. 50, commi 5 e 6, del D.Lgs. 18 agosto 2000, n. 267; il D.Lgs. 23 febbraio 2023, n. 18; la Legge 23 dicembre 1978, n. 833;</p>
H;
$pdf->writeHTML($txt, true, false, true, false, '');
$pdf->SetFont('dejavuserif', 'B', 11);
$pdf->Cell(0, 7, 'O R D I N A', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 10);
$pts = '<ol>'
 .'<li style="text-align:justify">con decorrenza immediata e fino a revoca del presente provvedimento, il <b>divieto di utilizzo per uso potabile e alimentare</b> (bere, preparazione di alimenti e bevande, lavaggio di frutta e verdura da consumare crude) dell\'acqua erogata dalla rete idrica comunale nelle seguenti zone: Via Vitulanese, Via San Nicola, Via Fontana Rotta, Contrada Tufara, Contrada Varoni e strade limitrofe;<br></li>'
 .'<li style="text-align:justify">che l\'acqua potrà essere utilizzata esclusivamente per gli usi igienico-sanitari e domestici diversi da quelli sopra indicati, previa bollitura per almeno cinque minuti ove destinata all\'igiene orale;<br></li>'
 .'<li style="text-align:justify">ai titolari di esercizi pubblici, attività di ristorazione, mense e laboratori alimentari ubicati nelle zone interessate di non utilizzare l\'acqua della rete per la preparazione e somministrazione di alimenti e bevande.</li>'
 .'</ol>';
$pdf->writeHTML($pts, true, false, true, false, '');
$pdf->SetFont('dejavuserif', 'B', 11);
$pdf->Cell(0, 7, 'D I S P O N E', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 10);
$disp = <<<H
<p style="text-align:justify">che il Settore Lavori Pubblici e Servizio Idrico provveda alla distribuzione di acqua potabile mediante autobotte collocata in Piazza Umberto I, dalle ore 8:00 alle ore 20:00, e che la presente ordinanza sia pubblicata all'Albo Pretorio on line, sul sito istituzionale e resa nota alla cittadinanza mediante affissione di manifesti e comunicazione ai mezzi di informazione locali;</p>
<p style="text-align:justify">che copia della stessa sia trasmessa alla Prefettura - U.T.G. di Benevento, all'ASL Benevento, al Comando di Polizia Municipale e alla Stazione Carabinieri di Montesarchio.</p>
<p style="text-align:justify"><b>AVVERTE</b> che avverso il presente provvedimento è ammesso ricorso al T.A.R. Campania - Sezione di Napoli entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.</p>
H;
$pdf->writeHTML($disp, true, false, true, false, '');
$pdf->Ln(2);
$pdf->Cell(0, 5, 'Dalla Residenza Municipale, 16/04/2026', 0, 1, 'L');
$pdf->Ln(2);
$pdf->SetX(115);
$pdf->MultiCell(75, 5, "IL SINDACO\nAvv. Carmine Izzo", 0, 'C');
$pdf->Output($argv[1], 'F');
