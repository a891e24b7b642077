package index

import (
	"maps"
	"slices"
	"strings"
)

// A plan's revisions never span sources, and neither do chains, links or
// objective groups: the model of an index is the models of its sources
// side by side. A new generation that changed a few sources composes its
// model from the previous generation's, working out those sources again
// and keeping the others' as they are, so that the work after an update
// is proportional to what it changed, not to the index.

// changedSources are the sources whose plan revisions differ between the
// model prev and the records recs: an act added, removed or changed.
func changedSources(prev *model, recs map[string]*actRecord) sourceSet {
	var out sourceSet
	for id, rec := range recs {
		if !hasPlan(rec) {
			continue
		}
		if old := prev.revisions[id]; old == nil || old.rec.Act != rec.Act || old.rec.Digest != rec.Digest {
			out.add(id)
		}
	}
	for id := range prev.revisions {
		if rec := recs[id]; rec == nil || !hasPlan(rec) {
			out.add(id)
		}
	}
	return out
}

func hasPlan(rec *actRecord) bool { return rec.Plan != nil && len(rec.Plan.Directorates) > 0 }

// composeModel is the model of recs made from prev's: the sources that
// changed are worked out again (reusing prev's revisions and steps), the
// others are prev's. Its objective grouping too, when prev had one.
func composeModel(prev *model, recs map[string]*actRecord) *model {
	changed := changedSources(prev, recs)
	var scoped []*actRecord
	for id, rec := range recs {
		if changed.holds(id) {
			scoped = append(scoped, rec)
		}
	}
	sub := updateModel(prev, nil, scoped)
	m := &model{revisions: make(map[string]*revision, len(prev.revisions)),
		lineage: maps.Clone(prev.lineage), chains: maps.Clone(prev.chains), linkTo: maps.Clone(prev.linkTo)}
	var dropped []string // chains of the changed sources in prev
	for id, rv := range prev.revisions {
		if !changed.holds(id) {
			m.revisions[id] = rv
			continue
		}
		for _, o := range rv.objectives {
			dropped = append(dropped, prev.lineage[o.ID])
			delete(m.lineage, o.ID)
			delete(m.linkTo, o.ID)
		}
	}
	for _, chain := range dropped {
		delete(m.chains, chain)
	}
	maps.Copy(m.revisions, sub.revisions)
	maps.Copy(m.lineage, sub.lineage)
	maps.Copy(m.chains, sub.chains)
	maps.Copy(m.linkTo, sub.linkTo)
	for _, st := range prev.steps {
		if !changed.holds(st.next.rec.Act.ID) {
			m.steps = append(m.steps, st)
		}
	}
	m.steps = append(m.steps, sub.steps...)
	// In the order a whole build gives: by family key, which starts with
	// the source.
	slices.SortStableFunc(m.steps, func(a, b *step) int {
		return strings.Compare(sourceOf(a.next.rec.Act.ID)+"|", sourceOf(b.next.rec.Act.ID)+"|")
	})
	if g := prev.groupingIfBuilt(); g != nil {
		m.groupingOnce.Do(func() {
			m.grouping = composeGrouping(g, dropped, sub)
			m.groupingBuilt.Store(true)
		})
	}
	return m
}

// composeGrouping is prev's grouping without the chains dropped, with
// those of sub (the model of the sources that changed).
func composeGrouping(prev *grouping, dropped []string, sub *model) *grouping {
	g := &grouping{groups: maps.Clone(prev.groups), members: maps.Clone(prev.members)}
	for _, chain := range dropped {
		delete(g.members, g.groups[chain])
		delete(g.groups, chain)
	}
	fresh := sub.groupObjectives()
	maps.Copy(g.groups, fresh.groups)
	maps.Copy(g.members, fresh.members)
	return g
}
