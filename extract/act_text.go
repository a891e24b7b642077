package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// actLines is the document's text as the act parser reads it: every line
// of every page in reading order, without the page furniture (running
// headers and footers such as "COPIA" or the Albo's copy notice) that
// would otherwise break a sentence in two at each page end.
type actLines []pdftext.Line

// Furniture detection: a line is furniture when the same text (digits
// aside) stands at the top or bottom edge of many pages.
const (
	furnitureEdge     = 3   // lines from the top or bottom that can be furniture
	furnitureMinPages = 3   // pages it must repeat on…
	furnitureShare    = 0.3 // …and at least this share of the pages
)

// copyNoticeRE matches the notice some producers print at the foot of every
// page of an Albo copy; its line breaks vary from page to page, so it is
// known by its words rather than by repetition.
var copyNoticeRE = lazyRegexp(`(?i)^(?:la presente copia informatica|il corrispondente documento digitalmente firmato|corrispondente documento digitalmente firmato|82/2005\.)`)

func newActLines(file *pdftext.File) actLines {
	if file == nil {
		return nil
	}
	pages := make([][]pdftext.Line, len(file.Pages))
	total := 0
	// A margin's column opens on the first page and goes on page by page
	// while each page prints one: the pages after are spared looking
	// for it (a long plan's tables, read line by line, cost the most).
	margined := true
	for i, p := range file.Pages {
		lines := p.Lines()
		if margined && len(lines) > 0 {
			var m marginRead
			lines, m = readMargin(lines)
			margined = m.found
		}
		pages[i] = withoutFrames(withoutForeign(readColumns(readStaggeredColumns(formRows(lines)))))
		evenOCRSizes(pages[i])
	}
	withoutForeignPages(pages)
	for _, lines := range pages {
		total += len(lines)
	}
	// edgeCount counts the pages each line at a page's edge stands on,
	// footCount those at its foot.
	edgeCount, footCount := map[string]int{}, map[string]int{}
	for _, lines := range pages {
		seen, seenFoot := map[string]bool{}, map[string]bool{}
		for i, l := range lines {
			if i >= furnitureEdge && i < len(lines)-furnitureEdge {
				continue
			}
			k := furnitureKey(l.Text)
			if !seen[k] {
				seen[k] = true
				edgeCount[k]++
			}
			if i >= len(lines)-furnitureEdge && !seenFoot[k] {
				seenFoot[k] = true
				footCount[k]++
			}
		}
	}
	minPages := max(furnitureMinPages, int(furnitureShare*float64(len(pages))+0.5))
	// A letterhead a word processor repeats in every page's header is
	// furniture on the pages after the first; on the first it heads the
	// act and names its issuer.
	letterhead := len(pages) > 0 && headsWithLetterhead(pages[0])
	// The first page's top lines, where a page after it repeats them: a
	// letterhead repeated on a document too short for repetition to tell
	// (two pages), between the dispositive part's heading and its points.
	firstTop := map[string]bool{}
	if len(pages) > 1 {
		for _, l := range pages[0][:min(len(pages[0]), furnitureEdge)] {
			firstTop[furnitureKey(l.Text)] = true
		}
	}
	out := make(actLines, 0, total) // a long document's lines are most of what the parser allocates
	for p, lines := range pages {
		var footStated map[string]bool // the numbers and dates the last page's foot states
		if p > 0 {
			footStated = statedNumbers(pages[p-1][max(0, len(pages[p-1])-furnitureEdge):])
		}
		for i, l := range lines {
			if l.Text == "" || copyNoticeRE().MatchString(l.Text) {
				continue
			}
			if i < furnitureEdge && len(footStated) > 0 && (statesAny(l.Text, footStated) || !strings.ContainsFunc(l.Text, isAlnum)) {
				// A running head that states the number and date the
				// last page's foot stated ("COMUNE DI SANT'OMERO -
				// Delibera C.C. n. 30 del 30/10/2028" under "Delibera
				// C.C. n. 30 del 30/10/2028  Pag. 1/2"), and the rule
				// typed under it: furniture on a document too short for
				// repetition to tell, between the halves of a sentence
				// the page broke.
				continue
			}
			if p == 0 && i < furnitureEdge && letterhead {
				out = append(out, l)
				continue
			}
			if foot := i >= len(lines)-furnitureEdge; foot || i < furnitureEdge {
				k := furnitureKey(l.Text)
				// A running foot on every page of a document too short for
				// repetition on furnitureMinPages: "Delibera G.C. 87/2026 -
				// Siscom Atti" at the foot of both pages.
				everyFoot := foot && len(pages) > 1 && footCount[k] == len(pages)
				if edgeCount[k] >= minPages || everyFoot || p > 0 && !foot && firstTop[k] || i > 0 && pageFootRE().MatchString(l.Text) || printsPageNumber(l) {
					continue
				}
			}
			out = append(out, l)
		}
	}
	return out
}

// numberDateRE is a number and its date, as a running head or foot
// states an act's: "n. 30 del 30/10/2028".
var numberDateRE = lazyRegexp(`(?i)\bn(?:\.|°|r\.?)\s*(\d{1,6})(?:\s*/\s*\d{4})?\s+del\s+(` + datePattern + `)`)

// statedNumbers are the numbers and dates lines state ("30|30/10/2028").
func statedNumbers(lines []pdftext.Line) map[string]bool {
	var stated map[string]bool
	for _, l := range lines {
		for _, m := range numberDateRE().FindAllStringSubmatch(l.Text, -1) {
			if stated == nil {
				stated = map[string]bool{}
			}
			stated[m[1]+"|"+m[2]] = true
		}
	}
	return stated
}

// statesAny reports whether s states one of the numbers and dates.
func statesAny(s string, stated map[string]bool) bool {
	for _, m := range numberDateRE().FindAllStringSubmatch(s, -1) {
		if stated[m[1]+"|"+m[2]] {
			return true
		}
	}
	return false
}

// headsWithLetterhead reports whether a page's top lines, those that may
// be furniture, name a public body: a municipality, a Comunità Montana,
// a consortium.
func headsWithLetterhead(lines []pdftext.Line) bool {
	for _, l := range lines[:min(len(lines), furnitureEdge)] {
		if municipalityCellRE().MatchString(l.Text) || publicBodyName(l.Text, true) {
			return true
		}
	}
	return false
}

// pageFootRE is a running foot (or a head under a page's first line) that
// numbers its page ("Deliberazione G.C. n. 187 del 18/11/2025   Pag. 1",
// "Pagina 2 di 3"): furniture on a document of two pages too, which
// repetition cannot tell.
var pageFootRE = lazyRegexp(`(?i)\bpag(?:ina|\.)?\s*\d{1,3}(?:\s*(?:di|/)\s*\d{1,3})?\s*$`)

// median is the middle of xs, which it sorts; 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	return xs[len(xs)/2]
}

// evenOCRSizes gives the lines of an OCR's layer one size, the median of
// theirs: an OCR sizes each line to its box, not to its type (the two
// lines of one title at 13 and 8.4 points, a body's lines from 7 to 15),
// and the parser measures gaps in a line's ems and tells a title by its
// size.
func evenOCRSizes(lines []pdftext.Line) {
	var sizes []float64
	for _, l := range lines {
		if ocrLine(l) {
			sizes = append(sizes, l.Size)
		}
	}
	if len(sizes) == 0 {
		return
	}
	size := median(sizes)
	for i := range lines {
		if ocrLine(lines[i]) {
			lines[i].Size = size
		}
	}
}

// ocrLine reports whether l is an OCR's text, invisible over a scan.
func ocrLine(l pdftext.Line) bool {
	return len(l.Runs) > 0 && l.Runs[0].Invisible
}

// printsPageNumber reports whether l is its page's number alone ("1",
// "- 2 -"): furniture on a document of two pages too, which repetition
// cannot tell.
func printsPageNumber(l pdftext.Line) bool {
	digits := strings.Trim(l.Text, " -–—")
	if len(digits) == 0 || len(digits) > 3 || strings.ContainsFunc(digits, func(r rune) bool { return r < '0' || r > '9' }) {
		return false
	}
	n, _ := strconv.Atoi(digits)
	return n == l.Page
}

// furnitureKey is the line's text with digits masked, so that "Pagina 3"
// and "Pagina 4" are the same furniture.
func furnitureKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, s)
}

// textSizeLines is how many lines from the start textSize looks at.
const textSizeLines = 80

// textSize is the size most of the text is set in, the median of the
// first textSizeLines lines' sizes.
func (ls actLines) textSize() float64 {
	sizes := make([]float64, min(len(ls), textSizeLines))
	for i := range sizes {
		sizes[i] = ls[i].Size
	}
	return median(sizes)
}

// join returns the text of lines[from:to] as one string, line breaks
// turned into single spaces.
func (ls actLines) join(from, to int) string {
	if from < 0 {
		from = 0
	}
	if to > len(ls) {
		to = len(ls)
	}
	parts := make([]string, 0, max(to-from, 0))
	for _, l := range ls[from:to] {
		parts = append(parts, l.Text)
	}
	return pdftext.CollapseSpace(strings.Join(parts, " "))
}

// joinUnbroken is join with the words a line's end broke put together
// again: "immediata-" over "mente eseguibile" gives "immediatamente
// eseguibile", as typesetting that hyphenates (TeX, a justified Writer
// page) breaks the words a reader looks for.
func (ls actLines) joinUnbroken(from, to int) string {
	from, to = max(from, 0), min(to, len(ls))
	var joined []byte
	for _, l := range ls[from:to] {
		text := strings.TrimSpace(l.Text)
		switch {
		case text == "":
			continue
		case len(joined) == 0:
		case joined[len(joined)-1] == '-' && hyphenatedBreak(string(joined[max(len(joined)-utf8.UTFMax-1, 0):]), text):
			joined = joined[:len(joined)-1]
		default:
			joined = append(joined, ' ')
		}
		joined = append(joined, text...)
	}
	return pdftext.CollapseSpace(string(joined))
}

// find returns the index of the first line at or after from that matches
// re, or -1.
func (ls actLines) find(from int, re *pattern) int {
	for i := max(from, 0); i < len(ls); i++ {
		if re.MatchString(ls[i].Text) {
			return i
		}
	}
	return -1
}

// gapAbove is the vertical distance from line i-1's baseline to line i's,
// in multiples of line i's font size; a page change counts as a paragraph
// break only when the previous line ended a sentence.
func (ls actLines) gapAbove(i int) float64 {
	if i <= 0 || i >= len(ls) {
		return 0
	}
	prev, cur := ls[i-1], ls[i]
	if prev.Page != cur.Page {
		if closesClause(prev.Text) {
			return 2
		}
		return 1
	}
	return (prev.Y - cur.Y) / max(cur.Size, 1)
}

// paragraphGap is the baseline distance, in font sizes, from which a
// vertical gap separates paragraphs rather than lines (single spacing
// is about 1.15–1.4).
const paragraphGap = 1.7

// isUpperHeading reports whether s is written in capitals, as headings and
// names in tables are.
func isUpperHeading(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if r == 'ª' || r == 'º' {
			continue // an ordinal's sign, no letter's case: "AREA 1ª", "SETTORE 2º"
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 2 && upper == letters
}

// titleCase writes a name printed in capitals the way the text does
// elsewhere: "GIUNTA COMUNALE" -> "Giunta Comunale", small words lower.
// "I" is an article only after a small word ("con i poteri"); elsewhere
// it is a numeral ("Settore I").
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if elided, rest, ok := cutElision(w); ok {
			// "DELL'AREA" inside a name is "dell'Area"; "SANT'ANGELO",
			// "L'AQUILA" at its start, "Sant'Angelo", "L'Aquila".
			if i == 0 || !smallElided(elided) {
				elided = upperFirst(elided)
			}
			words[i] = elided + upperFirst(rest)
			continue
		}
		if numbersOffice(words, i) {
			// "SETTORE II" is "Settore II", "III SETTORE" "III Settore".
			words[i] = strings.ToUpper(w)
			continue
		}
		small := smallWords[w] || innerWords[w]
		if i > 0 && (small || w == "i" && (smallWords[words[i-1]] || innerWords[words[i-1]])) {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// numbersOffice reports whether words[i] (lower-case, those before it
// cased already) is a Roman numeral beside an office's word, numbering
// it: "settore ii", "iii settore", "area iv".
func numbersOffice(words []string, i int) bool {
	if !romanNumeralRE().MatchString(words[i]) {
		return false
	}
	return i > 0 && numberedOffices[strings.ToLower(words[i-1])] || i+1 < len(words) && numberedOffices[words[i+1]]
}

// romanNumeralRE is a Roman numeral up to 39, lower-case.
var romanNumeralRE = lazyRegexp(`^x{0,3}(?:ix|iv|v?i{0,3})$`)

// numberedOffices are the offices' words a Roman numeral numbers,
// lower-case.
var numberedOffices = map[string]bool{"settore": true, "area": true, "servizio": true, "dipartimento": true,
	"direzione": true, "ripartizione": true, "sezione": true, "unità": true, "municipio": true, "circoscrizione": true}

// elidedWords are the small words that elide before a vowel: "dell'",
// "all'", "l'" (smallElided reads them with either apostrophe).
var elidedWords = map[string]bool{"dell'": true, "all'": true, "dall'": true, "nell'": true, "sull'": true,
	"l'": true, "d'": true}

// smallElided reports whether elided, cut by cutElision, is one of
// elidedWords, in any case and with either apostrophe.
func smallElided(elided string) bool {
	return elidedWords[strings.ReplaceAll(strings.ToLower(elided), "’", "'")]
}

// cutElision splits a word at its apostrophe, the apostrophe kept with
// the first part: "dell'area" → "dell'", "area"; ok is false when the word
// has no letters on both sides of one.
func cutElision(w string) (elided, rest string, ok bool) {
	i := strings.IndexAny(w, "'’")
	if i <= 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	if i+size >= len(w) {
		return "", "", false
	}
	return w[:i+size], w[i+size:], true
}

// upperFirst is s with its first letter a capital.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// smallWords join the words of a name: "Unione dei Comuni della Valle".
var smallWords = map[string]bool{"di": true, "del": true, "della": true, "dello": true, "dei": true,
	"degli": true, "delle": true, "e": true, "ed": true, "a": true, "al": true, "alla": true, "per": true}

// innerWords are small inside a name, not at its start, where they may be
// the name's own: "Commissione Straordinaria con i Poteri del Consiglio",
// "Castiglione in Teverina", but "La Spezia".
var innerWords = map[string]bool{"con": true, "in": true, "il": true, "lo": true, "la": true, "le": true, "gli": true,
	"nel": true, "nella": true, "nei": true, "negli": true, "nelle": true,
	"da": true, "dal": true, "dalla": true, "su": true, "sul": true, "sulla": true, "tra": true, "fra": true}

// fillsAsSpace is s with each stretch of the fill characters min bytes
// long or more read as one space, and its spaces then collapsed: a form's
// blanks ("____"), dot leaders ("......", "…"). A shorter stretch stays
// ("N.", "nome_file").
func fillsAsSpace(s, fill string, min int) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(fill, r) {
				break
			}
			j += size
		}
		switch {
		case j-i >= min:
			b.WriteByte(' ')
		case j > i:
			b.WriteString(s[i:j])
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			j = i + size
			b.WriteString(s[i:j])
		}
		i = j
	}
	return pdftext.CollapseSpace(b.String())
}
