package extract

import (
	"strings"
	"testing"
)

// decisionHeadingByDefinition is isDecisionHeading's definition, read the
// slow way: the line without spaces and trailing colons, upper-cased.
func decisionHeadingByDefinition(s string) bool {
	return decisionVerbs[strings.ToUpper(strings.TrimRight(strings.ReplaceAll(s, " ", ""), ":"))]
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
		{"DELıBERA", true}, // dotless i upper-cases to I, as strings.ToUpper says
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
