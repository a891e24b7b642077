package extract

import "sync"

// lazyPatterns lists every pattern handed to lazyRegexp, so that a test can
// compile them all: a bad pattern must fail in the tests, not at a user's
// first call of the code that needs it. It is made at its size once:
// grown by append from nothing, it cost the package's init twice the
// memory (TestStartIsLight; TestLazyPatternsFit keeps the size ahead).
var lazyPatterns = make([]string, 0, lazyPatternsSize)

// lazyPatternsSize is room for the patterns the package declares, with
// some to spare.
const lazyPatternsSize = 384

// lazyRegexp returns a function making the pattern on its first call and
// returning the same *pattern after; the pattern itself is compiled when
// a text first holds one of its words (declaredPattern). The extractor
// declares over a hundred patterns; compiling them at package init cost
// every albo command milliseconds and megabytes at start, even those that
// never extract.
func lazyRegexp(expr string) func() *pattern {
	lazyPatterns = append(lazyPatterns, expr)
	l := &lazyPattern{expr: expr}
	return l.get
}

// lazyPattern is a pattern made on first need: sync.OnceValue would do,
// but allocates twice as often, and the package declares hundreds of
// these at init (TestStartIsLight).
type lazyPattern struct {
	expr string
	once sync.Once
	made *pattern
}

func (l *lazyPattern) get() *pattern {
	l.once.Do(func() { l.made = declaredPattern(l.expr) })
	return l.made
}
