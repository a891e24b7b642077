package indextest

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

// SearchCase is one data-driven search test (index/testdata/search/*.json).
type SearchCase struct {
	Name    string        `json:"name"`
	Request index.Request `json:"request"`
	Want    struct {
		// Total, when set, is the exact number of hits.
		Total *int `json:"total"`
		// MinTotal is a lower bound on the hits.
		MinTotal int `json:"min_total"`
		// IDs must all be among the hits (the request's limit must
		// reach them).
		IDs []string `json:"ids"`
		// Texts must each be the text of some hit.
		Texts []string `json:"texts"`
		// EveryTextContains: every hit's text contains one of these,
		// compared without case.
		EveryTextContains []string `json:"every_text_contains"`
		// Facets are exact counts of some facet values.
		Facets map[string]map[string]int `json:"facets"`
		// FacetsSumToTotal lists facets whose counts add up to the total
		// (every hit has exactly one value).
		FacetsSumToTotal []string `json:"facets_sum_to_total"`
		// Act: every hit comes from this act.
		Act string `json:"act"`
		// Hits is the exact number of hits on the page.
		Hits *int `json:"hits"`
		// Highlight: every hit's highlight marks a word.
		Highlight bool `json:"highlight"`
		// BadQuery: the request is refused as a bad query.
		BadQuery bool `json:"bad_query"`
	} `json:"want"`
}

// SearchCases reads the data-driven cases, by file name (without .json).
func SearchCases(t testing.TB) map[string][]SearchCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(sourceRoot(), "index", "testdata", "search", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no search cases: %v", err)
	}
	out := map[string][]SearchCase{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var cases []SearchCase
		if err := json.Unmarshal(data, &cases); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out[strings.TrimSuffix(filepath.Base(file), ".json")] = cases
	}
	return out
}

func runSearchCases(t *testing.T, ix *index.Index) {
	for file, cases := range SearchCases(t) {
		for _, c := range cases {
			t.Run(file+"/"+c.Name, func(t *testing.T) { runSearchCase(t, ix, c) })
		}
	}
}

func runSearchCase(t *testing.T, ix *index.Index, c SearchCase) {
	res, err := ix.Search(context.Background(), c.Request)
	var bad *index.BadQueryError
	if c.Want.BadQuery {
		if !errors.As(err, &bad) {
			t.Fatalf("err = %v, want a BadQueryError", err)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if c.Want.Total != nil && res.Total != *c.Want.Total {
		t.Errorf("total = %d, want %d", res.Total, *c.Want.Total)
	}
	if res.Total < c.Want.MinTotal {
		t.Errorf("total = %d, want at least %d", res.Total, c.Want.MinTotal)
	}
	ids := map[string]bool{}
	texts := map[string]bool{}
	for _, h := range res.Hits {
		ids[h.ID], texts[h.Text] = true, true
		if len(c.Want.EveryTextContains) > 0 && !slices.ContainsFunc(c.Want.EveryTextContains, func(s string) bool {
			return strings.Contains(strings.ToLower(h.Text), strings.ToLower(s))
		}) {
			t.Errorf("hit %s %q contains none of %q", h.ID, h.Text, c.Want.EveryTextContains)
		}
		if c.Want.Act != "" && h.Act.ID != c.Want.Act {
			t.Errorf("hit %s from act %s, want %s", h.ID, h.Act.ID, c.Want.Act)
		}
		if c.Want.Highlight && !strings.Contains(h.Highlight, "<mark>") {
			t.Errorf("hit %s: highlight %q marks nothing", h.ID, h.Highlight)
		}
	}
	if c.Want.Hits != nil && len(res.Hits) != *c.Want.Hits {
		t.Errorf("%d hits on the page, want %d", len(res.Hits), *c.Want.Hits)
	}
	for _, id := range c.Want.IDs {
		if !ids[id] {
			t.Errorf("id %s not among the %d hits", id, len(res.Hits))
		}
	}
	for _, text := range c.Want.Texts {
		if !texts[text] {
			t.Errorf("text %q not among the %d hits", text, len(res.Hits))
		}
	}
	for facet, want := range c.Want.Facets {
		for value, n := range want {
			if got := res.Facets[facet][value]; got != n {
				t.Errorf("facet %s[%s] = %d, want %d", facet, value, got, n)
			}
		}
	}
	for _, facet := range c.Want.FacetsSumToTotal {
		sum := 0
		for _, n := range res.Facets[facet] {
			sum += n
		}
		if sum != res.Total {
			t.Errorf("facet %s adds up to %d, total %d", facet, sum, res.Total)
		}
	}
}
