package extract

import (
	"math"

	"github.com/openalbo/albo/extract/pdftext"
)

// Two columns of prose whose baselines do not meet.
//
// A page typeset in two columns (TeX's twocolumn, a word processor's
// section) sets each column's lines on baselines of its own: a heading or
// a list's spacing in one column shifts every line after it, so the
// columns' lines rarely share a baseline and readColumns, which reads a
// gutter across lines, sees none. Grouped by baseline, the page then
// alternates a line of the left column with a line of the right one. A
// stretch of lines each wholly on one side of a gutter, the sides
// alternating several times, with prose on both, is read column by
// column: the left column's lines, then the right's.

// Bounds of the staggered columns read apart.
const (
	// minStaggeredSwitches is how many times the side changes from one
	// prose line to the next, at the least, in a stretch read as two
	// columns: a signature block right of a closing line changes once
	// or twice.
	minStaggeredSwitches = 4
	// minStaggeredGutter is the narrowest gutter between the columns, in
	// ems: TeX's \columnsep is 10 points.
	minStaggeredGutter = 0.8
)

// readStaggeredColumns returns lines with each stretch of staggered
// columns of prose read column by column; the lines as they are where
// there is none.
func readStaggeredColumns(lines []pdftext.Line) []pdftext.Line {
	for i := 0; i+1 < len(lines); i++ {
		mid, ok := staggeredGutter(lines[i], lines[i+1])
		if !ok {
			continue
		}
		from, to := i, i+2
		for from > 0 && sideOf(lines[from-1], mid) != acrossSides && closeBelow(lines[from-1], lines[from]) {
			from--
		}
		for to < len(lines) && sideOf(lines[to], mid) != acrossSides && closeBelow(lines[to-1], lines[to]) {
			to++
		}
		if !staggered(lines[from:to], mid) {
			i = to - 1 // the stretch is read once: a page of a thousand lines costs linear time
			continue
		}
		out := append(lines[:from:from], splitColumns(lines[from:to], span{lo: mid, hi: mid})...)
		return append(out, readStaggeredColumns(lines[to:])...)
	}
	return lines
}

// closeBelow reports whether line b stands under line a, within
// maxStaggeredStep of its lines' sizes: staggered columns' lines, read
// by their baselines, follow each other closely; a wider space ends
// them (the text under the columns), and so does a line above the last
// (columns read apart already).
func closeBelow(a, b pdftext.Line) bool {
	step := a.Y - b.Y
	return step >= 0 && step <= maxStaggeredStep*math.Max(math.Max(a.Size, b.Size), 1)
}

// maxStaggeredStep is the widest step, in ems, from one line of
// staggered columns to the next: a column's paragraph or list gap.
const maxStaggeredStep = 2.2

// staggeredGutter is the middle of the gutter between two neighbouring
// lines of prose, one wholly left of the other, false where they are not
// so.
func staggeredGutter(a, b pdftext.Line) (float64, bool) {
	if b.X < a.X {
		a, b = b, a
	}
	em := math.Max(math.Max(a.Size, b.Size), 1)
	if b.X-a.X2 < minStaggeredGutter*em || !columnProse(a) || !columnProse(b) {
		return 0, false
	}
	return (a.X2 + b.X) / 2, true
}

// columnProse reports whether l reads as a line of a column's prose:
// minColumnWords words or more, minSmallWords of them in small letters.
func columnProse(l pdftext.Line) bool {
	var c wordCount
	for _, r := range l.Runs {
		c.add(r.Text)
	}
	return c.words >= minColumnWords && c.small >= minSmallWords
}

// Where a line stands against a gutter (sideOf).
const (
	leftSide = iota
	rightSide
	bothSides   // runs on each side, a gap across the gutter
	acrossSides // text across the gutter: a line of the whole page
)

// sideOf says where line l stands against the gutter at x.
func sideOf(l pdftext.Line, x float64) int {
	switch {
	case l.X2 <= x:
		return leftSide
	case l.X >= x:
		return rightSide
	}
	for _, r := range l.Runs {
		if r.X < x && r.X+r.W > x {
			return acrossSides
		}
	}
	return bothSides
}

// staggered reports whether lines, none across the gutter at x, are two
// columns of prose: minColumnLines prose lines on each side at the
// least, the side changing minStaggeredSwitches times from one prose line
// to the next.
func staggered(lines []pdftext.Line, x float64) bool {
	left, right, switches, last := 0, 0, 0, -1
	for _, l := range lines {
		side := sideOf(l, x)
		if side == bothSides || !columnProse(l) {
			continue
		}
		if side == leftSide {
			left++
		} else {
			right++
		}
		if last >= 0 && side != last {
			switches++
		}
		last = side
	}
	return left >= minColumnLines && right >= minColumnLines && switches >= minStaggeredSwitches
}
