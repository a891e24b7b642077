package web

import (
	"cmp"
	"context"
	"maps"
	"net/url"
	"slices"
	"strings"

	"github.com/openalbo/albo/index"
)

// Directory lists every directorate and every director the plans name,
// with how many objectives each has: the shape of /api/directorates and
// what /direzioni shows.
type Directory struct {
	Directorates []NamedCount `json:"directorates"`
	Directors    []NamedCount `json:"directors"`
}

// NamedCount is a directorate or a director and its objectives.
type NamedCount struct {
	Name       string `json:"name"`
	Objectives int    `json:"objectives"`
}

// directory counts the objectives per directorate and per director.
func (h *Handler) directory(ctx context.Context, _ string) (*Directory, error) {
	resp, err := h.search(ctx, index.Request{Type: index.TypeObjective, Limit: 1,
		Facets: []string{index.FacetDirectorate, index.FacetDirector}})
	if err != nil {
		return nil, err
	}
	people := map[string]int{}
	for name, n := range resp.Facets[index.FacetDirector] {
		people[personName(name)] += n
	}
	return &Directory{Directorates: namedCounts(resp.Facets[index.FacetDirectorate]), Directors: namedCounts(people)}, nil
}

// personName is a director as the plans print them without the title
// ("Dott.ssa", "Arch.", "Avv."), which one revision may print and another
// not, or print otherwise.
func personName(printed string) string {
	fields := strings.Fields(printed)
	for len(fields) > 1 && strings.HasSuffix(fields[0], ".") {
		fields = fields[1:]
	}
	return strings.Join(fields, " ")
}

// namedCounts orders a facet's values by name, Italian-style: case and
// accents aside.
func namedCounts(counts map[string]int) []NamedCount {
	out := []NamedCount{}
	for name, n := range counts {
		if name != "" {
			out = append(out, NamedCount{Name: name, Objectives: n})
		}
	}
	slices.SortFunc(out, func(a, b NamedCount) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.Name, b.Name))
	})
	return out
}

// Person is a director across the plan revisions: which directorate they
// led in which revision and year column, with its objectives. The shape of
// /api/people/{name} and what its page shows.
type Person struct {
	Name  string       `json:"name"`
	Terms []PersonTerm `json:"terms"`
	// Truncated says the objectives were more than one search returns.
	Truncated bool `json:"truncated,omitempty"`
}

// PersonTerm is one directorate a person led in one plan revision.
type PersonTerm struct {
	Directorate string       `json:"directorate"`
	Act         index.ActRef `json:"act"`
	Years       []int        `json:"years"`
	Objectives  []index.Hit  `json:"objectives"`
}

func (h *Handler) person(ctx context.Context, name string) (*Person, error) {
	if name == "" || len(name) > MaxQueryLen {
		return nil, ErrNotFound
	}
	// Every printed form of the name: with a title or another, or none.
	all, err := h.search(ctx, index.Request{Type: index.TypeObjective, Limit: 1, Facets: []string{index.FacetDirector}})
	if err != nil {
		return nil, err
	}
	p := &Person{Name: personName(name), Terms: []PersonTerm{}}
	var hits []index.Hit
	for _, printed := range slices.Sorted(maps.Keys(all.Facets[index.FacetDirector])) {
		if !strings.EqualFold(personName(printed), p.Name) {
			continue
		}
		resp, err := h.search(ctx, index.Request{Director: printed, Type: index.TypeObjective, Limit: index.MaxLimit, Sort: index.SortDate})
		if err != nil {
			return nil, err
		}
		hits = append(hits, resp.Hits...)
		p.Truncated = p.Truncated || resp.Total > len(resp.Hits)
	}
	if len(hits) == 0 {
		return nil, ErrNotFound
	}
	for _, hit := range hits {
		i := slices.IndexFunc(p.Terms, func(t PersonTerm) bool { return t.Act.ID == hit.Act.ID && t.Directorate == hit.Directorate })
		if i < 0 {
			p.Terms = append(p.Terms, PersonTerm{Directorate: hit.Directorate, Act: hit.Act})
			i = len(p.Terms) - 1
		}
		t := &p.Terms[i]
		if !slices.Contains(t.Years, hit.Year) {
			t.Years = append(t.Years, hit.Year)
			slices.Sort(t.Years)
		}
		t.Objectives = append(t.Objectives, hit)
	}
	// Oldest revision first: a career reads forwards.
	slices.SortStableFunc(p.Terms, func(a, b PersonTerm) int {
		return cmp.Or(cmp.Compare(a.Act.Date, b.Act.Date), cmp.Compare(a.Act.ID, b.Act.ID), cmp.Compare(a.Directorate, b.Directorate))
	})
	for _, t := range p.Terms {
		slices.SortStableFunc(t.Objectives, func(a, b index.Hit) int { return cmp.Compare(a.Year, b.Year) })
	}
	return p, nil
}

func personURL(name string) string { return "/persone/" + url.PathEscape(personName(name)) }
