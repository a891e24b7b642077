// Comune di Valpelline (AO) - determinazione del Responsabile del servizio tecnico, N. 63/2026 R.G.
// Go + github.com/go-pdf/fpdf (core fonts, cp1252): a label grid under the title with the general
// register ("N. 63/2026 R.G."), the Servizio's own number, the date and the proposal; French and Italian
// labels; MultiCell justified with Tw; signature and accounting visa on page 2.
package main

import (
	"fmt"
	"os"

	"github.com/go-pdf/fpdf"
)

func main() {
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	pdf.SetMargins(22, 18, 20)
	pdf.SetAutoPageBreak(true, 22)
	pdf.SetTitle("Determinazione n. 63/2026 R.G.", true)
	pdf.SetCreator("ProtocolloAtti 4 (stampa)", true)
	pdf.AliasNbPages("{nb}")
	pdf.SetFooterFunc(func() {
		pdf.SetY(-15)
		pdf.SetFont("Helvetica", "", 7.5)
		pdf.CellFormat(0, 4, tr("Comune di Valpelline - Località Capoluogo n. 1 - 11010 Valpelline (AO) - tél./tel. 0165 73211"), "T", 0, "L", false, 0, "")
		pdf.SetX(22)
		pdf.CellFormat(0, 4, fmt.Sprintf("%d / {nb}", pdf.PageNo()), "", 0, "R", false, 0, "")
	})
	pdf.AddPage()
	W := 210.0 - 22 - 20

	// letterhead, French left, Italian right
	pdf.SetFont("Times", "B", 15)
	pdf.CellFormat(W/2, 7, tr("COMMUNE DE VALPELLINE"), "", 0, "L", false, 0, "")
	pdf.CellFormat(W/2, 7, tr("COMUNE DI VALPELLINE"), "", 1, "R", false, 0, "")
	pdf.SetFont("Times", "I", 9)
	pdf.CellFormat(W/2, 5, tr("Région autonome Vallée d'Aoste"), "", 0, "L", false, 0, "")
	pdf.CellFormat(W/2, 5, tr("Regione autonoma Valle d'Aosta"), "", 1, "R", false, 0, "")
	pdf.SetLineWidth(0.5)
	pdf.Line(22, pdf.GetY()+2, 22+W, pdf.GetY()+2)
	pdf.Ln(6)

	pdf.SetFont("Helvetica", "B", 9.5)
	pdf.CellFormat(0, 5, tr("AREA TECNICA"), "", 1, "L", false, 0, "")
	pdf.SetFont("Helvetica", "", 9)
	pdf.CellFormat(0, 5, tr("Servizio lavori pubblici, manutenzioni e ambiente"), "", 1, "L", false, 0, "")
	pdf.Ln(4)

	pdf.SetFont("Times", "B", 12.5)
	pdf.CellFormat(0, 6, tr("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO TECNICO"), "", 1, "C", false, 0, "")
	pdf.SetFont("Times", "I", 10)
	pdf.CellFormat(0, 5, tr("Décision du responsable du service technique"), "", 1, "C", false, 0, "")
	pdf.Ln(3)

	// label grid
	pdf.SetLineWidth(0.25)
	lab := func(w float64, s string) {
		pdf.SetFillColor(232, 232, 232)
		pdf.SetFont("Helvetica", "", 7.5)
		pdf.CellFormat(w, 7, tr(s), "1", 0, "L", true, 0, "")
	}
	val := func(w float64, s string, ln int) {
		pdf.SetFont("Helvetica", "B", 10)
		pdf.CellFormat(w, 7, tr(s), "1", ln, "L", false, 0, "")
	}
	lab(47, "Registre général / Reg. generale")
	val(38, "N. 63/2026 R.G.", 0)
	lab(30, "Date / Data")
	val(W-115, "08/06/2026", 1)
	lab(47, "N. du service / N. del servizio")
	val(38, "21", 0)
	lab(30, "Proposition / Proposta")
	val(W-115, "n. 70 del 05/06/2026", 1)
	pdf.Ln(4)

	pdf.SetFont("Helvetica", "B", 9)
	pdf.CellFormat(30, 5.2, tr("Objet / Oggetto:"), "", 0, "L", false, 0, "")
	pdf.SetFont("Times", "B", 11)
	pdf.MultiCell(W-30, 5.2, tr("Affidamento diretto del servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione estiva 2026 - CIG B4F2A17C90 - Impegno di spesa."), "", "L", false)
	pdf.Ln(5)

	pdf.SetFont("Times", "B", 11)
	pdf.CellFormat(0, 6, tr("IL RESPONSABILE DEL SERVIZIO TECNICO"), "", 1, "C", false, 0, "")
	pdf.Ln(1)
	body := func(s string) {
		pdf.SetFont("Times", "", 11)
		pdf.MultiCell(0, 5.3, tr(s), "", "J", false)
		pdf.Ln(1.6)
	}
	body("Richiamati la legge regionale 7 dicembre 1998, n. 54, il regolamento comunale di contabilità e il decreto del Sindaco n. 2 del 07/01/2026, con il quale il sottoscritto è stato nominato Responsabile del servizio tecnico;")
	body("Premesso che occorre provvedere, nei mesi di giugno, luglio e agosto, allo sfalcio dell'erba lungo i cigli delle strade comunali di Chozod, Les Prés, Semon e Toules e nelle aree verdi del capoluogo, non potendovi provvedere con il personale dipendente in numero sufficiente;")
	body("Visto l'art. 50, comma 1, lett. b), del d.lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei servizi di importo inferiore a 140.000 euro;")
	body("Vista l'offerta della ditta Verde Valpelline s.n.c. di Perrin Remo & C., con sede in Oyace, acquisita al protocollo n. 2214 del 03/06/2026, per l'importo di euro 9.480,00 oltre IVA, ritenuta congrua in rapporto ai prezzi di mercato;")
	body("Accertata la regolarità contributiva della ditta (DURC prot. INPS_50917733 valido fino al 02/10/2026) e acquisito il CIG B4F2A17C90;")
	pdf.Ln(1)
	pdf.SetFont("Times", "B", 11)
	pdf.CellFormat(0, 6, tr("DETERMINA"), "", 1, "C", false, 0, "")
	pdf.Ln(1)
	pts := []string{
		"di affidare direttamente alla ditta Verde Valpelline s.n.c. di Perrin Remo & C. il servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione estiva 2026, per l'importo di euro 9.480,00 oltre IVA 22%, per complessivi euro 11.565,60;",
		"di impegnare la spesa di euro 11.565,60 al capitolo 10960 \"Manutenzione del verde pubblico\" del bilancio di previsione 2026/2028, esercizio 2026;",
		"di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso del commercio, ai sensi dell'art. 18, comma 1, del d.lgs. 36/2023;",
		"di disporre la pubblicazione del presente provvedimento all'Albo pretorio on line e nella sezione Amministrazione trasparente.",
	}
	for i, s := range pts {
		pdf.SetFont("Times", "B", 11)
		pdf.CellFormat(8, 5.3, fmt.Sprintf("%d.", i+1), "", 0, "L", false, 0, "")
		pdf.SetFont("Times", "", 11)
		pdf.MultiCell(W-8, 5.3, tr(s), "", "J", false)
		pdf.Ln(1.4)
	}
	pdf.Ln(4)
	pdf.SetFont("Times", "", 11)
	pdf.CellFormat(0, 5, tr("Valpelline, 08/06/2026"), "", 1, "L", false, 0, "")
	pdf.Ln(3)
	pdf.SetX(22 + W/2)
	pdf.SetFont("Helvetica", "B", 9)
	pdf.CellFormat(W/2, 5, tr("IL RESPONSABILE DEL SERVIZIO TECNICO"), "", 1, "C", false, 0, "")
	pdf.SetX(22 + W/2)
	pdf.SetFont("Times", "I", 10.5)
	pdf.CellFormat(W/2, 5, tr("geom. Davide Bionaz"), "", 1, "C", false, 0, "")
	pdf.SetX(22 + W/2)
	pdf.SetFont("Helvetica", "", 7.5)
	pdf.CellFormat(W/2, 4, tr("(firmato digitalmente)"), "", 1, "C", false, 0, "")
	pdf.Ln(8)
	pdf.SetFont("Helvetica", "B", 9)
	pdf.CellFormat(0, 6, tr("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"), "T", 1, "L", false, 0, "")
	pdf.SetFont("Times", "", 10.5)
	pdf.MultiCell(0, 5, tr("Si attesta la copertura finanziaria della spesa (impegno n. 244/2026, capitolo 10960). Valpelline, 08/06/2026. Il Responsabile del servizio finanziario, dott.ssa Monica Bérard."), "", "J", false)

	if err := pdf.OutputFileAndClose(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
