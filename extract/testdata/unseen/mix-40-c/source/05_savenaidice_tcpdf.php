<?php
// Determinazione dirigenziale, Unione dei Comuni Savena-Idice: PHP + TCPDF (imitates a CakePHP "gestione atti" web app print)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class DetPDF extends TCPDF {
    public function Header() {
        $this->SetFont('dejavusans', 'B', 8);
        $this->SetY(8);
        $this->Cell(0, 4, 'Unione dei Comuni Savena-Idice', 0, 0, 'L');
        $this->SetFont('dejavusans', '', 8);
        $this->Cell(0, 4, 'DETERMINAZIONE DIRIGENZIALE N. 112 del 16/03/2026', 0, 1, 'R');
        $this->Line(15, 13, 195, 13);
    }
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont('dejavusans', '', 7);
        $this->Line(15, $this->GetY() - 1, 195, $this->GetY() - 1);
        $this->Cell(120, 4, 'Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 – originale conservato negli archivi informatici dell\'Unione', 0, 0, 'L');
        $this->Cell(0, 4, 'Pagina ' . $this->getAliasNumPage() . ' di ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}
$pdf = new DetPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('Gestione Atti Unione – TCPDF');
$pdf->SetAuthor('Unione dei Comuni Savena-Idice');
$pdf->SetTitle('Determinazione dirigenziale n. 112/2026');
$pdf->SetMargins(15, 18, 15);
$pdf->SetAutoPageBreak(true, 18);
$pdf->AddPage();
$pdf->SetFont('dejavusans', '', 9.5);

$html = <<<HTML
<table cellpadding="3" border="0"><tr>
<td width="18%" style="border:1px solid #777;text-align:center;font-size:7pt;color:#666"><br/><br/>logo<br/>Unione<br/><br/></td>
<td width="82%"><span style="font-size:15pt;font-weight:bold;color:#23507a">UNIONE DEI COMUNI SAVENA-IDICE</span><br/>
<span style="font-size:8.5pt">Comuni di Loiano – Monghidoro – Monterenzio – Ozzano dell'Emilia – Pianoro</span><br/>
<span style="font-size:8.5pt">Città metropolitana di Bologna</span></td></tr></table>
<br/>
<table cellpadding="4" style="border:1px solid #23507a"><tr style="background-color:#23507a;color:#ffffff">
<td width="100%"><b>SETTORE GESTIONE RISORSE UMANE</b></td></tr>
<tr><td>Servizio Personale Associato</td></tr></table>
<br/>
<table cellpadding="3" border="1" style="border-color:#999999"><tr>
<td width="34%"><span style="font-size:7pt;color:#555">Tipo atto</span><br/><b>DETERMINAZIONE DIRIGENZIALE</b></td>
<td width="16%"><span style="font-size:7pt;color:#555">Numero</span><br/><b>112</b></td>
<td width="20%"><span style="font-size:7pt;color:#555">Data adozione</span><br/><b>16/03/2026</b></td>
<td width="30%"><span style="font-size:7pt;color:#555">Proposta</span><br/>n. 134 del 13/03/2026</td></tr></table>
<br/>
<p style="text-align:justify"><b>OGGETTO: APPROVAZIONE DEGLI ATTI E DELLA GRADUATORIA FINALE DEL CONCORSO PUBBLICO, PER ESAMI, PER LA COPERTURA DI N. 2 POSTI DI "ISTRUTTORE DI VIGILANZA" – AREA DEGLI ISTRUTTORI – A TEMPO PIENO E INDETERMINATO PRESSO IL CORPO DI POLIZIA LOCALE DELL'UNIONE.</b></p>
<p style="text-align:center"><b>IL DIRIGENTE</b></p>
<p style="text-align:justify"><b>Richiamati:</b><br/>
- il decreto del Presidente dell'Unione n. 2 del 09/01/2026, di conferimento dell'incarico dirigenziale del Settore Gestione Risorse Umane;<br/>
- la deliberazione della Giunta dell'Unione n. 8 del 29/01/2026, di approvazione del Piano Integrato di Attività e Organizzazione 2026-2028, sezione "Piano triennale dei fabbisogni di personale";<br/>
- la propria determinazione n. 17 del 22/01/2026, con la quale è stato indetto il concorso pubblico in oggetto e approvato il relativo bando, pubblicato sul Portale inPA dal 26/01/2026 al 25/02/2026;<br/>
- la propria determinazione n. 71 del 27/02/2026, di nomina della Commissione esaminatrice.</p>
<p style="text-align:justify"><b>Visti</b> i verbali della Commissione esaminatrice n. 1 del 02/03/2026, n. 2 del 05/03/2026 e n. 3 del 11/03/2026, trasmessi dal Presidente della Commissione con nota prot. n. 6120 del 12/03/2026, dai quali risulta la regolarità delle operazioni concorsuali;</p>
<p style="text-align:justify"><b>Accertato</b> che i titoli di preferenza dichiarati dai candidati sono stati verificati ai sensi dell'art. 5 del D.P.R. 9 maggio 1994, n. 487;</p>
<p style="text-align:justify"><b>Visti</b> il D.Lgs. 267/2000, il D.Lgs. 165/2001 e il vigente Regolamento sull'ordinamento degli uffici e dei servizi dell'Unione;</p>
<p style="text-align:center"><b>DETERMINA</b></p>
<p style="text-align:justify">1. di approvare i verbali della Commissione esaminatrice del concorso pubblico in oggetto, conservati agli atti del Servizio Personale Associato;</p>
<p style="text-align:justify">2. di approvare la seguente graduatoria finale di merito:</p>
<table cellpadding="3" border="1" style="font-size:8.5pt"><tr style="background-color:#e6edf4;font-weight:bold">
<td width="10%">Pos.</td><td width="40%">Candidato (ID domanda)</td><td width="17%">Prova scritta</td><td width="17%">Prova orale</td><td width="16%">Totale /60</td></tr>
<tr><td>1</td><td>ID 0418</td><td>28,50</td><td>29,00</td><td>57,50</td></tr>
<tr><td>2</td><td>ID 0093</td><td>27,00</td><td>28,50</td><td>55,50</td></tr>
<tr><td>3</td><td>ID 0251 (pref. art. 5, c. 4)</td><td>26,00</td><td>27,00</td><td>53,00</td></tr>
<tr><td>4</td><td>ID 0377</td><td>26,50</td><td>26,50</td><td>53,00</td></tr>
<tr><td>5</td><td>ID 0144</td><td>24,00</td><td>25,50</td><td>49,50</td></tr>
<tr><td>6</td><td>ID 0302</td><td>22,50</td><td>24,00</td><td>46,50</td></tr></table>
<p style="text-align:justify">3. di dichiarare vincitori i candidati collocati nelle posizioni 1 e 2, dando atto che l'assunzione è subordinata alla verifica dei requisiti e avrà decorrenza non anteriore al 01/05/2026;</p>
<p style="text-align:justify">4. di dare atto che la graduatoria ha validità biennale dalla data di pubblicazione, ai sensi dell'art. 35, comma 5-ter, del D.Lgs. 165/2001, e può essere utilizzata dai Comuni aderenti previo accordo;</p>
<p style="text-align:justify">5. di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "Amministrazione Trasparente – Bandi di concorso" del sito istituzionale dell'Unione.</p>
<p style="text-align:justify">Il presente provvedimento non comporta impegno di spesa e pertanto non necessita del visto di regolarità contabile.</p>
<br/>
<table><tr><td width="50%">Pianoro, 16/03/2026</td><td width="50%" style="text-align:center">IL DIRIGENTE DEL SETTORE<br/>GESTIONE RISORSE UMANE<br/>Dott. Riccardo Galassi<br/><span style="font-size:7pt">(sottoscritto digitalmente)</span></td></tr></table>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[1], 'F');
