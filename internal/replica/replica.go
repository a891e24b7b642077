// Package replica is a local stand-in for the Comune di Milano Albo Pretorio
// on line, faithful to what is known of the real site
// (contract/ALBO-MILANO.md): ASP.NET WebForms listings paged only by form
// postback with a validated __VIEWSTATE and __EVENTVALIDATION, detail pages
// that open a session, and savep7m.aspx that serves the signed document of
// the act last opened in that session (and an HTML error page with status
// 200 to anyone without one), and with ?allegato=N its attachments, signed
// or plain, which the detail page lists by label.
//
// Acts are generated from a seed and signed with throwaway certificates
// (cadestest); each act remembers the exact PDF inside its envelope, so a
// test can check that an archive holds it byte for byte. A movable "today"
// makes acts enter and leave the listings as their 15-day publication
// window passes, and switchable faults (5xx with Retry-After, connection
// resets, bodies cut short, slow answers) at a chosen rate test a crawler's
// robustness. The replica counts requests and bytes per endpoint, so a test
// can prove that a re-run downloads nothing.
//
// A Replica is an http.Handler: serve it with httptest.NewServer (tests) or
// any http.Server (albo demo).
package replica

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// BasePath is where the Albo lives under the site's root.
const BasePath = "/albopretorio/AlboPretorioWeb/"

// Config says what the replica publishes. The zero value of a field means
// its default.
type Config struct {
	Seed       int64
	Start      time.Time // first publication day (default 2026-03-02)
	Days       int       // days of publications (default 20)
	PerDay     int       // acts published each day (default 36)
	PageSize   int       // rows per listing page (default 10)
	WindowDays int       // days an act stays listed (default 15)
	// CrawlDelay, when positive, is announced in robots.txt.
	CrawlDelay time.Duration
}

func (c Config) withDefaults() Config {
	if c.Start.IsZero() {
		c.Start = day(2026, 3, 2)
	}
	if c.Days <= 0 {
		c.Days = 20
	}
	if c.PerDay <= 0 {
		c.PerDay = 36
	}
	if c.PageSize <= 0 {
		c.PageSize = 10
	}
	if c.WindowDays <= 0 {
		c.WindowDays = 15
	}
	return c
}

// Replica is the simulated Albo. Its methods are safe for concurrent use.
type Replica struct {
	cfg    Config
	acts   []*Act
	byProc map[int]*Act
	mac    []byte // key of the viewstate MAC, like ASP.NET's machineKey
	wrap   *wrapper
	mux    *http.ServeMux

	mu       sync.Mutex
	today    time.Time
	sessions map[string]int // session id -> procid last opened
	stats    Stats
	faults   faultState
}

// New generates the acts of cfg and sets "today" to the last day on which
// the acts of the first publication day are still listed, so the listings
// hold as many acts as they ever will.
func New(cfg Config) *Replica {
	cfg = cfg.withDefaults()
	w := newWrapper()
	r := newReplica(cfg, generate(cfg, w), w)
	r.today = cfg.Start.AddDate(0, 0, min(cfg.WindowDays, cfg.Days)-1)
	return r
}

// NewSamples publishes only the two embedded sample acts (Giunta n. 2187
// and n. 1098 of 2019), both listed at once: what albo demo crawls. Their
// publication window is stretched to half a year, since the two acts were
// adopted six months apart.
func NewSamples() *Replica {
	cfg := Config{WindowDays: 183, PageSize: 10}.withDefaults()
	w := newWrapper()
	acts := sampleActs(w, cfg.WindowDays)
	r := newReplica(cfg, acts, w)
	for _, a := range acts {
		if a.From.After(r.today) {
			r.today = a.From
		}
	}
	return r
}

func newReplica(cfg Config, acts []*Act, w *wrapper) *Replica {
	r := &Replica{cfg: cfg, acts: acts, wrap: w, byProc: map[int]*Act{}, sessions: map[string]int{},
		mac: newKey(), stats: newStats()}
	for _, a := range acts {
		r.byProc[a.ProcID] = a
	}
	r.mux = http.NewServeMux()
	r.mux.HandleFunc("GET /robots.txt", r.robots)
	r.mux.HandleFunc("GET "+BasePath+"AlboPretorio.aspx", r.listing)
	r.mux.HandleFunc("POST "+BasePath+"AlboPretorio.aspx", r.listing)
	r.mux.HandleFunc("GET "+BasePath+"showdoc.aspx", r.showdoc)
	r.mux.HandleFunc("GET "+BasePath+"savep7m.aspx", r.savep7m)
	return r
}

// Acts returns every act the replica knows, listed today or not.
func (r *Replica) Acts() []*Act { return slices.Clone(r.acts) }

// Listed returns the acts listed today.
func (r *Replica) Listed() []*Act {
	today := r.Today()
	var out []*Act
	for _, a := range r.acts {
		if a.listedOn(today) {
			out = append(out, a)
		}
	}
	return out
}

// Resign publishes the act with procID again in a new envelope around the
// same PDF, as when an office re-signs a document: its file changes, its
// listing row does not.
func (r *Replica) Resign(procID int) {
	a := r.byProc[procID]
	if a == nil {
		return
	}
	signed := r.wrap.wrap(a.PDF, a.Envelope)
	r.mu.Lock()
	defer r.mu.Unlock()
	a.Signed = signed
}

// Signed is the envelope the replica serves now for a.
func (r *Replica) Signed(a *Act) []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	return a.Signed
}

// Today is the replica's current day.
func (r *Replica) Today() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.today
}

// SetToday moves the replica's calendar: acts whose window holds the day
// are listed, the others are not.
func (r *Replica) SetToday(t time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.today = t
}

// ServeHTTP serves the Albo, injecting faults when they are switched on and
// counting what it answers.
func (r *Replica) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	ep := endpointOf(req.URL.Path)
	cw := &countingWriter{ResponseWriter: w}
	defer func() { r.count(ep, cw) }()
	if ep != "robots" {
		if f := r.nextFault(); f != 0 {
			if r.inject(f, cw, req) {
				return
			}
		}
	}
	r.mux.ServeHTTP(cw, req)
}

func (r *Replica) robots(w http.ResponseWriter, req *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "User-agent: *\n")
	if r.cfg.CrawlDelay > 0 {
		fmt.Fprintf(w, "Crawl-delay: %g\n", r.cfg.CrawlDelay.Seconds())
	}
	fmt.Fprintf(w, "Disallow: %sAdmin/\nDisallow: /private/\n", BasePath)
}

// listedIn returns the acts of a listing today, newest first as the Albo
// shows them.
func (r *Replica) listedIn(dtid int) []*Act {
	today := r.Today()
	var out []*Act
	for _, a := range r.acts {
		if a.Category.Dtid == dtid && a.listedOn(today) {
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].From.Equal(out[j].From) {
			return out[i].From.After(out[j].From)
		}
		return out[i].ProcID > out[j].ProcID
	})
	return out
}

func (r *Replica) listing(w http.ResponseWriter, req *http.Request) {
	dtid, err := strconv.Atoi(req.URL.Query().Get("dtid"))
	cat, ok := categoryByDtid(dtid)
	if err != nil || !ok {
		aspError(w, http.StatusNotFound, "La categoria richiesta non esiste.")
		return
	}
	acts := r.listedIn(dtid)
	pages := max(1, (len(acts)+r.cfg.PageSize-1)/r.cfg.PageSize)
	page := 1
	if req.Method == http.MethodPost {
		// Further pages exist only as postbacks of the previous page's
		// form: a request that does not carry its state is refused the
		// way ASP.NET refuses it.
		page, err = r.postbackPage(req, dtid)
		if err != nil {
			aspError(w, http.StatusInternalServerError, "Validation of viewstate MAC failed. "+err.Error())
			return
		}
		page = min(page, pages)
	}
	rows := acts[min((page-1)*r.cfg.PageSize, len(acts)):min(page*r.cfg.PageSize, len(acts))]
	links := pagerLinks(page, pages)
	viewState := r.viewState(dtid, page)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "private")
	err = listingPage().Execute(w, listingData{
		Dtid:            dtid,
		Title:           cat.Label,
		ViewState:       viewState,
		Generator:       viewStateGenerator,
		EventValidation: r.eventValidation(viewState, links),
		Rows:            rows,
		Pager:           links,
		Page:            page,
	})
	if err != nil {
		panic(fmt.Sprintf("replica: listing template: %v", err))
	}
}

func (r *Replica) showdoc(w http.ResponseWriter, req *http.Request) {
	procID, err := strconv.Atoi(req.URL.Query().Get("procid"))
	a := r.byProc[procID]
	if err != nil || a == nil || !a.listedOn(r.Today()) {
		aspError(w, http.StatusNotFound, "Il documento richiesto non è disponibile.")
		return
	}
	sid := ""
	if c, err := req.Cookie(sessionCookie); err == nil {
		sid = c.Value
	}
	r.mu.Lock()
	if _, ok := r.sessions[sid]; !ok {
		sid = newSessionID()
		if len(r.sessions) > maxSessions {
			clear(r.sessions)
		}
		http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: sid, Path: "/", HttpOnly: true})
	}
	r.sessions[sid] = procID
	r.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := detailPage().Execute(w, a); err != nil {
		panic(fmt.Sprintf("replica: detail template: %v", err))
	}
}

// savep7m serves the signed document of the act the session opened, or
// with ?allegato=N its N-th attachment.
func (r *Replica) savep7m(w http.ResponseWriter, req *http.Request) {
	var a *Act
	var name string
	var served []byte
	if c, err := req.Cookie(sessionCookie); err == nil {
		r.mu.Lock()
		if procID, ok := r.sessions[c.Value]; ok {
			a = r.byProc[procID]
			name, served = a.FileName, a.Signed
		}
		r.mu.Unlock()
	}
	if a != nil && req.URL.Query().Has("allegato") {
		n, err := strconv.Atoi(req.URL.Query().Get("allegato"))
		if err != nil || n < 1 || n > len(a.Attachments) {
			aspError(w, http.StatusNotFound, "L'allegato richiesto non esiste.")
			return
		}
		name, served = a.Attachments[n-1].FileName, a.Attachments[n-1].Served
	}
	if a == nil {
		// What the real site does: status 200, an HTML page, no document.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, sessionErrorPage)
		return
	}
	w.Header().Set("Content-Type", "application/pkcs7-mime")
	if !strings.HasSuffix(name, ".p7m") {
		w.Header().Set("Content-Type", "application/pdf")
	}
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	sum := sha256.Sum256(served)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:8])+`"`)
	http.ServeContent(w, req, name, a.From, bytes.NewReader(served))
}

const (
	sessionCookie = "ASP.NET_SessionId"
	maxSessions   = 100000
	// viewStateGenerator is the hash ASP.NET derives from the page's path.
	viewStateGenerator = "C2EE9ABB"
)

func newSessionID() string {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("replica: session id: %v", err))
	}
	return hex.EncodeToString(b)
}

// Restart forgets every session and changes the key of the view state,
// as the recycling of the real server's application does: postbacks of
// the pages served before are refused.
func (r *Replica) Restart() {
	key := newKey()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.mac = key
	clear(r.sessions)
}

func newKey() []byte {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		panic(fmt.Sprintf("replica: machine key: %v", err))
	}
	return key
}

func (r *Replica) sign(parts ...string) string {
	r.mu.Lock()
	key := r.mac
	r.mu.Unlock()
	m := hmac.New(sha256.New, key)
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return hex.EncodeToString(m.Sum(nil)[:10])
}
