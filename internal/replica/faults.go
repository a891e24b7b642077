package replica

import (
	"fmt"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

// Fault is a kind of failure the replica can inject.
type Fault int

// The faults a real server shows a crawler.
const (
	// Unavailable answers 503 with a Retry-After header.
	Unavailable Fault = iota + 1
	// Reset closes the connection without answering (a TCP reset).
	Reset
	// ShortBody declares the full Content-Length and sends half the body.
	ShortBody
	// Slow waits Faults.SlowDelay before answering normally.
	Slow
)

func (f Fault) String() string {
	switch f {
	case Unavailable:
		return "unavailable"
	case Reset:
		return "reset"
	case ShortBody:
		return "short-body"
	case Slow:
		return "slow"
	}
	return fmt.Sprintf("Fault(%d)", int(f))
}

// AllFaults lists every kind of fault.
var AllFaults = []Fault{Unavailable, Reset, ShortBody, Slow}

// Faults switches fault injection on: each request except robots.txt fails,
// with probability Rate, with one of Kinds chosen at random. The choices
// follow Seed, so a run is repeatable as far as the order of requests is.
type Faults struct {
	Rate       float64
	Kinds      []Fault
	Seed       int64
	RetryAfter time.Duration // announced by Unavailable (rounded up to seconds)
	SlowDelay  time.Duration // how long Slow waits
}

type faultState struct {
	Faults
	rng *rand.Rand
}

// SetFaults switches fault injection on, or off with the zero Faults.
func (r *Replica) SetFaults(f Faults) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.faults = faultState{Faults: f, rng: rand.New(rand.NewPCG(uint64(f.Seed), 0xfa17))}
}

func (r *Replica) nextFault() Fault {
	r.mu.Lock()
	defer r.mu.Unlock()
	fs := &r.faults
	if fs.Rate <= 0 || len(fs.Kinds) == 0 || fs.rng.Float64() >= fs.Rate {
		return 0
	}
	f := fs.Kinds[fs.rng.IntN(len(fs.Kinds))]
	r.stats.Faults[f.String()]++
	return f
}

// inject plays fault f; it reports whether the request is answered (Slow
// only delays it).
func (r *Replica) inject(f Fault, w *countingWriter, req *http.Request) bool {
	r.mu.Lock()
	fs := r.faults.Faults
	r.mu.Unlock()
	switch f {
	case Unavailable:
		w.Header().Set("Retry-After", fmt.Sprint(int(math.Ceil(fs.RetryAfter.Seconds()))))
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
		return true
	case Reset:
		if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
			if tcp, ok := conn.(*net.TCPConn); ok {
				tcp.SetLinger(0) // a reset, not an orderly close
			}
			conn.Close()
		}
		return true
	case ShortBody:
		r.shortBody(w, req)
		return true
	case Slow:
		select {
		case <-time.After(fs.SlowDelay):
		case <-req.Context().Done():
			return true
		}
	}
	return false
}

// shortBody renders the true answer, then sends its head with the true
// Content-Length but only half of its body, and drops the connection.
func (r *Replica) shortBody(w *countingWriter, req *http.Request) {
	rec := httptest.NewRecorder()
	r.mux.ServeHTTP(rec, req)
	body := rec.Body.Bytes()
	conn, buf, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	fmt.Fprintf(buf, "HTTP/1.1 %d %s\r\n", rec.Code, http.StatusText(rec.Code))
	rec.Header().Set("Content-Length", fmt.Sprint(len(body)))
	rec.Header().Set("Connection", "close")
	rec.Header().Write(buf)
	buf.WriteString("\r\n")
	n, _ := buf.Write(body[:len(body)/2])
	buf.Flush()
	w.n += int64(n)
}

// Stats counts what the replica answered, per endpoint: "listing",
// "showdoc", "savep7m", "robots", "other".
type Stats struct {
	Requests map[string]int
	Bytes    map[string]int64 // body bytes sent
	Faults   map[string]int   // faults injected, per kind
}

func newStats() Stats {
	return Stats{Requests: map[string]int{}, Bytes: map[string]int64{}, Faults: map[string]int{}}
}

// Stats returns a copy of the counters.
func (r *Replica) Stats() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := newStats()
	for k, v := range r.stats.Requests {
		s.Requests[k] = v
	}
	for k, v := range r.stats.Bytes {
		s.Bytes[k] = v
	}
	for k, v := range r.stats.Faults {
		s.Faults[k] = v
	}
	return s
}

// ResetStats zeroes the counters.
func (r *Replica) ResetStats() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats = newStats()
}

func (r *Replica) count(endpoint string, w *countingWriter) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.Requests[endpoint]++
	r.stats.Bytes[endpoint] += w.n
}

func endpointOf(path string) string {
	switch {
	case path == "/robots.txt":
		return "robots"
	case strings.HasSuffix(path, "/AlboPretorio.aspx"):
		return "listing"
	case strings.HasSuffix(path, "/showdoc.aspx"):
		return "showdoc"
	case strings.HasSuffix(path, "/savep7m.aspx"):
		return "savep7m"
	}
	return "other"
}

// countingWriter counts body bytes and lets the fault injection hijack the
// connection.
type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (w *countingWriter) Write(p []byte) (int, error) {
	n, err := w.ResponseWriter.Write(p)
	w.n += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (w *countingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
