package index

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/openalbo/albo/extract"
)

// FuzzCompare links two one-directorate plans with arbitrary titles and an
// annex record: never a panic, each objective linked at most once (but
// for titles merged into one).
func FuzzCompare(f *testing.F) {
	_, res := loadGold(f, "delibera-2187-2019")
	for _, c := range res.Changes[:10] {
		f.Add(c.Text, c.Text+" in collaborazione con Direzione Casa", c.Text, c.Kind)
	}
	f.Add("Città della Memoria", "citta della memoria", "", extract.ChangeRetitled)
	f.Add("", "\u200b’‘", "ﬁ", extract.ChangeNew)
	f.Fuzz(func(t *testing.T, before, after, record, kind string) {
		plan := func(dir string, texts ...string) *extract.Plan {
			d := extract.Directorate{Directorate: dir}
			for i, s := range texts {
				d.Objectives = append(d.Objectives, extract.Objective{Year: 2019, N: i + 1, Text: s})
			}
			return &extract.Plan{Title: "Piano", Directorates: []extract.Directorate{d}}
		}
		counterpart := "Direzione B"
		prev := newActRecord(ActRef{ID: "x/giunta/2019/1", Date: "2019-01-01"}, "", &extract.Result{Plan: plan("DIREZIONE A", before, after)})
		next := newActRecord(ActRef{ID: "x/giunta/2019/2", Date: "2019-06-01"}, "", &extract.Result{Plan: plan("DIREZIONE B", after, before),
			Changes: []extract.Change{{Directorate: "Direzione A", Kind: kind, Counterpart: &counterpart, Text: record}}})
		m := buildModel([]*actRecord{prev, next})
		if len(m.steps) != 1 {
			t.Fatalf("%d steps", len(m.steps))
		}
		st := m.steps[0]
		seenPrev, seenNext := map[int]bool{}, map[int]bool{}
		for _, l := range st.links {
			if seenPrev[l.prev] || (seenNext[l.next] && l.match != MatchMerged) {
				t.Fatalf("objective linked twice: %+v", st.links)
			}
			seenPrev[l.prev], seenNext[l.next] = true, true
		}
		st.transfers(m.lineage)
		st.contradictions()
		st.diff(m)
	})
}

// FuzzRecord loads arbitrary record files: a record that does not parse
// is set aside with a warning, never a panic or a failed Open.
func FuzzRecord(f *testing.F) {
	ref, res := loadGold(f, "delibera-1098-2019")
	good, err := json.Marshal(newActRecord(ref, "d", res))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"act":{"id":""}}`))
	f.Add([]byte(`{"act":{"id":"a"},"plan":{"directorates":[{"objectives":[{"section":null}]}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		store := recordStore{dir: dir}
		if err := os.WriteFile(filepath.Join(dir, "r.json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		recs, _, skipped, err := store.load(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs)+len(skipped) != 1 {
			t.Fatalf("%d records, %d skipped", len(recs), len(skipped))
		}
		for _, rec := range recs {
			rec.documents()
			buildModel([]*actRecord{rec})
		}
	})
}
