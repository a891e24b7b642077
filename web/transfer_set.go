package web

import (
	"cmp"
	"html/template"
	"slices"
	"strconv"
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
	// years are the years of the revisions' dates, oldest first (0 for
	// an undated one), and inYear the positions of each year's revisions:
	// the menu offers one year's revisions, since at a million objectives
	// the revisions are thousands.
	years  []int
	inYear map[int][]int
	// ofAct are the positions in Transfers of each act's moves.
	ofAct map[string][]int
	// received and given are the positions in Transfers of the moves into
	// and out of each directorate, by directorateKey, in list order.
	received, given map[string][]int
	// latestReceived and latestGiven are, for a directorate with more
	// than movesShown moves of a kind, the positions of the latest
	// movesShown, latest first (its page shows only those).
	latestReceived, latestGiven map[string][]int
	// contradictionsOf are the positions in Contradictions of each act's.
	contradictionsOf map[string][]int

	// rowHTML are the table rows of the moves a directorate's page showed,
	// by position, written once per generation: the moves do not change
	// within it, and writing a row runs a score of template actions.
	rowsMu  sync.Mutex
	rowHTML map[int]template.HTML

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
	s.inYear = map[int][]int{}
	for i, a := range s.revisions {
		s.revisionAt[a.ID] = i
		s.options[i] = [2]string{`<option value="` + template.HTMLEscapeString(a.ID) + `"`,
			">" + template.HTMLEscapeString(actLabel(a)) + "</option>"}
		y := yearOfAct(a)
		if s.inYear[y] == nil {
			s.years = append(s.years, y)
		}
		s.inYear[y] = append(s.inYear[y], i)
	}
	slices.Sort(s.years)
	for i, t := range tr.Transfers {
		s.ofAct[t.Act.ID] = append(s.ofAct[t.Act.ID], i)
		to, from := directorateKey(t.To), directorateKey(t.From)
		s.received[to] = append(s.received[to], i)
		s.given[from] = append(s.given[from], i)
	}
	for i, c := range tr.Contradictions {
		s.contradictionsOf[c.Act.ID] = append(s.contradictionsOf[c.Act.ID], i)
	}
	s.latestReceived, s.latestGiven = s.latest(s.received), s.latest(s.given)
	return s
}

// latest keeps, of every list of positions longer than movesShown, the
// positions of the movesShown latest moves, latest first.
func (s *transferSet) latest(lists map[string][]int) map[string][]int {
	out := map[string][]int{}
	for key, positions := range lists {
		if len(positions) <= movesShown {
			continue
		}
		order := slices.Clone(positions)
		slices.SortStableFunc(order, func(a, b int) int {
			return cmp.Compare(s.Transfers.Transfers[b].Act.Date, s.Transfers.Transfers[a].Act.Date)
		})
		out[key] = order[:movesShown:movesShown]
	}
	return out
}

// yearOfAct is the year of the act's date, 0 when it has none.
func yearOfAct(a index.ActRef) int {
	if len(a.Date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(a.Date[:4])
	if err != nil {
		return 0
	}
	return y
}

// latestOfYear is the latest revision of year, and whether there is one.
func (s *transferSet) latestOfYear(year int) (index.ActRef, bool) {
	in := s.inYear[year]
	if len(in) == 0 {
		return index.ActRef{}, false
	}
	return s.revisions[in[len(in)-1]], true
}

// menu is the revision menu's options: the revisions of act's year, act's
// selected.
func (s *transferSet) menu(act string) template.HTML {
	selected, ok := s.revisionAt[act]
	if !ok {
		return ""
	}
	var b strings.Builder
	for _, i := range s.inYear[yearOfAct(s.revisions[selected])] {
		o := s.options[i]
		b.WriteString(o[0])
		if i == selected {
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

// shownMoves are how many moves come into and go out of the directorate
// name, and the rows its page shows of each: all of them, or the latest
// movesShown, latest first. row writes a move's row.
func (s *transferSet) shownMoves(name string, row func(index.Transfer) (template.HTML, error)) (received, given int, receivedRows, givenRows []template.HTML, err error) {
	key := directorateKey(name)
	shown := func(all, latest map[string][]int) []int {
		if l, ok := latest[key]; ok {
			return l
		}
		return all[key]
	}
	if receivedRows, err = s.rowsAt(shown(s.received, s.latestReceived), row); err != nil {
		return 0, 0, nil, nil, err
	}
	if givenRows, err = s.rowsAt(shown(s.given, s.latestGiven), row); err != nil {
		return 0, 0, nil, nil, err
	}
	return len(s.received[key]), len(s.given[key]), receivedRows, givenRows, nil
}

// rowsAt are the rows of the moves at positions, each written by row the
// first time a page asks for it.
func (s *transferSet) rowsAt(positions []int, row func(index.Transfer) (template.HTML, error)) ([]template.HTML, error) {
	out := make([]template.HTML, len(positions))
	s.rowsMu.Lock()
	defer s.rowsMu.Unlock()
	if s.rowHTML == nil {
		s.rowHTML = map[int]template.HTML{}
	}
	for i, p := range positions {
		html, ok := s.rowHTML[p]
		if !ok {
			var err error
			if html, err = row(s.Transfers.Transfers[p]); err != nil {
				return nil, err
			}
			s.rowHTML[p] = html
		}
		out[i] = html
	}
	return out, nil
}

// pick are the items at positions, in their order.
func pick[T any](items []T, positions []int) []T {
	out := make([]T, len(positions))
	for i, p := range positions {
		out[i] = items[p]
	}
	return out
}
