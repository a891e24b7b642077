package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"
)

// Run is a piece of text drawn in one operation (one Tj, one TJ), with its
// position in points on the page as displayed: origin at the bottom left,
// the page's /Rotate applied.
type Run struct {
	X, Y float64 // baseline start
	// W is the advance width. Where the font reports no widths it is
	// estimated at half an em per glyph, so that gaps stay meaningful.
	W    float64
	Size float64 // font size in points after the text matrix
	Font string
	Text string // ligatures unfolded (NFKC of U+FB00–FB06), otherwise as drawn
	// Rotated is set for text drawn at an angle (a stamp along the margin,
	// a vertical label): it reads along no line, so Lines leaves it out.
	Rotated bool
}

// Page is one page's positioned text.
type Page struct {
	Number        int // 1-based
	Width, Height float64
	Runs          []Run // in content-stream order
	// Err is set when the page's content could not be read (a damaged
	// stream); Runs then holds what was read before the damage, if anything.
	Err error
	// lines keeps what Lines computed for ReadPDF's pages: every parser
	// asks for the lines of every page.
	lines *lineCache
}

// Line is a row of text: runs that share a baseline, left to right.
type Line struct {
	Page     int
	X, Y, X2 float64 // left edge, baseline, right edge
	Size     float64 // the largest font size in the line
	Text     string  // runs joined, white space collapsed
	Runs     []Run
}

// Document is the positioned text of a whole PDF.
type Document struct {
	Pages    []Page
	Producer string
	// Repaired is set when the file's cross-reference table was unusable
	// (truncated file, missing %%EOF) and was rebuilt by scanning the objects.
	Repaired bool
	// Warnings are problems of the whole file that did not stop the
	// reading (a rebuilt cross-reference table, a broken page tree);
	// problems of one page are in its Page.Err.
	Warnings []string
}

// Errors ReadPDF returns for files it cannot read at all; callers branch on
// them with errors.Is.
var (
	ErrNotPDF    = errors.New("not a PDF file")
	ErrEncrypted = errors.New("encrypted PDF")
)

// errLimit ends the messages of pages over a limit ("content over the
// 16 MiB limit"): such a page is reported, not read.
var errLimit = errors.New("limit")

// ReadOption changes how ReadPDF reads a file.
type ReadOption func(*readConfig)

type readConfig struct {
	maxPages int
}

// WithMaxPages makes ReadPDF refuse, with ErrTooLarge, a file of more than
// n pages while walking its page tree, before reading any page (n <= 0: no
// limit).
func WithMaxPages(n int) ReadOption {
	return func(c *readConfig) { c.maxPages = n }
}

// Limits that keep a hostile file from exhausting the machine.
const (
	// maxInMemory is the largest file read into memory whole; larger files
	// are read through the caller's ReaderAt.
	maxInMemory = 256 << 20
	// maxFormDepth bounds Form XObjects drawing each other.
	maxFormDepth = 8
	// maxTreeNodes bounds the page tree walk (cycles in Kids).
	maxTreeNodes = 1 << 17
	// maxTreeDepth bounds the nesting of page tree nodes.
	maxTreeDepth = 64
	// maxPageContent bounds the decoded content one page may cost, its
	// Form XObjects included (a compression bomb, a form drawn a million
	// times). Real pages decode to some tens of KiB.
	maxPageContent = 16 << 20
	// maxPageRuns bounds the text runs of one page: each costs about a
	// hundred bytes, kept until the document is parsed. Real pages have a
	// few hundred; a whole 54-page act a few thousand.
	maxPageRuns = 1 << 15
	// maxDocumentRuns bounds the text runs of a whole document, which stay
	// in memory together with their lines (some 700 bytes a run, measured):
	// dozens of times what a 54-page act holds, at under 100 MB.
	maxDocumentRuns = 1 << 17
	// ctxCheckEvery is how many content tokens are read between two looks
	// at the context.
	ctxCheckEvery = 4096
	// maxOperands bounds the operands gathered before an operator.
	maxOperands = 1 << 12
	// maxSavedStates bounds nested q operators.
	maxSavedStates = 1 << 10
	// maxNesting bounds arrays and dictionaries inside each other.
	maxNesting = 64
	// maxSlope is the steepest baseline (rise over run) still read as
	// horizontal text: about 10 degrees.
	maxSlope = 0.18
	// missingWidth is the advance, in thousandths of an em, assumed for
	// glyphs of fonts that carry no widths.
	missingWidth = 500
)

// The library (github.com/ledongthuc/pdf) reads the file's objects, fonts
// and streams; the text operators are interpreted here. Its own text
// readers do not fit: GetTextByRow tracks only Tm, so LibreOffice output
// comes out at x=y=0; Content() appends a junk glyph after each TJ, splits
// text into glyphs, reports zero widths for CID fonts (positions then drift
// after ligatures) and panics on damaged streams.

// ReadPDF reads the positioned text of every page of a PDF. A damaged page
// does not stop the others: its Page.Err says what went wrong. ReadPDF
// returns an error only when the file as a whole cannot be read (not a PDF,
// encrypted, no readable pages).
func ReadPDF(ctx context.Context, r io.ReaderAt, size int64, options ...ReadOption) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var cfg readConfig
	for _, option := range options {
		option(&cfg)
	}
	src, err := loadSource(r, size)
	if err != nil {
		return nil, err
	}
	guarded := &guardedReaderAt{ctx: ctx, r: src, budget: readBudget(size)}
	reader, note, err := openPDF(guarded, size)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		return nil, err
	}
	doc := &Document{Repaired: note == rebuiltNote}
	if note != "" && !doc.Repaired {
		doc.Warnings = append(doc.Warnings, note)
	}
	refs, err := pageRefs(ctx, reader, cfg.maxPages)
	if errors.Is(err, ErrTooLarge) || ctx.Err() != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		return nil, err
	}
	if err != nil && !doc.Repaired {
		// A damaged page tree in an otherwise well-formed file: the objects
		// themselves may still be found by scanning.
		if rr, rerr := repairedReader(guarded, size); rerr == nil {
			rrefs, perr := pageRefs(ctx, rr, cfg.maxPages)
			if errors.Is(perr, ErrTooLarge) {
				return nil, perr
			}
			if perr == nil || len(rrefs) > len(refs) {
				reader, refs, err, doc.Repaired = rr, rrefs, perr, true
			}
		}
	}
	if len(refs) == 0 {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		if err == nil {
			err = errors.New("no pages")
		}
		return nil, fmt.Errorf("read page tree: %w", err)
	}
	if doc.Repaired {
		doc.Warnings = append(doc.Warnings, rebuiltNote)
	}
	if err != nil {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("page tree damaged after page %d, later pages may be missing: %v", len(refs), err))
	}
	doc.Producer = safeText(func() string { return reader.Trailer().Key("Info").Key("Producer").Text() })
	doc.Pages = make([]Page, len(refs))
	shared := newDocReading()
	var wg sync.WaitGroup
	next := make(chan int)
	for range pageWorkers {
		wg.Go(func() {
			for i := range next {
				page := readPage(ctx, refs[i], i+1, shared)
				page.lines = &lineCache{}
				page.Lines() // grouped here, in parallel, for all the parsers
				doc.Pages[i] = page
			}
		})
	}
	for i := range refs {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	readable := 0
	for _, p := range doc.Pages {
		if p.Err == nil || len(p.Runs) > 0 {
			readable++
		}
	}
	if readable == 0 {
		return nil, fmt.Errorf("no readable pages: page 1: %w", doc.Pages[0].Err)
	}
	return doc, nil
}

// pageWorkers is how many pages are interpreted at once. The reader is
// stateless over an io.ReaderAt, so pages are independent.
const pageWorkers = 2

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
// a sane file needs some tens of times its size (the fixtures: 9 to 27).
func readBudget(size int64) int64 {
	return 256<<20 + 256*size
}

// guardedReaderAt stops the library when the context ends or when it has
// read far more than any sane file needs; the library turns the error into
// a panic that ReadPDF recovers.
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

var headerRE = lazyRegexp(`^%PDF-(\d)\.(\d)`)

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
	objHeaderRE = lazyRegexp(`(?:^|[^0-9])(\d{1,10})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj\b`)
	catalogRE   = lazyRegexp(`/Type\s*/Catalog\b`)
	infoRE      = lazyRegexp(`/Producer\s*[(<]`)
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

// pageRef is a page dictionary with the attributes it inherits from the
// page tree.
type pageRef struct {
	v         pdf.Value
	resources pdf.Value
	mediaBox  pdf.Value
	rotate    int
	err       error // the page object could not be loaded
}

// pageRefs walks the page tree. The library's own walk trusts /Count and
// follows /Parent without bound; this one survives cycles and broken nodes,
// giving a broken leaf a pageRef with err so that page numbers stay right.
// It stops with ErrTooLarge past maxPages leaves (maxPages > 0), and when
// ctx ends.
func pageRefs(ctx context.Context, reader *pdf.Reader, maxPages int) (refs []pageRef, err error) {
	var root pdf.Value
	if err := recoverPDF(func() { root = reader.Trailer().Key("Root").Key("Pages") }); err != nil {
		return nil, err
	}
	if root.Kind() != pdf.Dict {
		return nil, errors.New("catalog has no page tree")
	}
	visited := 0
	add := func(ref pageRef) error {
		refs = append(refs, ref)
		if maxPages > 0 && len(refs) > maxPages {
			return fmt.Errorf("%w: more than %d pages", ErrTooLarge, maxPages)
		}
		return nil
	}
	var walk func(node pdf.Value, inh pageRef, depth int) error
	walk = func(node pdf.Value, inh pageRef, depth int) error {
		visited++
		if visited > maxTreeNodes || depth > maxTreeDepth {
			return errors.New("page tree too large or cyclic")
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if v := node.Key("Resources"); !v.IsNull() {
			inh.resources = v
		}
		if v := node.Key("MediaBox"); !v.IsNull() {
			inh.mediaBox = v
		}
		if v := node.Key("Rotate"); !v.IsNull() {
			inh.rotate = int(v.Int64())
		}
		kids := node.Key("Kids")
		if node.Key("Type").Name() == "Page" || (kids.Kind() != pdf.Array && node.Key("Contents").Kind() != pdf.Null) {
			inh.v = node
			return add(inh)
		}
		for i := range kids.Len() {
			var kid pdf.Value
			if err := recoverPDF(func() { kid = kids.Index(i) }); err != nil || kid.Kind() != pdf.Dict {
				if err == nil {
					err = errors.New("page object missing")
				}
				if aerr := add(pageRef{err: err}); aerr != nil {
					return aerr
				}
				continue
			}
			var werr error
			if err := recoverPDF(func() { werr = walk(kid, inh, depth+1) }); err != nil {
				werr = add(pageRef{err: err})
			}
			if werr != nil {
				return werr
			}
		}
		return nil
	}
	var werr error
	if err := recoverPDF(func() { werr = walk(root, pageRef{}, 0) }); err != nil {
		return refs, err
	}
	return refs, werr
}

// recoverPDF runs f, turning a panic of the library (its way of reporting
// malformed input) into an error.
func recoverPDF(f func()) (err error) {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", x)
			}
		}
	}()
	f()
	return nil
}

func safeText(f func() string) (s string) {
	_ = recoverPDF(func() { s = f() })
	return s
}

// docReading is what the pages of one document share while they are read.
type docReading struct {
	fonts *fontCache
	// runsLeft is how many more text runs the document may hold.
	runsLeft atomic.Int64
}

func newDocReading() *docReading {
	d := &docReading{fonts: newFontCache()}
	d.runsLeft.Store(maxDocumentRuns)
	return d
}

// readPage interprets one page's content stream.
func readPage(ctx context.Context, ref pageRef, number int, doc *docReading) Page {
	page := Page{Number: number}
	if ref.err != nil {
		page.Err = fmt.Errorf("damaged page object: %w", ref.err)
		return page
	}
	view := identity
	err := recoverPDF(func() {
		view = pageView(&page, ref.mediaBox, ref.rotate)
	})
	if err == nil {
		in := &interpreter{ctx: ctx, doc: doc, page: &page, contentLeft: maxPageContent}
		err = recoverPDF(func() { in.run(ref.v.Key("Contents"), ref.resources, view, 0) })
		page.Runs = fitRuns(page.Runs)
		switch {
		case errors.Is(err, errLimit):
			// What was read of a page over a limit is no sample of it, and
			// keeping it would cost what the limit is there to save.
			page.Runs = nil
		case err != nil:
			err = fmt.Errorf("damaged content stream: %w", err)
		}
	}
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			err = ctxErr
		}
		page.Err = err
	}
	return page
}

// pageView sets the page's size as displayed and returns the matrix from
// user space to the displayed page: origin at the bottom left of the media
// box, turned by /Rotate (clockwise, in quarter turns), so that a landscape
// slide stored as a rotated portrait page reads like any other.
func pageView(page *Page, box pdf.Value, rotate int) matrix {
	x0, y0, x1, y1 := 0.0, 0.0, 612.0, 792.0 // US Letter, the PDF default
	if box.Len() == 4 {
		x0, y0 = box.Index(0).Float64(), box.Index(1).Float64()
		x1, y1 = box.Index(2).Float64(), box.Index(3).Float64()
	}
	w, h := math.Abs(x1-x0), math.Abs(y1-y0)
	origin := translate(-math.Min(x0, x1), -math.Min(y0, y1))
	page.Width, page.Height = w, h
	switch ((rotate%360 + 360) % 360) / 90 {
	case 1:
		page.Width, page.Height = h, w
		return origin.mul(matrix{0, -1, 1, 0, 0, w})
	case 2:
		return origin.mul(matrix{-1, 0, 0, -1, w, h})
	case 3:
		page.Width, page.Height = h, w
		return origin.mul(matrix{0, 1, -1, 0, h, 0})
	}
	return origin
}

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: first m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

func translate(tx, ty float64) matrix { return matrix{1, 0, 0, 1, tx, ty} }

// gstate is the part of the graphics state that positions text.
type gstate struct {
	ctm                        matrix
	tc, tw, th, tl, tfs, trise float64
	font                       *fontInfo
}

// interpreter runs the text operators of a content stream.
type interpreter struct {
	ctx   context.Context
	doc   *docReading
	page  *Page
	g     gstate
	tm    matrix
	tlm   matrix
	stack []gstate
	// tokens counts the content tokens read, to look at ctx now and then.
	tokens int
	// contentLeft is how many more decoded content bytes the page may
	// cost, its forms included.
	contentLeft int64
	named       map[string]*fontInfo // fonts of the current stream by resource name
	// text is where show gathers a run's text, reused from run to run.
	text []byte
	// resKey identifies the current stream's font resources in the cache.
	resKey string
}

// run interprets a content stream (the page's or a Form XObject's). The
// stream is decoded by the library but tokenized here: the library's
// general object parser allocates a value per token and costs most of the
// reading time. A damaged stream is interpreted as far as it decodes, then
// reported.
func (in *interpreter) run(content, resources pdf.Value, ctm matrix, depth int) {
	in.g = gstate{ctm: ctm, th: 1}
	in.tm, in.tlm = identity, identity
	in.named = map[string]*fontInfo{}
	in.resKey = ""
	in.stack = in.stack[:0]
	buf := contentBuffers.Get().(*bytes.Buffer)
	defer putContentBuffer(buf)
	data, readErr := readContent(in.ctx, content, in.contentLeft, buf)
	in.contentLeft -= int64(len(data))
	if in.page.Runs == nil {
		if n := expectedRuns(data); n > 0 {
			in.page.Runs = make([]Run, 0, n)
		}
	}
	if errors.Is(readErr, errLimit) {
		panic(readErr)
	}
	fontRes := resources.Key("Font")
	lx := contentLexer{data: data}
	var args []operand // the operands of the next operator
	for {
		tok, op, ok := lx.next()
		if !ok {
			break
		}
		in.tokens++
		if in.tokens%ctxCheckEvery == 0 {
			if err := in.ctx.Err(); err != nil {
				panic(err)
			}
		}
		if op == nil {
			if len(args) == maxOperands {
				args = args[:0] // no operator takes that many: garbage
			}
			args = append(args, tok)
			continue
		}
		in.operator(string(op), args, fontRes, resources, depth)
		args = args[:0]
	}
	if readErr != nil {
		panic(readErr)
	}
}

// operator runs one content-stream operator on its operands.
func (in *interpreter) operator(op string, args []operand, fontRes, resources pdf.Value, depth int) {
	n := len(args)
	num := func(i int) float64 {
		if i < n {
			return args[i].num
		}
		return 0
	}
	switch op {
	case "q":
		if len(in.stack) < maxSavedStates {
			in.stack = append(in.stack, in.g)
		}
	case "Q":
		if k := len(in.stack); k > 0 {
			in.g = in.stack[k-1]
			in.stack = in.stack[:k-1]
		}
	case "cm":
		if n == 6 {
			in.g.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(in.g.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tc":
		in.g.tc = num(0)
	case "Tw":
		in.g.tw = num(0)
	case "Tz":
		in.g.th = num(0) / 100
	case "TL":
		in.g.tl = num(0)
	case "Ts":
		in.g.trise = num(0)
	case "Tf":
		if n == 2 && args[0].kind == operandName {
			in.g.font = in.font(fontRes, args[0].str)
			in.g.tfs = num(1)
		}
	case "Td":
		in.tlm = translate(num(0), num(1)).mul(in.tlm)
		in.tm = in.tlm
	case "TD":
		in.g.tl = -num(1)
		in.tlm = translate(num(0), num(1)).mul(in.tlm)
		in.tm = in.tlm
	case "Tm":
		if n == 6 {
			in.tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
			in.tm = in.tlm
		}
	case "T*":
		in.nextLine()
	case "Tj":
		if n == 1 {
			in.show(args)
		}
	case "'":
		if n == 1 {
			in.nextLine()
			in.show(args)
		}
	case "\"":
		if n == 3 {
			in.g.tw, in.g.tc = num(0), num(1)
			in.nextLine()
			in.show(args[2:])
		}
	case "TJ":
		if n == 1 && args[0].kind == operandArray {
			in.show(args[0].arr)
		}
	case "Do":
		if n == 1 && args[0].kind == operandName && depth < maxFormDepth {
			in.form(resources, args[0].str, depth)
		}
	}
}

// contentBuffers hold decoded content streams while they are interpreted:
// nothing read from a stream keeps a reference to its bytes.
var contentBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledContent is the largest buffer kept for the next stream: a
// hostile page's must not stay in memory.
const maxPooledContent = 1 << 20

func putContentBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooledContent {
		buf.Reset()
		contentBuffers.Put(buf)
	}
}

// fitRuns gives back the room made for runs (expectedRuns) that the page
// did not draw: a hostile page of "Tj" bytes that draws nothing must not
// keep it as long as the document.
func fitRuns(runs []Run) []Run {
	switch {
	case len(runs) == 0:
		return nil // no text, as without the room made for it
	case cap(runs)-len(runs) > len(runs)/4+64:
		return slices.Clone(runs)
	}
	return runs
}

// expectedRuns is how many runs a page whose content is data draws at
// most, about: one per text-showing operator. Counting them saves growing
// the page's runs operator by operator, which costs most on pages drawn
// glyph by glyph.
func expectedRuns(data []byte) int {
	n := bytes.Count(data, []byte("Tj")) + bytes.Count(data, []byte("TJ"))
	return min(n, maxPageRuns)
}

// readContent appends to buf the decoded bytes of a content stream, or of
// an array of them joined by line breaks, and returns them. With the bytes
// that decoded it returns the error that stopped the decoding: one
// wrapping errLimit past limit bytes, which are never decoded (a
// compression bomb stops there), or ctx's.
func readContent(ctx context.Context, content pdf.Value, limit int64, buf *bytes.Buffer) ([]byte, error) {
	parts := []pdf.Value{content}
	if content.Kind() == pdf.Array {
		parts = parts[:0]
		for i := range content.Len() {
			parts = append(parts, content.Index(i))
		}
	}
	for _, part := range parts {
		if part.Kind() != pdf.Stream {
			continue
		}
		rd := part.Reader()
		_, err := io.Copy(buf, io.LimitReader(ctxReader{ctx, rd}, limit+1-int64(buf.Len())))
		rd.Close()
		if err != nil {
			return buf.Bytes(), err
		}
		if int64(buf.Len()) > limit {
			return nil, fmt.Errorf("content over the %d MiB %w", maxPageContent>>20, errLimit)
		}
		buf.WriteByte('\n')
	}
	return buf.Bytes(), nil
}

// ctxReader stops a read (a stream's decompression) when ctx ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// font returns the font a Tf names, looking it up once per content stream:
// producers repeat Tf in every text object.
func (in *interpreter) font(fontRes pdf.Value, name string) *fontInfo {
	if f, ok := in.named[name]; ok {
		return f
	}
	if in.resKey == "" {
		in.resKey = fontRes.String()
	}
	f := in.doc.fonts.get(in.resKey, fontRes, name)
	in.named[name] = f
	return f
}

// form draws a Form XObject with its own resources and matrix.
func (in *interpreter) form(resources pdf.Value, name string, depth int) {
	xobj := resources.Key("XObject").Key(name)
	if xobj.Kind() != pdf.Stream || xobj.Key("Subtype").Name() != "Form" {
		return
	}
	ctm := in.g.ctm
	if m := xobj.Key("Matrix"); m.Len() == 6 {
		ctm = matrix{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(),
			m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}.mul(ctm)
	}
	res := xobj.Key("Resources")
	if res.IsNull() {
		res = resources
	}
	saved, savedStack := in.g, append([]gstate(nil), in.stack...)
	savedTm, savedTlm, savedNamed, savedKey := in.tm, in.tlm, in.named, in.resKey
	in.run(xobj, res, ctm, depth+1)
	in.g, in.stack, in.tm, in.tlm, in.named, in.resKey = saved, savedStack, savedTm, savedTlm, savedNamed, savedKey
}

func (in *interpreter) nextLine() {
	in.tlm = translate(0, -in.g.tl).mul(in.tlm)
	in.tm = in.tlm
}

// show draws the strings of a Tj or TJ as one run, advancing the text
// matrix by each glyph's width and each TJ adjustment. An adjustment wider
// than a quarter em is a word gap some producers draw instead of a space.
func (in *interpreter) show(items []operand) {
	g := &in.g
	font := g.font
	if font == nil {
		font = fallbackFont
	}
	start := in.tm
	text := in.text[:0]
	var advance float64
	for _, item := range items {
		switch item.kind {
		case operandString:
			raw := item.str
			text = font.appendText(text, raw)
			advance += font.advance(raw, g.tfs, g.tc, g.tw) * g.th
		case operandNumber:
			adj := item.num
			advance -= adj / 1000 * g.tfs * g.th
			if adj < -250 && len(text) > 0 {
				text = append(text, ' ')
			}
		}
	}
	in.text = text
	in.tm = translate(advance, 0).mul(start)
	if len(bytes.TrimSpace(text)) == 0 {
		return
	}
	s := string(text)
	if len(in.page.Runs) == maxPageRuns {
		panic(fmt.Errorf("over the %d-run %w", maxPageRuns, errLimit))
	}
	if in.doc.runsLeft.Add(-1) < 0 {
		panic(fmt.Errorf("document over the %d-run %w", maxDocumentRuns, errLimit))
	}
	trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.trise}.mul(start).mul(g.ctm)
	x, y := trm[4], trm[5]
	userStart := start.mul(g.ctm)
	x2, _ := userStart.apply(advance, g.trise)
	in.page.Runs = append(in.page.Runs, Run{
		X:       x,
		Y:       y,
		W:       x2 - x,
		Size:    math.Hypot(trm[2], trm[3]),
		Font:    font.name,
		Text:    unfoldLigatures(s),
		Rotated: trm[0] <= 0 || math.Abs(trm[1]) > maxSlope*trm[0],
	})
}

// unfoldLigatures replaces the Latin ligature characters (ﬁ, ﬂ, …) that
// CID-font producers emit with their letters, leaving everything else as
// drawn: a full NFKC would also rewrite ellipses, ordinals and superscripts.
func unfoldLigatures(s string) string {
	if !strings.ContainsFunc(s, isLigature) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isLigature(r) {
			b.WriteString(norm.NFKC.String(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isLigature(r rune) bool { return r >= 0xFB00 && r <= 0xFB06 }

// fontInfo is what text positioning needs of a font, read once per font.
type fontInfo struct {
	name     string
	enc      pdf.TextEncoding
	twoByte  bool // Type0 fonts: two-byte codes, widths from /W
	first    int
	widths   []float64       // simple fonts, from FirstChar
	cidWidth map[int]float64 // Type0 fonts
	dw       float64         // default width of Type0 fonts, or of codes outside widths
	scale    float64         // glyph space to text space per 1000 (Type3 fonts)
	// cacheable is set when every code has the same length, so that the
	// text of a string is the text of its codes (not for CMaps other than
	// Identity-H).
	cacheable bool
	mu        sync.Mutex
	glyphs    map[string]string // code -> text
}

// fallbackFont stands in for a Tf that names no font: the text is kept
// with estimated widths.
var fallbackFont = &fontInfo{enc: latin1{}, dw: missingWidth, scale: 1}

type latin1 struct{}

func (latin1) Decode(raw string) string {
	r := make([]rune, len(raw))
	for i := range len(raw) {
		r[i] = rune(raw[i])
	}
	return string(r)
}

// appendText appends the text of raw to dst, NULs left out. The library's
// CMap decoder scans every mapping for every code, so the text of each
// code is decoded once and kept; codes are one byte in simple fonts and
// two in Type0 fonts.
func (f *fontInfo) appendText(dst []byte, raw string) []byte {
	if !f.cacheable {
		return appendWithoutNUL(dst, f.enc.Decode(raw))
	}
	step := 1
	if f.twoByte {
		step = 2
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.glyphs == nil {
		f.glyphs = map[string]string{}
	}
	for i := 0; i+step <= len(raw); i += step {
		code := raw[i : i+step]
		text, ok := f.glyphs[code]
		if !ok {
			text = strings.ReplaceAll(f.enc.Decode(code), "\x00", "")
			f.glyphs[code] = text
		}
		dst = append(dst, text...)
	}
	return dst
}

func appendWithoutNUL(dst []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, 0)
		if i < 0 {
			return append(dst, s...)
		}
		dst = append(dst, s[:i]...)
		s = s[i+1:]
	}
}

// advance is the advance of raw in unscaled text space (before Th).
func (f *fontInfo) advance(raw string, tfs, tc, tw float64) float64 {
	var total float64
	if f.twoByte {
		for i := 0; i+1 < len(raw); i += 2 {
			code := int(raw[i])<<8 | int(raw[i+1])
			w, ok := f.cidWidth[code]
			if !ok {
				w = f.dw
			}
			total += w*f.scale/1000*tfs + tc
		}
		return total
	}
	for i := range len(raw) {
		code := int(raw[i])
		w := f.dw
		if k := code - f.first; k >= 0 && k < len(f.widths) {
			w = f.widths[k]
		}
		total += w*f.scale/1000*tfs + tc
		if code == ' ' {
			total += tw
		}
	}
	return total
}

// fontCache shares parsed fonts between pages: the same font dictionary
// (same indirect references) is the same font.
type fontCache struct {
	mu    sync.Mutex
	fonts map[string]*fontInfo // by resource dictionary and name
	// byDict holds the same fonts by the printed form of the font's own
	// dictionary: producers that give every page a resource dictionary of
	// its own (Word) name the same fonts from each, and loading a font
	// (its widths, its CMap) costs far more than printing its dictionary.
	byDict map[string]*fontInfo
	// byRef holds them by their object reference ("12 0 R"), read from the
	// printed resource dictionary: resolving the reference costs the
	// library a decompression of the object stream that holds it (iLovePDF,
	// PDF 1.5 producers), for every page that names the font.
	byRef map[string]*fontInfo
}

func newFontCache() *fontCache {
	return &fontCache{fonts: map[string]*fontInfo{}, byDict: map[string]*fontInfo{}, byRef: map[string]*fontInfo{}}
}

// get returns the font a resource dictionary names. resKey identifies the
// dictionary by its printed form, which holds references to the fonts, not
// the fonts themselves: pages that share resources share the key.
func (c *fontCache) get(resKey string, fontRes pdf.Value, name string) *fontInfo {
	key := resKey + "\x00" + name
	c.mu.Lock()
	defer c.mu.Unlock()
	if f, ok := c.fonts[key]; ok {
		return f
	}
	ref, byRef := fontRef(resKey, name)
	if f, ok := c.byRef[ref]; ok && byRef {
		c.fonts[key] = f
		return f
	}
	var f *fontInfo
	if v := fontRes.Key(name); v.Kind() == pdf.Dict {
		dictKey := v.String()
		var ok bool
		if f, ok = c.byDict[dictKey]; !ok {
			f = loadFont(v)
			c.byDict[dictKey] = f
		}
	}
	c.fonts[key] = f
	if byRef {
		c.byRef[ref] = f
	}
	return f
}

// fontRef returns the reference ("12 0 R") under which a printed resource
// dictionary (pdf.Value.String) names the font name. It answers only for a
// dictionary printed as nothing but "/Name N G R" entries, which cannot
// be misread; ok is false otherwise (inline fonts, odd names).
func fontRef(printed, name string) (ref string, ok bool) {
	rest, found := strings.CutPrefix(printed, "<<")
	if !found {
		return "", false
	}
	for rest != ">>" {
		rest = strings.TrimPrefix(rest, " ")
		var key, id, gen string
		if key, rest, found = strings.Cut(rest, " "); !found || len(key) < 2 || key[0] != '/' {
			return "", false
		}
		if id, rest, found = strings.Cut(rest, " "); !found || !isDigits(id) {
			return "", false
		}
		if gen, rest, found = strings.Cut(rest, " "); !found || !isDigits(gen) {
			return "", false
		}
		if rest, found = strings.CutPrefix(rest, "R"); !found {
			return "", false
		}
		if key[1:] == name {
			ref = id + " " + gen + " R"
		}
	}
	return ref, ref != ""
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func loadFont(v pdf.Value) *fontInfo {
	font := pdf.Font{V: v}
	f := &fontInfo{name: font.BaseFont(), scale: 1}
	if i := strings.IndexByte(f.name, '+'); i >= 0 {
		f.name = f.name[i+1:]
	}
	f.enc = font.Encoder()
	if f.enc == nil {
		f.enc = latin1{}
	}
	if fm := v.Key("FontMatrix"); fm.Len() == 6 {
		f.scale = fm.Index(0).Float64() * 1000
	}
	f.cacheable = true
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		f.cacheable = v.Key("Encoding").Name() == "Identity-H"
		desc := v.Key("DescendantFonts").Index(0)
		f.dw = 1000
		if dw := desc.Key("DW"); !dw.IsNull() {
			f.dw = dw.Float64()
		}
		f.cidWidth = cidWidths(desc.Key("W"))
		return f
	}
	widths := v.Key("Widths")
	if widths.Kind() != pdf.Array || widths.Len() == 0 {
		f.dw = missingWidth
		return f
	}
	f.first = int(v.Key("FirstChar").Int64())
	f.widths = make([]float64, widths.Len())
	for i := range f.widths {
		f.widths[i] = widths.Index(i).Float64()
	}
	f.dw = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	return f
}

// cidWidths reads a CIDFont /W array: "c [w1 w2 …]" or "cfirst clast w".
func cidWidths(w pdf.Value) map[int]float64 {
	out := map[int]float64{}
	const maxRange = 1 << 16
	for i := 0; i+1 < w.Len(); {
		first := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := range min(next.Len(), maxRange) {
				out[first+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last := int(next.Int64())
		width := w.Index(i + 2).Float64()
		for c := first; c <= last && c-first < maxRange; c++ {
			out[c] = width
		}
		i += 3
	}
	return out
}

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
