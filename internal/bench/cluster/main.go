// Command cluster measures the embedded bleve index and a real
// single-node OpenSearch side by side, in one run: the same synthetic
// objectives (made of the gold extractions' vocabulary) indexed into
// each, then the same kinds of query timed on each. Run from the
// repository root (`make bench-cluster`); it needs Java 17 and Maven, as
// the tests' OpenSearch node does.
//
// The OpenSearch figures are the client's view: the rate includes the
// JSON and HTTP of bulk requests, the CPU is albo's alone (the JVM's is
// not counted), the size is the node's data folder, and the JVM's memory
// is its fixed 512 MB heap.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"github.com/openalbo/albo/index/indexbench"
	"github.com/openalbo/albo/index/opensearch"
	"github.com/openalbo/albo/internal/searchnode"
)

func main() {
	objectives := flag.Int("objectives", 1_000_000, "synthetic objectives indexed into each backend")
	queries := flag.Int("queries", 200, "runs of each kind of query")
	flag.Parse()
	if err := run(context.Background(), *objectives, *queries); err != nil {
		fmt.Fprintln(os.Stderr, "bench-cluster:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, objectives, queries int) error {
	v, err := indexbench.LoadVocabulary("testdata/gold")
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "albo-bench-cluster-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	bleve, err := indexbench.Measure(ctx, filepath.Join(work, "bleve"), v, objectives, queries)
	if err != nil {
		return fmt.Errorf("bleve: %w", err)
	}
	fmt.Printf("== bleve (embedded)\n%s\n", bleve)

	nodes := filepath.Join(work, "opensearch")
	c, err := searchnode.Start(ctx, nodes, 1)
	if err != nil {
		return err
	}
	defer c.Stop()
	u, err := url.Parse("opensearch+" + c.Nodes[0].URL + "/bench")
	if err != nil {
		return err
	}
	b, _, err := opensearch.Open(ctx, u)
	if err != nil {
		return err
	}
	defer b.Close()
	rep, err := indexbench.MeasureBackend(ctx, b, v, objectives, queries)
	if err != nil {
		return fmt.Errorf("opensearch: %w", err)
	}
	rep.DiskBytes = indexbench.DiskUsage(nodes)
	fmt.Printf("== OpenSearch %s (one node on loopback, heap 512 MB; peak RSS not measured)\n%s", searchnode.Version, rep)
	return nil
}
