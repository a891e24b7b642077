package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestParsePlanGolden keeps the whole plan output (pages, collaborators,
// Obiettivi Solidali and Gestionali, which the gold does not cover) under
// review as golden files; regenerate with -update.
func TestParsePlanGolden(t *testing.T) {
	for _, name := range []string{"delibera-2187-2019", "delibera-1098-2019"} {
		t.Run(name, func(t *testing.T) {
			plan := ParsePlan(readFixture(t, name+".pdf"))
			checkGolden(t, filepath.Join("testdata", "plan-"+name+".golden.json"), plan)
		})
	}
}

// checkGolden compares v, as indented JSON, with a golden file.
func checkGolden(t *testing.T, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./extract -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the output; diff it against go test ./extract -run %s -update", path, t.Name())
	}
}

func TestCollaborators(t *testing.T) {
	offices := officeNames([]Directorate{
		{Directorate: "DIREZIONE DEMANIO E PATRIMONIO"},
		{Directorate: "DIREZIONE ECONOMIA URBANA E LAVORO"},
		{Directorate: "DIREZIONE SPECIALISTICA AUTORITA’ DI GESTIONE E MONITORAGGIO PIANI"},
		{Directorate: "DIREZIONE SERVIZI CIVICI, PARTECIPAZIONE E SPORT"},
		{Directorate: "DIREZIONE MOBILITÀ E TRASPORTI"},
	})
	tests := []struct {
		text string
		want []string
	}{
		{"Sogemi – fase 2, in collaborazione con Demanio e Patrimonio, Urbanistica e Economia Urbana e Lavoro",
			[]string{"Demanio e Patrimonio", "Urbanistica", "Economia Urbana e Lavoro"}},
		{"monitoraggio in collaborazione con Direzione Specialistica Autorità di Gestione e Monitoraggio Piani e Politiche Sociali",
			[]string{"Direzione Specialistica Autorità di Gestione e Monitoraggio Piani", "Politiche Sociali"}},
		{"Revisione congiuntamente alle Direzioni Educazione e Demanio e Patrimonio",
			[]string{"Educazione", "Demanio e Patrimonio"}},
		{"asset in coordinamento con le Direzioni: Mobilità e Trasporti e SIAD",
			[]string{"Mobilità e Trasporti", "SIAD"}},
		{"un unico ufficio, in collaborazione con Avvocatura, per migliorare le procedure.",
			[]string{"Avvocatura"}},
		{"in collaborazione con Direzione Tecnica– Area Tecnica Demanio e Beni Comunali Diversi",
			[]string{"Direzione Tecnica"}},
		{"sportelli in collaborazione con Direzione Servizi Civici, Partecipazione e Sport e SIAD",
			[]string{"Direzione Servizi Civici, Partecipazione e Sport", "SIAD"}},
		{"Piano Quartieri: collaborazione all’avanzamento dei programmi di lavoro", []string{}},
	}
	for _, tt := range tests {
		if got := collaborators(tt.text, offices); !slices.Equal(got, tt.want) {
			t.Errorf("collaborators(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestParsePlanNotAPlan: years over numbered points, without a directorate
// or a director, are not a plan.
func TestParsePlanNotAPlan(t *testing.T) {
	run := func(x, y float64, text string) pdftext.Run {
		return pdftext.Run{X: x, Y: y, W: 5 * float64(len(text)), Size: 10, Text: text}
	}
	doc := &pdftext.File{Pages: []pdftext.Page{{Number: 1, Width: 595, Height: 842, Runs: []pdftext.Run{
		run(150, 780, "2019"), run(400, 780, "2020"),
		run(100, 750, "1. Entrate correnti"), run(350, 750, "1. Entrate correnti"),
		run(100, 735, "2. Spese correnti"), run(350, 735, "2. Spese correnti"),
	}}}}
	if plan := ParsePlan(doc); plan != nil {
		t.Errorf("ParsePlan = %+v, want nil", plan)
	}
	if plan := ParsePlan(&pdftext.File{}); plan != nil {
		t.Errorf("ParsePlan of an empty document = %+v, want nil", plan)
	}
}

func TestReadObjectives(t *testing.T) {
	// line builds a line of the column at x (10pt text, 12pt leading).
	type row struct {
		x    float64
		text string
	}
	lines := func(rows ...row) []pdftext.Line {
		var out []pdftext.Line
		for i, r := range rows {
			run := pdftext.Run{X: r.x, Y: 500 - 12*float64(i), W: 4 * float64(len(r.text)), Size: 10, Text: r.text}
			out = append(out, pdftext.Line{X: r.x, Y: run.Y, X2: run.X + run.W, Size: 10, Text: r.text, Runs: []pdftext.Run{run}})
		}
		return out
	}
	type obj struct {
		section string
		n       int
		text    string
	}
	tests := []struct {
		name string
		rows []pdftext.Line
		want []obj
		lead string
	}{
		{"text above the first number is the lead",
			lines(row{114, "della Direzione CUA)"}, row{100, "2. Altro"}),
			[]obj{{"", 2, "Altro"}}, "della Direzione CUA)"},
		{"wrapped lines join with a space",
			lines(row{100, "1. Piano Quartieri: avanzamento"}, row{114, "del 70%"}, row{100, "2.Presidio"}),
			[]obj{{"", 1, "Piano Quartieri: avanzamento del 70%"}, {"", 2, "Presidio"}}, ""},
		{"a heading before a new 1. is a section, without its colon",
			lines(row{100, "1. Primo"}, row{100, "AMBITO INFRASTRUTTURE:"}, row{100, "1. Secondo"}, row{100, "2. Terzo"}),
			[]obj{{"", 1, "Primo"}, {"AMBITO INFRASTRUTTURE", 1, "Secondo"}, {"AMBITO INFRASTRUTTURE", 2, "Terzo"}}, ""},
		{"an upper-case line the numbering goes on after is text",
			lines(row{100, "1. In collaborazione con"}, row{100, "SIAD E SUEV"}, row{100, "2. Altro"}),
			[]obj{{"", 1, "In collaborazione con SIAD E SUEV"}, {"", 2, "Altro"}}, ""},
		{"an indented number is text",
			lines(row{100, "1. Bilancio"}, row{114, "2019 approvato"}, row{100, "2. Altro"}),
			[]obj{{"", 1, "Bilancio 2019 approvato"}, {"", 2, "Altro"}}, ""},
		{"a number out of sequence is text",
			lines(row{100, "1. Scadenza al"}, row{100, "31. dicembre"}, row{100, "2. Altro"}),
			[]obj{{"", 1, "Scadenza al 31. dicembre"}, {"", 2, "Altro"}}, ""},
		{"a continuation slide goes on with the numbering under its heading",
			lines(row{100, "FOOD POLICY DI MILANO"}, row{100, "2. Supporto"}),
			[]obj{{"FOOD POLICY DI MILANO", 2, "Supporto"}}, ""},
		{"a hyphen at the end of a line joins a word",
			lines(row{100, "1. sistema e-"}, row{114, "commerce b2c"}),
			[]obj{{"", 1, "sistema e-commerce b2c"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []obj
			objs, lead := readObjectives(tt.rows, 2019, 7)
			if lead != tt.lead {
				t.Errorf("lead %q, want %q", lead, tt.lead)
			}
			for _, o := range objs {
				section := ""
				if o.Section != nil {
					section = *o.Section
				}
				if o.Year != 2019 || o.Page != 7 {
					t.Errorf("year, page = %d, %d", o.Year, o.Page)
				}
				got = append(got, obj{section, o.N, o.Text})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestMergeSlides: continuation slides are one directorate, each year's
// objectives in slide order, a section goes on across slides when the
// numbering does, and text atop a column ends the objective before.
func TestMergeSlides(t *testing.T) {
	sec := "AMBITO NUOVI PROGETTI"
	o := func(year, n int, section *string, text string) Objective {
		return Objective{Year: year, N: n, Section: section, Text: text}
	}
	slides := []planSlide{
		{page: 5, directorate: "DIREZIONE A", director: &Person{Title: "Dott.", Name: "Uno"}, years: []int{2019, 2020},
			objectives: map[int][]Objective{2019: {o(2019, 1, nil, "a1"), o(2019, 1, &sec, "a2")}, 2020: {o(2020, 1, nil, "b1")}}},
		{page: 6, directorate: "", years: []int{2019, 2020},
			objectives: map[int][]Objective{2019: {o(2019, 2, nil, "a3")}, 2020: {o(2020, 2, nil, "b2")}},
			leads:      map[int]string{2019: "(end of a2)"}},
		{page: 7, directorate: "DIREZIONE B", years: []int{2019, 2020},
			objectives: map[int][]Objective{2019: {o(2019, 1, nil, "c1")}}},
	}
	dirs := mergeSlides(slides)
	if len(dirs) != 2 {
		t.Fatalf("%d directorates, want 2", len(dirs))
	}
	var texts []string
	for _, obj := range dirs[0].Objectives {
		s := "-"
		if obj.Section != nil {
			s = *obj.Section
		}
		texts = append(texts, fmt.Sprintf("%s/%s", obj.Text, s))
	}
	want := []string{"a1/-", "a2 (end of a2)/" + sec, "a3/" + sec, "b1/-", "b2/-"}
	if !slices.Equal(texts, want) {
		t.Errorf("objectives %q, want %q", texts, want)
	}
	if !slices.Equal(dirs[0].Pages, []int{5, 6}) || dirs[0].Director == nil || dirs[1].Directorate != "DIREZIONE B" {
		t.Errorf("directorates %+v", dirs)
	}
}

func TestReadHeading(t *testing.T) {
	cell := func(x, y float64, text string) pdftext.Run {
		return pdftext.Run{X: x, Y: y, W: 5.5 * float64(len(text)), Size: 11, Text: text}
	}
	tests := []struct {
		name        string
		runs        []pdftext.Run
		directorate string
		director    Person
	}{
		{"two columns, centered",
			[]pdftext.Run{cell(74, 520, "DIREZIONE"), cell(180, 520, "Dott. Carlo"), cell(64, 506, "PRESIDENZA"), cell(178, 506, "Lopedote")},
			"DIREZIONE PRESIDENZA", Person{Title: "Dott.", Name: "Carlo Lopedote"}},
		{"stacked in one column",
			[]pdftext.Run{cell(60, 520, "DIREZIONE CASA"), cell(66, 506, "Dott.ssa Anna"), cell(70, 492, "Bianchi")},
			"DIREZIONE CASA", Person{Title: "Dott.ssa", Name: "Anna Bianchi"}},
		{"a continuation slide without the directorate",
			[]pdftext.Run{cell(180, 520, "Arch. Filippo"), cell(176, 506, "Salucci")},
			"", Person{Title: "Arch.", Name: "Filippo Salucci"}},
		{"no title: the rightmost block",
			[]pdftext.Run{cell(60, 520, "DIREZIONE TECNICA"), cell(190, 520, "Mario Rossi")},
			"DIREZIONE TECNICA", Person{Name: "Mario Rossi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, person := readHeading(1, tt.runs)
			if name != tt.directorate || person == nil || *person != tt.director {
				t.Errorf("got %q, %+v; want %q, %+v", name, person, tt.directorate, tt.director)
			}
		})
	}
}

// TestSplitCells: a line is parted into cells where a gap wider than
// cellGap ems of the smaller type on either side of it separates runs.
func TestSplitCells(t *testing.T) {
	type run struct {
		x, w, size float64
		text       string
	}
	tests := []struct {
		name string
		runs []run
		want []string
		ocr  bool      // the runs are an OCR's invisible words
		rise []float64 // each run's baseline over the first's, if not 0
	}{
		{"words of one cell", []run{{50, 60, 11, "COMUNE"}, {113, 20, 11, "DI"}, {136, 60, 11, "BORGO"}}, []string{"COMUNE DI BORGO"}, false, nil},
		{"two cells of a table's row", []run{{50, 40, 11, "N. 18"}, {140, 120, 11, "Seduta del 28/04/2025"}}, []string{"N. 18", "Seduta del 28/04/2025"}, false, nil},
		{"a gap narrow for large type", []run{{50, 80, 18, "COMUNE DI"}, {150, 120, 18, "SAVIGLIANO"}}, []string{"COMUNE DI SAVIGLIANO"}, false, nil},
		// A caption in small type beside a heading in large: the gap is
		// 17.7 pt, under 1.5 em of the heading's 18 pt, over 1.5 em of
		// the caption's 6 pt.
		{"a caption in small type beside a heading", []run{{70.2, 24.6, 6, "stemma"}, {112.5, 233, 18, "COMUNE DI SAVIGLIANO"}}, []string{"stemma", "COMUNE DI SAVIGLIANO"}, false, nil},
		{"a heading, then a caption", []run{{50, 233, 18, "COMUNE DI SAVIGLIANO"}, {300.7, 30, 6, "(CN)"}}, []string{"COMUNE DI SAVIGLIANO", "(CN)"}, false, nil},
		// An OCR's letterhead line, each word a run sized to the line's
		// box: the crest's caption stands 1.1 em left of the name, twice
		// the gaps between the name's words (scan-17's Mantova).
		{"an OCR's crest caption beside its letterhead", []run{{67.4, 29.8, 16, "stema"}, {115.2, 78, 16, "COMUNE"}, {200.9, 15.6, 16, "DI"}, {224.9, 87.3, 16, "MANTOVA"}},
			[]string{"stema", "COMUNE DI MANTOVA"}, true, nil},
		{"the same gap in print", []run{{67.4, 29.8, 16, "stema"}, {115.2, 78, 16, "COMUNE"}, {200.9, 15.6, 16, "DI"}, {224.9, 87.3, 16, "MANTOVA"}},
			[]string{"stema COMUNE DI MANTOVA"}, false, nil},
		// A stamp's small type a word's space right of a letterhead's
		// name in large, a point and a half higher (mix-27-a's ASL
		// Frosinone); a superscript stands closer, a caption on the
		// same baseline goes on the line.
		{"a stamp beside a letterhead", []run{{270.7, 53.5, 15, "LOCALE"}, {339.1, 92.2, 15, "FROSINONE"}, {436.6, 104.9, 8, "Atto soggetto a pubblicazione"}},
			[]string{"LOCALE FROSINONE", "Atto soggetto a pubblicazione"}, false, []float64{0, 0, 1.5}},
		{"a superscript", []run{{50, 20, 15, "1"}, {70.5, 5, 8, "°"}, {80, 60, 15, "SETTORE"}}, []string{"1° SETTORE"}, false, []float64{0, 5, 0}},
		{"small type on the same baseline", []run{{50, 150, 15, "COMUNE DI BORGO"}, {205.3, 40, 8, "(Prov. di Cuneo)"}}, []string{"COMUNE DI BORGO (Prov. di Cuneo)"}, false, nil},
		// A heading drawn glyph by glyph and spaced letter by letter,
		// its words three letters' steps apart (mix-132-b's Ardore).
		{"a heading's letters drawn one by one", []run{{196.2, 5.8, 9.6, "C"}, {207.8, 5.8, 9.6, "O"}, {219.3, 5.8, 9.6, "M"}, {230.8, 5.8, 9.6, "U"}, {242.3, 5.8, 9.6, "N"},
			{253.8, 5.8, 9.6, "E"}, {276.9, 5.8, 9.6, "D"}, {288.4, 5.8, 9.6, "I"}, {311.4, 5.8, 9.6, "A"}, {323, 5.8, 9.6, "R"}, {334.5, 5.8, 9.6, "D"}, {346, 5.8, 9.6, "O"},
			{357.5, 5.8, 9.6, "R"}, {369, 5.8, 9.6, "E"}}, []string{"COMUNE DI ARDORE"}, false, nil},
		{"two marks a cell apart", []run{{250, 6, 10, "P"}, {280, 6, 10, "A"}}, []string{"P", "A"}, false, nil},
	}
	for _, tt := range tests {
		var l pdftext.Line
		for i, r := range tt.runs {
			y := 700.0
			if i < len(tt.rise) {
				y += tt.rise[i]
			}
			l.Runs = append(l.Runs, pdftext.Run{X: r.x, Y: y, W: r.w, Size: r.size, Text: r.text, Invisible: tt.ocr})
		}
		var got []string
		for _, cell := range splitCells(l) {
			got = append(got, pdftext.JoinRuns(cell))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: cells %q, want %q", tt.name, got, tt.want)
		}
	}
}
