package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/net/html/charset"

	"github.com/openalbo/albo/internal/ctxio"
)

// LimitRule is the politeness owed to the hosts that match DomainGlob
// (path.Match syntax against the host name; "*" matches every host): at
// most Parallelism requests at once, and Delay (plus up to RandomDelay)
// between the starts of two requests. A robots.txt Crawl-delay longer than
// Delay wins.
type LimitRule struct {
	DomainGlob  string
	Delay       time.Duration
	RandomDelay time.Duration
	Parallelism int
}

// FetchConfig says how the crawler talks HTTP. The zero value of a field
// means its default.
type FetchConfig struct {
	UserAgent string
	// Timeout bounds one attempt (default 60s). After an attempt runs
	// out of time the next one is given twice as long, up to
	// timeoutGrowth times Timeout: a server slowed by load gets the time
	// it needs instead of being asked again as fast.
	Timeout time.Duration
	// MaxBodySize caps a document: a larger download is refused
	// (default 256 MiB). Documents are streamed to the corpus, and signed
	// envelopes opened from it, so memory does not grow with it.
	MaxBodySize int64
	// MaxPageSize caps an HTML page: the bytes past it are not read and
	// the page is read truncated (default 4 MiB), so that a listing of any
	// length is parsed in bounded memory.
	MaxPageSize int64
	MaxAttempts int // per request (default 8)
	// BackoffBase doubles at each retry up to BackoffMax, with jitter
	// (defaults 500ms and 30s).
	BackoffBase, BackoffMax time.Duration
	// MaxRetryAfter caps the wait a server may ask with Retry-After
	// (default 2 minutes); a longer wish fails the request.
	MaxRetryAfter time.Duration
	Limits        []LimitRule
	// IgnoreRobots skips robots.txt; it is honoured by default.
	IgnoreRobots bool
	// Transport is the HTTP transport (default http.DefaultTransport).
	Transport http.RoundTripper
}

func (c FetchConfig) withDefaults() FetchConfig {
	if c.UserAgent == "" {
		c.UserAgent = UserAgent("dev")
	}
	if c.Timeout <= 0 {
		c.Timeout = 60 * time.Second
	}
	if c.MaxBodySize <= 0 {
		c.MaxBodySize = 256 << 20
	}
	if c.MaxPageSize <= 0 {
		c.MaxPageSize = 4 << 20
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 8
	}
	if c.BackoffBase <= 0 {
		c.BackoffBase = 500 * time.Millisecond
	}
	if c.BackoffMax <= 0 {
		c.BackoffMax = 30 * time.Second
	}
	if c.MaxRetryAfter <= 0 {
		c.MaxRetryAfter = 2 * time.Minute
	}
	if c.Transport == nil {
		c.Transport = http.DefaultTransport
	}
	return c
}

// UserAgent is the identifying User-Agent of albo at version.
func UserAgent(version string) string {
	return "albo/" + version + " (+https://github.com/openalbo/albo)"
}

// Errors callers branch on.
var (
	// ErrDisallowed: robots.txt forbids the URL.
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrTooLarge: the answer is larger than FetchConfig.MaxBodySize.
	ErrTooLarge = errors.New("answer larger than the size cap")
	// ErrShortBody: the connection ended before the declared
	// Content-Length.
	ErrShortBody = errors.New("body shorter than its Content-Length")
	// ErrEmpty: a success with nothing in it, where a page or a document
	// was due.
	ErrEmpty = errors.New("empty answer")
	// ErrOffSite: the URL, or a redirect, leads to a host the source's
	// allow-list does not hold; it is not fetched.
	ErrOffSite = errors.New("off-site URL not fetched")
)

// OffSiteError names the URL outside the allowed hosts.
type OffSiteError struct{ URL string }

func (e *OffSiteError) Error() string { return fmt.Sprintf("%s: %v", e.URL, ErrOffSite) }
func (e *OffSiteError) Unwrap() error { return ErrOffSite }

// StatusError is an HTTP answer that is neither a success nor worth
// retrying.
type StatusError struct{ Code int }

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// request is one HTTP exchange the crawler wants.
type request struct {
	Method string // GET unless Form is set
	URL    *url.URL
	Form   url.Values     // sent as a POST form
	Jar    http.CookieJar // the session; nil: none
	// Validators of the copy already held, for a conditional GET.
	ETag, LastModified string
	// MayBeEmpty accepts an empty body; otherwise one is taken for a
	// failure of the server and retried.
	MayBeEmpty bool
	// Consume, when set, reads a successful answer's body as it arrives
	// instead of the fetcher holding it: a document goes to the corpus
	// without being held in memory. body fails, with a *bodyError,
	// past MaxBodySize, when it ends short of its Content-Length, or
	// when it is empty; a Consume that returns such an error is retried
	// like any failed attempt, any other error fails the request.
	Consume func(resp *response, body io.Reader) error
}

// response is a complete, checked answer.
type response struct {
	URL         *url.URL // after redirects
	Status      int
	Header      http.Header
	Body        []byte // nil when the request had a Consume
	NotModified bool
	// Checked: a body cut short is told from a whole one as it is read,
	// by its Content-Length or by the gzip stream's own trailer. Without
	// either (a body that ends when the connection closes, or a chunked
	// one cut by the server), only the content can tell.
	Checked bool
	// Truncated: the page was longer than MaxPageSize and Body holds its
	// first MaxPageSize bytes.
	Truncated bool
}

// html decodes the body to UTF-8 by its declared or sniffed charset.
func (r *response) html() ([]byte, error) {
	rd, err := charset.NewReader(bytes.NewReader(r.Body), r.Header.Get("Content-Type"))
	if err != nil {
		return nil, fmt.Errorf("%s: decode charset: %w", r.URL, err)
	}
	return io.ReadAll(rd)
}

// fetcher sends requests politely and robustly: per-host limits,
// robots.txt, retries with backoff that honour Retry-After, checked bodies.
type fetcher struct {
	cfg FetchConfig
	// sleep waits d or until ctx ends; tests replace it to see the waits.
	sleep func(ctx context.Context, d time.Duration) error

	// onSite holds the hosts the fetcher may ask anything of, as
	// host[:port], lower case; empty: any host.
	onSite map[string]bool

	mu     sync.Mutex
	hosts  map[string]*host
	jitter *rand.Rand
}

// host is what the fetcher knows of one scheme://host.
type host struct {
	slots chan struct{}
	rule  LimitRule

	robotsOnce sync.Once
	robots     *robotstxt.Group
	robotsErr  error
	// unendedPages: the host served a page without </html> the same
	// every time (see page).
	unendedPages atomic.Bool

	mu   sync.Mutex
	next time.Time // earliest start of the next request
}

// newFetcher is a fetcher that asks only the hosts in allowed (each
// "host" or "host:port"); none: any host.
func newFetcher(cfg FetchConfig, allowed ...string) *fetcher {
	f := &fetcher{cfg: cfg.withDefaults(), sleep: ctxio.Sleep, hosts: map[string]*host{},
		jitter: rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))}
	if len(allowed) > 0 {
		f.onSite = map[string]bool{}
		for _, h := range allowed {
			f.onSite[strings.ToLower(h)] = true
		}
	}
	return f
}

// allows reports whether u is an http(s) URL of an allowed host: its
// host and port as listed, or its host listed without a port.
func (f *fetcher) allows(u *url.URL) bool {
	if u == nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false
	}
	return f.onSite == nil || f.onSite[strings.ToLower(u.Host)] || f.onSite[strings.ToLower(u.Hostname())]
}

// maxRedirects bounds the redirects one attempt follows.
const maxRedirects = 10

// checkRedirect follows redirects only within the allowed hosts.
func (f *fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if !f.allows(req.URL) {
		return &OffSiteError{URL: req.URL.String()}
	}
	if len(via) >= maxRedirects {
		return fmt.Errorf("stopped after %d redirects", maxRedirects)
	}
	return nil
}

func (f *fetcher) random(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return time.Duration(f.jitter.Int64N(int64(d)))
}

func (f *fetcher) host(u *url.URL) *host {
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		rule := LimitRule{Parallelism: 1}
		for _, r := range f.cfg.Limits {
			if ok, _ := path.Match(r.DomainGlob, u.Hostname()); ok {
				rule = r
				break
			}
		}
		rule.Parallelism = max(rule.Parallelism, 1)
		h = &host{slots: make(chan struct{}, rule.Parallelism), rule: rule}
		f.hosts[key] = h
	}
	return h
}

// acquire takes one of the host's slots and waits for its turn.
func (f *fetcher) acquire(ctx context.Context, h *host) error {
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	delay := h.rule.Delay
	if h.robots != nil {
		delay = max(delay, h.robots.CrawlDelay)
	}
	delay += f.random(h.rule.RandomDelay)
	h.mu.Lock()
	now := time.Now()
	start := now
	if h.next.After(now) {
		start = h.next
	}
	h.next = start.Add(delay)
	h.mu.Unlock()
	if err := f.sleep(ctx, start.Sub(now)); err != nil {
		<-h.slots
		return err
	}
	return nil
}

func (f *fetcher) release(h *host) { <-h.slots }

// allowed fetches the host's robots.txt once and tests the URL against it.
func (f *fetcher) allowed(ctx context.Context, h *host, u *url.URL) error {
	if f.cfg.IgnoreRobots {
		return nil
	}
	h.robotsOnce.Do(func() {
		robotsURL := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		resp, err := f.do(ctx, h, &request{URL: robotsURL, MayBeEmpty: true})
		var se *StatusError
		switch {
		case errors.As(err, &se):
			resp, err = &response{Status: se.Code}, nil
		case errors.Is(err, ErrOffSite):
			// Redirected to a host it may not ask: the site has no
			// robots.txt of its own to read.
			resp, err = &response{Status: http.StatusNotFound}, nil
		case err != nil:
			h.robotsErr = fmt.Errorf("robots.txt: %w", err)
			return
		}
		data, err := robotstxt.FromStatusAndBytes(resp.Status, resp.Body)
		if err != nil {
			h.robotsErr = fmt.Errorf("%s: %w", robotsURL, err)
			return
		}
		h.robots = data.FindGroup(userAgentToken(f.cfg.UserAgent))
	})
	if h.robotsErr != nil {
		return h.robotsErr
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	if !h.robots.Test(p) {
		return fmt.Errorf("%s: %w", u, ErrDisallowed)
	}
	return nil
}

// userAgentToken is the product token robots.txt groups are matched with.
func userAgentToken(ua string) string {
	tok, _, _ := strings.Cut(ua, "/")
	return tok
}

// fetch sends req, retrying what can succeed later, and returns a complete
// answer: 2xx with the whole body, or 304 for a conditional request.
func (f *fetcher) fetch(ctx context.Context, req *request) (*response, error) {
	if !f.allows(req.URL) {
		return nil, &OffSiteError{URL: req.URL.String()}
	}
	h := f.host(req.URL)
	if err := f.allowed(ctx, h, req.URL); err != nil {
		return nil, err
	}
	return f.page(ctx, h, req)
}

// timeoutGrowth is how many times FetchConfig.Timeout an attempt may be
// given after earlier ones ran out of time.
const timeoutGrowth = 4

func (f *fetcher) do(ctx context.Context, h *host, req *request) (*response, error) {
	timeout := f.cfg.Timeout
	var failed attemptFailures
	for attempt := 1; ; attempt++ {
		if err := f.acquire(ctx, h); err != nil {
			return nil, err
		}
		resp, retryAfter, err := f.once(ctx, req, timeout)
		f.release(h)
		if timedOut(err) {
			timeout = min(2*timeout, timeoutGrowth*f.cfg.Timeout)
		}
		if err == nil || !retryable(err) || ctx.Err() != nil {
			if err != nil {
				return nil, fmt.Errorf("%s %s: %w", req.method(), req.URL, err)
			}
			return resp, nil
		}
		if attempt >= f.cfg.MaxAttempts {
			return nil, fmt.Errorf("%s %s: giving up after %d attempts%s: %w", req.method(), req.URL, attempt, failed, err)
		}
		failed.add(err)
		wait := f.backoff(attempt)
		if retryAfter > f.cfg.MaxRetryAfter {
			return nil, fmt.Errorf("%s %s: server asks to retry after %s: %w", req.method(), req.URL, retryAfter, err)
		}
		wait = max(wait, retryAfter)
		if err := f.sleep(ctx, wait); err != nil {
			return nil, fmt.Errorf("%s %s: %w", req.method(), req.URL, err)
		}
	}
}

// attemptFailures are why the attempts before the last failed, each
// reason once with how many times it came: "giving up after 8 attempts"
// alone does not say whether the server was down, slow or cutting
// answers short.
type attemptFailures []attemptFailure

// attemptFailure is one reason and how many attempts failed for it.
type attemptFailure struct {
	reason string
	times  int
}

func (a *attemptFailures) add(err error) {
	reason := err.Error()
	for i := range *a {
		if (*a)[i].reason == reason {
			(*a)[i].times++
			return
		}
	}
	*a = append(*a, attemptFailure{reason, 1})
}

// String is " (before: reason ×n; …)", or nothing when there was none.
func (a attemptFailures) String() string {
	if len(a) == 0 {
		return ""
	}
	parts := make([]string, len(a))
	for i, f := range a {
		parts[i] = fmt.Sprintf("%s ×%d", f.reason, f.times)
	}
	return " (before: " + strings.Join(parts, "; ") + ")"
}

// backoff is the wait before retry number attempt: exponential with full
// jitter in its upper half, so that parallel workers spread out.
func (f *fetcher) backoff(attempt int) time.Duration {
	d := f.cfg.BackoffBase << min(attempt-1, 20)
	d = min(d, f.cfg.BackoffMax)
	return d/2 + f.random(d/2+1)
}

func (r *request) method() string {
	if r.Form != nil {
		return http.MethodPost
	}
	return http.MethodGet
}

// retryableError marks a failure that a later attempt may not meet.
type retryableError struct{ err error }

func (e retryableError) Error() string { return e.err.Error() }
func (e retryableError) Unwrap() error { return e.err }

func retryable(err error) bool {
	var re retryableError
	return errors.As(err, &re)
}

// timedOut says whether an attempt failed because its time ran out.
func timedOut(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// once makes one attempt. It returns how long the server asked to wait
// before the next one.
func (f *fetcher) once(ctx context.Context, req *request, timeout time.Duration) (*response, time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var body io.Reader
	if req.Form != nil {
		body = strings.NewReader(req.Form.Encode())
	}
	hreq, err := http.NewRequestWithContext(ctx, req.method(), req.URL.String(), body)
	if err != nil {
		return nil, 0, err
	}
	hreq.Header.Set("User-Agent", f.cfg.UserAgent)
	if req.Form != nil {
		hreq.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	client := &http.Client{Transport: f.cfg.Transport, Jar: req.Jar, CheckRedirect: f.checkRedirect}
	hresp, err := client.Do(hreq)
	if errors.Is(err, ErrOffSite) {
		var off *OffSiteError
		errors.As(err, &off)
		return nil, 0, off
	}
	if err != nil {
		// A timeout of this attempt may pass; the end of the whole
		// crawl's context is caught by the caller.
		return nil, 0, retryableError{err}
	}
	defer hresp.Body.Close()
	resp := &response{URL: hresp.Request.URL, Status: hresp.StatusCode, Header: hresp.Header,
		Checked: hresp.ContentLength >= 0 || hresp.Uncompressed}
	switch {
	case hresp.StatusCode == http.StatusNotModified && (req.ETag != "" || req.LastModified != ""):
		resp.NotModified = true
		return resp, 0, nil
	case hresp.StatusCode >= 500 || hresp.StatusCode == http.StatusTooManyRequests || hresp.StatusCode == http.StatusRequestTimeout:
		io.Copy(io.Discard, io.LimitReader(hresp.Body, 64<<10))
		return nil, retryAfter(hresp.Header.Get("Retry-After")), retryableError{&StatusError{hresp.StatusCode}}
	case hresp.StatusCode >= 300 && hresp.StatusCode <= 399 && hresp.StatusCode != http.StatusNotModified:
		// A redirect the client did not follow has no Location: a
		// broken answer (a cut-short head), which a new attempt may get
		// whole.
		return nil, 0, retryableError{&StatusError{hresp.StatusCode}}
	case hresp.StatusCode < 200 || hresp.StatusCode > 299:
		return nil, 0, &StatusError{hresp.StatusCode}
	}
	if req.Consume != nil {
		if hresp.ContentLength > f.cfg.MaxBodySize {
			return nil, 0, fmt.Errorf("%w (%d bytes)", ErrTooLarge, f.cfg.MaxBodySize)
		}
		err := req.Consume(resp, &checkedBody{r: hresp.Body, declared: hresp.ContentLength, max: f.cfg.MaxBodySize, mayBeEmpty: req.MayBeEmpty})
		var be *bodyError
		if errors.As(err, &be) && be.retry {
			return nil, 0, retryableError{err}
		}
		return resp, 0, err
	}
	page := &checkedBody{r: hresp.Body, declared: hresp.ContentLength, max: math.MaxInt64, mayBeEmpty: req.MayBeEmpty}
	resp.Body, err = io.ReadAll(io.LimitReader(page, f.cfg.MaxPageSize))
	if err == nil && int64(len(resp.Body)) == f.cfg.MaxPageSize {
		// More may follow: the page is read as far as the cap, and the
		// rest is left unread.
		var one [1]byte
		if n, _ := page.Read(one[:]); n > 0 {
			resp.Truncated = true
		}
	}
	var be *bodyError
	if errors.As(err, &be) && be.retry {
		return nil, 0, retryableError{err}
	}
	return resp, 0, err
}

// bodyError is a body that failed as it was read.
type bodyError struct {
	err   error
	retry bool // a new attempt may get it whole
}

func (e *bodyError) Error() string { return e.err.Error() }
func (e *bodyError) Unwrap() error { return e.err }

// checkedBody reads an answer's body and fails it when it grows past max,
// ends short of its declared length, or is empty when it should not be.
type checkedBody struct {
	r          io.Reader
	declared   int64 // Content-Length, -1 when unknown
	max        int64
	mayBeEmpty bool
	n          int64
}

func (b *checkedBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += int64(n)
	switch {
	case b.n > b.max:
		return n, &bodyError{err: fmt.Errorf("%w (%d bytes)", ErrTooLarge, b.max)}
	case (err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF)) && b.declared >= 0 && b.n < b.declared:
		return n, &bodyError{err: fmt.Errorf("%w: %d of %d bytes", ErrShortBody, b.n, b.declared), retry: true}
	case err == io.EOF && b.n == 0 && !b.mayBeEmpty:
		return n, &bodyError{err: ErrEmpty, retry: true}
	case err != nil && err != io.EOF:
		return n, &bodyError{err: fmt.Errorf("read body: %w", err), retry: true}
	}
	return n, err
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
		return time.Duration(max(s, 0)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0)
	}
	return 0
}
