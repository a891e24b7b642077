package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/index"
)

// pages holds one parsed template set per page, each the layout plus the
// page's own "title" and "content".
type pages struct {
	byName map[string]*template.Template
}

var pageNames = []string{"search", "objective", "directorate", "directory", "person", "transfers", "act", "api", "error"}

func parsePages() (*pages, error) {
	p := &pages{byName: map[string]*template.Template{}}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(templateFuncs).ParseFS(assets, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		p.byName[name] = t
	}
	return p, nil
}

var templateFuncs = template.FuncMap{
	"highlight":          safeHighlight,
	"objectiveURL":       objectiveURL,
	"actURL":             actURL,
	"directorateURL":     directorateURL,
	"personURL":          personURL,
	"fileURL":            fileURL,
	"date":               italianDate,
	"datetime":           italianTime,
	"typeLabel":          typeLabel,
	"evidenceLabel":      func(e string) string { return labelOr(evidenceLabels, e) },
	"matchLabel":         func(m string) string { return labelOr(matchLabels, m) },
	"changeLabel":        changeLabel,
	"contradictionLabel": func(k string) string { return labelOr(contradictionLabels, k) },
	"actLabel":           actLabel,
	"hitList":            hitList,
	"directorList":       directorList,
	"yearList":           yearList,
	"facetList":          facetList,
	"inc":                func(i int) int { return i + 1 },
	"deref":              func(p *int) int { return *p },
	"transfersURL":       transfersURL,
	"rowY":               func(i int) int { return headerSpace + i*cellSize + 19 },
	"colX":               func(i int) int { return labelWidth + i*cellSize + 14 },
	"lineY":              func(i int) int { return headerSpace + i*cellSize },
}

// escapeID escapes each slash-separated segment of an id, keeping the
// slashes: act ids read as paths ("milano/giunta/2019/2187"). An id
// whose segments need no escaping, nearly every one, is the id itself,
// found without allocating (a directorate's page links two hundred).
func escapeID(id string) string {
	for rest := id; ; {
		seg, after, more := strings.Cut(rest, "/")
		if url.PathEscape(seg) != seg {
			break
		}
		if !more {
			return id
		}
		rest = after
	}
	segs := strings.Split(id, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

func objectiveURL(id string) string { return "/objectives/" + escapeID(id) }

func actURL(id string) string { return "/acts/" + escapeID(id) }

func directorateURL(name string) string { return "/directorates/" + url.PathEscape(name) }

// fileURL opens a stored file of an act at a page: browsers' PDF viewers
// honour #page=N; the act names the download (fileName).
func fileURL(actID, sha string, page int) string {
	u := "/files/" + sha
	if actID != "" {
		u += "?" + url.Values{"act": {actID}}.Encode()
	}
	if page > 0 {
		u += fmt.Sprintf("#page=%d", page)
	}
	return u
}

var typeLabels = map[string]string{
	index.TypeObjective: "obiettivo",
	index.TypeChange:    "modifica",
	index.TypeAct:       "atto",
}

var evidenceLabels = map[string]string{
	index.EvidenceDeclared: "dichiarato",
	index.EvidenceObserved: "osservato",
	index.EvidenceBoth:     "dichiarato e osservato",
}

var matchLabels = map[string]string{
	"exact":      "testo identico",
	"normalised": "testo equivalente",
	"similar":    "testo simile",
	"declared":   "trasferimento dichiarato",
}

var changeLabels = map[string]string{
	"transfer_out":       "trasferito ad altra direzione",
	"transfer_in":        "ricevuto da altra direzione",
	"new":                "nuovo",
	"retitled":           "riformulato",
	"updated_priorities": "priorità aggiornate",
	"updated_regulatory": "aggiornamento normativo",
	"updated_form":       "aggiornamento formale",
}

var contradictionLabels = map[string]string{
	index.ContradictionUnmatchedOut: "ceduto secondo l'allegato, ma nessuna direzione lo riceve",
	index.ContradictionUnmatchedIn:  "ricevuto secondo l'allegato, ma nessuna direzione lo cede",
	index.ContradictionManyPlaces:   "dichiarato in più direzioni",
}

func typeLabel(t string) string { return labelOr(typeLabels, t) }

func changeLabel(k string) string { return labelOr(changeLabels, k) }

func labelOr(labels map[string]string, key string) string {
	if l, ok := labels[key]; ok {
		return l
	}
	return key
}

// italianDate writes YYYY-MM-DD as DD/MM/YYYY; anything else as it is.
func italianDate(s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.Format("02/01/2006")
}

var italianMonths = [...]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
	"luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}

// siteZone is the time zone the dates and times of the site are read in:
// the municipalities' own, loaded on first use rather than by every albo
// command at start.
var siteZone = sync.OnceValue(func() *time.Location {
	if loc, err := time.LoadLocation("Europe/Rome"); err == nil {
		return loc
	}
	return time.FixedZone("CET", 3600)
})

// italianTime writes a moment the Italian way, in Italian time:
// "2 dicembre 2026, 15:37". It takes a time.Time or an RFC 3339 string
// (a signature's time); any other string is written as it is.
func italianTime(v any) string {
	var t time.Time
	switch v := v.(type) {
	case time.Time:
		t = v
	case string:
		parsed, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return v
		}
		t = parsed
	default:
		return fmt.Sprint(v)
	}
	if t.IsZero() {
		return ""
	}
	t = t.In(siteZone())
	return fmt.Sprintf("%d %s %d, %02d:%02d", t.Day(), italianMonths[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

// actLabel names an act for people: "Giunta Comunale n. 2187 del 06/12/2019".
func actLabel(a index.ActRef) string {
	var b strings.Builder
	b.WriteString(a.Organ)
	if a.Number != 0 {
		b.WriteString(" n. ")
		b.WriteString(strconv.Itoa(a.Number))
	}
	if a.Date != "" {
		b.WriteString(" del ")
		b.WriteString(italianDate(a.Date))
	}
	if s := strings.TrimSpace(b.String()); s != "" {
		return s
	}
	return a.ID
}

// render executes a page into a buffer first, so a failing template never
// sends half a page with a 200 status.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	buf := getBuffer()
	defer putBuffer(buf)
	if err := h.pages.byName[name].Execute(buf, data); err != nil {
		h.log.Error("render", "page", name, "path", r.URL.Path, "err", err)
		fallbackError(w, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// buffers hold the pages and files written whole before they are sent
// (so that a failure never sends half of one). A page of a large
// directorate or act is hundreds of kilobytes: grown afresh for every
// request, its buffer was zeroed and copied at each doubling, a tenth of
// the site's CPU under load.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer is the largest buffer kept for the next request; a
// larger one (an exceptional export) is left to the collector.
const maxPooledBuffer = 4 << 20

func getBuffer() *bytes.Buffer { return buffers.Get().(*bytes.Buffer) }

func putBuffer(b *bytes.Buffer) {
	if b.Cap() > maxPooledBuffer {
		return
	}
	b.Reset()
	buffers.Put(b)
}

type errorView struct {
	Status  int
	Title   string
	Message string
	// Query is what the reader typed in the search box, kept there to be
	// corrected or searched again.
	Query string
}

// statusTitles name the error statuses in Italian.
var statusTitles = map[int]string{
	http.StatusBadRequest:          "Richiesta non valida",
	http.StatusNotFound:            "Pagina non trovata",
	http.StatusMethodNotAllowed:    "Metodo non consentito",
	http.StatusInternalServerError: "Errore interno",
	http.StatusServiceUnavailable:  "Servizio non disponibile",
}

func statusTitle(status int) string {
	if t, ok := statusTitles[status]; ok {
		return t
	}
	return "Errore"
}

// pageError answers a page request that failed: 400 with the reason for a
// bad request, 404 for an unknown id, 500 (logged, not shown) otherwise.
func (h *Handler) pageError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := h.classify(r, err)
	h.errorPage(w, r, status, msg)
}

// errorPage answers status with an Italian page that says why and keeps
// the search box with the query typed.
func (h *Handler) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	query := r.URL.Query().Get("q")
	if utf8.RuneCountInString(query) > MaxQueryLen {
		query = string([]rune(query)[:MaxQueryLen])
	}
	h.render(w, r, status, "error", errorView{Status: status, Title: statusTitle(status), Message: msg, Query: query})
}

// fallbackError answers status when the pages cannot be rendered (a
// template failed, a handler panicked): a fixed Italian page, still with
// the search box.
func fallbackError(w http.ResponseWriter, status int) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>%[1]d · %[2]s · albo</title>`+
		`<link rel="stylesheet" href="/static/style.css"></head><body><main><h1>%[1]d · %[2]s</h1>`+
		`<p class="error">Non è stato possibile mostrare la pagina. Riprovare più tardi.</p>`+
		`<form class="search" method="get" action="/" role="search"><label for="q">Cerca negli atti e negli obiettivi</label>`+
		`<input id="q" name="q" type="search" maxlength="500"><button type="submit">Cerca</button></form></main></body></html>`,
		status, html.EscapeString(statusTitle(status)))
}

// apiError is pageError for the API: {"error": "…"}.
func (h *Handler) apiError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := h.classify(r, err)
	writeJSON(w, status, map[string]string{"error": msg})
}

func (h *Handler) classify(r *http.Request, err error) (int, string) {
	var bad badRequest
	var badQuery *index.BadQueryError
	switch {
	case errors.As(err, &bad):
		return http.StatusBadRequest, bad.msg
	case errors.As(err, &badQuery):
		return http.StatusBadRequest, "ricerca non valida: virgolette o parentesi non chiuse, o un operatore senza parola (" + badQuery.Err.Error() + ")"
	case isNotFound(err):
		return http.StatusNotFound, "Nessun contenuto a questo indirizzo: " + r.URL.Path + ". Cercare con la casella qui sopra."
	case r.Context().Err() != nil:
		return http.StatusServiceUnavailable, "richiesta interrotta: ha richiesto troppo tempo. Riprovare fra poco."
	default:
		h.log.Error("request failed", "path", r.URL.Path, "err", err)
		return http.StatusInternalServerError, "errore interno: è stato registrato. Riprovare più tardi."
	}
}

func isNotFound(err error) bool {
	return errors.Is(err, ErrNotFound) || errors.Is(err, index.ErrNotFound) || errors.Is(err, corpus.ErrNotFound)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		http.Error(w, `{"error":"errore interno"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(data, '\n'))
}

// notFound answers every path no route claims; the site is read-only, so
// other methods than GET and HEAD get 405.
func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		if strings.HasPrefix(r.URL.Path, "/api/") {
			writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "metodo non consentito: il sito è in sola lettura"})
			return
		}
		h.errorPage(w, r, http.StatusMethodNotAllowed, "Il sito è in sola lettura: si consulta con GET.")
		return
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		h.apiError(w, r, ErrNotFound)
		return
	}
	h.pageError(w, r, ErrNotFound)
}
