package web

import (
	"html/template"
	"strings"
	"sync"

	"github.com/openalbo/albo/index"
)

// transferSet is one answer of index.Transfers arranged, once, for the
// pages that show it: the moves of each revision and of each directorate
// by position, and the revision menu already written. At a million
// objectives the moves are tens of thousands and the revisions thousands;
// walking them all, and rendering the menu through the template, on
// every transfers or directorate page was most of the site's CPU.
type transferSet struct {
	*index.Transfers
	// revisions are the acts the transfers land in, oldest first, and
	// revisionAt the position of each act's id among them.
	revisions  []index.ActRef
	revisionAt map[string]int
	// options are the menu's <option> of each revision, split where
	// " selected" goes: options[i][0] + " selected" + options[i][1].
	options [][2]string
	// ofAct are the positions in Transfers of each act's moves.
	ofAct map[string][]int
	// received and given are the positions in Transfers of the moves into
	// and out of each directorate, by directorateKey, in list order.
	received, given map[string][]int
	// contradictionsOf are the positions in Contradictions of each act's.
	contradictionsOf map[string][]int

	byYearOnce sync.Once
	byYear     []index.Transfer
	byYearOf   map[string][]int
}

// directorateKey is how a directorate's page matches the names the moves
// give, whatever their case.
func directorateKey(name string) string { return strings.ToLower(name) }

func newTransferSet(tr *index.Transfers) *transferSet {
	s := &transferSet{Transfers: tr, revisions: revisions(tr.Transfers), ofAct: map[string][]int{},
		received: map[string][]int{}, given: map[string][]int{}, contradictionsOf: map[string][]int{}}
	s.revisionAt = make(map[string]int, len(s.revisions))
	s.options = make([][2]string, len(s.revisions))
	for i, a := range s.revisions {
		s.revisionAt[a.ID] = i
		s.options[i] = [2]string{`<option value="` + template.HTMLEscapeString(a.ID) + `"`,
			">" + template.HTMLEscapeString(actLabel(a)) + "</option>"}
	}
	for i, t := range tr.Transfers {
		s.ofAct[t.Act.ID] = append(s.ofAct[t.Act.ID], i)
		to, from := directorateKey(t.To), directorateKey(t.From)
		s.received[to] = append(s.received[to], i)
		s.given[from] = append(s.given[from], i)
	}
	for i, c := range tr.Contradictions {
		s.contradictionsOf[c.Act.ID] = append(s.contradictionsOf[c.Act.ID], i)
	}
	return s
}

// menu is the revision menu's options with act's selected.
func (s *transferSet) menu(act string) template.HTML {
	selected, ok := s.revisionAt[act]
	var b strings.Builder
	for i, o := range s.options {
		b.WriteString(o[0])
		if ok && i == selected {
			b.WriteString(" selected")
		}
		b.WriteString(o[1])
	}
	return template.HTML(b.String()) // every part escaped in newTransferSet
}

// movesOf are the moves landing in act, one per moved objective or, with
// byYear, per year column.
func (s *transferSet) movesOf(act string, byYear bool) []index.Transfer {
	if byYear {
		rows, of := s.yearRows()
		return pick(rows, of[act])
	}
	return pick(s.Transfers.Transfers, s.ofAct[act])
}

// rows are every move, or with byYear every year column of one.
func (s *transferSet) rows(byYear bool) []index.Transfer {
	if byYear {
		rows, _ := s.yearRows()
		return rows
	}
	return s.Transfers.Transfers
}

// yearRows are the moves broken down by year column, worked out when a
// page first asks for them.
func (s *transferSet) yearRows() ([]index.Transfer, map[string][]int) {
	s.byYearOnce.Do(func() {
		s.byYear = s.Transfers.ByYear()
		s.byYearOf = map[string][]int{}
		for i, t := range s.byYear {
			s.byYearOf[t.Act.ID] = append(s.byYearOf[t.Act.ID], i)
		}
	})
	return s.byYear, s.byYearOf
}

// contradictionsIn are the contradictions of act's annex.
func (s *transferSet) contradictionsIn(act string) []index.Contradiction {
	return pick(s.Contradictions, s.contradictionsOf[act])
}

// movesOfDirectorate are the moves into and out of the directorate name,
// whatever its case.
func (s *transferSet) movesOfDirectorate(name string) (received, given []index.Transfer) {
	key := directorateKey(name)
	return pick(s.Transfers.Transfers, s.received[key]), pick(s.Transfers.Transfers, s.given[key])
}

// pick are the items at positions, in their order.
func pick[T any](items []T, positions []int) []T {
	out := make([]T, len(positions))
	for i, p := range positions {
		out[i] = items[p]
	}
	return out
}
