package crawl

import (
	"context"
	"net/http/httptest"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/replica"
)

// BenchmarkCrawl archives 1,000 replica acts at zero delay into a new
// corpus per iteration, and reports acts per second and the peak heap.
func BenchmarkCrawl(b *testing.B) {
	r := replica.New(replica.Config{Seed: 51, Days: 10, PerDay: 100})
	srv := httptest.NewServer(r)
	defer srv.Close()
	acts := len(r.Listed())
	if acts < 1000 {
		b.Fatalf("%d acts listed", acts)
	}
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var ms runtime.MemStats
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
	})
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s, err := corpus.Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Run(context.Background(), s, Options{Profile: Milano{}, BaseURL: srv.URL, Concurrency: 4, Fetch: testFetch()})
		if err != nil || sum.New != acts {
			b.Fatalf("crawl: %+v, %v", sum, err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.StopTimer()
	close(stop)
	wg.Wait()
	b.ReportMetric(float64(acts)*float64(b.N)/b.Elapsed().Seconds(), "acts/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
