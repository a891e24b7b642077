package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/extract/cades/cadestest"
	"github.com/openalbo/albo/extract/pdftext"
	"github.com/openalbo/albo/extract/pdftext/pdftexttest"
)

// encodeIndented renders a value the way albo extract prints one record.
func encodeIndented(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGoldenResults compares the whole extraction of each fixture with its
// golden file; `go test ./extract -run TestGoldenResults -update` rewrites
// them, to be reviewed as a diff.
func TestGoldenResults(t *testing.T) {
	for _, name := range []string{"delibera-2187-2019.pdf", "delibera-1098-2019.pdf"} {
		t.Run(name, func(t *testing.T) {
			res, err := Read(context.Background(), name, fixtureBytes(t, name), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := encodeIndented(t, res)
			golden := filepath.Join("testdata", "golden-"+strings.TrimSuffix(name, ".pdf")+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				gotLines, wantLines := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := range max(len(gotLines), len(wantLines)) {
					g, w := lineAt(gotLines, i), lineAt(wantLines, i)
					if g != w {
						t.Fatalf("%s differs from the extraction at line %d:\n\twant %s\n\tgot  %s\n(run with -update and review the diff if the change is meant)", golden, i+1, w, g)
					}
				}
			}
		})
	}
}

func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "<end of file>"
}

// TestReadEveryFile runs Read over every damaged copy under testdata/malformed
// and every file of ../shared/realdata: each extracts, or fails with one
// line that names the file and says why, of the type a caller branches on.
func TestReadEveryFile(t *testing.T) {
	const (
		ok      = "ok"
		noAct   = "read, but holds no act" // a scan without OCR, a table
		damaged = "damaged"
		notDoc  = "not a document"
	)
	want := map[string]string{
		"delibera-2187-2019-half+tail.pdf":                           damaged,
		"delibera-2187-2019-half.pdf":                                damaged,
		"delibera-2187-2019-no-eof.pdf":                              ok,
		"delibera-2187-2019-pdf-2.0-header.pdf":                      ok,
		"delibera-2187-2019-zeroed-middle.pdf":                       ok,
		"pdfs_2025_11_2441.pdf.ACTUALLY_HTML":                        notDoc,
		"SOURCES.md":                                                 notDoc,
		"albo_metadati.csv":                                          notDoc,
		"Avviso_2__Vai_1.php.ACTUALLY_PDF":                           ok,
		"comune-ceva.pdf.p7m":                                        ok,
		"ispra-atto-aggiuntivo.p7m":                                  ok,
		"Delibera_1182011__5485_parere_revisore_9.pdf":               noAct,
		"Delibera_52__5511_piano_degli_indicatori_2025_497280_4.pdf": noAct,
		// A plan annexed to a deliberation: its pages name the Comune,
		// which alone makes no act.
		"Delibera_37__5362_Piano_delle_performance_Comune_di_A2026_2.pdf": noAct,
	}
	files, err := filepath.Glob(filepath.Join("..", "testdata", "malformed", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no malformed fixtures: %v", err)
	}
	err = filepath.WalkDir(requireRealdata(t), func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		expect, listed := want[name]
		switch {
		case listed:
		case strings.HasSuffix(name, ".html"):
			expect = notDoc
		default:
			expect = ok
		}
		t.Run(name, func(t *testing.T) {
			res, err := ReadFile(context.Background(), path, Options{})
			switch expect {
			case ok, noAct:
				if err != nil {
					t.Fatalf("want an extraction, got %v", err)
				}
				if (res.Act == nil) != (expect == noAct) || res.Changes == nil || res.Source.SHA256 == "" || res.Source.Pages == 0 {
					t.Errorf("%s: result with act %v, changes %v, source %+v", expect, res.Act, res.Changes, res.Source)
				}
				return
			case damaged:
				if !errors.Is(err, ErrDamaged) {
					t.Errorf("want ErrDamaged, got %v", err)
				}
			case notDoc:
				var kindErr *KindError
				if !errors.As(err, &kindErr) {
					t.Errorf("want a *KindError, got %v", err)
				}
			}
			if err == nil {
				return
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "extract "+path+": ") || len(msg) <= len("extract "+path+": ") {
				t.Errorf("want one line \"extract %s: reason\", got %q", path, msg)
			}
		})
	}
}

// TestReadErrors checks the typed errors and that nothing else leaks out.
func TestReadErrors(t *testing.T) {
	pdf := fixtureBytes(t, "delibera-1098-2019.pdf")
	signer := cadestest.NewSigner("MARIO ROSSI")
	tests := []struct {
		name  string
		data  []byte
		check func(error) bool
		want  string
	}{
		{"page.pdf", []byte("<!DOCTYPE html><html><head><title>Albo</title></head><body>x</body></html>"),
			func(err error) bool { var k *KindError; return errors.As(err, &k) }, "extract page.pdf: HTML page"},
		{"empty.pdf", nil,
			func(err error) bool { var k *KindError; return errors.As(err, &k) }, "extract empty.pdf: empty file"},
		{"page.html.p7m", signer.Sign([]byte("<html><body>not a pdf</body></html>")),
			func(err error) bool { var k *KindError; return errors.As(err, &k) }, "extract page.html.p7m: signed envelope holds HTML page"},
		{"broken.p7m", signer.Sign(pdf)[:400],
			func(err error) bool { return errors.Is(err, ErrDamaged) }, "extract broken.p7m: damaged file: signed envelope"},
		{"locked.pdf", pdftexttest.Encrypted(),
			func(err error) bool { return errors.Is(err, ErrEncrypted) }, "extract locked.pdf: encrypted PDF"},
		{"big.pdf", pdf,
			func(err error) bool { return errors.Is(err, ErrTooLarge) }, "extract big.pdf: file too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{}
			if tt.name == "big.pdf" {
				opts.MaxBytes = 1000
			}
			res, err := Read(context.Background(), tt.name, tt.data, opts)
			if err == nil || res != nil {
				t.Fatalf("want an error, got %v, %v", res, err)
			}
			if !tt.check(err) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got %v (%T), want %q of the right type", err, err, tt.want)
			}
		})
	}
}

// TestReadSigned unwraps an envelope: both digests, the signer, the act.
func TestReadSigned(t *testing.T) {
	pdf := fixtureBytes(t, "delibera-1098-2019.pdf")
	envelope := cadestest.NewSigner("MARIO ROSSI").Sign(pdf)
	res, err := Read(context.Background(), "atti/delibera.pdf.p7m", envelope, Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := res.Source
	if src.File != "delibera.pdf.p7m" || src.Kind != "p7m" || src.SHA256 != digest(envelope) || src.PDFSHA256 != digest(pdf) {
		t.Errorf("source %+v: want the envelope's name, kind and digest and the inner PDF's digest", src)
	}
	if len(src.Signatures) != 1 || src.Signatures[0].CommonName != "MARIO ROSSI" || !src.Signatures[0].Intact {
		t.Errorf("signatures %+v: want one intact signature by MARIO ROSSI", src.Signatures)
	}
	if res.Act == nil || res.Act.Number == 0 {
		t.Errorf("act %+v: want the inner PDF's act", res.Act)
	}
}

// TestReadNotAPlan: an act without a plan has "plan": null and
// "changes": [].
func TestReadNotAPlan(t *testing.T) {
	res, err := Read(context.Background(), "ceva.pdf", realdataBytes(t, "casungo_p7m-reader/comune-ceva.pdf.p7m.UNWRAPPED-2-levels.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := string(encodeIndented(t, res))
	if !strings.Contains(out, `"plan": null`) || !strings.Contains(out, `"changes": []`) {
		t.Errorf("want \"plan\": null and \"changes\": [], got plan %v, changes %v", res.Plan, res.Changes)
	}
}

// TestReadContext: a cancelled context or an elapsed timeout stops the
// extraction with an error that says so.
func TestReadContext(t *testing.T) {
	pdf := fixtureBytes(t, "delibera-2187-2019.pdf")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, "a.pdf", pdf, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
	_, err := Read(context.Background(), "a.pdf", pdf, Options{Timeout: time.Nanosecond})
	if !errors.Is(err, context.DeadlineExceeded) || !strings.HasSuffix(err.Error(), ": timed out after 1ns") {
		t.Errorf("timeout: got %v, want a timeout that says so", err)
	}
}

// TestParserPanicIsAWarning: a flaw in one parser costs that part of the
// record, with a warning, never the process.
func TestParserPanicIsAWarning(t *testing.T) {
	var src Source
	reached := false
	parse(&src, "plan", func() { panic("index out of range") })
	parse(&src, "act", func() { reached = true })
	if !reached || len(src.Warnings) != 1 || src.Warnings[0] != "plan: parser failed: index out of range" {
		t.Errorf("warnings %q, later parser ran %v", src.Warnings, reached)
	}
}

// TestReadErrorsSayEachThingOnce: no part of a reason is repeated, such as
// the library's "encrypted PDF: invalid password" under our own
// "encrypted PDF".
func TestReadErrorsSayEachThingOnce(t *testing.T) {
	for name, data := range map[string][]byte{
		"locked.pdf":   pdftexttest.Encrypted(),
		"locked.p7m":   cadestest.NewSigner("MARIO ROSSI").Sign(pdftexttest.Encrypted()),
		"garbage.pdf":  []byte("%PDF-1.4\n\x00\x01garbage"),
		"html.pdf.p7m": cadestest.NewSigner("MARIO ROSSI").Sign([]byte("<html><body>errore</body></html>")),
	} {
		_, err := Read(context.Background(), name, data, Options{})
		if err == nil {
			t.Fatalf("%s: want an error", name)
		}
		parts := strings.Split(err.Error(), ": ")
		for i := 1; i < len(parts); i++ {
			if parts[i] == parts[i-1] {
				t.Errorf("%s: %q says %q twice", name, err, parts[i])
			}
		}
	}
}

// FuzzRead feeds the whole entry point what a crawl or a user may hand it:
// PDFs, signed envelopes (DER and base64, nested) around PDFs or around
// anything, HTML, nothing. It returns a record or an error, never both,
// never a panic; an error names the file on one line; a record encodes as
// the contract's JSON with its digest and "changes" never null.
func FuzzRead(f *testing.F) {
	signer := cadestest.NewSigner("MARIO ROSSI")
	pdf := pdftexttest.OnePage("BT /F1 12 Tf 72 700 Td (Deliberazione della Giunta Comunale n. 12 del 3 marzo 2020) Tj ET")
	for _, seed := range [][]byte{
		pdf,
		signer.Sign(pdf),
		signer.Sign(signer.Sign(pdf)),
		cadestest.Base64(signer.Sign(pdf), 64, true),
		signer.Sign([]byte("<html><body>errore</body></html>")),
		pdftexttest.Encrypted(),
		[]byte("%PDF-1.7\n%%EOF"),
		nil,
		// Real acts, so that the parsers meet variations of real pages
		// (pdftext's FuzzReadPDF fuzzes the text layer alone).
		fixtureBytes(f, "delibera-2187-2019.pdf"),
		fixtureBytes(f, "extract/variant-stacked-1098.pdf"),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Read(context.Background(), "atto.pdf", data, Options{Timeout: 20 * time.Second})
		if err != nil {
			if res != nil {
				t.Fatal("both a record and an error")
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "extract atto.pdf: ") || strings.ContainsAny(msg, "\r\n") || len(msg) > 4*maxReason {
				t.Fatalf("error %q: want one short line naming the file", msg)
			}
			return
		}
		if res.Source.SHA256 != digest(data) || res.Changes == nil {
			t.Fatalf("source %+v, changes %v: want the file's digest and a list of changes", res.Source, res.Changes)
		}
		if _, err := json.Marshal(res); err != nil {
			t.Fatalf("the record does not encode: %v", err)
		}
	})
}

// TestPageWarnings: one warning per distinct problem, naming the pages it
// struck, in the order the problems first appear.
func TestPageWarnings(t *testing.T) {
	broken := errors.New("damaged content stream: unexpected keyword")
	other := errors.New("content over 64 MiB")
	pages := func(errs ...error) []pdftext.Page {
		out := make([]pdftext.Page, len(errs))
		for i, err := range errs {
			out[i] = pdftext.Page{Number: i + 1, Err: err}
		}
		return out
	}
	tests := []struct {
		name  string
		pages []pdftext.Page
		want  []string
	}{
		{"no damage", pages(nil, nil), nil},
		{"one page", pages(nil, broken, nil), []string{"page 2: " + broken.Error()}},
		{"two pages apart", pages(broken, nil, broken), []string{"pages 1, 3: " + broken.Error()}},
		{"a damaged stretch", pages(nil, broken, broken, broken, broken, nil, broken), []string{"pages 2-5, 7: " + broken.Error()}},
		{"two problems", pages(other, broken, broken, other), []string{"pages 1, 4: " + other.Error(), "pages 2, 3: " + broken.Error()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pageWarnings(tt.pages); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// A file whose second half is zeroed: its last pages all break the
	// same way, one warning.
	res, err := Read(context.Background(), "zeroed.pdf", fixtureBytes(t, "malformed/delibera-2187-2019-zeroed-middle.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(res.Source.Warnings); n == 0 || n > 3 {
		t.Errorf("%d warnings, want one per distinct problem: %q", n, res.Source.Warnings)
	}
}
