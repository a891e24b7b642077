package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldPlan is the shape of the gold plan.json answer files.
type goldPlan struct {
	Title        string `json:"title"`
	Years        []int  `json:"years"`
	Directorates []struct {
		Directorate string  `json:"directorate"`
		Director    *Person `json:"director"`
		Objectives  []struct {
			Year    int     `json:"year"`
			N       int     `json:"n"`
			Section *string `json:"section"`
			Page    int     `json:"page"`
			Text    string  `json:"text"`
		} `json:"objectives"`
	} `json:"directorates"`
}

func readGoldPlan(t *testing.T, path string) goldPlan {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var gold goldPlan
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return gold
}

// planScore compares a plan with its gold answer: objectives are matched
// as a multiset of (directorate, year, section, n, text) and, where the
// gold records it, page; directors must match exactly.
type planScore struct {
	objectives, goldObjectives, extraObjectives int
	directors, goldDirectors                    int
	mismatches                                  []string
}

func (s planScore) exact() bool {
	return s.objectives == s.goldObjectives && s.extraObjectives == 0 && s.directors == s.goldDirectors
}

func (s planScore) String() string {
	return fmt.Sprintf("objectives %d/%d (%d extra), directors %d/%d",
		s.objectives, s.goldObjectives, s.extraObjectives, s.directors, s.goldDirectors)
}

func scorePlan(got *Plan, gold goldPlan) planScore {
	var s planScore
	key := func(dir string, year int, section *string, n int, page int, text string) string {
		sec := "<nil>"
		if section != nil {
			sec = *section
		}
		return fmt.Sprintf("%s | %d | %s | %d | p%d | %s", dir, year, sec, n, page, text)
	}
	usesPages := false
	for _, d := range gold.Directorates {
		for _, o := range d.Objectives {
			usesPages = usesPages || o.Page != 0
		}
	}
	counts := map[string]int{}
	gotDirectors := map[string]*Person{}
	if got != nil {
		for _, d := range got.Directorates {
			gotDirectors[d.Directorate] = d.Director
			for _, o := range d.Objectives {
				page := 0
				if usesPages {
					page = o.Page
				}
				counts[key(d.Directorate, o.Year, o.Section, o.N, page, o.Text)]++
			}
		}
	}
	for _, d := range gold.Directorates {
		s.goldDirectors++
		if g, ok := gotDirectors[d.Directorate]; ok && g != nil && d.Director != nil && *g == *d.Director {
			s.directors++
		} else {
			s.mismatches = append(s.mismatches, fmt.Sprintf("director of %s: got %+v, want %+v", d.Directorate, g, d.Director))
		}
		for _, o := range d.Objectives {
			s.goldObjectives++
			k := key(d.Directorate, o.Year, o.Section, o.N, o.Page, o.Text)
			if counts[k] > 0 {
				counts[k]--
				s.objectives++
			} else {
				s.mismatches = append(s.mismatches, "missing: "+k)
			}
		}
	}
	var extra []string
	for k, n := range counts {
		for range n {
			extra = append(extra, "extra:   "+k)
		}
	}
	slices.Sort(extra)
	s.extraObjectives = len(extra)
	s.mismatches = append(s.mismatches, extra...)
	return s
}

// TestParsePlanGold scores the plan of the fixtures against the
// hand-checked answers and fails below exact.
func TestParsePlanGold(t *testing.T) {
	for _, name := range []string{"delibera-2187-2019", "delibera-1098-2019"} {
		t.Run(name, func(t *testing.T) {
			doc := readFixture(t, name+".pdf")
			plan := ParsePlan(doc)
			gold := readGoldPlan(t, filepath.Join("..", "testdata", "gold", name, "plan.json"))
			score := scorePlan(plan, gold)
			t.Logf("%s: %v", name, score)
			if !score.exact() {
				t.Errorf("%s: %v, want exact; mismatches:\n%s", name, score, strings.Join(score.mismatches, "\n"))
			}
			if plan != nil && (plan.Title != gold.Title || !slices.Equal(plan.Years, gold.Years)) {
				t.Errorf("title, years = %q, %v; want %q, %v", plan.Title, plan.Years, gold.Title, gold.Years)
			}
		})
	}
}
