package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/corpus/crawl"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

// CrawlOptions are the inputs of `albo crawl`.
type CrawlOptions struct {
	IO           *cmdutil.IOStreams
	Logger       *slog.Logger
	CorpusDir    string
	Source       string
	BaseURL      string
	Categories   []string
	Since        time.Time
	Max          int
	Delay        time.Duration
	Concurrency  int
	Full         bool
	JSON         bool
	IgnoreRobots bool
	Timeout      time.Duration
	Retries      int
	AllowHosts   []string
}

// NewCmdCrawl archives an Albo Pretorio into the corpus. runF replaces the
// run function in tests of flag parsing.
func NewCmdCrawl(f *cmdutil.Factory, runF func(context.Context, *CrawlOptions) error) *cobra.Command {
	opts := &CrawlOptions{IO: f.IO, Logger: f.Logger}
	var since string
	cmd := &cobra.Command{
		Use:   "crawl --source NAME [--base-url URL] [--corpus DIR] [flags]",
		Short: "Archive the acts of an Albo Pretorio and their signed documents",
		Long: `Walk the listings of an Albo Pretorio on line, download each act's signed
documents (the .p7m envelope and the PDF inside it, byte for byte) and keep
one metadata record per act in the corpus, with when it was first and last
seen. Acts that leave the Albo stay in the corpus.

The crawl is incremental: a listing is read until a page holds only acts
already archived and unchanged. --full reads every page and re-checks every
document with conditional requests, downloading only what changed.

It is polite: robots.txt is honoured (with its Crawl-delay), --delay is
kept between requests to the site, at most --concurrency requests run at
once, and albo says who it is in its User-Agent. Failed requests are
retried with backoff; an act that still fails is reported on standard
error and the others are archived regardless (exit status 1).

Every document of an act is archived: the act and its attachments, with
their role and label as the page gives them. Only the site's own host is
asked anything (and those given with --allow-host): a link or a redirect
elsewhere gets one line on standard error naming the act and the URL, and
is not fetched.

Sources: milano (the Comune di Milano Albo Pretorio, categories giunta,
consiglio, determinazioni, documenti-vari, matrimoni, articolo-60,
municipio-1 … municipio-9) and openweb (Dedagroup OpenWeb Albo sites).
--base-url is the site's root; the source adds the paths, and defaults to
the real site.`,
		Example: `  albo crawl --source milano --corpus ./albo-data
  albo crawl --source milano --category giunta,consiglio --since 2026-01-01
  albo crawl --source milano --base-url http://127.0.0.1:8081 --delay 0 --json
  albo crawl --source openweb --base-url https://servizi.comune.avella.av.it --full`,
		Args: cmdutil.UsageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			profile, err := crawl.ProfileByName(opts.Source)
			if err != nil {
				return cmdutil.Usage(fmt.Errorf("--source: %w", err))
			}
			if since != "" {
				if opts.Since, err = time.Parse(time.DateOnly, since); err != nil {
					return cmdutil.Usage(fmt.Errorf("--since %q: want YYYY-MM-DD", since))
				}
			}
			if _, err := crawl.SelectCategories(profile, opts.Categories); err != nil {
				return cmdutil.Usage(fmt.Errorf("--category: %w", err))
			}
			switch {
			case opts.Concurrency < 1:
				return cmdutil.Usage(fmt.Errorf("--concurrency %d: want 1 or more", opts.Concurrency))
			case opts.Delay < 0:
				return cmdutil.Usage(fmt.Errorf("--delay %s: want 0 or more", opts.Delay))
			case opts.Retries < 0:
				return cmdutil.Usage(fmt.Errorf("--retries %d: want 0 or more", opts.Retries))
			case opts.Max < 0:
				return cmdutil.Usage(fmt.Errorf("--max %d: want 0 (no limit) or more", opts.Max))
			case opts.Timeout <= 0:
				return cmdutil.Usage(fmt.Errorf("--timeout %s: want more than 0", opts.Timeout))
			}
			for _, h := range opts.AllowHosts {
				if u, err := url.Parse("http://" + h); err != nil || u.Host != h || h == "" {
					return cmdutil.Usage(fmt.Errorf("--allow-host %q: want host or host:port", h))
				}
			}
			if opts.BaseURL != "" {
				if u, err := url.Parse(opts.BaseURL); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
					return cmdutil.Usage(fmt.Errorf("--base-url %q: want http(s)://host[/path]", opts.BaseURL))
				}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return crawlRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	fl := cmd.Flags()
	fl.StringVar(&opts.Source, "source", "milano", "source profile: "+strings.Join(crawl.ProfileNames(), ", "))
	fl.StringVar(&opts.BaseURL, "base-url", "", "the site's root URL (default: the source's real site)")
	fl.StringSliceVar(&opts.Categories, "category", nil, "categories to crawl, comma-separated (default: the source's main ones)")
	fl.StringVar(&since, "since", "", "skip acts dated before YYYY-MM-DD")
	fl.IntVar(&opts.Max, "max", 0, "stop after N listed acts (0: no limit)")
	fl.DurationVar(&opts.Delay, "delay", time.Second, "pause between two requests to the site")
	fl.IntVar(&opts.Concurrency, "concurrency", 2, "acts fetched at once")
	fl.BoolVar(&opts.Full, "full", false, "read every listing page and re-check every act")
	fl.BoolVar(&opts.JSON, "json", false, `print {"listed","new","updated","unchanged","failed"} on standard output`)
	fl.BoolVar(&opts.IgnoreRobots, "ignore-robots", false, "do not honour robots.txt (only for a site you run, such as a local replica)")
	fl.DurationVar(&opts.Timeout, "timeout", time.Minute, "time allowed for one request")
	fl.IntVar(&opts.Retries, "retries", 7, "times a failed request is retried, with growing pauses")
	fl.StringSliceVar(&opts.AllowHosts, "allow-host", nil, "hosts besides the site's own that may serve its documents, comma-separated (host or host:port); links elsewhere are reported, not fetched")
	return cmd
}

func crawlRun(ctx context.Context, opts *CrawlOptions) error {
	profile, err := crawl.ProfileByName(opts.Source)
	if err != nil {
		return err
	}
	store, err := corpus.Open(opts.CorpusDir)
	if err != nil {
		return err
	}
	defer store.Close()
	progress, finish := crawlProgress(opts.IO)
	sum, err := crawl.Run(ctx, store, crawl.Options{
		Profile:     profile,
		BaseURL:     opts.BaseURL,
		Categories:  opts.Categories,
		Since:       opts.Since,
		Max:         opts.Max,
		Full:        opts.Full,
		Concurrency: opts.Concurrency,
		AllowHosts:  opts.AllowHosts,
		Fetch: crawl.FetchConfig{
			UserAgent:    crawl.UserAgent(extract.Version),
			Timeout:      opts.Timeout,
			MaxAttempts:  opts.Retries + 1,
			IgnoreRobots: opts.IgnoreRobots,
			Limits:       []crawl.LimitRule{{DomainGlob: "*", Delay: opts.Delay, Parallelism: opts.Concurrency}},
		},
		Progress: progress,
		Logger:   opts.Logger,
	})
	finish()
	if err != nil {
		return err
	}
	for _, f := range sum.Failures {
		cmdutil.Reportf(opts.IO.ErrOut, "crawl: %s", f)
	}
	for _, f := range sum.OffSiteLinks {
		cmdutil.Reportf(opts.IO.ErrOut, "crawl: %s", f)
	}
	if opts.JSON {
		if err := json.NewEncoder(opts.IO.Out).Encode(sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(opts.IO.Out, "listed %d, new %d, updated %d, unchanged %d, failed %d",
			sum.Listed, sum.New, sum.Updated, sum.Unchanged, sum.Failed)
		if sum.OffSite > 0 {
			fmt.Fprintf(opts.IO.Out, ", off-site links not fetched %d", sum.OffSite)
		}
		fmt.Fprintln(opts.IO.Out)
	}
	if sum.Failed > 0 {
		return cmdutil.Failed(sum.Failed)
	}
	return nil
}

// plainProgressEvery is how many acts pass between two progress lines when
// standard error is not a terminal.
const plainProgressEvery = 100

// crawlProgress reports the crawl on standard error: a progress bar for a
// person at a terminal, a plain line every plainProgressEvery acts for a
// log. The total is unknown until the listings are read, so the bar
// counts up.
func crawlProgress(ios *cmdutil.IOStreams) (func(crawl.Progress), func()) {
	var mu sync.Mutex
	if !ios.ErrIsTerminal {
		return func(p crawl.Progress) {
			if p.Done%plainProgressEvery == 0 {
				mu.Lock()
				defer mu.Unlock()
				fmt.Fprintf(ios.ErrOut, "crawl: %d acts done, %d listed, %d failed\n", p.Done, p.Listed, p.Failed)
			}
		}, func() {}
	}
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(ios.ErrOut),
		progressbar.OptionSetDescription("crawl"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("acts"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	return func(p crawl.Progress) {
			mu.Lock()
			defer mu.Unlock()
			bar.Describe(fmt.Sprintf("crawl (%d listed, %d failed)", p.Listed, p.Failed))
			bar.Set(p.Done)
		}, func() {
			bar.Finish()
			fmt.Fprintln(ios.ErrOut)
		}
}
