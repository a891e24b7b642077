package index

import (
	"fmt"
	"testing"
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
			m := buildModel(fx.records)
			revOf := map[*revision]int{}
			for i, rec := range fx.records {
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
			for _, l := range m.links {
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
			precision := float64(len(got)-wrong) / float64(len(got))
			t.Logf("%d plans, %d key links %v: recall %.4f (%d/%d), precision %.4f (%d wrong of %d); missed by kind %v",
				len(fx.records), len(want), kinds, recall, right, len(want), precision, wrong, len(got), missedBy)
			if recall < 0.99 || precision < 0.99 {
				t.Errorf("recall %.4f, precision %.4f: want both ≥ 0.99", recall, precision)
			}
		})
	}
}
