package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/openalbo/albo/internal/testenv"
	"image"
	_ "image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const scannedFile = "pietroscik_delibere-comunali/Delibera_1182011__5485_parere_revisore_9.pdf"

// requireOCR skips the test when Tesseract or pdftoppm is missing on a
// developer's machine, and fails it where the tools must be there: in CI
// (which installs them) and wherever ALBO_REQUIRE_SHARED=1.
func requireOCR(t *testing.T) {
	t.Helper()
	if err := OCRAvailable(context.Background()); err != nil {
		testenv.Unavailable(t, "%v: CI installs tesseract-ocr, tesseract-ocr-ita and poppler-utils", err)
	}
}

func TestPagesWithoutText(t *testing.T) {
	run := func(text string) Run { return Run{X: 50, Y: 700, W: 100, Size: 10, Font: "F", Text: text} }
	at := func(y float64, text string) Run { return Run{X: 100, Y: y, W: 300, Size: 9, Font: "F", Text: text} }
	const stamp = "COMUNE DI AVELLA - ACL8JP1 - REG_UFF_PROT - 0006738 - Interno - 25/06/2025 - 09:25"
	a4 := func(n int, runs ...Run) Page { return Page{Number: n, Width: 595, Height: 842, Runs: runs} }
	tests := []struct {
		name  string
		pages []Page
		want  []int
	}{
		{"all text", []Page{{Number: 1, Runs: []Run{run("Oggetto")}}, {Number: 2, Runs: []Run{run("2")}}}, nil},
		{"a scan between text pages", []Page{{Number: 1, Runs: []Run{run("a")}}, {Number: 2}, {Number: 3, Runs: []Run{run("b")}}}, []int{2}},
		{"only blanks and punctuation", []Page{{Number: 1, Runs: []Run{run("  "), run("-"), run("\u00a0.")}}}, []int{1}},
		{"a damaged page is not a scan", []Page{{Number: 1, Err: errors.New("bad stream")}}, nil},
		{"a scan stamped by the protocol and numbered", []Page{a4(1, at(818, stamp), at(30, "1"))}, []int{1}},
		{"a cover page: little text, in the middle", []Page{a4(1, at(420, "PIANO DELLA PERFORMANCE"))}, nil},
		{"a page of text in the margins only is still text",
			[]Page{a4(1, at(830, strings.Repeat("intestazione ", 10)), at(20, strings.Repeat("piè di pagina ", 10)))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PagesWithoutText(&Document{Pages: tt.pages}); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("PagesWithoutText = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPagesWithoutTextRealdata: the auditor's opinion attached to Avella's
// Giunta deliberation 49/2026 is a scan; the deliberation itself is not.
func TestPagesWithoutTextRealdata(t *testing.T) {
	tests := []struct {
		file string
		want []int
	}{
		{scannedFile, []int{1, 2}},
		{"pietroscik_delibere-comunali/Delibera_1182011__5485_DeliberadiGiunta_Copia_49_2026_2.pdf", nil},
	}
	for _, tt := range tests {
		data := realdataBytes(t, tt.file)
		doc, err := ReadPDF(context.Background(), bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if got := PagesWithoutText(doc); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: PagesWithoutText = %v, want %v", tt.file, got, tt.want)
		}
	}
}

// TestReadTextlessPagesWarns: without --ocr, or without the tools, the
// missing text is said in a warning that tells what to do.
func TestReadTextlessPagesWarns(t *testing.T) {
	scan := func() *Document {
		return &Document{Pages: []Page{{Number: 1}, {Number: 2, Runs: []Run{{Text: "testo", Size: 10}}}, {Number: 3}}}
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
		var unavailable *OCRUnavailableError
		if err := OCRAvailable(context.Background()); !errors.As(err, &unavailable) || len(unavailable.Missing) != 2 {
			t.Fatalf("OCRAvailable with an empty PATH = %v, want both tools missing", err)
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
		if _, err := OCRPages(context.Background(), nil, []int{1}); !errors.As(err, &unavailable) {
			t.Errorf("OCRPages without tools = %v, want *OCRUnavailableError", err)
		}
	})
	t.Run("no scans, no warning", func(t *testing.T) {
		var src Source
		doc := &Document{Pages: []Page{{Number: 1, Runs: []Run{{Text: "testo"}}}}}
		if err := ReadTextlessPages(context.Background(), nil, doc, &src, true); err != nil || src.Warnings != nil || src.PagesWithoutText != nil {
			t.Errorf("err %v, warnings %q, pages %v", err, src.Warnings, src.PagesWithoutText)
		}
	})
}

// TestOCRScannedAttachment reads the scanned auditor's opinion with
// Tesseract and finds words that are printed on it.
func TestOCRScannedAttachment(t *testing.T) {
	requireOCR(t)
	data := realdataBytes(t, scannedFile)
	ctx := context.Background()

	texts, err := OCRPages(ctx, data, []int{1})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ORGANO DI REVISIONE", "Verbale n. 4 del 31/03/2026", "riaccertamento ordinario dei residui"} {
		if !strings.Contains(texts[1], want) {
			t.Errorf("page 1 OCR text lacks %q:\n%s", want, texts[1])
		}
	}

	doc, err := ReadPDF(ctx, bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	// Page 1 was read above; give it a text layer so that only page 2 is
	// read again, which halves the test's time.
	doc.Pages[0].Runs = []Run{{X: 100, Y: doc.Pages[0].Height / 2, W: 40, Size: 10, Text: "letta"}}
	var src Source
	if err := ReadTextlessPages(ctx, data, doc, &src, true); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(src.PagesWithoutText, []int{2}) || !reflect.DeepEqual(src.OCRPages, []int{2}) || src.Warnings != nil {
		t.Fatalf("pages without text %v, OCR pages %v, warnings %q", src.PagesWithoutText, src.OCRPages, src.Warnings)
	}
	// The OCR words become positioned runs: the parsers see lines, top to
	// bottom, as on any PDF page.
	var page2 []string
	for _, l := range doc.Pages[1].Lines() {
		page2 = append(page2, l.Text)
	}
	text := strings.Join(page2, "\n")
	for _, want := range []string{"principio contabile applicato", "residui attivi al 31.12.2025"} {
		if !strings.Contains(text, want) {
			t.Errorf("page 2 lines lack %q:\n%s", want, text)
		}
	}
}

func TestOCRPagesErrors(t *testing.T) {
	requireOCR(t)
	if _, err := OCRPages(context.Background(), []byte("not a pdf"), []int{1}); !errors.Is(err, ErrNotPDF) {
		t.Errorf("OCRPages(not a pdf) = %v, want ErrNotPDF", err)
	}
	_, err := OCRPages(context.Background(), emptyPDF(595, 842), []int{2, 3})
	if err == nil || !strings.Contains(err.Error(), "ocr page 2: pdftoppm") || !strings.Contains(err.Error(), "ocr page 3: pdftoppm") {
		t.Errorf("OCRPages(pages the file lacks) = %v, want an error per page naming pdftoppm", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := OCRPages(ctx, []byte("%PDF-1.4"), []int{1}); !errors.Is(err, context.Canceled) {
		t.Errorf("OCRPages(cancelled) = %v, want context.Canceled", err)
	}
}

// TestParseTesseractTSV turns real Tesseract output (page 1 of the Milano
// fixture) into runs and compares the lines they make with a golden file
// (go test ./extract -run TestParseTesseractTSV -update rewrites it).
func TestParseTesseractTSV(t *testing.T) {
	tsv, err := os.ReadFile(filepath.Join("testdata", "ocr-delibera-2187-p1.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := parseTesseractTSV(tsv, ocrDPI)
	if err != nil {
		t.Fatal(err)
	}
	if page.width < 590 || page.width > 600 || page.height < 837 || page.height > 847 {
		t.Errorf("page size %.1f×%.1f points, want A4 (595×842)", page.width, page.height)
	}
	var lines []string
	for _, l := range (Page{Number: 1, Runs: page.runs}).Lines() {
		lines = append(lines, l.Text)
	}
	got := strings.Join(lines, "\n") + "\n"
	if got != page.text+"\n" {
		t.Errorf("lines rebuilt from the runs differ from Tesseract's lines:\n%s\n---\n%s", got, page.text)
	}
	golden := filepath.Join("testdata", "ocr-delibera-2187-p1.golden.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("lines differ from %s (run with -update to accept):\n%s", golden, got)
	}
}

func TestParseTesseractTSVRejects(t *testing.T) {
	header := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
	tests := []struct{ name, tsv, want string }{
		{"short row", header + "5\t1\t1\n", "3 columns"},
		{"not a number", header + "5\t1\t1\t1\t1\t1\tx\t0\t10\t10\t90\tparola\n", "column 7"},
	}
	for _, tt := range tests {
		if _, err := parseTesseractTSV([]byte(tt.tsv), ocrDPI); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want one mentioning %q", tt.name, err, tt.want)
		}
	}
}

// FuzzParseTesseractTSV: Tesseract's output is outside input; whatever it
// prints, the parser returns runs or an error, never a panic.
func FuzzParseTesseractTSV(f *testing.F) {
	if tsv, err := os.ReadFile(filepath.Join("testdata", "ocr-delibera-2187-p1.tsv")); err == nil {
		f.Add(tsv)
	}
	f.Add([]byte("level\ttext\n1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n5\t1\t1\t1\t1\t1\t1\t1\t1\t1\t1\tw\tx\n"))
	f.Fuzz(func(t *testing.T, tsv []byte) {
		page, err := parseTesseractTSV(tsv, ocrDPI)
		if err != nil {
			return
		}
		for _, r := range page.runs {
			if strings.TrimSpace(r.Text) == "" {
				t.Fatalf("empty run %+v", r)
			}
		}
	})
}

func TestOCRResolution(t *testing.T) {
	tests := []struct {
		long float64 // points
		want float64 // dpi
	}{
		{842, 300},  // A4
		{1684, 300}, // A2
		{14400, 36}, // the largest page PDF allows without UserUnit
		{0, 300},    // size unknown
		{1e9, 0},    // hostile: nothing worth rendering
	}
	for _, tt := range tests {
		if got := ocrResolution(tt.long); got != tt.want {
			t.Errorf("ocrResolution(%v) = %v, want %v", tt.long, got, tt.want)
		}
		if px := ocrResolution(tt.long) * tt.long / 72; px > ocrMaxPixels {
			t.Errorf("a %v-point page renders %v pixels long, over %d", tt.long, px, ocrMaxPixels)
		}
	}
}

// emptyPDF builds a one-page PDF with an empty page of the given
// size, offsets and all, so that tests need no fixture for it.
func emptyPDF(width, height float64) []byte {
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents 4 0 R >>", width, height),
		"<< /Length 0 >>\nstream\n\nendstream",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

// TestOCRHugePage: a page of the largest size a PDF allows is rendered
// small enough to read, not as a picture of gigabytes.
func TestOCRHugePage(t *testing.T) {
	requireOCR(t)
	dir := t.TempDir()
	pdfPath := filepath.Join(dir, "huge.pdf")
	if err := os.WriteFile(pdfPath, emptyPDF(14400, 14400), 0o600); err != nil {
		t.Fatal(err)
	}
	png, err := renderPage(context.Background(), dir, pdfPath, 1, ocrResolution(14400))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(png)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, _, err := image.DecodeConfig(f)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Width > ocrMaxPixels || cfg.Height > ocrMaxPixels || cfg.Width < ocrMaxPixels/2 {
		t.Errorf("rendered %d×%d pixels, want at most %d a side and not a thumbnail", cfg.Width, cfg.Height, ocrMaxPixels)
	}
}
