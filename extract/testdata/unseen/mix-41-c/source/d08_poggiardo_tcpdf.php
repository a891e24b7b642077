<?php
// Bando n. 2/2026, Comune di Poggiardo, printed the way the TuttoGare e-procurement
// platform exports a tender notice (TCPDF). Usage: php d08_poggiardo_tcpdf.php out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];

class BandoPDF extends TCPDF {
    public function Header() {
        $this->SetFillColor(0, 94, 125);
        $this->Rect(0, 0, 210, 11, 'F');
        $this->SetTextColor(255, 255, 255);
        $this->SetFont('dejavusans', 'B', 8.5);
        $this->SetXY(12, 2.5);
        $this->Cell(120, 6, 'COMUNE DI POGGIARDO – Piattaforma telematica TuttoGare', 0, 0, 'L');
        $this->SetFont('dejavusans', '', 7.5);
        $this->Cell(66, 6, 'Gara n. 2026/005 – Procedura aperta', 0, 0, 'R');
        $this->SetTextColor(0, 0, 0);
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 7);
        $this->SetTextColor(90, 90, 90);
        $this->Cell(130, 4, 'Bando n. 2/2026 – documento generato dalla piattaforma il 11/03/2026 alle 09:17 – hash SHA-256 3f9a…c21e', 0, 0, 'L');
        $this->Cell(56, 4, 'Pag. ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}

$pdf = new BandoPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('TuttoGare PA – modulo Bandi');
$pdf->SetAuthor('Comune di Poggiardo');
$pdf->SetTitle('Bando n. 2/2026 - Concessione centro sportivo comunale');
$pdf->SetMargins(18, 18, 18);
$pdf->SetAutoPageBreak(true, 20);
$pdf->AddPage();

$html = <<<HTML
<table cellpadding="3" border="0"><tr>
<td width="18%" style="border:0.3px solid #999;text-align:center;color:#888;font-size:7pt"><br/>[stemma]<br/></td>
<td width="82%"><span style="font-size:16pt;font-weight:bold">COMUNE DI POGGIARDO</span><br/>
<span style="font-size:9pt">Provincia di Lecce</span><br/>
<span style="font-size:9pt;font-weight:bold">AREA TECNICA</span><br/>
<span style="font-size:8.5pt">Servizio Lavori Pubblici e Patrimonio</span></td></tr></table>
<br/>
<table cellpadding="4" border="1" style="border-color:#005e7d"><tr style="background-color:#e3eff3">
<td width="50%"><b>BANDO N. 2/2026</b></td><td width="50%">Prot. n. 3145 del 11/03/2026</td></tr>
<tr><td>CIG: B6C2A94F17</td><td>Scadenza offerte: 14/04/2026 ore 12:00</td></tr></table>
<p style="text-align:justify"><b>OGGETTO:</b> <b>BANDO DI GARA MEDIANTE PROCEDURA APERTA PER L’AFFIDAMENTO IN CONCESSIONE DELLA GESTIONE DEL CENTRO SPORTIVO COMUNALE DI VIA DELLO SPORT – PERIODO 2026/2031</b></p>
<p style="text-align:justify">In esecuzione della determinazione dell’Area Tecnica n. 94 del 09/03/2026 (R.G. n. 211), si rende noto che il Comune di Poggiardo indice una procedura aperta, ai sensi dell’art. 71 e dell’art. 187 del D.Lgs. 31 marzo 2023, n. 36, per l’affidamento in concessione della gestione del centro sportivo comunale, da aggiudicarsi con il criterio dell’offerta economicamente più vantaggiosa.</p>
<p><b>1. AMMINISTRAZIONE CONCEDENTE</b><br/>Comune di Poggiardo – Piazza del Popolo, 11 – 73037 Poggiardo (LE) – PEC: protocollo.comune.poggiardo@pec.rupar.puglia.it – Responsabile Unico del Progetto: Arch. Salvatore Ciullo.</p>
<p><b>2. OGGETTO E DURATA DELLA CONCESSIONE</b><br/>La concessione ha per oggetto la gestione, la custodia e la manutenzione ordinaria del centro sportivo comunale (campo di calcio a 11 in erba sintetica, campo di calcetto, due campi da tennis, spogliatoi e locale ristoro). La durata è di cinque anni decorrenti dalla data di sottoscrizione del contratto.</p>
<p><b>3. VALORE DELLA CONCESSIONE</b><br/>Il valore stimato della concessione, calcolato ai sensi dell’art. 179 del D.Lgs. 36/2023, è pari a € 412.500,00 oltre IVA per l’intera durata. Il canone annuo posto a base di gara, soggetto a rialzo, è di € 3.600,00.</p>
<p><b>4. SOGGETTI AMMESSI E REQUISITI</b><br/>Sono ammessi gli operatori economici di cui all’art. 65 del D.Lgs. 36/2023, nonché le società e associazioni sportive dilettantistiche, gli enti di promozione sportiva e le federazioni sportive nazionali, in possesso dei requisiti di ordine generale (artt. 94–98) e dei requisiti speciali indicati nel disciplinare di gara.</p>
<p><b>5. CRITERIO DI AGGIUDICAZIONE</b><br/>Offerta economicamente più vantaggiosa: offerta tecnica punti 80, offerta economica punti 20, secondo i criteri riportati nel disciplinare.</p>
<p><b>6. MODALITÀ DI PRESENTAZIONE DELL’OFFERTA</b><br/>Le offerte devono pervenire esclusivamente in modalità telematica, attraverso la piattaforma TuttoGare raggiungibile all’indirizzo https://poggiardo.tuttogare.it, entro le ore 12:00 del giorno 14/04/2026. La prima seduta pubblica telematica si terrà il giorno 16/04/2026 alle ore 10:00.</p>
<p><b>7. SOPRALLUOGO</b><br/>Il sopralluogo è obbligatorio e può essere effettuato, previo appuntamento con l’Ufficio Tecnico (tel. 0836 909811), entro il 03/04/2026.</p>
<p><b>8. INFORMAZIONI E RICORSI</b><br/>Eventuali chiarimenti possono essere richiesti tramite l’apposita sezione della piattaforma entro il 07/04/2026. Organo competente per le procedure di ricorso: T.A.R. Puglia – Sezione di Lecce.</p>
<p>Il presente bando è pubblicato all’Albo Pretorio on line del Comune, sul sito istituzionale nella sezione “Amministrazione trasparente – Bandi di gara e contratti” e sulla Banca Dati Nazionale dei Contratti Pubblici.</p>
<p>Poggiardo, 11/03/2026</p>
<table border="0"><tr><td width="50%"></td><td width="50%" style="text-align:center">IL RESPONSABILE DELL’AREA TECNICA<br/>Arch. Salvatore Ciullo<br/><span style="font-size:7pt">Firmato digitalmente ai sensi del D.Lgs. 82/2005</span></td></tr></table>
HTML;
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($out, 'F');
