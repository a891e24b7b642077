package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indexbench"
	"github.com/openalbo/albo/web"
)

var (
	childLayerFlag  = flag.String("child-layer", "", "internal: build the whole index layer in this folder, load its site, update it, print the report as JSON")
	layerObjectives = flag.Int("layer-objectives", 1_000_000, "objectives in the index layer (plan revisions with lineage and transfers)")
	layerClients    = flag.Int("layer-clients", 20, "concurrent web clients over the index layer")
	layerRequests   = flag.Int("layer-requests", 400, "web requests of each page kind over the index layer (the mixed run makes four times as many)")
	layerRefresh    = flag.Duration("layer-refresh", index.FollowEvery, "how often the server looks for a newer generation (albo serve's interval)")
	layerProfile    = flag.String("layer-profile", "", "write CPU profiles of the layer's build, first grouped search, first transfers, web load, opening for an update and update into this folder")
	layerKinds      = flag.String("layer-kinds", "", "comma-separated page kinds the web load asks for, to profile one (search, objective, history, directorate, act, transfers, feed, API, mixed; default all)")
)

// layerReport is what the layer child prints.
type layerReport struct {
	Objectives int           `json:"objectives"`
	Plans      int           `json:"plans"`
	Revisions  int           `json:"revisions"`
	Build      time.Duration `json:"build"`
	BuildCPU   time.Duration `json:"build_cpu"`
	DiskBytes  int64         `json:"disk_bytes"`
	HeapBytes  uint64        `json:"heap_bytes"` // live heap of the reader after a GC
	// FirstGrouped is the first search folded by objective of a process
	// that opened the index: it works out the lineage and the grouping.
	FirstGrouped time.Duration `json:"first_grouped"`
	// FirstTransfers is the first list of transfers of a generation (the
	// site keeps it while the generation serves).
	FirstTransfers time.Duration `json:"first_transfers"`
	Loads          []pageLoad    `json:"loads"`
	Update         updateFigures `json:"update"`
}

// pageLoad is the load over one page kind (or the mix of them all).
type pageLoad struct {
	Kind   string         `json:"kind"`
	Cache  bool           `json:"cache"`
	Report web.LoadReport `json:"report"`
}

// updateFigures time one new plan revision from the start of the update
// call until a reader of the serving site sees it.
type updateFigures struct {
	Objectives int           `json:"objectives"`
	Documents  int           `json:"documents"` // written by the update
	Open       time.Duration `json:"open"`      // the updating process opening the index
	Call       time.Duration `json:"call"`      // the Update call
	Visible    time.Duration `json:"visible"`   // from the call's start to the first answer holding it
	// ByServer is Visible when the serving process updates itself.
	ByServer time.Duration `json:"by_server"`
}

// benchLayer measures index.Index, the whole index layer, in a child
// process: build, the site over every page kind with the search cache off
// (the headline) and on, and the visibility of an update.
func benchLayer(ctx context.Context, cfg *config, out *table) error {
	if *layerKinds != "" {
		for _, k := range strings.Split(*layerKinds, ",") {
			if k != mixedKind && !slices.Contains(pageKindNames, k) {
				return fmt.Errorf("-layer-kinds: no page kind %q (the kinds: %s, %s)", k, strings.Join(pageKindNames, ", "), mixedKind)
			}
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	args := []string{"-child-layer", filepath.Join(cfg.work, "layer"), "-layer-objectives", fmt.Sprint(*layerObjectives),
		"-layer-clients", fmt.Sprint(*layerClients), "-layer-requests", fmt.Sprint(*layerRequests),
		"-layer-refresh", layerRefresh.String(), "-layer-kinds", *layerKinds}
	if *layerProfile != "" {
		args = append(args, "-layer-profile", *layerProfile)
	}
	run, err := runChild(ctx, self, args...)
	if err != nil {
		return err
	}
	var rep layerReport
	if err := json.Unmarshal(run.stdout, &rep); err != nil {
		return fmt.Errorf("layer report: %w", err)
	}
	rep.rows(out, run.maxRSS)
	return nil
}

// rows adds the report's figures to the table, each saying what it measures.
func (rep *layerReport) rows(out *table, maxRSS int64) {
	out.row("layer", fmt.Sprintf("index.Index build: %d objectives, %d plans × %d revisions (lineage, transfers)", rep.Objectives, rep.Plans, rep.Revisions),
		fmt.Sprintf("%v, %.0f objectives/s (%.1f CPU-s)", rep.Build.Round(time.Second), float64(rep.Objectives)/rep.Build.Seconds(), rep.BuildCPU.Seconds()), "", "")
	out.row("layer", "index.Index size on disk, reader live heap, peak RSS of the process",
		fmt.Sprintf("%s, %s, %s", mib(rep.DiskBytes), mib(int64(rep.HeapBytes)), mib(maxRSS)), "", "")
	out.row("layer", "index.Index first search folded by objective after opening (works out the lineage and grouping, once a process)",
		rep.FirstGrouped.Round(time.Millisecond).String(), "", "")
	out.row("layer", "index.Index transfers of every plan, first asked (once a generation; the site keeps them while it serves)",
		rep.FirstTransfers.Round(time.Millisecond).String(), "", "")
	for _, l := range rep.Loads {
		cache, goal := "cache on", ""
		if !l.Cache {
			cache = "cache OFF"
			switch l.Kind {
			case mixedKind:
				goal = "goal p99 ≤ 50ms (headline)"
			case "search":
				goal = "goal ≥ 1000 req/s"
			}
		}
		r := l.Report
		out.row("layer", fmt.Sprintf("web %s pages, %d clients, %s, %d requests", l.Kind, r.Clients, cache, r.Requests),
			fmt.Sprintf("p50 %v p99 %v, %.0f req/s", r.P50.Round(100*time.Microsecond), r.P99.Round(100*time.Microsecond), float64(r.Requests)/r.Elapsed.Seconds()),
			"", fmt.Sprintf("%d errors %s %s", r.Errors, goal, r.FirstError))
	}
	u := rep.Update
	out.row("layer", fmt.Sprintf("update: one new plan revision (%d objectives) by another process (albo index), visible to a serving site's reader, from the update call's start", u.Objectives),
		u.Visible.Round(time.Millisecond).String(),
		fmt.Sprintf("update call %v (%d documents written), opening the index before it %v", u.Call.Round(time.Millisecond), u.Documents, u.Open.Round(time.Millisecond)),
		"goal ≤ 2s")
	out.row("layer", "update: another new plan revision, by the serving process itself (albo serve --update), visible to its readers",
		u.ByServer.Round(time.Millisecond).String(), "", "goal ≤ 2s")
}

// layerChild is the child's work, in dir.
func layerChild(ctx context.Context, dir string) error {
	c, err := newPlanCorpus(filepath.Join("testdata", "gold"), *layerObjectives)
	if err != nil {
		return err
	}
	rep := layerReport{Objectives: c.objectives(), Plans: c.families, Revisions: layerRevisions}
	ixDir := filepath.Join(dir, "index")
	if err := rep.build(ctx, c, ixDir); err != nil {
		return err
	}
	reader, err := index.Open(ctx, ixDir)
	if err != nil {
		return err
	}
	defer reader.Close()
	// The lineage and the objective grouping, as a server's first readers
	// build them (once a process; the load measures the steady state).
	start := time.Now()
	stopFirst := startProfile("first")
	if _, err := reader.Search(ctx, index.Request{Query: layerWords[0], Group: true}); err != nil {
		return err
	}
	stopFirst()
	rep.FirstGrouped = time.Since(start)
	start = time.Now()
	stopTransfers := startProfile("transfers")
	if _, err := reader.Transfers(ctx); err != nil {
		return err
	}
	stopTransfers()
	rep.FirstTransfers = time.Since(start)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rep.HeapBytes = ms.HeapAlloc
	docs := newPlanDocuments(c)
	paths, err := layerPaths(ctx, reader, c)
	if err != nil {
		return err
	}
	endGC := index.ServingGC() // as albo serve does
	defer endGC()
	stop := startProfile("load")
	for _, cache := range []bool{false, true} {
		size := -1
		if cache {
			size = 0
		}
		h, err := web.New(web.Config{Index: reader, Documents: docs, SearchCache: size})
		if err != nil {
			return err
		}
		for _, kind := range paths {
			if *layerKinds != "" && !slices.Contains(strings.Split(*layerKinds, ","), kind.name) {
				continue
			}
			n := *layerRequests
			if kind.name == mixedKind {
				n *= 4
			}
			r, err := web.LoadSite(ctx, h, web.LoadConfig{Paths: kind.paths, Clients: *layerClients, Requests: n})
			if err != nil {
				return err
			}
			rep.Loads = append(rep.Loads, pageLoad{Kind: kind.name, Cache: cache, Report: r})
		}
	}
	stop()
	if rep.Update, err = updateVisible(ctx, c, ixDir, reader, docs); err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(rep)
}

// build indexes every revision of c into a new index.Index in dir.
func (rep *layerReport) build(ctx context.Context, c *planCorpus, dir string) error {
	stop := startProfile("build")
	defer stop()
	ix, err := index.Open(ctx, dir)
	if err != nil {
		return err
	}
	defer ix.Close()
	cpu0, start := processCPU(), time.Now()
	if _, err := ix.Update(ctx, c.inputs()); err != nil {
		return err
	}
	rep.Build, rep.BuildCPU = time.Since(start), processCPU()-cpu0
	rep.DiskBytes = indexbench.DiskUsage(dir)
	return nil
}

// startProfile writes a CPU profile named name into -layer-profile until
// the returned function is called; nothing without the flag.
func startProfile(name string) (stop func()) {
	if *layerProfile == "" {
		return func() {}
	}
	f, err := os.Create(filepath.Join(*layerProfile, name+".pprof"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: profile:", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		fmt.Fprintln(os.Stderr, "bench: profile:", err)
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}
