package index

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestPlainWordsParse: what does not parse as query syntax parses, and
// finds, as plain words.
func TestPlainWordsParse(t *testing.T) {
	ix := openGoldIndex(t)
	for _, tc := range []struct{ query, plain string }{
		{`<script>alert(1)</script>`, "script alert 1 script"},
		{`"unclosed`, "unclosed"},
		{`a^^b`, "a b"},
		{`città: (memoria`, "città memoria"},
		{`l'ottimizzazione dei "canali`, "l ottimizzazione dei canali"},
		{`^^`, ""},
		{"00߁", `"00߁"`}, // N'Ko digits are digits, but not a float
		{"२०२० piano", `"२०२०" piano`},                                   // Devanagari 2020
		{strings.Repeat("9", 400), `"` + strings.Repeat("9", 400) + `"`}, // out of a float's range
		{"delibera 2020", "delibera 2020"},
	} {
		if got := PlainWords(tc.query); got != tc.plain {
			t.Errorf("PlainWords(%q) = %q, want %q", tc.query, got, tc.plain)
		}
		if _, err := ix.Search(context.Background(), Request{Query: tc.plain}); err != nil {
			var bad *BadQueryError
			t.Errorf("plain words %q do not parse: %v (bad query: %v)", tc.plain, err, errors.As(err, &bad))
		}
	}
}

func FuzzPlainWords(f *testing.F) {
	for _, s := range []string{`<script>alert(1)</script>`, `"unclosed`, `a^^b`, `+-&&||!(){}[]^"~*?:\/`} {
		f.Add(s)
	}
	ix := openGoldIndex(f)
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := ix.Search(context.Background(), Request{Query: PlainWords(q), Limit: 1}); err != nil {
			t.Fatalf("plain words of %q: %v", q, err)
		}
	})
}
