package web

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/openalbo/albo/index"
)

// costlyQueries are the worst queries a reader may send within the
// limits: the most terms that expand, each expanding as far as allowed
// (prefixes of one letter, typos in long words, a regular expression), and
// far past them (166 "a*", as the probe of issue 12).
var costlyQueries = []string{
	"a* c* d* e* i* p* r* s*",
	"amministrazione~2 digitalizzazione~2 servizi~2 territorio~2 sviluppo~2 gestione~2 progetto~2 cittadini~2",
	"/.*a.*/ /.*e.*/ /.*i.*/ /.*o.*/ p* s* c* d*",
	strings.Repeat("a* ", 166), // 498 characters, under MaxQueryLen
}

// ordinaryPaths are what readers ask most: searches of words, filters.
var ordinaryPaths = []string{
	"/api/search?q=citta",
	"/api/search?q=digitalizzazione&type=objective",
	"/api/search?q=servizi+sociali&year=2020",
	"/?q=memoria",
}

// TestCostlyQueriesLeaveOrdinarySearchesFast runs 32 clients sending the
// costliest queries without pause against a real server over the gold
// index, with the search cache off, while other clients time ordinary
// searches. The costly ones are answered, refused as too broad (400) or
// told to come back (503 with Retry-After), never queued without end; the
// ordinary ones all answer 200. The test prints their p99 and the peak
// memory of the process.
func TestCostlyQueriesLeaveOrdinarySearchesFast(t *testing.T) {
	_, store, ix := newGoldSite(t)
	h, err := New(Config{Index: ix, Documents: CorpusDocuments(store), SearchCache: -1})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := Listen(context.Background(), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := NewServer(h)
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()
	alone, _ := timeOrdinarySearches(t, base)
	resetPeakMemory()
	before := peakMemory()

	stop := make(chan struct{})
	var costly sync.WaitGroup
	var statuses sync.Map // status -> *atomic.Int64
	count := func(status int) {
		n, _ := statuses.LoadOrStore(status, new(atomic.Int64))
		n.(*atomic.Int64).Add(1)
	}
	var retryAfterMissing atomic.Int64
	const costlyClients = 32
	for i := range costlyClients {
		costly.Go(func() {
			client := &http.Client{Timeout: time.Minute}
			for j := 0; ; j++ {
				select {
				case <-stop:
					return
				default:
				}
				q := costlyQueries[(i+j)%len(costlyQueries)]
				resp, err := client.Get(base + "/api/search?q=" + url.QueryEscape(q))
				if err != nil {
					count(0)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				count(resp.StatusCode)
				if resp.StatusCode == http.StatusServiceUnavailable {
					// Told to come back later, the client does.
					wait, err := strconv.Atoi(resp.Header.Get("Retry-After"))
					if err != nil {
						retryAfterMissing.Add(1)
					}
					select {
					case <-stop:
					case <-time.After(time.Duration(wait) * time.Second):
					}
				}
			}
		})
	}
	time.Sleep(200 * time.Millisecond) // the costly load in full swing

	latencies, failed := timeOrdinarySearches(t, base)
	close(stop)
	costly.Wait()

	var seen []string
	statuses.Range(func(k, v any) bool {
		seen = append(seen, strconv.Itoa(k.(int))+": "+strconv.FormatInt(v.(*atomic.Int64).Load(), 10))
		return true
	})
	slices.Sort(seen)
	round := func(d time.Duration) time.Duration { return d.Round(time.Millisecond / 10) }
	t.Logf("ordinary searches beside %d costly clients: %d, %d failed, p50 %v, p99 %v, max %v (alone, just before: p50 %v, p99 %v); costly answers by status %v; peak memory %d MB (%d MB before)",
		costlyClients, len(latencies), failed, round(percentile(latencies, 50)), round(percentile(latencies, 99)), round(latencies[len(latencies)-1]),
		round(percentile(alone, 50)), round(percentile(alone, 99)), seen, peakMemory()>>20, before>>20)
	if n, ok := statuses.Load(0); ok {
		t.Errorf("%d costly requests got no answer", n.(*atomic.Int64).Load())
	}
	if n, ok := statuses.Load(http.StatusInternalServerError); ok {
		t.Errorf("%d costly requests failed with 500", n.(*atomic.Int64).Load())
	}
	if retryAfterMissing.Load() > 0 {
		t.Errorf("%d answers 503 without Retry-After", retryAfterMissing.Load())
	}
}

// timeOrdinarySearches sends 400 ordinary searches from 4 clients and
// returns their latencies, sorted, and how many failed.
func timeOrdinarySearches(t *testing.T, base string) (latencies []time.Duration, failed int) {
	var mu sync.Mutex
	var clients sync.WaitGroup
	for c := range 4 {
		clients.Go(func() {
			client := &http.Client{Timeout: time.Minute}
			for i := range 100 {
				path := ordinaryPaths[(c+i)%len(ordinaryPaths)]
				start := time.Now()
				err := fetch(context.Background(), client, base+path)
				mu.Lock()
				latencies = append(latencies, time.Since(start))
				if err != nil {
					failed++
					t.Errorf("ordinary search: %v", err)
				}
				mu.Unlock()
			}
		})
	}
	clients.Wait()
	slices.Sort(latencies)
	return latencies, failed
}

// TestCostlyQueryIsRefusedOrStopped: a query past the limits is refused
// as too broad before it runs, and one that runs past the search's
// deadline is stopped and reported as too costly; both are 400 with a
// message, not a server error.
func TestCostlyQueryIsRefusedOrStopped(t *testing.T) {
	_, store, ix := newGoldSite(t)
	h, err := New(Config{Index: ix, Documents: CorpusDocuments(store), SearchCache: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, query string
		timeout     time.Duration
		want        string
	}{
		{"many wildcards", strings.Repeat("a* ", 166), 0, "at most 8"},
		{"past the deadline", "a* c* d* e* i* p* r* s*", time.Nanosecond, "too costly"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix.SearchTimeout = tt.timeout
			defer func() { ix.SearchTimeout = 0 }()
			rec := get(t, h, http.MethodGet, "/api/search?q="+url.QueryEscape(tt.query))
			if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), tt.want) {
				t.Errorf("status %d, %s; want 400 saying %q", rec.Code, rec.Body.String(), tt.want)
			}
		})
	}
	if index.Costly("citta memoria") || !index.Costly("citt*") || !index.Costly("memoria~1") {
		t.Error("Costly tells the wrong queries apart")
	}
}

// resetPeakMemory starts the count of peakMemory afresh (Linux).
func resetPeakMemory() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakMemory is the largest resident memory of the process since
// resetPeakMemory (Linux; 0 elsewhere).
func peakMemory() uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
