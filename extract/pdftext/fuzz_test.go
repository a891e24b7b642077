package pdftext

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/openalbo/albo/extract/pdftext/pdftexttest"
)

// FuzzReadPDF feeds Read damaged and hostile variations of real files: it
// must return a file or an error, never panic or hang, and whatever it
// returns must group into lines. (extract's FuzzRead takes what it returns
// on through the parsers.)
func FuzzReadPDF(f *testing.F) {
	for _, pattern := range []string{
		filepath.Join("..", "..", "testdata", "*.pdf"),
		filepath.Join("..", "..", "testdata", "malformed", "*.pdf"),
		filepath.Join("..", "testdata", "variant-*.pdf"),
		filepath.Join("testdata", "pdflib", "*.pdf"),
	} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add(pdftexttest.OnePage("BT /F1 12 Tf 72 700 Td (Obiettivi) Tj [(di) -300 (Direzione)] TJ ET"))
	f.Add(pdftexttest.OnePage("q 1 0 0 1 10 10 cm BT /F1 9 Tf 2 Tz 3 Tc 4 Tw 5 TL (a) ' 1 2 (b) \" T* ET Q Q Q"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		doc, err := Read(ctx, bytes.NewReader(data), int64(len(data)))
		if err != nil {
			if doc != nil {
				t.Fatal("both a file and an error")
			}
			return
		}
		for _, p := range doc.Pages {
			p.Lines()
		}
	})
}

// FuzzContentLexer: the content-stream lexer ends on any input, and every
// token it returns consumed input (no stall on hostile bytes).
func FuzzContentLexer(f *testing.F) {
	for _, seed := range []string{
		"BT /F1 9.5 Tf 1 0 0 -1 .5 -3. Tm [(A) -250 <0041> 12.5 [1 [2]]] TJ ET",
		`(a\(b\)c \\ \101\61 \x) Tj (line\` + "\n" + `continued) '`,
		"/Name#20With#2fHex /P <</MCID 0 /Alt (a >> b) /K [1 2]>> BDC EMC",
		"% comment\nq 1 0 0 1 0 0 cm BI /W 2 /H 2 ID \x00EI\xff EI Q",
		"--5 1.2.3 ) ] } > 7 w (unterminated",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lx := contentLexer{data: data}
		for tokens := 0; ; tokens++ {
			if tokens > len(data) {
				t.Fatalf("%d tokens from %d bytes: the lexer stalls", tokens, len(data))
			}
			if _, _, ok := lx.next(); !ok {
				return
			}
		}
	})
}

// FuzzReadPDFSmall fuzzes Read from small hand-made files, which the
// fuzzer mutates far faster than the real fixtures of FuzzReadPDF: the
// cross-reference table, the repair, the page tree and the interpreter.
func FuzzReadPDFSmall(f *testing.F) {
	f.Add(pdftexttest.OnePage("BT /F1 12 Tf 72 700 Td (Obiettivi) Tj [(di) -300 (Direzione)] TJ ET"))
	f.Add(pdftexttest.OnePageWith("/Rotate 90", "BT /F1 10 Tf 0 1 -1 0 280 100 Tm (alto) Tj ET"))
	f.Add(pdftexttest.OnePage("q 2 0 0 2 0 0 cm BT /F1 5 Tf 36 350 Td (a) ' 1 2 (b) \" ET Q BI /W 1 ID x EI"))
	f.Add(pdftexttest.Encrypted())
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		doc, err := Read(ctx, bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		for _, p := range doc.Pages {
			p.Lines()
		}
	})
}
