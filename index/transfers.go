package index

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/openalbo/albo/extract"
)

// declaredTransfer is a move the changes annex of the later revision
// records: its outgoing record, its incoming record, or both paired.
type declaredTransfer struct {
	out, in  *extract.Change
	text     string
	from, to string // the directorates, as the plans name them where found
	// nexts are the objectives of the later revision it names, one per
	// year column (a title is often planned for two years); links are the
	// links (indexes in step.links) that observe the move.
	nexts, links []int
}

// observe finds the declared transfer in the later plan: in each year, the
// receiving directorate's objective most like the record's title, and the
// link that brought it from the directorate that gives it away.
func (st *step) observe(dt *declaredTransfer, claimed map[int]bool) {
	text := normalise(dt.text)
	words := contentWords(text)
	to := directorateKey(dt.to)
	keys := st.next.directorateKeys()
	best := map[int]int{} // year -> objective
	bestScore := map[int]float64{}
	for n, o := range st.next.objectives {
		if keys[n] != to || !similarWords(words, st.next.words[n]) {
			continue
		}
		score := dice(words, st.next.words[n])
		if text == st.next.normalised[n] {
			score = 2
		}
		if _, ok := best[o.Year]; !ok || score > bestScore[o.Year] {
			best[o.Year], bestScore[o.Year] = n, score
		}
	}
	for _, year := range slices.Sorted(maps.Keys(best)) {
		n := best[year]
		dt.nexts = append(dt.nexts, n)
		found, foundScore := -1, -1.0
		for li, l := range st.links {
			if l.next != n || claimed[li] || !st.moved(l) {
				continue
			}
			// The giving directorate must agree (by name or as the
			// predecessor of the one named): a title that also sits in a
			// renamed directorate is not what the record moved.
			if s := st.nameMatch(st.prev.objectives[l.prev].Directorate, dt.from); s >= 0.5 && s > foundScore {
				found, foundScore = li, s
			}
		}
		if found >= 0 {
			claimed[found] = true
			dt.links = append(dt.links, found)
		}
	}
}

// nameMatch scores how well two directorate names designate the same
// directorate across the step: 1 for the same one or a predecessor and its
// successor, else the share of words they have in common.
func (st *step) nameMatch(a, b string) float64 {
	ka, kb := directorateKey(a), directorateKey(b)
	if ka == kb || st.successor[ka] == kb || st.successor[kb] == ka {
		return 1
	}
	return dice(contentWords(ka), contentWords(kb))
}

// resolve names an annex's directorate as the plans print it: the later
// revision's directorate first, then the earlier one's ("ex Direzione …"),
// else the name as the annex prints it.
func (st *step) resolve(name string) string {
	key := directorateKey(name)
	for _, rv := range []*revision{st.next, st.prev} {
		dirs := rv.directorates()
		if printed, ok := dirs[key]; ok {
			return printed
		}
		best, bestScore := "", 0.5
		for k, printed := range dirs {
			if s := dice(contentWords(key), contentWords(k)); s > bestScore || (s == bestScore && best != "" && printed < best) {
				best, bestScore = printed, s
			}
		}
		if best != "" {
			return best
		}
	}
	return name
}

// sameText says whether two titles name the same objective.
func sameText(a, b string) bool {
	na, nb := normalise(a), normalise(b)
	if na == nb {
		return true
	}
	return similarWords(contentWords(na), contentWords(nb))
}

// declaredTransfers pairs the annex's outgoing records with incoming ones
// (same objective, the receiving directorate of the one is the directorate
// of the other) and finds each transfer in the later plan and its links.
func declaredTransfers(st *step) []declaredTransfer {
	st.prev.analyseTexts()
	st.next.analyseTexts()
	var outs, ins []int
	for i, c := range st.next.changes {
		switch c.Kind {
		case extract.ChangeTransferOut:
			outs = append(outs, i)
		case extract.ChangeTransferIn:
			ins = append(ins, i)
		}
	}
	type pair struct {
		out, in int
		score   float64
	}
	var cands []pair
	for _, o := range outs {
		oc := st.next.changes[o]
		for _, i := range ins {
			ic := st.next.changes[i]
			if oc.Counterpart == nil || !sameText(oc.Text, ic.Text) || st.nameMatch(*oc.Counterpart, ic.Directorate) < 0.5 {
				continue
			}
			score := dice(contentWords(normalise(oc.Text)), contentWords(normalise(ic.Text)))
			if ic.Counterpart != nil {
				score += st.nameMatch(oc.Directorate, *ic.Counterpart)
			}
			cands = append(cands, pair{o, i, score})
		}
	}
	slices.SortStableFunc(cands, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.out, b.out), cmp.Compare(a.in, b.in))
	})
	pairedOut, pairedIn := map[int]bool{}, map[int]bool{}
	var out []declaredTransfer
	for _, c := range cands {
		if !pairedOut[c.out] && !pairedIn[c.in] {
			pairedOut[c.out], pairedIn[c.in] = true, true
			out = append(out, declaredTransfer{out: &st.next.changes[c.out], in: &st.next.changes[c.in]})
		}
	}
	for _, o := range outs {
		if !pairedOut[o] {
			out = append(out, declaredTransfer{out: &st.next.changes[o]})
		}
	}
	for _, i := range ins {
		if !pairedIn[i] {
			out = append(out, declaredTransfer{in: &st.next.changes[i]})
		}
	}
	claimed := map[int]bool{} // links already explained by a record
	for k := range out {
		dt := &out[k]
		if dt.out != nil {
			dt.text, dt.from = dt.out.Text, st.resolve(dt.out.Directorate)
			if dt.out.Counterpart != nil {
				dt.to = st.resolve(*dt.out.Counterpart)
			}
		}
		if dt.in != nil {
			dt.text, dt.to = dt.in.Text, st.resolve(dt.in.Directorate)
			if dt.in.Counterpart != nil && dt.from == "" {
				dt.from = st.resolve(*dt.in.Counterpart)
			}
		}
		st.observe(dt, claimed)
	}
	return out
}

// moved says whether a link crosses directorates.
func (st *step) moved(l link) bool {
	return directorateKey(st.prev.objectives[l.prev].Directorate) != directorateKey(st.next.objectives[l.next].Directorate)
}

// renamed says whether a move only follows its directorate's new name: the
// earlier directorate is gone and this is where most of it went.
func (st *step) renamed(l link) bool {
	from := directorateKey(st.prev.objectives[l.prev].Directorate)
	if _, kept := st.next.directorates()[from]; kept {
		return false
	}
	return st.successor[from] == directorateKey(st.next.objectives[l.next].Directorate)
}

// declaredLinks are the links some annex record accounts for.
func (st *step) declaredLinks() map[int]*declaredTransfer {
	out := map[int]*declaredTransfer{}
	declared := st.declaredTransfers()
	for k := range declared {
		for _, li := range declared[k].links {
			out[li] = &declared[k]
		}
	}
	return out
}

// transfers lists the step's moves between directorates: those the annex
// declares (observed too where the plans show them) and those only the
// plans show, leaving out the moves that follow a renamed directorate.
func (st *step) transfers(lineage map[string]string) []Transfer {
	act, prevAct := st.next.rec.Act, st.prev.rec.Act
	var out []Transfer
	for _, dt := range st.declaredTransfers() {
		t := Transfer{Text: dt.text, From: dt.from, To: dt.to, Act: act, Evidence: EvidenceDeclared,
			Paired: dt.out != nil && dt.in != nil}
		for _, c := range []*extract.Change{dt.out, dt.in} {
			if c == nil {
				continue
			}
			t.Records = append(t.Records, *c)
			if c.Reason != nil && t.Reason == "" {
				t.Reason = *c.Reason
			}
		}
		if len(dt.links) == 0 {
			if len(dt.nexts) > 0 {
				o := st.next.objectives[dt.nexts[0]]
				t.Text, t.Lineage = o.Text, lineage[o.ID]
			}
			out = append(out, t)
			continue
		}
		// One transfer per objective moved: a title planned in two year
		// columns is two objectives.
		for _, li := range dt.links {
			l := st.links[li]
			o := st.next.objectives[l.next]
			both := t
			both.Text, both.Lineage, both.Evidence = o.Text, lineage[st.prev.objectives[l.prev].ID], EvidenceBoth
			both.From, both.FromAct = st.prev.objectives[l.prev].Directorate, &prevAct
			out = append(out, both)
		}
	}
	declared := st.declaredLinks()
	for li, l := range st.links {
		if !st.moved(l) || declared[li] != nil || st.renamed(l) {
			continue
		}
		o := st.next.objectives[l.next]
		out = append(out, Transfer{Text: o.Text, From: st.prev.objectives[l.prev].Directorate, To: o.Directorate,
			Act: act, Evidence: EvidenceObserved, Lineage: lineage[o.ID], FromAct: &prevAct})
	}
	return out
}

// contradictions lists where the step's annex disagrees with itself or
// with the later plan.
func (st *step) contradictions() []Contradiction {
	act := st.next.rec.Act
	var out []Contradiction
	for _, dt := range st.declaredTransfers() {
		switch {
		case dt.out != nil && dt.in == nil:
			out = append(out, Contradiction{Kind: ContradictionUnmatchedOut, Act: act, Text: dt.out.Text,
				Detail: "the annex transfers it from " + dt.from + " to " + dt.to + ", but " + dt.to + " records no incoming transfer of it",
				Places: []string{dt.from, dt.to}})
		case dt.in != nil && dt.out == nil:
			out = append(out, Contradiction{Kind: ContradictionUnmatchedIn, Act: act, Text: dt.in.Text,
				Detail: "the annex has " + dt.to + " receive it from " + dt.from + ", but " + dt.from + " records no outgoing transfer of it",
				Places: []string{dt.from, dt.to}})
		}
		if len(dt.nexts) == 0 {
			out = append(out, Contradiction{Kind: ContradictionNotInPlan, Act: act, Text: dt.text,
				Detail: "the annex transfers it to " + dt.to + ", but the plan has no such objective there",
				Places: []string{dt.to}})
		}
	}
	return append(out, st.severalPlaces()...)
}

// sameClaimDice is how alike two records' titles must be to be read as one
// objective placed twice: stricter than similarWords, because titles of
// one annex that share a long stem are often distinct objectives.
const sameClaimDice = 0.8

// severalPlaces finds objectives the annex sends to, receives in or
// creates in more than one directorate.
func (st *step) severalPlaces() []Contradiction {
	type claim struct {
		words []string
		text  string
		dest  []string
	}
	var claims []*claim
	for _, c := range st.next.changes {
		var dest string
		switch c.Kind {
		case extract.ChangeTransferOut:
			if c.Counterpart == nil {
				continue
			}
			dest = st.resolve(*c.Counterpart)
		case extract.ChangeTransferIn, extract.ChangeNew:
			dest = st.resolve(c.Directorate)
		default:
			continue
		}
		words := contentWords(normalise(c.Text))
		var found *claim
		for _, cl := range claims {
			if dice(cl.words, words) >= sameClaimDice {
				found = cl
				break
			}
		}
		if found == nil {
			found = &claim{words: words, text: c.Text}
			claims = append(claims, found)
		}
		if !slices.ContainsFunc(found.dest, func(d string) bool { return directorateKey(d) == directorateKey(dest) }) {
			found.dest = append(found.dest, dest)
		}
	}
	var out []Contradiction
	for _, cl := range claims {
		if len(cl.dest) > 1 {
			out = append(out, Contradiction{Kind: ContradictionManyPlaces, Act: st.next.rec.Act, Text: cl.text,
				Detail: "the annex places it in " + strings.Join(cl.dest, "; "), Places: cl.dest})
		}
	}
	return out
}

// diff reports the step as added, removed, moved and retitled objectives.
func (st *step) diff(lineage map[string]string) *Diff {
	d := &Diff{From: st.prev.rec.Act, To: st.next.rec.Act,
		Added: []DiffEntry{}, Removed: []DiffEntry{}, Moved: []DiffEntry{}, Retitled: []DiffEntry{}}
	linkedPrev, linkedNext := map[int]bool{}, map[int]bool{}
	declared := st.declaredLinks()
	for li, l := range st.links {
		linkedPrev[l.prev], linkedNext[l.next] = true, true
		p, n := st.prev.objectives[l.prev], st.next.objectives[l.next]
		e := DiffEntry{Lineage: lineage[n.ID], Year: n.Year, Text: n.Text, Directorate: n.Directorate}
		if p.Text != n.Text {
			e.TextBefore = p.Text
		}
		if st.moved(l) {
			m := e
			m.DirectorateFrom = p.Directorate
			m.Declared = declared[li] != nil
			m.Basis = BasisTransfer
			if !m.Declared && st.renamed(l) {
				m.Basis = BasisRenamed
			}
			d.Moved = append(d.Moved, m)
		}
		if p.Text != n.Text {
			d.Retitled = append(d.Retitled, e)
		}
	}
	d.Reorganised = st.reorganisations()
	for i, o := range st.prev.objectives {
		if !linkedPrev[i] {
			d.Removed = append(d.Removed, DiffEntry{Lineage: lineage[o.ID], Year: o.Year, Text: o.Text, Directorate: o.Directorate})
		}
	}
	for i, o := range st.next.objectives {
		if !linkedNext[i] {
			d.Added = append(d.Added, DiffEntry{Lineage: lineage[o.ID], Year: o.Year, Text: o.Text, Directorate: o.Directorate})
		}
	}
	return d
}

// reorganisations says what became of each earlier directorate the later
// revision no longer has, from where its linked objectives went.
func (st *step) reorganisations() []Reorganisation {
	nextDirs, prevDirs := st.next.directorates(), st.prev.directorates()
	went := map[string]map[string]int{} // gone directorate key -> later directorate key -> objectives
	for _, l := range st.links {
		from := directorateKey(st.prev.objectives[l.prev].Directorate)
		if _, kept := nextDirs[from]; kept {
			continue
		}
		if went[from] == nil {
			went[from] = map[string]int{}
		}
		went[from][directorateKey(st.next.objectives[l.next].Directorate)]++
	}
	out := []Reorganisation{}
	for _, from := range slices.Sorted(maps.Keys(prevDirs)) {
		if _, kept := nextDirs[from]; kept {
			continue
		}
		r := Reorganisation{From: prevDirs[from], Kind: ReorganisationGone, To: []Successor{}}
		for to, n := range went[from] {
			r.To = append(r.To, Successor{Directorate: nextDirs[to], Objectives: n})
		}
		slices.SortFunc(r.To, func(a, b Successor) int {
			return cmp.Or(cmp.Compare(b.Objectives, a.Objectives), cmp.Compare(a.Directorate, b.Directorate))
		})
		switch {
		case len(r.To) > 1:
			r.Kind = ReorganisationSplit
		case len(r.To) == 1:
			r.Kind = ReorganisationRenamed
			if _, existed := prevDirs[directorateKey(r.To[0].Directorate)]; existed {
				r.Kind = ReorganisationMerged
			}
		}
		out = append(out, r)
	}
	return out
}
