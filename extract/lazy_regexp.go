package extract

import "sync"

// lazyPatterns lists every pattern handed to lazyRegexp, so that a test can
// compile them all: a bad pattern must fail in the tests, not at a user's
// first call of the code that needs it.
var lazyPatterns []string

// lazyRegexp returns a function making the pattern on its first call and
// returning the same *pattern after; the pattern itself is compiled when
// a text first holds one of its words (declaredPattern). The extractor
// declares over a hundred patterns; compiling them at package init cost
// every albo command milliseconds and megabytes at start, even those that
// never extract.
func lazyRegexp(expr string) func() *pattern {
	lazyPatterns = append(lazyPatterns, expr)
	return sync.OnceValue(func() *pattern { return declaredPattern(expr) })
}
