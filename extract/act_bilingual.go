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

// The other language beside the Italian of a bilingual page.
//
// South Tyrol's municipalities print every act in German and Italian,
// Valle d'Aosta's many in French and Italian, Friuli's Slovene
// minority's in Slovene and Italian: the letterhead's two
// names side by side ("MARKTGEMEINDE NEUMARKT" | "COMUNE DI EGNA"),
// headings and register lines one beside the other, titles one over the
// other, the body in two columns, a roll's roles in both languages,
// labels that name a field twice ("Nr. / n.", "Sitzung vom / Seduta
// del", "AVIS • AVVISO"). The act albo reads is the Italian one: on a
// page that sets the other language beside Italian, that language is
// left out, cell by cell and label by label, so that what is left reads
// as an Italian act does.
//
// A text's language is told by its words (languageWords): the letters,
// the small words, the endings and the stems German, French and Slovene
// write and Italian does not, against Italian's small words.

// withoutForeign returns a page's lines with the other language left
// out where the page sets it beside Italian; the lines as they are
// otherwise (most pages: no line holds a letter Italian does not write).
func withoutForeign(lines []pdftext.Line) []pdftext.Line {
	if !slices.ContainsFunc(lines, func(l pdftext.Line) bool { return mayBeForeign(l.Text) }) {
		return lines
	}
	pieces := make([][][]pdftext.Run, len(lines))
	alone := make([]int, len(lines)) // the language of a line of one cell
	side := 0                        // lines with the other language beside Italian
	over, italian := 0, 0            // lines in either language alone
	for i, l := range lines {
		pieces[i] = splitCells(l)
		switch {
		case languagesSideBySide(pieces[i]):
			side++
		case len(pieces[i]) > 1:
		default:
			alone[i] = languageOf(l.Text)
			switch alone[i] {
			case inForeign:
				over++
			case inItalian:
				italian++
			}
		}
	}
	// A page that sets the other language over Italian, paragraph by
	// paragraph ("Vu la délibération …" over "Vista la deliberazione
	// …"), holds lines of each, few beside each other.
	stacked := side < minBilingualLines
	if stacked && (over < minStackedLines || italian < minStackedLines) {
		return lines
	}
	out := make([]pdftext.Line, 0, len(lines))
	var under []float64 // where the other language's text on the line above began
	whole := false      // the line above was all in the other language
	for i, l := range lines {
		if stacked && len(pieces[i]) == 1 && alone[i] == inForeign {
			// A line of a paragraph in the other language, whole:
			// "3. Tarifs – La participation financière est fixée …" is
			// no label in two languages.
			under, whole = nil, true
			continue
		}
		kept, ok, dropped := italianPieces(l, pieces[i], under)
		if ok && whole && len(pieces[i]) == 1 {
			// A title's line wrapped from the other language's line
			// above it, leaning to it ("INTERRUPTION DE LA
			// DISTRIBUTION DE L'EAU POTABLE À" / "ROVAREY ET MESSIGNÉ").
			f, it, _ := languageWords(kept.Text)
			ok = f <= it
		}
		if ok {
			out = append(out, kept)
		}
		under, whole = dropped, !ok
	}
	return out
}

// withoutForeignPages empties the pages of a document printed in the
// other language before or after the same act in Italian: a Valle
// d'Aosta ordinanza's French page, then its Italian one. A page is in a
// language where its words tell it three times over the other's; the
// other pages are spared counting unless one is foreign.
func withoutForeignPages(pages [][]pdftext.Line) {
	if len(pages) < 2 {
		return
	}
	var foreign []int
	for i, lines := range pages {
		if !slices.ContainsFunc(lines, func(l pdftext.Line) bool { return mayBeForeign(l.Text) }) {
			continue
		}
		if f, it := linesLanguageWords(lines); f >= minPageWords && f > pageLanguageMargin*it {
			foreign = append(foreign, i)
		}
	}
	if len(foreign) == 0 || len(foreign) == len(pages) {
		return
	}
	italian := false
	for i, lines := range pages {
		if !slices.Contains(foreign, i) {
			if f, it := linesLanguageWords(lines); it >= minPageWords && it > pageLanguageMargin*f {
				italian = true
				break
			}
		}
	}
	if !italian {
		return
	}
	for _, i := range foreign {
		pages[i] = nil
	}
}

// withoutPagesLeftOut is file without the pages withoutForeignPages
// emptied, whose lines ls does not hold: the header's and the date's
// readers, which read the file's pages, read the Italian ones. file
// itself where none was.
func withoutPagesLeftOut(file *pdftext.File, ls actLines) *pdftext.File {
	var kept []pdftext.Page
	for i, p := range file.Pages {
		if !slices.ContainsFunc(p.Runs, func(r pdftext.Run) bool { return mayBeForeign(r.Text) }) ||
			slices.ContainsFunc(ls, func(l pdftext.Line) bool { return l.Page == p.Number }) {
			if kept != nil {
				kept = append(kept, p)
			}
			continue
		}
		if kept == nil {
			kept = append(make([]pdftext.Page, 0, len(file.Pages)), file.Pages[:i]...)
		}
	}
	if kept == nil {
		return file
	}
	view := *file
	view.Pages = kept
	return &view
}

// linesLanguageWords counts the words of lines (a page's, a column's)
// of the other language and the Italian ones.
func linesLanguageWords(lines []pdftext.Line) (foreign, italian int) {
	for _, l := range lines {
		f, it, _ := languageWords(l.Text)
		foreign, italian = foreign+f, italian+it
	}
	return foreign, italian
}

// minPageWords is how many words of its language tell a page's at the
// least; pageLanguageMargin how many times the other language's count.
const (
	minPageWords       = 30
	pageLanguageMargin = 3
)

// alignedCells is how far apart, in points, two cells' left edges stand
// in one column.
const alignedCells = 2.0

// maxDroppedRuns is how many runs of a line left out are looked at for
// a cell the next line's text stands under: a label's and its value's,
// not a line set glyph by glyph.
const maxDroppedRuns = 8

// labelRuns is a cell's runs, or one run of its whole text where the
// cell is a label in two languages that its runs part elsewhere than
// at its separator: TeX draws the parts and the separator as runs of
// their own ("(Sindaca", "–", "županja)"), Chromium parts words where
// it kerns ("V", "izebürgermeisterin / V", "icesindaca").
// withoutForeignParts parts a run's text.
func labelRuns(cell []pdftext.Run) []pdftext.Run {
	if len(cell) < 2 {
		return cell
	}
	text := pdftext.JoinRuns(cell)
	parts := bilingualParts(text)
	if parts == nil {
		return cell
	}
	if foreign, _ := foreignParts(text, parts); !slices.Contains(foreign, true) {
		return cell
	}
	whole := cell[0]
	for _, r := range cell[1:] {
		whole.W = max(whole.W, r.X+r.W-whole.X)
		whole.Size = max(whole.Size, r.Size)
	}
	whole.Text = text
	return []pdftext.Run{whole}
}

// languagesSideBySide says whether a line, whose cells are pieces, sets
// a text in the other language beside an Italian one: two cells
// ("MARKTGEMEINDE NEUMARKT" | "COMUNE DI EGNA"), or two parts of a label
// ("AVIS • AVVISO").
func languagesSideBySide(pieces [][]pdftext.Run) bool {
	var texts []string
	for _, p := range pieces {
		text := pdftext.JoinRuns(p)
		if parts := bilingualParts(text); parts != nil {
			for _, part := range parts {
				texts = append(texts, text[part.from:part.to])
			}
			continue
		}
		texts = append(texts, text)
	}
	if len(texts) < 2 {
		return false
	}
	foreign := foreignAmong(len(texts), func(i int) string { return texts[i] }, true)
	return slices.Contains(foreign, true) && slices.ContainsFunc(texts, func(s string) bool { return languageOf(s) == inItalian })
}

// italianPieces is line l, whose cells are pieces, without its cells in
// the other language and that language's side of its labels, and
// without a cell in neither language that stands where a text in the
// other language began on the line above (under): that text wrapped
// ("Gegenstand: Genehmigung des …" / "Grundschule Gufidaun – CUP …").
// ok is false where nothing is left; dropped is where the texts left
// out began, for the line below.
func italianPieces(l pdftext.Line, pieces [][]pdftext.Run, under []float64) (kept pdftext.Line, ok bool, dropped []float64) {
	cut := make([][]pdftext.Run, 0, len(pieces))
	// labelled marks the pieces that printed both languages, parted
	// ("Nominativo / Ime in priimek"): labels, not the end of a text
	// in the other language wrapped from the line above.
	var labelled []bool
	for _, p := range pieces {
		var kept []pdftext.Run
		both := false
		for _, r := range labelRuns(p) {
			if k, ok := withoutForeignParts(r); ok {
				kept = append(kept, k)
				both = both || k.Text != r.Text
			}
		}
		if len(kept) > 0 {
			cut = append(cut, kept)
			labelled = append(labelled, both)
		}
	}
	foreign := foreignAmong(len(cut), func(i int) string { return pdftext.JoinRuns(cut[i]) }, true)
	headings := headingRow(cut)
	var runs []pdftext.Run
	for i, p := range cut {
		_, it, words := languageWords(pdftext.JoinRuns(p))
		switch {
		case foreign[i]:
		case it == 0 && !labelled[i] && slices.ContainsFunc(under, func(x float64) bool { return math.Abs(x-p[0].X) <= alignedCells }):
		default:
			runs = append(runs, p...)
			continue
		}
		if words >= minWrappedWords && !headings {
			for _, r := range p[:min(len(p), maxDroppedRuns)] {
				dropped = append(dropped, r.X)
			}
		}
	}
	switch {
	case len(runs) == 0:
		return l, false, dropped
	case slices.Equal(runs, l.Runs):
		return l, true, dropped
	}
	return pdftext.NewLine(l.Page, runs), true, dropped
}

// minWrappedWords is how many words a text holds at the least for a line
// under it to be taken for its wrapped end: a sentence's, not a
// heading's ("Name", "Amt").
const minWrappedWords = 3

// headingRow reports whether a line's cells are a table's headings: more
// than a label and a text beside it, each of a few words ("N. Priimek in
// ime  Funkcija  Pris. Ods." twice over, under "Cognome e nome  Carica
// Pres. Ass."). The line under them is the table's first row, not their
// wrapped end.
func headingRow(cells [][]pdftext.Run) bool {
	return len(cells) > maxTextCells && !slices.ContainsFunc(cells, func(c []pdftext.Run) bool {
		return len(strings.Fields(pdftext.JoinRuns(c))) > maxHeadingCellWords
	})
}

// maxTextCells is how many cells a line of text in the other language
// holds at the most: its column beside Italian's, and a label.
const maxTextCells = 2

// maxHeadingCellWords is the most words a table's heading holds: "N.
// Priimek in ime".
const maxHeadingCellWords = 4

// isTranslation says whether column a is in the other language of
// column b, an Italian text: a South Tyrol act's body, read as b alone.
func isTranslation(a, b []pdftext.Line) bool {
	aForeign, aItalian := linesLanguageWords(a)
	if aForeign < minColumnWords || aForeign <= 2*aItalian {
		return false
	}
	bForeign, bItalian := linesLanguageWords(b)
	return bItalian >= minColumnWords && bItalian > 2*bForeign
}

// italianBeside reads a column in Italian beside its translation: the
// Italian column, and among it, where they stand, the lines of the
// translation's column that are not in the other language: those its
// stretch took in above (a subject's last line, a roll's last row) or
// below (a signature's "Letto, confermato e sottoscritto"), the Italian
// of a label ("Betreff / Oggetto"). The translation's own lines are
// left out, those its words do not tell too (they stand beside the
// Italian).
func italianBeside(translation, italian []pdftext.Line) []pdftext.Line {
	top, bottom := italian[0], italian[len(italian)-1]
	out := slices.Clone(italian)
	for _, l := range translation {
		l, ok, _ := italianPieces(l, splitCells(l), nil)
		if !ok {
			continue
		}
		beside := !above(l, top) && !above(bottom, l)
		if lang := languageOf(l.Text); lang == inForeign || beside && lang != inItalian {
			continue
		}
		out = append(out, l)
	}
	slices.SortStableFunc(out, func(a, b pdftext.Line) int {
		switch {
		case above(a, b):
			return -1
		case above(b, a):
			return 1
		}
		return cmp.Compare(a.X, b.X)
	})
	return out
}

// above reports whether line a stands above line b, on an earlier page
// or higher on the same.
func above(a, b pdftext.Line) bool {
	return a.Page < b.Page || a.Page == b.Page && a.Y > b.Y+sameBaseline
}

// sameBaseline is how far apart, in points, two baselines are on one
// line.
const sameBaseline = 1.0

// minBilingualLines is how many lines set a cell in the other language
// beside an Italian one on a bilingual page: its letterhead's two
// names, its two headings, a roll's two roles. A page of Italian that
// quotes a German firm's name has none.
const minBilingualLines = 2

// minStackedLines is how many lines in the other language alone, and
// in Italian alone, a page that sets the two one over the other holds at
// the least: a title's, a paragraph's. A page of Italian that quotes a
// German address has none.
const minStackedLines = 3

// foreignLetters are letters German, French and Slovene write and
// Italian does not; a bilingual page holds some.
const foreignLetters = "äöüßÄÖÜçÇêÊâÂîÎôÔûÛëËœčšžČŠŽ"

// mayBeForeign reports whether s writes a letter or an accent Italian
// does not: a page with none is spared telling its languages.
func mayBeForeign(s string) bool { return strings.ContainsAny(s, foreignLetters) || innerAcute(s) }

// innerAcute reports whether s holds a word with an acute or grave
// accent before its last letter, as French writes ("Région",
// "DÉTERMINATION") and Italian does not ("perché", "città").
func innerAcute(s string) bool {
	for i := 0; ; {
		k := strings.IndexAny(s[i:], "éèÉÈ")
		if k < 0 {
			return false
		}
		i += k
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(r) {
			return true
		}
	}
}

// withoutForeignParts is run r without the other language of a label or
// a name printed in both languages in it, parted by a slash, a dash or a
// dot ("Nr. / n.", "AREA TECNICA – BEREICH TECHNIK", "AVIS • AVVISO",
// "Abteilung 3 – Öffentliche Arbeiten / Ripartizione 3 – Lavori
// pubblici"): the parts from the first in Italian or neither to the
// last, those in the other language among them left out. ok is false
// where every part is in the other language.
func withoutForeignParts(r pdftext.Run) (pdftext.Run, bool) {
	if from, to := dotLeader(r.Text); from >= 0 {
		// "Syndic / Sindaco……présent / presente": a role and its mark,
		// each in two languages, joined by a leader: each side alone.
		role, mark := r, r
		role.Text, mark.Text = r.Text[:from], r.Text[to:]
		role, roleOK := withoutForeignParts(role)
		mark, markOK := withoutForeignParts(mark)
		switch {
		case !roleOK && !markOK:
			return r, false
		case !roleOK:
			return mark, true
		case !markOK:
			return role, true
		}
		out := r
		out.Text = role.Text + r.Text[from:to] + mark.Text
		return out, true
	}
	return withoutForeignLabel(r)
}

// dotLeader is where the first leader of dots in s begins and ends
// (three dots or more, or an ellipsis), with text on both sides; -1 for
// none.
func dotLeader(s string) (from, to int) {
	from = strings.Index(s, "...")
	if e := strings.Index(s, "…"); e >= 0 && (from < 0 || e < from) {
		from = e
	}
	if from <= 0 {
		return -1, -1
	}
	to = from
	for to < len(s) && (s[to] == '.' || strings.HasPrefix(s[to:], "…")) {
		if s[to] == '.' {
			to++
		} else {
			to += len("…")
		}
	}
	if strings.TrimSpace(s[to:]) == "" {
		return -1, -1
	}
	return from, to
}

// withoutForeignLabel is withoutForeignParts of a run with no leader.
func withoutForeignLabel(r pdftext.Run) (pdftext.Run, bool) {
	parts := bilingualParts(r.Text)
	if len(parts) < 2 {
		return r, true
	}
	foreign, value := foreignParts(r.Text, parts)
	var kept strings.Builder
	first, last := -1, -1
	// gap is the first part left out since the last kept: its separator
	// parts the kept ones around it ("Martin Pernter – Bürgermeister /
	// Sindaco": the name and the role, "–"; the slash parts the
	// languages).
	gap := -1
	for i, p := range parts {
		if foreign[i] {
			if first >= 0 && gap < 0 {
				gap = i
			}
			continue
		}
		if first < 0 {
			first = p.from
		} else {
			sep := p
			if gap >= 0 {
				sep = parts[gap]
			}
			kept.WriteString(r.Text[sep.sep:sep.from])
		}
		gap = -1
		kept.WriteString(r.Text[p.from:p.to])
		last = p.to
	}
	switch {
	case first < 0:
		return r, false
	case !slices.Contains(foreign, true):
		return r, true
	case value != "":
		kept.WriteString(" " + value)
		last = len(r.Text)
	}
	// The kept text stands where the run did, a label over its value
	// in a grid's cell, as wide as its share of the run's letters.
	out := r
	out.W = r.W * float64(utf8.RuneCountInString(r.Text[first:last])) / float64(utf8.RuneCountInString(r.Text))
	out.Text = strings.TrimSpace(kept.String())
	if last < len(r.Text) && strings.HasSuffix(r.Text, ")") && strings.Count(out.Text, "(") > strings.Count(out.Text, ")") {
		out.Text += ")" // "(Sindaca – županja)": the translation in the role's brackets
	}
	return out, true
}

// foreignParts says which parts of s, a label in two languages, are in
// the other language, and the value its last part prints after its own
// label where that label is in the other language: the value is both
// languages' ("Registro generale n. / Splošni vpisnik št. 61", "n. / št.
// 27": the Italian label's "61", "27"); "" for none.
func foreignParts(s string, parts []bilingualPart) (foreign []bool, value string) {
	end := parts[len(parts)-1]
	if v := strings.IndexFunc(s[end.from:end.to], unicode.IsDigit); v > 0 && labelValue(s[end.from+v:end.to]) {
		value = s[end.from+v : end.to]
	}
	text := func(i int) string {
		if i < len(parts)-1 || value == "" {
			return s[parts[i].from:parts[i].to]
		}
		return strings.TrimSpace(s[end.from : end.to-len(value)])
	}
	foreign = foreignAmong(len(parts), text, false)
	if !foreign[len(parts)-1] {
		value = ""
	}
	return foreign, value
}

// labelValue reports whether s is a number ("61", "3/2026") or a date
// ("10.04.2026"), the value of a label in two languages (not a
// telephone's "0165 763763").
func labelValue(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, " \t") {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	for _, p := range parts {
		if strings.TrimLeft(p, "0123456789") != "" {
			return false
		}
	}
	switch len(parts) {
	case 1:
		return len(parts[0]) <= 7 && len(parts[0]) == len(s)
	case 2:
		return len(parts[0]) <= 7 && len(parts[1]) == 4 && strings.Count(s, "/") == 1 // "3/2026"
	case 3:
		return len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) >= 2 && len(parts[2]) <= 4
	}
	return false
}

// foreignAmong says which of n texts set side by side, the ith text(i),
// are in the other language: those languageOf says are, and next to an
// Italian one, its translation, those with more of its words than
// Italian ones ("ENTSCHEIDUNG DES ABTEILUNGSDIREKTORS" beside
// "DETERMINAZIONE DEL DIRETTORE", "AREA TECNICA – BEREICH TECHNIK").
// Where the texts are a line's cells (cells), a cell told only by the
// letters of its capitalised words is a name, not a translation
// ("Höller Elisabeth" beside "Sindaco").
func foreignAmong(n int, text func(int) string, cells bool) []bool {
	type told struct{ foreign, italian int } // each text's words of either language
	texts, words := make([]string, n), make([]told, n)
	foreign := make([]bool, n)
	for i := range n {
		texts[i] = text(i)
		f, it, all := languageWords(texts[i])
		words[i] = told{f, it}
		foreign[i] = languageFrom(texts[i], f, it, all) == inForeign
	}
	italianAt := func(i int) bool { return i >= 0 && i < n && words[i].italian > words[i].foreign }
	for i := range n {
		if words[i].foreign > words[i].italian && (italianAt(i-1) || italianAt(i+1)) && !(cells && namedOnly(texts[i])) {
			foreign[i] = true
		}
	}
	// A text holding a figure the Italian beside it does not print, or
	// with Italian words of its own, is the act's for both languages
	// ("Nr. 57 vom – del 26.11.2024").
	var others strings.Builder
	for i := range n {
		if !foreign[i] {
			others.WriteString(texts[i])
			others.WriteByte(' ')
		}
	}
	for i := range n {
		if foreign[i] && (others.Len() > 0 || words[i].italian > 0) && !figuresAmong(texts[i], others.String()) {
			foreign[i] = false
		}
	}
	return foreign
}

// namedOnly reports whether the only words of s that tell another
// language are capitalised words told by their letters alone ("Zöggeler
// Peter"), as a name is in either language.
func namedOnly(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		lower := strings.ToLower(w)
		if !isForeignWord(w, lower) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !strings.ContainsAny(w, foreignLetters) {
			return false
		}
		if _, listed := slices.BinarySearch(foreignWords, lower); listed || foreignByForm(lower) {
			return false
		}
	}
	return true
}

// figuresAmong says whether every figure s prints is printed in others
// too.
func figuresAmong(s, others string) bool {
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return r < '0' || r > '9' }) {
		if !strings.Contains(others, f) {
			return false
		}
	}
	return true
}

// bilingualPart is a part of a run's text between the separators of a
// label printed in two languages: from..to is its text, sep where the
// separator before it begins (from for the first part).
type bilingualPart struct{ sep, from, to int }

// bilingualSeparators part a label's two languages, a space each side.
var bilingualSeparators = []string{"/", "-", "|", "–", "·", "•"}

// bilingualParts parts s at bilingualSeparators, and at a slash between
// two words of three letters or more ("Gemeinderat/Consigliere").
func bilingualParts(s string) []bilingualPart {
	var parts []bilingualPart
	sep, from := 0, 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '/' && wordAround(s, i) {
			parts = append(parts, bilingualPart{sep, from, i})
			sep, from = i, i+1
			continue
		}
		if s[i] != ' ' {
			continue
		}
		width := 0
		for _, b := range bilingualSeparators {
			if strings.HasPrefix(s[i+1:], b) {
				width = len(b)
				break
			}
		}
		if width == 0 || i+1+width >= len(s) || s[i+1+width] != ' ' {
			continue
		}
		parts = append(parts, bilingualPart{sep, from, i})
		sep, from = i, i+width+2
		i = from - 1
	}
	if parts == nil {
		return nil
	}
	return append(parts, bilingualPart{sep, from, len(s)})
}

// wordAround reports whether the byte at i of s stands between two
// words of three letters or more, with no space.
func wordAround(s string, i int) bool {
	before, after := 0, 0
	for _, r := range s[i+1:] {
		if !unicode.IsLetter(r) {
			break
		}
		after++
	}
	for k := i; k > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		before++
		k -= size
	}
	return before >= 3 && after >= 3
}

// Languages languageOf tells.
const (
	inNeither = iota // names, figures, too few words to tell
	inForeign        // German, French or Slovene
	inItalian
)

// languageOf says in which language s is written, by its words: the
// other language where more of them are its than Italian, at least two
// or all of them ("Nr.", "VERFÜGT", "Stadtrat"); Italian where more are
// Italian.
func languageOf(s string) int {
	foreign, italian, words := languageWords(s)
	return languageFrom(s, foreign, italian, words)
}

// languageFrom is languageOf of s, whose words languageWords counted.
func languageFrom(s string, foreign, italian, words int) int {
	if foreignMunicipality(s) {
		return inForeign
	}
	if frenchBodyName(s) {
		return inNeither // the body's own name, in both languages
	}
	switch {
	case foreign > italian && (foreign >= 2 || foreign == words):
		return inForeign
	case italian > foreign:
		return inItalian
	}
	return inNeither
}

// foreignMunicipality reports whether s names a municipality in the
// other language, as a bilingual letterhead prints it beside or under
// its Italian name: "GEMEINDE KLAUSEN", "MARKTGEMEINDE NEUMARKT",
// "COMMUNE DE NUS", "OBČINA DOLINA", Friulian's "Comun di Forgjarie tal
// Friûl", Ladin's "Chemun de Badia".
func foreignMunicipality(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	first = strings.ToLower(first)
	return strings.HasSuffix(first, "gemeinde") || first == "commune" || first == "občina" || first == "comun" || first == "chemun"
}

// frenchBodyName reports whether s names one of Valle d'Aosta's unions
// of municipalities, whose name is French in Italian too ("Unité des
// Communes valdôtaines Mont-Rose").
func frenchBodyName(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "unité des communes") || strings.HasPrefix(s, "unite des communes")
}

// languageWords counts s's words, those of another language and the
// Italian ones; not those of a name in quotes, which keeps its own
// language in an Italian line ("ALL'ASSOCIAZIONE CULTURALE "LES AMIS DU
// CHÂTEAU"").
func languageWords(s string) (foreign, italian, words int) {
	for w := range strings.FieldsFuncSeq(withoutQuoted(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		lower := strings.ToLower(w)
		if lower == "vice" {
			continue // a prefix of either language's titles: "Vice-syndic", "Vice Sindaco"
		}
		words++
		switch {
		case isForeignWord(w, lower):
			foreign++
		case isItalianWord(lower):
			italian++
		}
	}
	return foreign, italian, words
}

// withoutQuoted is s without the text between quotes: a pair of straight
// double quotes, “…” or «…». An unclosed quote leaves the rest as it is.
func withoutQuoted(s string) string {
	if !strings.ContainsAny(s, `"“«`) {
		return s
	}
	var b strings.Builder
	for {
		open := strings.IndexAny(s, `"“«`)
		if open < 0 {
			break
		}
		r, size := utf8.DecodeRuneInString(s[open:])
		closing := closingQuote(r)
		end := strings.Index(s[open+size:], closing)
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		b.WriteByte(' ')
		s = s[open+size+end+len(closing):]
	}
	b.WriteString(s)
	return b.String()
}

// closingQuote is the quote that closes the one open opens.
func closingQuote(open rune) string {
	switch open {
	case '“':
		return "”"
	case '«':
		return "»"
	}
	return `"`
}

// isForeignWord says whether w, lower in small letters, is a word of
// German, French or Slovene that Italian does not write: one in small
// letters with a letter of theirs, or an accent within it ("Région";
// Italian's stand on a word's last letter, "perché"), a small word or a
// heading's, a label's, an office's or a roll's, or a word with one of
// their endings or stems ("Interruption", "Mitteilung",
// "Gemeindereferent").
func isForeignWord(w, lower string) bool {
	// A surname in capitals may be written in either language
	// ("ŽERJAL Tanja" in an Italian roll): its letters tell only in a
	// word in small letters.
	if w != strings.ToUpper(w) {
		if strings.ContainsAny(w, foreignLetters) {
			return true
		}
		if i := strings.IndexAny(lower, "éè"); i >= 0 && i+len("é") < len(lower) {
			return true
		}
	}
	if _, found := slices.BinarySearch(foreignWords, lower); found {
		return true
	}
	return foreignByForm(lower)
}

// foreignByForm says whether lower, a word in small letters, has an
// ending or a stem of German or French.
func foreignByForm(lower string) bool {
	if utf8.RuneCountInString(lower) < minEndingWord {
		return false
	}
	for _, end := range foreignEndings {
		if strings.HasSuffix(lower, end) {
			return true
		}
	}
	for _, stem := range foreignStems {
		if strings.Contains(lower, stem) {
			return true
		}
	}
	return false
}

// minEndingWord is how long a word is, in letters, for its ending to
// tell its language.
const minEndingWord = 6

// isItalianWord says whether w, in small letters, is an Italian function
// word or a label's or a heading's word.
func isItalianWord(w string) bool {
	_, found := slices.BinarySearch(italianWords, w)
	return found
}

// foreignWords and italianWords are sorted, for isForeignWord and
// isItalianWord; foreignEndings end German and French words, never
// Italian ones.
var (
	foreignWords = []string{
		"absent", "absents", "abteilung", "abw", "abwesend", "akt", "am", "amt", "an", "anw", "anwesend", "april",
		"arrête", "au", "auf", "august", "aus", "autonome", "aux", "avec", "avis", "avril", "bei",
		"bereich", "beschließt", "beschluss", "betreff", "bezirksgemeinschaft", "communal", "communale",
		"commune", "conseil", "conseiller", "conseillers", "dans", "das", "dass", "datum", "dem", "den",
		"der", "des", "deutsch", "dezember", "die", "dne", "du", "décide", "décret", "délibère",
		"délibération", "détermination", "détermine", "ein", "eine", "einer", "eines", "en",
		"entschuldigt", "est", "et", "februar", "finančno", "français", "funkcija", "für", "gegenstand",
		"gemeinderat", "generalsekretär", "général", "générale", "im", "ime", "ist", "januar", "janvier",
		"javna", "javno", "je", "juillet", "juin", "juli", "juni", "ki", "kopija", "les", "mars", "mit",
		"mitglied", "mitglieder", "nach", "name", "nicht", "nr", "ob", "objet", "obvestilo", "občina", "octobre",
		"odbornica", "odbornik", "oddelek", "oder", "odgovornega", "odgovorni", "odločba", "odločbe",
		"odsoten", "odsotna", "odsotni", "oktober", "ordonnance", "ordonne", "področja", "področje",
		"pour", "predlog", "predmet", "pri", "priimek", "prisoten", "prisotna", "prisotni", "provinz",
		"präsident", "präsidentin", "présent", "présents", "président", "présidente", "public", "publique", "qu", "qui",
		"redno", "referent", "referentin", "registre", "région", "secteur", "seja", "sekretär",
		"septembre", "service", "sind", "sitzung", "sklene", "sklep", "sklepa", "služba", "so", "sont",
		"sowie", "stadtrat", "svet", "svetnica", "svetnice", "svetnik", "svetniki", "syndic", "syndics",
		"tajnica", "tajnik", "tehnični", "tehnično", "ter", "uhr", "und", "une", "uprava", "upravno",
		"ura", "urad", "verfügt", "vizepräsident", "vom", "von", "werden", "wird", "wurde", "wurden",
		"zapisnik", "zasedanje", "zu", "zum", "zur", "à", "št", "župan", "županja",
	}
	foreignEndings = []string{"amt", "ung", "ungen", "heit", "keit", "lich", "igt", "tion", "tions", "eau", "eaux", "ment", "ments", "ique", "eur", "eurs"}
	// foreignStems stand anywhere in German compounds, never in Italian
	// words: "Gemeindereferentin", "GEMEINDEAUSSCHUSSES", "Bezirksrat";
	// and in Slovene roles: "Predsednik", "Podpredsednica".
	foreignStems = []string{"gemeinde", "ausschuss", "schaft", "bürgermeister", "südtirol", "občin", "bezirk", "predsedn"}
	italianWords = []string{
		"agli", "agosto", "ai", "al", "all", "alla", "alle", "allo", "aprile", "area", "assente",
		"assessore", "atto", "avviso", "che", "città", "comune", "con", "consiglio", "da", "dai", "dal",
		"dall", "dalla", "data", "degli", "dei", "del", "deliberazione", "dell", "della", "delle",
		"dello", "determina", "determinazione", "di", "dicembre", "e", "ed", "febbraio", "generale",
		"gennaio", "giugno", "giunta", "gli", "il", "italiano", "lo", "luglio", "maggio", "marzo", "n",
		"nei", "nel", "nell", "nella", "nelle", "oggetto", "ore", "ottobre", "per", "presente",
		"provincia", "registro", "ripartizione", "seduta", "segretario", "servizio", "settembre",
		"sindaco", "sono", "sull", "ufficio", "un", "una", "uno", "è",
	}
)
