package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// decisionHeadingByDefinition is isDecisionHeading's definition, read the
// slow way: the line without spaces and trailing colons, upper-cased.
func decisionHeadingByDefinition(s string) bool {
	return decisionVerbs[strings.ToUpper(strings.TrimRight(strings.ReplaceAll(s, " ", ""), ":"))] != ""
}

func TestIsDecisionHeading(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"DELIBERA", true},
		{"D E L I B E R A", true},
		{"  delibera:  ", true},
		{"DETERMINA::", true},
		{"D E T E R M I N A : :", true},
		{"Decreta", true},
		{"ORDINA", true},
		{"I N G I U N G E", true}, // an ordinanza di demolizione's verb
		{"DELıBERA", true},        // dotless i upper-cases to I, as strings.ToUpper says
		{"", false},
		{"::", false},
		{"DELIBERAZIONE", false},
		{"DE:LIBERA", false},
		{"DETERMINA:X", false},
		{"DETERMINAX", false},
		{"DELIBERA DI", false},
		{"LA GIUNTA DELIBERA", false},
		{"DETERMINA\t", false}, // only spaces are dropped
		{"DÉLIBERA", false},
	} {
		if got := isDecisionHeading(tt.line); got != tt.want {
			t.Errorf("isDecisionHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
		if def := decisionHeadingByDefinition(tt.line); def != tt.want {
			t.Errorf("the definition says %v of %q: the case is wrong", def, tt.line)
		}
	}
}

func FuzzIsDecisionHeading(f *testing.F) {
	for _, s := range []string{"DELIBERA", "d e t e r m i n a :", "DETERMINA::", "DETERMINA:X", "ORDINA ", "DELıBERA", "ſ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isDecisionHeading(s), decisionHeadingByDefinition(s); got != want {
			t.Fatalf("isDecisionHeading(%q) = %v, the definition says %v", s, got, want)
		}
	})
}

// boundedAnnexTitleRE is annexTitleRE with the title bounded in the
// pattern, as it was: annexTitles must find what it finds.
var boundedAnnexTitleRE = regexp.MustCompile(`“([^”]{3,200})”\s*,?\s*come\s+da\s+documento\s+allegat[oa]\s+(?:parte\s+integrante\s+(?:e\s+sostanziale\s+)?)?sub\.?\s*(\d+)\)`)

func annexTitlesByBoundedPattern(text string) [][2]string {
	var out [][2]string
	for _, g := range boundedAnnexTitleRE.FindAllStringSubmatch(text, -1) {
		out = append(out, [2]string{g[1], g[2]})
	}
	return out
}

func annexTitlesFound(text string) [][2]string {
	var out [][2]string
	for title, number := range annexTitles(text) {
		out = append(out, [2]string{title, number})
	}
	return out
}

func TestAnnexTitles(t *testing.T) {
	long := strings.Repeat("parola ", 40) // 280 runes
	for _, tt := range []struct {
		name, text string
		want       int
	}{
		{"one", `si approva il “Piano degli Obiettivi 2019-2021”, come da documento allegato sub. 2) al presente atto`, 1},
		{"two", `il “Piano A” come da documento allegato sub. 1) e il “Piano B”, come da documento allegata parte integrante e sostanziale sub 2)`, 2},
		{"too long", "il “" + long + "” come da documento allegato sub. 1)", 0},
		{"a short quote inside a long one", "il “" + long + " il “Piano C” come da documento allegato sub. 3)", 1},
		{"exactly the longest", "il “" + strings.Repeat("é", maxAnnexTitle) + "” come da documento allegato sub. 4)", 1},
		{"one rune over", "il “" + strings.Repeat("é", maxAnnexTitle+1) + "” come da documento allegato sub. 4)", 0},
		{"too short", "il “ab” come da documento allegato sub. 5)", 0},
		{"no reference", "il “Piano D” approvato", 0},
	} {
		got, want := annexTitlesFound(tt.text), annexTitlesByBoundedPattern(tt.text)
		if !slices.Equal(got, want) {
			t.Errorf("%s: found %q, the bounded pattern finds %q", tt.name, got, want)
		}
		if len(want) != tt.want {
			t.Errorf("%s: the bounded pattern finds %d titles, the case says %d: the case is wrong", tt.name, len(want), tt.want)
		}
	}
}

func FuzzAnnexTitles(f *testing.F) {
	f.Add("il “Piano” come da documento allegato sub. 2) e “" + strings.Repeat("x", 210) + " “Q R” come da documento allegato sub 3)")
	f.Add("““abc”” come da documento allegato sub.1)")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := annexTitlesFound(text), annexTitlesByBoundedPattern(text); !slices.Equal(got, want) {
			t.Fatalf("%q: found %q, the bounded pattern finds %q", text, got, want)
		}
	})
}

// certifiesByPattern is certifies' definition, the pattern it replaces.
var certifiesByPattern = regexp.MustCompile(`(?i)\bsi\s+(?:attesta|certifica|dichiara)\s+che\b.{0,300}?\b(?:pubblicat|affiss|esecutiv)`)

func TestCertifies(t *testing.T) {
	far := " " + strings.Repeat("x", maxCertified-2) + " " // maxCertified characters
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"publication", "Si attesta che la presente deliberazione è stata pubblicata all'albo", true},
		{"executivity", "SI CERTIFICA CHE il presente atto è divenuto esecutivo", true},
		{"affixed", "si dichiara che copia è stata affissa", true},
		{"long s", "si dichiara che l'atto è eſecutivo", true},
		{"no object", "si attesta che il documento è conforme", false},
		{"object first", "pubblicata la delibera, si attesta che nulla osta", false},
		{"exactly at the limit", "si attesta che" + far + "pubblicata", true},
		{"one past the limit", "si attesta che" + far + " pubblicata", false},
		{"within the limit, not a word start", "si attesta che" + far + "xpubblicata", false},
		{"another line", "si attesta che\nè stata pubblicata", false},
		{"second opening", "si attesta che " + strings.Repeat("y ", 400) + " e si certifica che è pubblicata", true},
		{"not a word", "cosi attesta che è pubblicata", false},
	} {
		if got := certifies(tt.text); got != tt.want {
			t.Errorf("%s: certifies = %v, want %v", tt.name, got, tt.want)
		}
		if def := certifiesByPattern.MatchString(tt.text); def != tt.want {
			t.Errorf("%s: the pattern says %v: the case is wrong", tt.name, def)
		}
	}
}

func FuzzCertifies(f *testing.F) {
	f.Add("Si attesta che la presente è stata pubblicata")
	f.Add("si certifica che\n esecutiva")
	f.Add("si dichiara che " + strings.Repeat("é", 299) + " affissa")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := certifies(text), certifiesByPattern.MatchString(text); got != want {
			t.Fatalf("certifies(%q) = %v, the pattern says %v", text, got, want)
		}
	})
}

func TestEndsInDigit(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Avella (AV), 05/03/2026", true},
		{"Lamezia Terme lì, 18 Giugno 2026.", true},
		{"MONTEROTONDO lì 28/11/2025 \t.", true},
		{"MONTEROTONDO lì 28/11/2025. ", false}, // blanks come before the stop, not after
		{"MONTEROTONDO lì 28/11/2025 \t", true},
		{"MONTEROTONDO lì 28/11/2025..", false},
		{"Sezione n. 12 - via Roma", false},
		{"2026", true},
		{".", false},
		{"", false},
	} {
		if got := endsInDigit(tt.line); got != tt.want {
			t.Errorf("endsInDigit(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// boundedPlaceDate is placeDateRE as it was written, its place bounded in
// the pattern, which placeAndDate must read alike.
var boundedPlaceDate = regexp.MustCompile(`^(\p{Lu}[\p{L}'’ ]{1,40}?)(?:\s*/\s*(\p{Lu}[\p{L}'’ ]{0,40}?))?(?:\s*\([A-Z]{2}\))?\s*,?\s*(?i:(?:l[iì]['’]?|addì|dd\.)?\s*,?\s*(` + datePattern + `)\s*\.?)$`)

// placeDateSeeds are lines around the place's bound, 41 runes.
var placeDateSeeds = []string{
	"Avella (AV), 05/03/2026", "Lamezia Terme lì, 18 Giugno 2026.", "MONTEROTONDO lì 28/11/2025",
	"S" + strings.Repeat("à", 40) + " 1/2/2026", "S" + strings.Repeat("à", 41) + " 1/2/2026",
	"S" + strings.Repeat("a", 39) + " lì 1/2/2026", "Roma Roma Roma Roma Roma Roma Roma Roma Roma, 3 marzo 2020",
	"Malé, dd. 11/05/2026", "Dal municipi / Dalla Residenza municipale, 13/05/2026",
}

func TestPlaceAndDateAsBounded(t *testing.T) {
	for _, line := range placeDateSeeds {
		checkPlaceAndDate(t, line)
	}
	if _, _, ok := placeAndDate(placeDateSeeds[4]); ok {
		t.Errorf("%q: a place of 42 runes read", placeDateSeeds[4])
	}
	// A place opens with a capital: under (?i) the pattern read the end of
	// a sentence as one, and gave a plan the date it cited.
	if place, date, ok := placeAndDate("perfezionatasi in data 29 dicembre 2011."); ok {
		t.Errorf("a sentence's end read as place %q and date %q", place, date)
	}
	if place, _, ok := placeAndDate(placeDateSeeds[3]); !ok || place != placeDateSeeds[3][:len(placeDateSeeds[3])-len(" 1/2/2026")] {
		t.Errorf("%q: the place of 41 runes read as %q, %v", placeDateSeeds[3], place, ok)
	}
}

// FuzzPlaceAndDateAsBounded holds placeAndDate to the bounded pattern.
func FuzzPlaceAndDateAsBounded(f *testing.F) {
	for _, s := range placeDateSeeds {
		f.Add(s)
	}
	f.Fuzz(checkPlaceAndDate)
}

func checkPlaceAndDate(t *testing.T, line string) {
	place, date, ok := placeAndDate(line)
	g := boundedPlaceDate.FindStringSubmatch(line)
	if g != nil && g[2] != "" {
		g[1] += " / " + g[2] // the place in both languages
	}
	if g != nil && dayBeforeDate(g[1]) {
		g = nil // a title's day, no place
	}
	if ok != (g != nil) || (ok && (place != g[1] || date != g[3])) {
		t.Errorf("%q: read %q, %q, %v; the bounded pattern %q", line, place, date, ok, g)
	}
}

// FuzzEndsInDigit holds endsInDigit to being true of every line
// placeDateRE matches, which parseFallbackDate relies on to skip the
// others.
func FuzzEndsInDigit(f *testing.F) {
	for _, s := range []string{"Avella (AV), 05/03/2026", "Lamezia Terme lì, 18 Giugno 2026.", "Roma 1/2/26 .", "Città, 3 marzo 2020\f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if placeDateRE().MatchString(s) && !endsInDigit(s) {
			t.Errorf("placeDateRE matches %q, which endsInDigit refuses", s)
		}
	})
}
