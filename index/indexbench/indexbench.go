// Package indexbench generates synthetic search documents from the real
// vocabulary of plan extractions, and measures the index on them: indexing
// rate, query latency, size on disk and peak memory. `make bench` calls it
// at a million objectives; the index package's benchmarks at small sizes.
package indexbench

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
)

// Vocabulary is what synthetic objectives are made of: the directorates,
// directors and sections of real plans, and a word chain learnt from their
// objectives' texts, so that term frequencies and text lengths look real.
type Vocabulary struct {
	directorates []string
	directors    []string
	sections     []string
	starts       []string            // first words of real texts
	next         map[string][]string // word -> the words that follow it, with repeats
	lengths      []int               // word counts of real texts
}

// VocabularyFromPlans learns a vocabulary from plans.
func VocabularyFromPlans(plans ...*extract.Plan) (*Vocabulary, error) {
	v := &Vocabulary{next: map[string][]string{}}
	seenDir, seenDirector, seenSection := map[string]bool{}, map[string]bool{}, map[string]bool{}
	add := func(list *[]string, seen map[string]bool, s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			*list = append(*list, s)
		}
	}
	for _, p := range plans {
		if p == nil {
			continue
		}
		for _, d := range p.Directorates {
			add(&v.directorates, seenDir, d.Directorate)
			if d.Director != nil {
				add(&v.directors, seenDirector, strings.TrimSpace(d.Director.Title+" "+d.Director.Name))
			}
			for _, o := range d.Objectives {
				if o.Section != nil {
					add(&v.sections, seenSection, *o.Section)
				}
				words := strings.Fields(o.Text)
				if len(words) == 0 {
					continue
				}
				v.starts = append(v.starts, words[0])
				v.lengths = append(v.lengths, len(words))
				for i := 1; i < len(words); i++ {
					v.next[words[i-1]] = append(v.next[words[i-1]], words[i])
				}
			}
		}
	}
	if len(v.starts) == 0 || len(v.directorates) == 0 {
		return nil, errors.New("vocabulary: no objectives in the plans")
	}
	return v, nil
}

// LoadVocabulary learns the vocabulary of every plan.json under dir (the
// gold answers: testdata/gold/*/plan.json).
func LoadVocabulary(dir string) (*Vocabulary, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "plan.json"))
	if err != nil {
		return nil, err
	}
	var plans []*extract.Plan
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("vocabulary: %w", err)
		}
		var plan extract.Plan
		if err := json.Unmarshal(data, &plan); err != nil {
			return nil, fmt.Errorf("vocabulary %s: %w", p, err)
		}
		plans = append(plans, &plan)
	}
	if len(plans) == 0 {
		return nil, fmt.Errorf("vocabulary: no plan.json under %s", dir)
	}
	return VocabularyFromPlans(plans...)
}

// objectivesPerAct is the size of a synthetic plan, about that of a real
// city's plan (the Milano one has 321).
const objectivesPerAct = 300

// Objectives yields n synthetic objective documents, the same for the
// same seed: plans of a few hundred objectives, one act a plan, dated over
// several years, each objective a walk along the word chain.
func (v *Vocabulary) Objectives(n int, seed uint64) iter.Seq[index.Document] {
	return func(yield func(index.Document) bool) {
		rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		var act index.ActRef
		var b strings.Builder
		for i := range n {
			if i%objectivesPerAct == 0 {
				number := i/objectivesPerAct + 1
				year := 2015 + number%10
				act = index.ActRef{ID: fmt.Sprintf("synth/giunta/%d/%d", year, number), Organ: "Giunta Comunale",
					Number: number, Date: fmt.Sprintf("%d-%02d-%02d", year, 1+number%12, 1+number%28)}
			}
			d := rng.IntN(len(v.directorates))
			director := ""
			if len(v.directors) > 0 {
				director = v.directors[d%len(v.directors)]
			}
			section := ""
			if len(v.sections) > 0 && rng.IntN(15) == 0 {
				section = v.sections[rng.IntN(len(v.sections))]
			}
			year := 2015 + (i/objectivesPerAct+1)%10 + rng.IntN(2) // a plan spans two year columns
			b.Reset()
			word := v.starts[rng.IntN(len(v.starts))]
			for range v.lengths[rng.IntN(len(v.lengths))] {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(word)
				follow := v.next[word]
				if len(follow) == 0 {
					word = v.starts[rng.IntN(len(v.starts))]
				} else {
					word = follow[rng.IntN(len(follow))]
				}
			}
			doc := index.Document{ID: fmt.Sprintf("%s/objective/%d", act.ID, i%objectivesPerAct+1), Type: index.TypeObjective,
				ActID: act.ID, Organ: act.Organ, Number: act.Number, Date: act.Date,
				Directorate: v.directorates[d], Director: director, Year: year, Section: section,
				Text: b.String(), Page: 1 + i%objectivesPerAct/12}
			if !yield(doc) {
				return
			}
		}
	}
}
