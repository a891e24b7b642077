package extract

import (
	"cmp"
	"slices"
)

// patternWords returns what requiredOf and findLeading find in expr, read
// from the table the tests write (pattern_words_table.go) rather than by
// parsing expr again; known is false for an expression the table does not
// hold.
func patternWords(expr string) (words *wordSet, lead *leading, known bool) {
	h := exprHash(expr)
	i, found := slices.BinarySearchFunc(patternWordsTable, h, func(e patternWordsEntry, h uint64) int {
		return cmp.Compare(e.hash, h)
	})
	if !found {
		return nil, nil, false
	}
	e := patternWordsTable[i]
	if e.leading != nil {
		lead = newLeading(expr, asBytes(e.leading), e.boundary)
	}
	if e.words != nil {
		words = newWordSet(e.words...)
	}
	return words, lead, true
}

// asBytes is words as byte slices, nil for none.
func asBytes(words []string) [][]byte {
	var out [][]byte
	for _, w := range words {
		out = append(out, []byte(w))
	}
	return out
}

// patternWordsEntry is what is known of the expression whose hash is
// hash: the words one of which every match holds (requiredOf), nil when
// none is worth looking for, and the words every match begins with
// (findLeading), after a word boundary when boundary is set, nil when
// matches may begin otherwise.
type patternWordsEntry struct {
	hash     uint64
	words    []string
	leading  []string
	boundary bool
}

// exprHash is the 64-bit FNV-1a hash of expr.
func exprHash(expr string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(expr); i++ {
		h ^= uint64(expr[i])
		h *= 1099511628211
	}
	return h
}
