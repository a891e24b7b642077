package web

import (
	"html/template"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Status is what a live server (`albo serve --update`) says of itself on
// /stato and /healthz: its last update run, the extractor and the index
// generation it serves.
type Status struct {
	Started   time.Time `json:"started"`
	Extractor string    `json:"extractor"`
	// Generation is the index generation served, since GenerationAt.
	Generation   uint64    `json:"generation"`
	GenerationAt time.Time `json:"generation_at"`
	Every        string    `json:"every,omitempty"` // the update interval
	Running      bool      `json:"running"`         // an update is running now
	Last         *Run      `json:"last,omitempty"`  // the last update finished
}

// Run is one update: crawl, extraction of what is stale, index.
type Run struct {
	Started  time.Time `json:"started"`
	Seconds  float64   `json:"seconds"`
	Listed   int       `json:"listed"`    // acts the crawl listed
	New      int       `json:"new"`       // acts the crawl archived for the first time
	Updated  int       `json:"updated"`   // acts whose documents changed
	Extract  int       `json:"extracted"` // documents extracted
	Indexed  int       `json:"indexed"`   // acts (re-)indexed
	Failures []string  `json:"failures"`  // one line each, at most maxRunFailures
}

// maxRunFailures bounds the failures a Run keeps.
const maxRunFailures = 50

// AddFailure notes one failure of the run, keeping the first
// maxRunFailures and counting the rest.
func (r *Run) AddFailure(line string) {
	switch {
	case len(r.Failures) < maxRunFailures:
		r.Failures = append(r.Failures, line)
	case len(r.Failures) == maxRunFailures:
		r.Failures = append(r.Failures, "… and more")
	}
}

// statusRecorder remembers the status code a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.code = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// Live serves site with the pages of a live server beside it: /healthz
// (200 once an index generation is served, else 503), /stato (the status
// for a person, in Italian), /metrics (Prometheus), and counts every
// request in m.
func Live(site http.Handler, status func() Status, m *Metrics) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if status().Generation == 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte("indice non ancora pronto\n"))
			return
		}
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /stato", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if err := statusPage().Execute(w, status()); err != nil {
			http.Error(w, "errore interno", http.StatusInternalServerError)
		}
	})
	mux.Handle("GET /metrics", m)
	mux.Handle("/", site)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		mux.ServeHTTP(rec, r)
		m.requests.WithLabelValues(strconv.Itoa(rec.code)).Inc()
		m.latency.Observe(time.Since(start).Seconds())
	})
}

// statusPage is parsed on first use, not at start: every albo command
// would pay for it.
var statusPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("stato").Funcs(template.FuncMap{
		"when": func(t time.Time) string {
			if t.IsZero() {
				return "mai"
			}
			return t.Format("02/01/2006 15:04:05") + " (" + time.Since(t).Round(time.Second).String() + " fa)"
		},
	}).Parse(`<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>Stato di albo</title></head>
<body><h1>Stato di albo</h1>
<dl>
<dt>In servizio da</dt><dd>{{when .Started}}</dd>
<dt>Versione dell'estrattore</dt><dd>{{.Extractor}}</dd>
<dt>Generazione dell'indice</dt><dd>{{if .Generation}}{{.Generation}}, in uso da {{when .GenerationAt}}{{else}}nessuna: indice non ancora pronto{{end}}</dd>
<dt>Aggiornamento</dt><dd>{{if .Every}}ogni {{.Every}}{{if .Running}}, in corso ora{{end}}{{else}}non automatico{{end}}</dd>
</dl>
{{with .Last}}<h2>Ultimo aggiornamento</h2>
<dl>
<dt>Iniziato</dt><dd>{{when .Started}}, durato {{printf "%.1f" .Seconds}} s</dd>
<dt>Atti elencati dall'Albo</dt><dd>{{.Listed}}</dd>
<dt>Atti nuovi</dt><dd>{{.New}}</dd>
<dt>Atti aggiornati</dt><dd>{{.Updated}}</dd>
<dt>Documenti estratti</dt><dd>{{.Extract}}</dd>
<dt>Atti indicizzati</dt><dd>{{.Indexed}}</dd>
<dt>Errori</dt><dd>{{len .Failures}}</dd>
</dl>
{{if .Failures}}<ul>{{range .Failures}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{else}}<p>Nessun aggiornamento concluso finora.</p>{{end}}
</body></html>
`))
})
