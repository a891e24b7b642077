package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// The German beside the Italian of a bilingual page.
//
// South Tyrol's municipalities print every act in German and Italian:
// the letterhead's two names side by side ("MARKTGEMEINDE NEUMARKT" |
// "COMUNE DI EGNA"), headings and register lines one beside the other,
// the body in two columns, a roll's roles in both languages, labels
// that name a field twice ("Nr. / n.", "Sitzung vom / Seduta del"). The
// act albo reads is the Italian one: on a page that sets German beside
// Italian, the German is left out, cell by cell and label by label, so
// that what is left reads as an Italian act does.

// withoutGerman returns a page's lines with the German left out where
// the page sets German beside Italian; the lines as they are otherwise
// (most pages: no line holds a German letter).
func withoutGerman(lines []pdftext.Line) []pdftext.Line {
	if !slices.ContainsFunc(lines, func(l pdftext.Line) bool { return strings.ContainsAny(l.Text, germanLetters) }) {
		return lines
	}
	pieces := make([][][]pdftext.Run, len(lines))
	side := 0 // lines with a German piece beside an Italian one
	for i, l := range lines {
		pieces[i] = splitCells(l)
		if len(pieces[i]) < 2 {
			continue
		}
		german := germanAmong(len(pieces[i]), func(k int) string { return pdftext.JoinRuns(pieces[i][k]) })
		italian := slices.ContainsFunc(pieces[i], func(p []pdftext.Run) bool { return languageOf(pdftext.JoinRuns(p)) == inItalian })
		if italian && slices.Contains(german, true) {
			side++
		}
	}
	if side < minBilingualLines {
		return lines
	}
	out := make([]pdftext.Line, 0, len(lines))
	for i, l := range lines {
		if l, ok := italianPieces(l, pieces[i]); ok {
			out = append(out, l)
		}
	}
	return out
}

// italianPieces is line l, whose cells are pieces, without its German
// cells and the German of its labels; ok is false where nothing is left.
func italianPieces(l pdftext.Line, pieces [][]pdftext.Run) (pdftext.Line, bool) {
	cut := make([][]pdftext.Run, 0, len(pieces))
	for _, p := range pieces {
		var kept []pdftext.Run
		for _, r := range p {
			if r, ok := withoutGermanParts(r); ok {
				kept = append(kept, r)
			}
		}
		if len(kept) > 0 {
			cut = append(cut, kept)
		}
	}
	var runs []pdftext.Run
	for _, p := range withoutGermanPieces(cut) {
		runs = append(runs, p...)
	}
	switch {
	case len(runs) == 0:
		return l, false
	case slices.Equal(runs, l.Runs):
		return l, true
	}
	return pdftext.NewLine(l.Page, runs), true
}

// isTranslation says whether column a is the German of column b, an
// Italian text: a South Tyrol act's body, read as b alone.
func isTranslation(a, b []pdftext.Line) bool {
	var aGerman, aItalian, bGerman, bItalian int
	for _, l := range a {
		g, it, _ := languageWords(l.Text)
		aGerman, aItalian = aGerman+g, aItalian+it
	}
	if aGerman < minColumnWords || aGerman <= 2*aItalian {
		return false
	}
	for _, l := range b {
		g, it, _ := languageWords(l.Text)
		bGerman, bItalian = bGerman+g, bItalian+it
	}
	return bItalian >= minColumnWords && bItalian > 2*bGerman
}

// italianOnly is a German column's lines without their German: the
// lines its stretch took in above it (a subject's last line, a roll's
// last row), and the Italian left of its German (a label, "Betreff /
// Oggetto").
func italianOnly(lines []pdftext.Line) []pdftext.Line {
	var out []pdftext.Line
	german := false
	for _, l := range lines {
		l, ok := italianPieces(l, splitCells(l))
		switch {
		case !ok:
		case languageOf(l.Text) == inItalian:
			out = append(out, l)
		case !german:
			out = append(out, l)
		}
		german = german || !ok || languageOf(l.Text) == inGerman
	}
	return out
}

// minBilingualLines is how many lines set a German cell beside an
// Italian one on a bilingual page: its letterhead's two names, its two
// headings, a roll's two roles. A page of Italian that quotes a German
// firm's name has none.
const minBilingualLines = 2

// germanLetters are the letters German writes and Italian does not.
const germanLetters = "äöüßÄÖÜ"

// withoutGermanParts is run r without the German of a label or a name
// printed in both languages in it, parted by a slash or a dash ("Nr. /
// n.", "AREA TECNICA – BEREICH TECHNIK", "Abteilung 3 – Öffentliche
// Arbeiten / Ripartizione 3 – Lavori pubblici"): the parts from the
// first not in German to the last, the German among them left out. ok
// is false where every part is German.
func withoutGermanParts(r pdftext.Run) (pdftext.Run, bool) {
	parts := bilingualParts(r.Text)
	if len(parts) < 2 {
		return r, true
	}
	german := germanAmong(len(parts), func(i int) string { return r.Text[parts[i].from:parts[i].to] })
	var kept strings.Builder
	first, last := -1, -1
	for i, p := range parts {
		if german[i] {
			continue
		}
		if first < 0 {
			first = p.from
		} else {
			kept.WriteString(r.Text[p.sep:p.from])
		}
		kept.WriteString(r.Text[p.from:p.to])
		last = p.to
	}
	switch {
	case first < 0:
		return r, false
	case !slices.Contains(german, true):
		return r, true
	}
	// The kept text stands where the run did, a label over its value
	// in a grid's cell, as wide as its share of the run's letters.
	out := r
	out.W = r.W * float64(utf8.RuneCountInString(r.Text[first:last])) / float64(utf8.RuneCountInString(r.Text))
	out.Text = strings.TrimSpace(kept.String())
	return out, true
}

// withoutGermanPieces is a line's cells without those in German
// (germanAmong).
func withoutGermanPieces(pieces [][]pdftext.Run) [][]pdftext.Run {
	german := germanAmong(len(pieces), func(i int) string { return pdftext.JoinRuns(pieces[i]) })
	if !slices.Contains(german, true) {
		return pieces
	}
	var kept [][]pdftext.Run
	for i, p := range pieces {
		if !german[i] {
			kept = append(kept, p)
		}
	}
	return kept
}

// germanAmong says which of n texts set side by side, the ith text(i),
// are German: those languageOf says are, and next to an Italian one,
// its translation, those with more German words than Italian
// ("ENTSCHEIDUNG DES ABTEILUNGSDIREKTORS" beside "DETERMINAZIONE DEL
// DIRETTORE", "AREA TECNICA – BEREICH TECHNIK").
func germanAmong(n int, text func(int) string) []bool {
	german := make([]bool, n)
	leaning := make([]bool, n)
	italian := make([]bool, n)
	mixed := make([]bool, n) // holding Italian words too
	for i := range n {
		g, it, words := languageWords(text(i))
		german[i] = g > it && (g >= 2 || g == words)
		leaning[i] = g > it
		italian[i] = it > g
		mixed[i] = it > 0
	}
	for i := range n {
		if leaning[i] && (i > 0 && italian[i-1] || i+1 < n && italian[i+1]) {
			german[i] = true
		}
	}
	// A German text holding a figure the Italian beside it does not
	// print, or with Italian words of its own, is the act's for both
	// languages ("Nr. 57 vom – del 26.11.2024").
	var others strings.Builder
	for i := range n {
		if !german[i] {
			others.WriteString(text(i))
			others.WriteByte(' ')
		}
	}
	for i := range n {
		if german[i] && (others.Len() > 0 || mixed[i]) && !figuresAmong(text(i), others.String()) {
			german[i] = false
		}
	}
	return german
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

// bilingualParts parts s at " / ", " – ", " - " and " | ".
func bilingualParts(s string) []bilingualPart {
	var parts []bilingualPart
	sep, from := 0, 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		width := 0
		switch {
		case s[i+1] == '/' || s[i+1] == '-' || s[i+1] == '|':
			width = 1
		case strings.HasPrefix(s[i+1:], "–"):
			width = len("–")
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

// Languages languageOf tells.
const (
	inNeither = iota // names, figures, too few words to tell
	inGerman
	inItalian
)

// languageOf says in which language s is written, by its words: German
// where more of them are German than Italian, at least two or all of
// them ("Nr.", "VERFÜGT", "Stadtrat"); Italian where more are Italian.
func languageOf(s string) int {
	german, italian, words := languageWords(s)
	switch {
	case german > italian && (german >= 2 || german == words):
		return inGerman
	case italian > german:
		return inItalian
	}
	return inNeither
}

// languageWords counts s's words, its German words and its Italian ones.
func languageWords(s string) (german, italian, words int) {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		lower := strings.ToLower(w)
		switch {
		case strings.ContainsAny(w, germanLetters) || isGermanWord(lower):
			german++
		case isItalianWord(lower):
			italian++
		}
	}
	return german, italian, words
}

// isGermanWord says whether w, in small letters, is a German word of an
// act's that Italian does not write: function words, a heading's or a
// label's, an office's or a roll's.
func isGermanWord(w string) bool {
	_, found := slices.BinarySearch(germanWords, w)
	return found || strings.HasSuffix(w, "gemeinde")
}

// isItalianWord says whether w, in small letters, is an Italian function
// word or a label's or a heading's word.
func isItalianWord(w string) bool {
	_, found := slices.BinarySearch(italianWords, w)
	return found
}

// germanWords and italianWords are sorted, for isGermanWord and
// isItalianWord.
var (
	germanWords = []string{
		"abteilung", "akt", "am", "amt", "an", "anwesend", "auf", "aus", "autonome", "bei", "bereich",
		"beschluss", "betreff", "das", "dass", "datum", "dem", "den", "der", "des", "deutsch", "die",
		"ein", "eine", "einer", "eines", "entschuldigt", "gegenstand", "gemeinderat", "im", "ist", "mit",
		"nach", "nicht", "nr", "oder", "provinz", "referent", "referentin", "sind", "sitzung", "sowie",
		"stadtrat", "uhr", "und", "vom", "von", "werden", "wird", "wurde", "wurden", "zu", "zum", "zur",
	}
	italianWords = []string{
		"agli", "ai", "al", "alla", "alle", "allo", "area", "assente", "assessore", "atto", "che",
		"città", "comune", "con", "consiglio", "da", "dai", "dal", "dalla", "data", "degli", "dei",
		"del", "deliberazione", "della", "delle", "dello", "determina", "determinazione", "di", "e",
		"ed", "giunta", "gli", "il", "italiano", "la", "le", "lo", "n", "nei", "nel", "nella", "nelle",
		"oggetto", "ore", "per", "presente", "provincia", "ripartizione", "seduta", "segretario",
		"servizio", "sindaco", "sono", "ufficio", "un", "una", "uno", "è",
	}
)
