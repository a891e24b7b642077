package batch_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
)

// TestDamagedBlobNeverOverwritesAGoodExtraction: a stored file with one
// flipped byte is not extracted, whatever the mode; the document is
// quarantined naming the file, its good extraction stays byte for byte,
// and once the file is stored whole again the next run extracts it.
func TestDamagedBlobNeverOverwritesAGoodExtraction(t *testing.T) {
	ctx := context.Background()
	store, _ := newCorpus(t, 4, 0, 0)
	if _, err := batch.Run(ctx, store, batch.Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	var victim *corpus.Act
	for a, err := range store.Acts(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		victim = a
		break
	}
	file := victim.Files[0]
	good, err := store.Extraction(file.PDFSHA256, extract.Version)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := os.ReadFile(store.BlobPath(file.SHA256))
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(whole)
	flipped[len(flipped)/2] ^= 0x01
	if err := os.WriteFile(store.BlobPath(file.SHA256), flipped, 0o644); err != nil {
		t.Fatal(err)
	}

	steps := []struct {
		name   string
		before func(t *testing.T)
		opts   batch.Options
		want   batch.Summary
	}{
		{"stale run: the good extraction is up to date, nothing read",
			nil, batch.Options{Workers: 2},
			batch.Summary{Documents: 4, UpToDate: 4}},
		{"all: the damaged file is quarantined, not extracted",
			nil, batch.Options{Workers: 2, Mode: batch.All},
			batch.Summary{Documents: 4, Extracted: 3, Failed: 1}},
		{"all again: it stays in quarantine",
			nil, batch.Options{Workers: 2, Mode: batch.All},
			batch.Summary{Documents: 4, Extracted: 3, Quarantined: 1}},
		{"retry-failed still refuses the damaged file",
			nil, batch.Options{Workers: 2, Mode: batch.All, RetryFailed: true},
			batch.Summary{Documents: 4, Extracted: 3, Failed: 1}},
		{"stored whole again: extracted",
			func(t *testing.T) {
				if _, _, err := store.PutBlob(ctx, bytes.NewReader(whole)); err != nil {
					t.Fatal(err)
				}
			},
			batch.Options{Workers: 2, Mode: batch.All},
			batch.Summary{Documents: 4, Extracted: 4}},
	}
	for _, st := range steps {
		if st.before != nil {
			st.before(t)
		}
		got, err := batch.Run(ctx, store, st.opts)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got.Documents != st.want.Documents || got.Extracted != st.want.Extracted || got.UpToDate != st.want.UpToDate ||
			got.Quarantined != st.want.Quarantined || got.Failed != st.want.Failed {
			t.Errorf("%s: summary = %+v, want counts %+v", st.name, *got, st.want)
		}
		for _, f := range got.Failures {
			if f.Act != victim.ID || !strings.Contains(f.Reason, "damaged") || !strings.Contains(f.Reason, file.SHA256) ||
				strings.Contains(f.Reason, "\n") {
				t.Errorf("%s: failure %+v, want one line naming %s's damaged blob", st.name, f, victim.ID)
			}
		}
		if data, err := store.Extraction(file.PDFSHA256, extract.Version); err != nil || !bytes.Equal(data, good) {
			t.Errorf("%s: the good extraction changed (err %v)", st.name, err)
		}
	}
	if _, err := store.Failure(file.PDFSHA256, extract.Version); err == nil {
		t.Error("the quarantine outlived the repair")
	}
}
