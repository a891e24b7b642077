package corpus

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ActID builds the stable, readable id of an act:
// source/category/year/number, each name reduced to a slug
// ("Giunta Comunale" -> "giunta-comunale").
func ActID(source, category string, year, number int) string {
	return Slug(source) + "/" + Slug(category) + "/" + strconv.Itoa(year) + "/" + strconv.Itoa(number)
}

// Slug reduces a name to lowercase ASCII letters and digits joined by
// single hyphens, folding accents ("Attività" -> "attivita"), so it can be
// one segment of an act id. A name with no letter or digit gives "unknown".
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining accent split off its letter by NFKD
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	if b.Len() == 0 {
		return "unknown"
	}
	return b.String()
}
