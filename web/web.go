// Package web serves albo's search page and JSON API over a corpus and its
// index: a search box with highlights and facets, a page per objective (with
// its history across plan revisions), per directorate, per act, the
// transfers between directorates drawn as SVG, an RSS feed per search and
// a read-only JSON API that mirrors the command-line shapes.
//
// Document text is hostile input: every page is rendered by html/template,
// highlights are re-escaped so that only the server's own <mark> tags
// survive, and a strict Content-Security-Policy lets the browser run nothing
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
	static, _ := fs.Sub(assets, "static")
	h.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	h.mux.HandleFunc("GET /{$}", h.searchPage)
	h.mux.HandleFunc("GET /objectives/{id...}", h.objectivePage)
	h.mux.HandleFunc("GET /directorates/{name}", h.directoratePage)
	h.mux.HandleFunc("GET /transfers", h.transfersPage)
	h.mux.HandleFunc("GET /acts/{id...}", h.actPage)
	h.mux.HandleFunc("GET /feed", h.feed)
	h.mux.HandleFunc("GET /files/{sha}", h.file)

	h.mux.HandleFunc("GET /api/search", h.apiSearch)
	h.mux.HandleFunc("GET /api/objectives/{ref...}", h.apiObjective)
	h.mux.HandleFunc("GET /api/transfers", h.apiTransfers)
	h.mux.HandleFunc("GET /api/transfers/contradictions", h.apiContradictions)
	h.mux.HandleFunc("GET /api/acts/{id...}", h.apiAct)
	h.mux.HandleFunc("GET /api/directorates/{name}", h.apiDirectorate)
	h.mux.HandleFunc("/", h.notFound)
}

// search asks the index, through the cache of answers.
func (h *Handler) search(ctx context.Context, req index.Request) (*index.Response, error) {
	return h.searches.search(ctx, h.cfg.Index, req)
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
			http.Error(w, "errore interno", http.StatusInternalServerError)
		}
	}()
	// Every answer of a page comes from one generation of the index.
	ctx, release := pinGeneration(r.Context(), h.cfg.Index)
	defer release()
	h.serve.ServeHTTP(w, r.WithContext(ctx))
}
