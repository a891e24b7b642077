package inittrace

import "testing"

// TestRunReadsTheTrace checks that the trace of this test binary holds
// this package, whose init compiles a regular expression (a test helper,
// linked by tests only), with what that allocated, among others.
func TestRunReadsTheTrace(t *testing.T) {
	traced := Run(t)
	own := -1
	for _, p := range traced {
		if p.Path == "github.com/openalbo/albo/internal/inittrace" {
			own = p.Allocs
		}
	}
	switch {
	case own < 0:
		t.Errorf("the trace lacks this package: %v", traced)
	case own == 0:
		t.Error("this package's init, which compiles a regular expression, allocated nothing")
	}
	if len(traced) < 3 {
		t.Errorf("the trace holds %d packages, want the runtime's and the standard library's too: %v", len(traced), traced)
	}
}
