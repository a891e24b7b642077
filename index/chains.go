package index

// This file turns the links between consecutive revisions (lineage.go)
// into chains: plan families, objectives back after a gap, the evidence of
// each link, and the model the history, transfers and diff read.

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// lineages gives every objective of every revision its chain id. An
// objective is one chain whatever its year columns: the columns of one
// title in one directorate of a revision are joined, and so are the two
// ends of every link but a merge or a split (those stay chains of their
// own, listed in the chain they came from). A chain is named after its
// earliest occurrence, so adding a later revision never renames it.
func lineages(links []objectiveLink, revisions []*revision) map[string]string {
	// The chains are worked out on node numbers, an objective's being its
	// position (oldest revision first, then in the revision's order),
	// rather than on the ids as map keys: at a million objectives the
	// union-find on strings was a third of the first model's time. Ids are
	// unique: an act's objectives are told apart by objectivesUnder, and
	// carry its id.
	first := make(map[*revision]int32, len(revisions)) // a revision's first node
	nodes := 0
	for _, rv := range revisions {
		first[rv] = int32(nodes)
		nodes += len(rv.objectives)
	}
	sets := make(unionFind, 0, nodes)
	for range nodes {
		sets.add()
	}
	type titleKey struct{ directorate, title string }
	for _, rv := range revisions {
		rv.analyseTexts()
		dirs := rv.directorateKeys()
		columns := map[titleKey]int32{} // directorate and title -> its first column
		for i := range rv.objectives {
			n := first[rv] + int32(i)
			k := titleKey{dirs[i], rv.normalised[i]}
			if f, ok := columns[k]; ok {
				sets.union(f, n)
				continue
			}
			columns[k] = n
		}
	}
	for _, l := range links {
		if l.match != MatchMerged && l.match != MatchSplit {
			sets.union(first[l.from]+int32(l.prev), first[l.to]+int32(l.next))
		}
	}
	own := make([]string, nodes) // by node: lineageID of its id, computed once per revision
	for _, rv := range revisions {
		copy(own[first[rv]:], rv.ownLineages())
	}
	out := make(map[string]string, nodes)
	for _, rv := range revisions {
		for i, o := range rv.objectives {
			out[o.ID] = own[sets.find(first[rv]+int32(i))]
		}
	}
	return out
}

func lineageID(firstObjectiveID string) string {
	sum := sha256.Sum256([]byte(firstObjectiveID))
	return "L" + hex.EncodeToString(sum[:6])
}

// planFamily groups the revisions of one plan: the same source (the first
// segment of the act id) and the same title but for its years, so that the
// plans of successive cycles (2019-2021, 2020-2022, …) are one family.
func planFamily(rec *actRecord) string {
	source, _, _ := strings.Cut(rec.Act.ID, "/")
	title := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, rec.Plan.Title)
	return source + "|" + normalise(title)
}

// familyOverlap is the share of the smaller plan's titles two plans of one
// source must share to be revisions of one plan whatever their titles say.
const familyOverlap = 0.3

// revisionOrder orders the revisions of a plan: by the first year they
// plan (a plan of the next cycle comes after every revision of the one
// before, even when an act's date is missing), then by date and number.
func revisionOrder(a, b *revision) int {
	return cmp.Or(cmp.Compare(firstYear(a), firstYear(b)), cmp.Compare(a.rec.Act.Date, b.rec.Act.Date),
		cmp.Compare(a.rec.Act.Number, b.rec.Act.Number), cmp.Compare(a.rec.Act.ID, b.rec.Act.ID))
}

// firstYear is the earliest year column of a revision's plan.
func firstYear(rv *revision) int {
	if len(rv.rec.Plan.Years) > 0 {
		return slices.Min(rv.rec.Plan.Years)
	}
	y := 0
	for _, o := range rv.objectives {
		if y == 0 || o.Year < y {
			y = o.Year
		}
	}
	return y
}

// joinFamilies joins the families of one source whose plans share their
// objectives: a plan renamed between cycles ("Piano degli Obiettivi
// 2019-2021", then "PEG 2020-2022 – Obiettivi di Direzione") is still the
// plan whose objectives it carries on.
func joinFamilies(families map[string][]*revision) map[string][]*revision {
	keys := slices.Sorted(maps.Keys(families))
	perSource := map[string]int{}
	for _, k := range keys {
		source, _, _ := strings.Cut(k, "|")
		perSource[source]++
	}
	// Only the families of a source with others can join: their titles
	// are gathered, not those of every plan.
	keys = slices.DeleteFunc(keys, func(k string) bool {
		source, _, _ := strings.Cut(k, "|")
		return perSource[source] < 2
	})
	titles := map[string]map[string]bool{}
	for _, k := range keys {
		titles[k] = map[string]bool{}
		for _, rv := range families[k] {
			rv.analyseTexts()
			for _, t := range rv.normalised {
				titles[k][t] = true
			}
		}
	}
	for i := 0; i < len(keys); i++ {
		for j := i + 1; j < len(keys); j++ {
			a, b := keys[i], keys[j]
			sa, _, _ := strings.Cut(a, "|")
			sb, _, _ := strings.Cut(b, "|")
			if sa != sb || families[a] == nil || families[b] == nil {
				continue
			}
			shared := 0
			for t := range titles[b] {
				if titles[a][t] {
					shared++
				}
			}
			if float64(shared) < familyOverlap*float64(min(len(titles[a]), len(titles[b]))) {
				continue
			}
			families[a] = append(families[a], families[b]...)
			for t := range titles[b] {
				titles[a][t] = true
			}
			delete(families, b)
			keys = slices.Delete(keys, j, j+1)
			j = i // look again: a grew
		}
	}
	return families
}

// model is the lineage of every plan in the index.
type model struct {
	revisions map[string]*revision // by act id
	steps     []*step              // consecutive revisions of each plan
	lineage   map[string]string    // objective id -> chain
	// chains lists each chain's objectives, oldest revision first, with
	// how each was linked to the one before.
	chains map[string][]chainEntry
	// linkTo is the link that brought each objective, by its id.
	linkTo map[string]*objectiveLink

	// grouping is the objective of each chain, worked out on first use
	// (objectives).
	groupingOnce  sync.Once
	grouping      *grouping
	groupingBuilt atomic.Bool

	// transfers are the model's transfers once listed (allTransfers).
	transfersMu sync.Mutex
	transfers   *Transfers
}

// objectiveLink is a link between objectives of any two revisions of a
// plan, with what supports it.
type objectiveLink struct {
	from, to   *revision
	prev, next int
	match      string
	ambiguous  bool
	// st is the step that made the link (nil for an objective back after
	// a gap); textMatch is how a returned objective's text matched, and
	// absentFrom the revision it was missing from.
	st         *step
	textMatch  string
	absentFrom *ActRef
}

// explain says what supports the link and how confident it makes it, from
// 0 to 1: worked out when a history is shown, not for every link of every
// update.
func (l *objectiveLink) explain() ([]string, float64) {
	match := l.match
	if l.textMatch != "" {
		match = l.textMatch
	}
	ev, conf := linkEvidence(l.from, l.to, l.prev, l.next, match, l.st)
	if l.absentFrom != nil {
		ev = append(ev, "absent from "+actLabel(*l.absentFrom))
	}
	if l.ambiguous {
		ev = append(ev, "another objective was as likely")
		conf /= 2
	}
	return ev, conf
}

type chainEntry struct {
	rev  *revision
	obj  int
	link *objectiveLink // nil for the chain's first objective
}

// buildModel orders the plan revisions of each plan, links consecutive
// ones, then looks for objectives that skipped a revision.
func buildModel(records []*actRecord) *model {
	return updateModel(nil, nil, records)
}

// unionFind is a partition of the numbers below its length into sets, each
// named after its smallest member, so that a set's name does not depend on
// the order of the unions.
type unionFind []int32

// add is a new number in a set of its own.
func (u *unionFind) add() int32 {
	n := int32(len(*u))
	*u = append(*u, n)
	return n
}

// find is the name of n's set.
func (u unionFind) find(n int32) int32 {
	for u[n] != n {
		u[n] = u[u[n]]
		n = u[n]
	}
	return n
}

// union joins the sets of a and b.
func (u unionFind) union(a, b int32) {
	ra, rb := u.find(a), u.find(b)
	if rb < ra {
		ra, rb = rb, ra
	}
	u[rb] = ra
}

// analyseAll analyses the texts of the revisions (analyseTexts) across the
// processors, before the model reads them one plan after the other. Each
// revision's analysis is its own, and a revision carried over from an
// earlier model has it already. A first model of a million objectives
// spent a third of its time here, on one core.
func analyseAll(revisions []*revision) {
	// Background never ends: every revision is analysed.
	_ = onEveryProcessor(context.Background(), len(revisions), func(i int) { revisions[i].analyseTexts() })
}

// updateModel is buildModel reusing what prev (a model of earlier records,
// or nil) computed: the revisions of the acts whose record is the same
// (same act, same digest) and the comparisons of two such revisions. An
// update of one revision then compares only it with its neighbours,
// instead of every plan's revisions again. saved are steps read from disk
// (loadSteps), used the same way.
func updateModel(prev *model, saved map[stepKey]*savedStep, records []*actRecord) *model {
	m := &model{revisions: map[string]*revision{}, chains: map[string][]chainEntry{}, linkTo: map[string]*objectiveLink{}}
	type pair struct{ prev, next *revision }
	var known map[pair]*step
	if prev != nil {
		known = make(map[pair]*step, len(prev.steps))
		for _, st := range prev.steps {
			known[pair{st.prev, st.next}] = st
		}
	}
	families := map[string][]*revision{}
	for _, rec := range records {
		if rec.Plan == nil || len(rec.Plan.Directorates) == 0 {
			continue
		}
		var rv *revision
		if prev != nil {
			if old := prev.revisions[rec.Act.ID]; old != nil && old.rec.Act == rec.Act && old.rec.Digest == rec.Digest {
				rv = old
			}
		}
		if rv == nil {
			rv = newRevision(rec)
		}
		m.revisions[rec.Act.ID] = rv
		families[planFamily(rec)] = append(families[planFamily(rec)], rv)
	}
	analyseAll(slices.Collect(maps.Values(m.revisions)))
	var ordered []*revision
	// Every link of every step, and the objectives that came back after a
	// gap: what the chains are made of (linkTo points into it).
	var links []objectiveLink
	families = joinFamilies(families)
	for _, key := range slices.Sorted(maps.Keys(families)) {
		fam := families[key]
		slices.SortFunc(fam, revisionOrder)
		for _, rv := range fam {
			rv.analyseTexts() // what returns and lineages read
		}
		var famSteps []*step
		for i := 1; i < len(fam); i++ {
			st := known[pair{fam[i-1], fam[i]}]
			if s := saved[keyOf(fam[i-1], fam[i])]; st == nil && s != nil {
				st = s.restore(fam[i-1], fam[i])
			}
			if st == nil {
				st = compare(fam[i-1], fam[i])
			}
			famSteps = append(famSteps, st)
			for _, l := range st.links {
				links = append(links, st.objectiveLink(l))
			}
		}
		m.steps = append(m.steps, famSteps...)
		links = append(links, returns(famSteps)...)
		ordered = append(ordered, fam...)
	}
	m.lineage = lineages(links, ordered)
	extra := map[string][]string{} // objective id -> other chains it continues (merges, splits)
	for i := range links {
		l := &links[i]
		next := l.to.objectives[l.next].ID
		switch l.match {
		case MatchMerged:
			extra[next] = append(extra[next], m.lineage[l.from.objectives[l.prev].ID])
		case MatchSplit:
			extra[next] = append(extra[next], m.lineage[l.from.objectives[l.prev].ID])
			m.linkTo[next] = l
		default:
			m.linkTo[next] = l
		}
	}
	for _, rv := range ordered {
		for i, o := range rv.objectives {
			id := m.lineage[o.ID]
			m.chains[id] = append(m.chains[id], chainEntry{rev: rv, obj: i, link: m.linkTo[o.ID]})
			for _, other := range extra[o.ID] {
				if other != id {
					m.chains[other] = append(m.chains[other], chainEntry{rev: rv, obj: i, link: m.linkTo[o.ID]})
				}
			}
		}
	}
	return m
}

// returns finds the objectives a revision brings back after one or more
// revisions without them: an objective no step continued, and a later
// one no step brought, with the same title (or a similar one in the same
// directorate or its successor). Each is linked once, to the latest
// earlier occurrence.
func returns(steps []*step) []objectiveLink {
	type ended struct {
		rv   *revision
		obj  int
		step int // the step it was left out of
	}
	var pool []ended
	var out []objectiveLink
	for si, st := range steps {
		linkedPrev, linkedNext := map[int]bool{}, map[int]bool{}
		for _, l := range st.links {
			linkedPrev[l.prev], linkedNext[l.next] = true, true
		}
		resumed := map[int]bool{}
		for n := range st.next.objectives {
			if linkedNext[n] {
				continue
			}
			best, bestScore := -1, 0.0
			nk := st.next.directorateKeys()[n]
			for pi := len(pool) - 1; pi >= 0; pi-- {
				e := pool[pi]
				if resumed[pi] || e.step >= si {
					continue
				}
				pk := e.rv.directorateKeys()[e.obj]
				sameDir := pk == nk || successorAcross(steps[e.step:si+1], pk) == nk
				score := 0.0
				switch {
				case e.rv.normalised[e.obj] == st.next.normalised[n]:
					score = 2
				case sameDir && similarWords(e.rv.words[e.obj], st.next.words[n]):
					score = 1 + dice(e.rv.words[e.obj], st.next.words[n])
				}
				if sameDir {
					score += 0.5
				}
				if score > bestScore+1e-9 && score >= 1.5 {
					best, bestScore = pi, score
				}
			}
			if best < 0 {
				continue
			}
			resumed[best] = true
			e := pool[best]
			match := MatchSimilar
			if bestScore >= 2.5 || e.rv.normalised[e.obj] == st.next.normalised[n] {
				match = MatchNormalised
			}
			out = append(out, objectiveLink{from: e.rv, to: st.next, prev: e.obj, next: n, match: MatchReturned,
				textMatch: match, absentFrom: &steps[e.step].next.rec.Act})
		}
		for i := range slices.Backward(pool) {
			if resumed[i] {
				pool = slices.Delete(pool, i, i+1)
			}
		}
		for p := range st.prev.objectives {
			if !linkedPrev[p] {
				pool = append(pool, ended{rv: st.prev, obj: p, step: si})
			}
		}
	}
	return out
}

// successorAcross follows a directorate's successors (by its key) over
// consecutive steps, and returns the key it has at the end.
func successorAcross(steps []*step, key string) string {
	for _, st := range steps {
		if to, ok := st.successor[key]; ok {
			key = to
		}
	}
	return key
}

// objectiveLink is a step's link as the model keeps it.
func (st *step) objectiveLink(l link) objectiveLink {
	return objectiveLink{from: st.prev, to: st.next, prev: l.prev, next: l.next, match: l.match, ambiguous: l.ambiguous, st: st}
}

// linkEvidence says what supports a link between objective p of from and
// n of to, and how confident it makes the link, from 0 to 1. st, when
// known, tells successor directorates and the annex's transfers.
func linkEvidence(from, to *revision, p, n int, match string, st *step) ([]string, float64) {
	po, no := from.objectives[p], to.objectives[n]
	var ev []string
	conf := 1.0
	switch match {
	case MatchExact:
		ev = append(ev, "same text")
	case MatchNormalised:
		ev = append(ev, "same text but for case, accents and punctuation")
		conf = 0.95
	case MatchSimilar:
		d := dice(from.words[p], to.words[n])
		ev = append(ev, fmt.Sprintf("similar text (%.0f%% of words shared)", 100*d))
		conf = 0.5 + 0.4*d
	case MatchDeclared:
		ev = append(ev, "the changes annex names both titles")
		conf = 0.6
	case MatchMerged:
		ev = append(ev, "the changes annex transfers both into one objective")
		conf = 0.7
	case MatchSplit:
		ev = append(ev, "part of the earlier title")
		conf = 0.6
	}
	if po.Year == no.Year {
		ev = append(ev, fmt.Sprintf("same year column (%d)", po.Year))
	} else {
		ev = append(ev, fmt.Sprintf("year column %d → %d", po.Year, no.Year))
		conf *= 0.95
	}
	fromKey, toKey := directorateKey(po.Directorate), directorateKey(no.Directorate)
	switch {
	case fromKey == toKey:
		ev = append(ev, "same directorate")
	case st != nil && st.successor[fromKey] == toKey:
		ev = append(ev, "directorate renamed or reorganised: "+po.Directorate+" → "+no.Directorate)
		conf *= 0.95
	case st != nil && st.transferDeclared(p, n):
		ev = append(ev, "transfer recorded by the changes annex")
	default:
		ev = append(ev, "another directorate: "+po.Directorate+" → "+no.Directorate)
		conf *= 0.8
	}
	if po.Director != "" && po.Director == no.Director {
		ev = append(ev, "same director")
	}
	return ev, math.Round(conf*100) / 100
}

// transferDeclared says whether the step's annex records the move of
// objective p to objective n.
func (st *step) transferDeclared(p, n int) bool {
	for _, dt := range st.declaredTransfers() {
		for _, li := range dt.links {
			if st.links[li].prev == p && st.links[li].next == n {
				return true
			}
		}
	}
	return false
}

func actLabel(a ActRef) string {
	return fmt.Sprintf("%s n. %d del %s", a.Organ, a.Number, a.Date)
}

// diff compares two revisions in either order: the later one is always
// compared with the earlier, and the answer read backwards when asked
// from the later, so that diff(B, A) is the mirror of diff(A, B).
func (m *model) diff(a, b *revision) *Diff {
	if revisionOrder(b, a) < 0 {
		return m.diff(b, a).mirror()
	}
	for _, st := range m.steps {
		if st.prev == a && st.next == b {
			return st.diff(m)
		}
	}
	return compare(a, b).diff(m)
}
