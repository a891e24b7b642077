package extract

// Performance plans of smaller municipalities are not slide tables of
// Direzioni: they are Word documents organised by Servizio. Each Servizio
// opens with a numbered heading ("1 - SERVIZI GENERALI E RISORSE UMANE")
// and its "RESPONSABILE …", then lists "DESCRIZIONE OBIETTIVO n" boxes; an
// objective may carry a table of phases ("Descrizione fase") with the
// deadline of each phase in a second column, and a "Target: …".

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

var (
	// serviziHeading is a numbered unit heading: "1 - SERVIZI FINANZIARI",
	// "4 – UFFICIO TECNICO - AMBIENTE".
	serviziHeading = lazyRegexp(`^(\d{1,2})\s*[-–—]\s*(\S.*)$`)
	// serviziResponsible names the unit's head: "RESPONSABILE AVV. …".
	serviziResponsible = lazyRegexp(`(?i)^RESPONSABILE\b\s*:?\s*(\S.*)$`)
	// serviziObjective opens an objective: "DESCRIZIONE OBIETTIVO 3", or
	// "OBIETTIVO N. 3 - …" in capitals (in any case, "obiettivo 3" is as
	// likely a phrase of the text).
	serviziObjective = lazyRegexp(`^(?:(?i:DESCRIZIONE\s+OBIETTIVO)|OBIETTIVO)\s+(?:(?i:N)[.°]?\s*)?(\d{1,3})\b\s*[:.\-–]?\s*(.*)$`)
	// serviziPhaseHeader is the header row of an objective's phase table:
	// "Descrizione fase", or a first column of phases or actions beside a
	// column of deadlines ("FASI … TEMPI", "Azioni … Scadenza").
	serviziPhaseHeader = lazyRegexp(`(?i)\bdescrizione\s+(?:della\s+)?fas[ei]\b|^(?:fasi|fase|azioni|attivit[àa])` + wordEnd + `.*\b(?:scadenz[ae]|tempi|tempistica|termine|termini)\b`)
	// serviziYear is the plan's year as its title prints it: "ANNO 2026",
	// "ANNUALITÀ 2026".
	serviziYear = lazyRegexp(`(?i)\b(?:ANNO|ANNUALIT(?:[AÀ]|A['’]))\s+((?:19|20)\d\d)\b`)
	// serviziTarget is the target an objective's description states.
	serviziTarget = lazyRegexp(`(?i)\btarget\s*:\s*(\S.*)$`)
	// serviziPageNumber is a printed page number.
	serviziPageNumber = lazyRegexp(`^(?:(?i:pag(?:ina|\.)?)\s*)?\d{1,4}$`)
)

// Layout tolerances for the plan's tables, in ems of the text's size.
const (
	// serviziRowGap is the baseline distance beyond which two lines of a
	// table column belong to different rows: Word pads table cells, so rows
	// stand further apart than the lines inside a cell (about 1.15 em).
	serviziRowGap = 1.35
	// serviziMaxHeadingLines bounds how far a unit heading may run before
	// its RESPONSABILE line.
	serviziMaxHeadingLines = 3
)

// ParseServiziPlan reads a performance plan organised by Servizio: each
// Servizio becomes a Directorate, its RESPONSABILE the director, and each
// "DESCRIZIONE OBIETTIVO n" an Objective of the plan's year with its phases,
// deadlines and target. It returns nil when file is not such a plan.
func ParseServiziPlan(file *pdftext.File) *Plan {
	lines := serviziLines(file)
	first := -1
	for i := range lines {
		if _, _, ok := serviziUnitAt(lines, i); ok {
			first = i
			break
		}
	}
	if first < 0 {
		return nil
	}
	plan := &Plan{Directorates: []Directorate{}}
	plan.Title, plan.Years = serviziTitle(lines[:first])

	p := serviziParser{lines: lines, plan: plan}
	p.parse(first)
	// A numbered heading over a RESPONSABILE can occur in other documents
	// too; only objectives make them a plan.
	objectives := 0
	for _, d := range plan.Directorates {
		objectives += len(d.Objectives)
	}
	if objectives == 0 {
		return nil
	}
	// Shared objectives name their partners as the slide plans do
	// ("in collaborazione con …"), and are read by the same rules.
	offices := officeNames(plan.Directorates)
	for i := range plan.Directorates {
		for j := range plan.Directorates[i].Objectives {
			o := &plan.Directorates[i].Objectives[j]
			o.Collaborators = collaborators(o.Text, offices)
		}
	}
	return plan
}

// serviziLines is the document's lines in reading order without printed
// page numbers, which would otherwise end up inside objective texts.
func serviziLines(file *pdftext.File) []pdftext.Line {
	var all []pdftext.Line
	for _, page := range file.Pages {
		lines := page.Lines()
		for i, l := range lines {
			edge := i == 0 || i == len(lines)-1
			if edge && len(lines) > 1 && serviziPageNumber().MatchString(l.Text) {
				continue
			}
			all = append(all, l)
		}
	}
	return all
}

// serviziUnitAt reports whether a unit heading starts at line i: a numbered
// heading followed, within a few lines, by its RESPONSABILE. It returns the
// unit's name and the index of the RESPONSABILE line.
func serviziUnitAt(lines []pdftext.Line, i int) (name string, responsible int, ok bool) {
	m := serviziHeading().FindStringSubmatch(lines[i].Text)
	if m == nil {
		return "", 0, false
	}
	parts := []string{m[2]}
	for j := i + 1; j < len(lines) && j <= i+serviziMaxHeadingLines; j++ {
		if serviziResponsible().MatchString(lines[j].Text) {
			return strings.Join(parts, " "), j, true
		}
		if serviziObjective().MatchString(lines[j].Text) || serviziHeading().MatchString(lines[j].Text) {
			break
		}
		parts = append(parts, lines[j].Text)
	}
	return "", 0, false
}

// serviziTitle finds the plan's title and year in the lines before the
// first unit: the title runs from a line opening with "PIANO" to the line
// that prints the year.
func serviziTitle(lines []pdftext.Line) (string, []int) {
	yearLine := slices.IndexFunc(lines, func(l pdftext.Line) bool { return serviziYear().MatchString(l.Text) })
	if yearLine < 0 {
		return "", []int{}
	}
	year, _ := strconv.Atoi(serviziYear().FindStringSubmatch(lines[yearLine].Text)[1])
	start := yearLine
	for i := yearLine; i >= 0 && yearLine-i <= serviziMaxHeadingLines; i-- {
		if lines[i].Page != lines[yearLine].Page {
			break
		}
		if strings.HasPrefix(strings.ToUpper(lines[i].Text), "PIANO") {
			start = i
			break
		}
	}
	parts := make([]string, 0, yearLine-start+1)
	for _, l := range lines[start : yearLine+1] {
		parts = append(parts, l.Text)
	}
	return strings.Join(parts, " "), []int{year}
}

// serviziParser walks the lines from the first unit heading on.
type serviziParser struct {
	lines []pdftext.Line
	plan  *Plan
	unit  *Directorate
	obj   *serviziObjectiveLines
}

// serviziObjectiveLines gathers an objective's lines until the next heading.
type serviziObjectiveLines struct {
	n      int
	page   int
	desc   []pdftext.Line
	header *pdftext.Line  // the phase table's header row, if any
	table  []pdftext.Line // the lines after the header
}

func (p *serviziParser) parse(from int) {
	for i := from; i < len(p.lines); i++ {
		l := p.lines[i]
		if name, resp, ok := serviziUnitAt(p.lines, i); ok {
			p.closeUnit()
			title, person := serviziDirector(serviziResponsible().FindStringSubmatch(p.lines[resp].Text)[1])
			p.plan.Directorates = append(p.plan.Directorates, Directorate{
				Directorate: name,
				Director:    &Person{Title: title, Name: person},
				Objectives:  []Objective{},
			})
			p.unit = &p.plan.Directorates[len(p.plan.Directorates)-1]
			for _, hl := range p.lines[i : resp+1] {
				p.notePage(hl.Page)
			}
			i = resp
			continue
		}
		p.notePage(l.Page)
		if m := serviziObjective().FindStringSubmatch(l.Text); m != nil {
			p.closeObjective()
			n, _ := strconv.Atoi(m[1])
			p.obj = &serviziObjectiveLines{n: n, page: l.Page}
			if rest := strings.TrimSpace(m[2]); rest != "" {
				rl := l
				rl.Text = rest
				rl.Runs = nil
				p.obj.desc = append(p.obj.desc, rl)
			}
			continue
		}
		switch {
		case p.obj == nil:
			// Between a unit's heading and its first objective ("OBIETTIVI:").
		case p.obj.header != nil:
			p.obj.table = append(p.obj.table, l)
		case serviziPhaseHeader().MatchString(l.Text):
			p.obj.header = &p.lines[i]
		default:
			p.obj.desc = append(p.obj.desc, l)
		}
	}
	p.closeUnit()
}

func (p *serviziParser) notePage(page int) {
	if p.unit != nil && !slices.Contains(p.unit.Pages, page) {
		p.unit.Pages = append(p.unit.Pages, page)
	}
}

func (p *serviziParser) closeUnit() {
	p.closeObjective()
	p.unit = nil
}

func (p *serviziParser) closeObjective() {
	o := p.obj
	p.obj = nil
	if o == nil || p.unit == nil {
		return
	}
	obj := Objective{N: o.n, Page: o.page}
	if len(p.plan.Years) > 0 {
		obj.Year = p.plan.Years[0]
	}
	desc := o.desc
	if o.header != nil {
		split := phaseColumnSplit(*o.header, desc)
		desc = phaseWithoutHeaderCells(desc, *o.header, split)
		obj.Phases = serviziPhases(o.table, serviziDominantFont(desc), split)
	}
	obj.Text = serviziJoinLines(desc)
	if m := serviziTarget().FindStringSubmatch(obj.Text); m != nil {
		obj.Target = strings.TrimRight(strings.TrimSpace(m[1]), ";")
	}
	p.unit.Objectives = append(p.unit.Objectives, obj)
}

// serviziDirector separates the honorifics printed before a name ("AVV.",
// "DOTT.SSA", "Arch.") from the name: they are the leading words that hold
// a period.
func serviziDirector(s string) (title, name string) {
	words := strings.Fields(s)
	i := 0
	for i < len(words)-1 && strings.Contains(words[i], ".") {
		i++
	}
	return strings.Join(words[:i], " "), strings.Join(words[i:], " ")
}

// phaseColumnSplit finds where the deadline column of a phase table starts:
// at the widest gap inside the header row ("Descrizione fase" … "Scadenza
// Fase"), moved left to cover header cells that wrapped onto the line above
// ("Previsione"). It returns +Inf when the table has one column.
func phaseColumnSplit(header pdftext.Line, desc []pdftext.Line) float64 {
	runs := slices.Clone(header.Runs)
	slices.SortFunc(runs, func(a, b pdftext.Run) int { return cmp.Compare(a.X, b.X) })
	split := math.Inf(1)
	widest := 2 * header.Size // a gap narrower than this is between words
	end := math.Inf(-1)
	for i, r := range runs {
		if i > 0 && r.X-end > widest {
			widest = r.X - end
			split = r.X
		}
		end = math.Max(end, r.X+r.W)
	}
	if math.IsInf(split, 1) {
		return split
	}
	for _, l := range phaseHeaderCellsAbove(desc, header, split-header.Size) {
		split = math.Min(split, l.X)
	}
	return split - header.Size/2
}

// phaseHeaderCellsAbove returns the description's last lines that are in fact
// the upper lines of the table header's right-hand cells: on the header's
// page, just above it, and right of split.
func phaseHeaderCellsAbove(desc []pdftext.Line, header pdftext.Line, split float64) []pdftext.Line {
	var cells []pdftext.Line
	y := header.Y
	for i := len(desc) - 1; i >= 0; i-- {
		l := desc[i]
		if l.Page != header.Page || l.X < split || l.Y-y > 2*header.Size {
			break
		}
		cells = append(cells, l)
		y = l.Y
	}
	return cells
}

func phaseWithoutHeaderCells(desc []pdftext.Line, header pdftext.Line, split float64) []pdftext.Line {
	n := len(phaseHeaderCellsAbove(desc, header, split))
	return desc[:len(desc)-n]
}

// phaseBlock is a cell's worth of lines in one column of the phase table.
type phaseBlock struct {
	page        int
	top, bottom float64 // top of the first line, baseline of the last
	texts       []string
}

// serviziPhases turns the phase table's lines into phases, each with the
// deadline printed beside it.
//
// Word clips a description cell's overflow but still draws it, under the
// table: runs in the description's font inside a table set in another font
// are that hidden overflow, and are dropped.
func serviziPhases(table []pdftext.Line, descFont string, split float64) []Phase {
	var runs []phaseRun
	for _, l := range table {
		for _, r := range l.Runs {
			runs = append(runs, phaseRun{l.Page, r})
		}
	}
	if descFont != "" && descFont != phaseDominantFont(runs) {
		runs = slices.DeleteFunc(runs, func(r phaseRun) bool { return r.run.Font == descFont })
	}
	left, right := phaseColumns(runs, split)
	phases := phaseCells(left, true)
	deadlines := phaseCells(right, false)
	out := make([]Phase, len(phases))
	for i, b := range phases {
		out[i].Text = pdftext.CollapseSpace(strings.Join(b.texts, " "))
	}
	for _, d := range deadlines {
		if i := phaseNearestCell(phases, d); i >= 0 {
			text := pdftext.CollapseSpace(strings.Join(d.texts, " "))
			if out[i].Deadline != "" {
				text = out[i].Deadline + "; " + text
			}
			out[i].Deadline = text
		}
	}
	return out
}

type phaseRun struct {
	page int
	run  pdftext.Run
}

// phaseColumns groups the runs into lines per page, separately for the
// phase column (left of split) and the deadline column.
func phaseColumns(runs []phaseRun, split float64) (left, right []pdftext.Line) {
	var pages []int
	byPage := map[int][2][]pdftext.Run{}
	for _, r := range runs {
		cols, seen := byPage[r.page]
		if !seen {
			pages = append(pages, r.page)
		}
		side := 0
		if r.run.X >= split {
			side = 1
		}
		cols[side] = append(cols[side], r.run)
		byPage[r.page] = cols
	}
	for _, n := range pages {
		cols := byPage[n]
		left = append(left, pdftext.Page{Number: n, Runs: cols[0]}.Lines()...)
		right = append(right, pdftext.Page{Number: n, Runs: cols[1]}.Lines()...)
	}
	return left, right
}

// phaseCells groups a column's lines into cells: a new cell starts where
// the distance between baselines says a new table row began, and on a new
// page unless the text carries on mid-sentence (a lowercase start).
func phaseCells(lines []pdftext.Line, continueAcrossPages bool) []phaseBlock {
	var blocks []phaseBlock
	for i, l := range lines {
		if l.Text == "" {
			continue
		}
		newBlock := i == 0 || len(blocks) == 0
		if !newBlock {
			prev := lines[i-1]
			if prev.Page != l.Page {
				newBlock = !continueAcrossPages || !serviziStartsLower(l.Text)
			} else {
				newBlock = prev.Y-l.Y > serviziRowGap*math.Max(l.Size, prev.Size)
			}
		}
		if newBlock {
			blocks = append(blocks, phaseBlock{page: l.Page, top: l.Y + l.Size})
		}
		b := &blocks[len(blocks)-1]
		b.texts = append(b.texts, l.Text)
		if l.Page == b.page {
			b.bottom = l.Y
		}
	}
	return blocks
}

func serviziStartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// phaseNearestCell returns the phase on d's page that d overlaps most, or lies
// closest to, vertically; -1 when no phase shares its page.
func phaseNearestCell(phases []phaseBlock, d phaseBlock) int {
	best, bestScore := -1, math.Inf(-1)
	for i, p := range phases {
		if p.page != d.page {
			continue
		}
		// Positive: the height the two share; negative: the gap between them.
		score := math.Min(p.top, d.top) - math.Max(p.bottom, d.bottom)
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// serviziDominantFont is the font most of the lines' characters are set in.
func serviziDominantFont(lines []pdftext.Line) string {
	var runs []phaseRun
	for _, l := range lines {
		for _, r := range l.Runs {
			runs = append(runs, phaseRun{l.Page, r})
		}
	}
	return phaseDominantFont(runs)
}

func phaseDominantFont(runs []phaseRun) string {
	count := map[string]int{}
	best := ""
	for _, r := range runs {
		count[r.run.Font] += utf8.RuneCountInString(strings.TrimSpace(r.run.Text))
		if count[r.run.Font] > count[best] || best == "" {
			best = r.run.Font
		}
	}
	return best
}

func serviziJoinLines(lines []pdftext.Line) string {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.Text
	}
	return pdftext.CollapseSpace(strings.Join(texts, " "))
}
