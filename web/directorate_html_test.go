package web

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

// directorateTemplate is the oracle of directorList and yearList: the
// directorate page's ranges as html/template writes them.
var directorateTemplate = template.Must(template.New("directorate.tmpl").Funcs(templateFuncs).ParseFiles("testdata/directorate.tmpl"))

// checkDirectorateAsTemplate fails t when directorList or yearList write
// d's directors or years otherwise than the oracle does.
func checkDirectorateAsTemplate(t *testing.T, d *Directorate) {
	t.Helper()
	for _, part := range []struct {
		name    string
		written template.HTML
	}{{"directors", directorList(d.Directors)}, {"years", yearList(d.Years)}} {
		var want bytes.Buffer
		if err := directorateTemplate.ExecuteTemplate(&want, part.name, d); err != nil {
			t.Fatal(err)
		}
		if string(part.written) != want.String() {
			t.Errorf("%s of %+v, written:\n%s\nhtml/template:\n%s", part.name, d, part.written, want.String())
		}
	}
}

func TestDirectorateHTMLAsTemplate(t *testing.T) {
	plan2019 := index.ActRef{ID: "milano/giunta/2019/2187", Organ: "Giunta Comunale", Number: 2187, Date: "2019-12-06"}
	plan2020 := index.ActRef{ID: "milano/giunta/2020/1098", Organ: "Giunta Comunale", Number: 1098, Date: "2020-09-18"}
	hostileAct := index.ActRef{ID: "javascript:alert(1)/" + hostileText, Organ: hostileText, Number: -3, Date: hostileText}
	tests := []struct {
		name string
		hits []index.Hit
	}{
		{"no objective", nil},
		{"two revisions, two years", []index.Hit{
			{ID: plan2020.ID + "#obj-1", Act: plan2020, Year: 2021, Director: "Mario Rossi", Text: "Digitalizzazione dei servizi", Section: "Missione 1"},
			{ID: plan2020.ID + "#obj-2", Act: plan2020, Year: 2020, Director: "Mario Rossi", Text: "Scuole aperte"},
			{ID: plan2019.ID + "#obj-7", Act: plan2019, Year: 2020, Director: "Anna D'Arco", Text: "Verde & quartieri"},
		}},
		{"revisions without director or act", []index.Hit{
			{ID: "o1", Year: 2024, Text: "t"},
			{ID: "o2", Act: index.ActRef{ID: "comune/x/2024/1"}, Year: 2024, Text: "u", Director: "X"},
		}},
		{"hostile", []index.Hit{
			{ID: "javascript:alert(1)/" + hostileText, Act: hostileAct, Year: -1, Director: hostileText, Text: hostileText, Section: hostileText},
			{ID: hostileText, Act: index.ActRef{ID: hostileText}, Director: "<img src=x onerror=alert(1)>", Text: "<script>x</script>"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Directorate{Directors: directorTerms(tt.hits), Years: byYearAndRevision(tt.hits)}
			checkDirectorateAsTemplate(t, d)
			out := string(directorList(d.Directors) + yearList(d.Years))
			if strings.Contains(out, "<script") || strings.Contains(out, "<img") {
				t.Errorf("markup let through:\n%s", out)
			}
		})
	}
}

func FuzzDirectorateHTML(f *testing.F) {
	f.Add("milano/giunta/2019/2187#obj-1", "Digitalizzazione", "Missione 1", "Mario Rossi", "Giunta Comunale", "milano/giunta/2019/2187", "2019-12-06", 2020)
	f.Add("a<1>", "x & y", "", "D'Arte", "", "javascript:x", "31/12/2020", 0)
	f.Fuzz(func(t *testing.T, id, text, section, director, organ, actID, date string, year int) {
		act := index.ActRef{ID: actID, Organ: organ, Number: year % 10000, Date: date}
		hits := []index.Hit{
			{ID: id, Act: act, Year: year, Director: director, Text: text, Section: section},
			{ID: text, Act: index.ActRef{ID: id, Date: date}, Year: year + 1, Director: section, Text: id},
		}
		checkDirectorateAsTemplate(t, &Directorate{Directors: directorTerms(hits), Years: byYearAndRevision(hits)})
	})
}
