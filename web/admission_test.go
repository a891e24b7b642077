package web

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// blockingSite is a handler whose searches wait to be let go, counting
// how many run at once; a file and "/?q=free" answer at once.
type blockingSite struct {
	running, most atomic.Int32
	release       chan struct{}
}

func (b *blockingSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if streamed(r) || r.URL.Query().Get("q") == "free" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	n := b.running.Add(1)
	defer b.running.Add(-1)
	for {
		m := b.most.Load()
		if n <= m || b.most.CompareAndSwap(m, n) {
			break
		}
	}
	<-b.release
}

// waitRunning waits until n requests run in site.
func waitRunning(t *testing.T, site *blockingSite, n int32) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for site.running.Load() < n {
		if time.Now().After(deadline) {
			t.Fatalf("%d requests running, want %d", site.running.Load(), n)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestAdmissionComputesAFewAtOnce sends more requests than the work lane
// holds to a handler that waits to be let go, and checks that no more than
// the lane compute at once, that the others wait their turn and are all
// answered, and that a file skips the line.
func TestAdmissionComputesAFewAtOnce(t *testing.T) {
	const work, requests = 2, 7
	site := &blockingSite{release: make(chan struct{})}
	h := newAdmission(64, 1, work, time.Hour).wrap(site)
	var wg sync.WaitGroup
	codes := make([]int, requests)
	for i := range requests {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/?q=citta", nil))
			codes[i] = rec.Code
		})
	}
	waitRunning(t, site, work)
	file := httptest.NewRecorder()
	h.ServeHTTP(file, httptest.NewRequest(http.MethodGet, "/files/abc", nil))
	if file.Code != http.StatusNoContent {
		t.Errorf("a file waited behind the computed requests: status %d", file.Code)
	}
	for range requests {
		site.release <- struct{}{}
	}
	wg.Wait()
	if got := site.most.Load(); got != work {
		t.Errorf("%d requests computed at once, want %d", got, work)
	}
	for i, c := range codes {
		if c != http.StatusOK {
			t.Errorf("request %d answered %d, want 200", i, c)
		}
	}
}

// TestAdmissionNeverStopsTheSite holds every turn of the work lane with
// requests that wait (as for a computation they share) and checks that
// another request is still answered once it has waited workWait.
func TestAdmissionNeverStopsTheSite(t *testing.T) {
	const work = 2
	site := &blockingSite{release: make(chan struct{})}
	h := newAdmission(64, 1, work, 20*time.Millisecond).wrap(site)
	var wg sync.WaitGroup
	for range work {
		wg.Go(func() { h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/?q=citta", nil)) })
	}
	waitRunning(t, site, work)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/?q=free", nil))
	if rec.Code != http.StatusNoContent {
		t.Errorf("with every turn held, a request answered %d, want it served", rec.Code)
	}
	close(site.release)
	wg.Wait()
}
