// Comune di Bibiana (TO) - determinazione n. 47/2026 R.G. of the Area Amministrativa.
// Go, github.com/go-pdf/fpdf with its core fonts (cp1252): a register box at the top right
// ("N. 47/2026 R.G.", date, the Area's own number, the proposal), the Area and Servizio at the
// top left, MultiCell paragraphs justified with word spacing (Tw), a running foot on every page.
package main

import (
	"fmt"
	"os"

	"github.com/go-pdf/fpdf"
)

func main() {
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("cp1252")
	pdf.SetTitle("Determinazione 47/2026 R.G.", true)
	pdf.SetCreator("Atti Web - Determine 3.4", true)
	pdf.SetMargins(22, 16, 20)
	pdf.SetAutoPageBreak(true, 22)
	pdf.AliasNbPages("{nb}")
	pdf.SetFooterFunc(func() {
		pdf.SetY(-15)
		pdf.SetFont("Helvetica", "I", 7.5)
		pdf.SetTextColor(80, 80, 80)
		pdf.CellFormat(0, 5, tr("Comune di Bibiana – Determinazione n. 47/2026 R.G. del 30/04/2026"), "T", 0, "L", false, 0, "")
		pdf.CellFormat(0, 5, fmt.Sprintf("pagina %d/{nb}", pdf.PageNo()), "", 0, "R", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	pdf.AddPage()

	// letterhead, left
	pdf.SetFont("Times", "B", 18)
	pdf.Text(22, 26, "COMUNE DI BIBIANA")
	pdf.SetFont("Times", "", 10)
	pdf.Text(22, 31.5, tr("Città Metropolitana di Torino"))
	pdf.SetFont("Times", "", 8.5)
	pdf.Text(22, 36, tr("Piazza Vittorio Emanuele II, 1 – 10060 Bibiana (TO)"))
	pdf.SetFont("Helvetica", "B", 9.5)
	pdf.Text(22, 46, "AREA AMMINISTRATIVA")
	pdf.SetFont("Helvetica", "", 9)
	pdf.Text(22, 51, tr("Servizio Istruzione, Cultura e Sport"))

	// register box, top right
	x, y := 124.0, 18.0
	rows := [][2]string{
		{"REGISTRO GENERALE", "N. 47/2026 R.G."},
		{"DATA", "30/04/2026"},
		{"N. DI AREA", "12"},
		{"PROPOSTA", "n. 58 del 27/04/2026"},
	}
	for i, r := range rows {
		pdf.SetXY(x, y+float64(i)*7.5)
		pdf.SetFillColor(232, 232, 232)
		pdf.SetFont("Helvetica", "B", 7.5)
		pdf.CellFormat(30, 7.5, r[0], "1", 0, "L", true, 0, "")
		pdf.SetFont("Helvetica", "B", 9.5)
		pdf.CellFormat(34, 7.5, tr(r[1]), "1", 0, "C", false, 0, "")
	}

	pdf.SetXY(22, 60)
	pdf.SetLineWidth(0.5)
	pdf.Line(22, 57, 190, 57)
	pdf.SetFont("Times", "B", 12.5)
	pdf.CellFormat(0, 7, tr("DETERMINAZIONE DEL RESPONSABILE DELL'AREA AMMINISTRATIVA"), "", 1, "C", false, 0, "")
	pdf.Ln(3)

	pdf.SetFont("Times", "B", 11)
	pdf.CellFormat(22, 5.6, "Oggetto:", "", 0, "L", false, 0, "")
	pdf.MultiCell(0, 5.6, tr("Servizio di trasporto scolastico per gli anni scolastici 2026/2027 e 2027/2028 – "+
		"Determinazione a contrarre e avvio della procedura negoziata sulla piattaforma telematica – CIG B9C4F27A10."), "", "J", false)
	pdf.Ln(4)

	P := func(s string) {
		pdf.SetFont("Times", "", 11)
		pdf.MultiCell(0, 5.4, tr(s), "", "J", false)
		pdf.Ln(1.1)
	}
	C := func(s string) {
		pdf.SetFont("Times", "B", 11.5)
		pdf.CellFormat(0, 7, tr(s), "", 1, "C", false, 0, "")
		pdf.Ln(1)
	}
	C("IL RESPONSABILE DELL'AREA")
	for _, s := range []string{
		"Visto il decreto sindacale n. 2 del 07/01/2026, con il quale è stata attribuita alla sottoscritta la responsabilità dell'Area Amministrativa;",
		"Vista la deliberazione del Consiglio Comunale n. 38 del 19/12/2025, di approvazione del bilancio di previsione finanziario 2026-2028;",
		"Premesso che il contratto per il servizio di trasporto degli alunni della scuola primaria e della scuola secondaria di primo grado scade il 30 giugno 2026 e che occorre garantire la continuità del servizio dall'avvio dell'anno scolastico 2026/2027;",
		"Considerato che il servizio si articola su tre linee, per circa 38.000 chilometri annui, e che il valore stimato dell'appalto per il biennio è pari a € 186.000,00 oltre IVA, inferiore alla soglia di cui all'art. 14 del D.Lgs. 31 marzo 2023, n. 36;",
		"Visto l'art. 50, comma 1, lettera e), del D.Lgs. 36/2023, che consente l'affidamento dei servizi di importo inferiore alla soglia europea mediante procedura negoziata senza bando, previa consultazione di almeno cinque operatori economici;",
		"Visto l'art. 192 del D.Lgs. 18 agosto 2000, n. 267, in materia di determinazioni a contrarre;",
		"Accertata l'insussistenza di situazioni di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. 36/2023;",
	} {
		P(s)
	}
	C("DETERMINA")
	pts := []string{
		"di indire la procedura negoziata per l'affidamento del servizio di trasporto scolastico per gli anni scolastici 2026/2027 e 2027/2028, per un importo a base di gara di € 186.000,00 oltre IVA;",
		"di invitare alla procedura almeno cinque operatori economici iscritti all'elenco della piattaforma telematica di negoziazione della Città Metropolitana di Torino, individuati nel rispetto del principio di rotazione;",
		"di stabilire che l'aggiudicazione avverrà con il criterio dell'offerta economicamente più vantaggiosa, sulla base del miglior rapporto qualità/prezzo;",
		"di prenotare la spesa complessiva di € 204.600,00 (IVA 10% compresa) ai capitoli 4520 e 4522 dei bilanci 2026, 2027 e 2028;",
		"di dare atto che Responsabile Unico del Progetto è la sottoscritta dott.ssa Elena Bounous.",
	}
	for i, s := range pts {
		pdf.SetFont("Times", "", 11)
		pdf.CellFormat(8, 5.5, fmt.Sprintf("%d.", i+1), "", 0, "L", false, 0, "")
		pdf.MultiCell(0, 5.5, tr(s), "", "J", false)
		pdf.Ln(1.2)
	}
	pdf.Ln(3)
	if pdf.GetY() > 252 {
		pdf.AddPage()
	}
	pdf.SetFont("Times", "", 11)
	pdf.CellFormat(80, 5.5, "Bibiana, 30/04/2026", "", 0, "L", false, 0, "")
	pdf.SetFont("Times", "B", 10.5)
	pdf.CellFormat(0, 5.5, tr("IL RESPONSABILE DELL'AREA AMMINISTRATIVA"), "", 1, "C", false, 0, "")
	pdf.SetX(102)
	pdf.SetFont("Times", "", 10.5)
	pdf.CellFormat(0, 5.5, "dott.ssa Elena Bounous", "", 1, "C", false, 0, "")
	pdf.SetX(102)
	pdf.SetFont("Times", "I", 8.5)
	pdf.CellFormat(0, 5, "(documento firmato digitalmente)", "", 1, "C", false, 0, "")

	// the accounting officer's visa, under the signature
	pdf.Ln(10)
	pdf.Line(22, pdf.GetY(), 190, pdf.GetY())
	pdf.Ln(4)
	pdf.SetFont("Helvetica", "B", 10)
	pdf.MultiCell(0, 5.5, tr("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"), "", "C", false)
	pdf.SetFont("Helvetica", "", 8.5)
	pdf.CellFormat(0, 5, "(art. 183, comma 7, e art. 147-bis del D.Lgs. 267/2000)", "", 1, "C", false, 0, "")
	pdf.Ln(3)
	pdf.SetFont("Helvetica", "B", 8.5)
	pdf.SetFillColor(232, 232, 232)
	for i, h := range []string{"Esercizio", "Capitolo", "Prenotazione", "Importo"} {
		w := []float64{30, 40, 50, 48}[i]
		pdf.CellFormat(w, 6.5, h, "1", 0, "C", true, 0, "")
	}
	pdf.Ln(-1)
	pdf.SetFont("Helvetica", "", 9)
	for _, r := range [][4]string{
		{"2026", "4520", "P. 188/2026", "€ 37.200,00"},
		{"2027", "4520", "P. 23/2027", "€ 102.300,00"},
		{"2028", "4522", "P. 7/2028", "€ 65.100,00"},
	} {
		for i, v := range r {
			w := []float64{30, 40, 50, 48}[i]
			al := "C"
			if i == 3 {
				al = "R"
			}
			pdf.CellFormat(w, 6.5, tr(v), "1", 0, al, false, 0, "")
		}
		pdf.Ln(-1)
	}
	pdf.Ln(4)
	pdf.SetFont("Times", "", 11)
	pdf.MultiCell(0, 5.4, tr("Si attesta la regolarità contabile e la copertura finanziaria della spesa, che diviene esecutiva dalla data odierna."), "", "J", false)
	pdf.Ln(4)
	pdf.CellFormat(80, 5.5, "Bibiana, 30/04/2026", "", 0, "L", false, 0, "")
	pdf.SetFont("Times", "B", 10.5)
	pdf.CellFormat(0, 5.5, tr("IL RESPONSABILE DELL'AREA FINANZIARIA"), "", 1, "C", false, 0, "")
	pdf.SetX(102)
	pdf.SetFont("Times", "", 10.5)
	pdf.CellFormat(0, 5.5, "rag. Marco Rostagno", "", 1, "C", false, 0, "")

	if err := pdf.OutputFileAndClose(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
