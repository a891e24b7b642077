package web

import (
	"net/url"
	"strings"
	"testing"
)

// TestErrorPagesInItalian: every error page names its status in Italian,
// says why, and keeps the search box with what the reader typed (escaped).
func TestErrorPagesInItalian(t *testing.T) {
	h, _ := newFakeHandler(t)
	typed := `<b>"città</b>`
	q := url.QueryEscape(typed)
	for _, c := range []struct {
		target string
		status int
		title  string
	}{
		{"/nessuna-pagina?q=" + q, 404, "404 · Pagina non trovata"},
		{"/objectives/nope?q=" + q, 404, "404 · Pagina non trovata"},
		{"/?year=abc&q=" + q, 400, "400 · Richiesta non valida"},
		{"/transfers?by=mese&q=" + q, 400, "400 · Richiesta non valida"},
	} {
		rec := get(t, h, "GET", c.target)
		body := rec.Body.String()
		if rec.Code != c.status {
			t.Errorf("%s: %d, want %d", c.target, rec.Code, c.status)
		}
		for _, want := range []string{c.title, `<form class="search"`, `value="&lt;b&gt;&#34;città&lt;/b&gt;"`, `lang="it"`} {
			if !strings.Contains(body, want) {
				t.Errorf("%s: no %q in\n%s", c.target, want, body)
			}
		}
		for _, english := range []string{"Not Found", "Bad Request", "not found", "<b>"} {
			if strings.Contains(body, english) {
				t.Errorf("%s: %q on the page", c.target, english)
			}
		}
	}
	rec := get(t, h, "GET", "/?type=act")
	if !strings.Contains(rec.Body.String(), "Tipo: atto") {
		t.Errorf("the type chip is not in Italian")
	}
}
