package extract

import (
	"bytes"
	"strings"
	"testing"
)

// heldByFolding is what a wordSet must answer: whether s, folded, holds
// one of words, true when s cannot be folded; each word looked for in
// turn.
func heldByFolding(s string, words []string) bool {
	folded, ok := foldASCII(nil, s)
	if !ok {
		return true
	}
	for _, w := range words {
		fw, _ := foldASCII(nil, w)
		if bytes.Contains(folded, fw) {
			return true
		}
	}
	return false
}

func TestWordSet(t *testing.T) {
	many := []string{"present", "assent", "remot", "collega", "videoconf", "giust", "ass.", "ass ", "pres"}
	tests := []struct {
		name  string
		words []string
		text  string
		want  bool
	}{
		{"one word, found", []string{"sindac"}, "IL SINDACO", true},
		{"one word, absent", []string{"sindac"}, "il segretario", false},
		{"many, in capitals", many, "ASSENTE", true},
		{"many, at the end", many, "Rossi Mario   pres", true},
		{"many, a word cut by the end", many, "Rossi Mario   pre", false},
		{"many, first bytes alone", many, "vid col rem giu", false},
		{"many, second byte of another word", many, "prassi", false},
		{"many, non-ASCII around", many, "«Presente» – sì", true},
		{"many, Kelvin sign", many, "\u212Aelvin", true},
		{"many, long s", many, "ſ", true},
		{"few, Kelvin sign", []string{"sindac"}, "\u212A", true},
		{"many, empty text", many, "", false},
		{"a word of one letter", []string{"p", "sindac", "giunta"}, "x", false},
		{"a word of one letter, found", []string{"p", "sindac", "giunta"}, "P", true},
		{"words declared in capitals", []string{"Sindac", "ASSESSORE", "giunta"}, "il sindaco", true},
		{"a word that holds another", []string{"cognome", "gnome", "membri"}, "COGNOME", true},
		{"repeats", []string{"attesta", "attesta", "certifica", "certifica"}, "si certifica", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if want := heldByFolding(tt.text, tt.words); want != tt.want {
				t.Fatalf("the case is wrong: looking for each word says %v", want)
			}
			ws := newWordSet(tt.words...)
			if got := ws.in(tt.text); got != tt.want {
				t.Errorf("in(%q) = %v, want %v", tt.text, got, tt.want)
			}
			folded, ok := foldASCII(nil, tt.text)
			if got := ws.inFolded(folded); ok && got != tt.want {
				t.Errorf("inFolded(%q) = %v, want %v", folded, got, tt.want)
			}
		})
	}
	var none *wordSet
	if !none.in("x") || !none.inFolded(nil) {
		t.Error("a nil set ruled a text out")
	}
}

// FuzzWordSet checks the one pass and the word-by-word search against
// looking for each word in a folded copy, on sets of one to many words.
func FuzzWordSet(f *testing.F) {
	f.Add("present assent remot collega videoconf giust ass. pres", "Rossi ASSENTE")
	f.Add("sindac", "IL SINDACO")
	f.Add("gen sett r. reg cron area serv", "R.G. n. 12")
	f.Add("ab cd", "\u212A ſ AB")
	f.Fuzz(func(t *testing.T, words, text string) {
		list := strings.Fields(words)
		if len(list) == 0 {
			return
		}
		ws := newWordSet(list...)
		want := heldByFolding(text, list)
		if got := ws.in(text); got != want {
			t.Errorf("%q in %q: %v, looking for each word says %v", list, text, got, want)
		}
		if folded, ok := foldASCII(nil, text); ok {
			if got := ws.inFolded(folded); got != want {
				t.Errorf("%q in folded %q: %v, looking for each word says %v", list, folded, got, want)
			}
		}
	})
}
