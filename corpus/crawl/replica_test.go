package crawl

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/replica"
)

// testFetch is a fetch configuration for the local replica: no delay, and
// backoffs short enough to keep tests fast.
func testFetch() FetchConfig {
	return FetchConfig{
		UserAgent:   UserAgent("test"),
		Timeout:     2 * time.Second,
		BackoffBase: time.Millisecond,
		BackoffMax:  20 * time.Millisecond,
	}
}

func serveReplica(t testing.TB, cfg replica.Config) (*replica.Replica, *httptest.Server) {
	t.Helper()
	r := replica.New(cfg)
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	return r, srv
}

func openStore(t testing.TB, dir string) *corpus.Store {
	t.Helper()
	s, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func crawlReplica(t testing.TB, s Store, base string, mod func(*Options)) Summary {
	t.Helper()
	opts := Options{Profile: Milano{}, BaseURL: base, Concurrency: 4, Fetch: testFetch()}
	if mod != nil {
		mod(&opts)
	}
	sum, err := Run(context.Background(), s, opts)
	if err != nil {
		t.Fatalf("crawl: %v", err)
	}
	for _, f := range sum.Failures {
		t.Errorf("failure: %s", f)
	}
	return sum
}

func readBlob(t testing.TB, s *corpus.Store, sha string) []byte {
	t.Helper()
	f, err := s.OpenBlob(sha)
	if err != nil {
		t.Fatalf("blob %s: %v", sha, err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// checkArchived asserts that every act is in the store with every one of
// its documents, the signed act first and its attachments in the page's
// order, each byte for byte with its PDF, role and label. It logs how
// many attachments were archived.
func checkArchived(t testing.TB, s *corpus.Store, acts []*replica.Act) {
	t.Helper()
	archived, total := 0, 0
	for _, a := range acts {
		total += len(a.Attachments)
		rec, err := s.Act(a.ID())
		if err != nil {
			t.Errorf("act %s not archived: %v", a.ID(), err)
			continue
		}
		if len(rec.Files) != 1+len(a.Attachments) {
			t.Errorf("act %s: %d files, want the act and %d attachments", a.ID(), len(rec.Files), len(a.Attachments))
			continue
		}
		f := rec.Files[0]
		if !bytes.Equal(readBlob(t, s, f.SHA256), a.Signed) {
			t.Errorf("act %s: stored file differs from the served envelope", a.ID())
		}
		if f.PDFSHA256 == "" || !bytes.Equal(readBlob(t, s, f.PDFSHA256), a.PDF) {
			t.Errorf("act %s: stored PDF differs from the one inside the envelope", a.ID())
		}
		if f.Role != corpus.RoleMain {
			t.Errorf("act %s: first file has role %q", a.ID(), f.Role)
		}
		if rec.Subject != a.Subject || rec.Office != a.Office || rec.Date != a.Date.Format(time.DateOnly) {
			t.Errorf("act %s: metadata %q/%q/%s, want %q/%q/%s", a.ID(), rec.Subject, rec.Office, rec.Date, a.Subject, a.Office, a.Date.Format(time.DateOnly))
		}
		if !strings.Contains(rec.ListingURL, "/AlboPretorio.aspx?dtid="+strconv.Itoa(a.Category.Dtid)) || !strings.HasSuffix(rec.DetailURL, "/showdoc.aspx?procid="+strconv.Itoa(a.ProcID)) {
			t.Errorf("act %s: listing %s, detail %s", a.ID(), rec.ListingURL, rec.DetailURL)
		}
		if f.Name != a.FileName || len(f.Signers) == 0 {
			t.Errorf("act %s: file %q with %d signers", a.ID(), f.Name, len(f.Signers))
		}
		for i, x := range a.Attachments {
			g := rec.Files[1+i]
			switch {
			case g.Role != corpus.RoleAttachment || g.Label != x.Label || g.Name != x.FileName:
				t.Errorf("act %s attachment %d: role %q, label %q, name %q; want %q, %q", a.ID(), i+1, g.Role, g.Label, g.Name, x.Label, x.FileName)
			case !bytes.Equal(readBlob(t, s, g.SHA256), x.Served):
				t.Errorf("act %s attachment %d: stored file differs from the one served", a.ID(), i+1)
			case g.PDFSHA256 == "" || !bytes.Equal(readBlob(t, s, g.PDFSHA256), x.PDF):
				t.Errorf("act %s attachment %d: stored PDF differs", a.ID(), i+1)
			case x.Signed != (len(g.Signers) > 0):
				t.Errorf("act %s attachment %d: %d signers, signed %v", a.ID(), i+1, len(g.Signers), x.Signed)
			default:
				archived++
			}
		}
	}
	t.Logf("attachments archived byte for byte: %d/%d over %d acts", archived, total, len(acts))
}

// documents counts the files the acts publish: each act and its
// attachments.
func documents(acts []*replica.Act) int {
	n := 0
	for _, a := range acts {
		n += 1 + len(a.Attachments)
	}
	return n
}

func checkVerify(t testing.TB, s *corpus.Store) {
	t.Helper()
	for p := range s.Verify(context.Background()) {
		t.Errorf("verify: %s", p)
	}
}

func TestCrawlReplica(t *testing.T) {
	r, srv := serveReplica(t, replica.Config{Seed: 11})
	s := openStore(t, t.TempDir())
	listed := r.Listed()
	t0 := time.Date(2026, 3, 16, 8, 0, 0, 0, time.UTC)
	at := func(now time.Time) func(*Options) {
		return func(o *Options) { o.Now = func() time.Time { return now } }
	}

	if len(listed) < 500 {
		t.Fatalf("the replica lists %d acts, want >= 500", len(listed))
	}
	sum := crawlReplica(t, s, srv.URL, at(t0))
	if sum.Listed != len(listed) || sum.New != len(listed) || sum.Failed != 0 {
		t.Errorf("first crawl: %+v, want %d listed and new", sum, len(listed))
	}
	if st := r.Stats(); st.Requests["listing"] < 50 || st.Requests["savep7m"] != documents(listed) {
		t.Errorf("first crawl read %d listing pages and %d documents, want >= 50 and %d", st.Requests["listing"], st.Requests["savep7m"], documents(listed))
	}
	checkArchived(t, s, listed)
	checkVerify(t, s)

	t.Run("second run downloads nothing", func(t *testing.T) {
		r.ResetStats()
		sum := crawlReplica(t, s, srv.URL, nil)
		st := r.Stats()
		if sum.New+sum.Updated+sum.Failed != 0 || sum.Unchanged != sum.Listed {
			t.Errorf("summary %+v", sum)
		}
		if st.Requests["showdoc"]+st.Requests["savep7m"] != 0 {
			t.Errorf("re-run fetched %d detail pages and %d documents", st.Requests["showdoc"], st.Requests["savep7m"])
		}
		if st.Requests["listing"] > len(replica.Categories) {
			t.Errorf("re-run read %d listing pages, want one per category", st.Requests["listing"])
		}
	})

	t.Run("full re-walk is conditional", func(t *testing.T) {
		r.ResetStats()
		sum := crawlReplica(t, s, srv.URL, func(o *Options) { o.Full = true })
		st := r.Stats()
		if sum.Unchanged != len(listed) || sum.New+sum.Updated != 0 {
			t.Errorf("summary %+v", sum)
		}
		if st.Requests["savep7m"] != documents(listed) || st.Bytes["savep7m"] != 0 {
			t.Errorf("full re-walk: %d document requests, %d bytes downloaded", st.Requests["savep7m"], st.Bytes["savep7m"])
		}
	})

	t.Run("a re-signed document is updated", func(t *testing.T) {
		a := listed[len(listed)/2]
		r.Resign(a.ProcID)
		sum := crawlReplica(t, s, srv.URL, func(o *Options) { o.Full = true })
		if sum.Updated != 1 || sum.Unchanged != len(listed)-1 {
			t.Errorf("summary %+v, want 1 updated", sum)
		}
		rec, err := s.Act(a.ID())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(readBlob(t, s, rec.Files[0].SHA256), r.Signed(a)) || !bytes.Equal(readBlob(t, s, rec.Files[0].PDFSHA256), a.PDF) {
			t.Errorf("act %s: the new envelope and its PDF are not what is stored", a.ID())
		}
	})

	t.Run("today moves", func(t *testing.T) {
		before := map[string]bool{}
		for _, a := range listed {
			before[a.ID()] = true
		}
		r.SetToday(r.Today().AddDate(0, 0, 5))
		now := r.Listed()
		entered := 0
		for _, a := range now {
			if !before[a.ID()] {
				entered++
			}
		}
		t1 := t0.AddDate(0, 0, 5)
		sum := crawlReplica(t, s, srv.URL, at(t1))
		if sum.New != entered || entered == 0 {
			t.Errorf("after moving today: %d new, %d entered the listing", sum.New, entered)
		}
		for _, a := range append(now, listed...) {
			rec, err := s.Act(a.ID())
			if err != nil {
				continue // reported by checkArchived
			}
			if want := map[bool]time.Time{true: t0, false: t1}[before[a.ID()]]; !rec.FirstSeen.Equal(want) {
				t.Errorf("act %s: first seen %s, want %s", a.ID(), rec.FirstSeen, want)
			}
		}
		checkArchived(t, s, listed) // those that left are kept
		checkArchived(t, s, now)
		checkVerify(t, s)
	})
}

func TestCrawlWithFaults(t *testing.T) {
	r, srv := serveReplica(t, replica.Config{Seed: 12})
	r.SetFaults(replica.Faults{Rate: 0.15, Kinds: replica.AllFaults, Seed: 7, SlowDelay: 400 * time.Millisecond})
	s := openStore(t, t.TempDir())
	sum := crawlReplica(t, s, srv.URL, func(o *Options) { o.Fetch.Timeout = 200 * time.Millisecond })
	listed := r.Listed()
	if sum.New != len(listed) || sum.Failed != 0 {
		t.Errorf("summary %+v, want %d new", sum, len(listed))
	}
	st := r.Stats()
	for _, f := range replica.AllFaults {
		if st.Faults[f.String()] == 0 {
			t.Errorf("no %s fault injected", f)
		}
	}
	t.Logf("faults injected: %v", st.Faults)
	checkArchived(t, s, listed)
	checkVerify(t, s)
}

// TestListingCaps: a listing page past the page cap is read as far as
// the cap, and rows past the row cap are not read; both are reported.
func TestListingCaps(t *testing.T) {
	_, srv := serveReplica(t, replica.Config{Seed: 18, Days: 1, PerDay: 40, PageSize: 40})
	tests := []struct {
		name string
		mod  func(*Options)
		want string
	}{
		{"row cap", func(o *Options) { o.MaxRows = 5 }, "past the cap of 5 not read"},
		{"page cap", func(o *Options) { o.Fetch.MaxPageSize = 6000 }, "page larger than 6000 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t, t.TempDir())
			opts := Options{Profile: Milano{}, BaseURL: srv.URL, Categories: []string{"determinazioni"}, Fetch: testFetch()}
			tt.mod(&opts)
			sum, err := Run(context.Background(), s, opts)
			if err != nil {
				t.Fatal(err)
			}
			reported := false
			for _, f := range sum.Failures {
				reported = reported || strings.Contains(f.String(), tt.want)
			}
			if !reported || sum.New == 0 {
				t.Errorf("summary %+v: want %q reported and the acts read archived", sum, tt.want)
			}
		})
	}
}

func TestCrawlLimits(t *testing.T) {
	r, srv := serveReplica(t, replica.Config{Seed: 13, Days: 4, PerDay: 25})
	since := r.Today().AddDate(0, 0, -3)
	tests := []struct {
		name string
		mod  func(*Options)
		want func(*replica.Act) bool
	}{
		{"max", func(o *Options) { o.Max = 25 }, nil},
		{"since", func(o *Options) { o.Since = since }, func(a *replica.Act) bool { return !a.Date.Before(since) }},
		{"category", func(o *Options) { o.Categories = []string{"consiglio"} }, func(a *replica.Act) bool { return a.Category.Name == "consiglio" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t, t.TempDir())
			sum := crawlReplica(t, s, srv.URL, tt.mod)
			ids, err := s.ActIDs(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == nil {
				if len(ids) != 25 || sum.Listed != 25 {
					t.Errorf("%d acts archived, %d listed, want 25", len(ids), sum.Listed)
				}
				return
			}
			var want []*replica.Act
			for _, a := range r.Listed() {
				if tt.want(a) {
					want = append(want, a)
				}
			}
			if len(ids) != len(want) || len(want) == 0 {
				t.Errorf("%d acts archived, want %d", len(ids), len(want))
			}
			checkArchived(t, s, want)
		})
	}
}

// TestFailedActIsRetried: an act whose document cannot be fetched is
// recorded without files, and the next incremental crawl, though the
// listing's first page is all known, reaches it again.
func TestFailedActIsRetried(t *testing.T) {
	r := replica.New(replica.Config{Seed: 14, Days: 3, PerDay: 20})
	var victim *replica.Act
	for _, a := range r.Listed() { // the oldest: the last listing page
		if a.Category.Name == "determinazioni" {
			victim = a
			break
		}
	}
	var broken atomic.Bool
	broken.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if broken.Load() && req.URL.Query().Get("procid") == strconv.Itoa(victim.ProcID) {
			http.NotFound(w, req)
			return
		}
		r.ServeHTTP(w, req)
	}))
	defer srv.Close()
	s := openStore(t, t.TempDir())
	sum, err := Run(context.Background(), s, Options{Profile: Milano{}, BaseURL: srv.URL, Fetch: testFetch()})
	if err != nil || sum.Failed != 1 || sum.New != len(r.Listed())-1 {
		t.Fatalf("summary %+v, %v", sum, err)
	}
	if rec, err := s.Act(victim.ID()); err != nil || len(rec.Files) != 0 || rec.Subject != victim.Subject {
		t.Errorf("failed act's record: %+v, %v", rec, err)
	}
	checkVerify(t, s)

	broken.Store(false)
	sum = crawlReplica(t, s, srv.URL, nil)
	if sum.New != 1 {
		t.Errorf("retry: %+v, want the failed act new", sum)
	}
	checkArchived(t, s, r.Listed())
}

// TestDamagedRecord: a record damaged on disk does not stop a crawl, and
// the crawl archives its act again.
func TestDamagedRecord(t *testing.T) {
	r, srv := serveReplica(t, replica.Config{Seed: 15, Days: 1, PerDay: 12})
	dir := t.TempDir()
	s := openStore(t, dir)
	crawlReplica(t, s, srv.URL, nil)
	a := r.Listed()[len(r.Listed())-1] // the newest: on the first page
	path := filepath.Join(dir, "acts", filepath.FromSlash(a.ID())+".json")
	if err := os.WriteFile(path, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := crawlReplica(t, s, srv.URL, nil)
	if sum.New != 1 {
		t.Errorf("summary %+v, want the damaged act archived again", sum)
	}
	checkArchived(t, s, r.Listed())
	checkVerify(t, s)
}

// TestRepeatingListing: a site that answers every postback with the first
// page again ends the walk instead of looping.
func TestRepeatingListing(t *testing.T) {
	r := replica.New(replica.Config{Seed: 16, Days: 1, PerDay: 40})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method == http.MethodPost {
			req.Method, req.Body = http.MethodGet, http.NoBody
		}
		r.ServeHTTP(w, req)
	}))
	defer srv.Close()
	s := openStore(t, t.TempDir())
	sum := crawlReplica(t, s, srv.URL, func(o *Options) { o.Full = true; o.Categories = []string{"determinazioni"} })
	if sum.Listed != 10 || sum.New != 10 {
		t.Errorf("summary %+v, want the first page's 10 acts", sum)
	}
}

// TestReplicaRestarts: the site recycles in the middle of a crawl, so the
// next postback is refused and the sessions are gone; the crawl walks the
// listing again and archives everything.
func TestReplicaRestarts(t *testing.T) {
	r := replica.New(replica.Config{Seed: 17, Days: 3, PerDay: 30})
	var posts atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method == http.MethodPost && posts.Add(1) == 4 {
			r.Restart()
		}
		r.ServeHTTP(w, req)
	}))
	defer srv.Close()
	s := openStore(t, t.TempDir())
	sum := crawlReplica(t, s, srv.URL, nil)
	if sum.New != len(r.Listed()) || posts.Load() < 5 {
		t.Errorf("summary %+v after %d postbacks", sum, posts.Load())
	}
	checkArchived(t, s, r.Listed())
}
