package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// ParsePlan reads the performance plan (Piano degli Obiettivi) of a
// document: the "Obiettivi di Direzione" slides, tables with the
// directorate, its director and one column of objectives per year, plus the
// Obiettivi Solidali and Gestionali with their targets. It returns nil when
// the document holds no plan.
//
// The year of an objective is the column it stands in, found from the
// position of the year headers on its slide, never from the order of the
// text. A directorate continued over several slides is one Directorate with
// all objectives of the first year first, in slide order, then the next
// year's.
func ParsePlan(file *pdftext.File) *Plan {
	if file == nil {
		return nil
	}
	pages := make([]pageLines, len(file.Pages))
	for i, p := range file.Pages {
		pages[i] = pageLines{number: p.Number, lines: p.Lines()}
	}
	var slides []planSlide
	for _, p := range pages {
		s, ok := readPlanSlide(p)
		if !ok {
			continue
		}
		// A table without directorate or director is a plan slide only
		// as the continuation of the slide on the page before; elsewhere it
		// is some other table with years over numbered points.
		if s.directorate == "" && s.director == nil &&
			(len(slides) == 0 || slides[len(slides)-1].page != s.page-1) {
			continue
		}
		slides = append(slides, s)
	}
	if len(slides) == 0 {
		return nil
	}
	plan := &Plan{
		Title:        planTitle(pages),
		Years:        slideYears(slides),
		Directorates: mergeSlides(slides),
	}
	offices := officeNames(plan.Directorates)
	for i := range plan.Directorates {
		objs := plan.Directorates[i].Objectives
		for j := range objs {
			objs[j].Collaborators = collaborators(objs[j].Text, offices)
		}
	}
	plan.Solidarity = targetSlide(pages, solidarityTitle())
	plan.Management = targetSlide(pages, managementTitle())
	return plan
}

// pageLines is a page's lines, taken once for all the readers of the plan.
type pageLines struct {
	number int
	lines  []pdftext.Line
}

// planSlide is one "Obiettivi di Direzione" slide.
type planSlide struct {
	page        int
	directorate string
	director    *Person
	years       []int
	objectives  map[int][]Objective // by year
	// leads is the text at the top of a year column before its first
	// number: the end of an objective begun on the slide before.
	leads map[int]string
}

var (
	slideYearRE = lazyRegexp(`^(19|20)\d\d$`)
	// objectiveNumberRE matches the start of a numbered objective: "3. Text",
	// "12.Text" (the space is sometimes missing), "3) Text".
	objectiveNumberRE = lazyRegexp(`^(\d{1,3})\s*[.)]\s*(\S.*)$`)
	// slideCaptionRE matches the caption printed under each slide,
	// "Obiettivi di Direzione" with "1 di 2" on continued slides.
	slideCaptionRE = lazyRegexp(`(?i)^obiettivi di direzione(\s+\d+\s+di\s+\d+)?$`)
	// copyFooterRE matches the first line of the footer the Albo stamps on
	// every page of the published copy.
	copyFooterRE = lazyRegexp(`(?i)^la presente copia informatica`)
	planTitleRE  = lazyRegexp(`Piano degli Obiettivi\s+(\d{4})\s*[-–]\s*(\d{4})`)
)

// yearHeader is a year printed over a column, centered on it.
type yearHeader struct {
	year   int
	center float64
}

// readPlanSlide reads a page as a plan slide: a header row of years over
// columns, the directorate and director at the left, numbered objectives
// under each year.
func readPlanSlide(p pageLines) (planSlide, bool) {
	lines := p.lines
	headers, headerLine := findYearHeaders(lines)
	if headers == nil {
		return planSlide{}, false
	}
	body := slideBody(lines[headerLine+1:])
	if len(body) == 0 {
		return planSlide{}, false
	}
	bounds := columnBounds(body, headers)
	slide := planSlide{page: p.number, objectives: map[int][]Objective{}, leads: map[int]string{}}
	found := false
	for i, h := range headers {
		slide.years = append(slide.years, h.year)
		col := runsBetween(body, bounds[i], bounds[i+1])
		objs, lead := readObjectives(pdftext.GroupLines(p.number, col), h.year, p.number)
		if len(objs) > 0 {
			found = true
		}
		slide.objectives[h.year] = objs
		slide.leads[h.year] = lead
	}
	if !found {
		return planSlide{}, false
	}
	slide.directorate, slide.director = readHeading(p.number, runsBetween(body, math.Inf(-1), bounds[0]))
	return slide, true
}

// findYearHeaders finds the topmost header row of a plan slide: a line
// whose cells end with years in ascending order, after labels of the other
// columns if any ("Direzione", "Direttore"). It returns the years with the
// center of each (the column it heads) and the line's index.
func findYearHeaders(lines []pdftext.Line) ([]yearHeader, int) {
	for i, l := range lines {
		var headers []yearHeader
		ok := true
		for _, c := range splitCells(l) {
			text := pdftext.JoinRuns(c)
			if !slideYearRE().MatchString(text) {
				// Labels may only come before the years.
				ok = ok && len(headers) == 0
				continue
			}
			year, _ := strconv.Atoi(text)
			if n := len(headers); n > 0 && year <= headers[n-1].year {
				ok = false
			}
			first, last := c[0], c[len(c)-1]
			headers = append(headers, yearHeader{year: year, center: (first.X + last.X + last.W) / 2})
		}
		if ok && len(headers) > 0 {
			return headers, i
		}
	}
	return nil, -1
}

// slideBody returns the runs of the table under the header row: it stops
// at the slide caption or the copy footer, whichever comes first, and drops
// everything below it (page marks, the rest of the footer).
func slideBody(lines []pdftext.Line) []pdftext.Run {
	n := 0
	for _, l := range lines {
		n += len(l.Runs)
	}
	body := make([]pdftext.Run, 0, n)
	for _, l := range lines {
		cells := splitCells(l)
		stop := false
		for _, c := range cells {
			text := pdftext.JoinRuns(c)
			if slideCaptionRE().MatchString(text) || copyFooterRE().MatchString(text) {
				stop = true
				continue
			}
			body = append(body, c...)
		}
		if stop {
			break
		}
	}
	return body
}

// cellGap is the gap, in ems, that separates two cells on one baseline.
const cellGap = 1.5

// spacedWordsGap is cellGap between two words typed letter by letter: a
// typewriter's heading parts them by three spaces and more.
const spacedWordsGap = 4.0

// ocrCellGap is cellGap between two words of an OCR's text layer. The OCR
// sizes each line to its box, so a letterhead's line of large capitals
// measures its gaps in large ems, and the words it read off a crest beside
// the name ("stema COMUNE DI MANTOVA") stand a wide space apart yet under
// cellGap; its words' boxes are tight, so a space between words of one
// cell is under half an em.
const ocrCellGap = 1.0

// splitCells splits a line where a gap wider than cellGap separates runs:
// text of different table cells that happens to share a baseline. The gap
// is measured in the ems of the smaller of the two runs' type: a caption
// in small type beside a heading in large ("stemma" left of "COMUNE DI
// SAVIGLIANO") is another cell, however narrow the gap is for the large.
func splitCells(l pdftext.Line) [][]pdftext.Run {
	var cells [][]pdftext.Run
	start := 0
	end, endSize := math.Inf(-1), 0.0
	// main is the cell's run in the largest type so far: a box's text
	// beside it is told by its type and baseline (otherBox).
	var main pdftext.Run
	glyphs := drawnGlyphByGlyph(l)
	for i, r := range l.Runs {
		gap := cellGap
		if r.Invisible && i > 0 && l.Runs[i-1].Invisible {
			gap = ocrCellGap
		}
		if i > 0 && spacedRun(r, glyphs) && spacedRun(l.Runs[i-1], glyphs) {
			// "C O M U N E" | "D I" | "T A R Z O": one heading's words;
			// so too its letters drawn one by one, "C", "O", … "E" | "D".
			gap = spacedWordsGap
		}
		if i > 0 && (r.X-end > gap*math.Max(math.Min(r.Size, endSize), 1) || otherBox(main, r, r.X-end)) {
			cells = append(cells, l.Runs[start:i])
			start = i
			main = r
		}
		if r.X+r.W >= end {
			end, endSize = r.X+r.W, r.Size
		}
		if r.Size > main.Size {
			main = r
		}
	}
	return append(cells, l.Runs[start:])
}

// drawnGlyphByGlyph reports whether the runs of l are its letters, drawn
// one at a time and spaced apart: minGlyphRuns of them at the least, and
// nine in ten of a single letter each.
func drawnGlyphByGlyph(l pdftext.Line) bool {
	single := 0
	for _, r := range l.Runs {
		if first, size := utf8.DecodeRuneInString(r.Text); size == len(r.Text) && unicode.IsLetter(first) {
			single++
		}
	}
	return single >= minGlyphRuns && single*10 >= len(l.Runs)*9
}

// minGlyphRuns is the fewest one-letter runs of a line drawn glyph by
// glyph: a heading's shortest words ("C O M U N E").
const minGlyphRuns = 5

// spacedRun reports whether r is a word spaced letter by letter, or one
// of those letters in a line drawn glyph by glyph.
func spacedRun(r pdftext.Run, glyphs bool) bool {
	return pdftext.LettersApart(r.Text) || glyphs && utf8.RuneCountInString(r.Text) == 1
}

// otherBox reports whether run b, gap after its cell, is text of another
// box beside the cell's main run a rather than its line going on: type
// under two thirds the size (or over half again), on another baseline,
// past a word's space ("AZIENDA SANITARIA LOCALE FROSINONE" in 15
// points, then a stamp's "Atto soggetto a pubblicazione" in 8, a point
// and a half higher). A superscript stands closer; the text after it is
// in the main run's type.
func otherBox(a, b pdftext.Run, gap float64) bool {
	small, large := math.Min(a.Size, b.Size), math.Max(a.Size, b.Size)
	return small > 0 && large >= otherBoxScale*small && math.Abs(a.Y-b.Y) >= otherBoxRise && gap >= small/2
}

// otherBoxScale is how much larger one box's type is than the other's;
// otherBoxRise how far apart, in points, their baselines stand.
const (
	otherBoxScale = 1.6
	otherBoxRise  = 1.0
)

// columnBounds returns the left edge of each year column and, last, +Inf.
// A year header is centered over its column, so the boundary between two
// year columns lies near the middle of their headers and the first
// column's left edge about half a column width left of its header; each
// estimate is then moved out of the text into a gutter (columnEdge).
func columnBounds(body []pdftext.Run, headers []yearHeader) []float64 {
	covered := coverage(body)
	right := math.Inf(-1)
	for _, r := range body {
		right = math.Max(right, r.X+r.W)
	}
	first := headers[0].center
	half := right - first
	if len(headers) > 1 {
		half = (headers[1].center - first) / 2
	}
	left, ok := nearestGutter(first-half, half/2, covered)
	if !ok {
		left = columnEdge(first-half, math.NaN(), first, covered)
	}
	bounds := make([]float64, 0, len(headers)+1)
	bounds = append(bounds, left)
	for i := 1; i < len(headers); i++ {
		a, b := headers[i-1].center, headers[i].center
		bounds = append(bounds, columnEdge((a+b)/2, a, b, covered))
	}
	return append(bounds, math.Inf(1))
}

// readObjectives reads one year column: numbered objectives, with section
// headings (upper-case lines, or lines ending with a colon, followed by a
// new "1." or opening the column) over the objectives that follow them.
// Wrapped lines are joined with one space. Text above the first number is
// returned apart, as lead: it continues an objective of the slide before.
func readObjectives(lines []pdftext.Line, year, page int) (objs []Objective, lead string) {
	if len(lines) == 0 {
		return nil, ""
	}
	itemX := math.Inf(1)
	for _, l := range lines {
		if objectiveNumberRE().MatchString(l.Text) {
			itemX = math.Min(itemX, l.X)
		}
	}
	if math.IsInf(itemX, 1) {
		return nil, ""
	}
	var (
		section *string
		pending []pdftext.Line // heading-like lines: a heading if "1." follows
		lastN   int
	)
	// appendText adds a line to the objective being read, or to the lead
	// before the first one.
	appendText := func(text string) {
		if len(objs) == 0 {
			lead = joinWrapped(lead, text)
			return
		}
		cur := &objs[len(objs)-1]
		cur.Text = joinWrapped(cur.Text, text)
	}
	flushPending := func() {
		if len(pending) > 0 {
			appendText(joinLines(pending))
		}
		pending = nil
	}
	for _, l := range lines {
		indented := l.X > itemX+0.5*math.Max(l.Size, 1)
		if m := objectiveNumberRE().FindStringSubmatch(l.Text); m != nil && !indented {
			n, _ := strconv.Atoi(m[1])
			// Numbering restarts at 1 under a heading and may go on from
			// the previous slide; a number that breaks the sequence is
			// text that happens to start a line.
			if n == 1 || len(objs) == 0 || (n > lastN && n <= lastN+2) {
				if len(pending) > 0 && (n == 1 || len(objs) == 0) {
					heading := strings.TrimSpace(strings.TrimSuffix(joinLines(pending), ":"))
					section = &heading
					pending = nil
				} else {
					flushPending()
				}
				objs = append(objs, Objective{Year: year, N: n, Section: section, Page: page, Text: m[2]})
				lastN = n
				continue
			}
		}
		// A heading is an upper-case line, or any line ending with a
		// colon, that a "1." follows; until then it may still be the end
		// of the objective above.
		if !indented && (isHeadingText(l.Text) || strings.HasSuffix(l.Text, ":")) {
			pending = append(pending, l)
			continue
		}
		flushPending()
		appendText(l.Text)
	}
	flushPending()
	return objs, lead
}

// isHeadingText reports whether a line reads as a section heading: mostly
// upper-case letters ("AMBITO INFRASTRUTTURE:", "FOOD POLICY DI MILANO").
func isHeadingText(s string) bool {
	upper, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 4 && float64(upper) >= 0.8*float64(letters)
}

// directorTitleRE matches an academic or professional title, alone or
// before a name: "Avv.", "Dott.", "Dott.ssa", "Dr.ssa", "Arch.", "Ing.".
var directorTitleRE = lazyRegexp(`^([A-Z][a-z]{0,5}\.(?:ssa|ra)?)(?:\s+(\S.*))?$`)

// readHeading reads the left part of a slide: the directorate's column and
// the director's column beside it. The director's column starts with the
// cell that opens with a title; without one, it is the rightmost block of
// text. When the title stands in the leftmost block, under the directorate
// (both in one column), the director is the lines from the title down.
func readHeading(page int, runs []pdftext.Run) (string, *Person) {
	if len(runs) == 0 {
		return "", nil
	}
	covered := coverage(runs)
	var directorate, director []pdftext.Run
	title, found := titleCell(page, runs)
	switch {
	case found && title.X < covered[0].hi && hasRunAbove(runs, title):
		for _, r := range runs {
			if r.Y > title.Y+pdftext.BaselineTolerance*math.Max(title.Size, 1) {
				directorate = append(directorate, r)
			} else {
				director = append(director, r)
			}
		}
	default:
		split := math.Inf(1)
		if found {
			// The director's column starts at the gutter left of the title,
			// or takes everything when the title stands in the first block
			// (a slide that leaves the directorate out).
			split = math.Inf(-1)
			for i := 1; i < len(covered); i++ {
				if covered[i].lo <= title.X && title.X <= covered[i].hi {
					split = span{covered[i-1].hi, covered[i].lo}.mid()
				}
			}
		} else if n := len(covered); n > 1 {
			split = span{covered[n-2].hi, covered[n-1].lo}.mid()
		}
		directorate = runsBetween(runs, math.Inf(-1), split)
		director = runsBetween(runs, split, math.Inf(1))
	}
	name := joinLines(pdftext.GroupLines(page, directorate))
	directorText := joinLines(pdftext.GroupLines(page, director))
	if directorText == "" {
		return name, nil
	}
	person := &Person{Name: directorText}
	if m := directorTitleRE().FindStringSubmatch(directorText); m != nil && m[2] != "" {
		person.Title, person.Name = m[1], m[2]
	}
	return name, person
}

// hasRunAbove reports whether some run stands on a line above the run r.
func hasRunAbove(runs []pdftext.Run, r pdftext.Run) bool {
	for _, o := range runs {
		if o.Y > r.Y+pdftext.BaselineTolerance*math.Max(r.Size, 1) {
			return true
		}
	}
	return false
}

// titleCell finds the first cell, top to bottom, that opens with a title
// and returns its first run.
func titleCell(page int, runs []pdftext.Run) (pdftext.Run, bool) {
	for _, l := range pdftext.GroupLines(page, runs) {
		for _, c := range splitCells(l) {
			if directorTitleRE().MatchString(pdftext.JoinRuns(c)) {
				return c[0], true
			}
		}
	}
	return pdftext.Run{}, false
}

// mergeSlides turns slides into directorates: consecutive slides of the
// same directorate (continuation slides, which may leave the name out) are
// one directorate, with each year's objectives in slide order.
func mergeSlides(slides []planSlide) []Directorate {
	var out []Directorate
	var groups [][]planSlide
	for _, s := range slides {
		if n := len(groups); n > 0 {
			prev := groups[n-1][0]
			if s.directorate == "" || strings.EqualFold(s.directorate, prev.directorate) {
				groups[n-1] = append(groups[n-1], s)
				continue
			}
		}
		groups = append(groups, []planSlide{s})
	}
	for _, g := range groups {
		d := Directorate{Directorate: g[0].directorate, Director: g[0].director, Objectives: []Objective{}}
		for _, s := range g {
			d.Pages = append(d.Pages, s.page)
			if d.Director == nil {
				d.Director = s.director
			}
		}
		for _, year := range slideYears(g) {
			var prev []Objective
			last := -1 // index in d.Objectives of the year's last objective
			for _, s := range g {
				if lead := s.leads[year]; lead != "" && last >= 0 {
					d.Objectives[last].Text = joinWrapped(d.Objectives[last].Text, lead)
				}
				objs := s.objectives[year]
				continueSection(prev, objs)
				d.Objectives = append(d.Objectives, objs...)
				if len(objs) > 0 {
					prev = objs
					last = len(d.Objectives) - 1
				}
			}
		}
		out = append(out, d)
	}
	return out
}

// continueSection gives the objectives at the top of a continuation
// slide's column the section they continue: when the column opens without
// a heading and goes on with the numbering of the previous slide's column,
// its first objectives are still under that slide's last heading.
func continueSection(prev, objs []Objective) {
	if len(prev) == 0 || len(objs) == 0 {
		return
	}
	last := prev[len(prev)-1]
	if last.Section == nil || objs[0].Section != nil || objs[0].N != last.N+1 {
		return
	}
	for i := range objs {
		if objs[i].Section != nil {
			break
		}
		objs[i].Section = last.Section
	}
}

// slideYears is the sorted union of the years the slides print.
func slideYears(slides []planSlide) []int {
	var years []int
	for _, s := range slides {
		for _, y := range s.years {
			if !slices.Contains(years, y) {
				years = append(years, y)
			}
		}
	}
	slices.Sort(years)
	return years
}

// planTitle is the first "Piano degli Obiettivi YYYY-YYYY" the document
// prints.
func planTitle(pages []pageLines) string {
	for _, p := range pages {
		for _, l := range p.lines {
			if m := planTitleRE().FindStringSubmatch(l.Text); m != nil {
				return "Piano degli Obiettivi " + m[1] + "-" + m[2]
			}
		}
	}
	return "Piano degli Obiettivi"
}
