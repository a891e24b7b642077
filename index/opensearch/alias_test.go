package opensearch

import (
	"regexp"
	"strings"
	"testing"
)

// aliasPattern is the rule validAlias implements, as a regular expression.
var aliasPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,200}$`)

func TestValidAlias(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"albo", true},
		{"a", true},
		{"9", true},
		{"albo-test_1", true},
		{"", false},
		{"-albo", false},
		{"_albo", false},
		{"Albo", false},
		{"albo.v6", false},
		{"albo/x", false},
		{"città", false},
		{"a" + strings.Repeat("b", 200), true},
		{"a" + strings.Repeat("b", 201), false},
	} {
		if got := validAlias(tc.name); got != tc.want {
			t.Errorf("validAlias(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// FuzzValidAlias checks the loop against the regular expression it
// replaces.
func FuzzValidAlias(f *testing.F) {
	for _, s := range []string{"albo", "-a", "a-", "A", "a\x00", strings.Repeat("x", 202)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if got, want := validAlias(name), aliasPattern.MatchString(name); got != want {
			t.Errorf("validAlias(%q) = %v, the pattern says %v", name, got, want)
		}
	})
}
