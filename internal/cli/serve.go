package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/web"
	"github.com/spf13/cobra"
)

// ServeOptions are the inputs of `albo serve`.
type ServeOptions struct {
	IO           *IOStreams
	Logger       *slog.Logger
	CorpusDir    string
	Addr         string
	BaseURL      string
	Municipality string
	IndexDir     string // --index; empty: DIR/index
}

// NewCmdServe serves the search page and JSON API of a corpus. runF
// replaces the run function in tests of flag parsing.
func NewCmdServe(f *Factory, runF func(context.Context, *ServeOptions) error) *cobra.Command {
	opts := &ServeOptions{IO: f.IO, Logger: f.Logger}
	cmd := &cobra.Command{
		Use:   "serve [--corpus DIR] [--addr HOST:PORT]",
		Short: "Serve the search page and the JSON API of a corpus",
		Long: `Serve a web page to search the corpus's acts and objectives, follow objectives
across plan revisions and see the transfers between directorates, with a
read-only JSON API (GET /api/search?q=… answers like 'albo search --json')
and an RSS feed for any search (/feed?q=…).

The corpus must have been indexed ('albo index'). The server listens on
127.0.0.1 only, unless --addr says otherwise; it prints its address on
standard output and stops on Ctrl-C.`,
		Example: `  albo serve --corpus ./albo-data
  albo serve --addr 127.0.0.1:9000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = corpusDir(opts.CorpusDir)
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
	addIndexFlag(cmd, &opts.IndexDir)
	return cmd
}

func serveRun(ctx context.Context, opts *ServeOptions) error {
	store, err := corpus.OpenReadOnly(opts.CorpusDir)
	if err != nil {
		return err
	}
	defer store.Close()
	indexDir, err := indexDirOf(store, opts.IndexDir)
	if err != nil {
		return err
	}
	if _, err := os.Stat(indexDir); err != nil {
		return fmt.Errorf("corpus %s has no index: run 'albo index --corpus %s' first", opts.CorpusDir, opts.CorpusDir)
	}
	ix, err := index.Open(ctx, indexDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	ln, _, err := listen(ctx, opts.Addr, false)
	if err != nil {
		return err
	}
	return serveSite(ctx, opts.IO, "serve", ln, web.Config{
		Index: ix, Documents: web.CorpusDocuments(store), Logger: opts.Logger,
		BaseURL: opts.BaseURL, Municipality: opts.Municipality,
	})
}

// listen opens addr. When the port is taken and fallback is set, it takes
// a free port on the same host instead and says so in note, so that a demo
// starts anyway; otherwise a taken port is a usage error that says what to do.
func listen(ctx context.Context, addr string, fallback bool) (ln net.Listener, note string, err error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, "", usageError{fmt.Errorf("--addr %q: %w", addr, err)}
	}
	ln, err = web.Listen(ctx, addr)
	if err == nil || !errors.Is(err, web.ErrAddrInUse) {
		return ln, "", err
	}
	if !fallback {
		return nil, "", usageError{fmt.Errorf("%s is taken by another program: choose another address with --addr (127.0.0.1:0 takes any free port)", addr)}
	}
	if ln, err = web.Listen(ctx, net.JoinHostPort(host, "0")); err != nil {
		return nil, "", err
	}
	return ln, fmt.Sprintf("%s is taken by another program: using %s instead", addr, ln.Addr()), nil
}

// serveSite serves the site on ln until ctx ends, after printing its
// address on standard output (for people and for scripts that passed
// --addr 127.0.0.1:0).
func serveSite(ctx context.Context, ios *IOStreams, command string, ln net.Listener, cfg web.Config) error {
	h, err := web.New(cfg)
	if err != nil {
		ln.Close()
		return err
	}
	if _, err := fmt.Fprintf(ios.Out, "albo %s: serving on http://%s/\n", command, ln.Addr()); err != nil {
		ln.Close()
		return err
	}
	return web.Serve(ctx, web.NewServer(h), ln)
}
