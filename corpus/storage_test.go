package corpus

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/openalbo/albo/internal/s3test"
)

// storageKinds are the places a corpus can live, each opened empty for a
// test: the folder, and a bucket of a real SeaweedFS on loopback.
var storageKinds = []struct {
	name string
	new  func(t *testing.T) string // what Open takes
}{
	{"folder", func(t *testing.T) string { return t.TempDir() }},
	{"file URL", func(t *testing.T) string { return "file://" + t.TempDir() }},
	{"seaweedfs bucket", func(t *testing.T) string { return s3test.Start(t).URL() }},
}

// TestStorageKeepsItsPromises runs the same story on every kind of
// storage: what is stored reads back, a reader opened beside sees it
// whole, a flipped byte or an edited record is found by Verify and by the
// reads, storing the file again repairs it, and a write that fails half
// way leaves nothing behind.
func TestStorageKeepsItsPromises(t *testing.T) {
	for _, kind := range storageKinds {
		t.Run(kind.name, func(t *testing.T) {
			start := time.Now()
			ctx := t.Context()
			where := kind.new(t)
			if _, err := OpenReadOnly(where); err == nil {
				t.Fatal("OpenReadOnly of an empty place succeeded: it holds no corpus")
			}
			s, err := Open(where)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if strings.Contains(s.Dir(), "?") {
				t.Errorf("Dir() = %q: carries the URL's query", s.Dir())
			}

			pdf := append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("stream of an act\n"), 4000)...)
			first := time.Now()
			sha, size, err := s.PutBlob(ctx, bytes.NewReader(pdf))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: the first blob stored in %.2fs", kind.name, time.Since(first).Seconds())
			if sha != digest(pdf) || size != int64(len(pdf)) {
				t.Fatalf("PutBlob = %s, %d", sha, size)
			}
			a := &Act{ID: "milano/giunta/2019/2187", Source: "milano", Category: "giunta", Number: 2187, Year: 2019,
				Subject: "Piano degli obiettivi", Files: []File{{Name: "atto.pdf", SHA256: sha, PDFSHA256: sha, Size: size}}}
			if err := s.PutAct(ctx, a); err != nil {
				t.Fatal(err)
			}
			if err := s.PutExtraction(ctx, sha, "albo 0.1.0", []byte(`{"source":{"sha256":"`+sha+`"}}`)); err != nil {
				t.Fatal(err)
			}
			if err := s.PutExtraction(ctx, sha, "albo 0.2.0", []byte(`{"source":{"sha256":"`+sha+`"}}`)); err != nil {
				t.Fatal(err)
			}
			if err := s.PutFailure(ctx, sha, "albo 0.0.9", "an older extractor failed"); err != nil {
				t.Fatal(err)
			}
			if err := s.PutFailure(ctx, sha, "albo 0.2.0", "to be lifted"); err != nil {
				t.Fatal(err)
			}
			if err := s.RemoveFailure(ctx, sha, "albo 0.2.0"); err != nil {
				t.Fatal(err)
			}

			// A reader opened beside the writer sees everything whole.
			r, err := OpenReadOnly(where)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if got, err := r.ReadBlob(ctx, sha); err != nil || !bytes.Equal(got, pdf) {
				t.Errorf("ReadBlob: %d bytes, %v", len(got), err)
			}
			if got, err := r.Act(a.ID); err != nil || got.Subject != a.Subject {
				t.Errorf("Act: %+v, %v", got, err)
			}
			if ids, err := r.ActIDs(ctx); err != nil || !slices.Equal(ids, []string{a.ID}) {
				t.Errorf("ActIDs = %v, %v", ids, err)
			}
			if v, _, err := r.LatestExtraction(sha); err != nil || v != "albo 0.2.0" {
				t.Errorf("LatestExtraction = %q, %v", v, err)
			}
			var reasons []string
			for f, err := range r.Failures(ctx) {
				if err != nil {
					t.Fatal(err)
				}
				reasons = append(reasons, f.Reason)
			}
			if !slices.Equal(reasons, []string{"an older extractor failed"}) {
				t.Errorf("Failures = %q", reasons)
			}
			if p := problems(t, r); len(p) != 0 {
				t.Errorf("Verify of a whole corpus: %v", p)
			}

			// A write that fails half way leaves no object.
			blobsBefore := keysUnder(t, s, blobsDir)
			half := io.MultiReader(bytes.NewReader(pdf[:len(pdf)/2]), iotest.ErrReader(errors.New("connection reset")))
			if _, _, err := s.PutBlob(ctx, half); err == nil {
				t.Error("PutBlob of a reader that failed succeeded")
			}
			if got := keysUnder(t, s, blobsDir); !slices.Equal(got, blobsBefore) {
				t.Errorf("a failed PutBlob left %v, had %v", got, blobsBefore)
			}

			// A flipped byte: found by Verify and refused by ReadBlob;
			// storing the file again repairs it.
			flipped := bytes.Clone(pdf)
			flipped[len(flipped)/2] ^= 0x01
			if err := s.files.write(ctx, blobKey(sha), flipped); err != nil {
				t.Fatal(err)
			}
			if got := problems(t, r); len(got) != 1 || got[0].Kind != ProblemDamaged || got[0].Path != blobKey(sha) {
				t.Errorf("Verify after a flipped byte = %v, want one damaged %s", got, blobKey(sha))
			}
			if _, err := r.ReadBlob(ctx, sha); !errors.Is(err, ErrDamaged) {
				t.Errorf("ReadBlob of a damaged blob: %v", err)
			}
			if r.BlobIntact(ctx, sha) {
				t.Error("BlobIntact of a damaged blob")
			}
			if _, _, err := s.PutBlob(ctx, bytes.NewReader(pdf)); err != nil {
				t.Fatal(err)
			}
			if p := problems(t, r); len(p) != 0 {
				t.Errorf("Verify after the repair: %v", p)
			}

			// A lost object: the records that name it say so.
			if err := s.files.remove(ctx, blobKey(sha)); err != nil {
				t.Fatal(err)
			}
			if r.HasBlob(sha) {
				t.Error("HasBlob of a removed blob")
			}
			// Missing for the act's file (as served and as PDF: the same
			// blob here) and for each of the two extractions.
			lost := problems(t, r)
			if len(lost) != 4 {
				t.Errorf("Verify after a lost blob = %v, want 4 problems", lost)
			}
			for _, p := range lost {
				if p.Kind != ProblemMissing || p.Path != blobKey(sha) {
					t.Errorf("Verify after a lost blob: %v, want %s missing", p, blobKey(sha))
				}
			}
			if _, _, err := s.PutBlob(ctx, bytes.NewReader(pdf)); err != nil {
				t.Fatal(err)
			}

			// An act record edited behind albo's back.
			rec, err := s.files.read(ctx, actKey(a.ID))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.files.write(ctx, actKey(a.ID), bytes.Replace(rec, []byte("obiettivi"), []byte("obiettivo"), 1)); err != nil {
				t.Fatal(err)
			}
			if got := problems(t, r); len(got) != 1 || got[0].Kind != ProblemEdited {
				t.Errorf("Verify after an edit = %v, want one edited record", got)
			}

			// A bucket has no lock: an extraction worker opened beside the
			// crawler writes its extraction without rewriting the manifest.
			if s.InBucket() {
				before, err := s.files.read(ctx, manifestName)
				if err != nil {
					t.Fatal(err)
				}
				w, err := OpenExisting(where)
				if err != nil {
					t.Fatal(err)
				}
				if err := w.PutExtraction(ctx, sha, "albo 0.3.0", []byte(`{"source":{"sha256":"`+sha+`"}}`)); err != nil {
					t.Fatal(err)
				}
				if err := w.Close(); err != nil {
					t.Fatal(err)
				}
				if after, err := s.files.read(ctx, manifestName); err != nil || !bytes.Equal(after, before) {
					t.Errorf("an extraction worker rewrote the act manifest (%v)", err)
				}
			}

			// The manifest outlives the writer: a new writer goes on from it.
			if err := s.PutAct(ctx, a); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s2, err := Open(where)
			if err != nil {
				t.Fatal(err)
			}
			defer s2.Close()
			b := *a
			b.ID, b.Number = "milano/giunta/2019/2188", 2188
			if err := s2.PutAct(ctx, &b); err != nil {
				t.Fatal(err)
			}
			if p := problems(t, s2); len(p) != 0 {
				t.Errorf("Verify after a second writer: %v", p)
			}
			t.Logf("%s: the whole story in %.2fs", kind.name, time.Since(start).Seconds())
		})
	}
}

// keysUnder lists the finished objects under a folder of the layout.
func keysUnder(t *testing.T, s *Store, dir string) []string {
	t.Helper()
	var keys []string
	err := s.files.walk(t.Context(), dir, func(key string, err error) error {
		if err != nil {
			return err
		}
		keys = append(keys, key)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}
