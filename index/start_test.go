package index_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// TestStartDoesNotBuildAutomata checks that a process linking the index
// does not build the typo automata when it starts: bleve's scorch makes
// them in its package init, which every albo command ran (`albo extract`
// too) until the patched vellum of third_party/vellum deferred them to
// the first fuzzy query. It starts this test binary again with Go's
// init trace and reads what scorch's init allocated.
func TestStartDoesNotBuildAutomata(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v\n%s", cmd, err, stderr.Bytes())
	}
	line := regexp.MustCompile(`(?m)^init github\.com/blevesearch/bleve/v2/index/scorch @.* ([0-9]+) bytes, ([0-9]+) allocs$`)
	m := line.FindSubmatch(stderr.Bytes())
	if m == nil {
		t.Fatalf("no init trace of scorch in:\n%s", firstLines(stderr.Bytes(), 20))
	}
	allocs, _ := strconv.Atoi(string(m[2]))
	t.Logf("scorch's package init: %s bytes, %d allocations (building the automata took about 1 MB and 25,000)", m[1], allocs)
	// Building the two automata allocates about 25,000 times; the rest of
	// scorch's init, a handful.
	if allocs > 1000 {
		t.Errorf("scorch's package init allocated %d times: it builds the typo automata again (is go.mod's replace of vellum still for the version bleve asks for?)", allocs)
	}
}

// firstLines is at most n lines of b.
func firstLines(b []byte, n int) string {
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(b))
	for i := 0; i < n && sc.Scan(); i++ {
		out.Write(sc.Bytes())
		out.WriteByte('\n')
	}
	return out.String()
}
