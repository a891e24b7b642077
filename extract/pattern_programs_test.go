package extract

import (
	"bytes"
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/openalbo/albo/third_party/regexp"
)

const patternProgramsFile = "pattern_programs_table.go"

// TestPatternProgramsTable checks that pattern_programs_table.go holds the
// program regexp.Precompile writes for every expression handed to
// lazyRegexp, and for the anchored form of those with leading words, and
// that each loads as the expression compiles. A stale entry is never
// wrong, only slow: an expression the table lacks is compiled. -update
// writes the file again.
func TestPatternProgramsTable(t *testing.T) {
	var entries []patternProgram
	seen := map[string]bool{}
	add := func(expr string) {
		if !seen[expr] {
			seen[expr] = true
			entries = append(entries, patternProgram{expr, regexp.MustPrecompile(expr)})
		}
	}
	for _, expr := range lazyPatterns {
		add(expr)
		if _, lead, _ := patternWords(expr); lead != nil {
			add(anchoredExpr(expr))
		}
	}
	slices.SortFunc(entries, func(a, b patternProgram) int { return cmp.Compare(a.expr, b.expr) })

	var b bytes.Buffer
	b.WriteString("// patternPrograms holds, in the order of their expressions, the program\n")
	b.WriteString("// regexp.Precompile writes for each expression handed to lazyRegexp and\n")
	b.WriteString("// for the anchored form of those whose matches begin with known words.\n")
	b.WriteString("var patternPrograms = []patternProgram{\n")
	size := 0
	for _, e := range entries {
		fmt.Fprintf(&b, "\t{%s,\n\t\t%s},\n", strconv.Quote(e.expr), strconv.Quote(e.program))
		size += len(e.program)
	}
	b.WriteString("}\n")
	checkGenerated(t, patternProgramsFile, "TestPatternProgramsTable", b.Bytes())
	for _, e := range entries {
		if loaded, compiled := compiledRegexp(e.expr), regexp.MustCompile(e.expr); !reflect.DeepEqual(loaded, compiled) {
			t.Errorf("%q loads otherwise than it compiles", e.expr)
		}
	}
	t.Logf("%d programs, %d bytes", len(entries), size)
}

// BenchmarkPatternPrograms loads every program of the table, and compiles
// every expression of it, as compiledRegexp would otherwise: what a
// process that reads acts pays for its patterns either way.
func BenchmarkPatternPrograms(b *testing.B) {
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			for _, p := range patternPrograms {
				if _, err := regexp.Load(p.expr, p.program); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("compile", func(b *testing.B) {
		for b.Loop() {
			for _, p := range patternPrograms {
				regexp.MustCompile(p.expr)
			}
		}
	})
}
