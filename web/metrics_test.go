package web

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// TestMetricsExposition reads /metrics with Prometheus's own text parser:
// every family parses, with its type; counters sum what was added, label
// values that need escaping come back whole, the histogram's buckets are
// cumulative with inclusive bounds, and the process's figures are there.
func TestMetricsExposition(t *testing.T) {
	since := time.Now().Add(-time.Minute)
	m := NewMetrics(func() (uint64, time.Time) { return 7, since })
	m.Crawled.WithLabelValues("new").Add(2)
	m.Crawled.WithLabelValues("new").Inc()
	m.Crawled.WithLabelValues("failed").Add(-5) // ignored: a counter never goes down
	odd := "a \"quoted\" \\ value\non two lines"
	m.Extracted.WithLabelValues(odd).Inc()
	for _, seconds := range []float64{0.0005, 0.001, 0.0011, 0.02, 100} {
		m.latency.Observe(seconds)
	}
	m.requests.WithLabelValues("200").Inc()

	rec := httptest.NewRecorder()
	m.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q", ct)
	}
	parser := expfmt.NewTextParser(model.LegacyValidation)
	families, err := parser.TextToMetricFamilies(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatalf("Prometheus cannot read the page: %v\n%s", err, rec.Body.String())
	}
	counter := func(name, label, value string) float64 {
		t.Helper()
		f := families[name]
		if f == nil || f.GetType() != dto.MetricType_COUNTER {
			t.Fatalf("%s: not a counter family: %v", name, f)
		}
		for _, m := range f.Metric {
			for _, l := range m.Label {
				if l.GetName() == label && l.GetValue() == value {
					return m.GetCounter().GetValue()
				}
			}
		}
		t.Fatalf("%s has no %s=%q", name, label, value)
		return 0
	}
	for _, tt := range []struct {
		name, label, value string
		want               float64
	}{
		{"albo_crawl_acts_total", "status", "new", 3},
		{"albo_crawl_acts_total", "status", "failed", 0},
		{"albo_extract_documents_total", "result", odd, 1},
		{"albo_http_requests_total", "code", "200", 1},
	} {
		if got := counter(tt.name, tt.label, tt.value); got != tt.want {
			t.Errorf("%s{%s=%q} = %v, want %v", tt.name, tt.label, tt.value, got, tt.want)
		}
	}

	h := families["albo_http_request_seconds"]
	if h == nil || h.GetType() != dto.MetricType_HISTOGRAM {
		t.Fatalf("albo_http_request_seconds: not a histogram: %v", h)
	}
	hist := h.Metric[0].GetHistogram()
	if hist.GetSampleCount() != 5 {
		t.Errorf("histogram count %d, want 5", hist.GetSampleCount())
	}
	if sum := hist.GetSampleSum(); sum < 100.0226 || sum > 100.0227 {
		t.Errorf("histogram sum %v, want 100.0226", sum)
	}
	wantCumulative := map[float64]uint64{0.001: 2, 0.0025: 3, 0.025: 4} // 0.001 falls in le="0.001"
	for _, b := range hist.Bucket {
		if want, ok := wantCumulative[b.GetUpperBound()]; ok && b.GetCumulativeCount() != want {
			t.Errorf("bucket le=%v holds %d, want %d", b.GetUpperBound(), b.GetCumulativeCount(), want)
		}
	}

	for name, kind := range map[string]dto.MetricType{
		"albo_index_generation":             dto.MetricType_GAUGE,
		"albo_index_generation_age_seconds": dto.MetricType_GAUGE,
		"process_cpu_seconds_total":         dto.MetricType_COUNTER,
		"process_resident_memory_bytes":     dto.MetricType_GAUGE,
		"process_open_fds":                  dto.MetricType_GAUGE,
		"process_start_time_seconds":        dto.MetricType_GAUGE,
		"go_goroutines":                     dto.MetricType_GAUGE,
		"go_memstats_heap_alloc_bytes":      dto.MetricType_GAUGE,
	} {
		f := families[name]
		if f == nil || f.GetType() != kind || len(f.Metric) != 1 {
			t.Errorf("%s: want one %v, got %v", name, kind, f)
		}
	}
	if g := families["albo_index_generation"].Metric[0].GetGauge().GetValue(); g != 7 {
		t.Errorf("albo_index_generation %v, want 7", g)
	}
	if age := families["albo_index_generation_age_seconds"].Metric[0].GetGauge().GetValue(); age < 60 || age > 3600 {
		t.Errorf("albo_index_generation_age_seconds %v, want about 60", age)
	}
}

// FuzzCounterLabel checks that any label value, escaped, reads back whole
// (bytes that are not UTF-8 as U+FFFD: the format is UTF-8).
func FuzzCounterLabel(f *testing.F) {
	for _, s := range []string{"", "ok", `a"b`, `\`, "x\ny", "\\n", "è", "\x00", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, value string) {
		m := NewMetrics(func() (uint64, time.Time) { return 0, time.Now() })
		m.Updates.WithLabelValues(value).Inc()
		rec := httptest.NewRecorder()
		m.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		parser := expfmt.NewTextParser(model.LegacyValidation)
		families, err := parser.TextToMetricFamilies(strings.NewReader(rec.Body.String()))
		if err != nil {
			t.Fatalf("label %q: %v\n%s", value, err, rec.Body.String())
		}
		got := families["albo_update_runs_total"].Metric[0].Label[0].GetValue()
		if want := strings.ToValidUTF8(value, "\uFFFD"); got != want { // the format is UTF-8
			t.Fatalf("label %q read back as %q", value, got)
		}
	})
}
