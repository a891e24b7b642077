package index

import (
	"strings"
	"unicode"
)

// PlainWords is a query read as plain words: every character that is not
// a letter or a digit becomes a space, so nothing is query syntax. A
// search box offers it when the query does not parse
// (`<script>alert(1)</script>` is "script alert 1 script", `"unclosed`
// is "unclosed").
func PlainWords(q string) string {
	return strings.Join(strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
