package web

import (
	"cmp"
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/openalbo/albo/index"
)

type searchView struct {
	Req     index.Request
	Resp    *index.Response
	Facets  []facetGroup
	Active  []activeFilter
	Prev    string
	Next    string
	Page    int
	Pages   int
	FeedURL string
	APIURL  string
	CSVURL  string
	// ByRelevance and ByDate reorder the same search.
	ByRelevance string
	ByDate      string
	// AsWords says the query did not parse as query syntax and was
	// searched as the plain words Resp.QueryAsWords.
	AsWords bool
	// ToggleGroup and ToggleLatest are the same search flat or grouped by
	// objective, with or without the superseded revisions.
	ToggleGroup  string
	ToggleLatest string
}

type facetGroup struct {
	Name   string
	Label  string
	Values []facetValue
	// MoreURL lists every value when the facet shows only the most frequent.
	MoreURL string
}

type facetValue struct {
	Value  string
	Label  string
	Count  int
	URL    string
	Active bool
}

// activeFilter is a filter in force, with the link that removes it.
type activeFilter struct {
	Label     string
	Value     string
	RemoveURL string
}

var facetLabels = []struct{ name, label string }{
	{index.FacetDirectorate, "Direzione"},
	{index.FacetYear, "Anno"},
	{index.FacetAct, "Atto"},
	{index.FacetType, "Tipo"},
}

// facetValuesShown bounds a facet's list on the page: the most frequent.
const facetValuesShown = 15

func (h *Handler) searchPage(w http.ResponseWriter, r *http.Request) {
	req, err := parseSearch(r.URL.Query(), pageSize, true)
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	resp, asWords, err := h.forgivingSearch(r.Context(), req)
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	page := req.Offset/req.Limit + 1
	view := searchView{Req: req, Resp: resp, Page: page, Pages: (resp.Total + req.Limit - 1) / req.Limit, AsWords: asWords}
	link := func(rq index.Request, p int) string {
		return "/?" + searchValues(rq, p).Encode()
	}
	if page > 1 {
		view.Prev = link(req, page-1)
	}
	if req.Offset+len(resp.Hits) < resp.Total && req.Offset+req.Limit < MaxOffset {
		view.Next = link(req, page+1)
	}
	byDate := req
	byDate.Sort = index.SortDate
	byRelevance := req
	byRelevance.Sort = ""
	view.ByDate, view.ByRelevance = link(byDate, 1), link(byRelevance, 1)
	view.FeedURL = "/feed?" + feedValues(req).Encode()
	api := searchValues(req, 1)
	if req.Group {
		api.Set("group", "1")
	}
	view.APIURL = "/api/search?" + api.Encode()
	api.Set("format", "csv")
	view.CSVURL = "/api/search?" + api.Encode()
	toggled := req
	toggled.Group, toggled.Offset = !req.Group, 0
	view.ToggleGroup = link(toggled, 1)
	toggled = req
	toggled.Latest, toggled.Offset = !req.Latest, 0
	view.ToggleLatest = link(toggled, 1)
	for _, f := range facetLabels {
		g := facetGroup{Name: f.name, Label: f.label}
		values := sortedFacet(resp.Facets[f.name])
		if f.name == index.FacetYear { // a time line reads best in order
			slices.SortFunc(values, func(a, b facetValue) int { return cmp.Compare(b.Value, a.Value) })
		}
		for _, v := range values {
			set, active := withFilter(req, f.name, v.Value)
			v.URL, v.Active = link(set, 1), active
			switch f.name {
			case index.FacetType:
				v.Label = labelOr(typeLabels, v.Value)
			case index.FacetAct:
				v.Label = h.actName(r.Context(), resp.Hits, v.Value)
			default:
				v.Label = v.Value
			}
			g.Values = append(g.Values, v)
		}
		if f.name == index.FacetDirectorate && len(resp.Facets[f.name]) > facetValuesShown {
			g.MoreURL = "/direzioni"
		}
		if len(g.Values) > 0 {
			view.Facets = append(view.Facets, g)
		}
		if value := filterValue(req, f.name); value != "" {
			switch f.name {
			case index.FacetAct:
				value = h.actName(r.Context(), resp.Hits, value)
			case index.FacetType:
				value = labelOr(typeLabels, value)
			}
			cleared, _ := withFilter(req, f.name, "")
			view.Active = append(view.Active, activeFilter{Label: f.label, Value: value, RemoveURL: link(cleared, 1)})
		}
	}
	if req.Latest {
		view.Active = append(view.Active, activeFilter{Label: "Revisione", Value: "solo l'ultima", RemoveURL: view.ToggleLatest})
	}
	h.render(w, r, http.StatusOK, "search", view)
}

// actName names an act for the facets: from a hit that cites it, else from
// its corpus record, else its id.
func (h *Handler) actName(ctx context.Context, hits []index.Hit, id string) string {
	for _, hit := range hits {
		if hit.Act.ID == id {
			return actLabel(hit.Act)
		}
	}
	if rec, err := h.cfg.Documents.Record(ctx, id); err == nil {
		return actLabel(index.ActRef{ID: id, Organ: rec.Category, Number: rec.Number, Date: rec.Date})
	}
	return id
}

// sortedFacet orders a facet's values by count, then by value, and keeps
// the most frequent.
func sortedFacet(counts map[string]int) []facetValue {
	vs := make([]facetValue, 0, len(counts))
	for v, n := range counts {
		if v == "" || v == "0" { // records without the field (a change has no year)
			continue
		}
		vs = append(vs, facetValue{Value: v, Count: n})
	}
	slices.SortFunc(vs, func(a, b facetValue) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Value, b.Value))
	})
	if len(vs) > facetValuesShown {
		vs = vs[:facetValuesShown]
	}
	return vs
}

// withFilter returns req with the facet's filter set to value (cleared when
// value is empty) and whether that filter was already in force.
func withFilter(req index.Request, facet, value string) (index.Request, bool) {
	active := filterValue(req, facet) == value
	switch facet {
	case index.FacetDirectorate:
		req.Directorate = value
	case index.FacetAct:
		req.Act = value
	case index.FacetType:
		req.Type = value
	case index.FacetYear:
		req.Year, _ = strconv.Atoi(value)
	}
	req.Offset = 0
	return req, active
}

func filterValue(req index.Request, facet string) string {
	switch facet {
	case index.FacetDirectorate:
		return req.Directorate
	case index.FacetAct:
		return req.Act
	case index.FacetType:
		return req.Type
	case index.FacetYear:
		if req.Year != 0 {
			return strconv.Itoa(req.Year)
		}
	}
	return ""
}

// searchURL is the page of a search for the literal text, within an act.
func searchURL(text, act string) string {
	v := url.Values{"q": {strconv.Quote(text)}}
	if act != "" {
		v.Set("act", act)
	}
	return "/?" + v.Encode()
}
