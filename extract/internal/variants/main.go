// Command variants renders plans as HTML slides and prints them to PDF
// with headless Chromium, to prove the plan parser on another producer of
// the same kind of act than the LibreOffice fixtures: CID fonts,
// ligatures, other column widths, other years, a directorate over three
// slides, objectives wrapping over many lines.
//
// Each variant is written to extract/testdata as variant-NAME.html (the
// source), variant-NAME.pdf (what the test reads) and
// variant-NAME.gold.json (the answer, in the shape of testdata/gold plans).
//
//	go run ./extract/internal/variants            # from the repository root
//	go run ./extract/internal/variants -chromium /usr/bin/chromium
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html/template"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// goldPlan mirrors the gold plan.json files.
type goldPlan struct {
	Title        string          `json:"title"`
	Years        []int           `json:"years"`
	Directorates []goldDirectory `json:"directorates"`
}

type goldDirectory struct {
	Directorate string          `json:"directorate"`
	Director    goldPerson      `json:"director"`
	Objectives  []goldObjective `json:"objectives"`
}

type goldPerson struct {
	Title string `json:"title"`
	Name  string `json:"name"`
}

type goldObjective struct {
	Year    int     `json:"year"`
	N       int     `json:"n"`
	Section *string `json:"section"`
	Text    string  `json:"text"`
}

// style is how a variant lays its slides out.
type style struct {
	Font string
	// Widths of the directorate and director columns and of each year
	// column, in percent of the table.
	DirWidth, WhoWidth int
	YearWidths         []int
	FontSize           float64 // objective text, in points
	// LinesPerSlide is how many printed lines a year column may take
	// before the directorate continues on another slide.
	LinesPerSlide int
	// CharsPerLine estimates how a year column wraps.
	CharsPerLine int
	// SectionColon prints section headings with a trailing colon.
	SectionColon bool
	// HangingIndent indents wrapped lines under the objective's text.
	HangingIndent bool
	// HeaderLabels names the directorate and director columns in the
	// header row, beside the years.
	HeaderLabels bool
	// HeaderLetterSpacing spaces the header's letters, which makes
	// Chromium draw them glyph by glyph.
	HeaderLetterSpacing string
	// StackedHeading prints the director under the directorate, in one
	// cell spanning both columns.
	StackedHeading bool
}

type variant struct {
	name  string
	gold  string // the act whose gold plan the variant renders
	style style
	plan  func(gold goldPlan) goldPlan
}

func main() {
	chromium := flag.String("chromium", "chromium", "Chromium binary used to print the slides")
	root := flag.String("root", ".", "repository root")
	only := flag.String("only", "", "render only the variant of this name")
	flag.Parse()
	variants := []variant{
		{
			name: "chromium-2187",
			style: style{Font: "DejaVu Sans", DirWidth: 14, WhoWidth: 12, YearWidths: []int{37, 37},
				FontSize: 8.5, LinesPerSlide: 34, CharsPerLine: 62, HangingIndent: true},
			plan: func(g goldPlan) goldPlan { return g },
		},
		{
			name: "years-2020-2022",
			style: style{Font: "DejaVu Serif", DirWidth: 15, WhoWidth: 10, YearWidths: []int{33, 23, 19},
				FontSize: 8, LinesPerSlide: 30, CharsPerLine: 50, SectionColon: true},
			plan: threeYears,
		},
		{
			name: "labels-titlecase",
			style: style{Font: "DejaVu Sans Condensed", DirWidth: 16, WhoWidth: 14, YearWidths: []int{35, 35},
				FontSize: 9, LinesPerSlide: 34, CharsPerLine: 70, SectionColon: true, HangingIndent: true,
				HeaderLabels: true, HeaderLetterSpacing: "3pt"},
			plan: titleCaseSections,
		},
		{
			name: "stacked-1098",
			gold: "delibera-1098-2019",
			style: style{Font: "DejaVu Serif", DirWidth: 13, WhoWidth: 9, YearWidths: []int{39, 39},
				FontSize: 8.5, LinesPerSlide: 36, CharsPerLine: 70, HangingIndent: true, StackedHeading: true},
			plan: func(g goldPlan) goldPlan { return g },
		},
	}
	out := filepath.Join(*root, "extract", "testdata")
	for _, v := range variants {
		if *only != "" && v.name != *only {
			continue
		}
		if v.gold == "" {
			v.gold = "delibera-2187-2019"
		}
		gold, err := readGold(filepath.Join(*root, "testdata", "gold", v.gold, "plan.json"))
		if err != nil {
			log.Fatal(err)
		}
		plan := v.plan(gold)
		if err := render(context.Background(), *chromium, out, v.name, v.style, plan); err != nil {
			log.Fatalf("variant %s: %v", v.name, err)
		}
	}
}

func readGold(path string) (goldPlan, error) {
	var g goldPlan
	data, err := os.ReadFile(path)
	if err != nil {
		return g, err
	}
	return g, json.Unmarshal(data, &g)
}

// threeYears moves a handful of directorates to a 2020-2022 plan with
// three year columns of unequal width; one directorate's objectives are
// lengthened so that it runs over three slides and its text wraps over
// many lines.
func threeYears(g goldPlan) goldPlan {
	out := goldPlan{Title: "Piano degli Obiettivi 2020-2022", Years: []int{2020, 2021, 2022}}
	for i, d := range g.Directorates {
		if i%4 != 0 {
			continue
		}
		nd := goldDirectory{Directorate: d.Directorate, Director: d.Director}
		var first, second []goldObjective
		for _, o := range d.Objectives {
			if o.Year == g.Years[0] {
				first = append(first, o)
			} else {
				second = append(second, o)
			}
		}
		// The first year's list goes to 2020, the second's to 2021, and
		// the first year's first objectives again to 2022.
		for _, o := range first {
			o.Year = 2020
			nd.Objectives = append(nd.Objectives, o)
		}
		for _, o := range second {
			o.Year = 2021
			nd.Objectives = append(nd.Objectives, o)
		}
		for k, o := range first[:min(3, len(first))] {
			o.Year, o.N, o.Section = 2022, k+1, nil
			nd.Objectives = append(nd.Objectives, o)
		}
		if len(first) >= 15 {
			// Long objectives: each one followed by the texts of the next
			// three, so that it wraps over many lines and the directorate
			// runs over several slides.
			for k := range nd.Objectives {
				o := &nd.Objectives[k]
				if o.Year != 2020 {
					continue
				}
				for step := 1; step <= 3; step++ {
					o.Text += "; " + d.Objectives[(k+step)%len(d.Objectives)].Text
				}
			}
		}
		out.Directorates = append(out.Directorates, nd)
	}
	return out
}

// titleCaseSections keeps every third directorate and writes its section
// headings in title case, as some offices type them.
func titleCaseSections(g goldPlan) goldPlan {
	out := goldPlan{Title: g.Title, Years: g.Years}
	for i, d := range g.Directorates {
		if i%3 != 1 && !hasSections(d) {
			continue
		}
		nd := d
		nd.Objectives = nil
		for _, o := range d.Objectives {
			if o.Section != nil {
				title := titleCase(*o.Section)
				o.Section = &title
			}
			nd.Objectives = append(nd.Objectives, o)
		}
		out.Directorates = append(out.Directorates, nd)
	}
	return out
}

func hasSections(d goldDirectory) bool {
	for _, o := range d.Objectives {
		if o.Section != nil {
			return true
		}
	}
	return false
}

// titleCase capitalises each word but the short linking ones: "AMBITO
// SERVIZI DIGITALI" -> "Ambito Servizi Digitali", "FOOD POLICY DI MILANO"
// -> "Food Policy di Milano".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		switch w {
		case "di", "e", "del", "della", "-":
			if i > 0 {
				continue
			}
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// slide is one page of the rendered plan.
type slide struct {
	Directorate string
	Director    string
	Columns     [][]item // one per year
	Caption     string
}

// item is a printed line group of a year column: a section heading or an
// objective.
type item struct {
	Heading string
	N       int
	Text    string
}

// paginate cuts a directorate into slides so that no year column takes
// more than LinesPerSlide estimated lines. Slide k shows the k-th part of
// every year's list.
func paginate(d goldDirectory, years []int, st style) []slide {
	parts := make([][][]item, len(years)) // year -> slide -> items
	for yi, year := range years {
		var cur []item
		lines := 0
		var section *string
		for _, o := range d.Objectives {
			if o.Year != year {
				continue
			}
			need := 1 + len(o.Text)/st.CharsPerLine
			var heading string
			if o.Section != nil && (section == nil || *section != *o.Section) {
				heading = *o.Section
				if st.SectionColon {
					heading += ":"
				}
				need++
			}
			section = o.Section
			if lines+need > st.LinesPerSlide && len(cur) > 0 {
				parts[yi] = append(parts[yi], cur)
				cur, lines = nil, 0
				if heading == "" && o.Section != nil {
					// A section carried onto the next slide is printed
					// again there, as the slides of the fixtures do.
					heading = *o.Section
					if st.SectionColon {
						heading += ":"
					}
				}
			}
			if heading != "" {
				cur = append(cur, item{Heading: heading})
			}
			cur = append(cur, item{N: o.N, Text: o.Text})
			lines += need
		}
		parts[yi] = append(parts[yi], cur)
	}
	count := 0
	for _, p := range parts {
		count = max(count, len(p))
	}
	slides := make([]slide, count)
	for k := range slides {
		s := &slides[k]
		s.Directorate = d.Directorate
		s.Director = strings.TrimSpace(d.Director.Title + " " + d.Director.Name)
		s.Caption = "Obiettivi di Direzione"
		if count > 1 {
			s.Caption += fmt.Sprintf(" %d di %d", k+1, count)
		}
		for yi := range years {
			var col []item
			if k < len(parts[yi]) {
				col = parts[yi][k]
			}
			s.Columns = append(s.Columns, col)
		}
	}
	return slides
}

var page = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>
@page { size: A4 landscape; margin: 0 }
body { margin: 0; font-family: "{{.Style.Font}}"; font-variant-ligatures: common-ligatures }
.slide { position: relative; width: 297mm; height: 210mm; page-break-after: always; overflow: hidden }
table { position: absolute; left: 15mm; top: 12mm; width: 267mm; border-collapse: collapse; table-layout: fixed }
th { font-size: 15pt; color: #b01e23; text-align: center; padding: 2pt{{if .Style.HeaderLetterSpacing}}; letter-spacing: {{.Style.HeaderLetterSpacing}}{{end}} }
th.label { font-size: 10pt; color: #555 }
td { vertical-align: top; border-left: 0.5pt solid #999; padding: 3pt 5pt; font-size: {{.Style.FontSize}}pt }
td.dir { background: #b01e23; color: white; font-weight: bold; text-align: center; font-size: 10pt }
td.who, p.who { font-weight: bold; text-align: center; font-size: 10pt }
p.who { margin-top: 12pt }
p { margin: 0 0 3pt 0 }
p.obj { {{if .Style.HangingIndent}}padding-left: 1.4em; text-indent: -1.4em{{end}} }
p.sec { font-weight: bold }
.caption { position: absolute; right: 12mm; bottom: 22mm; font-size: 11pt; color: #b01e23 }
.footer { position: absolute; left: 15mm; right: 15mm; bottom: 6mm; font-size: 6.5pt }
h1 { position: absolute; top: 80mm; width: 100%; text-align: center; font-size: 30pt; color: #b01e23 }
</style></head><body>
<section class="slide"><h1>{{.Title}}</h1></section>
{{range .Slides}}<section class="slide">
<table>
<colgroup><col style="width: {{$.Style.DirWidth}}%"><col style="width: {{$.Style.WhoWidth}}%">{{range $.Style.YearWidths}}<col style="width: {{.}}%">{{end}}</colgroup>
<thead><tr>{{if $.Style.StackedHeading}}<th colspan="2"></th>{{else if $.Style.HeaderLabels}}<th class="label">Direzione</th><th class="label">Direttore</th>{{else}}<th></th><th></th>{{end}}{{range $.Years}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody><tr>{{if $.Style.StackedHeading}}<td class="dir" colspan="2">{{.Directorate}}<p class="who">{{.Director}}</p></td>{{else}}<td class="dir">{{.Directorate}}</td><td class="who">{{.Director}}</td>{{end}}
{{range .Columns}}<td>{{range .}}{{if .Heading}}<p class="sec">{{.Heading}}</p>{{else}}<p class="obj">{{.N}}. {{.Text}}</p>{{end}}{{end}}</td>
{{end}}</tr></tbody></table>
<div class="caption">{{.Caption}}</div>
<div class="footer">La presente copia informatica, destinata unicamente alla pubblicazione sull'Albo Pretorio on Line, e' conforme al documento originale ai sensi del D.Lgs. n. 82/2005. Il corrispondente documento digitalmente firmato e' conservato negli Archivi del Comune di Milano.</div>
</section>
{{end}}</body></html>
`))

// render writes the variant's HTML, gold and PDF.
func render(ctx context.Context, chromium, dir, name string, st style, plan goldPlan) error {
	var slides []slide
	for _, d := range plan.Directorates {
		slides = append(slides, paginate(d, plan.Years, st)...)
	}
	base := filepath.Join(dir, "variant-"+name)
	htmlPath, _ := filepath.Abs(base + ".html")
	f, err := os.Create(htmlPath)
	if err != nil {
		return err
	}
	err = page.Execute(f, struct {
		Title  string
		Style  style
		Years  []int
		Slides []slide
	}{plan.Title, st, plan.Years, slides})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	gold, err := json.MarshalIndent(plan, "", " ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(base+".gold.json", append(gold, '\n'), 0o644); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	pdfPath, _ := filepath.Abs(base + ".pdf")
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--no-pdf-header-footer", "--print-to-pdf="+pdfPath, "file://"+htmlPath)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v\n%s", chromium, err, out)
	}
	return nil
}
