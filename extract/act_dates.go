package extract

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Italian dates and numbers as acts print them: "06/12/2019", "7/7/2016",
// "18.08.2000", "28 marzo 2019", "1° agosto 2019", and in words in the
// minutes ("L'anno duemiladiciannove, il giorno sei, del mese di dicembre").

var monthNumbers = map[string]int{
	"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
	"luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
	// as protocol stamps and registers abbreviate them ("21 LUG 2026")
	"gen": 1, "feb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6,
	"lug": 7, "ago": 8, "set": 9, "sett": 9, "ott": 10, "nov": 11, "dic": 12,
	"genn": 1, "febbr": 2,
}

// datePattern matches one printed date, numeric (its parts parted by a
// slash, a stop, a hyphen, or the minus sign a2ps prints for a typed
// hyphen) or with the month's name,
// whole or abbreviated: a word that opens as a month does, which
// parseDate then looks up in monthNumbers. Spelling the names and their
// abbreviations out cost 40% more to compile in the 13 patterns that hold
// a date.
const datePattern = `(?:\d{1,2}[/.\-−]\d{1,2}[/.\-−]\d{2,4}|\d{1,2}°?\s*(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)[a-z]*\.?\s+\d{4})`

var (
	numericDateRE = lazyRegexp(`^(\d{1,2})[/.\-−](\d{1,2})[/.\-−](\d{2,4})$`)
	namedDateRE   = lazyRegexp(`(?i)^(\d{1,2})°?\s*([a-z]+)\.?\s+(\d{4})$`)
)

// parseDate turns one printed date into YYYY-MM-DD; ok is false when s is
// not a valid date.
func parseDate(s string) (string, bool) {
	// A form's blank filled in: "___05/03/2026___".
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "_"))
	var d, m, y int
	if g := numericDateRE().FindStringSubmatch(s); g != nil {
		d, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
		y, _ = strconv.Atoi(g[3])
		if len(g[3]) == 2 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
	} else if g := namedDateRE().FindStringSubmatch(s); g != nil {
		d, _ = strconv.Atoi(g[1])
		m = monthNumbers[strings.ToLower(g[2])]
		y, _ = strconv.Atoi(g[3])
	}
	return formatDate(y, m, d)
}

func formatDate(y, m, d int) (string, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// dateInWordsRE matches the opening of a minute: "L’Anno duemiladiciannove,
// il giorno sei, del mese di dicembre", "L’anno duemilaventicinque addì
// ventisei del mese di settembre" (or "addi’", the accent typed as an
// apostrophe), and in figures: "L'anno 2024 il giorno
// 12 del mese di marzo", "Nell'anno 2024 (duemilaventiquattro) …".
var dateInWordsRE = lazyRegexp(`(?i)L['’]\s*anno\s+(\p{L}+|\d{4})\s*` + inBrackets + `,?\s*(?:il\s+giorno|` + addiWord + `|il)\s+(\p{L}+|\d{1,2})°?\s*` + inBrackets + `,?\s*(?:del\s+mese\s+di|di)\s+(\p{L}+)`)

// dayFirstRE matches a minute's opening that gives the day first: "Il
// giorno diciotto settembre duemilaventiquattro", "Addì 12 del mese di
// marzo dell'anno 2024".
var dayFirstRE = lazyRegexp(`(?i)(?:il\s+giorno|` + addiWord + `)\s+(\p{L}+|\d{1,2})°?\s*` + inBrackets + `,?\s*(?:del\s+mese\s+di\s+)?(\p{L}+)\s*,?\s*(?:dell['’]\s*anno\s+|del(?:l['’]\s*anno)?\s+)?(\p{L}+|\d{4})\b`)

// addiWord is "addì", the word that opens a day in an act's dates, also
// with its accent typed as an apostrophe ("addi’") or left out.
const addiWord = `add(?:i['’]|[iì])`

// inBrackets is a figure's words in brackets after it, "2024
// (duemilaventiquattro)", "29 (ventinove)".
const inBrackets = `(?:\(\s*\p{L}+\s*\)\s*)?`

// findDateInWords returns the date a minute writes in words and the words
// as printed.
func findDateInWords(text string) (date, asPrinted string) {
	g := dateInWordsRE().FindStringSubmatch(text)
	if g == nil {
		if g = dayFirstRE().FindStringSubmatch(text); g == nil {
			return "", ""
		}
		g = []string{g[0], g[3], g[1], g[2]} // year, day, month
	}
	y, ok1 := wordsToNumber(g[1])
	d, ok2 := wordsToNumber(g[2])
	m := monthNumbers[strings.ToLower(g[3])]
	if !ok1 || !ok2 {
		return "", ""
	}
	date, ok := formatDate(y, m, d)
	if !ok {
		return "", ""
	}
	return date, g[0]
}

// timeRE matches the hour of a session, in figures or in words ("alle ore
// 10.15", "alle ore quattordici", a form's blank filled "alle ore
// _18,30_"), the minutes of an hour given alone after it (minutesRE).
var timeRE = lazyRegexp(`(?i)\balle\s+ore\s+_*(?:(\d{1,2})[.:,](\d{2})|(\d{1,2})\b|(\p{L}+))`)

// minutesRE is the minutes after an hour given alone: "diciotto e
// trenta", "nove e minuti quindici", "9 e 30", "diciotto e mezza".
var minutesRE = lazyRegexp(`(?i)^\s*,?\s+e\s+(?:minuti\s+)?(\p{L}+|\d{1,2})\b`)

// findTime returns the session time as HH:MM and as printed.
func findTime(text string) (hhmm, asPrinted string) {
	g := timeRE().FindStringSubmatchIndex(text)
	if g == nil {
		return "", ""
	}
	group := func(i int) string {
		if g[2*i] < 0 {
			return ""
		}
		return text[g[2*i]:g[2*i+1]]
	}
	var h, m int
	ok := true
	switch {
	case g[2] >= 0:
		h, _ = strconv.Atoi(group(1))
		m, _ = strconv.Atoi(group(2))
		asPrinted = text[g[2]:g[5]]
	case g[6] >= 0:
		h, _ = strconv.Atoi(group(3))
		asPrinted = group(3)
	default:
		h, ok = wordsToNumber(group(4))
		asPrinted = group(4)
	}
	if !ok || h > 24 {
		return "", ""
	}
	if g[2] < 0 {
		if mg := minutesRE().FindStringSubmatch(text[g[1]:]); mg != nil {
			if n, ok := minutesOf(mg[1]); ok {
				m = n
				asPrinted += mg[0]
			}
		}
	}
	if m > 59 {
		return "", ""
	}
	return fmt.Sprintf("%02d:%02d", h, m), asPrinted
}

// holdsClock reports whether s holds what clockTime reads: a figure, a
// stop, a colon or a comma, then two figures.
func holdsClock(s string) bool {
	digit := func(i int) bool { return s[i] >= '0' && s[i] <= '9' }
	for i := 0; i+3 < len(s); i++ {
		if digit(i) && strings.IndexByte(".:,", s[i+1]) >= 0 && digit(i+2) && digit(i+3) {
			return true
		}
	}
	return false
}

// clockTime is a time printed in figures at the start of s, "20:30",
// "9.30", "18,00", as HH:MM and as printed.
func clockTime(s string) (hhmm, asPrinted string, ok bool) {
	g := clockRE().FindStringSubmatch(s)
	if g == nil {
		return "", "", false
	}
	h, _ := strconv.Atoi(g[1])
	m, _ := strconv.Atoi(g[2])
	if h > 24 || m > 59 {
		return "", "", false
	}
	return fmt.Sprintf("%02d:%02d", h, m), g[0], true
}

// minutesOf reads minutes in figures or in words ("trenta", "mezza").
func minutesOf(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, n < 60
	}
	if strings.EqualFold(s, "mezza") || strings.EqualFold(s, "mezzo") {
		return 30, true
	}
	n, ok := wordsToNumber(s)
	return n, ok && n < 60
}

var (
	unitWords = []string{"", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
		"dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"}
	tensWords = []string{"", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"}
	// smallNumbers maps the words for 1..99 to their value.
	smallNumbers = buildSmallNumbers()
)

func buildSmallNumbers() map[string]int {
	m := map[string]int{"primo": 1, "tré": 3}
	for n := 1; n < 20; n++ {
		m[unitWords[n]] = n
	}
	for t := 2; t < 10; t++ {
		m[tensWords[t]] = t * 10
		for u := 1; u < 10; u++ {
			stem := tensWords[t]
			if u == 1 || u == 8 { // ventuno, ventotto: the vowel elides
				stem = stem[:len(stem)-1]
			}
			m[stem+unitWords[u]] = t*10 + u
			if u == 3 {
				m[stem+"tré"] = t*10 + u
			}
		}
	}
	return m
}

// wordsToNumber reads an Italian number written in words, up to 9999
// ("duemiladiciannove", "ventisei", "quattordici"), or in figures.
func wordsToNumber(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if s == "" {
		return 0, false
	}
	total := 0
	switch {
	case strings.HasPrefix(s, "mille"):
		total, s = 1000, strings.TrimPrefix(s, "mille")
	case strings.Contains(s, "mila"):
		i := strings.Index(s, "mila")
		k, ok := smallNumbers[s[:i]]
		if !ok || k > 9 {
			return 0, false
		}
		total, s = k*1000, s[i+len("mila"):]
	}
	if i := strings.Index(s, "cento"); i >= 0 {
		k := 1
		if s[:i] != "" {
			var ok bool
			if k, ok = smallNumbers[s[:i]]; !ok || k > 9 {
				return 0, false
			}
		}
		total, s = total+k*100, s[i+len("cento"):]
	}
	if s == "" {
		return total, total > 0
	}
	k, ok := smallNumbers[s]
	if !ok {
		return 0, false
	}
	return total + k, true
}

// placeAndWordsDate reads a place-and-date line whose date is in words,
// as a letter or a decree closes: "Funes, addì quattordici maggio
// duemilaventisei", "Saint-Pierre, lì dodici maggio duemilaventisei",
// and the notices' formulas "Dato in Sasso di Castalda, dalla Residenza
// Municipale, addì ventuno del mese di settembre dell'anno
// duemilaventisei", "Dalla Casa comunale, Bonarcado, lì venti luglio
// duemilaventisei".
func placeAndWordsDate(line string) (place, date string, ok bool) {
	if len(line) > maxWordsDateLine || !strings.Contains(line, ",") {
		return "", "", false // most cells: spared the regexp
	}
	g := placeWordsDateRE().FindStringSubmatch(line)
	if g == nil || utf8.RuneCountInString(g[1]) > maxPlaceRunes {
		return "", "", false
	}
	d, okDay := wordsToNumber(g[2])
	m := monthNumbers[strings.ToLower(g[3])]
	y, okYear := wordsToNumber(g[4])
	if !okDay || !okYear || m == 0 {
		return "", "", false
	}
	if date, ok = formatDate(y, m, d); !ok {
		return "", "", false
	}
	return g[1], date, true
}

// placeWordsDateRE is a place, then a day, a month and a year in words or
// figures: "Funes, addì quattordici maggio duemilaventisei", "Dato in
// Pontelandolfo dalla Residenza Municipale, addì 30 marzo 2026", the date in
// figures after it in brackets ("… duemilaventisei (10.3.2026)").
var placeWordsDateRE = lazyRegexp(`^(?i:dat[oa]\s+(?:in|a|ad)\s+|` + townHall + `\s*,\s*)?(\p{Lu}[\p{L}'’ -]+?)\s*(?:,\s*|\s(?i:` + townHall + `)\s*,\s*)(?i:` + townHall + `\s*,\s*)?(?i:(?:l[iì]['’]?|` + addiWord + `|il\s+giorno)\s*,?\s*)?(\p{L}+|\d{1,2})°?\s+(?i:del\s+mese\s+di\s+)?(\p{L}+)\s*,?\s*(?i:dell['’]\s*anno\s+|del\s+)?(\p{L}+|\d{4})(?:\s*\(\s*\d{1,2}(?:[./-]\d{1,2}[./-]|\s+\p{L}+\s+)\d{2,4}\s*\))?\s*\.?$`)

// maxWordsDateLine bounds the cell placeAndWordsDate reads, in bytes.
const maxWordsDateLine = 160
