package extract

import (
	"bytes"
	"slices"
	"sync"
)

// wordSet is a set of words one of which a text must hold, folded as
// foldASCII folds it, for a pattern to match it or for a reading to look
// further: the pattern's required words (requiredOf) or a reading's own
// list. Every line of an act is tried on dozens of sets, and over 900
// acts of the unseen sets looking for them was 11% of the extractor's
// CPU (go test -cpuprofile, by hand). A word that holds another is
// dropped. A set of more than fewWords words is looked for in one pass
// over the text, hashing each three bytes it reads, in either case, so
// that the text is not folded either; a smaller one word by word, in a
// folded copy, where bytes.Contains looks at many bytes at once.
type wordSet struct {
	// declared are the words as the set was made with them.
	declared []string
	once     sync.Once
	// words are the set's words, folded, without those that hold another
	// (a text that holds "cognome" holds "gnome").
	words [][]byte
	// starts is the table the one pass looks in; nil where the words are
	// looked for one by one: there are few (fewWords), or one is shorter
	// than two bytes. Every declared pattern has a set from the start, and
	// few sets need a table.
	starts *startTable
}

// startTable holds the hashes (startHash) of the words' first three
// bytes, and of the unfoldable letters', in words; those of words of two
// bytes in pairs.
type startTable struct {
	words, pairs [startBits / 64]uint64
}

// startBits is how many hashes of a word's start a set tells apart: a
// set's words begin in a few dozen ways at most, so three bytes that
// begin none are taken for a word's start about once in a hundred.
const startBits = 4096

// startHash is the hash of a word's first three bytes, folded, or of its
// two bytes (c zero), below startBits.
func startHash(a, b, c byte) uint32 {
	return (uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 0x9E3779B1 >> (32 - 12)
}

// fewWords is the most words looked for one by one. Over the lines of
// the unseen sets, in one process, the one pass from seven words on took
// about 0.7× the time of looking for each word (a benchmark run by hand,
// not kept); over whole `albo extract` processes the difference was
// within the runs' noise.
const fewWords = 6

// unfoldable are the two non-ASCII letters that case-insensitive matching
// equates with ASCII ones (foldASCII): a text that holds one may match
// without holding a word, so the one pass finds them as if they were.
var unfoldable = [][]byte{[]byte("\u212A"), []byte("\u017F")}

// newWordSet is the set of words. Its table is made when it is first
// looked for: most patterns are never tried on a text, and `albo extract`
// would pay for theirs at its start.
func newWordSet(words ...string) *wordSet {
	return &wordSet{declared: words}
}

// made is ws with its words folded and its table made.
func (ws *wordSet) made() *wordSet {
	ws.once.Do(ws.make)
	return ws
}

func (ws *wordSet) make() {
	short := false
	for _, w := range ws.declared {
		folded, _ := foldASCII(nil, w)
		short = short || len(folded) < 2
		ws.words = append(ws.words, folded)
	}
	ws.words = withoutHolders(ws.words)
	if short || len(ws.words) <= fewWords {
		return
	}
	ws.starts = new(startTable)
	for _, w := range append(slices.Clone(ws.words), unfoldable...) {
		ws.starts.add(w)
	}
}

// withoutHolders is words without repeats and without those that hold
// another word of them, in their order.
func withoutHolders(words [][]byte) [][]byte {
	var kept [][]byte
	for i, w := range words {
		holder := slices.ContainsFunc(words, func(o []byte) bool {
			return len(o) < len(w) && bytes.Contains(w, o)
		})
		repeat := slices.ContainsFunc(words[:i], func(o []byte) bool { return bytes.Equal(o, w) })
		if !holder && !repeat {
			kept = append(kept, w)
		}
	}
	return kept
}

// add puts a word of two bytes or more in the table.
func (t *startTable) add(w []byte) {
	if len(w) == 2 {
		h := startHash(w[0], w[1], 0)
		t.pairs[h/64] |= 1 << (h % 64)
		return
	}
	h := startHash(w[0], w[1], w[2])
	t.words[h/64] |= 1 << (h % 64)
}

// in is whether s, folded, holds one of the words; true too when s holds a
// letter foldASCII cannot fold, and always for a nil set, which has no
// words to rule a text out by.
func (ws *wordSet) in(s string) bool {
	switch {
	case ws == nil:
		return true
	case ws.made().starts != nil:
		return inOnePass(ws, s)
	case len(s) <= smallText:
		var stack [smallText]byte
		folded, ok := foldASCII(stack[:0], s)
		return !ok || containsAny(folded, ws.words)
	}
	folded, ok, release := foldPooled(s)
	defer release()
	return !ok || containsAny(folded, ws.words)
}

// inFolded is in for a text folded already.
func (ws *wordSet) inFolded(folded []byte) bool {
	switch {
	case ws == nil:
		return true
	case ws.made().starts != nil:
		return inOnePass(ws, folded)
	}
	return containsAny(folded, ws.words)
}

func containsAny(folded []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.Contains(folded, w) {
			return true
		}
	}
	return false
}

// inOnePass is whether text holds one of the set's words, or one of the
// letters foldASCII cannot fold, in either case: one pass over text, where
// three bytes (two, for words of two) that begin no word cost a look in
// the table, and those that may are compared with each word.
func inOnePass[T string | []byte](ws *wordSet, text T) bool {
	if len(text) < 2 {
		return false
	}
	t := ws.starts
	a, b := lowerASCII[text[0]], lowerASCII[text[1]]
	for i := 2; i <= len(text); i++ {
		var c byte
		if i < len(text) {
			c = lowerASCII[text[i]]
		}
		if h := startHash(a, b, c); t.words[h/64]&(1<<(h%64)) != 0 && wordAt(ws, text[i-2:]) {
			return true
		}
		if h := startHash(a, b, 0); t.pairs[h/64]&(1<<(h%64)) != 0 && wordAt(ws, text[i-2:]) {
			return true
		}
		a, b = b, c
	}
	return false
}

// wordAt is whether text begins with one of the set's words, or an
// unfoldable letter, in either case.
func wordAt[T string | []byte](ws *wordSet, text T) bool {
	return slices.ContainsFunc(ws.words, func(w []byte) bool { return hasFoldedPrefix(text, w) }) ||
		slices.ContainsFunc(unfoldable, func(w []byte) bool { return hasFoldedPrefix(text, w) })
}

// hasFoldedPrefix is whether text begins with the folded word w in either
// case.
func hasFoldedPrefix[T string | []byte](text T, w []byte) bool {
	if len(text) < len(w) {
		return false
	}
	for j, c := range w {
		if lowerASCII[text[j]] != c {
			return false
		}
	}
	return true
}

// lowerASCII maps a byte to itself, but for an ASCII capital, which it
// maps to its small letter.
var lowerASCII = func() (table [256]byte) {
	for c := range table {
		table[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			table[c] += 'a' - 'A'
		}
	}
	return table
}()
