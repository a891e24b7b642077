package index

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"testing"
)

// graph is an undirected graph over names, for the references below.
type graph map[string][]string

func (g graph) join(a, b string) { g[a], g[b] = append(g[a], b), append(g[b], a) }

// firsts maps every node of rank to the node of its connected component
// with the lowest rank.
func (g graph) firsts(rank map[string]int) map[string]string {
	out := map[string]string{}
	for node := range rank {
		if _, done := out[node]; done {
			continue
		}
		component, first := []string{node}, node
		seen := map[string]bool{node: true}
		for k := 0; k < len(component); k++ {
			for _, next := range g[component[k]] {
				if !seen[next] {
					seen[next] = true
					component = append(component, next)
				}
			}
			if rank[component[k]] < rank[first] {
				first = component[k]
			}
		}
		for _, member := range component {
			out[member] = first
		}
	}
	return out
}

// lineagesByComponent is what lineages means, worked out another way: the
// objectives joined (one title in one directorate of a revision, the two
// ends of a link but a merge or a split) are the connected components of a
// graph over the ids, and each is named after its member met first
// (oldest revision first, then in the revision's order).
func lineagesByComponent(links []objectiveLink, revisions []*revision) map[string]string {
	position := map[string]int{}
	joins := graph{}
	for _, rv := range revisions {
		for _, o := range rv.objectives {
			if _, seen := position[o.ID]; !seen {
				position[o.ID] = len(position)
			}
		}
	}
	for _, rv := range revisions {
		rv.analyseTexts()
		for i, o := range rv.objectives {
			for j := range i {
				if rv.directorateKeys()[j] == rv.directorateKeys()[i] && rv.normalised[j] == rv.normalised[i] {
					joins.join(rv.objectives[j].ID, o.ID)
				}
			}
		}
	}
	for _, l := range links {
		if l.match != MatchMerged && l.match != MatchSplit {
			joins.join(l.from.objectives[l.prev].ID, l.to.objectives[l.next].ID)
		}
	}
	out := map[string]string{}
	for id, first := range joins.firsts(position) {
		out[id] = lineageID(first)
	}
	return out
}

// randomLineageInput is a few revisions of objectives whose titles and
// directorates repeat, and links between any two of their objectives of
// every kind.
func randomLineageInput(rng *rand.Rand) ([]objectiveLink, []*revision) {
	titles := []string{"Città della Memoria", "citta della memoria!", "Piano Quartieri", "Edilizia scolastica"}
	dirs := []string{"DIREZIONE CASA", "Direzione Casa", "DIREZIONE SCUOLA"}
	matches := []string{MatchExact, MatchNormalised, MatchSimilar, MatchDeclared, MatchMerged, MatchSplit, MatchReturned}
	var revisions []*revision
	for r := range 1 + rng.IntN(6) {
		rv := &revision{}
		for i := range rng.IntN(9) {
			rv.objectives = append(rv.objectives, planObjective{
				ID:          fmt.Sprintf("act/%d/objective/%d", r, i),
				Year:        2019 + rng.IntN(3),
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
		got, want := lineages(links, revisions), lineagesByComponent(links, revisions)
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
	if got, want := lineages(links, revisions), lineagesByComponent(links, revisions); !maps.Equal(got, want) {
		t.Errorf("gold: lineages and the reference differ")
	}
}

// objectiveGroupsByComponent is what objectiveGroups means, worked out
// another way: the chains of two objectives of one revision in one
// directorate, in different year columns, with the same or a similar
// title, are joined; each connected component of chains is named after
// its chain met first, and a chain no revision has stays its own.
func objectiveGroupsByComponent(revisions []*revision, lineage map[string]string) map[string]string {
	met := map[string]int{}
	joins := graph{}
	for _, rv := range revisions {
		rv.analyseTexts()
		for i, oi := range rv.objectives {
			if _, ok := met[lineage[oi.ID]]; !ok {
				met[lineage[oi.ID]] = len(met)
			}
			for j, oj := range rv.objectives[:i] {
				if rv.directorateKeys()[i] == rv.directorateKeys()[j] && oi.Year != oj.Year &&
					(rv.normalised[i] == rv.normalised[j] || similarWords(rv.words[i], rv.words[j])) {
					joins.join(lineage[oi.ID], lineage[oj.ID])
				}
			}
		}
	}
	firsts := joins.firsts(met)
	out := map[string]string{}
	for _, chain := range lineage {
		if first, ok := firsts[chain]; ok {
			out[chain] = first
		} else {
			out[chain] = chain
		}
	}
	return out
}

// TestObjectiveGroupsMatchReference holds objectiveGroups to its reference
// on random revisions whose objectives share chains across revisions, with
// chains of objectives no revision given has.
func TestObjectiveGroupsMatchReference(t *testing.T) {
	for seed := range uint64(2000) {
		rng := rand.New(rand.NewPCG(seed, 2))
		_, revisions := randomLineageInput(rng)
		lineage := map[string]string{"elsewhere/objective/1": "Lelsewhere"}
		for _, rv := range revisions {
			rv.analyseTexts() // as the model has
			for _, o := range rv.objectives {
				lineage[o.ID] = fmt.Sprintf("L%d", rng.IntN(8))
			}
		}
		got, want := objectiveGroups(revisions, lineage), objectiveGroupsByComponent(revisions, lineage)
		if !maps.Equal(got, want) {
			t.Fatalf("seed %d: groups %v, the reference %v", seed, got, want)
		}
	}
}
