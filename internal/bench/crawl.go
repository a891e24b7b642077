package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"time"

	"github.com/openalbo/albo/internal/replica"
)

// benchCrawl crawls a replica listing crawlActs acts at zero delay and
// reports the time, the rate and the crawler's peak memory, then the
// re-run that must download nothing new.
func benchCrawl(ctx context.Context, cfg *config, out *table) error {
	const days = 15
	r := replica.New(replica.Config{Days: days, WindowDays: days, PerDay: (cfg.crawlActs + days - 1) / days})
	srv := httptest.NewServer(r)
	defer srv.Close()
	dir := filepath.Join(cfg.work, "crawl")
	run, err := runChild(ctx, cfg.albo, "crawl", "--source", "milano", "--base-url", srv.URL, "--corpus", dir,
		"--category", "giunta,consiglio,determinazioni", "--delay", "0", "--concurrency", "4", "--json")
	if err != nil {
		return err
	}
	var sum struct{ Listed, New, Failed int }
	if err := json.Unmarshal(run.stdout, &sum); err != nil {
		return fmt.Errorf("crawl summary: %w", err)
	}
	requests := 0
	for _, n := range r.Stats().Requests {
		requests += n
	}
	out.row("crawl", fmt.Sprintf("%d acts listed, %d new, %d failed (%d requests)", sum.Listed, sum.New, sum.Failed, requests),
		run.wall.Round(time.Millisecond).String(), "",
		fmt.Sprintf("%.0f acts/s; peak RSS %s", float64(sum.New)/run.wall.Seconds(), mib(run.maxRSS)))
	again, err := runChild(ctx, cfg.albo, "crawl", "--source", "milano", "--base-url", srv.URL, "--corpus", dir,
		"--category", "giunta,consiglio,determinazioni", "--delay", "0", "--concurrency", "4", "--json")
	if err != nil {
		return err
	}
	out.row("crawl", "re-run (nothing new)", again.wall.Round(time.Millisecond).String(), "", "")
	return nil
}
