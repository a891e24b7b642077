package web

import (
	"cmp"
	"context"
	"html/template"
	"net/http"
	"slices"
	"strings"

	"github.com/openalbo/albo/index"
)

// Directorate is a directorate across the plan revisions: the shape of
// /api/directorates/{name} and what its page shows.
type Directorate struct {
	Name string `json:"name"`
	// Directors lists who led it, in the order of the revisions.
	Directors []DirectorTerm `json:"directors"`
	// Years holds its objectives per year column, latest revision first.
	Years []YearObjectives `json:"years"`
	// Received and Given are the objectives moved into and out of it: all
	// of them in the API; the page counts them, and shows their rows.
	Received []index.Transfer `json:"received"`
	Given    []index.Transfer `json:"given"`
	// Truncated says the directorate has more than objectivesShown
	// objectives: the latest revisions' are given, and AllObjectives
	// searches them all.
	Truncated     bool   `json:"truncated,omitempty"`
	AllObjectives string `json:"-"`
	// The page shows the rows of the latest movesShown of each list of
	// moves (where a directorate's name is shared by many plans they can
	// be thousands), out of ReceivedCount and GivenCount.
	ReceivedCount, GivenCount int             `json:"-"`
	ShownReceived, ShownGiven []template.HTML `json:"-"`
}

// objectivesShown is how many objectives a directorate's page and its API
// give, the latest revisions' first: every revision of a real plan (a
// Milano directorate has some tens of objectives in each), while a name
// shared by hundreds of plans does not render thousands on every visit.
const objectivesShown = 200

// movesShown is how many moves of each kind a directorate's page lists.
const movesShown = 50

// DirectorTerm is a director with the revisions that name them.
type DirectorTerm struct {
	Director string         `json:"director"`
	Acts     []index.ActRef `json:"acts"`
}

// YearObjectives are the objectives of one year column, per plan
// revision, latest first.
type YearObjectives struct {
	Year      int                  `json:"year"`
	Revisions []RevisionObjectives `json:"revisions"`
}

// RevisionObjectives are the objectives one revision of the plan gives.
type RevisionObjectives struct {
	Act index.ActRef `json:"act"`
	// Objectives point into the search's hits, which are only read.
	Objectives []*index.Hit `json:"objectives"`
}

// directorate is what a directorate's page shows.
func (h *Handler) directorate(ctx context.Context, name string) (*Directorate, error) {
	d, set, err := h.directorateObjectives(ctx, name)
	if err != nil {
		return nil, err
	}
	if d.ReceivedCount, d.GivenCount, d.ShownReceived, d.ShownGiven, err = set.shownMoves(name, h.moveRow); err != nil {
		return nil, err
	}
	if len(d.Years) == 0 && d.ReceivedCount == 0 && d.GivenCount == 0 {
		return nil, ErrNotFound
	}
	return d, nil
}

// directorateWithMoves is what a directorate's API gives: every move.
func (h *Handler) directorateWithMoves(ctx context.Context, name string) (*Directorate, error) {
	d, set, err := h.directorateObjectives(ctx, name)
	if err != nil {
		return nil, err
	}
	d.Received, d.Given = set.movesOfDirectorate(name)
	if len(d.Years) == 0 && len(d.Received) == 0 && len(d.Given) == 0 {
		return nil, ErrNotFound
	}
	return d, nil
}

// directorateObjectives is the directorate's directors and objectives, and
// the transfers its moves are read from.
func (h *Handler) directorateObjectives(ctx context.Context, name string) (*Directorate, *transferSet, error) {
	if name == "" || len(name) > MaxQueryLen {
		return nil, nil, ErrNotFound
	}
	resp, err := h.search(ctx, index.Request{
		Directorate: name, Type: index.TypeObjective, Limit: objectivesShown, Sort: index.SortDate,
	})
	if err != nil {
		return nil, nil, err
	}
	set, err := h.transfers.get(ctx, h.cfg.Index)
	if err != nil {
		return nil, nil, err
	}
	d := &Directorate{Name: name, Truncated: resp.Total > len(resp.Hits),
		AllObjectives: "/?" + searchValues(index.Request{Directorate: name, Type: index.TypeObjective, Group: true}, 1).Encode(),
		Directors:     directorTerms(resp.Hits), Years: byYearAndRevision(resp.Hits)}
	return d, set, nil
}

// moveRow writes the table row of a move on a directorate's page.
func (h *Handler) moveRow(t index.Transfer) (template.HTML, error) {
	var b strings.Builder
	if err := h.pages.byName["directorate"].ExecuteTemplate(&b, "move-row", t); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil // written by html/template
}

// byYearAndRevision groups objectives by year (latest first), then by the
// revision that gives them (latest first), keeping the index's order
// inside each group. A name shared by hundreds of plans gives a page a
// hundred revisions a year: each hit finds its group by map, not by a
// scan of the groups, and is pointed to, not copied.
func byYearAndRevision(hits []index.Hit) []YearObjectives {
	type revisionKey struct {
		year int
		act  string
	}
	var years []YearObjectives
	yearAt := map[int]int{}
	revisionAt := map[revisionKey]int{}
	for i := range hits {
		hit := &hits[i]
		key := revisionKey{hit.Year, hit.Act.ID}
		y, ok := yearAt[key.year]
		if !ok {
			y = len(years)
			yearAt[key.year] = y
			years = append(years, YearObjectives{Year: key.year})
		}
		r, ok := revisionAt[key]
		if !ok {
			r = len(years[y].Revisions)
			revisionAt[key] = r
			years[y].Revisions = append(years[y].Revisions, RevisionObjectives{Act: hit.Act})
		}
		years[y].Revisions[r].Objectives = append(years[y].Revisions[r].Objectives, hit)
	}
	slices.SortFunc(years, func(a, b YearObjectives) int { return cmp.Compare(b.Year, a.Year) })
	for _, y := range years {
		slices.SortFunc(y.Revisions, func(a, b RevisionObjectives) int {
			return cmp.Or(cmp.Compare(b.Act.Date, a.Act.Date), cmp.Compare(b.Act.ID, a.Act.ID))
		})
	}
	return years
}

// directorTerms groups the revisions by the director they name, oldest
// revision first.
func directorTerms(hits []index.Hit) []DirectorTerm {
	acts := map[string]index.ActRef{}
	directorOf := map[string]string{}
	for _, h := range hits {
		acts[h.Act.ID] = h.Act
		if h.Director != "" {
			directorOf[h.Act.ID] = h.Director
		}
	}
	ordered := make([]index.ActRef, 0, len(acts))
	for _, a := range acts {
		ordered = append(ordered, a)
	}
	slices.SortFunc(ordered, func(a, b index.ActRef) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
	var terms []DirectorTerm
	for _, a := range ordered {
		name := directorOf[a.ID]
		if name == "" {
			continue
		}
		if n := len(terms); n > 0 && terms[n-1].Director == name {
			terms[n-1].Acts = append(terms[n-1].Acts, a)
			continue
		}
		terms = append(terms, DirectorTerm{Director: name, Acts: []index.ActRef{a}})
	}
	return terms
}

// pageAndAPI are the handlers of a page and of its JSON twin, both
// showing what lookup finds for the path value key ("" for none).
func pageAndAPI[T any](h *Handler, page, key string, lookup func(context.Context, string) (T, error)) (pageHandler, apiHandler http.HandlerFunc) {
	pageHandler = func(w http.ResponseWriter, r *http.Request) {
		v, err := lookup(r.Context(), r.PathValue(key))
		if err != nil {
			h.pageError(w, r, err)
			return
		}
		h.render(w, r, http.StatusOK, page, v)
	}
	apiHandler = func(w http.ResponseWriter, r *http.Request) {
		v, err := lookup(r.Context(), r.PathValue(key))
		if err != nil {
			h.apiError(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
	return pageHandler, apiHandler
}
