package web

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/openalbo/albo/web/browsertest"
)

// pageKinds are one page of every kind the site serves, over the gold
// index.
var pageKinds = []struct{ name, path, ready string }{
	{"home", "/", "#q"},
	{"search", "/?q=citta", "#summary"},
	{"search-as-words", "/?q=" + url.QueryEscape(`"unclosed <b>`), "#as-words"},
	{"objective", "/objectives/milano/giunta/2019/2187/objective/direzione-servizi-civici-partecipazione-e-sport/2019/1", "#objective-text"},
	{"directorate", "/directorates/" + url.PathEscape("DIREZIONE SERVIZI CIVICI, PARTECIPAZIONE E SPORT"), "#directorate-name"},
	{"directory", "/direzioni", "#directorates"},
	{"person", "/persone/" + url.PathEscape("Andrea Zuccotti"), "#person-name"},
	{"transfers", "/transfers", "#transfers-count"},
	{"transfers-flow", "/transfers?act=milano%2Fgiunta%2F2019%2F2187&from=DIREZIONE+GENERALE&to=DIREZIONE+SERVIZI+CIVICI%2C+PARTECIPAZIONE+E+SPORT", "#flow-selected"},
	{"act", "/acts/milano/giunta/2019/2187", "#act-subject"},
	{"api", "/api", "h1"},
	{"error", "/nessuna-pagina?q=citta", "#error-message"},
}

// TestAccessibility runs axe-core's WCAG 2.1 AA rules on every page kind
// at a phone's width (390 px) and a laptop's (1366 px), fails on any
// violation, and keeps a screenshot of each for review (the folder is
// logged). On the phone no page is wider than the screen (the transfers
// matrix scrolls inside its frame) and the search facets are folded.
func TestAccessibility(t *testing.T) {
	b := browsertest.New(t)
	axe := browsertest.AxeSource(t)
	h, _, _ := newGoldSite(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	var shots string
	for _, width := range []int{390, 1366} {
		b.Viewport(t, width, 900)
		for _, p := range pageKinds {
			step := fmt.Sprintf("%s at %d px", p.name, width)
			b.Do(t, "open "+step, chromedp.Navigate(srv.URL+p.path), chromedp.WaitVisible(chromedp.CSS(p.ready)))
			for _, v := range b.Audit(t, step, axe) {
				t.Errorf("%s: %s", step, v)
			}
			if over := browsertest.Value(t, b, step+": measure", chromedp.Evaluate[int](`document.documentElement.scrollWidth - window.innerWidth`)); over > 0 {
				t.Errorf("%s: the page is %d px wider than the window", step, over)
			}
			shots = b.Screenshot(fmt.Sprintf("%s-%d", p.name, width))
		}
	}
	b.Viewport(t, 390, 900)
	b.Do(t, "search on a phone", chromedp.Navigate(srv.URL+"/?q=citta"), chromedp.WaitVisible(chromedp.ID("summary")))
	folded := browsertest.Value(t, b, "look at the facets", chromedp.Evaluate[bool](
		`!document.querySelector("#facets .facet-directorate").checkVisibility() && document.querySelector("#facets-toggle").checkVisibility()`))
	if !folded {
		t.Errorf("on a phone the facets are not folded behind their button")
	}
	b.Do(t, "unfold the facets", chromedp.Click(chromedp.ID("facets-toggle")), chromedp.WaitVisible(chromedp.CSS("#facets .facet-directorate")))
	b.Do(t, "transfers on a phone", chromedp.Navigate(srv.URL+"/transfers"), chromedp.WaitVisible(chromedp.ID("matrix-list")))
	if n := browsertest.Value(t, b, "count the flows listed", chromedp.Evaluate[int](
		`document.querySelectorAll("#matrix-list li").length === document.querySelectorAll("#transfers-matrix a.flow").length ? document.querySelectorAll("#matrix-list li").length : -1`)); n <= 0 {
		t.Errorf("on a phone the matrix is not a list of its flows (%d)", n)
	}
	t.Logf("screenshots of every page kind at 390 and 1366 px: %s", shots[:strings.LastIndex(shots, "/")])
}
