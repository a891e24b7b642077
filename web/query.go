package web

import (
	"fmt"
	"net/url"
	"strconv"
	"unicode/utf8"

	"github.com/openalbo/albo/index"
)

// badRequest is a request the server refuses with 400; its message is shown
// to the user as is.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func badRequestf(format string, args ...any) error {
	return badRequest{fmt.Sprintf(format, args...)}
}

// searchFacets are the facets every search asks for.
var searchFacets = []string{index.FacetDirectorate, index.FacetYear, index.FacetAct, index.FacetType}

// parseSearch reads a search from URL parameters: q, directorate, year, act,
// type, sort, group and latest (0 or 1; group defaults to grouped), and
// either limit/offset (the API) or p, the 1-based page of defaultLimit hits
// (the page). It refuses what is too long, too deep or not a valid value.
func parseSearch(v url.Values, defaultLimit int, grouped bool) (index.Request, error) {
	return parseSearchUpTo(v, defaultLimit, MaxPageSize, grouped)
}

// parseSearchUpTo is parseSearch with pages of up to maxLimit hits.
func parseSearchUpTo(v url.Values, defaultLimit, maxLimit int, grouped bool) (index.Request, error) {
	req := index.Request{
		Query:       v.Get("q"),
		Directorate: v.Get("directorate"),
		Act:         v.Get("act"),
		Type:        v.Get("type"),
		Sort:        v.Get("sort"),
		Facets:      searchFacets,
		Limit:       defaultLimit,
		Highlight:   true,
	}
	for _, p := range []struct{ name, value string }{
		{"q", req.Query}, {"directorate", req.Directorate}, {"act", req.Act},
	} {
		if n := utf8.RuneCountInString(p.value); n > MaxQueryLen {
			return req, badRequestf("il parametro %q è troppo lungo: %d caratteri, al massimo %d", p.name, n, MaxQueryLen)
		}
	}
	switch req.Type {
	case "", index.TypeObjective, index.TypeChange, index.TypeAct:
	default:
		return req, badRequestf("tipo %q sconosciuto: usare %s, %s o %s", req.Type, index.TypeObjective, index.TypeChange, index.TypeAct)
	}
	switch req.Sort {
	case "", index.SortRelevance, index.SortDate:
	default:
		return req, badRequestf("ordinamento %q sconosciuto: usare %s o %s", req.Sort, index.SortRelevance, index.SortDate)
	}
	var err error
	if req.Group, err = boolParam(v, "group", grouped); err != nil {
		return req, err
	}
	if req.Latest, err = boolParam(v, "latest", false); err != nil {
		return req, err
	}
	if req.Year, err = intParam(v, "year", 0, 0, 9999); err != nil {
		return req, err
	}
	if req.Limit, err = intParam(v, "limit", defaultLimit, 1, maxLimit); err != nil {
		return req, err
	}
	if req.Offset, err = intParam(v, "offset", 0, 0, MaxOffset); err != nil {
		return req, err
	}
	if v.Has("p") {
		page, err := intParam(v, "p", 1, 1, MaxOffset/req.Limit+1)
		if err != nil {
			return req, err
		}
		req.Offset = (page - 1) * req.Limit
	}
	if req.Offset+req.Limit > MaxOffset+maxLimit {
		return req, badRequestf("pagina troppo lontana: al massimo i primi %d risultati", MaxOffset+MaxPageSize)
	}
	return req, nil
}

// intParam reads an integer parameter within [lo, hi]; def when absent.
func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badRequestf("il parametro %q deve essere un numero tra %d e %d", name, lo, hi)
	}
	return n, nil
}

// boolParam reads a 0 or 1 parameter; def when absent.
func boolParam(v url.Values, name string, def bool) (bool, error) {
	switch v.Get(name) {
	case "":
		return def, nil
	case "0":
		return false, nil
	case "1":
		return true, nil
	}
	return false, badRequestf("il parametro %q vale 0 o 1", name)
}

// searchValues is the inverse of parseSearch for the page: the URL
// parameters of req (page p), so links keep the filters and can be shared.
// The page groups by default, so only a flat search says group=0.
func searchValues(req index.Request, page int) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("q", req.Query)
	set("directorate", req.Directorate)
	set("act", req.Act)
	set("type", req.Type)
	set("sort", req.Sort)
	if req.Year != 0 {
		v.Set("year", strconv.Itoa(req.Year))
	}
	if !req.Group {
		v.Set("group", "0")
	}
	if req.Latest {
		v.Set("latest", "1")
	}
	if page > 1 {
		v.Set("p", strconv.Itoa(page))
	}
	return v
}
