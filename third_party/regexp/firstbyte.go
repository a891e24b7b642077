package regexp

// The first bytes of a match (albo). The matchers try a match at every
// position of a text, and the extractor's patterns, run over whole
// sections to find every citation or vote ("(?i)\b(deliberazione|
// determinazione|decreto)\s+…"), start at few: a position whose byte
// cannot begin a match is skipped at a table lookup, where the
// backtracker pushed and popped a thread there and the NFA stepped its
// start. Go's matchers skip so only to a literal prefix, which a
// case-folded word or an alternation does not have.

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// byteSet is a set of bytes.
type byteSet [256]bool

// firstBytes is the set of bytes a match of prog can begin with, or nil
// when it would not narrow the positions tried: the program matches the
// empty string (anywhere), begins with any rune, or can begin with
// U+FFFD, which an invalid byte of any value reads as. Assertions at the
// start (\b, ^) are passed over, as if they held: the set is wider, the
// matchers still check them. Every byte in a set it returns is ASCII or
// the leading byte of a UTF-8 sequence, so a position holding one is one
// the matchers would have tried: a byte that continues a sequence never
// starts a match.
func firstBytes(prog *syntax.Prog) *byteSet {
	var set byteSet
	seen := make([]bool, len(prog.Inst))
	stack := []uint32{uint32(prog.Start)}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		inst := &prog.Inst[pc]
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, inst.Out, inst.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			stack = append(stack, inst.Out)
		case syntax.InstMatch, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			return nil
		case syntax.InstFail:
		case syntax.InstRune1:
			if !set.addRange(inst.Rune[0], inst.Rune[0]) {
				return nil
			}
		case syntax.InstRune:
			if !set.addRunes(inst) {
				return nil
			}
		default:
			return nil
		}
	}
	for b := range set {
		if !set[b] {
			return &set
		}
	}
	return nil
}

// addRunes adds the first bytes of the runes inst matches (its ranges,
// and a single rune's case folds when it folds case), false where one is
// U+FFFD.
func (s *byteSet) addRunes(inst *syntax.Inst) bool {
	runes := inst.Rune
	if len(runes) == 1 {
		r := runes[0]
		if syntax.Flags(inst.Arg)&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if !s.addRange(f, f) {
					return false
				}
			}
		}
		return s.addRange(r, r)
	}
	for i := 0; i+1 < len(runes); i += 2 {
		if !s.addRange(runes[i], runes[i+1]) {
			return false
		}
	}
	return true
}

// addRange adds the first bytes of the runes from lo to hi, false where
// U+FFFD is among them. The leading byte of a rune's encoding grows with
// the rune, so those of the range are those from lo's to hi's.
func (s *byteSet) addRange(lo, hi rune) bool {
	if lo <= utf8.RuneError && utf8.RuneError <= hi {
		return false
	}
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		s[r] = true
	}
	if hi < utf8.RuneSelf {
		return true
	}
	lo = max(lo, utf8.RuneSelf)
	hi = min(hi, unicode.MaxRune)
	for b := leadByte(lo); b <= leadByte(hi); b++ {
		s[b] = true
	}
	return true
}

// leadByte is the first byte of r's encoding (r past ASCII); a surrogate,
// which has none, gets that of its neighbours.
func leadByte(r rune) int {
	var buf [utf8.UTFMax]byte
	if 0xD800 <= r && r <= 0xDFFF {
		r = 0xD7FF
	}
	utf8.EncodeRune(buf[:], r)
	return int(buf[0])
}

// indexFirstByte is the first position from pos on whose byte is in set,
// or -1.
func (i *inputString) indexFirstByte(set *byteSet, pos int) int {
	for ; pos < len(i.str); pos++ {
		if set[i.str[pos]] {
			return pos
		}
	}
	return -1
}

// indexFirstByte is the first position from pos on whose byte is in set,
// or -1.
func (i *inputBytes) indexFirstByte(set *byteSet, pos int) int {
	for ; pos < len(i.str); pos++ {
		if set[i.str[pos]] {
			return pos
		}
	}
	return -1
}

// indexFirstByte cannot look ahead in a reader: pos.
func (i *inputReader) indexFirstByte(_ *byteSet, pos int) int { return pos }
