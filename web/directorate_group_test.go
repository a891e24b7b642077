package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

// groupsOf writes years as "2021: a[o1 o3] b[o2]; 2020: …".
func groupsOf(years []YearObjectives) string {
	var parts []string
	for _, y := range years {
		var revs []string
		for _, r := range y.Revisions {
			var ids []string
			for _, o := range r.Objectives {
				ids = append(ids, o.ID)
			}
			revs = append(revs, fmt.Sprintf("%s[%s]", r.Act.ID, strings.Join(ids, " ")))
		}
		parts = append(parts, fmt.Sprintf("%d: %s", y.Year, strings.Join(revs, " ")))
	}
	return strings.Join(parts, "; ")
}

func TestByYearAndRevision(t *testing.T) {
	a := index.ActRef{ID: "a", Date: "2019-12-06"}
	b := index.ActRef{ID: "b", Date: "2020-09-18"}
	c := index.ActRef{ID: "c", Date: "2020-09-18"} // b's date: the id decides
	hit := func(id string, act index.ActRef, year int) index.Hit { return index.Hit{ID: id, Act: act, Year: year} }
	tests := []struct {
		name string
		hits []index.Hit
		want string
	}{
		{"none", nil, ""},
		{"one", []index.Hit{hit("o1", a, 2020)}, "2020: a[o1]"},
		{"latest year and revision first, the index's order kept within",
			[]index.Hit{hit("o1", a, 2020), hit("o2", b, 2021), hit("o3", a, 2020), hit("o4", b, 2020), hit("o5", c, 2020), hit("o6", b, 2020)},
			"2021: b[o2]; 2020: c[o5] b[o4 o6] a[o1 o3]"},
		{"a revision in two years is a group in each",
			[]index.Hit{hit("o1", a, 2019), hit("o2", a, 2020), hit("o3", a, 2019)},
			"2020: a[o2]; 2019: a[o1 o3]"},
		{"no year, no act", []index.Hit{hit("o1", index.ActRef{}, 0), hit("o2", a, 0)}, "0: a[o2] [o1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groupsOf(byYearAndRevision(tt.hits)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
