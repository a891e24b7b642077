// Comune di Ittireddu (SS) - certificato di pubblicazione of decreto del Sindaco n. 3 of 02/07/2026.
// Go + github.com/go-pdf/fpdf with the core fonts (cp1252): a ruled form whose label cells hold the
// certified act's kind, number, date and subject, filled by the Albo software; the certifying sentence under it.
package main

import (
	"os"

	"github.com/go-pdf/fpdf"
)

func main() {
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	pdf.SetMargins(22, 18, 22)
	pdf.SetAutoPageBreak(true, 20)
	pdf.SetTitle("Certificato di pubblicazione n. 214/2026", true)
	pdf.SetAuthor("Comune di Ittireddu - Albo Pretorio", true)
	pdf.SetCreator("Albo Pretorio on line - Studio K", true)
	pdf.SetFooterFunc(func() {
		pdf.SetY(-15)
		pdf.SetFont("Helvetica", "", 7)
		pdf.SetTextColor(90, 90, 90)
		pdf.CellFormat(0, 4, tr("Comune di Ittireddu - Via Ozieri, 4 - 07010 Ittireddu (SS) - tel. 079 767623 - protocollo@pec.comune.ittireddu.ss.it"), "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	// letterhead
	pdf.SetDrawColor(120, 20, 30)
	pdf.Rect(22, 15, 15, 19, "D")
	pdf.SetFont("Helvetica", "", 5)
	pdf.SetXY(22, 23)
	pdf.CellFormat(15, 3, "stemma", "", 0, "C", false, 0, "")
	pdf.SetXY(41, 15)
	pdf.SetFont("Times", "B", 17)
	pdf.SetTextColor(120, 20, 30)
	pdf.CellFormat(0, 8, tr("COMUNE DI ITTIREDDU"), "", 1, "L", false, 0, "")
	pdf.SetTextColor(0, 0, 0)
	pdf.SetX(41)
	pdf.SetFont("Times", "I", 10.5)
	pdf.CellFormat(0, 5, tr("Provincia di Sassari"), "", 1, "L", false, 0, "")
	pdf.SetX(41)
	pdf.SetFont("Helvetica", "", 8)
	pdf.CellFormat(0, 5, tr("Servizio Affari Generali - Ufficio Albo Pretorio"), "", 1, "L", false, 0, "")
	pdf.Line(22, 37, 188, 37)
	pdf.SetY(48)
	pdf.SetFont("Times", "B", 15)
	pdf.CellFormat(0, 8, tr("CERTIFICATO DI PUBBLICAZIONE"), "", 1, "C", false, 0, "")
	pdf.SetFont("Times", "", 10.5)
	pdf.CellFormat(0, 6, tr("Registro delle pubblicazioni n. 214/2026"), "", 1, "C", false, 0, "")
	pdf.Ln(6)
	// ruled form
	lab := func(l, v string, w1, w2 float64, ln int) {
		pdf.SetFillColor(236, 236, 236)
		pdf.SetFont("Helvetica", "B", 8.5)
		pdf.CellFormat(w1, 8, tr(l), "1", 0, "L", true, 0, "")
		pdf.SetFont("Times", "", 11)
		pdf.CellFormat(w2, 8, tr(v), "1", ln, "L", false, 0, "")
	}
	pdf.SetDrawColor(80, 80, 80)
	lab("Tipo atto", "Decreto del Sindaco", 30, 136, 1)
	lab("Numero", "3", 30, 40, 0)
	lab("Data", "02/07/2026", 26, 70, 1)
	pdf.SetFillColor(236, 236, 236)
	pdf.SetFont("Helvetica", "B", 8.5)
	x, y := pdf.GetX(), pdf.GetY()
	pdf.SetFont("Times", "", 11)
	lines := pdf.SplitLines([]byte(tr("Nomina del Responsabile del Servizio Finanziario e Tributi e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267, per il periodo 1° luglio 2026 - 30 giugno 2027.")), 132)
	h := float64(len(lines))*5.5 + 4
	pdf.SetFont("Helvetica", "B", 8.5)
	pdf.CellFormat(30, h, "Oggetto", "1", 0, "LT", true, 0, "")
	pdf.Rect(x+30, y, 136, h, "D")
	pdf.SetFont("Times", "", 11)
	for i, l := range lines {
		pdf.SetXY(x+32, y+2+float64(i)*5.5)
		pdf.CellFormat(132, 5.5, string(l), "", 0, "L", false, 0, "")
	}
	pdf.SetXY(x, y+h)
	lab("Pubblicato dal", "02/07/2026", 30, 40, 0)
	lab("al", "17/07/2026", 26, 70, 1)
	pdf.Ln(10)
	pdf.SetFont("Times", "B", 11.5)
	pdf.CellFormat(0, 6, tr("IL RESPONSABILE DEL SERVIZIO AFFARI GENERALI"), "", 1, "C", false, 0, "")
	pdf.Ln(3)
	pdf.SetFont("Times", "", 11)
	pdf.MultiCell(0, 6, tr("visti gli atti d'ufficio, ai sensi dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della Legge 18 giugno 2009, n. 69,"), "", "J", false)
	pdf.Ln(2)
	pdf.SetFont("Times", "B", 11.5)
	pdf.CellFormat(0, 6, tr("C E R T I F I C A"), "", 1, "C", false, 0, "")
	pdf.Ln(2)
	pdf.SetFont("Times", "", 11)
	pdf.MultiCell(0, 6, tr("che l'atto sopra indicato è stato pubblicato all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 02/07/2026 al 17/07/2026, con il numero di registro 214, e che durante il periodo di pubblicazione non sono pervenuti reclami od opposizioni."), "", "J", false)
	pdf.Ln(8)
	pdf.CellFormat(0, 6, tr("Ittireddu, 18/07/2026"), "", 1, "L", false, 0, "")
	pdf.Ln(4)
	pdf.SetX(110)
	pdf.SetFont("Times", "B", 10.5)
	pdf.CellFormat(70, 5, tr("Il Responsabile del Servizio"), "", 1, "C", false, 0, "")
	pdf.SetX(110)
	pdf.SetFont("Times", "", 10.5)
	pdf.CellFormat(70, 5, tr("dott.ssa Maria Antonietta Fresu"), "", 1, "C", false, 0, "")
	pdf.SetX(110)
	pdf.SetFont("Helvetica", "I", 7)
	pdf.CellFormat(70, 4, tr("(firmato digitalmente)"), "", 1, "C", false, 0, "")
	if err := pdf.OutputFileAndClose(os.Args[1]); err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(1)
	}
}
