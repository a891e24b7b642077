// Package lazyre declares regular expressions that are compiled on their
// first use rather than at package initialisation: Go runs the init of
// every package a binary links, whatever the command, and every albo
// command links the crawler and the PDF reader, which most never use.
package lazyre

import (
	"regexp"
	"sync"
)

// Compile returns a function that compiles expr on its first call, and
// panics there if expr is not a valid expression (as regexp.MustCompile),
// and returns the same *regexp.Regexp on every call.
func Compile(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
