package web

import (
	"cmp"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/openalbo/albo/index"
)

// Geometry of the transfers matrix, in SVG user units.
const (
	cellSize    = 30
	labelWidth  = 360
	headerSpace = 34
	labelRunes  = 46
)

type transfersView struct {
	// HasRevisions says some revision moves objectives. Years are the
	// years of their dates, Year Act's; Menu is the <option> of each
	// revision of Year, Act's selected.
	HasRevisions bool
	Years        []int
	Year         int
	Menu         template.HTML
	Act          index.ActRef
	Matrix       matrix
	From, To     string
	// ByYear breaks the moves down by year column (?by=year): the cells
	// and the lists count year columns rather than objectives.
	ByYear         bool
	Moves          int // moves shown (rows, with ByYear)
	CSVURL         string
	JSONURL        string
	Flows          []flow
	Contradictions []index.Contradiction
}

// matrix lays the flows of one revision out as a from × to grid: row i is
// the directorate Names[i] giving objectives away, column j the one
// receiving them (numbered, with the names listed beside it).
type matrix struct {
	Names         []string
	Labels        []string // Names cut to fit beside the grid
	Cells         []cell
	Width, Height int
	GridX         int
}

type cell struct {
	X, Y, Row, Col int
	Count          int
	Evidence       string // index.Evidence*, or "mixed"
	URL            string
	Title          string
	Selected       bool
}

// flow is all the objectives moved from one directorate to another.
type flow struct {
	From, To  string
	Transfers []transferView
}

type transferView struct {
	index.Transfer
	URL string // the objective's page, or a search for its text
}

func (h *Handler) transfersPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for _, k := range []string{"act", "year", "from", "to", "by"} {
		if utf8.RuneCountInString(q.Get(k)) > MaxQueryLen {
			h.pageError(w, r, badRequestf("il parametro %q è troppo lungo", k))
			return
		}
	}
	byYear, err := byYearParam(q)
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	set, err := h.transfers.get(r.Context(), h.cfg.Index)
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	view := transfersView{HasRevisions: len(set.revisions) > 0, From: q.Get("from"), To: q.Get("to"), ByYear: byYear}
	if view.HasRevisions {
		view.Act = set.revisions[len(set.revisions)-1]
	}
	if id := q.Get("act"); id != "" {
		i, ok := set.revisionAt[id]
		if !ok {
			h.pageError(w, r, ErrNotFound)
			return
		}
		view.Act = set.revisions[i]
	}
	// A year chosen in the menu shows its latest revision, unless the
	// revision asked for is of that year.
	if y := q.Get("year"); y != "" {
		year, err := strconv.Atoi(y)
		if err != nil {
			h.pageError(w, r, badRequestf("il parametro \"year\" vuole un anno, come 2020"))
			return
		}
		if yearOfAct(view.Act) != year {
			latest, ok := set.latestOfYear(year)
			if !ok {
				h.pageError(w, r, ErrNotFound)
				return
			}
			view.Act = latest
		}
	}
	view.Years, view.Year, view.Menu = set.years, yearOfAct(view.Act), set.menu(view.Act.ID)
	moves := set.movesOf(view.Act.ID, byYear)
	view.Moves = len(moves)
	export := url.Values{"act": {view.Act.ID}}
	if byYear {
		export.Set("by", "year")
	}
	view.JSONURL = "/api/transfers?" + export.Encode()
	export.Set("format", "csv")
	view.CSVURL = "/api/transfers?" + export.Encode()
	view.Matrix = newMatrix(moves, view.Act.ID, view.From, view.To, byYear)
	view.Flows = flows(moves, view.From, view.To)
	view.Contradictions = set.contradictionsIn(view.Act.ID)
	h.render(w, r, http.StatusOK, "transfers", view)
}

// revisions lists the acts the transfers land in, oldest first.
func revisions(ts []index.Transfer) []index.ActRef {
	seen := map[string]bool{}
	var acts []index.ActRef
	for _, t := range ts {
		if !seen[t.Act.ID] {
			seen[t.Act.ID] = true
			acts = append(acts, t.Act)
		}
	}
	slices.SortFunc(acts, func(a, b index.ActRef) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
	return acts
}

// byYearParam reads ?by=: empty for one row per moved objective, "year"
// for one per year column.
func byYearParam(q url.Values) (bool, error) {
	switch q.Get("by") {
	case "":
		return false, nil
	case "year":
		return true, nil
	}
	return false, badRequestf("il parametro \"by\" accetta solo \"year\" (un trasferimento per anno)")
}

func transfersURL(act, from, to string, byYear bool) string {
	v := url.Values{"act": {act}}
	if from != "" {
		v.Set("from", from)
		v.Set("to", to)
	}
	if byYear {
		v.Set("by", "year")
	}
	return "/transfers?" + v.Encode() + "#flussi"
}

func newMatrix(moves []index.Transfer, act, from, to string, byYear bool) matrix {
	var names []string
	for _, t := range moves {
		names = append(names, t.From, t.To)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	pos := make(map[string]int, len(names))
	for i, n := range names {
		pos[n] = i
	}
	type key struct{ row, col int }
	cells := map[key]*cell{}
	for _, t := range moves {
		k := key{pos[t.From], pos[t.To]}
		c := cells[k]
		if c == nil {
			c = &cell{Row: k.row, Col: k.col, Evidence: t.Evidence,
				X: labelWidth + k.col*cellSize, Y: headerSpace + k.row*cellSize,
				URL: transfersURL(act, t.From, t.To, byYear), Selected: t.From == from && t.To == to}
			cells[k] = c
		}
		c.Count++
		if c.Evidence != t.Evidence {
			c.Evidence = "mixed"
		}
	}
	m := matrix{Names: names, GridX: labelWidth,
		Width: labelWidth + len(names)*cellSize + 2, Height: headerSpace + len(names)*cellSize + 2}
	for _, n := range names {
		m.Labels = append(m.Labels, cut(n, labelRunes))
	}
	for _, c := range cells {
		c.Title = names[c.Row] + " → " + names[c.Col]
		m.Cells = append(m.Cells, *c)
	}
	slices.SortFunc(m.Cells, func(a, b cell) int { return cmp.Or(cmp.Compare(a.Row, b.Row), cmp.Compare(a.Col, b.Col)) })
	return m
}

// flows groups the moves by (from, to); with from and to set, only that one.
func flows(moves []index.Transfer, from, to string) []flow {
	var fs []flow
	for _, t := range moves {
		if from != "" && (t.From != from || t.To != to) {
			continue
		}
		i := slices.IndexFunc(fs, func(f flow) bool { return f.From == t.From && f.To == t.To })
		if i < 0 {
			fs = append(fs, flow{From: t.From, To: t.To})
			i = len(fs) - 1
		}
		v := transferView{Transfer: t, URL: searchURL(t.Text, t.Act.ID)}
		if t.Lineage != "" {
			v.URL = "/objectives/" + escapeID(t.Lineage)
		}
		fs[i].Transfers = append(fs[i].Transfers, v)
	}
	slices.SortFunc(fs, func(a, b flow) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	return fs
}

// cut shortens s to at most n runes, marking the cut with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// apiTransfers answers the array of `albo transfers --format json`,
// restricted to one revision by ?act=, broken down by year column with
// ?by=year, as CSV with ?format=csv.
func (h *Handler) apiTransfers(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	asCSV, err := csvParam(q)
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	byYear, err := byYearParam(q)
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	set, err := h.transfers.get(r.Context(), h.cfg.Index)
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	moves := set.rows(byYear)
	if act := q.Get("act"); act != "" {
		moves = set.movesOf(act, byYear)
	}
	if asCSV {
		writeCSV(w, "trasferimenti", func(out io.Writer) error { return index.WriteTransfersCSV(out, moves) })
		return
	}
	writeJSON(w, http.StatusOK, nonNil(moves))
}

// apiContradictions answers the array of `albo transfers --contradictions
// --json`, restricted to one revision by ?act=.
func (h *Handler) apiContradictions(w http.ResponseWriter, r *http.Request) {
	set, err := h.transfers.get(r.Context(), h.cfg.Index)
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	found := set.Contradictions
	if act := r.URL.Query().Get("act"); act != "" {
		found = set.contradictionsIn(act)
	}
	writeJSON(w, http.StatusOK, nonNil(found))
}

// nonNil is items, or an empty slice for none, so that none prints as [].
func nonNil[T any](items []T) []T {
	if items == nil {
		return []T{}
	}
	return items
}
