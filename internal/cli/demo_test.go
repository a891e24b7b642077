package cli

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/web"
	"github.com/openalbo/albo/web/browsertest"
)

// TestDemoPipeline builds the demo's corpus through the real pipeline
// (replica, crawler, extractor, indexer) and checks the site over it, in
// Go and in the browser.
func TestDemoPipeline(t *testing.T) {
	ctx := context.Background()
	site, err := buildDemo(ctx, t.TempDir(), slog.New(slog.DiscardHandler), func(format string, args ...any) { t.Logf(format, args...) })
	if err != nil {
		t.Fatal(err)
	}
	defer site.Close()
	h, err := web.New(web.Config{Index: site.Index, Documents: web.CorpusDocuments(site.Store)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	var found index.Response
	getJSON(t, srv.URL+"/api/search?type=objective&limit=100&q="+url.QueryEscape("citta memoria"), &found)
	if !hitsContain(found, "Città della Memoria") {
		t.Errorf(`"citta memoria" does not find "Città della Memoria" (%d hits)`, found.Total)
	}
	if len(found.Facets["act"]) != 2 {
		t.Errorf("the objectives come from %d acts, want both samples: %v", len(found.Facets["act"]), found.Facets["act"])
	}
	var hist index.History
	getJSON(t, srv.URL+"/api/objectives/"+url.PathEscape("Ottimizzazione dei canali informativi")+"/history", &hist)
	if n := len(hist.Revisions); n != 2 || hist.Revisions[0].Directorate == hist.Revisions[1].Directorate {
		t.Errorf("history of a moved objective: %+v", hist.Revisions)
	}
	var tr []index.Transfer
	getJSON(t, srv.URL+"/api/transfers", &tr)
	if len(tr) == 0 {
		t.Error("no transfers between the two revisions")
	}

	// The objective's page links the archived PDF at its page.
	page := get(t, srv.URL+"/objectives/"+hist.Revisions[1].ID)
	link := regexp.MustCompile(`href="(/files/[0-9a-f]{64}\?act=[^"#]+)#page=[0-9]+"`).FindStringSubmatch(page)
	if link == nil {
		t.Fatalf("the objective's page links no PDF page")
	}
	resp, err := http.Get(srv.URL + link[1])
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/pdf" {
		t.Errorf("%s: %s %s", link[1], resp.Status, resp.Header.Get("Content-Type"))
	}

	b := browsertest.New(t)
	browsertest.Journey(t, b, srv.URL, "citta")
}

func hitsContain(r index.Response, text string) bool {
	for _, h := range r.Hits {
		if strings.Contains(h.Text, text) {
			return true
		}
	}
	return false
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s %v", url, resp.Status, err)
	}
	return string(body)
}
