package web

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
)

// goldSamples are the sample acts with their hand-checked extractions,
// oldest revision first (../testdata).
var goldSamples = []struct{ pdf, gold string }{
	{"delibera-1098-2019.pdf", "delibera-1098-2019"},
	{"delibera-2187-2019.pdf", "delibera-2187-2019"},
}

// newGoldSite builds a real corpus and bleve index from the sample PDFs and
// their gold extractions, so the pages are tested over the real index
// without depending on the extractor's accuracy.
func newGoldSite(t testing.TB) (*Handler, *corpus.Store, *index.Index) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	store, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var inputs []index.Input
	for _, s := range goldSamples {
		res := loadGoldResult(t, filepath.Join("..", "testdata", "gold", s.gold))
		pdf, err := os.ReadFile(filepath.Join("..", "testdata", s.pdf))
		if err != nil {
			t.Fatal(err)
		}
		sha, size, err := store.PutBlob(ctx, bytes.NewReader(pdf))
		if err != nil {
			t.Fatal(err)
		}
		res.Source = extract.Source{File: s.pdf, SHA256: sha, Pages: 1, Kind: "pdf"}
		data, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		if err := store.PutExtraction(ctx, sha, "gold", data); err != nil {
			t.Fatal(err)
		}
		a := res.Act
		year, _ := time.Parse(time.DateOnly, a.Date)
		id := corpus.ActID("milano", "giunta", year.Year(), a.Number)
		seen := year.Add(48 * time.Hour)
		if err := store.PutAct(ctx, &corpus.Act{ID: id, Source: "milano", Category: "giunta", Number: a.Number,
			Year: year.Year(), Date: a.Date, Subject: a.Subject, Office: a.ProposingOffice, FirstSeen: seen, LastSeen: seen,
			Files: []corpus.File{{Name: s.pdf, SHA256: sha, PDFSHA256: sha, Size: size}}}); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, index.Input{
			Act:    index.ActRef{ID: id, Organ: a.Organ, Number: a.Number, Date: a.Date},
			Digest: sha,
			Load:   func(context.Context) (*extract.Result, error) { return res, nil },
		})
	}
	ix, err := index.Open(ctx, filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if st, err := ix.Update(ctx, inputs); err != nil || st.Failed != 0 {
		t.Fatalf("index: %+v, %v", st, err)
	}
	h, err := New(Config{Index: ix, Documents: CorpusDocuments(store), Municipality: "Milano"})
	if err != nil {
		t.Fatal(err)
	}
	return h, store, ix
}

func loadGoldResult(t testing.TB, dir string) *extract.Result {
	t.Helper()
	res := &extract.Result{Schema: extract.SchemaVersion, Extractor: "gold", Changes: []extract.Change{}}
	for name, into := range map[string]any{"act.json": &res.Act, "plan.json": &res.Plan, "changes.json": &res.Changes} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, into); err != nil {
			t.Fatalf("%s/%s: %v", dir, name, err)
		}
	}
	if res.Act == nil || res.Act.Date == "" {
		t.Fatalf("%s: no act with a date", dir)
	}
	return res
}
