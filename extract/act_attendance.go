package extract

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// The attendance table of a session, read from its cells rather than from
// its lines: each cell is placed in the column of the header above it, so
// that a present/absent mark is read from the column it stands in (an "X"
// under "Assente" is an absence), a table printed as two blocks side by side
// is read in the order its roll is printed (act_attendance_order.go), and a
// role or a name that wraps above or below its row is joined to the row it
// belongs to.

// tableCellGap is the gap, in ems, from which two runs on one baseline are
// different cells: wider than a space, narrower than any table gutter.
const tableCellGap = 0.8

// tableCell is the text of one cell and its horizontal extent.
type tableCell struct {
	x, x2 float64
	text  string
}

func (c tableCell) mid() float64 { return (c.x + c.x2) / 2 }

// lineCells splits a line into its cells. A run that holds several cells
// (a producer that draws the whole row as one string padded with spaces)
// is cut at each run of two or more spaces, its parts placed in proportion.
func lineCells(l pdftext.Line) []tableCell {
	var pieces []pdftext.Run
	for _, r := range l.Runs {
		for _, p := range splitPaddedRun(r) {
			if strings.ContainsAny(p.Text, frameBars) {
				pieces = append(pieces, splitAtBars(p)...)
			} else {
				pieces = append(pieces, p)
			}
		}
	}
	var out []tableCell
	start, end := 0, math.Inf(-1)
	flush := func(i int) {
		if i <= start {
			return
		}
		if text := pdftext.JoinRuns(pieces[start:i]); text != "" {
			out = append(out, tableCell{x: pieces[start].X, x2: end, text: text})
		}
	}
	for i, r := range pieces {
		if isFrameBar(r.Text) {
			// A bar that stands as a word, a report's column rule
			// however close its cells ("| Cognome e Nome | Carica |"),
			// parts them and is none of them.
			flush(i)
			start = i + 1
			continue
		}
		if i > start && startsCell(r, end) {
			flush(i)
			start = i
		}
		end = math.Max(end, r.X+r.W)
		if i == start {
			end = r.X + r.W
		}
	}
	if len(pieces) > 0 {
		flush(len(pieces))
	}
	return out
}

// startsCell says whether r, starting after a cell that ends at end,
// starts another: the gap is wider than tableCellGap.
func startsCell(r pdftext.Run, end float64) bool {
	return r.X-end > tableCellGap*math.Max(r.Size, 1)
}

// severalCells says, without making them, whether lineCells may find more
// than one cell in l: a run padded with spaces, or a gap as wide as
// lineCells cuts at. Most lines of an act are one cell of prose.
func severalCells(l pdftext.Line) bool {
	end := math.Inf(-1)
	for i, r := range l.Runs {
		if hasPadding(r.Text) || (i > 0 && startsCell(r, end)) {
			return true
		}
		end = math.Max(end, r.X+r.W)
	}
	return false
}

// splitPaddedRun cuts a run at every stretch of two or more spaces.
func splitPaddedRun(r pdftext.Run) []pdftext.Run {
	if !hasPadding(r.Text) {
		return []pdftext.Run{r}
	}
	text := []rune(r.Text)
	per := r.W / float64(len(text))
	var out []pdftext.Run
	for _, loc := range wordSpans(text) {
		part := r
		part.Text = string(text[loc[0]:loc[1]])
		part.X = r.X + per*float64(loc[0])
		part.W = per * float64(loc[1]-loc[0])
		out = append(out, part)
	}
	return out
}

// hasPadding reports whether text holds two ASCII spaces, tabs or line
// breaks in a row (what `\s{2,}` finds, at the cost of a byte scan).
func hasPadding(text string) bool {
	for i := 1; i < len(text); i++ {
		if asciiSpace(text[i]) && asciiSpace(text[i-1]) {
			return true
		}
	}
	return false
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// wordSpans returns the [start, end) rune ranges of text between stretches
// of two or more spaces.
func wordSpans(text []rune) [][2]int {
	var spans [][2]int
	start, spaces := -1, 0
	for i, r := range text {
		if unicode.IsSpace(r) {
			spaces++
			continue
		}
		if start < 0 {
			start = i
		} else if spaces >= 2 {
			spans = append(spans, [2]int{start, i - spaces})
			start = i
		}
		spaces = 0
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(text) - spaces})
	}
	return spans
}

// markerRE is a presence mark as tables print it, perhaps with a
// footnote's star ("P*", "X*": present from afar), a letter for one
// present from afar ("V" for videoconferenza, "R" or "VC"), or the words of a
// presence from afar ("Videoconf.", "in collegamento"), or of an absence
// justified or not in South Tyrol's two languages ("entsch. / giust.",
// "unentsch./ingiust."), perhaps wrapped in its cell around the row's
// line ("X (entsch. /" over "giust.)").
var markerRE = lazyRegexp(`(?i)^(?:s[iì]|no|s|n|p|a|v|r|vc|x(?:\s+(?:giust(?:ificat[oa])?|g)\.?)?|✓|✔|✗|present[ea](?:\s+(?:in|da|a\s+mezzo)\s+\p{L}+)?|assente(?:\s+(?:giustificat[oa]|g(?:iust)?\.?))?|pres\.?|ass\.?(?:\s*g(?:iust)?\.?)?|ag|a\.g\.|giustificat[oa]|in\s+presenza|(?:da|in)\s+remoto|(?:in\s+)?videoconf(?:erenza)?|in\s+collegamento|collegat[oa](?:\s+da\s+remoto)?|(?:un)?entsch\.?\s*/\s*(?:in)?giust\.?|(?:in)?giust\.?\)?)(?:\s*\([^)]*\)?)?\.?\s*\*?$`)

// remoteMarkRE is a mark of a member present from afar: "da remoto",
// "Videoconf.", "in collegamento", "collegato".
var remoteMarkRE = lazyRegexp(`^(?:(?:da|in)\s+remoto|(?:in\s+)?videoconf(?:erenza)?|in\s+collegamento|collegat[oa](?:\s+da\s+remoto)?)$`)

// markValue reads a mark in a column of the given kind: true for present.
// ok is false for a cell that is no mark.
func markValue(text string, kind colKind) (present, ok bool) {
	if !markerRE().MatchString(text) {
		return false, false
	}
	t := strings.ToLower(strings.TrimSpace(strings.SplitN(text, "(", 2)[0]))
	t = strings.TrimSuffix(strings.TrimRight(t, "* "), ".") // "P*": a footnote's star, remote
	switch {
	case strings.HasPrefix(t, "present"), t == "pres", t == "p", t == "in presenza", t == "v", t == "r", t == "vc", remoteMarkRE().MatchString(t):
		return true, true
	case strings.HasPrefix(t, "ass"), strings.HasPrefix(t, "giustificat"), t == "a", t == "ag", t == "a.g":
		return false, true
	}
	switch t {
	case "no", "n":
		return kind == colAbsent, true
	}
	// Si, X, a tick: a yes in whatever column it stands.
	return kind != colAbsent, true
}

// tablePiece is what one line holds in one block of the table: a row when
// it carries a mark (or a name where marks may be blank), else fragments
// of the cells of a row above or below it.
type tablePiece struct {
	block int
	x, y  float64
	size  float64
	text  map[colKind]string
	marks []tableMark
	// markX2 is where the mark of a row read without a header ends
	// (rowEntries), roleX where its role's cell starts (0 for none).
	markX2, roleX float64
	isRow         bool
	// ordinal is the row's number where the line carries one ("1",
	// "1."), else 0.
	ordinal int
	merged  []tablePiece // fragments joined to this row
}

type tableMark struct {
	kind    colKind
	present bool
}

// attendanceTable is a table found on the page: its rows and the lines it
// spans.
type attendanceTable struct {
	rows        []Attendee
	first, last int // lines of ls, inclusive
	present     int // declared counts, -1 when not printed
	absent      int
	// headerless says the rows were read without a header line, from
	// marks that name themselves (readHeaderlessTable).
	headerless bool
}

var (
	// tableStopRE is the first line past an attendance table: its totals,
	// the legend of its marks ("P = presente A = assente", "(AG =
	// assente giustificato)", "Legenda: …"), the notes under it
	// ("Annotazioni: RUSSO: entra alle ore 19:05"), or the sentence that
	// follows, the minute's or the act's own ("Visto …", "Con voti
	// unanimi").
	tableStopRE = lazyRegexp(`(?i)^(?:\(?\s*[a-z.]{1,4}\s*=\s*(?:present|assent)|legenda\b|annotazion[ei]\s*:|note\s*:|tot\.?\b|totale|presenti\b|assenti\b|n\.\s*\d+\s+present|assume|partecipa|assiste|e['’]\s+altres|presiede|si\s+dà\s+atto|constatat|riconosciut|la\s+giunta\b|il\s+consiglio\b|con\s+vot|a\s+vot|ad?\s+unanimit|all['’]\s*unanimit|vist[oiae]\b|premess|richiamat|considerat|udit[oiae]\b|sentit[oiae]\b|preso\s+atto|dato\s+atto|accertat)`)
	// totalsRE is a declared count, its label first ("Presenti n° 7")
	// or its number first ("n. 7 presenti").
	totalsRE    = lazyRegexp(`(?i)\b(?:(?:tot(?:ale|\.)?\s*(?:dei\s+)?)?(presenti|assenti)\s*(?:n\.?|n°|nr\.?|:|=|-)?\s*(?:n\.?|n°)?\s*(\d{1,3})\b|(?:n\.|n°|nr\.?)?\s*(\d{1,3})\s+(?:consiglieri\s+|componenti\s+)?(presenti|assenti)\b)`)
	bareTotalRE = lazyRegexp(`(?i)^tot(?:ale|\.)?\s*:?\s*(\d{1,3})$`)
	// totalLabelRE is a totals row's label standing alone in its cell.
	totalLabelRE = lazyRegexp(`(?i)^tot(?:ali|ale|\.)?\s*:?$`)
)

// pageDepth is more than any page's height: the rows of a table that runs
// over a page are ordered as if its pages stood one below the other.
const pageDepth = 1e5

// maxTableGap is the widest vertical gap, in font sizes, between two lines
// of one table.
const maxTableGap = 3.5

// readAttendanceTable finds the first attendance table of ls and reads it:
// under a header line, else rows whose marks name themselves (Si/No, P/A).
// It returns nil when there is none.
func readAttendanceTable(ls actLines) *attendanceTable {
	for h := range ls {
		if t := stackedRollAt(ls, h); t != nil {
			return t
		}
		var last int
		cols := headerColumns(ls[h])
		if cols != nil {
			if both := withTranslatedHeadings(ls, h, cols); both != nil {
				cols, h = both, h+1
			}
		}
		if cols == nil {
			if cols, last = subHeaderColumns(ls, h); cols != nil {
				h = last // the rows start under the marks' headings
			} else if cols, last = absenceColumns(ls, h); cols != nil {
				h = last
				for h+1 < len(ls) && headerKind(ls[h+1].Text) == colPresent {
					h++ // "Presenti i signori:" over the rows
				}
			} else if cols = unheadedMarksColumns(ls, h); cols == nil {
				if cols = presentListColumns(ls, h); cols == nil {
					continue
				}
			}
		}
		cols, h = withMarkSubheadings(ls, h, cols)
		if t := readTableBelow(ls, h, cols); t != nil && len(t.rows) > 0 {
			return t
		}
	}
	return readHeaderlessTable(ls)
}

// readTableBelow reads the rows under the header at line h.
func readTableBelow(ls actLines, h int, cols []column) *attendanceTable {
	t := &attendanceTable{first: h, last: h, present: -1, absent: -1}
	listed := false
	// left is where the first row's name starts, where the header heads
	// no name: a column of the page left of it, by a gap (the session's
	// date, hour and number beside a roll headed "Pres." | "Ass."), is
	// none of the table's. A heading of names, centred over its column,
	// tells not where the names start.
	left := math.Inf(-1)
	if h+1 < len(ls) && ls[h+1].Page == ls[h].Page {
		cols = namesOfLaterBlocks(cols, ls[h+1])
		named := slices.ContainsFunc(cols, func(c column) bool { return c.kind == colName })
		cols, listed = fitHeaderless(cols, ls[firstMarkedRow(ls, h, cols)])
		if k := slices.IndexFunc(cols, func(c column) bool { return c.kind == colName }); !named && !listed && k >= 0 {
			left = cols[k].x
		}
	}
	hasRole := slices.ContainsFunc(cols, func(c column) bool { return c.kind == colRole })
	// A roll that marks only absences reads a line with no mark as a
	// presence: only a member's name makes it a row.
	absencesOnly := !slices.ContainsFunc(cols, func(c column) bool { return c.kind == colPresent || c.kind == colPresence })
	var pieces []tablePiece
	prevY := ls[h].Y
	for i := h + 1; i < len(ls); i++ {
		l := ls[i]
		if l.Page != ls[i-1].Page {
			// The table goes on over the page only from its last line,
			// at a row (or the header repeated) among the page's first
			// lines, past what the page prints above it.
			next := continuedAt(ls, i, cols, hasRole, listed)
			if i-1 != t.last || t.last == h || next < 0 {
				break
			}
			if headerColumns(ls[next]) != nil {
				next++
			}
			if next >= len(ls) || ls[next].Page != l.Page {
				break
			}
			i, l, prevY = next, ls[next], ls[next].Y
		}
		if (prevY-l.Y)/math.Max(l.Size, 1) > maxTableGap || tableStopRE().MatchString(l.Text) || isDecisionHeading(l.Text) {
			break
		}
		cells := slices.DeleteFunc(lineCells(l), func(c tableCell) bool { return c.x2 < left-sideColumnGap*l.Size && !ordinalRE().MatchString(c.text) })
		// The totals end the table: a line of them, or a row beside
		// them where the next block ran out ("9 LORENZETTI DARIO …
		// X" | "Presenti n. 15 – Assenti n. 2"), the table's last.
		totals := totalsRE().MatchString(l.Text)
		if totals {
			k := slices.IndexFunc(cells, func(c tableCell) bool { return totalsRE().MatchString(c.text) })
			if k <= 0 || !slices.ContainsFunc(cells[:k], isMarkCell) {
				break
			}
			// Totals in a column of their own right of the table's
			// ("… X" | "Presenti: 3" beside the second row, "Assenti:
			// 1" beside the third) stand beside rows that go on.
			side := !slices.ContainsFunc(cols, func(c column) bool { return c.x2 > cells[k].x })
			totals = !side
			cells = cells[:k]
		}
		if isProse(cells, cols) || absencesOnly && !rowOfAbsences(cells, cols) {
			break
		}
		prevY = l.Y
		t.last = i
		if repeatsHeader(l, cols) {
			continue // the header repeated over the rest of the rows: "Consigliere  Carica  P  A"
		}
		// Pages stack top to bottom: a row of the next page lies below
		// every row of this one.
		for _, p := range placeCells(cells, cols, l.Y-pageDepth*float64(l.Page), hasRole, listed) {
			p.size = l.Size
			pieces = append(pieces, p)
		}
		if totals {
			break
		}
	}
	t.rows = assembleRows(pieces, cols, listed)
	readTotals(ls, t, cols)
	return t
}

// sideColumnGap is the least gap, in ems, between a table's leftmost
// column and a column of the page left of it.
const sideColumnGap = 3

// firstMarkedRow is the line under the header at h whose cells hold a
// mark under a column of presence, the table's first row, among the
// few lines under it (a column beside the table may print its first
// line above the row's: "11.01.2029" over "FERRETTI Marco  Sindaco  X");
// h+1 where none does.
func firstMarkedRow(ls actLines, h int, cols []column) int {
	for j := h + 1; j < min(len(ls), h+1+maxMarkedRowSkip) && ls[j].Page == ls[h].Page; j++ {
		for _, c := range lineCells(ls[j]) {
			if isMarkCell(c) && isPresenceKind(nearestColumn(c, cols).kind) {
				return j
			}
		}
	}
	return h + 1
}

// maxMarkedRowSkip is how many lines under a header its first row is
// looked for in.
const maxMarkedRowSkip = 3

// repeatsHeader reports whether l is the table's header again: the same
// columns' headings in the same order.
func repeatsHeader(l pdftext.Line, cols []column) bool {
	again := headerColumns(l)
	return len(again) == len(cols) && slices.EqualFunc(again, cols, func(a, b column) bool { return a.kind == b.kind })
}

// maxContinuationSkip is how many lines above a table's continuation the
// next page may print (a heading, a copy notice).
const maxContinuationSkip = 3

// continuedAt returns the line, among the first of the page that starts
// at line i, where a table goes on: the header repeated or a row. It
// returns -1 when the page does not go on with the table.
func continuedAt(ls actLines, i int, cols []column, hasRole, listed bool) int {
	for j := i; j < len(ls) && j < i+maxContinuationSkip && ls[j].Page == ls[i].Page; j++ {
		if headerColumns(ls[j]) != nil {
			return j
		}
		for _, p := range placeCells(lineCells(ls[j]), cols, 0, hasRole, listed) {
			if len(p.marks) > 0 && p.text[colName] != "" {
				return j
			}
		}
	}
	return -1
}

// rowOfAbsences reports whether a line is a row of a roll that marks
// only absences: a mark under an absence's column, or a member's name (and
// role) left of them, after its number.
func rowOfAbsences(cells []tableCell, cols []column) bool {
	marks := math.Inf(1) // where the absences' columns start
	for _, c := range cols {
		if c.kind == colAbsent {
			marks = math.Min(marks, c.x)
		}
	}
	var name []string
	for _, c := range cells {
		if c.x2 <= marks {
			name = append(name, c.text)
		} else if _, ok := markValue(c.text, colAbsent); ok {
			return true
		}
	}
	text := strings.Join(name, " ")
	if g := leadingOrdinalRE().FindStringSubmatch(text); g != nil {
		text = text[len(g[0]):]
	}
	return nameLike(text)
}

// isProse reports whether a line is running text rather than a row: one
// cell with words in lower case that runs across most of the table, or
// ends a sentence.
func isProse(cells []tableCell, cols []column) bool {
	if len(cells) != 1 {
		return false
	}
	c := cells[0]
	left, right := cols[0].x, cols[len(cols)-1].x2
	lower := 0
	for _, w := range strings.Fields(c.text) {
		if r := []rune(w); unicode.IsLower(r[0]) {
			lower++
		}
	}
	// A sentence ends with its stop however narrow its column: "Segretario:
	// il Segretario generale dott. Lukas Gasser." beside the roll, in the
	// column of a page in two languages.
	return lower >= 3 && ((c.x2-c.x) > 0.6*(right-left) || strings.HasSuffix(c.text, "."))
}

// rightEdge is where the rightmost of cols ends.
func rightEdge(cols []column) float64 {
	edge := math.Inf(-1)
	for _, c := range cols {
		edge = max(edge, c.x2)
	}
	return edge
}

// remarkGoesOn reports whether a cell under a mark column is the end of
// the remark beside the mark above it, wrapped in its cell: it holds
// figures ("ore 21:05)"), closes a bracket it does not open, or is all in
// brackets ("Presente" over "(videoconferenza)").
func remarkGoesOn(text string) bool {
	t := strings.TrimSpace(text)
	return strings.ContainsAny(t, "0123456789") || strings.Count(t, ")") > strings.Count(t, "(") ||
		strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")
}

// placeCells puts each cell of a line in its block and column and returns
// one piece per block the line has text in.
func placeCells(cells []tableCell, cols []column, y float64, hasRole, listed bool) []tablePiece {
	byBlock := map[int]*tablePiece{}
	var order []int
	// pending is the number of the row that the next cell with text
	// opens: a block's number stands under a heading that may count as
	// the block before's ("N." repeated does not open a block).
	pending := 0
	if listed {
		cells = listedCells(cells, cols)
	} else {
		cells = gluedCells(cells, cols)
	}
	var last *tablePiece // the piece of the line's last cell
	for k, c := range cells {
		if c.text = withoutEdgeBars(c.text); c.text == "" {
			continue // a box's bar left between the cells ("SI |"), no mark
		}
		if ordinalRE().MatchString(c.text) && k+1 < len(cells) && strings.ContainsFunc(cells[k+1].text, unicode.IsLetter) &&
			nearestColumn(cells[k+1], cols).block > nearestColumn(c, cols).block {
			// "X" | "2" | "CICCHINO ROSA": the next block's row's
			// number, nearer the last column of the block before than
			// its own names; no mark.
			pending = ordinalValue(c.text)
			continue
		}
		if listed && last != nil && roleOnlyCellRE().MatchString(c.text) {
			// "FRANCESCHINI DAVIDE    Sindaco": the role of the name
			// before it, which may stand nearer the next heading.
			last.text[colRole] = c.text
			continue
		}
		col := nearestColumn(c, cols)
		p := byBlock[col.block]
		if p == nil {
			p = &tablePiece{block: col.block, y: y, text: map[colKind]string{}}
			byBlock[col.block] = p
			order = append(order, col.block)
		}
		last = p
		kind := col.kind
		if listed {
			// A name listed under "Presenti" or "Assenti".
			p.marks = append(p.marks, tableMark{kind, kind != colAbsent})
			kind = colName
		} else if isPresenceKind(kind) {
			if present, ok := markValue(c.text, kind); ok {
				p.marks = append(p.marks, tableMark{kind, present})
				continue
			}
			if blankMark(c.text) {
				continue // "—" under the column: no mark
			}
			if utf8.RuneCountInString(c.text) == 1 || handMark(c.text, p) {
				// A tick of a symbol font ("ü", "•") under the column, or a
				// mark drawn by hand that an OCR read as letters.
				p.marks = append(p.marks, tableMark{kind, kind != colAbsent})
				continue
			}
			if remarkGoesOn(c.text) || c.x > rightEdge(cols) {
				// "Presente (entra alle" over "ore 21:05)": the mark's
				// remark, wrapped in its cell; no name holds figures or
				// closes a bracket it did not open. A note printed
				// beside the table, right of its last heading ("(*) Il
				// consigliere Pittoni" / "Roberto entra in aula alle"),
				// is none either.
				continue
			}
			kind = colName // a long name that reaches under a mark column
		}
		if kind == colOrdinal || !strings.ContainsFunc(c.text, isAlnum) {
			pending = cmp.Or(ordinalValue(c.text), pending)
			continue // a number's cell, a rule drawn with underscores
		}
		if kind == colPlace || kind == colGroup || kind == colNote {
			// The Comune a member stands for, the group they sit in, a
			// note on their presence beside its mark: no part of a name
			// or a role; but a role drawn so close to it
			// that the two make one cell is ("Consigliere Insieme per
			// Castel San Niccolò" from under the role's heading).
			if role := roleBeforeColumn(c, col, cols); role != "" && p.text[colRole] == "" {
				p.text[colRole] = role
			}
			continue
		}
		if spansColumns(c, cols) > 1 && kind != colGiven {
			kind = colName // name and role in one cell, split below
		}
		// A mark drawn close to the text before it: "CONSIGLIERE Presente".
		if text, mark, ok := cutTrailingMark(c.text); ok && hasPresenceNear(c, cols) {
			present, _ := markValue(mark, colPresence)
			p.marks = append(p.marks, tableMark{colPresence, present})
			c.text = text
		}
		if ordinalRE().MatchString(c.text) {
			pending = ordinalValue(c.text)
			continue
		}
		if p.ordinal == 0 {
			p.ordinal = pending
		}
		pending = 0
		p.text[kind] = strings.TrimSpace(p.text[kind] + " " + c.text)
	}
	var out []tablePiece
	for _, b := range order {
		p := byBlock[b]
		p.isRow = len(p.marks) > 0 || (p.text[colName] != "" && (!hasRole || p.text[colRole] != ""))
		if len(p.marks) == 0 && p.text[colName] == "" && p.text[colRole] == "" {
			continue
		}
		out = append(out, *p)
	}
	return out
}

// listedCells are a line's cells under headings of those present and
// absent, a cell that runs across a heading's left edge split there, at
// the space nearest it: a role set close to the name in the next list
// ("Sindaco ZAMPEDRI CHIARA") is two cells.
func listedCells(cells []tableCell, cols []column) []tableCell {
	return splitAtColumns(cells, cols[1:], func(tableCell, column, int, int) bool { return true })
}

// gluedCells are a line's cells with two cells that a narrow gap left
// one split where the later one's column begins: a member's Comune set
// close to the name before it ("CHESSA MARIA GRAZIA Padria") under a
// Comune's heading; a role alone set close to the Comune before it
// ("Monteleone Rocca Doria Sindaco") under a role's heading. A long
// role that runs under its heading's start ("Consigliere comunale",
// under a heading centred over it) is no two cells: what follows the
// split must be a role alone.
func gluedCells(cells []tableCell, cols []column) []tableCell {
	return splitAtColumns(cells, cols, func(c tableCell, col column, at, space int) bool {
		if abs(space-at) > max(minGlueDrift, len(c.text)/glueDriftShare) {
			return false
		}
		before, after := strings.TrimSpace(c.text[:space]), strings.TrimSpace(c.text[space:])
		switch col.kind {
		case colRole:
			// The role's mark may be glued to it as well
			// ("Monteleone Rocca Doria Consigliere A").
			role, _, marked := cutTrailingMark(after)
			return roleOnlyCellRE().MatchString(after) || marked && roleOnlyCellRE().MatchString(role)
		case colPlace:
			// A name, in capitals, before the Comune's name.
			return nearestColumn(tableCell{x: c.x, x2: c.x + 1}, cols).kind == colName && isUpperHeading(before) && startsUpper(after) && !isUpperHeading(after)
		}
		return false
	})
}

// splitAtColumns is cells with each cell that runs across the left edge
// of one of cols split there, at the space nearest where the edge falls
// in proportion to the cell's width (at), where cut says so of the cell,
// the column and the space.
func splitAtColumns(cells []tableCell, cols []column, cut func(c tableCell, col column, at, space int) bool) []tableCell {
	var out []tableCell
	for _, c := range cells {
		for _, col := range cols {
			if col.x <= c.x || col.x >= c.x2 {
				continue
			}
			at := int(float64(len(c.text)) * (col.x - c.x) / (c.x2 - c.x))
			space := nearestSpace(c.text, at)
			if space <= 0 || !cut(c, col, at, space) {
				continue
			}
			split := splitCellAt(c, [][]int{{space, space}})
			out = append(out, split[0])
			c = split[len(split)-1]
		}
		out = append(out, c)
	}
	return out
}

// The space a glued cell is split at may stand from where its column's
// start falls in proportion to the cell's width by minGlueDrift bytes,
// or by a glueDriftShare-th of the cell's bytes: its letters are not all
// as wide.
const (
	minGlueDrift   = 3
	glueDriftShare = 6
)

// nearestSpace is the index of the space in s nearest to byte at, -1 when
// s has none.
func nearestSpace(s string, at int) int {
	best := -1
	for i := range len(s) {
		if s[i] == ' ' && (best < 0 || abs(i-at) < abs(best-at)) {
			best = i
		}
	}
	return best
}

func abs(n int) int { return max(n, -n) }

// handMark reports whether text, a cell of its own under a presence
// column right of the row's name, is a mark drawn by hand that an OCR read
// as a few letters or signs: a cross read "XxX", "SS", "die", ">.". A
// name that reaches under the column is one cell with the name, and
// longer.
func handMark(text string, row *tablePiece) bool {
	t := strings.TrimSpace(text)
	return row.text[colName] != "" && t != "" && !strings.Contains(t, " ") && utf8.RuneCountInString(t) <= maxHandMark
}

// maxHandMark is the most characters an OCR reads a handwritten mark as.
const maxHandMark = 4

// isMarkCell reports whether a cell holds a presence's mark alone.
func isMarkCell(c tableCell) bool {
	_, ok := markValue(c.text, colPresence)
	return ok
}

// blankMark reports whether a cell under a presence column is a dash,
// which tables print for no mark ("—" under Presente, "Sì" under Assente).
func blankMark(text string) bool {
	t := strings.TrimSpace(text)
	return t != "" && strings.Trim(t, "-–—_") == ""
}

var (
	ordinalRE      = lazyRegexp(`^\d{1,3}\s*[.)°]?$`)
	trailingMarkRE = lazyRegexp(`^(.*\S)\s+(\S+(?:\s*\([^)]*\))?)$`)
)

// cutTrailingMark splits "CONSIGLIERE Presente" into the text and its mark.
func cutTrailingMark(s string) (text, mark string, ok bool) {
	g := trailingMarkRE().FindStringSubmatch(s)
	if g == nil || !markerRE().MatchString(g[2]) {
		// A mark of several words: "ASSESSORE Presente da remoto".
		if i := trailingMark(s); i > 0 {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:]), true
		}
		return s, "", false
	}
	return g[1], g[2], true
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isPresenceKind(k colKind) bool {
	return k == colPresent || k == colAbsent || k == colPresence || k == colRemote
}

// spansColumns counts the name and role columns a cell overlaps by more
// than half the column's width.
func spansColumns(c tableCell, cols []column) int {
	n := 0
	for _, col := range cols {
		if col.kind != colName && col.kind != colRole && col.kind != colGiven {
			continue
		}
		if overlap := math.Min(c.x2, col.x2) - math.Max(c.x, col.x); overlap > (col.x2-col.x)/2 {
			n++
		}
	}
	return n
}

// roleBeforeColumn is the role that opens cell c, placed in column col,
// when c starts left of col, under a role's heading: the role and what
// col holds printed as one cell. It is "" for any other cell.
func roleBeforeColumn(c tableCell, col column, cols []column) string {
	if c.x >= col.x {
		return ""
	}
	for _, rc := range cols {
		if rc.kind == colRole && rc.block == col.block && rc.x < col.x && c.x < rc.x2 {
			if g := roleAtStartRE().FindStringSubmatch(c.text); g != nil {
				return g[1]
			}
		}
	}
	return ""
}

// hasPresenceNear reports whether the cell reaches into a presence column.
func hasPresenceNear(c tableCell, cols []column) bool {
	for _, col := range cols {
		switch col.kind {
		case colPresent, colAbsent, colPresence:
			// A mark drawn centred under a heading as narrow as "P" may
			// end left of it: within the heading's width.
			if c.x2 > col.x-max(2, col.x2-col.x) && c.x < col.x2 {
				return true
			}
		}
	}
	return false
}

// nearestColumn is the column a cell stands in: the one it overlaps most,
// else the nearest; never the ordinal's for a cell with letters.
func nearestColumn(c tableCell, cols []column) column {
	best, bestScore := cols[0], math.Inf(-1)
	words := strings.ContainsFunc(c.text, unicode.IsLetter)
	for _, col := range cols {
		if col.kind == colOrdinal && words && len(cols) > 1 {
			continue // a name set left in its cell, nearer the "N." heading than its own
		}
		score := math.Min(c.x2, col.x2) - math.Max(c.x, col.x)
		if score <= 0 {
			// No overlap: the nearest centre, behind any overlap.
			score = -noOverlap - math.Abs(c.mid()-col.mid())
		}
		if score > bestScore {
			best, bestScore = col, score
		}
	}
	return best
}

// noOverlap ranks a column the cell does not overlap below every column
// it does.
const noOverlap = 1e6

// assembleRows joins each fragment to its row (the nearest in its block,
// preferring one whose cell is empty) and returns the rows in reading
// order (readingOrder); listed, the names stand in lists under headings
// of those present and absent.
func assembleRows(pieces []tablePiece, cols []column, listed bool) []Attendee {
	unmarkWrappedNames(pieces)
	var rows []*tablePiece
	for i := range pieces {
		if _, plural, ok := sectionRole(&pieces[i]); ok && plural {
			// "Assessori esterni" over the members it names: no part of
			// the name under it. A role in the singular may be a
			// member's, wrapped under the name.
			pieces[i].isRow = true
		}
		if groupHeading(&pieces[i]) {
			// "MAGGIORANZA", "Gruppo Insieme per Besana" over the
			// members who sit with it: a row of its own, not a name's
			// line wrapped onto the nearest row.
			pieces[i].isRow = true
		}
		if pieces[i].isRow {
			rows = append(rows, &pieces[i])
		}
	}
	for _, f := range pieces {
		if f.isRow {
			continue
		}
		var best *tablePiece
		bestDist := math.Inf(1)
		for _, r := range rows {
			if r.block != f.block || f.y > r.y && f.text[colName] != "" && numberedInCell(r.text[colName]) {
				continue // a name numbered in its cell begins at its number: "in ime" over "1. TOMŠIČ Aleš" is the heading's
			}
			d := math.Abs(r.y - f.y)
			for k := range f.text {
				if r.text[k] == "" {
					d *= 0.6 // an empty cell pulls its fragment
				}
			}
			if d < bestDist {
				best, bestDist = r, d
			}
		}
		if best != nil {
			best.merged = append(best.merged, f)
		}
	}
	hasPresent := slices.ContainsFunc(cols, func(c column) bool { return c.kind == colPresent || c.kind == colPresence })
	hasAbsent := slices.ContainsFunc(cols, func(c column) bool { return c.kind == colAbsent })
	var entries []placedAttendee
	sections := map[int]string{} // each block's last section heading's role
	for _, r := range rows {
		if role, _, ok := sectionRole(r); ok {
			sections[r.block] = role
			continue
		}
		if groupHeading(r) {
			continue
		}
		e := placedEntry(r.cellText(colName)+" "+r.cellText(colGiven), r.cellText(colRole), r.ordinal)
		if headingWordsOnly(e.Name) {
			continue // "SI / NO" under the heading's "Presente": its second line
		}
		e.Role = cmp.Or(e.Role, sections[r.block])
		e.Present, e.block, e.y, e.size = r.present(hasPresent, hasAbsent), r.block, r.y, r.size
		if e.Name != "" {
			entries = append(entries, e)
		}
	}
	return readingOrder(entries, headedBlocks(cols), listed)
}

// headingWordsOnly reports whether text is made of a heading's words
// alone ("SI / NO"), no name.
func headingWordsOnly(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == '/' })
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !headingWords()[w] })
}

// sectionRole is the role a row without marks or number names whole, a
// heading over the members who hold it ("SINDACO", "CONSIGLIERI DI
// MAGGIORANZA", "Assessori esterni"), in the singular; plural says the
// heading names it in the plural. ok is false for any other row.
func sectionRole(r *tablePiece) (role string, plural, ok bool) {
	if len(r.marks) > 0 || r.ordinal != 0 {
		return "", false, false
	}
	text := strings.TrimSpace(r.cellText(colRole) + " " + r.cellText(colName) + " " + r.cellText(colGiven))
	g := sectionHeadingRE().FindStringSubmatch(text)
	if g == nil {
		return "", false, false
	}
	role, plural = singularRole(g[1])
	return role, plural, true
}

// groupHeading reports whether a row without marks or number is the
// heading of the council group or the side its members sit with
// ("MAGGIORANZA", "Gruppo Insieme per Besana", "GRUPPO MISTO"): neither
// a name nor a role.
func groupHeading(r *tablePiece) bool {
	if len(r.marks) > 0 || r.ordinal != 0 {
		return false
	}
	return groupHeadingRE().MatchString(strings.TrimSpace(r.cellText(colRole) + " " + r.cellText(colName) + " " + r.cellText(colGiven)))
}

// groupHeadingRE is the heading of a council group or side in a roll.
var groupHeadingRE = lazyRegexp(`(?i)^(?:maggioranza|minoranza|opposizione|(?:gruppo|lista)\s.+)$`)

// sectionHeadingRE is a role heading the members under it in a roll,
// with the side they sit on.
var sectionHeadingRE = lazyRegexp(`^(` + attendeeRolePattern + `)(?i:\s+(?:di\s+|della\s+|dell['’]\s*)?(?:maggioranza|minoranza|opposizione))?$`)

// numberedInCell reports whether a name's cell opens with the entry's
// number and its stop ("1. TOMŠIČ Aleš", "12) ROSSI"), as a list
// numbers its entries; a table's column of numbers read into the cell
// ("11 GIUSEPPE", by an OCR) prints no stop, and the name may wrap above
// it.
func numberedInCell(name string) bool {
	return strings.ContainsAny(leadingOrdinalRE().FindString(name), ".)")
}

// headedBlocks reports whether the table's blocks each head their own
// column of names: a heading row that repeats "Componente" over each.
func headedBlocks(cols []column) bool {
	first := -1
	for _, c := range cols {
		if c.kind != colName {
			continue
		}
		if first >= 0 && c.block != first {
			return true
		}
		first = c.block
	}
	return false
}

// unmarkWrappedNames makes fragments of the names a cell wraps around its
// row's marks: a row with marks and no name, and the lines of names with
// no marks just above and below it in its block ("PETRUCCIOLINI" over "1 X",
// "ANTONIO" under it, where a table centres its cells on the row).
func unmarkWrappedNames(pieces []tablePiece) {
	for i := range pieces {
		r := &pieces[i]
		if len(r.marks) == 0 || r.text[colName] != "" {
			continue
		}
		for j := range pieces {
			f := &pieces[j]
			if f.block == r.block && len(f.marks) == 0 && f.text[colName] != "" && math.Abs(f.y-r.y) < wrapReach*math.Max(r.size, 1) {
				f.isRow = false
			}
		}
	}
}

// wrapReach is how far, in font sizes, a wrapped name stands from the
// line of its row's marks.
const wrapReach = 1.5

// cellText is the text of a row's cell with the fragments printed above
// and below it, top to bottom.
func (r *tablePiece) cellText(k colKind) string {
	parts := []tablePiece{*r}
	parts = append(parts, r.merged...)
	slices.SortStableFunc(parts, func(a, b tablePiece) int { return cmp.Compare(b.y, a.y) })
	var text string
	for _, p := range parts {
		text = joinWrapped(text, p.text[k])
	}
	return pdftext.CollapseSpace(strings.Trim(text, " -–"))
}

// present decides a row's presence from its marks: the first mark in a
// presence column; a mark only under "Da remoto" is a presence; a row
// without marks is absent where the table marks presences, present where
// it marks only absences.
func (r *tablePiece) present(hasPresent, hasAbsent bool) bool {
	for _, m := range r.marks {
		if m.kind != colRemote {
			return m.present
		}
	}
	if len(r.marks) > 0 {
		return true
	}
	return !hasPresent && hasAbsent
}

// readTotals reads the declared counts printed under the table ("Tot. 12
// Tot. 1" under the columns, "Presenti n° 7 Assenti n° 1") or in the
// sentence before it ("i seguenti n. 12 amministratori").
func readTotals(ls actLines, t *attendanceTable, cols []column) {
	// From the table's last line: its last row may print them beside it.
	for i := t.last; i < len(ls) && i <= t.last+3; i++ {
		l := ls[i]
		for _, g := range totalsRE().FindAllStringSubmatch(l.Text, -1) {
			label := strings.ToLower(g[1] + g[4])
			n, _ := strconv.Atoi(g[2] + g[3])
			if strings.HasPrefix(label, "present") && t.present < 0 {
				t.present = n
			} else if strings.HasPrefix(label, "assent") && t.absent < 0 {
				t.absent = n
			}
		}
		type bareTotal struct {
			cell tableCell
			n    int
		}
		var bare []bareTotal
		row := lineCells(l)
		// "Totale" | "3" | "1": the label, then a figure under each column.
		labelled := len(row) > 1 && totalLabelRE().MatchString(row[0].text)
		for _, c := range row {
			if m := bareTotalRE().FindStringSubmatch(c.text); m != nil {
				n, _ := strconv.Atoi(m[1])
				bare = append(bare, bareTotal{c, n})
			} else if labelled && figuresOnlyRE().MatchString(c.text) && len(c.text) <= 3 {
				n, _ := strconv.Atoi(c.text)
				bare = append(bare, bareTotal{c, n})
			}
		}
		for k, b := range bare {
			c, n := b.cell, b.n
			kind := colPresent
			if cols != nil {
				kind = nearestColumn(c, cols).kind
			} else if k > 0 {
				kind = colAbsent
			}
			if kind == colAbsent && t.absent < 0 {
				t.absent = n
			} else if kind != colAbsent && t.present < 0 {
				t.present = n
			}
		}
		if t.present >= 0 && t.absent >= 0 {
			break
		}
	}
	if t.present < 0 {
		if g := declaredRE().FindStringSubmatch(ls.join(max(t.first-3, 0), t.first+1)); g != nil {
			t.present, _ = strconv.Atoi(g[1] + g[2])
		}
	}
}
