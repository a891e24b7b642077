package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

const avellaPlanFile = "pietroscik_delibere-comunali/Delibera_37__5362_Piano_delle_performance_Comune_di_A2026_2.pdf"

// TestParseServiziPlanAvella holds the parser to the answer key written by
// reading the Avella plan (testdata/avella-plan.NOTES.md says how): every
// Servizio, RESPONSABILE, objective, phase and deadline must be exact.
func TestParseServiziPlanAvella(t *testing.T) {
	data := realdataBytes(t, avellaPlanFile)
	doc, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	got := ParseServiziPlan(doc)
	if got == nil {
		t.Fatal("ParseServiziPlan = nil, want the plan")
	}
	var want Plan
	raw, err := os.ReadFile(filepath.Join("testdata", "avella-plan.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}

	acc := newAccuracy()
	acc.check("title", "plan", want.Title, got.Title)
	acc.check("years", "plan", want.Years, got.Years)
	acc.check("directorates", "plan", len(want.Directorates), len(got.Directorates))
	for i, wd := range want.Directorates {
		var gd Directorate
		if i < len(got.Directorates) {
			gd = got.Directorates[i]
		}
		where := fmt.Sprintf("directorate %d", i+1)
		acc.check("directorate", where, wd.Directorate, gd.Directorate)
		acc.check("director", where, *wd.Director, deref(gd.Director))
		acc.check("directorate pages", where, wd.Pages, gd.Pages)
		acc.check("objectives", where, len(wd.Objectives), len(gd.Objectives))
		for j, wo := range wd.Objectives {
			var gob Objective
			if j < len(gd.Objectives) {
				gob = gd.Objectives[j]
			}
			where := fmt.Sprintf("%s objective %d", wd.Directorate, wo.N)
			acc.check("objective year", where, wo.Year, gob.Year)
			acc.check("objective n", where, wo.N, gob.N)
			acc.check("objective page", where, wo.Page, gob.Page)
			acc.check("objective text", where, wo.Text, gob.Text)
			acc.check("objective target", where, wo.Target, gob.Target)
			acc.check("phases", where, len(wo.Phases), len(gob.Phases))
			for k, wp := range wo.Phases {
				var gp Phase
				if k < len(gob.Phases) {
					gp = gob.Phases[k]
				}
				where := fmt.Sprintf("%s phase %d", where, k+1)
				acc.check("phase text", where, wp.Text, gp.Text)
				acc.check("phase deadline", where, wp.Deadline, gp.Deadline)
			}
		}
	}
	acc.report(t)
	for _, f := range acc.fields {
		if acc.rate(f) < 1 {
			t.Errorf("%s: %.1f%% right, want every answer exact", f, 100*acc.rate(f))
		}
	}
}

func deref(p *Person) Person {
	if p == nil {
		return Person{}
	}
	return *p
}

// TestParseServiziPlanNotAPlan: documents that are not Servizio plans give
// nil, including the Milano slide plan and the Avella deliberation that
// names the Servizi in its text.
func TestParseServiziPlanNotAPlan(t *testing.T) {
	if p := ParseServiziPlan(&pdftext.File{}); p != nil {
		t.Errorf("empty document: got %+v", p)
	}
	if p := ParseServiziPlan(readFixture(t, "delibera-2187-2019.pdf")); p != nil {
		t.Errorf("Milano plan: got a Servizi plan with %d directorates", len(p.Directorates))
	}
	data := realdataBytes(t, "pietroscik_delibere-comunali/Delibera_37__5362_DeliberadiGiunta_Copia_37_2026_1.pdf")
	doc, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if p := ParseServiziPlan(doc); p != nil {
		t.Errorf("Avella deliberation: got a Servizi plan with %d directorates", len(p.Directorates))
	}
}

// synthLine is one printed line of a synthetic page: runs at the given x
// positions on baseline y. Runs have widths so that columns can be told
// apart.
type synthLine struct {
	y     float64
	font  string
	cells []synthCell
}

type synthCell struct {
	x    float64
	text string
}

const synthSize = 10

func synthDoc(pages ...[]synthLine) *pdftext.File {
	doc := &pdftext.File{}
	for i, lines := range pages {
		page := pdftext.Page{Number: i + 1, Width: 595, Height: 842}
		for _, l := range lines {
			font := l.font
			if font == "" {
				font = "Regular"
			}
			for _, c := range l.cells {
				page.Runs = append(page.Runs, pdftext.Run{X: c.x, Y: l.y, W: float64(len(c.text)) * synthSize / 2,
					Size: synthSize, Font: font, Text: c.text})
			}
		}
		doc.Pages = append(doc.Pages, page)
	}
	return doc
}

func at(y float64, text string) synthLine {
	return synthLine{y: y, cells: []synthCell{{60, text}}}
}

func TestParseServiziPlanLayouts(t *testing.T) {
	tests := []struct {
		name string
		doc  *pdftext.File
		want *Plan
	}{
		{
			name: "heading over two lines, titles before the name, target",
			doc: synthDoc([]synthLine{
				at(800, "PIANO DEGLI OBIETTIVI"),
				at(780, "ANNO 2031"),
				at(700, "2 – SERVIZI SOCIALI"),
				at(685, "E SCOLASTICI"),
				at(670, "RESPONSABILE: Dott. Ing. Maria Rossi"),
				at(650, "OBIETTIVI:"),
				at(620, "DESCRIZIONE OBIETTIVO N. 1"),
				at(605, "Ridurre i tempi di attesa in collaborazione con Ufficio Tecnico e Polizia Locale."),
				at(593.5, "Target: 30 giorni;"),
				at(28, "4"),
			}),
			want: &Plan{Title: "PIANO DEGLI OBIETTIVI ANNO 2031", Years: []int{2031}, Directorates: []Directorate{{
				Directorate: "SERVIZI SOCIALI E SCOLASTICI",
				Director:    &Person{Title: "Dott. Ing.", Name: "Maria Rossi"},
				Pages:       []int{1},
				Objectives: []Objective{{Year: 2031, N: 1, Page: 1, Collaborators: []string{"Ufficio Tecnico", "Polizia Locale"},
					Text:   "Ridurre i tempi di attesa in collaborazione con Ufficio Tecnico e Polizia Locale. Target: 30 giorni;",
					Target: "30 giorni"}},
			}}},
		},
		{
			name: "phase table: deadlines beside their phases, a row across a page break, hidden overflow",
			doc: synthDoc([]synthLine{
				at(800, "PIANO DELLA PERFORMANCE ANNO 2030"),
				at(700, "1 - POLIZIA LOCALE"),
				at(685, "RESPONSABILE ARCH. LUCA BIANCHI"),
				{y: 640, font: "Bold", cells: []synthCell{{60, "DESCRIZIONE OBIETTIVO 1"}}},
				{y: 628, font: "Bold", cells: []synthCell{{60, "Controlli stradali"}}},
				{y: 614, font: "Bold", cells: []synthCell{{340, "Previsione"}}},
				{y: 602, font: "Bold", cells: []synthCell{{150, "Descrizione fase"}, {342, "Scadenza"}}},
				// Word draws the clipped rest of the bold cell under the table.
				{y: 590, font: "Bold", cells: []synthCell{{62, "resto nascosto della cella"}}},
				{y: 575, cells: []synthCell{{58, "Pianificazione dei"}, {345, "30.06.2030"}}},
				at(563.5, "turni."),
				{y: 545, cells: []synthCell{{58, "Esecuzione dei controlli"}}},
				{y: 540, cells: []synthCell{{350, "Tutto l'anno"}}},
				at(30, "5"),
			}, []synthLine{
				{y: 800, cells: []synthCell{{58, "e verbalizzazione."}}},
				{y: 780, cells: []synthCell{{58, "Relazione finale"}, {345, "31.12.2030"}}},
				at(700, "DESCRIZIONE OBIETTIVO 2"),
				at(680, "Educazione stradale nelle scuole;"),
			}),
			want: &Plan{Title: "PIANO DELLA PERFORMANCE ANNO 2030", Years: []int{2030}, Directorates: []Directorate{{
				Directorate: "POLIZIA LOCALE",
				Director:    &Person{Title: "ARCH.", Name: "LUCA BIANCHI"},
				Pages:       []int{1, 2},
				Objectives: []Objective{
					{Year: 2030, N: 1, Page: 1, Collaborators: []string{}, Text: "Controlli stradali",
						Phases: []Phase{
							{Text: "Pianificazione dei turni.", Deadline: "30.06.2030"},
							{Text: "Esecuzione dei controlli e verbalizzazione.", Deadline: "Tutto l'anno"},
							{Text: "Relazione finale", Deadline: "31.12.2030"},
						}},
					{Year: 2030, N: 2, Page: 2, Collaborators: []string{}, Text: "Educazione stradale nelle scuole;"},
				},
			}}},
		},
		{
			name: "OBIETTIVO N. headings, a FASI … TEMPI table, ANNUALITÀ",
			doc: synthDoc([]synthLine{
				at(800, "PIANO DEGLI OBIETTIVI PER L'ANNUALITÀ 2027"),
				at(700, "5 - AREA TECNICA"),
				at(685, "RESPONSABILE ING. PAOLO NERI"),
				at(640, "OBIETTIVO N. 1 - Manutenzione strade"),
				at(628, "Il presente obiettivo 2 volte l'anno"),
				{y: 610, cells: []synthCell{{60, "FASI"}, {345, "TEMPI"}}},
				{y: 595, cells: []synthCell{{60, "Ricognizione"}, {345, "marzo"}}},
				at(570, "OBIETTIVO 2"),
				at(555, "Nuovo regolamento;"),
			}),
			want: &Plan{Title: "PIANO DEGLI OBIETTIVI PER L'ANNUALITÀ 2027", Years: []int{2027}, Directorates: []Directorate{{
				Directorate: "AREA TECNICA",
				Director:    &Person{Title: "ING.", Name: "PAOLO NERI"},
				Pages:       []int{1},
				Objectives: []Objective{
					{Year: 2027, N: 1, Page: 1, Collaborators: []string{},
						Text:   "Manutenzione strade Il presente obiettivo 2 volte l'anno",
						Phases: []Phase{{Text: "Ricognizione", Deadline: "marzo"}}},
					{Year: 2027, N: 2, Page: 1, Collaborators: []string{}, Text: "Nuovo regolamento;"},
				},
			}}},
		},
		{
			name: "numbered heading without RESPONSABILE is not a unit",
			doc: synthDoc([]synthLine{
				at(700, "1 - PREMESSA"),
				at(680, "Il presente piano descrive gli obiettivi."),
				at(660, "DESCRIZIONE OBIETTIVO 1"),
				at(640, "Testo"),
			}),
			want: nil,
		},
		{
			name: "unit without objectives is not a plan",
			doc: synthDoc([]synthLine{
				at(700, "1 - SERVIZI FINANZIARI"),
				at(680, "RESPONSABILE DOTT. MARIO VERDI"),
			}),
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ParseServiziPlan(tt.doc)
			if !reflect.DeepEqual(got, tt.want) {
				g, _ := json.MarshalIndent(got, "", "  ")
				w, _ := json.MarshalIndent(tt.want, "", "  ")
				t.Errorf("got\n%s\nwant\n%s", g, w)
			}
		})
	}
}

func TestServiziDirector(t *testing.T) {
	tests := []struct{ in, title, name string }{
		{"AVV. MASSIMILIANO SORRIENTO", "AVV.", "MASSIMILIANO SORRIENTO"},
		{"DOTT.SSA ELISABETTA NISI", "DOTT.SSA", "ELISABETTA NISI"},
		{"dott. ing. Anna De Luca", "dott. ing.", "Anna De Luca"},
		{"Mario Rossi", "", "Mario Rossi"},
		{"Dott.", "", "Dott."},
		{"", "", ""},
	}
	for _, tt := range tests {
		title, name := serviziDirector(tt.in)
		if title != tt.title || name != tt.name {
			t.Errorf("serviziDirector(%q) = %q, %q; want %q, %q", tt.in, title, name, tt.title, tt.name)
		}
	}
}

// FuzzParseServiziPlan feeds the parser documents whose lines are arbitrary
// text: it must never panic, and what it returns must be well formed.
func FuzzParseServiziPlan(f *testing.F) {
	f.Add("PIANO ANNO 2026\n1 - SERVIZI FINANZIARI\nRESPONSABILE DOTT. MARIO VERDI\nDESCRIZIONE OBIETTIVO 1\nTesto\nTarget: 0")
	f.Add("1 - A\nRESPONSABILE\nDESCRIZIONE OBIETTIVO 1\nDescrizione fase Scadenza\nfase\n")
	if data, err := os.ReadFile(filepath.Join(realdataDir, avellaPlanFile)); err == nil {
		if doc, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data))); err == nil {
			var b strings.Builder
			for _, p := range doc.Pages {
				for _, l := range p.Lines() {
					b.WriteString(l.Text + "\n")
				}
			}
			f.Add(b.String())
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		var lines []synthLine
		y := 800.0
		for i, s := range strings.Split(text, "\n") {
			// Alternate columns and fonts so that tables and overflow
			// filtering are exercised too.
			x := 60.0
			if i%5 == 4 {
				x = 345
			}
			font := ""
			if i%7 == 3 {
				font = "Bold"
			}
			lines = append(lines, synthLine{y: y, font: font, cells: []synthCell{{x, s}}})
			y -= 11.5
			if y < 30 {
				y = 800
			}
		}
		plan := ParseServiziPlan(synthDoc(lines))
		if plan == nil {
			return
		}
		for _, d := range plan.Directorates {
			if d.Director == nil || d.Objectives == nil {
				t.Fatalf("directorate %q without director or objectives slice", d.Directorate)
			}
			for _, o := range d.Objectives {
				if o.Collaborators == nil {
					t.Fatalf("objective %d: nil collaborators", o.N)
				}
			}
		}
	})
}
