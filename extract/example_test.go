package extract_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/openalbo/albo/extract"
)

// Read a published deliberation and print what identifies it. The bytes
// may as well be a signed .p7m: Read tells by the content.
func ExampleRead() {
	data, err := os.ReadFile("../testdata/delibera-2187-2019.pdf")
	if err != nil {
		log.Fatal(err)
	}
	res, err := extract.Read(context.Background(), "delibera-2187-2019.pdf", data, extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	act := res.Act
	fmt.Println(act.Organ, act.Kind, act.Number, act.Date)
	fmt.Println(act.Subject)
	fmt.Println(len(act.Attendees), "attendees,", len(act.OperativePoints), "operative points, vote:", act.Vote)
	fmt.Println(len(res.Plan.Directorates), "directorates,", len(res.Changes), "changes")
	// Output:
	// Giunta Comunale deliberazione 2187 2019-12-06
	// Aggiornamento del Piano degli Obiettivi 2019-2021. Immediatamente eseguibile
	// 12 attendees, 4 operative points, vote: unanimous
	// 26 directorates, 100 changes
}

// A file that is not a document is refused with an error that names what
// it is.
func ExampleRead_notADocument() {
	page := []byte("<!DOCTYPE html><html><head><title>Firma digitale</title></head><body></body></html>")
	_, err := extract.Read(context.Background(), "atto.pdf", page, extract.Options{})
	fmt.Println(err)
	// Output:
	// extract atto.pdf: HTML page, not a document
}
