package cades

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Limits of the streamed reading of one envelope.
const (
	// maxSignaturePart bounds what an envelope holds besides its content
	// (certificates, revocation lists, signer infos), which is read into
	// memory to be parsed; real ones take a few kilobytes.
	maxSignaturePart = 16 << 20
	// window is how much of the envelope the walker reads at a time.
	window = 64 << 10
)

// element is one BER element's header: where it starts, where its
// content starts, and its content's length (-1 when indefinite).
type element struct {
	tag         byte // the identifier's first octet: class, constructed bit, low tag number
	constructed bool
	start, body int64
	length      int64
}

// Identifier octets of the elements of a SignedData envelope.
const (
	tagSequence    = 0x30
	tagOctets      = 0x04
	tagOctetsBER   = 0x24 // a constructed OCTET STRING, in chunks
	tagExplicit0   = 0xa0
	endOfContents0 = 0x00
)

// walker reads BER element headers from an envelope of size bytes through
// a window, so that memory does not grow with the envelope, and checks
// every length against the end of what holds it.
type walker struct {
	r    io.ReaderAt
	size int64
	buf  []byte
	at   int64 // offset of buf[0]
}

func newWalker(r io.ReaderAt, size int64) *walker {
	return &walker{r: r, size: size}
}

// peek returns up to n bytes at off (fewer at the end of the envelope).
func (w *walker) peek(off int64, n int) ([]byte, error) {
	if off >= w.size {
		return nil, nil
	}
	n = int(min(int64(n), w.size-off))
	if off < w.at || off+int64(n) > w.at+int64(len(w.buf)) {
		size := int(min(window, w.size-off))
		if cap(w.buf) < size {
			w.buf = make([]byte, window)
		}
		w.buf = w.buf[:size]
		if _, err := w.r.ReadAt(w.buf, off); err != nil && !errors.Is(err, io.EOF) {
			w.buf = w.buf[:0]
			return nil, err
		}
		w.at = off
	}
	from := int(off - w.at)
	return w.buf[from:min(from+n, len(w.buf))], nil
}

// damaged is the error of an envelope that does not hold together.
func damaged(format string, args ...any) error {
	return fmt.Errorf("damaged envelope: "+format, args...)
}

// header reads the header of the element at off, which must end by end.
func (w *walker) header(off, end int64) (element, error) {
	b, err := w.peek(off, 2+4+1+8)
	if err != nil {
		return element{}, err
	}
	if len(b) < 2 || off+2 > end {
		return element{}, damaged("an element at byte %d is cut short", off)
	}
	e := element{tag: b[0], constructed: b[0]&0x20 != 0, start: off}
	i := 1
	if b[0]&0x1f == 0x1f { // a high tag number, in base-128 digits
		for ; i < len(b) && b[i] >= 0x80; i++ {
			if i > 4 {
				return element{}, damaged("the tag at byte %d is too long", off)
			}
		}
		if i++; i >= len(b) {
			return element{}, damaged("an element at byte %d is cut short", off)
		}
	}
	l := b[i]
	i++
	switch {
	case l < 0x80:
		e.length = int64(l)
	case l == 0x80:
		if !e.constructed {
			return element{}, damaged("a primitive element at byte %d has an indefinite length", off)
		}
		e.length = -1
	default:
		n := int(l & 0x7f)
		if n > 8 || i+n > len(b) {
			return element{}, damaged("the length at byte %d takes %d bytes", off, n)
		}
		var v uint64
		for _, d := range b[i : i+n] {
			v = v<<8 | uint64(d)
		}
		if v > uint64(w.size) {
			return element{}, damaged("an element at byte %d claims %d bytes, more than the %d-byte file", off, v, w.size)
		}
		e.length = int64(v)
		i += n
	}
	e.body = off + int64(i)
	if e.body > end || e.length >= 0 && e.body+e.length > end {
		return element{}, damaged("an element at byte %d runs past the end of what holds it (byte %d)", off, end)
	}
	return e, nil
}

// atEnd says whether the end-of-contents octets of an indefinite-length
// element are at off.
func (w *walker) atEnd(off int64) (bool, error) {
	b, err := w.peek(off, 2)
	if err != nil {
		return false, err
	}
	return len(b) == 2 && b[0] == endOfContents0 && b[1] == 0, nil
}

// children calls each for the elements inside e, in order, and returns
// the offset past e. each returns where its child ends; nil each skips
// them. depth counts the elements open around e.
func (w *walker) children(e element, end int64, depth int, each func(child element, end int64) (int64, error)) (int64, error) {
	if depth > maxNesting {
		return 0, damaged("elements nested more than %d deep", maxNesting)
	}
	limit := end
	if e.length >= 0 {
		limit = e.body + e.length
	}
	off := e.body
	for {
		if e.length >= 0 && off == limit {
			return off, nil
		}
		if e.length < 0 {
			done, err := w.atEnd(off)
			if err != nil {
				return 0, err
			}
			if done {
				return off + 2, nil
			}
		}
		child, err := w.header(off, limit)
		if err != nil {
			return 0, err
		}
		if each != nil {
			off, err = each(child, limit)
		} else {
			off, err = w.skip(child, limit, depth+1)
		}
		if err != nil {
			return 0, err
		}
	}
}

// skip returns the offset past e.
func (w *walker) skip(e element, end int64, depth int) (int64, error) {
	if e.length >= 0 {
		return e.body + e.length, nil
	}
	return w.children(e, end, depth, nil)
}

// raw reads the whole of e, header included, into memory, counting it
// against budget.
func (w *walker) raw(e element, end int64, depth int, budget *int64) ([]byte, int64, error) {
	past, err := w.skip(e, end, depth)
	if err != nil {
		return nil, 0, err
	}
	n := past - e.start
	if *budget -= n; *budget < 0 {
		return nil, 0, damaged("the signatures and certificates take more than %d bytes", maxSignaturePart)
	}
	b := make([]byte, n)
	if _, err := w.r.ReadAt(b, e.start); err != nil && !(errors.Is(err, io.EOF) && past == w.size) {
		return nil, 0, err
	}
	return b, past, nil
}

// octets copies the content of an OCTET STRING, primitive or in chunks
// (nested chunks included), to out.
func (w *walker) octets(e element, end int64, depth int, out io.Writer) (int64, error) {
	switch {
	case e.tag == tagOctets:
		// Through the window: chunks of a few bytes cost no allocation.
		for off, past := e.body, e.body+e.length; off < past; {
			b, err := w.peek(off, int(min(window, past-off)))
			if err != nil {
				return 0, err
			}
			if len(b) == 0 {
				return 0, damaged("the signed content is cut short at byte %d", off)
			}
			if _, err := out.Write(b); err != nil {
				return 0, err
			}
			off += int64(len(b))
		}
		return e.body + e.length, nil
	case e.tag == tagOctetsBER:
		return w.children(e, end, depth, func(chunk element, end int64) (int64, error) {
			return w.octets(chunk, end, depth+1, out)
		})
	}
	return 0, damaged("the signed content at byte %d is not an OCTET STRING (tag %#x)", e.start, e.tag)
}

// signedData walks a SignedData envelope: it copies the encapsulated
// content to out and returns the envelope without it, in DER around the
// parts as they were, for the library to read the signers from.
func (w *walker) signedData(out io.Writer) (skeleton []byte, contentFound bool, err error) {
	info, err := w.header(0, w.size)
	if err != nil {
		return nil, false, err
	}
	if info.tag != tagSequence {
		return nil, false, ErrNotEnvelope
	}
	budget := int64(maxSignaturePart)
	var oid, sd []byte
	_, err = w.children(info, w.size, 1, func(child element, end int64) (int64, error) {
		switch {
		case oid == nil:
			b, past, err := w.raw(child, end, 2, &budget)
			if err != nil {
				return 0, err
			}
			if !bytes.Equal(b, oidSignedData) {
				return 0, ErrNotEnvelope
			}
			oid = b
			return past, nil
		case sd == nil && child.tag == tagExplicit0:
			return w.children(child, end, 2, func(inner element, end int64) (int64, error) {
				if sd != nil || inner.tag != tagSequence {
					return w.skip(inner, end, 3)
				}
				var past int64
				sd, past, contentFound, err = w.signedDataBody(inner, end, out, &budget)
				return past, err
			})
		}
		return w.skip(child, end, 2)
	})
	if err != nil {
		return nil, false, err
	}
	if sd == nil {
		return nil, false, damaged("no SignedData after its type")
	}
	return der(tagSequence, oidSignedData, der(tagExplicit0, sd)), contentFound, nil
}

// signedDataBody walks the SignedData SEQUENCE e: version, digest
// algorithms, the encapsulated content (copied to out, its type kept),
// then certificates, revocation lists and signer infos, kept as they are.
func (w *walker) signedDataBody(e element, end int64, out io.Writer, budget *int64) ([]byte, int64, bool, error) {
	var parts [][]byte
	found := false
	i := 0
	past, err := w.children(e, end, 3, func(child element, end int64) (int64, error) {
		defer func() { i++ }()
		if i != 2 {
			b, past, err := w.raw(child, end, 4, budget)
			parts = append(parts, b)
			return past, err
		}
		if child.tag != tagSequence {
			return 0, damaged("the encapsulated content at byte %d is not a SEQUENCE", child.start)
		}
		var eType []byte
		past, err := w.children(child, end, 4, func(part element, end int64) (int64, error) {
			switch {
			case eType == nil:
				b, past, err := w.raw(part, end, 5, budget)
				eType = b
				return past, err
			case part.tag == tagExplicit0 && !found:
				found = true
				return w.children(part, end, 5, func(octets element, end int64) (int64, error) {
					return w.octets(octets, end, 6, out)
				})
			}
			return w.skip(part, end, 5)
		})
		parts = append(parts, der(tagSequence, eType))
		return past, err
	})
	if err != nil {
		return nil, 0, false, err
	}
	if i < 3 {
		return nil, 0, false, damaged("the SignedData holds %d of its parts", i)
	}
	return der(tagSequence, parts...), past, found, nil
}

// der encodes a definite-length element of the given tag around parts.
func der(tag byte, parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := []byte{tag}
	switch {
	case n < 0x80:
		out = append(out, byte(n))
	default:
		var l []byte
		for v := n; v > 0; v >>= 8 {
			l = append([]byte{byte(v)}, l...)
		}
		out = append(append(out, 0x80|byte(len(l))), l...)
	}
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
