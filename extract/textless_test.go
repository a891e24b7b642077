package extract

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/ocr"
	"github.com/openalbo/albo/extract/pdftext"
	"github.com/openalbo/albo/internal/testenv"
)

// TestReadTextlessPagesWarns: without --ocr, or without the tools, the
// missing text is said in a warning that tells what to do.
func TestReadTextlessPagesWarns(t *testing.T) {
	scan := func() *pdftext.File {
		return &pdftext.File{Pages: []pdftext.Page{{Number: 1}, {Number: 2, Runs: []pdftext.Run{{Text: "testo", Size: 10}}}, {Number: 3}}}
	}
	t.Run("ocr off", func(t *testing.T) {
		var src Source
		if err := readTextlessPages(context.Background(), nil, scan(), &src, false); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(src.PagesWithoutText, []int{1, 3}) || src.OCRPages != nil {
			t.Errorf("pages without text %v, OCR pages %v", src.PagesWithoutText, src.OCRPages)
		}
		want := "pages 1, 3 have no text layer; install tesseract-ocr, tesseract-ocr-ita and poppler-utils and run with --ocr"
		if !reflect.DeepEqual(src.Warnings, []string{want}) {
			t.Errorf("warnings %q, want %q", src.Warnings, want)
		}
	})
	t.Run("tools missing", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		var unavailable *ocr.UnavailableError
		if err := ocr.Available(context.Background()); !errors.As(err, &unavailable) || len(unavailable.Missing) != 2 {
			t.Fatalf("ocr.Available with an empty PATH = %v, want both tools missing", err)
		}
		var src Source
		doc := scan()
		if err := readTextlessPages(context.Background(), []byte("%PDF-1.4"), doc, &src, true); err != nil {
			t.Fatal(err)
		}
		if len(src.Warnings) != 1 || !strings.Contains(src.Warnings[0], "pages 1, 3 have no text layer") ||
			!strings.Contains(src.Warnings[0], "tesseract (tesseract-ocr)") {
			t.Errorf("warnings %q", src.Warnings)
		}
		if len(doc.Pages[0].Runs) != 0 || src.OCRPages != nil {
			t.Error("pages changed although OCR could not run")
		}
	})
	t.Run("no scans, no warning", func(t *testing.T) {
		var src Source
		doc := &pdftext.File{Pages: []pdftext.Page{{Number: 1, Runs: []pdftext.Run{{Text: "testo"}}}}}
		if err := readTextlessPages(context.Background(), nil, doc, &src, true); err != nil || src.Warnings != nil || src.PagesWithoutText != nil {
			t.Errorf("err %v, warnings %q, pages %v", err, src.Warnings, src.PagesWithoutText)
		}
	})
}

// TestReadTextlessPagesOCR reads page 2 of a scanned auditor's opinion
// with Tesseract (ocr's TestOCRScannedAttachment reads page 1): the page
// is listed as read with OCR, and its words become lines the parsers see.
func TestReadTextlessPagesOCR(t *testing.T) {
	ctx := context.Background()
	if err := ocr.Available(ctx); err != nil {
		testenv.Unavailable(t, "%v: CI installs tesseract-ocr, tesseract-ocr-ita and poppler-utils", err)
	}
	data := realdataBytes(t, "pietroscik_delibere-comunali/Delibera_1182011__5485_parere_revisore_9.pdf")
	file, err := pdftext.Read(ctx, bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	// Give page 1 a text layer, so that only page 2 is read.
	file.Pages[0].Runs = []pdftext.Run{{X: 100, Y: file.Pages[0].Height / 2, W: 40, Size: 10, Text: "letta"}}
	var src Source
	if err := readTextlessPages(ctx, data, file, &src, true); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(src.PagesWithoutText, []int{2}) || !reflect.DeepEqual(src.OCRPages, []int{2}) || src.Warnings != nil {
		t.Fatalf("pages without text %v, OCR pages %v, warnings %q", src.PagesWithoutText, src.OCRPages, src.Warnings)
	}
	var lines []string
	for _, l := range file.Pages[1].Lines() {
		lines = append(lines, l.Text)
	}
	text := strings.Join(lines, "\n")
	for _, want := range []string{"principio contabile applicato", "residui attivi al 31.12.2025"} {
		if !strings.Contains(text, want) {
			t.Errorf("page 2 lines lack %q:\n%s", want, text)
		}
	}
}
