package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Layout tolerances, relative to the font size so that they hold for any
// producer and any zoom.
const (
	// baselineTolerance is how far, in ems, two runs' baselines may differ
	// and still be one line (subscripts, mixed fonts, rounding).
	baselineTolerance = 0.3
	// wordGap is the gap, in ems, from which two runs are separate words.
	wordGap = 0.15
)

// Lines groups the page's runs into lines, top to bottom.
func (p Page) Lines() []Line {
	return groupLines(p.Number, p.Runs)
}

// groupLines groups runs into lines by baseline, top to bottom, each left
// to right. Runs are sorted, never glyphs: a run's own text is kept in the
// order it was drawn.
func groupLines(page int, runs []Run) []Line {
	if len(runs) == 0 {
		return nil
	}
	sorted := slices.Clone(runs)
	slices.SortStableFunc(sorted, func(a, b Run) int { return cmp.Compare(b.Y, a.Y) })
	var lines []Line
	start := 0
	for i := 1; i <= len(sorted); i++ {
		if i < len(sorted) && sameBaseline(sorted[start], sorted[i]) {
			continue
		}
		lines = append(lines, makeLine(page, sorted[start:i]))
		start = i
	}
	return lines
}

// sameBaseline reports whether run b belongs on the line that a starts.
func sameBaseline(a, b Run) bool {
	size := math.Max(math.Min(a.Size, b.Size), 1)
	return math.Abs(a.Y-b.Y) <= baselineTolerance*size
}

func makeLine(page int, runs []Run) Line {
	runs = slices.Clone(runs)
	slices.SortStableFunc(runs, func(a, b Run) int { return cmp.Compare(a.X, b.X) })
	line := Line{Page: page, X: runs[0].X, Y: runs[0].Y, Runs: runs}
	line.Text = joinRuns(runs)
	for _, r := range runs {
		line.X2 = math.Max(line.X2, r.X+r.W)
		line.Size = math.Max(line.Size, r.Size)
	}
	return line
}

// joinRuns joins runs left to right, with a space where the gap between
// one run's end and the next one's start says there is one.
func joinRuns(runs []Run) string {
	var b strings.Builder
	prevEnd := math.Inf(-1)
	for i, r := range runs {
		if i > 0 && r.X-prevEnd > wordGap*math.Max(r.Size, 1) {
			b.WriteByte(' ')
		}
		b.WriteString(r.Text)
		prevEnd = math.Max(prevEnd, r.X+r.W)
	}
	return collapseSpace(b.String())
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}
