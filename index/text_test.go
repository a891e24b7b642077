package index

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normaliseByStrings is normalise as it was first written, folding and
// lowercasing the whole text as strings: the reference the one-pass
// normalise must equal on every input.
func normaliseByStrings(s string) string {
	s = string(folder.Filter([]byte(norm.NFKC.String(s))))
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

func TestNormalise(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Città della Memoria", "citta della memoria"},
		{"  «Piano» – l’efficienza, 2020/21 ", "piano l efficienza 2020 21"},
		{"ﬁnanza ÆQUITAS œuvre", "finanza aequitas oeuvre"},
		{"caffe\u0301 PERCHÉ", "caffe perche"},
		{"ＡＢＣ１２３", "abc123"},
		{"Straße İstanbul", "strasse istanbul"},
		{"a\xffb\u200bc", "a b c"},
	} {
		if got := normalise(tc.in); got != tc.want {
			t.Errorf("normalise(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if ref := normaliseByStrings(tc.in); ref != tc.want {
			t.Errorf("reference normalise(%q) = %q, want %q", tc.in, ref, tc.want)
		}
	}
}

// TestNormaliseGoldTexts checks normalise against its reference on every
// objective title, directorate and annex record of the gold acts.
func TestNormaliseGoldTexts(t *testing.T) {
	n := 0
	check := func(name, s string) {
		n++
		if got, want := normalise(s), normaliseByStrings(s); got != want {
			t.Errorf("%s: normalise(%q) = %q, the reference %q", name, s, got, want)
		}
	}
	for _, name := range goldActs {
		_, res := loadGold(t, name)
		for _, d := range res.Plan.Directorates {
			check(name, d.Directorate)
			for _, o := range d.Objectives {
				check(name, o.Text)
			}
		}
		for _, c := range res.Changes {
			check(name, c.Text)
		}
	}
	if n == 0 {
		t.Fatal("no objective titles in the gold plans")
	}
}

// FuzzNormalise holds normalise to its reference on any input.
func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"Città", "ﬁ’«»", "e\u0301\u0300", "\xff\xfe", "Ǆ ǅ ǆ", "ΣΑΣ", "İı", "①½™"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalise(s), normaliseByStrings(s); got != want {
			t.Fatalf("normalise(%q) = %q, the reference %q", s, got, want)
		}
	})
}
