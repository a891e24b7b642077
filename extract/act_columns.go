package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/openalbo/albo/extract/pdftext"
)

// Two texts side by side, read one after the other.
//
// Some pages set two texts in columns: the German and the Italian of a
// South Tyrol minute, a proposal's sidebar beside the minute. Lines are
// grouped by their baselines across the page, so a line of such a page
// holds a line of each text, and the act read across them is neither. A
// stretch of lines that a gutter parts all down, where prose stands on
// both sides of it on several lines, is read column by column: the left
// column's lines, then the right's.
//
// A table's columns are parted by gutters too, but their cells hold a few
// words; the columns of prose this reads hold sentences on both sides,
// on several lines.

// Bounds of the prose columns read apart.
const (
	// minColumnGutter is the narrowest gutter, in ems, between two
	// columns of prose: a table's cells padded apart (1.4 em in a South
	// Tyrol minute), wider than most spaces of a justified line.
	minColumnGutter = 1.2
	// minTranslationGutter is the narrowest between a text and its
	// translation beside it, told apart by their languages: a word
	// processor's table of two cells padded by its default margins (1.1
	// em in 10-point type).
	minTranslationGutter = 0.9
	// minColumnWords is how many words each side of a line holds at the
	// least for the line to be prose in two columns, minSmallWords of
	// them in small letters: a table's row of names and marks ("1
	// PRESTIANNI GIUSEPPE presente") holds few.
	minColumnWords = 4
	minSmallWords  = 2
	// minColumnLines is how many such lines make a stretch read as two
	// columns.
	minColumnLines = 3
)

// readColumns returns a page's lines with each stretch set in two
// columns of prose read column by column; the lines as they are where
// the page has none.
func readColumns(lines []pdftext.Line) []pdftext.Line {
	var out []pdftext.Line
	floor := 0 // the lines of out before it are read already
	for i := 0; i < len(lines); {
		g, ok := proseGutter(lines[i])
		if !ok {
			out = append(out, lines[i])
			i++
			continue
		}
		// Grow the stretch both ways over the lines the gutter parts
		// or that stand on one side of it.
		from, to, twoSided := i, i+1, 1
		for to < len(lines) {
			next, sides := partedBy(lines[to], g, twoSided >= minColumnLines)
			if sides == acrossGutter {
				break
			}
			g = next
			if sides == proseSides {
				twoSided++
			}
			to++
		}
		for from > 0 && len(out) > floor {
			if _, sides := partedBy(out[len(out)-1], g, false); sides == acrossGutter {
				break
			}
			from--
			out = out[:len(out)-1]
		}
		if twoSided < minColumnLines {
			out = append(out, lines[from:to]...)
			i = to
			continue
		}
		out = append(out, splitColumns(lines[from:to], g)...)
		floor = len(out)
		i = to
	}
	return out
}

// proseGutter is the gutter of a line with prose on both sides of it.
func proseGutter(l pdftext.Line) (span, bool) {
	if strings.Count(l.Text, " ") < 2*minColumnWords-1 {
		return span{}, false // too few words for prose on both sides
	}
	em := math.Max(l.Size, 1)
	if !hasGap(l.Runs, minTranslationGutter*em) {
		return span{}, false // most lines: spared the coverage
	}
	var best span
	for _, g := range gutters(coverage(l.Runs)) {
		if g.hi-g.lo < minTranslationGutter*em || g.hi-g.lo <= best.hi-best.lo {
			continue
		}
		left, right := sideWords(l.Runs, g.mid())
		if left.words < minColumnWords || right.words < minColumnWords || left.small < minSmallWords || right.small < minSmallWords {
			continue
		}
		if g.hi-g.lo < minColumnGutter*em && !translatedBeside(l.Runs, g.mid()) {
			continue
		}
		best = g // the widest: a justified line's spaces are narrower
	}
	return best, best.hi > best.lo
}

// translatedBeside says whether the runs left of x and those right of it
// are in two languages, Italian and another.
func translatedBeside(runs []pdftext.Run, x float64) bool {
	k := slices.IndexFunc(runs, func(r pdftext.Run) bool { return r.X >= x })
	if k <= 0 {
		return false
	}
	left, right := languageOf(pdftext.JoinRuns(runs[:k])), languageOf(pdftext.JoinRuns(runs[k:]))
	return left == inForeign && right == inItalian || left == inItalian && right == inForeign
}

// How a gutter parts a line (partedBy).
const (
	acrossGutter = iota // the line's text runs across it, or a table's row
	oneSide             // the line stands on one side of it
	shortSides          // a column's short lines on both sides ("301 del 29.10.2024;")
	proseSides          // prose on both sides (proseGutter)
)

// partedBy says how the gutter g parts line l, and the gutter narrowed
// to the part l leaves empty. A line with text on both sides is a
// column's on each where a gutter of its own overlaps g and each side
// holds a word in small letters, which a table's row of names and marks
// ("1 SINI ANTONIO MARIA  X") does not; or, once the stretch holds prose
// in two columns on several lines (established), where either side does:
// a heading in capitals beside a column's prose ("… der Sachgebiete;" |
// "DECRETA").
func partedBy(l pdftext.Line, g span, established bool) (span, int) {
	if l.X2 <= g.hi || l.X >= g.lo {
		return g, oneSide
	}
	if own, ok := proseGutter(l); ok {
		if lo, hi := math.Max(own.lo, g.lo), math.Min(own.hi, g.hi); hi > lo {
			return span{lo, hi}, proseSides
		}
	}
	em := math.Max(l.Size, 1)
	// A stretch whose gutter is a translation's narrow one parts its
	// lines as narrowly.
	narrowest := minColumnGutter * em
	if g.hi-g.lo < narrowest {
		narrowest = minTranslationGutter * em
	}
	for _, own := range gutters(coverage(l.Runs)) {
		lo, hi := math.Max(own.lo, g.lo), math.Min(own.hi, g.hi)
		if hi <= lo || own.hi-own.lo < narrowest {
			continue
		}
		left, right := sideWords(l.Runs, (lo+hi)/2)
		bothSides := left.small > 0 && right.small > 0 || established && left.words > 0 && right.words > 0 && (left.small > 0 || right.small > 0)
		columnsLine := left.small >= minSmallWords && right.small >= minSmallWords || oneCellEachSide(l, (lo+hi)/2)
		if bothSides && columnsLine {
			return span{lo, hi}, shortSides
		}
	}
	return g, acrossGutter
}

// oneCellEachSide reports whether line l holds one cell at most each
// side of x, as a column's short line does; a table's row or header
// holds several ("Name / Nome" | "Amt / Carica" | "anwesend" |
// "entschuldigt"), as a justified line of prose with wide spaces may,
// which holds words in small letters on both sides.
func oneCellEachSide(l pdftext.Line, x float64) bool {
	left, right := 0, 0
	for _, c := range splitCells(l) {
		if c[0].X < x {
			left++
		} else {
			right++
		}
	}
	return left <= 1 && right <= 1
}

// hasGap reports whether runs, left to right, leave a gap of width at the
// least between the text before and the text after.
func hasGap(runs []pdftext.Run, width float64) bool {
	end := math.Inf(-1)
	for i, r := range runs {
		if i > 0 && r.X-end >= width {
			return true
		}
		end = math.Max(end, r.X+math.Max(r.W, 0))
	}
	return false
}

// wordCount counts words, and those of them that open with a small
// letter.
type wordCount struct{ words, small int }

// sideWords counts the words of the runs left and right of x.
func sideWords(runs []pdftext.Run, x float64) (left, right wordCount) {
	for _, r := range runs {
		if r.X < x {
			left.add(r.Text)
		} else {
			right.add(r.Text)
		}
	}
	return left, right
}

// add counts the words of a run's text, and those that open with a small
// letter.
func (c *wordCount) add(text string) {
	inWord := false
	for _, ch := range text {
		if ch == ' ' {
			inWord = false
			continue
		}
		if !inWord {
			c.words++
			if unicode.IsLower(ch) {
				c.small++
			}
		}
		inWord = true
	}
}

// splitColumns reads lines parted by the gutter g as two columns: the
// lines of their runs left of it, then those right of it. A line's runs
// run left to right (pdftext.GroupLines), so each column's are a piece of
// them.
func splitColumns(lines []pdftext.Line, g span) []pdftext.Line {
	left := make([]pdftext.Line, 0, len(lines))
	var right []pdftext.Line
	x := g.mid()
	for _, l := range lines {
		k := slices.IndexFunc(l.Runs, func(r pdftext.Run) bool { return r.X >= x })
		if k < 0 {
			k = len(l.Runs)
		}
		if k > 0 {
			left = append(left, pdftext.NewLine(l.Page, l.Runs[:k:k]))
		}
		if k < len(l.Runs) {
			right = append(right, pdftext.NewLine(l.Page, l.Runs[k:]))
		}
	}
	switch {
	case isTranslation(left, right):
		return italianBeside(left, right)
	case isTranslation(right, left):
		return italianBeside(right, left)
	}
	return append(left, right...)
}
