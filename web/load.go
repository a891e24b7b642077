package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// LoadPaths is a mix of what readers ask for: search pages with facets and
// filters, API searches, the transfers view and a feed. The words are
// common in any performance plan, so the mix suits any corpus.
var LoadPaths = []string{
	"/?q=citta",
	"/api/search?q=digitalizzazione",
	"/?q=servizi&type=objective&p=2",
	"/api/search?q=sviluppo&year=2020&limit=50",
	"/api/search?q=piano+obiettivi&type=act",
	"/?q=" + "%22gestione+del%22",
	"/transfers",
	"/feed?q=progetto",
}

// LoadConfig describes a load run against a running site.
type LoadConfig struct {
	// BaseURL is the site's root, e.g. "http://127.0.0.1:8080".
	BaseURL string
	// Paths are requested in turn by every client (default LoadPaths).
	Paths []string
	// Clients is the number of concurrent clients (default 50).
	Clients int
	// Requests is the total number of requests (default 100 per client).
	Requests int
}

// LoadReport is what a load run measured. Errors counts transport failures
// and answers other than 200.
type LoadReport struct {
	Clients  int
	Requests int
	Errors   int
	P50, P99 time.Duration
	Max      time.Duration
	Elapsed  time.Duration
	// FirstError says what the first error was, to start looking from.
	FirstError string
}

func (r LoadReport) String() string {
	s := fmt.Sprintf("%d requests from %d clients in %v (%.0f/s): p50 %v, p99 %v, max %v, %d errors",
		r.Requests, r.Clients, r.Elapsed.Round(time.Millisecond), float64(r.Requests)/r.Elapsed.Seconds(),
		r.P50.Round(10*time.Microsecond), r.P99.Round(10*time.Microsecond), r.Max.Round(10*time.Microsecond), r.Errors)
	if r.FirstError != "" {
		s += " (first: " + r.FirstError + ")"
	}
	return s
}

// RunLoad sends the requests of cfg from concurrent clients, each waiting
// for its answer before the next, and reports the latencies it saw.
func RunLoad(ctx context.Context, cfg LoadConfig) (LoadReport, error) {
	if cfg.BaseURL == "" {
		return LoadReport{}, fmt.Errorf("load: no base URL")
	}
	if len(cfg.Paths) == 0 {
		cfg.Paths = LoadPaths
	}
	clients := cfg.Clients
	if clients <= 0 {
		clients = 50
	}
	total := cfg.Requests
	if total <= 0 {
		total = 100 * clients
	}
	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients},
	}
	defer client.CloseIdleConnections()
	base := strings.TrimSuffix(cfg.BaseURL, "/")
	var (
		next      atomic.Int64
		mu        sync.Mutex
		latencies = make([]time.Duration, 0, total)
		errors    int
		firstErr  string
		wg        sync.WaitGroup
	)
	record := func(d time.Duration, err error) {
		mu.Lock()
		defer mu.Unlock()
		latencies = append(latencies, d)
		if err != nil {
			errors++
			if firstErr == "" {
				firstErr = err.Error()
			}
		}
	}
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= total || ctx.Err() != nil {
					return
				}
				url := base + cfg.Paths[i%len(cfg.Paths)]
				t0 := time.Now()
				err := fetch(ctx, client, url)
				record(time.Since(t0), err)
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return LoadReport{}, fmt.Errorf("load on %s: %w", base, err)
	}
	slices.Sort(latencies)
	return LoadReport{
		Clients: clients, Requests: len(latencies), Errors: errors, FirstError: firstErr,
		P50: percentile(latencies, 50), P99: percentile(latencies, 99), Max: latencies[len(latencies)-1],
		Elapsed: time.Since(start),
	}, nil
}

func fetch(ctx context.Context, client *http.Client, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return fmt.Errorf("GET %s: %w", url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return nil
}

// percentile of sorted latencies, by the nearest-rank method.
func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := (p*len(sorted) + 99) / 100
	return sorted[max(rank, 1)-1]
}

// LoadSite serves h on a free loopback port, with the timeouts of
// NewServer, and runs the load of cfg (its BaseURL is set) against it.
func LoadSite(ctx context.Context, h http.Handler, cfg LoadConfig) (LoadReport, error) {
	ln, err := Listen(ctx, "127.0.0.1:0")
	if err != nil {
		return LoadReport{}, err
	}
	srv := NewServer(h)
	go srv.Serve(ln)
	defer srv.Close()
	cfg.BaseURL = "http://" + ln.Addr().String()
	return RunLoad(ctx, cfg)
}
