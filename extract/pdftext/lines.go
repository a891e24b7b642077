package pdftext

// Runs grouped into lines by baseline, and the text of a line: word gaps,
// letter spacing and white space.

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Layout tolerances, relative to the font size so that they hold for any
// producer and any zoom.
const (
	// BaselineTolerance is how far, in ems, two runs' baselines may differ
	// and still be one line (subscripts, mixed fonts, rounding).
	BaselineTolerance = 0.3
	// wordGap is the gap, in ems, from which two runs are separate words:
	// a justified line may close its spaces to an eighth of an em
	// (Chromium's "FORMA" | "ASSOCIATA" 0.14 em apart); glyphs drawn one
	// by one inside a word stand a twentieth apart at most.
	wordGap = 0.12
)

// Lines groups the page's runs into lines, top to bottom. Rotated runs
// belong to no line.
func (p Page) Lines() []Line {
	if p.lines == nil {
		return GroupLines(p.Number, p.Runs)
	}
	return p.lines.get(p)
}

// lineCache keeps a page's lines for as long as its runs stay the same
// slice (code that gives a page new runs, such as OCR, gets new lines).
type lineCache struct {
	mu    sync.Mutex
	first *Run
	n     int
	lines []Line
}

// putInReadingOrder puts the page's runs in reading order (readingOrder)
// and keeps its lines, which share the runs' array: a page read keeps each
// run once, however many times its lines are asked for.
func (p *Page) putInReadingOrder() {
	var lines []Line
	p.Runs, lines = readingOrder(p.Number, p.Runs)
	p.lines = &lineCache{n: len(p.Runs), lines: lines}
	if len(p.Runs) > 0 {
		p.lines.first = &p.Runs[0]
	}
}

func (c *lineCache) get(p Page) []Line {
	var first *Run
	if len(p.Runs) > 0 {
		first = &p.Runs[0]
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.first != first || c.n != len(p.Runs) {
		c.lines, c.first, c.n = GroupLines(p.Number, p.Runs), first, len(p.Runs)
	}
	// A copy, so that a caller changing its lines does not change the
	// next caller's.
	return slices.Clone(c.lines)
}

// GroupLines groups runs into lines by baseline, top to bottom, each left
// to right. Runs are sorted, never glyphs: a run's own text is kept in the
// order it was drawn. The lines' runs are copies: runs is left as it is.
func GroupLines(page int, runs []Run) []Line {
	_, lines := readingOrder(page, runs)
	return lines
}

// readingOrder is runs in the order of their lines (GroupLines), followed
// by the rotated runs, which belong to no line, in their own order; lines
// are the lines, whose runs are pieces of ordered. ordered is a new array
// of len(runs) or fewer, a text drawn twice over itself kept once
// (overprint); nil when there are no runs.
//
// The order is that of a stable sort by baseline, then of a stable sort of
// each line by x, but indices are sorted rather than runs (a run is some
// 80 bytes with pointers).
func readingOrder(page int, runs []Run) (ordered []Run, lines []Line) {
	if len(runs) == 0 {
		return nil, nil
	}
	order := make([]int32, 0, len(runs))
	for i := range runs {
		if !runs[i].Rotated {
			order = append(order, int32(i))
		}
	}
	if slope, pivot := skew(runs); slope != 0 {
		// A scan's text layer, its lines drawn aslant: the runs are read
		// as if the page were straight.
		runs = slices.Clone(runs)
		for i := range runs {
			runs[i].Y -= slope * (runs[i].X - pivot)
		}
	}
	// Index order breaks ties, as the stable sort did.
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(cmp.Compare(runs[b].Y, runs[a].Y), cmp.Compare(a, b))
	})
	ordered = make([]Run, len(order), len(runs))
	start, w := 0, 0 // w is where the next line's runs go in ordered
	for i := 1; i <= len(order); i++ {
		if i < len(order) && sameBaseline(&runs[order[start]], &runs[order[i]]) {
			continue
		}
		// Left to right; runs at one x keep their order by baseline.
		line := order[start:i]
		slices.SortFunc(line, func(a, b int32) int {
			return cmp.Or(cmp.Compare(runs[a].X, runs[b].X), cmp.Compare(runs[b].Y, runs[a].Y), cmp.Compare(a, b))
		})
		line = slices.CompactFunc(line, func(a, b int32) bool { return overprint(&runs[a], &runs[b]) })
		lineRuns := ordered[w : w+len(line) : w+len(line)]
		w += len(line)
		for k, j := range line {
			lineRuns[k] = runs[j]
		}
		l := NewLine(page, lineRuns)
		if kept := withoutFootnoteCalls(lineRuns, l.Size); len(kept) < len(lineRuns) {
			l.Text = JoinRuns(kept) // a footnote's call is no word of the line's text
		}
		lines = append(lines, l)
		start = i
	}
	ordered = ordered[:w]
	for i := range runs {
		if runs[i].Rotated {
			ordered = append(ordered, runs[i])
		}
	}
	return ordered, lines
}

// overprint reports whether run b draws run a's text again where a stands:
// a bold face made by printing the text twice, the second time in a
// heavier font or a hair to the right ("COMUNE DI ORUNE" in Courier, then
// in Courier-Bold over it), which reads once. An OCR layer's invisible
// words are left as the OCR placed them.
func overprint(a, b *Run) bool {
	em := math.Max(a.Size, 1)
	return a.Text == b.Text && !a.Invisible && !b.Invisible &&
		math.Abs(a.X-b.X) <= overprintReach*em && math.Abs(a.W-b.W) <= overprintReach*em && math.Abs(a.Y-b.Y) <= overprintRise*em
}

// overprintReach is how far apart across, in ems, two drawings of a text
// may stand and be one, overprintRise how far apart up or down: a fake
// bold's offset is a tenth of a point or two, along its baseline, a
// typewriter's second strike a little off it too (a third of a point at
// 11.5 points).
const (
	overprintReach = 0.1
	overprintRise  = 0.05
)

// Skew: a scanned page's text layer (an OCR's words, each on its own
// baseline) keeps the page's tilt. Over a line of 450 points a tilt of
// half a degree moves the baseline 4 points, more than BaselineTolerance,
// and the line falls apart into pieces read out of order.
const (
	// minSkewPairs is how many neighbouring words on a line must stand
	// tilted, and minSkewShare what share of all such pairs; and of the
	// lines measured, what share must agree on the slope.
	minSkewPairs = 8
	minSkewShare = 0.6
	// minSkewLines is how many lines of minSkewWords words or more,
	// spanning minSkewSpan ems, measure the slope.
	minSkewLines = 2
	minSkewWords = 3
	minSkewSpan  = 10
	// minSkew is the least slope taken for a tilt (about 0.1°); the
	// lines' slopes within skewSpread of their median agree on it.
	minSkew    = 0.0017
	skewSpread = 0.5
	// maxSkew is the most (about 3°): a steeper line is drawn so, not
	// scanned so.
	maxSkew = 0.05
)

// skew is the slope of a page's lines of text, dy/dx, and the x it turns
// about: 0 for a page whose words share their baselines, as every page a
// program typeset does. Each stretch of words drawn one after another
// along a line gives a slope, from its first word to its last, and the
// page's is their median.
func skew(runs []Run) (slope, pivot float64) {
	follows := func(a, b *Run) bool {
		em := math.Max(math.Min(a.Size, b.Size), 1)
		dx, gap := b.X-a.X, b.X-(a.X+a.W)
		return !a.Rotated && !b.Rotated && dx >= em && gap >= -0.2*em && gap <= 1.5*em && math.Abs(b.Y-a.Y) <= BaselineTolerance*em
	}
	// Most pages are straight: a pass that allocates nothing tells them.
	pairs, tilted := 0, 0
	for i := 1; i < len(runs); i++ {
		if a, b := &runs[i-1], &runs[i]; follows(a, b) {
			pairs++
			if math.Abs(b.Y-a.Y) >= minSkew*(b.X-a.X) {
				tilted++
			}
		}
	}
	if tilted < minSkewPairs || float64(tilted) < minSkewShare*float64(pairs) {
		return 0, 0
	}
	var slopes []float64
	first := 0
	for i := 1; i <= len(runs); i++ {
		if i < len(runs) && follows(&runs[i-1], &runs[i]) {
			continue
		}
		a, b := &runs[first], &runs[i-1]
		if i-first >= minSkewWords && b.X-a.X >= minSkewSpan*math.Max(a.Size, 1) {
			slopes = append(slopes, (b.Y-a.Y)/(b.X-a.X))
		}
		first = i
	}
	if len(slopes) < minSkewLines {
		return 0, 0
	}
	slices.Sort(slopes)
	median := slopes[len(slopes)/2]
	near := 0
	for _, s := range slopes {
		if math.Abs(s-median) <= skewSpread*math.Abs(median) {
			near++
		}
	}
	if math.Abs(median) < minSkew || math.Abs(median) > maxSkew || float64(near) < minSkewShare*float64(len(slopes)) {
		return 0, 0
	}
	xs := make([]float64, len(runs))
	for i := range runs {
		xs[i] = runs[i].X
	}
	slices.Sort(xs)
	return median, xs[len(xs)/2]
}

// sameBaseline reports whether run b belongs on the line that a starts:
// their baselines within BaselineTolerance of the smaller's size, or a
// footnote's call set as a superscript ("Di Lorenzo.¹") within
// superscriptRise of the line's size above it.
func sameBaseline(a, b *Run) bool {
	size := math.Max(math.Min(a.Size, b.Size), 1)
	if math.Abs(a.Y-b.Y) <= BaselineTolerance*size {
		return true
	}
	small, line := a, b
	if b.Size < a.Size {
		small, line = b, a
	}
	rise := small.Y - line.Y
	return small.Size <= superscriptSize*line.Size && rise > 0 && rise <= superscriptRise*line.Size && footnoteCall(small.Text)
}

// withoutFootnoteCalls is a line's runs without those that are footnotes'
// calls (raisedCall), for a line whose largest size is size: runs itself
// when it has none.
func withoutFootnoteCalls(runs []Run, size float64) []Run {
	var kept []Run
	for i := range runs {
		switch call := raisedCall(&runs[i], size, runs); {
		case call && kept == nil:
			kept = append(make([]Run, 0, len(runs)-1), runs[:i]...)
		case !call && kept != nil:
			kept = append(kept, runs[i])
		}
	}
	if kept == nil {
		return runs
	}
	return kept
}

// raisedCall reports whether r is a footnote's call set as a superscript
// among runs, on a line whose largest size is size: small, raised above
// the baseline of the line's larger runs, its figures or stars alone.
func raisedCall(r *Run, size float64, runs []Run) bool {
	if r.Size > superscriptSize*size || !footnoteCall(r.Text) {
		return false
	}
	for i := range runs {
		if o := &runs[i]; o.Size > superscriptSize*size*1.2 && r.Y-o.Y > BaselineTolerance*r.Size {
			return true
		}
	}
	return false
}

// footnoteCall reports whether text is a footnote's call: one to three
// figures or stars.
func footnoteCall(text string) bool {
	text = strings.TrimSpace(text)
	if len(text) == 0 || len(text) > 3 {
		return false
	}
	for i := 0; i < len(text); i++ {
		if (text[i] < '0' || text[i] > '9') && text[i] != '*' {
			return false
		}
	}
	return true
}

// A superscript is set at most superscriptSize of its line's size, and
// raised at most superscriptRise of it.
const (
	superscriptSize = 0.75
	superscriptRise = 0.5
)

// NewLine makes a line of runs sorted left to right, which it keeps.
func NewLine(page int, runs []Run) Line {
	line := Line{Page: page, X: runs[0].X, Y: runs[0].Y, Runs: runs}
	line.Text = JoinRuns(runs)
	for _, r := range runs {
		line.X2 = math.Max(line.X2, r.X+r.W)
		line.Size = math.Max(line.Size, r.Size)
	}
	return line
}

// JoinRuns joins runs left to right, with a space where the gap between
// one run's end and the next one's start says there is one. Letter-spaced
// text (glyphs drawn one by one with a gap between each) would read as one
// letter per word: the gap between its letters is taken as no space, and
// so are the spaces typed between them (closeSpacedLetters).
//
// A word so typed may stand in a run of its own, parted from the others
// by a column's padding ("D E C R E T O" | "D E L" | "P R E S I D E N T
// E"): once one run of the line is closed up, so is any other run of
// single letters one space apart, however few.
func JoinRuns(runs []Run) string {
	var b strings.Builder
	tracking := letterSpacing(runs)
	spaced := slices.ContainsFunc(runs, func(r Run) bool {
		return hasSpacedLetters(r.Text) && closeSpacedLetters(r.Text) != r.Text
	})
	prevEnd := math.Inf(-1)
	for i, r := range runs {
		if i > 0 && r.X-prevEnd > tracking+wordGap*math.Max(r.Size, 1) {
			b.WriteByte(' ')
		}
		text := closeSpacedLetters(r.Text)
		if spaced && text == r.Text && spacedWord(text) {
			text = strings.ReplaceAll(text, " ", "")
		}
		b.WriteString(text)
		prevEnd = math.Max(prevEnd, r.X+r.W)
	}
	return CollapseSpace(b.String())
}

// letterSpacing is the gap drawn between the letters of letter-spaced
// text, or 0. Text is letter-spaced when most neighbouring single-glyph
// runs stand apart; their typical gap is the spacing. In ordinary text
// drawn glyph by glyph most letters touch and only word gaps stand apart;
// text drawn word by word is never letter-spaced, whatever the gaps
// around the one-glyph words ("n. 9 – 0 – 3") among its words.
func letterSpacing(runs []Run) float64 {
	single := 0
	for _, r := range runs {
		if utf8.RuneCountInString(r.Text) == 1 {
			single++
		}
	}
	if 2*single <= len(runs) {
		return 0 // words drawn whole, a few digits and dashes among them
	}
	var gaps []float64
	pairs := 0
	for i := 1; i < len(runs); i++ {
		a, b := runs[i-1], runs[i]
		if utf8.RuneCountInString(a.Text) != 1 || utf8.RuneCountInString(b.Text) != 1 {
			continue
		}
		em := math.Max(b.Size, 1)
		gap := b.X - (a.X + a.W)
		if gap > em {
			continue // another cell
		}
		pairs++
		if gap > 0.05*em {
			gaps = append(gaps, gap)
		}
	}
	if pairs < 3 || 2*len(gaps) <= pairs {
		return 0
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/2]
}

// CollapseSpace trims s and turns every run of white space into one space.
func CollapseSpace(s string) string {
	clean := true
	prevSpace := true // a leading space is to trim
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = space
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pendingSpace = b.Len() > 0
			continue
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
