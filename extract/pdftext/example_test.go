package pdftext_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"

	"github.com/openalbo/albo/extract/pdftext"
)

func ExampleRead() {
	data, err := os.ReadFile("../../testdata/delibera-2187-2019.pdf")
	if err != nil {
		log.Fatal(err)
	}
	file, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(file.Pages), "pages by", file.Producer)
	// The header row of the first plan slide: one run per year, each
	// centered over its column.
	for _, line := range file.Pages[23].Lines()[:1] {
		for _, run := range line.Runs {
			fmt.Printf("%s over x=%.0f\n", run.Text, run.X+run.W/2)
		}
	}
	// Output:
	// 54 pages by LibreOffice 7.4
	// 2019 over x=387
	// 2020 over x=656
}
