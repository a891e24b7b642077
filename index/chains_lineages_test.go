package index

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"testing"
)

// lineagesByID is lineages as it was first written, its union-find keyed
// by objective id: the reference lineages must equal.
func lineagesByID(links []objectiveLink, revisions []*revision) map[string]string {
	parent := map[string]string{}
	find := func(id string) string {
		for parent[id] != id {
			parent[id] = parent[parent[id]]
			id = parent[id]
		}
		return id
	}
	order := map[string]int{}
	for _, rv := range revisions {
		for _, o := range rv.objectives {
			parent[o.ID] = o.ID
			order[o.ID] = len(order)
		}
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if order[rb] < order[ra] {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	for _, rv := range revisions {
		rv.analyseTexts()
		first := map[string]string{}
		for i, o := range rv.objectives {
			k := rv.objectiveKey(i)
			if f, ok := first[k]; ok {
				union(f, o.ID)
				continue
			}
			first[k] = o.ID
		}
	}
	for _, l := range links {
		if l.match != MatchMerged && l.match != MatchSplit {
			union(l.from.objectives[l.prev].ID, l.to.objectives[l.next].ID)
		}
	}
	own := map[string]string{}
	for _, rv := range revisions {
		for i, id := range rv.ownLineages() {
			own[rv.objectives[i].ID] = id
		}
	}
	out := make(map[string]string, len(parent))
	for id := range parent {
		out[id] = own[find(id)]
	}
	return out
}

// randomLineageInput is a few revisions of objectives whose ids, titles
// and directorates repeat (an id even within one revision, as a misread
// extraction can make it), and links between any two of their objectives
// of every kind.
func randomLineageInput(rng *rand.Rand) ([]objectiveLink, []*revision) {
	titles := []string{"Città della Memoria", "citta della memoria!", "Piano Quartieri", "Edilizia scolastica"}
	dirs := []string{"DIREZIONE CASA", "Direzione Casa", "DIREZIONE SCUOLA"}
	matches := []string{MatchExact, MatchNormalised, MatchSimilar, MatchDeclared, MatchMerged, MatchSplit, MatchReturned}
	var revisions []*revision
	for range 1 + rng.IntN(6) {
		rv := &revision{}
		for range rng.IntN(9) {
			rv.objectives = append(rv.objectives, planObjective{
				ID:          fmt.Sprintf("act/%d/objective/%d", rng.IntN(4), rng.IntN(6)),
				Directorate: dirs[rng.IntN(len(dirs))],
				Text:        titles[rng.IntN(len(titles))],
			})
		}
		revisions = append(revisions, rv)
	}
	var links []objectiveLink
	for range rng.IntN(12) {
		from, to := revisions[rng.IntN(len(revisions))], revisions[rng.IntN(len(revisions))]
		if len(from.objectives) == 0 || len(to.objectives) == 0 {
			continue
		}
		links = append(links, objectiveLink{from: from, to: to, prev: rng.IntN(len(from.objectives)),
			next: rng.IntN(len(to.objectives)), match: matches[rng.IntN(len(matches))]})
	}
	return links, revisions
}

// TestLineagesMatchReference holds lineages to its reference on random
// revisions and links, and on the gold plans' model.
func TestLineagesMatchReference(t *testing.T) {
	for seed := range uint64(2000) {
		links, revisions := randomLineageInput(rand.New(rand.NewPCG(seed, 1)))
		got, want := lineages(links, revisions), lineagesByID(links, revisions)
		if !maps.Equal(got, want) {
			t.Fatalf("seed %d: lineages %v, the reference %v", seed, got, want)
		}
	}
	var records []*actRecord
	for _, name := range goldActs {
		ref, res := loadGold(t, name)
		records = append(records, newActRecord(ref, "", res))
	}
	m := buildModel(records)
	var links []objectiveLink
	var revisions []*revision
	for _, st := range m.steps {
		for _, l := range st.links {
			links = append(links, st.objectiveLink(l))
		}
	}
	for _, rec := range records {
		revisions = append(revisions, m.revisions[rec.Act.ID])
	}
	if len(links) == 0 {
		t.Fatal("the gold model has no links")
	}
	if got, want := lineages(links, revisions), lineagesByID(links, revisions); !maps.Equal(got, want) {
		t.Errorf("gold: lineages and the reference differ")
	}
}
