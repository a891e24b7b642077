package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
	"github.com/openalbo/albo/internal/testenv"
)

// realdataDir is ../shared/realdata beside the repository, read in place:
// its files are real acts of other municipalities, not ours to copy.
var realdataDir = filepath.Join("..", "..", "shared", "realdata")

// requireRealdata returns realdataDir (see requireShared).
func requireRealdata(t testing.TB) string {
	t.Helper()
	return requireShared(t, "realdata")
}

// requireShared returns the folder of ../shared beside the repository
// (realdata, realdata-corpus). The test skips when the folder is absent (a
// checkout outside the project's setting) and fails when
// ALBO_REQUIRE_SHARED=1, as CI sets it.
func requireShared(t testing.TB, folder string) string {
	t.Helper()
	return testenv.SharedDir(t, folder)
}

// realdataBytes reads one file of ../shared/realdata (see requireRealdata).
func realdataBytes(t testing.TB, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(requireRealdata(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// accuracy counts, per field, how many answers of an answer key the
// extractor got right, and remembers the misses to show them.
type accuracy struct {
	fields []string // in first-seen order, for a stable report
	right  map[string]int
	total  map[string]int
	misses []miss
}

// miss is one wrong answer: where says in which document (or part).
type miss struct{ field, where, want, got string }

func newAccuracy() *accuracy {
	return &accuracy{right: map[string]int{}, total: map[string]int{}}
}

// check scores one answer; want and got are compared as printed with %q so
// that invisible differences (spaces, quotes) show in the report.
func (a *accuracy) check(field, where string, want, got any) bool {
	if _, seen := a.total[field]; !seen {
		a.fields = append(a.fields, field)
	}
	a.total[field]++
	w, g := fmt.Sprintf("%q", fmt.Sprint(want)), fmt.Sprintf("%q", fmt.Sprint(got))
	if w == g {
		a.right[field]++
		return true
	}
	a.misses = append(a.misses, miss{field, where, w, g})
	return false
}

// rate is the share of right answers for field, 1 when it was never asked.
func (a *accuracy) rate(field string) float64 {
	if a.total[field] == 0 {
		return 1
	}
	return float64(a.right[field]) / float64(a.total[field])
}

// report logs one line per field and every miss.
func (a *accuracy) report(t testing.TB) {
	t.Helper()
	a.reportFields(t)
	for _, m := range a.misses {
		t.Logf("%s %s:\n\twant %s\n\tgot  %s", m.where, m.field, m.want, m.got)
	}
}

// reportFields logs one line per field: right, asked, share.
func (a *accuracy) reportFields(t testing.TB) {
	t.Helper()
	var b strings.Builder
	for _, f := range a.fields {
		fmt.Fprintf(&b, "\n%-22s %4d/%-4d %6.1f%%", f, a.right[f], a.total[f], 100*a.rate(f))
	}
	t.Logf("per-field accuracy:%s", b.String())
}

// realdataKey is the answer key of one file of ../shared/realdata
// (testdata/realdata-keys.json, written by reading the documents; see
// testdata/realdata-keys.NOTES.md). Zero fields are not printed in the
// document and are not scored.
type realdataKey struct {
	File string `json:"file"`
	What string `json:"what"`
	Act  *Act   `json:"act"`
	// SourceKind and Signers describe the file: a PDF or a signed envelope,
	// and the common names of its signers, outermost first.
	SourceKind string   `json:"source_kind"`
	Signers    []string `json:"signers"`
	// PagesWithoutText are the scanned pages.
	PagesWithoutText []int `json:"pages_without_text"`
	// PlanDirectorates and PlanObjectives count the plan an annex holds.
	PlanDirectorates int `json:"plan_directorates"`
	PlanObjectives   int `json:"plan_objectives"`
	// OperativePoints counts the numbered points of the deliberation's
	// dispositive part.
	OperativePoints int `json:"operative_points"`
	// Unreadable is set for files that are no document: Read must refuse
	// them with a *KindError whose message says this.
	Unreadable string `json:"unreadable"`
	// Role is the document's role (Result.DocumentRole), where the key
	// gives it.
	Role string `json:"role"`
	// voteCounts are the act's "vote_counts" (see keyVoteCounts).
	voteCounts map[string]int
}

// keyVoteCounts are the counts of a vote as an answer key prints them in
// its act ("vote_counts"), compared with those of the extraction's JSON so
// that they are scored whatever Go field carries them.
type keyVoteCounts struct {
	VoteCounts map[string]int `json:"vote_counts"`
}

// realdataKnownMisses are the answers the extractor is known to get wrong
// today, keyed "file|field", each with the reason. Every other answer of
// the key must be right: the act's identity (issuer, kind, number, date,
// subject) is what the index, the search and every link rest on. A known
// miss that comes right fails the test too, so that the list only shrinks.
var realdataKnownMisses = map[string]string{}

// TestRealdataActs runs the whole extraction (Read) over every real act of
// ../shared/realdata and scores it against the answer key, field by field.
// None of the documents the key gives no plan may read as one: the shape
// of the plans must not be seen in other producers' tables with years.
func TestRealdataActs(t *testing.T) {
	keys := loadKeys(t, filepath.Join("testdata", "realdata-keys.json"))
	acc := newAccuracy()
	for _, key := range keys {
		data := realdataBytes(t, key.File)
		res, err := Read(context.Background(), key.File, data, Options{})
		scoreRead(t, acc, filepath.Base(key.File), key, res, err)
		if err == nil && key.PlanDirectorates == 0 && res.Plan != nil {
			t.Errorf("%s: a plan of %d directorates, where the key has none", key.File, len(res.Plan.Directorates))
		}
	}
	acc.report(t)
	checkKnownMisses(t, acc, realdataKnownMisses, "realdataKnownMisses")
}

// scoreRead scores one file's extraction, or its refusal when the key says
// the file is no document.
func scoreRead(t testing.TB, acc *accuracy, where string, key realdataKey, res *Result, err error) {
	t.Helper()
	if key.Unreadable != "" {
		var kindErr *KindError
		got := fmt.Sprint("read: ", err)
		if errors.As(err, &kindErr) && strings.Contains(err.Error(), key.Unreadable) {
			got = "refused: " + key.Unreadable
		}
		acc.check("unreadable", where, "refused: "+key.Unreadable, got)
		return
	}
	if err != nil {
		t.Errorf("%s: %v", where, err)
		return
	}
	scoreRealdata(acc, where, key, res)
}

// checkKnownMisses fails on every miss not in known ("where|field") and on
// every known miss that came right, so that the list only shrinks.
func checkKnownMisses(t testing.TB, acc *accuracy, known map[string]string, listName string) {
	t.Helper()
	missed := map[string]bool{}
	for _, m := range acc.misses {
		k := m.where + "|" + m.field
		missed[k] = true
		if _, ok := known[k]; !ok {
			t.Errorf("%s %s: want %s, got %s", m.where, m.field, m.want, m.got)
		}
	}
	for k, why := range known {
		if !missed[k] {
			t.Errorf("%s is right now (it was a known miss: %s): remove it from %s", k, why, listName)
		}
	}
}

func scoreRealdata(acc *accuracy, where string, key realdataKey, res *Result) {
	if key.Role != "" {
		acc.check("role", where, key.Role, res.DocumentRole)
	}
	if key.SourceKind != "" {
		acc.check("source kind", where, key.SourceKind, res.Source.Kind)
	}
	if key.Signers != nil {
		var names []string
		for _, s := range res.Source.Signatures {
			names = append(names, s.CommonName)
		}
		acc.check("signers", where, key.Signers, names)
	}
	if key.PagesWithoutText != nil {
		acc.check("pages without text", where, key.PagesWithoutText, res.Source.PagesWithoutText)
		// Without OCR the missing text must be said, never silent.
		warned := slices.ContainsFunc(res.Source.Warnings, func(w string) bool { return strings.Contains(w, "no text layer") })
		acc.check("no-text warning", where, len(key.PagesWithoutText) > 0, warned)
	}
	if key.PlanDirectorates > 0 {
		directorates, objectives := 0, 0
		if res.Plan != nil {
			directorates = len(res.Plan.Directorates)
			for _, d := range res.Plan.Directorates {
				objectives += len(d.Objectives)
			}
		}
		acc.check("plan directorates", where, key.PlanDirectorates, directorates)
		acc.check("plan objectives", where, key.PlanObjectives, objectives)
	}
	want := key.Act
	if want == nil {
		return
	}
	got := res.Act
	if got == nil {
		got = &Act{Municipality: res.Issuer} // an annex names only its issuer
	}
	// Names of organs, offices and people are compared without regard to
	// case and spacing: "GIUNTA COMUNALE" and "Giunta Comunale" are one
	// organ. A subject is compared as printed.
	fold := func(field, want, got string) {
		if want != "" {
			acc.check(field, where, keyFold(want), keyFold(got))
		}
	}
	fold("municipality", want.Municipality, got.Municipality)
	fold("organ", want.Organ, got.Organ)
	fold("office", want.Office, got.Office)
	fold("proposing office", want.ProposingOffice, got.ProposingOffice)
	fold("kind", want.Kind, got.Kind)
	if want.Number != 0 {
		acc.check("number", where, want.Number, got.Number)
	}
	if want.SectorNumber != 0 {
		acc.check("sector number", where, want.SectorNumber, got.SectorNumber)
	}
	if want.Date != "" {
		acc.check("date", where, want.Date, got.Date)
	}
	if want.Time != "" {
		acc.check("time", where, want.Time, got.Time)
	}
	if want.Subject != "" {
		acc.check("subject", where, want.Subject, got.Subject)
	}
	if want.ProposalNumber != 0 {
		acc.check("proposal number", where, want.ProposalNumber, got.ProposalNumber)
		acc.check("proposal date", where, want.ProposalDate, got.ProposalDate)
	}
	if key.OperativePoints > 0 {
		acc.check("operative points", where, key.OperativePoints, len(got.OperativePoints))
	}
	if want.ImmediatelyExecutive {
		acc.check("immediately executive", where, true, got.ImmediatelyExecutive)
	}
	scoreOfficers(acc, where, want.President, want.Secretary, got)
	if want.Vote != "" {
		acc.check("vote", where, want.Vote, got.Vote)
	}
	if key.voteCounts != nil {
		// Only the counts the key gives: a count the act prints and the
		// key leaves out is not scored.
		gotCounts := map[string]int{}
		for k, v := range voteCountsOf(got) {
			if _, keyed := key.voteCounts[k]; keyed {
				gotCounts[k] = v
			}
		}
		acc.check("vote counts", where, key.voteCounts, gotCounts)
	}
	// The key lists the acts a document cites that a reader would look up;
	// each must be among those found, in whatever section.
	cited := append(slices.Clone(got.CitedActs), got.CitedActsOtherSection...)
	for _, w := range want.CitedActs {
		found := "not found"
		for _, g := range cited {
			if sameCitedAct(w, g) {
				found = describeCitedAct(w)
				break
			}
		}
		acc.check("cited act", where, describeCitedAct(w), found)
	}
	if want.Attendees != nil {
		scoreAttendees(acc, "attendee", where, want.Attendees, got.Attendees)
	}
}

// scoreAttendees scores the count of rows and each row of an attendance
// table (name, role, present), in order, under field.
func scoreAttendees(acc *accuracy, field, where string, want, got []Attendee) {
	row := func(i int, a Attendee) string {
		return fmt.Sprintf("row %d: %s | %s | present %v", i+1, keyFold(a.Name), keyFold(a.Role), a.Present)
	}
	acc.check("attendee count", where, len(want), len(got))
	for i, a := range want {
		var g Attendee
		if i < len(got) {
			g = got[i]
		}
		acc.check(field, where, row(i, a), row(i, g))
	}
}

// scoreOfficers scores the president and the secretary the key names.
func scoreOfficers(acc *accuracy, where string, president, secretary *Person, got *Act) {
	for _, p := range []struct {
		field     string
		want, got *Person
	}{{"president", president, got.President}, {"secretary", secretary, got.Secretary}} {
		if p.want != nil {
			acc.check(p.field, where, keyPerson(*p.want), keyPerson(deref(p.got)))
		}
	}
}

// keyFold lowers case, collapses spaces and unifies apostrophes.
func keyFold(s string) string {
	return strings.ToLower(pdftext.CollapseSpace(strings.ReplaceAll(s, "’", "'")))
}

// sameCitedAct reports whether g is the act w describes: same kind and
// number, the same date (or year, when only the year is printed) and, when
// the key names it, the same organ.
func sameCitedAct(w, g CitedAct) bool {
	if keyFold(w.Kind) != keyFold(g.Kind) || w.Number == nil || g.Number == nil || *w.Number != *g.Number {
		return false
	}
	if w.Date != "" && w.Date != g.Date {
		return false
	}
	if w.Year != 0 && w.Year != g.Year && !strings.HasPrefix(g.Date, fmt.Sprint(w.Year)) {
		return false
	}
	return w.Organ == "" || keyFold(w.Organ) == keyFold(g.Organ)
}

func describeCitedAct(c CitedAct) string {
	s := fmt.Sprintf("%s %s n. %d", c.Kind, c.Organ, *c.Number)
	if c.Date != "" {
		return s + " del " + c.Date
	}
	return fmt.Sprintf("%s/%d", s, c.Year)
}

func keyPerson(p Person) string {
	return keyFold(p.Title) + " | " + keyFold(p.Role) + " | " + keyFold(p.Name)
}

// voteCountsOf reads the vote counts of an extracted act from its JSON.
func voteCountsOf(a *Act) map[string]int {
	var v keyVoteCounts
	if raw, err := json.Marshal(a); err == nil {
		_ = json.Unmarshal(raw, &v)
	}
	return v.VoteCounts
}

// loadKeys reads an answer key file: a JSON array of realdataKey, each
// act's vote counts read from its own JSON.
func loadKeys(t testing.TB, path string) []realdataKey {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var keys []realdataKey
	if err := json.Unmarshal(raw, &keys); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var acts []struct {
		Act *keyVoteCounts `json:"act"`
	}
	if err := json.Unmarshal(raw, &acts); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for i := range keys {
		if acts[i].Act != nil {
			keys[i].voteCounts = acts[i].Act.VoteCounts
		}
	}
	return keys
}
