package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/corpus/crawl"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/replica"
	"github.com/openalbo/albo/web"
	"github.com/spf13/cobra"
)

// DemoOptions are the inputs of `albo demo`.
type DemoOptions struct {
	IO     *IOStreams
	Logger *slog.Logger
	Addr   string
	// Dir, when set, keeps the demo's corpus there instead of a temporary
	// folder removed at the end.
	Dir string
}

// NewCmdDemo runs the whole pipeline on the sample acts embedded in the
// binary and serves the result. runF replaces the run function in tests of
// flag parsing.
func NewCmdDemo(f *Factory, runF func(context.Context, *DemoOptions) error) *cobra.Command {
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
		Args: cobra.NoArgs,
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
	})
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

	if err := extractCorpus(ctx, store, progress); err != nil {
		return fail(err)
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
	progress("indexed: %d acts, %d documents (%.1fs in all)", st.Indexed, st.Documents, time.Since(start).Seconds())
	return site, nil
}

// extractCorpus extracts every archived document of the store that has no
// extraction by this extractor yet; a document it cannot read is
// quarantined by the store and named in the progress.
func extractCorpus(ctx context.Context, store *corpus.Store, progress func(string, ...any)) error {
	for a, err := range store.Acts(ctx) {
		if err != nil {
			return err
		}
		for _, f := range a.Files {
			if f.PDFSHA256 == "" {
				continue
			}
			data, err := readBlob(store, f.SHA256)
			if err != nil {
				return err
			}
			res, failure, err := storedExtraction(ctx, store, f.Name, data, f.PDFSHA256)
			if err != nil {
				return fmt.Errorf("demo: extract %s (%s): %w", a.ID, f.Name, err)
			}
			if failure != "" {
				progress("extract %s (%s): %s", a.ID, f.Name, failure)
				continue
			}
			progress("extracted %s: %s", a.ID, describe(res))
		}
	}
	return nil
}

func readBlob(store *corpus.Store, sha string) ([]byte, error) {
	f, err := store.OpenBlob(sha)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// describe summarises an extraction for the progress lines.
func describe(res *extract.Result) string {
	s := fmt.Sprintf("%d pages", res.Source.Pages)
	if res.Plan != nil {
		n := 0
		for _, d := range res.Plan.Directorates {
			n += len(d.Objectives)
		}
		s += fmt.Sprintf(", %d directorates, %d objectives", len(res.Plan.Directorates), n)
	}
	if len(res.Changes) > 0 {
		s += fmt.Sprintf(", %d changes", len(res.Changes))
	}
	return s
}
