// Package synth makes synthetic acts for benchmarks and batch tests: Giunta
// deliberations approving a performance plan, rendered to PDF from the real
// vocabulary of the sample plan (directorates, directors, objective texts)
// in the layout of the real slides — a portrait front page, then landscape
// slides with the directorate, its director and two year columns — plus
// damaged copies at a chosen rate.
package synth

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"

	"github.com/openalbo/albo"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/pdfgen"
)

// vocabulary is the part of a plan the generator draws words from.
type vocabulary struct {
	Directorates []struct {
		Directorate string `json:"directorate"`
		Director    struct {
			Title string `json:"title"`
			Name  string `json:"name"`
		} `json:"director"`
		Objectives []struct {
			Text string `json:"text"`
		} `json:"objectives"`
	} `json:"directorates"`
}

// Generator renders synthetic acts deterministically from a seed.
type Generator struct {
	vocab      vocabulary
	objectives []string
	rng        *rand.Rand
}

// New returns a generator seeded with seed: the same seed gives the same
// documents.
func New(seed uint64) (*Generator, error) {
	var v vocabulary
	if err := json.Unmarshal(albo.Vocabulary, &v); err != nil {
		return nil, fmt.Errorf("synth: vocabulary: %w", err)
	}
	g := &Generator{vocab: v, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	for _, d := range v.Directorates {
		for _, o := range d.Objectives {
			g.objectives = append(g.objectives, o.Text)
		}
	}
	if len(v.Directorates) == 0 || len(g.objectives) == 0 {
		return nil, fmt.Errorf("synth: vocabulary has no directorates or objectives")
	}
	return g, nil
}

// Act is one generated document with what it was made of.
type Act struct {
	Number       int
	Year         int
	Date         string // DD/MM/YYYY as printed
	Directorates int
	Objectives   int
	// Plan is what the slides print, in the shape of the extraction: the
	// answer an extractor is scored against.
	Plan extract.Plan
	PDF  []byte
}

// Page sizes of A4 in points.
const (
	a4Short = 595.28
	a4Long  = 841.89
)

// Act renders the deliberation numbered n: a front page and a plan of a
// few directorates, each on one or two slides.
func (g *Generator) Act(n int) Act {
	year := 2019 + g.rng.IntN(6)
	day, month := 1+g.rng.IntN(28), 1+g.rng.IntN(12)
	a := Act{Number: n, Year: year, Date: fmt.Sprintf("%02d/%02d/%d", day, month, year)}
	doc := pdfgen.New()
	doc.SetInfo("Producer", "albo synth")
	g.frontPage(doc, a)
	a.Plan.Years = []int{year, year + 1}
	for range 3 + g.rng.IntN(4) {
		d := g.slide(doc, year)
		a.Plan.Directorates = append(a.Plan.Directorates, d)
		a.Objectives += len(d.Objectives)
		a.Directorates++
	}
	a.PDF = doc.Bytes()
	return a
}

func (g *Generator) frontPage(doc *pdfgen.Doc, a Act) {
	p := doc.AddPage(a4Short, a4Long)
	y := 780.0
	line := func(size float64, font pdfgen.Font, s string) {
		p.Text(56, y, size, font, s)
		y -= size * 1.6
	}
	line(12, pdfgen.HelveticaBold, "Comune di")
	line(12, pdfgen.HelveticaBold, "MILANO")
	line(11, pdfgen.HelveticaBold, fmt.Sprintf("DELIBERAZIONE DELLA GIUNTA COMUNALE N. %d DEL %s", a.Number, a.Date))
	line(11, pdfgen.Helvetica, "DIREZIONE GENERALE")
	line(11, pdfgen.Helvetica, fmt.Sprintf("OGGETTO: Aggiornamento del Piano degli Obiettivi %d-%d. Immediatamente eseguibile", a.Year, a.Year+2))
	for _, w := range pdfgen.Wrap(fmt.Sprintf("Premesso che con deliberazione di Giunta Comunale n. %d del 28 giugno %d è stato approvato il Piano degli Obiettivi; %s.",
		g.rng.IntN(3000)+1, a.Year, g.objective()), 11, 480) {
		line(11, pdfgen.Helvetica, w)
	}
	line(11, pdfgen.Helvetica, "Con votazione unanime")
	line(11, pdfgen.HelveticaBold, "D E L I B E R A")
	line(11, pdfgen.Helvetica, "1. di approvare l’aggiornamento del Piano degli Obiettivi, documento allegato parte integrante;")
}

// slide draws one directorate's slide with objectives drawn from the
// vocabulary, and returns what it printed.
func (g *Generator) slide(doc *pdfgen.Doc, year int) extract.Directorate {
	d := g.vocab.Directorates[g.rng.IntN(len(g.vocab.Directorates))]
	want := extract.Directorate{Directorate: d.Directorate,
		Director: &extract.Person{Title: d.Director.Title, Name: d.Director.Name}}
	for c, n := range []int{2 + g.rng.IntN(8), g.rng.IntN(5)} {
		for k := 1; k <= n; k++ {
			want.Objectives = append(want.Objectives, extract.Objective{Year: year + c, N: k, Text: g.objective()})
		}
	}
	return drawDirectorate(doc, want, [2]int{year, year + 1}, false)
}

// Slide geometry: the top line, font size and leading of the objectives,
// the columns (directorate, director, first year, second year) and the
// width of a year column.
const (
	slideTop, slideSize, slideLead = 540.0, 9.0, 11.0
	slideColWidth                  = 270.0
	slideBottom                    = 70.0 // keep clear of the caption
)

var slideCols = []float64{40, 150, 250, 540}

// drawDirectorate draws a directorate's objectives of the two years on
// slides, and returns what it printed. With paginate, objectives that do
// not fit go on the next slide under the same directorate; without, they
// are left out.
func drawDirectorate(doc *pdfgen.Doc, d extract.Directorate, years [2]int, paginate bool) extract.Directorate {
	out := extract.Directorate{Directorate: d.Directorate, Director: d.Director}
	var columns [2][]extract.Objective
	for _, o := range d.Objectives {
		for c, y := range years {
			if o.Year == y {
				columns[c] = append(columns[c], o)
			}
		}
	}
	var p *pdfgen.Page
	var y [2]float64
	newSlide := func() {
		p = doc.AddPage(a4Long, a4Short)
		p.Text(slideCols[2]+110, slideTop+20, 10, pdfgen.HelveticaBold, fmt.Sprint(years[0]))
		p.Text(slideCols[3]+110, slideTop+20, 10, pdfgen.HelveticaBold, fmt.Sprint(years[1]))
		for i, w := range pdfgen.Wrap(d.Directorate, slideSize, 100) {
			p.Text(slideCols[0], slideTop-float64(i)*slideLead, slideSize, pdfgen.HelveticaBold, w)
		}
		if d.Director != nil {
			for i, w := range pdfgen.Wrap(d.Director.Title+" "+d.Director.Name, slideSize, 90) {
				p.Text(slideCols[1], slideTop-float64(i)*slideLead, slideSize, pdfgen.Helvetica, w)
			}
		}
		p.Text(a4Long-150, 40, 9, pdfgen.Helvetica, "Obiettivi di Direzione")
		y = [2]float64{slideTop, slideTop}
	}
	newSlide()
	for c := range columns {
		for k, o := range columns[c] {
			lines := pdfgen.Wrap(o.Text, slideSize, slideColWidth-20)
			if y[c]-float64(len(lines))*slideLead < slideBottom {
				if !paginate {
					break
				}
				newSlide()
			}
			o.N = k + 1
			out.Objectives = append(out.Objectives, o)
			for i, w := range lines {
				x := slideCols[2+c] + 12
				if i == 0 {
					w = fmt.Sprintf("%d. %s", o.N, w)
					x = slideCols[2+c]
				}
				p.Text(x, y[c], slideSize, pdfgen.Helvetica, w)
				y[c] -= slideLead
			}
		}
	}
	return out
}

// PlanPDF renders a Giunta deliberation numbered number of date
// (DD/MM/YYYY) approving plan, whose first two years are its columns: a
// front page, then each directorate on as many slides as it needs. It
// returns the PDF and the plan as printed (objectives renumbered in each
// column), the answer an extractor is scored against.
func (g *Generator) PlanPDF(number int, date string, plan extract.Plan) ([]byte, extract.Plan) {
	doc := pdfgen.New()
	doc.SetInfo("Producer", "albo synth")
	years := [2]int{plan.Years[0], plan.Years[0] + 1}
	g.frontPage(doc, Act{Number: number, Year: years[0], Date: date})
	printed := extract.Plan{Title: plan.Title, Years: years[:]}
	for _, d := range plan.Directorates {
		printed.Directorates = append(printed.Directorates, drawDirectorate(doc, d, years, true))
	}
	return doc.Bytes(), printed
}

func (g *Generator) objective() string { return g.objectives[g.rng.IntN(len(g.objectives))] }

// Corrupt returns a copy of a document damaged beyond reading, as archives
// meet them: an HTML error page saved in its place, a download cut off
// after a few bytes, or noise behind a PDF header. (A PDF that is only cut
// short or zeroed in places is not here: the extractor repairs those and
// reads what is left.) Each result is distinct, so no two damaged
// documents share a digest.
func (g *Generator) Corrupt(pdf []byte) []byte {
	tag := g.rng.Uint64()
	switch g.rng.IntN(3) {
	case 0:
		return fmt.Appendf(nil, "<html><body>Errore %d: documento non disponibile</body></html>", tag)
	case 1:
		return fmt.Appendf(bytes.Clone(pdf[:min(len(pdf), 48)]), "%d", tag)
	default:
		noise := fmt.Appendf([]byte("%PDF-1.4\n"), "%d\n", tag)
		for range 4096 {
			noise = append(noise, byte(g.rng.IntN(256)))
		}
		return noise
	}
}
