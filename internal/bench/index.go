package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indexbench"
	"github.com/openalbo/albo/web"
)

// childIndexFlag makes the bench binary the child that builds and queries
// the synthetic index, so its peak RSS is the index's alone.
var childIndexFlag = flag.String("child-index", "", "internal: build and query a synthetic index in this folder, print the report as JSON")

// benchIndex indexes cfg.objectives synthetic objectives made of the real
// vocabulary, times each kind of query, then loads the web page and API
// over that index with concurrent clients, all in a child process; then
// does the same building and querying with SQLite FTS5, the peer, in
// another, and prints each figure beside the peer's.
func benchIndex(ctx context.Context, cfg *config, out *table) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	dir := filepath.Join(cfg.work, "index")
	run, err := runChild(ctx, self, "-child-index", dir, "-objectives", fmt.Sprint(cfg.objectives), "-queries", fmt.Sprint(cfg.queries),
		"-web-clients", fmt.Sprint(cfg.webClients), "-web-requests", fmt.Sprint(cfg.webRequests))
	if err != nil {
		return err
	}
	var child childReport
	if err := json.Unmarshal(run.stdout, &child); err != nil {
		return fmt.Errorf("index report: %w", err)
	}
	rep := child.Index
	peer, peerRSS, peerErr := benchFTS5(ctx, cfg, self)
	if peerErr != nil {
		out.row("index", "SQLite FTS5 (the peer)", "FAILED", peerErr.Error(), "")
		peer = &ftsReport{}
	}
	out.row("index", fmt.Sprintf("build %d objectives", rep.Objectives),
		fmt.Sprintf("%.0f objectives/s (%.1f CPU-s)", rep.PerSecond, rep.IndexCPU.Seconds()),
		fmt.Sprintf("%.0f objectives/s (%.1f CPU-s) SQLite FTS5", peer.PerSecond, peer.BuildCPU.Seconds()),
		fmt.Sprintf("%s (goal albo ≥ FTS5, ≥ 20000/s)", ratio(rep.PerSecond, peer.PerSecond)))
	out.row("index", "size on disk, peak RSS", fmt.Sprintf("%s, %s", mib(rep.DiskBytes), mib(run.maxRSS)),
		fmt.Sprintf("%s, %s SQLite FTS5", mib(peer.DiskBytes), mib(peerRSS)),
		ratio(float64(rep.DiskBytes), float64(peer.DiskBytes))+" on disk")
	for i, q := range rep.Queries {
		var p ftsLatency
		if i < len(peer.Queries) {
			p = peer.Queries[i]
		}
		match := p.Match
		if match == "" {
			match = "(every row)"
		}
		out.row("index", fmt.Sprintf("query %s (%s; albo %d hits, FTS5 %s %d hits)", q.Name, q.Selected, q.Total, match, p.Total),
			fmt.Sprintf("p50 %s p99 %s", q.P50.Round(10*time.Microsecond), q.P99.Round(10*time.Microsecond)),
			fmt.Sprintf("p50 %s p99 %s SQLite FTS5", p.P50.Round(10*time.Microsecond), p.P99.Round(10*time.Microsecond)),
			fmt.Sprintf("p99 %s (goal albo ≤ FTS5, ≤ %s)", ratio(q.P99.Seconds(), p.P99.Seconds()), q.Goal))
	}
	for _, w := range []struct {
		what string
		rep  web.LoadReport
	}{{"search cache on", child.WebCache}, {"search cache off", child.WebBare}} {
		out.row("web", fmt.Sprintf("%d clients, %d requests, page and API, %s", w.rep.Clients, w.rep.Requests, w.what),
			fmt.Sprintf("p50 %s p99 %s", w.rep.P50.Round(10*time.Microsecond), w.rep.P99.Round(10*time.Microsecond)), "",
			fmt.Sprintf("%d errors (goal 0); goal p99 ≤ 50ms", w.rep.Errors))
	}
	return nil
}

// benchFTS5 builds and queries the peer's index over the same objectives
// in a child process of its own, so its peak RSS is the peer's alone.
func benchFTS5(ctx context.Context, cfg *config, self string) (*ftsReport, int64, error) {
	run, err := runChild(ctx, self, "-child-fts5", filepath.Join(cfg.work, "fts5"), "-objectives", fmt.Sprint(cfg.objectives),
		"-queries", fmt.Sprint(cfg.queries))
	if err != nil {
		return nil, 0, err
	}
	var rep ftsReport
	if err := json.Unmarshal(run.stdout, &rep); err != nil {
		return nil, 0, fmt.Errorf("fts5 report: %w", err)
	}
	return &rep, run.maxRSS, nil
}

// ratio is albo's figure over the peer's, or a dash when the peer has none.
func ratio(albo, peer float64) string {
	if peer <= 0 {
		return "—"
	}
	return fmt.Sprintf("albo/FTS5 %.3g×", albo/peer)
}

// childReport is what the index child prints: the index's figures, then
// the web page and API under load over the same index, with the search
// cache on (readers repeating searches) and off (every search reaching
// the index).
type childReport struct {
	Index    *indexbench.Report `json:"index"`
	WebCache web.LoadReport     `json:"web_cache"`
	WebBare  web.LoadReport     `json:"web_bare"`
}

// indexChild is the child's work.
func indexChild(ctx context.Context, dir string, objectives, queries, clients, requests int) error {
	v, err := indexbench.LoadVocabulary("testdata/gold")
	if err != nil {
		return err
	}
	rep := childReport{}
	if rep.Index, err = indexbench.Measure(ctx, dir, v, objectives, queries); err != nil {
		return err
	}
	b, err := index.OpenBleve(filepath.Join(dir, "bleve"))
	if err != nil {
		return err
	}
	defer b.Close()
	load := web.LoadConfig{Clients: clients, Requests: requests}
	for _, run := range []struct {
		cache int
		into  *web.LoadReport
	}{{0, &rep.WebCache}, {-1, &rep.WebBare}} {
		h, err := web.New(web.Config{Index: web.SearchOnly(b), Documents: web.NoDocuments, SearchCache: run.cache})
		if err != nil {
			return err
		}
		if *run.into, err = web.LoadSite(ctx, h, load); err != nil {
			return err
		}
	}
	return json.NewEncoder(os.Stdout).Encode(rep)
}
