// Package inittrace reads what each package's initialisation costs in a
// test binary, from Go's init trace (GODEBUG=inittrace=1), for tests that
// keep albo's start light: Go runs the init of every package a binary
// links, whatever the command.
package inittrace

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// Package is what one package's initialisation allocated.
type Package struct {
	Path   string
	Bytes  int
	Allocs int
}

// line is one record of the trace: "init PATH @T ms, D ms clock, B bytes, A allocs".
var line = regexp.MustCompile(`(?m)^init (\S+) @.* ([0-9]+) bytes, ([0-9]+) allocs$`)

// Run starts the running test binary again, running no test, with the
// init trace on, and returns the packages it traced, in the order they
// were initialised. It fails t if the binary fails or traces nothing.
func Run(t testing.TB) []Package {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v\n%s", cmd, err, stderr.Bytes())
	}
	var out []Package
	for _, m := range line.FindAllSubmatch(stderr.Bytes(), -1) {
		b, _ := strconv.Atoi(string(m[2]))
		a, _ := strconv.Atoi(string(m[3]))
		out = append(out, Package{Path: string(m[1]), Bytes: b, Allocs: a})
	}
	if len(out) == 0 {
		t.Fatalf("%v traced no package's init:\n%s", cmd, stderr.Bytes())
	}
	return out
}
