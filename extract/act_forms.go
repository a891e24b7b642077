package extract

// Forms filled in by a program or a typewriter: the values are typed a
// little above the blanks they fill, and a PDF's text puts them on a line
// of their own over the form's line ("29" | "05/03/2026" over "n.
// __________ del __________________"). Read apart, the form's line says
// nothing and its values stand alone; each value is put back in the
// blank it fills.

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// maxFillRise is how far above a blank's baseline, in the form line's
// ems, the value typed into it stands: less than a line's pitch.
const maxFillRise = 0.6

// minBlank is the shortest run of underscores that is a form's blank,
// and shortestBlank its text.
const (
	minBlank      = 3
	shortestBlank = "___"
)

// maxFormRuns is the most runs a form's line, or its values' line, holds:
// placing each value compares it with every blank, which a hostile line
// of thousands of runs would make quadratic. A form's line holds a few.
const maxFormRuns = 64

// formLines returns a page's lines with its form's blanks filled
// (fillFormBlanks) and its grid's labels beside their values
// (centredValues, raisedLabels): what every reader of a page's
// lines should see.
func formLines(p pdftext.Page) []pdftext.Line {
	return formRows(p.Lines())
}

// formRows is lines with its form's blanks filled and its grid's wrapped
// labels beside their values.
func formRows(lines []pdftext.Line) []pdftext.Line {
	return labelsOverValues(raisedLabels(centredValues(typedInBlanks(fillFormBlanks(lines)))))
}

// typedInBlanks returns lines with each value typed inside a blank, its
// underscores about it in the same run ("___X___", "ore ___18:30___",
// "il Segretario Comunale ___DOTT. BRESSAN STEFANO___"), freed of them:
// the underscores that touch the value read as as many spaces, so the run
// keeps its width. A blank left empty ("_____") stays one.
func typedInBlanks(lines []pdftext.Line) []pdftext.Line {
	for i, l := range lines {
		if !strings.Contains(l.Text, "__") {
			continue
		}
		var runs []pdftext.Run
		for k, r := range l.Runs {
			if freed := freedOfBlanks(r.Text); freed != r.Text {
				if runs == nil {
					runs = slices.Clone(l.Runs)
				}
				runs[k].Text = freed
			}
		}
		if runs != nil {
			lines[i] = pdftext.NewLine(l.Page, runs)
		}
	}
	return lines
}

// freedOfBlanks is s with each stretch of two underscores or more that
// touches a character other than a space or an underscore as many spaces.
func freedOfBlanks(s string) string {
	if !strings.Contains(s, "__") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		if b[i] != '_' {
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == '_' {
			j++
		}
		if j-i >= 2 && (i > 0 && b[i-1] != ' ' || j < len(b) && b[j] != ' ') {
			for k := i; k < j; k++ {
				b[k] = ' '
			}
		}
		i = j
	}
	return string(b)
}

// labelsOverValues returns lines with a grid's row of labels put on the
// row of values under it, each label before its value: "Reg. Gen. N." |
// "Data" | "N. Settore" over "64" | "05/03/2026" | "11" is "Reg. Gen.
// N." | "64" | "Data" | "05/03/2026" | "N. Settore" | "11". Each label
// centred over its column, each value at its column's left edge, some
// value stands under no part of its label: the cells pair by their
// order, not by where they stand. (Where each value stands under its
// label, the header's columns read them.)
func labelsOverValues(lines []pdftext.Line) []pdftext.Line {
	return mergeLines(lines, 2, func(g []pdftext.Line) (pdftext.Line, bool) { return labelRowOverValues(g[0], g[1]) }, nil)
}

// minLabelCells is the fewest cells a row of labels over values holds.
const minLabelCells = 3

// labelRowOverValues merges labels, a line of minLabelCells short cells
// of words or more with no figures, into the line of values right under
// it, as many cells, each with a figure in it.
func labelRowOverValues(labels, values pdftext.Line) (pdftext.Line, bool) {
	if labels.Page != values.Page || labels.Y-values.Y > maxLabelRowPitch*max(values.Size, 1) || len(labels.Runs) > maxFormRuns || len(values.Runs) > maxFormRuns ||
		len(labels.Runs) < minLabelCells || len(values.Runs) < minLabelCells ||
		strings.ContainsAny(labels.Text, "0123456789") || !strings.ContainsAny(values.Text, "0123456789") {
		// Every pair of lines of every page is asked: most are spared
		// splitting into cells by what their text alone rules out.
		return pdftext.Line{}, false
	}
	labelCells, valueCells := splitCells(labels), splitCells(values)
	if len(labelCells) < minLabelCells || len(labelCells) != len(valueCells) {
		return pdftext.Line{}, false
	}
	aligned := true
	for i := range labelCells {
		label, value := pdftext.JoinRuns(labelCells[i]), pdftext.JoinRuns(valueCells[i])
		if len(strings.Fields(label)) > maxWrappedLabelWords || strings.ContainsAny(label, "0123456789") || !strings.ContainsAny(value, "0123456789") {
			return pdftext.Line{}, false
		}
		aligned = aligned && overlap(labelCells[i], valueCells[i])
	}
	if aligned {
		return pdftext.Line{}, false // each value under its label: the grid's columns read it
	}
	// The cells laid out anew along the values' baseline, each label
	// before its value, a cell's gap between any two, each run's width
	// and the gaps between a cell's runs kept.
	runs := make([]pdftext.Run, 0, len(labels.Runs)+len(values.Runs))
	x := min(labels.X, values.X)
	gap := 2 * cellGap * max(values.Size, 1)
	place := func(cell []pdftext.Run) {
		from := cell[0].X
		for _, r := range cell {
			r.X, r.Y = x+(r.X-from), values.Y
			runs = append(runs, r)
		}
		last := runs[len(runs)-1]
		x = last.X + last.W + gap
	}
	for i := range labelCells {
		place(labelCells[i])
		place(valueCells[i])
	}
	return pdftext.NewLine(values.Page, runs), true
}

// overlap reports whether cells a and b share some of their width.
func overlap(a, b []pdftext.Run) bool {
	ax2, bx2 := a[len(a)-1].X+a[len(a)-1].W, b[len(b)-1].X+b[len(b)-1].W
	return a[0].X < bx2 && b[0].X < ax2
}

// maxLabelRowPitch is the farthest, in the values' ems, a row of labels
// stands over its row of values.
const maxLabelRowPitch = 2.5

// raisedLabels returns lines with a grid's row of labels, set in
// smaller type a little above its values' baseline, put on the values'
// line: "NUMERO" | "DEL" over "31" | "26/02/2026" is "NUMERO" | "31" |
// "DEL" | "26/02/2026".
func raisedLabels(lines []pdftext.Line) []pdftext.Line {
	return mergeLines(lines, 2, func(g []pdftext.Line) (pdftext.Line, bool) { return raisedLabelRow(g[0], g[1]) }, nil)
}

// mergeLines returns lines with each span of them that merge makes one
// line in its place; a line no merge takes goes through single, if any.
// Without single, lines come back as they are where nothing merges, as
// on most pages.
func mergeLines(lines []pdftext.Line, span int, merge func([]pdftext.Line) (pdftext.Line, bool), single func(pdftext.Line) pdftext.Line) []pdftext.Line {
	var out []pdftext.Line
	copied := single != nil // out holds every line so far
	if copied {
		out = make([]pdftext.Line, 0, len(lines))
	}
	for i := 0; i < len(lines); i++ {
		if i+span <= len(lines) {
			if merged, ok := merge(lines[i : i+span]); ok {
				if !copied {
					out, copied = append(make([]pdftext.Line, 0, len(lines)), lines[:i]...), true
				}
				out = append(out, merged)
				i += span - 1
				continue
			}
		}
		switch {
		case single != nil:
			out = append(out, single(lines[i]))
		case copied:
			out = append(out, lines[i])
		}
	}
	if !copied {
		return lines
	}
	return out
}

// raisedLabelRow merges labels, a line of short cells of words in smaller
// type, into the line of values under it, when the labels stand less than
// half the values' size above them, the first label opens the row and no
// label stands over a value.
func raisedLabelRow(labels, values pdftext.Line) (pdftext.Line, bool) {
	rise := labels.Y - values.Y
	if labels.Page != values.Page || rise <= 0 || rise >= values.Size/2 || len(labels.Runs) > maxFormRuns || len(values.Runs) > maxFormRuns {
		return pdftext.Line{}, false
	}
	for _, r := range labels.Runs {
		if r.Size > values.Size-sameSize {
			return pdftext.Line{}, false
		}
	}
	if labels.X > values.X {
		return pdftext.Line{}, false // a stamp beside a heading: a row opens with its label
	}
	labelCells := splitCells(labels)
	for _, c := range labelCells {
		text := pdftext.JoinRuns(c)
		if len(strings.Fields(text)) > maxWrappedLabelWords || strings.ContainsAny(text, "0123456789") {
			return pdftext.Line{}, false
		}
	}
	for _, c := range labelCells {
		x, x2 := c[0].X, c[len(c)-1].X+c[len(c)-1].W
		for _, v := range values.Runs {
			if v.X < x2 && v.X+v.W > x {
				return pdftext.Line{}, false // a label over a value: two rows
			}
		}
	}
	runs := make([]pdftext.Run, 0, len(labels.Runs)+len(values.Runs))
	for _, r := range labels.Runs {
		r.Y = values.Y
		runs = append(runs, r)
	}
	runs = append(runs, values.Runs...)
	slices.SortStableFunc(runs, func(a, b pdftext.Run) int { return cmp.Compare(a.X, b.X) })
	return pdftext.NewLine(values.Page, runs), true
}

// centredValues returns lines with a grid's label that wraps over two
// lines, its row's values centred between them, put on the values' line
// whole: "Numero registro" over "96" | "Numero di settore" | "18" over
// "generale" is "Numero registro generale" | "96" | "Numero di settore" |
// "18". A table's cell centres its text; a PDF's lines part them by
// baseline.
func centredValues(lines []pdftext.Line) []pdftext.Line {
	return mergeLines(lines, 3, func(g []pdftext.Line) (pdftext.Line, bool) { return centredRow(g[0], g[1], g[2]) }, nil)
}

// centredRow merges a label's two lines, above and below, into the line
// of values between them, when they are that: the label's lines a line's
// pitch apart, each one short cell of words at the same left edge, the
// values' line centred between them, right of the label, opening with a
// figure.
func centredRow(above, values, below pdftext.Line) (pdftext.Line, bool) {
	size := max(above.Size, 1)
	if above.Page != values.Page || values.Page != below.Page || above.Y-below.Y > maxWrappedLabelPitch*size ||
		values.Y >= above.Y || values.Y <= below.Y || math.Abs(above.X-below.X) > size/2 ||
		values.X < max(above.X2, below.X2) || !wrappedLabelPart(above) || !wrappedLabelPart(below) {
		return pdftext.Line{}, false
	}
	// Centred between them, the label's lines in one type, and a value:
	// a figure in its first cell (a column of headings beside a column of
	// registers interleaves its lines with theirs).
	if math.Abs((above.Y-values.Y)-(values.Y-below.Y)) > size/2 || !strings.ContainsAny(firstCell(values), "0123456789") ||
		math.Abs(above.Size-below.Size) > sameSize {
		return pdftext.Line{}, false
	}
	label := above.Runs[0]
	label.Y = values.Y
	label.W = max(above.X2, below.X2) - label.X
	label.Text = above.Text + " " + below.Text
	return pdftext.NewLine(values.Page, append([]pdftext.Run{label}, values.Runs...)), true
}

// sameSize is how far apart, in points, the sizes of a grid's cells'
// type stand at the most.
const sameSize = 0.5

// maxWrappedLabelPitch is the farthest apart, in the label's ems, the two
// lines of a wrapped label stand: a line's pitch.
const maxWrappedLabelPitch = 1.6

// maxWrappedLabelWords is the most words of either line of a wrapped
// label.
const maxWrappedLabelWords = 4

// wrappedLabelPart reports whether l may be a line of a grid's label: one
// cell, a few words, no figures.
func wrappedLabelPart(l pdftext.Line) bool {
	return len(l.Runs) > 0 && !severalCells(l) && len(strings.Fields(l.Text)) <= maxWrappedLabelWords && !strings.ContainsAny(l.Text, "0123456789")
}

// fillFormBlanks returns lines with the values typed over a form's blanks
// put in them: a line of values over the form's line under it merged into
// it, and values drawn on the form's own line, which the line's reading
// order puts after it ("n. ___ del ___ avente ad oggetto:5712/03/2026"),
// moved into their blanks. A line of which any run stands over no blank
// is a line of its own and stays.
func fillFormBlanks(lines []pdftext.Line) []pdftext.Line {
	if !slices.ContainsFunc(lines, func(l pdftext.Line) bool { return strings.Contains(l.Text, shortestBlank) }) {
		return lines // most pages are no form: spared a copy of their lines
	}
	return mergeLines(lines, 2, func(g []pdftext.Line) (pdftext.Line, bool) { return fillBlanks(g[0], g[1]) }, fillBlanksInLine)
}

// blank is a run of underscores in a form's run, and the values typed
// over it, left to right.
type blank struct {
	from, to int     // rune offsets in the run's text
	x, x2    float64 // its extent on the page
	values   []string
}

// fillBlanks merges values, a line typed over form's blanks, into form;
// ok is false when values is no such line.
func fillBlanks(values, form pdftext.Line) (pdftext.Line, bool) {
	rise := values.Y - form.Y
	if values.Page != form.Page || rise <= 0 || rise > maxFillRise*math.Max(form.Size, 1) ||
		len(values.Runs) > maxFormRuns || len(form.Runs) > maxFormRuns ||
		!strings.Contains(form.Text, shortestBlank) || strings.Contains(values.Text, "__") {
		return pdftext.Line{}, false
	}
	blanks := formBlanks(form.Runs)
	for _, v := range values.Runs {
		if !placeValue(blanks, v) {
			return pdftext.Line{}, false // a value over no blank: a line of its own
		}
	}
	return pdftext.NewLine(form.Page, withBlanksFilled(form.Runs, blanks)), true
}

// fillBlanksInLine moves the runs of l drawn over a blank of its own into
// that blank.
func fillBlanksInLine(l pdftext.Line) pdftext.Line {
	if len(l.Runs) < 2 || len(l.Runs) > maxFormRuns || !strings.Contains(l.Text, shortestBlank) {
		return l
	}
	blanks := formBlanks(l.Runs)
	var kept []pdftext.Run
	var keptBlanks [][]blank
	for k, r := range l.Runs {
		if len(blanks[k]) == 0 && !strings.Contains(r.Text, "__") && placeValue(blanks, r) {
			continue
		}
		kept = append(kept, r)
		keptBlanks = append(keptBlanks, blanks[k])
	}
	if len(kept) == len(l.Runs) {
		return l
	}
	return pdftext.NewLine(l.Page, withBlanksFilled(kept, keptBlanks))
}

// formBlanks are the blanks of each of runs.
func formBlanks(runs []pdftext.Run) [][]blank {
	blanks := make([][]blank, len(runs))
	for k, r := range runs {
		blanks[k] = blanksOf(r)
	}
	return blanks
}

// placeValue puts v's text in the blank its middle stands over, and says
// whether there was one.
func placeValue(blanks [][]blank, v pdftext.Run) bool {
	mid := v.X + v.W/2
	for k := range blanks {
		for b := range blanks[k] {
			if bl := &blanks[k][b]; mid >= bl.x && mid <= bl.x2 {
				bl.values = append(bl.values, strings.TrimSpace(v.Text))
				return true
			}
		}
	}
	return false
}

// withBlanksFilled is runs with their blanks' values in place of their
// underscores.
func withBlanksFilled(runs []pdftext.Run, blanks [][]blank) []pdftext.Run {
	out := slices.Clone(runs)
	for k := range out {
		out[k].Text = withValues(out[k].Text, blanks[k])
	}
	return out
}

// blanksOf finds the blanks of a run, placing each by its share of the
// run's runes.
func blanksOf(r pdftext.Run) []blank {
	n := utf8.RuneCountInString(r.Text)
	if n == 0 || !strings.Contains(r.Text, shortestBlank) {
		return nil
	}
	width := r.W / float64(n)
	var out []blank
	start := -1
	i := 0
	for _, c := range r.Text + " " {
		switch {
		case c == '_' && start < 0:
			start = i
		case c != '_' && start >= 0:
			if i-start >= minBlank {
				// A value may overhang its blank by a character.
				out = append(out, blank{from: start, to: i, x: r.X + float64(start-1)*width, x2: r.X + float64(i+1)*width})
			}
			start = -1
		}
		i++
	}
	return out
}

// withValues is text with each of its blanks that holds values replaced
// by them.
func withValues(text string, blanks []blank) string {
	runes := []rune(text)
	var b strings.Builder
	at := 0
	for _, bl := range blanks {
		if len(bl.values) == 0 {
			continue
		}
		b.WriteString(string(runes[at:bl.from]))
		b.WriteString(" " + strings.Join(bl.values, " ") + " ")
		at = bl.to
	}
	b.WriteString(string(runes[at:]))
	filled := pdftext.CollapseSpace(b.String())
	// A blank that opens or closes the run is a word's gap from the
	// run beside it, which starts or ends where the blank did: "della"
	// | "____" | "del" filled is "della deliberazione del", not
	// "deliberazionedel".
	for _, bl := range blanks {
		if len(bl.values) == 0 {
			continue
		}
		if bl.from == 0 {
			filled = " " + filled
		}
		if bl.to == len(runes) {
			filled += " "
		}
	}
	return filled
}
