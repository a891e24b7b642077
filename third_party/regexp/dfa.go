// Copyright 2026 The albo authors. Use of this source code is governed by
// a BSD-style license that can be found in the LICENSE file.

package regexp

import (
	"encoding/binary"
	"regexp/syntax"
	"slices"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// A lazyDFA answers whether a program matches anywhere in a text from a
// position on, by a deterministic automaton built as texts are read: a
// state is the set of instructions a match in progress may be at, and
// each of its steps, worked out from the program the first time a state
// meets a rune, is kept for the next time. Reading a text is then a
// table lookup per rune, where the backtracker and the NFA walk every
// alternative of the program at every position; doExecute asks it first,
// and most of the extractor's patterns, tried on every line of an act,
// match on few of them.
//
// The ASCII runes fall into classes that no instruction of the program
// and no assertion tells apart (all letters but those the program names,
// say), and a state's step is worked out once per class; a step on a rune
// past ASCII is kept by rune. A state also records what kind of rune came
// before (the start of the text, a newline, a word character or
// another), which decides the empty-width assertions (^, $, \b, \B) at
// the next position together with the rune that follows; they are
// resolved as a step is worked out, with syntax.EmptyOpContext as the
// matchers resolve them.
//
// The automaton gives up, for good, when it would grow past maxDFAStates
// states, and doExecute then matches as before; it is skipped by a
// goroutine that finds another using it (TryLock), and where asking it
// first would only add to the matchers' work (worthIt).
type lazyDFA struct {
	mu   sync.Mutex
	prog *syntax.Prog
	// tooBig is set when the automaton would outgrow maxDFAStates.
	tooBig atomic.Bool
	// uses counts the short texts the pattern was tried on, up to
	// dfaWarmUses; calls and matched the texts the automaton was asked
	// about and those that matched, up to dfaTrialCalls: for worthIt.
	uses, calls, matched atomic.Int32
	// auto is the automaton, made on the first text it is asked about
	// (most patterns of a short process never are).
	auto *dfaAutomaton
}

// dfaAutomaton is a lazyDFA's automaton, as far as it is built.
type dfaAutomaton struct {
	prog *syntax.Prog
	// classOf is the class of each ASCII rune, classes their number.
	classOf [utf8.RuneSelf]uint8
	classes int
	states  []dfaState
	// steps are the states' steps on each class, classes per state: 0
	// unknown, dfaMatched, or the next state's index plus dfaFirstState.
	steps []uint16
	byKey map[string]uint16
	// wide are the steps on runes past ASCII, by state and rune.
	wide map[dfaWideKey]uint16
	// fromStart are the instructions a match starting at a position
	// reaches without reading, by the assertions that hold there.
	fromStart map[syntax.EmptyOp]*dfaClosure
	// scratch is lent for a text's reading (dfaScratches).
	scratch *dfaScratch
}

// dfaScratch is the storage of working out a step: the instructions to
// follow, those reached that read a rune, the next state's, its key;
// mark[pc] is generation when pc was reached in this step. The
// automata share it, one reading at a time each.
type dfaScratch struct {
	stack, runes, next []uint32
	key                []byte
	mark               []uint32
	generation         uint32
}

var dfaScratches = sync.Pool{New: func() any { return new(dfaScratch) }}

// dfaState is one state of a lazyDFA.
type dfaState struct {
	// pcs are the program's instructions a match in progress waits at,
	// sorted, before the start of a new match is added (unanchored
	// programs add one at every position; anchored ones at the first).
	pcs []uint32
	// before is the kind of rune read last (dfaBefore*).
	before uint8
	// addStart is whether a match may start at the state's position.
	addStart bool
	// atEnd is whether the text matches when it ends in this state:
	// 0 unknown, 1 no, 2 yes.
	atEnd uint8
}

// dfaClosure is what following a program's instructions without reading
// reaches: whether the end of a match, and the instructions that read.
type dfaClosure struct {
	matched bool
	runes   []uint32
}

// dfaWideKey is a step on a rune past ASCII.
type dfaWideKey struct {
	state uint16
	r     rune
}

const (
	dfaUnknown    = 0
	dfaMatched    = 1
	dfaFirstState = 2
	// maxDFAStates bounds an automaton's states, and so its memory.
	maxDFAStates = 1024
	// dfaTrialCalls are the texts a pattern is asked about before
	// worthIt judges it.
	dfaTrialCalls = 16
	// dfaLongText is the length of a text the automaton is always asked
	// about, dfaWarmUses the shorter texts a pattern is tried on before
	// it is asked about those.
	dfaLongText = 1024
	dfaWarmUses = 256
)

// The kinds of rune a position follows, as the empty-width assertions
// tell them apart.
const (
	dfaBeforeText    = iota // no rune: the start of the text
	dfaBeforeNewline        // '\n'
	dfaBeforeWord           // a word character (\w)
	dfaBeforeOther          // anything else
)

// dfaBeforeRune stands for each kind of rune in syntax.EmptyOpContext.
var dfaBeforeRune = [...]rune{dfaBeforeText: -1, dfaBeforeNewline: '\n', dfaBeforeWord: 'a', dfaBeforeOther: ' '}

func dfaBeforeOf(r rune) uint8 {
	switch {
	case r < 0:
		return dfaBeforeText
	case r == '\n':
		return dfaBeforeNewline
	case syntax.IsWordChar(r):
		return dfaBeforeWord
	}
	return dfaBeforeOther
}

func newLazyDFA(prog *syntax.Prog) *lazyDFA { return &lazyDFA{prog: prog} }

// worthIt is whether asking the automaton first about a text of n bytes
// pays. Its states and steps are worked out as texts meet
// them, at about the cost of the NFA's reading the same runes, so it
// pays on a long text, or once the pattern has been tried on enough
// texts for the steps to be known (a batch of documents, not one small
// act in a process of its own). For whether a text matches (ncap 0) it
// answers alone; for where, the matcher reads the text again, so it pays
// unless the pattern matched a good part of the texts it was tried on.
func (d *lazyDFA) worthIt(ncap, n int) bool {
	if d.tooBig.Load() {
		return false
	}
	if n < dfaLongText {
		if uses := d.uses.Load(); uses < dfaWarmUses {
			d.uses.Add(1)
			return false
		}
	}
	calls := d.calls.Load()
	return ncap == 0 || calls < dfaTrialCalls || 4*d.matched.Load() < calls
}

// matches reports whether the program matches in the text (b or s) at a
// position from pos on, as doExecute would find; known is false when the
// automaton could not say (another goroutine holds it, or it grew too
// big), and the caller matches as before.
func (d *lazyDFA) matches(b []byte, s string, pos int) (matched, known bool) {
	if !d.mu.TryLock() {
		return false, false
	}
	defer d.mu.Unlock()
	if d.tooBig.Load() {
		return false, false
	}
	if d.auto == nil {
		d.auto = &dfaAutomaton{prog: d.prog}
		d.auto.classify()
	}
	a := d.auto
	a.scratch = dfaScratches.Get().(*dfaScratch)
	defer func() {
		dfaScratches.Put(a.scratch)
		a.scratch = nil
	}()
	matched, known = a.matches(b, s, pos)
	switch {
	case !known:
		d.tooBig.Store(true)
		d.auto = nil
	case d.calls.Load() < dfaTrialCalls:
		d.calls.Add(1)
		if matched {
			d.matched.Add(1)
		}
	}
	return matched, known
}

// matches is lazyDFA.matches, known false when the automaton would
// outgrow maxDFAStates.
func (a *dfaAutomaton) matches(b []byte, s string, pos int) (matched, known bool) {
	n := len(s)
	if b != nil {
		n = len(b)
	}
	before := uint8(dfaBeforeText)
	if pos > 0 {
		var r rune
		if b != nil {
			r, _ = utf8.DecodeLastRune(b[:pos])
		} else {
			r, _ = utf8.DecodeLastRuneInString(s[:pos])
		}
		before = dfaBeforeOf(r)
	}
	state, ok := a.state(nil, before, true)
	if !ok {
		return false, false
	}
	for pos < n {
		var r rune
		width := 1
		if b != nil {
			if c := b[pos]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, width = utf8.DecodeRune(b[pos:])
			}
		} else {
			if c := s[pos]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, width = utf8.DecodeRuneInString(s[pos:])
			}
		}
		next, ok := a.step(state, r)
		switch {
		case !ok:
			return false, false
		case next == dfaMatched:
			return true, true
		}
		state = next
		if st := &a.states[state-dfaFirstState]; !st.addStart && len(st.pcs) == 0 {
			return false, true // no match in progress, and none may start
		}
		pos += width
	}
	return a.atEnd(state), true
}

// classify sorts the ASCII runes into classes: two runes are in one
// class when every instruction of the program reads both or neither,
// and both are word characters or neither, and both newlines or neither.
func (a *dfaAutomaton) classify() {
	var starts [utf8.RuneSelf + 1]bool
	cut := func(lo, hi rune) { // the runes lo to hi, hi included
		if lo < utf8.RuneSelf {
			starts[lo] = true
			starts[min(hi+1, utf8.RuneSelf)] = true
		}
	}
	cut('\n', '\n')
	cut('0', '9')
	cut('A', 'Z')
	cut('_', '_')
	cut('a', 'z')
	for i := range a.prog.Inst {
		inst := &a.prog.Inst[i]
		switch inst.Op {
		case syntax.InstRune1:
			cut(inst.Rune[0], inst.Rune[0])
		case syntax.InstRune:
			if len(inst.Rune) == 1 { // a rune, in either case
				r0 := inst.Rune[0]
				cut(r0, r0)
				for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
					cut(r, r)
				}
				continue
			}
			for j := 0; j+1 < len(inst.Rune) && inst.Rune[j] < utf8.RuneSelf; j += 2 {
				cut(inst.Rune[j], inst.Rune[j+1])
			}
		}
	}
	class := -1
	for r := range utf8.RuneSelf {
		if r == 0 || starts[r] {
			class++
		}
		a.classOf[r] = uint8(class)
	}
	a.classes = class + 1
}

// step is the state after state reads r, or dfaMatched when a match
// ends before r.
func (a *dfaAutomaton) step(state uint16, r rune) (uint16, bool) {
	var at int
	if r < utf8.RuneSelf {
		at = int(state-dfaFirstState)*a.classes + int(a.classOf[r])
		if next := a.steps[at]; next != dfaUnknown {
			return next, true
		}
	} else if next, ok := a.wide[dfaWideKey{state, r}]; ok {
		return next, true
	}
	next, ok := a.work(&a.states[state-dfaFirstState], r)
	if !ok {
		return 0, false
	}
	if r < utf8.RuneSelf {
		a.steps[at] = next
	} else {
		if a.wide == nil {
			a.wide = map[dfaWideKey]uint16{}
		}
		a.wide[dfaWideKey{state, r}] = next
	}
	return next, true
}

// atEnd is whether a text ending in state matches.
func (a *dfaAutomaton) atEnd(state uint16) bool {
	st := &a.states[state-dfaFirstState]
	if st.atEnd == 0 {
		st.atEnd = 1
		if matched, _ := a.close(st, -1); matched {
			st.atEnd = 2
		}
	}
	return st.atEnd == 2
}

// work works out the step of st on r.
func (a *dfaAutomaton) work(st *dfaState, r rune) (uint16, bool) {
	matched, runes := a.close(st, r)
	if matched {
		return dfaMatched, true
	}
	a.scratch.next = a.scratch.next[:0]
	for _, pc := range runes {
		if inst := &a.prog.Inst[pc]; matchRune(inst, r) {
			a.scratch.next = append(a.scratch.next, inst.Out)
		}
	}
	slices.Sort(a.scratch.next)
	a.scratch.next = slices.Compact(a.scratch.next)
	// An anchored program's match starts at the first position only.
	return a.state(a.scratch.next, dfaBeforeOf(r), a.prog.StartCond()&syntax.EmptyBeginText == 0)
}

// close follows the instructions of st that consume no input, at the
// position between the rune st read last and r (-1 at the end of the
// text): matched is whether one of them is the end of a match, runes the
// instructions reached that would read r (some maybe twice), in scratch
// storage.
func (a *dfaAutomaton) close(st *dfaState, r rune) (matched bool, runes []uint32) {
	flag := syntax.EmptyOpContext(dfaBeforeRune[st.before], r)
	matched, runes = a.follow(st.pcs, flag, a.scratch.runes[:0])
	if st.addStart {
		from := a.fromStart[flag]
		if from == nil {
			var start dfaClosure
			start.matched, start.runes = a.follow([]uint32{uint32(a.prog.Start)}, flag, nil)
			from = &start
			if a.fromStart == nil {
				a.fromStart = map[syntax.EmptyOp]*dfaClosure{}
			}
			a.fromStart[flag] = from
		}
		matched = matched || from.matched
		runes = append(runes, from.runes...)
	}
	a.scratch.runes = runes
	return matched, runes
}

// follow appends to runes the instructions that read a rune reached from
// pcs without reading, where the assertions flag holds; matched is
// whether the end of a match is among those reached.
func (a *dfaAutomaton) follow(pcs []uint32, flag syntax.EmptyOp, runes []uint32) (matched bool, _ []uint32) {
	if len(a.scratch.mark) < len(a.prog.Inst) {
		a.scratch.mark = make([]uint32, len(a.prog.Inst))
	}
	if a.scratch.generation++; a.scratch.generation == 0 { // wrapped round: marks of old steps would look new
		clear(a.scratch.mark)
		a.scratch.generation = 1
	}
	work := append(a.scratch.stack[:0], pcs...)
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		if a.scratch.mark[pc] == a.scratch.generation {
			continue
		}
		a.scratch.mark[pc] = a.scratch.generation
		inst := &a.prog.Inst[pc]
		switch inst.Op {
		case syntax.InstMatch:
			matched = true
		case syntax.InstAlt, syntax.InstAltMatch:
			work = append(work, inst.Arg, inst.Out)
		case syntax.InstCapture, syntax.InstNop:
			work = append(work, inst.Out)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(inst.Arg)&^flag == 0 {
				work = append(work, inst.Out)
			}
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			runes = append(runes, pc)
		}
	}
	a.scratch.stack = work
	return matched, runes
}

// matchRune is inst.MatchRune, with the one-rune and any-rune cases
// answered without a call.
func matchRune(inst *syntax.Inst, r rune) bool {
	switch inst.Op {
	case syntax.InstRune1:
		return r == inst.Rune[0]
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return inst.MatchRune(r)
}

// state is the index (plus dfaFirstState) of the state of pcs (sorted,
// without repeats), made if new; false when that would outgrow
// maxDFAStates.
func (a *dfaAutomaton) state(pcs []uint32, before uint8, addStart bool) (uint16, bool) {
	key := append(a.scratch.key[:0], before)
	if addStart {
		key = append(key, 1)
	} else {
		key = append(key, 0)
	}
	for _, pc := range pcs {
		key = binary.AppendUvarint(key, uint64(pc))
	}
	a.scratch.key = key
	if i, ok := a.byKey[string(key)]; ok {
		return i, true
	}
	if len(a.states) >= maxDFAStates {
		return 0, false
	}
	if a.byKey == nil {
		a.byKey = map[string]uint16{}
	}
	i := uint16(len(a.states)) + dfaFirstState
	a.states = append(a.states, dfaState{pcs: slices.Clone(pcs), before: before, addStart: addStart})
	a.steps = append(a.steps, make([]uint16, a.classes)...)
	a.byKey[string(key)] = i
	return i, true
}
