package web

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestAdmissionComputesAFewAtOnce sends more requests than the work lane
// holds to a handler that waits to be let go, and checks that no more than
// the lane compute at once, that the others wait their turn and are all
// answered, and that a file skips the line.
func TestAdmissionComputesAFewAtOnce(t *testing.T) {
	const work, requests = 2, 7
	var running, most atomic.Int32
	release := make(chan struct{})
	a := newAdmission(64, 1, work)
	h := a.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if streamed(r) {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		n := running.Add(1)
		defer running.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		<-release
	}))
	var wg sync.WaitGroup
	codes := make([]int, requests)
	for i := range requests {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/?q=citta", nil))
			codes[i] = rec.Code
		})
	}
	deadline := time.Now().Add(5 * time.Second)
	for running.Load() < work && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	file := httptest.NewRecorder()
	h.ServeHTTP(file, httptest.NewRequest(http.MethodGet, "/files/abc", nil))
	if file.Code != http.StatusNoContent {
		t.Errorf("a file waited behind the computed requests: status %d", file.Code)
	}
	for range requests {
		release <- struct{}{}
	}
	wg.Wait()
	if got := most.Load(); got != work {
		t.Errorf("%d requests computed at once, want %d", got, work)
	}
	for i, c := range codes {
		if c != http.StatusOK {
			t.Errorf("request %d answered %d, want 200", i, c)
		}
	}
}
