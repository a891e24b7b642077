// Precompiled expressions: albo's addition to this copy of Go's regexp
// (see ALBO.md).

package regexp

import (
	"encoding/binary"
	"errors"
	"math"
	"regexp/syntax"
	"slices"
)

// precompiledFormat is the first byte of Precompile's encoding; Load
// refuses another, so an encoding written by another version of this
// file is compiled again rather than misread.
const precompiledFormat = 2

// maxLoadedCaps is the most groups Load accepts, far above what any
// expression albo declares holds; other counts are bounded by the data
// left to read, so that a corrupt length cannot ask for gigabytes.
const maxLoadedCaps = 1 << 10

// minInstBytes is the fewest bytes an instruction takes (appendInst).
const minInstBytes = 4

// RunePool holds the rune lists of the programs Precompile writes, each
// list once, for Load to slice rather than decode and copy: a class such
// as \p{Lu} is hundreds of ranges, and the same few classes recur in
// many programs. Its Runes are written out beside the programs.
type RunePool struct {
	runes []rune
	at    map[string]int // where each list is in runes, by its key
}

// Runes are the pool's rune lists, one after another.
func (p *RunePool) Runes() []rune { return p.runes }

// add puts rs in the pool, if it is not there yet, and returns where it is.
func (p *RunePool) add(rs []rune) int {
	var key []byte
	for _, r := range rs {
		key = binary.AppendUvarint(key, uint64(uint32(r)))
	}
	if at, ok := p.at[string(key)]; ok {
		return at
	}
	if p.at == nil {
		p.at = map[string]int{}
	}
	at := len(p.runes)
	p.at[string(key)] = at
	p.runes = append(p.runes, rs...)
	return at
}

// Precompile compiles expr as Compile does and returns the compiled
// program, its one-pass form if it has one, and what compile reads in the
// parsed expression, encoded for Load, with its rune lists added to pool.
// Loading a program costs a small part of compiling it: parsing,
// simplifying and compiling an expression allocate a tree and a program
// of many small pieces, which a short-lived process pays for, cold, in
// page faults as much as in work.
func Precompile(expr string, pool *RunePool) (string, error) {
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return "", err
	}
	simplified := parsed.Simplify()
	prog, err := syntax.Compile(simplified)
	if err != nil {
		return "", err
	}
	return encode(prog, compileOnePass(prog), parsed.MaxCap(), parsed.CapNames(), minInputLen(simplified), pool), nil
}

// encode writes what Load reads, adding the rune lists to pool.
func encode(prog *syntax.Prog, onepass *onePassProg, numSubexp int, names []string, minLen int, pool *RunePool) string {
	b := []byte{precompiledFormat}
	b = binary.AppendUvarint(b, uint64(numSubexp))
	b = binary.AppendUvarint(b, uint64(len(names)))
	for _, name := range names {
		b = binary.AppendUvarint(b, uint64(len(name)))
		b = append(b, name...)
	}
	b = binary.AppendUvarint(b, uint64(minLen))
	b = binary.AppendUvarint(b, uint64(prog.Start))
	b = binary.AppendUvarint(b, uint64(prog.NumCap))
	b = binary.AppendUvarint(b, uint64(len(prog.Inst)))
	for _, inst := range prog.Inst {
		b = appendInst(b, inst, pool)
	}
	if onepass == nil {
		return string(append(b, 0))
	}
	b = append(b, 1)
	for _, inst := range onepass.Inst {
		b = appendInst(b, inst.Inst, pool)
		b = appendLen(b, inst.Next == nil, len(inst.Next))
		for _, next := range inst.Next {
			b = binary.AppendUvarint(b, uint64(next))
		}
	}
	return string(b)
}

// appendInst writes an instruction: its rune list as its length and its
// place in pool.
func appendInst(b []byte, inst syntax.Inst, pool *RunePool) []byte {
	b = append(b, byte(inst.Op))
	b = binary.AppendUvarint(b, uint64(inst.Out))
	b = binary.AppendUvarint(b, uint64(inst.Arg))
	b = appendLen(b, inst.Rune == nil, len(inst.Rune))
	if len(inst.Rune) > 0 {
		b = binary.AppendUvarint(b, uint64(pool.add(inst.Rune)))
	}
	return b
}

// appendLen writes a slice's length, one more than it is, or 0 for a nil
// slice: the compilers leave some slices empty and others nil, and a
// loaded program is the compiled one to reflect.DeepEqual.
func appendLen(b []byte, isNil bool, n int) []byte {
	if isNil {
		return append(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

// MustPrecompile is Precompile, panicking where it fails.
func MustPrecompile(expr string, pool *RunePool) string {
	data, err := Precompile(expr, pool)
	if err != nil {
		panic(`regexp: Precompile(` + quote(expr) + `): ` + err.Error())
	}
	return data
}

// errPrecompiled is Load's error for data that is no program Precompile
// wrote.
var errPrecompiled = errors.New("regexp: not a precompiled program")

// Load returns the Regexp that Precompile encoded as data, compiled from
// expr: Compile(expr) without parsing or compiling it. Data that is no
// program Precompile wrote, or a program the matchers could not run to
// an end (an index out of the program, a loop that consumes no input),
// is an error and is never run. A program of another expression, or
// runes of another pool, are not told apart: the caller keeps each
// expression with its own data, and the data with the pool Precompile
// was given. The program's rune lists are slices of runes, which it
// never writes to.
func Load(expr, data string, runes []rune) (*Regexp, error) {
	d := decoder{data: data, runes: runes}
	if d.byte() != precompiledFormat {
		return nil, errPrecompiled
	}
	numSubexp := d.count(maxLoadedCaps)
	names := make([]string, d.count(min(maxLoadedCaps+1, d.left())))
	for i := range names {
		names[i] = d.text()
	}
	minLen := d.count(math.MaxInt32)
	prog := &syntax.Prog{}
	prog.Start = d.count(math.MaxInt32)
	prog.NumCap = d.count(2*maxLoadedCaps + 2)
	prog.Inst = make([]syntax.Inst, d.count(d.left()/minInstBytes))
	for i := range prog.Inst {
		d.inst(&prog.Inst[i])
	}
	var onepass *onePassProg
	if d.byte() == 1 {
		onepass = &onePassProg{Start: prog.Start, NumCap: prog.NumCap, Inst: make([]onePassInst, len(prog.Inst))}
		for i := range onepass.Inst {
			inst := &onepass.Inst[i]
			d.inst(&inst.Inst)
			if n, isNil := d.len(d.left()); !isNil {
				inst.Next = make([]uint32, n)
				for j := range inst.Next {
					inst.Next[j] = uint32(d.count(len(prog.Inst)))
				}
			}
		}
	}
	if d.err != nil || d.pos != len(data) ||
		len(names) != numSubexp+1 || !capturesFit(prog.NumCap, numSubexp) ||
		!runnable(prog) || onepass != nil && !onePassRunnable(onepass) {
		return nil, errPrecompiled
	}
	return assemble(expr, prog, onepass, numSubexp, names, minLen), nil
}

// capturesFit is whether a program may record numCap positions for an
// expression of numSubexp groups: the start and end of the match and of
// each group, or of fewer groups where simplifying dropped some, and
// never fewer than the match's two, which the matchers write.
func capturesFit(numCap, numSubexp int) bool {
	return numCap >= 2 && numCap%2 == 0 && numCap <= 2*(numSubexp+1)
}

// runnable is whether every instruction of prog is one the matchers know,
// every index in it is in the program, no step goes to InstFail, every
// group opened is closed (groupsClose), and every step back goes from or
// to an alternation, as in a program syntax.Compile writes: the walks
// that follow a program's Out without consuming input (Prog.StartCond,
// Prog.Prefix) stop at an alternation, and would go round a loop without
// one for ever.
func runnable(prog *syntax.Prog) bool {
	n := len(prog.Inst)
	if prog.Start >= n {
		return false
	}
	isAlt := func(pc uint32) bool {
		op := prog.Inst[pc].Op
		return op == syntax.InstAlt || op == syntax.InstAltMatch
	}
	// goesTo is whether pc is an instruction a step may go to: the
	// backtracker panics on reaching InstFail, which only Start may be.
	goesTo := func(pc uint32) bool {
		return int(pc) < n && prog.Inst[pc].Op != syntax.InstFail
	}
	for i, inst := range prog.Inst {
		if inst.Op > syntax.InstRuneAnyNotNL {
			return false
		}
		if inst.Op == syntax.InstMatch || inst.Op == syntax.InstFail {
			// Where walks end: Out is never followed.
			if inst.Out != 0 {
				return false
			}
			continue
		}
		if !goesTo(inst.Out) {
			return false
		}
		stepsBack := int(inst.Out) <= i && !isAlt(inst.Out)
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			if !goesTo(inst.Arg) {
				return false
			}
		case syntax.InstCapture:
			if stepsBack || int(inst.Arg) >= prog.NumCap {
				return false
			}
		case syntax.InstRune, syntax.InstRune1:
			if stepsBack || len(inst.Rune) == 0 {
				return false
			}
		default:
			if stepsBack {
				return false
			}
		}
	}
	next := func(pc int, yield func(to int) bool) bool {
		inst := &prog.Inst[pc]
		switch inst.Op {
		case syntax.InstMatch, syntax.InstFail:
			return true
		case syntax.InstAlt, syntax.InstAltMatch:
			if !yield(int(inst.Arg)) {
				return false
			}
		}
		return yield(int(inst.Out))
	}
	return groupsClose(n, func(pc int) *syntax.Inst { return &prog.Inst[pc] }, next)
}

// onePassRunnable is whether the one-pass matcher runs p to an end: every
// instruction is one it knows, every index in it is in the program, an
// alternation has a next instruction for each of its rune ranges, no
// loop goes round without consuming input, and every group opened is
// closed. The one-pass matcher follows an alternation's choice without
// consuming any, so a loop through alternations alone would never end.
func onePassRunnable(p *onePassProg) bool {
	n := len(p.Inst)
	for _, inst := range p.Inst {
		if inst.Op > syntax.InstRuneAnyNotNL || int(inst.Out) >= n ||
			inst.Op == syntax.InstRune1 && len(inst.Rune) == 0 {
			return false
		}
		if inst.Op == syntax.InstAlt || inst.Op == syntax.InstAltMatch {
			if len(inst.Next) < max(len(inst.Rune)/2, min(len(inst.Rune), 1)) ||
				slices.ContainsFunc(inst.Next, func(to uint32) bool { return int(to) >= n }) {
				return false
			}
		}
	}
	// next yields where the instruction at pc may go.
	next := func(pc int, yield func(to int) bool) bool {
		inst := &p.Inst[pc]
		switch inst.Op {
		case syntax.InstMatch, syntax.InstFail:
			return true
		case syntax.InstAlt, syntax.InstAltMatch:
			for _, to := range inst.Next {
				if !yield(int(to)) {
					return false
				}
			}
			// Where no range matches: InstAltMatch goes to Out, InstAlt
			// to 0.
			if inst.Op == syntax.InstAltMatch {
				return yield(int(inst.Out))
			}
			return yield(0)
		}
		return yield(int(inst.Out))
	}
	consumes := func(pc int) bool {
		switch p.Inst[pc].Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			return true
		}
		return false
	}
	return !loopsWithoutInput(n, next, consumes) &&
		groupsClose(n, func(pc int) *syntax.Inst { return &p.Inst[pc].Inst }, next)
}

// loopsWithoutInput is whether a program of n instructions, which go on
// as next says, holds a loop of instructions that consume no input: a
// depth-first walk of those meets an instruction again while still on
// the path.
func loopsWithoutInput(n int, next func(pc int, yield func(to int) bool) bool, consumes func(pc int) bool) bool {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, n)
	var visit func(pc int) bool // false on a loop
	visit = func(pc int) bool {
		switch {
		case consumes(pc) || state[pc] == done:
			return true
		case state[pc] == onPath:
			return false
		}
		state[pc] = onPath
		if !next(pc, visit) {
			return false
		}
		state[pc] = done
		return true
	}
	for pc := range n {
		if !visit(pc) {
			return true
		}
	}
	return false
}

// groupsClose is whether, in a program of n instructions that go on as
// next says, every way from a group's opening to a match passes its
// closing, as in a compiled program: a match that opened a group and did
// not close it, or closed it before opening it again, gives the group's
// start without its end, or an end before its start, which the methods
// that slice the text by them do not expect.
func groupsClose(n int, inst func(pc int) *syntax.Inst, next func(pc int, yield func(to int) bool) bool) bool {
	var seen []bool // allocated for the first group: most programs have none
	var queue []int
	push := func(to int) bool {
		if !seen[to] {
			seen[to] = true
			queue = append(queue, to)
		}
		return true
	}
	for open := range n {
		if i := inst(open); i.Op != syntax.InstCapture || i.Arg%2 != 0 {
			continue
		}
		closing := inst(open).Arg + 1
		if seen == nil {
			seen, queue = make([]bool, n), make([]int, 0, n)
		}
		clear(seen)
		queue = append(queue[:0], open)
		seen[open] = true
		for len(queue) > 0 {
			pc := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			if i := inst(pc); i.Op == syntax.InstMatch {
				return false
			} else if i.Op == syntax.InstCapture && i.Arg == closing {
				continue
			}
			next(pc, push)
		}
	}
	return true
}

// decoder reads Precompile's encoding; err is set, once, by the first
// read past the data or out of bounds, after which reads give zero.
type decoder struct {
	data string
	pos  int
	err  error
	// runes is the pool the program's rune lists are slices of.
	runes []rune
}

// noRunes is an empty rune list that is not nil, as the compilers leave
// some.
var noRunes = []rune{}

// inst reads an instruction appendInst wrote.
func (d *decoder) inst(inst *syntax.Inst) {
	inst.Op = syntax.InstOp(d.byte())
	inst.Out = uint32(d.count(math.MaxInt32))
	inst.Arg = uint32(d.count(math.MaxInt32))
	switch n, isNil := d.len(len(d.runes)); {
	case isNil:
	case n == 0:
		inst.Rune = noRunes
	default:
		at := d.count(len(d.runes) - n)
		inst.Rune = d.runes[at : at+n : at+n]
	}
}

// len reads a slice's length, no greater than most, that appendLen wrote.
func (d *decoder) len(most int) (n int, isNil bool) {
	n = d.count(most + 1)
	return n - 1, n == 0
}

// left is how many bytes are left to read.
func (d *decoder) left() int { return len(d.data) - d.pos }

func (d *decoder) byte() byte {
	if d.pos >= len(d.data) {
		d.err = errPrecompiled
		return 0
	}
	d.pos++
	return d.data[d.pos-1]
}

// count reads a number no greater than most.
func (d *decoder) count(most int) int {
	if d.err != nil {
		return 0
	}
	var v uint64
	for shift := 0; ; shift += 7 {
		if d.pos >= len(d.data) || shift > 35 {
			d.err = errPrecompiled
			return 0
		}
		c := d.data[d.pos]
		d.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	if v > uint64(most) {
		d.err = errPrecompiled
		return 0
	}
	return int(v)
}

// text reads a string Precompile wrote as its length and its bytes.
func (d *decoder) text() string {
	n := d.count(d.left())
	if d.err != nil || n > d.left() {
		d.err = errPrecompiled
		return ""
	}
	d.pos += n
	return d.data[d.pos-n : d.pos]
}
