package synth_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/synth"
)

// TestExtractorReadsSyntheticPlans scores the extractor on plans drawn by
// another producer than the fixtures (this package's PDF writer, standard
// fonts, other column positions, other years): every directorate, director
// and objective must come back as drawn.
func TestExtractorReadsSyntheticPlans(t *testing.T) {
	g, err := synth.New(42)
	if err != nil {
		t.Fatal(err)
	}
	var want, exact, dirs, dirsExact int
	for n := 1; n <= 25; n++ {
		a := g.Act(n)
		res, err := extract.Read(context.Background(), "synth.pdf", a.PDF, extract.Options{})
		if err != nil {
			t.Fatalf("act %d: %v", n, err)
		}
		if res.Act == nil || res.Act.Number != n {
			t.Errorf("act %d: act number not read: %+v", n, res.Act)
		}
		got := map[string]bool{}
		gotDir := map[string]bool{}
		if res.Plan != nil {
			for _, d := range res.Plan.Directorates {
				if d.Director != nil {
					gotDir[d.Directorate+"|"+d.Director.Title+"|"+d.Director.Name] = true
				}
				for _, o := range d.Objectives {
					got[key(d.Directorate, o)] = true
				}
			}
		}
		for _, d := range a.Plan.Directorates {
			dirs++
			if gotDir[d.Directorate+"|"+d.Director.Title+"|"+d.Director.Name] {
				dirsExact++
			} else {
				t.Errorf("act %d: directorate %q with director %+v not read", n, d.Directorate, *d.Director)
			}
			for _, o := range d.Objectives {
				want++
				if got[key(d.Directorate, o)] {
					exact++
				} else {
					t.Errorf("act %d: %s %d #%d not read exactly: %q", n, d.Directorate, o.Year, o.N, o.Text)
				}
			}
		}
	}
	t.Logf("synthetic plans: objectives %d/%d exact (%.1f%%), directors %d/%d", exact, want, 100*float64(exact)/float64(want), dirsExact, dirs)
}

func key(directorate string, o extract.Objective) string {
	return fmt.Sprintf("%s|%d|%d|%s", directorate, o.Year, o.N, o.Text)
}
