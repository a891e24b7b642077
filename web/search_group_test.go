package web

import (
	"encoding/csv"
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

var hitItem = regexp.MustCompile(`<li class="hit hit-`)

// TestSearchOneResultPerObjective: "customer operations" is one objective
// of the plan, in both revisions and in the 2019 and 2020 columns (four
// documents): the page shows it once with its revisions and years as
// chips, flat on demand; the API answers flat unless asked to group.
func TestSearchOneResultPerObjective(t *testing.T) {
	h, _, _ := newGoldSite(t)
	q := url.QueryEscape("customer operations")
	for _, c := range []struct {
		target string
		hits   int
		want   []string
	}{
		{"/?type=objective&q=" + q, 1, []string{"1 risultati (un risultato per obiettivo", "annualità 2019", "annualità 2020",
			"revisione Giunta Comunale n. 1098 del 28/06/2019", "revisione Giunta Comunale n. 2187 del 06/12/2019"}},
		{"/?type=objective&group=0&q=" + q, 4, []string{"4 risultati (", "un risultato per obiettivo</a>"}},
		{"/?type=objective&latest=1&q=" + q, 1, []string{"Revisione: solo l&#39;ultima"}},
		{"/?type=objective&latest=1&group=0&q=" + q, 2, nil},
	} {
		rec := get(t, h, "GET", c.target)
		body := rec.Body.String()
		if n := len(hitItem.FindAllString(body, -1)); rec.Code != 200 || n != c.hits {
			t.Errorf("%s: %d, %d results, want %d", c.target, rec.Code, n, c.hits)
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: no %q", c.target, w)
			}
		}
	}
	for _, c := range []struct {
		query string
		total int
	}{{"", 4}, {"&group=1", 1}, {"&group=1&latest=1", 1}, {"&latest=1", 2}} {
		var resp index.Response
		rec := get(t, h, "GET", "/api/search?type=objective&q="+q+c.query)
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || resp.Total != c.total || len(resp.Hits) != c.total {
			t.Errorf("API %s: %v, total %d, %d hits, want %d", c.query, err, resp.Total, len(resp.Hits), c.total)
		}
	}
	if rec := get(t, h, "GET", "/api/search?group=yes"); rec.Code != 400 {
		t.Errorf("group=yes: %d, want 400", rec.Code)
	}

	// A broad word: no objective twice on the grouped page.
	var resp index.Response
	rec := get(t, h, "GET", "/api/search?group=1&type=objective&limit=100&q=citta")
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	var flat index.Response
	rec = get(t, h, "GET", "/api/search?type=objective&limit=100&q=citta")
	if err := json.Unmarshal(rec.Body.Bytes(), &flat); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, hit := range resp.Hits {
		key := hit.Directorate + "|" + strings.ToLower(hit.Text)
		if seen[key] {
			t.Errorf("citta: %q twice", hit.Text)
		}
		seen[key] = true
	}
	t.Logf("citta: %d objectives grouped, %d hits flat", resp.Total, flat.Total)
	if resp.Total >= flat.Total {
		t.Errorf("grouping folded nothing: %d >= %d", resp.Total, flat.Total)
	}
}

// TestSearchCSV: the CSV of a search holds every hit the JSON counts, one
// row each (grouped: one per objective, with its revisions and years),
// offered as a download from the page.
func TestSearchCSV(t *testing.T) {
	h, _, _ := newGoldSite(t)
	for _, group := range []string{"0", "1"} {
		var resp index.Response
		rec := get(t, h, "GET", "/api/search?type=objective&q=citta&limit=100&group="+group)
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatal(err)
		}
		rec = get(t, h, "GET", "/api/search?type=objective&q=citta&format=csv&group="+group)
		rows, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil || rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Disposition"), `filename="ricerca.csv"`) {
			t.Fatalf("group=%s: %d %v %v", group, rec.Code, err, rec.Header())
		}
		if len(rows)-1 != resp.Total || rows[0][0] != "id" {
			t.Errorf("group=%s: %d CSV rows, %d results", group, len(rows)-1, resp.Total)
		}
		if group == "1" && !slices.ContainsFunc(rows[1:], func(r []string) bool { return r[len(r)-1] == "2019 2020" }) {
			t.Errorf("grouped CSV lists no objective's years")
		}
	}
	page := get(t, h, "GET", "/?q=citta").Body.String()
	if !strings.Contains(page, `id="search-csv" href="/api/search?format=csv&amp;group=1&amp;q=citta"`) {
		t.Errorf("the page offers no CSV of its search")
	}
	if rec := get(t, h, "GET", "/api/search?format=xls"); rec.Code != 400 {
		t.Errorf("format=xls: %d", rec.Code)
	}
}
