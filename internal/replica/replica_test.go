package replica

import (
	"bytes"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/openalbo/albo/extract/cades"
)

func get(t *testing.T, c *http.Client, u string) (*http.Response, []byte) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func hiddenFields(t *testing.T, body []byte) url.Values {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	v := url.Values{}
	doc.Find("input[type=hidden]").Each(func(_ int, s *goquery.Selection) {
		v.Set(s.AttrOr("name", ""), s.AttrOr("value", ""))
	})
	return v
}

func rowsOf(t *testing.T, body []byte) []string {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var hrefs []string
	doc.Find("div#ctl00_mainIndexContent_pnlRisultati tr.item0, div#ctl00_mainIndexContent_pnlRisultati tr.item1").Each(func(_ int, s *goquery.Selection) {
		if s.Find("td").Length() != 4 {
			t.Errorf("row with %d cells", s.Find("td").Length())
		}
		hrefs = append(hrefs, s.Find("td a").AttrOr("href", ""))
	})
	return hrefs
}

func TestGeneratedActs(t *testing.T) {
	r := New(Config{Seed: 1})
	if n := len(r.Listed()); n < 500 {
		t.Fatalf("%d acts listed today, want >= 500", n)
	}
	pages := 0
	for _, c := range Categories {
		n := len(r.listedIn(c.Dtid))
		pages += (n + r.cfg.PageSize - 1) / r.cfg.PageSize
	}
	if pages < 50 {
		t.Errorf("%d listing pages, want >= 50", pages)
	}
	kinds := map[string]int{}
	ids := map[string]bool{}
	for _, a := range r.Acts() {
		kinds[a.Envelope]++
		if ids[a.ID()] {
			t.Errorf("duplicate act id %s", a.ID())
		}
		ids[a.ID()] = true
		pdf, _, err := cades.Unwrap(a.Signed)
		if err != nil {
			t.Fatalf("act %s: unwrap: %v", a.ID(), err)
		}
		if !bytes.Equal(pdf, a.PDF) {
			t.Fatalf("act %s: the envelope does not hold the act's PDF", a.ID())
		}
	}
	for _, e := range envelopes {
		if kinds[e] == 0 {
			t.Errorf("no act wrapped as %s", e)
		}
	}
}

func TestPostbackPaging(t *testing.T) {
	r := New(Config{Seed: 2})
	srv := httptest.NewServer(r)
	defer srv.Close()
	listing := srv.URL + BasePath + "AlboPretorio.aspx?dtid=9050"
	_, first := get(t, srv.Client(), listing)
	page1 := rowsOf(t, first)
	if len(page1) != 10 {
		t.Fatalf("page 1 has %d rows", len(page1))
	}
	if !bytes.Contains(first, []byte(`href="javascript:__doPostBack('ctl00$mainIndexContent$gvRisultati','Page$2')"`)) {
		t.Errorf("no pager link to Page$2 in\n%s", first)
	}

	// A GET with a page parameter is still page 1.
	_, again := get(t, srv.Client(), listing+"&page=2")
	if got := rowsOf(t, again); got[0] != page1[0] {
		t.Errorf("GET with page=2 served another page")
	}

	form := hiddenFields(t, first)
	form.Set("__EVENTTARGET", PagerTarget)
	form.Set("__EVENTARGUMENT", "Page$2")
	post := func(form url.Values) (int, []byte) {
		resp, err := srv.Client().PostForm(listing, form)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, body
	}
	status, second := post(form)
	if status != 200 {
		t.Fatalf("postback for page 2: status %d", status)
	}
	if page2 := rowsOf(t, second); len(page2) == 0 || page2[0] == page1[0] {
		t.Errorf("postback did not serve page 2")
	}

	tests := []struct {
		name  string
		field string
		value string
	}{
		{"no viewstate", "__VIEWSTATE", ""},
		{"forged viewstate", "__VIEWSTATE", "ZHRpZD05MDUwO3BhZ2U9MXwwMDAw"},
		{"page not offered", "__EVENTARGUMENT", "Page$15"},
		{"wrong target", "__EVENTTARGET", "ctl00$other"},
		{"no event validation", "__EVENTVALIDATION", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := url.Values{}
			for k, v := range form {
				bad[k] = v
			}
			bad.Set(tt.field, tt.value)
			if status, _ := post(bad); status != http.StatusInternalServerError {
				t.Errorf("status %d, want 500", status)
			}
		})
	}
}

func TestDownloadNeedsSession(t *testing.T) {
	r := New(Config{Seed: 3, Days: 2, PerDay: 5})
	srv := httptest.NewServer(r)
	defer srv.Close()
	base := srv.URL + BasePath

	resp, body := get(t, srv.Client(), base+"savep7m.aspx")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") || cades.IsEnvelope(body) {
		t.Errorf("savep7m without session: status %d, type %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}

	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	for _, a := range r.Listed() {
		get(t, c, base+"showdoc.aspx?procid="+itoa(a.ProcID))
		resp, body := get(t, c, base+"savep7m.aspx")
		if !bytes.Equal(body, a.Signed) {
			t.Errorf("act %s: savep7m served %d bytes, not its envelope", a.ID(), len(body))
		}
		req, _ := http.NewRequest("GET", base+"savep7m.aspx", nil)
		req.Header.Set("If-None-Match", resp.Header.Get("ETag"))
		resp2, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp2.Body.Close()
		if resp2.StatusCode != http.StatusNotModified {
			t.Errorf("act %s: conditional download: status %d", a.ID(), resp2.StatusCode)
		}
	}
}

// TestAttachments: the detail page links each attachment, and
// savep7m.aspx?allegato=N serves it within the act's session only.
func TestAttachments(t *testing.T) {
	r := New(Config{Seed: 4, Days: 2, PerDay: 20})
	srv := httptest.NewServer(r)
	defer srv.Close()
	base := srv.URL + BasePath
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	withAttachments, signed, plain := 0, 0, 0
	for _, a := range r.Listed() {
		_, page := get(t, c, base+"showdoc.aspx?procid="+itoa(a.ProcID))
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var labels []string
		doc.Find(`a[href*="allegato="]`).Each(func(_ int, s *goquery.Selection) { labels = append(labels, s.Text()) })
		if len(labels) != len(a.Attachments) {
			t.Errorf("act %s: %d attachment links, want %d", a.ID(), len(labels), len(a.Attachments))
			continue
		}
		if len(a.Attachments) > 0 {
			withAttachments++
		}
		for i, x := range a.Attachments {
			if labels[i] != x.Label {
				t.Errorf("act %s attachment %d: link %q, want %q", a.ID(), i+1, labels[i], x.Label)
			}
			_, body := get(t, c, base+"savep7m.aspx?allegato="+itoa(i+1))
			if !bytes.Equal(body, x.Served) {
				t.Errorf("act %s attachment %d: %d bytes served, not the attachment", a.ID(), i+1, len(body))
			}
			if x.Signed != cades.IsEnvelope(body) {
				t.Errorf("act %s attachment %d: signed %v, envelope %v", a.ID(), i+1, x.Signed, cades.IsEnvelope(body))
			}
			signed += map[bool]int{true: 1}[x.Signed]
			plain += map[bool]int{false: 1}[x.Signed]
		}
		if resp, _ := get(t, c, base+"savep7m.aspx?allegato="+itoa(len(a.Attachments)+1)); resp.StatusCode != http.StatusNotFound {
			t.Errorf("act %s: attachment past the last: status %d", a.ID(), resp.StatusCode)
		}
	}
	if withAttachments == 0 || signed == 0 || plain == 0 {
		t.Errorf("%d acts with attachments, %d signed and %d plain: not every kind published", withAttachments, signed, plain)
	}
	if _, body := get(t, srv.Client(), base+"savep7m.aspx?allegato=1"); cades.IsEnvelope(body) || !bytes.Contains(body, []byte("Sessione scaduta")) {
		t.Error("an attachment served outside a session")
	}
}

func TestTodayMovesTheListing(t *testing.T) {
	r := New(Config{Seed: 4})
	before := map[string]bool{}
	for _, a := range r.Listed() {
		before[a.ID()] = true
	}
	r.SetToday(r.Today().AddDate(0, 0, 5))
	entered, left := 0, len(before)
	for _, a := range r.Listed() {
		if before[a.ID()] {
			left--
		} else {
			entered++
		}
	}
	if entered == 0 || left == 0 {
		t.Errorf("moving today by 5 days: %d acts entered, %d left", entered, left)
	}
}

func TestFaults(t *testing.T) {
	r := New(Config{Seed: 5, Days: 1, PerDay: 5})
	r.SetFaults(Faults{Rate: 1, Kinds: []Fault{Unavailable, Reset, ShortBody}, Seed: 1, RetryAfter: 2e9})
	srv := httptest.NewServer(r)
	defer srv.Close()
	listing := srv.URL + BasePath + "AlboPretorio.aspx?dtid=9030"
	seen := map[string]bool{}
	for i := 0; i < 30; i++ {
		resp, err := srv.Client().Get(listing)
		if err != nil {
			seen["error"] = true
			continue
		}
		_, err = io.ReadAll(resp.Body)
		resp.Body.Close()
		switch {
		case resp.StatusCode == 503 && resp.Header.Get("Retry-After") == "2":
			seen["503"] = true
		case err != nil:
			seen["short"] = true
		default:
			t.Errorf("a request answered normally with every request failing: %d", resp.StatusCode)
		}
	}
	for _, k := range []string{"503", "error", "short"} {
		if !seen[k] {
			t.Errorf("fault %s never seen", k)
		}
	}
	if s := r.Stats(); s.Requests["listing"] < 30 {
		t.Errorf("stats counted %d listing requests", s.Requests["listing"])
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSamples(t *testing.T) {
	r := NewSamples()
	listed := r.Listed()
	if len(listed) != len(samples) {
		t.Fatalf("%d sample acts listed, want %d", len(listed), len(samples))
	}
	want := map[string]string{"milano/giunta/2019/2187": samples[0].path, "milano/giunta/2019/1098": samples[1].path}
	for _, a := range listed {
		path, ok := want[a.ID()]
		if !ok {
			t.Errorf("unexpected act %s", a.ID())
			continue
		}
		if !bytes.Equal(a.PDF, readSample(path)) {
			t.Errorf("act %s does not carry %s", a.ID(), path)
		}
		if pdf, _, err := cades.Unwrap(a.Signed); err != nil || !bytes.Equal(pdf, a.PDF) {
			t.Errorf("act %s: envelope: %v", a.ID(), err)
		}
	}
}

func TestRobots(t *testing.T) {
	for _, delay := range []time.Duration{0, 2 * time.Second} {
		srv := httptest.NewServer(New(Config{Seed: 6, Days: 1, PerDay: 1, CrawlDelay: delay}))
		_, body := get(t, srv.Client(), srv.URL+"/robots.txt")
		srv.Close()
		if got := strings.Contains(string(body), "Crawl-delay: 2\n"); got != (delay > 0) {
			t.Errorf("crawl delay %s: robots.txt\n%s", delay, body)
		}
		if !strings.Contains(string(body), "User-agent: *\n") {
			t.Errorf("robots.txt without a group for every agent:\n%s", body)
		}
	}
}
