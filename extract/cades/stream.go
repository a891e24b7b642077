package cades

import (
	"bufio"
	"bytes"
	"crypto"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/smallstep/pkcs7"
)

// maxVerifyInMemory bounds the content read into memory to check a
// signature made over the content itself rather than over signed
// attributes (CAdES always signs attributes; bare PKCS#7 may not).
const maxVerifyInMemory = 32 << 20

// Content is the signed content of an envelope opened by UnwrapReader,
// kept in a temporary file: read it through the SectionReader, and Close
// it to release the file (see fileSpool).
type Content struct {
	*io.SectionReader
	spool *fileSpool
}

// Close releases the temporary file.
func (c *Content) Close() error { return c.spool.Close() }

// UnwrapReader is Unwrap for an envelope of size bytes read from r, in
// memory that does not grow with the envelope: each level's content is
// copied to a temporary file in dir (the system's when dir is ""), and the
// innermost is returned for the caller to Close. On Unix the files have no
// name once made, so a process killed mid-way leaves none in dir.
func UnwrapReader(r io.ReaderAt, size int64, dir string) (*Content, []Signer, error) {
	content, signers, err := unwrap(r, size, func() (spool, error) { return newFileSpool(dir) })
	if err != nil {
		return nil, nil, err
	}
	f := content.(*fileSpool)
	return &Content{SectionReader: io.NewSectionReader(f.file, 0, f.size), spool: f}, signers, nil
}

// unwrap opens every level of the envelope in r, copying each level's
// content to a new spool, and returns the innermost.
func unwrap(r io.ReaderAt, size int64, newSpool func() (spool, error)) (spool, []Signer, error) {
	var content spool // the last level's, which r reads
	var signers []Signer
	fail := func(err error) (spool, []Signer, error) {
		if content != nil {
			content.Close()
		}
		return nil, nil, err
	}
	for level := 1; ; level++ {
		head := make([]byte, min(size, 4096))
		if _, err := r.ReadAt(head, 0); err != nil && !errors.Is(err, io.EOF) {
			return fail(err)
		}
		if !IsEnvelope(head) {
			if level == 1 {
				return nil, nil, ErrNotEnvelope
			}
			return content, signers, nil
		}
		if level > MaxDepth {
			return fail(fmt.Errorf("envelope level %d: more than %d envelopes nested", level, MaxDepth))
		}
		inner, levelSigners, err := unwrapOne(r, size, head, level, newSpool)
		if err != nil {
			return fail(fmt.Errorf("envelope level %d: %w", level, err))
		}
		if content != nil {
			content.Close()
		}
		signers = append(signers, levelSigners...)
		content, r, size = inner, inner, inner.Size()
	}
}

// spool holds one level's content as it is copied out: in memory for
// Unwrap, in a temporary file for UnwrapReader.
type spool interface {
	io.Writer
	io.ReaderAt
	Size() int64
	Close() error
}

type memorySpool struct{ bytes.Buffer }

func (m *memorySpool) ReadAt(p []byte, off int64) (int, error) {
	return bytes.NewReader(m.Bytes()).ReadAt(p, off)
}
func (m *memorySpool) Size() int64  { return int64(m.Len()) }
func (m *memorySpool) Close() error { return nil }

// fileSpool is a temporary file whose name is removed as soon as it is
// made, where the system allows (every Unix): the open file keeps its
// bytes, and a process killed while it holds one leaves nothing behind.
// Elsewhere the name is removed on Close.
type fileSpool struct {
	file     *os.File
	size     int64
	unlinked bool
}

func newFileSpool(dir string) (*fileSpool, error) {
	f, err := os.CreateTemp(dir, "albo-cades-*")
	if err != nil {
		return nil, err
	}
	return &fileSpool{file: f, unlinked: os.Remove(f.Name()) == nil}, nil
}

func (f *fileSpool) Write(p []byte) (int, error) {
	n, err := f.file.Write(p)
	f.size += int64(n)
	return n, err
}
func (f *fileSpool) ReadAt(p []byte, off int64) (int, error) { return f.file.ReadAt(p, off) }
func (f *fileSpool) Size() int64                             { return f.size }
func (f *fileSpool) Close() error {
	err := f.file.Close()
	if !f.unlinked {
		if rerr := os.Remove(f.file.Name()); err == nil {
			err = rerr
		}
	}
	return err
}

// verifyContent checks the signatures against the content, hashing it
// from its spool rather than holding it in memory when it is a file.
func verifyContent(p7 *pkcs7.PKCS7, content spool) bool {
	if m, ok := content.(*memorySpool); ok {
		p7.Content = m.Bytes()
		return verify(p7) == nil
	}
	for _, si := range p7.Signers {
		if len(si.AuthenticatedAttributes) == 0 {
			// Signed over the content itself, which the library needs whole.
			if content.Size() > maxVerifyInMemory {
				return false
			}
			b := make([]byte, content.Size())
			if _, err := content.ReadAt(b, 0); err != nil && !errors.Is(err, io.EOF) {
				return false
			}
			p7.Content = b
			return verify(p7) == nil
		}
	}
	p7.Content, p7.Hasher = []byte{}, spoolHasher{content: content, sums: map[crypto.Hash][]byte{}}
	return verify(p7) == nil
}

// spoolHasher hashes the content from its spool, for the library's
// digest check, whatever reader the library passes. The library asks once
// per signer: each hash function reads the spool once.
type spoolHasher struct {
	content spool
	sums    map[crypto.Hash][]byte
}

func (h spoolHasher) Hash(fn crypto.Hash, _ io.Reader) ([]byte, error) {
	if sum, ok := h.sums[fn]; ok {
		return sum, nil
	}
	if !fn.Available() {
		return nil, fmt.Errorf("hash function %v not available", fn)
	}
	d := fn.New()
	if _, err := io.Copy(d, io.NewSectionReader(h.content, 0, h.content.Size())); err != nil {
		return nil, err
	}
	h.sums[fn] = d.Sum(nil)
	return h.sums[fn], nil
}

// decodeBase64To decodes the base64 text read from r, with or without
// white space, PEM armour and padding, into out.
func decodeBase64To(out io.Writer, r io.Reader) error {
	br := bufio.NewReaderSize(r, window)
	for {
		c, err := br.Peek(1)
		if err != nil || !isSpace(c[0]) {
			break
		}
		br.ReadByte()
	}
	if begin, _ := br.Peek(len("-----BEGIN ")); string(begin) == "-----BEGIN " {
		if _, err := br.ReadString('\n'); err != nil {
			return errors.New("PEM armour with no line after it")
		}
	}
	_, err := io.Copy(out, base64.NewDecoder(base64.RawStdEncoding, &base64Text{r: br}))
	return err
}

// base64Text reads base64 characters, leaving out white space and
// padding, up to the PEM armour's end line if there is one.
type base64Text struct {
	r      *bufio.Reader
	padded bool
}

func (t *base64Text) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c, err := t.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		switch {
		case isSpace(c):
		case c == '=':
			t.padded = true
		case c == '-':
			if end, _ := t.r.Peek(len("----END ")); string(end) == "----END " {
				return n, io.EOF
			}
			return n, errors.New("a '-' in the base64 text")
		case t.padded:
			return n, errors.New("base64 text after its padding")
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			p[n] = c
			n++
		default:
			return n, fmt.Errorf("byte %#x in the base64 text", c)
		}
	}
	return n, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
