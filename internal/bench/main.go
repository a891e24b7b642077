// Command bench prints every performance figure of albo beside its
// baseline, both measured in the same run (`make bench`):
//
//   - extraction wall and CPU time per page and peak RSS of albo-extract
//     against `pdftotext -layout` and `mutool draw -F txt` on one file of
//     each PDF producer, what the full albo binary pays beside it, and how
//     many files are within each of the goals;
//   - batch re-extraction with 1 and 2 workers, and peak memory at two
//     corpus sizes;
//   - crawling replica acts at zero delay: time and peak memory;
//   - indexing rate, size and query latencies on a synthetic corpus of
//     objectives, against SQLite FTS5 on the same objectives;
//   - the web page and API under concurrent clients;
//   - the whole index layer (index.Index): built from plan revisions with
//     lineage and transfers, its site loaded over every page kind with the
//     search cache off and on, and the time one new plan revision takes to
//     reach a serving site's readers;
//   - coverage: the share of the real acts of a folder of Albo documents
//     (../shared/realdata-corpus) read with every header field, and the
//     time per document beside `pdftotext -layout`.
//
// Heavy figures run in child processes of the albo binary, so each peak
// RSS is that of the work alone. Sizes are flags; the defaults are the
// issue's targets.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
)

type config struct {
	only string
	albo string
	// alboExtract is the slim albo-extract binary, which reads FILEs as
	// albo extract does without linking the rest of albo.
	alboExtract string
	work        string
	repeat      int
	rounds      int
	batchDocs   int
	rssSizes    []int
	crawlActs   int
	objectives  int
	queries     int
	webClients  int
	webRequests int
	coverageDir string
}

func main() {
	var cfg config
	var rss string
	flag.StringVar(&cfg.only, "only", "", "comma-separated sections to run: extract,batch,crawl,index,layer,coverage (index includes the web load over bare bleve, layer that over index.Index) (default all)")
	flag.IntVar(&cfg.repeat, "repeat", 5, "runs of each in-process extraction and of each peak RSS measured (the median counts)")
	flag.IntVar(&cfg.rounds, "rounds", 21, "rounds of the timed commands, albo and its peers taking turns in each (the median counts)")
	flag.IntVar(&cfg.batchDocs, "batch-docs", 1000, "documents in the batch speed-up corpus")
	flag.StringVar(&rss, "rss-docs", "1000,5000", "corpus sizes whose batch peak RSS is compared")
	flag.IntVar(&cfg.crawlActs, "crawl-acts", 1000, "replica acts to crawl")
	flag.IntVar(&cfg.objectives, "objectives", 1_000_000, "objectives in the synthetic index")
	flag.IntVar(&cfg.queries, "queries", 200, "queries of each kind timed against the index")
	flag.IntVar(&cfg.webClients, "web-clients", 50, "concurrent web clients")
	flag.IntVar(&cfg.webRequests, "web-requests", 5000, "web requests in all")
	flag.StringVar(&cfg.coverageDir, "coverage-dir", filepath.Join("..", "shared", "realdata-corpus"), "folder of real Albo documents whose header coverage is measured")
	flag.Parse()
	for _, s := range strings.Split(rss, ",") {
		var n int
		if _, err := fmt.Sscan(s, &n); err == nil && n > 0 {
			cfg.rssSizes = append(cfg.rssSizes, n)
		}
	}
	if *childIndexFlag != "" {
		if err := indexChild(context.Background(), *childIndexFlag, cfg.objectives, cfg.queries, cfg.webClients, cfg.webRequests); err != nil {
			fmt.Fprintln(os.Stderr, "bench: index child:", err)
			os.Exit(2)
		}
		return
	}
	if *childLayerFlag != "" {
		if err := layerChild(context.Background(), *childLayerFlag); err != nil {
			fmt.Fprintln(os.Stderr, "bench: layer child:", err)
			os.Exit(2)
		}
		return
	}
	if *childFTS5Flag != "" {
		rep, err := ftsChild(context.Background(), *childFTS5Flag, cfg.objectives, cfg.queries)
		if err == nil {
			err = json.NewEncoder(os.Stdout).Encode(rep)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench: fts5 child:", err)
			os.Exit(2)
		}
		return
	}
	if err := run(context.Background(), &cfg); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// section is one group of figures.
type section struct {
	name string
	run  func(ctx context.Context, cfg *config, out *table) error
}

func run(ctx context.Context, cfg *config) error {
	work, err := os.MkdirTemp("", "albo-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	cfg.work = work
	cfg.albo = filepath.Join(work, "albo")
	cfg.alboExtract = filepath.Join(work, "albo-extract")
	// As make build builds them: static, without cgo.
	for _, b := range []struct{ out, pkg string }{{cfg.albo, "./cmd/albo"}, {cfg.alboExtract, "./cmd/albo-extract"}} {
		build := exec.CommandContext(ctx, "go", "build", "-o", b.out, b.pkg)
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build %s: %w", b.pkg, err)
		}
	}
	sections := []section{
		{"extract", benchExtract},
		{"batch", benchBatch},
		{"crawl", benchCrawl},
		{"index", benchIndex},
		{"layer", benchLayer},
		{"coverage", benchCoverage},
	}
	out := newTable()
	failed := 0
	for _, s := range sections {
		if cfg.only != "" && !strings.Contains(","+cfg.only+",", ","+s.name+",") {
			continue
		}
		fmt.Fprintf(os.Stderr, "bench: %s…\n", s.name)
		start := time.Now()
		if err := s.run(ctx, cfg, out); err != nil {
			fmt.Fprintf(os.Stderr, "bench: %s: %v\n", s.name, err)
			out.row(s.name, "FAILED", err.Error(), "", "")
			failed++
		}
		fmt.Fprintf(os.Stderr, "bench: %s took %s\n", s.name, time.Since(start).Round(time.Second))
	}
	out.print(os.Stdout)
	if failed > 0 {
		return fmt.Errorf("%d section(s) failed", failed)
	}
	return nil
}

// table collects figures: what, the figure, its baseline, the ratio or
// goal.
type table struct{ rows [][5]string }

func newTable() *table { return &table{} }

func (t *table) row(section, what, figure, baseline, note string) {
	t.rows = append(t.rows, [5]string{section, what, figure, baseline, note})
}

func (t *table) print(w *os.File) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SECTION\tMEASURE\tALBO\tBASELINE\tRATIO / GOAL")
	for _, r := range t.rows {
		fmt.Fprintln(tw, strings.Join(r[:], "\t"))
	}
	tw.Flush()
}
