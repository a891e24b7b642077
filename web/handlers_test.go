package web

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/openalbo/albo/index"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func get(t *testing.T, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

func TestRoutes(t *testing.T) {
	h, _ := newFakeHandler(t)
	long := url.QueryEscape(strings.Repeat("a", MaxQueryLen+1))
	tests := []struct {
		name, method, target string
		status               int
		contentType          string
		contains             []string
	}{
		{"search page", "GET", "/?q=citta", 200, "text/html", []string{"<mark>citta</mark>dino", "Realizzazione della Città della Memoria", `href="/directorates/Direzione%20Cultura"`}},
		{"act facet named", "GET", "/?q=citta", 200, "text/html", []string{">Giunta Comunale n. 2187 del 06/12/2019</a>"}},
		{"act filter named", "GET", "/?act=" + url.QueryEscape(actJune), 200, "text/html", []string{"Atto: Giunta Comunale n. 1098 del 28/06/2019"}},
		{"act filter named from the record", "GET", "/?q=nessunrisultato&act=" + url.QueryEscape(actJune), 200, "text/html", []string{"Atto: n. 1098 del 28/06/2019"}},
		{"search page empty query lists all", "GET", "/", 200, "text/html", []string{"11 risultati", `id="intro"`}},
		{"search filters stay in links", "GET", "/?q=citta&year=2020", 200, "text/html", []string{"Anno: 2020", `name="year" value="2020"`, "/feed?q=citta&amp;year=2020"}},
		{"search sorted by date", "GET", "/?q=citta&sort=date", 200, "text/html", []string{"<strong>data</strong>", `href="/?q=citta"`}},
		{"search page second page", "GET", "/?p=2", 200, "text/html", []string{"nessun", "precedenti"}},
		{"query too long", "GET", "/?q=" + long, 400, "text/html", []string{"troppo lungo"}},
		{"bad year", "GET", "/?year=abc", 400, "text/html", []string{"year"}},
		{"bad type", "GET", "/?type=secret", 400, "text/html", []string{"tipo"}},
		{"page too deep", "GET", "/?p=100000", 400, "text/html", []string{"p"}},
		{"objective", "GET", "/objectives/o-dec-1", 200, "text/html", []string{"Trasferito da", dirGeneral, "/files/" + pdfDecember + "?act=milano%2Fgiunta%2F2019%2F2187#page=30"}},
		{"objective renamed directorate", "GET", "/objectives/o-dec-5", 200, "text/html", []string{"Cambio di direzione", "ridenominazione"}},
		{"objective by lineage", "GET", "/objectives/L2", 200, "text/html", []string{"Città della Memoria", "Storia"}},
		{"objective unknown", "GET", "/objectives/nope", 404, "text/html", nil},
		{"objective ref read as a query", "GET", "/objectives/" + url.PathEscape("Città della Memoria"), 404, "text/html", nil},
		{"change is not an objective", "GET", "/objectives/c-dec-1", 404, "text/html", nil},
		{"a change record names its directorate as the plan and as the annex", "GET", "/?q=canali&type=change", 200, "text/html", []string{"nell’allegato: Generale"}},
		{"directorate", "GET", "/directorates/" + url.PathEscape(dirCivic), 200, "text/html", []string{"Andrea Zuccotti", "Obiettivi ricevuti", dirGeneral}},
		{"directorate unknown", "GET", "/directorates/Nessuna", 404, "text/html", nil},
		{"every directorate and director", "GET", "/direzioni", 200, "text/html", []string{`href="/directorates/Direzione%20Cultura"`, `href="/persone/Andrea%20Zuccotti"`}},
		{"a director", "GET", "/persone/Andrea%20Zuccotti", 200, "text/html", []string{dirCivic}},
		{"the API described", "GET", "/api", 200, "text/html", []string{"GET /api/search", "/api/openapi.json"}},
		{"the API description", "GET", "/api/openapi.json", 200, "application/json", []string{`"openapi": "3.1.0"`}},
		{"transfers as CSV", "GET", "/api/transfers?format=csv", 200, "text/csv", []string{"text,from,to,act"}},
		{"search as CSV", "GET", "/api/search?q=citta&format=csv", 200, "text/csv", []string{"id,type,act"}},
		{"transfers", "GET", "/transfers", 200, "text/html", []string{"<svg", "transfers-matrix", "Contraddizioni"}},
		{"transfers of a flow", "GET", "/transfers?act=" + url.QueryEscape(actDecember) + "&from=" + url.QueryEscape(dirGeneral) + "&to=" + url.QueryEscape(dirCivic), 200, "text/html", []string{`href="/objectives/L1"`}},
		{"transfers unknown revision", "GET", "/transfers?act=x/y", 404, "text/html", nil},
		{"act", "GET", "/acts/" + actDecember, 200, "text/html", []string{"SALA GIUSEPPE", "di approvare il Piano", "MALANGONE CHRISTIAN", "/files/" + pdfDecember, "Mario Rossi"}},
		{"act unknown", "GET", "/acts/milano/giunta/1900/1", 404, "text/html", nil},
		{"feed", "GET", "/feed?q=citta", 200, "application/rss+xml", []string{"albopop.it/specs#channel-category-country", "<language>it</language>", "isPermaLink=\"true\"", "/objectives/o-dec-2"}},
		{"feed bad request", "GET", "/feed?limit=0", 400, "text/html", nil},
		{"file pdf", "GET", "/files/" + pdfDecember, 200, "application/pdf", []string{"%PDF-1.4"}},
		{"file not pdf downloads", "GET", "/files/" + blobP7M, 200, "application/octet-stream", nil},
		{"file unknown", "GET", "/files/" + strings.Repeat("3", 64), 404, "text/html", nil},
		{"file by path refused", "GET", "/files/..%2f..%2fetc%2fpasswd", 400, "text/html", nil},
		{"file upper-case digest refused", "GET", "/files/" + strings.Repeat("A", 64), 400, "text/html", nil},
		{"static css", "GET", "/static/style.css", 200, "text/css", nil},
		{"static js", "GET", "/static/app.js", 200, "text/javascript", nil},
		{"unknown page", "GET", "/nope", 404, "text/html", nil},
		{"post refused", "POST", "/api/search", 405, "application/json", []string{"sola lettura"}},
		{"delete refused", "DELETE", "/acts/" + actDecember, 405, "text/html", []string{"Metodo non consentito", "sola lettura"}},
		{"api unknown", "GET", "/api/nope", 404, "application/json", []string{`"error"`}},
		{"api search too long", "GET", "/api/search?q=" + long, 400, "application/json", []string{"troppo lungo"}},
		{"api search page too big", "GET", "/api/search?limit=101", 400, "application/json", []string{"limit"}},
		{"api search negative offset", "GET", "/api/search?offset=-1", 400, "application/json", []string{"offset"}},
		{"api objective unknown", "GET", "/api/objectives/nope", 404, "application/json", nil},
		{"api history unknown", "GET", "/api/objectives/nope/history", 404, "application/json", nil},
		{"api history by query", "GET", "/api/objectives/" + url.PathEscape("Città della Memoria") + "/history", 200, "application/json", []string{`"lineage":"L2"`}},
		{"api act unknown", "GET", "/api/acts/x", 404, "application/json", nil},
		{"api directorate unknown", "GET", "/api/directorates/x", 404, "application/json", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.method, tt.target)
			if rec.Code != tt.status {
				t.Fatalf("%s %s: status %d, want %d\n%s", tt.method, tt.target, rec.Code, tt.status, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type %q, want %s…", ct, tt.contentType)
			}
			checkSecurityHeaders(t, rec.Header(), strings.HasPrefix(tt.target, "/files/") && rec.Code == 200)
			body := rec.Body.String()
			for _, want := range tt.contains {
				if !strings.Contains(strings.ToLower(body), strings.ToLower(want)) {
					t.Errorf("body lacks %q:\n%s", want, body)
				}
			}
		})
	}
}

// TestCrossOrigin: the API and the feed may be read by any site's script;
// the pages may not.
func TestCrossOrigin(t *testing.T) {
	h, _ := newFakeHandler(t)
	for target, want := range map[string]string{"/api/search": "*", "/feed": "*", "/": "", "/acts/" + actDecember: ""} {
		if got := get(t, h, "GET", target).Header().Get("Access-Control-Allow-Origin"); got != want {
			t.Errorf("%s: Access-Control-Allow-Origin %q, want %q", target, got, want)
		}
	}
}

func checkSecurityHeaders(t *testing.T, h http.Header, file bool) {
	t.Helper()
	csp := h.Get("Content-Security-Policy")
	if !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("CSP %q does not forbid framing", csp)
	}
	if !file && (!strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'none'")) {
		t.Errorf("CSP %q is not strict", csp)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("X-Content-Type-Options is not nosniff")
	}
}

// TestEscaping renders every page that shows the hostile act's text and
// checks that no payload survives as markup.
func TestEscaping(t *testing.T) {
	h, _ := newFakeHandler(t)
	for _, target := range []string{
		"/?q=window", "/?q=pwned&type=act", "/objectives/o-hostile", "/acts/" + actHostile,
		"/directorates/" + url.PathEscape(dirCulture), "/feed?q=window",
	} {
		rec := get(t, h, "GET", target)
		if rec.Code != 200 {
			t.Fatalf("%s: status %d", target, rec.Code)
		}
		body := rec.Body.String()
		for _, bad := range []string{"<script>window", "<img src=x", `onerror="`, "javascript:alert", "<mark>fake</mark>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: hostile markup %q reached the page", target, bad)
			}
		}
		for _, shown := range []string{"&lt;script&gt;", "&lt;img src=x onerror="} {
			if !strings.Contains(body, shown) {
				t.Errorf("%s: the payload %q is not shown as text", target, shown)
			}
		}
	}
}

func TestSafeHighlight(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a <mark>b</mark> c", "a <mark>b</mark> c"},
		{"&lt;script&gt;<mark>x</mark>", "&lt;script&gt;<mark>x</mark>"},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"<mark onclick=x>b</mark>", "&lt;mark onclick=x&gt;b"},
		{"<mark><mark>b</mark></mark>", "<mark>b</mark>"},
		{"<mark>open", "<mark>open</mark>"},
		{"&amp;lt;b&amp;gt;", "&amp;lt;b&amp;gt;"},
		{`"quoted" & 'single'`, "&#34;quoted&#34; &amp; &#39;single&#39;"},
	}
	for _, tt := range tests {
		if got := string(safeHighlight(tt.in)); got != tt.want {
			t.Errorf("safeHighlight(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzSafeHighlight: whatever the fragment, the only tags left are
// balanced <mark> pairs.
func FuzzSafeHighlight(f *testing.F) {
	for _, s := range []string{"a <mark>b</mark>", xssPayload, "<mark>", "</mark><mark>", "&lt;&#x3c;script>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := string(safeHighlight(s))
		depth := 0
		for i := 0; i < len(out); i++ {
			switch {
			case strings.HasPrefix(out[i:], markOpen):
				depth++
				i += len(markOpen) - 1
			case strings.HasPrefix(out[i:], markClose):
				depth--
				i += len(markClose) - 1
			case out[i] == '<' || out[i] == '>' || out[i] == '"':
				t.Fatalf("safeHighlight(%q) = %q: raw %q", s, out, out[i])
			}
			if depth < 0 || depth > 1 {
				t.Fatalf("safeHighlight(%q) = %q: unbalanced marks", s, out)
			}
		}
		if depth != 0 {
			t.Fatalf("safeHighlight(%q) = %q: unclosed mark", s, out)
		}
	})
}

// FuzzParseSearch: any query string is either refused with a message or
// gives a request within the limits.
func FuzzParseSearch(f *testing.F) {
	for _, s := range []string{"q=citta&year=2019", "limit=100&offset=10000", "p=2&type=act", "q=%ff%fe&directorate=x", "year=-1", "p=0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		req, err := parseSearch(v, pageSize, true)
		if err != nil {
			if _, ok := err.(badRequest); !ok {
				t.Fatalf("parseSearch(%q): error %v is not a bad request", raw, err)
			}
			return
		}
		if req.Limit < 1 || req.Limit > MaxPageSize || req.Offset < 0 || req.Offset+req.Limit > MaxOffset+MaxPageSize {
			t.Fatalf("parseSearch(%q) = limit %d offset %d: outside the limits", raw, req.Limit, req.Offset)
		}
	})
}

// TestAPIGolden pins the JSON shapes of the API (regenerate with -update).
func TestAPIGolden(t *testing.T) {
	h, _ := newFakeHandler(t)
	tests := []struct{ name, target string }{
		{"search", "/api/search?q=citta"},
		{"search-empty", "/api/search?q=nessunrisultato"},
		{"search-filtered", "/api/search?directorate=" + url.QueryEscape(dirCulture) + "&year=2019&limit=1"},
		{"objective", "/api/objectives/o-dec-1"},
		{"history", "/api/objectives/o-dec-1/history"},
		{"transfers", "/api/transfers?act=" + url.QueryEscape(actDecember)},
		{"contradictions", "/api/transfers/contradictions?act=" + url.QueryEscape(actDecember)},
		{"act", "/api/acts/" + actDecember},
		{"directorate", "/api/directorates/" + url.PathEscape(dirCivic)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, "GET", tt.target)
			if rec.Code != 200 {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, rec.Body.Bytes(), "", "  "); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, rec.Body)
			}
			golden := filepath.Join("testdata", "api", tt.name+".golden.json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, pretty.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(pretty.Bytes(), want) {
				t.Errorf("%s differs from %s:\n%s", tt.target, golden, pretty.Bytes())
			}
		})
	}
}

// TestSearchShape checks /api/search against the contract's field names.
func TestSearchShape(t *testing.T) {
	h, _ := newFakeHandler(t)
	rec := get(t, h, "GET", "/api/search?q=citta")
	var out struct {
		Total  *int                      `json:"total"`
		Hits   []map[string]any          `json:"hits"`
		Facets map[string]map[string]int `json:"facets"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Total == nil || *out.Total != len(out.Hits) || len(out.Hits) == 0 {
		t.Fatalf("total %v, %d hits", out.Total, len(out.Hits))
	}
	for _, k := range []string{"id", "type", "act", "directorate", "director", "year", "text", "highlight", "score"} {
		if _, ok := out.Hits[0][k]; !ok {
			t.Errorf("hit lacks %q: %v", k, out.Hits[0])
		}
	}
	act, _ := out.Hits[0]["act"].(map[string]any)
	for _, k := range []string{"id", "organ", "number", "date"} {
		if _, ok := act[k]; !ok {
			t.Errorf("hit act lacks %q: %v", k, act)
		}
	}
	for _, k := range []string{"directorate", "year", "act", "type"} {
		if _, ok := out.Facets[k]; !ok {
			t.Errorf("facets lack %q", k)
		}
	}
	sum := 0
	for _, n := range out.Facets["type"] {
		sum += n
	}
	if sum != *out.Total {
		t.Errorf("type facet adds up to %d, total %d", sum, *out.Total)
	}
}

func TestFeedIsValidRSS(t *testing.T) {
	h, _ := newFakeHandler(t)
	rec := get(t, h, "GET", "/feed?q=citta")
	var feed rss
	if err := xml.Unmarshal(rec.Body.Bytes(), &feed); err != nil {
		t.Fatalf("feed is not XML: %v\n%s", err, rec.Body)
	}
	if len(feed.Channel.Items) == 0 || len(feed.Channel.Items) > feedItems {
		t.Fatalf("%d items", len(feed.Channel.Items))
	}
	enclosures := 0
	for _, it := range feed.Channel.Items {
		if it.Enclosure != nil {
			enclosures++
		}
	}
	if enclosures == 0 {
		t.Error("no item encloses its document")
	}
	last := time.Now()
	for i, it := range feed.Channel.Items {
		if it.Enclosure != nil && (it.Enclosure.Length == 0 || !strings.Contains(it.Enclosure.URL, "/files/")) {
			t.Errorf("item %d: enclosure %+v", i, *it.Enclosure)
		}
		if !strings.HasPrefix(it.Link, "http://example.com/") || it.GUID.Value != it.Link || it.PubDate == "" {
			t.Errorf("item %d: link %q guid %q date %q", i, it.Link, it.GUID.Value, it.PubDate)
		}
		d, err := time.Parse(time.RFC1123Z, it.PubDate)
		if err != nil {
			t.Errorf("item %d: pubDate: %v", i, err)
		}
		if d.After(last) {
			t.Errorf("item %d (%s) is newer than the one before it", i, it.PubDate)
		}
		last = d
	}
}

// countingIndex counts the searches that reach the index.
type countingIndex struct {
	*fakeIndex
	searches int
}

func (c *countingIndex) Search(ctx context.Context, req index.Request) (*index.Response, error) {
	c.searches++
	return c.fakeIndex.Search(ctx, req)
}

func TestSearchCache(t *testing.T) {
	for _, tt := range []struct {
		name         string
		size         int
		targets      []string
		wantSearches int
	}{
		{"repeated search answered once", 2, []string{"/?q=citta", "/?q=citta", "/api/search?q=citta&limit=10"}, 2},
		{"least recently used evicted", 2, []string{"/?q=a", "/?q=b", "/?q=c", "/?q=a"}, 4},
		{"recently used kept", 2, []string{"/?q=a", "/?q=b", "/?q=a", "/?q=c", "/?q=a"}, 3},
		{"disabled", -1, []string{"/?q=citta", "/?q=citta"}, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := &countingIndex{fakeIndex: newFakeIndex()}
			h, err := New(Config{Index: ix, Documents: ix.fakeIndex, SearchCache: tt.size})
			if err != nil {
				t.Fatal(err)
			}
			for _, target := range tt.targets {
				if rec := get(t, h, "GET", target); rec.Code != 200 {
					t.Fatalf("%s: %d", target, rec.Code)
				}
			}
			if ix.searches != tt.wantSearches {
				t.Errorf("%d searches reached the index, want %d", ix.searches, tt.wantSearches)
			}
		})
	}
}

// gatedIndex holds every search until its gate opens, and counts them.
type gatedIndex struct {
	*fakeIndex
	gate     chan struct{}
	searches atomic.Int32
}

func (g *gatedIndex) Search(ctx context.Context, req index.Request) (*index.Response, error) {
	g.searches.Add(1)
	<-g.gate
	return g.fakeIndex.Search(ctx, req)
}

// TestSearchCacheConcurrent: requests for a search being computed wait for
// that answer instead of computing it again.
func TestSearchCacheConcurrent(t *testing.T) {
	ix := &gatedIndex{fakeIndex: newFakeIndex(), gate: make(chan struct{})}
	h, err := New(Config{Index: ix, Documents: ix.fakeIndex})
	if err != nil {
		t.Fatal(err)
	}
	const clients = 20
	answers := make(chan *index.Response, clients)
	for range clients {
		go func() {
			resp, err := h.search(context.Background(), index.Request{Query: "citta"})
			if err != nil {
				t.Error(err)
			}
			answers <- resp
		}()
	}
	close(ix.gate)
	first := <-answers
	for range clients - 1 {
		if resp := <-answers; resp != first {
			t.Fatal("two answers to one search")
		}
	}
	if n := ix.searches.Load(); n != 1 {
		t.Errorf("%d searches reached the index, want 1", n)
	}
}

// panickyIndex fails the way a bug would.
type panickyIndex struct{ *fakeIndex }

func (panickyIndex) Search(context.Context, index.Request) (*index.Response, error) {
	panic("index bug")
}

func TestPanicAnswers500(t *testing.T) {
	f := newFakeIndex()
	h, err := New(Config{Index: panickyIndex{f}, Documents: f})
	if err != nil {
		t.Fatal(err)
	}
	rec := get(t, h, "GET", "/?q=x")
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), "500 · Errore interno") || !strings.Contains(rec.Body.String(), `<form class="search"`) {
		t.Errorf("status %d, want 500 with an Italian page and the search box:\n%s", rec.Code, rec.Body)
	}
	checkSecurityHeaders(t, rec.Header(), false)
}

// cancelledIndex answers as an index does when the request's time is up.
type cancelledIndex struct{ *fakeIndex }

func (cancelledIndex) Search(ctx context.Context, _ index.Request) (*index.Response, error) {
	return nil, ctx.Err()
}

func TestTimeoutAnswers503InItalian(t *testing.T) {
	f := newFakeIndex()
	h, err := New(Config{Index: cancelledIndex{f}, Documents: f, SearchCache: -1})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/?q=citta", nil).WithContext(ctx))
	body := rec.Body.String()
	if rec.Code != 503 || !strings.Contains(body, "503 · Servizio non disponibile") || !strings.Contains(body, `value="citta"`) {
		t.Errorf("status %d, want 503 with an Italian page keeping the query:\n%s", rec.Code, body)
	}
}
