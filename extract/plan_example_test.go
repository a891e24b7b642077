package extract_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/pdftext"
)

// openPlanFixture reads a PDF's positioned text.
func openPlanFixture(path string) *pdftext.File {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		log.Fatal(err)
	}
	doc, err := pdftext.Read(context.Background(), f, info.Size())
	if err != nil {
		log.Fatal(err)
	}
	return doc
}

func ExampleParsePlan() {
	plan := extract.ParsePlan(openPlanFixture("../testdata/delibera-2187-2019.pdf"))
	fmt.Println(plan.Title, plan.Years, len(plan.Directorates), "directorates")
	d := plan.Directorates[0]
	fmt.Println(d.Directorate, "-", d.Director.Title, d.Director.Name, "- pages", d.Pages)
	for _, o := range d.Objectives[9:11] {
		fmt.Println(o.Year, *o.Section, o.N, o.Text)
	}
	// Output:
	// Piano degli Obiettivi 2019-2021 [2019 2020] 26 directorates
	// DIREZIONE GABINETTO DEL SINDACO - Avv. Mario Vanni - pages [24 25]
	// 2019 MILAN URBAN FOOD POLICY PACT - MUFPP 1 Evoluzione e Governance del progetto Milan Urban Food Policy Pact e dei suoi seguiti (Segreteriato, Steering Committee)
	// 2019 MILAN URBAN FOOD POLICY PACT - MUFPP 2 Organizzazione 5^ incontro annuale delle città del MUFPP a Montpellier (Francia) e relativi meeting regionali.
}
