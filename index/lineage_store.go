package index

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// lineageFile keeps, in each generation, the links of every comparison of
// two revisions, so that a process opening the generation (the next
// `albo index`, a server) does not compare every plan's revisions again:
// that is most of the time of building the lineage.
const lineageFile = "lineage.json"

// savedStep is a step as kept on disk: its two revisions by act and
// digest, and its links as parallel lists.
type savedStep struct {
	Prev       string    `json:"prev"`
	PrevDigest string    `json:"prev_digest"`
	Next       string    `json:"next"`
	NextDigest string    `json:"next_digest"`
	From       []int     `json:"from"`
	To         []int     `json:"to"`
	Match      []string  `json:"match"`
	Score      []float64 `json:"score"`
	// Ambiguous lists the indexes of the links another candidate could as
	// well have made.
	Ambiguous []int `json:"ambiguous,omitempty"`
	// Successor is the step's successor map; absent in files of an
	// earlier layout, where it is computed again.
	Successor map[string]string `json:"successor"`
}

type stepKey struct{ prev, prevDigest, next, nextDigest string }

func keyOf(prev, next *revision) stepKey {
	return stepKey{prev.rec.Act.ID, prev.rec.Digest, next.rec.Act.ID, next.rec.Digest}
}

// saveSteps writes the links of m's steps into path.
func saveSteps(path string, m *model) error {
	out := make([]savedStep, 0, len(m.steps))
	for _, st := range m.steps {
		k := keyOf(st.prev, st.next)
		s := savedStep{Prev: k.prev, PrevDigest: k.prevDigest, Next: k.next, NextDigest: k.nextDigest, Successor: st.successor}
		if s.Successor == nil {
			s.Successor = map[string]string{}
		}
		for i, l := range st.links {
			s.From, s.To = append(s.From, l.prev), append(s.To, l.next)
			s.Match, s.Score = append(s.Match, l.match), append(s.Score, l.score)
			if l.ambiguous {
				s.Ambiguous = append(s.Ambiguous, i)
			}
		}
		out = append(out, s)
	}
	data, err := json.Marshal(out)
	if err != nil {
		return fmt.Errorf("lineage %s: %w", path, err)
	}
	// A new file, never the one linked from the previous generation.
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("lineage %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("lineage %s: %w", path, err)
	}
	return nil
}

// loadSteps reads what saveSteps wrote; nothing when the file is missing
// or damaged (the steps are then compared again).
func loadSteps(path string) map[stepKey]*savedStep {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var steps []savedStep
	if json.Unmarshal(data, &steps) != nil {
		return nil
	}
	out := make(map[stepKey]*savedStep, len(steps))
	for i := range steps {
		s := &steps[i]
		out[stepKey{s.Prev, s.PrevDigest, s.Next, s.NextDigest}] = s
	}
	return out
}

// restore rebuilds the step of prev and next from its saved links; nil
// when they do not fit the revisions.
func (s *savedStep) restore(prev, next *revision) *step {
	n := len(s.From)
	if len(s.To) != n || len(s.Match) != n || len(s.Score) != n {
		return nil
	}
	st := &step{prev: prev, next: next, links: make([]link, n)}
	for i := range n {
		if s.From[i] < 0 || s.From[i] >= len(prev.objectives) || s.To[i] < 0 || s.To[i] >= len(next.objectives) {
			return nil
		}
		st.links[i] = link{prev: s.From[i], next: s.To[i], match: s.Match[i], score: s.Score[i]}
	}
	for _, i := range s.Ambiguous {
		if i < 0 || i >= n {
			return nil
		}
		st.links[i].ambiguous = true
	}
	st.heirs = heirsOf(prev, next, st.links)
	st.successor = s.Successor
	if st.successor == nil {
		// As compare leaves it: the successors of the links before the
		// merged ones.
		st.successor = successors(prev, next, slices.DeleteFunc(slices.Clone(st.links), func(l link) bool { return l.match == MatchMerged }))
	}
	return st
}
