package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indexbench"
)

// BenchmarkSiteUnderLoad serves the pages and the API of the sample acts'
// real index to 50 concurrent clients and reports the latencies; `make
// bench` runs the same RunLoad over the large synthetic corpus.
func BenchmarkSiteUnderLoad(b *testing.B) {
	h, _, _ := newGoldSite(b)
	var rep LoadReport
	for b.Loop() {
		var err error
		rep, err = LoadSite(context.Background(), h, LoadConfig{Clients: 50, Requests: 1000})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(rep.P50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(rep.P99.Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(rep.Errors), "errors")
	b.Log(rep)
}

// TestSyntheticLoad serves a small synthetic corpus (the generator of
// make bench's million objectives) under 50 clients: every page and API
// call of the load mix must answer 200.
func TestSyntheticLoad(t *testing.T) {
	ctx := context.Background()
	v, err := indexbench.LoadVocabulary("../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	b, err := index.OpenBleve(filepath.Join(t.TempDir(), "bleve"))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Index(ctx, slices.Collect(v.Objectives(2000, 1))); err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Index: SearchOnly(b), Documents: NoDocuments})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := LoadSite(ctx, h, LoadConfig{Clients: 50, Requests: 500})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep)
	if rep.Errors != 0 || rep.Requests != 500 {
		t.Errorf("%s", rep)
	}
}

// BenchmarkSearchPage is one search page rendered, without the network.
func BenchmarkSearchPage(b *testing.B) {
	h, _, _ := newGoldSite(b)
	req := httptest.NewRequest(http.MethodGet, "/?q=citta", nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

func TestRunLoad(t *testing.T) {
	h, _, _ := newGoldSite(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	rep, err := RunLoad(context.Background(), LoadConfig{BaseURL: srv.URL, Clients: 8, Requests: 200})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Requests != 200 || rep.Errors != 0 || rep.P50 <= 0 || rep.P99 < rep.P50 || rep.Max < rep.P99 {
		t.Errorf("every default path answers 200: %s", rep)
	}
	rep, err = RunLoad(context.Background(), LoadConfig{BaseURL: srv.URL, Clients: 4, Requests: 40,
		Paths: []string{"/", "/no-such-page", "/api/search?limit=1000"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := 40 * 2 / 3; rep.Errors < want-1 || rep.Errors > want+1 || rep.FirstError == "" {
		t.Errorf("two paths of three fail: %s", rep)
	}
	if _, err := RunLoad(context.Background(), LoadConfig{}); err == nil {
		t.Error("a load with no base URL ran")
	}
}
