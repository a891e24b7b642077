package index

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract"
)

// A cycle fixture is a chain of yearly plans built by construction from the
// gold 2187 plan: each plan holds the next two years (2019-2020, then
// 2020-2021, …), as Milano adopts a new plan every year. Between two plans
// the generator drops, carries forward, rewords, splits and transfers
// objectives, renames, merges and splits directorates, brings back
// objectives dropped one plan earlier and adds new ones; every change is
// written into the key as it is made, so the key is exact by construction.

// logicalObjective is an objective of one plan whatever its year columns:
// its directorate and its text.
type logicalObjective struct {
	rev  int
	dir  string
	text string
}

// keyLink is an objective of plan prev.rev found again in plan next.rev
// (the next plan, or a later one after a gap), and how.
type keyLink struct {
	prev, next logicalObjective
	kind       string
}

// Kinds of key links.
const (
	keyContinued = "continued"
	keyReworded  = "reworded"
	keyMoved     = "moved"     // a transfer between directorates that both stay
	keyRenamed   = "renamed"   // its directorate was renamed, merged or split
	keyCarried   = "carried"   // its target year moved on
	keyReturned  = "returned"  // absent from the plan before, back in this one
	keySplit     = "split"     // one objective became two
	keyDeclared  = "declared"  // a move the next plan's annex records
	keyUndeclare = "undeclare" // a move only the plans show
)

// keyReorganisation is a directorate of plan rev-1 that plan rev no longer
// has, and where it went.
type keyReorganisation struct {
	rev  int
	from string
	kind string // ReorganisationRenamed, ReorganisationMerged, ReorganisationSplit
	to   []string
}

type cycleFixture struct {
	records []*actRecord
	links   []keyLink
	reorgs  []keyReorganisation
	// moves are the transfers between directorates that both stay, by the
	// plan they arrive in.
	moves []keyLink
}

type genObjective struct {
	dir, text string
	years     []int
}

// stageSwaps are the rewordings an objective's opening takes from one
// plan to the next as its work advances.
var stageSwaps = [][2]string{
	{"Avvio", "Completamento"}, {"Realizzazione", "Completamento della realizzazione"},
	{"Implementazione", "Consolidamento"}, {"Progettazione", "Attuazione"},
	{"Sviluppo", "Potenziamento"}, {"Definizione", "Adozione"},
}

// newWords make the titles of new objectives, unlike any of the vocabulary.
var newWords = [][]string{
	{"Attivazione", "Sperimentazione", "Istituzione", "Promozione", "Mappatura", "Censimento"},
	{"sportello", "osservatorio", "tavolo", "registro", "portale", "laboratorio", "cantiere"},
	{"idrico", "notturno", "giovanile", "alimentare", "civico", "ciclabile", "energetico"},
	{"Barona", "Bicocca", "Corvetto", "Gratosoglio", "Lambrate", "Quarto Oggiaro", "Niguarda", "Baggio"},
}

// newCycleFixture builds plans plans from seed, the first the gold 2187
// plan as printed.
func newCycleFixture(t testing.TB, plans int, seed uint64) *cycleFixture {
	t.Helper()
	_, base := loadGold(t, "delibera-2187-2019")
	rng := rand.New(rand.NewPCG(seed, seed*7+1))
	fx := &cycleFixture{}
	directors := map[string]string{}
	var cur []genObjective
	index := map[string]int{} // dir|text -> position in cur
	for _, d := range base.Plan.Directorates {
		if d.Director != nil {
			directors[d.Directorate] = strings.TrimSpace(d.Director.Title + " " + d.Director.Name)
		}
		for _, o := range d.Objectives {
			k := d.Directorate + "|" + normalise(o.Text)
			if i, ok := index[k]; ok {
				if !slices.Contains(cur[i].years, o.Year) {
					cur[i].years = append(cur[i].years, o.Year)
				}
				continue
			}
			index[k] = len(cur)
			cur = append(cur, genObjective{dir: d.Directorate, text: o.Text, years: []int{o.Year}})
		}
	}
	fx.records = append(fx.records, fx.record(0, 2019, cur, directors, nil))
	dropped := map[int][]genObjective{} // plan -> objectives it no longer has
	newN := 0
	for rev := 1; rev < plans; rev++ {
		y := 2019 + rev // the new plan's first year
		dirs := distinctDirs(cur)
		// Reorganise: one directorate renamed every plan, two merged into
		// a new one and one split in two in alternate plans.
		rename := map[string][]string{}
		perm := rng.Perm(len(dirs))
		pick := func() string {
			d := dirs[perm[0]]
			perm = perm[1:]
			return d
		}
		renamed := pick()
		rename[renamed] = []string{fmt.Sprintf("DIREZIONE %s E INNOVAZIONE %d", strings.TrimPrefix(strings.ToUpper(renamed), "DIREZIONE "), y)}
		fx.reorgs = append(fx.reorgs, keyReorganisation{rev: rev, from: renamed, kind: ReorganisationRenamed, to: rename[renamed]})
		if rev%2 == 1 {
			a, b := pick(), pick()
			merged := fmt.Sprintf("DIREZIONE UNIFICATA %s", strings.ToUpper(newWords[3][rev%len(newWords[3])]))
			rename[a], rename[b] = []string{merged}, []string{merged}
			fx.reorgs = append(fx.reorgs, keyReorganisation{rev: rev, from: a, kind: ReorganisationMerged, to: []string{merged}},
				keyReorganisation{rev: rev, from: b, kind: ReorganisationMerged, to: []string{merged}})
		} else {
			s := pick()
			rename[s] = []string{"DIREZIONE " + strings.ToUpper(newWords[3][rev%len(newWords[3])]) + " NORD", "DIREZIONE " + strings.ToUpper(newWords[3][rev%len(newWords[3])]) + " SUD"}
			fx.reorgs = append(fx.reorgs, keyReorganisation{rev: rev, from: s, kind: ReorganisationSplit, to: rename[s]})
		}
		for from, tos := range rename {
			for _, to := range tos {
				directors[to] = directors[from]
			}
		}
		kept := slices.DeleteFunc(slices.Clone(dirs), func(d string) bool { return rename[d] != nil })
		var next []genObjective
		var changes []extract.Change
		prevAct := fx.records[rev-1].Act
		splitTurn := 0
		// A title several directorates plan is one the plans alone cannot
		// follow across directorates: only unique titles move, split or
		// come back; rewordings never make a title already planned.
		titles := map[string]int{}
		for _, o := range cur {
			titles[normalise(o.text)]++
		}
		for _, o := range cur {
			prevLO := logicalObjective{rev: rev - 1, dir: o.dir, text: o.text}
			unique := titles[normalise(o.text)] == 1
			if rng.Float64() < 0.06 {
				dropped[rev] = append(dropped[rev], o)
				continue
			}
			n := o
			kind := keyContinued
			if tos := rename[o.dir]; tos != nil {
				n.dir = tos[0]
				if len(tos) > 1 {
					n.dir = tos[splitTurn%len(tos)]
					splitTurn++
				}
				kind = keyRenamed
			} else if rng.Float64() < 0.04 && len(kept) > 1 && unique {
				to := kept[rng.IntN(len(kept))]
				if to != o.dir {
					n.dir = to
					kind = keyMoved
					if rng.Float64() < 0.7 {
						reason := fmt.Sprintf("Trasferito rispetto al Piano approvato con deliberazione di Giunta Comunale n. %d del %s", prevAct.Number, prevAct.Date)
						changes = append(changes,
							extract.Change{Directorate: o.dir, Kind: extract.ChangeTransferOut, Counterpart: &to, Reason: &reason, Text: o.text},
							extract.Change{Directorate: to, Kind: extract.ChangeTransferIn, Counterpart: &o.dir, Text: o.text})
					}
				}
			}
			if kind == keyContinued && unique && !strings.HasPrefix(o.text, "Prosecuzione") && rng.Float64() < 0.08 {
				if r := reword(o.text); titles[normalise(r)] == 0 {
					n.text = r
					kind = keyReworded
				}
			}
			// Years: the later column goes on; an objective of the first
			// year only is carried forward to the next.
			if slices.Contains(o.years, y) {
				n.years = []int{y}
				if rng.Float64() < 0.6 {
					n.years = append(n.years, y+1)
				}
			} else {
				n.years = []int{y}
				if kind == keyContinued {
					kind = keyCarried
				}
			}
			if left, right, ok := splitTitle(o.text); ok && kind == keyContinued && unique && rng.Float64() < 0.15 {
				a, b := n, n
				a.text, b.text = left, right
				next = append(next, a, b)
				fx.links = append(fx.links, keyLink{prev: prevLO, next: logicalObjective{rev, a.dir, a.text}, kind: keySplit},
					keyLink{prev: prevLO, next: logicalObjective{rev, b.dir, b.text}, kind: keySplit})
				continue
			}
			next = append(next, n)
			l := keyLink{prev: prevLO, next: logicalObjective{rev, n.dir, n.text}, kind: kind}
			fx.links = append(fx.links, l)
			if kind == keyMoved {
				fx.moves = append(fx.moves, l)
			}
		}
		// Objectives dropped from the plan before come back in this one,
		// in their directorate if it is still there.
		for _, o := range dropped[rev-1] {
			if rename[o.dir] != nil || !slices.Contains(dirs, o.dir) || titles[normalise(o.text)] > 0 || rng.Float64() < 0.5 {
				continue
			}
			n := o
			n.years = []int{y}
			next = append(next, n)
			fx.links = append(fx.links, keyLink{prev: logicalObjective{rev - 2, o.dir, o.text}, next: logicalObjective{rev, n.dir, n.text}, kind: keyReturned})
		}
		// New objectives, half of them declared by the annex.
		for range 4 + rng.IntN(5) {
			// Each new title draws one word of each list, none shared with
			// the titles new before it but by chance of the first two.
			newN++
			text := fmt.Sprintf("%s del %s %s di %s", newWords[0][rng.IntN(len(newWords[0]))], newWords[1][newN%len(newWords[1])],
				newWords[2][(newN/len(newWords[1]))%len(newWords[2])], newWords[3][newN%len(newWords[3])])
			if titles[normalise(text)] > 0 {
				continue
			}
			titles[normalise(text)]++
			dir := kept[rng.IntN(len(kept))]
			next = append(next, genObjective{dir: dir, text: text, years: []int{y, y + 1}})
			if rng.Float64() < 0.5 {
				changes = append(changes, extract.Change{Directorate: dir, Kind: extract.ChangeNew, Text: text})
			}
		}
		fx.records = append(fx.records, fx.record(rev, y, next, directors, changes))
		cur = next
	}
	return fx
}

// record lays the plan out as an extraction would give it.
func (fx *cycleFixture) record(rev, firstYear int, objs []genObjective, directors map[string]string, changes []extract.Change) *actRecord {
	plan := &extract.Plan{Title: fmt.Sprintf("Piano degli Obiettivi %d-%d", firstYear, firstYear+2), Years: []int{firstYear, firstYear + 1}}
	byDir := map[string]int{}
	for _, o := range objs {
		i, ok := byDir[o.dir]
		if !ok {
			i = len(plan.Directorates)
			byDir[o.dir] = i
			title, name, _ := strings.Cut(directors[o.dir], " ")
			plan.Directorates = append(plan.Directorates, extract.Directorate{Directorate: o.dir, Director: &extract.Person{Title: title, Name: name}})
		}
		d := &plan.Directorates[i]
		for _, y := range o.years {
			n := 1
			for _, x := range d.Objectives {
				if x.Year == y {
					n++
				}
			}
			d.Objectives = append(d.Objectives, extract.Objective{Year: y, N: n, Text: o.text, Page: 10 + i})
		}
	}
	number := 2187 + 500*rev
	date := fmt.Sprintf("%d-12-06", 2019+rev)
	if rev > 0 {
		date = fmt.Sprintf("%d-03-20", firstYear)
	}
	ref := ActRef{ID: fmt.Sprintf("milano/giunta/%s/%d", date[:4], number), Organ: "Giunta Comunale", Number: number, Date: date}
	return newActRecord(ref, fmt.Sprint("cycle", rev), &extract.Result{Plan: plan, Changes: changes,
		Act: &extract.Act{Subject: plan.Title}})
}

func distinctDirs(objs []genObjective) []string {
	var out []string
	for _, o := range objs {
		if !slices.Contains(out, o.dir) {
			out = append(out, o.dir)
		}
	}
	return out
}

// reword advances an objective's opening a stage ("Avvio …" becomes
// "Completamento …"), or else marks it continued.
func reword(text string) string {
	for _, s := range stageSwaps {
		if rest, ok := strings.CutPrefix(text, s[0]+" "); ok {
			return s[1] + " " + rest
		}
	}
	return "Prosecuzione: " + text
}

// splitTitle cuts a title of two works joined by " e " into both, when each
// half has words enough to stand alone.
func splitTitle(text string) (string, string, bool) {
	left, right, ok := strings.Cut(text, " e ")
	if !ok || len(contentWords(normalise(left))) < 3 || len(contentWords(normalise(right))) < 3 {
		return "", "", false
	}
	return left, strings.ToUpper(right[:1]) + right[1:], true
}
