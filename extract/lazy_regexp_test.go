package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLazyPatternsCompile compiles every lazily declared pattern, which the
// package would otherwise only do on the first use of each.
func TestLazyPatternsCompile(t *testing.T) {
	if len(lazyPatterns) == 0 {
		t.Fatal("no pattern registered by lazyRegexp")
	}
	for _, pattern := range lazyPatterns {
		if _, err := regexp.Compile(pattern); err != nil {
			t.Errorf("pattern %q: %v", pattern, err)
		}
	}
}

// TestPatternsRepeatNoLargeClass: no pattern repeats a large character
// class a bounded number of times. x{1,40} compiles into forty copies of
// x, and a class of letters (\p{L}, or any class under (?i)) is hundreds
// of ranges: one such repetition made a third of the compiling a one-page
// act paid for (155 of 460 µs). An unbounded repetition and a check of
// the length after the match say the same at a fraction of the cost.
func TestPatternsRepeatNoLargeClass(t *testing.T) {
	const budget = 1000 // class ranges compiled in the copies past the first
	var walk func(re *syntax.Regexp, visit func(*syntax.Regexp))
	walk = func(re *syntax.Regexp, visit func(*syntax.Regexp)) {
		visit(re)
		for _, sub := range re.Sub {
			walk(sub, visit)
		}
	}
	for _, pattern := range lazyPatterns {
		re, err := syntax.Parse(pattern, syntax.Perl)
		if err != nil {
			t.Fatalf("pattern %q: %v", pattern, err)
		}
		walk(re, func(r *syntax.Regexp) {
			if r.Op != syntax.OpRepeat || r.Max <= 1 {
				return
			}
			ranges := 0
			walk(r.Sub[0], func(s *syntax.Regexp) {
				if s.Op == syntax.OpCharClass {
					ranges += len(s.Rune) / 2
				}
			})
			if ranges*(r.Max-1) > budget {
				t.Errorf("pattern %.60q repeats %d ranges of a class up to %d times: %.60s", pattern, ranges, r.Max, r)
			}
		})
	}
}

// Patterns of the tests below, declared as the package declares its own:
// at init, so that lazyPatterns is the same whatever tests run (the words
// table holds them too).
var (
	onceRE   = lazyRegexp(`^a+$`)
	signedRE = lazyRegexp(`(?i)firmato\s+digitalmente`)
)

func TestLazyRegexpCompilesOnce(t *testing.T) {
	re := onceRE
	first := re()
	if !first.MatchString("aaa") || first.MatchString("b") {
		t.Fatalf("pattern %q compiled wrong", first)
	}
	if re() != first {
		t.Error("second call compiled the pattern again")
	}
}

// TestDeclaredPatternCompilesOnNeed checks that a declared pattern is not
// compiled while the texts it is tried on hold none of its words, and is
// when one does.
func TestDeclaredPatternCompilesOnNeed(t *testing.T) {
	p := declaredPattern(signedRE().String())
	if words, _, known := patternWords(p.String()); !known || len(wordsOf(words)) == 0 {
		t.Fatalf("the words table has no words for %q", p)
	}
	for _, s := range []string{"", "Il Sindaco", "firmato da Rossi"} {
		if p.MatchString(s) || p.FindStringSubmatch(s) != nil {
			t.Errorf("%q matched %q", p, s)
		}
	}
	if p.compiled != nil {
		t.Error("compiled for texts without its words")
	}
	if !p.MatchString("Documento FIRMATO DIGITALMENTE da Rossi") {
		t.Error("no match where the words are")
	}
	if p.compiled == nil {
		t.Error("matched without compiling")
	}
	// It knows from the start the words its matches begin with, and
	// searches a long text by them with its anchored form alone.
	long := declaredPattern(signedRE().String())
	if long.leadingOf() == nil {
		t.Fatalf("%q does not search long texts by its leading words from the start", long)
	}
	text := strings.Repeat("Il Sindaco del Comune. ", minLeadingText/20) + "Documento firmato digitalmente da Rossi"
	if !long.MatchString(text) {
		t.Errorf("no match in a long text where the words are")
	}
	if long.compiled != nil {
		t.Error("compiled the unanchored pattern to search a long text by its leading words")
	}
	if undeclared := declaredPattern(`(?i)not\s+in\s+the\s+table`); undeclared.compiled == nil {
		t.Error("a pattern the table does not hold was not compiled at once")
	}
}

// TestPatternsMeanWhatTheyRead: no pattern asks for what Go's regexp reads
// otherwise than it was written for.
//   - A capital or a small letter (\p{Lu}, \p{Ll}) where (?i) is in
//     effect: Go folds such a class to both cases, so it asks for any
//     cased letter. placeDateRE read "perfezionatasi in data 29 dicembre
//     2011." as a place and a date.
//   - \b beside a letter outside ASCII, or a class that holds one: Go's \b
//     knows only ASCII word characters. add[iì]\b did not match "addì 12",
//     and a count of "ventitré" was read as "ventitr"; wordEnd says what
//     was meant.
func TestPatternsMeanWhatTheyRead(t *testing.T) {
	checks := []struct {
		find func(string) []string
		what string
	}{
		{caseClassesUnderFold, "a case's class under (?i), which folds it to both cases"},
		{boundariesByAccents, "\\b beside a letter outside ASCII"},
	}
	for _, pattern := range lazyPatterns {
		for _, c := range checks {
			if found := c.find(pattern); len(found) > 0 {
				t.Errorf("pattern %.80q holds %s: %q", pattern, c.what, found)
			}
		}
	}
}

// TestMisreadFinders holds the finders TestPatternsMeanWhatTheyRead runs
// to what they must find.
func TestMisreadFinders(t *testing.T) {
	tests := []struct {
		find func(string) []string
		expr string
		want int
	}{
		{caseClassesUnderFold, `\p{Lu}\p{Ll}`, 0},
		{caseClassesUnderFold, `(?i)\p{Lu}`, 1},
		{caseClassesUnderFold, `(?i:abc)\p{Lu}`, 0},
		{caseClassesUnderFold, `(?i:a(b)\p{Ll})`, 1},
		{caseClassesUnderFold, `(?i)a(?-i:\p{Lu})\p{Ll}`, 1},
		{caseClassesUnderFold, `(x(?i)y)\p{Lu}`, 0},
		{caseClassesUnderFold, `(?i)[\p{Lu}0-9]`, 1},
		{caseClassesUnderFold, `(?i)\\p{Lu}`, 0}, // an escaped backslash, then text
		{caseClassesUnderFold, `[(]\p{Lu}`, 0},   // a bracket in a class opens no group
		{caseClassesUnderFold, `(?i:[(])\p{Lu}`, 0},
		{boundariesByAccents, `add[iì]\b`, 1},
		{boundariesByAccents, `\bè\s`, 1},
		{boundariesByAccents, `(\d{1,3}|[a-zàèéìòù]+)\b`, 1},
		{boundariesByAccents, `citt[aà]` + wordEnd, 0},
		{boundariesByAccents, `\bpresenti\b`, 0},
		{boundariesByAccents, `\\b[ì]`, 0}, // an escaped backslash, then text
		{boundariesByAccents, `[\p{L}]+\b`, 1},
		{boundariesByAccents, `(?:dirigente|sindaco)\b([\p{L} ]*)$`, 0},
	}
	for _, tt := range tests {
		if got := tt.find(tt.expr); len(got) != tt.want {
			t.Errorf("%q: found %q, want %d", tt.expr, got, tt.want)
		}
	}
}

// caseClassesUnderFold lists the \p{Lu}, \p{Ll}, \P{Lu} and \P{Ll} of expr
// that stand where (?i) is in effect, following its groups and flags.
func caseClassesUnderFold(expr string) []string {
	var found []string
	fold := []bool{false} // the flag in each open group, innermost last
	escape := func(i int) {
		if fold[len(fold)-1] && i+6 <= len(expr) {
			switch class := expr[i : i+6]; class {
			case `\p{Lu}`, `\p{Ll}`, `\P{Lu}`, `\P{Ll}`:
				found = append(found, class)
			}
		}
	}
	for i := 0; i < len(expr); i++ {
		switch expr[i] {
		case '\\':
			escape(i)
			i++ // the escaped character
		case '[': // a class: its brackets are characters, its escapes are read
			for i++; i < len(expr) && expr[i] != ']'; i++ {
				if expr[i] == '\\' {
					escape(i)
					i++
				}
			}
		case '(':
			inner := fold[len(fold)-1]
			if strings.HasPrefix(expr[i:], "(?") {
				end := strings.IndexAny(expr[i:], ":)")
				if end < 0 {
					return found
				}
				on, off, _ := strings.Cut(expr[i+2:i+end], "-")
				if strings.Contains(on, "i") {
					inner = true
				}
				if strings.Contains(off, "i") {
					inner = false
				}
				if expr[i+end] == ')' { // (?i) sets the flag of its own group
					fold[len(fold)-1] = inner
					i += end
					continue
				}
				i += end
			}
			fold = append(fold, inner)
		case ')':
			if len(fold) > 1 {
				fold = fold[:len(fold)-1]
			}
		}
	}
	return found
}

// boundariesByAccents lists what stands beside a \b of expr and can be a
// letter outside ASCII (a literal one, a class holding one or \p{L…}):
// before it, or after it when no ASCII word character comes before.
func boundariesByAccents(expr string) []string {
	accented := func(s string) bool {
		for _, r := range s {
			if r > unicode.MaxASCII && unicode.IsLetter(r) {
				return true
			}
		}
		return strings.Contains(s, `\p{L`)
	}
	// before is the token that ends at i: a class (possibly repeated,
	// possibly closing a group of branches) or one character.
	before := func(i int) string {
		s := strings.TrimRight(expr[:i], "+*?)")
		if strings.HasSuffix(s, "]") {
			return s[strings.LastIndex(s, "["):]
		}
		r, _ := utf8.DecodeLastRuneInString(s)
		return string(r)
	}
	after := func(i int) string {
		s := strings.TrimLeft(expr[i:], "(")
		if strings.HasPrefix(s, "[") {
			if end := strings.Index(s, "]"); end > 0 {
				return s[:end+1]
			}
		}
		r, _ := utf8.DecodeRuneInString(s)
		return string(r)
	}
	asciiWord := func(s string) bool {
		return len(s) == 1 && (s[0] == '_' || 'a' <= s[0]|0x20 && s[0]|0x20 <= 'z' || '0' <= s[0] && s[0] <= '9')
	}
	var found []string
	for i := 0; i+1 < len(expr); i++ {
		if expr[i] != '\\' {
			continue
		}
		if expr[i+1] == 'b' {
			// After an ASCII word character \b holds before any other:
			// what follows then decides nothing wrongly but "sindacoè".
			b, a := before(i), after(i+2)
			switch {
			case accented(b):
				found = append(found, b)
			case !asciiWord(b) && accented(a):
				found = append(found, a)
			}
		}
		i++ // the escaped character
	}
	return found
}

// TestWordEndAfterAccents: words that end in an accented letter end where
// the text says, as \b made them not.
func TestWordEndAfterAccents(t *testing.T) {
	tests := []struct {
		name string
		got  bool
	}{
		{"a minute opening with a year and addì", subjectStopRE().MatchString("L'anno 2024, addì 12 del mese di marzo")},
		{"the same with addi", subjectStopRE().MatchString("L'anno 2024, addi 12 del mese di marzo")},
		{"a plan's phases headed Attività", serviziPhaseHeader().MatchString("Attività previste    Scadenza")},
		{"no phase header in attivitàx", !serviziPhaseHeader().MatchString("Attivitàx    Scadenza")},
	}
	for _, tt := range tests {
		if !tt.got {
			t.Errorf("%s: wrong", tt.name)
		}
	}
	v := voteCounts("Presenti n. ventitré; votanti ventitré; favorevoli ventidue; contrari nessuno; astenuti uno")
	if v == nil || v.Present == nil || *v.Present != 23 || v.Voters == nil || *v.Voters != 23 {
		t.Errorf("counts of ventitré: %s", describeCounts(v))
	}
}

// TestLazyPatternsFit: the patterns declared fit the room made for them at
// init, so that no append grows the list there.
func TestLazyPatternsFit(t *testing.T) {
	if len(lazyPatterns) > lazyPatternsSize {
		t.Errorf("%d patterns declared, room for %d: raise lazyPatternsSize", len(lazyPatterns), lazyPatternsSize)
	}
}
