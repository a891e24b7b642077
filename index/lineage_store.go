package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The lineage folder keeps, in each generation, the links of every
// comparison of two revisions, so that a process opening the generation
// (the next `albo index`, a server) does not compare every plan's
// revisions again: that is most of the time of building the lineage. It
// holds one file per source (a plan's revisions never span sources): an
// update rewrites the files of the sources it changed and links the
// others from the generation before, as it does the act records.
// lineageFile is the single file of the layout before.
const (
	lineageFolder = "lineage"
	lineageFile   = "lineage.json"
)

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

// sourceOf is the source of an act id: its first segment ("milano").
func sourceOf(actID string) string {
	source, _, _ := strings.Cut(actID, "/")
	return source
}

// stepsPath is the file of a source's steps in generation gen.
func stepsPath(gen, source string) string {
	sum := sha256.Sum256([]byte(source))
	return filepath.Join(gen, lineageFolder, hex.EncodeToString(sum[:12])+".json")
}

// saveSteps writes the links of m's steps into generation gen: a file for
// each source of sources (every source of m when all) with the steps of
// its plans; a source without any has its file removed.
func saveSteps(gen string, m *model, sources sourceSet) error {
	bySource := map[string][]savedStep{}
	for _, st := range m.steps {
		src := sourceOf(st.next.rec.Act.ID)
		bySource[src] = append(bySource[src], savedOf(st))
	}
	if err := os.MkdirAll(filepath.Join(gen, lineageFolder), 0o755); err != nil {
		return fmt.Errorf("lineage %s: %w", gen, err)
	}
	names := sources.names
	if sources.all {
		names = slices.Collect(maps.Keys(bySource))
	}
	for _, src := range names {
		path := stepsPath(gen, src)
		steps, ok := bySource[src]
		if !ok {
			if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("lineage %s: %w", path, err)
			}
			continue
		}
		data, err := json.Marshal(steps)
		if err != nil {
			return fmt.Errorf("lineage %s: %w", path, err)
		}
		// A new file, never the one linked from the previous generation.
		tmp := filepath.Join(filepath.Dir(path), ".tmp-"+filepath.Base(path))
		if err := os.WriteFile(tmp, data, 0o644); err != nil {
			os.Remove(tmp)
			return fmt.Errorf("lineage %s: %w", path, err)
		}
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("lineage %s: %w", path, err)
		}
	}
	return nil
}

// savedOf is a step as kept on disk.
func savedOf(st *step) savedStep {
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
	return s
}

// loadSteps reads what saveSteps wrote into generation gen for sources
// (every file, and the single file of the layout before, when all);
// nothing of a file missing or damaged (its steps are then compared
// again).
func loadSteps(gen string, sources sourceSet) map[stepKey]*savedStep {
	var paths []string
	if sources.all {
		paths = append(paths, filepath.Join(gen, lineageFile))
		entries, _ := os.ReadDir(filepath.Join(gen, lineageFolder))
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".json") && !isTempName(e.Name()) {
				paths = append(paths, filepath.Join(gen, lineageFolder, e.Name()))
			}
		}
	} else {
		for _, src := range sources.names {
			paths = append(paths, stepsPath(gen, src))
		}
	}
	out := map[stepKey]*savedStep{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		var steps []savedStep
		if json.Unmarshal(data, &steps) != nil {
			continue
		}
		for i := range steps {
			s := &steps[i]
			out[stepKey{s.Prev, s.PrevDigest, s.Next, s.NextDigest}] = s
		}
	}
	return out
}

// hasStepsBySource says whether generation gen keeps its steps a file per
// source, so that an update can work out the lineage of the sources it
// changes only.
func hasStepsBySource(gen string) bool {
	info, err := os.Stat(filepath.Join(gen, lineageFolder))
	return err == nil && info.IsDir()
}

// sourceSet is the sources whose lineage an update works out again: all,
// or those named.
type sourceSet struct {
	all   bool
	names []string
	has   map[string]bool
}

func allSources() sourceSet { return sourceSet{all: true} }

// add puts the source of an act id in the set.
func (s *sourceSet) add(actID string) {
	src := sourceOf(actID)
	if s.all || s.has[src] {
		return
	}
	if s.has == nil {
		s.has = map[string]bool{}
	}
	s.has[src] = true
	s.names = append(s.names, src)
}

// holds says whether the source of an act id is in the set.
func (s sourceSet) holds(actID string) bool { return s.all || s.has[sourceOf(actID)] }

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
