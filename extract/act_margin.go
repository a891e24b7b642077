package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/openalbo/albo/extract/pdftext"
)

// A margin's column beside the act, read before it.
//
// Some packages set an act's registers, offices and dates in a narrow
// column left of its text, each label over its value ("Settore" over
// "AREA FINANZIARIA", "Data" over "12/06/2025"), or a proposal's sidebar
// (its office, its opinions) beside a minute. The column's lines stand on
// baselines of their own, so lines grouped across the page run a label
// into the sentence beside it, and a value stands between two lines of a
// sentence. A stretch of lines that no text crosses at the edge the
// act's prose starts from, with prose right of it on many lines and the
// column's short pieces left of it, many of them on lines of their own,
// is read column by column, the margin first.
//
// A premise's verb set in a column of its own ("VISTO" beside "il
// decreto …") or a list's numbers hanging left of its text are pieces
// left of such an edge too, but each stands on the line of the text it
// opens, and a number is no word.

// Bounds of a margin's column.
const (
	// minMarginPieces is how many pieces with a word of letters the
	// column holds at the least, minMarginAlone of them on lines of
	// their own.
	minMarginPieces = 6
	minMarginAlone  = 3
	// minMarginProse is how many lines of prose the act's column holds
	// at the least beside the margin.
	minMarginProse = 6
	// maxMarginShare is the widest the margin's column is, as a share of
	// the stretch's width: a column of prose as wide as the act's is
	// readColumns's.
	maxMarginShare = 0.45
	// marginSlack is how far left of the prose's edge, in ems, a line of
	// the act's column may start (an indent's rounding, a bullet).
	marginSlack = 0.3
)

// In the margin's column a label stands in small type over its value
// ("Settore" over "AREA FINANZIARIA", "SETTORE" over "III Settore - Lavori"
// / "Pubblici e Ambiente"): each is read as a form's field on one line,
// "Settore: AREA FINANZIARIA", as the header's readers read a label and
// its value side by side.
const (
	// minLabelStep is how much smaller, in points, a label's type is than
	// its value's.
	minLabelStep = 0.5
	// maxLabelWords is the most words of a label.
	maxLabelWords = 4
	// minMarginLabels is how many labels over values make a margin's
	// column a header's form.
	minMarginLabels = 2
	// maxValueLead is the widest a value's line stands under the line
	// above it, in its ems: a line's lead, not a paragraph's gap.
	maxValueLead = 2.0
)

// marginRead is what readMargin found on a page.
type marginRead struct {
	found  bool // a margin's column, read before the act's
	labels int  // the column's labels read beside their values
}

// readMargin returns a page's lines with a stretch whose left margin
// holds a column of its own read column by column, and what it found;
// the lines as they are where the page has none.
func readMargin(lines []pdftext.Line) ([]pdftext.Line, marginRead) {
	edge, ok := proseEdge(lines)
	if !ok {
		return lines, marginRead{}
	}
	for from := 0; from < len(lines); {
		if !partedAtEdge(lines[from], edge) {
			from++
			continue
		}
		to := from + 1
		for to < len(lines) && partedAtEdge(lines[to], edge) {
			to++
		}
		if holdsMargin(lines[from:to], edge) {
			// The edge is rounded to a point: split a point left of it.
			split := span{edge - 1, edge - 1}
			columns := splitColumns(lines[from:to], split)
			margin := slices.IndexFunc(columns, func(l pdftext.Line) bool { return l.X >= split.lo })
			if margin < 0 {
				margin = len(columns)
			}
			fields, labels := labelsBesideValues(columns[:margin])
			out := make([]pdftext.Line, 0, len(lines))
			out = append(out, lines[:from]...)
			out = append(out, fields...)
			out = append(out, columns[margin:]...)
			return append(out, lines[to:]...), marginRead{found: true, labels: labels}
		}
		from = to
	}
	return lines, marginRead{}
}

// marginFields returns a page's lines with a margin's column of labels
// over values read first, each label beside its value, as a header's
// form; the lines as they are where the margin holds no such column (a
// proposal's sidebar of sentences, read after its header is).
func marginFields(lines []pdftext.Line) []pdftext.Line {
	if read, m := readMargin(lines); m.labels >= minMarginLabels {
		return read
	}
	return lines
}

// proseEdge is the left edge most of a page's lines of prose start from,
// or the part of them right of a gutter: where the act's column starts.
func proseEdge(lines []pdftext.Line) (float64, bool) {
	var starts []float64
	for _, l := range lines {
		// The part right of the line's last gutter.
		gutter, start, end := minColumnGutter*math.Max(l.Size, 1), 0, math.Inf(-1)
		for i, r := range l.Runs {
			if i > 0 && r.X-end >= gutter {
				start = i
			}
			end = math.Max(end, r.X+math.Max(r.W, 0))
		}
		runs := l.Runs[start:]
		if holdsProse(runs) {
			starts = append(starts, math.Round(runs[0].X))
		}
	}
	if len(starts) < minMarginProse {
		return 0, false
	}
	slices.Sort(starts)
	best, bestCount := 0.0, 0
	for i := 0; i < len(starts); {
		j := i
		for j < len(starts) && starts[j] == starts[i] {
			j++
		}
		if j-i > bestCount {
			best, bestCount = starts[i], j-i
		}
		i = j
	}
	return best, bestCount >= minMarginProse
}

// holdsProse reports whether runs hold a sentence's words: several, some
// in small letters. It stops at the run where they are found: it reads
// every line of a page.
func holdsProse(runs []pdftext.Run) bool {
	var c wordCount
	for _, r := range runs {
		if c.add(r.Text); c.words >= minColumnWords && c.small >= minSmallWords {
			return true
		}
	}
	return false
}

// partedAtEdge reports whether no run of l crosses the prose's edge or
// stands in the gutter left of it.
func partedAtEdge(l pdftext.Line, edge float64) bool {
	em := math.Max(l.Size, 1)
	for _, r := range l.Runs {
		if r.X >= edge-marginSlack*em {
			continue
		}
		if r.X+math.Max(r.W, 0) > edge-minColumnGutter*em {
			return false
		}
	}
	return true
}

// holdsMargin reports whether a stretch parted at the prose's edge holds a
// margin's column left of it beside the act's prose.
func holdsMargin(lines []pdftext.Line, edge float64) bool {
	pieces, alone, prose := 0, 0, 0
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		lo, hi = math.Min(lo, l.X), math.Max(hi, l.X2)
		k := slices.IndexFunc(l.Runs, func(r pdftext.Run) bool { return r.X >= edge-marginSlack*math.Max(l.Size, 1) })
		if k < 0 {
			k = len(l.Runs)
		}
		if k > 0 && holdsLetterWord(l.Runs[:k]) {
			pieces++
			if k == len(l.Runs) {
				alone++
			}
		}
		if k < len(l.Runs) && holdsProse(l.Runs[k:]) {
			prose++
		}
	}
	return pieces >= minMarginPieces && alone >= minMarginAlone && prose >= minMarginProse &&
		edge-lo <= maxMarginShare*(hi-lo)
}

// holdsLetterWord reports whether runs hold a word of three letters or
// more: a label or a value, not a list's number.
func holdsLetterWord(runs []pdftext.Run) bool {
	for _, r := range runs {
		n := 0
		for _, c := range r.Text {
			if unicode.IsLetter(c) {
				if n++; n >= 3 {
					return true
				}
				continue
			}
			n = 0
		}
	}
	return false
}

// labelsBesideValues returns a margin's lines with each label set beside
// its value, on the label's baseline, with a colon between them where the
// label has none, and how many labels it set so.
func labelsBesideValues(lines []pdftext.Line) ([]pdftext.Line, int) {
	out := make([]pdftext.Line, 0, len(lines))
	labels := 0
	for i := 0; i < len(lines); i++ {
		label := lines[i]
		if i+1 >= len(lines) || !labelOver(label, lines[i+1]) {
			out = append(out, label)
			continue
		}
		runs := slices.Clone(label.Runs)
		if last := &runs[len(runs)-1]; !strings.HasSuffix(strings.TrimSpace(last.Text), ":") {
			last.Text = strings.TrimRight(last.Text, " ") + ":"
		}
		end := label.X2
		// The value, and the lines it wraps onto in its type up to the
		// next label.
		last := i + 1
		for last+1 < len(lines) && valueGoesOn(lines[last], lines[last+1]) && (last+2 >= len(lines) || !labelOver(lines[last+1], lines[last+2])) {
			last++
		}
		for _, value := range lines[i+1 : last+1] {
			dx := end + value.Size/2 - value.X // a space after the label
			for _, r := range value.Runs {
				r.X += dx
				r.Y = label.Y
				runs = append(runs, r)
			}
			end = value.X2 + dx
		}
		i = last
		labels++
		out = append(out, pdftext.NewLine(label.Page, runs))
	}
	return out, labels
}

// labelOver reports whether label is a form's label over value: a few
// words with no figure, in smaller type, a line's lead above it.
func labelOver(label, value pdftext.Line) bool {
	return label.Page == value.Page && label.Size <= value.Size-minLabelStep &&
		len(strings.Fields(label.Text)) <= maxLabelWords && !strings.ContainsAny(label.Text, "0123456789") &&
		label.Y-value.Y > 0 && label.Y-value.Y <= maxValueLead*value.Size
}

// valueGoesOn reports whether next goes on with the value on line prev: in
// its type, a line's lead under it.
func valueGoesOn(prev, next pdftext.Line) bool {
	return next.Page == prev.Page && math.Abs(next.Size-prev.Size) < minLabelStep &&
		prev.Y-next.Y > 0 && prev.Y-next.Y <= maxValueLead*next.Size
}
