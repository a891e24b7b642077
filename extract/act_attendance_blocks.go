package extract

import (
	"math"
	"strings"

	"github.com/openalbo/albo/extract/pdftext"
)

// A roll written as a list and set in two blocks side by side:
//
//	1. ROSSI MARIO – Sindaco – presente       8. NERI ANNA – Consigliere –
//	2. BIANCHI LUCA – Consigliere – presente     assente
//
// Read across its lines, an entry that wraps within its block ("–
// assente" under "8. NERI ANNA") is cut from its name by the other
// block's entry beside it. Read down each block, every entry is whole.
// Which reading is the printed one the list tells, as a table's does
// (act_attendance_order.go): the one that reads more entries, else the
// one whose neighbours follow a roll's order better.

// sideBySide is a run of lines, first to last inclusive, set as two
// blocks parted at gutter: the right block's lines start at the gutter or
// a little right of it (a wrapped entry's indent, a wider number).
type sideBySide struct {
	first, last  int
	gutter, size float64
}

// blockReach is how far, in ems, right of the gutter a right block's line
// may start: a wrapped entry's indent under its name.
const blockReach = 3

// blockSlack is how far, in ems, left of the gutter a right block's line
// may start: "10." right-aligned under "8.".
const blockSlack = 1

// sideBySideRuns finds the runs of lines from..to-1 set as two blocks side
// by side. Each starts at a line of two or more cells whose halves, parted
// at one of its cells' starts, hold as many cells each (a row of "name,
// role" beside another, not a name beside its role and mark), and goes on
// while the lines below part at the same gutter, two or more of them on
// both sides. Past the last line with both sides, a line of the left
// block alone is the left block's still where it opens as its entries do
// (the left column is the longer).
func (ls actLines) sideBySideRuns(from, to int) []sideBySide {
	from, to = max(from, 0), min(to, len(ls))
	var runs []sideBySide
	for i := from; i < to; i++ {
		if !severalCells(ls[i]) {
			continue
		}
		best, bestBoth := sideBySide{}, 0
		pieces := linePieces(ls[i])
		mid := (ls[i].X + ls[i].X2) / 2
		for k := 1; k < len(pieces); k++ {
			p := pieces[k]
			if !startsCell(p, pieces[k-1].X+pieces[k-1].W) {
				continue
			}
			left, right, ok := partAt(pieces, p.X, p.Size)
			if !ok || len(left) == 0 || len(right) == 0 || len(lineCells(pdftext.NewLine(ls[i].Page, left))) != len(lineCells(pdftext.NewLine(ls[i].Page, right))) {
				continue
			}
			run, both := ls.blocksFrom(i, to, p.X, p.Size, entryOpening(left[0].Text))
			if both > bestBoth || both == bestBoth && both > 0 && math.Abs(p.X-mid) < math.Abs(best.gutter-mid) {
				best, bestBoth = run, both
			}
		}
		if bestBoth >= minHeaderlessRows {
			runs = append(runs, best)
			i = best.last
		}
	}
	return runs
}

// blocksFrom follows the lines from first while they part at gutter, and
// says how many hold both blocks. opening is how the left block's first
// entry opens (entryOpening).
func (ls actLines) blocksFrom(first, to int, gutter, size float64, opening entryStart) (sideBySide, int) {
	run := sideBySide{first: first, last: first, gutter: gutter, size: size}
	both := 0
	for j := first; j < to; j++ {
		if j > first && (ls[j].Page != ls[j-1].Page || ls.gapAbove(j) > paragraphGap) {
			break
		}
		left, right, ok := partAt(linePieces(ls[j]), gutter, size)
		if !ok || len(right) > 0 && right[0].X > gutter+blockReach*size {
			break
		}
		if len(left) > 0 && len(right) > 0 {
			both++
			run.last = j
			continue
		}
		if len(right) == 0 && (opening == noEntryStart || entryOpening(left[0].Text) != opening) {
			break
		}
		run.last = j
	}
	return run, both
}

// partAt parts a line's pieces at gutter: those that start left of it
// (by more than blockSlack) and end before it, and those that start at it
// or right of it. ok is false when a piece straddles the gutter.
func partAt(pieces []pdftext.Run, gutter, size float64) (left, right []pdftext.Run, ok bool) {
	for k, p := range pieces {
		if p.X >= gutter-blockSlack*size {
			return pieces[:k], pieces[k:], true
		}
		if p.X+p.W > gutter {
			return nil, nil, false
		}
	}
	return pieces, nil, true
}

// linePieces is a line's runs, a run padded with spaces cut into its
// parts (splitPaddedRun).
func linePieces(l pdftext.Line) []pdftext.Run {
	var pieces []pdftext.Run
	for _, r := range l.Runs {
		pieces = append(pieces, splitPaddedRun(r)...)
	}
	return pieces
}

// entryStart is how a roll's entry opens: with its number, or with a name
// in capitals.
type entryStart int

const (
	noEntryStart entryStart = iota
	numberedEntry
	capitalsEntry
)

// entryOpening says how text opens, as an entry of a roll would: "7.
// PETRUCCI …" with a number, "PETRUCCI EMANUELE …" in capitals; a
// sentence ("Presenti n. 11 …") opens as no entry does.
func entryOpening(text string) entryStart {
	if leadingOrdinalRE().MatchString(text) {
		return numberedEntry
	}
	if w := firstWord(text); len([]rune(w)) > 1 && isUpperHeading(w) {
		return capitalsEntry
	}
	return noEntryStart
}

// joinBlocks is join with the line breaks kept: the lines from..to-1,
// each with its spaces collapsed, one "\n" between two, and a line's
// cells parted by commas, as a list's names would be: a roll set in
// columns under "Presenti i signori:" ("DEPAOLI LAURA" | "Sindaco" |
// "ZENI PAOLO" | "Presidente") reads as the list it is. Each run of
// blocks side by side (runs; none reads every line across) is read down
// its left block, then down its right one.
func (ls actLines) joinBlocks(from, to int, runs []sideBySide) string {
	from, to = max(from, 0), min(to, len(ls))
	var parts []string
	for i := from; i < to; i++ {
		if len(runs) == 0 || i < runs[0].first {
			parts = append(parts, cellsText(ls[i]))
			continue
		}
		run := runs[0]
		runs = runs[1:]
		var rights []string
		for j := run.first; j <= run.last; j++ {
			left, right, _ := partAt(linePieces(ls[j]), run.gutter, run.size)
			if len(left) > 0 {
				parts = append(parts, cellsText(pdftext.NewLine(ls[j].Page, left)))
			}
			if len(right) > 0 {
				rights = append(rights, cellsText(pdftext.NewLine(ls[j].Page, right)))
			}
		}
		parts = append(parts, rights...)
		i = run.last
	}
	return strings.Join(parts, "\n")
}

// cellsText is a line's text with its spaces collapsed and its cells
// parted by commas.
func cellsText(l pdftext.Line) string {
	if !severalCells(l) {
		return pdftext.CollapseSpace(l.Text)
	}
	cells := splitCells(l)
	texts := make([]string, len(cells))
	for k, c := range cells {
		texts[k] = pdftext.CollapseSpace(pdftext.JoinRuns(c))
	}
	return strings.Join(texts, ", ")
}
