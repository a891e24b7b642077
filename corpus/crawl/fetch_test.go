package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// recordingFetcher is a fetcher whose waits are recorded instead of slept.
func recordingFetcher(cfg FetchConfig) (*fetcher, *[]time.Duration) {
	f := newFetcher(cfg)
	var mu sync.Mutex
	var waits []time.Duration
	f.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		defer mu.Unlock()
		if d > 0 {
			waits = append(waits, d)
		}
		return ctx.Err()
	}
	return f, &waits
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestPoliteness(t *testing.T) {
	var flaky, agentOK atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.UserAgent(), "albo/1.2.3 (+https://github.com/openalbo/albo)") {
			agentOK.Add(1)
		}
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: albo\nCrawl-delay: 3\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n")
		case "/flaky":
			if flaky.Add(1) == 1 {
				w.Header().Set("Retry-After", "7")
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			fmt.Fprint(w, "ok")
		default:
			fmt.Fprint(w, "page")
		}
	}))
	defer srv.Close()
	f, waits := recordingFetcher(FetchConfig{UserAgent: UserAgent("1.2.3"), BackoffBase: time.Millisecond})
	ctx := context.Background()

	if _, err := f.fetch(ctx, &request{URL: mustURL(t, srv.URL+"/private/x")}); !errors.Is(err, ErrDisallowed) {
		t.Errorf("disallowed path: err %v", err)
	}
	resp, err := f.fetch(ctx, &request{URL: mustURL(t, srv.URL+"/flaky")})
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("flaky: %v", err)
	}
	if _, err := f.fetch(ctx, &request{URL: mustURL(t, srv.URL+"/public")}); err != nil {
		t.Fatal(err)
	}
	var retryAfter, crawlDelay bool
	for _, w := range *waits {
		retryAfter = retryAfter || w >= 7*time.Second
		crawlDelay = crawlDelay || (w > 2*time.Second && w <= 3*time.Second)
	}
	if !retryAfter || !crawlDelay {
		t.Errorf("waits %v: want one honouring Retry-After (7s) and one the Crawl-delay (3s)", *waits)
	}
	if agentOK.Load() != 4 {
		t.Errorf("%d of 4 requests identified albo", agentOK.Load())
	}

	// A LimitRule's delay, robots.txt aside.
	host := mustURL(t, srv.URL).Hostname()
	f, waits = recordingFetcher(FetchConfig{IgnoreRobots: true, Limits: []LimitRule{{DomainGlob: host, Delay: 5 * time.Second, Parallelism: 1}}})
	for range 2 {
		if _, err := f.fetch(ctx, &request{URL: mustURL(t, srv.URL+"/private/y")}); err != nil {
			t.Fatal(err)
		}
	}
	if len(*waits) != 1 || (*waits)[0] <= 4*time.Second || (*waits)[0] > 5*time.Second {
		t.Errorf("waits %v, want one of the rule's 5s", *waits)
	}
}

func TestFetchFailures(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r) // no robots.txt: everything allowed
			return
		}
		requests.Add(1)
		switch r.URL.Path {
		case "/short":
			conn, buf, _ := http.NewResponseController(w).Hijack()
			fmt.Fprint(buf, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly half of it")
			buf.Flush()
			conn.Close()
		case "/empty":
		case "/large":
			fmt.Fprint(w, strings.Repeat("x", 2000))
		case "/gone":
			http.NotFound(w, r)
		case "/broken":
			http.Error(w, "boom", http.StatusInternalServerError)
		case "/nowhere":
			w.WriteHeader(http.StatusFound) // a redirect without Location
		case "/etag":
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			fmt.Fprint(w, "document")
		}
	}))
	defer srv.Close()
	tests := []struct {
		path     string
		etag     string
		wantErr  error
		status   int
		attempts int32
		notMod   bool
		// page fetches an HTML page, held in memory and cut at the
		// page cap, rather than a document streamed to its consumer.
		page, truncated bool
	}{
		{path: "/short", wantErr: ErrShortBody, attempts: 3},
		{path: "/large", wantErr: ErrTooLarge, attempts: 1},
		{path: "/large", page: true, truncated: true, attempts: 1},
		{path: "/etag", page: true, attempts: 1},
		{path: "/empty", wantErr: ErrEmpty, attempts: 3},
		{path: "/gone", status: 404, attempts: 1},
		{path: "/broken", status: 500, attempts: 3},
		{path: "/nowhere", status: 302, attempts: 3},
		{path: "/etag", attempts: 1},
		{path: "/etag", etag: `"v1"`, attempts: 1, notMod: true},
	}
	for _, tt := range tests {
		t.Run(tt.path+tt.etag, func(t *testing.T) {
			requests.Store(0)
			f, _ := recordingFetcher(FetchConfig{MaxAttempts: 3, MaxBodySize: 1000, MaxPageSize: 1000})
			req := &request{URL: mustURL(t, srv.URL+tt.path), ETag: tt.etag}
			var consumed bytes.Buffer
			if !tt.page {
				req.Consume = func(_ *response, body io.Reader) error {
					consumed.Reset()
					_, err := io.Copy(&consumed, body)
					return err
				}
			}
			resp, err := f.fetch(context.Background(), req)
			var se *StatusError
			switch {
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Errorf("err %v, want %v", err, tt.wantErr)
			case tt.status != 0 && (!errors.As(err, &se) || se.Code != tt.status):
				t.Errorf("err %v, want status %d", err, tt.status)
			case tt.wantErr == nil && tt.status == 0 && (err != nil || resp.NotModified != tt.notMod):
				t.Errorf("err %v, response %+v", err, resp)
			}
			if err == nil && tt.page && (resp.Truncated != tt.truncated || len(resp.Body) > 1000) {
				t.Errorf("page of %d bytes, truncated %v, want %v", len(resp.Body), resp.Truncated, tt.truncated)
			}
			if err == nil && !tt.page && !tt.notMod && consumed.String() != "document" {
				t.Errorf("consumed %q", consumed.String())
			}
			if err != nil && !strings.Contains(err.Error(), tt.path) {
				t.Errorf("error %q does not name the URL", err)
			}
			if got := requests.Load(); got != tt.attempts {
				t.Errorf("%d attempts, want %d", got, tt.attempts)
			}
		})
	}
}

// deadlineTransport records how long each attempt was given and fails it
// with fail, or answers status when fail is nil.
type deadlineTransport struct {
	fail    error
	status  int
	mu      sync.Mutex
	granted []time.Duration
}

func (d *deadlineTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	dl, _ := r.Context().Deadline()
	d.mu.Lock()
	// The attempt was given a whole number of seconds; rounding keeps the
	// record exact however long the machine took to get here.
	d.granted = append(d.granted, (time.Until(dl) + 500*time.Millisecond).Truncate(time.Second))
	d.mu.Unlock()
	if d.fail != nil {
		return nil, d.fail
	}
	return &http.Response{StatusCode: d.status, Body: io.NopCloser(strings.NewReader("")), Header: http.Header{}, Request: r}, nil
}

// TestTimeoutGrows checks that an attempt after one that ran out of time
// is given twice as long, up to the cap, and that other failures leave
// the time as it was.
func TestTimeoutGrows(t *testing.T) {
	s := time.Second
	tests := []struct {
		name string
		tr   *deadlineTransport
		want []time.Duration
	}{
		{"a connection's deadline", &deadlineTransport{fail: os.ErrDeadlineExceeded}, []time.Duration{s, 2 * s, 4 * s, 4 * s, 4 * s}},
		{"the attempt's context", &deadlineTransport{fail: context.DeadlineExceeded}, []time.Duration{s, 2 * s, 4 * s, 4 * s, 4 * s}},
		{"a refused connection", &deadlineTransport{fail: syscall.ECONNREFUSED}, []time.Duration{s, s, s, s, s}},
		{"a server error", &deadlineTransport{status: http.StatusServiceUnavailable}, []time.Duration{s, s, s, s, s}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := recordingFetcher(FetchConfig{Timeout: s, MaxAttempts: 5, IgnoreRobots: true, Transport: tt.tr})
			_, err := f.fetch(context.Background(), &request{URL: mustURL(t, "http://127.0.0.1:1/doc")})
			if err == nil || !strings.Contains(err.Error(), "giving up after 5 attempts") {
				t.Errorf("err %v, want giving up after 5 attempts", err)
			}
			if !slices.Equal(tt.tr.granted, tt.want) {
				t.Errorf("attempts given %v, want %v", tt.tr.granted, tt.want)
			}
		})
	}
}

// answersTransport answers each attempt with the next of its statuses,
// or fails it with a reset connection where the status is 0.
type answersTransport struct {
	mu       sync.Mutex
	statuses []int
}

func (a *answersTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	a.mu.Lock()
	status := a.statuses[0]
	a.statuses = a.statuses[1:]
	a.mu.Unlock()
	if status == 0 {
		return nil, syscall.ECONNRESET
	}
	return &http.Response{StatusCode: status, Body: io.NopCloser(strings.NewReader("")), Header: http.Header{}, Request: r}, nil
}

// TestGivingUpSaysWhy: the error of a request given up names what each
// attempt before the last met, and how many times.
func TestGivingUpSaysWhy(t *testing.T) {
	tests := []struct {
		statuses     []int
		want, absent []string
	}{
		{[]int{503}, []string{"giving up after 1 attempts: ", "503"}, []string{"before"}},
		{[]int{503, 0, 503, 500, 0}, []string{"giving up after 5 attempts (before: ", "503 Service Unavailable ×2", "connection reset by peer ×1", "500 Internal Server Error ×1", "): ", "connection reset by peer"}, nil},
		{[]int{429, 429, 429}, []string{"(before: ", "429 Too Many Requests ×2)"}, nil},
	}
	for _, tt := range tests {
		tr := &answersTransport{statuses: slices.Clone(tt.statuses)}
		f, _ := recordingFetcher(FetchConfig{Timeout: time.Second, MaxAttempts: len(tt.statuses), IgnoreRobots: true, Transport: tr})
		_, err := f.fetch(context.Background(), &request{URL: mustURL(t, "http://127.0.0.1:1/doc")})
		if err == nil {
			t.Fatalf("%v: no error", tt.statuses)
		}
		t.Logf("%v: %v", tt.statuses, err)
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%v: error %q lacks %q", tt.statuses, err, w)
			}
		}
		for _, a := range tt.absent {
			if strings.Contains(err.Error(), a) {
				t.Errorf("%v: error %q holds %q", tt.statuses, err, a)
			}
		}
	}
}
