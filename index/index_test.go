package index

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bleveindex "github.com/blevesearch/bleve_index_api"
	"github.com/openalbo/albo/extract"
)

func TestHistoryFollowsTheTransferredObjective(t *testing.T) {
	ix := openGoldIndex(t)
	ctx := context.Background()
	h, err := ix.History(ctx, "Ottimizzazione dei canali informativi")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ act, directorate string }{
		{"milano/giunta/2019/1098", "DIREZIONE GENERALE"},
		{"milano/giunta/2019/2187", "DIREZIONE SERVIZI CIVICI, PARTECIPAZIONE E SPORT"},
	}
	if len(h.Revisions) != len(want) {
		t.Fatalf("revisions = %+v, want %d", h.Revisions, len(want))
	}
	for i, w := range want {
		r := h.Revisions[i]
		if r.Act.ID != w.act || r.Directorate != w.directorate || !strings.HasPrefix(r.Text, "Ottimizzazione dei canali informativi") {
			t.Errorf("revision %d = %s %s %q, want %s %s", i, r.Act.ID, r.Directorate, r.Text, w.act, w.directorate)
		}
	}
	// The same chain by its id and by any of its objectives' ids.
	for _, ref := range []string{h.Lineage, h.Revisions[0].ID, h.Revisions[1].ID} {
		again, err := ix.History(ctx, ref)
		if err != nil || again.Lineage != h.Lineage || len(again.Revisions) != 2 {
			t.Errorf("History(%s) = %+v, %v; want lineage %s", ref, again, err, h.Lineage)
		}
	}
	// Search hits carry the chain too.
	hit, err := ix.Get(ctx, h.Revisions[1].ID)
	if err != nil || hit.Lineage != h.Lineage {
		t.Errorf("Get(%s) = %+v, %v", h.Revisions[1].ID, hit, err)
	}
	if _, err := ix.History(ctx, "zzzzqqq"); !errors.Is(err, ErrNotFound) {
		t.Errorf("History of nothing: err = %v, want ErrNotFound", err)
	}
}

func TestDiffThroughTheIndex(t *testing.T) {
	ix := openGoldIndex(t)
	d, err := ix.Diff(context.Background(), "milano/giunta/2019/1098", "milano/giunta/2019/2187")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Moved) != 79 {
		t.Errorf("moved = %d, want the 79 of moves.json", len(d.Moved))
	}
	// The other way round, what was added is removed. (Not the converse:
	// the later revision's annex, which guides the linking, is then on
	// the wrong side.)
	back, err := ix.Diff(context.Background(), "milano/giunta/2019/2187", "milano/giunta/2019/1098")
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Removed) != len(d.Added) {
		t.Errorf("reversed diff: removed %d, want %d", len(back.Removed), len(d.Added))
	}
	if _, err := ix.Diff(context.Background(), "milano/giunta/2019/1098", "milano/giunta/2020/1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("diff with an unknown act: err = %v", err)
	}
}

func TestUpdateIndexesOnlyWhatChanged(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	inputs := goldInputs(t)
	stats, err := ix.Update(ctx, inputs)
	if err != nil || stats.Indexed != 2 || !stats.Rebuilt || stats.Documents != 727 {
		t.Fatalf("first update = %+v, %v", stats, err)
	}
	ix.Close()

	ix, err = Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { ix.Close() }()
	loads := 0
	for i := range inputs {
		load := inputs[i].Load
		inputs[i].Load = func(ctx context.Context) (*extract.Result, error) { loads++; return load(ctx) }
	}
	stats, err = ix.Update(ctx, inputs)
	if err != nil || stats.Unchanged != 2 || stats.Documents != 0 || loads != 0 {
		t.Fatalf("second update = %+v, %v, %d loads; want nothing done", stats, err, loads)
	}

	// A failing load keeps what was indexed and is reported by act.
	broken := inputs[1]
	broken.Digest = "new"
	broken.Load = func(context.Context) (*extract.Result, error) { return nil, errors.New("damaged extraction") }
	stats, err = ix.Update(ctx, []Input{inputs[0], broken})
	if err == nil || !strings.Contains(err.Error(), "milano/giunta/2019/2187") || stats.Failed != 1 {
		t.Fatalf("failing update = %+v, %v", stats, err)
	}
	res, err := ix.Search(ctx, Request{Act: "milano/giunta/2019/2187", Type: TypeObjective})
	if err != nil || res.Total != 321 {
		t.Fatalf("after a failed load: %v, %v", res, err)
	}

	// An act no longer offered goes, with its documents; the lineage of
	// the one left is recomputed.
	stats, err = ix.Update(ctx, inputs[:1])
	if err != nil || stats.Removed != 1 {
		t.Fatalf("removing update = %+v, %v", stats, err)
	}
	res, err = ix.Search(ctx, Request{})
	if err != nil || res.Total != 305 {
		t.Fatalf("after removal total = %v, %v; want 305", res, err)
	}
	if _, err := ix.Diff(ctx, "milano/giunta/2019/1098", "milano/giunta/2019/2187"); !errors.Is(err, ErrNotFound) {
		t.Errorf("diff after removal: %v", err)
	}
}

// TestUpdateRebuildsAnotherMappingVersion: a generation written with
// another mapping version is refused by readers with a message that says
// what to do, and the next update rebuilds it from scratch; a damaged
// record is set aside, not fatal.
func TestUpdateRebuildsAnotherMappingVersion(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Update(ctx, goldInputs(t)); err != nil {
		t.Fatal(err)
	}
	gen := genDir(dir, ix.Generation())
	records := ix.cur.records
	ix.Close()
	b, err := openBleveWritable(filepath.Join(gen, bleveFolder))
	if err != nil {
		t.Fatal(err)
	}
	batch := bleveindex.NewBatch()
	batch.SetInternal(mappingVersionKey, []byte("0"))
	if err := b.write(ctx, batch); err != nil {
		t.Fatal(err)
	}
	b.Close()
	if _, err := Open(ctx, dir); err == nil || !strings.Contains(err.Error(), "run 'albo index'") {
		t.Fatalf("open of an outdated generation: %v", err)
	}
	if err := os.WriteFile(records.path("milano/giunta/2019/1098"), []byte("{broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A writer opens the generation it replaces only as a base.
	ix = &Index{dir: dir, cur: &generation{recs: map[string]*actRecord{}}}
	ix.cur.refs = 1
	defer ix.Close()
	stats, err := ix.Update(ctx, goldInputs(t))
	if err != nil || !stats.Rebuilt || stats.Indexed != 2 {
		t.Fatalf("update after a mapping change = %+v, %v", stats, err)
	}
	res, err := ix.Search(ctx, Request{})
	if err != nil || res.Total != 727 {
		t.Fatalf("rebuilt index: %+v, %v", res, err)
	}
}

// TestReadersAndAWriterTogether: any number of readers open the index
// while another Index updates it; each keeps its generation until it
// refreshes, and the old generation goes once no reader holds it.
func TestReadersAndAWriterTogether(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	writer := mustOpen(t, dir)
	inputs := goldInputs(t)
	if _, err := writer.Update(ctx, inputs[:1]); err != nil {
		t.Fatal(err)
	}
	reader := mustOpen(t, dir)
	another, err := Open(ctx, dir)
	if err != nil {
		t.Fatalf("a second reader: %v", err)
	}
	another.Close()
	total := func(ix *Index) int {
		t.Helper()
		res, err := ix.Search(ctx, Request{})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	if got := total(reader); got != 305 {
		t.Fatalf("reader sees %d documents, want 305", got)
	}
	if _, err := writer.Update(ctx, inputs); err != nil {
		t.Fatal(err)
	}
	if got := total(writer); got != 727 {
		t.Errorf("writer sees %d documents after its update, want 727", got)
	}
	if got := total(reader); got != 305 {
		t.Errorf("reader sees %d documents before refreshing, want its generation's 305", got)
	}
	gens, _ := generations(dir)
	if len(gens) != 2 {
		t.Errorf("generations %v: the reader's should be kept", gens)
	}
	pinned, release := reader.Pin(ctx)
	defer release()
	if changed, err := reader.Refresh(ctx); !changed || err != nil {
		t.Fatalf("refresh: %v, %v", changed, err)
	}
	if got := total(reader); got != 727 {
		t.Errorf("reader sees %d documents after refreshing, want 727", got)
	}
	// A call pinned before the refresh still reads the generation it had.
	if res, err := reader.Search(pinned, Request{}); err != nil || res.Total != 305 || reader.GenerationIn(pinned) != 1 {
		t.Errorf("pinned search after the refresh: %v, %v; want generation 1's 305 documents", res, err)
	}
	release()
	// The next update removes the generation nobody holds any more.
	if _, err := writer.Update(ctx, inputs[1:]); err != nil {
		t.Fatal(err)
	}
	if gens, _ := generations(dir); len(gens) != 2 || gens[0] != writer.Generation()-1 {
		t.Errorf("generations %v after the third update; want the reader's and the writer's", gens)
	}
}

// TestLineageReadBackFromDisk: a process that opens an index reads the
// comparisons of its revisions from the generation instead of comparing
// them again, and finds the same transfers and differences.
func TestLineageReadBackFromDisk(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	writer := mustOpen(t, dir)
	if _, err := writer.Update(ctx, goldInputs(t)); err != nil {
		t.Fatal(err)
	}
	reader := mustOpen(t, dir)
	saved := loadSteps(genDir(dir, reader.Generation()), allSources())
	if len(saved) != 1 {
		t.Fatalf("%d steps saved, want the one between the two revisions", len(saved))
	}
	for _, ask := range []func(*Index) (any, error){
		func(ix *Index) (any, error) { return ix.Transfers(ctx) },
		func(ix *Index) (any, error) {
			return ix.Diff(ctx, "milano/giunta/2019/1098", "milano/giunta/2019/2187")
		},
		func(ix *Index) (any, error) { return ix.History(ctx, "Ottimizzazione dei canali informativi") },
	} {
		want, err1 := ask(writer)
		got, err2 := ask(reader)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		w, _ := json.Marshal(want)
		g, _ := json.Marshal(got)
		if string(w) != string(g) {
			t.Errorf("read back: %.300s\nwant %.300s", g, w)
		}
	}
}

// mustOpen opens the index in dir until the test ends.
func mustOpen(t testing.TB, dir string) *Index {
	t.Helper()
	ix, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// TestBatchFull: an update's documents go to the backend by batchSize
// documents, or sooner where their text reaches batchTextBytes (acts'
// whole texts).
func TestBatchFull(t *testing.T) {
	for _, tt := range []struct {
		n, textBytes int
		want         bool
	}{
		{1, 100, false},
		{batchSize - 1, batchSize * 200, false}, // objectives: a line each
		{batchSize, batchSize * 200, true},
		{700, batchTextBytes - 1, false},
		{700, batchTextBytes, true}, // acts of 48 KB each
	} {
		if got := batchFull(tt.n, tt.textBytes); got != tt.want {
			t.Errorf("batchFull(%d, %d) = %v, want %v", tt.n, tt.textBytes, got, tt.want)
		}
	}
}
