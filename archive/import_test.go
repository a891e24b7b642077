package archive

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/cades/cadestest"
	"github.com/openalbo/albo/internal/synth"
)

const fixturePDF = "../testdata/delibera-2187-2019.pdf"

// FuzzOpenDocument feeds arbitrary files to the import sniffer: it must never
// panic, and whatever it accepts must carry a PDF.
func FuzzOpenDocument(f *testing.F) {
	// Only the heads of the real files: the sniffer reads no further, and
	// whole PDFs would make every interesting input slow to minimise.
	for _, p := range []string{fixturePDF, "../testdata/malformed/delibera-2187-2019-pdf-2.0-header.pdf"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data[:min(len(data), 4096)])
	}
	small := []byte("%PDF-1.4\n%%EOF\n")
	signer := cadestest.NewSigner("ROSSI MARIO")
	f.Add(signer.Sign(small))
	f.Add(signer.Sign(signer.Sign(small)))
	f.Add(cadestest.Base64(signer.Sign(small), 64, true))
	f.Add(signer.Sign([]byte("<html>not a pdf</html>")))
	f.Add([]byte("<!DOCTYPE html><title>Documento firmato digitalmente</title>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := openDocument(data)
		if err == nil && extract.Sniff(doc.pdf).Format != extract.FormatPDF {
			t.Fatalf("accepted a document that carries %s, no PDF", extract.Sniff(doc.pdf))
		}
	})
}

func TestImportSource(t *testing.T) {
	for _, c := range []struct {
		asked, municipality, want string
	}{
		{"", "Comune di Milano", "milano"},
		{"", "COMUNE DI BARCELLONA POZZO DI GOTTO", "barcellona-pozzo-di-gotto"},
		{"", "Città di Lamezia Terme", "lamezia-terme"},
		{"", "", "local"},
		{"", "Comune di ", "local"},
		{"archivio", "Comune di Milano", "archivio"},
	} {
		if got := importSource(c.asked, &extract.Act{Municipality: c.municipality}); got != c.want {
			t.Errorf("importSource(%q, %q) = %q, want %q", c.asked, c.municipality, got, c.want)
		}
	}
	if got := importSource("", nil); got != "local" {
		t.Errorf("no act: %q", got)
	}
}

func TestImportedActID(t *testing.T) {
	const sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	for _, c := range []struct {
		name   string
		source string
		act    *extract.Act
		want   string
	}{
		{"a Giunta deliberation", "milano", &extract.Act{Organ: "Giunta Comunale", Number: 2187, Date: "2019-12-06"}, "milano/giunta/2019/2187"},
		{"a Consiglio deliberation", "milano", &extract.Act{Organ: "CONSIGLIO COMUNALE", Number: 12, Date: "2020-01-31"}, "milano/consiglio/2020/12"},
		{"a determination without organ", "avella", &extract.Act{Kind: "determinazione", Number: 490, Date: "2026-03-18"}, "avella/determinazioni/2026/490"},
		{"another organ, slugged", "lamezia-terme", &extract.Act{Organ: "Sindaco", Kind: "ordinanza", Number: 3, Date: "2025-07-01"}, "lamezia-terme/sindaco/2025/3"},
		{"only a kind", "local", &extract.Act{Kind: "Ordinanza", Number: 3, Date: "2025-07-01"}, "local/ordinanza/2025/3"},
		{"no number: the digest", "milano", &extract.Act{Organ: "Giunta Comunale", Date: "2019-12-06"}, "milano/giunta/2019/sha-0123456789ab"},
		{"no date: undated", "milano", &extract.Act{Organ: "Giunta Comunale", Number: 7}, "milano/giunta/undated/sha-0123456789ab"},
		{"a date that does not parse", "milano", &extract.Act{Organ: "Giunta Comunale", Number: 7, Date: "06/12/2019"}, "milano/giunta/undated/sha-0123456789ab"},
		{"no act at all", "local", nil, "local/unknown/undated/sha-0123456789ab"},
		{"a source to slug", "Città di Prova", nil, "citta-di-prova/unknown/undated/sha-0123456789ab"},
	} {
		got := importedActID(c.source, c.act, sha)
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
		if err := corpus.ValidateID(got); err != nil {
			t.Errorf("%s: %q is no valid act id: %v", c.name, got, err)
		}
	}
}

// TestImport files documents one after another into one corpus, as
// `albo corpus add` does, and checks what each step stored.
func TestImport(t *testing.T) {
	g, err := synth.New(3)
	if err != nil {
		t.Fatal(err)
	}
	act := g.Act(41)
	other := g.Act(42)
	signer := cadestest.NewSigner("ROSSI MARIO")
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plain := write("delibera.pdf", act.PDF)
	signed := write("delibera.pdf.p7m", signer.Sign(act.PDF))
	otherSigned := write("altra.pdf.p7m", cadestest.Base64(signer.Sign(other.PDF), 64, false))
	broken := write("rotto.pdf", []byte("%PDF-1.4\nthis is no PDF body at all\n"))
	html := write("pagina.pdf", []byte("<!DOCTYPE html><html><body>Documento firmato</body></html>"))
	signedHTML := write("pagina.pdf.p7m", signer.Sign([]byte("<!DOCTYPE html><html></html>")))

	s, err := corpus.Open(filepath.Join(t.TempDir(), "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	opts := ImportOptions{Now: func() time.Time { clock = clock.Add(time.Hour); return clock }}
	id := func(a synth.Act) string { return corpus.ActID("milano", "giunta", a.Year, a.Number) }

	steps := []struct {
		name       string
		path       string
		source     string
		wantID     string
		wantStatus string
		wantErr    string // words of the error; the file is then refused
		wantFail   bool   // archived, but not extracted
		wantFiles  int    // files of the act's record after the step
	}{
		{name: "a PDF: named from its municipality, organ, year and number", path: plain, wantID: id(act), wantStatus: "added", wantFiles: 1},
		{name: "its signed copy: another file of the same act", path: signed, wantID: id(act), wantStatus: "updated", wantFiles: 2},
		{name: "the same file again changes nothing", path: plain, wantID: id(act), wantStatus: "unchanged", wantFiles: 2},
		{name: "a base64 envelope of another act", path: otherSigned, wantID: id(other), wantStatus: "added", wantFiles: 1},
		{name: "a source asked for", path: plain, source: "archivio", wantID: "archivio/giunta/" + id(act)[len("milano/giunta/"):], wantStatus: "added", wantFiles: 1},
		{name: "an unreadable PDF is archived and quarantined", path: broken, wantID: "local/unknown/undated/sha-", wantStatus: "added", wantFail: true, wantFiles: 1},
		{name: "and again: the quarantine answers", path: broken, wantID: "local/unknown/undated/sha-", wantStatus: "unchanged", wantFail: true, wantFiles: 1},
		{name: "an HTML page is refused", path: html, wantErr: "HTML page"},
		{name: "an envelope around an HTML page is refused", path: signedHTML, wantErr: "signed envelope holds HTML page"},
		{name: "a missing file is refused", path: filepath.Join(dir, "absent.pdf"), wantErr: "no such file"},
		{name: "a folder is refused", path: dir, wantErr: "is a directory"},
	}
	for _, st := range steps {
		opts.Source = st.source
		got, err := Import(context.Background(), s, st.path, opts)
		if st.wantErr != "" {
			var refused *WriteError
			if err == nil || !strings.Contains(err.Error(), st.wantErr) || errors.As(err, &refused) {
				t.Errorf("%s: error %v, want one that says %q", st.name, err, st.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", st.name, err)
			continue
		}
		if !strings.HasPrefix(got.ID, st.wantID) || got.Status != st.wantStatus || got.File != st.path || (got.Failure != "") != st.wantFail {
			t.Errorf("%s: %+v, want %s %s (failure %v)", st.name, *got, st.wantStatus, st.wantID, st.wantFail)
		}
		rec, err := s.Act(got.ID)
		if err != nil {
			t.Errorf("%s: %v", st.name, err)
			continue
		}
		if len(rec.Files) != st.wantFiles || !slices.ContainsFunc(rec.Files, func(f corpus.File) bool { return f.SHA256 == got.SHA256 && f.PDFSHA256 == got.PDFSHA256 }) {
			t.Errorf("%s: record files %+v, want %d with %s", st.name, rec.Files, st.wantFiles, got.SHA256)
		}
		if _, err := s.Extraction(got.PDFSHA256, extract.Version); (err != nil) != st.wantFail {
			t.Errorf("%s: extraction stored: %v, want failure %v", st.name, err, st.wantFail)
		}
		if _, err := s.Failure(got.PDFSHA256, extract.Version); (err == nil) != st.wantFail {
			t.Errorf("%s: quarantined: %v, want %v", st.name, err == nil, st.wantFail)
		}
	}

	// The record of the act first seen as a PDF: the document's metadata,
	// stamped once; the signed copy is the same PDF, with its signer.
	rec, err := s.Act(id(act))
	if err != nil {
		t.Fatal(err)
	}
	if rec.Number != act.Number || rec.Year != act.Year || rec.Source != "milano" || rec.Category != "giunta" ||
		!strings.HasPrefix(rec.Subject, "Aggiornamento del Piano degli Obiettivi") || rec.FirstSeen.Equal(rec.LastSeen) {
		t.Errorf("record %+v: want the document's number, year and subject, first seen before the signed copy", rec)
	}
	if f := rec.Files[1]; f.PDFSHA256 != rec.Files[0].SHA256 || f.ContentType != "application/pkcs7-mime" ||
		len(f.Signers) != 1 || f.Signers[0].CommonName != "ROSSI MARIO" {
		t.Errorf("signed copy %+v: want the plain file's PDF and its signer", f)
	}
	// An act first seen as an envelope, whose document names no signer,
	// names the envelope's.
	if rec, err := s.Act(id(other)); err != nil || !slices.Equal(rec.Signers, []string{"ROSSI MARIO"}) {
		t.Errorf("signers of an act first seen signed: %v (%v)", rec.Signers, err)
	}
	if p := slices.Collect(s.Verify(context.Background())); len(p) != 0 {
		t.Errorf("verify after the imports: %v", p)
	}
}

// TestImportIntoAReadOnlyCorpus: a store that refuses writes stops the
// import with a *WriteError, no fault of the file.
func TestImportIntoAReadOnlyCorpus(t *testing.T) {
	dir := t.TempDir()
	w, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	s, err := corpus.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = Import(context.Background(), s, fixturePDF, ImportOptions{})
	var refused *WriteError
	if !errors.As(err, &refused) {
		t.Errorf("import into a read-only corpus: %v, want a *WriteError", err)
	}
}

// TestImportRepairsADamagedFile: a document quarantined because its stored
// file was damaged (as batch finds it) keeps its good extraction through an
// import of the file, which stores it whole again, as the quarantine's
// reason tells the user to do; the next extraction lifts the quarantine.
func TestImportRepairsADamagedFile(t *testing.T) {
	ctx := context.Background()
	g, err := synth.New(4)
	if err != nil {
		t.Fatal(err)
	}
	whole := g.Act(12).PDF
	path := filepath.Join(t.TempDir(), "delibera.pdf")
	if err := os.WriteFile(path, whole, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	first, err := Import(ctx, s, path, ImportOptions{})
	if err != nil || first.Failure != "" {
		t.Fatalf("import: %+v, %v", first, err)
	}
	flipped := bytes.Clone(whole)
	flipped[len(flipped)/2] ^= 0x01
	if err := os.WriteFile(s.BlobPath(first.SHA256), flipped, 0o644); err != nil {
		t.Fatal(err)
	}
	doc := Document{Name: "delibera.pdf", SHA256: first.SHA256, PDFSHA256: first.PDFSHA256}
	if got, err := Extract(ctx, s, doc, ExtractOptions{Mode: All}); err != nil || got.Status != Failed {
		t.Fatalf("extract of the damaged file: %+v, %v; want it failed", got, err)
	}
	again, err := Import(ctx, s, path, ImportOptions{})
	if err != nil || again.Status != "unchanged" || again.Failure != "" {
		t.Errorf("import of the whole file again: %+v, %v; want unchanged and extracted", again, err)
	}
	if !s.BlobIntact(ctx, first.SHA256) {
		t.Error("the stored file is still damaged")
	}
	if got, err := Extract(ctx, s, doc, ExtractOptions{Mode: All}); err != nil || got.Status != Extracted {
		t.Errorf("extract after the repair: %+v, %v; want it extracted", got, err)
	}
	if _, err := s.Failure(first.PDFSHA256, extract.Version); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("the quarantine outlived the repair: %v", err)
	}
}
