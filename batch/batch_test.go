package batch_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/synth"
)

// newCorpus fills a fresh corpus with n synthetic acts (a real sample act
// every realEvery, a share corrupted) and returns it with the ids of the
// damaged acts.
func newCorpus(t testing.TB, n, realEvery int, corruptRate float64) (*corpus.Store, map[string]bool) {
	store, st := newCorpusStats(t, n, realEvery, corruptRate)
	damaged := make(map[string]bool)
	for id, k := range st.Kinds {
		if k == synth.Damaged {
			damaged[id] = true
		}
	}
	return store, damaged
}

func newCorpusStats(t testing.TB, n, realEvery int, corruptRate float64) (*corpus.Store, synth.CorpusStats) {
	t.Helper()
	store, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	g, err := synth.New(7)
	if err != nil {
		t.Fatal(err)
	}
	st, err := g.FillCorpus(context.Background(), store, n, realEvery, corruptRate)
	if err != nil {
		t.Fatal(err)
	}
	return store, st
}

func TestRunExtractsQuarantinesAndSkips(t *testing.T) {
	ctx := context.Background()
	store, damaged := newCorpus(t, 60, 20, 0.1)
	if len(damaged) == 0 {
		t.Fatal("the corpus has no damaged acts: the test would prove nothing")
	}
	total := 60

	tests := []struct {
		name string
		opts batch.Options
		want batch.Summary
	}{
		{"first run extracts all, quarantines the damaged",
			batch.Options{Workers: 2},
			batch.Summary{Documents: total, Extracted: total - len(damaged), Failed: len(damaged)}},
		{"second stale run does nothing",
			batch.Options{Workers: 2},
			batch.Summary{Documents: total, UpToDate: total - len(damaged), Quarantined: len(damaged)}},
		{"retry-failed tries the quarantined again only",
			batch.Options{Workers: 1, RetryFailed: true},
			batch.Summary{Documents: total, UpToDate: total - len(damaged), Failed: len(damaged)}},
		{"all re-extracts every readable document",
			batch.Options{Workers: 2, Mode: batch.All},
			batch.Summary{Documents: total, Extracted: total - len(damaged), Quarantined: len(damaged)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls int
			tt.opts.Progress = func(batch.Progress) { calls++ }
			got, err := batch.Run(ctx, store, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got.Documents != tt.want.Documents || got.Extracted != tt.want.Extracted || got.UpToDate != tt.want.UpToDate ||
				got.Quarantined != tt.want.Quarantined || got.Failed != tt.want.Failed {
				t.Errorf("summary = %+v, want counts %+v", *got, tt.want)
			}
			if calls != total {
				t.Errorf("progress called %d times, want once per document (%d)", calls, total)
			}
			for _, f := range got.Failures {
				if !damaged[f.Act] {
					t.Errorf("act %s failed but is not damaged: %s", f.Act, f.Reason)
				}
				if f.Reason == "" {
					t.Errorf("act %s failed without a reason", f.Act)
				}
			}
		})
	}

	// Every readable act has a complete extraction by this version, every
	// damaged one a quarantine record with its reason.
	for a, err := range store.Acts(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		sha := a.Files[0].PDFSHA256
		if damaged[a.ID] {
			f, err := store.Failure(sha, extract.Version)
			if err != nil || f.Reason == "" {
				t.Errorf("%s: damaged act not quarantined with a reason: %v", a.ID, err)
			}
			continue
		}
		data, err := store.Extraction(sha, extract.Version)
		if err != nil {
			t.Errorf("%s: no extraction: %v", a.ID, err)
			continue
		}
		var res extract.Result
		if err := json.Unmarshal(data, &res); err != nil || res.Act == nil || res.Act.Number == 0 {
			t.Errorf("%s: extraction does not read back as the act (err %v)", a.ID, err)
		}
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	store, _ := newCorpus(t, 20, 0, 0)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := batch.Run(ctx, store, batch.Options{Workers: 2, Progress: func(p batch.Progress) {
		n++
		if n == 3 {
			cancel()
		}
	}})
	if err == nil {
		t.Fatal("Run after cancel returned no error")
	}
	// What was extracted before the cancel stays; the rest is done by the
	// next run, and nothing twice.
	sum, err := batch.Run(context.Background(), store, batch.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Extracted+sum.UpToDate != 20 || sum.UpToDate < 3 {
		t.Errorf("after a cancelled run: %+v, want 20 documents done, at least 3 of them before", *sum)
	}
}

// TestProgressTotalCountsEachPDFOnce: a PDF filed under two acts, or as a
// plain copy beside its signed envelope, is extracted once, so the progress
// total counts it once and the last report reads done == total.
func TestProgressTotalCountsEachPDFOnce(t *testing.T) {
	ctx := context.Background()
	store, _ := newCorpus(t, 6, 0, 0)
	var first *corpus.Act
	for a, err := range store.Acts(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		first = a
		break
	}
	copyAct := *first
	copyAct.ID = first.ID + "-copia"
	if err := store.PutAct(ctx, &copyAct); err != nil {
		t.Fatal(err)
	}
	var last batch.Progress
	sum, err := batch.Run(ctx, store, batch.Options{Workers: 2, Progress: func(p batch.Progress) { last = p }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 6 || last.Done != last.Total || last.Total != sum.Documents {
		t.Errorf("summary %d documents, last progress %d of %d: want 6 of 6", sum.Documents, last.Done, last.Total)
	}
}
