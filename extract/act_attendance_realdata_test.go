package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// attendanceKey is the answer key of one real deliberation's people and
// vote (testdata/attendance-keys.json, written by reading the documents;
// see testdata/attendance-keys.NOTES.md). File is relative to ../shared.
type attendanceKey struct {
	File string `json:"file"`
	What string `json:"what"`
	Act  struct {
		Attendees  []Attendee  `json:"attendees"`
		Present    *int        `json:"attendees_declared_count"`
		Absent     *int        `json:"absentees_declared_count"`
		Vote       string      `json:"vote"`
		VoteCounts *VoteCounts `json:"vote_counts"`
		President  *Person     `json:"president"`
		Secretary  *Person     `json:"secretary"`
	} `json:"act"`
}

// minPeopleAccuracy is the share of attendee rows and of votes that must
// be right on the real deliberations.
const minPeopleAccuracy = 0.98

// TestRealdataAttendance extracts every keyed real deliberation of
// ../shared (Avella, Lamezia Terme, Ceva: three producers) and scores its
// attendance rows, declared counts, vote, vote counts, president and
// secretary, overall and per source.
func TestRealdataAttendance(t *testing.T) {
	var keys []attendanceKey
	if f, err := os.Open(filepath.Join("testdata", "attendance-keys.json")); err != nil {
		t.Fatal(err)
	} else if err := errors.Join(json.NewDecoder(f).Decode(&keys), f.Close()); err != nil {
		t.Fatal(err)
	}
	shared := filepath.Dir(requireRealdata(t))
	all := newAccuracy()
	bySource := map[string]*accuracy{}
	var sources []string
	for _, key := range keys {
		source := sourceOf(key.File)
		if bySource[source] == nil {
			bySource[source] = newAccuracy()
			sources = append(sources, source)
		}
		res, err := ReadFile(context.Background(), filepath.Join(shared, key.File), Options{})
		if err != nil {
			t.Errorf("%s: %v", key.File, err)
			continue
		}
		got := res.Act
		if got == nil {
			got = &Act{}
		}
		for _, acc := range []*accuracy{all, bySource[source]} {
			scoreAttendance(acc, filepath.Base(key.File), key, got)
		}
	}
	for _, s := range sources {
		acc := bySource[s]
		t.Logf("%s: attendee rows %d/%d, votes %d/%d", s, acc.right["attendee row"], acc.total["attendee row"],
			acc.right["vote"], acc.total["vote"])
	}
	all.report(t)
	for _, field := range []string{"attendee row", "vote"} {
		if r := all.rate(field); r < minPeopleAccuracy {
			t.Errorf("%s accuracy %.1f%%, want at least %.0f%%", field, 100*r, 100*minPeopleAccuracy)
		}
	}
}

// sourceOf names the source of a keyed file: its folder under ../shared.
func sourceOf(file string) string {
	parts := strings.Split(file, "/")
	if parts[0] == "realdata-corpus" && len(parts) > 2 {
		return parts[1]
	}
	return parts[0]
}

func scoreAttendance(acc *accuracy, where string, key attendanceKey, got *Act) {
	want := key.Act
	if want.Attendees != nil {
		scoreAttendees(acc, "attendee row", where, want.Attendees, got.Attendees)
	}
	if want.Present != nil {
		acc.check("declared present", where, *want.Present, got.AttendeesDeclared)
	}
	if want.Absent != nil {
		acc.check("declared absent", where, *want.Absent, got.AbsenteesDeclared)
	}
	if want.Vote != "" {
		acc.check("vote", where, want.Vote, got.Vote)
	}
	if want.VoteCounts != nil {
		acc.check("vote counts", where, describeCounts(want.VoteCounts), describeCounts(got.VoteCounts))
	}
	scoreOfficers(acc, where, want.President, want.Secretary, got)
}

// describeCounts prints vote counts with "-" for those not printed.
func describeCounts(v *VoteCounts) string {
	if v == nil {
		return "none"
	}
	show := func(n *int) string {
		if n == nil {
			return "-"
		}
		return fmt.Sprint(*n)
	}
	return fmt.Sprintf("present %s voters %s in favour %s against %s abstained %s",
		show(v.Present), show(v.Voters), show(v.InFavour), show(v.Against), show(v.Abstained))
}
