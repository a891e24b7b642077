package index

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/synth"
)

// TestLineageAcrossCycles links the objectives of consecutive yearly plans
// built by construction (cycles_fixture_test.go): shifted year columns,
// carried-forward targets, rewordings, splits, transfers, renamed, merged
// and split directorates, objectives back after a gap. Every link of the
// key must be found (recall) and every link found must be in the key
// (precision), over several seeds.
func TestLineageAcrossCycles(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 4} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			fx := newCycleFixture(t, 5, seed)
			scoreLinks(t, fx, fx.records)
		})
	}
}

// TestLineageAcrossCyclesFromPDF draws the plans of a cycle fixture as
// PDF deliberations with the project's PDF writer (internal/synth), reads
// them back with the extractor and links what it read: the whole way from
// the printed page to the lineage, scored against the same key.
func TestLineageAcrossCyclesFromPDF(t *testing.T) {
	fx := newCycleFixture(t, 5, 7)
	g, err := synth.New(7)
	if err != nil {
		t.Fatal(err)
	}
	var records []*actRecord
	for _, rec := range fx.records {
		date := rec.Act.Date[8:10] + "/" + rec.Act.Date[5:7] + "/" + rec.Act.Date[:4]
		pdf, _ := g.PlanPDF(rec.Act.Number, date, *rec.Plan)
		res, err := extract.Read(context.Background(), rec.Act.ID+".pdf", pdf, extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", rec.Act.ID, err)
		}
		if res.Plan == nil {
			t.Fatalf("%s: no plan read", rec.Act.ID)
		}
		res.Changes = rec.Changes // the annex is not drawn: keep the key's
		records = append(records, newActRecord(rec.Act, res.Source.SHA256, res))
	}
	scoreLinks(t, fx, records)
}

// scoreLinks links records (the fixture's plans, as built or as read back)
// and scores every link against the fixture's key.
func scoreLinks(t *testing.T, fx *cycleFixture, records []*actRecord) {
	t.Helper()
	m := buildModel(records)
	revOf := map[*revision]int{}
	for i, rec := range records {
		revOf[m.revisions[rec.Act.ID]] = i
	}
	logical := func(rv *revision, i int) logicalObjective {
		o := rv.objectives[i]
		return logicalObjective{rev: revOf[rv], dir: directorateKey(o.Directorate), text: rv.normalised[i]}
	}
	norm := func(lo logicalObjective) logicalObjective {
		return logicalObjective{rev: lo.rev, dir: directorateKey(lo.dir), text: normalise(lo.text)}
	}
	want := map[[2]logicalObjective]string{}
	kinds := map[string]int{}
	for _, l := range fx.links {
		want[[2]logicalObjective{norm(l.prev), norm(l.next)}] = l.kind
		kinds[l.kind]++
	}
	got := map[[2]logicalObjective]string{}
	for _, l := range m.linkTo {
		if l.match == MatchMerged {
			continue
		}
		got[[2]logicalObjective{logical(l.from, l.prev), logical(l.to, l.next)}] = l.match
	}
	right := 0
	missedBy := map[string]int{}
	for k, kind := range want {
		if _, ok := got[k]; ok {
			right++
			continue
		}
		missedBy[kind]++
		if missedBy[kind] <= 3 {
			t.Logf("missed %s: %d %s %q -> %d %s %q", kind, k[0].rev, k[0].dir, k[0].text, k[1].rev, k[1].dir, k[1].text)
		}
	}
	wrong := 0
	for k, match := range got {
		if _, ok := want[k]; !ok {
			wrong++
			if wrong <= 5 {
				t.Logf("extra %s link: %d %s %q -> %d %s %q", match, k[0].rev, k[0].dir, k[0].text, k[1].rev, k[1].dir, k[1].text)
			}
		}
	}
	recall := float64(right) / float64(len(want))
	precision := float64(len(got)-wrong) / float64(max(len(got), 1))
	t.Logf("%d plans, %d key links %v: recall %.4f (%d/%d), precision %.4f (%d wrong of %d); missed by kind %v",
		len(records), len(want), kinds, recall, right, len(want), precision, wrong, len(got), missedBy)
	if recall < 0.99 || precision < 0.99 {
		t.Errorf("recall %.4f, precision %.4f: want both ≥ 0.99", recall, precision)
	}
}

// TestDiffAcrossCycles checks each step of the cycle fixtures as albo diff
// reports it: no continued objective is added or removed, every transfer
// of the key is moved between the right directorates and nothing else is
// (renamed, merged and split directorates are reorganisations, not
// transfers), each reorganisation of the key is reported with its kind,
// and the diff read backwards is the mirror of the diff read forwards.
func TestDiffAcrossCycles(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 4} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			fx := newCycleFixture(t, 5, seed)
			m := buildModel(fx.records)
			continuedPrev, continuedNext := map[string]bool{}, map[string]bool{}
			for _, l := range fx.links {
				if l.next.rev != l.prev.rev+1 {
					continue // back after a gap: removed from the plan between
				}
				continuedPrev[fmt.Sprint(l.prev.rev, directorateKey(l.prev.dir), normalise(l.prev.text))] = true
				continuedNext[fmt.Sprint(l.next.rev, directorateKey(l.next.dir), normalise(l.next.text))] = true
			}
			wantMoves := map[string]bool{}
			for _, mv := range fx.moves {
				wantMoves[fmt.Sprint(mv.next.rev, directorateKey(mv.prev.dir), "→", directorateKey(mv.next.dir), normalise(mv.next.text))] = true
			}
			gotMoves := map[string]bool{}
			var falseAdded, falseRemoved, ambiguous int
			for rev := 1; rev < len(fx.records); rev++ {
				a, b := m.revisions[fx.records[rev-1].Act.ID], m.revisions[fx.records[rev].Act.ID]
				d := m.diff(a, b)
				for _, e := range d.Removed {
					if continuedPrev[fmt.Sprint(rev-1, directorateKey(e.Directorate), normalise(e.Text))] {
						falseRemoved++
						t.Logf("plan %d: continued objective reported removed: %s %q", rev, e.Directorate, e.Text)
					}
				}
				for _, e := range d.Added {
					if continuedNext[fmt.Sprint(rev, directorateKey(e.Directorate), normalise(e.Text))] && !e.Returned {
						falseAdded++
						t.Logf("plan %d: continued objective reported added: %s %q", rev, e.Directorate, e.Text)
					}
				}
				for _, e := range d.Moved {
					if e.Basis == BasisTransfer && e.Ambiguous {
						ambiguous++
						t.Logf("ambiguous move: %s → %s %q", e.DirectorateFrom, e.Directorate, e.Text)
					}
					if e.Basis == BasisTransfer {
						gotMoves[fmt.Sprint(rev, directorateKey(e.DirectorateFrom), "→", directorateKey(e.Directorate), normalise(e.Text))] = true
					}
				}
				checkReorganisations(t, rev, fx, d)
				back := m.diff(b, a)
				mirrored := back.mirror()
				mirrored.Reorganised = d.Reorganised // read backwards, a split is several merges: not an involution
				if !reflect.DeepEqual(mirrored, d) {
					t.Errorf("plan %d: diff(B, A) is not the mirror of diff(A, B)", rev)
				}
				if len(back.Added) != len(d.Removed) || len(back.Removed) != len(d.Added) || len(back.Moved) != len(d.Moved) {
					t.Errorf("plan %d: diff(B, A) counts %d/%d/%d, diff(A, B) %d/%d/%d (added/removed/moved)", rev,
						len(back.Added), len(back.Removed), len(back.Moved), len(d.Removed), len(d.Added), len(d.Moved))
				}
			}
			right := 0
			for k := range wantMoves {
				if gotMoves[k] {
					right++
				} else {
					t.Logf("transfer not reported: %s", k)
				}
			}
			for k := range gotMoves {
				if !wantMoves[k] {
					t.Logf("transfer reported that the key does not hold: %s", k)
				}
			}
			recall := float64(right) / float64(len(wantMoves))
			precision := float64(right) / float64(max(len(gotMoves), 1))
			t.Logf("transfers: %d in the key, %d reported, recall %.3f, precision %.3f; continued objectives reported added %d, removed %d",
				len(wantMoves), len(gotMoves), recall, precision, falseAdded, falseRemoved)
			// The few moves left over are halves of a split title that other
			// directorates plan nearly word for word: the plans alone cannot
			// tell them apart. Over the four seeds 134 moves are keyed and
			// 136 reported.
			if recall < 0.99 || precision < 0.95 || falseAdded+falseRemoved > 0 {
				t.Errorf("transfers recall %.3f precision %.3f, %d continued objectives added or removed", recall, precision, falseAdded+falseRemoved)
			}
		})
	}
}

func checkReorganisations(t *testing.T, rev int, fx *cycleFixture, d *Diff) {
	t.Helper()
	got := map[string]Reorganisation{}
	for _, r := range d.Reorganised {
		got[directorateKey(r.From)] = r
	}
	for _, want := range fx.reorgs {
		if want.rev != rev {
			continue
		}
		r, ok := got[directorateKey(want.from)]
		if !ok {
			t.Errorf("plan %d: reorganisation of %s not reported", rev, want.from)
			continue
		}
		kind := want.kind
		var to []string
		for _, s := range r.To {
			to = append(to, directorateKey(s.Directorate))
		}
		var wantTo []string
		for _, w := range want.to {
			wantTo = append(wantTo, directorateKey(w))
		}
		slices.Sort(to)
		slices.Sort(wantTo)
		if r.Kind != kind || !slices.Equal(to, wantTo) {
			t.Errorf("plan %d: %s reorganised as %s into %v, want %s into %v", rev, want.from, r.Kind, to, kind, wantTo)
		}
	}
}

// TestHistoryAcrossCycles follows objectives through every plan of the
// fixture: a chain of the key that spans all five plans is one lineage
// holding each of them, and an objective back after a gap is in the chain
// it left.
func TestHistoryAcrossCycles(t *testing.T) {
	fx := newCycleFixture(t, 5, 1)
	m := buildModel(fx.records)
	idOf := map[string]string{} // rev|dir|text -> an objective id
	for rev, rec := range fx.records {
		rv := m.revisions[rec.Act.ID]
		for i, o := range rv.objectives {
			idOf[fmt.Sprint(rev, directorateKey(o.Directorate), rv.normalised[i])] = o.ID
		}
	}
	key := func(lo logicalObjective) string {
		return fmt.Sprint(lo.rev, directorateKey(lo.dir), normalise(lo.text))
	}
	nextOf := map[string]keyLink{}
	for _, l := range fx.links {
		if l.kind != keySplit {
			nextOf[key(l.prev)] = l
		}
	}
	full, returned, wrongChains := 0, 0, 0
	for _, l := range fx.links {
		if l.prev.rev != 0 || l.kind == keySplit {
			continue
		}
		chain := []string{key(l.prev)}
		for cur, ok := l, true; ok; cur, ok = nextOf[key(cur.next)] {
			chain = append(chain, key(cur.next))
		}
		if len(chain) < 5 {
			continue
		}
		full++
		before := wrongChains
		lineage := m.lineage[idOf[chain[0]]]
		revs := map[string]bool{}
		for _, e := range m.chains[lineage] {
			revs[e.rev.rec.Act.ID] = true
		}
		for _, k := range chain {
			if m.lineage[idOf[k]] != lineage {
				t.Logf("%s is not in the chain of %s", k, chain[0])
				wrongChains = before + 1
			}
		}
		if len(revs) != len(fx.records) {
			t.Logf("chain of %s spans %d plans, want %d", chain[0], len(revs), len(fx.records))
			wrongChains = before + 1
		}
	}
	for _, l := range fx.links {
		if l.kind != keyReturned {
			continue
		}
		returned++
		if a, b := m.lineage[idOf[key(l.prev)]], m.lineage[idOf[key(l.next)]]; a == "" || a != b {
			t.Errorf("returned objective %s is not in the chain of %s", key(l.next), key(l.prev))
		}
	}
	t.Logf("%d objectives followed through all %d plans, %d of their chains wrong; %d back after a gap", full, len(fx.records), wrongChains, returned)
	if float64(wrongChains) > 0.01*float64(full) {
		t.Errorf("%d of %d chains wrong: want at most 1%%", wrongChains, full)
	}
	if full < 100 {
		t.Errorf("only %d chains span every plan: the fixture no longer tests long chains", full)
	}
}

// TestPlansRenamedBetweenCycles links two plans of one source whose titles
// differ (the next cycle's plan renamed), since they carry on the same
// objectives; a plan of another source, or one sharing no objectives,
// stays apart.
func TestPlansRenamedBetweenCycles(t *testing.T) {
	fx := newCycleFixture(t, 3, 5)
	fx.records[1].Plan.Title = "PEG 2020-2022 – Obiettivi di Direzione"
	other := *fx.records[2]
	otherPlan := *other.Plan
	otherPlan.Title = "Piano triennale dei fabbisogni di personale 2021-2023"
	otherPlan.Directorates = []extract.Directorate{{Directorate: "AREA PERSONALE", Objectives: []extract.Objective{{Year: 2021, N: 1, Text: "Assunzione di dieci istruttori amministrativi"}}}}
	other.Plan = &otherPlan
	other.Act.ID = "milano/giunta/2021/9999"
	m := buildModel(append(slices.Clone(fx.records), &other))
	if len(m.steps) != 2 {
		t.Fatalf("steps = %d, want 2 (the renamed plan linked, the other plan apart)", len(m.steps))
	}
	for _, st := range m.steps {
		if st.prev.rec.Act.ID == other.Act.ID || st.next.rec.Act.ID == other.Act.ID {
			t.Errorf("the staffing plan was linked to %s", st.prev.rec.Act.ID)
		}
	}
}
