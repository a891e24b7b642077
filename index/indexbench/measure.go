package indexbench

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/openalbo/albo/index"
)

// Report is what Measure found.
type Report struct {
	Objectives int           `json:"objectives"`
	IndexTime  time.Duration `json:"index_time_ns"`
	PerSecond  float64       `json:"objectives_per_second"`
	// IndexCPU is the processor time the process spent indexing (user and
	// system, all threads): on a shared machine the wall time says more
	// about the neighbours than about the index.
	IndexCPU time.Duration `json:"index_cpu_ns"`
	// SettleTime is how long the background merging went on after the
	// last batch; queries are timed after it.
	SettleTime time.Duration `json:"settle_time_ns"`
	// FirstFacets is the first request with facets, which builds the
	// facet bitmaps of the new index.
	FirstFacets time.Duration `json:"first_facets_ns"`
	DiskBytes   int64         `json:"disk_bytes"`
	// PeakRSS is the process's peak resident memory (VmHWM), 0 where the
	// system does not say.
	PeakRSS int64          `json:"peak_rss_bytes"`
	Queries []QueryLatency `json:"queries"`
}

// QueryLatency is the latency of one kind of query over many runs.
type QueryLatency struct {
	Name     string        `json:"name"`
	Request  index.Request `json:"request"`
	Total    int           `json:"total"` // hits of the query
	P50      time.Duration `json:"p50_ns"`
	P99      time.Duration `json:"p99_ns"`
	Goal     time.Duration `json:"goal_p99_ns"`
	Selected string        `json:"kind"` // "selective" or "broad"
}

var threeFacets = []string{index.FacetDirectorate, index.FacetYear, index.FacetAct}

// Queries are the kinds of query measured, with their p99 goals: a
// selective query answers in 10 ms, a broad one with three facets in 100.
var Queries = []QueryLatency{
	{Name: "term", Request: index.Request{Query: "memoria"}, Goal: 10 * time.Millisecond, Selected: "selective"},
	{Name: "phrase", Request: index.Request{Query: `"edilizia scolastica"`}, Goal: 10 * time.Millisecond, Selected: "selective"},
	{Name: "fuzzy", Request: index.Request{Query: "memorai~1"}, Goal: 10 * time.Millisecond, Selected: "selective"},
	{Name: "filtered", Request: index.Request{Query: "servizi", Year: 2020, Directorate: "DIREZIONE CASA"}, Goal: 10 * time.Millisecond, Selected: "selective"},
	// A typo of a word in one objective in fifteen: broad, though it has
	// no facets.
	{Name: "fuzzy common", Request: index.Request{Query: "digitalizazione~1"}, Goal: 100 * time.Millisecond, Selected: "broad"},
	{Name: "term+3 facets", Request: index.Request{Query: "servizi", Facets: threeFacets}, Goal: 100 * time.Millisecond, Selected: "broad"},
	{Name: "all+3 facets", Request: index.Request{Facets: threeFacets}, Goal: 100 * time.Millisecond, Selected: "broad"},
}

// batch is how many documents Measure indexes at once.
const batch = 10000

// Measure indexes n synthetic objectives into a new backend in dir and
// runs each of Queries runs times.
func Measure(ctx context.Context, dir string, v *Vocabulary, n, runs int) (*Report, error) {
	b, err := index.OpenBleve(filepath.Join(dir, "bleve"))
	if err != nil {
		return nil, err
	}
	defer b.Close()
	rep, err := MeasureBackend(ctx, b, v, n, runs)
	if err != nil {
		return nil, err
	}
	rep.DiskBytes = DiskUsage(dir)
	rep.PeakRSS = peakRSS()
	return rep, nil
}

// MeasureBackend indexes n synthetic objectives into an empty backend and
// runs each of Queries runs times; the size on disk and the memory are
// the caller's to fill, as only it knows where the backend keeps them.
func MeasureBackend(ctx context.Context, b index.Backend, v *Vocabulary, n, runs int) (*Report, error) {
	rep := &Report{Objectives: n}
	start, startCPU := time.Now(), cpuTime()
	docs := make([]index.Document, 0, batch)
	for d := range v.Objectives(n, 1) {
		docs = append(docs, d)
		if len(docs) == batch {
			if err := b.Index(ctx, docs); err != nil {
				return nil, err
			}
			docs = docs[:0]
		}
	}
	if err := b.Index(ctx, docs); err != nil {
		return nil, err
	}
	if err := b.Flush(ctx); err != nil {
		return nil, err
	}
	rep.IndexTime, rep.IndexCPU = time.Since(start), cpuTime()-startCPU
	if s, ok := b.(interface{ Settle(context.Context) error }); ok {
		t0 := time.Now()
		if err := s.Settle(ctx); err != nil {
			return nil, err
		}
		rep.SettleTime = time.Since(t0)
	}
	rep.PerSecond = float64(n) / rep.IndexTime.Seconds()
	// The first request with facets after a change builds the facet
	// bitmaps, once: timed apart.
	t0 := time.Now()
	if _, err := b.Search(ctx, index.Request{Facets: threeFacets, Limit: 1}); err != nil {
		return nil, err
	}
	rep.FirstFacets = time.Since(t0)
	for _, q := range Queries {
		lat := make([]time.Duration, 0, runs)
		for range runs {
			t0 := time.Now()
			res, err := b.Search(ctx, q.Request)
			if err != nil {
				return nil, fmt.Errorf("query %s: %w", q.Name, err)
			}
			lat = append(lat, time.Since(t0))
			q.Total = res.Total
		}
		slices.Sort(lat)
		q.P50, q.P99 = lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)]
		rep.Queries = append(rep.Queries, q)
	}
	return rep, nil
}

// String formats the report one figure a line, beside its goal.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "index: %d objectives in %s = %.0f objectives/s (goal ≥ 20000); %s of CPU = %.0f objectives per CPU-second\n",
		r.Objectives, r.IndexTime.Round(time.Millisecond), r.PerSecond, r.IndexCPU.Round(time.Millisecond), float64(r.Objectives)/r.IndexCPU.Seconds())
	fmt.Fprintf(&b, "background merging went on for %s after the last batch\n", r.SettleTime.Round(time.Millisecond))
	fmt.Fprintf(&b, "first request with facets (builds the facet bitmaps): %s\n", r.FirstFacets.Round(time.Millisecond))
	fmt.Fprintf(&b, "index size on disk: %.1f MB; peak RSS: %.1f MB\n", float64(r.DiskBytes)/1e6, float64(r.PeakRSS)/1e6)
	for _, q := range r.Queries {
		fmt.Fprintf(&b, "query %-14s %-9s hits %8d  p50 %8s  p99 %8s  (goal p99 ≤ %s)\n", q.Name, q.Selected, q.Total,
			q.P50.Round(10*time.Microsecond), q.P99.Round(10*time.Microsecond), q.Goal)
	}
	return b.String()
}

// DiskUsage is the size of the files under dir.
func DiskUsage(dir string) int64 {
	var total int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				total += info.Size()
			}
		}
		return nil
	})
	return total
}

// cpuTime is the processor time the process used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS reads VmHWM from /proc/self/status.
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}
