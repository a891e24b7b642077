package extract

import (
	"cmp"
	"slices"
)

// patternWords returns what requiredOf finds in expr, read from the table
// the tests write (pattern_words_table.go) rather than by parsing expr
// again; known is false for an expression the table does not hold.
func patternWords(expr string) (words [][]byte, known bool) {
	h := exprHash(expr)
	i, found := slices.BinarySearchFunc(patternWordsTable, h, func(e patternWordsEntry, h uint64) int {
		return cmp.Compare(e.hash, h)
	})
	if !found {
		return nil, false
	}
	for _, w := range patternWordsTable[i].words {
		words = append(words, []byte(w))
	}
	return words, true
}

// patternWordsEntry is the words of the expression whose hash is hash;
// nil when it has none worth looking for.
type patternWordsEntry struct {
	hash  uint64
	words []string
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
