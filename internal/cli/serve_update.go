package cli

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/corpus/crawl"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/web"
)

// updater keeps a served corpus current (`albo serve --update EVERY`):
// crawl, extraction of what is stale, index, on a schedule, inside the
// serving process. The index's new generation is served as soon as it is
// complete.
type updater struct {
	store      *corpus.Store
	ix         *index.Index
	log        *slog.Logger
	crawl      crawl.Options
	every      time.Duration
	metrics    *web.Metrics
	started    time.Time
	mu         sync.Mutex
	running    bool
	last       *web.Run
	generation uint64
	genAt      time.Time
}

// status is what /stato and /healthz show.
func (u *updater) status() web.Status {
	gen, at := u.servedGeneration()
	u.mu.Lock()
	defer u.mu.Unlock()
	s := web.Status{Started: u.started, Extractor: extract.Version, Generation: gen, GenerationAt: at,
		Running: u.running, Last: u.last}
	if u.every > 0 {
		s.Every = u.every.String()
	}
	return s
}

// servedGeneration is the generation the index reads and since when this
// process has served it.
func (u *updater) servedGeneration() (uint64, time.Time) {
	gen := u.ix.Generation()
	u.mu.Lock()
	defer u.mu.Unlock()
	if gen != u.generation {
		u.generation, u.genAt = gen, time.Now()
	}
	return u.generation, u.genAt
}

// loop runs an update at once, then every u.every until ctx ends.
func (u *updater) loop(ctx context.Context) {
	tick := time.NewTicker(u.every)
	defer tick.Stop()
	for {
		u.runOnce(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// runOnce is one update; its failures are logged and shown on /stato,
// and the server goes on with the generation it has.
func (u *updater) runOnce(ctx context.Context) {
	u.mu.Lock()
	u.running = true
	u.mu.Unlock()
	run := &web.Run{Started: time.Now(), Failures: []string{}}
	err := u.update(ctx, run)
	run.Seconds = time.Since(run.Started).Seconds()
	result := "ok"
	if err != nil {
		result = "failed"
		run.AddFailure(err.Error())
		if ctx.Err() == nil {
			u.log.Error("update failed", "err", err)
		}
	}
	u.metrics.Updates.WithLabelValues(result).Inc()
	u.log.Info("update", "new", run.New, "updated", run.Updated, "extracted", run.Extract, "indexed", run.Indexed,
		"failures", len(run.Failures), "seconds", run.Seconds, "generation", u.ix.Generation())
	u.mu.Lock()
	u.running, u.last = false, run
	u.mu.Unlock()
}

func (u *updater) update(ctx context.Context, run *web.Run) error {
	sum, err := crawl.Run(ctx, u.store, u.crawl)
	if err != nil {
		return fmt.Errorf("crawl: %w", err)
	}
	run.Listed, run.New, run.Updated = sum.Listed, sum.New, sum.Updated
	for status, n := range map[string]int{"new": sum.New, "updated": sum.Updated, "unchanged": sum.Unchanged, "failed": sum.Failed} {
		u.metrics.Crawled.WithLabelValues(status).Add(float64(n))
	}
	for _, f := range sum.Failures {
		run.AddFailure("crawl: " + f.String())
	}
	ext, err := batch.Run(ctx, u.store, batch.Options{})
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	run.Extract = ext.Extracted
	for result, n := range map[string]int{"extracted": ext.Extracted, "quarantined": ext.Quarantined, "failed": ext.Failed} {
		u.metrics.Extracted.WithLabelValues(result).Add(float64(n))
	}
	for _, f := range ext.Failures {
		run.AddFailure(fmt.Sprintf("extract: %s (%s): %s", f.Act, f.File, f.Reason))
	}
	inputs, err := index.CorpusInputs(ctx, u.store)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	st, err := u.ix.Update(ctx, inputs)
	run.Indexed = st.Indexed
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}
