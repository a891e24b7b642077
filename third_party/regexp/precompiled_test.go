package regexp

import (
	"reflect"
	"regexp/syntax"
	"strings"
	"testing"
)

// precompiledCases are expressions of every kind the compiler makes
// programs of: literals, classes, case folding, captures named and not,
// repetitions, empty-width assertions, and one-pass (anchored) programs.
var precompiledCases = []struct {
	expr   string
	inputs []string
}{
	{`abc`, []string{"", "abc", "xabcx", "ab"}},
	{`(?i)deliberazione\s+n\.\s*(\d+)`, []string{"DELIBERAZIONE N. 12", "deliberazione  n.3 e n. 4", "delibera"}},
	{`^(?:il|la)\s+(?P<role>presidente|sindaco)$`, []string{"il sindaco", "la presidente", "il sindaco x", "IL SINDACO"}},
	{`(?i)^(\d{1,2})°?\s*([a-z]+)\.?\s+(\d{4})$`, []string{"3° marzo 2024", "12 APRILE. 2025", "3 marzo"}},
	{`(?i)^(?:s[iì]|no|x(?:\s+giust\.?)?)$`, []string{"sì", "SI", "no", "x giust.", "xx"}},
	{`[\p{Lu}][\p{L}'’ ]+?(?:\s*\([A-Z]{2}\))?`, []string{"Milano (MI)", "città", "Forlì-Cesena"}},
	{`a{2,5}b*c?`, []string{"a", "aa", "aaaaaaabbbc", "ac"}},
	{`\bword\b|^$`, []string{"", "a word.", "swords"}},
	{`(a|b)*?(c)`, []string{"ababc", "c", "ab"}},
	{`[^\n]+$`, []string{"one\ntwo", "three"}},
	{`(?s).`, []string{"\n", "é", ""}},
	{`x*`, []string{"", "xxx", "yxy"}},
	{`[^a-z]`, []string{"\xff", "abc1", ""}},
}

// TestLoadIsCompile checks that Load(Precompile(expr)) builds the same
// Regexp as Compile(expr), field by field, one-pass form included, and
// that it matches as it does.
func TestLoadIsCompile(t *testing.T) {
	onepass := 0
	var pool RunePool
	datas := make([]string, len(precompiledCases))
	for i, c := range precompiledCases {
		data, err := Precompile(c.expr, &pool)
		if err != nil {
			t.Fatalf("Precompile(%q): %v", c.expr, err)
		}
		datas[i] = data
	}
	for i, c := range precompiledCases {
		loaded, err := Load(c.expr, datas[i], pool.Runes())
		if err != nil {
			t.Fatalf("Load(%q): %v", c.expr, err)
		}
		compiled := MustCompile(c.expr)
		if !reflect.DeepEqual(loaded, compiled) {
			t.Errorf("%q: loaded\n%+v\ncompiled\n%+v", c.expr, loaded, compiled)
		}
		if compiled.onepass != nil {
			onepass++
		}
		for _, in := range c.inputs {
			got, want := loaded.FindAllStringSubmatchIndex(in, -1), compiled.FindAllStringSubmatchIndex(in, -1)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q: loaded %v, compiled %v", c.expr, in, got, want)
			}
		}
	}
	if onepass < 2 {
		t.Errorf("%d of the cases compile to a one-pass program: the table no longer tests their encoding", onepass)
	}
}

// TestLoadRefuses checks that a program the matchers could not run to an
// end is refused, never run, as is data Precompile did not write.
func TestLoadRefuses(t *testing.T) {
	prog := func(start int, insts ...syntax.Inst) *syntax.Prog {
		return &syntax.Prog{Inst: insts, Start: start, NumCap: 2}
	}
	fail, match := syntax.Inst{Op: syntax.InstFail}, syntax.Inst{Op: syntax.InstMatch}
	var pool RunePool
	enc := func(prog *syntax.Prog, onepass *onePassProg, numSubexp int, names []string, minLen int) string {
		return encode(prog, onepass, numSubexp, names, minLen, &pool)
	}
	good := enc(prog(1, fail, syntax.Inst{Op: syntax.InstRune1, Out: 2, Rune: []rune{'a'}}, match), nil, 0, []string{""}, 1)
	if _, err := Load("a", good, pool.Runes()); err != nil {
		t.Fatalf("a well-formed program: %v", err)
	}
	alt := func(out, arg uint32) syntax.Inst { return syntax.Inst{Op: syntax.InstAlt, Out: out, Arg: arg} }
	onepass := func(insts ...onePassInst) *onePassProg { return &onePassProg{Inst: insts, Start: 1, NumCap: 2} }
	cases := []struct {
		name string
		data string
	}{
		{"empty", ""},
		{"another format", "\x01" + good[1:]},
		{"a byte more", good + "\x00"},
		{"start past the end", enc(prog(3, fail, match), nil, 0, []string{""}, 0)},
		{"out past the end", enc(prog(1, fail, syntax.Inst{Op: syntax.InstNop, Out: 9}), nil, 0, []string{""}, 0)},
		{"an unknown instruction", enc(prog(1, fail, syntax.Inst{Op: 42, Out: 0}), nil, 0, []string{""}, 0)},
		{"a loop of nops", enc(prog(1, fail, syntax.Inst{Op: syntax.InstNop, Out: 2}, syntax.Inst{Op: syntax.InstNop, Out: 1}), nil, 0, []string{""}, 0)},
		{"a step to InstFail", enc(prog(1, fail, alt(2, 0), match), nil, 0, []string{""}, 0)},
		{"a rune without runes", enc(prog(1, fail, syntax.Inst{Op: syntax.InstRune1, Out: 2}, match), nil, 0, []string{""}, 0)},
		{"a capture past the captures", enc(prog(1, fail, syntax.Inst{Op: syntax.InstCapture, Out: 2, Arg: 7}, match), nil, 0, []string{""}, 0)},
		{"a group opened, never closed", enc(&syntax.Prog{Inst: []syntax.Inst{fail, {Op: syntax.InstCapture, Out: 2, Arg: 2}, match}, Start: 1, NumCap: 4}, nil, 1, []string{"", ""}, 0)},
		{"one capture position", enc(&syntax.Prog{Inst: []syntax.Inst{fail, match}, Start: 1, NumCap: 1}, nil, 0, []string{""}, 0)},
		{"more groups than names", enc(prog(1, fail, match), nil, 2, []string{""}, 0)},
		{"a one-pass loop of alternations", enc(prog(1, fail, alt(2, 2), alt(1, 1)),
			onepass(onePassInst{Inst: fail}, onePassInst{Inst: alt(2, 2), Next: []uint32{2}}, onePassInst{Inst: alt(1, 1), Next: []uint32{1}}),
			0, []string{""}, 0)},
		{"a one-pass alternation short of next instructions", enc(prog(1, fail, match),
			onepass(onePassInst{Inst: fail}, onePassInst{Inst: syntax.Inst{Op: syntax.InstAlt, Rune: []rune{'a', 'b', 'x', 'y'}}, Next: []uint32{0}}),
			0, []string{""}, 0)},
	}
	for _, c := range cases {
		if re, err := Load("x", c.data, pool.Runes()); err == nil {
			t.Errorf("%s: loaded %+v", c.name, re)
		}
	}
	for n := range len(good) {
		if _, err := Load("a", good[:n], pool.Runes()); err == nil {
			t.Errorf("cut to %d bytes: loaded", n)
		}
	}
	if _, err := Load("a", good, pool.Runes()[:0]); err == nil {
		t.Error("a rune list past the end of its pool: loaded")
	}
}

// FuzzLoad checks that no data, however made, panics or hangs Load or the
// matchers it hands a program to: what Load accepts runs to an end.
func FuzzLoad(f *testing.F) {
	var pool RunePool
	for _, c := range precompiledCases {
		f.Add(MustPrecompile(c.expr, &pool))
	}
	inputs := []string{"", "a", "abc", "DELIBERAZIONE N. 12", "sì\nno", strings.Repeat("ab", 40), "\xff\xfe"}
	f.Fuzz(func(t *testing.T, data string) {
		re, err := Load("fuzz", data, pool.Runes())
		if err != nil {
			return
		}
		for _, in := range inputs {
			re.FindAllStringSubmatchIndex(in, -1)
			re.MatchString(in)
			re.ReplaceAllString(in, "$1")
			re.Split(in, -1)
		}
		re.LiteralPrefix()
		re.SubexpNames()
	})
}
