package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// searchResult is a page of a ranking and how many documents match, as a
// bleve search request answers.
type searchResult struct {
	Total uint64
	Hits  search.DocumentMatchCollection
}

// search ranks the matches of q in the index's newest snapshot (topHits).
func (e *engine) search(ctx context.Context, q query.Query, limit, offset int) (*searchResult, error) {
	snap, err := e.snapshot()
	if err != nil {
		return nil, err
	}
	defer snap.Close()
	hits, total, err := e.topHits(ctx, snap, q, limit, offset, false)
	if err != nil {
		return nil, err
	}
	return &searchResult{Total: total, Hits: hits}, nil
}

// engineQueries are queries of every kind albo asks of the index.
var engineQueries = []string{"servizi", "piano obiettivi", `"gestione del"`, "+servizi -digitale", "digitali*", "servizi~1", "citta", "type:objective", "year:2020 casa"}

// TestEngineAndBleveShareTheirFiles writes the gold documents with bleve's
// top-level package, reads its index with the engine, and the other way
// round: the same ranking (ids, scores to the bit, totals), the same
// stored fields and the same highlights from either, over queries of every
// kind. bleve's own search is the reference the engine's is held to.
func TestEngineAndBleveShareTheirFiles(t *testing.T) {
	ctx := context.Background()
	docs := goldDocuments(t)
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	type page struct {
		total  uint64
		hits   []string // id, score, text and highlight of each hit
		failed string
	}
	bleveRead := func(path string) map[string]page {
		idx, err := bleve.OpenUsing(path, configWith("read_only", true))
		if err != nil {
			t.Fatal(err)
		}
		defer idx.Close()
		out := map[string]page{}
		for _, s := range engineQueries {
			q, err := query.NewQueryStringQuery(s).Parse()
			if err != nil {
				t.Fatal(err)
			}
			sr := bleve.NewSearchRequestOptions(q, 20, 3, false)
			sr.Fields = storedFields
			sr.Highlight = bleve.NewHighlightWithStyle(html.Name)
			sr.Highlight.AddField(fieldText)
			res, err := idx.SearchInContext(ctx, sr)
			if err != nil {
				out[s] = page{failed: err.Error()}
				continue
			}
			p := page{total: res.Total}
			for _, h := range res.Hits {
				p.hits = append(p.hits, fmt.Sprintf("%s %v %q %q", h.ID, h.Score, hitOf(h).Text, h.Fragments[fieldText]))
			}
			out[s] = p
		}
		return out
	}
	engineRead := func(path string) map[string]page {
		be, err := openBleveReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		defer be.Close()
		snap, err := be.idx.snapshot()
		if err != nil {
			t.Fatal(err)
		}
		defer snap.Close()
		out := map[string]page{}
		for _, s := range engineQueries {
			q, err := query.NewQueryStringQuery(s).Parse()
			if err != nil {
				t.Fatal(err)
			}
			matches, total, err := be.idx.topHits(ctx, snap, q, 20, 3, true)
			if err != nil {
				out[s] = page{failed: err.Error()}
				continue
			}
			highlighter, err := htmlHighlighter()
			if err != nil {
				t.Fatal(err)
			}
			p := page{total: total}
			for _, h := range matches {
				doc, err := snap.Document(h.ID)
				if err != nil {
					t.Fatal(err)
				}
				text := ""
				doc.VisitFields(func(f bleveindex.Field) {
					if f.Name() == fieldText {
						text = string(f.Value())
					}
				})
				frags := highlighter.BestFragmentsInField(h, doc, fieldText, 1)
				p.hits = append(p.hits, fmt.Sprintf("%s %v %q %q", h.ID, h.Score, text, frags))
			}
			out[s] = p
		}
		return out
	}
	compare := func(what string, got, want map[string]page) {
		t.Helper()
		for _, s := range engineQueries {
			g, w := got[s], want[s]
			if g.failed != w.failed || g.total != w.total || !slices.Equal(g.hits, w.hits) {
				t.Errorf("%s, query %q:\n got %d hits %q (%s)\nwant %d hits %q (%s)", what, s, g.total, g.hits, g.failed, w.total, w.hits, w.failed)
			}
		}
		if len(want["servizi"].hits) == 0 {
			t.Errorf("%s: the reference found nothing for servizi", what)
		}
		highlighted := 0
		for _, p := range want {
			for _, h := range p.hits {
				if !strings.HasSuffix(h, "[]") {
					highlighted++
				}
			}
		}
		if highlighted == 0 {
			t.Errorf("%s: the reference highlighted nothing", what)
		}
	}

	// Written by bleve.
	byBleve := filepath.Join(t.TempDir(), "bleve")
	// Without scorchConfig's unsafe_batch, the batch is on disk when
	// written.
	idx, err := bleve.NewUsing(byBleve, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	batch := idx.NewBatch()
	batch.SetInternal(mappingVersionKey, []byte(MappingVersion))
	builder, err := newDocumentBuilder(m)
	if err != nil {
		t.Fatal(err)
	}
	for i := range docs {
		if err := batch.IndexAdvanced(builder.document(&docs[i])); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Batch(batch); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	compare("index written by bleve", engineRead(byBleve), bleveRead(byBleve))

	// Written by the engine.
	byEngine := filepath.Join(t.TempDir(), "engine")
	be, err := OpenBleve(byEngine)
	if err != nil {
		t.Fatal(err)
	}
	if err := be.Index(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if err := be.Close(); err != nil {
		t.Fatal(err)
	}
	compare("index written by the engine", engineRead(byEngine), bleveRead(byEngine))
}

// TestOpenEngineRefusesWhatIsNotAnIndex: a folder without the meta file,
// a damaged one, and one naming another kind of index fail to open, with
// the file named.
func TestOpenEngineRefusesWhatIsNotAnIndex(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, meta, want string
	}{
		{"missing", "", "no such file"},
		{"damaged", `{"storage":`, metaFile},
		{"other kind", `{"storage":"boltdb","index_type":"upside_down"}`, `"upside_down"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.meta != "" {
				if err := os.WriteFile(filepath.Join(dir, metaFile), []byte(tt.meta), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			e, err := openEngine(dir, m, configWith())
			if err == nil {
				e.Close()
				t.Fatal("opened")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
}

// TestEngineClosed: once closed, the index refuses a search, a batch, a
// read of an internal value and a merge with errEngineClosed, instead of
// scorch's nil snapshot and panic; a snapshot opened before stays
// readable until closed; closing again does nothing.
func TestEngineClosed(t *testing.T) {
	ctx := context.Background()
	b := goldBackend(t)
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	held, err := b.idx.snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Search(ctx, Request{Query: "servizi"}); !errors.Is(err, errEngineClosed) {
		t.Errorf("search: %v, want %v", err, errEngineClosed)
	}
	if err := b.idx.Batch(bleveindex.NewBatch()); !errors.Is(err, errEngineClosed) {
		t.Errorf("batch: %v, want %v", err, errEngineClosed)
	}
	if _, err := b.idx.GetInternal(mappingVersionKey); !errors.Is(err, errEngineClosed) {
		t.Errorf("internal value: %v, want %v", err, errEngineClosed)
	}
	if err := b.idx.forceMerge(ctx, &oneSegment); !errors.Is(err, errEngineClosed) {
		t.Errorf("merge: %v, want %v", err, errEngineClosed)
	}
	hits, total, err := b.idx.topHits(ctx, held, query.NewMatchAllQuery(), 5, 0, false)
	if err != nil || total == 0 || len(hits) != 5 {
		t.Errorf("the snapshot held: %d of %d hits, %v", len(hits), total, err)
	}
	if err := held.Close(); err != nil {
		t.Error(err)
	}
	if err := b.idx.Close(); err != nil {
		t.Errorf("closing again: %v", err)
	}
}
