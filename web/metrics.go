package web

// The metrics of a live server in Prometheus's text exposition format
// (version 0.0.4), written here rather than through Prometheus's Go client:
// a handful of counters, one histogram and the process's own figures are
// all albo exposes, and the client's package initialisation (its registry,
// protobuf descriptors, procfs) ran in every albo process, `albo extract`
// included. TestMetricsExposition reads the page with Prometheus's own
// parser.

import (
	"bufio"
	"fmt"
	"maps"
	"math"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Metrics are the Prometheus metrics of a live server.
type Metrics struct {
	requests  *CounterVec
	latency   *histogram
	Crawled   *CounterVec // acts by crawl status
	Extracted *CounterVec // documents by result
	Updates   *CounterVec // update runs by result
	// generation gives the index generation served and since when.
	generation func() (uint64, time.Time)
	started    time.Time
}

// NewMetrics makes the metrics of a server; generation gives the index
// generation served and since when.
func NewMetrics(generation func() (uint64, time.Time)) *Metrics {
	return &Metrics{
		requests: newCounterVec("albo_http_requests_total", "HTTP requests answered, by status code.", "code"),
		latency: newHistogram("albo_http_request_seconds", "Time to answer an HTTP request.",
			exponentialBuckets(0.001, 2.5, 10)),
		Crawled: newCounterVec("albo_crawl_acts_total",
			"Acts the crawls of the updates met, by status (new, updated, unchanged, failed).", "status"),
		Extracted: newCounterVec("albo_extract_documents_total",
			"Documents the updates extracted, by result (extracted, quarantined, failed).", "result"),
		Updates:    newCounterVec("albo_update_runs_total", "Update runs, by result (ok, failed).", "result"),
		generation: generation,
		started:    time.Now(),
	}
}

// ServeHTTP writes every metric, the process's and the Go runtime's too.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	out := bufio.NewWriter(w)
	m.requests.write(out)
	m.latency.write(out)
	m.Crawled.write(out)
	m.Extracted.write(out)
	m.Updates.write(out)
	g, at := m.generation()
	writeGauge(out, "albo_index_generation", "The index generation served.", float64(g))
	writeGauge(out, "albo_index_generation_age_seconds", "Seconds since the index generation served was taken up.",
		time.Since(at).Seconds())
	writeProcess(out, m.started)
	out.Flush()
}

// CounterVec is a counter for each value of one label.
type CounterVec struct {
	name, help, label string
	mu                sync.Mutex
	values            map[string]*Counter
}

func newCounterVec(name, help, label string) *CounterVec {
	return &CounterVec{name: name, help: help, label: label, values: map[string]*Counter{}}
}

// WithLabelValues is the counter of the label's value, made at 0 on first
// use.
func (v *CounterVec) WithLabelValues(value string) *Counter {
	v.mu.Lock()
	defer v.mu.Unlock()
	c := v.values[value]
	if c == nil {
		c = new(Counter)
		v.values[value] = c
	}
	return c
}

func (v *CounterVec) write(w *bufio.Writer) {
	v.mu.Lock()
	values := make(map[string]float64, len(v.values))
	for value, c := range v.values {
		values[value] = c.value()
	}
	v.mu.Unlock()
	writeHeader(w, v.name, v.help, "counter")
	for _, value := range slices.Sorted(maps.Keys(values)) {
		fmt.Fprintf(w, "%s{%s=\"%s\"} %s\n", v.name, v.label, escapeLabel(value), formatValue(values[value]))
	}
}

// Counter only goes up.
type Counter struct{ bits atomic.Uint64 }

// Inc adds 1.
func (c *Counter) Inc() { c.Add(1) }

// Add adds n, which must not be negative (a counter that went down would
// read as a restart); a negative n is ignored.
func (c *Counter) Add(n float64) {
	if n < 0 || math.IsNaN(n) {
		return
	}
	addFloat(&c.bits, n)
}

func (c *Counter) value() float64 { return math.Float64frombits(c.bits.Load()) }

// addFloat adds n to the float64 whose bits are held in bits.
func addFloat(bits *atomic.Uint64, n float64) {
	for {
		old := bits.Load()
		if bits.CompareAndSwap(old, math.Float64bits(math.Float64frombits(old)+n)) {
			return
		}
	}
}

// histogram counts observations into cumulative buckets.
type histogram struct {
	name, help string
	bounds     []float64       // upper bounds, ascending; +Inf is implied
	counts     []atomic.Uint64 // per bucket (not cumulative), the last for +Inf
	sum        atomic.Uint64   // float64 bits
}

func newHistogram(name, help string, bounds []float64) *histogram {
	return &histogram{name: name, help: help, bounds: bounds, counts: make([]atomic.Uint64, len(bounds)+1)}
}

// exponentialBuckets are n upper bounds from start, each factor times the
// one before.
func exponentialBuckets(start, factor float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = start
		start *= factor
	}
	return out
}

// Observe counts one observation of v.
func (h *histogram) Observe(v float64) {
	i, _ := slices.BinarySearch(h.bounds, v) // the first bound ≥ v: "le" is inclusive
	h.counts[i].Add(1)
	addFloat(&h.sum, v)
}

func (h *histogram) write(w *bufio.Writer) {
	writeHeader(w, h.name, h.help, "histogram")
	var cumulative uint64
	for i := range h.counts {
		cumulative += h.counts[i].Load()
		le := "+Inf"
		if i < len(h.bounds) {
			le = formatValue(h.bounds[i])
		}
		fmt.Fprintf(w, "%s_bucket{le=\"%s\"} %d\n", h.name, le, cumulative)
	}
	fmt.Fprintf(w, "%s_sum %s\n%s_count %d\n", h.name, formatValue(math.Float64frombits(h.sum.Load())), h.name, cumulative)
}

// writeProcess writes the figures of the process and of the Go runtime
// under the names Prometheus's Go client gives them, so that dashboards
// made for any Go service read them.
func writeProcess(w *bufio.Writer, started time.Time) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		writeCounter(w, "process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", cpu.Seconds())
	}
	if vsize, rss, ok := memoryOfProcess(); ok {
		writeGauge(w, "process_virtual_memory_bytes", "Virtual memory size in bytes.", float64(vsize))
		writeGauge(w, "process_resident_memory_bytes", "Resident memory size in bytes.", float64(rss))
	}
	if fds, err := os.ReadDir("/proc/self/fd"); err == nil {
		writeGauge(w, "process_open_fds", "Number of open file descriptors.", float64(len(fds)))
	}
	var limit syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &limit) == nil {
		writeGauge(w, "process_max_fds", "Maximum number of open file descriptors.", float64(limit.Cur))
	}
	writeGauge(w, "process_start_time_seconds", "Start time of the process since unix epoch in seconds.",
		float64(started.UnixNano())/1e9)
	writeGauge(w, "go_goroutines", "Number of goroutines that currently exist.", float64(runtime.NumGoroutine()))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	writeGauge(w, "go_memstats_heap_alloc_bytes", "Number of heap bytes allocated and currently in use.", float64(ms.HeapAlloc))
	writeGauge(w, "go_memstats_sys_bytes", "Number of bytes obtained from system.", float64(ms.Sys))
	writeCounter(w, "go_gc_cycles_total", "Number of completed GC cycles.", float64(ms.NumGC))
}

// memoryOfProcess reads the process's virtual and resident sizes in bytes
// from /proc (Linux); ok is false elsewhere.
func memoryOfProcess() (vsize, rss uint64, ok bool) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, 0, false
	}
	fields := strings.Fields(string(data))
	if len(fields) < 2 {
		return 0, 0, false
	}
	pages, err1 := strconv.ParseUint(fields[0], 10, 64)
	resident, err2 := strconv.ParseUint(fields[1], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	size := uint64(os.Getpagesize())
	return pages * size, resident * size, true
}

func writeCounter(w *bufio.Writer, name, help string, v float64) {
	writeHeader(w, name, help, "counter")
	fmt.Fprintf(w, "%s %s\n", name, formatValue(v))
}

func writeGauge(w *bufio.Writer, name, help string, v float64) {
	writeHeader(w, name, help, "gauge")
	fmt.Fprintf(w, "%s %s\n", name, formatValue(v))
}

func writeHeader(w *bufio.Writer, name, help, kind string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, escapeHelp(help), name, kind)
}

// formatValue writes v as the exposition format reads numbers.
func formatValue(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// escapeHelp escapes a HELP text: backslash and line feed.
var escapeHelp = strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace

// escapeLabel escapes a label value: backslash, double quote and line
// feed; bytes that are not UTF-8 become U+FFFD, as the format is UTF-8.
func escapeLabel(value string) string {
	return labelEscaper.Replace(strings.ToValidUTF8(value, "\uFFFD"))
}

var labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
