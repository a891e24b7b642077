package crawl_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/corpus/crawl"
)

// indieFaultRate is the share of answers the replica spoils.
const indieFaultRate = 0.15

// indieDefault are the categories a crawl walks when none are named.
var indieDefault = []string{"9030", "9040", "9050"}

func indieOptions(a *indieAlbo) crawl.Options {
	return crawl.Options{
		Profile:     crawl.Milano{},
		BaseURL:     a.srv.URL,
		Concurrency: 4,
		Fetch: crawl.FetchConfig{
			// Short enough that the replica's slow answers cost little.
			Timeout:     250 * time.Millisecond,
			BackoffBase: time.Millisecond,
			BackoffMax:  4 * time.Millisecond,
		},
	}
}

func indieCrawl(t *testing.T, store *corpus.Store, opts crawl.Options) crawl.Summary {
	t.Helper()
	s, err := crawl.Run(context.Background(), store, opts)
	if err != nil {
		t.Fatalf("crawl: %v", err)
	}
	for _, f := range s.Failures {
		t.Errorf("crawl failure: %s", f)
	}
	return s
}

func openStore(t *testing.T) *corpus.Store {
	t.Helper()
	s, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// visibleIn are the acts of the replica's listings dtids today.
func (a *indieAlbo) visibleIn(dtids ...string) []*indieAct {
	var out []*indieAct
	for _, d := range dtids {
		out = append(out, a.visible(d)...)
	}
	return out
}

func readBlob(t *testing.T, s *corpus.Store, sha string) []byte {
	t.Helper()
	f, err := s.OpenBlob(sha)
	if err != nil {
		t.Fatalf("blob %s: %v", sha, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatalf("blob %s: %v", sha, err)
	}
	return b
}

// checkArchive asserts that the corpus holds exactly want, each act whole:
// its envelope as served, the PDF inside byte for byte, its metadata as
// the listing shows it, and no HTML page stored as a document.
func checkArchive(t *testing.T, s *corpus.Store, want []*indieAct) {
	t.Helper()
	ids := map[string]*indieAct{}
	for _, a := range want {
		ids[a.id()] = a
	}
	got, attached, attachments := 0, 0, 0
	for _, a := range want {
		attachments += len(a.attachments)
	}
	for rec, err := range s.Acts(context.Background()) {
		if err != nil {
			t.Errorf("corpus: %v", err)
			continue
		}
		got++
		for _, f := range rec.Files {
			b := readBlob(t, s, f.SHA256)
			if len(b) == 0 || strings.HasPrefix(http.DetectContentType(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))), "text/html") {
				t.Errorf("%s: stored as a document: %.60q", rec.ID, b)
			}
		}
		act := ids[rec.ID]
		if act == nil {
			t.Errorf("%s: archived but never listed", rec.ID)
			continue
		}
		delete(ids, rec.ID)
		attached += checkAct(t, s, rec, act)
	}
	t.Logf("attachments archived byte for byte: %d/%d over %d acts", attached, attachments, len(want))
	for id := range ids {
		t.Errorf("%s: not archived", id)
	}
	if got != len(want) && !t.Failed() {
		t.Errorf("corpus holds %d acts, want %d", got, len(want))
	}
}

// checkAct checks one act's record and returns how many of its
// attachments are archived whole.
func checkAct(t *testing.T, s *corpus.Store, rec *corpus.Act, act *indieAct) int {
	t.Helper()
	day := func(d time.Time) string { return d.Format(time.DateOnly) }
	meta := []struct{ field, got, want string }{
		{"category", rec.Category, act.cat.name},
		{"subject", rec.Subject, act.subject},
		{"office", rec.Office, act.office},
		{"date", rec.Date, day(act.date)},
		{"published_from", rec.PublishedFrom, day(act.from)},
		{"published_to", rec.PublishedTo, day(act.to)},
	}
	for _, m := range meta {
		if m.got != m.want {
			t.Errorf("%s: %s %q, want %q", rec.ID, m.field, m.got, m.want)
		}
	}
	if len(rec.Files) != 1+len(act.attachments) {
		t.Errorf("%s: %d files, want the act (form %s) and %d attachments", rec.ID, len(rec.Files), act.form, len(act.attachments))
		return 0
	}
	f := rec.Files[0]
	if f.Role != corpus.RoleMain {
		t.Errorf("%s: the act's file has role %q", rec.ID, f.Role)
	}
	if !bytes.Equal(readBlob(t, s, f.SHA256), act.served) {
		t.Errorf("%s: stored envelope differs from the one served (form %s)", rec.ID, act.form)
	}
	if f.PDFSHA256 == "" || !bytes.Equal(readBlob(t, s, f.PDFSHA256), act.pdf) {
		t.Errorf("%s: stored PDF differs from the one signed (form %s)", rec.ID, act.form)
	}
	if len(f.Signers) != act.signers {
		t.Errorf("%s: %d signers, want %d", rec.ID, len(f.Signers), act.signers)
	}
	if _, params, err := mime.ParseMediaType(act.disposition); err == nil && f.Name != params["filename"] {
		t.Errorf("%s: file name %q, want %q from %s", rec.ID, f.Name, params["filename"], act.disposition)
	}
	return checkAttachments(t, s, rec, act)
}

// TestIndependentReplicaLifecycle crawls the independent replica with
// faults on, again with nothing new, in full, and after today moved.
func TestIndependentReplicaLifecycle(t *testing.T) {
	albo := newIndieAlbo(t, indieFaultRate)
	store := openStore(t)
	first := albo.visibleIn(indieDefault...)
	if len(first) < 500 {
		t.Fatalf("the replica lists %d acts, want at least 500", len(first))
	}
	// everSeen are the acts listed by the replica during the steps so far,
	// seenBefore those until the step before.
	var everSeen, seenBefore []*indieAct

	steps := []struct {
		name    string
		prepare func()
		full    bool
		// check looks at what the crawl did beside the archive.
		check func(t *testing.T, s crawl.Summary, st indieStats, listed []*indieAct)
	}{{
		name: "first crawl",
		check: func(t *testing.T, s crawl.Summary, st indieStats, listed []*indieAct) {
			faults := total(st.faults)
			wantCounts(t, s, crawl.Summary{Listed: len(listed), New: len(listed)})
			if st.pages < 50 {
				t.Errorf("%d listing pages served, want at least 50", st.pages)
			}
			if len(st.rejected) != 0 {
				t.Errorf("postbacks refused: %q", st.rejected)
			}
			if faults < 100 {
				t.Errorf("the replica spoiled %d answers (%v): the faults were not exercised", faults, st.faults)
			}
			// Slow answers and status-200 error pages are rare by design.
			for f := fault500; f < faultKinds; f++ {
				if st.faults[faultNames[f]] == 0 && f != faultSlowHead && f != faultSlowBody && f != faultYellow200 {
					t.Errorf("no %s fault among %v", faultNames[f], st.faults)
				}
			}
			if st.errorPages == 0 || st.gzipped == 0 || st.chunked == 0 {
				t.Errorf("%d downloads outside a session, %d answers gzipped, %d chunked: not all exercised", st.errorPages, st.gzipped, st.chunked)
			}
			forms := map[string]bool{}
			for _, a := range listed {
				forms[a.form] = true
			}
			if len(forms) != 8 {
				t.Errorf("the listing holds documents in the forms %v, want DER, base64 at 64 and 76 columns and PEM, signed once and twice", forms)
			}
			t.Logf("faults %v; %d downloads outside a session; %d requests", st.faults, st.errorPages, total(st.requests))
		},
	}, {
		name: "re-run downloads nothing",
		check: func(t *testing.T, s crawl.Summary, st indieStats, listed []*indieAct) {
			if s.New+s.Updated+s.Failed != 0 {
				t.Errorf("summary %+v, want nothing new, updated or failed", s)
			}
			if n := st.requests["savep7m.aspx"] + st.requests["showdoc.aspx"] + attachmentRequests(st); n != 0 || st.docBytes != 0 {
				t.Errorf("re-run made %d detail or download requests, %d document bytes", n, st.docBytes)
			}
			t.Logf("re-run: %d requests", total(st.requests))
		},
	}, {
		name: "full re-walk asks conditionally",
		full: true,
		check: func(t *testing.T, s crawl.Summary, st indieStats, listed []*indieAct) {
			wantCounts(t, s, crawl.Summary{Listed: len(listed), Unchanged: len(listed)})
			// Only documents served without validators come again.
			var want int64
			for _, a := range listed {
				if a.validators == 0 {
					want += int64(len(a.served))
				}
			}
			if st.docBytes > want {
				t.Errorf("full re-walk downloaded %d document bytes, want at most %d (those without validators)", st.docBytes, want)
			}
			if st.notModified == 0 {
				t.Error("no conditional request answered 304")
			}
		},
	}, {
		name:    "today moves",
		prepare: func() { albo.advance(5) },
		check: func(t *testing.T, s crawl.Summary, st indieStats, listed []*indieAct) {
			checkMoved(t, s, listed, seenBefore)
		},
	}, {
		name: "today moves while the crawl pages",
		// The site's view states go stale in the middle of a full walk,
		// as when IIS recycles the application, and the listing shifts.
		prepare: func() { albo.advanceAfter(5, 1) },
		full:    true,
		check: func(t *testing.T, s crawl.Summary, st indieStats, listed []*indieAct) {
			if len(st.rejected) == 0 {
				t.Error("no postback refused: the move did not happen in the middle of the walk")
			}
			st.rejected = nil
			checkMoved(t, s, listed, seenBefore)
		},
	}}
	for _, step := range steps {
		if !t.Run(step.name, func(t *testing.T) {
			if step.prepare != nil {
				step.prepare()
			}
			albo.resetStats()
			opts := indieOptions(albo)
			opts.Full = step.full
			s := indieCrawl(t, store, opts)
			st := albo.snapshot()
			listed := albo.visibleIn(indieDefault...)
			seenBefore = slices.Clone(everSeen)
			for _, a := range listed {
				if !slices.Contains(everSeen, a) {
					everSeen = append(everSeen, a)
				}
			}
			checkArchive(t, store, everSeen)
			if st.badUA != 0 {
				t.Errorf("%d requests without albo's User-Agent", st.badUA)
			}
			step.check(t, s, st, listed)
		}) {
			break
		}
	}
}

// checkMoved checks the summary of a crawl after today moved: the acts
// that entered the listing are new, and some left it.
func checkMoved(t *testing.T, s crawl.Summary, listed, seenBefore []*indieAct) {
	t.Helper()
	var entered int
	for _, a := range listed {
		if !slices.Contains(seenBefore, a) {
			entered++
		}
	}
	if entered == 0 || s.New != entered || s.Failed != 0 || s.New+s.Unchanged != s.Listed {
		t.Errorf("summary %+v, want %d new acts", s, entered)
	}
	if len(seenBefore)+entered == len(listed) {
		t.Error("no act left the listing: moving today was not exercised")
	}
}

func total(m map[string]int) int {
	var n int
	for _, v := range m {
		n += v
	}
	return n
}

// wantCounts compares the counts of a summary.
func wantCounts(t *testing.T, got, want crawl.Summary) {
	t.Helper()
	if got.Listed != want.Listed || got.New != want.New || got.Updated != want.Updated || got.Unchanged != want.Unchanged || got.Failed != want.Failed {
		t.Errorf("summary %+v, want %+v", got, want)
	}
	if got.New+got.Updated+got.Unchanged+got.Failed != got.Listed {
		t.Errorf("summary %+v does not add up", got)
	}
}

// TestIndependentReplicaSelection crawls parts of the replica with
// --max, --since and --category, with a few faults.
func TestIndependentReplicaSelection(t *testing.T) {
	albo := newIndieAlbo(t, indieFaultRate/3)
	giunta, consiglio := albo.visible("9030"), albo.visible("9040")
	since := albo.world.start.AddDate(0, 0, 8)
	var recent []*indieAct
	for _, a := range albo.visibleIn(indieDefault...) {
		if !a.date.Before(since) {
			recent = append(recent, a)
		}
	}
	tests := []struct {
		name       string
		categories []string
		max        int
		since      time.Time
		want       []*indieAct
	}{
		{name: "max stops in the first category", max: 25, want: giunta[:25]},
		{name: "max across categories", max: len(giunta) + 3, want: append(slices.Clone(giunta), consiglio[:3]...)},
		{name: "one category", categories: []string{"consiglio"}, want: consiglio},
		{name: "two categories out of order", categories: []string{"consiglio", "giunta"}, want: append(slices.Clone(consiglio), giunta...)},
		{name: "an empty category", categories: []string{"documenti-vari"}},
		{name: "since a date", since: since, want: recent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := openStore(t)
			opts := indieOptions(albo)
			opts.Categories, opts.Max, opts.Since = tt.categories, tt.max, tt.since
			s := indieCrawl(t, store, opts)
			checkArchive(t, store, tt.want)
			wantCounts(t, s, crawl.Summary{Listed: len(tt.want), New: len(tt.want)})
		})
	}
}

// TestIndependentReplicaIsStrict proves the replica refuses what the real
// site refuses, so that the crawls above pass for the right reasons.
func TestIndependentReplicaIsStrict(t *testing.T) {
	albo := newIndieAlbo(t, 0)
	listing := albo.srv.URL + indiePrefix + "AlboPretorio.aspx?dtid=" + indieKeyedDTID
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	session := &http.Client{Jar: jar}
	get := func(u string) (*http.Response, *goquery.Document) {
		resp, err := session.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		doc, err := goquery.NewDocumentFromReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp, doc
	}
	_, page1 := get(listing)
	form := url.Values{}
	page1.Find("input").Each(func(_ int, s *goquery.Selection) {
		if typ, _ := s.Attr("type"); strings.EqualFold(typ, "hidden") {
			form.Set(s.AttrOr("name", ""), s.AttrOr("value", ""))
		}
	})
	post := func(client *http.Client, change func(url.Values)) int {
		f := url.Values{}
		for k, v := range form {
			f[k] = slices.Clone(v)
		}
		f.Set("__EVENTTARGET", indieGrid)
		f.Set("__EVENTARGUMENT", "Page$2")
		change(f)
		resp, err := client.PostForm(listing, f)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	tests := []struct {
		name string
		// outside posts without the session cookie of the first page.
		outside bool
		change  func(url.Values)
		want    int
	}{
		{"the pager's postback", false, func(url.Values) {}, 200},
		{"the pager's postback in another session", true, func(url.Values) {}, 500},
		{"a page the pager did not offer", false, func(f url.Values) { f.Set("__EVENTARGUMENT", "Page$12") }, 500},
		{"a forged view state", false, func(f url.Values) { f.Set("__VIEWSTATE", f.Get("__VIEWSTATE")+"x") }, 500},
		{"no event validation", false, func(f url.Values) { f.Del("__EVENTVALIDATION") }, 500},
		{"no view state generator", false, func(f url.Values) { f.Del("__VIEWSTATEGENERATOR") }, 500},
		{"a stale view state", false, func(url.Values) { albo.advance(1) }, 500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			client := session
			if tt.outside {
				client = http.DefaultClient
			}
			if got := post(client, tt.change); got != tt.want {
				t.Errorf("status %d, want %d", got, tt.want)
			}
		})
	}

	t.Run("download outside a session", func(t *testing.T) {
		for range 4 {
			resp, err := http.Get(albo.srv.URL + indiePrefix + "savep7m.aspx")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !bytes.Contains(body, []byte("Sessione scaduta")) {
				t.Errorf("status %d, body %.80q: want the 200 error page", resp.StatusCode, body)
			}
		}
	})
}

// TestIndependentReplicaBrokenActs breaks one act deep in a listing for a
// whole crawl: the others are archived, the act is reported, and the next
// incremental crawl, which stops paging at known acts, still finds it
// once the site serves it again.
func TestIndependentReplicaBrokenActs(t *testing.T) {
	tests := []struct {
		name string
		how  indieBreak
	}{
		{"its detail page fails", breakDetail},
		{"its download is never in the session", breakNoDocument},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			albo := newIndieAlbo(t, 0)
			store := openStore(t)
			listed := albo.visible("9030")
			broken := listed[len(listed)-3]
			albo.breakAct(broken, tt.how)
			opts := indieOptions(albo)
			opts.Categories = []string{"giunta"}

			s, err := crawl.Run(context.Background(), store, opts)
			if err != nil {
				t.Fatal(err)
			}
			wantCounts(t, s, crawl.Summary{Listed: len(listed), New: len(listed) - 1, Failed: 1})
			if len(s.Failures) != 1 || s.Failures[0].What != broken.id() {
				t.Errorf("failures %v, want one, of %s", s.Failures, broken.id())
			}
			if rec, err := store.Act(broken.id()); err != nil || len(rec.Files) != 0 {
				t.Errorf("the failed act's record: %v, %v; want one without files", rec, err)
			}

			albo.breakAct(broken, breakNone)
			s = indieCrawl(t, store, opts)
			if s.New != 1 || s.Updated != 0 || s.Failed != 0 {
				t.Errorf("summary %+v: want the healed act new, and only it", s)
			}
			checkArchive(t, store, listed)
		})
	}
}

// TestIndependentReplicaOutageOutlastsRetries has one act fail for longer
// than the retries of a request, in each way: the crawl tries it again
// after the others, archives it whole and counts it new, not failed.
func TestIndependentReplicaOutageOutlastsRetries(t *testing.T) {
	const attempts = 3
	tests := []struct {
		name     string
		how      indieBreak
		requests int // how many of its requests fail
	}{
		// Every attempt at the detail page of the first round.
		{"its detail page fails", breakDetail, attempts},
		// Every session the first round opens for the download.
		{"its download is never in the session", breakNoDocument, crawl.MaxSessions},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			albo := newIndieAlbo(t, 0)
			store := openStore(t)
			listed := albo.visible("9030")
			albo.breakActFor(listed[len(listed)-3], tt.how, tt.requests)
			opts := indieOptions(albo)
			opts.Categories = []string{"giunta"}
			opts.Fetch.MaxAttempts = attempts

			s := indieCrawl(t, store, opts)
			wantCounts(t, s, crawl.Summary{Listed: len(listed), New: len(listed)})
			checkArchive(t, store, listed)
		})
	}
}

// TestIndependentReplicaListingOutage has the listing fail for longer than
// the retries of a request, at its first page and deeper in its paging:
// the walk starts again and archives every act. An outage that outlasts
// every restart fails the category's page, and nothing else.
func TestIndependentReplicaListingOutage(t *testing.T) {
	const attempts = 3
	listed := newIndieAlbo(t, 0).visible("9030")
	if pages := (len(listed) + indiePageSize - 1) / indiePageSize; pages < 4 {
		t.Fatalf("the listing has %d pages: the test needs paging", pages)
	}
	tests := []struct {
		name           string
		served, failed int // listing requests served before the outage, and failed in it
		wantAll        bool
	}{
		{"at the first page", 0, attempts, true},
		// The next walk fails at its first page: it must not forget
		// that the first walk had got further.
		{"at the third page, and the first of the next walk", 2, 2 * attempts, true},
		{"past every restart", 0, 100, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			albo := newIndieAlbo(t, 0)
			store := openStore(t)
			opts := indieOptions(albo)
			opts.Categories = []string{"giunta"}
			opts.Fetch.MaxAttempts = attempts
			albo.failListings(tt.served, tt.failed)
			s, err := crawl.Run(context.Background(), store, opts)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.wantAll {
				if s.Failed != 1 || len(s.Failures) != 1 || s.Failures[0].What != "giunta page 1" {
					t.Errorf("summary %+v, want the first page failed and nothing else", s)
				}
				return
			}
			wantCounts(t, s, crawl.Summary{Listed: len(listed), New: len(listed)})
			checkArchive(t, store, listed)
		})
	}
}

// TestIndependentReplicaRobots disallows the detail pages of some acts in
// robots.txt: the crawler never asks for them, says so, and archives the
// others.
func TestIndependentReplicaRobots(t *testing.T) {
	albo := newIndieAlbo(t, 0)
	listed := albo.visible("9030")
	// The acts whose procid starts like that of the tenth.
	prefix := strconv.Itoa(listed[9].procid)[:4]
	albo.forbid(indiePrefix + "showdoc.aspx?procid=" + prefix)
	var allowed, disallowed []*indieAct
	for _, a := range listed {
		if strings.HasPrefix(strconv.Itoa(a.procid), prefix) {
			disallowed = append(disallowed, a)
		} else {
			allowed = append(allowed, a)
		}
	}
	if len(allowed) == 0 || len(disallowed) == 0 {
		t.Fatalf("%d acts allowed, %d disallowed: the test disallows nothing or everything", len(allowed), len(disallowed))
	}
	store := openStore(t)
	opts := indieOptions(albo)
	opts.Categories = []string{"giunta"}
	s, err := crawl.Run(context.Background(), store, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st := albo.snapshot(); st.forbidden != 0 {
		t.Errorf("%d requests for pages robots.txt disallows", st.forbidden)
	}
	if s.New != len(allowed) || s.Failed != len(disallowed) {
		t.Errorf("summary %+v, want %d new and %d failed", s, len(allowed), len(disallowed))
	}
	for _, f := range s.Failures {
		if !errors.Is(f.Err, crawl.ErrDisallowed) {
			t.Errorf("failure %s, want one for robots.txt", f)
		}
	}
	for _, a := range disallowed {
		if rec, err := store.Act(a.id()); err == nil && len(rec.Files) > 0 {
			t.Errorf("%s archived with its documents, though robots.txt disallows its page", a.id())
		}
	}
}
