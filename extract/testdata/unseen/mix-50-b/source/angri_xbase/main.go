// Certificate of publication of Angri, imitating a fixed-pitch report from an
// Xbase (Alaska Xbase++) Albo Pretorio program; written with go-pdf/fpdf in Courier.
package main

import (
	"os"
	"strings"

	"github.com/go-pdf/fpdf"
)

var lines = []string{
	"CITTÀ DI ANGRI                                        Provincia di Salerno",
	"Piazza Crocifisso, 23 - 84012 Angri (SA)",
	"SERVIZIO SEGRETERIA GENERALE - UFFICIO ALBO PRETORIO",
	"===========================================================================",
	"",
	"               ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE",
	"                 (art. 124 D.Lgs. 18/08/2000, n. 267)",
	"",
	"---------------------------------------------------------------------------",
	" N. REG. PUBBL. : 812/2026",
	" TIPO ATTO      : DELIBERAZIONE DEL CONSIGLIO COMUNALE",
	" NUMERO ATTO    : 21",
	" DATA ATTO      : 26/03/2026",
	" OGGETTO        : Approvazione del Piano Economico Finanziario (PEF)",
	"                  2026-2029 e delle tariffe TARI per l'anno 2026.",
	" PUBBLICATO DAL : 27/03/2026          AL : 11/04/2026",
	" RICHIEDENTE    : SETTORE ECONOMICO FINANZIARIO",
	"---------------------------------------------------------------------------",
	"",
	"Il sottoscritto Messo Comunale, visti gli atti d'ufficio,",
	"",
	"                              A T T E S T A",
	"",
	"che la deliberazione sopra indicata e' stata pubblicata all'Albo Pretorio",
	"on line di questo Comune, accessibile dal sito istituzionale",
	"www.comune.angri.sa.it, per quindici giorni consecutivi, dal 27/03/2026",
	"al 11/04/2026, senza opposizioni o reclami.",
	"",
	"La deliberazione e' divenuta esecutiva il 06/04/2026, decorsi dieci giorni",
	"dalla pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.",
	"",
	"Angri, 13/04/2026",
	"",
	"        IL MESSO COMUNALE                  IL SEGRETARIO GENERALE",
	"         Ciro Sorrentino                  Dott. Gerardo Cascone",
	"",
	"---------------------------------------------------------------------------",
	"Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.",
	"ALBO.PRG  rel. 4.11  -  stampa del 13/04/2026 ore 09:47  -  utente: SORRENTC",
}

func main() {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetTitle("Attestazione pubblicazione 812/2026", true)
	pdf.SetCreator("ALBO.PRG Xbase++ (imitation) / go-pdf fpdf", true)
	tr := pdf.UnicodeTranslatorFromDescriptor("cp1252")
	pdf.SetMargins(20, 20, 15)
	pdf.AddPage()
	pdf.SetFont("Courier", "", 10)
	for i, l := range lines {
		if i == 0 || strings.Contains(l, "ATTESTAZIONE DI") || strings.Contains(l, "A T T E S T A") {
			pdf.SetFont("Courier", "B", 10)
		} else {
			pdf.SetFont("Courier", "", 10)
		}
		pdf.CellFormat(0, 4.8, tr(l), "", 1, "L", false, 0, "")
	}
	if err := pdf.OutputFileAndClose(os.Args[1]); err != nil {
		panic(err)
	}
}
