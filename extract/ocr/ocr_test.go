package ocr

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"image"
	_ "image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
	"github.com/openalbo/albo/extract/pdftext/pdftexttest"
	"github.com/openalbo/albo/internal/testenv"
)

// update rewrites the golden files under testdata/.
var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// readRealdata reads one file of ../shared/realdata (see
// testenv.SharedDir), and its text with pdftext.
func readRealdata(t testing.TB, rel string) ([]byte, *pdftext.File) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testenv.SharedDir(t, "realdata"), rel))
	if err == nil {
		var file *pdftext.File
		if file, err = pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data))); err == nil {
			return data, file
		}
	}
	t.Fatalf("%s: %v", rel, err)
	return nil, nil
}

const scannedFile = "pietroscik_delibere-comunali/Delibera_1182011__5485_parere_revisore_9.pdf"

// requireOCR skips the test when Tesseract or pdftoppm is missing on a
// developer's machine, and fails it where the tools must be there: in CI
// (which installs them) and wherever ALBO_REQUIRE_SHARED=1.
func requireOCR(t *testing.T) {
	t.Helper()
	if err := Available(context.Background()); err != nil {
		testenv.Unavailable(t, "%v: CI installs tesseract-ocr, tesseract-ocr-ita and poppler-utils", err)
	}
}

func TestPagesWithoutText(t *testing.T) {
	run := func(text string) pdftext.Run {
		return pdftext.Run{X: 50, Y: 700, W: 100, Size: 10, Font: "F", Text: text}
	}
	at := func(y float64, text string) pdftext.Run {
		return pdftext.Run{X: 100, Y: y, W: 300, Size: 9, Font: "F", Text: text}
	}
	turned := func(x, y float64, text string) pdftext.Run {
		return pdftext.Run{X: x, Y: y, W: 400, Size: 8, Font: "F", Text: text, Rotated: true}
	}
	const stamp = "COMUNE DI AVELLA - ACL8JP1 - REG_UFF_PROT - 0006738 - Interno - 25/06/2025 - 09:25"
	a4 := func(n int, runs ...pdftext.Run) pdftext.Page {
		return pdftext.Page{Number: n, Width: 595, Height: 842, Runs: runs}
	}
	tests := []struct {
		name  string
		pages []pdftext.Page
		want  []int
	}{
		{"all text", []pdftext.Page{{Number: 1, Runs: []pdftext.Run{run("Oggetto")}}, {Number: 2, Runs: []pdftext.Run{run("2")}}}, nil},
		{"a scan between text pages", []pdftext.Page{{Number: 1, Runs: []pdftext.Run{run("a")}}, {Number: 2}, {Number: 3, Runs: []pdftext.Run{run("b")}}}, []int{2}},
		{"only blanks and punctuation", []pdftext.Page{{Number: 1, Runs: []pdftext.Run{run("  "), run("-"), run("\u00a0.")}}}, []int{1}},
		{"a damaged page is not a scan", []pdftext.Page{{Number: 1, Err: errors.New("bad stream")}}, nil},
		{"a scan stamped by the protocol and numbered", []pdftext.Page{a4(1, at(818, stamp), at(30, "1"))}, []int{1}},
		{"a scan stamped up both sides, turned a quarter",
			[]pdftext.Page{a4(1, turned(6, 250, stamp), turned(566, 160, stamp))}, []int{1}},
		{"level text near the left edge is the body", []pdftext.Page{a4(1, pdftext.Run{X: 20, Y: 420, W: 200, Size: 10, Text: "Oggetto"})}, nil},
		{"turned text in the middle is not a stamp", []pdftext.Page{a4(1, turned(300, 200, "BOZZA"))}, nil},
		{"a cover page: little text, in the middle", []pdftext.Page{a4(1, at(420, "PIANO DELLA PERFORMANCE"))}, nil},
		{"a page of text in the margins only is still text",
			[]pdftext.Page{a4(1, at(830, strings.Repeat("intestazione ", 10)), at(20, strings.Repeat("piè di pagina ", 10)))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PagesWithoutText(&pdftext.File{Pages: tt.pages}); !reflect.DeepEqual(got, tt.want) {
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
		_, file := readRealdata(t, tt.file)
		if got := PagesWithoutText(file); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: PagesWithoutText = %v, want %v", tt.file, got, tt.want)
		}
	}
}

// TestOCRScannedAttachment reads the scanned auditor's opinion with
// Tesseract and finds words that are printed on it.
func TestOCRScannedAttachment(t *testing.T) {
	requireOCR(t)
	data, file := readRealdata(t, scannedFile)
	textOf := func(n int) string {
		var lines []string
		for _, l := range file.Pages[n-1].Lines() {
			lines = append(lines, l.Text)
		}
		return strings.Join(lines, "\n")
	}
	if text := textOf(1); text != "" {
		t.Fatalf("page 1 has text before OCR: %q", text)
	}
	// Page 2 is read by extract's TestReadTextlessPagesOCR: one page each
	// halves the time.
	read, err := ReadPages(context.Background(), data, file, []int{1})
	if err != nil || !reflect.DeepEqual(read, []int{1}) {
		t.Fatalf("ReadPages = %v, %v; want page 1 read", read, err)
	}
	if font := file.Pages[0].Runs[0].Font; font != runFont {
		t.Errorf("OCR run in font %q, want %q", font, runFont)
	}
	if len(file.Pages[1].Runs) != 0 {
		t.Errorf("page 2, not asked for, has %d runs", len(file.Pages[1].Runs))
	}
	// The OCR words become positioned runs: a reader sees lines, top to
	// bottom, as on any PDF page.
	text := textOf(1)
	for _, want := range []string{"ORGANO DI REVISIONE", "Verbale n. 4 del 31/03/2026", "riaccertamento ordinario dei residui"} {
		if !strings.Contains(text, want) {
			t.Errorf("page 1 lines lack %q:\n%s", want, text)
		}
	}
}

func TestReadPagesErrors(t *testing.T) {
	requireOCR(t)
	empty := emptyPDF(595, 842)
	file, err := pdftext.Read(context.Background(), bytes.NewReader(empty), int64(len(empty)))
	if err != nil {
		t.Fatal(err)
	}
	read, err := ReadPages(context.Background(), empty, file, []int{2, 3})
	if read != nil || err == nil || !strings.Contains(err.Error(), "ocr page 2: pdftoppm") || !strings.Contains(err.Error(), "ocr page 3: pdftoppm") {
		t.Errorf("ReadPages(pages the file lacks) = %v, %v; want an error per page naming pdftoppm", read, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if read, err := ReadPages(ctx, empty, file, []int{1}); read != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("ReadPages(cancelled) = %v, %v; want context.Canceled", read, err)
	}
}

// TestParseTesseractTSV turns real Tesseract output (page 1 of the Milano
// fixture) into runs and compares the lines they make with a golden file
// (go test ./extract/ocr -run TestParseTesseractTSV -update rewrites it).
func TestParseTesseractTSV(t *testing.T) {
	tsv, err := os.ReadFile(filepath.Join("testdata", "ocr-delibera-2187-p1.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := parseTesseractTSV(tsv, renderDPI)
	if err != nil {
		t.Fatal(err)
	}
	if page.width < 590 || page.width > 600 || page.height < 837 || page.height > 847 {
		t.Errorf("page size %.1f×%.1f points, want A4 (595×842)", page.width, page.height)
	}
	var lines []string
	for _, l := range pdftext.GroupLines(1, page.runs) {
		lines = append(lines, l.Text)
	}
	got := strings.Join(lines, "\n") + "\n"
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

// TestOCRDashes: a dash alone between words, which Tesseract reads as an
// em dash as often as not, is the en dash Italian acts print; a dash in a
// word is left as read.
func TestOCRDashes(t *testing.T) {
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n" +
		"4\t1\t1\t1\t1\t0\t100\t100\t900\t40\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t100\t100\t200\t40\t95\tLavori\n" +
		"5\t1\t1\t1\t1\t2\t320\t100\t30\t40\t90\t—\n" +
		"5\t1\t1\t1\t1\t3\t370\t100\t300\t40\t95\tvariante—bis\n"
	page, err := parseTesseractTSV([]byte(tsv), renderDPI)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, r := range page.runs {
		words = append(words, r.Text)
	}
	if got, want := strings.Join(words, " "), "Lavori – variante—bis"; got != want {
		t.Errorf("words %q, want %q", got, want)
	}
}

// TestOCRWordsInvisible: Tesseract's words are marked as an OCR's, read
// over a page's image.
func TestOCRWordsInvisible(t *testing.T) {
	tsv, err := os.ReadFile(filepath.Join("testdata", "ocr-delibera-2187-p1.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := parseTesseractTSV(tsv, renderDPI)
	if err != nil || len(page.runs) == 0 {
		t.Fatalf("no words: %v", err)
	}
	for _, r := range page.runs {
		if !r.Invisible {
			t.Fatalf("%q not marked as an OCR's word", r.Text)
		}
	}
}

func TestParseTesseractTSVRejects(t *testing.T) {
	header := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
	tests := []struct{ name, tsv, want string }{
		{"short row", header + "5\t1\t1\n", "3 columns"},
		{"not a number", header + "5\t1\t1\t1\t1\t1\tx\t0\t10\t10\t90\tparola\n", "column 7"},
	}
	for _, tt := range tests {
		if _, err := parseTesseractTSV([]byte(tt.tsv), renderDPI); err == nil || !strings.Contains(err.Error(), tt.want) {
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
		page, err := parseTesseractTSV(tsv, renderDPI)
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
		if got := renderResolution(tt.long); got != tt.want {
			t.Errorf("renderResolution(%v) = %v, want %v", tt.long, got, tt.want)
		}
		if px := renderResolution(tt.long) * tt.long / 72; px > maxRenderPixels {
			t.Errorf("a %v-point page renders %v pixels long, over %d", tt.long, px, maxRenderPixels)
		}
	}
}

// emptyPDF builds a one-page PDF with an empty page of the given
// size, offsets and all, so that tests need no fixture for it.
func emptyPDF(width, height float64) []byte {
	return pdftexttest.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents 4 0 R >>", width, height),
		"<< /Length 0 >>\nstream\n\nendstream",
	})
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
	png, err := renderPage(context.Background(), dir, pdfPath, 1, renderResolution(14400))
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
	if cfg.Width > maxRenderPixels || cfg.Height > maxRenderPixels || cfg.Width < maxRenderPixels/2 {
		t.Errorf("rendered %d×%d pixels, want at most %d a side and not a thumbnail", cfg.Width, cfg.Height, maxRenderPixels)
	}
}
