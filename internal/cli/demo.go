package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/corpus/crawl"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/replica"
	"github.com/openalbo/albo/web"
	"github.com/spf13/cobra"
)

// DemoOptions are the inputs of `albo demo`.
type DemoOptions struct {
	IO     *cmdutil.IOStreams
	Logger *slog.Logger
	Addr   string
	// Dir, when set, keeps the demo's corpus there instead of a temporary
	// folder removed at the end.
	Dir string
}

// NewCmdDemo runs the whole pipeline on the sample acts embedded in the
// binary and serves the result. runF replaces the run function in tests of
// flag parsing.
func NewCmdDemo(f *cmdutil.Factory, runF func(context.Context, *DemoOptions) error) *cobra.Command {
	opts := &DemoOptions{IO: f.IO, Logger: f.Logger}
	cmd := &cobra.Command{
		Use:   "demo [--addr HOST:PORT]",
		Short: "Show albo working, with no set-up, on the sample acts it carries",
		Long: `Run the whole pipeline on the sample acts embedded in albo (the Giunta of
Milano's deliberations n. 1098 and n. 2187 of 2019, revisions of the
Piano degli Obiettivi): a local replica of the Albo Pretorio publishes them,
the crawler archives them into a corpus in a temporary folder, the extractor
reads them and the indexer indexes them; then the search page is served and
its address printed. Ctrl-C stops it and removes the temporary folder.

If the address is taken, a free port is used instead and named.`,
		Example: `  albo demo
  albo demo --addr 127.0.0.1:9000`,
		Args: cmdutil.UsageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return demoRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Addr, "addr", web.DefaultAddr, "address to serve on")
	cmd.Flags().StringVar(&opts.Dir, "dir", "", "keep the demo's corpus in this folder instead of a temporary one")
	return cmd
}

func demoRun(ctx context.Context, opts *DemoOptions) error {
	dir := opts.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "albo-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	// Listen first: a taken port is known before the pipeline runs.
	ln, note, err := listen(ctx, opts.Addr, true)
	if err != nil {
		return err
	}
	progress := func(format string, args ...any) {
		fmt.Fprintf(opts.IO.ErrOut, "albo demo: "+format+"\n", args...)
	}
	if note != "" {
		progress("%s", note)
	}
	site, err := buildDemo(ctx, dir, opts.Logger, progress)
	if err != nil {
		ln.Close()
		return err
	}
	defer site.Close()
	return serveSite(ctx, opts.IO, "demo", ln, web.Config{
		Index: site.Index, Documents: web.CorpusDocuments(site.Store), Logger: opts.Logger, Municipality: "Milano",
	}, nil)
}

// demoSite is a corpus and its index, built by buildDemo.
type demoSite struct {
	Store *corpus.Store
	Index *index.Index
}

func (s *demoSite) Close() error {
	return errors.Join(s.Index.Close(), s.Store.Close())
}

// buildDemo runs the real pipeline into dir: the local replica of the
// Milano Albo serves the embedded sample acts on a free loopback port, the
// crawler archives them, the extractor reads each archived document and
// the indexer indexes the extractions. progress hears of each stage.
func buildDemo(ctx context.Context, dir string, log *slog.Logger, progress func(string, ...any)) (*demoSite, error) {
	start := time.Now()
	albo, err := web.Listen(ctx, "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo: replica: %w", err)
	}
	replicaSrv := &http.Server{Handler: replica.NewSamples(), ReadHeaderTimeout: 5 * time.Second}
	go replicaSrv.Serve(albo)
	defer replicaSrv.Close()
	base := "http://" + albo.Addr().String()
	progress("the local replica of the Albo Pretorio publishes the sample acts on %s", base)

	store, err := corpus.Open(dir)
	if err != nil {
		return nil, err
	}
	site := &demoSite{Store: store}
	fail := func(err error) (*demoSite, error) {
		store.Close()
		return nil, err
	}
	sum, err := crawl.Run(ctx, store, crawl.Options{
		Profile: crawl.Milano{}, BaseURL: base, Logger: log,
		Fetch: crawl.FetchConfig{UserAgent: crawl.UserAgent(extract.Version + " demo")},
	})
	if err != nil {
		return fail(fmt.Errorf("demo: crawl %s: %w", base, err))
	}
	if len(sum.Failures) > 0 || sum.New+sum.Updated+sum.Unchanged == 0 {
		return fail(fmt.Errorf("demo: crawl %s: %d acts archived, failures: %v", base, sum.New+sum.Updated+sum.Unchanged, sum.Failures))
	}
	progress("crawled: %d acts archived in %s", sum.New+sum.Updated+sum.Unchanged, dir)

	ext, err := batch.Run(ctx, store, batch.Options{Progress: func(p batch.Progress) {
		if p.LastErr == nil {
			progress("extracted %s (%d/%d)", p.Last, p.Done, p.Total)
		}
	}})
	if err != nil {
		return fail(fmt.Errorf("demo: extract: %w", err))
	}
	for _, f := range ext.Failures {
		progress("could not extract %s (%s): %s", f.Act, f.File, f.Reason)
	}
	inputs, err := index.CorpusInputs(ctx, store)
	if err != nil {
		return fail(fmt.Errorf("demo: index: %w", err))
	}
	ix, err := index.Open(ctx, filepath.Join(store.Dir(), "index"))
	if err != nil {
		return fail(err)
	}
	site.Index = ix
	st, err := ix.Update(ctx, inputs)
	if err != nil {
		site.Close()
		return nil, fmt.Errorf("demo: index: %w", err)
	}
	progress("indexed %d acts: %d objectives, change records and acts (%.1fs in all)", st.Indexed, st.Documents, time.Since(start).Seconds())
	return site, nil
}
