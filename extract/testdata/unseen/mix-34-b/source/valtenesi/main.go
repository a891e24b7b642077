// Unione dei Comuni della Valtènesi - determinazione n. 52/2026, printed with go-pdf/fpdf (core Helvetica, cp1252)
package main

import (
	"fmt"
	"os"

	"github.com/go-pdf/fpdf"
)

func main() {
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("cp1252")
	pdf.SetMargins(22, 24, 20)
	pdf.SetAutoPageBreak(true, 24)
	pdf.SetTitle(tr("Determinazione n. 52/2026"), false)
	pdf.SetCreator("Sistema documentale Unione - stampa determine", false)
	pdf.AliasNbPages("{nb}")
	pdf.SetHeaderFunc(func() {
		pdf.SetFont("Helvetica", "I", 7.5)
		pdf.SetXY(22, 10)
		pdf.CellFormat(0, 4, tr("Unione dei Comuni della Valtènesi – Determinazione n. 52 del 11/03/2026"), "", 0, "L", false, 0, "")
		pdf.CellFormat(0, 4, tr(fmt.Sprintf("Pagina %d di {nb}", pdf.PageNo())), "", 1, "R", false, 0, "")
		pdf.Line(22, 15, 190, 15)
		pdf.SetY(22)
	})
	pdf.SetFooterFunc(func() {
		pdf.SetY(-18)
		pdf.Line(22, pdf.GetY(), 190, pdf.GetY())
		pdf.SetFont("Helvetica", "", 6.8)
		pdf.MultiCell(0, 3.4, tr("Unione dei Comuni della Valtènesi – Manerba del Garda · Moniga del Garda · Padenghe sul Garda · Polpenazze del Garda · Soiano del Lago\nDocumento informatico sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005; la riproduzione su supporto cartaceo è conforme all’originale informatico."), "", "C", false)
	})
	pdf.AddPage()
	W := 168.0
	// letterhead
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetFont("Helvetica", "B", 15)
	pdf.CellFormat(W, 8, tr("UNIONE DEI COMUNI DELLA VALTÈNESI"), "", 1, "C", false, 0, "")
	pdf.SetFont("Helvetica", "", 9)
	pdf.CellFormat(W, 5, tr("Provincia di Brescia"), "", 1, "C", false, 0, "")
	pdf.Ln(4)
	pdf.SetFont("Helvetica", "B", 10.5)
	pdf.CellFormat(W, 6, tr("SETTORE POLIZIA LOCALE"), "T", 1, "C", false, 0, "")
	pdf.SetFont("Helvetica", "", 9.5)
	pdf.CellFormat(W, 5, tr("Servizio Viabilità e Sicurezza Stradale"), "B", 1, "C", false, 0, "")
	pdf.Ln(6)
	pdf.SetFont("Helvetica", "", 10)
	pdf.MultiCell(W, 5.2, tr("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE n. 52 adottata in data 11/03/2026"), "", "C", false)
	pdf.Ln(4)
	// subject as a title block
	pdf.SetFillColor(238, 238, 238)
	pdf.SetFont("Helvetica", "B", 10)
	pdf.MultiCell(W, 5.4, tr("ACQUISTO DI N. 2 MISURATORI DI VELOCITÀ MOBILI (TELELASER) PER IL SERVIZIO DI POLIZIA LOCALE MEDIANTE ORDINE DIRETTO SUL MERCATO ELETTRONICO DELLA PUBBLICA AMMINISTRAZIONE (MEPA) – CIG B81F0C4A27 – DETERMINAZIONE A CONTRARRE E IMPEGNO DI SPESA"), "1", "C", true)
	pdf.Ln(6)
	pdf.SetFont("Helvetica", "B", 10)
	pdf.CellFormat(W, 6, tr("IL RESPONSABILE DEL SETTORE"), "", 1, "C", false, 0, "")
	pdf.Ln(1)
	para := func(lead, t string) {
		pdf.SetFont("Helvetica", "B", 9.8)
		w := pdf.GetStringWidth(tr(lead + " "))
		pdf.CellFormat(w, 5.1, tr(lead+" "), "", 0, "L", false, 0, "")
		pdf.SetFont("Helvetica", "", 9.8)
		// write the rest flowing after the bold lead
		pdf.Write(5.1, tr(t))
		pdf.Ln(7)
	}
	para("PREMESSO", "che con deliberazione dell’Assemblea dell’Unione n. 4 del 20/02/2026 è stato approvato il bilancio di previsione finanziario 2026/2028 e con deliberazione della Giunta dell’Unione n. 11 del 02/03/2026 è stato approvato il Piano Esecutivo di Gestione, con assegnazione delle risorse ai Responsabili di Settore;")
	para("CONSIDERATO", "che i due misuratori di velocità in dotazione al Servizio, acquistati nel 2014, non sono più riparabili e non risultano più coperti da certificazione di taratura, come attestato dal verbale del centro di assistenza in data 17/02/2026;")
	para("RITENUTO", "necessario provvedere alla loro sostituzione per garantire la prosecuzione dei servizi di controllo della velocità sulle strade provinciali e comunali del territorio dell’Unione, in particolare nel periodo di maggiore afflusso turistico;")
	para("VERIFICATO", "che sul Mercato Elettronico della Pubblica Amministrazione, bando «Beni – Forniture specifiche per la Pubblica Amministrazione», è presente il prodotto rispondente alle esigenze del Servizio, offerto dalla ditta Sicurstrada Tecnologie S.r.l. al prezzo di € 6.480,00 cadauno oltre IVA;")
	para("VISTI", "l’art. 50, comma 1, lett. b), e l’art. 17, comma 2, del D.Lgs. 31 marzo 2023, n. 36, nonché gli artt. 107, 183 e 192 del D.Lgs. 18 agosto 2000, n. 267;")
	para("DATO ATTO", "che il Responsabile Unico del Progetto è il sottoscritto e che non sussistono situazioni di conflitto di interessi ai sensi dell’art. 16 del D.Lgs. 36/2023;")
	pdf.Ln(1)
	pdf.SetFont("Helvetica", "B", 10)
	pdf.CellFormat(W, 6, tr("DETERMINA"), "", 1, "C", false, 0, "")
	pdf.Ln(1)
	pdf.SetFont("Helvetica", "", 9.8)
	for _, t := range []string{
		"DI AFFIDARE, mediante ordine diretto sul MePA, alla ditta Sicurstrada Tecnologie S.r.l. la fornitura di n. 2 misuratori di velocità mobili omologati, completi di treppiede e software di gestione, per l’importo di € 12.960,00 oltre IVA al 22%, per complessivi € 15.811,20;",
		"DI IMPEGNARE la spesa di € 15.811,20 alla Missione 03, Programma 01, capitolo 2310/2 «Acquisto attrezzature Polizia Locale» del bilancio 2026/2028, esercizio 2026;",
		"DI DARE ATTO che il contratto si intende stipulato con la sottoscrizione digitale del documento di stipula generato dalla piattaforma MePA;",
		"DI DISPORRE la pubblicazione del presente atto all’Albo Pretorio on line dell’Unione e nella sezione «Amministrazione trasparente – Bandi di gara e contratti».",
	} {
		pdf.MultiCell(W, 5.1, tr(t), "", "J", false)
		pdf.Ln(2.5)
	}
	pdf.Ln(6)
	if pdf.GetY() > 240 {
		pdf.AddPage()
	}
	pdf.SetX(22 + W/2)
	pdf.SetFont("Helvetica", "", 9.8)
	pdf.MultiCell(W/2, 5.1, tr("IL RESPONSABILE DEL SETTORE\nPOLIZIA LOCALE\nCommissario Capo Dott. Paolo Bonomi"), "", "C", false)
	pdf.Ln(8)
	pdf.SetFont("Helvetica", "B", 8.5)
	pdf.CellFormat(W, 5.5, tr("ATTESTAZIONE DI COPERTURA FINANZIARIA"), "LTR", 1, "L", false, 0, "")
	pdf.SetFont("Helvetica", "", 8.5)
	pdf.MultiCell(W, 4.4, tr("Visto di regolarità contabile attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000). Impegno n. 97/2026. Padenghe sul Garda, 11/03/2026. Il Responsabile del Servizio Finanziario – Rag. Cristina Zanetti"), "LBR", "L", false)
	if err := pdf.OutputFileAndClose(os.Args[1]); err != nil {
		panic(err)
	}
}
