// Unione della Valconca (RN): determinazione of the Settore Servizi Sociali Associati.
// go-pdf/fpdf; the letterhead and the foot are templates (Form XObjects) reused on every page,
// Liberation Sans embedded as UTF-8 (Identity-H) fonts, body justified by MultiCell; the register
// box of page 1 is drawn after the body, so it comes last in the content stream.
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/go-pdf/fpdf"
)

const fd = "/usr/share/fonts/truetype/liberation/"

func main() {
	out := os.Args[1]
	pdf := fpdf.New("P", "mm", "A4", fd)
	pdf.SetCreationDate(time.Date(2026, 5, 13, 10, 42, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2026, 5, 13, 10, 42, 0, 0, time.UTC))
	pdf.SetProducer("ADS Sfera - Gestione Atti", false)
	pdf.SetTitle("Determinazione n. 129/2026 R.G.", true)
	pdf.AddUTF8Font("LS", "", "LiberationSans-Regular.ttf")
	pdf.AddUTF8Font("LS", "B", "LiberationSans-Bold.ttf")
	pdf.AddUTF8Font("LS", "I", "LiberationSans-Italic.ttf")
	pdf.SetMargins(22, 44, 20)
	pdf.SetAutoPageBreak(true, 26)

	head := pdf.CreateTemplate(func(t *fpdf.Tpl) {
		t.SetDrawColor(0, 90, 60)
		t.SetLineWidth(0.5)
		t.Rect(22, 12, 15, 19, "D")
		t.SetFont("LS", "", 5)
		t.Text(25.2, 22.5, "STEMMA")
		t.SetFont("LS", "B", 16)
		t.SetTextColor(0, 90, 60)
		t.Text(42, 20, "UNIONE DELLA VALCONCA")
		t.SetFont("LS", "", 8.5)
		t.SetTextColor(40, 40, 40)
		t.Text(42, 25, "Provincia di Rimini")
		t.Text(42, 29, "Sede legale: Morciano di Romagna (RN) – PEC: unione.valconca@legalmail.it")
		t.Line(22, 34, 190, 34)
	})
	foot := pdf.CreateTemplate(func(t *fpdf.Tpl) {
		t.SetDrawColor(0, 90, 60)
		t.SetLineWidth(0.3)
		t.Line(22, 278, 190, 278)
		t.SetFont("LS", "I", 7)
		t.SetTextColor(70, 70, 70)
		t.Text(22, 282, "Atto sottoscritto digitalmente ai sensi degli artt. 20 e 21 del D.Lgs. 82/2005 – Settore Servizi Sociali Associati")
	})
	pdf.SetFooterFunc(func() {
		pdf.UseTemplate(foot)
		pdf.SetFont("LS", "", 7.5)
		pdf.SetTextColor(70, 70, 70)
		pdf.Text(176, 282, fmt.Sprintf("pag. %d/{nb}", pdf.PageNo()))
		pdf.SetTextColor(0, 0, 0)
	})
	pdf.SetHeaderFunc(func() { pdf.UseTemplate(head) })
	pdf.AliasNbPages("{nb}")
	pdf.AddPage()

	body := func(s string) {
		pdf.SetFont("LS", "", 10)
		pdf.MultiCell(0, 5.1, s, "", "J", false)
		pdf.Ln(1.6)
	}
	// page 1: space for the register box, drawn at the end
	pdf.SetY(72)
	pdf.SetFont("LS", "B", 10)
	pdf.CellFormat(24, 5.4, "OGGETTO:", "", 0, "L", false, 0, "")
	pdf.MultiCell(0, 5.4, "Contributi economici straordinari a sostegno di nuclei familiari in condizione di disagio "+
		"abitativo – Fondo regionale per l'emergenza abitativa 2026 – Approvazione dell'elenco dei beneficiari "+
		"e impegno di spesa.", "", "L", false)
	pdf.Ln(4)
	pdf.SetFont("LS", "B", 10.5)
	pdf.CellFormat(0, 6, "IL RESPONSABILE DEL SETTORE SERVIZI SOCIALI ASSOCIATI", "", 1, "C", false, 0, "")
	pdf.Ln(2)
	for _, s := range []string{
		"Premesso che i Comuni aderenti hanno conferito all'Unione della Valconca la gestione associata delle " +
			"funzioni socio-assistenziali, ivi compresi gli interventi di sostegno economico alle famiglie in " +
			"condizione di fragilità;",
		"Richiamata la deliberazione della Giunta dell'Unione n. 18 del 26/03/2026, con la quale sono stati " +
			"approvati i criteri per l'erogazione dei contributi straordinari per l'emergenza abitativa, finanziati " +
			"con le risorse del Fondo regionale assegnate al Distretto di Riccione;",
		"Richiamata altresì la propria determinazione n. 71/2026 R.G. del 02/04/2026, di approvazione dell'avviso " +
			"pubblico, rimasto aperto dal 3 al 30 aprile 2026;",
		"Dato atto che entro il termine sono pervenute n. 46 domande e che, a seguito dell'istruttoria svolta " +
			"dal Servizio Sociale Territoriale, n. 39 domande sono risultate ammissibili e n. 7 non ammissibili " +
			"per mancanza dei requisiti, come da elenco conservato agli atti dell'ufficio;",
		"Ritenuto di approvare l'elenco dei beneficiari (Allegato A), che per ragioni di tutela dei dati " +
			"personali non viene pubblicato, e di impegnare la spesa complessiva di euro 62.850,00;",
		"Dato atto che il Responsabile del procedimento è l'assistente sociale dott.ssa Martina Semprini, " +
			"che ha dichiarato l'assenza di conflitti di interesse ai sensi dell'art. 6-bis della L. 241/1990;",
		"Visti il D.Lgs. 267/2000, lo Statuto dell'Unione, il Regolamento di contabilità e il decreto del " +
			"Presidente dell'Unione n. 4 del 29/12/2025 di conferimento dell'incarico di Responsabile del Settore;",
	} {
		body(s)
	}
	pdf.Ln(2)
	pdf.SetFont("LS", "B", 10.5)
	pdf.CellFormat(0, 6, "DETERMINA", "", 1, "C", false, 0, "")
	pdf.Ln(1)
	for i, s := range []string{
		"di approvare l'elenco dei n. 39 beneficiari dei contributi straordinari per l'emergenza abitativa " +
			"2026 (Allegato A), depositato agli atti e non soggetto a pubblicazione;",
		"di impegnare la spesa complessiva di euro 62.850,00 alla Missione 12, Programma 06, Capitolo 11040 " +
			"\"Contributi per l'emergenza abitativa – fondi regionali\" del bilancio 2026-2028, esercizio 2026;",
		"di liquidare i contributi ai beneficiari con successivo atto, previa verifica della permanenza dei requisiti;",
		"di dare atto che l'elenco sarà comunicato agli interessati e che i dati dei beneficiari saranno " +
			"pubblicati in forma anonima nella sezione \"Amministrazione trasparente\" ai sensi dell'art. 26 del D.Lgs. 33/2013.",
	} {
		pdf.SetFont("LS", "", 10)
		x := pdf.GetX()
		pdf.CellFormat(7, 5.1, fmt.Sprintf("%d)", i+1), "", 0, "L", false, 0, "")
		pdf.SetLeftMargin(x + 7)
		pdf.MultiCell(0, 5.1, s, "", "J", false)
		pdf.SetLeftMargin(x)
		pdf.Ln(1.6)
	}
	pdf.Ln(6)
	pdf.SetFont("LS", "", 10)
	pdf.CellFormat(80, 5, "Morciano di Romagna, 13/05/2026", "", 0, "L", false, 0, "")
	pdf.SetFont("LS", "B", 10)
	pdf.CellFormat(0, 5, "IL RESPONSABILE DEL SETTORE", "", 1, "C", false, 0, "")
	pdf.SetFont("LS", "", 10)
	pdf.CellFormat(80, 5, "", "", 0, "L", false, 0, "")
	pdf.CellFormat(0, 5, "dott. Nicola Gobbi", "", 1, "C", false, 0, "")
	pdf.Ln(8)
	pdf.SetFont("LS", "B", 9)
	pdf.CellFormat(0, 5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", "T", 1, "L", false, 0, "")
	pdf.SetFont("LS", "", 9)
	pdf.MultiCell(0, 4.6, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile: "+
		"impegno n. 402/2026, Capitolo 11040, euro 62.850,00. Morciano di Romagna, 13/05/2026 – "+
		"Il Responsabile del Settore Finanziario: dott.ssa Elena Tonini", "", "J", false)

	last := pdf.PageCount()
	// page 1 again: the register box, drawn last
	pdf.SetPage(1)
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetLineWidth(0.3)
	pdf.SetFont("LS", "B", 10)
	pdf.Text(22, 42, "SETTORE SERVIZI SOCIALI ASSOCIATI")
	pdf.SetFont("LS", "", 9.5)
	pdf.Text(22, 47, "Servizio Sociale Territoriale")
	pdf.SetFillColor(235, 242, 238)
	pdf.Rect(22, 52, 168, 15, "FD")
	pdf.SetFont("LS", "B", 11)
	pdf.Text(26, 58, "DETERMINAZIONE DEL RESPONSABILE DI SETTORE")
	pdf.SetFont("LS", "", 9.5)
	pdf.Text(26, 64, "N. 129/2026 R.G. del 13/05/2026")
	pdf.Text(118, 64, "N. 31/2026 del Settore")
	pdf.SetPage(last) // fpdf writes as many pages as the current page number
	if err := pdf.OutputFileAndClose(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
