package pdftext

// The content-stream lexer: operands and operators read without allocating
// per token, bounded against hostile nesting.

import (
	"bytes"
	"strconv"
	"strings"
)

// operandKind is the kind of a content-stream operand.
type operandKind uint8

const (
	operandOther  operandKind = iota // booleans, null, dictionaries
	operandNumber                    // integer or real
	operandName                      // /Name, without the slash
	operandString                    // (literal) or <hex>, as raw bytes
	operandArray
)

// operand is one operand of a content-stream operator.
type operand struct {
	kind operandKind
	num  float64
	str  string
	arr  []operand
}

// contentLexer tokenizes a content stream: operands and operators, with
// inline images skipped.
type contentLexer struct {
	data []byte
	pos  int
	// topArray is reused by every top-level array: an operator's array
	// operand (TJ's) is used before the next operator's operands are read,
	// and no operator read here takes two arrays.
	topArray []operand
	// scratch gathers the bytes of a string operand, reused from string
	// to string (the operand gets a copy).
	scratch []byte
}

// next returns the next operand, or the next operator (op non-nil); ok is
// false at the end of the stream.
func (lx *contentLexer) next() (tok operand, op []byte, ok bool) {
	return lx.token(0)
}

func (lx *contentLexer) token(depth int) (operand, []byte, bool) {
	for {
		lx.skipSpace()
		if lx.pos >= len(lx.data) {
			return operand{}, nil, false
		}
		c := lx.data[lx.pos]
		switch {
		case c == '/':
			lx.pos++
			return operand{kind: operandName, str: lx.name()}, nil, true
		case c == '(':
			lx.pos++
			return operand{kind: operandString, str: lx.literal()}, nil, true
		case c == '<' && lx.peek(1) == '<':
			lx.pos += 2
			lx.skipNested(depth, ">>")
			return operand{}, nil, true
		case c == '<':
			lx.pos++
			return operand{kind: operandString, str: lx.hex()}, nil, true
		case c == '[':
			lx.pos++
			return operand{kind: operandArray, arr: lx.array(depth)}, nil, true
		case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
			lx.pos++ // stray delimiter
		case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
			return operand{kind: operandNumber, num: lx.number()}, nil, true
		default:
			word := lx.regular()
			switch string(word) {
			case "true", "false", "null":
				return operand{}, nil, true
			case "BI":
				lx.skipInlineImage()
				continue
			}
			return operand{}, word, true
		}
	}
}

func (lx *contentLexer) peek(k int) byte {
	if lx.pos+k < len(lx.data) {
		return lx.data[lx.pos+k]
	}
	return 0
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelimiter(c byte) bool {
	return strings.IndexByte("()<>[]{}/%", c) >= 0
}

func (lx *contentLexer) skipSpace() {
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		switch {
		case isPDFSpace(c):
			lx.pos++
		case c == '%':
			for lx.pos < len(lx.data) && lx.data[lx.pos] != '\n' && lx.data[lx.pos] != '\r' {
				lx.pos++
			}
		default:
			return
		}
	}
}

// regular reads a run of regular characters (an operator or a keyword).
// It always advances, so that the lexer cannot stall.
func (lx *contentLexer) regular() []byte {
	start := lx.pos
	lx.pos++
	for lx.pos < len(lx.data) && !isPDFSpace(lx.data[lx.pos]) && !isPDFDelimiter(lx.data[lx.pos]) {
		lx.pos++
	}
	return lx.data[start:lx.pos]
}

func (lx *contentLexer) name() string {
	word := lx.data[lx.pos:lx.pos]
	if lx.pos < len(lx.data) && !isPDFSpace(lx.data[lx.pos]) && !isPDFDelimiter(lx.data[lx.pos]) {
		word = lx.regular()
	}
	if bytes.IndexByte(word, '#') < 0 {
		return string(word)
	}
	var b strings.Builder
	for i := 0; i < len(word); i++ {
		if word[i] == '#' && i+2 < len(word) {
			if v, err := strconv.ParseUint(string(word[i+1:i+3]), 16, 8); err == nil {
				b.WriteByte(byte(v))
				i += 2
				continue
			}
		}
		b.WriteByte(word[i])
	}
	return b.String()
}

// number reads an integer or a real; a malformed one reads as what parses
// of it, as readers do.
func (lx *contentLexer) number() float64 {
	neg := false
	switch lx.data[lx.pos] {
	case '-':
		neg = true
		lx.pos++
	case '+':
		lx.pos++
	}
	var v, scale float64 = 0, 0
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		switch {
		case c >= '0' && c <= '9':
			if scale == 0 {
				v = v*10 + float64(c-'0')
			} else {
				v += float64(c-'0') * scale
				scale /= 10
			}
		case c == '.' && scale == 0:
			scale = 0.1
		case c == '-' || c == '+' || c == '.':
			// "--5", "1.2.3": producers' slips, skipped
		default:
			if neg {
				return -v
			}
			return v
		}
		lx.pos++
	}
	if neg {
		return -v
	}
	return v
}

// literal reads a (string) after its opening bracket, with nested brackets
// and escapes.
func (lx *contentLexer) literal() string {
	b := lx.scratch[:0]
	defer func() { lx.scratch = b }()
	nest := 0
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		lx.pos++
		switch c {
		case '(':
			nest++
		case ')':
			if nest == 0 {
				return string(b)
			}
			nest--
		case '\\':
			if lx.pos >= len(lx.data) {
				return string(b)
			}
			e := lx.data[lx.pos]
			lx.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if lx.peek(0) == '\n' {
					lx.pos++
				}
				continue // line continuation
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && lx.pos < len(lx.data) && lx.data[lx.pos] >= '0' && lx.data[lx.pos] <= '7'; k++ {
						v = v*8 + int(lx.data[lx.pos]-'0')
						lx.pos++
					}
					c = byte(v)
				} else {
					c = e // \( \) \\ and unknown escapes
				}
			}
		}
		b = append(b, c)
	}
	return string(b)
}

// hex reads a <hex string> after its opening bracket.
func (lx *contentLexer) hex() string {
	b := lx.scratch[:0]
	defer func() { lx.scratch = b }()
	var hi byte
	half := false
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		lx.pos++
		var v byte
		switch {
		case c == '>':
			if half {
				b = append(b, hi<<4)
			}
			return string(b)
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			continue // white space or garbage
		}
		if half {
			b = append(b, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	return string(b)
}

// array reads the operands of an [array] after its opening bracket.
func (lx *contentLexer) array(depth int) []operand {
	var items []operand
	if depth == 0 {
		items = lx.topArray[:0]
		defer func() { lx.topArray = items }()
	}
	for {
		lx.skipSpace()
		if lx.pos >= len(lx.data) {
			return items
		}
		if lx.data[lx.pos] == ']' {
			lx.pos++
			return items
		}
		if depth >= maxNesting {
			lx.pos++
			continue
		}
		tok, op, ok := lx.token(depth + 1)
		if !ok {
			return items
		}
		if op == nil {
			items = append(items, tok)
		}
	}
}

// skipNested skips a dictionary (or anything nested) up to its closing
// delimiter, minding strings, which may hold the delimiter.
func (lx *contentLexer) skipNested(depth int, closing string) {
	for lx.pos < len(lx.data) {
		lx.skipSpace()
		if bytes.HasPrefix(lx.data[lx.pos:], []byte(closing)) {
			lx.pos += len(closing)
			return
		}
		if depth >= maxNesting {
			lx.pos++
			continue
		}
		if _, _, ok := lx.token(depth + 1); !ok {
			return
		}
	}
}

// skipInlineImage skips an inline image: its dictionary up to ID, then the
// image bytes up to an EI between white space.
func (lx *contentLexer) skipInlineImage() {
	for {
		_, op, ok := lx.token(0)
		if !ok {
			return
		}
		if string(op) == "ID" {
			break
		}
	}
	lx.pos++ // the single white space after ID
	for lx.pos+1 < len(lx.data) {
		if lx.data[lx.pos] == 'E' && lx.data[lx.pos+1] == 'I' && isPDFSpace(lx.data[lx.pos-1]) &&
			(lx.pos+2 == len(lx.data) || isPDFSpace(lx.data[lx.pos+2])) {
			lx.pos += 2
			return
		}
		lx.pos++
	}
	lx.pos = len(lx.data)
}
