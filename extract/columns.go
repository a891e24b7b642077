package extract

// Columns and wrapped text over positioned lines: the gutters between a
// table's columns, the runs of one column, lines joined as running text.

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// span is a horizontal extent on the page.
type span struct{ lo, hi float64 }

func (s span) mid() float64 { return (s.lo + s.hi) / 2 }

// wordSpace is the widest gap, in ems, still read as a space between the
// words of one stretch of text: producers that draw glyph by glyph leave
// the spaces as gaps. Wider gaps are gutters between columns, which cell
// padding keeps wider than a space.
const wordSpace = 0.5

// coverage is the union of the runs' horizontal extents, left to right,
// bridging word spaces. In a table, the gaps left between the spans are
// the column gutters.
func coverage(runs []pdftext.Run) []span {
	type extent struct {
		span
		bridge float64
	}
	extents := make([]extent, 0, len(runs))
	for _, r := range runs {
		extents = append(extents, extent{span{r.X, r.X + math.Max(r.W, 0)}, wordSpace * r.Size})
	}
	slices.SortFunc(extents, func(a, b extent) int { return cmp.Compare(a.lo, b.lo) })
	var merged []span
	for _, e := range extents {
		if n := len(merged); n > 0 && e.lo <= merged[n-1].hi+e.bridge {
			merged[n-1].hi = math.Max(merged[n-1].hi, e.hi)
			continue
		}
		merged = append(merged, e.span)
	}
	return merged
}

// gutters are the empty stretches between covered spans.
func gutters(covered []span) []span {
	var out []span
	for i := 1; i < len(covered); i++ {
		out = append(out, span{covered[i-1].hi, covered[i].lo})
	}
	return out
}

// nearestGutter returns the middle of the gutter nearest to x, if one lies
// within reach.
func nearestGutter(x, reach float64, covered []span) (float64, bool) {
	best, bestDist := x, math.Inf(1)
	for _, g := range gutters(covered) {
		dist := math.Max(0, math.Max(g.lo-x, x-g.hi))
		if dist < bestDist {
			best, bestDist = g.mid(), dist
		}
	}
	return best, bestDist <= reach
}

// columnEdge places the boundary between two columns near an estimate.
// In a gutter it is the gutter's middle. Inside a stretch of text, the
// stretch belongs wholly to one column, which the header centers tell: the
// right column's text starts right of the left column's center (leftCenter;
// NaN when unknown) or reaches past its own center (rightCenter).
func columnEdge(estimate, leftCenter, rightCenter float64, covered []span) float64 {
	for i, s := range covered {
		if estimate < s.lo {
			if i == 0 {
				return estimate
			}
			return span{covered[i-1].hi, s.lo}.mid()
		}
		if estimate < s.hi {
			if s.lo >= leftCenter || s.hi > rightCenter {
				return s.lo
			}
			return s.hi
		}
	}
	return estimate
}

// runsBetween returns the runs that start in [lo, hi).
func runsBetween(runs []pdftext.Run, lo, hi float64) []pdftext.Run {
	n := 0
	for i := range runs {
		if runs[i].X >= lo && runs[i].X < hi {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]pdftext.Run, 0, n)
	for _, r := range runs {
		if r.X >= lo && r.X < hi {
			out = append(out, r)
		}
	}
	return out
}

// joinLines joins lines as wrapped text (see joinWrapped), in one buffer.
func joinLines(lines []pdftext.Line) string {
	var b strings.Builder
	for _, l := range lines {
		switch next := l.Text; {
		case next == "":
		case b.Len() > 0 && !hyphenatedBreak(b.String(), next):
			b.WriteByte(' ')
			fallthrough
		default:
			b.WriteString(next)
		}
	}
	return b.String()
}

// joinWrapped appends the next line of wrapped text: one space at the
// break, except after a hyphen that joins two words ("e-" + "commerce"),
// where the line break stands for no space at all.
func joinWrapped(text, next string) string {
	switch {
	case next == "":
		return text
	case text == "":
		return next
	case hyphenatedBreak(text, next):
		return text + next
	}
	return text + " " + next
}

func hyphenatedBreak(text, next string) bool {
	return hyphenBetween(text, next, unicode.IsLetter, unicode.IsLower)
}

// capitalsBreak reports whether text, ending in a hyphen after a capital,
// goes on in next with a capital: a word in capitals the line's end may
// have broken, or a compound of two.
func capitalsBreak(text, next string) bool {
	return hyphenBetween(text, next, unicode.IsUpper, unicode.IsUpper)
}

// hyphenBetween reports whether text ends in a hyphen after a letter for
// which last holds and next opens with one for which first holds.
func hyphenBetween(text, next string, last, first func(rune) bool) bool {
	before, ok := strings.CutSuffix(text, "-")
	if !ok {
		return false
	}
	l, _ := utf8.DecodeLastRuneInString(before)
	f, _ := utf8.DecodeRuneInString(next)
	return last(l) && first(f)
}
