package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

// TestDirectorateObjectivesBounded: a directorate's page and API give at
// most objectivesShown objectives, the latest revisions' first, and say
// so with a link that searches them all; a directorate under the bound is
// given whole, without the note.
func TestDirectorateObjectivesBounded(t *testing.T) {
	const crowded = "Direzione Condivisa"
	for _, tc := range []struct {
		name       string
		objectives int
		truncated  bool
	}{
		{"under the bound", objectivesShown - 1, false},
		{"at the bound", objectivesShown, false},
		{"past it", objectivesShown + 57, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, f := newFakeHandler(t)
			for i := range tc.objectives {
				act := index.ActRef{ID: fmt.Sprintf("milano/giunta/2020/%d", i/50+1), Organ: "Giunta", Number: i/50 + 1,
					Date: fmt.Sprintf("2020-%02d-01", i/50+1)}
				f.hits = append(f.hits, index.Hit{ID: fmt.Sprintf("crowd-%d", i), Type: index.TypeObjective, Act: act,
					Directorate: crowded, Year: 2020, Text: fmt.Sprintf("Obiettivo %d", i), Lineage: fmt.Sprintf("C%d", i), Score: 1})
			}
			rec := get(t, h, "GET", "/api/directorates/"+url.PathEscape(crowded))
			if rec.Code != http.StatusOK {
				t.Fatalf("API: %d %s", rec.Code, rec.Body)
			}
			var d Directorate
			if err := json.Unmarshal(rec.Body.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			shown, latest := 0, ""
			for _, y := range d.Years {
				for _, r := range y.Revisions {
					shown += len(r.Objectives)
					latest = max(latest, r.Act.Date)
				}
			}
			if want := min(tc.objectives, objectivesShown); shown != want || d.Truncated != tc.truncated {
				t.Errorf("API gives %d objectives, truncated %v; want %d, %v", shown, d.Truncated, want, tc.truncated)
			}
			if wantLatest := fmt.Sprintf("2020-%02d-01", (tc.objectives-1)/50+1); latest != wantLatest {
				t.Errorf("latest revision given %s, want %s", latest, wantLatest)
			}
			page := get(t, h, "GET", "/directorates/"+url.PathEscape(crowded)).Body.String()
			link := `href="/?directorate=Direzione&#43;Condivisa&amp;type=objective"`
			if got := strings.Contains(page, "cercali tutti"); got != tc.truncated {
				t.Errorf("page says to search them all: %v, want %v", got, tc.truncated)
			}
			if tc.truncated && !strings.Contains(page, link) {
				t.Errorf("page does not link the search of them all (%s)", link)
			}
		})
	}
}
