package corpus_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/openalbo/albo/corpus"
)

func ExampleStore() {
	dir, err := os.MkdirTemp("", "albo-corpus-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()

	s, err := corpus.Open(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	// Store the document first, then the record that points at it, so a
	// crash in between leaves at most an unreferenced blob.
	sha, size, err := s.PutBlob(ctx, strings.NewReader("%PDF-1.4 …"))
	if err != nil {
		log.Fatal(err)
	}
	seen := time.Date(2019, 12, 9, 8, 0, 0, 0, time.UTC)
	act := &corpus.Act{
		ID:     corpus.ActID("milano", "giunta", 2019, 2187),
		Source: "milano", Category: "giunta", Number: 2187, Year: 2019, Date: "2019-12-06",
		Subject:   "Aggiornamento del Piano degli Obiettivi 2019-2021",
		FirstSeen: seen, LastSeen: seen,
		Files: []corpus.File{{Name: "delibera.pdf", SHA256: sha, PDFSHA256: sha, Size: size}},
	}
	if err := s.PutAct(ctx, act); err != nil {
		log.Fatal(err)
	}
	if err := s.PutExtraction(ctx, sha, "albo 0.1.0", []byte(`{"schema":1}`)); err != nil {
		log.Fatal(err)
	}

	for a, err := range s.Acts(ctx) {
		if err != nil {
			log.Fatal(err)
		}
		version, _, err := s.LatestExtraction(a.Files[0].PDFSHA256)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(a.ID, a.Subject, "extracted by", version)
	}
	problems := 0
	for p := range s.Verify(ctx) {
		fmt.Println(p)
		problems++
	}
	fmt.Println("problems:", problems)
	// Output:
	// milano/giunta/2019/2187 Aggiornamento del Piano degli Obiettivi 2019-2021 extracted by albo 0.1.0
	// problems: 0
}
