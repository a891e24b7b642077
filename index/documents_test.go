package index

import (
	"testing"

	"github.com/openalbo/albo/extract"
)

// TestDocumentIsOneOfDocuments checks that reading one document of an act
// by id gives what building them all gives, for every document of the
// gold acts and of an act whose plan repeats an objective's key (the id
// then takes a suffix), and that ids of no document are not found.
func TestDocumentIsOneOfDocuments(t *testing.T) {
	recs := goldRecords(t)
	repeated := newActRecord(ActRef{ID: "x/giunta/2020/1"}, "d", &extract.Result{Plan: &extract.Plan{
		Directorates: []extract.Directorate{
			{Directorate: "Direzione Verde", Objectives: []extract.Objective{{Year: 2020, N: 1, Text: "a"}, {Year: 2020, N: 1, Text: "b"}}},
			{Directorate: "Direzione  verde", Objectives: []extract.Objective{{Year: 2020, N: 1, Text: "c"}}},
		}}})
	recs = append(recs, repeated)
	checked := 0
	for _, rec := range recs {
		for _, want := range rec.documents() {
			got, ok := rec.document(want.ID)
			if !ok || got != want {
				t.Errorf("document(%q) = %+v, %v; want %+v", want.ID, got, ok, want)
			}
			checked++
		}
	}
	if checked < 300 {
		t.Fatalf("checked %d documents, want the gold acts' hundreds", checked)
	}
	for _, id := range []string{"", "x/giunta/2020/10", "x/giunta/2020/1/objective/", "x/giunta/2020/1/objective/direzione-verde/2020/1-4",
		"x/giunta/2020/1/change/0", "x/giunta/2020/1/change/1", "x/giunta/2020/1/change/01", "x/giunta/2020/1/other"} {
		if d, ok := repeated.document(id); ok {
			t.Errorf("document(%q) = %+v, want none", id, d)
		}
	}
}
