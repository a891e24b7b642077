package web

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

var (
	revisionOption = regexp.MustCompile(`<option value="([^"]*)"( selected)?>`)
	yearMenu       = regexp.MustCompile(`(?s)<select id="year".*?</select>`)
	revisionMenu   = regexp.MustCompile(`(?s)<select id="act".*?</select>`)
)

// TestTransfersMenuOffersOneYear checks the revision menu of the
// transfers page: it offers the revisions of the shown one's year, that
// one selected, and every year; a year chosen shows its latest revision
// unless the revision asked for is of it; a bad or unknown year is told.
func TestTransfersMenuOffersOneYear(t *testing.T) {
	h, f := newFakeHandler(t)
	rev := func(id, date string) index.ActRef {
		return index.ActRef{ID: id, Organ: "Giunta", Number: 1, Date: date}
	}
	acts := []index.ActRef{rev("m/2019/a", "2019-02-01"), rev("m/2019/b", "2019-06-01"), rev(`m/2020/"<c>`, "2020-03-01"), rev("m/2020/d", "2020-09-01")}
	f.transfers = index.Transfers{}
	for i, a := range acts {
		f.transfers.Transfers = append(f.transfers.Transfers, index.Transfer{Text: "Obiettivo", From: dirCulture, To: dirCivic, Act: a, Evidence: index.EvidenceObserved, Lineage: "L" + string(rune('1'+i))})
	}
	tests := []struct {
		query      string
		status     int
		act        string   // selected
		offered    []string // the revision menu
		yearChosen string
	}{
		{"", http.StatusOK, "m/2020/d", []string{`m/2020/&#34;&lt;c&gt;`, "m/2020/d"}, "2020"},
		{"year=2019", http.StatusOK, "m/2019/b", []string{"m/2019/a", "m/2019/b"}, "2019"},
		{"act=m%2F2019%2Fa&year=2019", http.StatusOK, "m/2019/a", []string{"m/2019/a", "m/2019/b"}, "2019"},
		{"act=m%2F2019%2Fa&year=2020", http.StatusOK, "m/2020/d", []string{`m/2020/&#34;&lt;c&gt;`, "m/2020/d"}, "2020"},
		{"act=" + url.QueryEscape(`m/2020/"<c>`), http.StatusOK, `m/2020/&#34;&lt;c&gt;`, []string{`m/2020/&#34;&lt;c&gt;`, "m/2020/d"}, "2020"},
		{"year=duemila", http.StatusBadRequest, "", nil, ""},
		{"year=1999", http.StatusNotFound, "", nil, ""},
		{"act=m%2F1999%2Fz", http.StatusNotFound, "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			rec := get(t, h, http.MethodGet, "/transfers?"+tt.query)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if tt.status != http.StatusOK {
				return
			}
			body := rec.Body.String()
			var offered []string
			selected := ""
			for _, m := range revisionOption.FindAllStringSubmatch(revisionMenu.FindString(body), -1) {
				offered = append(offered, m[1])
				if m[2] != "" {
					selected = m[1]
				}
			}
			if selected != tt.act || !slices.Equal(offered, tt.offered) {
				t.Errorf("menu offers %q with %q selected, want %q with %q", offered, selected, tt.offered, tt.act)
			}
			years := yearMenu.FindString(body)
			for _, y := range []string{"2019", "2020"} {
				want := `<option value="` + y + `"`
				if y == tt.yearChosen {
					want += " selected"
				}
				if !strings.Contains(years, want+">") {
					t.Errorf("year menu lacks %s>: %s", want, years)
				}
			}
			if strings.Contains(body, `"<c>`) {
				t.Error("an act id is written unescaped")
			}
		})
	}
}
