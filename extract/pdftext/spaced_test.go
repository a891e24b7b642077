package pdftext

import (
	"strings"
	"testing"
)

// TestCloseSpacedLetters: words typed letter by letter are closed up, the
// spaces between them kept; running text is left as it is.
func TestCloseSpacedLetters(t *testing.T) {
	tests := []struct{ in, want string }{
		{"D E T E R M I N A Z I O N E   D I R I G E N Z I A L E", "DETERMINAZIONE  DIRIGENZIALE"},
		{"C O M U N E  D I  V I L L A F R A N C A", "COMUNE  DI  VILLAFRANCA"},
		{"I L   D I R I G E N T E", "IL  DIRIGENTE"}, // a two-letter word beside a closed one
		{"D E L I B E R A", "DELIBERA"},
		{"C O M U N E \u00a0 D I \u00a0 T R E I A", "COMUNE  DI  TREIA"},                   // no-break spaces between the words
		{"C O M U N E   D I   C A S T E L   D ’ A I A N O", "COMUNE  DI  CASTEL  D’AIANO"}, // an apostrophe set apart as the letters are
		{"C I T T À   D I   S A N T ' O N O F R I O", "CITTÀ  DI  SANT'ONOFRIO"},
		{"C I T T À", "CITTÀ"},
		{"O G G E T T O :", "OGGETTO :"},
		{"O G G E T T O: Lavori di ripristino", "OGGETTO: Lavori di ripristino"},
		{"O G G E T T O : Lavori di ripristino", "OGGETTO : Lavori di ripristino"},
		{"D E C R E T A   N.  12", "DECRETA  N.  12"},
		// running text: one-letter words are never four in a row
		{"visto il D.Lgs. n. 267 e a tal fine", "visto il D.Lgs. n. 267 e a tal fine"},
		{"P A", "P A"}, // a table's marks, alone
		{"lettere a, b e c", "lettere a, b e c"},
		{"1 2 3 4 5", "1 2 3 4 5"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := closeSpacedLetters(tt.in); got != tt.want {
			t.Errorf("closeSpacedLetters(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestJoinRunsClosesSpacedLetters: a line's text reads a heading typed
// letter by letter as its words.
func TestJoinRunsClosesSpacedLetters(t *testing.T) {
	tests := []struct {
		name string
		runs []Run
		want string
	}{
		{"one run", []Run{
			{X: 100, Y: 700, W: 200, Size: 12, Text: "D E T E R M I N A Z I O N E   D E L   S I N D A C O"},
			{X: 400, Y: 700, W: 40, Size: 12, Text: "N. 12"},
		}, "DETERMINAZIONE DEL SINDACO N. 12"},
		// a column's padding parts the words into runs: the short one
		// is closed up with the others
		{"a run a word", []Run{
			{X: 100, Y: 700, W: 80, Size: 13, Text: "D E C R E T O"},
			{X: 200, Y: 700, W: 30, Size: 13, Text: "D E L"},
			{X: 250, Y: 700, W: 120, Size: 13, Text: "P R E S I D E N T E"},
		}, "DECRETO DEL PRESIDENTE"},
		{"two letters alone", []Run{
			{X: 100, Y: 700, W: 60, Size: 8, Text: "C O M U N E"},
			{X: 170, Y: 700, W: 15, Size: 8, Text: "D I"},
			{X: 195, Y: 700, W: 90, Size: 8, Text: "P O N T E C O R V O"},
		}, "COMUNE DI PONTECORVO"},
		// no word of the line typed letter by letter: single letters stay
		{"initials in ordinary text", []Run{
			{X: 100, Y: 700, W: 80, Size: 11, Text: "Allegati"},
			{X: 200, Y: 700, W: 20, Size: 11, Text: "A B"},
		}, "Allegati A B"},
	}
	for _, tt := range tests {
		if got := JoinRuns(tt.runs); got != tt.want {
			t.Errorf("%s: JoinRuns = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// FuzzCloseSpacedLetters: closing up letters only ever drops or changes
// white space, and the text it gives is closed up already.
func FuzzCloseSpacedLetters(f *testing.F) {
	f.Add("D E T E R M I N A Z I O N E   D I R I G E N Z I A L E")
	f.Add("O G G E T T O: Lavori")
	f.Add("I L   D I R I G E N T E")
	f.Fuzz(func(t *testing.T, s string) {
		got := closeSpacedLetters(s)
		if unspaced := func(s string) string { return strings.Join(strings.Fields(s), "") }; unspaced(got) != unspaced(s) {
			t.Fatalf("%q became %q: more than spaces changed", s, got)
		}
		if again := closeSpacedLetters(got); again != got {
			t.Errorf("%q closed up %q, then %q", s, got, again)
		}
	})
}

// TestJoinRunsWordGaps: two runs are two words from an eighth of an em
// apart, as a justified line of Chromium's may close a space ("FORMA" |
// "ASSOCIATA" 0.14 em apart); a kern or a glyph drawn on its own touches.
func TestJoinRunsWordGaps(t *testing.T) {
	tests := []struct {
		name string
		gap  float64 // in ems
		want string
	}{
		{"a justified line's narrowed space", 0.14, "FORMA ASSOCIATA"},
		{"a space", 0.25, "FORMA ASSOCIATA"},
		{"a kern", -0.07, "FORMAASSOCIATA"},
		{"glyphs drawn apart inside a word", 0.05, "FORMAASSOCIATA"},
	}
	for _, tt := range tests {
		const size = 12
		runs := []Run{
			{X: 100, Y: 700, W: 50, Size: size, Text: "FORMA"},
			{X: 150 + tt.gap*size, Y: 700, W: 60, Size: size, Text: "ASSOCIATA"},
		}
		if got := JoinRuns(runs); got != tt.want {
			t.Errorf("%s: JoinRuns = %q, want %q", tt.name, got, tt.want)
		}
	}
}
