package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/web"
)

// mixedKind names the load over every page kind at once.
const mixedKind = "mixed"

// pageKindNames are the kinds of page the load asks for, in the order
// layerPaths fills them.
var pageKindNames = []string{"search", "objective", "history", "directorate", "act", "transfers", "feed", "API"}

// pageKind is the paths of one kind of page the load asks for.
type pageKind struct {
	name  string
	paths []string
}

// layerWords are what readers search a performance plan for.
var layerWords = []string{"servizi", "digitalizzazione", "sviluppo", "gestione", "progetto", "sicurezza",
	"scuole", "verde", "mobilità", "casa", "cultura", "sociale", "lavoro", "ambiente", "quartieri", "cittadini"}

// layerPaths are the paths of every page kind, from the ids the index
// holds: searches, objectives, histories, directorates, acts, transfers,
// feeds, the API; and their mix, a path of each kind in turn.
func layerPaths(ctx context.Context, ix *index.Index, c *planCorpus) ([]pageKind, error) {
	var objectives, lineages, directorates []string
	seen := map[string]bool{}
	for _, w := range layerWords {
		res, err := ix.Search(ctx, index.Request{Query: w, Type: index.TypeObjective, Limit: 10})
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			objectives = append(objectives, h.ID)
			if h.Lineage != "" {
				lineages = append(lineages, h.Lineage)
			}
			if !seen[h.Directorate] {
				seen[h.Directorate] = true
				directorates = append(directorates, h.Directorate)
			}
		}
	}
	if len(objectives) == 0 || len(lineages) == 0 {
		return nil, errors.New("layer: the index finds no objective of the common words")
	}
	kinds := make([]pageKind, len(pageKindNames))
	for i, name := range pageKindNames {
		kinds[i].name = name
	}
	for i, w := range layerWords {
		q := url.QueryEscape(w)
		kinds[0].paths = append(kinds[0].paths, "/?q="+q, "/?q="+q+"&type=objective&p=2", fmt.Sprintf("/?q=%s&year=%d", q, 2012+i%12))
		kinds[6].paths = append(kinds[6].paths, "/feed?q="+q)
		kinds[7].paths = append(kinds[7].paths, "/api/search?q="+q+"&limit=50")
	}
	for _, id := range objectives {
		kinds[1].paths = append(kinds[1].paths, "/objectives/"+id)
		kinds[7].paths = append(kinds[7].paths, "/api/objectives/"+id)
	}
	for _, l := range lineages {
		kinds[2].paths = append(kinds[2].paths, "/api/objectives/"+l+"/history")
	}
	for _, d := range directorates {
		kinds[3].paths = append(kinds[3].paths, "/directorates/"+url.PathEscape(d))
	}
	for f := 0; f < c.families; f += max(1, c.families/50) {
		kinds[4].paths = append(kinds[4].paths, "/acts/"+c.actRef(f, f%layerRevisions).ID)
	}
	kinds[5].paths = []string{"/transfers"}
	mixed := pageKind{name: mixedKind}
	for i := range slices.MaxFunc(kinds, func(a, b pageKind) int { return len(a.paths) - len(b.paths) }).paths {
		for _, k := range kinds {
			mixed.paths = append(mixed.paths, k.paths[i%len(k.paths)])
		}
	}
	return append(kinds, mixed), nil
}

// updateVisible serves reader (following the generations another process
// makes, as albo serve does), then, as `albo index` does, opens the index
// folder and updates it with one new revision of a plan, and times the
// update from its call until a client of the site first finds the new
// act in a search folded by objective, as the search page asks (which
// needs the lineage of the new generation).
func updateVisible(ctx context.Context, c *planCorpus, dir string, reader *index.Index, docs web.Documents) (updateFigures, error) {
	h, err := web.New(web.Config{Index: reader, Documents: docs})
	if err != nil {
		return updateFigures{}, err
	}
	ln, err := web.Listen(ctx, "127.0.0.1:0")
	if err != nil {
		return updateFigures{}, err
	}
	srv := web.NewServer(h)
	go srv.Serve(ln)
	defer srv.Close()
	follow, stopFollow := context.WithCancel(ctx)
	defer stopFollow()
	go reader.Follow(follow, *layerRefresh, nil)
	go h.KeepPrepared(follow, *layerRefresh) // as albo serve does

	family := c.families / 2
	ref := c.actRef(family, layerRevisions)
	figures := updateFigures{Objectives: countObjectives(c.result(family, layerRevisions).Plan)}
	inputs := append(c.inputs(), c.input(family, layerRevisions))
	start := time.Now()
	stopOpen := startProfile("open")
	writer, err := index.Open(ctx, dir)
	stopOpen()
	if err != nil {
		return figures, err
	}
	defer writer.Close()
	figures.Open = time.Since(start)

	found := make(chan error, 1)
	probe := "http://" + ln.Addr().String() + "/api/search?group=1&limit=1&act=" + url.QueryEscape(ref.ID)
	stopProfile := startProfile("update")
	start = time.Now()
	go func() { found <- pollUntilFound(ctx, probe) }()
	stats, err := writer.Update(ctx, inputs)
	if err != nil {
		return figures, err
	}
	figures.Documents = stats.Documents
	figures.Call = time.Since(start)
	if err := <-found; err != nil {
		return figures, err
	}
	figures.Visible = time.Since(start)
	stopProfile()

	// The serving process updating itself (albo serve --update): a
	// revision of another plan.
	family = (family + 1) % c.families
	ref = c.actRef(family, layerRevisions)
	inputs = append(inputs, c.input(family, layerRevisions))
	probe = "http://" + ln.Addr().String() + "/api/search?group=1&limit=1&act=" + url.QueryEscape(ref.ID)
	start = time.Now()
	go func() { found <- pollUntilFound(ctx, probe) }()
	if _, err := reader.Update(ctx, inputs); err != nil {
		return figures, err
	}
	err = <-found
	figures.ByServer = time.Since(start)
	return figures, err
}

// pollUntilFound asks for url every few milliseconds until its answer
// holds a hit.
func pollUntilFound(ctx context.Context, url string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	last := ""
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return err
		}
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			body, rerr := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
			resp.Body.Close()
			if rerr == nil && resp.StatusCode == http.StatusOK && !strings.Contains(string(body), `"total":0`) {
				return nil
			}
			last = resp.Status + " " + string(body[:min(len(body), 200)])
		} else {
			last = err.Error()
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("the new revision never showed at %s (last answer: %s): %w", url, last, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
