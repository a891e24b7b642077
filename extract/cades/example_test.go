package cades_test

import (
	"fmt"

	"github.com/openalbo/albo/extract/cades"
	"github.com/openalbo/albo/extract/cades/cadestest"
)

// A document signed by one official and countersigned by another opens in
// one call; the signers come outermost first.
func ExampleUnwrap() {
	pdf := []byte("%PDF-1.4\n% a document\n%%EOF\n")
	signed := cadestest.NewSigner("Mario Rossi").Sign(pdf)
	countersigned := cadestest.NewSigner("Anna Bianchi").Sign(signed)

	content, signers, err := cades.Unwrap(countersigned)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q\n", content[:8])
	for _, s := range signers {
		fmt.Println(s.Level, s.CommonName, s.Intact)
	}
	// Output:
	// "%PDF-1.4"
	// 1 Anna Bianchi true
	// 2 Mario Rossi true
}
