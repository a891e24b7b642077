package pdftext

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/openalbo/albo/internal/afm"
)

// Run is a piece of text drawn in one operation (one Tj, one TJ), or in
// several that each start where the last ended in the same font (text drawn
// glyph by glyph), with its position in points on the page as displayed:
// origin at the bottom left, the page's /Rotate applied.
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
	// Invisible is set for text drawn neither filled nor stroked: an OCR's
	// text layer over a scan, whose image is what a reader sees.
	Invisible bool
}

// Page is one page's positioned text.
type Page struct {
	Number        int // 1-based
	Width, Height float64
	// Runs are in reading order: the runs of each line, top to bottom and
	// left to right as Lines gives them, then the rotated runs, which
	// belong to no line, in the order they were drawn.
	Runs []Run
	// Err is set when the page's content could not be read (a damaged
	// stream); Runs then holds what was read before the damage, if anything.
	Err error
	// lines keeps what Lines computed, for the pages Read returns: their
	// readers ask for the lines of every page, often more than once.
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

// File is the positioned text of a whole PDF file, page by page (not
// the act extract reads from it, nor a document of the index).
type File struct {
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

// Errors Read returns for files it cannot read at all; callers branch on
// them with errors.Is.
var (
	ErrNotPDF    = errors.New("not a PDF file")
	ErrEncrypted = errors.New("encrypted PDF")
	// ErrTooLarge is returned for a file of more pages than WithMaxPages
	// allows.
	ErrTooLarge = errors.New("file too large")
)

// errLimit ends the messages of pages over a limit ("content over the
// 16 MiB limit"): such a page is reported, not read.
var errLimit = errors.New("limit")

// ReadOption changes how Read reads a file.
type ReadOption func(*readConfig)

type readConfig struct {
	maxPages int
}

// WithMaxPages makes Read refuse, with ErrTooLarge, a file of more than
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
	missingWidth = afm.Missing
)

// The library (github.com/ledongthuc/pdf) reads the file's objects, fonts
// and streams; the text operators are interpreted here. Its own text
// readers do not fit: GetTextByRow tracks only Tm, so LibreOffice output
// comes out at x=y=0; Content() appends a junk glyph after each TJ, splits
// text into glyphs, reports zero widths for CID fonts (positions then drift
// after ligatures) and panics on damaged streams.

// Read reads the positioned text of every page of a PDF. A damaged page
// does not stop the others: its Page.Err says what went wrong. Read
// returns an error only when the file as a whole cannot be read (not a PDF,
// encrypted, no readable pages).
func Read(ctx context.Context, r io.ReaderAt, size int64, options ...ReadOption) (*File, error) {
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
	doc := &File{Repaired: note == rebuiltNote}
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
	for range min(pageWorkers, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				doc.Pages[i] = readPage(ctx, refs[i], i+1, shared)
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

// pageWorkers is how many pages are interpreted at once, when as many
// cores may run Go code (GOMAXPROCS). The reader is stateless over an
// io.ReaderAt, so pages are independent.
const pageWorkers = 2
