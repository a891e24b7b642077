package index

import (
	"strconv"
	"strings"
	"unicode"
)

// PlainWords is a query read as plain words: every character that is not
// a letter or a digit becomes a space, so nothing is query syntax. A
// search box offers it when the query does not parse
// (`<script>alert(1)</script>` is "script alert 1 script", `"unclosed`
// is "unclosed").
//
// A word of digits alone is a number to the query syntax, which reads it
// with strconv.ParseFloat; one that does not read as a float (digits of
// another script, "00߁", or more digits than a float holds) is written as
// a quoted phrase, so it is searched as the word it is.
func PlainWords(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range words {
		// A word holds letters and digits only: without a letter, it is digits.
		if strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		if _, err := strconv.ParseFloat(w, 64); err != nil {
			words[i] = `"` + w + `"`
		}
	}
	return strings.Join(words, " ")
}
