package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/corpus/crawl"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/web"
	"github.com/spf13/cobra"
)

// ServeOptions are the inputs of `albo serve`.
type ServeOptions struct {
	IO           *cmdutil.IOStreams
	Logger       *slog.Logger
	CorpusDir    string
	Addr         string
	BaseURL      string
	Municipality string
	// Update, when not 0, keeps the corpus current: crawl, extraction and
	// index every Update, from Source at AlboURL (its Categories).
	Update     time.Duration
	Source     string
	AlboURL    string
	Categories []string
	IndexDir   string // --index-dir; empty: DIR/index
}

// NewCmdServe serves the search page and JSON API of a corpus. runF
// replaces the run function in tests of flag parsing.
func NewCmdServe(f *cmdutil.Factory, runF func(context.Context, *ServeOptions) error) *cobra.Command {
	opts := &ServeOptions{IO: f.IO, Logger: f.Logger}
	cmd := &cobra.Command{
		Use:   "serve [--corpus DIR] [--addr HOST:PORT]",
		Short: "Serve the search page and the JSON API of a corpus",
		Long: `Serve a web page to search the corpus's acts and objectives, follow objectives
across plan revisions and see the transfers between directorates, with a
read-only JSON API (GET /api/search?q=… answers like 'albo search --json')
and an RSS feed for any search (/feed?q=…).

The corpus must have been indexed ('albo index'). 'albo index' may run while
the server serves: the server shows the new index within seconds, without a
restart, and no request waits for it.

With --update EVERY the server keeps the corpus current by itself: at start
and then every EVERY it crawls the Albo (--source, --albo-url, --category as
in 'albo crawl'), extracts what is stale and updates the index, logging each
run. /stato shows the last run (acts added, failures), the extractor version
and the index generation; /healthz answers 200 once an index is served;
/metrics gives Prometheus metrics (requests, latencies, crawl and extraction
counts, index generation and its age).

The server listens on
127.0.0.1 only, unless --addr says otherwise; it prints its address on
standard output and stops on Ctrl-C.`,
		Example: `  albo serve --corpus ./albo-data
  albo serve --addr 127.0.0.1:9000
  albo serve --update 1h --source milano --category giunta,consiglio`,
		Args: cmdutil.UsageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return serveRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().StringVar(&opts.Addr, "addr", web.DefaultAddr, "address to listen on")
	cmd.Flags().StringVar(&opts.BaseURL, "base-url", "", "public root of the site for the feed's links (default: the request's host)")
	cmd.Flags().StringVar(&opts.Municipality, "municipality", "", "municipality named in the feed's AlboPOP categories, e.g. Milano")
	cmd.Flags().DurationVar(&opts.Update, "update", 0, "crawl, extract and index every EVERY (e.g. 1h) while serving; 0: never")
	cmd.Flags().StringVar(&opts.Source, "source", "milano", "with --update: the Albo's profile (milano, openweb)")
	cmd.Flags().StringVar(&opts.AlboURL, "albo-url", "", "with --update: the Albo's root (default: the profile's real site)")
	cmd.Flags().StringSliceVar(&opts.Categories, "category", nil, "with --update: the categories crawled (default: the profile's)")
	addIndexDirFlag(cmd, &opts.IndexDir)
	return cmd
}

// refreshEvery is how often a server looks for a newer generation of the
// index.
var refreshEvery = index.FollowEvery

func serveRun(ctx context.Context, opts *ServeOptions) error {
	if opts.Update < 0 || (opts.Update > 0 && opts.Update < time.Second) {
		return cmdutil.Usage(fmt.Errorf("--update %v: want 0 (never) or at least 1s", opts.Update))
	}
	var profile crawl.Profile
	if opts.Update > 0 {
		var err error
		if profile, err = crawl.ProfileByName(opts.Source); err != nil {
			return cmdutil.Usage(fmt.Errorf("--source: %w", err))
		}
	}
	open := corpus.OpenReadOnly
	if opts.Update > 0 {
		open = corpus.Open // the updates write into it
	}
	store, err := open(opts.CorpusDir)
	if err != nil {
		return err
	}
	defer store.Close()
	indexDir, err := indexDirOf(store, opts.IndexDir)
	if err != nil {
		return err
	}
	var ix *index.Index
	switch {
	case opts.Update > 0:
		// The first update builds the index if there is none yet.
		ix, err = openIndexIn(ctx, indexDir)
	default:
		ix, err = openIndex(ctx, opts.IO, opts.CorpusDir, indexDir)
	}
	if err != nil {
		return err
	}
	defer ix.Close()
	log := opts.Logger.With("component", "serve")
	// What 'albo index' adds meanwhile is served within seconds.
	background, stop := context.WithCancel(ctx)
	var tasks sync.WaitGroup
	defer func() { stop(); tasks.Wait() }()
	tasks.Go(func() {
		ix.Follow(background, refreshEvery, func(err error) { log.Warn("index refresh failed; serving the generation read", "err", err) })
	})
	u := &updater{store: store, ix: ix, log: opts.Logger.With("component", "update"), every: opts.Update, started: time.Now(),
		crawl: crawl.Options{Profile: profile, BaseURL: opts.AlboURL, Categories: opts.Categories, Logger: opts.Logger,
			Fetch: crawl.FetchConfig{UserAgent: crawl.UserAgent(extract.Version)}}}
	u.metrics = web.NewMetrics(u.servedGeneration)
	ln, _, err := listen(ctx, opts.Addr, false)
	if err != nil {
		return err
	}
	if opts.Update > 0 {
		tasks.Go(func() { u.loop(background) })
	}
	return serveSite(ctx, opts.IO, "serve", ln, web.Config{
		Index: ix, Documents: web.CorpusDocuments(store), Logger: opts.Logger,
		BaseURL: opts.BaseURL, Municipality: opts.Municipality,
	}, func(site http.Handler) http.Handler { return web.Live(site, u.status, u.metrics) })
}

// listen opens addr. When the port is taken and fallback is set, it takes
// a free port on the same host instead and says so in note, so that a demo
// starts anyway; otherwise a taken port is a usage error that says what to do.
func listen(ctx context.Context, addr string, fallback bool) (ln net.Listener, note string, err error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, "", cmdutil.Usage(fmt.Errorf("--addr %q: %w", addr, err))
	}
	ln, err = web.Listen(ctx, addr)
	if err == nil || !errors.Is(err, web.ErrAddrInUse) {
		return ln, "", err
	}
	if !fallback {
		return nil, "", cmdutil.Usage(fmt.Errorf("%s is taken by another program: choose another address with --addr (127.0.0.1:0 takes any free port)", addr))
	}
	if ln, err = web.Listen(ctx, net.JoinHostPort(host, "0")); err != nil {
		return nil, "", err
	}
	return ln, fmt.Sprintf("%s is taken by another program: using %s instead", addr, ln.Addr()), nil
}

// serveSite serves the site on ln until ctx ends, after printing its
// address on standard output (for people and for scripts that passed
// --addr 127.0.0.1:0).
func serveSite(ctx context.Context, ios *cmdutil.IOStreams, command string, ln net.Listener, cfg web.Config, wrap func(http.Handler) http.Handler) error {
	site, err := web.New(cfg)
	if err != nil {
		ln.Close()
		return err
	}
	var h http.Handler = site
	if wrap != nil {
		h = wrap(site)
	}
	if _, err := fmt.Fprintf(ios.Out, "albo %s: serving on http://%s/\n", command, ln.Addr()); err != nil {
		ln.Close()
		return err
	}
	defer index.ServingGC()()
	// What the first readers of a generation would wait for (the lineage,
	// the transfers) is computed beside the serving, not on their request.
	// Shutdown does not wait for it: it holds the generation it reads,
	// which the index closes after it is done.
	preparing, stopPreparing := context.WithCancel(ctx)
	defer stopPreparing()
	go site.KeepPrepared(preparing, index.FollowEvery)
	return web.Serve(ctx, web.NewServer(h), ln)
}
