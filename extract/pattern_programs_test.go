package extract

import (
	"bytes"
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
	var exprs []string
	for _, expr := range lazyPatterns {
		exprs = append(exprs, expr)
		if _, lead, _ := patternWords(expr); lead != nil {
			exprs = append(exprs, anchoredExpr(expr))
		}
	}
	slices.Sort(exprs)
	exprs = slices.Compact(exprs)
	// In the order of the expressions, so that the pool's order, and the
	// file, change only where the patterns do.
	var pool regexp.RunePool
	entries := make([]patternProgram, len(exprs))
	for i, expr := range exprs {
		entries[i] = patternProgram{expr, regexp.MustPrecompile(expr, &pool)}
	}

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
	b.WriteString("}\n\n")
	b.WriteString("// patternRunes holds the rune lists of patternPrograms, each once.\n")
	b.WriteString("var patternRunes = []rune{")
	for i, r := range pool.Runes() {
		if i%16 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%#x,", r)
	}
	b.WriteString("\n}\n")
	checkGenerated(t, patternProgramsFile, "TestPatternProgramsTable", b.Bytes())
	for _, e := range entries {
		if loaded, compiled := compiledRegexp(e.expr), regexp.MustCompile(e.expr); !reflect.DeepEqual(loaded, compiled) {
			t.Errorf("%q loads otherwise than it compiles", e.expr)
		}
	}
	t.Logf("%d programs, %d bytes, %d runes", len(entries), size, len(pool.Runes()))
}

// BenchmarkPatternPrograms loads every program of the table, and compiles
// every expression of it, as compiledRegexp would otherwise: what a
// process that reads acts pays for its patterns either way.
func BenchmarkPatternPrograms(b *testing.B) {
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			for _, p := range patternPrograms {
				if _, err := regexp.Load(p.expr, p.program, patternRunes); err != nil {
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
