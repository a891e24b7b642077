package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// Attendance rows without a header line, and the name and role of a row
// printed in one cell.

// splitNameRole separates a role printed in the name's cell: "MOTTINELLI
// FABIO - Sindaco", "Sindaco ROSSI MARIO", "ROSSI Mario (Assessore)",
// "Firrarello Pino Sindaco – Presidente". A role after the name starts a
// word: "Di Mulo Carmela Assessore" has no "la Assessore".
func splitNameRole(s string) (name, role string) {
	s = strings.TrimSpace(leadingOrdinalRE().ReplaceAllString(s, ""))
	if g := roleNoteRE().FindStringSubmatchIndex(s); g != nil {
		// "Casadei Roberto – Consigliere (San Leo, gr. Valmarecchia
		// Unita)": the Comune and group a member sits for, in brackets
		// after the role, are neither the name nor the role.
		s = s[:g[3]]
	}
	if g := roleAtEndRE().FindStringSubmatch(s); g != nil && g[1] != "" {
		return strings.Trim(g[1], " -–,"), g[2]
	}
	if g := roleAtStartRE().FindStringSubmatch(s); g != nil && g[2] != "" {
		return strings.Trim(g[2], " -–,"), g[1]
	}
	return s, ""
}

var (
	leadingOrdinalRE = lazyRegexp(`^(\d{1,3})(?:\s*[.)°-]\s*|\s+)`)
	roleAtEndRE      = lazyRegexp(`^(?:(.*?)(?:\s*[-–,]\s*|\s*\(\s*|\s+))??(` + attendeeRolePattern + `(?:\s*[-–/]\s*` + attendeeRolePattern + `)*)\s*\)?$`)
	roleAtStartRE    = lazyRegexp(`^(` + attendeeRolePattern + `)\s*[-–:,]?\s+(.+)$`)
	roleNoteRE       = lazyRegexp(`\s[-–]\s*(` + attendeeRolePattern + `)\s*\([^()]*\)$`)
)

// attendeeRolePattern is an office in a Giunta or a Consiglio as a table
// prints it, with its article ("Il Sindaco", "L'Assessore"), or as a
// minute's prose names several holders of it ("gli Assessori").
const attendeeRolePattern = `(?i:(?:il\s+|la\s+|l['’]\s*|gli\s+|i\s+)?(?:vice\s*-?\s*sindac[oa]|sindac[oa]|assessor[eai](?:\s+(?:estern[oaie]|anzian[oa]|comunal[ei]))?|consiglier[eai](?:\s+(?:anzian[oa]|comunal[ei]|delegat[oa]))?|(?:vice\s*-?\s*)?president[ea](?:\s+del\s+consiglio(?:\s+comunale)?|\s+dell['’]\s*unione)?|commissari[oa](?:\s+straordinari[oa])?|component[ei]|membr[oi]))`

// rowEntries reads a line as attendance rows without a header: a name
// and, after it, a mark that names itself (Si/No, P/A, Presente/Assente),
// once or more across the line. It returns nil for any other line.
func rowEntries(l pdftext.Line) []tablePiece {
	if !mayBeRow(l) {
		return nil
	}
	cells := rowCells(lineCells(l))
	if k := slices.IndexFunc(cells, func(c tableCell) bool { return totalsRE().MatchString(c.text) }); k > 0 && slices.ContainsFunc(cells[:k], isMarkCell) {
		// The totals beside the last row, where the next block ran out
		// ("3. Marco Bellucci  Assessore  P" | "Presenti 4 – Assenti 1"),
		// as readTableBelow cuts them under a header.
		cells = cells[:k]
	}
	if k := lastMarkCell(cells); k >= 0 && k+1 < len(cells) && cells[k+1].x-cells[k].x2 >= pageColumnGap*l.Size {
		// Text far right of the last mark, and no mark after it: the
		// next column of a page set in two ("Bindi Lucia  Vicesindaco
		// presente" | "Letto, approvato e sottoscritto."), not the
		// roll's.
		cells = cells[:k+1]
	}
	return cellEntries(l, cells)
}

// lastMarkCell is the index of the last of cells that is a mark, -1 for
// none.
func lastMarkCell(cells []tableCell) int {
	for k := len(cells) - 1; k >= 0; k-- {
		if isMarkCell(cells[k]) {
			return k
		}
	}
	return -1
}

// pageColumnGap is the least gap, in ems, between a roll's last mark and
// the text of the page's next column beside it.
const pageColumnGap = 3

// mayBeRow says, without making its cells, whether l may be a row: a name
// and a mark, two cells at the least, or dot leaders between.
func mayBeRow(l pdftext.Line) bool {
	return severalCells(l) || strings.Contains(l.Text, "....") || dashedRow(l.Text)
}

// dashedRow reports whether text is a roll's row written as a list's
// item, its parts between dashes or its mark after a colon, its mark
// last: "1) CECCARINI FABIO – Sindaco – presente", "Guerrini Elisa,
// Vicesindaco: presente".
func dashedRow(text string) bool {
	i := trailingMark(text)
	if i <= 0 {
		return false
	}
	before := strings.TrimSpace(text[:i])
	return endsWithDash(before) || strings.HasSuffix(before, ":")
}

// endsWithDash reports whether text, trimmed, ends with a dash that
// parts it from what follows: "… – Sindaco –", "… Bilancio -".
func endsWithDash(text string) bool {
	return strings.HasSuffix(text, "–") || strings.HasSuffix(text, " -")
}

// cellEntries reads the cells of line l as rowEntries does.
func cellEntries(l pdftext.Line, cells []tableCell) []tablePiece {
	var out []tablePiece
	cur := tablePiece{y: l.Y, size: l.Size, text: map[colKind]string{}}
	for _, c := range cells {
		if present, ok := markValue(c.text, colPresence); ok && !strings.EqualFold(c.text, "x") {
			if cur.text[colName] == "" {
				return nil
			}
			cur.marks = []tableMark{{colPresence, present}}
			cur.markX2 = c.x2
			cur.isRow = true
			out = append(out, cur)
			cur = tablePiece{y: l.Y, size: l.Size, text: map[colKind]string{}}
			continue
		}
		if ordinalRE().MatchString(c.text) {
			cur.ordinal = ordinalValue(c.text)
			continue
		}
		if len(cur.text) == 0 {
			cur.x = c.x
		}
		kind := colName
		switch {
		case roleOnlyCellRE().MatchString(c.text):
			kind = colRole
		case cur.text[colName] != "" && cur.text[colRole] == "" &&
			!strings.HasPrefix(c.text, "(") && (namesRoleRE().MatchString(c.text) || wrapsOn(c.text) && nameLike(cur.text[colName])):
			// "Vice Sindaco – Assessore al Bilancio,", "Viceprefetto –
			// Presidente della Commissione": the role with the charge
			// or office held, in a cell of its own after the name (a
			// role in brackets is the name's: "(Consigliere)"); or
			// the first line of one, which goes on under it
			// ("Funzionario economico-finanziario –" over "Componente
			// della Commissione Straordinaria").
			kind = colRole
		}
		if kind == colRole && cur.roleX == 0 {
			cur.roleX = c.x
		}
		cur.text[kind] = strings.TrimSpace(cur.text[kind] + " " + c.text)
	}
	if len(cur.text) > 0 {
		return nil // text after the last mark: prose, not a row
	}
	for _, e := range out {
		if !nameLike(e.text[colName]) {
			return nil
		}
	}
	return out
}

var roleOnlyCellRE = lazyRegexp(`^` + attendeeRolePattern + `$`)

// wrapsOn reports whether a cell's text ends where it goes on on the
// next line: after a dash or a comma.
func wrapsOn(text string) bool {
	text = strings.TrimSpace(text)
	return endsWithDash(text) || strings.HasSuffix(text, ",")
}

// namesRoleRE is a cell that names a role among its words.
var namesRoleRE = lazyRegexp(`(?:^|[^\pL])` + attendeeRolePattern + `(?:[^\pL]|$)`)

// rowCells are a line's cells as rows without a header print them close
// together: "Presente 4) GLORIOSO FRANCESCA", a mark and the next item
// of a numbered roll, set a space apart where the columns are crowded,
// are two cells; and "CICERO MARIA GRAZIA Vice Sindaco Presente" is the
// name and its mark. A piece's left edge is estimated from where it
// stands in its cell's text.
func rowCells(cells []tableCell) []tableCell {
	var out []tableCell
	for _, c := range cells {
		pieces := []tableCell{c}
		if strings.Contains(c.text, "....") {
			// Dot leaders between a name and its mark: "MARINELLI
			// Daniele, Sindaco ........ Presente".
			pieces = splitAtLeaders(c)
		}
		if strings.ContainsAny(c.text, ").") && strings.ContainsAny(c.text, "0123456789") {
			var split []tableCell
			for _, p := range pieces {
				split = append(split, splitCellAt(p, inlineItemRE().FindAllStringIndex(p.text, -1))...)
			}
			pieces = split
		}
		for _, piece := range pieces {
			if i := leadingMark(piece.text); i > 0 && len(out) > 0 {
				// "Consigliere" | "P BOCCHI MARIA GRAZIA": the row's mark
				// and the next table's name, their columns too close to
				// part them.
				split := splitCellAt(piece, [][]int{{i, i}})
				out = append(out, split[0])
				piece = split[1]
			}
			if i := trailingMark(piece.text); i > 0 {
				split := splitCellAt(piece, [][]int{{i, i}})
				// "… – Sindaco –" | "presente": the dash (or the
				// colon) before the mark is neither's.
				split[0].text = strings.TrimRight(split[0].text, " -–:")
				out = append(out, split...)
				continue
			}
			out = append(out, piece)
		}
	}
	return out
}

// maxMarkWords is the most words of a mark ("presente in
// videoconferenza").
const maxMarkWords = 3

// markPhraseWords are in every mark of several words, folded: "presente
// in videoconferenza", "assente giustificato", "in collegamento", "da
// remoto", "X giust.".
var markPhraseWords = newWordSet("present", "assent", "remot", "collega", "videoconf", "giust", "ass.", "ass ", "pres")

// trailingMark is where the mark that ends a cell's text starts (the space
// before it), its longest reading first ("… – presente in
// videoconferenza", not "videoconferenza" alone); 0 for none, or for a
// cell that is a mark whole. Only the last words are tried: every line
// of a document is tried as a row.
func trailingMark(text string) int {
	words := maxMarkWords
	if !markPhraseWords.in(text) {
		words = 1 // no mark of several words ends it: only the last is tried
	}
	var found [maxMarkWords]int
	starts := found[:0]
	for i := len(text) - 1; i > 0 && len(starts) < words; i-- {
		if text[i] == ' ' {
			starts = append(starts, i)
		}
	}
	if words > 1 && len(starts) < maxMarkWords && markerRE().MatchString(text) {
		return 0 // the cell is a mark whole: "presente in videoconferenza"
	}
	for k := len(starts) - 1; k >= 0; k-- {
		mark := text[starts[k]+1:]
		if !markerRE().MatchString(mark) {
			continue
		}
		// A mark of one letter only after a role ("VICE SINDACO P", its
		// column too close to tell them apart) or a numbered name ("8
		// GIUSTOZZI ROBERTA P"): "SERIE A" is no mark.
		before := strings.TrimSpace(text[:starts[k]])
		if utf8.RuneCountInString(mark) >= 2 || roleAtEndRE().MatchString(before) || numberedName(before) {
			return starts[k]
		}
	}
	return 0
}

// leadingMark is where the name after a cell's opening mark of one word
// starts (the space before it): "P BOCCHI MARIA GRAZIA", "Presente
// ROSSI MARIO"; 0 for none.
func leadingMark(text string) int {
	i := strings.IndexByte(text, ' ')
	if i <= 0 || !markerRE().MatchString(text[:i]) || !nameLike(text[i+1:]) {
		return 0
	}
	return i
}

// numberedName reports whether s is a roll's numbered row before its
// mark: "8 GIUSTOZZI ROBERTA", "12) Rossi Mario".
func numberedName(s string) bool {
	g := leadingOrdinalRE().FindStringIndex(s)
	return g != nil && nameLike(s[g[1]:])
}

// splitAtLeaders splits a cell at its dot leaders, which it drops.
func splitAtLeaders(c tableCell) []tableCell {
	locs := leadersRE().FindAllStringIndex(c.text, -1)
	var out []tableCell
	for _, piece := range splitCellAt(c, locs) {
		piece.text = strings.TrimLeft(piece.text, ". ") // splitCellAt trimmed its end
		if piece.text != "" {
			out = append(out, piece)
		}
	}
	return out
}

// leadersRE is a run of dots that leads the eye from a label to its value.
var leadersRE = lazyRegexp(`\s*\.{4,}\s*`)

// inlineItemRE is the number of an item of a roll in the middle of a
// cell, before a name in capitals.
var inlineItemRE = lazyRegexp(`\s\d{1,2}\s*[).]\s+\p{Lu}`)

// splitCellAt splits a cell at the start of each match, the pieces'
// edges estimated in proportion to their bytes.
func splitCellAt(c tableCell, at [][]int) []tableCell {
	if len(at) == 0 {
		return []tableCell{c}
	}
	perByte := (c.x2 - c.x) / float64(max(len(c.text), 1))
	var out []tableCell
	start := 0
	for _, m := range append(at, []int{len(c.text), len(c.text)}) {
		if piece := strings.TrimSpace(c.text[start:m[0]]); piece != "" {
			out = append(out, tableCell{x: c.x + perByte*float64(start), x2: c.x + perByte*float64(m[0]), text: piece})
		}
		start = m[0]
	}
	return out
}

// nameLike reports whether s reads as a person's name (with perhaps the
// role): two words or more, each capitalised, no digits.
func nameLike(s string) bool {
	name, _ := splitNameRole(s)
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "0123456789:;") {
			return false
		}
	}
	return true
}

// minHeaderlessRows is how many consecutive rows make a table without a
// header line.
const minHeaderlessRows = 2

// readHeaderlessTable finds rows of name, role and self-describing mark
// printed without a header line.
func readHeaderlessTable(ls actLines) *attendanceTable {
	for i := 0; i < len(ls); i++ {
		if e, _ := entriesAt(ls, i); e == nil {
			continue
		}
		j, rows := i, 0
		var entries []tablePiece
		// A role on a line of its own over the first row heads the rows
		// under it ("Sindaco" over "ANFOSSI Davide  P", "Consiglieri"
		// over the rest), as the next such heading does those under it:
		// then no such line is a role printed under a row's name.
		section, headed := "", false
		if i > 0 && ls[i-1].Page == ls[i].Page {
			section, headed = loneSectionRole(ls[i-1])
		}
		right := math.Inf(1) // where the rows' last marks end
		lastLine := 0        // the first of the entries of the last line of rows
		for page := ls[i].Page; j < len(ls) && (ls[j].Page == page || rowsGoOnOverPage(ls, j)); page = ls[j-1].Page {
			e, n := entriesAt(ls, j)
			if e == nil {
				if role, ok := loneSectionRole(ls[j]); ok && headed {
					section, j = role, j+1
					continue
				}
				if loneGroupHeading(ls[j]) {
					j++ // "GRUPPO PARTITO DEMOCRATICO" over its members
					continue
				}
				if k := roleWrappedUnder(ls, j, entries[lastLine:]); k >= 0 {
					// "Vice Sindaco – Assessore al Bilancio," over
					// "Programmazione Finanziaria e Personale".
					e := &entries[lastLine+k]
					e.text[colRole] += " " + pdftext.CollapseSpace(strings.TrimSpace(ls[j].Text))
					j++
					continue
				}
				if ls[j].X-right >= pageColumnGap*ls[j].Size {
					j++ // a line of the page's next column, between the rows
					continue
				}
				break
			}
			right = 0
			for _, p := range e {
				right = max(right, p.markX2)
			}
			j, rows = j+n, rows+n
			if !headed && j < len(ls) && ls[j].Page == ls[j-1].Page && withRolesUnder(e, ls[j]) {
				j++
			}
			for k := range e {
				if e[k].text[colRole] == "" && section != "" {
					e[k].text[colRole] = section
				}
				// Pages stack top to bottom: a row of the next page
				// lies below every row of this one.
				e[k].y -= pageDepth * float64(ls[j-n].Page)
			}
			lastLine = len(entries)
			entries = append(entries, e...)
		}
		if rows < minHeaderlessRows {
			continue
		}
		t := &attendanceTable{first: i, last: j - 1, present: -1, absent: -1, headerless: true}
		t.rows = headerlessRows(entries)
		readTotals(ls, t, nil)
		return t
	}
	return nil
}

// roleWrappedUnder is which of the entries of the line of rows above
// line j has its role go on at line j, the rest of a long role wrapped
// in its cell: a cell alone, no mark and no totals, standing where that
// role's cell starts, close under the line above. -1 for none.
func roleWrappedUnder(ls actLines, j int, above []tablePiece) int {
	l := ls[j]
	if j == 0 || ls[j-1].Page != l.Page || ls.gapAbove(j) >= paragraphGap || len(lineCells(l)) != 1 || trailingMark(l.Text) > 0 ||
		markerRE().MatchString(strings.TrimSpace(l.Text)) || tableStopRE().MatchString(l.Text) || totalsRE().MatchString(l.Text) {
		return -1
	}
	return slices.IndexFunc(above, func(e tablePiece) bool { return e.roleX > 0 && math.Abs(l.X-e.roleX) < l.Size })
}

// loneGroupHeading reports whether a line is a council group's heading
// alone ("GRUPPO MISTO", "MINORANZA"), between the rows of its members.
func loneGroupHeading(l pdftext.Line) bool {
	text := pdftext.CollapseSpace(strings.TrimSpace(l.Text))
	return len(text) <= maxHeaderCell && len(lineCells(l)) == 1 && groupHeadingRE().MatchString(text)
}

// rowsGoOnOverPage reports whether the rows read up to the last line of
// a page (line j-1) go on at line j, the next page's first: a row there,
// or a group's heading over one.
func rowsGoOnOverPage(ls actLines, j int) bool {
	if j == 0 || ls[j].Page != ls[j-1].Page+1 {
		return false
	}
	if loneGroupHeading(ls[j]) && j+1 < len(ls) && ls[j+1].Page == ls[j].Page {
		j++
	}
	e, _ := entriesAt(ls, j)
	return e != nil
}

// loneSectionRole is the role a line names alone, a heading over the
// members who hold it ("Sindaco", "Consiglieri", "ASSESSORI ESTERNI"), in
// the singular; ok is false for any other line.
func loneSectionRole(l pdftext.Line) (role string, ok bool) {
	text := pdftext.CollapseSpace(strings.TrimSpace(l.Text))
	if len(text) > maxHeaderCell || len(lineCells(l)) != 1 {
		return "", false
	}
	g := sectionHeadingRE().FindStringSubmatch(text)
	if g == nil {
		return "", false
	}
	role, _ = singularRole(g[1])
	return role, true
}

// withRolesUnder gives the entries of a line of rows the roles printed
// under their names on line l, a line of roles alone ("PASTORINO GIORGIO
// P  BADANO PIETRO  P" over "Sindaco  Consigliere"), and reports whether l
// is such a line: each of its cells a role, under the name of an entry
// that has none.
func withRolesUnder(entries []tablePiece, l pdftext.Line) bool {
	cells := lineCells(l)
	under := make([]int, len(cells))
	for i, c := range cells {
		if !roleOnlyCellRE().MatchString(c.text) {
			return false
		}
		under[i] = slices.IndexFunc(entries, func(e tablePiece) bool {
			return e.text[colRole] == "" && math.Abs(e.x-c.x) <= alignedCells*e.size
		})
		if under[i] < 0 || slices.Contains(under[:i], under[i]) {
			return false
		}
	}
	for i, c := range cells {
		entries[under[i]].text[colRole] = c.text
	}
	return len(cells) > 0
}

// entriesAt reads line i of ls as rows (rowEntries) and says how many
// lines they took: one, or two where a row's leaders and mark wrapped
// under a name too long for its column ("SPANO MARIA ANTONIETTA
// (Presidente)" over "........ Presente", the next block's row beside
// both), as a word processor wraps them. It returns nil for no row.
func entriesAt(ls actLines, i int) ([]tablePiece, int) {
	if e := rowEntries(ls[i]); e != nil {
		return e, 1
	}
	if l, ok := wrappedDashedRow(ls, i); ok {
		if e := rowEntries(l); e != nil {
			return e, 2
		}
	}
	if i+1 >= len(ls) || ls[i+1].Page != ls[i].Page || !mayBeRow(ls[i]) || !mayBeRow(ls[i+1]) {
		return nil, 0
	}
	if _, ok := markValue(firstWord(strings.TrimLeft(ls[i+1].Text, ". ")), colPresence); !ok {
		return nil, 0 // most lines: spared cutting the next into cells
	}
	below := rowCells(lineCells(ls[i+1]))
	if len(below) < 2 {
		return nil, 0
	}
	if _, ok := markValue(below[0].text, colPresence); !ok || strings.EqualFold(below[0].text, "x") {
		return nil, 0
	}
	// The mark goes after the last cell of line i that starts left of its
	// end: the leaders before it start where the name does.
	cells := rowCells(lineCells(ls[i]))
	at := 0
	for at < len(cells) && cells[at].x < below[0].x2 {
		at++
	}
	if at == 0 {
		return nil, 0
	}
	joined := append(slices.Clone(cells[:at]), below[0])
	joined = append(joined, cells[at:]...)
	upper, lower := cellEntries(ls[i], joined), cellEntries(ls[i+1], below[1:])
	if upper == nil || lower == nil {
		return nil, 0
	}
	return append(upper, lower...), 2
}

// wrappedDashedRow is line i of ls and the next as one line, where they
// are a numbered item of a roll written as a list wrapped before its
// mark: "1. Bernardi Stefano – Presidente dell'Unione" over
// "(Novafeltria) – presente". The next line's runs are set right after
// line i's, so that the two make one cell.
func wrappedDashedRow(ls actLines, i int) (pdftext.Line, bool) {
	if i+1 >= len(ls) || ls[i+1].Page != ls[i].Page || len(ls[i].Runs) == 0 || len(ls[i+1].Runs) == 0 {
		return pdftext.Line{}, false
	}
	upper, lower := ls[i], ls[i+1]
	if !leadingOrdinalRE().MatchString(upper.Text) || leadingOrdinalRE().MatchString(lower.Text) || trailingMark(upper.Text) > 0 ||
		!dashedRow(upper.Text+" "+lower.Text) || upper.X > lower.X+upper.Size {
		return pdftext.Line{}, false
	}
	last := upper.Runs[len(upper.Runs)-1]
	shift := last.X + last.W + last.Size/4 - lower.Runs[0].X
	joined := upper
	joined.Text = upper.Text + " " + lower.Text
	joined.Runs = slices.Clone(upper.Runs)
	for _, r := range lower.Runs {
		r.X += shift
		joined.Runs = append(joined.Runs, r)
	}
	return joined, true
}

// blockGap is how far apart, in ems, the left edges of two blocks side by
// side stand at the least.
const blockGap = 10

// headerlessRows puts the entries in reading order (readingOrder): an
// entry that starts well right of the leftmost entries belongs to a block
// beside them.
func headerlessRows(entries []tablePiece) []Attendee {
	// Each block starts at the leftmost entry past the last block's
	// start by blockGap ems: two blocks, or three.
	byX := slices.Clone(entries)
	slices.SortFunc(byX, func(a, b tablePiece) int { return cmp.Compare(a.x, b.x) })
	var starts []float64
	for _, e := range byX {
		if len(starts) == 0 || e.x-starts[len(starts)-1] > blockGap*e.size {
			starts = append(starts, e.x)
		}
	}
	placed := make([]placedAttendee, 0, len(entries))
	for _, e := range entries {
		b := 0
		for b+1 < len(starts) && starts[b+1] <= e.x {
			b++
		}
		p := placedEntry(e.text[colName], e.text[colRole], e.ordinal)
		p.Present, p.block, p.y, p.size = e.marks[0].present, b, e.y, e.size
		placed = append(placed, p)
	}
	return readingOrder(placed, false, false)
}
