package pdftext

// Opening a PDF: the source read into memory when small, a read budget
// against looping structures, and the cross-reference table repaired or
// rebuilt by scanning when the file is damaged or truncated.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/ledongthuc/pdf"
	"github.com/openalbo/albo/internal/lazyre"
)

// loadSource reads small files into memory: the library re-reads objects
// many times in small chunks, which is far cheaper from memory than through
// a file.
func loadSource(r io.ReaderAt, size int64) (io.ReaderAt, error) {
	if size < 0 {
		return nil, fmt.Errorf("%w: negative size", ErrNotPDF)
	}
	if size > maxInMemory {
		return r, nil
	}
	if br, inMemory := r.(*bytes.Reader); inMemory && br.Size() == size {
		return r, nil // Read's case: a second copy would only cost memory
	}
	buf := make([]byte, size)
	n, err := r.ReadAt(buf, 0)
	if int64(n) < size {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("read: %w", err)
	}
	return bytes.NewReader(buf), nil
}

// readBudget is the most bytes the library may read from a file before the
// read is declared runaway: hostile cross-reference chains can loop
// forever. The library re-reads a 4 KiB chunk for every object it loads, so
// a sane file needs some tens of times its size (the fixtures: 9 to 27),
// and a small one some thousands of chunks at most. (The floor was 256 MiB:
// a 472-byte file whose cross-reference table names itself as the one
// before it then spun for 14 s before the budget ran out.)
func readBudget(size int64) int64 {
	return readBudgetFloor + 256*size
}

// readBudgetFloor is the read budget of a file of no size: 4,096 chunks.
const readBudgetFloor = 16 << 20

// guardedReaderAt stops the library when the context ends or when it has
// read far more than any sane file needs; the library turns the error into
// a panic that Read recovers.
type guardedReaderAt struct {
	ctx    context.Context
	r      io.ReaderAt
	mu     sync.Mutex
	read   int64
	budget int64
}

var errRunaway = errors.New("read budget exhausted (looping structure)")

func (g *guardedReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if err := g.ctx.Err(); err != nil {
		return 0, err
	}
	g.mu.Lock()
	g.read += int64(len(p))
	over := g.read > g.budget
	g.mu.Unlock()
	if over {
		return 0, errRunaway
	}
	return g.r.ReadAt(p, off)
}

// overlayReaderAt presents a file with its first bytes replaced by head and
// tail appended after its end. It lets the library read files it would
// refuse as they are: a %PDF-2.0 header, a missing %%EOF, a rebuilt
// cross-reference table.
type overlayReaderAt struct {
	r    io.ReaderAt
	size int64
	head []byte
	tail []byte
}

func (o *overlayReaderAt) len() int64 { return o.size + int64(len(o.tail)) }

func (o *overlayReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	n := 0
	for n < len(p) {
		pos := off + int64(n)
		switch {
		case pos < int64(len(o.head)):
			n += copy(p[n:], o.head[pos:])
		case pos < o.size:
			end := min(int64(len(p)-n), o.size-pos)
			m, err := o.r.ReadAt(p[n:n+int(end)], pos)
			n += m
			if err != nil && err != io.EOF {
				return n, err
			}
			if int64(m) < end {
				return n, io.ErrUnexpectedEOF
			}
		case pos < o.len():
			n += copy(p[n:], o.tail[pos-o.size:])
		default:
			return n, io.EOF
		}
	}
	return n, nil
}

var headerRE = lazyre.Compile(`^%PDF-(\d)\.(\d)`)

// openPDF opens the file with the library, repairing what it would refuse.
// The note says what was repaired, if anything (rebuiltNote when the
// cross-reference table was rebuilt).
func openPDF(r io.ReaderAt, size int64) (*pdf.Reader, string, error) {
	head := make([]byte, min(size, 16))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return nil, "", fmt.Errorf("read header: %w", err)
	}
	m := headerRE().FindSubmatch(head)
	if m == nil {
		if len(head) > 0 && (bytes.HasPrefix(head, []byte("%PDF-")) || bytes.HasPrefix([]byte("%PDF-1.x"), head)) {
			return nil, "", fmt.Errorf("truncated: the file ends after %d bytes, within its %%PDF- header", size)
		}
		return nil, "", fmt.Errorf("%w: no %%PDF- header", ErrNotPDF)
	}
	view := &overlayReaderAt{r: r, size: size}
	if string(m[1]) != "1" || len(head) < 9 || (head[8] != '\n' && head[8] != '\r') {
		// The library accepts only "%PDF-1.x" followed by an end of line;
		// the header line is a comment, so rewriting it changes nothing else.
		view.head = []byte("%PDF-1.7\n")
	}
	reader, err := newReader(view, view.len())
	if err == nil {
		return reader, "", nil
	}
	if isEncryptionError(err) {
		// The library's own messages may start with "encrypted PDF" too.
		reason := strings.TrimPrefix(err.Error(), ErrEncrypted.Error()+": ")
		return nil, "", fmt.Errorf("%w: %s", ErrEncrypted, reason)
	}
	// A file cut just before its %%EOF keeps a usable cross-reference
	// table (or stream, which a rebuild by scanning cannot replace).
	if !endsWithEOF(r, size) {
		ended := &overlayReaderAt{r: r, size: size, head: view.head, tail: []byte("\n%%EOF\n")}
		if reader, eerr := newReader(ended, ended.len()); eerr == nil {
			return reader, "the file ends without %%EOF: it may be truncated", nil
		}
	}
	repaired, rerr := repairedReader(view, view.len())
	if rerr != nil {
		return nil, "", fmt.Errorf("unreadable PDF: %v; rebuilding the cross-reference table: %w", err, rerr)
	}
	return repaired, rebuiltNote, nil
}

// rebuiltNote is the warning of a file whose cross-reference table was
// rebuilt by scanning.
const rebuiltNote = "cross-reference table rebuilt by scanning the file (damaged or truncated)"

// endsWithEOF reports whether the file ends with its %%EOF marker (an
// earlier one, of a revision the file was updated from, does not count).
func endsWithEOF(r io.ReaderAt, size int64) bool {
	tail := make([]byte, min(size, 1024))
	n, _ := r.ReadAt(tail, size-int64(len(tail)))
	return bytes.HasSuffix(bytes.TrimRight(tail[:n], " \t\r\n\x00"), []byte("%%EOF"))
}

// newReader calls the library, turning its panics into errors.
func newReader(r io.ReaderAt, size int64) (reader *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			reader, err = nil, fmt.Errorf("malformed PDF: %v", x)
		}
	}()
	return pdf.NewReader(r, size)
}

func isEncryptionError(err error) bool {
	if errors.Is(err, pdf.ErrInvalidPassword) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "encrypt") || strings.Contains(msg, "Encrypt")
}

var (
	objHeaderRE = lazyre.Compile(`(?:^|[^0-9])(\d{1,10})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj\b`)
	catalogRE   = lazyre.Compile(`/Type\s*/Catalog\b`)
	infoRE      = lazyre.Compile(`/Producer\s*[(<]`)
)

// repairedReader rebuilds the cross-reference table of a damaged file by
// scanning it for "n g obj" headers, and appends the table and a trailer
// naming the last catalog found. Objects inside object streams are not
// found this way; files that keep their page tree there stay unreadable.
func repairedReader(r io.ReaderAt, size int64) (*pdf.Reader, error) {
	if size > maxInMemory {
		return nil, errors.New("file too large to rebuild")
	}
	data := make([]byte, size)
	if n, err := r.ReadAt(data, 0); int64(n) < size {
		return nil, fmt.Errorf("read: %w", err)
	}
	offsets := map[int]int64{}
	gens := map[int]int{}
	maxID := 0
	catalog, info := -1, -1
	locs := objHeaderRE().FindAllSubmatchIndex(data, -1)
	for i, loc := range locs {
		id, err1 := strconv.Atoi(string(data[loc[2]:loc[3]]))
		gen, err2 := strconv.Atoi(string(data[loc[4]:loc[5]]))
		if err1 != nil || err2 != nil || id <= 0 || id > 1<<22 {
			continue
		}
		offsets[id], gens[id] = int64(loc[2]), gen
		maxID = max(maxID, id)
		bodyEnd := len(data)
		if i+1 < len(locs) {
			bodyEnd = locs[i+1][0]
		}
		body := data[loc[1]:bodyEnd]
		if end := bytes.Index(body, []byte("stream")); end >= 0 {
			body = body[:end]
		}
		if catalogRE().Match(body) {
			catalog = id
		}
		if infoRE().Match(body) {
			info = id
		}
	}
	if catalog < 0 {
		return nil, errors.New("no document catalog found")
	}
	var tail bytes.Buffer
	tail.WriteString("\n")
	xrefAt := size + int64(tail.Len())
	fmt.Fprintf(&tail, "xref\n0 %d\n", maxID+1)
	tail.WriteString("0000000000 65535 f\r\n")
	for id := 1; id <= maxID; id++ {
		if off, ok := offsets[id]; ok {
			fmt.Fprintf(&tail, "%010d %05d n\r\n", off, gens[id])
		} else {
			tail.WriteString("0000000000 65535 f\r\n")
		}
	}
	fmt.Fprintf(&tail, "trailer\n<</Size %d /Root %d %d R", maxID+1, catalog, gens[catalog])
	if info > 0 {
		fmt.Fprintf(&tail, " /Info %d %d R", info, gens[info])
	}
	fmt.Fprintf(&tail, ">>\nstartxref\n%d\n%%%%EOF\n", xrefAt)
	view := &overlayReaderAt{r: bytes.NewReader(data), size: size, tail: tail.Bytes()}
	return newReader(view, view.len())
}
