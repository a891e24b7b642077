package pdftext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headings typed letter by letter, with a space between the letters and
// two or more between the words ("D E T E R M I N A Z I O N E   D E L
// S I N D A C O", "O G G E T T O :"), as word processors' templates print
// them: the spaces are characters in the text, not gaps between glyphs
// (letterSpacing), and each word would read as one letter per word.

// minSpacedLetters is how many single letters in a row make a word typed
// apart inside a phrase; a part that holds nothing else needs only
// minSpacedPart. Running text does not put three one-letter words in a
// row ("e a i" is no Italian), nor four.
const (
	minSpacedLetters = 4
	minSpacedPart    = 3
)

// closeSpacedLetters closes up the words of s typed letter by letter: the
// parts of s between runs of two or more spaces that are single letters
// one space apart (minSpacedPart of them, the last one may carry a
// colon or a stop), and, within a part, minSpacedLetters single letters in
// a row. Once one word of s is closed up, any part of two single letters
// is too ("I L   D I R I G E N T E"). Other text is returned as it is.
func closeSpacedLetters(s string) string {
	if !hasSpacedLetters(s) {
		return s
	}
	// Word gaps typed as no-break spaces ("D I &nbsp; V I A") are gaps.
	parts := splitWide(strings.ReplaceAll(s, "\u00a0", " "))
	closed := false
	for i, p := range parts {
		words := strings.Split(p, " ")
		switch {
		case allSingleLetters(words) && len(words) >= minSpacedPart:
			parts[i] = strings.Join(words, "")
			closed = true
		default:
			if joined, ok := closeLetterRuns(words); ok {
				parts[i] = joined
				closed = true
			}
		}
	}
	if !closed {
		return s
	}
	for i, p := range parts {
		if words := strings.Split(p, " "); len(words) >= 2 && allSingleLetters(words) {
			parts[i] = strings.Join(words, "")
		}
	}
	return strings.Join(parts, "  ")
}

// hasSpacedLetters reports, cheaply, whether s holds three one-rune words
// in a row, each followed by a space: the least a spaced word shows ("G G
// E" of "O G G E T T O"). Whether they are letters is for the caller.
func hasSpacedLetters(s string) bool {
	n, runes := 0, 0 // one-rune words in a row; runes of the word so far
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			switch {
			case runes == 1:
				if n++; n >= 3 {
					return true
				}
			case runes > 1:
				n = 0
			}
			runes = 0
		case c&0xC0 != 0x80: // not a UTF-8 continuation byte
			runes++
		}
	}
	return false
}

// splitWide splits s at every run of two spaces or more, trimmed.
func splitWide(s string) []string {
	var parts []string
	for {
		s = strings.TrimLeft(s, " ")
		i := strings.Index(s, "  ")
		if i < 0 {
			if s != "" {
				parts = append(parts, s)
			}
			return parts
		}
		parts = append(parts, s[:i])
		s = s[i:]
	}
}

// allSingleLetters reports whether every word is one letter, the last one
// perhaps followed by a colon or a full stop ("O:").
func allSingleLetters(words []string) bool {
	for i, w := range words {
		if i == len(words)-1 {
			w = strings.TrimRight(w, ":.")
		}
		if !singleLetter(w) {
			return false
		}
	}
	return true
}

// LettersApart reports whether s is a word typed letter by letter, one
// space between its letters, and nothing else: "C O M U N E", "D I". A
// heading so typed parts its words by wider gaps than a phrase's, which
// a reader of cells would take for a cell's end.
func LettersApart(s string) bool {
	return spacedWord(strings.TrimSpace(s))
}

// spacedWord reports whether s is two single letters or more, one space
// apart, and nothing else: "D I", "D E L"; the last may carry a colon or
// a stop, as allSingleLetters allows. Every run of a line is asked
// (splitCells, JoinRuns): it reads s in place, without splitting it.
func spacedWord(s string) bool {
	letters := 0
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		if !singleLetter(s[i : i+size]) {
			return false
		}
		i += size
		letters++
		switch {
		case i == len(s):
		case s[i] == ' ':
			if i++; i == len(s) {
				return false // a space after the last letter: an empty word
			}
		default:
			return letters >= 2 && strings.TrimRight(s[i:], ":.") == ""
		}
	}
	return letters >= 2
}

// singleLetter reports whether w is one letter, or an apostrophe, which
// a name spaced letter by letter sets apart as it does its letters ("D ’
// A I A N O").
func singleLetter(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && size > 0 && (unicode.IsLetter(r) || r == '\'' || r == '’')
}

// closeLetterRuns closes up each run of minSpacedLetters single letters or
// more among words ("O G G E T T O: Lavori" → "OGGETTO: Lavori"); ok is
// false when there is none.
func closeLetterRuns(words []string) (joined string, ok bool) {
	var out []string
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && singleLetter(words[j]) {
			j++
		}
		// the run's last letter may carry what follows it: "O:"
		if j < len(words) && j-i >= minSpacedLetters-1 && singleLetter(strings.TrimRight(words[j], ":.,;")) && strings.TrimRight(words[j], ":.,;") != words[j] {
			j++
		}
		if j-i >= minSpacedLetters {
			out = append(out, strings.Join(words[i:j], ""))
			ok = true
			i = j
			continue
		}
		if j == i {
			j++
		}
		out = append(out, words[i:j]...)
		i = j
	}
	return strings.Join(out, " "), ok
}
