package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/openalbo/albo/index/indexbench"
)

// childIndexFlag makes the bench binary the child that builds and queries
// the synthetic index, so its peak RSS is the index's alone.
var childIndexFlag = flag.String("child-index", "", "internal: build and query a synthetic index in this folder, print the report as JSON")

// benchIndex indexes cfg.objectives synthetic objectives made of the real
// vocabulary and times each kind of query, in a child process.
func benchIndex(ctx context.Context, cfg *config, out *table) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	dir := filepath.Join(cfg.work, "index")
	run, err := runChild(ctx, self, "-child-index", dir, "-objectives", fmt.Sprint(cfg.objectives), "-queries", fmt.Sprint(cfg.queries))
	if err != nil {
		return err
	}
	var rep indexbench.Report
	if err := json.Unmarshal(run.stdout, &rep); err != nil {
		return fmt.Errorf("index report: %w", err)
	}
	out.row("index", fmt.Sprintf("index %d objectives", rep.Objectives), fmt.Sprintf("%.0f objectives/s", rep.PerSecond), "",
		fmt.Sprintf("goal ≥ 20000/s; %s on disk; peak RSS %s", mib(rep.DiskBytes), mib(run.maxRSS)))
	for _, q := range rep.Queries {
		out.row("index", fmt.Sprintf("query %s (%s, %d hits)", q.Name, q.Selected, q.Total),
			fmt.Sprintf("p50 %s p99 %s", q.P50.Round(10*time.Microsecond), q.P99.Round(10*time.Microsecond)), "",
			fmt.Sprintf("goal p99 ≤ %s", q.Goal))
	}
	return nil
}

// indexChild is the child's work.
func indexChild(ctx context.Context, dir string, objectives, queries int) error {
	v, err := indexbench.LoadVocabulary("testdata/gold")
	if err != nil {
		return err
	}
	rep, err := indexbench.Measure(ctx, dir, v, objectives, queries)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(rep)
}
