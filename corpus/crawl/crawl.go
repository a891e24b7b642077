// Package crawl archives the acts of an Albo Pretorio on line into the
// corpus: it walks the listings of a site through a source Profile (every
// site-specific URL, selector and quirk lives there), downloads every
// document of each act (the act itself, its attachments, signed or not),
// and stores them byte for byte with the PDF inside each envelope and a
// metadata record per act that lists them with their role and label.
//
// It fetches only from its source's hosts (the base URL's, the profile's
// download hosts and Options.AllowHosts): links and redirects anywhere
// else are reported and counted, never followed. Its memory is bounded by
// its configuration, not by what a site sends: documents are streamed to
// the corpus as they arrive, hashed while written, pages are read as far
// as FetchConfig.MaxPageSize and listings as far as Options.MaxRows rows.
//
// The crawler is polite (per-host delay and parallelism as a LimitRule,
// robots.txt with its Crawl-delay, an identifying User-Agent) and robust
// (timeouts, a body-size cap, retries with backoff that honour Retry-After,
// short bodies refused, a document or a page sent without its length that
// looks cut short fetched again, HTML served in place of a document
// detected). It is
// incremental: a category's paging stops at the first page that holds only
// acts already archived and unchanged, and conditional requests (ETag,
// If-Modified-Since) keep a full re-walk from downloading anything that did
// not change. Acts that leave the listing stay in the corpus. An act that
// failed for a reason that may pass (a server erring or timing out past
// every retry) is tried once more after all the others; one whose documents
// could still not be fetched is recorded with the listing's metadata and no
// files, and later crawls look for it until they archive it.
//
// Acts are archived oldest first, so that a crawl killed at any moment
// leaves archived a tail of each listing: the next incremental crawl's
// stop at the first page of known acts then misses nothing.
package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/openalbo/albo/archive"
	"github.com/openalbo/albo/corpus"
)

// Store is what the crawler needs of the corpus; *corpus.Store has it.
type Store interface {
	Act(id string) (*corpus.Act, error)
	Acts(ctx context.Context) iter.Seq2[*corpus.Act, error]
	PutAct(ctx context.Context, a *corpus.Act) error
	PutBlob(ctx context.Context, r io.Reader) (sha string, size int64, err error)
	HasBlob(sha string) bool
	OpenBlob(sha string) (io.ReadSeekCloser, error)
}

var _ Store = (*corpus.Store)(nil)

// Options says what to crawl and how.
type Options struct {
	Profile Profile
	// BaseURL is the site's root; empty: the profile's real site.
	BaseURL string
	// Categories to walk, by name; empty: the profile's defaults.
	Categories []string
	// Since skips acts dated before it (zero: none).
	Since time.Time
	// Max stops after that many listed acts (0: no limit).
	Max int
	// Full walks every listing page and re-checks every act with
	// conditional requests, instead of stopping at known acts.
	Full bool
	// Concurrency is how many acts are fetched at once (default 2).
	Concurrency int
	// AllowHosts are hosts ("host" or "host:port") the crawl may fetch
	// from besides the base URL's and the profile's download hosts;
	// links and redirects to any other host are reported, not fetched.
	AllowHosts []string
	// MaxRows caps the acts read from one listing page (default 10000);
	// the excess is reported.
	MaxRows int
	Fetch   FetchConfig
	// Progress, when set, hears of each act done.
	Progress func(Progress)
	Logger   *slog.Logger
	// Now is the clock of first_seen/last_seen (default time.Now).
	Now func() time.Time
}

// Progress is the state of a crawl after one more act.
type Progress struct {
	Listed, Done, Failed int
	Act                  string // the act just done
	Status               Status
}

// Status is what a crawl did with one act.
type Status string

const (
	StatusNew       Status = "new"
	StatusUpdated   Status = "updated"
	StatusUnchanged Status = "unchanged"
	StatusFailed    Status = "failed"
)

// Summary counts what a crawl did; its JSON is `albo crawl --json`'s.
type Summary struct {
	Listed    int `json:"listed"`
	New       int `json:"new"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Failed    int `json:"failed"`
	// OffSite counts the links and redirects to hosts outside the
	// source's allow-list, which were not fetched.
	OffSite int `json:"off_site,omitempty"`
	// Failures says what failed and why, one entry each.
	Failures []Failure `json:"-"`
	// OffSiteLinks says which act or page pointed off-site, and where.
	OffSiteLinks []Failure `json:"-"`
}

// Failure is an act or a page the crawl could not archive.
type Failure struct {
	What string // act id or URL
	Err  error
}

func (f Failure) String() string { return fmt.Sprintf("%s: %v", f.What, f.Err) }

// crawler is one run.
type crawler struct {
	opts    Options
	store   Store
	fetch   *fetcher
	log     *slog.Logger
	profile Profile

	mu       sync.Mutex
	summary  Summary
	done     int
	byDetail map[string]*corpus.Act // known acts by detail URL, loaded on first need
	// pending are the acts, by category and id, recorded without their
	// documents by an earlier crawl that failed them, and recently seen:
	// the walk of their category goes on until it meets them again.
	pending map[string]map[string]bool
	// again are the acts the first round failed for a reason that may
	// pass (see mayPass), for the last round.
	again []Listed
	// stop ends the crawl with its cause, as diskFailed does.
	stop context.CancelCauseFunc
}

// Run crawls opts.Profile's site into store. It returns an error only when
// the crawl could not run at all, or stopped because the corpus's disk
// refused a write (see diskFailed); acts and pages that failed are in the
// Summary, and the others are archived regardless.
func Run(ctx context.Context, store Store, opts Options) (Summary, error) {
	if opts.Profile == nil {
		return Summary{}, errors.New("crawl: no source profile")
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = 2
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	base := opts.BaseURL
	if base == "" {
		base = opts.Profile.DefaultBaseURL()
	}
	baseURL, err := url.Parse(base)
	if err != nil || baseURL.Host == "" || (baseURL.Scheme != "http" && baseURL.Scheme != "https") {
		return Summary{}, fmt.Errorf("crawl: base URL %q: want http(s)://host[/path]", base)
	}
	cats, err := SelectCategories(opts.Profile, opts.Categories)
	if err != nil {
		return Summary{}, fmt.Errorf("crawl: %w", err)
	}
	if opts.MaxRows <= 0 {
		opts.MaxRows = 10000
	}
	if len(opts.Fetch.Limits) == 0 {
		opts.Fetch.Limits = []LimitRule{{DomainGlob: "*", Parallelism: opts.Concurrency}}
	}
	hosts := append([]string{baseURL.Host}, opts.Profile.DownloadHosts()...)
	hosts = append(hosts, opts.AllowHosts...)
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	c := &crawler{opts: opts, store: store, fetch: newFetcher(opts.Fetch, hosts...), profile: opts.Profile,
		log: opts.Logger.With("component", "crawl", "source", opts.Profile.Name()), stop: stop}

	if !opts.Full {
		if c.pending, err = c.loadPending(ctx); err != nil {
			return Summary{}, fmt.Errorf("crawl: %w", err)
		}
	}

	jobs, wait := c.workers(ctx, firstRound)
	for _, cat := range cats {
		todo, more := c.walk(ctx, baseURL, cat)
		// Oldest first (see the package comment).
		for _, l := range slices.Backward(todo) {
			select {
			case jobs <- l:
			case <-ctx.Done():
			}
		}
		if !more || ctx.Err() != nil {
			break
		}
	}
	close(jobs)
	wait()
	if len(c.again) > 0 && ctx.Err() == nil {
		c.log.Info("trying again the acts that failed for a reason that may pass", "acts", len(c.again))
		jobs, wait = c.workers(ctx, lastRound)
		for _, l := range c.again {
			select {
			case jobs <- l:
			case <-ctx.Done():
			}
		}
		close(jobs)
		wait()
	}
	if err := context.Cause(ctx); err != nil {
		return c.summary, fmt.Errorf("crawl: %w", err)
	}
	return c.summary, nil
}

// round is which pass over the acts a worker makes: the acts that failed
// the first for a reason that may pass are tried once more after all the
// others, in the last.
type round bool

const (
	firstRound round = false
	lastRound  round = true
)

// workers starts opts.Concurrency workers that archive the acts sent on
// jobs in round r; wait returns once jobs is closed and they are done.
func (c *crawler) workers(ctx context.Context, r round) (jobs chan<- Listed, wait func()) {
	ch := make(chan Listed)
	var wg sync.WaitGroup
	for range c.opts.Concurrency {
		wg.Go(func() {
			for l := range ch {
				c.act(ctx, l, r)
			}
		})
	}
	return ch, wg.Wait
}

// SelectCategories returns the categories of p named in names, or its
// default ones when names is empty.
func SelectCategories(p Profile, names []string) ([]Category, error) {
	if len(names) == 0 {
		names = p.DefaultCategories()
	}
	var out []Category
	all := p.Categories()
	for _, n := range names {
		i := slices.IndexFunc(all, func(c Category) bool { return c.Name == n })
		if i < 0 {
			var known []string
			for _, c := range all {
				known = append(known, c.Name)
			}
			return nil, fmt.Errorf("source %s has no category %q (known: %s)", p.Name(), n, strings.Join(known, ", "))
		}
		out = append(out, all[i])
	}
	return out, nil
}

// walk pages through one category and returns the acts to fetch, newest
// first as listed, and whether the crawl goes on (false: --max reached or
// cancelled).
func (c *crawler) walk(ctx context.Context, base *url.URL, cat Category) (todo []Listed, more bool) {
	first := c.profile.FirstPage(base, cat)
	// met holds the acts met in this walk, and whether each is to be
	// fetched: a listing shifts while it is paged when acts are published
	// meanwhile, a walk may start again, and a broken site may serve the
	// same page over and over.
	met := map[string]bool{}
	// failedAt is the furthest page a walk failed at: a walk started
	// again goes through the pages met already up to there.
	restarts, failedAt := 0, 0
	// Stopping at known or old acts assumes the newest come first; a
	// listing in the order of publication has them on its last pages.
	oldestFirst := false
	// A walk is one browsing session, as a site may key its view state
	// to the session cookie its first page sets (ViewStateUserKey).
	session := newSession()
	req := first
	for page := 1; req != nil; page++ {
		resp, listing, err := c.listingPage(ctx, req, session, cat)
		if ctx.Err() != nil {
			return todo, false
		}
		if listing == nil && (req.Form != nil || mayPass(err)) && restarts < maxRestarts {
			// A refused postback (the site restarted, or its listing
			// changed under the view state), or a page that failed past
			// its retries for a reason that may pass: walk again from
			// the first page; what was met already is skipped.
			c.log.Debug("listing page failed, walking the listing again", "category", cat.Name, "page", page, "err", err)
			restarts, failedAt = restarts+1, max(failedAt, page)
			req, page, session = first, 0, newSession()
			continue
		}
		pageName := fmt.Sprintf("%s page %d", cat.Name, page)
		if err != nil {
			c.fail(pageName, err)
			if listing == nil {
				return todo, true
			}
		}
		if resp.Truncated {
			c.fail(pageName, fmt.Errorf("%s: page larger than %d bytes: read as far as that only", resp.URL, c.fetch.cfg.MaxPageSize))
		}
		if n := len(listing.Acts); n > c.opts.MaxRows {
			c.fail(pageName, fmt.Errorf("%s: %d acts listed, %d past the cap of %d not read", resp.URL, n, n-c.opts.MaxRows, c.opts.MaxRows))
			listing.Acts = listing.Acts[:c.opts.MaxRows]
		}
		allKnown, allOld, fresh := true, len(listing.Acts) > 0, false
		for _, l := range listing.Acts {
			if !c.fetch.allows(l.DetailURL) {
				c.offSite(l.name(), l.DetailURL.String())
				continue
			}
			allOld = allOld && c.publishedBeforeSince(l)
			key := l.DetailURL.String()
			if queued, ok := met[key]; ok {
				allKnown = allKnown && !queued
				continue
			}
			met[key], fresh = false, true
			l.ListingURL = resp.URL
			if !c.opts.Since.IsZero() && !l.Date.IsZero() && l.Date.Before(c.opts.Since) {
				allKnown = false // skipped, not known: acts dated later may follow
				continue
			}
			if c.opts.Max > 0 && c.summary.Listed >= c.opts.Max {
				return todo, false
			}
			c.mu.Lock()
			c.summary.Listed++
			c.mu.Unlock()
			delete(c.pending[cat.Name], l.ID)
			if !c.opts.Full && c.unchanged(ctx, l) {
				continue
			}
			allKnown, met[key] = false, true
			todo = append(todo, l)
		}
		c.log.Debug("listing page", "category", cat.Name, "page", page, "acts", len(listing.Acts))
		oldestFirst = oldestFirst || inPublicationOrder(listing.Acts)
		stop := (!c.opts.Full && allKnown && len(c.pending[cat.Name]) == 0) || allOld
		if (stop && !oldestFirst) || (!fresh && page > failedAt) {
			break
		}
		req = listing.Next
		if req != nil && !c.fetch.allows(req.URL) {
			c.offSite(pageName, req.URL.String())
			break
		}
	}
	return todo, true
}

// maxRestarts bounds how often one category's walk starts again.
const maxRestarts = 3

// inPublicationOrder reports whether a page lists its acts oldest first:
// more of them follow an older one than a newer one.
func inPublicationOrder(acts []Listed) bool {
	up, down := 0, 0
	for i := 1; i < len(acts); i++ {
		prev, next := acts[i-1].PublishedFrom, acts[i].PublishedFrom
		if prev.IsZero() || next.IsZero() {
			prev, next = acts[i-1].Date, acts[i].Date
		}
		switch {
		case next.After(prev):
			up++
		case next.Before(prev):
			down++
		}
	}
	return up > down
}

// publishedBeforeSince reports whether an act was published before
// --since, and so, listings being newest first, every act after it too.
// Without a publication date it cannot tell: an act dated before --since
// may have been published after it.
func (c *crawler) publishedBeforeSince(l Listed) bool {
	return !c.opts.Since.IsZero() && !l.PublishedFrom.IsZero() && l.PublishedFrom.Before(c.opts.Since)
}

// pageAttempts is how many times a page that arrived whole but cannot be
// read (a server error page with status 200, a garbled answer) is fetched.
const pageAttempts = 4

// errUnreadable marks a page fetched whole but not readable as what it
// should be: a new attempt may get the real page.
var errUnreadable = errors.New("unreadable page")

// listingPage fetches and reads one listing page, again while it arrives
// unreadable. A Listing with an error is a page with unreadable rows.
func (c *crawler) listingPage(ctx context.Context, req *Request, session http.CookieJar, cat Category) (*response, *Listing, error) {
	var err error
	for range pageAttempts {
		var resp *response
		if resp, err = c.fetch.fetch(ctx, &request{URL: req.URL, Form: req.Form, Jar: session}); err != nil {
			return nil, nil, err // the fetcher has retried already
		}
		var html []byte
		var listing *Listing
		if html, err = resp.html(); err == nil {
			if listing, err = c.profile.ParseListing(resp.URL, html, cat); listing != nil {
				return resp, listing, err
			}
		}
		err = fmt.Errorf("%s: %w: %w", resp.URL, errUnreadable, err)
		c.log.Debug("unreadable listing page, fetching it again", "err", err)
	}
	return nil, nil, err
}

// newSession is an empty cookie jar: a new browsing session.
func newSession() http.CookieJar {
	jar, err := cookiejar.New(nil)
	if err != nil {
		// cookiejar.New fails only on a bad public suffix list, and it
		// is given none.
		panic(err)
	}
	return jar
}

// pendingFor is how long after it was last seen a failed act is still
// looked for in the listings: publication periods are 15 days, some 30 or
// 60.
const pendingFor = 60 * 24 * time.Hour

// loadPending finds the source's acts recorded without documents and seen
// within pendingFor, by category.
func (c *crawler) loadPending(ctx context.Context) (map[string]map[string]bool, error) {
	pending := map[string]map[string]bool{}
	since := c.opts.Now().Add(-pendingFor)
	for a, err := range c.store.Acts(ctx) {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err != nil {
			// A damaged record is Verify's to report; it must not stop
			// the archiving of the others.
			c.log.Warn("unreadable act record", "err", err)
			continue
		}
		if a.Source != c.profile.Name() || len(a.Files) > 0 || a.LastSeen.Before(since) {
			continue
		}
		if pending[a.Category] == nil {
			pending[a.Category] = map[string]bool{}
		}
		pending[a.Category][a.ID] = true
	}
	return pending, nil
}

// known returns the stored record of a listed act, nil if there is none.
func (c *crawler) known(ctx context.Context, l Listed) *corpus.Act {
	if l.ID != "" {
		a, err := c.store.Act(l.ID)
		if err != nil {
			return nil
		}
		return a
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byDetail == nil {
		c.byDetail = map[string]*corpus.Act{}
		for a, err := range c.store.Acts(ctx) {
			if err == nil && a.Source == c.profile.Name() && a.DetailURL != "" {
				c.byDetail[a.DetailURL] = a
			}
		}
	}
	return c.byDetail[l.DetailURL.String()]
}

// unchanged reports whether a listed act is archived whole with the same
// metadata; if so it records that the act was seen again.
func (c *crawler) unchanged(ctx context.Context, l Listed) bool {
	old := c.known(ctx, l)
	if old == nil || !sameListing(old, l) || !c.complete(old) {
		return false
	}
	c.count(old.ID, StatusUnchanged, nil)
	seen := *old
	seen.LastSeen = c.opts.Now().UTC()
	if err := c.store.PutAct(ctx, &seen); err != nil && ctx.Err() == nil && !c.diskFailed(old.ID, err) {
		c.log.Warn("record last seen", "act", old.ID, "err", err)
	}
	return true
}

// sameListing compares what the listing says of an act with its record.
func sameListing(a *corpus.Act, l Listed) bool {
	return (l.Subject == "" || a.Subject == l.Subject) &&
		(l.Office == "" || a.Office == l.Office) &&
		(l.Number == 0 || a.Number == l.Number) &&
		(l.Date.IsZero() || a.Date == day(l.Date)) &&
		(l.PublishedTo.IsZero() || a.PublishedTo == day(l.PublishedTo))
}

// complete reports whether every file of a record is stored. A record
// whose files have no role was written before attachments were archived:
// its act is fetched again (conditionally) for them.
func (c *crawler) complete(a *corpus.Act) bool {
	if len(a.Files) == 0 {
		return false
	}
	for _, f := range a.Files {
		if f.Role == "" || !c.store.HasBlob(f.SHA256) || (f.PDFSHA256 != "" && !c.store.HasBlob(f.PDFSHA256)) {
			return false
		}
	}
	return true
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// offSite reports a link of what (an act or a page) to url, outside the
// source's hosts, which is not fetched.
func (c *crawler) offSite(what, url string) {
	c.log.Debug("off-site link not fetched", "what", what, "url", url)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.summary.OffSite++
	c.summary.OffSiteLinks = append(c.summary.OffSiteLinks, Failure{What: what, Err: &OffSiteError{URL: url}})
}

// diskFailed stops the crawl, and says so, when err is a file operation
// that failed (the corpus's disk full or failing with an I/O error): every
// later write would fail alike, so the crawl ends at the first with that
// one error rather than failing each act in turn.
func (c *crawler) diskFailed(what string, err error) bool {
	var pathErr *fs.PathError
	var linkErr *os.LinkError
	if !errors.As(err, &pathErr) && !errors.As(err, &linkErr) {
		return false
	}
	c.stop(fmt.Errorf("%s: %w", what, err))
	return true
}

func (c *crawler) fail(what string, err error) {
	// Callers report failures from the Summary; the log only traces.
	c.log.Debug("failed", "what", what, "err", err)
	c.diskFailed(what, err)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.summary.Failed++
	c.summary.Failures = append(c.summary.Failures, Failure{What: what, Err: err})
}

func (c *crawler) count(id string, s Status, err error) {
	if s == StatusFailed {
		c.fail(id, err)
	}
	c.mu.Lock()
	switch s {
	case StatusNew:
		c.summary.New++
	case StatusUpdated:
		c.summary.Updated++
	case StatusUnchanged:
		c.summary.Unchanged++
	}
	c.done++
	p := Progress{Listed: c.summary.Listed, Done: c.done, Failed: c.summary.Failed, Act: id, Status: s}
	c.mu.Unlock()
	if c.opts.Progress != nil {
		c.opts.Progress(p)
	}
}

// maxSessions is how many fresh sessions in a row a download gets when
// the site keeps answering it outside the session, and how many times an
// act whose page comes unreadable is started again; sessions that expire
// after a few requests run out fast when requests fail and are retried
// within them.
const maxSessions = 8

// act archives one listed act: detail page, documents, record. In the
// first round, an act that fails for a reason that may pass is recorded as
// seen, so that a crawl killed before the last round still leaves it for
// the next, and kept for the last round instead of being counted failed.
func (c *crawler) act(ctx context.Context, l Listed, r round) {
	name := l.name()
	var err error
	for session := 1; session <= maxSessions; session++ {
		var status Status
		status, name, err = c.fetchAct(ctx, l)
		if err == nil {
			c.count(name, status, nil)
			return
		}
		if !errors.Is(err, errUnreadable) || ctx.Err() != nil {
			break
		}
		c.log.Debug("starting the act again in a new session", "act", name, "err", err)
	}
	if ctx.Err() == nil {
		var off *OffSiteError
		if errors.As(err, &off) {
			c.offSite(name, off.URL)
		}
		c.keepSeen(ctx, l)
		if r == firstRound && mayPass(err) {
			c.log.Debug("failed, to be tried again after the others", "act", name, "err", err)
			c.mu.Lock()
			c.again = append(c.again, l)
			c.mu.Unlock()
			return
		}
		c.count(name, StatusFailed, err)
	}
}

// mayPass reports whether an act failed for a reason that a later try may
// not meet: a server that kept erring, timing out or cutting answers short
// past every retry, pages that kept coming unreadable, sessions that kept
// being lost. An act that cannot be named, has no document or is refused by
// robots.txt fails the same way every time.
func mayPass(err error) bool {
	return retryable(err) || errors.Is(err, errUnreadable) || errors.Is(err, ErrSessionLost)
}

// name is how failures name a listed act: its id when the listing told
// enough to build it, else its detail page.
func (l Listed) name() string {
	if l.ID != "" {
		return l.ID
	}
	return l.DetailURL.String()
}

func (c *crawler) fetchAct(ctx context.Context, l Listed) (Status, string, error) {
	name := l.name()
	jar := newSession()
	resp, detail, err := c.detail(ctx, l.DetailURL, jar)
	if err != nil {
		return "", name, err
	}
	l.complete(detail.Meta)
	if l.ID == "" {
		l.ID = corpus.ActID(c.profile.Name(), l.Category, l.Year, l.Number)
	}
	name = l.ID
	if err := corpus.ValidateID(l.ID); err != nil || l.Number == 0 || l.Year == 0 {
		return "", name, fmt.Errorf("%s: cannot name the act (category %q, number %d, year %d)", resp.URL, l.Category, l.Number, l.Year)
	}
	var docs []DocRef
	for _, doc := range detail.Documents {
		if !c.fetch.allows(doc.URL) {
			c.offSite(name, doc.URL.String())
			continue
		}
		docs = append(docs, doc)
	}
	old := c.known(ctx, l)
	files := make([]corpus.File, 0, len(docs))
	// A session that expires, between two downloads or within the
	// retries of one, is replaced by opening the act's page again, and
	// the downloads go on where they were: up to maxSessions sessions in
	// a row that give nothing.
	lost := 0
	for i := 0; i < len(docs); {
		f, err := c.document(ctx, docs[i], jar, previous(old, docs[i].URL))
		if errors.Is(err, ErrSessionLost) && lost+1 < maxSessions {
			c.log.Debug("opening the act again in a new session", "act", name, "document", docs[i].URL, "err", err)
			jar, lost = newSession(), lost+1
			if _, _, err := c.detail(ctx, l.DetailURL, jar); err != nil {
				return "", name, err
			}
			continue
		}
		var off *OffSiteError
		if errors.As(err, &off) {
			// Redirected off the site: reported, and the act's other
			// documents archived.
			c.offSite(name, off.URL)
			i++
			continue
		}
		if err != nil {
			return "", name, err
		}
		files = append(files, f)
		i, lost = i+1, 0
	}
	if len(files) == 0 {
		return "", name, fmt.Errorf("%s: no document on the site", resp.URL)
	}
	rec := c.record(l, files, old)
	status := StatusNew
	if old != nil && len(old.Files) > 0 {
		status = StatusUpdated
		if sameRecord(old, rec) {
			status = StatusUnchanged
		}
	}
	if err := c.store.PutAct(ctx, rec); err != nil {
		return "", name, err
	}
	return status, name, nil
}

// detail fetches and reads an act's detail page in the session jar.
func (c *crawler) detail(ctx context.Context, u *url.URL, jar http.CookieJar) (*response, *Detail, error) {
	resp, err := c.fetch.fetch(ctx, &request{URL: u, Jar: jar})
	if err != nil {
		return nil, nil, err
	}
	html, err := resp.html()
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", errUnreadable, err)
	}
	detail, err := c.profile.ParseDetail(resp.URL, html)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w: %w", resp.URL, errUnreadable, err)
	}
	return resp, detail, nil
}

// record is the metadata record of a listed act with its files; it keeps
// what old, the act's previous record, says of when it was first seen.
func (c *crawler) record(l Listed, files []corpus.File, old *corpus.Act) *corpus.Act {
	now := c.opts.Now().UTC()
	rec := &corpus.Act{
		ID:            l.ID,
		Source:        c.profile.Name(),
		Category:      l.Category,
		Number:        l.Number,
		Year:          l.Year,
		Date:          day(l.Date),
		Subject:       l.Subject,
		Office:        l.Office,
		PublishedFrom: day(l.PublishedFrom),
		PublishedTo:   day(l.PublishedTo),
		DetailURL:     l.DetailURL.String(),
		ListingURL:    l.ListingURL.String(),
		FirstSeen:     now,
		LastSeen:      now,
		Files:         files,
		Signers:       archive.SignerNames(files),
	}
	if old != nil {
		rec.FirstSeen = old.FirstSeen
	}
	return rec
}

// keepSeen records an act whose documents could not be fetched, with the
// listing's metadata and no files, unless it is already archived: the act
// may leave the Albo before a later crawl succeeds, and its record, being
// incomplete, makes the next crawl try again.
func (c *crawler) keepSeen(ctx context.Context, l Listed) {
	if l.ID == "" || c.known(ctx, l) != nil {
		return
	}
	if err := c.store.PutAct(ctx, c.record(l, []corpus.File{}, nil)); err != nil && ctx.Err() == nil && !c.diskFailed(l.ID, err) {
		c.log.Warn("record act seen", "act", l.ID, "err", err)
	}
}

// previous is the stored file of old that came from u.
func previous(old *corpus.Act, u *url.URL) *corpus.File {
	if old == nil {
		return nil
	}
	for i := range old.Files {
		if old.Files[i].URL == u.String() {
			return &old.Files[i]
		}
	}
	return nil
}

// sameRecord compares two records but for when they were seen and fetched.
func sameRecord(a, b *corpus.Act) bool {
	x, y := *a, *b
	x.FirstSeen, y.FirstSeen, x.LastSeen, y.LastSeen = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	x.Files, y.Files = slices.Clone(x.Files), slices.Clone(y.Files)
	if len(x.Files) != len(y.Files) {
		return false
	}
	for i := range x.Files {
		x.Files[i].FetchedAt, y.Files[i].FetchedAt = time.Time{}, time.Time{}
		if x.Files[i].SHA256 != y.Files[i].SHA256 || x.Files[i].PDFSHA256 != y.Files[i].PDFSHA256 || x.Files[i].Name != y.Files[i].Name ||
			x.Files[i].Role != y.Files[i].Role || x.Files[i].Label != y.Files[i].Label {
			return false
		}
	}
	return x.Subject == y.Subject && x.Office == y.Office && x.Date == y.Date &&
		x.PublishedFrom == y.PublishedFrom && x.PublishedTo == y.PublishedTo
}
