package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// Boxes drawn with characters: fixed-width reports frame a header, a
// subject or a roll with a bar at each line's ends and between its
// columns ("| OGGETTO: … |", "1 | ROSSI MARIO | SINDACO | SI |"), under
// rules of "+---+". The bars are no text: a subject read with them ran on
// with "| |", and a roll's rows did not start with a name.

// minFrameLines is how many lines of a page a bar must stand on, at one
// place, to be a frame's side or a column's rule and not a character of
// the text.
const minFrameLines = 3

// withoutFrames is the lines of a page with the bars of the boxes drawn
// with characters taken out, and the lines that held nothing else left
// out. A bar is a word of its own ("|" with a space or a run's end on
// each side) standing at one place on minFrameLines lines or more.
func withoutFrames(lines []pdftext.Line) []pdftext.Line {
	var bars []float64
	for _, l := range lines {
		for _, r := range l.Runs {
			if strings.ContainsAny(r.Text, frameBars) {
				for _, piece := range splitAtBars(r) {
					if isFrameBar(piece.Text) {
						bars = append(bars, piece.X)
					}
				}
			}
			if strings.ContainsRune(r.Text, '+') {
				// A box's corners stand where its sides do: a box of two
				// lines between its rules ("+----+" over "| AREA TECNICA
				// |  REGISTRO GENERALE N. 781" and the next) is one.
				bars = append(bars, boxCorners(r)...)
			}
		}
		if first, last, ok := closingBars(l); ok {
			// A line that opens and closes with a bar stands in a box:
			// its sides count twice, so that a box of two lines
			// ("| DELIBERAZIONE … N. 4 |" over "| SEDUTA DEL … |") is one.
			bars = append(bars, first, last)
		}
	}
	sides := frameSides(bars)
	if len(sides) == 0 {
		return lines
	}
	out := lines[:0:0]
	for _, l := range lines {
		var runs []pdftext.Run
		changed := false
		for _, r := range l.Runs {
			if !strings.ContainsAny(r.Text, frameBars) {
				runs = append(runs, r)
				continue
			}
			for _, piece := range splitAtBars(r) {
				if isFrameBar(piece.Text) && atSide(sides, piece.X) {
					changed = true
					continue
				}
				runs = append(runs, piece)
			}
		}
		switch {
		case !changed:
			out = append(out, l)
		case len(runs) > 0:
			out = append(out, pdftext.NewLine(l.Page, runs))
		}
	}
	return out
}

// boxCorners is where the corners of a box drawn with characters stand
// in run r: each "+" that a rule of "-", "=" or "−" (a minus sign, as
// a2ps draws the hyphen) leaves or reaches.
func boxCorners(r pdftext.Run) []float64 {
	runes := []rune(r.Text)
	per := r.W / float64(max(len(runes), 1))
	rule := func(i int) bool { return i >= 0 && i < len(runes) && strings.ContainsRune("-=−─═", runes[i]) }
	var corners []float64
	for i, c := range runes {
		if c == '+' && (rule(i-1) || rule(i+1)) {
			corners = append(corners, r.X+per*float64(i))
		}
	}
	return corners
}

// closingBars is where the bars stand that open and close line l, ok
// false unless both its first word and its last are bars.
func closingBars(l pdftext.Line) (first, last float64, ok bool) {
	if len(l.Runs) == 0 {
		return 0, 0, false
	}
	head := splitAtBars(l.Runs[0])
	tail := splitAtBars(l.Runs[len(l.Runs)-1])
	opening, closing := head[0], tail[len(tail)-1]
	if !isFrameBar(opening.Text) || !isFrameBar(closing.Text) || closing.X <= opening.X {
		return 0, 0, false
	}
	return opening.X, closing.X, true
}

// frameBars are the characters a box's sides are drawn with: the ASCII
// bar, and the box-drawing characters' vertical lines ("│", "║", "┃").
const frameBars = "|│║┃"

// isFrameBar reports whether s is one of frameBars alone.
func isFrameBar(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && size > 0 && strings.ContainsRune(frameBars, r)
}

// frameSides are the places where minFrameLines bars or more stand
// within a point of each other, in order. The bars are sorted and swept
// once: a hostile page of tens of thousands of bars costs no more than
// sorting them.
func frameSides(bars []float64) []float64 {
	slices.Sort(bars)
	var sides []float64
	lo, hi := 0, 0
	for _, x := range bars {
		for bars[lo] < x-1 {
			lo++
		}
		for hi < len(bars) && bars[hi] <= x+1 {
			hi++
		}
		if hi-lo >= minFrameLines && (len(sides) == 0 || x-sides[len(sides)-1] > 1) {
			sides = append(sides, x)
		}
	}
	return sides
}

// atSide reports whether x stands within a point of one of the sides,
// which are in order.
func atSide(sides []float64, x float64) bool {
	i, _ := slices.BinarySearch(sides, x-1)
	return i < len(sides) && sides[i] <= x+1
}

// splitAtBars parts r at the bars of frameBars that stand as words of
// its text, each piece placed in proportion to its characters: "1 | ROSSI
// MARIO" is "1", "|", "ROSSI MARIO"; or that close a word, a cell's text
// that fills it up to its bar ("Consigliere| X" is "Consigliere", "|",
// "X"), or open one. A bar inside a word ("a|b") stays, but in a framed
// line's run.
func splitAtBars(r pdftext.Run) []pdftext.Run {
	runes := []rune(r.Text)
	per := r.W / float64(max(len(runes), 1))
	var out []pdftext.Run
	piece := func(from, to int) {
		for from < to && runes[from] == ' ' {
			from++
		}
		for to > from && runes[to-1] == ' ' {
			to--
		}
		if from < to {
			p := r
			p.Text, p.X, p.W = string(runes[from:to]), r.X+per*float64(from), per*float64(to-from)
			out = append(out, p)
		}
	}
	// A run that opens or closes with a bar is a framed line's: every bar
	// in it is the frame's, one between two cells' words too
	// ("|COMPONENTE   |CARICA   |P/A|COMPONENTE").
	framed := len(runes) > 1 && (strings.ContainsRune(frameBars, runes[0]) || strings.ContainsRune(frameBars, runes[len(runes)-1]))
	start := 0
	for i, c := range runes {
		if strings.ContainsRune(frameBars, c) && (framed || i == 0 || runes[i-1] == ' ' || i == len(runes)-1 || runes[i+1] == ' ') {
			piece(start, i)
			piece(i, i+1)
			start = i + 1
		}
	}
	if start == 0 {
		return []pdftext.Run{r}
	}
	piece(start, len(runes))
	return out
}
