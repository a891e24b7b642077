package extract_test

import (
	"fmt"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/pdftext"
)

// A plan organised by Servizio: each unit heading with its RESPONSABILE
// becomes a directorate, each "DESCRIZIONE OBIETTIVO n" an objective of the
// year the title prints.
func ExampleParseServiziPlan() {
	line := func(y float64, text string) pdftext.Run {
		return pdftext.Run{X: 60, Y: y, W: float64(len(text)) * 5, Size: 10, Font: "Times", Text: text}
	}
	doc := &pdftext.File{Pages: []pdftext.Page{{Number: 1, Width: 595, Height: 842, Runs: []pdftext.Run{
		line(800, "PIANO DETTAGLIATO DEGLI OBIETTIVI ANNO 2026"),
		line(760, "3 - SERVIZI FINANZIARI"),
		line(745, "RESPONSABILE DOTT.SSA ELISABETTA NISI"),
		line(720, "DESCRIZIONE OBIETTIVO 1"),
		line(705, "Revisione della spesa: verifica del mantenimento degli equilibri;"),
	}}}}
	plan := extract.ParseServiziPlan(doc)
	for _, d := range plan.Directorates {
		fmt.Printf("%s (%s %s)\n", d.Directorate, d.Director.Title, d.Director.Name)
		for _, o := range d.Objectives {
			fmt.Printf("  %d #%d: %s\n", o.Year, o.N, o.Text)
		}
	}
	// Output:
	// SERVIZI FINANZIARI (DOTT.SSA ELISABETTA NISI)
	//   2026 #1: Revisione della spesa: verifica del mantenimento degli equilibri;
}
