package extract

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/ocr"
	"github.com/openalbo/albo/extract/pdftext"
)

// TestReadTextlessPagesWarns: without --ocr, or without the tools, the
// missing text is said in a warning that tells what to do.
func TestReadTextlessPagesWarns(t *testing.T) {
	scan := func() *pdftext.File {
		return &pdftext.File{Pages: []pdftext.Page{{Number: 1}, {Number: 2, Runs: []pdftext.Run{{Text: "testo", Size: 10}}}, {Number: 3}}}
	}
	t.Run("ocr off", func(t *testing.T) {
		var src Source
		if err := ReadTextlessPages(context.Background(), nil, scan(), &src, false); err != nil {
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
		if err := ReadTextlessPages(context.Background(), []byte("%PDF-1.4"), doc, &src, true); err != nil {
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
		if err := ReadTextlessPages(context.Background(), nil, doc, &src, true); err != nil || src.Warnings != nil || src.PagesWithoutText != nil {
			t.Errorf("err %v, warnings %q, pages %v", err, src.Warnings, src.PagesWithoutText)
		}
	})
}
