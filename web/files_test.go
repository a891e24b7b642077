package web

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract"
)

// TestDownloadNames: a file opened from its act is named after the act and
// its place among the act's files, with its extension; without its act (or
// with an act that does not hold it) after its digest, still with one.
func TestDownloadNames(t *testing.T) {
	h, _ := newFakeHandler(t)
	act := "?act=" + url.QueryEscape(actDecember)
	for _, c := range []struct{ target, want string }{
		{"/files/" + pdfDecember + act, `inline; filename="milano-giunta-2019-2187-1.pdf"`},
		{"/files/" + blobP7M + act, `attachment; filename="milano-giunta-2019-2187-1.pdf.p7m"`},
		{"/files/" + pdfDecember, `inline; filename="` + pdfDecember + `.pdf"`},
		{"/files/" + blobP7M, `attachment; filename="` + blobP7M + `.p7m"`},
		{"/files/" + blobP7M + "?act=" + url.QueryEscape(actJune), `attachment; filename="` + blobP7M + `.p7m"`},
		{"/files/" + blobP7M + "?act=" + url.QueryEscape(`x"; filename="evil.html`), `attachment; filename="` + blobP7M + `.p7m"`},
	} {
		rec := get(t, h, "GET", c.target)
		if got := rec.Header().Get("Content-Disposition"); rec.Code != 200 || got != c.want {
			t.Errorf("%s: %d %q, want %q", c.target, rec.Code, got, c.want)
		}
	}
	for _, c := range []struct{ name, want string }{
		{"delibera.pdf.p7m", ".pdf.p7m"}, {"DELIBERA.PDF.P7M", ".pdf.p7m"}, {"allegato.docx", ".docx"},
		{"delibera n.12 del 2019.pdf", ".pdf"}, {"senza", ""}, {"a.<script>", ""},
	} {
		if got := extensions(c.name); got != c.want {
			t.Errorf("extensions(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestCitedActsOnceAndLinked: the gold act n. 2187 cites n. 1098 three
// times in three wordings: one entry, linked to its page (the corpus holds
// it); an act the corpus does not hold is not linked.
func TestCitedActsOnceAndLinked(t *testing.T) {
	h, _, _ := newGoldSite(t)
	body := get(t, h, "GET", "/acts/milano/giunta/2019/2187").Body.String()
	section := body[strings.Index(body, `id="cited"`):]
	section = section[:strings.Index(section, "</section>")]
	if n := strings.Count(section, "n. 1098"); n != 3 || strings.Count(section, `<a href="/acts/milano/giunta/2019/1098">`) != 1 ||
		!strings.Contains(section, "citato 3 volte") {
		t.Errorf("n. 1098: %d wordings, want one linked entry listing its 3 wordings:\n%s", n, section)
	}
	if strings.Contains(section, `href="/acts/milano/giunta/2019/666"`) {
		t.Errorf("n. 666, not in the corpus, is linked")
	}
	if items := strings.Count(section, `<li class="cited">`); items != 17 {
		t.Errorf("%d cited acts, want the 20 citations less 3 repeats (17)", items)
	}
	if !strings.Contains(body, "la prima volta: 8 dicembre 2019, 01:00;") {
		t.Errorf("first seen not in Italian form")
	}
}

func TestItalianTime(t *testing.T) {
	for _, c := range []struct {
		in   any
		want string
	}{
		{"2026-12-02T14:37:55Z", "2 dicembre 2026, 15:37"},
		{"2019-07-01T10:00:00+02:00", "1 luglio 2019, 10:00"},
		{"non una data", "non una data"},
	} {
		if got := italianTime(c.in); got != c.want {
			t.Errorf("italianTime(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCitationKeys: the same act cited with and without its organ, or as
// "delibera" and "deliberazione", is one; a regulation without number or
// date is known by its wording; two organs' acts of the same number and
// date are two.
func TestCitationKeys(t *testing.T) {
	n := func(i int) *int { return &i }
	h, _ := newFakeHandler(t)
	cites := []extract.CitedAct{
		{Kind: "deliberazione", Organ: "Giunta Comunale", Number: n(1098), Date: "2019-06-28", AsPrinted: "deliberazione di Giunta Comunale n. 1098 del 28 giugno 2019"},
		{Kind: "delibera", Number: n(1098), Date: "2019-06-28", AsPrinted: "la citata delibera n. 1098 del 28/06/2019"},
		{Kind: "deliberazione", Organ: "Consiglio Comunale", Number: n(1098), Date: "2019-06-28", AsPrinted: "deliberazione di Consiglio Comunale n. 1098 del 28/06/2019"},
		{Kind: "regolamento", AsPrinted: "il Regolamento sull’Ordinamento degli Uffici"},
		{Kind: "regolamento", AsPrinted: "il  regolamento sull’ordinamento degli uffici"},
	}
	got := h.citedActs(context.Background(), nil, "milano/giunta/2019/2187", cites)
	if len(got) != 3 || got[0].Times != 2 || got[1].Times != 1 || got[2].Times != 2 {
		t.Errorf("%d cited acts: %+v, want 3 (cited 2, 1 and 2 times)", len(got), got)
	}
	if len(got) > 0 && got[0].URL != "/acts/milano/giunta/2019/1098" {
		t.Errorf("n. 1098 of the Giunta links %q", got[0].URL)
	}
}
