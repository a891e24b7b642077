package extract

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// The order of a roll printed as two (or more) blocks side by side.
//
// A table of the Giunta or the Consiglio often prints its members two to
// a row, under a heading repeated for each block. Numbered rows say how
// to read it: the numbers run down the first block and on down the next,
// or across each row. Without numbers a reader may read it either way,
// and keyers writing answers from the page did both. The list itself
// then tells: rolls are printed in an order, the Sindaco first, then by
// office, then by name, or in an order of their own (the election's),
// which neither reading puts in order. The reading whose neighbours
// follow that order better (orderedNeighbours) is the one printed; where
// neither reads better, the table is read block by block, down each
// block.

// placedAttendee is an attendee read from a table, with where its row
// stands: its block, its baseline and size, and its number where the row
// prints one (else 0).
type placedAttendee struct {
	Attendee
	block   int
	y, size float64
	ordinal int
}

// placedEntry is the attendee a row's name and role cells give: its
// number, printed in a cell of its own (ordinal) or before the name ("1
// ROSSI MARIO", "1) ROSSI MARIO"), set apart; its role, where no cell
// holds it, read from the name's ("ROSSI MARIO - Sindaco"); a title
// before the name left out.
func placedEntry(name, role string, ordinal int) placedAttendee {
	// Dot leaders toward the next column: "GRIGNOLIO MAURO ..........."
	name, role = strings.TrimSpace(withoutLeaders(name)), strings.TrimSpace(withoutLeaders(role))
	if g := leadingOrdinalRE().FindStringSubmatch(name); g != nil {
		ordinal = cmp.Or(ordinal, ordinalValue(g[1]))
		name = strings.TrimSpace(name[len(g[0]):])
	}
	if title, rest, ok := strings.Cut(name, " "); ok && personTitleRE().MatchString(title) {
		// "Dott. Vincenzo Lubrano": a title, kept apart from a name as
		// the presidency's and the secretary's are.
		name = strings.TrimSpace(rest)
	}
	if role == "" {
		name, role = splitNameRole(name)
	}
	return placedAttendee{Attendee: Attendee{Name: name, Role: role}, ordinal: ordinal}
}

// ordinalValue is the number an ordinal's cell prints ("12", "12.", "12)").
func ordinalValue(s string) int {
	n, _ := strconv.Atoi(strings.TrimRightFunc(strings.TrimSpace(s), func(r rune) bool { return !unicode.IsDigit(r) }))
	return n
}

// readingOrder returns the attendees of a table in the order the roll is
// printed in: by their numbers where every row has one, which may run
// down each block or across the rows; else down each block, or across
// the rows where the roll's order reads better so; where each block
// heads its own columns (headed), two tables side by side, only where
// its offices' order reads better so, not its names'. Lists under
// headings of those present and of those absent side by side (listed)
// are read down, one list after the other: a row across them pairs
// members only by where each list had reached.
func readingOrder(entries []placedAttendee, headed, listed bool) []Attendee {
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
	numbered := 0
	for _, e := range entries {
		if e.ordinal > 0 {
			numbered++
		}
	}
	switch {
	case numbered == len(entries):
		slices.SortStableFunc(order, func(a, b placedAttendee) int { return cmp.Compare(a.ordinal, b.ordinal) })
	case numbered == 0 && !listed && down[len(down)-1].block > 0:
		across := acrossRows(down)
		if orderedNeighbours(attendeesOf(across), !headed) > orderedNeighbours(attendeesOf(down), !headed) {
			order = across
		}
	}
	return attendeesOf(order)
}

// attendeesOf is the attendees of placed entries, in their order.
func attendeesOf(entries []placedAttendee) []Attendee {
	out := make([]Attendee, len(entries))
	for i, e := range entries {
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

// orderedNeighbours scores how well a reading follows a roll's order,
// neighbour by neighbour: a lower office after a higher one counts two,
// a higher after a lower loses two, and within an office a name not
// before the one above it in the alphabet counts one. Offices weigh more
// than names: a roll lists them in order, where its names may follow the
// election's order rather than the alphabet's. Names count only where
// byName is set.
func orderedNeighbours(entries []Attendee, byName bool) int {
	n := 0
	for i := 1; i < len(entries); i++ {
		a, b := entries[i-1], entries[i]
		ra, rb := officeRank(a.Role), officeRank(b.Role)
		switch {
		case ra < rb:
			n += 2
		case ra > rb:
			n -= 2
		case byName && foldName(a.Name) <= foldName(b.Name):
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
