package archive

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/synth"
)

// TestExtract plays extract-or-quarantine on one corpus, step after step:
// the stale/all decision, the quarantine and its retry, a stored file
// damaged under a good extraction and stored whole again, a document held
// in memory, an interruption.
func TestExtract(t *testing.T) {
	ctx := context.Background()
	s, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g, err := synth.New(5)
	if err != nil {
		t.Fatal(err)
	}
	put := func(data []byte) Document {
		sha, _, err := s.PutBlob(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		return Document{Name: "atto.pdf", SHA256: sha, PDFSHA256: sha}
	}
	whole := g.Act(7).PDF
	good, broken := put(whole), put([]byte("%PDF-1.4\nthis is no PDF body at all\n"))
	held := g.Act(8).PDF
	inMemory := Document{Name: "held.pdf", SHA256: digest(held), PDFSHA256: digest(held), Data: held}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	var goodJSON []byte

	steps := []struct {
		name   string
		before func(t *testing.T)
		ctx    context.Context
		doc    Document
		opts   ExtractOptions
		want   Status
		// wantErr: the error stops the caller (ctx's); wantWords are words
		// of Outcome.Err.
		wantErr   error
		wantWords []string
		// quarantined: a failure record after the step.
		quarantined bool
	}{
		{name: "new: extracted", doc: good, want: Extracted},
		{name: "stale: up to date", doc: good, want: UpToDate},
		{name: "all: extracted again", doc: good, opts: ExtractOptions{Mode: All}, want: Extracted},
		{name: "unreadable: failed and quarantined", doc: broken, want: Failed, wantWords: []string{"atto.pdf"}, quarantined: true},
		{name: "quarantined: not tried again", doc: broken, opts: ExtractOptions{Mode: All}, want: Quarantined, quarantined: true},
		{name: "retry-failed: tried again", doc: broken, opts: ExtractOptions{RetryFailed: true}, want: Failed, quarantined: true},
		{name: "a flipped byte: never extracted, quarantined naming the file",
			before: func(t *testing.T) {
				goodJSON = mustExtraction(t, s, good.PDFSHA256)
				flipped := bytes.Clone(whole)
				flipped[len(flipped)/2] ^= 0x01
				if err := os.WriteFile(s.BlobPath(good.SHA256), flipped, 0o644); err != nil {
					t.Fatal(err)
				}
			},
			doc: good, opts: ExtractOptions{Mode: All}, want: Failed,
			wantWords: []string{good.SHA256, "damaged", "quarantined until the file is stored whole again", "stored extractions kept"}, quarantined: true},
		{name: "stale: the good extraction stands", doc: good, want: UpToDate, quarantined: true},
		{name: "all again: it stays quarantined", doc: good, opts: ExtractOptions{Mode: All}, want: Quarantined, quarantined: true},
		{name: "retry-failed still refuses the damaged file", doc: good, opts: ExtractOptions{Mode: All, RetryFailed: true}, want: Failed,
			wantWords: []string{"damaged"}, quarantined: true},
		{name: "stored whole again: extracted, the quarantine lifted",
			before: func(t *testing.T) { put(whole) },
			doc:    good, opts: ExtractOptions{Mode: All}, want: Extracted},
		{name: "held in memory: read from there", doc: inMemory, want: Extracted},
		{name: "interrupted: failed, not quarantined", ctx: cancelled, doc: put(g.Act(9).PDF), want: Failed,
			wantErr: context.Canceled},
	}
	for _, st := range steps {
		if st.before != nil {
			st.before(t)
		}
		stepCtx := st.ctx
		if stepCtx == nil {
			stepCtx = ctx
		}
		got, err := Extract(stepCtx, s, st.doc, st.opts)
		if !errors.Is(err, st.wantErr) {
			t.Errorf("%s: error %v, want %v", st.name, err, st.wantErr)
		}
		if got.Status != st.want {
			t.Errorf("%s: status %d, want %d (%v)", st.name, got.Status, st.want, got.Err)
		}
		switch got.Status {
		case Extracted, UpToDate:
			stored := mustExtraction(t, s, st.doc.PDFSHA256)
			if !bytes.Equal(got.JSON, stored) {
				t.Errorf("%s: the outcome's JSON is not the stored extraction", st.name)
			}
			res, err := got.Extraction(st.doc.PDFSHA256)
			if err != nil || res == nil || res.Act == nil || res.Act.Number == 0 {
				t.Errorf("%s: extraction %+v (%v), want the act's header", st.name, res, err)
			}
		case Failed, Quarantined:
			if got.Reason == "" || strings.Contains(got.Reason, "\n") {
				t.Errorf("%s: reason %q, want one line", st.name, got.Reason)
			}
		}
		for _, w := range st.wantWords {
			if got.Err == nil || !strings.Contains(got.Err.Error(), w) {
				t.Errorf("%s: error %v lacks %q", st.name, got.Err, w)
			}
		}
		if _, err := s.Failure(st.doc.PDFSHA256, extract.Version); (err == nil) != st.quarantined {
			t.Errorf("%s: quarantined %v, want %v", st.name, err == nil, st.quarantined)
		}
		if goodJSON != nil && st.doc.SHA256 == good.SHA256 && got.Status != Extracted && !bytes.Equal(mustExtraction(t, s, good.PDFSHA256), goodJSON) {
			t.Errorf("%s: the good extraction changed", st.name)
		}
	}
}

// TestExtractIntoAReadOnlyCorpus: a store that refuses the write of an
// extraction gives a *WriteError, and nothing is quarantined.
func TestExtractIntoAReadOnlyCorpus(t *testing.T) {
	dir := t.TempDir()
	w, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	g, err := synth.New(5)
	if err != nil {
		t.Fatal(err)
	}
	sha, _, err := w.PutBlob(context.Background(), bytes.NewReader(g.Act(1).PDF))
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err := corpus.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = Extract(context.Background(), s, Document{SHA256: sha, PDFSHA256: sha}, ExtractOptions{})
	var refused *WriteError
	if !errors.As(err, &refused) {
		t.Errorf("extract into a read-only corpus: %v, want a *WriteError", err)
	}
}

func mustExtraction(t *testing.T, s *corpus.Store, pdfSHA string) []byte {
	t.Helper()
	data, err := s.Extraction(pdfSHA, extract.Version)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// TestPrepareWritesNothing: Prepare leaves the store as it was, whatever
// it decided (an extraction, a quarantine), so that a document prepared
// and never committed (a batch killed between the two) is simply done
// again; Commit then stores what the outcome says.
func TestPrepareWritesNothing(t *testing.T) {
	ctx := context.Background()
	g, err := synth.New(5)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name        string
		data        []byte
		want        Status
		extracted   bool // an extraction stored by Commit
		quarantined bool // a failure stored by Commit
	}{
		{name: "readable", data: g.Act(3).PDF, want: Extracted, extracted: true},
		{name: "not a PDF", data: []byte("%PDF-1.4\nthis is no PDF body at all\n"), want: Failed, quarantined: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := corpus.Open(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			sha, _, err := s.PutBlob(ctx, bytes.NewReader(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			stored := func() (extracted, quarantined bool) {
				_, err := s.Extraction(sha, extract.Version)
				_, ferr := s.Failure(sha, extract.Version)
				return err == nil, ferr == nil
			}
			p := Prepare(ctx, s, Document{Name: "atto.pdf", SHA256: sha, PDFSHA256: sha}, ExtractOptions{})
			if e, q := stored(); e || q {
				t.Fatalf("after Prepare: extraction stored %v, quarantined %v; want nothing written", e, q)
			}
			got, err := p.Commit(ctx, s)
			if err != nil || got.Status != tc.want {
				t.Fatalf("Commit: %v, %v; want %v", got.Status, err, tc.want)
			}
			if e, q := stored(); e != tc.extracted || q != tc.quarantined {
				t.Errorf("after Commit: extraction stored %v, quarantined %v; want %v, %v", e, q, tc.extracted, tc.quarantined)
			}
		})
	}
}
