<?php
// Giunta deliberation of the Unione dei Comuni della Trexenta, in the manner of a Cedaf "Atti" print.
// TCPDF (Debian php-tcpdf), DejaVu Serif Condensed / DejaVu Sans Condensed embedded; barcode with caption in the header.
require_once('/usr/share/php/tcpdf/tcpdf.php');

class Atto extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusanscondensed', 'B', 13);
        $this->SetXY(15, 10);
        $this->Cell(120, 6, 'UNIONE DEI COMUNI DELLA TREXENTA', 0, 1, 'L');
        $this->SetFont('dejavusanscondensed', '', 7.5);
        $this->SetX(15);
        $this->Cell(120, 4, 'Provincia del Sud Sardegna – Sede legale: Via Carlo Sanna, 7 – 09040 Senorbì (SU)', 0, 1, 'L');
        $this->SetX(15);
        $this->Cell(120, 4, 'Comuni di Barrali, Gesico, Guamaggiore, Guasila, Mandas, Ortacesus, Pimentel, Selegas, Senorbì, Siurgus Donigala, Suelli', 0, 1, 'L');
        $style = array('text' => false, 'stretch' => false, 'fitwidth' => true, 'border' => false, 'fgcolor' => array(0, 0, 0), 'bgcolor' => false);
        $this->write1DBarcode('UCTRX-DG-2026-000018', 'C128', 140, 5, 55, 8, 0.3, $style, 'N');
        $this->SetFont('dejavusansmono', '', 6.5);
        $this->SetXY(140, 13.5);
        $this->Cell(55, 3, 'UCTRX-DG-2026-000018', 0, 0, 'C');
        $this->Line(15, 24, 195, 24);
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusanscondensed', '', 7);
        $this->Line(15, $this->GetY(), 195, $this->GetY());
        $this->Cell(120, 5, 'Delibera della Giunta dell\'Unione n. 18 del 06/05/2026 – Cedaf Atti', 0, 0, 'L');
        $this->Cell(60, 5, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new Atto('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Cedaf Atti Amministrativi');
$pdf->SetAuthor('Unione dei Comuni della Trexenta');
$pdf->SetTitle('Deliberazione Giunta Unione n. 18/2026');
$pdf->SetMargins(15, 30, 15);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

$subj = 'Servizio associato di Polizia Locale – Approvazione del Piano operativo per la stagione estiva 2026 e del riparto dei costi tra i Comuni aderenti.';

$pdf->SetFont('dejavuserifcondensed', '', 9.5);
$html = <<<HTML
<table cellpadding="4" border="1" style="border-collapse:collapse">
 <tr><td width="58%" align="center" bgcolor="#e6e6e6"><b>DELIBERAZIONE DELLA GIUNTA DELL'UNIONE</b></td>
     <td width="17%" align="center">N. <b>18</b></td>
     <td width="25%" align="center">Data <b>06/05/2026</b></td></tr>
 <tr><td colspan="3"><b>OGGETTO:</b> {$subj}</td></tr>
</table>
<p style="font-size:8pt">Proposta n. 21 del 30/04/2026 – Servizio proponente: Servizio Polizia Locale associata</p>
<p align="justify">L'anno 2026 il giorno 6 del mese di maggio alle ore 10:30 nella sede dell'Unione dei Comuni, in Senorbì, convocata
con appositi avvisi, si è riunita la Giunta dell'Unione, con la presenza dei Signori:</p>
<table cellpadding="3" border="1">
 <tr bgcolor="#e6e6e6"><th width="22%"><b>Comune</b></th><th width="36%"><b>Componente</b></th><th width="22%"><b>Carica</b></th><th width="10%" align="center"><b>Pres.</b></th><th width="10%" align="center"><b>Ass.</b></th></tr>
 <tr><td>Senorbì</td><td>MELONI ALESSANDRO</td><td>Presidente</td><td align="center">X</td><td></td></tr>
 <tr><td>Guasila</td><td>PILLONI MARIA GRAZIA</td><td>Vice Presidente</td><td align="center">X</td><td></td></tr>
 <tr><td>Mandas</td><td>CADDEO ROBERTO</td><td>Componente</td><td align="center">X</td><td></td></tr>
 <tr><td>Ortacesus</td><td>SERRELI GIOVANNI</td><td>Componente</td><td></td><td align="center">X</td></tr>
 <tr><td>Selegas</td><td>FLORIS ANTONELLA</td><td>Componente</td><td align="center">X</td><td></td></tr>
 <tr><td>Suelli</td><td>ATZENI MARCO</td><td>Componente</td><td align="center">X</td><td></td></tr>
</table>
<p align="justify">Presiede la seduta l'Ing. Alessandro Meloni, nella sua qualità di Presidente dell'Unione. Partecipa il Segretario
dell'Unione, Dott.ssa Simonetta Porcu, che provvede alla redazione del presente verbale.<br/>Il Presidente, riconosciuta la legalità
dell'adunanza, dichiara aperta la seduta.</p>
<p align="center"><b>LA GIUNTA DELL'UNIONE</b></p>
<p align="justify">PREMESSO che, con deliberazione dell'Assemblea dell'Unione n. 4 del 19/02/2026, è stata approvata la convenzione per la
gestione in forma associata del servizio di Polizia Locale tra i Comuni aderenti;<br/>
CONSIDERATO che nel periodo estivo la popolazione presente nel territorio dell'Unione aumenta sensibilmente per effetto delle
manifestazioni tradizionali e delle sagre e che occorre pertanto programmare i servizi di controllo della viabilità e di presidio del
territorio;<br/>
VISTO il Piano operativo per la stagione estiva 2026 predisposto dal Comandante del Servizio associato, che prevede n. 1.240 ore di
servizio esterno nel periodo 1° giugno – 30 settembre 2026, per una spesa complessiva stimata di € 38.600,00;<br/>
DATO ATTO che la spesa è ripartita tra i Comuni aderenti in proporzione alla popolazione residente al 31/12/2025, secondo quanto
previsto dall'art. 9 della convenzione;<br/>
ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;<br/>
Con votazione palese, dal seguente esito:</p>
<table cellpadding="3" border="1" width="70%">
 <tr bgcolor="#e6e6e6"><td align="center">Presenti</td><td align="center">Votanti</td><td align="center">Favorevoli</td><td align="center">Contrari</td><td align="center">Astenuti</td></tr>
 <tr><td align="center">5</td><td align="center">5</td><td align="center">5</td><td align="center">0</td><td align="center">0</td></tr>
</table>
<p align="center"><b>DELIBERA</b></p>
<p align="justify">a) di approvare il Piano operativo del Servizio associato di Polizia Locale per la stagione estiva 2026, allegato al
presente atto per farne parte integrante e sostanziale;<br/>
b) di approvare il riparto della spesa di € 38.600,00 tra i Comuni aderenti, come da prospetto contenuto nel Piano;<br/>
c) di demandare al Responsabile del Servizio Polizia Locale associata l'adozione degli atti gestionali conseguenti;<br/>
d) di trasmettere copia del presente atto ai Comuni aderenti per gli adempimenti di competenza.</p>
<p align="justify">Inoltre, con separata votazione unanime, la Giunta dichiara il presente atto immediatamente eseguibile ai sensi
dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');

$pdf->SetFont('dejavuserifcondensed', '', 9);
$sig = <<<HTML
<p>Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.</p>
<table cellpadding="2"><tr><td align="center">Il Presidente<br/>Ing. Alessandro Meloni</td><td align="center">Il Segretario dell'Unione<br/>Dott.ssa Simonetta Porcu</td></tr></table>
<br/>
<table cellpadding="4" border="1"><tr><td style="font-size:8pt"><b>CERTIFICATO DI PUBBLICAZIONE</b> – Si certifica che la presente
deliberazione è pubblicata all'Albo Pretorio on line dell'Unione dal 07/05/2026 per 15 giorni consecutivi (n. 236 del registro).<br/>
Senorbì, 07/05/2026 – Il Segretario dell'Unione – Dott.ssa Simonetta Porcu</td></tr>
<tr><td style="font-size:7.5pt"><i>Atto firmato digitalmente ai sensi del D.Lgs. n. 82/2005 (Codice dell'Amministrazione Digitale) e norme collegate.</i></td></tr></table>
HTML;
$pdf->writeHTML($sig, true, false, true, false, '');
$pdf->Output(__DIR__ . '/delibera-trexenta.pdf', 'F');
