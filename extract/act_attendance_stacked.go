package extract

// Rolls printed across the page, each member a column of its own: a line
// of names, the roles under them, the marks under those.

import "github.com/openalbo/albo/extract/pdftext"

// stackedRollAt reads a roll printed across the page that starts at line
// i ("CAMELI ROBERTO  VALLORANI SABRINA" over "Sindaco  Vice Sindaco"
// over "Presente  Presente"), in one band or several one under another,
// left to right and band after band. It returns nil when there is none.
// Its line of marks, "Presente … Assente", would head a table.
func stackedRollAt(ls actLines, i int) *attendanceTable {
	var rows []Attendee
	j := i
	for j < len(ls) {
		band, n := stackedBand(ls, j)
		if band == nil {
			break
		}
		rows, j = append(rows, band...), j+n
	}
	if len(rows) < minHeaderlessRows {
		return nil
	}
	t := &attendanceTable{first: i, last: j - 1, rows: rows, present: -1, absent: -1, headerless: true}
	readTotals(ls, t, nil)
	return t
}

// stackedBand reads the band of a roll printed across the page that
// starts at line i: two names or more, each cell of the line one; a line
// of their roles, if any; a line of their marks, each cell under its
// name's. It returns the members and the lines the band takes, nil and
// 0 for none.
func stackedBand(ls actLines, i int) ([]Attendee, int) {
	if !severalCells(ls[i]) {
		return nil, 0 // most lines: one cell of prose, made into none
	}
	names := lineCells(ls[i])
	if len(names) < 2 {
		return nil, 0
	}
	for _, c := range names {
		if !nameLike(c.text) {
			return nil, 0
		}
	}
	under := func(k int, fits func(tableCell) bool) []tableCell {
		if k >= len(ls) || ls[k].Page != ls[i].Page || ls.gapAbove(k) > maxTableGap {
			return nil
		}
		cells := lineCells(ls[k])
		if len(cells) != len(names) {
			return nil
		}
		for n, c := range cells {
			if !fits(c) || c.x2 <= names[n].x || c.x >= names[n].x2 {
				return nil
			}
		}
		return cells
	}
	k := i + 1
	roles := under(k, func(c tableCell) bool { return roleOnlyCellRE().MatchString(c.text) })
	if roles != nil {
		k++
	}
	marks := under(k, isMarkCell)
	if marks == nil {
		return nil, 0
	}
	band := make([]Attendee, len(names))
	for n := range names {
		band[n].Name = pdftext.CollapseSpace(names[n].text)
		if roles != nil {
			band[n].Role = pdftext.CollapseSpace(roles[n].text)
		}
		band[n].Present, _ = markValue(marks[n].text, colPresence)
	}
	return band, k - i + 1
}
