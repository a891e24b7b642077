package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// A grouped search reads groupWindowPerHit hits per hit of the page it
// answers (at least minGroupWindow, at most MaxLimit) and folds them into
// objectives: an objective is rarely more than a few revisions times a few
// year columns. When the query has more hits than that, the total of
// objectives is estimated from the share the hits read fold into
// (Response.TotalApprox).
const (
	groupWindowPerHit = 10
	minGroupWindow    = 200
)

// grouping is the objectives of a model: the objective of each chain, and
// the chains of each objective.
type grouping struct {
	groups  map[string]string   // chain -> the objective
	members map[string][]string // objective -> its chains
}

// objectives returns the objectives of m's chains, worked out once per
// model (a model is built once per index generation, and asked for by
// every grouped search).
func (m *model) objectives() *grouping {
	m.groupingOnce.Do(func() {
		m.grouping = m.groupObjectives()
		m.groupingBuilt.Store(true)
	})
	return m.grouping
}

// groupingIfBuilt is the model's grouping when it was worked out, else nil.
func (m *model) groupingIfBuilt() *grouping {
	if m.groupingBuilt.Load() {
		return m.grouping
	}
	return nil
}

func (m *model) groupObjectives() *grouping {
	var revisions []*revision
	for _, rv := range m.revisions {
		revisions = append(revisions, rv)
	}
	// Oldest first, so that an objective is named after its first chain.
	slices.SortFunc(revisions, func(a, b *revision) int {
		return cmp.Or(cmp.Compare(a.rec.Act.Date, b.rec.Act.Date), cmp.Compare(a.rec.Act.ID, b.rec.Act.ID))
	})
	g := &grouping{groups: objectiveGroups(revisions, m.lineage), members: map[string][]string{}}
	for chain, group := range g.groups {
		g.members[group] = append(g.members[group], chain)
	}
	return g
}

// objectiveGroups gives every chain the objective it belongs to: chains of
// one revision whose objectives sit in the same directorate with the same
// title (but for small edits) in different year columns are one objective
// planned over several years. A group is named after its chain that comes
// first (earliest revision, then year column).
func objectiveGroups(revisions []*revision, lineage map[string]string) map[string]string {
	// Chains are numbered in the order first met, so that the smaller
	// number comes first, and joined on those numbers.
	number := map[string]int32{}
	var names []string
	var sets unionFind
	for _, rv := range revisions {
		byDir := map[string][]int{}
		keys := rv.directorateKeys()
		chains := make([]int32, len(rv.objectives))
		for i, o := range rv.objectives {
			name := lineage[o.ID]
			c, ok := number[name]
			if !ok {
				c = sets.add()
				number[name] = c
				names = append(names, name)
			}
			chains[i] = c
			byDir[keys[i]] = append(byDir[keys[i]], i)
		}
		for _, objs := range byDir {
			for a, i := range objs {
				for _, j := range objs[a+1:] {
					if rv.objectives[i].Year == rv.objectives[j].Year || !rv.title(i).names(rv.title(j)) {
						continue
					}
					sets.union(chains[i], chains[j])
				}
			}
		}
	}
	out := make(map[string]string, len(names))
	for _, name := range lineage {
		if c, ok := number[name]; ok {
			out[name] = names[sets.find(c)]
		} else {
			out[name] = name // a chain of no revision given
		}
	}
	return out
}

// superseded are the act ids of the plan revisions a later revision
// of the same plan supersedes.
func (m *model) superseded() []string {
	var out []string
	for _, st := range m.steps {
		out = append(out, st.prev.rec.Act.ID)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// occurrences lists where an objective appears: the revisions (oldest
// first) and the year columns of all its chains.
func (m *model) occurrences(g *grouping, group string) (revs []ActRef, years []int) {
	for _, chain := range g.members[group] {
		for _, e := range m.chains[chain] {
			if !slices.ContainsFunc(revs, func(a ActRef) bool { return a.ID == e.rev.rec.Act.ID }) {
				revs = append(revs, e.rev.rec.Act)
			}
			if y := e.rev.objectives[e.obj].Year; !slices.Contains(years, y) {
				years = append(years, y)
			}
		}
	}
	slices.SortFunc(revs, func(a, b ActRef) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
	slices.Sort(years)
	return revs, years
}

// searchGrouped answers a request that asks for one hit per objective or
// for the latest revisions only: the first groupWindow hits read without
// highlights (and, where the backend can, with only what folding reads:
// Request.fold), folded by objective (ranked by its best hit, shown by its
// hit of the latest revision), then the page's hits read whole and
// highlighted.
func (ix *Index) searchGrouped(ctx context.Context, g *generation, req Request) (*Response, error) {
	m := g.lineage()
	objectives := m.objectives()
	if req.Latest {
		req.superseded = m.superseded()
	}
	if !req.Group {
		return ix.searchOn(ctx, g, req)
	}
	limit, offset := req.Page()
	window := req
	window.Limit = min(MaxLimit, max(minGroupWindow, (offset+limit)*groupWindowPerHit))
	// The window is read whole but without highlights: those of the
	// page's hits are asked for after, by id with the query's text.
	window.Offset, window.Highlight = 0, false
	window.fold = func(hits []Hit) []int {
		var shown []int
		for _, f := range pageOf(foldHits(hits, objectives), offset, limit) {
			shown = append(shown, f.shown)
		}
		return shown
	}
	res, err := ix.searchOn(ctx, g, window)
	if err != nil {
		return nil, err
	}
	folds := foldHits(res.Hits, objectives)
	out := &Response{Total: len(folds), Hits: []Hit{}, Facets: res.Facets, Grouped: true}
	if res.Total > len(res.Hits) && len(res.Hits) > 0 {
		out.Total = len(folds) * res.Total / len(res.Hits)
		out.TotalApprox = true
	}
	for _, f := range pageOf(folds, offset, limit) {
		h := res.Hits[f.shown]
		h.Folded = f.count
		if h.Type == TypeObjective && h.Lineage != "" {
			h.Revisions, h.Years = m.occurrences(objectives, cmp.Or(objectives.groups[h.Lineage], h.Lineage))
		}
		out.Hits = append(out.Hits, h)
	}
	if req.Highlight && searchesText(req) && len(out.Hits) > 0 {
		if err := ix.readPage(ctx, g, req, out.Hits); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// fold is the hits of a window that stand for one objective (or one hit
// that folds with none): the one shown, its latest revision's, and their
// count. Folds keep the rank of their best hit.
type fold struct {
	shown, count int
}

// foldHits folds a window's hits by objective. It reads of each hit only
// its ID, Type, Lineage and Act.Date, and of an objective's hits with a
// lineage not even the ID.
func foldHits(hits []Hit, objectives *grouping) []fold {
	var folds []fold
	byKey := map[string]int{} // key -> index in folds
	for i, h := range hits {
		key := h.ID
		if h.Type == TypeObjective && h.Lineage != "" {
			key = "objective:" + cmp.Or(objectives.groups[h.Lineage], h.Lineage)
		}
		if f, ok := byKey[key]; ok {
			// The fold keeps its rank; it shows the latest revision's text.
			folds[f].count++
			if h.Act.Date > hits[folds[f].shown].Act.Date {
				folds[f].shown = i
			}
			continue
		}
		byKey[key] = len(folds)
		folds = append(folds, fold{shown: i, count: 1})
	}
	return folds
}

// pageOf is the folds of the page from offset, limit long.
func pageOf(folds []fold, offset, limit int) []fold {
	if offset >= len(folds) {
		return nil
	}
	return folds[offset:min(offset+limit, len(folds))]
}

// searchesText says whether a request searches for words, not filters
// alone ("*" is all documents), as the backends read it.
func searchesText(req Request) bool {
	s := strings.TrimSpace(req.Query)
	return s != "" && s != "*"
}

// pageHighlighter is a backend that highlights the hits of a page it has
// read whole, without searching them again, for the queries it can; done
// is false for the others.
type pageHighlighter interface {
	highlightPage(req Request, hits []Hit) (done bool, err error)
}

// readPage highlights the query's matches in the page's hits: by the
// backend from the hits as read, where it can (pageHighlighter), else by
// reading them again, asking the backend for the query among just these
// documents. Each hit keeps its rank's score and what folding set.
func (ix *Index) readPage(ctx context.Context, g *generation, req Request, hits []Hit) error {
	if hl, ok := g.backend.(pageHighlighter); ok {
		if done, err := hl.highlightPage(req, hits); done || err != nil {
			return err
		}
	}
	page := req
	page.Facets, page.Sort, page.Offset, page.Limit = nil, SortRelevance, 0, len(hits)
	page.ids = make([]string, len(hits))
	for i, h := range hits {
		page.ids[i] = h.ID
	}
	res, err := ix.searchOn(ctx, g, page)
	if err != nil {
		return err
	}
	byID := make(map[string]Hit, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h
	}
	for i, h := range hits {
		whole, ok := byID[h.ID]
		if !ok {
			continue // not found again: left as the window read it
		}
		whole.Score, whole.Folded, whole.Revisions, whole.Years = h.Score, h.Folded, h.Revisions, h.Years
		hits[i] = whole
	}
	return nil
}
