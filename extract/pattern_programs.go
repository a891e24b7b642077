package extract

import (
	"cmp"
	"slices"

	"github.com/openalbo/albo/third_party/regexp"
)

// compiledRegexp is expr compiled: loaded from the program the tests
// precompiled for it (pattern_programs_table.go) when the table holds
// one, else compiled now. A one-page act compiles some eighty patterns
// in a process that lives ten milliseconds; cold, compiling them cost
// about a quarter of its CPU and a third of its page faults, where
// loading them costs a quarter of that (BenchmarkPatternPrograms,
// third_party/regexp/ALBO.md).
func compiledRegexp(expr string) *regexp.Regexp {
	i, found := slices.BinarySearchFunc(patternPrograms, expr, func(p patternProgram, expr string) int {
		return cmp.Compare(p.expr, expr)
	})
	if found {
		if re, err := regexp.Load(expr, patternPrograms[i].program, patternRunes); err == nil {
			return re
		}
	}
	return regexp.MustCompile(expr)
}

// anchoredExpr is expr matched at the start of a text only
// (pattern_leading.go).
func anchoredExpr(expr string) string { return `^(?:` + expr + `)` }

// patternProgram is the program regexp.Precompile wrote for expr, its rune
// lists in patternRunes.
type patternProgram struct {
	expr, program string
}
