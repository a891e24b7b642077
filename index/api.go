package index

import (
	"context"

	"github.com/openalbo/albo/extract"
)

// Document types: what a hit is.
const (
	TypeObjective = "objective"
	TypeChange    = "change"
	TypeAct       = "act"
)

// Sort orders of a Request.
const (
	SortRelevance = "relevance"
	SortDate      = "date" // newest act first, then in index order
)

// Facet names a Request may ask for; they are also the filters.
const (
	FacetDirectorate = "directorate"
	FacetYear        = "year"
	FacetAct         = "act"
	FacetType        = "type"
	// FacetDirector counts the directors named by the documents; it is
	// also the Director filter.
	FacetDirector = "director"
)

// Evidence of a Transfer.
const (
	EvidenceDeclared = "declared" // the changes annex says so
	EvidenceObserved = "observed" // the lineage shows it
	EvidenceBoth     = "both"
)

// Request is one search. The zero value (empty Query) matches everything,
// so filters and facets work alone; "*" does the same.
type Request struct {
	// Query uses the bleve query string syntax: words, "phrases",
	// field:value, prefix*, typo~1, +must -mustnot. A phrase finds its
	// words in order with only stop words where it has stop words
	// ("gestione del territorio" finds "gestione dei territori", not
	// "gestione sostenibile territorio").
	Query string `json:"q"`
	// Filters: an empty string or zero means no filter. Directorate
	// matches every spelling of the directorate's name (case, accents,
	// punctuation and "Direzione" aside), as plans and annexes differ.
	Directorate string `json:"directorate,omitempty"`
	Year        int    `json:"year,omitempty"`
	Act         string `json:"act,omitempty"`
	Type        string `json:"type,omitempty"`
	// Director keeps the documents that name this director, as printed.
	Director string `json:"director,omitempty"`
	// Facets lists the facets to count (FacetDirectorate…); nil means none.
	Facets []string `json:"facets,omitempty"`
	// Limit is the page size (default 20, at most MaxLimit); Offset the
	// number of hits skipped.
	Limit  int `json:"limit,omitempty"`
	Offset int `json:"offset,omitempty"`
	// Sort is SortRelevance (default) or SortDate.
	Sort string `json:"sort,omitempty"`
	// Highlight asks for the matched words marked in Hit.Highlight.
	Highlight bool `json:"highlight,omitempty"`
	// DirectorateSpellings is set by Index.Search for its Backend: the
	// names as indexed that Directorate designates.
	DirectorateSpellings []string `json:"-"`
	// Group asks for one hit per objective: the hits of its revisions and
	// year columns fold into the best ranked one, which lists them
	// (Hit.Revisions, Hit.Years). Index.Search does it; a bare Backend
	// ignores it.
	Group bool `json:"group,omitempty"`
	// Latest keeps only the latest revision of each plan: the documents of
	// the revisions a later one supersedes are left out.
	Latest bool `json:"latest,omitempty"`
	// superseded (Latest) and ids (the documents of a grouped page) are
	// set by Index.Search for its Backend.
	superseded, ids []string
	// fold is set by Index.Search on the window of hits a grouped search
	// folds (foldHits), and says which of the window's hits its page
	// shows. A backend that can may then read every other hit with only
	// what folding reads (Type, Lineage, Act.Date and Score; ID too where
	// the hit is not an objective with a lineage), and the shown ones
	// whole; a Backend may also ignore it.
	fold func(window []Hit) (shown []int)
}

// Limits of a Request.
const (
	DefaultLimit = 20
	MaxLimit     = 1000
)

// ActRef names the act a record comes from.
type ActRef struct {
	ID     string `json:"id"`
	Organ  string `json:"organ,omitempty"`
	Number int    `json:"number,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD
}

// Hit is one matching record, in the shape of `albo search --json`.
type Hit struct {
	ID          string `json:"id"`
	Type        string `json:"type"`
	Act         ActRef `json:"act"`
	Directorate string `json:"directorate"`
	// DirectoratePrinted is the directorate as a change record words it,
	// when Directorate is the plan's name for it.
	DirectoratePrinted string  `json:"directorate_printed,omitempty"`
	Director           string  `json:"director"`
	Year               int     `json:"year"`
	Section            string  `json:"section,omitempty"`
	Kind               string  `json:"kind,omitempty"` // change kind for change records
	Text               string  `json:"text"`
	Highlight          string  `json:"highlight"` // Text with matches wrapped in <mark>…</mark>, HTML-escaped; empty unless asked
	Score              float64 `json:"score"`
	Page               int     `json:"page,omitempty"`
	Lineage            string  `json:"lineage,omitempty"` // objectives: the chain across plan revisions
	// Revisions and Years are, in a grouped search, the plan revisions and
	// the year columns the objective appears in; Folded is how many hits
	// of the search this one stands for.
	Revisions []ActRef `json:"revisions,omitempty"`
	Years     []int    `json:"years,omitempty"`
	Folded    int      `json:"folded,omitempty"`
}

// Response is the answer to a Request, the shape of `albo search --json`.
// Facets maps a facet name to its values and their counts over all matches.
type Response struct {
	Total int `json:"total"`
	// Grouped says the hits are one per objective (Request.Group); Total
	// then counts objectives, an estimate when TotalApprox (more hits than
	// a grouped search reads).
	Grouped     bool `json:"grouped,omitempty"`
	TotalApprox bool `json:"total_approx,omitempty"`
	// QueryAsWords is set when the query did not parse as query syntax
	// and was searched as these plain words (PlainWords) instead.
	QueryAsWords string                    `json:"query_as_words,omitempty"`
	Hits         []Hit                     `json:"hits"`
	Facets       map[string]map[string]int `json:"facets"`
}

// History is one objective across the plan revisions, oldest first.
type History struct {
	Lineage   string     `json:"lineage"`
	Revisions []Revision `json:"revisions"`
}

// Revision is an objective as one plan revision prints it.
type Revision struct {
	ID          string `json:"id"`
	Act         ActRef `json:"act"`
	Directorate string `json:"directorate"`
	Director    string `json:"director"`
	Year        int    `json:"year"`
	Section     string `json:"section,omitempty"`
	Text        string `json:"text"`
	Page        int    `json:"page,omitempty"`
	// Match says how this revision was linked to the previous one:
	// "exact", "normalised", "similar" or "declared" (the annex's transfer
	// record), "merged", "split" (part of an objective become two) or
	// "returned" (back after a plan without it); empty for the first.
	Match string `json:"match,omitempty"`
	// Evidence lists what supports the link to the previous one (the same
	// text, the year columns, the directorate or its successor, the annex,
	// the director), Confidence weighs it from 0 to 1, and Ambiguous says
	// another objective was as likely: the link is a guess, shown as such.
	Evidence   []string `json:"evidence,omitempty"`
	Confidence float64  `json:"confidence,omitempty"`
	Ambiguous  bool     `json:"ambiguous,omitempty"`
}

// Transfer is one move of an objective between directorates.
type Transfer struct {
	Text     string `json:"text"`
	From     string `json:"from"`
	To       string `json:"to"`
	Act      ActRef `json:"act"` // the revision where the objective sits in To
	Evidence string `json:"evidence"`
	// Lineage is the objective's chain, when the lineage found it.
	Lineage string `json:"lineage,omitempty"`
	// FromAct is the earlier revision the objective sat in From, when observed.
	FromAct *ActRef `json:"from_act,omitempty"`
	// Reason is the annex's sentence, when declared.
	Reason string `json:"reason,omitempty"`
	// Paired says whether the annex records both the outgoing and the
	// incoming side; false for a declared transfer with one side only.
	Paired bool `json:"paired"`
	// Records are the annex's records of it: the outgoing one, then the
	// incoming one.
	Records []extract.Change `json:"records,omitempty"`
	// Years are the year columns of the later revision the moved objective
	// is planned in, each with its chain: an objective planned for 2019 and
	// 2020 is one move with two years. Empty when the plan does not hold it.
	Years []TransferYear `json:"years"`
	// Year is the one year column of this row in the by-year breakdown
	// (Transfers.ByYear); 0 in the list of moves.
	Year int `json:"year,omitempty"`
}

// TransferYear is one year column of a moved objective.
type TransferYear struct {
	Year    int    `json:"year"`
	Lineage string `json:"lineage,omitempty"`
	Text    string `json:"text"` // as that column prints it
}

// Contradiction is a place where the changes annex disagrees with itself
// or with the plans; listed, never reconciled.
type Contradiction struct {
	Kind   string   `json:"kind"` // see the Contradiction* constants
	Act    ActRef   `json:"act"`
	Text   string   `json:"text"`
	Detail string   `json:"detail"`
	Places []string `json:"places,omitempty"` // the directorates involved
}

// Contradiction kinds.
const (
	// ContradictionUnmatchedOut: an outgoing transfer with no incoming record.
	ContradictionUnmatchedOut = "outgoing_without_incoming"
	// ContradictionUnmatchedIn: an incoming transfer with no outgoing record.
	ContradictionUnmatchedIn = "incoming_without_outgoing"
	// ContradictionManyPlaces: the same objective declared in several places.
	ContradictionManyPlaces = "declared_in_several_places"
)

// Transfers is what `albo transfers` reports.
type Transfers struct {
	Transfers      []Transfer      `json:"transfers"`
	Contradictions []Contradiction `json:"contradictions"`
}

// Diff is what changed between two revisions of a plan.
type Diff struct {
	From     ActRef      `json:"from"`
	To       ActRef      `json:"to"`
	Added    []DiffEntry `json:"added"`
	Removed  []DiffEntry `json:"removed"`
	Moved    []DiffEntry `json:"moved"`
	Retitled []DiffEntry `json:"retitled"`
	// Rescheduled lists the year columns an objective gained or lost
	// while it goes on (a new plan cycle drops the year past and adds the
	// next), each with its Column.
	Rescheduled []DiffEntry `json:"rescheduled"`
	// Reorganised lists the earlier directorates the later revision no
	// longer has, and where their objectives went.
	Reorganised []Reorganisation `json:"reorganised"`
}

// Reorganisation is what became of a directorate that a later revision no
// longer has: renamed (all it kept went to one new directorate), merged
// (into a directorate that existed before) or split (over several).
type Reorganisation struct {
	From string `json:"from"`
	Kind string `json:"kind"` // ReorganisationRenamed, …
	// To are the later directorates that received its objectives, the one
	// that received most first, with how many each.
	To []Successor `json:"to"`
}

// Successor is a directorate that received objectives of a reorganised one.
type Successor struct {
	Directorate string `json:"directorate"`
	Objectives  int    `json:"objectives"`
}

// Kinds of Reorganisation.
const (
	ReorganisationRenamed = "renamed"
	ReorganisationMerged  = "merged"
	ReorganisationSplit   = "split"
	ReorganisationGone    = "gone" // none of its objectives is in the later revision
)

// DiffEntry is one objective of a Diff. Moved entries carry both
// directorates and a Basis; Retitled entries both texts.
type DiffEntry struct {
	Lineage    string `json:"lineage,omitempty"`
	Year       int    `json:"year"`
	YearBefore int    `json:"year_before,omitempty"` // the earlier revision's column, when it differs
	// Column says, in Rescheduled, whether the objective gained the year
	// column (ColumnGained) or lost it (ColumnLost).
	Column          string `json:"column,omitempty"`
	Text            string `json:"text"`                       // as in the later revision (the earlier one for Removed)
	TextBefore      string `json:"text_before,omitempty"`      // as in the earlier revision, when it differs
	Directorate     string `json:"directorate"`                // in the later revision (the earlier one for Removed)
	DirectorateFrom string `json:"directorate_from,omitempty"` // Moved: in the earlier revision
	// Basis tells a real transfer from a renamed directorate (Moved only):
	// BasisTransfer or BasisRenamed.
	Basis string `json:"basis,omitempty"`
	// Declared says whether the later revision's changes annex records the
	// move.
	Declared bool `json:"declared,omitempty"`
	// Ambiguous says another objective was as likely a match: the move is
	// the best guess, to be checked by hand.
	Ambiguous bool `json:"ambiguous,omitempty"`
	// Returned says an added objective was in an earlier revision than
	// the one before, ReturnedFrom which.
	Returned     bool    `json:"returned,omitempty"`
	ReturnedFrom *ActRef `json:"returned_from,omitempty"`

	id string // the objective's id, for the diff's own bookkeeping
}

// Year columns of a rescheduled objective.
const (
	ColumnGained = "gained"
	ColumnLost   = "lost"
)

// Bases of a move.
const (
	BasisTransfer = "transfer"
	BasisRenamed  = "renamed"
)

// Input is one act offered to Update. Digest identifies the content
// (e.g. the PDF digest and the extractor version): an act whose Digest is
// already indexed is skipped without calling Load.
type Input struct {
	Act    ActRef
	Digest string
	Load   func(ctx context.Context) (*extract.Result, error)
}

// UpdateStats says what Update did.
type UpdateStats struct {
	Indexed   int  `json:"indexed"`   // acts (re-)indexed
	Unchanged int  `json:"unchanged"` // acts skipped: same digest
	Removed   int  `json:"removed"`   // acts no longer offered, dropped
	Failed    int  `json:"failed"`    // acts whose Load failed
	Documents int  `json:"documents"` // documents written
	Rebuilt   bool `json:"rebuilt"`   // the mapping version changed: everything was redone
}

// Document is one record as the backend stores it.
type Document struct {
	ID          string `json:"id"`
	Type        string `json:"type"`
	ActID       string `json:"act_id"`
	Organ       string `json:"organ,omitempty"`
	Number      int    `json:"number,omitempty"`
	Date        string `json:"date,omitempty"`
	Directorate string `json:"directorate,omitempty"`
	// DirectoratePrinted is the change record's own wording of the
	// directorate, when Directorate is the plan's name for it.
	DirectoratePrinted string `json:"directorate_printed,omitempty"`
	Director           string `json:"director,omitempty"`
	Year               int    `json:"year,omitempty"`
	Section            string `json:"section,omitempty"`
	Kind               string `json:"kind,omitempty"`
	Text               string `json:"text"`
	Page               int    `json:"page,omitempty"`
	Lineage            string `json:"lineage,omitempty"`
}

// Backend stores documents and answers searches. The embedded bleve index
// is one; a distributed one can stand beside it.
type Backend interface {
	// Index adds or replaces the documents (by ID) as one batch. They
	// are searchable when it returns, durable after Flush.
	Index(ctx context.Context, docs []Document) error
	// Delete removes the documents with these IDs; unknown IDs are ignored.
	Delete(ctx context.Context, ids []string) error
	// Flush returns when everything indexed and deleted so far is on disk.
	Flush(ctx context.Context) error
	// Search answers a request.
	Search(ctx context.Context, req Request) (*Response, error)
	// Close releases the backend.
	Close() error
}

// ContradictionNotInPlan: a declared transfer whose objective the later
// plan does not hold in the receiving directorate.
const ContradictionNotInPlan = "declared_not_in_plan"
