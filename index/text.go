package index

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"golang.org/x/text/unicode/norm"
)

var folder = asciifolding.New()

// normalise is the text as compared across revisions: ligatures unfolded,
// accents and typographic quotes folded, lowercase, punctuation and runs
// of space collapsed to one space. Two titles that differ only in these
// are the same title.
//
// It is one pass over the text in NFKC: ASCII as it is, other characters
// folded one by one (the folder folds each on its own), then each
// lowercased and kept when a letter or digit. Folding and lowercasing the
// whole text first, as strings, cost three copies of every text and a
// rune slice four times its length: a third of what opening an index of a
// million objectives spent on working out their lineage.
func normalise(s string) string {
	s = norm.NFKC.String(s)
	out := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			default:
				space = true
				continue
			}
			if space && len(out) > 0 {
				out = append(out, ' ')
			}
			out, space = append(out, c), false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		for _, f := range foldRune(r) {
			if f = unicode.ToLower(f); !unicode.IsLetter(f) && !unicode.IsDigit(f) {
				space = true
				continue
			}
			if space && len(out) > 0 {
				out = append(out, ' ')
			}
			out, space = utf8.AppendRune(out, f), false
		}
	}
	return string(out)
}

// foldRune is what the folder makes of r, from a table for the accented
// Latin letters (all Italian's, and most of Europe's).
func foldRune(r rune) string {
	if r < foldTableEnd {
		return foldTable()[r-utf8.RuneSelf]
	}
	return string(folder.Filter(utf8.AppendRune(nil, r)))
}

// foldTableEnd ends the runes foldTable holds, from utf8.RuneSelf: the
// Latin-1 Supplement and Latin Extended-A and B.
const foldTableEnd = 0x250

var foldTable = sync.OnceValue(func() []string {
	table := make([]string, foldTableEnd-utf8.RuneSelf)
	for r := rune(utf8.RuneSelf); r < foldTableEnd; r++ {
		table[r-utf8.RuneSelf] = string(folder.Filter(utf8.AppendRune(nil, r)))
	}
	return table
})

// stopWords are the Italian articles, prepositions and the like, folded as
// normalise folds them: every title has them, so they say nothing about
// which objective a title names. Folded on first use, not at start: every
// albo command would pay for it, the extractor's too.
var stopWords = sync.OnceValue(func() map[string]bool {
	tm := analysis.NewTokenMap()
	if err := tm.LoadBytes(it.ItalianStopWords); err != nil {
		panic(err) // a constant list that does not load is a programming error
	}
	out := make(map[string]bool, len(tm))
	for w := range tm {
		out[normalise(w)] = true
	}
	return out
})

// contentWords are the distinct words of a normalised text worth comparing:
// not stop words, not single letters (elided articles).
func contentWords(normalised string) []string {
	words := make([]string, 0, strings.Count(normalised, " ")+1)
	stop := stopWords()
	for w := range strings.FieldsSeq(normalised) {
		if len(w) > 1 && !stop[w] {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// overlap counts the words two sorted word lists share.
func overlap(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch strings.Compare(a[i], b[j]) {
		case 0:
			n++
			i++
			j++
		case -1:
			i++
		default:
			j++
		}
	}
	return n
}

// dice is the Dice coefficient of two word lists: 1 for the same words,
// 0 for none in common.
func dice(a, b []string) float64 { return diceOf(overlap(a, b), a, b) }

// diceOf is dice for lists sharing n words.
func diceOf(n int, a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

// containment is the share of the shorter list's words found in the other;
// it recognises a title cut short or extended ("… in collaborazione con …").
func containment(a, b []string) float64 { return containmentOf(overlap(a, b), a, b) }

// containmentOf is containment for lists sharing n words.
func containmentOf(n int, a, b []string) float64 {
	shorter := min(len(a), len(b))
	if shorter == 0 {
		return 0
	}
	return float64(n) / float64(shorter)
}

// organisationalWords are words every directorate's name may carry or
// drop without naming another one ("Direzione Politiche Sociali" and
// "Politiche Sociali"; "ex Direzione …" names a directorate that was
// reorganised away).
var organisationalWords = map[string]bool{"direzione": true, "ex": true}

// organisationalPrefixes are the kinds of office a directorate's name may
// open with or not ("Direzione Specialistica Incassi", "Area Servizio …").
var organisationalPrefixes = map[string]bool{"specialistica": true, "area": true}

// directorateKey is a directorate's name as compared: normalised, without
// the organisational words and leading kinds of office.
func directorateKey(name string) string {
	var kept []string
	for _, w := range strings.Fields(normalise(name)) {
		if !organisationalWords[w] && (len(kept) > 0 || !organisationalPrefixes[w]) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// slug is a readable id component: normalised words joined by dashes.
func slug(s string) string {
	return strings.ReplaceAll(normalise(s), " ", "-")
}
