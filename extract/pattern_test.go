package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestRequiredWords(t *testing.T) {
	tests := []struct {
		expr string
		want []string // nil: matched without looking for words
	}{
		{`(?i)firmat[oa]\s+digitalmente|firma\s+digitale|\bsigner\b`, []string{"digitalmente", "digitale", "signer"}},
		{`(?i)\bSI\s+(?:attesta|certifica)\s+che\b`, []string{"attesta", "certifica"}},
		{`(?i)si\s+è\s+riunit[ao]`, []string{"riunit"}},                          // the accented letter cuts the literal
		{`(?i)\bpresenti(?:\s+e\s+votanti)?\s*:?\s*(\d+)`, []string{"presenti"}}, // the optional part is not required
		{`^(?:present[ei]|pres\.?|pr\.|p\.?)$`, nil},                             // "p" alone: too short to look for
		{`(?i)delibera|\d+`, nil}, // an alternative needs no word
		{`(?i)(?:n\.|numero)\s*(\d+)`, nil},
		{`\s{2,}`, nil},
		{`(?:giunta){2,}`, []string{"giunta"}},
		{`(?:giunta)?comunale`, []string{"comunale"}},
		{`àèìòù`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			if got := wordsOf(requiredOf(tt.expr)); !slices.Equal(got, tt.want) {
				t.Errorf("required words %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFoldASCII(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"ABC", "abc", true},
		{"Il Consiglio COMUNALE si è RIUNITO alle ore 18:30 @[`{", "il consiglio comunale si è riunito alle ore 18:30 @[`{", true},
		{"ÀÈÌ Città PERCHÉ", "ÀÈÌ città perchÉ", true}, // non-ASCII bytes kept as they are
		{"\xff\xfeAB\x80Z", "\xff\xfeab\x80z", true},
		{"Kelvin \u212A", "", false},
		{"long \u017F", "", false},
	}
	for _, tt := range tests {
		got, ok := foldASCII(nil, tt.in)
		if ok != tt.ok || (ok && string(got) != tt.want) {
			t.Errorf("foldASCII(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// wordsFound compiles expr into a pattern that has looked for its words,
// as one called many times has.
func wordsFound(expr string) *pattern {
	p := compilePattern(expr)
	for range wordsAfterCalls {
		p.required()
	}
	return p
}

// TestPatternLooksForWordsLate checks that a pattern matches without its
// words on its first calls, with them after.
func TestPatternLooksForWordsLate(t *testing.T) {
	p := compilePattern(`(?i)firmato\s+digitalmente`)
	for i := 1; i < wordsAfterCalls; i++ {
		if p.required() != nil {
			t.Fatalf("call %d: words looked for already", i)
		}
	}
	if got := wordsOf(p.required()); !slices.Equal(got, []string{"digitalmente"}) {
		t.Errorf("call %d: words %q, want [digitalmente]", wordsAfterCalls, got)
	}
}

// patternSamples are texts every pattern is tried on: the lines of the
// fixtures, windows of them joined as the act parser joins them, and
// texts made to catch a word search that misses a match.
func patternSamples(t *testing.T) []string {
	samples := []string{
		"", "IL CONSIGLIO COMUNALE SI È RIUNITO IN SEDUTA", "Presenti: 12 - Assenti: 3",
		"Firmato Digitalmente da MARIO ROSSI", "FIRMA DIGITALE", "si attesta che la presente è stata pubblicata",
		"PRESENTE/ASSENTE", "Nominativo  Carica  Presente", "Delibera n. 45 del 12/03/2024",
		"deliberazione della giunta comunale n. 12", "\u212Aelvin \u017Fign firmato digitalmente", "ſeduta",
		"D E L I B E R A Z I O N E", "Sì/No", "Prot. n° 1234", strings.Repeat("x", 600) + " Presenti 3",
	}
	for _, name := range []string{"delibera-2187-2019.pdf", "extract/variant-stacked-1098.pdf", "extract/changes-synthetic.pdf"} {
		var lines []string
		for _, p := range readFixture(t, name).Pages {
			for _, l := range p.Lines() {
				lines = append(lines, l.Text)
			}
		}
		samples = append(samples, lines[:min(len(lines), 400)]...)
		for i := 0; i+8 <= min(len(lines), 400); i += 8 {
			samples = append(samples, strings.Join(lines[i:i+8], " "))
		}
	}
	return samples
}

// longSamples are whole documents' texts, joined as the act parser joins
// a section or a whole act, long enough to be searched for leading words.
func longSamples(t *testing.T) []string {
	var out []string
	for _, name := range []string{"delibera-2187-2019.pdf", "extract/variant-stacked-1098.pdf", "extract/changes-synthetic.pdf"} {
		var lines []string
		for _, p := range readFixture(t, name).Pages {
			for _, l := range p.Lines() {
				lines = append(lines, l.Text)
			}
		}
		out = append(out, strings.Join(lines, " "), strings.Join(lines, "\n"))
	}
	return append(out,
		strings.Repeat("la deliberazione della Giunta Comunale n. 12 del 3/4/2020, esecutiva; ", 80),
		strings.Repeat("xdelibera n. 4 del 01/02/2003 ", 200)+"D.Lgs. n. 267/2000",
		strings.Repeat("\u212A ", 1000)+"deliberazione n. 5")
}

// agreeWithRegexp checks every method pattern redefines against the
// regexp's own on s.
func agreeWithRegexp(t *testing.T, p *pattern, s string) {
	t.Helper()
	re := regexp.MustCompile(p.String())
	if got, want := p.MatchString(s), re.MatchString(s); got != want {
		t.Errorf("%q on %.80q: MatchString %v, the regexp says %v", re, s, got, want)
	}
	if got, want := p.FindString(s), re.FindString(s); got != want {
		t.Errorf("%q on %.80q: FindString %q, the regexp finds %q", re, s, got, want)
	}
	if got, want := p.FindStringIndex(s), re.FindStringIndex(s); !slices.Equal(got, want) {
		t.Errorf("%q on %.80q: FindStringIndex %v, the regexp finds %v", re, s, got, want)
	}
	if got, want := p.FindStringSubmatch(s), re.FindStringSubmatch(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
		t.Errorf("%q on %.80q: FindStringSubmatch %q, the regexp finds %q", re, s, got, want)
	}
	if got, want := p.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Errorf("%q on %.80q: FindStringSubmatchIndex %v, the regexp finds %v", re, s, got, want)
	}
	for _, n := range []int{-1, 0, 1, 2} {
		if got, want := p.FindAllStringSubmatchIndex(s, n), re.FindAllStringSubmatchIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) || (got == nil) != (want == nil) {
			t.Errorf("%q on %.80q: FindAllStringSubmatchIndex(%d) %v, the regexp finds %v", re, s, n, got, want)
		}
		if got, want := p.FindAllStringIndex(s, n), re.FindAllStringIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) || (got == nil) != (want == nil) {
			t.Errorf("%q on %.80q: FindAllStringIndex(%d) %v, the regexp finds %v", re, s, n, got, want)
		}
		if got, want := p.FindAllStringSubmatch(s, n), re.FindAllStringSubmatch(s, n); !slices.EqualFunc(got, want, slices.Equal) || (got == nil) != (want == nil) {
			t.Errorf("%q on %.80q: FindAllStringSubmatch(%d) %q, the regexp finds %q", re, s, n, got, want)
		}
		if got, want := p.FindAllString(s, n), re.FindAllString(s, n); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("%q on %.80q: FindAllString(%d) %q, the regexp finds %q", re, s, n, got, want)
		}
		if got, want := p.Split(s, n), re.Split(s, n); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("%q on %.80q: Split(%d) %q, the regexp gives %q", re, s, n, got, want)
		}
	}
	if got, want := p.ReplaceAllString(s, "<$0>"), re.ReplaceAllString(s, "<$0>"); got != want {
		t.Errorf("%q on %.80q: ReplaceAllString %.80q, the regexp gives %.80q", re, s, got, want)
	}
	var seq [][]int
	for loc := range p.stringIndexes(s) {
		seq = append(seq, loc)
	}
	if want := re.FindAllStringIndex(s, -1); !slices.EqualFunc(seq, want, slices.Equal) {
		t.Errorf("%q on %.80q: stringIndexes %v, the regexp finds %v", re, s, seq, want)
	}
}

// TestPatternAgreesWithRegexp checks that looking for words first, and
// for leading words in long texts, never changes what a pattern finds,
// for every pattern of the package, found late or declared.
func TestPatternAgreesWithRegexp(t *testing.T) {
	samples := patternSamples(t)
	long := longSamples(t)
	filtered, led := 0, 0
	for _, expr := range lazyPatterns {
		re := regexp.MustCompile(expr)
		p := wordsFound(expr)
		if p.required() != nil {
			filtered++
		}
		if p.leadingOf() != nil {
			led++
		}
		// As lazyRegexp declares it: its words from the table, compiled
		// when a text holds one.
		declared := declaredPattern(expr)
		for _, s := range samples {
			if got, want := declared.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%q declared, on %.80q: found %v, the regexp finds %v", expr, s, got, want)
			}
		}
		for _, s := range samples {
			if got, want := p.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%q on %.80q: MatchString %v, the regexp says %v", expr, s, got, want)
			}
			if got, want := p.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%q on %.80q: found %v, the regexp finds %v", expr, s, got, want)
			}
		}
		if p.leadingOf() == nil {
			continue // a long text is matched as the regexp matches it
		}
		for _, s := range long {
			// The methods' shared path, once each way out: all, the
			// first n, the first.
			for _, n := range []int{-1, 2} {
				if got, want := p.FindAllStringSubmatchIndex(s, n), re.FindAllStringSubmatchIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) || (got == nil) != (want == nil) {
					t.Errorf("%q on %.80q: FindAllStringSubmatchIndex(%d) %v, the regexp finds %v", expr, s, n, got, want)
				}
			}
			if got, want := p.FindStringSubmatch(s), re.FindStringSubmatch(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
				t.Errorf("%q on %.80q: FindStringSubmatch %q, the regexp finds %q", expr, s, got, want)
			}
			if got, want := declared.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%q declared, on %.80q: found %v, the regexp finds %v", expr, s, got, want)
			}
		}
	}
	t.Logf("%d of %d patterns look for words first, %d know the words their matches begin with; %d samples, %d long",
		filtered, len(lazyPatterns), led, len(samples), len(long))
	if filtered == 0 || led == 0 {
		t.Error("no pattern looks for words first, or none knows its leading words")
	}
}

// TestPatternMethodsAgree checks every method pattern redefines, on short
// texts and on long ones searched for leading words.
func TestPatternMethodsAgree(t *testing.T) {
	texts := []string{"", "delibera n. 4", "la Delibera N. 12 del 3/4/2020 e la determina n. 5",
		strings.Repeat("la deliberazione della Giunta Comunale n. 12 del 3/4/2020, esecutiva; ", 80),
		strings.Repeat("xdelibera n. 4 del 01/02/2003 ", 200) + "D.Lgs. n. 267/2000 e delibera n. 9",
		strings.Repeat("nulla ", 1000)}
	for _, expr := range []string{
		`(?i)\b(deliberazione|delibera|determinazione|determina)\s+(?:(?:di|del|della)\s*)?(giunta\s+comunale)?\s*(?:n\.|n°)\s*(\d+)`,
		`(?i)\b(d\.\s?lgs\.|legge)\s*n\.?\s*(\d+)(?:/(\d{4}))?`,
		`(?i)delibera`,
		`n\.\s*\d+`,
	} {
		p := wordsFound(expr)
		for _, s := range texts {
			agreeWithRegexp(t, p, s)
		}
	}
}

func TestFindLeading(t *testing.T) {
	tests := []struct {
		expr     string
		words    []string // nil: no leading words
		boundary bool
	}{
		{`(?i)\b(deliberazione|delibera|determina)\s+n\.`, []string{"delibera", "determina"}, true},
		{`(?i)\b(?:con\s+)?proprio\s+provvedimento`, []string{"con", "proprio"}, true},
		{`(?i)allegat[oa]\s+sub`, []string{"allegat"}, false},
		{`“([^”]{3,200})”\s*,?\s*come`, []string{"“"}, false},
		{`(?i)\b(d\.\s?lgs\.|decreto\s+legislativo|t\.\s?u\.)`, []string{"d.", "decreto", "t."}, true},
		{`(?i)de(?:libera|termina)`, []string{"delibera", "determina"}, false},
		{`(?i)(?:\bart\.\s*\d+\s+)?\blegge`, []string{"art.", "legge"}, true},
		{`(?i)(?:art\.\s*\d+\s+)?\blegge`, nil, false}, // a boundary before some matches only
		{`(?i)\bx\b`, nil, false},     // too short
		{`(?i)^delibera`, nil, false}, // anchored: begins at the text's start only
		{`\d+\s+delibera`, nil, false},
		{`(?i)città`, []string{"citt"}, false}, // cut before the letter foldASCII cannot fold
		{`(?i)\bèlite`, nil, false},
		{`(?:delibera)?`, nil, false}, // may match the empty text
	}
	for _, tt := range tests {
		lead := findLeading(tt.expr)
		if tt.words == nil {
			if lead != nil {
				t.Errorf("%q: leading %q, want none", tt.expr, lead.words)
			}
			continue
		}
		if lead == nil {
			t.Errorf("%q: no leading words, want %q", tt.expr, tt.words)
			continue
		}
		var got []string
		for _, w := range lead.words {
			got = append(got, string(w))
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tt.words))
		if !slices.Equal(got, want) || lead.boundary != tt.boundary {
			t.Errorf("%q: leading %q boundary %v, want %q %v", tt.expr, got, lead.boundary, want, tt.boundary)
		}
	}
}

func FuzzPatternAgreesWithRegexp(f *testing.F) {
	f.Add(uint(0), "Presenti: 12")
	f.Add(uint(7), "FIRMATO DIGITALMENTE")
	f.Add(uint(3), "\u212Aelvin ſ")
	// Each pattern as lazyRegexp declares it (its words from the table,
	// compiled on need), beside the regexp compiled on its own.
	patterns := make([]*pattern, len(lazyPatterns))
	regexps := make([]*regexp.Regexp, len(lazyPatterns))
	for i, expr := range lazyPatterns {
		patterns[i], regexps[i] = declaredPattern(expr), regexp.MustCompile(expr)
	}
	f.Fuzz(func(t *testing.T, i uint, s string) {
		p, re := patterns[i%uint(len(patterns))], regexps[i%uint(len(patterns))]
		if len(s) > 0 && len(s) < minLeadingText {
			// As long a text as the parser joins, made of this one.
			long := strings.Repeat(s+" ", minLeadingText/(len(s)+1)+1)
			if got, want := p.FindAllStringSubmatchIndex(long, -1), re.FindAllStringSubmatchIndex(long, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%q on %q repeated: found %v, the regexp finds %v", p, s, got, want)
			}
		}
		if got, want := p.MatchString(s), re.MatchString(s); got != want {
			t.Errorf("%q on %q: MatchString %v, the regexp says %v", p, s, got, want)
		}
		if got, want := p.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("%q on %q: found %v, the regexp finds %v", p, s, got, want)
		}
		want := []byte(s)
		for k, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[k] = c + 'a' - 'A'
			}
		}
		if folded, ok := foldASCII(nil, s); ok && !bytes.Equal(folded, want) {
			t.Errorf("foldASCII(%q) = %q, want %q", s, folded, want)
		}
	})
}

// TestStringIndexesAreFindAll checks that the matches found in batches are
// those FindAllStringIndex finds, however many there are, and that a
// caller may stop early.
func TestStringIndexesAreFindAll(t *testing.T) {
	p := compilePattern(`(?i)\bvot[io]\b`)
	for _, n := range []int{0, 1, 3, 4, 5, 8, 9, 100} {
		text := strings.Repeat("con voti favorevoli; ", n) + "fine"
		var got [][]int
		for loc := range p.stringIndexes(text) {
			got = append(got, loc)
		}
		if want := p.regexp().FindAllStringIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%d matches: found %v, want %v", n, got, want)
		}
	}
	seen := 0
	for range p.stringIndexes(strings.Repeat("voto ", 50)) {
		if seen++; seen == 2 {
			break
		}
	}
	if seen != 2 {
		t.Errorf("stopped after %d matches, want 2", seen)
	}
}
