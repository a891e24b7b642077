package web

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestDirectoryAndPeople: /direzioni lists every directorate of the two
// revisions (not only the facet's most frequent) and every director;
// /directorates leads there; a director's page says which directorate they
// led in which revision and year columns, with the objectives.
func TestDirectoryAndPeople(t *testing.T) {
	h, _, _ := newGoldSite(t)
	var d Directory
	rec := get(t, h, "GET", "/api/directorates")
	if err := json.Unmarshal(rec.Body.Bytes(), &d); err != nil || rec.Code != 200 {
		t.Fatalf("API: %d %v", rec.Code, err)
	}
	// The gold plans: 23 directorates in n. 1098, 26 in n. 2187, 31 names
	// in all; 25 directors.
	t.Logf("%d directorates, %d directors", len(d.Directorates), len(d.Directors))
	if len(d.Directorates) != 31 || len(d.Directors) != 25 {
		t.Errorf("%d directorates, %d directors, want 31 and 25", len(d.Directorates), len(d.Directors))
	}
	page := get(t, h, "GET", "/direzioni")
	body := page.Body.String()
	if page.Code != 200 || strings.Count(body, `<a href="/directorates/`) != len(d.Directorates) || strings.Count(body, `<a href="/persone/`) != len(d.Directors) {
		t.Errorf("/direzioni: %d, not every directorate and director linked", page.Code)
	}
	if rec := get(t, h, "GET", "/directorates"); rec.Code != 301 || rec.Header().Get("Location") != "/direzioni" {
		t.Errorf("/directorates: %d → %q", rec.Code, rec.Header().Get("Location"))
	}
	if !strings.Contains(get(t, h, "GET", "/").Body.String(), `<a href="/direzioni">Tutte le direzioni`) {
		t.Errorf("the directorate facet does not lead to every directorate")
	}

	var p Person
	rec = get(t, h, "GET", "/api/people/Andrea%20Zuccotti")
	if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || rec.Code != 200 || len(p.Terms) == 0 {
		t.Fatalf("person: %d %v %+v", rec.Code, err, p)
	}
	objectives := 0
	for _, term := range p.Terms {
		objectives += len(term.Objectives)
		if term.Directorate == "" || term.Act.ID == "" || len(term.Years) == 0 {
			t.Errorf("incomplete term %+v", term)
		}
	}
	want := 0
	for _, c := range d.Directors {
		if c.Name == "Andrea Zuccotti" {
			want = c.Objectives
		}
	}
	if objectives != want {
		t.Errorf("Andrea Zuccotti: %d objectives on the page, %d in the directory", objectives, want)
	}
	page = get(t, h, "GET", "/persone/Andrea%20Zuccotti")
	if page.Code != 200 || !strings.Contains(page.Body.String(), "DIREZIONE SERVIZI CIVICI, PARTECIPAZIONE E SPORT") {
		t.Errorf("person page: %d", page.Code)
	}
	if rec := get(t, h, "GET", "/persone/Nessuno"); rec.Code != 404 {
		t.Errorf("unknown person: %d", rec.Code)
	}
}
