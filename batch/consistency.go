package batch

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"golang.org/x/text/unicode/norm"
)

// ConsistencyFields are the fields compared, in the order reported.
var ConsistencyFields = []string{"number", "date", "subject"}

// Disagreement is one field on which the listing and the document differ.
type Disagreement struct {
	Field    string `json:"field"`
	Listing  string `json:"listing"`
	Document string `json:"document"`
}

// ActConsistency is the comparison of one act.
type ActConsistency struct {
	Act string `json:"act"`
	// Document is the extracted document whose header was compared (the
	// act's first file whose extraction reads an act number); empty when
	// no extraction reads one, and then nothing was compared.
	Document      string         `json:"document,omitempty"`
	Disagreements []Disagreement `json:"disagreements,omitempty"`
	// Compared lists the fields both sides give.
	Compared []string `json:"compared,omitempty"`
}

// ConsistencySummary counts a whole check.
type ConsistencySummary struct {
	Acts       int               `json:"acts"`       // acts with the listing's word
	NoHeader   int               `json:"no_header"`  // of which no extraction reads an act header
	Agree      int               `json:"agree"`      // compared, every field agrees
	Disagree   int               `json:"disagree"`   // compared, some field differs
	NotListed  int               `json:"not_listed"` // acts imported, not crawled: nothing to compare
	FieldAgree map[string][2]int `json:"fields"`     // field -> [agree, compared]
}

// CheckConsistency compares, for every act the corpus holds the Albo
// listing's word on (a crawled act: its record's number, date and subject
// are what the listing said), that word with the document's own: the
// header the extractor read from the act's main document. Neither is taken
// for the truth; a disagreement is an error of the Albo, of the crawler's
// profile or of the extractor, and the share of agreement is an accuracy
// figure over any crawled corpus without hand-written answers.
//
// report is called for each crawled act (in id order). An act whose record
// or extraction cannot be read is one of the errors returned, and the
// check goes on; it stops early only when ctx ends.
func CheckConsistency(ctx context.Context, store *corpus.Store, report func(ActConsistency)) (*ConsistencySummary, []error) {
	sum := &ConsistencySummary{FieldAgree: map[string][2]int{}}
	var errs []error
	for a, err := range store.Acts(ctx) {
		if err != nil {
			if ctx.Err() != nil {
				return sum, append(errs, err)
			}
			errs = append(errs, err)
			continue
		}
		if a.ListingURL == "" && a.DetailURL == "" {
			sum.NotListed++
			continue
		}
		sum.Acts++
		c, err := compareAct(store, a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		switch {
		case c.Document == "":
			sum.NoHeader++
		case len(c.Disagreements) > 0:
			sum.Disagree++
		default:
			sum.Agree++
		}
		differs := map[string]bool{}
		for _, d := range c.Disagreements {
			differs[d.Field] = true
		}
		for _, f := range c.Compared {
			n := sum.FieldAgree[f]
			n[1]++
			if !differs[f] {
				n[0]++
			}
			sum.FieldAgree[f] = n
		}
		if report != nil {
			report(c)
		}
	}
	return sum, errs
}

// compareAct compares one act's record with the header of its main
// document.
func compareAct(store *corpus.Store, a *corpus.Act) (ActConsistency, error) {
	c := ActConsistency{Act: a.ID}
	doc, head, err := mainHeader(store, a)
	if err != nil || head == nil {
		return c, err
	}
	c.Document = doc
	pairs := []struct {
		field             string
		listing, document string
		same              func(a, b string) bool
	}{
		{"number", numberText(a.Number), numberText(head.Number), sameText},
		{"date", a.Date, head.Date, sameText},
		{"subject", a.Subject, head.Subject, SameSubject},
	}
	for _, p := range pairs {
		if p.listing == "" || p.document == "" {
			continue
		}
		c.Compared = append(c.Compared, p.field)
		if !p.same(p.listing, p.document) {
			c.Disagreements = append(c.Disagreements, Disagreement{p.field, p.listing, p.document})
		}
	}
	return c, nil
}

func numberText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func sameText(a, b string) bool { return a == b }

// mainHeader is the act header of the act's main document: the first of
// its files, in the record's order, whose latest extraction reads an act
// number. Attachments and certificates, which carry no header of their
// own, are passed over.
func mainHeader(store *corpus.Store, a *corpus.Act) (string, *extract.Act, error) {
	for _, f := range a.Files {
		if f.PDFSHA256 == "" {
			continue
		}
		_, data, err := store.LatestExtraction(f.PDFSHA256)
		if err != nil {
			continue // not extracted (yet, or quarantined): nothing to compare
		}
		var res extract.Result
		if err := json.Unmarshal(data, &res); err != nil {
			return "", nil, fmt.Errorf("act %s: extraction of %s: %w", a.ID, f.PDFSHA256, err)
		}
		if res.Act != nil && res.Act.Number != 0 {
			return f.Name, res.Act, nil
		}
	}
	return "", nil, nil
}

// SameSubject says whether two wordings of an act's subject are the same
// subject: equal once case, accents, punctuation and spacing are set aside,
// or one the other cut short (listings shorten long subjects, with or
// without an ellipsis), or sharing nearly all their words (a listing may
// drop an "OGGETTO:" label or a reference number).
func SameSubject(a, b string) bool {
	wa, wb := subjectWords(a), subjectWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return len(wa) == len(wb)
	}
	ja, jb := strings.Join(wa, " "), strings.Join(wb, " ")
	if ja == jb {
		return true
	}
	if min(len(ja), len(jb)) >= minTruncatedSubject && (strings.HasPrefix(jb, ja) || strings.HasPrefix(ja, jb)) {
		return true
	}
	return wordOverlap(wa, wb) >= sameSubjectOverlap
}

const (
	// minTruncatedSubject is the shortest cut-short subject taken for the
	// start of a longer one: shorter prefixes ("Approvazione") say nothing.
	minTruncatedSubject = 40
	// sameSubjectOverlap is the share of words two wordings must share.
	sameSubjectOverlap = 0.8
)

// subjectWords folds a subject to lowercase words without accents, with
// an "oggetto" label and a trailing ellipsis removed.
func subjectWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	if len(words) > 0 && words[0] == "oggetto" {
		words = words[1:]
	}
	return words
}

// wordOverlap is the share of the words of the longer wording that the
// other has (each word counted as often as it occurs).
func wordOverlap(a, b []string) float64 {
	if len(a) < len(b) {
		a, b = b, a
	}
	have := map[string]int{}
	for _, w := range b {
		have[w]++
	}
	shared := 0
	for _, w := range a {
		if have[w] > 0 {
			have[w]--
			shared++
		}
	}
	return float64(shared) / float64(len(a))
}

// Line is the summary in one line: acts compared, how many agree, and the
// share of agreement per field.
func (s *ConsistencySummary) Line() string {
	var b strings.Builder
	fmt.Fprintf(&b, "consistency: %d listed acts: %d agree, %d disagree, %d without a document header",
		s.Acts, s.Agree, s.Disagree, s.NoHeader)
	for _, f := range ConsistencyFields {
		if n := s.FieldAgree[f]; n[1] > 0 {
			fmt.Fprintf(&b, "; %s %d/%d (%.1f%%)", f, n[0], n[1], 100*float64(n[0])/float64(n[1]))
		}
	}
	return b.String()
}
