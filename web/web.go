// Package web serves albo's search page and JSON API over a corpus and its
// index: a search box with highlights and facets (one result per objective,
// a query that does not parse searched as plain words), a page per
// objective (with its history across plan revisions), per directorate, per
// director, per act, the list of every directorate and director, the
// transfers between directorates drawn as SVG, an RSS feed and a CSV
// download per search, and a read-only JSON API that mirrors the
// command-line shapes, described at /api/openapi.json and /api. Pages and
// errors are in Italian; the pages meet WCAG 2.1 AA (checked with axe-core
// in Chromium) at a phone's width and a laptop's.
//
// Document text is hostile input: every page is rendered by html/template
// (the search page's hits and facets by search_html.go, held by fuzz tests
// to the bytes html/template writes of them), highlights are re-escaped so
// that only the server's own <mark> tags survive, and a strict Content-Security-Policy lets the browser run nothing
// but the embedded script. Stored files are served only by their SHA-256
// digest, never by path.
package web

import (
	"context"
	"embed"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime/debug"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
)

// Index is what the pages read from the search index; *index.Index is one.
type Index interface {
	Search(ctx context.Context, req index.Request) (*index.Response, error)
	Get(ctx context.Context, id string) (*index.Hit, error)
	History(ctx context.Context, ref string) (*index.History, error)
	Transfers(ctx context.Context) (*index.Transfers, error)
}

// Documents is what the pages read from the corpus: an act's record with
// its extraction, and stored files by digest.
type Documents interface {
	// Act returns the act id; an error wrapping ErrNotFound when there is none.
	Act(ctx context.Context, id string) (*Act, error)
	// Record returns only the act's corpus record, which is much cheaper to
	// read than its extraction: what the pages need to link its files.
	Record(ctx context.Context, id string) (*corpus.Act, error)
	// OpenFile opens the stored file with this SHA-256 digest; an error
	// wrapping ErrNotFound when there is none.
	OpenFile(ctx context.Context, sha string) (io.ReadSeekCloser, error)
}

// Act is what an act's page shows: the corpus record of the publication and
// the extraction of its document (nil when it was not extracted).
type Act struct {
	Record     *corpus.Act     `json:"record"`
	Extraction *extract.Result `json:"extraction"`
}

// ErrNotFound marks an id that names nothing; the handlers answer 404.
var ErrNotFound = errors.New("not found")

// Config sets up a Handler.
type Config struct {
	Index     Index
	Documents Documents
	Logger    *slog.Logger
	// BaseURL is the site's public root for the absolute links of the feed
	// (e.g. "https://albo.example.org"); empty means the request's host.
	BaseURL string
	// Municipality names the administration in the feed's AlboPOP channel
	// categories ("Milano"); empty leaves those categories out.
	Municipality string
	// SearchCache is the number of search answers kept for a minute
	// (0: DefaultSearchCache; negative: none, every search asks the index).
	SearchCache int
}

// Limits of a request: longer queries, bigger pages and deeper offsets are
// refused with 400, so one request cannot make the server do unbounded work.
const (
	MaxQueryLen = 500
	MaxPageSize = 100
	MaxOffset   = 10000
	pageSize    = 20
	feedItems   = 25
)

//go:embed templates static
var assets embed.FS

// Handler serves the site and the API.
type Handler struct {
	cfg   Config
	log   *slog.Logger
	pages *pages
	mux   *http.ServeMux
	// serve is mux behind the security headers.
	serve http.Handler
	// transfers and searches hold the index's answers between requests.
	transfers transfersCache
	searches  *searchCache
	// The handlers of the pages that have a JSON twin (pageAndAPI).
	directoratePage, apiDirectorate http.HandlerFunc
	directoryPage, apiDirectory     http.HandlerFunc
	personPage, apiPerson           http.HandlerFunc
}

// New builds the handler of the site and its API.
func New(cfg Config) (*Handler, error) {
	if cfg.Index == nil || cfg.Documents == nil {
		return nil, errors.New("web: an index and a document store are required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p, err := parsePages()
	if err != nil {
		return nil, err
	}
	h := &Handler{cfg: cfg, log: log.With("component", "web"), pages: p, mux: http.NewServeMux()}
	switch {
	case cfg.SearchCache == 0:
		h.searches = newSearchCache(DefaultSearchCache)
	case cfg.SearchCache > 0:
		h.searches = newSearchCache(cfg.SearchCache)
	}
	h.routes()
	h.serve = secureHeaders(h.mux)
	return h, nil
}

func (h *Handler) routes() {
	// A directorate's page shows its latest moves, its API gives them all.
	h.directoratePage, _ = pageAndAPI(h, "directorate", "name", h.directorate)
	_, h.apiDirectorate = pageAndAPI(h, "directorate", "name", h.directorateWithMoves)
	h.directoryPage, h.apiDirectory = pageAndAPI(h, "directory", "", h.directory)
	h.personPage, h.apiPerson = pageAndAPI(h, "person", "name", h.person)
	static, _ := fs.Sub(assets, "static")
	h.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	h.mux.HandleFunc("GET /{$}", h.searchPage)
	h.mux.HandleFunc("GET /objectives/{id...}", h.objectivePage)
	h.mux.HandleFunc("GET /directorates/{name}", h.directoratePage)
	h.mux.HandleFunc("GET /direzioni", h.directoryPage)
	h.mux.Handle("GET /directorates", http.RedirectHandler("/direzioni", http.StatusMovedPermanently))
	h.mux.HandleFunc("GET /persone/{name}", h.personPage)
	h.mux.HandleFunc("GET /transfers", h.transfersPage)
	h.mux.HandleFunc("GET /acts/{id...}", h.actPage)
	h.mux.HandleFunc("GET /feed", h.feed)
	h.mux.HandleFunc("GET /files/{sha}", h.file)

	for _, rt := range h.apiRoutes() {
		h.mux.HandleFunc("GET "+rt.pattern, rt.handler)
	}
	h.mux.HandleFunc("GET /api", h.apiPage)
	h.mux.HandleFunc("/", h.notFound)
}

// apiRoute is one path of the JSON API; /api/openapi.json documents each
// (the tests hold them to it).
type apiRoute struct {
	pattern string
	handler http.HandlerFunc
}

func (h *Handler) apiRoutes() []apiRoute {
	return []apiRoute{
		{"/api/search", h.apiSearch},
		{"/api/objectives/{ref...}", h.apiObjective},
		{"/api/transfers", h.apiTransfers},
		{"/api/transfers/contradictions", h.apiContradictions},
		{"/api/acts/{id...}", h.apiAct},
		{"/api/directorates", h.apiDirectory},
		{"/api/directorates/{name}", h.apiDirectorate},
		{"/api/people/{name}", h.apiPerson},
		{"/api/openapi.json", h.apiOpenAPI},
	}
}

// search asks the index, through the cache of answers.
func (h *Handler) search(ctx context.Context, req index.Request) (*index.Response, error) {
	return h.searches.search(ctx, h.cfg.Index, req)
}

// forgivingSearch is search for what a reader types: a query that does not
// parse as query syntax is searched as plain words (QueryAsWords; none
// when it has no words) and asWords says so. A query refused for its cost
// is not: its words would be another question.
func (h *Handler) forgivingSearch(ctx context.Context, req index.Request) (resp *index.Response, asWords bool, err error) {
	resp, err = h.search(ctx, req)
	var bad *index.BadQueryError
	if !errors.As(err, &bad) || bad.Costly {
		return resp, false, err
	}
	plain := index.PlainWords(req.Query)
	if plain == "" {
		return &index.Response{Hits: []index.Hit{}, Facets: map[string]map[string]int{}}, true, nil
	}
	req.Query = plain
	if resp, err = h.search(ctx, req); err != nil {
		return nil, false, err
	}
	out := *resp // the cached answer is shared: never modified
	out.QueryAsWords = plain
	return &out, true, nil
}

// ServeHTTP serves one request with the security headers set. A handler
// that panics (a bug, or data no test foresaw) answers 500 and is logged
// with the request, instead of dropping the reader's connection.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			h.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			fallbackError(w, http.StatusInternalServerError)
		}
	}()
	// Every answer of a page comes from one generation of the index.
	ctx, release := pinGeneration(r.Context(), h.cfg.Index)
	defer release()
	h.serve.ServeHTTP(w, r.WithContext(ctx))
}
