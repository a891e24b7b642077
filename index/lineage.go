package index

import (
	"cmp"
	"slices"
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
	// MatchSplit links an objective to a second one of the later revision
	// that continues part of it: one objective became two.
	MatchSplit = "split"
	// MatchReturned links an objective to one of an earlier revision than
	// the one before: absent from a plan, it came back in the next.
	MatchReturned = "returned"
)

// ambiguityMargin is how close a rival candidate's score must be for a
// link to be reported as ambiguous; crossYearPenalty keeps every link
// across year columns behind any link within one.
const (
	ambiguityMargin  = 0.05
	crossYearPenalty = 0.5
)

// Thresholds of similar titles. A title edited between revisions keeps most
// of its words (dice); a title cut short or extended keeps the shorter
// one's words (containment). An annex record that names both texts lowers
// the bar: the document itself says they are one objective.
const (
	similarDice = 0.6
	// crossDirectorateDice is the likeness an edited title needs to be
	// followed into another directorate without the annex's word.
	crossDirectorateDice = 0.8
	similarContainment   = 0.9
	declaredDice         = 0.2
	minContainedWords    = 3
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

// objectiveKey names objective i whatever its year column: the same
// title in the same directorate is one objective.
func (rv *revision) objectiveKey(i int) string {
	return rv.directorateKeys()[i] + "|" + rv.normalised[i]
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
	// ambiguous says another candidate was as likely: the link is the
	// best guess, not a certainty.
	ambiguous bool
}

// step is the comparison of two revisions of a plan.
type step struct {
	prev, next *revision
	links      []link
	// successor maps the directorateKey of each earlier directorate that
	// the later revision no longer has to the later directorate that took
	// most of its objectives: a rename, or the main heir of a split.
	successor map[string]string
	// heirs maps each directorate the later revision no longer has to the
	// new directorates that took a share of its objectives.
	heirs map[string]map[string]bool

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
// successor. Each kind of likeness is tried in the same year column first,
// then across columns: a new plan cycle shifts the years (the December
// update of 2019-2021 holds 2019 and 2020, the next plan 2020 and 2021),
// and an objective carried forward has its target year moved on.
func compare(prev, next *revision) *step {
	prev.analyseTexts()
	next.analyseTexts()
	st := &step{prev: prev, next: next}
	usedPrev := make([]bool, len(prev.objectives))
	usedNext := make([]bool, len(next.objectives))
	// The year columns of one objective go on as the columns of one
	// objective: once a column is linked, its siblings (the same title in
	// the same directorate) link across year columns only with the
	// siblings of its partner. (Within one year column a plan may move one
	// column of an objective and keep the other: the gold 2187 does.)
	prevPartner, nextPartner := map[string]string{}, map[string]string{}
	assign := func(cands []link) {
		slices.SortStableFunc(cands, func(a, b link) int {
			return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.prev, b.prev), cmp.Compare(a.next, b.next))
		})
		for i, c := range cands {
			if usedPrev[c.prev] || usedNext[c.next] {
				continue
			}
			pk, nk := prev.objectiveKey(c.prev), next.objectiveKey(c.next)
			if prev.objectives[c.prev].Year != next.objectives[c.next].Year {
				if q, ok := prevPartner[pk]; ok && q != nk {
					continue
				}
				if q, ok := nextPartner[nk]; ok && q != pk {
					continue
				}
			}
			if _, ok := prevPartner[pk]; !ok {
				prevPartner[pk] = nk
			}
			if _, ok := nextPartner[nk]; !ok {
				nextPartner[nk] = pk
			}
			usedPrev[c.prev], usedNext[c.next] = true, true
			// A rival as likely, for the same objective on either side,
			// makes the choice a guess: say so.
			for _, r := range cands[i+1:] {
				if r.score < c.score-ambiguityMargin {
					break
				}
				if (r.prev == c.prev && !usedNext[r.next]) || (r.next == c.next && !usedPrev[r.prev]) {
					c.ambiguous = true
					break
				}
			}
			st.links = append(st.links, c)
		}
	}
	// affinity scores how likely an objective stayed with its directorate:
	// 2 the same one, 1 its successor, 0 elsewhere.
	affinity := func(p, n int) int {
		from, to := prev.directorateKeys()[p], next.directorateKeys()[n]
		switch {
		case from == to:
			return 2
		case st.successor[from] == to || st.heirs[from][to]:
			return 1
		}
		return 0
	}
	// yearPenalty keeps a link across year columns behind every link
	// within one; a column moved forward is likelier than one moved back.
	yearPenalty := func(p, n int) float64 {
		py, ny := prev.objectives[p].Year, next.objectives[n].Year
		switch {
		case py == ny:
			return 0
		case ny > py:
			return crossYearPenalty + 0.01*float64(ny-py-1)
		}
		return crossYearPenalty + 0.05 + 0.01*float64(py-ny)
	}

	// Pass 1: the same text, then the same normalised text; titles unique
	// on both sides first, in the same year column before across columns.
	prevBy, nextBy := map[string][]int{}, map[string][]int{}
	for p := range prev.objectives {
		prevBy[prev.normalised[p]] = append(prevBy[prev.normalised[p]], p)
	}
	for n := range next.objectives {
		nextBy[next.normalised[n]] = append(nextBy[next.normalised[n]], n)
	}
	// A title repeated in several directorates is linked across them only
	// after every likeness within one: an edited title that stays is
	// likelier than the same words that another directorate also plans.
	sameCandidates := func(uniqueOnly, acrossYears, anyDirectorate bool) []link {
		var cands []link
		for k, all := range prevBy {
			ps := slices.DeleteFunc(slices.Clone(all), func(p int) bool { return usedPrev[p] })
			ns := slices.DeleteFunc(slices.Clone(nextBy[k]), func(n int) bool { return usedNext[n] })
			for _, p := range ps {
				for _, n := range ns {
					sameYear := prev.objectives[p].Year == next.objectives[n].Year
					if sameYear == acrossYears || uniqueOnly && (countYear(prev, ps, prev.objectives[p].Year, acrossYears) > 1 || countYear(next, ns, next.objectives[n].Year, acrossYears) > 1) {
						continue
					}
					// Unique in its year column is not unique enough to cross
					// directorates: the title must stand once on each side.
					if affinity(p, n) == 0 && (uniqueOnly || acrossYears) && (len(ps) > 1 || len(ns) > 1) {
						continue
					}
					if !uniqueOnly && !anyDirectorate && affinity(p, n) == 0 {
						continue
					}
					l := link{prev: p, next: n, match: MatchNormalised, score: 2}
					if prev.objectives[p].Text == next.objectives[n].Text {
						l.match, l.score = MatchExact, 3
					}
					l.score += 0.1*float64(affinity(p, n)) - yearPenalty(p, n)
					cands = append(cands, l)
				}
			}
		}
		return cands
	}
	// Titles unique on both sides show where directorates went; repeated
	// titles then follow their directorate or its successor, twice, since
	// each round may reveal successors the next one needs.
	for _, across := range []bool{false, true} {
		assign(sameCandidates(true, across, false))
		st.learnDirectorates()
	}
	for range 2 {
		for _, across := range []bool{false, true} {
			assign(sameCandidates(false, across, false))
			st.learnDirectorates()
		}
	}

	// Pass 2: similar texts among the objectives left, candidates drawn
	// from shared words. A title that only contains the other needs the
	// directorate to agree; a weak likeness needs the annex's word.
	support := annexSupport(prev, next)
	declaredNew := next.declaredNew()
	similarCandidates := func(acrossYears bool) []link {
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
					if seen[n] || (prev.objectives[p].Year == next.objectives[n].Year) == acrossYears {
						continue
					}
					seen[n] = true
					a, b := prev.words[p], next.words[n]
					shared := overlap(a, b)
					d, aff := diceOf(shared, a, b), affinity(p, n)
					score := d + 0.3*float64(aff) - yearPenalty(p, n)
					// The annex is searched once a pair, when asked.
					vouched, asked := false, false
					annexVouches := func() bool {
						if !asked {
							vouched, asked = support(p, n), true
						}
						return vouched
					}
					// Across both year columns and directorates, a likeness
					// alone is too weak: the annex must vouch for it.
					if acrossYears && aff == 0 && !annexVouches() {
						continue
					}
					// An edited title in another directorate must be nearly
					// the same, or vouched for by the annex.
					if aff == 0 && d < crossDirectorateDice && !annexVouches() {
						continue
					}
					switch {
					case d >= similarDice || (aff > 0 && containsOf(shared, a, b)):
						cands = append(cands, link{prev: p, next: n, match: MatchSimilar, score: 1 + score})
					case d >= declaredDice && annexVouches():
						cands = append(cands, link{prev: p, next: n, match: MatchDeclared, score: score})
					}
				}
			}
		}
		return cands
	}
	for _, across := range []bool{false, true} {
		assign(similarCandidates(across))
		st.learnDirectorates()
	}
	for _, across := range []bool{false, true} {
		assign(sameCandidates(false, across, true))
	}
	st.learnDirectorates()

	// Pass 3: two objectives the annex transfers into one (the same title
	// sent by two directorates) both continue in it.
	transferred := next.transferRecords()
	for p := range prev.objectives {
		if usedPrev[p] {
			continue
		}
		for _, l := range st.links {
			n := l.next
			if l.match == MatchMerged || l.match == MatchSplit || prev.objectives[p].Year != next.objectives[n].Year ||
				affinity(p, n) == 2 || !similarWords(prev.words[p], next.words[n]) || !transferred(prev.words[p]) {
				continue
			}
			usedPrev[p] = true
			st.links = append(st.links, link{prev: p, next: n, match: MatchMerged, score: dice(prev.words[p], next.words[n])})
			break
		}
	}

	// Pass 4: one objective become two. A new title that is part of a
	// linked earlier one, in its directorate or its successor, is the
	// other half of a split.
	for n := range next.objectives {
		if usedNext[n] || declaredNew[n] || len(next.words[n]) < minContainedWords {
			continue
		}
		best, bestScore := -1, 0.0
		for _, l := range st.links {
			p := l.prev
			if l.match == MatchMerged || l.match == MatchSplit || affinity(p, n) == 0 ||
				containment(next.words[n], prev.words[p]) < similarContainment || len(next.words[n]) >= len(prev.words[p]) ||
				!coversSplit(prev.words[p], next.words[l.next], next.words[n]) {
				continue
			}
			if s := dice(next.words[n], prev.words[p]); s > bestScore {
				best, bestScore = p, s
			}
		}
		if best >= 0 {
			usedNext[n] = true
			st.links = append(st.links, link{prev: best, next: n, match: MatchSplit, score: bestScore})
		}
	}
	return st
}

// splitCover is how much of an earlier title the two halves of a split
// must hold together, and splitOverlap how little of one half the other
// may hold: a split divides the title, it does not repeat it.
const (
	splitCover   = 0.8
	splitOverlap = 0.5
)

// coversSplit says whether titles a and b, the later halves, divide the
// earlier title whole between them.
func coversSplit(whole, a, b []string) bool {
	union := slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(a), b...))))
	return len(whole) > 0 && float64(overlap(whole, union)) >= splitCover*float64(len(whole)) && float64(overlap(a, b)) <= splitOverlap*float64(min(len(a), len(b)))
}

// countYear counts the objectives among idx in year (in any year when
// acrossYears: a title then stands once on its side whatever its columns).
func countYear(rv *revision, idx []int, year int, acrossYears bool) int {
	if acrossYears {
		return len(idx)
	}
	n := 0
	for _, i := range idx {
		if rv.objectives[i].Year == year {
			n++
		}
	}
	return n
}

// declaredNew are the objectives the revision's annex declares new in
// their directorate: they continue nothing, however alike their title.
func (rv *revision) declaredNew() map[int]bool {
	out := map[int]bool{}
	keys := rv.directorateKeys()
	for _, c := range rv.changes {
		if c.Kind != extract.ChangeNew {
			continue
		}
		words, key := contentWords(normalise(c.Text)), directorateKey(c.Directorate)
		for n := range rv.objectives {
			if keys[n] == key && similarWords(words, rv.words[n]) {
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

// containsOf says whether one title is the other cut short or extended,
// for titles sharing n words.
func containsOf(n int, a, b []string) bool {
	return containmentOf(n, a, b) >= similarContainment && min(len(a), len(b)) >= minContainedWords
}

// similarWords says whether two titles' words are close enough to be the
// same objective on their own.
func similarWords(a, b []string) bool { return similarOf(overlap(a, b), a, b) }

// similarOf is similarWords for titles sharing n words, counted once.
func similarOf(n int, a, b []string) bool {
	return diceOf(n, a, b) >= similarDice || containsOf(n, a, b)
}

// annexSupport returns whether a record of the later revision's changes
// annex holds both an objective p of prev and one n of next: a retitled
// record prints the struck-out title beside the new one, a transfer record
// names what moved. The records holding each objective are found once: an
// objective is asked about with every candidate it shares a word with.
func annexSupport(prev, next *revision) func(p, n int) bool {
	var records [][]string
	for _, c := range next.changes {
		records = append(records, contentWords(normalise(c.Text)))
	}
	// held says whether record r holds the title a: alike, or with four
	// fifths of its words.
	held := func(a, r []string) bool {
		n := overlap(a, r)
		return similarOf(n, a, r) || n >= len(a)*4/5
	}
	holders := func(rv *revision) func(int) []int {
		found := make([][]int, len(rv.objectives))
		done := make([]bool, len(rv.objectives))
		return func(i int) []int {
			if !done[i] {
				done[i] = true
				for r, words := range records {
					if held(rv.words[i], words) {
						found[i] = append(found[i], r)
					}
				}
			}
			return found[i]
		}
	}
	prevHolders, nextHolders := holders(prev), holders(next)
	return func(p, n int) bool {
		a := prevHolders(p)
		if len(a) == 0 {
			return false
		}
		b := nextHolders(n)
		for i, j := 0, 0; i < len(a) && j < len(b); {
			switch {
			case a[i] == b[j]:
				return true
			case a[i] < b[j]:
				i++
			default:
				j++
			}
		}
		return false
	}
}

// learnDirectorates reads, from the links so far, where the directorates
// the later revision no longer has went: the main successor of each, and
// every new directorate that took a share of it (the heirs of a split).
func (st *step) learnDirectorates() {
	st.successor = successors(st.prev, st.next, st.links)
	st.heirs = heirsOf(st.prev, st.next, st.links)
}

// heirsOf maps each directorate of prev that next no longer has to the new
// directorates of next that took at least minHeirObjectives of its linked
// objectives.
func heirsOf(prev, next *revision, links []link) map[string]map[string]bool {
	prevDirs, nextDirs := prev.directorates(), next.directorates()
	counts := map[string]map[string]int{}
	for _, l := range links {
		from, to := prev.directorateKeys()[l.prev], next.directorateKeys()[l.next]
		_, kept := nextDirs[from]
		_, existed := prevDirs[to]
		if kept || existed {
			continue
		}
		if counts[from] == nil {
			counts[from] = map[string]int{}
		}
		counts[from][to]++
	}
	heirs := map[string]map[string]bool{}
	for from, tos := range counts {
		for to, n := range tos {
			if n >= minHeirObjectives {
				if heirs[from] == nil {
					heirs[from] = map[string]bool{}
				}
				heirs[from][to] = true
			}
		}
	}
	return heirs
}

// successors finds, for each directorate of the earlier revision that the
// later one does not have, the later directorate that received most of its
// linked objectives.
func successors(prev, next *revision, links []link) map[string]string {
	nextDirs := next.directorates()
	counts := map[string]map[string]int{}
	for _, l := range links {
		from := prev.directorateKeys()[l.prev]
		if _, kept := nextDirs[from]; kept {
			continue
		}
		to := next.directorateKeys()[l.next]
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
