package web

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

// hitsTemplate is the oracle of hitList: the search page's hits as
// html/template writes them, with its own escaping in every context.
var hitsTemplate = template.Must(template.New("hits.tmpl").Funcs(templateFuncs).ParseFiles("testdata/hits.tmpl"))

// checkHitListAsTemplate fails t when hitList writes hits otherwise than
// the oracle template.
func checkHitListAsTemplate(t *testing.T, hits []index.Hit) {
	t.Helper()
	var want bytes.Buffer
	if err := hitsTemplate.Execute(&want, hits); err != nil {
		t.Fatal(err)
	}
	if got := string(hitList(hits)); got != want.String() {
		t.Errorf("hitList(%+v):\n%s\nhtml/template:\n%s", hits, got, want.String())
	}
}

func TestHitListAsTemplate(t *testing.T) {
	milano := index.ActRef{ID: "milano/giunta/2019/2187", Organ: "Giunta Comunale", Number: 2187, Date: "2019-12-06"}
	hostile := `<script>alert('x')</script>&"+ é ` + "\x00 \xc3< \ufdd0 \ufffe"
	tests := []struct {
		name string
		hits []index.Hit
	}{
		{"none", nil},
		{"objective highlighted", []index.Hit{{
			ID: "milano/giunta/2019/2187#obj-12.1", Type: index.TypeObjective, Act: milano,
			Directorate: "Direzione Città Resilienti", Director: "Mario Rossi", Year: 2020,
			Text: "Digitalizzazione dei servizi", Highlight: "<mark>Digitalizzazione</mark> dei servizi &amp; altro",
			Revisions: []index.ActRef{milano, {ID: "milano/giunta/2020/55"}}, Years: []int{2020, 2021},
		}}},
		{"change, no highlight", []index.Hit{{
			ID: "c1", Type: index.TypeChange, Act: milano, Directorate: "Direzione Cultura",
			DirectoratePrinted: "DIREZIONE CULTURA", Kind: "transfer_out", Text: "Obiettivo ceduto",
		}}},
		{"act with only years", []index.Hit{{
			ID: "a1", Type: index.TypeAct, Act: index.ActRef{ID: "comune/x/2024/1"}, Text: "Determinazione", Years: []int{2024},
		}}},
		{"unknown type and kind", []index.Hit{{ID: "u", Type: "other", Kind: "unheard_of", Text: "t"}}},
		{"hostile everywhere", []index.Hit{{
			ID: "javascript:alert(1)/" + hostile, Type: index.TypeObjective,
			Act:         index.ActRef{ID: "javascript:alert(1)", Organ: hostile, Number: -3, Date: hostile},
			Directorate: hostile, DirectoratePrinted: hostile, Director: hostile, Kind: hostile,
			Text: hostile, Revisions: []index.ActRef{{ID: hostile}},
		}, {
			ID: hostile, Type: index.TypeAct, Act: index.ActRef{ID: hostile + "/" + hostile},
			Highlight: "<mark>" + hostile + "</mark><mark><img src=x onerror=alert(1)></mark>",
		}, {
			Type: hostile, Text: hostile,
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHitListAsTemplate(t, tt.hits)
			if out := string(hitList(tt.hits)); strings.Contains(out, "<script") || strings.Contains(out, "<img") {
				t.Errorf("hitList let markup through:\n%s", out)
			}
		})
	}
}

func FuzzHitList(f *testing.F) {
	f.Add("objective", "milano/giunta/2019/2187#1", "Digitalizzazione", "<mark>Digitalizzazione</mark>", "Direzione Città", "", "Mario Rossi", "", "Giunta Comunale", "milano/giunta/2019/2187", "2019-12-06", 2020)
	f.Add("act", "a<1>", "x & y", "", "D'Arte", "DARTE", "", "transfer_in", "", "javascript:x", "31/12/2020", 0)
	f.Fuzz(func(t *testing.T, typ, id, text, highlight, directorate, printed, director, kind, organ, actID, date string, year int) {
		act := index.ActRef{ID: actID, Organ: organ, Number: year % 10000, Date: date}
		checkHitListAsTemplate(t, []index.Hit{{
			ID: id, Type: typ, Act: act, Directorate: directorate, DirectoratePrinted: printed,
			Director: director, Year: year, Kind: kind, Text: text, Highlight: highlight,
			Revisions: []index.ActRef{act}, Years: []int{year},
		}})
	})
}
