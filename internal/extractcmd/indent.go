package extractcmd

import "io"

// writeIndented writes to w the compact JSON src (as json.Marshal and
// json.Encoder write it: no space between tokens, maybe a trailing
// newline) indented as json.Indent(dst, src, "", indent) indents it, to
// the byte, in pieces of about indentChunk bytes as they are made rather
// than whole beside src. json.Indent runs its scanner's state machine
// over every byte and took twice as long as the marshalling itself on a
// 54-page plan's record (1.0 of 1.5 ms); outside strings, compact JSON
// needs no more than a look at each byte. Input that is not compact JSON
// comes out as garbage, never as a panic.
func writeIndented(w io.Writer, src []byte, indent string) error {
	dst := make([]byte, 0, min(len(src)+len(src)/2, 2*indentChunk))
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end - 1
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				// An empty object or array stays on its line.
				dst = append(dst, c, src[i+1])
				i++
				continue
			}
			dst = append(dst, c)
			depth++
			newline()
		case '}', ']':
			depth = max(depth-1, 0)
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
		if len(dst) >= indentChunk {
			if _, err := w.Write(dst); err != nil {
				return err
			}
			dst = dst[:0]
		}
	}
	_, err := w.Write(dst)
	return err
}

// indentChunk is how much indented text is made before it is written.
const indentChunk = 32 << 10

// stringEnd returns the index just past the string that opens at
// src[start], or len(src) when it does not close.
func stringEnd(src []byte, start int) int {
	for i := start + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(src)
}
