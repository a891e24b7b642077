package regexp

import (
	std "regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// dfaPatterns exercise what the automaton must resolve as the matchers
// do: assertions at the start, end and word boundaries of texts and
// lines, case folding (k and the Kelvin sign, s and the long s),
// classes past ASCII, repetition, alternation and empty matches.
var dfaPatterns = []string{
	``,
	`x*`,
	`\b`,
	`\B`,
	`a\b`,
	`\bpresent[ei]\b`,
	`(?i)\bsigg?\.(?:ri)?`,
	`(?i)città`,
	`(?i)k`,
	`(?i)s+`,
	`(?i)É`,
	`é|è`,
	`(?m)^\s*n\.\s*(\d+)$`,
	`(?m)o$`,
	`$`,
	`^$`,
	`^ab`,
	`\Aab`,
	`ab\z`,
	`(?s).`,
	`.`,
	`.\n`,
	`[^\p{L}\d]n\.`,
	`(?:^|\s)n\b`,
	`\p{Lu}\p{Ll}+`,
	`[\x{10000}-\x{10FFFF}]`,
	`\x{FFFD}`,
	`(a|ab)(c|bcd)(d*)`,
	`(?U)a+?b`,
	`a{2,3}`,
	`(?i)\b(present[eia]|assent[eia])\s*:?\s*`,
	`(?i)(?:^|[^\p{L}\d])(n\s*[.°º]\s*|nr\.?|numero)\s*(\d+)`,
	`\b[^a-z]`,
	`[^a-z]\b`,
	`\B\W`,
}

var dfaTexts = []string{
	"",
	"a",
	"ab",
	"abcd",
	"present",
	"presente",
	"Presenti: Rossi, assente Bianchi",
	"citta città CITTÀ",
	"K k \u212a",
	"\u017f s S ss",
	"n. 12\nn. 13",
	"  n. 7\n",
	"foo\nbar\n",
	"\n",
	"\xff\xfeab",
	"ab\xc3",
	"é è É",
	"x\U0001F600y",
	"\ufffd",
	"Il Sindaco – n. 45 del 3/4/2026; Sigg.ri Rossi",
	"aab aaab",
	"sigg. sig. SIGG.RI",
	"A:B @Z [x] _9 Q^",
	strings.Repeat("Il Consiglio comunale, presenti i consiglieri: ", 40) + "n. 12",
}

// warm makes re ask its automaton about every text, short ones too, as
// after dfaWarmUses of them.
func warm(re *Regexp) *Regexp {
	re.dfa.uses.Store(dfaWarmUses)
	return re
}

// matchersAlone is re without an automaton: the matchers of Go's regexp.
func matchersAlone(re *Regexp) *Regexp {
	alone := *re
	alone.dfa = newLazyDFA(re.prog)
	alone.dfa.tooBig.Store(true)
	return &alone
}

// checkDFA compares, for expr and every position of text, the
// automaton's answer with the matchers', and the API's results with Go's
// regexp's; needKnown fails a position the automaton could not answer.
func checkDFA(t *testing.T, expr, text string, needKnown bool) {
	t.Helper()
	want, err := std.Compile(expr)
	if err != nil {
		t.Fatalf("%q: %v", expr, err)
	}
	re := MustCompile(expr)
	alone := matchersAlone(re)
	for pos := 0; pos <= len(text); pos++ {
		wantMatch := alone.doExecute(nil, nil, text, pos, 0, nil) != nil
		for _, asBytes := range []bool{false, true} {
			var got, known bool
			if asBytes {
				got, known = re.dfa.matches([]byte(text), "", pos)
			} else {
				got, known = re.dfa.matches(nil, text, pos)
			}
			if needKnown && !known {
				t.Fatalf("%q in %q from %d (bytes %v): the automaton gave up", expr, text, pos, asBytes)
			}
			if known && got != wantMatch {
				t.Errorf("%q in %q from %d (bytes %v): automaton %v, matchers %v", expr, text, pos, asBytes, got, wantMatch)
			}
		}
	}
	warm(re)
	if got, want := re.MatchString(text), want.MatchString(text); got != want {
		t.Errorf("%q MatchString(%q) = %v, regexp says %v", expr, text, got, want)
	}
	if got, want := re.FindAllStringSubmatchIndex(text, -1), want.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("%q FindAllStringSubmatchIndex(%q) = %v, regexp says %v", expr, text, got, want)
	}
	if got, want := re.ReplaceAllString(text, "<$0>"), want.ReplaceAllString(text, "<$0>"); got != want {
		t.Errorf("%q ReplaceAllString(%q) = %q, regexp says %q", expr, text, got, want)
	}
}

func TestDFAAgreesWithMatchers(t *testing.T) {
	for _, expr := range dfaPatterns {
		for _, text := range dfaTexts {
			checkDFA(t, expr, text, true)
		}
	}
}

// TestDFAAgreesOnShortTexts reads every text of up to four runes of a
// few kinds (an upper and a lower case letter, a stop, a space, a
// newline, a letter past ASCII), where each assertion and class is met
// on either side of each kind: an automaton that took two of them for
// one (a class drawn too wide) answers wrongly on some.
func TestDFAAgreesOnShortTexts(t *testing.T) {
	texts, level := []string{""}, []string{""}
	for range 4 {
		var longer []string
		for _, text := range level {
			for _, r := range "Aa: \né" {
				longer = append(longer, text+string(r))
			}
		}
		texts, level = append(texts, longer...), longer
	}
	for _, expr := range dfaPatterns {
		re := MustCompile(expr)
		alone := matchersAlone(re)
		for _, text := range texts {
			for pos := 0; pos <= len(text); pos++ {
				want := alone.doExecute(nil, nil, text, pos, 0, nil) != nil
				if got, known := re.dfa.matches(nil, text, pos); !known || got != want {
					t.Fatalf("%q in %q from %d: automaton %v (known %v), matchers %v", expr, text, pos, got, known, want)
				}
			}
		}
	}
}

// TestDFAGivesUpPastItsStates reads a pattern whose automaton needs some
// 2^13 states, on a text that meets most of them: the automaton gives up
// at maxDFAStates, for good, and the matchers answer as Go's regexp.
func TestDFAGivesUpPastItsStates(t *testing.T) {
	expr := `(a|b)*a(a|b){12}c`
	var text strings.Builder
	x := uint32(1)
	for range 20000 {
		x = x*1664525 + 1013904223
		text.WriteByte("ab"[x>>31])
	}
	re := warm(MustCompile(expr))
	if _, known := re.dfa.matches(nil, text.String(), 0); known {
		t.Fatal("the automaton answered past its states")
	}
	if !re.dfa.tooBig.Load() || re.dfa.worthIt(0, text.Len()) {
		t.Fatal("the automaton is still asked after outgrowing its states")
	}
	want := std.MustCompile(expr)
	for _, text := range []string{text.String(), text.String() + "c"} {
		if got, want := re.FindAllStringIndex(text, -1), want.FindAllStringIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("FindAllStringIndex = %v, regexp says %v", got, want)
		}
	}
}

// TestDFAWorthIt checks when doExecute asks the automaton: about long
// texts at once, about short ones once warm, and, for where a pattern
// matches, not when it matched most texts tried.
func TestDFAWorthIt(t *testing.T) {
	re := MustCompile(`(?i)\bsigg\.`)
	if re.dfa.worthIt(2, 10) {
		t.Error("a cold automaton asked about a short text")
	}
	if !re.dfa.worthIt(2, dfaLongText) {
		t.Error("a cold automaton not asked about a long text")
	}
	warm(re)
	if !re.dfa.worthIt(2, 10) {
		t.Error("a warm automaton not asked about a short text")
	}
	for range dfaTrialCalls {
		re.FindStringIndex("Sigg. Rossi")
	}
	if re.dfa.worthIt(2, 10) {
		t.Error("asked where a pattern matches, though it matched every text")
	}
	if !re.dfa.worthIt(0, 10) {
		t.Error("not asked whether a pattern matches")
	}
}

// TestDFAConcurrent reads one pattern from several goroutines at once:
// one holds the automaton, the others match without it, all alike (run
// with -race by .ci/checks).
func TestDFAConcurrent(t *testing.T) {
	expr := `(?i)\b(present[eia]|assent[eia])\s*:?\s*`
	want := std.MustCompile(expr)
	re := warm(MustCompile(expr))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				for _, text := range dfaTexts {
					if got, want := re.FindAllStringIndex(text, -1), want.FindAllStringIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
						t.Errorf("FindAllStringIndex(%q) = %v, regexp says %v", text, got, want)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// FuzzDFA checks that for any expression and text the automaton answers
// as the matchers do at every position, and the API as Go's regexp.
func FuzzDFA(f *testing.F) {
	for _, expr := range dfaPatterns {
		f.Add(expr, dfaTexts[len(expr)%len(dfaTexts)])
	}
	f.Fuzz(func(t *testing.T, expr, text string) {
		if len(expr) > 100 || len(text) > 300 {
			return
		}
		if _, err := std.Compile(expr); err != nil {
			return
		}
		checkDFA(t, expr, text, false)
	})
}
