package crawl_test

// An Albo Pretorio of the Comune di Milano written from
// contract/ALBO-MILANO.md alone, independently of internal/replica: every
// choice the contract leaves open is made here differently from the obvious
// one (markup, WebForms state, sessions, document encodings, transfer
// encodings, faults), so that the crawler is not proved only against the
// replica its author wrote.

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"html"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract/cades/cadestest"
	"golang.org/x/text/encoding/charmap"
)

const (
	indiePrefix    = "/albopretorio/AlboPretorioWeb/"
	indieGrid      = "ctl00$mainIndexContent$gvRisultati"
	indieSearchBtn = "ctl00$mainIndexContent$btnCerca"
	indieGenerator = "CA0B0334"
	indieCookie    = "ASP.NET_SessionId"
	indiePageSize  = 10
	// indiePageButtons is how many page numbers the GridView pager shows
	// at a time; the others are behind its "..." links.
	indiePageButtons = 10
	// indieSessionUses is how many requests a session serves before it
	// expires.
	indieSessionUses = 3
)

// indieCategory is a listing of the replica and how many acts it holds.
type indieCategory struct {
	name, dtid string
	acts       int
	// lag is the most days an act's date may precede its publication.
	lag int
	// oldestFirst lists the acts in the order they were published, so
	// that new acts come on the last page, not the first.
	oldestFirst bool
}

var indieCategories = []indieCategory{
	{name: "giunta", dtid: "9030", acts: 260, lag: 4},
	{name: "consiglio", dtid: "9040", acts: 150, lag: 6, oldestFirst: true},
	// Determinazioni are published long after they are signed, so the
	// listing's order (by publication) is not the order of the acts' dates.
	{name: "determinazioni", dtid: "9050", acts: 380, lag: 25},
	// An Albo category with nothing published: an empty results panel.
	{name: "documenti-vari", dtid: "9060"},
}

// indieAct is one act of the replica with what the crawler must archive.
type indieAct struct {
	procid       int
	cat          indieCategory
	number, year int
	protocol     int
	date         time.Time
	from, to     time.Time
	subject      string // as the crawler must store it
	subjectHTML  string // as the listing renders it
	office       string
	pdf          []byte // the PDF inside the envelope
	served       []byte // the envelope as served
	signers      int
	form         string // how the envelope is encoded, for coverage
	disposition  string
	contentType  string
	// validators are the ETag (weak or strong) and Last-Modified sent,
	// both, one or none.
	validators    int
	markupVariant int
	attachments   []*indieAttachment
}

func (a *indieAct) id() string { return corpus.ActID("milano", a.cat.name, a.year, a.number) }

// indieWorld is the replica's acts, the same for every test: signing them
// is the slow part, so it is done once.
type indieWorld struct {
	acts  []*indieAct // newest publication first
	start time.Time   // publication of the first act
}

var indieWorldOnce = sync.OnceValue(buildIndieWorld)

// indieSpan is over how many days the acts are published.
const indieSpan = 24

func buildIndieWorld() *indieWorld {
	rng := rand.New(rand.NewPCG(2187, 2019))
	// The span crosses New Year, where act numbers start again at 1.
	w := &indieWorld{start: time.Date(2018, 12, 22, 0, 0, 0, 0, time.UTC)}
	mayor, secretary := cadestest.NewSigner("SINDACO DI PROVA"), cadestest.NewSigner("SEGRETARIO GENERALE")
	offices := []string{"DIREZIONE URBANISTICA", "S ZONA 2", "AREA SERVIZI CIVICI, PARTECIPAZIONE & SPORT", "DIREZIONE MOBILITÀ E TRASPORTI", "MUNICIPIO 9"}
	procid := 48000
	for _, c := range indieCategories {
		var acts []*indieAct
		for i := range c.acts {
			procid += 1 + rng.IntN(7)
			from := w.start.AddDate(0, 0, i*indieSpan/c.acts)
			a := &indieAct{
				procid:        procid,
				cat:           c,
				from:          from,
				date:          from.AddDate(0, 0, -rng.IntN(c.lag+1)),
				office:        offices[rng.IntN(len(offices))],
				markupVariant: rng.IntN(3),
			}
			a.to = a.from.AddDate(0, 0, 15)
			if rng.IntN(5) == 0 {
				a.to = a.from.AddDate(0, 0, 30)
			}
			a.subject, a.subjectHTML = indieSubject(rng, i)
			acts = append(acts, a)
		}
		// Numbers run per year in the order of the acts' dates.
		slices.SortStableFunc(acts, func(x, y *indieAct) int { return x.date.Compare(y.date) })
		next := map[int]int{}
		for _, a := range acts {
			a.year = a.date.Year()
			next[a.year]++
			a.number = next[a.year]
			if a.year == w.start.Year() {
				a.number += 2000 // late in the year, numbers are high
			}
			a.protocol = 150000 + rng.IntN(99999)
			a.pdf = indiePDF(rng, a)
			a.signEnvelope(rng, mayor, secretary)
		}
		w.acts = append(w.acts, acts...)
	}
	w.addAttachments(secretary)
	slices.SortStableFunc(w.acts, func(x, y *indieAct) int {
		if c := y.from.Compare(x.from); c != 0 {
			return c
		}
		return y.procid - x.procid
	})
	return w
}

// indieSubject is a subject with entities, non-breaking spaces, accents
// and line breaks, and what it reads once decoded and its spaces folded.
func indieSubject(rng *rand.Rand, i int) (plain, markup string) {
	switch rng.IntN(4) {
	case 0:
		markup = fmt.Sprintf("APPROVAZIONE DEL PROGETTO N.&nbsp;%d PER LA CITT&#192; &amp; IL MUNICIPIO", i)
	case 1:
		markup = fmt.Sprintf("Aggiornamento\n        del Piano degli Obiettivi: attivit&#224; dell&#39;anno %d &quot;Città&quot;", 2018+i%2)
	case 2:
		markup = fmt.Sprintf("  Variazione di bilancio n. %d &ndash; &lt;urgente&gt;  ", i)
	default:
		markup = fmt.Sprintf("Concessione contributo all’associazione “Il Pane & le Rose” (rif. %d)", i)
	}
	return strings.Join(strings.Fields(html.UnescapeString(markup)), " "), strings.ReplaceAll(markup, " & ", " &amp; ")
}

// indiePDF is a small PDF whose bytes are the act's own, binary included,
// so that any re-encoding on the way shows.
func indiePDF(rng *rand.Rand, a *indieAct) []byte {
	var b bytes.Buffer
	if rng.IntN(12) == 0 {
		// Some producers write a line before the header; readers look
		// for it in the first 1024 bytes.
		b.WriteString("\r\n")
	}
	fmt.Fprintf(&b, "%%PDF-1.7\r\n%%\xe2\xe3\xcf\xd3\r\n1 0 obj\n<< /Title (%s %d/%d) >>\nendobj\n2 0 obj\n<< /Length %d >>\nstream\n",
		a.cat.name, a.number, a.year, 512)
	noise := make([]byte, 512+rng.IntN(4096))
	for i := range noise {
		noise[i] = byte(rng.IntN(256))
	}
	b.Write(noise)
	b.WriteString("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\r\n")
	return b.Bytes()
}

// signEnvelope wraps the act's PDF the way it is served: DER or base64
// with CRLF every 64 or 76 characters, signed once or twice.
func (a *indieAct) signEnvelope(rng *rand.Rand, mayor, secretary *cadestest.Signer) {
	der := secretary.Sign(a.pdf)
	a.signers = 1
	if rng.IntN(3) == 0 {
		der = mayor.Sign(der)
		a.signers = 2
	}
	switch rng.IntN(5) {
	case 0, 1:
		a.served, a.form = der, fmt.Sprintf("der/%d", a.signers)
	case 2:
		a.served, a.form = cadestest.Base64(der, 64, false), fmt.Sprintf("base64-64/%d", a.signers)
	case 3:
		a.served, a.form = cadestest.Base64(der, 76, false), fmt.Sprintf("base64-76/%d", a.signers)
	default:
		a.served, a.form = cadestest.Base64(der, 64, true), fmt.Sprintf("pem/%d", a.signers)
	}
	name := fmt.Sprintf("%s_%d_%d.pdf.p7m", strings.ToUpper(a.cat.name[:2]), a.number, a.year)
	switch rng.IntN(3) {
	case 0:
		a.disposition = `attachment; filename="` + name + `"`
	case 1:
		a.disposition = `attachment; filename*=UTF-8''` + url.PathEscape("Delibera n° "+name)
	}
	// text/html too: IIS guesses the type of what an .aspx page writes.
	a.contentType = []string{"application/pkcs7-mime", "application/octet-stream", "application/x-pkcs7-mime; name=atto.p7m", "text/html; charset=utf-8"}[rng.IntN(4)]
	a.validators = rng.IntN(5)
}

// indieFaults are what the replica does instead of answering.
type indieFault int

const (
	faultNone          indieFault = iota
	fault500                      // Retry-After in seconds
	fault502                      // Retry-After as an HTTP date
	fault503                      // Retry-After as an HTTP date
	fault429                      // Retry-After in seconds
	faultReset                    // connection reset in the middle of the body
	faultShort                    // Content-Length larger than the body sent
	faultSlowHead                 // no answer before the crawler's timeout
	faultSlowBody                 // the body stalls past the crawler's timeout
	faultEmpty                    // 200 with nothing in it
	faultYellow                   // the ASP.NET yellow error page, status 500
	faultYellow200                // a custom error page with status 200 (listings)
	faultCutUndeclared            // a document cut short, with no Content-Length to tell
	faultKinds
)

var faultNames = [...]string{"none", "500", "502", "503", "429", "reset", "short", "slow-head", "slow-body", "empty", "yellow", "yellow-200", "cut-undeclared"}

// indieAlbo is one running replica.
type indieAlbo struct {
	world *indieWorld
	srv   *httptest.Server

	mu        sync.Mutex
	today     time.Time
	epoch     int // changes with today: older view states are stale
	faultRate float64
	// moveIn counts down the listing requests until today moves by
	// moveDays.
	moveIn, moveDays int
	// listingUp counts down the listing requests served before an outage
	// of the listing alone, listingDown those then answered 503.
	listingUp, listingDown int
	// forbidden is a path (and query) prefix robots.txt disallows.
	forbidden string
	// broken are acts whose pages fail until healed, by procid;
	// brokenFor, how many more of their requests fail when not forever.
	broken    map[int]indieBreak
	brokenFor map[int]int
	rng       *rand.Rand
	tokens    map[string]*indieViewState
	sessions  map[string]*indieSession
	stats     indieStats
}

// indieBreak is how an act fails every time.
type indieBreak int

const (
	breakNone       indieBreak = iota
	breakDetail                // its detail page answers 503
	breakNoDocument            // its download answers the session error page
)

// breakAct makes an act fail every time in the way how says (breakNone:
// heal it).
func (a *indieAlbo) breakAct(act *indieAct, how indieBreak) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.broken[act.procid] = how
	delete(a.brokenFor, act.procid)
}

// breakActFor makes an act fail in the way how says for its next n
// requests of that kind, as in an outage that ends.
func (a *indieAlbo) breakActFor(act *indieAct, how indieBreak, n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.broken[act.procid] = how
	a.brokenFor[act.procid] = n
}

// failListings serves the next after listing requests, then answers the
// n that follow 503.
func (a *indieAlbo) failListings(after, n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.listingUp, a.listingDown = after, n
}

// forbid makes robots.txt disallow the paths that start with prefix.
func (a *indieAlbo) forbid(prefix string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.forbidden = prefix
}

func (a *indieAlbo) isBroken(procid int, how indieBreak) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.broken[procid] != how {
		return false
	}
	if n, ok := a.brokenFor[procid]; ok {
		if n == 0 {
			delete(a.broken, procid)
			delete(a.brokenFor, procid)
			return false
		}
		a.brokenFor[procid] = n - 1
	}
	return true
}

type indieViewState struct {
	dtid       string
	page       int
	epoch      int
	validation string
	targets    []string // the pager arguments the page offered
	// session keys the view state (ViewStateUserKey): a postback must
	// come in the same session.
	session string
}

type indieSession struct {
	uses   int
	procid int
}

// indieStats is what the replica saw and served.
type indieStats struct {
	requests    map[string]int // by page name
	faults      map[string]int // by fault name
	pages       int            // listing pages served whole
	docBytes    int64          // envelope bytes served in full
	gzipped     int            // answers sent gzipped
	chunked     int            // answers sent without Content-Length
	notModified int
	errorPages  int // savep7m answered outside a session
	badUA       int
	forbidden   int      // requests robots.txt disallows
	rejected    []string // postbacks refused, and why
}

func newIndieAlbo(t *testing.T, faultRate float64) *indieAlbo {
	t.Helper()
	w := indieWorldOnce()
	a := &indieAlbo{
		world:     w,
		today:     w.start.AddDate(0, 0, 15),
		faultRate: faultRate,
		rng:       rand.New(rand.NewPCG(uint64(len(t.Name())), 15)),
		tokens:    map[string]*indieViewState{},
		sessions:  map[string]*indieSession{},
		broken:    map[int]indieBreak{},
		brokenFor: map[int]int{},
	}
	a.resetStats()
	a.srv = httptest.NewServer(a)
	t.Cleanup(a.srv.Close)
	return a
}

func (a *indieAlbo) resetStats() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.stats = indieStats{requests: map[string]int{}, faults: map[string]int{}}
}

func (a *indieAlbo) snapshot() indieStats {
	a.mu.Lock()
	defer a.mu.Unlock()
	s := a.stats
	s.requests, s.faults = cloneMap(s.requests), cloneMap(s.faults)
	s.rejected = slices.Clone(s.rejected)
	return s
}

func cloneMap(m map[string]int) map[string]int {
	c := make(map[string]int, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// count updates the statistics.
func (a *indieAlbo) count(update func(*indieStats)) {
	a.mu.Lock()
	defer a.mu.Unlock()
	update(&a.stats)
}

// advance moves today forward: acts enter and leave the listings, and the
// view states of earlier pages go stale.
func (a *indieAlbo) advance(days int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.today = a.today.AddDate(0, 0, days)
	a.epoch++
}

// advanceAfter moves today forward by days once the listings have been
// asked for n more times: in the middle of a crawl.
func (a *indieAlbo) advanceAfter(n, days int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.moveIn, a.moveDays = n, days
}

// visible are the acts of the listing dtid today, in the listing's order.
func (a *indieAlbo) visible(dtid string) []*indieAct {
	a.mu.Lock()
	today := a.today
	a.mu.Unlock()
	return a.world.visibleOn(today, dtid)
}

// visibleOn are the acts of the listing dtid on the Albo on day today, in
// the listing's order.
func (w *indieWorld) visibleOn(today time.Time, dtid string) []*indieAct {
	var out []*indieAct
	for _, act := range w.acts {
		if act.cat.dtid == dtid && !act.from.After(today) && !act.to.Before(today) {
			out = append(out, act)
		}
	}
	if len(out) > 0 && out[0].cat.oldestFirst {
		slices.Reverse(out)
	}
	return out
}

// reply is an answer before the transport and the faults have their say.
type reply struct {
	status int
	header http.Header
	body   []byte
	// listing: a listing page, which may also fail as a 200 error page.
	listing bool
	// document: a signed document, counted when delivered whole.
	document bool
}

// cuttable says whether the cut-undeclared fault may spoil rep: a document
// or an HTML page, served whole (robots.txt, cut, would only lose rules).
func (rep *reply) cuttable() bool {
	return rep.status == http.StatusOK && len(rep.body) > 0 &&
		(rep.document || strings.HasPrefix(rep.header.Get("Content-Type"), "text/html"))
}

func htmlReply(status int, body string) *reply {
	h := http.Header{}
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "private")
	h.Set("X-AspNet-Version", "4.0.30319")
	return &reply{status: status, header: h, body: []byte(body)}
}

// indieKeyedDTID is the listing whose view state is keyed to the session
// (ViewStateUserKey = Session.SessionID, as ASP.NET advises against
// one-click attacks): its first page sets a session cookie, and its
// postbacks are refused without it.
const indieKeyedDTID = "9050"

// indieLegacyDTID is the listing served, with its acts' detail pages, in
// windows-1252 as ASP.NET's responseEncoding may be set: the crawler must
// decode it by the declared charset, which the listing declares only in
// its meta tag.
const indieLegacyDTID = "9040"

// legacy re-encodes an HTML reply in windows-1252, declared in the page's
// meta tag and, with inHeader, in its Content-Type too.
func legacy(rep *reply, inHeader bool) *reply {
	body, err := charmap.Windows1252.NewEncoder().Bytes(bytes.ReplaceAll(rep.body, []byte("charset=utf-8"), []byte("charset=windows-1252")))
	if err != nil {
		panic(fmt.Sprintf("replica page not representable in windows-1252: %v", err))
	}
	rep.body = body
	rep.header.Set("Content-Type", "text/html")
	if inHeader {
		rep.header.Set("Content-Type", "text/html; charset=windows-1252")
	}
	return rep
}

func (a *indieAlbo) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.ToLower(strings.TrimPrefix(r.URL.Path, indiePrefix))
	if r.URL.Path == "/robots.txt" {
		name = "robots.txt"
	}
	a.mu.Lock()
	a.stats.requests[name]++
	if a.forbidden != "" && strings.HasPrefix(r.URL.RequestURI(), a.forbidden) {
		a.stats.forbidden++
	}
	if !strings.Contains(r.UserAgent(), "albo") {
		a.stats.badUA++
	}
	a.mu.Unlock()
	var rep *reply
	switch name {
	case "robots.txt":
		a.mu.Lock()
		robots := indieRobots
		if a.forbidden != "" {
			robots = strings.Replace(robots, "Crawl-delay: 0\r\n", "Crawl-delay: 0\r\nDisallow: "+a.forbidden+"\r\n", 1)
		}
		a.mu.Unlock()
		rep = &reply{status: 200, header: http.Header{"Content-Type": {"text/plain"}}, body: []byte(robots)}
	case "albopretorio.aspx":
		rep = a.listing(w, r)
		rep.listing = true
	case "showdoc.aspx":
		rep = a.detail(w, r)
	case "savep7m.aspx":
		rep = a.download(r)
	case "errore.aspx":
		rep = htmlReply(200, indieErrorPage)
	case "saveallegato.aspx":
		rep = a.attachment(r, name)
	default:
		if strings.HasPrefix(name, "allegati/") {
			rep = a.attachment(r, name)
			break
		}
		rep = htmlReply(404, "<html><body><h1>404 - File or directory not found.</h1></body></html>")
	}
	a.deliver(w, r, rep, a.fault(rep))
}

// indieRobots has a group for another robot that forbids everything, CRLF
// line ends, comments, a Crawl-delay the crawler can honour at no cost,
// and a Disallow for paths the crawler never needs.
const indieRobots = "# robots.txt del Comune di Milano\r\n" +
	"User-agent: BadBot\r\nDisallow: /\r\n\r\n" +
	"User-Agent: *\r\nCrawl-delay: 0\r\nDisallow: /albopretorio/AlboPretorioWeb/Admin/\r\nDisallow: /portale/wps/myportal   # area riservata\r\n\r\n" +
	"Sitemap: https://web.comune.milano.it/sitemap.xml\r\n"

// fault picks, deterministically from the replica's seed, what goes wrong
// with an answer.
func (a *indieAlbo) fault(rep *reply) indieFault {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.rng.Float64() >= a.faultRate {
		return faultNone
	}
	for {
		f := indieFault(1 + a.rng.IntN(int(faultKinds)-1))
		switch {
		case f == faultYellow200 && !rep.listing, f == faultCutUndeclared && !rep.cuttable():
			continue
		case (f == faultSlowHead || f == faultSlowBody) && a.rng.IntN(8) != 0:
			// Slow answers cost the crawler its timeout: keep them rare.
			continue
		}
		a.stats.faults[faultNames[f]]++
		return f
	}
}

// deliver sends rep, or fault instead of it; with no fault, documents
// come in chunks or gzipped when the client accepts it.
func (a *indieAlbo) deliver(w http.ResponseWriter, r *http.Request, rep *reply, f indieFault) {
	h := w.Header()
	switch f {
	case fault500, fault429:
		h.Set("Retry-After", "0")
		w.WriteHeader(map[indieFault]int{fault500: 500, fault429: 429}[f])
		return
	case fault502, fault503:
		h.Set("Retry-After", time.Now().UTC().Format(http.TimeFormat))
		h.Set("Content-Type", "text/html")
		w.WriteHeader(map[indieFault]int{fault502: 502, fault503: 503}[f])
		w.Write([]byte("<html><body><h1>Service Unavailable</h1></body></html>"))
		return
	case faultReset, faultShort:
		hijackCut(w, rep, len(rep.body)/2, true, f == faultReset)
		return
	case faultCutUndeclared:
		// Anywhere before its last line, as connections break (a
		// document cut at the same byte every time is
		// TestDocumentCutShort's): a PDF, or an envelope in base64, cut
		// within its last line may lack only the end of line after
		// %%EOF or after the last base64 line, which nothing can tell
		// from a file served so.
		// A quarter of them within the bytes that tell a document
		// what it is (an envelope's first base64 characters).
		lastLine := bytes.LastIndexByte(rep.body[:len(rep.body)-1], '\n') + 1
		a.mu.Lock()
		n := a.rng.IntN(max(lastLine, 1))
		if a.rng.IntN(4) == 0 {
			n = a.rng.IntN(max(min(lastLine, 20), 1))
		}
		a.mu.Unlock()
		hijackCut(w, rep, n, false, false)
		return
	case faultSlowHead:
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
		return
	case faultSlowBody:
		for k, v := range rep.header {
			h[k] = v
		}
		h.Set("Content-Length", strconv.Itoa(len(rep.body)))
		w.WriteHeader(rep.status)
		w.Write(rep.body[:len(rep.body)/3])
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
		return
	case faultEmpty:
		h.Set("Content-Type", rep.header.Get("Content-Type"))
		h.Set("Content-Length", "0")
		w.WriteHeader(200)
		return
	case faultYellow, faultYellow200:
		status := 500
		if f == faultYellow200 {
			status = 200
		}
		y := htmlReply(status, indieYellowPage("System.Web.HttpException: Timeout scaduto. Il periodo di timeout è scaduto prima del completamento dell'operazione."))
		rep = y
	}
	for k, v := range rep.header {
		h[k] = v
	}
	if rep.document {
		a.count(func(s *indieStats) { s.docBytes += int64(len(rep.body)) })
	}
	if rep.listing && rep.status == 200 && f == faultNone {
		a.count(func(s *indieStats) { s.pages++ })
	}
	body := rep.body
	if rep.status == 200 && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") && len(body)%2 == 0 {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(body)
		zw.Close()
		body = z.Bytes()
		a.count(func(s *indieStats) { s.gzipped++ })
		h.Set("Content-Encoding", "gzip")
		h.Set("Vary", "Accept-Encoding")
	}
	if len(body)%3 == 0 || rep.status != 200 {
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(rep.status)
		w.Write(body)
		return
	}
	// Chunked: no Content-Length, the body flushed in pieces.
	a.count(func(s *indieStats) { s.chunked++ })
	w.WriteHeader(rep.status)
	for len(body) > 0 {
		n := min(len(body), 1000)
		w.Write(body[:n])
		w.(http.Flusher).Flush()
		body = body[n:]
	}
}

// hijackCut sends the head of rep and the first n bytes of its body, then
// closes the connection: with reset, abruptly (TCP RST). With declare, the
// head gives a Content-Length longer than what follows, and the cut shows;
// without, it gives none, as an HTTP/1.0 server does, and the client cannot
// tell the body from a whole one.
func hijackCut(w http.ResponseWriter, rep *reply, n int, declare, reset bool) {
	conn, buf, err := w.(http.Hijacker).Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	proto := "HTTP/1.0"
	if declare {
		proto = "HTTP/1.1"
	}
	fmt.Fprintf(buf, "%s %d %s\r\n", proto, rep.status, http.StatusText(rep.status))
	for k, v := range rep.header {
		fmt.Fprintf(buf, "%s: %s\r\n", k, v[0])
	}
	if declare {
		fmt.Fprintf(buf, "Content-Length: %d\r\n\r\n", len(rep.body)+1)
	} else {
		buf.WriteString("Connection: close\r\n\r\n")
	}
	buf.Write(rep.body[:n])
	buf.Flush()
	if tc, ok := conn.(*net.TCPConn); reset && ok {
		tc.SetLinger(0)
	}
}

func indieYellowPage(msg string) string {
	return `<html>
    <head>
        <title>Runtime Error</title>
        <style>body {font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}</style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/albopretorio' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>` + html.EscapeString(msg) + `</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>An unhandled exception occurred during the execution of the current web request.
            <br><br>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4690.0
            </font>
    </body>
</html>
<!-- [HttpException]: ` + html.EscapeString(msg) + ` -->`
}

// sessionID, called with a.mu held, is a new session id as ASP.NET makes
// them: 24 lowercase letters and digits.
func (a *indieAlbo) sessionID() string {
	return strings.NewReplacer("+", "a", "/", "b").Replace(strings.ToLower(a.token("", 18)))
}

// token, called with a.mu held, is a fresh base64 string of the kind ASP.NET puts in its hidden
// fields: '+', '/' and '=' included, so that a form not URL-encoded breaks.
func (a *indieAlbo) token(prefix string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(a.rng.IntN(256))
	}
	b[0], b[1] = 0xfb, 0xff // "+/" in base64
	return prefix + base64.StdEncoding.EncodeToString(b)
}

// listing serves AlboPretorio.aspx: the first page on GET, the page the
// pager asked for on a checked postback.
func (a *indieAlbo) listing(w http.ResponseWriter, r *http.Request) *reply {
	a.mu.Lock()
	if a.listingUp > 0 {
		a.listingUp--
	} else if a.listingDown > 0 {
		a.listingDown--
		a.mu.Unlock()
		return htmlReply(503, "<html><body><h1>Service Unavailable</h1></body></html>")
	}
	if a.moveIn > 0 {
		if a.moveIn--; a.moveIn == 0 {
			a.today = a.today.AddDate(0, 0, a.moveDays)
			a.epoch++
		}
	}
	a.mu.Unlock()
	dtid := r.URL.Query().Get("dtid")
	acts := a.visible(dtid)
	session := ""
	if dtid == indieKeyedDTID {
		if c, err := r.Cookie(indieCookie); err == nil {
			session = c.Value
		} else {
			a.mu.Lock()
			session = a.sessionID()
			a.mu.Unlock()
			w.Header().Add("Set-Cookie", indieCookie+"="+session+"; path=/; HttpOnly; SameSite=Lax")
		}
	}
	page := 1
	if r.Method == http.MethodPost {
		var why string
		page, why = a.postback(r, dtid, session)
		if why != "" {
			a.mu.Lock()
			a.stats.rejected = append(a.stats.rejected, why)
			a.mu.Unlock()
			return htmlReply(500, indieYellowPage(why))
		}
	}
	pages := max(1, (len(acts)+indiePageSize-1)/indiePageSize)
	page = min(page, pages) // as the GridView does past the end
	rep := htmlReply(200, a.renderListing(dtid, session, acts, page, pages))
	if dtid == indieLegacyDTID {
		return legacy(rep, false)
	}
	return rep
}

// postback checks a WebForms postback the way ASP.NET does and returns the
// page it asks for, or why it is refused.
func (a *indieAlbo) postback(r *http.Request, dtid, session string) (int, string) {
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
		return 0, "postback not form-encoded"
	}
	if err := r.ParseForm(); err != nil {
		return 0, "bad form: " + err.Error()
	}
	vs := r.PostForm.Get("__VIEWSTATE")
	if n, err := strconv.Atoi(r.PostForm.Get("__VIEWSTATEFIELDCOUNT")); err == nil {
		for i := 1; i < n; i++ {
			vs += r.PostForm.Get("__VIEWSTATE" + strconv.Itoa(i))
		}
	}
	a.mu.Lock()
	state, epoch := a.tokens[vs], a.epoch
	a.mu.Unlock()
	switch {
	case state == nil:
		return 0, "Validation of viewstate MAC failed (unknown __VIEWSTATE)"
	case state.dtid != dtid:
		return 0, "Validation of viewstate MAC failed (view state of another page)"
	case state.session != session:
		return 0, "Validation of viewstate MAC failed (ViewStateUserKey: another session)"
	case state.epoch != epoch:
		return 0, "The state information is invalid for this page and might be corrupted (stale __VIEWSTATE)"
	case r.PostForm.Get("__VIEWSTATEGENERATOR") != indieGenerator:
		return 0, "Validation of viewstate MAC failed (__VIEWSTATEGENERATOR)"
	case r.PostForm.Get("__EVENTVALIDATION") != state.validation:
		return 0, "Invalid postback or callback argument (__EVENTVALIDATION)"
	}
	if _, search := r.PostForm[indieSearchBtn]; search {
		return 1, "" // the search button was "clicked": back to page 1
	}
	if r.PostForm.Get("__EVENTTARGET") != indieGrid {
		return state.page, "" // no event: the same page again
	}
	arg := r.PostForm.Get("__EVENTARGUMENT")
	if !slices.Contains(state.targets, arg) {
		return 0, "Invalid postback or callback argument (" + arg + " not offered)"
	}
	switch arg {
	case "Page$First":
		return 1, ""
	case "Page$Last":
		return math.MaxInt, "" // the GridView stops at its last page
	}
	n, _ := strconv.Atoi(strings.TrimPrefix(arg, "Page$"))
	return n, ""
}

func (a *indieAlbo) renderListing(dtid, session string, acts []*indieAct, page, pages int) string {
	// The pager (PagerSettings Mode="NumericFirstLast"): the first and
	// last pages by name, ten numbers at a time, "..." before and after.
	first := (page-1)/indiePageButtons*indiePageButtons + 1
	last := min(pages, first+indiePageButtons-1)
	var targets []string
	var pager strings.Builder
	named := func(arg, text string) {
		targets = append(targets, arg)
		fmt.Fprintf(&pager, "<td><a href=\"javascript:__doPostBack(&#39;%s&#39;,&#39;%s&#39;)\">%s</a></td>", indieGrid, arg, text)
	}
	link := func(n int, text string) { named("Page$"+strconv.Itoa(n), text) }
	if pages > 1 {
		pager.WriteString("<tr class=\"pager\" align=\"center\">\n\t\t\t<td colspan=\"4\"><table>\n\t\t\t\t<tr>\n")
		if first > 1 {
			named("Page$First", "&lt;&lt; Prima")
			link(first-1, "...")
		}
		for n := first; n <= last; n++ {
			if n == page {
				fmt.Fprintf(&pager, "<td><span>%d</span></td>", n)
				continue
			}
			link(n, strconv.Itoa(n))
		}
		if last < pages {
			link(last+1, "...")
			named("Page$Last", "Ultima &gt;&gt;")
		}
		pager.WriteString("\n\t\t\t\t</tr>\n\t\t\t</table></td>\n\t\t</tr>\n")
	}

	a.mu.Lock()
	state := &indieViewState{dtid: dtid, page: page, epoch: a.epoch, targets: targets, session: session}
	vs := a.token("/wEPDwUKLTM4NjQ5NDQ2Nw9kFgJmD2QWAgIDD2QWAgIFD2QWBA", 40+a.rng.IntN(80))
	state.validation = a.token("/wEdA", 24)
	a.tokens[vs] = state
	split := a.rng.IntN(2) == 0
	a.mu.Unlock()

	var b strings.Builder
	b.WriteString(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<HEAD><title>
	Albo Pretorio on line - Comune di Milano
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></HEAD>
<BODY>
    <form name="aspnetForm" method="post" action="./AlboPretorio.aspx?dtid=` + dtid + `" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__LASTFOCUS" id="__LASTFOCUS" value="" />
`)
	if split {
		// MaxPageStateFieldLength: the view state in two fields.
		half := len(vs) / 2
		fmt.Fprintf(&b, "<input type=\"hidden\" name=\"__VIEWSTATEFIELDCOUNT\" id=\"__VIEWSTATEFIELDCOUNT\" value=\"2\" />\n"+
			"<input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"%s\" />\n"+
			"<input type=\"hidden\" name=\"__VIEWSTATE1\" id=\"__VIEWSTATE1\" value=\"%s\" />\n", vs[:half], vs[half:])
	} else {
		fmt.Fprintf(&b, "<input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"%s\" />\n", vs)
	}
	b.WriteString(`<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>

<DIV class="aspNetHidden">
	<INPUT TYPE="hidden" NAME="__VIEWSTATEGENERATOR" ID="__VIEWSTATEGENERATOR" VALUE="` + indieGenerator + `" />
	<input type='hidden' name='__EVENTVALIDATION' id='__EVENTVALIDATION' value='` + state.validation + `' />
</DIV>
    <div id="header"><a href="javascript:__doPostBack('ctl00$lnkHome','')">Home</a></div>
    <div class="ricerca">
        <input name="ctl00$mainIndexContent$txtOggetto" type="text" id="ctl00_mainIndexContent_txtOggetto" />
        <input type="submit" name="` + indieSearchBtn + `" value="Cerca" id="ctl00_mainIndexContent_btnCerca" />
        <select name="ctl00$mainIndexContent$ddlAnno"><option selected="selected" value="">Tutti</option><option value="2019">2019</option></select>
    </div>
    <div id="ctl00_mainIndexContent_pnlRisultati" class="pnlRisultati">
`)
	if len(acts) == 0 {
		b.WriteString("\t<p class=\"nessuno\">Nessun atto pubblicato per la categoria selezionata.</p>\n")
	} else {
		fmt.Fprintf(&b, "\t<p>Trovati <span id=\"ctl00_mainIndexContent_lblTotale\">%d</span> atti &mdash; pagina <span>%d</span> di %d</p>\n", len(acts), page, pages)
		b.WriteString("\t<div>\n\t<table class=\"griglia\" cellspacing=\"0\" rules=\"all\" border=\"1\" id=\"ctl00_mainIndexContent_gvRisultati\" style=\"border-collapse:collapse;\">\n")
		b.WriteString(pager.String())
		b.WriteString("\t\t<tr class=\"intestazione\">\n\t\t\t<th scope=\"col\">Oggetto</th><th scope=\"col\">Ufficio</th><th scope=\"col\">Numero</th><th scope=\"col\">Pubblicazione</th>\n\t\t</tr>")
		for i, act := range acts[(page-1)*indiePageSize : min(len(acts), page*indiePageSize)] {
			b.WriteString(renderRow(act, i))
		}
		b.WriteString(pager.String())
		b.WriteString("\t</table>\n\t</div>\n")
	}
	b.WriteString("    </div>\n    </form>\n</BODY>\n</html>\n")
	return b.String()
}

// renderRow is one act of a listing, in one of several spellings.
func renderRow(act *indieAct, i int) string {
	class := []string{`"item0"`, `'item1 alt'`}[i%2]
	d, f, t := act.date.Format("02/01/2006"), act.from.Format("02/01/2006"), act.to.Format("02/01/2006")
	switch act.markupVariant {
	case 0:
		return fmt.Sprintf("\n\t\t<tr class=%s>\n\t\t\t<td><a href='showdoc.aspx?procid=%d' title=\"Visualizza documento\">%s</a></td><td class='0' title=\"%s\">%s</td><td>N. %d %d/%d<br/>del %s</td><td>%s - %s</td>\n\t\t</tr>",
			class, act.procid, act.subjectHTML, html.EscapeString(act.office), html.EscapeString(act.office), act.number, act.protocol, act.year, d, f, t)
	case 1:
		return fmt.Sprintf("\n\t\t<TR CLASS=%s>\n\t\t\t<TD>\n\t\t\t\t<A HREF=\"./showdoc.aspx?procid=%d&amp;dtid=%s\" TITLE='Visualizza documento'>\n\t\t\t\t\t%s\n\t\t\t\t</A>\n\t\t\t</TD>\n\t\t\t<TD class=\"0\" title='%s'>\n\t\t\t\t%s\n\t\t\t</TD>\n\t\t\t<TD>N.&nbsp;%d %d/%d <BR> del&nbsp;%s</TD>\n\t\t\t<TD>dal&nbsp;%s<br />al&nbsp;%s</TD>\n\t\t</TR>",
			class, act.procid, act.cat.dtid, act.subjectHTML, html.EscapeString(act.office), html.EscapeString(act.office), act.number, act.protocol, act.year, d, f, t)
	default:
		return fmt.Sprintf("<tr class=%s><td><a title=\"Visualizza documento\" href=\"showdoc.aspx?procid=%d\">%s</a></td><td class=\"0\" title=\"%s\">%s</td><td>\n N.%d\n %d/%d\n<br>\ndel %s\n</td><td>Dal %s\n Al %s</td></tr>",
			class, act.procid, act.subjectHTML, html.EscapeString(act.office), html.EscapeString(act.office), act.number, act.protocol, act.year, d, f, t)
	}
}

// session returns the request's live session, counting one more use of
// it; nil when the request has none or it has expired.
func (a *indieAlbo) session(r *http.Request) (string, *indieSession) {
	c, err := r.Cookie(indieCookie)
	if err != nil {
		return "", nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	s := a.sessions[c.Value]
	if s == nil {
		return "", nil
	}
	s.uses++
	if s.uses > indieSessionUses {
		delete(a.sessions, c.Value)
		return "", nil
	}
	return c.Value, s
}

// detail serves showdoc.aspx: the act, and the session that the download
// needs.
func (a *indieAlbo) detail(w http.ResponseWriter, r *http.Request) *reply {
	procid, _ := strconv.Atoi(r.URL.Query().Get("procid"))
	i := slices.IndexFunc(a.world.acts, func(x *indieAct) bool { return x.procid == procid })
	if i < 0 {
		return htmlReply(500, indieYellowPage("System.NullReferenceException: Object reference not set to an instance of an object."))
	}
	act := a.world.acts[i]
	if a.isBroken(procid, breakDetail) {
		return htmlReply(503, "<html><body><h1>Service Unavailable</h1></body></html>")
	}
	_, s := a.session(r)
	a.mu.Lock()
	if s == nil {
		id := a.sessionID()
		s = &indieSession{uses: 1}
		a.sessions[id] = s
		// Set here, before any fault: a fault still opens the session.
		w.Header().Add("Set-Cookie", indieCookie+"="+id+"; path=/albopretorio; HttpOnly; SameSite=Lax")
	}
	s.procid = procid
	viewState := a.token("/wEPDwUJ", 30)
	a.mu.Unlock()
	rep := htmlReply(200, fmt.Sprintf(`<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Albo Pretorio - Dettaglio atto</title></head>
<body>
<form name="aspnetForm" method="post" action="./showdoc.aspx?procid=%d" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
<div class="dettaglio">
  <h2>%s</h2>
  <table>
    <tr><th>Numero</th><td>%d</td></tr>
    <tr><th>Data</th><td>%s</td></tr>
    <tr><th>Ufficio</th><td>%s</td></tr>
  </table>
  <p><A HREF="javascript:window.print()">Stampa</A> &middot;
  <A HREF='./savep7m.aspx' TARGET="_blank" TITLE="Scarica il documento firmato digitalmente">Documento&nbsp;firmato (.p7m)</A></p>%s
</div>
</form>
</body></html>`, procid, viewState, act.subjectHTML, act.number, act.date.Format("02/01/2006"), html.EscapeString(act.office), renderAttachments(act)))
	if act.cat.dtid == indieLegacyDTID {
		return legacy(rep, true)
	}
	return rep
}

const indieErrorPage = "<html><head><title>Errore</title></head><body><h3>Sessione scaduta o documento non disponibile.</h3><p>Riaprire il dettaglio dell'atto.</p></body></html>"

// indieSessionError is savep7m's answer outside a session: status 200, and
// sometimes a BOM, leading blank lines or a document's content type, or a
// redirect to the error page (customErrors mode="RemoteOnly").
func indieSessionError(variant int) *reply {
	page := indieErrorPage
	rep := htmlReply(200, page)
	switch variant % 5 {
	case 4:
		rep = htmlReply(http.StatusFound, `<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="/albopretorio/AlboPretorioWeb/Errore.aspx?aspxerrorpath=/albopretorio/AlboPretorioWeb/savep7m.aspx">here</a>.</h2></body></html>`)
		rep.header.Set("Location", "/albopretorio/AlboPretorioWeb/Errore.aspx?aspxerrorpath=/albopretorio/AlboPretorioWeb/savep7m.aspx")
	case 1:
		rep.body = append([]byte("\xef\xbb\xbf"), rep.body...)
	case 2:
		rep.body = []byte("\r\n\r\n  <!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\r\n" + page)
		rep.header.Set("Content-Type", "application/octet-stream")
	case 3:
		rep.header.Set("Content-Type", "application/octet-stream")
		rep.header.Set("Content-Disposition", `attachment; filename="documento.pdf.p7m"`)
	}
	return rep
}

// download serves savep7m.aspx: the envelope of the act last opened in the
// session, conditionally when the client holds a copy.
func (a *indieAlbo) download(r *http.Request) *reply {
	_, s := a.session(r)
	if s == nil || s.procid == 0 || a.isBroken(s.procid, breakNoDocument) {
		a.mu.Lock()
		a.stats.errorPages++
		n := a.stats.errorPages
		a.mu.Unlock()
		return indieSessionError(n)
	}
	i := slices.IndexFunc(a.world.acts, func(x *indieAct) bool { return x.procid == s.procid })
	act := a.world.acts[i]
	h := http.Header{}
	h.Set("Content-Type", act.contentType)
	if act.disposition != "" {
		h.Set("Content-Disposition", act.disposition)
	}
	sum := sha256.Sum256(act.served)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	if act.validators == 2 {
		etag = "W/" + etag
	}
	modified := act.from.Add(9 * time.Hour)
	sendETag, sendModified := act.validators != 0 && act.validators != 3, act.validators != 0 && act.validators != 2
	if sendETag {
		h.Set("ETag", etag)
	}
	if sendModified {
		h.Set("Last-Modified", modified.Format(http.TimeFormat))
	}
	// If-None-Match, compared weakly, wins over If-Modified-Since (RFC 9110).
	inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
	since, err := http.ParseTime(ims)
	if (sendETag && inm != "" && strings.TrimPrefix(inm, "W/") == strings.TrimPrefix(etag, "W/")) ||
		(sendModified && inm == "" && err == nil && !since.Before(modified)) {
		a.count(func(s *indieStats) { s.notModified++ })
		return &reply{status: http.StatusNotModified, header: h}
	}
	return &reply{status: 200, header: h, body: act.served, document: true}
}
