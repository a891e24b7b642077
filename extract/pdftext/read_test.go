package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/openalbo/albo/extract/pdftext/pdftexttest"
	"github.com/openalbo/albo/internal/testenv"
)

// update rewrites the files under testdata/ that tests compare with.
var update = flag.Bool("update", false, "rewrite the files under testdata/ from their generators")

// fixtureBytes reads a file under the repository's testdata/.
func fixtureBytes(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// requireRealdata returns ../shared/realdata (see testenv.SharedDir).
func requireRealdata(t testing.TB) string {
	t.Helper()
	return testenv.SharedDir(t, "realdata")
}

func TestReadFixtures(t *testing.T) {
	tests := []struct {
		file     string
		pages    int
		producer string
		// a line that must appear on the given page, exactly
		page int
		line string
	}{
		{"delibera-2187-2019.pdf", 54, "LibreOffice", 30, "2019 2020"},
		{"delibera-2187-2019.pdf", 54, "LibreOffice", 30, "Obiettivi di Direzione"},
		{"delibera-2187-2019.pdf", 54, "LibreOffice", 30, "sedute del Consiglio comunale e della notifica del programma"},
		{"delibera-1098-2019.pdf", 48, "LibreOffice", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.line, func(t *testing.T) {
			data := fixtureBytes(t, tt.file)
			doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Pages) != tt.pages {
				t.Errorf("pages = %d, want %d", len(doc.Pages), tt.pages)
			}
			if !strings.HasPrefix(doc.Producer, tt.producer) {
				t.Errorf("producer = %q, want prefix %q", doc.Producer, tt.producer)
			}
			for _, p := range doc.Pages {
				if p.Err != nil {
					t.Errorf("page %d: %v", p.Number, p.Err)
				}
				if len(p.Runs) == 0 {
					t.Errorf("page %d: no text", p.Number)
				}
			}
			if tt.page == 0 {
				return
			}
			var got []string
			for _, l := range doc.Pages[tt.page-1].Lines() {
				if l.Text == tt.line {
					return
				}
				got = append(got, l.Text)
			}
			t.Errorf("page %d has no line %q; lines:\n%s", tt.page, tt.line, strings.Join(got, "\n"))
		})
	}
}

// TestReadMalformed: every damaged copy either reads (what can be read)
// or fails with a reason, never panics.
func TestReadMalformed(t *testing.T) {
	tests := []struct {
		file       string
		wantErr    string // substring of the error; "" when the file reads
		brokenFrom int    // pages from this one on may be broken (0: none)
		repaired   bool
		warning    string // substring of the one warning, if any
	}{
		{file: "delibera-2187-2019-pdf-2.0-header.pdf"},
		// Cut inside the startxref offset: only a rebuild reads it.
		{file: "delibera-2187-2019-no-eof.pdf", repaired: true, warning: "rebuilt"},
		{file: "delibera-2187-2019-zeroed-middle.pdf", brokenFrom: 2},
		{file: "delibera-2187-2019-half.pdf", wantErr: "no document catalog"},
		{file: "delibera-2187-2019-half+tail.pdf", wantErr: "no document catalog"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data := fixtureBytes(t, filepath.Join("malformed", tt.file))
			doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Repaired != tt.repaired || !(len(doc.Warnings) == 0 && tt.warning == "" ||
				len(doc.Warnings) == 1 && strings.Contains(doc.Warnings[0], tt.warning)) {
				t.Errorf("Repaired = %v, warnings %q; want %v, warning %q", doc.Repaired, doc.Warnings, tt.repaired, tt.warning)
			}
			broken := 0
			for _, p := range doc.Pages {
				if p.Err == nil {
					continue
				}
				broken++
				if tt.brokenFrom == 0 || p.Number < tt.brokenFrom {
					t.Errorf("page %d: %v", p.Number, p.Err)
				}
				if !strings.Contains(p.Err.Error(), "damaged") {
					t.Errorf("page %d: error %q does not say what is damaged", p.Number, p.Err)
				}
			}
			if tt.brokenFrom > 0 && (broken == 0 || broken == len(doc.Pages)) {
				t.Errorf("%d of %d pages broken, want some but not all", broken, len(doc.Pages))
			}
		})
	}
}

// TestReadCutFiles: a file cut before its end is read from what is
// left; its warnings say what was repaired. Word's files keep their
// objects in object streams, which only their cross-reference stream
// finds, so a missing %%EOF must not send them to the rebuild by scanning.
func TestReadCutFiles(t *testing.T) {
	word, err := os.ReadFile(filepath.Join(requireRealdata(t), "pietroscik_delibere-comunali", "Delibera_37__5362_Piano_delle_performance_Comune_di_A2026_2.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	libre := fixtureBytes(t, "delibera-2187-2019.pdf")
	cutEOF := func(data []byte) []byte {
		i := bytes.LastIndex(data, []byte("%%EOF"))
		return data[:i]
	}
	// The last object and the xref table of the LibreOffice fixture, cut.
	cutTable := func(data []byte) []byte {
		i := bytes.LastIndex(data, []byte("xref"))
		return data[:i-10]
	}
	tests := []struct {
		name     string
		data     []byte
		pages    int
		repaired bool
		warning  string
	}{
		{"Word, no %%EOF", cutEOF(word), 13, false, "without %%EOF"},
		{"LibreOffice, no table", cutTable(libre), 54, true, "rebuilt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(context.Background(), bytes.NewReader(tt.data), int64(len(tt.data)))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Pages) != tt.pages || doc.Repaired != tt.repaired || len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], tt.warning) {
				t.Errorf("%d pages, repaired %v, warnings %q; want %d, %v, %q", len(doc.Pages), doc.Repaired, doc.Warnings, tt.pages, tt.repaired, tt.warning)
			}
		})
	}
}

func TestReadRefuses(t *testing.T) {
	pdfBytes := fixtureBytes(t, "delibera-2187-2019.pdf")
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotPDF},
		{"html", []byte("<!DOCTYPE html><html><body>Albo</body></html>"), ErrNotPDF},
		{"encrypted", pdftexttest.Encrypted(), ErrEncrypted},
		{"header only", pdfBytes[:9], nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(context.Background(), bytes.NewReader(tt.data), int64(len(tt.data)))
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestReadContext(t *testing.T) {
	data := fixtureBytes(t, "delibera-2187-2019.pdf")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, bytes.NewReader(data), int64(len(data))); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestLines(t *testing.T) {
	run := func(x, y, w float64, text string) Run {
		return Run{X: x, Y: y, W: w, Size: 10, Text: text}
	}
	tests := []struct {
		name string
		runs []Run
		want []string
	}{
		{"stream order differs from reading order",
			[]Run{run(100, 700, 30, "world"), run(10, 700, 40, "hello"), run(10, 680, 20, "next")},
			[]string{"hello world", "next"}},
		{"touching runs join without a space",
			[]Run{run(10, 700, 20, "Obiet"), run(30, 700, 20, "tivi")},
			[]string{"Obiettivi"}},
		{"baseline within tolerance",
			[]Run{run(10, 700, 20, "5"), run(31, 702, 10, "^"), run(45, 700, 10, "incontro")},
			[]string{"5^ incontro"}},
		{"white space collapsed",
			[]Run{run(10, 700, 60, "  a   b  ")},
			[]string{"a b"}},
		{"letter-spaced glyphs make one word",
			[]Run{run(10, 700, 6, "2"), run(19, 700, 6, "0"), run(28, 700, 6, "1"), run(37, 700, 6, "9"),
				run(60, 700, 6, "2"), run(69, 700, 6, "0")},
			[]string{"2019 20"}},
		{"glyph by glyph, touching letters and a word gap",
			[]Run{run(10, 700, 6, "d"), run(16, 700, 6, "i"), run(25, 700, 6, "c"), run(31, 700, 6, "a")},
			[]string{"di ca"}},
		{"distinct baselines",
			[]Run{run(10, 700, 20, "one"), run(10, 695, 20, "two")},
			[]string{"one", "two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range (Page{Runs: tt.runs}).Lines() {
				got = append(got, l.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestUnfoldLigatures(t *testing.T) {
	for in, want := range map[string]string{
		"ef\uFB01cienza": "efficienza",
		"\uFB02usso":     "flusso",
		"a\uFB00etto":    "affetto",
		"città…":         "città…",
	} {
		if got := unfoldLigatures(in); got != want {
			t.Errorf("unfoldLigatures(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReadOperators checks the text positioning of the content-stream
// interpreter on hand-written streams.
func TestReadOperators(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    []string // lines, top to bottom
	}{
		{"Tj and Td", "BT /F1 10 Tf 72 700 Td (Piano) Tj 0 -12 Td (Obiettivi) Tj ET", []string{"Piano", "Obiettivi"}},
		{"TJ gap wider than a quarter em is a space", "BT /F1 10 Tf 72 700 Td [(Obiettivi) -300 (di) 20 (Direzione)] TJ ET", []string{"Obiettivi diDirezione"}},
		{"runs in reverse stream order", "BT /F1 10 Tf 300 700 Td (mondo) Tj -228 0 Td (ciao) Tj ET", []string{"ciao mondo"}},
		{"text matrix and leading", "BT /F1 10 Tf 12 TL 1 0 0 1 72 700 Tm (uno) Tj T* (due) Tj (tre) ' ET", []string{"uno", "due", "tre"}},
		{"cm scales positions and size", "q 2 0 0 2 0 0 cm BT /F1 5 Tf 36 350 Td (scalato) Tj ET Q", []string{"scalato"}},
		{"a missing font keeps the text", "BT /F9 10 Tf 72 700 Td (senza) Tj ET", []string{"senza"}},
		{"a stamp up the margin is no line", "BT /F1 10 Tf 72 700 Td (testo) Tj ET BT /F1 8 Tf 0 1 -1 0 20 100 Tm (Firmato digitalmente) Tj ET", []string{"testo"}},
		// Tc outlives ET: the heading's spacing is still set for the glyphs
		// placed one by one after it, and is none of their width
		{"spacing left set after the last glyph is no part of it", "BT /F1 10 Tf 5 Tc 72 720 Td (TITOLO) Tj ET BT /F1 10 Tf 1 0 0 1 72 700 Tm (d) Tj ET BT 1 0 0 1 77.56 700 Tm (i) Tj ET BT 1 0 0 1 82.56 700 Tm (s) Tj ET BT 1 0 0 1 87.56 700 Tm (e) Tj ET BT 1 0 0 1 93.12 700 Tm (i) Tj ET", []string{"TITOLO", "di sei"}},
		{"an unbalanced Q is ignored", "Q Q BT /F1 10 Tf 72 700 Td (ok) Tj ET", []string{"ok"}},
		// Helvetica named without /Widths: its own widths, not half an em a glyph
		{"a standard font's widths", "BT /F1 10 Tf 62 700 Td (il) Tj 8.4 0 Td (giorno) Tj 31.5 0 Td (22) Tj ET", []string{"il giorno 22"}},
		{"a footnote's call raised after a word is no word of the line", "BT /F1 11 Tf 72 700 Td (il Segretario Avv. Giovanna Di Lorenzo.) Tj ET BT /F1 6.4 Tf 290 704.3 Td (1) Tj ET BT /F1 11 Tf 72 686 Td (Il Presidente) Tj ET", []string{"il Segretario Avv. Giovanna Di Lorenzo.", "Il Presidente"}},
		{"a small caption above a line is its own line", "BT /F1 11 Tf 72 700 Td (Comune di Borgo) Tj ET BT /F1 6.4 Tf 200 704.3 Td (Originale) Tj ET", []string{"Originale", "Comune di Borgo"}},
		// ReportLab's bullet: a code WinAnsiEncoding leaves unused
		{"WinAnsi's unused codes are bullets", "BT /F1 10 Tf 72 700 Td (\\177 di approvare) Tj 0 -12 Td (\\201 \\215 \\217 \\220 \\235 \\225) Tj ET", []string{"• di approvare", "• • • • • •"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range onePageLines(t, tt.content) {
				got = append(got, l.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
	data := pdftexttest.OnePage("q 2 0 0 2 0 0 cm BT /F1 5 Tf 36 350 Td (scalato) Tj ET Q")
	doc, _ := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if r := doc.Pages[0].Runs[0]; r.X != 72 || r.Y != 700 || r.Size != 10 || r.W <= 0 {
		t.Errorf("scaled run = %+v, want X 72, Y 700, size 10 and a width", r)
	}
}

// TestReadRealData reads every real PDF of other municipalities (other
// producers: iText, Word, Aspose, DevExpress) and compares its words with
// what pdftotext reads from the same file.
func TestReadRealData(t *testing.T) {
	dir := requireRealdata(t)
	pdftotext := testenv.Tool(t, "pdftotext", "Debian: poppler-utils")
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("%PDF-")) {
			continue
		}
		checked++
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			var ours strings.Builder
			for _, p := range doc.Pages {
				if p.Err != nil {
					t.Errorf("page %d: %v", p.Number, p.Err)
				}
				for _, l := range p.Lines() {
					ours.WriteString(l.Text + "\n")
				}
			}
			out, err := exec.Command(pdftotext, path, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			recall, precision := wordAgreement(ours.String(), string(out))
			t.Logf("words: recall %.3f, precision %.3f against pdftotext", recall, precision)
			if recall < 0.99 || precision < 0.99 {
				t.Errorf("words: recall %.3f, precision %.3f against pdftotext, want >= 0.99", recall, precision)
			}
		})
	}
	if checked == 0 {
		t.Errorf("no PDF under %s", dir)
	}
}

// wordAgreement compares the words of got with those of want as
// multisets. Two empty texts (a scan) agree fully.
func wordAgreement(got, want string) (recall, precision float64) {
	words := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w]++
		}
		return m
	}
	g, w := words(got), words(want)
	common, totalG, totalW := 0, 0, 0
	for k, n := range w {
		common += min(n, g[k])
		totalW += n
	}
	for _, n := range g {
		totalG += n
	}
	if totalW == 0 && totalG == 0 {
		return 1, 1
	}
	return float64(common) / float64(max(totalW, 1)), float64(common) / float64(max(totalG, 1))
}

// TestReadRotatedPage: a page turned by /Rotate reads in the displayed
// frame, so a landscape slide stored as a rotated portrait page has its
// rows across the page.
func TestReadRotatedPage(t *testing.T) {
	// Drawn on a portrait page running up the page, displayed turned a
	// quarter clockwise: left to right, "alto" above "basso".
	content := "BT /F1 10 Tf 0 1 -1 0 280 100 Tm (alto) Tj 0 1 -1 0 300 100 Tm (basso) Tj ET"
	tests := []struct {
		rotate string
		want   []string
		width  float64
	}{
		{"/Rotate 90", []string{"alto", "basso"}, 792},
		{"/Rotate -270", []string{"alto", "basso"}, 792},
	}
	for _, tt := range tests {
		data := pdftexttest.OnePageWith(tt.rotate, content)
		doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		p := doc.Pages[0]
		var got []string
		for _, l := range p.Lines() {
			got = append(got, l.Text)
		}
		if !slices.Equal(got, tt.want) || p.Width != tt.width {
			t.Errorf("%s: lines %q, width %v; want %q, %v", tt.rotate, got, p.Width, tt.want, tt.width)
		}
	}
}

func TestContentLexer(t *testing.T) {
	// describe renders the tokens of a stream: operators bare, numbers as
	// %g, names with a slash, strings quoted, arrays bracketed, others "?".
	var describe func(ops []operand) string
	describe = func(ops []operand) string {
		var parts []string
		for _, o := range ops {
			switch o.kind {
			case operandNumber:
				parts = append(parts, strconv.FormatFloat(o.num, 'g', -1, 64))
			case operandName:
				parts = append(parts, "/"+o.str)
			case operandString:
				parts = append(parts, strconv.Quote(o.str))
			case operandArray:
				parts = append(parts, "["+describe(o.arr)+"]")
			default:
				parts = append(parts, "?")
			}
		}
		return strings.Join(parts, " ")
	}
	tests := []struct {
		stream string
		want   string
	}{
		{"BT /F1 9.5 Tf 1 0 0 -1 .5 -3. Tm ET", "BT | /F1 9.5 Tf | 1 0 0 -1 0.5 -3 Tm | ET"},
		{`(a\(b\)c \\ \101\61 \x) Tj`, `"a(b)c \\ A1 x" Tj`},
		{"(nested (brackets) kept) Tj", `"nested (brackets) kept" Tj`},
		{"(line\\\ncontinued) Tj", `"linecontinued" Tj`},
		{"<48 65 6c6C 6f 7> Tj", `"Hellop" Tj`},
		{"[(A) -250 (B) 12.5 [1 2]] TJ", `[“A” -250 “B” 12.5 [1 2]] TJ`},
		{"/Name#20With#2fHex /P <</MCID 0 /Alt (a >> b)>> BDC", "/Name With/Hex /P ? BDC"},
		{"% a comment\n1 g % another\nq", "1 g | q"},
		{"BI /W 2 /H 2 ID \x00EI\xff\x01 EI Q", "Q"},
		{"true false null 5 d0", "? ? ? 5 d0"},
		{"--5 1.2.3 ) ] } 7 w", "-5 1.23 7 w"},
		{"(unterminated", `"unterminated"`},
	}
	for _, tt := range tests {
		lx := contentLexer{data: []byte(tt.stream)}
		var got []string
		var pending []operand
		for {
			tok, op, ok := lx.next()
			if !ok {
				break
			}
			if op == nil {
				// Copy arrays out of the lexer's scratch buffer.
				tok.arr = slices.Clone(tok.arr)
				pending = append(pending, tok)
				continue
			}
			got = append(got, strings.TrimSpace(describe(pending)+" "+string(op)))
			pending = nil
		}
		if len(pending) > 0 {
			got = append(got, describe(pending))
		}
		want := strings.NewReplacer("“", `"`, "”", `"`).Replace(tt.want)
		if g := strings.Join(got, " | "); g != want {
			t.Errorf("%q:\n got %s\nwant %s", tt.stream, g, want)
		}
	}
}

// TestLinesFollowRuns: the lines Read keeps for a page follow its runs
// when they are replaced (OCR gives a scanned page its runs).
// TestPageRunsInReadingOrder: a page read keeps its runs in the order
// of its lines, rotated runs last, each run once (the lines' runs are
// pieces of the page's), and no page shares runs with another though
// they were drawn into the same scratch; GroupLines leaves its input as
// it is.
func TestPageRunsInReadingOrder(t *testing.T) {
	// Drawn bottom line first, right to left, with a rotated stamp between.
	page := "BT /F1 10 Tf 1 0 0 1 300 600 Tm (d) Tj 1 0 0 1 72 600 Tm (c) Tj " +
		"0 1 -1 0 30 400 Tm (timbro) Tj " +
		"1 0 0 1 300 700 Tm (b) Tj 1 0 0 1 72 700 Tm (a) Tj ET"
	data := pdftexttest.Pages(page, "BT /F1 10 Tf 72 700 Td (altra) Tj ET")
	doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	texts := runTexts(doc.Pages[0].Runs)
	if want := []string{"a", "b", "c", "d", "timbro"}; !slices.Equal(texts, want) {
		t.Fatalf("runs %q, want %q", texts, want)
	}
	runs := doc.Pages[0].Runs
	k := 0
	for _, l := range doc.Pages[0].Lines() {
		for i := range l.Runs {
			if &l.Runs[i] != &runs[k] {
				t.Fatalf("line %q: run %d is a copy, not the page's run %d", l.Text, i, k)
			}
			k++
		}
	}
	if k != len(runs)-1 {
		t.Errorf("the lines hold %d runs, want all but the rotated one of %d", k, len(runs))
	}
	other := doc.Pages[1].Runs
	if len(other) != 1 || other[0].Text != "altra" || cap(runs) != len(runs) || cap(other) != len(other) {
		t.Errorf("page 2 runs %+v (cap %d), page 1 cap %d of %d: want pages of their own, each at its size", other, cap(other), cap(runs), len(runs))
	}

	input := slices.Clone(runs)
	slices.Reverse(input)
	before := slices.Clone(input)
	lines := GroupLines(1, input)
	if !slices.Equal(input, before) || len(lines) != 2 || lines[0].Text != "a b" || &lines[0].Runs[0] == &input[len(input)-1] {
		t.Errorf("GroupLines: input changed or shared, or lines %+v", lines)
	}
}

func TestLinesFollowRuns(t *testing.T) {
	data := pdftexttest.OnePage("BT /F1 10 Tf 72 700 Td (prima) Tj ET")
	doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Pages[0].Lines(); len(got) != 1 || got[0].Text != "prima" {
		t.Fatalf("lines %+v", got)
	}
	got := doc.Pages[0].Lines()
	got[0].Text = "changed by a caller"
	if again := doc.Pages[0].Lines(); again[0].Text != "prima" {
		t.Errorf("a caller's change reached the next caller: %q", again[0].Text)
	}
	doc.Pages[0].Runs = []Run{{X: 10, Y: 10, W: 20, Size: 10, Text: "dopo"}}
	if got := doc.Pages[0].Lines(); len(got) != 1 || got[0].Text != "dopo" {
		t.Errorf("lines after new runs: %+v", got)
	}
}

func TestCollapseSpace(t *testing.T) {
	for in, want := range map[string]string{
		"":              "",
		"a":             "a",
		" a  b\t\nc ":   "a b c",
		"già fatto":     "già fatto",
		"\u00a0x\u00a0": "x",
		"uno  due":      "uno due",
		"fine ":         "fine",
	} {
		if got := CollapseSpace(in); got != want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

// pagesPDF builds a PDF of one page per content stream, each stream
// deflated (a compression bomb stays small on disk). extraObjects are
// appended after the pages, numbered from 3+2*len(contents)+1 on.
func pagesPDF(t testing.TB, contents []string, pageEntries string, extraObjects ...string) []byte {
	t.Helper()
	objects := []string{"<</Type/Catalog/Pages 2 0 R>>", ""}
	fontObj := 3
	objects = append(objects, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
	var kids strings.Builder
	for _, content := range contents {
		pageID := len(objects) + 1
		fmt.Fprintf(&kids, "%d 0 R ", pageID)
		objects = append(objects,
			fmt.Sprintf("<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 %d 0 R>>%s>>/Contents %d 0 R>>", fontObj, pageEntries, pageID+1),
			deflatedStream(t, "", content))
	}
	objects[1] = fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d/MediaBox[0 0 612 792]>>", kids.String(), len(contents))
	return pdftexttest.Assemble(append(objects, extraObjects...))
}

// deflatedStream is a stream object of content, deflated, with more
// dictionary entries.
func deflatedStream(t testing.TB, entries, content string) string {
	t.Helper()
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	if _, err := w.Write([]byte(content)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("<</Length %d/Filter/FlateDecode%s>>\nstream\n%s\nendstream", z.Len(), entries, z.String())
}

// runs is a content stream of n one-line runs.
func runs(n int) string {
	return "BT /F1 10 Tf 72 720 Td\n" + strings.Repeat("(aaaaaaaa) Tj 0 -1 Td\n", n) + "ET"
}

// TestReadPageLimits: a page over a limit is reported in its Page.Err
// and not read, while the other pages of the file are.
func TestReadPageLimits(t *testing.T) {
	const normal = "BT /F1 12 Tf 72 720 Td (Comune di Milano) Tj ET"
	// A Form XObject of 1 MiB of white space, drawn more times than the
	// page's content budget allows.
	formEntries := "/XObject<</Fm1 8 0 R>>" // after two pages
	formStream := deflatedStream(t, "/Type/XObject/Subtype/Form/BBox[0 0 612 792]", strings.Repeat(" ", 1<<20))
	tests := []struct {
		name     string
		data     []byte
		wantErr  string // Page.Err of page 1
		wantRuns int    // runs of page 1
	}{
		{"runs at the cap", pagesPDF(t, []string{runs(maxPageRuns), normal}, ""), "", maxPageRuns},
		{"runs over the cap", pagesPDF(t, []string{runs(maxPageRuns + 1), normal}, ""),
			fmt.Sprintf("over the %d-run limit", maxPageRuns), 0},
		{"compression bomb", pagesPDF(t, []string{strings.Repeat(" ", 4*maxPageContent), normal}, ""),
			"content over the 16 MiB limit", 0},
		{"form drawn past the budget", pagesPDF(t, []string{strings.Repeat("/Fm1 Do ", maxPageContent>>20+1), normal}, formEntries, formStream),
			"content over the 16 MiB limit", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(context.Background(), bytes.NewReader(tt.data), int64(len(tt.data)))
			if err != nil {
				t.Fatal(err)
			}
			first, second := doc.Pages[0], doc.Pages[1]
			if tt.wantErr == "" && first.Err != nil || tt.wantErr != "" && (first.Err == nil || first.Err.Error() != tt.wantErr) {
				t.Errorf("page 1: err = %v, want %q", first.Err, tt.wantErr)
			}
			if tt.wantErr != "" && !errors.Is(first.Err, errLimit) {
				t.Errorf("page 1: err = %v, not a limit", first.Err)
			}
			if len(first.Runs) != tt.wantRuns {
				t.Errorf("page 1: %d runs, want %d", len(first.Runs), tt.wantRuns)
			}
			if second.Err != nil || len(second.Runs) != 1 || second.Runs[0].Text != "Comune di Milano" {
				t.Errorf("page 2: err %v, runs %+v", second.Err, second.Runs)
			}
		})
	}
}

// TestReadMaxPages: the page limit stops the page tree walk, before any
// page is read.
func TestReadMaxPages(t *testing.T) {
	// A page tree listing one page a hundred thousand times.
	const listed = 100_000
	objects := []string{
		"<</Type/Catalog/Pages 2 0 R>>",
		fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d/MediaBox[0 0 612 792]>>", strings.Repeat("3 0 R ", listed), listed),
		"<</Type/Page/Parent 2 0 R/Contents 4 0 R>>",
		"<</Length 0>>\nstream\n\nendstream",
	}
	data := pdftexttest.Assemble(objects)
	tests := []struct {
		name     string
		maxPages int
		wantErr  error
	}{
		{"under the limit", listed, nil},
		{"over the limit", 2000, ErrTooLarge},
		{"one over", listed - 1, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reader, err := newReader(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			refs, err := pageRefs(context.Background(), reader, tt.maxPages)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			wantWalked := listed
			if tt.wantErr != nil {
				wantWalked = tt.maxPages + 1
			}
			if len(refs) != wantWalked {
				t.Errorf("walked %d pages, want %d", len(refs), wantWalked)
			}
		})
	}
	_, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), WithMaxPages(2000))
	if !errors.Is(err, ErrTooLarge) || err.Error() != "file too large: more than 2000 pages" {
		t.Errorf("Read: err = %v, want ErrTooLarge", err)
	}
}

// cancelAfter is a context whose Err turns to context.Canceled after its
// first calls: it shows how soon a loop looks at ctx, by counting.
type cancelAfter struct {
	context.Context
	mu    sync.Mutex
	calls int
}

func (c *cancelAfter) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls--
	if c.calls < 0 {
		return context.Canceled
	}
	return nil
}

// TestReadCancelStopsWork: the tokenizer, the decompression and the
// page tree walk each stop soon after ctx ends, not at their end.
func TestReadCancelStopsWork(t *testing.T) {
	const total = 20_000
	canceled := func() *cancelAfter { return &cancelAfter{Context: context.Background(), calls: 1} }
	open := func(t *testing.T, data []byte) []pageRef {
		t.Helper()
		reader, err := newReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		refs, err := pageRefs(context.Background(), reader, 0)
		if err != nil {
			t.Fatal(err)
		}
		return refs
	}
	t.Run("tokenizer", func(t *testing.T) {
		refs := open(t, pagesPDF(t, []string{runs(total)}, ""))
		// Let the decompression finish: count the looks it takes at ctx.
		const plenty = 1 << 30
		counter := &cancelAfter{Context: context.Background(), calls: plenty}
		if _, err := readContent(counter, refs[0].v.Key("Contents"), maxPageContent, new(bytes.Buffer)); err != nil {
			t.Fatal(err)
		}
		page := readPage(&cancelAfter{Context: context.Background(), calls: plenty - counter.calls}, refs[0], 1, newDocReading())
		if !errors.Is(page.Err, context.Canceled) || len(page.Runs) >= total {
			t.Errorf("err %v after %d of %d runs", page.Err, len(page.Runs), total)
		}
	})
	t.Run("decompression", func(t *testing.T) {
		size := maxPageContent / 2
		refs := open(t, pagesPDF(t, []string{strings.Repeat(" ", size)}, ""))
		data, err := readContent(canceled(), refs[0].v.Key("Contents"), maxPageContent, new(bytes.Buffer))
		if !errors.Is(err, context.Canceled) || len(data) >= size {
			t.Errorf("err %v after %d of %d bytes", err, len(data), size)
		}
	})
	t.Run("page tree", func(t *testing.T) {
		data := pdftexttest.Assemble([]string{
			"<</Type/Catalog/Pages 2 0 R>>",
			fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", strings.Repeat("3 0 R ", total), total),
			"<</Type/Page/Parent 2 0 R>>",
		})
		reader, err := newReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		refs, err := pageRefs(canceled(), reader, 0)
		if !errors.Is(err, context.Canceled) || len(refs) >= total {
			t.Errorf("err %v after %d of %d pages", err, len(refs), total)
		}
	})
}

// TestReadMessages: refusals say what is wrong once, in words a reader
// of the failure list understands.
func TestReadMessages(t *testing.T) {
	tests := []struct {
		name    string
		data    []byte
		want    string
		wantNot string
	}{
		{"header cut", []byte("%PDF-"), "truncated", "no %PDF- header"},
		{"header cut in the version", []byte("%PDF-1"), "truncated", "no %PDF- header"},
		{"not a PDF", []byte("%!PS-Adobe"), "no %PDF- header", "truncated"},
		{"encrypted", pdftexttest.Encrypted(), "encrypted PDF: invalid password", "encrypted PDF: encrypted PDF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(context.Background(), bytes.NewReader(tt.data), int64(len(tt.data)))
			if err == nil {
				t.Fatal("no error")
			}
			if msg := err.Error(); !strings.Contains(msg, tt.want) || strings.Contains(msg, tt.wantNot) {
				t.Errorf("err = %q, want %q and not %q", msg, tt.want, tt.wantNot)
			}
		})
	}
}

// TestReadDocumentRunLimit: pages each under the page cap cannot add
// up to more runs than the document cap; the pages past it say so.
func TestReadDocumentRunLimit(t *testing.T) {
	pages := maxDocumentRuns/maxPageRuns + 1
	contents := make([]string, pages)
	for i := range contents {
		contents[i] = runs(maxPageRuns)
	}
	data := pagesPDF(t, contents, "")
	doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	kept, over := 0, 0
	for _, p := range doc.Pages {
		kept += len(p.Runs)
		switch {
		case p.Err == nil:
		case p.Err.Error() == fmt.Sprintf("document over the %d-run limit", maxDocumentRuns):
			over++
		default:
			t.Errorf("page %d: %v", p.Number, p.Err)
		}
	}
	if kept > maxDocumentRuns || over == 0 {
		t.Errorf("%d runs kept, %d pages over the limit; want at most %d runs and a page over", kept, over, maxDocumentRuns)
	}
}

// TestGlyphsContinueRuns checks that glyphs drawn one by one, each where
// the last ended, make one run, as the word drawn whole does, and that
// anything else starts a new run.
func TestGlyphsContinueRuns(t *testing.T) {
	word := func(s string) string { // each letter in its own Tj
		var b strings.Builder
		for _, r := range s {
			fmt.Fprintf(&b, "(%c) Tj ", r)
		}
		return b.String()
	}
	tests := []struct {
		name    string
		content string
		want    []string // the page's runs, in reading order
	}{
		{"glyph by glyph", word("ciao"), []string{"ciao"}},
		{"a word continued by a glyph", "(cia) Tj (o) Tj", []string{"ciao"}},
		{"a gap starts a run", word("ci") + "[-300] TJ " + word("ao"), []string{"ci", "ao"}},
		{"another size starts a run", "(c) Tj /F1 12 Tf (i) Tj", []string{"c", "i"}},
		{"another baseline starts a run", "(c) Tj 2 Ts (i) Tj", []string{"c", "i"}},
		{"a glyph drawn back over starts a run", "(c) Tj -20 0 Td (i) Tj", []string{"i", "c"}}, // the i left of the c: runs are in reading order
		{"a long line is cut", word(strings.Repeat("x", maxJoinedRun+10)), []string{strings.Repeat("x", maxJoinedRun), strings.Repeat("x", 10)}},
		{"spaces drawn as glyphs part words", word("ci ao"), []string{"ci", "ao"}},
		{"glyphs drawn one by one with character spacing", "3 Tc " + word("ciao"), []string{"ciao"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := pdftexttest.OnePage("BT /F1 10 Tf 72 700 Td " + tt.content + " ET")
			doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if got := runTexts(doc.Pages[0].Runs); !slices.Equal(got, tt.want) {
				t.Errorf("runs %q, want %q", got, tt.want)
			}
		})
	}
	whole := pdftexttest.OnePage("BT /F1 10 Tf 72 700 Td (ciao) Tj ET")
	glyphs := pdftexttest.OnePage("BT /F1 10 Tf 72 700 Td " + word("ciao") + " ET")
	a, _ := Read(context.Background(), bytes.NewReader(whole), int64(len(whole)))
	b, _ := Read(context.Background(), bytes.NewReader(glyphs), int64(len(glyphs)))
	if ra, rb := a.Pages[0].Runs[0], b.Pages[0].Runs[0]; ra.X != rb.X || ra.Y != rb.Y || math.Abs(ra.W-rb.W) > 1e-9 || ra.Size != rb.Size {
		t.Errorf("glyph by glyph %+v, drawn whole %+v: want the same place and width", rb, ra)
	}
}

// runTexts are the texts of runs, in their order.
func runTexts(runs []Run) []string {
	var texts []string
	for _, r := range runs {
		texts = append(texts, r.Text)
	}
	return texts
}

// TestTJCellJump: a TJ adjustment wider than cellJump ems moves to another
// cell of a row drawn in one TJ (Ghostscript's printed pages) and starts a
// run there, where the text is drawn; a word gap does not.
func TestTJCellJump(t *testing.T) {
	data := pdftexttest.OnePage("BT /F1 10 Tf 72 700 Td [(Assessore) -2000 (LO) -300 (IACONO) -15000 (X)] TJ ET")
	doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	runs := doc.Pages[0].Runs
	var texts []string
	for _, r := range runs {
		texts = append(texts, r.Text)
	}
	if len(runs) != 3 || texts[0] != "Assessore" || texts[1] != "LO IACONO" || texts[2] != "X" {
		t.Fatalf("runs %q, want Assessore, LO IACONO, X", texts)
	}
	if got, want := runs[1].X, runs[0].X+runs[0].W+20; math.Abs(got-want) > 0.01 {
		t.Errorf("second cell at %.2f, want %.2f", got, want)
	}
	if got, want := runs[2].X, runs[1].X+runs[1].W+150; math.Abs(got-want) > 0.01 {
		t.Errorf("third cell at %.2f, want %.2f", got, want)
	}
	if l := doc.Pages[0].Lines(); len(l) != 1 || l[0].Text != "Assessore LO IACONO X" {
		t.Errorf("lines %+v, want one: Assessore LO IACONO X", l)
	}
}

// TestTJTableColumns: pdflatex draws a table's row in one TJ, its columns
// parted by glue a little over an em: each column a run of its own, where
// it is drawn, as a justified line's widest word gap is not.
func TestTJTableColumns(t *testing.T) {
	tests := []struct {
		content string
		want    []string
	}{
		{"BT /F1 10 Tf 72 700 Td [(9) -700 (Marrazzo Elisa) -1200 (P)] TJ ET", []string{"9 Marrazzo Elisa", "P"}},
		{"BT /F1 10 Tf 72 700 Td [(di) -650 (approvare) -700 (il)] TJ ET", []string{"di approvare il"}},
	}
	for _, tt := range tests {
		data := pdftexttest.OnePage(tt.content)
		doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, r := range doc.Pages[0].Runs {
			texts = append(texts, r.Text)
		}
		if !slices.Equal(texts, tt.want) {
			t.Errorf("%s: runs %q, want %q", tt.content, texts, tt.want)
		}
	}
}

// TestTJWordGaps: a TJ adjustment is a space between words past a sixth
// of an em, as TeX sets a justified line's spaces; in a heading spaced
// letter by letter, past half again the gaps between its letters.
func TestTJWordGaps(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"a justified line's spaces", "BT /F1 10 Tf 72 700 Td [(di) -222 (dare) -199 (atto) -250 (che) -167 (il)] TJ ET", "di dare atto che il"},
		{"kerning inside words", "BT /F1 10 Tf 72 700 Td [(A) -80 (VVISO) 15 (PUB) -30 (BLICO)] TJ ET", "AVVISOPUBBLICO"},
		{"a heading spaced letter by letter", "BT /F1 10 Tf 72 700 Td [(A) -180 (V) -204 (V) -180 (I) -180 (S) -180 (O) -430 (P) -229 (U) -180 (B)] TJ ET", "AVVISO PUB"},
		{"a move before the first string places it", "BT /F1 10 Tf 72 700 Td (Vista) Tj [-316 (la deliberazione)] TJ ET", "Vista la deliberazione"}, // TCPDF's bold label, then its text
		{"a kern before the first string", "BT /F1 10 Tf 72 700 Td (Vist) Tj [-20 (a)] TJ ET", "Vista"},
		// TeX kerns a word's letters each in a string of its own: no
		// heading spaced letter by letter (ConTeXt's table cells).
		{"letters kerned one by one", "BT /F1 10 Tf 72 700 Td [(1) -999 (G) 1 (I) 1 (A) 1 (N) -248 (M) 1 (I) 1 (R) 1 (C) 1 (O)] TJ ET", "1 GIAN MIRCO"},
		// groff justifies a line with character spacing on the pair of
		// glyphs around a space: "(alle or) (e2) (1:00)" at 2.75 Tc.
		{"a word gap drawn by character spacing on a glyph pair", "BT /F1 11 Tf 72 700 Td (alle or) Tj 2.75 Tc 29.953 0 Td (e2) Tj 0 Tc 14.982 0 Td (1:00) Tj ET", "alle ore 21:00"},
		{"one-letter words drawn as one string by character spacing", "BT /F1 11 Tf 72 700 Td (massa superior) Tj 2.839 Tc 76.45 0 Td (ea3) Tj 0 Tc 21.562 0 Td (,5 tonnellate) Tj ET", "massa superiore a 3,5 tonnellate"},
		{"a mark and capitals drawn as one string by character spacing", "BT /F1 11 Tf 72 700 Td (SOC. COOP) Tj 3.058 Tc 60.5 0 Td (.-C) Tj 0 Tc 19.8 0 Td (IG B51) Tj ET", "SOC. COOP. - CIG B51"},
		{"a word spaced letter by letter", "BT /F1 11 Tf 72 700 Td 3 Tc (AVVISO) Tj ET", "AVVISO"},
		{"a short word of capitals spaced letter by letter", "BT /F1 11 Tf 72 700 Td 3 Tc (DEL) Tj ET", "DEL"},
		{"a pair with a justified line's spacing", "BT /F1 11 Tf 72 700 Td 0.4 Tc (di) Tj ET", "di"},
		// A printed page kerns two capitals by a space whose width the
		// word and character spacing take back: "GIORN" "AT A" "ECOLOGICA".
		{"a space closed by negative spacing", "BT /F1 10 Tf 72 700 Td (GIORN) Tj -0.95 Tc 33.69 0 Td -1.5 Tw (AT A) Tj 0 Tc 0 Tw 21.76 0 Td (ECOLOGICA) Tj ET", "GIORNATA ECOLOGICA"},
		// Ghostscript leaves a twentieth of an em ("COMOD" "AT O" "D'USO"
		// at -0.99 Tc and -1.518 Tw in an 11 point Helvetica: 0.55 points).
		{"a space closed to a twentieth of an em", "BT /F1 11 Tf 72 700 Td (IN COMOD) Tj -0.99 Tc 55.78 0 Td -1.518 Tw (AT O) Tj 0 Tc 0 Tw 24.85 0 Td (D'USO) Tj ET", "IN COMODATO D'USO"},
		// Ghostscript kerning "AV" in "FAVORE" by character spacing,
		// the space after it closed to a tenth of an em (mix-141-a's
		// Trecastelli, in Times: "(AV O)" at -1.595 Tc and -0.055 Tw).
		{"a space closed to a tenth of an em", "BT /F1 11 Tf 72 700 Td (A F) Tj -1.595 Tc 17.116 0 Td -0.363 Tw (AV O) Tj 0 Tc 0 Tw 19.547 0 Td (RE DELLA) Tj ET", "A FAVORE DELLA"},
		{"a space narrowed by justification, still a space", "BT /F1 10 Tf 72 700 Td -0.5 Tw (di dare) Tj ET", "di dare"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := onePageLines(t, tt.content)
			if len(lines) != 1 || lines[0].Text != tt.want {
				t.Errorf("lines %+v, want %q", lines, tt.want)
			}
		})
	}
}

// TestPaddedString: a string padded to its columns with spaces (a
// fixed-width report's line drawn as one string) is parted into runs at
// three spaces or more, each where it is drawn, or at one space the word
// spacing widens to a column's gap in a string of a row's few cells (in
// a font of fixed pitch, to two of its spaces); two after a full stop, as
// typists set them, part nothing, nor do a justified line's many wide
// spaces. Two glyphs the character spacing parts by more than an em are
// two runs, in a short string with a space too.
func TestPaddedString(t *testing.T) {
	tests := []struct {
		name, content string
		want          []string
		at            []int // each run's first character's place in the string
	}{
		{"a heading and a date padded apart", "BT /F1 10 Tf 72 700 Td (COMUNE DI CASTIONE          DATA 13/03/2026) Tj ET",
			[]string{"COMUNE DI CASTIONE", "DATA 13/03/2026"}, []int{0, 28}},
		{"a line indented by spaces", "BT /F1 10 Tf 72 700 Td (      N. 38 REG. DEL.) Tj ET", []string{"N. 38 REG. DEL."}, []int{6}},
		{"cells of a row over two strings", "BT /F1 10 Tf 72 700 Td [(ROSSI MARIO   ) (SINDACO    X)] TJ ET", []string{"ROSSI MARIO", "SINDACO", "X"}, []int{0, 14, 25}},
		{"two spaces after a stop", "BT /F1 10 Tf 72 700 Td (e approvato.  Il Sindaco) Tj ET", []string{"e approvato.  Il Sindaco"}, []int{0}},
		{"one space widened to the next column", "BT /F1 10 Tf 72 700 Td 42 Tw (Consigliere X) Tj ET", []string{"Consigliere", "X"}, []int{0, 19}}, // a row set by widthshow
		{"a justified line's wide spaces", "BT /F1 10 Tf 72 700 Td 42 Tw (APPROVAZIONE DEL PROGETTO DI) Tj ET", []string{"APPROVAZIONE DEL PROGETTO DI"}, nil},
		// groff's tbl, in Courier: a space as wide as two of the font's
		// and more parts a row's cells (mix-126-b's Gragnano).
		{"a fixed-pitch row's space five letters wide", "BT /F1 10 Tf 72 700 Td 24 Tw (ASSESSORE P) Tj ET", []string{"ASSESSORE", "P"}, []int{0, 14}},
		{"a fixed-pitch heading's space two letters wide", "BT /F1 10 Tf 72 700 Td 6 Tw (P/A COMPONENTE) Tj ET", []string{"P/A", "COMPONENTE"}, []int{0, 5}},
		{"a fixed-pitch justified line's space stretched by half a letter", "BT /F1 10 Tf 72 700 Td 3 Tw (DELIBERAZIONE CONSILIARE) Tj ET", []string{"DELIBERAZIONE CONSILIARE"}, nil},
		{"a fixed-pitch heading spaced letter by letter", "BT /F1 10 Tf 72 700 Td 6 Tc 12 Tw (VERBALE DI) Tj ET", []string{"VERBALE DI"}, nil},
		// Ghostscript draws a roll's mark and the next column's first
		// letter as one string, the character spacing reaching from one
		// to the other (mix-130-a's Magliano Sabina: "(XR)" at 41 Tc).
		{"two glyphs parted by character spacing four ems wide", "BT /F1 10 Tf 72 700 Td 42 Tc (XR) Tj ET", []string{"X", "R"}, []int{0, 8}},
		// Or a heading's marks and the next column's first letter, the
		// word spacing taking back half of the space's width (mix-134-b's
		// Sant'Omero: "(PA C)" at 12 Tc and -6 Tw).
		{"marks and a letter parted by character spacing past an em, a space among them", "BT /F1 10 Tf 72 700 Td 12 Tc -6 Tw (PA C) Tj ET", []string{"P", "A", "C"}, []int{0, 3, 8}},
		{"two glyphs parted by character spacing half an em wide", "BT /F1 10 Tf 72 700 Td 5 Tc (e2) Tj ET", []string{"e 2"}, nil},
		// Ghostscript again, a roll in three columns (mix-139-b's
		// Siderno): a name's last letter, its mark and the next name's
		// first letter as one string, "(APL)" at 15.83 Tc; a name's last
		// letters and its mark, the space widened to the mark's column,
		// "(NNI P)" at 27.73 Tw.
		{"three capitals parted by character spacing past an em", "BT /F1 10 Tf 72 700 Td 18 Tc (APL) Tj ET", []string{"A", "P", "L"}, []int{0, 4, 8}},
		// In Times (F2), whose space no fixed pitch tells.
		{"a mark after one space widened three ems", "BT /F2 10 Tf 72 700 Td 27.73 Tw (NNI P) Tj ET", []string{"NNI", "P"}, nil},
		{"a short line's last word after one space widened three ems", "BT /F2 10 Tf 72 700 Td 27.73 Tw (APPROVAZIONE DEL) Tj ET", []string{"APPROVAZIONE DEL"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := pdftexttest.Assemble([]string{
				"<</Type/Catalog/Pages 2 0 R>>",
				"<</Type/Pages/Kids[3 0 R]/Count 1/MediaBox[0 0 612 792]>>",
				"<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 4 0 R/F2 6 0 R>>>>/Contents 5 0 R>>",
				"<</Type/Font/Subtype/Type1/BaseFont/Courier/Encoding/WinAnsiEncoding>>",
				fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(tt.content)+1, tt.content),
				"<</Type/Font/Subtype/Type1/BaseFont/Times-Roman/Encoding/WinAnsiEncoding>>",
			})
			doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			runs := doc.Pages[0].Runs
			if got := runTexts(runs); !slices.Equal(got, tt.want) {
				t.Fatalf("runs %q, want %q", got, tt.want)
			}
			// Courier: every glyph 0.6 em, 6 points (F1, where at says
			// where).
			for i, r := range runs {
				if tt.at == nil {
					break // justified: its spaces are wider
				}
				if want := 72 + 6*float64(tt.at[i]); math.Abs(r.X-want) > 0.01 || math.Abs(r.W-6*float64(len(r.Text))) > 0.01 {
					t.Errorf("run %q at %.2f, %.2f wide; want at %.2f, %d wide", r.Text, r.X, r.W, want, 6*len(r.Text))
				}
			}
		})
	}
}

// TestOCRLayer: text drawn invisibly (Tr 3) is an OCR's layer over a scan:
// its runs say so, and the bars and specks the OCR reads off the image's
// rules and dust are no text; printed text keeps its bars and marks.
func TestOCRLayer(t *testing.T) {
	tests := []struct {
		name, content string
		want          []string
		invisible     bool
	}{
		{"an OCR's words", "BT 3 Tr /F1 10 Tf 72 700 Td [(N.) -300 (187) -3000 (|) -300 (Oggetto:) -300 (APPROVAZIONE)] TJ ET", []string{"N. 187 Oggetto: APPROVAZIONE"}, true},
		{"a bar at a word's end, a speck before a line", "BT 3 Tr /F1 10 Tf 72 700 Td (|LI) Tj 20 0 Td (CALZI|) Tj 0 -12 Td (\\221) Tj 10 0 Td (L'anno) Tj ET", []string{"LI CALZI", "L'anno"}, true},
		{"a speck stuck before a word's first letter", "BT 3 Tr /F1 10 Tf 72 700 Td (\\253Comune) Tj 60 0 Td (di) Tj 15 0 Td (Fagagna) Tj 0 -12 Td (.L'ATTIVIT\\300) Tj 80 0 Td (\\253Natale\\273) Tj ET", []string{"Comune di Fagagna", "L'ATTIVITÀ «Natale»"}, true},
		{"specks after a heading", "BT 3 Tr /F1 10 Tf 72 700 Td (DETERMINA) Tj 60 0 Td (\\221\\251) Tj 0 -12 Td (l) Tj 30 0 Td (DELIBERA) Tj ET", []string{"DETERMINA", "DELIBERA"}, true},
		{"a colon set apart after its word, a semicolon before a line's first", "BT 3 Tr /F1 10 Tf 72 700 Td (Oggetto) Tj 42 0 Td (:) Tj 8 0 Td (Convocazione) Tj -50 -12 Td (;) Tj 30 0 Td (Ufficio) Tj ET", []string{"Oggetto : Convocazione", "Ufficio"}, true},
		{"a Roman numeral read as letters after an office's name", "BT 3 Tr /F1 10 Tf 72 700 Td (Settore) Tj 40 0 Td (Il) Tj 12 0 Td (-) Tj 8 0 Td (Servizi) Tj 0 -12 Td (Il) Tj 12 0 Td (Sindaco) Tj 0 -12 Td (AREA) Tj 30 0 Td (Ill.) Tj ET", []string{"Settore II - Servizi", "Il Sindaco", "AREA III."}, true},
		{"a speck by a rule, a speck before a figure, an em dash alone", "BT 3 Tr /F1 10 Tf 72 700 Td (Generale) Tj 50 0 Td (\\221|) Tj 10 0 Td (412) Tj 20 0 Td (\\22119/05/2026) Tj 0 -12 Td (Settore) Tj 40 0 Td (\\227) Tj 14 0 Td (Ambiente) Tj ET", []string{"Generale 412 19/05/2026", "Settore – Ambiente"}, true},
		{"printed text keeps them", "BT /F1 10 Tf 72 700 Td [(Seduta) -300 (|) -300 (Proposta) -300 (.)] TJ ET", []string{"Seduta | Proposta ."}, false},
		{"a mode that fills is printed", "BT 3 Tr 0 Tr /F1 10 Tf 72 700 Td [(a) -300 (|) -300 (b)] TJ 0 -12 Td (Settore) Tj 40 0 Td (Il) Tj ET", []string{"a | b", "Settore Il"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range onePageLines(t, tt.content) {
				got = append(got, l.Text)
				for _, r := range l.Runs {
					if r.Invisible != tt.invisible {
						t.Errorf("run %q invisible %v, want %v", r.Text, r.Invisible, tt.invisible)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

// onePageLines reads the lines of a page drawn by content.
func onePageLines(t *testing.T, content string) []Line {
	t.Helper()
	data := pdftexttest.OnePage(content)
	doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if p := doc.Pages[0]; p.Err != nil {
		t.Fatal(p.Err)
	}
	return doc.Pages[0].Lines()
}

// TestOverprintedText: a text drawn twice over itself, later and a hair to
// the right (a fake bold, or a form's heading printed again in bold),
// reads once; the same text on the next line, or farther along, twice.
func TestOverprintedText(t *testing.T) {
	tests := []struct {
		content string
		want    []string
	}{
		{"BT /F1 10 Tf 62 700 Td (COMUNE DI ORUNE) Tj ET BT /F1 10 Tf 62 680 Td (Provincia di Nuoro) Tj ET BT /F1 10 Tf 62.2 700 Td (COMUNE DI ORUNE) Tj ET",
			[]string{"COMUNE DI ORUNE", "Provincia di Nuoro"}},
		// a typewriter's double strike, each glyph a hair off the first
		// across and up
		{"BT /F1 10 Tf 1 0 0 1 62 700 Tm (C) Tj 1 0 0 1 62.3 699.7 Tm (C) Tj 1 0 0 1 69.22 700.1 Tm (I) Tj 1 0 0 1 72 700 Tm (A) Tj 1 0 0 1 72.3 700.3 Tm (A) Tj 1 0 0 1 78.67 700 Tm (O) Tj ET",
			[]string{"CIAO"}},
		{"BT /F1 10 Tf 62 700 Td (Visto) Tj 40 0 Td (Visto) Tj ET", []string{"Visto Visto"}},
		{"BT /F1 10 Tf 62 700 Td (Visto) Tj 0 -12 Td (Visto) Tj ET", []string{"Visto", "Visto"}},
	}
	for _, tt := range tests {
		var got []string
		for _, l := range onePageLines(t, tt.content) {
			got = append(got, l.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: lines %q, want %q", tt.content, got, tt.want)
		}
	}
}
