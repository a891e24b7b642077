package extract

import (
	"bytes"
	"iter"
	"regexp/syntax"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/third_party/regexp"
)

// Matches in long texts, found where they can begin.
//
// The act parser runs a dozen patterns over whole sections and whole
// documents (citations, annex references, proposals). The required words
// of pattern.search do not help there: a long text holds them somewhere.
// Go's matcher then walks the text rune by rune through the pattern's
// automaton, since a case-insensitive pattern has no literal prefix it
// could skip to. Most of those patterns begin every match with one of a
// few words ("deliberazione", "d.lgs.", "allegato"): a substring search
// finds where these occur, and the pattern, anchored, is tried there only.

// leading is how every match of a pattern begins: with one of words,
// folded as foldASCII folds, right after a word boundary when boundary is
// set. anchored is the pattern matched at the start of a text only,
// compiled on first need.
type leading struct {
	words    [][]byte
	boundary bool
	anchored func() *regexp.Regexp
}

// newLeading is the leading of expr, its anchored pattern compiled on
// first need.
func newLeading(expr string, words [][]byte, boundary bool) *leading {
	return &leading{words: words, boundary: boundary,
		anchored: sync.OnceValue(func() *regexp.Regexp { return compiledRegexp(anchoredExpr(expr)) })}
}

// Bounds of the leading words. A word shorter than preferredLeading is
// lengthened with what follows it where the pattern allows ("de" +
// "libera", "termina"…), so that it occurs less often; minLeading is the
// shortest kept. A pattern that may begin with more than maxLeadingWords
// words is matched as the regexp matches it.
const (
	minLeading       = 2
	preferredLeading = 4
	maxLeadingWords  = 32
)

// minLeadingText is the shortest text searched for leading words: the
// lines of a document are matched as the regexp matches them.
const minLeadingText = 4096

// leadingOf returns how the pattern's matches begin: for a declared
// pattern, what the table says from the first call; for another, worked
// out (by parsing the pattern again) once the pattern has been called
// wordsAfterCalls times. nil when it does not know.
func (p *pattern) leadingOf() *leading {
	if p.leadDeclared {
		return p.lead
	}
	if p.calls.Load() < wordsAfterCalls {
		return nil
	}
	p.leadOnce.Do(func() { p.lead = findLeading(p.String()) })
	return p.lead
}

// findLeading works out how every match of expr begins; nil when it may
// begin otherwise than with one of a few words.
func findLeading(expr string) *leading {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	starts, ok := leadingStarts([]*syntax.Regexp{tree.Simplify()})
	if !ok || len(starts) == 0 || len(starts) > maxLeadingWords {
		return nil
	}
	boundary := starts[0].boundary
	var words [][]byte
	for _, s := range starts {
		if s.boundary != boundary || len(s.word) < minLeading {
			return nil // some matches after a boundary, others not: the anchored pattern could not tell
		}
		if boundary && !isWordByte(s.word[0]) {
			return nil
		}
		if !containsWord(words, s.word) {
			words = append(words, []byte(s.word))
		}
	}
	return newLeading(expr, words, boundary)
}

func containsWord(words [][]byte, w string) bool {
	for _, x := range words {
		if string(x) == w {
			return true
		}
	}
	return false
}

// leadingStart is one way a match begins.
type leadingStart struct {
	word     string // folded
	boundary bool   // after a word boundary
}

// leadingStarts returns the ways a match of the sequence seq begins; ok is
// false when some match may begin otherwise than with a word.
func leadingStarts(seq []*syntax.Regexp) (starts []leadingStart, ok bool) {
	if len(seq) == 0 {
		return nil, false // an empty match, or one that begins anywhere
	}
	head, rest := seq[0], seq[1:]
	then := func(first ...*syntax.Regexp) []*syntax.Regexp {
		return append(first[:len(first):len(first)], rest...)
	}
	switch head.Op {
	case syntax.OpWordBoundary:
		starts, ok := leadingStarts(rest)
		for i := range starts {
			starts[i].boundary = true
		}
		return starts, ok
	case syntax.OpEmptyMatch:
		return leadingStarts(rest)
	case syntax.OpCapture:
		return leadingStarts(then(head.Sub[0]))
	case syntax.OpConcat:
		return leadingStarts(then(head.Sub...))
	case syntax.OpAlternate:
		for _, alt := range head.Sub {
			s, ok := leadingStarts(then(alt))
			if !ok {
				return nil, false
			}
			starts = append(starts, s...)
		}
		return starts, len(starts) <= maxLeadingWords
	case syntax.OpQuest:
		with, ok := leadingStarts(then(head.Sub[0]))
		without, ok2 := leadingStarts(rest)
		starts = append(with, without...)
		return starts, ok && ok2 && len(starts) <= maxLeadingWords
	case syntax.OpLiteral:
		word, whole := leadingLiteral(head)
		if len(word) == 0 {
			return nil, false
		}
		if whole && len(word) < preferredLeading && len(rest) > 0 {
			// A boundary inside the longer word is the anchored
			// pattern's to check.
			if more, ok := leadingStarts(rest); ok {
				starts = make([]leadingStart, len(more))
				for i, m := range more {
					starts[i] = leadingStart{word: word + m.word}
				}
				return starts, true
			}
		}
		return []leadingStart{{word: word}}, true
	}
	return nil, false
}

// leadingLiteral is a literal folded as foldASCII folds text, up to its
// first letter that case-insensitive matching equates with others
// foldASCII leaves apart (any non-ASCII letter of a case-insensitive
// literal); whole says it is the whole literal.
func leadingLiteral(re *syntax.Regexp) (word string, whole bool) {
	var b []byte
	for _, r := range re.Rune {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case re.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(r) != r:
			return string(b), false
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b), true
}

// isWordByte is what \b counts as a word character, ASCII only.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// matches yields the matches of the pattern in s, each as
// FindAllStringSubmatchIndex gives it and in its order, trying the
// anchored pattern only where a leading word occurs in folded, s folded
// by foldASCII; release is called once the matches are done with.
func (lead *leading) matches(s string, folded []byte, release func()) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		defer release()
		// next[i] is where words[i] occurs from the last search on: -2
		// not searched yet, -1 nowhere.
		var stack [maxLeadingWords]int
		next := stack[:len(lead.words)]
		for i := range next {
			next[i] = -2
		}
		for from := 0; from < len(s); {
			at := -1
			for i, w := range lead.words {
				if next[i] != -1 && next[i] < from {
					next[i] = -1
					if j := bytes.Index(folded[from:], w); j >= 0 {
						next[i] = from + j
					}
				}
				if next[i] >= 0 && (at < 0 || next[i] < at) {
					at = next[i]
				}
			}
			if at < 0 {
				return
			}
			// Before a word character, \b holds at at only if the word
			// began with something else, which no leading word does.
			if lead.boundary && at > 0 && isWordByte(s[at-1]) {
				from = at + 1
				continue
			}
			loc := lead.anchored().FindStringSubmatchIndex(s[at:])
			if loc == nil {
				from = at + 1
				continue
			}
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += at
				}
			}
			if !yield(loc) {
				return
			}
			from = max(loc[1], at+1) // a match is never empty: it holds a word
		}
	}
}

// firstLeading is the first of matches, nil for none.
func firstLeading(matches iter.Seq[[]int]) []int {
	for loc := range matches {
		return loc
	}
	return nil
}
