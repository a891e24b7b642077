package web

import (
	"bytes"
	"html/template"
	"net/url"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

// The oracles of hitList and facetList: the search page's parts as
// html/template writes them, with its own escaping in every context.
var (
	hitsTemplate   = template.Must(template.New("hits.tmpl").Funcs(templateFuncs).ParseFiles("testdata/hits.tmpl"))
	facetsTemplate = template.Must(template.New("facets.tmpl").Funcs(templateFuncs).ParseFiles("testdata/facets.tmpl"))
)

// checkAsTemplate fails t when written, the HTML of data, differs from
// what the oracle template writes of it.
func checkAsTemplate(t *testing.T, oracle *template.Template, data any, written template.HTML) {
	t.Helper()
	var want bytes.Buffer
	if err := oracle.Execute(&want, data); err != nil {
		t.Fatal(err)
	}
	if string(written) != want.String() {
		t.Errorf("of %+v, written:\n%s\nhtml/template:\n%s", data, written, want.String())
	}
}

// hostileText is markup, quotes, the characters html/template escapes
// and text that is not valid UTF-8.
const hostileText = `<script>alert('x')</script>&"+ é ` + "\x00 \xc3< \ufdd0 \ufffe"

// facetURL is a facet value's link as searchPage makes it: a search's
// query escaped by url.Values.
func facetURL(query, facet, value string) string {
	return "/?" + url.Values{"q": {query}, facet: {value}}.Encode()
}

func TestSearchHTMLAsTemplate(t *testing.T) {
	milano := index.ActRef{ID: "milano/giunta/2019/2187", Organ: "Giunta Comunale", Number: 2187, Date: "2019-12-06"}
	hits := []struct {
		name string
		hits []index.Hit
	}{
		{"no hit", nil},
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
		{"hostile hits", []index.Hit{{
			ID: "javascript:alert(1)/" + hostileText, Type: index.TypeObjective,
			Act:         index.ActRef{ID: "javascript:alert(1)", Organ: hostileText, Number: -3, Date: hostileText},
			Directorate: hostileText, DirectoratePrinted: hostileText, Director: hostileText, Kind: hostileText,
			Text: hostileText, Revisions: []index.ActRef{{ID: hostileText}},
		}, {
			ID: hostileText, Type: index.TypeAct, Act: index.ActRef{ID: hostileText + "/" + hostileText},
			Highlight: "<mark>" + hostileText + "</mark><mark><img src=x onerror=alert(1)></mark>",
		}, {
			Type: hostileText, Text: hostileText,
		}}},
	}
	for _, tt := range hits {
		t.Run(tt.name, func(t *testing.T) {
			checkAsTemplate(t, hitsTemplate, tt.hits, hitList(tt.hits))
			if out := string(hitList(tt.hits)); strings.Contains(out, "<script") || strings.Contains(out, "<img") {
				t.Errorf("hitList let markup through:\n%s", out)
			}
		})
	}
	facets := []struct {
		name   string
		groups []facetGroup
	}{
		{"no facet", nil},
		{"directorates and years", []facetGroup{{
			Name: index.FacetDirectorate, Label: "Direzione", MoreURL: "/direzioni",
			Values: []facetValue{
				{Value: "Direzione Città", Label: "Direzione Città", Count: 12, URL: facetURL("città", "directorate", "Direzione Città"), Active: true},
				{Value: "Direzione D'Arte", Label: "Direzione D'Arte", Count: 3, URL: facetURL("città", "directorate", "Direzione D'Arte")},
			},
		}, {
			Name: index.FacetYear, Label: "Anno",
			Values: []facetValue{{Value: "2020", Label: "2020", Count: 1, URL: facetURL("a+b", "year", "2020")}},
		}, {
			Name: index.FacetType, Label: "Tipo",
		}}},
		{"hostile values", []facetGroup{{
			Name: hostileText, Label: hostileText, MoreURL: facetURL(hostileText, "directorate", ""),
			Values: []facetValue{{Label: hostileText, Count: -1, URL: facetURL("javascript:alert(1)", hostileText, hostileText)}},
		}}},
	}
	for _, tt := range facets {
		t.Run(tt.name, func(t *testing.T) {
			checkAsTemplate(t, facetsTemplate, tt.groups, facetList(tt.groups))
		})
	}
}

func FuzzHitList(f *testing.F) {
	f.Add("objective", "milano/giunta/2019/2187#1", "Digitalizzazione", "<mark>Digitalizzazione</mark>", "Direzione Città", "", "Mario Rossi", "", "Giunta Comunale", "milano/giunta/2019/2187", "2019-12-06", 2020)
	f.Add("act", "a<1>", "x & y", "", "D'Arte", "DARTE", "", "transfer_in", "", "javascript:x", "31/12/2020", 0)
	f.Fuzz(func(t *testing.T, typ, id, text, highlight, directorate, printed, director, kind, organ, actID, date string, year int) {
		act := index.ActRef{ID: actID, Organ: organ, Number: year % 10000, Date: date}
		hits := []index.Hit{{
			ID: id, Type: typ, Act: act, Directorate: directorate, DirectoratePrinted: printed,
			Director: director, Year: year, Kind: kind, Text: text, Highlight: highlight,
			Revisions: []index.ActRef{act}, Years: []int{year},
		}}
		checkAsTemplate(t, hitsTemplate, hits, hitList(hits))
	})
}

func FuzzFacetList(f *testing.F) {
	f.Add("directorate", "Direzione", "città", "Direzione Città", "Direzione Città", 12, true)
	f.Add("<x>", "'\"", "javascript:alert(1)", "a&b=c", "+", -1, false)
	f.Fuzz(func(t *testing.T, name, label, query, value, valueLabel string, count int, active bool) {
		groups := []facetGroup{{
			Name: name, Label: label, MoreURL: facetURL(query, name, ""),
			Values: []facetValue{{Value: value, Label: valueLabel, Count: count, URL: facetURL(query, name, value), Active: active}},
		}}
		checkAsTemplate(t, facetsTemplate, groups, facetList(groups))
	})
}
