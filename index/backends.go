package index

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// BackendOpener opens the backend a location names (a URL of its scheme);
// fresh says it holds nothing yet (created, or emptied for another
// MappingVersion), so the next Update indexes every act.
type BackendOpener func(ctx context.Context, location *url.URL) (b Backend, fresh bool, err error)

var backends struct {
	sync.RWMutex
	openers map[string]BackendOpener
}

// RegisterBackend makes OpenAt accept locations of scheme (as
// "opensearch+https"); a backend package calls it from init, as
// database/sql drivers do.
func RegisterBackend(scheme string, open BackendOpener) {
	backends.Lock()
	defer backends.Unlock()
	if backends.openers == nil {
		backends.openers = map[string]BackendOpener{}
	}
	backends.openers[scheme] = open
}

// OpenAt opens the index whose records are in dir and whose documents are
// in the backend at location: "" or "bleve:" the embedded bleve index in
// dir (what Open does), "bleve:PATH" a bleve index at PATH, or a URL of a
// registered scheme ("opensearch+https://host:9200/albo").
func OpenAt(ctx context.Context, dir, location string) (*Index, error) {
	if location == "" || location == "bleve:" {
		return Open(ctx, dir)
	}
	if path, ok := strings.CutPrefix(location, "bleve:"); ok {
		// The embedded index in another folder: its generations hold
		// both the records and the documents.
		return Open(ctx, filepath.Clean(path))
	}
	u, err := url.Parse(location)
	if err != nil || u.Scheme == "" {
		return nil, fmt.Errorf("index location %q: not bleve:PATH nor a backend URL", location)
	}
	backends.RLock()
	open := backends.openers[u.Scheme]
	backends.RUnlock()
	if open == nil {
		return nil, fmt.Errorf("index location %q: no backend for %q (known: bleve and %s)", location, u.Scheme, knownSchemes())
	}
	b, fresh, err := open(ctx, u)
	if err != nil {
		return nil, err
	}
	return OpenBackend(ctx, dir, b, fresh)
}

// OpenBackend opens the index whose records are in dir beside a backend
// already open; fresh as a BackendOpener says. The index closes b.
func OpenBackend(ctx context.Context, dir string, b Backend, fresh bool) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Close()
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	ix := &Index{dir: dir, external: b, externalFresh: fresh}
	if err := ix.open(ctx); err != nil {
		b.Close()
		return nil, err
	}
	return ix, nil
}

func knownSchemes() string {
	backends.RLock()
	defer backends.RUnlock()
	var s []string
	for scheme := range backends.openers {
		s = append(s, scheme)
	}
	if len(s) == 0 {
		return "none registered"
	}
	slices.Sort(s)
	return strings.Join(s, ", ")
}

// Hit is the document as a search hit shows it (without a score or a
// highlight), for backends that store documents whole.
func (d Document) Hit() Hit { return hitOfDocument(d) }

// Page is the request's page size and offset, clamped: DefaultLimit
// when the limit is not set, at most MaxLimit.
func (r Request) Page() (limit, offset int) {
	limit, offset = r.Limit, r.Offset
	if limit <= 0 {
		limit = DefaultLimit
	}
	return min(limit, MaxLimit), max(offset, 0)
}

// Filter is one filter of a Request: the keyword field and the values it
// may hold (any of them).
type Filter struct {
	Field  string
	Values []string
}

// Filters are the request's filters, each on its keyword field
// (directorate, year, act, type): the directorate by every spelling Search
// found for it.
func (r Request) Filters() []Filter {
	var out []Filter
	add := func(field string, values ...string) {
		if len(values) > 0 && values[0] != "" {
			out = append(out, Filter{Field: field, Values: values})
		}
	}
	if len(r.DirectorateSpellings) > 0 {
		add(fieldDirectorate, r.DirectorateSpellings...)
	} else {
		add(fieldDirectorate, r.Directorate)
	}
	if r.Year != 0 {
		add(fieldYear, strconv.Itoa(r.Year))
	}
	add(fieldAct, r.Act)
	add(fieldType, r.Type)
	add(fieldDirector, r.Director)
	return out
}

// Excluded are the filters whose documents a search leaves out: the acts
// of revisions a later one supersedes, when the request asks for the
// latest revision only.
func (r Request) Excluded() []Filter {
	if len(r.superseded) == 0 {
		return nil
	}
	return []Filter{{Field: fieldAct, Values: r.superseded}}
}

// IDs are the documents a search is narrowed to (the page a grouped search
// highlights); nil narrows nothing.
func (r Request) IDs() []string { return r.ids }
