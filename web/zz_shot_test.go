package web

import (
	"net/http/httptest"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/openalbo/albo/web/browsertest"
)

func TestZZShots(t *testing.T) {
	if os.Getenv("SHOTS") == "" {
		t.Skip()
	}
	b := browsertest.New(t)
	h, _, _ := newGoldSite(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	for name, p := range map[string]string{"search": "/?q=citta", "transfers": "/transfers", "act": "/acts/milano/giunta/2019/2187", "dir": "/directorates/DIREZIONE%20CULTURA"} {
		b.Do(t, "nav", chromedp.Navigate(srv.URL+p))
		png := browsertest.Value(t, b, "shot", chromedp.FullScreenshot(100))
		os.WriteFile("/tmp/shot-"+name+".png", png, 0o644)
	}
	b.Do(t, "nav", chromedp.Navigate(srv.URL+"/?q=Ottimizzazione+canali&type=objective"), chromedp.Click(chromedp.CSS("ol.hits a.hit-title")), chromedp.WaitVisible(chromedp.ID("history")))
	png := browsertest.Value(t, b, "shot", chromedp.FullScreenshot(100))
	os.WriteFile("/tmp/shot-objective.png", png, 0o644)
}
