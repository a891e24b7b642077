package extract

import "sync"

// lazyPatterns lists every pattern handed to lazyRegexp, so that a test can
// compile them all: a bad pattern must fail in the tests, not at a user's
// first call of the code that needs it.
var lazyPatterns []string

// lazyRegexp returns a function compiling pattern on its first call and
// returning the same *pattern after. The extractor declares about a
// hundred patterns; compiling them at package init cost every albo command
// milliseconds and megabytes at start, even those that never extract.
func lazyRegexp(expr string) func() *pattern {
	lazyPatterns = append(lazyPatterns, expr)
	return sync.OnceValue(func() *pattern { return compilePattern(expr) })
}
