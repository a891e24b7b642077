package index

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"sync"

	"github.com/openalbo/albo/extract"
)

// How an objective was linked to its previous revision.
const (
	MatchExact      = "exact"      // the same text
	MatchNormalised = "normalised" // the same text but for case, accents, punctuation
	MatchSimilar    = "similar"    // an edited title
	MatchDeclared   = "declared"   // an edited title the changes annex vouches for
	// MatchMerged links an objective to one of the later revision that
	// already continues another: the annex transfers both into it.
	MatchMerged = "merged"
)

// Thresholds of similar titles. A title edited between revisions keeps most
// of its words (dice); a title cut short or extended keeps the shorter
// one's words (containment). An annex record that names both texts lowers
// the bar: the document itself says they are one objective.
const (
	similarDice        = 0.6
	similarContainment = 0.9
	declaredDice       = 0.2
	minContainedWords  = 3
)

// revision is one plan revision: an act with a plan, its objectives and
// the records of its changes annex.
type revision struct {
	rec        *actRecord
	objectives []planObjective
	changes    []extract.Change

	// words are the contentWords of each objective's normalised text:
	// what a comparison needs, set by analyseTexts on first use, so that
	// the revisions an update only carries over cost nothing.
	textsOnce  sync.Once
	words      [][]string
	normalised []string

	dirsOnce sync.Once
	dirs     map[string]string // directorates()
	dirKeys  []string          // directorateKeys()

	idsOnce sync.Once
	ids     []string // ownLineages()
}

// ownLineages are the chain ids the objectives would have if each began
// its chain (lineageID of its own id), by index; computed once and shared.
func (rv *revision) ownLineages() []string {
	rv.idsOnce.Do(func() {
		rv.ids = make([]string, len(rv.objectives))
		for i, o := range rv.objectives {
			rv.ids[i] = lineageID(o.ID)
		}
	})
	return rv.ids
}

func newRevision(rec *actRecord) *revision {
	return &revision{rec: rec, objectives: rec.objectives(), changes: rec.Changes}
}

// analyseTexts sets the revision's words and normalised texts, once.
func (rv *revision) analyseTexts() {
	rv.textsOnce.Do(func() {
		for _, o := range rv.objectives {
			n := normalise(o.Text)
			rv.normalised = append(rv.normalised, n)
			rv.words = append(rv.words, contentWords(n))
		}
	})
}

// directorates maps the directorateKey of each directorate of the revision
// to its name as printed.
// The map is computed once and shared: callers must not change it.
func (rv *revision) directorates() map[string]string {
	rv.computeDirectorates()
	return rv.dirs
}

// directorateKeys are the directorateKey of each objective's directorate,
// by index; computed once and shared.
func (rv *revision) directorateKeys() []string {
	rv.computeDirectorates()
	return rv.dirKeys
}

func (rv *revision) computeDirectorates() {
	rv.dirsOnce.Do(func() {
		rv.dirs = map[string]string{}
		rv.dirKeys = make([]string, len(rv.objectives))
		for i, o := range rv.objectives {
			if i > 0 && o.Directorate == rv.objectives[i-1].Directorate {
				rv.dirKeys[i] = rv.dirKeys[i-1]
				continue
			}
			rv.dirKeys[i] = directorateKey(o.Directorate)
			rv.dirs[rv.dirKeys[i]] = o.Directorate
		}
	})
}

// link is an objective of the earlier revision (prev) found again in the
// later one (next), by index into each revision's objectives.
type link struct {
	prev, next int
	match      string
	score      float64
}

// step is the comparison of two revisions of a plan.
type step struct {
	prev, next *revision
	links      []link
	// successor maps the directorateKey of each earlier directorate that
	// the later revision no longer has to the later directorate that took
	// most of its objectives: a rename, or the main heir of a split.
	successor map[string]string

	// declared are the transfers the later revision's annex declares,
	// as observed in the plans: found on first use (transfers, diffs),
	// not by every update's lineage.
	declaredOnce sync.Once
	declared     []declaredTransfer
}

// declaredTransfers returns the step's declared transfers, found once.
func (st *step) declaredTransfers() []declaredTransfer {
	st.declaredOnce.Do(func() { st.declared = declaredTransfers(st) })
	return st.declared
}

// compare links the objectives of two revisions: exact texts first, then
// normalised, then similar, each objective at most once. Titles that occur
// once on each side are linked first; what they show about reorganised
// directorates (renamed, split) then decides where repeated and edited
// titles went: among equal candidates the same directorate wins, then its
// successor.
func compare(prev, next *revision) *step {
	prev.analyseTexts()
	next.analyseTexts()
	st := &step{prev: prev, next: next}
	usedPrev := make([]bool, len(prev.objectives))
	usedNext := make([]bool, len(next.objectives))
	assign := func(cands []link) {
		slices.SortStableFunc(cands, func(a, b link) int {
			return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.prev, b.prev), cmp.Compare(a.next, b.next))
		})
		for _, c := range cands {
			if !usedPrev[c.prev] && !usedNext[c.next] {
				usedPrev[c.prev], usedNext[c.next] = true, true
				st.links = append(st.links, c)
			}
		}
	}
	// affinity scores how likely an objective stayed with its directorate:
	// 2 the same one, 1 its successor, 0 elsewhere.
	affinity := func(p, n int) int {
		from, to := directorateKey(prev.objectives[p].Directorate), directorateKey(next.objectives[n].Directorate)
		switch {
		case from == to:
			return 2
		case st.successor[from] == to:
			return 1
		}
		return 0
	}

	// Pass 1: the same text, then the same normalised text; titles unique
	// on both sides first.
	type sameKey struct {
		year int
		text string
	}
	prevBy, nextBy := map[sameKey][]int{}, map[sameKey][]int{}
	for p, o := range prev.objectives {
		k := sameKey{o.Year, prev.normalised[p]}
		prevBy[k] = append(prevBy[k], p)
	}
	for n, o := range next.objectives {
		k := sameKey{o.Year, next.normalised[n]}
		nextBy[k] = append(nextBy[k], n)
	}
	sameCandidates := func(uniqueOnly bool) []link {
		var cands []link
		for k, ps := range prevBy {
			ns := nextBy[k]
			if uniqueOnly && (len(ps) > 1 || len(ns) > 1) {
				continue
			}
			for _, p := range ps {
				for _, n := range ns {
					l := link{prev: p, next: n, match: MatchNormalised, score: 2}
					if prev.objectives[p].Text == next.objectives[n].Text {
						l.match, l.score = MatchExact, 3
					}
					l.score += 0.1 * float64(affinity(p, n))
					cands = append(cands, l)
				}
			}
		}
		return cands
	}
	assign(sameCandidates(true))
	st.successor = successors(prev, next, st.links)
	assign(sameCandidates(false))
	st.successor = successors(prev, next, st.links)

	// Pass 2: similar texts among the objectives left, candidates drawn
	// from shared words. A title that only contains the other needs the
	// directorate to agree; a weak likeness needs the annex's word.
	support := annexSupport(next)
	declaredNew := next.declaredNew()
	byWord := map[string][]int{}
	for n := range next.objectives {
		if !usedNext[n] && !declaredNew[n] {
			for _, w := range next.words[n] {
				byWord[w] = append(byWord[w], n)
			}
		}
	}
	var cands []link
	for p := range prev.objectives {
		if usedPrev[p] {
			continue
		}
		seen := map[int]bool{}
		for _, w := range prev.words[p] {
			for _, n := range byWord[w] {
				if seen[n] || prev.objectives[p].Year != next.objectives[n].Year {
					continue
				}
				seen[n] = true
				a, b := prev.words[p], next.words[n]
				d, aff := dice(a, b), affinity(p, n)
				score := d + 0.3*float64(aff)
				switch {
				case d >= similarDice || (aff > 0 && contains(a, b)):
					cands = append(cands, link{prev: p, next: n, match: MatchSimilar, score: 1 + score})
				case d >= declaredDice && support(a, b):
					cands = append(cands, link{prev: p, next: n, match: MatchDeclared, score: score})
				}
			}
		}
	}
	assign(cands)
	st.successor = successors(prev, next, st.links)

	// Pass 3: two objectives the annex transfers into one (the same title
	// sent by two directorates) both continue in it.
	transferred := next.transferRecords()
	for p := range prev.objectives {
		if usedPrev[p] {
			continue
		}
		for _, l := range st.links {
			n := l.next
			if l.match == MatchMerged || prev.objectives[p].Year != next.objectives[n].Year ||
				affinity(p, n) == 2 || !similarWords(prev.words[p], next.words[n]) || !transferred(prev.words[p]) {
				continue
			}
			usedPrev[p] = true
			st.links = append(st.links, link{prev: p, next: n, match: MatchMerged, score: dice(prev.words[p], next.words[n])})
			break
		}
	}
	return st
}

// declaredNew are the objectives the revision's annex declares new in
// their directorate: they continue nothing, however alike their title.
func (rv *revision) declaredNew() map[int]bool {
	out := map[int]bool{}
	for _, c := range rv.changes {
		if c.Kind != extract.ChangeNew {
			continue
		}
		words := contentWords(normalise(c.Text))
		for n, o := range rv.objectives {
			if directorateKey(o.Directorate) == directorateKey(c.Directorate) && similarWords(words, rv.words[n]) {
				out[n] = true
			}
		}
	}
	return out
}

// transferRecords returns whether the revision's annex records the
// transfer of a title.
func (rv *revision) transferRecords() func(words []string) bool {
	var records [][]string
	for _, c := range rv.changes {
		if c.Kind == extract.ChangeTransferOut || c.Kind == extract.ChangeTransferIn {
			records = append(records, contentWords(normalise(c.Text)))
		}
	}
	return func(words []string) bool {
		return slices.ContainsFunc(records, func(r []string) bool { return similarWords(words, r) })
	}
}

// contains says whether one title is the other cut short or extended.
func contains(a, b []string) bool {
	return containment(a, b) >= similarContainment && min(len(a), len(b)) >= minContainedWords
}

// similarWords says whether two titles' words are close enough to be the
// same objective on their own.
func similarWords(a, b []string) bool {
	return dice(a, b) >= similarDice || contains(a, b)
}

// annexSupport returns whether a record of the later revision's changes
// annex holds both texts: a retitled record prints the struck-out title
// beside the new one, a transfer record names what moved.
func annexSupport(next *revision) func(a, b []string) bool {
	var records [][]string
	for _, c := range next.changes {
		records = append(records, contentWords(normalise(c.Text)))
	}
	return func(a, b []string) bool {
		for _, r := range records {
			if (similarWords(a, r) || overlap(a, r) >= len(a)*4/5) && (similarWords(b, r) || overlap(b, r) >= len(b)*4/5) {
				return true
			}
		}
		return false
	}
}

// successors finds, for each directorate of the earlier revision that the
// later one does not have, the later directorate that received most of its
// linked objectives.
func successors(prev, next *revision, links []link) map[string]string {
	nextDirs := next.directorates()
	counts := map[string]map[string]int{}
	for _, l := range links {
		from := directorateKey(prev.objectives[l.prev].Directorate)
		if _, kept := nextDirs[from]; kept {
			continue
		}
		to := directorateKey(next.objectives[l.next].Directorate)
		if counts[from] == nil {
			counts[from] = map[string]int{}
		}
		counts[from][to]++
	}
	out := map[string]string{}
	for from, tos := range counts {
		best, bestN := "", 0
		for to, n := range tos {
			if n > bestN || (n == bestN && to < best) {
				best, bestN = to, n
			}
		}
		out[from] = best
	}
	return out
}

// lineages gives every objective of every revision its chain id, walking
// each plan's revisions oldest first. A chain is named after its earliest
// occurrence, so adding a later revision never renames it.
func lineages(steps []*step, revisions []*revision) map[string]string {
	out := map[string]string{}
	for _, rv := range revisions {
		for i, id := range rv.ownLineages() {
			out[rv.objectives[i].ID] = id
		}
	}
	for _, st := range steps {
		for _, l := range st.links {
			if l.match != MatchMerged {
				out[st.next.objectives[l.next].ID] = out[st.prev.objectives[l.prev].ID]
			}
		}
	}
	return out
}

func lineageID(firstObjectiveID string) string {
	sum := sha256.Sum256([]byte(firstObjectiveID))
	return "L" + hex.EncodeToString(sum[:6])
}

// planFamily groups the revisions of one plan: the same source (the first
// segment of the act id) and the same title but for its years.
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

// model is the lineage of every plan in the index.
type model struct {
	revisions map[string]*revision // by act id
	steps     []*step              // consecutive revisions of each plan
	lineage   map[string]string    // objective id -> chain
	// chains lists each chain's objectives, oldest revision first, with
	// how each was linked to the one before.
	chains map[string][]chainEntry
}

type chainEntry struct {
	rev   *revision
	obj   int
	match string
}

// buildModel orders the plan revisions of each plan by date and links
// consecutive ones.
func buildModel(records []*actRecord) *model {
	return updateModel(nil, nil, records)
}

// updateModel is buildModel reusing what prev (a model of earlier records,
// or nil) computed: the revisions of the acts whose record is the same
// (same act, same digest) and the comparisons of two such revisions. An
// update of one revision then compares only it with its neighbours,
// instead of every plan's revisions again. saved are steps read from disk
// (loadSteps), used the same way.
func updateModel(prev *model, saved map[stepKey]*savedStep, records []*actRecord) *model {
	m := &model{revisions: map[string]*revision{}, chains: map[string][]chainEntry{}}
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
	var ordered []*revision
	for _, fam := range families {
		slices.SortFunc(fam, func(a, b *revision) int {
			return cmp.Or(cmp.Compare(a.rec.Act.Date, b.rec.Act.Date),
				cmp.Compare(a.rec.Act.Number, b.rec.Act.Number), cmp.Compare(a.rec.Act.ID, b.rec.Act.ID))
		})
		for i := 1; i < len(fam); i++ {
			st := known[pair{fam[i-1], fam[i]}]
			if s := saved[keyOf(fam[i-1], fam[i])]; st == nil && s != nil {
				st = s.restore(fam[i-1], fam[i])
			}
			if st == nil {
				st = compare(fam[i-1], fam[i])
			}
			m.steps = append(m.steps, st)
		}
		ordered = append(ordered, fam...)
	}
	m.lineage = lineages(m.steps, ordered)
	matchOf := map[string]string{}
	mergedInto := map[string][]string{} // objective id -> chains merged into it
	for _, st := range m.steps {
		for _, l := range st.links {
			next := st.next.objectives[l.next].ID
			if l.match == MatchMerged {
				mergedInto[next] = append(mergedInto[next], m.lineage[st.prev.objectives[l.prev].ID])
				continue
			}
			matchOf[next] = l.match
		}
	}
	for _, rv := range ordered {
		for i, o := range rv.objectives {
			id := m.lineage[o.ID]
			m.chains[id] = append(m.chains[id], chainEntry{rev: rv, obj: i, match: matchOf[o.ID]})
			for _, merged := range mergedInto[o.ID] {
				m.chains[merged] = append(m.chains[merged], chainEntry{rev: rv, obj: i, match: MatchMerged})
			}
		}
	}
	return m
}
