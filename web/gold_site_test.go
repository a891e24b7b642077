package web

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/web/browsertest"
)

// TestGoldSite checks the pages over the real index of the sample acts.
func TestGoldSite(t *testing.T) {
	h, _, _ := newGoldSite(t)
	var resp index.Response
	rec := get(t, h, "GET", "/api/search?q=citta&type=objective&limit=100")
	if rec.Code != 200 {
		t.Fatalf("search: %d %s", rec.Code, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, hit := range resp.Hits {
		found = found || strings.Contains(hit.Text, "Città della Memoria")
	}
	if !found {
		t.Errorf(`"citta" does not find "Città della Memoria" among %d hits`, resp.Total)
	}

	// An objective that moved between the two revisions shows the move.
	rec = get(t, h, "GET", "/api/search?q="+url.QueryEscape(`"Ottimizzazione dei canali informativi"`)+"&type=objective")
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Hits) == 0 {
		t.Fatalf("no moved objective: %v %s", err, rec.Body)
	}
	page := get(t, h, "GET", "/objectives/"+escapeID(resp.Hits[0].ID))
	if page.Code != 200 || !strings.Contains(page.Body.String(), "Trasferito da") {
		t.Errorf("objective page %s: %d, no move marked", resp.Hits[0].ID, page.Code)
	}
	for _, target := range []string{"/api/acts/milano%2F..%2F..%2Fetc%2Fpasswd", "/acts/milano/giunta/2019/..%2F..%2F..%2Findex", "/files/..%2F..%2Fetc%2Fpasswd"} {
		if rec := get(t, h, "GET", target); rec.Code != 404 && rec.Code != 400 {
			t.Errorf("%s: %d, want 404 or 400: ids never name paths", target, rec.Code)
		}
	}
	for _, target := range []string{
		"/", "/?q=digitalizzare", "/transfers", "/acts/milano/giunta/2019/2187", "/feed?q=citta",
		"/directorates/" + url.PathEscape(resp.Hits[0].Directorate), "/api/transfers",
		"/api/objectives/" + escapeID(resp.Hits[0].ID) + "/history",
	} {
		if rec := get(t, h, "GET", target); rec.Code != 200 {
			t.Errorf("%s: %d %s", target, rec.Code, rec.Body)
		}
	}
}

// TestGoldBadQuery: a query the index cannot parse is what a reader
// typed, not a mistake to refuse: it is searched as plain words, and the
// page and the API say so.
func TestGoldBadQuery(t *testing.T) {
	h, _, _ := newGoldSite(t)
	for _, c := range []struct{ query, words string }{
		{`"unclosed phrase`, "unclosed phrase"},
		{`a^^b`, "a b"},
		{`<script>alert(1)</script>`, "script alert 1 script"},
		{`"Città della Memoria`, "Città della Memoria"},
	} {
		q := url.QueryEscape(c.query)
		page := get(t, h, "GET", "/?q="+q)
		body := page.Body.String()
		if page.Code != 200 || !strings.Contains(body, `id="as-words"`) || !strings.Contains(body, "<strong>"+c.words+"</strong>") ||
			strings.Contains(body, "<script>alert") {
			t.Errorf("page %s: %d, no notice of the words %q", c.query, page.Code, c.words)
		}
		var resp index.Response
		rec := get(t, h, "GET", "/api/search?q="+q)
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); rec.Code != 200 || err != nil || resp.QueryAsWords != c.words {
			t.Errorf("API %s: %d %v, searched %q, want %q", c.query, rec.Code, err, resp.QueryAsWords, c.words)
		}
		if rec := get(t, h, "GET", "/feed?q="+q); rec.Code != 200 {
			t.Errorf("feed %s: %d", c.query, rec.Code)
		}
	}
	page := get(t, h, "GET", "/?q="+url.QueryEscape(`"Città della Memoria`))
	if !strings.Contains(page.Body.String(), "Città della Memoria") || strings.Contains(page.Body.String(), "0 risultati") {
		t.Errorf("an unclosed phrase finds nothing as words")
	}
}

func TestGoldBrowserJourney(t *testing.T) {
	b := browsertest.New(t)
	h, _, _ := newGoldSite(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	browsertest.Journey(t, b, srv.URL, "citta")
}
