package main

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indexbench"
)

// TestFTSRequest puts requests to a real SQLite FTS5 table of a few rows
// and checks the count and facets the translated statements find.
func TestFTSRequest(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, ftsSchema); err != nil {
		t.Fatal(err)
	}
	rows := []struct {
		text, act, directorate string
		year                   int
	}{
		{"Edilizia scolastica e servizi alla città", "a/1", "DIREZIONE CASA", 2020},
		{"Servizi sociali: attività di memoria", "a/1", "DIREZIONE CASA", 2021},
		{"Scolastica edilizia, parole invertite", "a/2", "DIREZIONE SCUOLA", 2020},
		{"Digitalizzazione dei servizi", "a/2", "DIREZIONE SCUOLA", 2020},
		{"Memorie della città", "a/3", "DIREZIONE CASA", 2020},
	}
	for i, r := range rows {
		if _, err := db.ExecContext(ctx, ftsInsert, r.text, i, r.act, "", 1, "", r.directorate, "", r.year, "", 1); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name   string
		req    index.Request
		match  string
		total  int
		facets [][]string // per facet: "value count", by count
	}{
		{name: "term, accents and case folded", req: index.Request{Query: "citta"}, total: 2},
		{name: "phrase keeps word order", req: index.Request{Query: `"edilizia scolastica"`}, total: 1},
		{name: "prefix replaces the query", req: index.Request{Query: "memorai~1"}, match: "memor*", total: 2},
		{name: "filtered by year and directorate", req: index.Request{Query: "servizi", Year: 2020, Directorate: "DIREZIONE CASA"}, total: 1},
		{name: "filtered by act", req: index.Request{Query: "servizi", Act: "a/2"}, total: 1},
		{name: "facets of a term", req: index.Request{Query: "servizi", Facets: []string{index.FacetDirectorate, index.FacetYear}}, total: 3,
			facets: [][]string{{"DIREZIONE CASA 2", "DIREZIONE SCUOLA 1"}, {"2020 2", "2021 1"}}},
		{name: "every row with a facet", req: index.Request{Facets: []string{index.FacetAct}}, total: 5,
			facets: [][]string{{"a/1 2", "a/2 2", "a/3 1"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := ftsRequest(tc.req, tc.match)
			if err != nil {
				t.Fatal(err)
			}
			var total int
			if err := db.QueryRowContext(ctx, st.count, st.args...).Scan(&total); err != nil {
				t.Fatalf("%s: %v", st.count, err)
			}
			if total != tc.total {
				t.Errorf("%s: %d hits, want %d", st.count, total, tc.total)
			}
			if err := drain(ctx, db, st.page, st.args); err != nil {
				t.Errorf("%s: %v", st.page, err)
			}
			if len(st.facets) != len(tc.facets) {
				t.Fatalf("%d facet statements, want %d", len(st.facets), len(tc.facets))
			}
			for i, f := range st.facets {
				got := facetCounts(t, db, f, st.args)
				slices.Sort(got) // ties come in any order
				if !slices.Equal(got, tc.facets[i]) {
					t.Errorf("%s: %q, want %q", f, got, tc.facets[i])
				}
			}
		})
	}
}

func facetCounts(t *testing.T, db *sql.DB, query string, args []any) []string {
	t.Helper()
	rows, err := db.Query(query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var value string
		var n int
		if err := rows.Scan(&value, &n); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %d", value, n))
	}
	return out
}

// TestFTSRequestEveryBenchQuery checks that every query albo's index bench
// times has an FTS5 translation, and that what FTS5 cannot ask is refused.
func TestFTSRequestEveryBenchQuery(t *testing.T) {
	for _, q := range indexbench.Queries {
		if _, err := ftsRequest(q.Request, ftsMatches[q.Name]); err != nil {
			t.Errorf("%s: %v", q.Name, err)
		}
	}
	for _, req := range []index.Request{
		{Query: "x", Type: index.TypeObjective},
		{Query: "x", Offset: 20},
		{Query: "x", Sort: index.SortDate},
		{Query: "x", Facets: []string{index.FacetType}},
	} {
		if _, err := ftsRequest(req, ""); err == nil {
			t.Errorf("%+v: translated, want refused", req)
		}
	}
}
