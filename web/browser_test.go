package web

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/openalbo/albo/web/browsertest"
)

// TestBrowserJourney walks the site in Chromium over the in-memory index;
// internal/cli's demo test walks it over the real pipeline.
func TestBrowserJourney(t *testing.T) {
	b := browsertest.New(t)
	h, _ := newFakeHandler(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	browsertest.Journey(t, b, srv.URL, "citta")
	if n := b.Dialogs(); n != 0 {
		t.Errorf("%d dialogs opened", n)
	}
}

// TestBrowserHostileText shows an act whose text carries script payloads and
// checks in the browser that nothing ran and the text reads literally.
func TestBrowserHostileText(t *testing.T) {
	b := browsertest.New(t)
	h, _ := newFakeHandler(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	pages := []struct{ path, sel string }{
		{"/acts/" + actHostile, "#act-subject"},
		{"/acts/" + actHostile, "#operative-points li"},
		{"/objectives/o-hostile", "#objective-text"},
		{"/?q=pwned&type=act", "ol.hits .hit-title"},
		{"/?q=onerror", "ol.hits .hit-title"},
	}
	for _, p := range pages {
		b.Do(t, "open "+p.path, chromedp.Navigate(srv.URL+p.path), chromedp.WaitVisible(chromedp.CSS(p.sel)))
		if got := b.Text(t, "read "+p.sel, p.sel); strings.TrimSpace(got) != xssPayload {
			t.Errorf("%s %s shows %q, want the payload literally: %q", p.path, p.sel, got, xssPayload)
		}
		ran := browsertest.Value(t, b, "look for the payload's effect",
			chromedp.Evaluate[bool](`window.__pwned !== undefined || document.querySelector("main script, main img[src='x']") !== null`))
		if ran {
			t.Errorf("%s: the payload ran or entered the page as markup", p.path)
		}
	}
	if n := b.Dialogs(); n != 0 {
		t.Errorf("%d dialogs opened", n)
	}
}
