package regexp

import (
	std "regexp"
	"slices"
	"strings"
	"testing"
)

// TestFirstBytes checks the bytes a match is said to begin with: every
// case of each folded letter (the Kelvin sign's and the long s's leading
// bytes too), the leading bytes of runes past ASCII, assertions passed
// over; and no set where it would not narrow the positions or could skip
// a match (an empty match, any rune, U+FFFD, which invalid bytes read
// as; a literal prefix, which the matchers find faster).
func TestFirstBytes(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want string // the set's bytes in order; "" for no set
	}{
		{`(?i)\b(deliberazione|determinazione|decreto)\s+n\.`, "Dd"},
		{`(?i)k`, "Kk\xe2"},
		{`(?i)s`, "Ss\xc5"},
		{`\bpresent[ei]`, "p"},
		{`(?:^|\s)n\b`, "\t\n\f\r n"},
		{`é|è`, "\xc3"},
		{`[\x{10000}-\x{10FFFF}]`, "\xf0\xf1\xf2\xf3\xf4"},
		{`[a-c\x{D7FF}-\x{E000}]`, "abc\xed\xee"},
		{`\d+/\d{4}`, "0123456789"},
		{`x*`, ""},
		{`\b`, ""},
		{`.`, ""},
		{`(?s).`, ""},
		{`\x{FFFD}`, ""},
		{`[^a-z]`, ""},
		{`presente`, ""}, // a literal prefix
		{`^ab`, ""},      // anchored
	} {
		set := MustCompile(tc.expr).first
		var got []byte
		if set != nil {
			for b, in := range set {
				if in {
					got = append(got, byte(b))
				}
			}
		}
		if string(got) != tc.want {
			t.Errorf("%q: first bytes %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// firstBytePatterns are patterns whose matches the skip to their first
// bytes must not move, beside dfaPatterns.
var firstBytePatterns = []string{
	`(?i)\b(deliberazione|determinazione|decreto\s+sindacale)\s+n\.\s*(\d+)`,
	`\bn\.`,
	`[\x{100}-\x{10FFFF}]x`,
	`(?i)ſ`,
	`[à-ù]+`,
	`\d+/\d{4}`,
	`(?i)\b(?:presente|assente)\b`,
	`\B[a-z]`,
}

// firstByteTexts are texts with the patterns' first bytes in and out of
// place, beside dfaTexts: after invalid bytes, inside and after runes
// past ASCII, at the ends.
var firstByteTexts = []string{
	"a\xc3b décret Decreto sindacale n. 4 e deliberazione N.5",
	"\xe2\x82x \xf0\x9f\x98x ñx",
	"vista la DETERMINAZIONE n.12 del 3/2028, il decreto sindacale\nn. 7",
	"ſ S s \u212a",
	"àèìòù AEIOU",
	"n.n. n",
	strings.Repeat("premesso che ", 300) + "Deliberazione n. 9",
}

// TestFirstByteSkipAgrees compares every match, with its groups, that
// the backtracker and the NFA find, in strings and bytes, with Go's
// regexp's.
func TestFirstByteSkipAgrees(t *testing.T) {
	patterns := slices.Concat(dfaPatterns, firstBytePatterns)
	texts := slices.Concat(dfaTexts, firstByteTexts)
	for _, expr := range patterns {
		want := std.MustCompile(expr)
		backtracker := matchersAlone(MustCompile(expr))
		nfa := matchersAlone(MustCompile(expr))
		nfa.maxBitStateLen = 0
		for _, text := range texts {
			wantIdx := want.FindAllStringSubmatchIndex(text, -1)
			for name, re := range map[string]*Regexp{"backtracker": backtracker, "NFA": nfa} {
				if got := re.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, wantIdx, slices.Equal) {
					t.Errorf("%s %q in %q: %v, regexp says %v", name, expr, text, got, wantIdx)
				}
				if got := re.FindAllSubmatchIndex([]byte(text), -1); !slices.EqualFunc(got, wantIdx, slices.Equal) {
					t.Errorf("%s %q in bytes %q: %v, regexp says %v", name, expr, text, got, wantIdx)
				}
			}
			if got, want := nfa.FindReaderIndex(strings.NewReader(text)), want.FindReaderIndex(strings.NewReader(text)); !slices.Equal(got, want) {
				t.Errorf("reader %q in %q: %v, regexp says %v", expr, text, got, want)
			}
		}
	}
}
