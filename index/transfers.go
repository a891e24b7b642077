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

// title is a title as compared: normalised, and its content words.
type title struct {
	normalised string
	words      []string
}

func titleOf(s string) title {
	n := normalise(s)
	return title{n, contentWords(n)}
}

// title is the title of objective i, as analyseTexts worked it out.
func (rv *revision) title(i int) title { return title{rv.normalised[i], rv.words[i]} }

// names says whether two titles name the same objective.
func (a title) names(b title) bool {
	return a.normalised == b.normalised || similarWords(a.words, b.words)
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
	// Each record's title is compared with many: worked out once.
	titles := make(map[int]title, len(outs)+len(ins))
	for _, i := range slices.Concat(outs, ins) {
		titles[i] = titleOf(st.next.changes[i].Text)
	}
	var cands []pair
	for _, o := range outs {
		oc := st.next.changes[o]
		for _, i := range ins {
			ic := st.next.changes[i]
			if oc.Counterpart == nil || !titles[o].names(titles[i]) || st.nameMatch(*oc.Counterpart, ic.Directorate) < 0.5 {
				continue
			}
			score := dice(titles[o].words, titles[i].words)
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
	return st.prev.directorateKeys()[l.prev] != st.next.directorateKeys()[l.next]
}

// renamed says whether a move only follows its directorate's new name: the
// earlier directorate is gone and this is where most of it went.
func (st *step) renamed(l link) bool {
	from := st.prev.directorateKeys()[l.prev]
	if _, kept := st.next.directorates()[from]; kept {
		return false
	}
	to := st.next.directorateKeys()[l.next]
	// A directorate split in two: the new directorates that share its
	// objectives are its heirs too, not destinations of transfers.
	return st.successor[from] == to || st.heirs[from][to]
}

// minHeirObjectives is how many of a gone directorate's objectives a new
// directorate must take to count as one of its heirs.
const minHeirObjectives = 2

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

// transfers lists the step's moves between directorates, one per objective
// moved: those the annex declares (observed too where the plans show them)
// and those only the plans show, leaving out the moves that follow a
// renamed directorate. An objective planned in several year columns is one
// move whose Years list the columns.
func (st *step) transfers(lineage map[string]string) []Transfer {
	act, prevAct := st.next.rec.Act, st.prev.rec.Act
	var out []Transfer
	for _, dt := range st.declaredTransfers() {
		t := Transfer{Text: dt.text, From: dt.from, To: dt.to, Act: act, Evidence: EvidenceDeclared,
			Paired: dt.out != nil && dt.in != nil, Years: []TransferYear{}}
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
			for _, n := range dt.nexts {
				o := st.next.objectives[n]
				t.Years = append(t.Years, TransferYear{Year: o.Year, Lineage: lineage[o.ID], Text: o.Text})
			}
			if len(t.Years) > 0 {
				t.Text, t.Lineage = t.Years[0].Text, t.Years[0].Lineage
			}
			out = append(out, t)
			continue
		}
		// One move per directorate giving the objective away: two
		// directorates may send the same title, merged in the later plan.
		var moves []Transfer
		for _, li := range dt.links {
			l := st.links[li]
			from := st.prev.objectives[l.prev].Directorate
			i := slices.IndexFunc(moves, func(m Transfer) bool { return directorateKey(m.From) == directorateKey(from) })
			if i < 0 {
				both := t
				both.Evidence, both.From, both.FromAct = EvidenceBoth, from, &prevAct
				moves = append(moves, both)
				i = len(moves) - 1
			}
			moves[i].Years = st.addYear(moves[i].Years, l, lineage)
		}
		out = append(out, moves...)
	}
	declared := st.declaredLinks()
	first := len(out)
	// The moves observed so far, by their directorates' keys and title:
	// each link is compared with every one.
	type observed struct {
		from, to string
		title    title
	}
	var moves []observed
	st.next.analyseTexts()
	for li, l := range st.links {
		if !st.moved(l) || declared[li] != nil || st.renamed(l) {
			continue
		}
		from, to := st.prev.objectives[l.prev].Directorate, st.next.objectives[l.next].Directorate
		move := observed{directorateKey(from), directorateKey(to), st.next.title(l.next)}
		year := st.next.objectives[l.next].Year
		// The same title moved between the same directorates in another
		// year column is the same objective.
		i := -1
		for k, m := range moves {
			if m.from == move.from && m.to == move.to && m.title.names(move.title) &&
				!slices.ContainsFunc(out[first+k].Years, func(y TransferYear) bool { return y.Year == year }) {
				i = k
				break
			}
		}
		if i < 0 {
			out = append(out, Transfer{Text: st.next.objectives[l.next].Text, From: from, To: to, Act: act, Evidence: EvidenceObserved, FromAct: &prevAct, Years: []TransferYear{}})
			moves = append(moves, move)
			i = len(moves) - 1
		}
		out[first+i].Years = st.addYear(out[first+i].Years, l, lineage)
	}
	for i := range out {
		if len(out[i].Years) > 0 && out[i].Evidence != EvidenceDeclared {
			out[i].Text, out[i].Lineage = out[i].Years[0].Text, out[i].Years[0].Lineage
		}
	}
	return out
}

// addYear adds the year column a link moves to the years of a move, kept
// in year order.
func (st *step) addYear(years []TransferYear, l link, lineage map[string]string) []TransferYear {
	o := st.next.objectives[l.next]
	y := TransferYear{Year: o.Year, Lineage: lineage[st.prev.objectives[l.prev].ID], Text: o.Text}
	i, _ := slices.BinarySearchFunc(years, y.Year, func(e TransferYear, year int) int { return cmp.Compare(e.Year, year) })
	return slices.Insert(years, i, y)
}

// ByYear breaks the moves down by year column: one row per column a moved
// objective is planned in, Year and Lineage set to that column's; a move
// the plan does not hold stays one row with Year 0.
func (tr *Transfers) ByYear() []Transfer {
	out := []Transfer{}
	for _, t := range tr.Transfers {
		if len(t.Years) == 0 {
			out = append(out, t)
			continue
		}
		for _, y := range t.Years {
			row := t
			row.Year, row.Lineage, row.Text, row.Years = y.Year, y.Lineage, y.Text, []TransferYear{y}
			out = append(out, row)
		}
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
// An objective is added or removed whole: a year column it gains or loses
// while it goes on is listed in Rescheduled, and one back after a plan
// without it is added with Returned set.
func (st *step) diff(m *model) *Diff {
	d := &Diff{From: st.prev.rec.Act, To: st.next.rec.Act,
		Added: []DiffEntry{}, Removed: []DiffEntry{}, Moved: []DiffEntry{}, Retitled: []DiffEntry{}, Rescheduled: []DiffEntry{}}
	linkedPrev, linkedNext := map[int]bool{}, map[int]bool{}
	declared := st.declaredLinks()
	for li, l := range st.links {
		linkedPrev[l.prev], linkedNext[l.next] = true, true
		p, n := st.prev.objectives[l.prev], st.next.objectives[l.next]
		e := DiffEntry{Lineage: m.lineage[n.ID], Year: n.Year, Text: n.Text, Directorate: n.Directorate}
		if p.Year != n.Year {
			e.YearBefore = p.Year
		}
		if p.Text != n.Text {
			e.TextBefore = p.Text
		}
		if st.moved(l) {
			mv := e
			mv.DirectorateFrom = p.Directorate
			mv.Declared = declared[li] != nil
			mv.Ambiguous = l.ambiguous
			mv.Basis = BasisTransfer
			if !mv.Declared && st.renamed(l) {
				mv.Basis = BasisRenamed
			}
			d.Moved = append(d.Moved, mv)
		}
		if p.Text != n.Text {
			d.Retitled = append(d.Retitled, e)
		}
	}
	d.Reorganised = st.reorganisations()
	var rescheduled []DiffEntry
	d.Removed, rescheduled = st.prev.unlinked(m, linkedPrev, ColumnLost)
	d.Rescheduled = append(d.Rescheduled, rescheduled...)
	d.Added, rescheduled = st.next.unlinked(m, linkedNext, ColumnGained)
	d.Rescheduled = append(d.Rescheduled, rescheduled...)
	for i, e := range d.Added {
		if l := m.linkTo[e.id]; l != nil && l.match == MatchReturned {
			d.Added[i].Returned, d.Added[i].ReturnedFrom = true, &l.from.rec.Act
		}
	}
	return d
}

// unlinked lists the revision's objectives no link reaches: whole (an
// objective added or removed), or one year column of an objective whose
// other columns are linked (rescheduled, with column said).
func (rv *revision) unlinked(m *model, linked map[int]bool, column string) (whole, rescheduled []DiffEntry) {
	goesOn := map[string]bool{}
	for i := range rv.objectives {
		if linked[i] {
			goesOn[rv.objectiveKey(i)] = true
		}
	}
	whole, rescheduled = []DiffEntry{}, []DiffEntry{}
	for i, o := range rv.objectives {
		if linked[i] {
			continue
		}
		e := DiffEntry{Lineage: m.lineage[o.ID], Year: o.Year, Text: o.Text, Directorate: o.Directorate, id: o.ID}
		if goesOn[rv.objectiveKey(i)] {
			e.Column = column
			rescheduled = append(rescheduled, e)
			continue
		}
		whole = append(whole, e)
	}
	return whole, rescheduled
}

// mirror is the diff read the other way, from its later revision to its
// earlier one: what one added the other removed, and every move and
// retitling undone.
func (d *Diff) mirror() *Diff {
	back := func(es []DiffEntry) []DiffEntry {
		out := make([]DiffEntry, 0, len(es))
		for _, e := range es {
			if e.DirectorateFrom != "" {
				e.Directorate, e.DirectorateFrom = e.DirectorateFrom, e.Directorate
			}
			if e.TextBefore != "" {
				e.Text, e.TextBefore = e.TextBefore, e.Text
			}
			if e.YearBefore != 0 {
				e.Year, e.YearBefore = e.YearBefore, e.Year
			}
			e.Column = map[string]string{ColumnGained: ColumnLost, ColumnLost: ColumnGained}[e.Column]
			out = append(out, e)
		}
		return out
	}
	out := &Diff{From: d.To, To: d.From, Added: d.Removed, Removed: d.Added,
		Moved: back(d.Moved), Retitled: back(d.Retitled), Rescheduled: back(d.Rescheduled), Reorganised: []Reorganisation{}}
	for _, r := range d.Reorganised {
		for _, s := range r.To {
			out.Reorganised = append(out.Reorganised, Reorganisation{From: s.Directorate, Kind: reversedReorganisation[r.Kind],
				To: []Successor{{Directorate: r.From, Objectives: s.Objectives}}})
		}
	}
	return out
}

// reversedReorganisation is what a reorganisation is when read backwards.
var reversedReorganisation = map[string]string{
	ReorganisationRenamed: ReorganisationRenamed, ReorganisationMerged: ReorganisationSplit,
	ReorganisationSplit: ReorganisationMerged, ReorganisationGone: ReorganisationGone,
}

// reorganisations says what became of each earlier directorate the later
// revision no longer has, from where its linked objectives went.
func (st *step) reorganisations() []Reorganisation {
	nextDirs, prevDirs := st.next.directorates(), st.prev.directorates()
	went := map[string]map[string]int{} // gone directorate key -> later directorate key -> objectives
	for _, l := range st.links {
		from := st.prev.directorateKeys()[l.prev]
		if _, kept := nextDirs[from]; kept {
			continue
		}
		if went[from] == nil {
			went[from] = map[string]int{}
		}
		went[from][directorateKey(st.next.objectives[l.next].Directorate)]++
	}
	heirOf := map[string]int{} // later directorate key -> gone directorates it is the main heir of
	for _, to := range st.successor {
		heirOf[to]++
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
		// One objective gone elsewhere beside a main heir is a transfer
		// (or a title several directorates plan), not a branch of a split.
		for len(r.To) > 1 && r.To[len(r.To)-1].Objectives < minHeirObjectives {
			r.To = r.To[:len(r.To)-1]
		}
		switch {
		case len(r.To) > 1:
			r.Kind = ReorganisationSplit
		case len(r.To) == 1:
			r.Kind = ReorganisationRenamed
			// Merged: into a directorate that was already there, or into a
			// new one that another gone directorate also became.
			to := directorateKey(r.To[0].Directorate)
			if _, existed := prevDirs[to]; existed || heirOf[to] > 1 {
				r.Kind = ReorganisationMerged
			}
		}
		out = append(out, r)
	}
	return out
}
