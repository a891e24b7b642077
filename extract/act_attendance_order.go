package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// The order of a roll printed as two (or more) blocks side by side.
//
// A table of the Giunta or the Consiglio often prints its members two to
// a row, under a heading repeated for each block. Numbered rows say how
// to read it: the numbers run down the first block and on down the next.
// Without numbers a reader may read it either way, and keyers writing
// answers from the page did both. The list itself then tells: rolls are
// printed in an order, the Sindaco first, then by office, then by name,
// or in an order of their own (the election's), which neither reading
// puts in order. The reading whose neighbours stand more often in that
// order is the one printed; where neither reads better, the table is read
// block by block, down each block.

// placedAttendee is an attendee read from a table, with where its row
// stands: its block, its baseline and size, and whether it is numbered.
type placedAttendee struct {
	Attendee
	block    int
	y, size  float64
	numbered bool
}

// readingOrder returns the attendees of a table in the order the roll is
// printed in, top to bottom within a block.
func readingOrder(entries []placedAttendee) []Attendee {
	if len(entries) == 0 {
		return nil
	}
	down := slices.Clone(entries)
	slices.SortStableFunc(down, func(a, b placedAttendee) int {
		if a.block != b.block {
			return cmp.Compare(a.block, b.block)
		}
		return cmp.Compare(b.y, a.y)
	})
	order := down
	numbered := slices.ContainsFunc(entries, func(e placedAttendee) bool { return e.numbered })
	if !numbered && down[len(down)-1].block > 0 {
		if across := acrossRows(down); orderedNeighbours(across) > orderedNeighbours(down) {
			order = across
		}
	}
	out := make([]Attendee, len(order))
	for i, e := range order {
		out[i] = e.Attendee
	}
	return out
}

// acrossRows is the entries read row by row across the blocks: entries
// whose baselines lie within sameRowReach of the first of a row share
// it, left block first.
func acrossRows(entries []placedAttendee) []placedAttendee {
	rows := slices.Clone(entries)
	slices.SortStableFunc(rows, func(a, b placedAttendee) int { return cmp.Compare(b.y, a.y) })
	for start := 0; start < len(rows); {
		end := start + 1
		for end < len(rows) && rows[start].y-rows[end].y < sameRowReach*math.Max(rows[start].size, 1) {
			end++
		}
		slices.SortStableFunc(rows[start:end], func(a, b placedAttendee) int { return cmp.Compare(a.block, b.block) })
		start = end
	}
	return rows
}

// sameRowReach is how far apart, in ems, the baselines of two blocks'
// cells may lie and still be one row of the table.
const sameRowReach = 0.5

// orderedNeighbours counts the attendees that follow the one before them
// in a roll's order: a lower office, or the same office and a name not
// before it in the alphabet.
func orderedNeighbours(entries []placedAttendee) int {
	n := 0
	for i := 1; i < len(entries); i++ {
		a, b := entries[i-1].Attendee, entries[i].Attendee
		ra, rb := officeRank(a.Role), officeRank(b.Role)
		if ra < rb || ra == rb && foldName(a.Name) <= foldName(b.Name) {
			n++
		}
	}
	return n
}

// officeRank orders the offices of a roll: the Sindaco, the Presidente,
// the Vice Sindaco, then the members.
func officeRank(role string) int {
	r := strings.ToLower(role)
	switch {
	case strings.Contains(r, "vice"):
		return 2
	case strings.Contains(r, "sindac"):
		return 0
	case strings.Contains(r, "president"):
		return 1
	}
	return 3
}
