package extract

import (
	"regexp"
	"testing"
)

// TestLazyPatternsCompile compiles every lazily declared pattern, which the
// package would otherwise only do on the first use of each.
func TestLazyPatternsCompile(t *testing.T) {
	if len(lazyPatterns) == 0 {
		t.Fatal("no pattern registered by lazyRegexp")
	}
	for _, pattern := range lazyPatterns {
		if _, err := regexp.Compile(pattern); err != nil {
			t.Errorf("pattern %q: %v", pattern, err)
		}
	}
}

func TestLazyRegexpCompilesOnce(t *testing.T) {
	re := lazyRegexp(`^a+$`)
	first := re()
	if !first.MatchString("aaa") || first.MatchString("b") {
		t.Fatalf("pattern %q compiled wrong", first)
	}
	if re() != first {
		t.Error("second call compiled the pattern again")
	}
}
