package extract

import (
	"context"
	"errors"
	"io"
)

// Run is a piece of text drawn in one operation, with its position in PDF
// user space (points, origin at the bottom left of the page).
type Run struct {
	X, Y float64 // baseline start
	W    float64 // advance width; 0 where the font reports no widths
	Size float64 // font size in points after the text matrix
	Font string
	Text string // NFKC-normalised (ligatures unfolded)
}

// Page is one page's positioned text.
type Page struct {
	Number        int // 1-based
	Width, Height float64
	Runs          []Run // in content-stream order
	// Err is set when the page's content could not be read (a damaged
	// stream); Runs then holds what was read before the damage, if anything.
	Err error
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
}

// ErrNotImplemented is returned until the positioned-text layer lands.
var ErrNotImplemented = errors.New("not implemented")

// ReadPDF reads the positioned text of every page of a PDF. A damaged page
// does not stop the others: its Page.Err says what went wrong. ReadPDF
// returns an error only when the file as a whole cannot be read (not a PDF,
// encrypted, no readable pages).
func ReadPDF(ctx context.Context, r io.ReaderAt, size int64) (*Document, error) {
	return nil, ErrNotImplemented
}

// Lines groups the page's runs into lines, top to bottom.
func (p Page) Lines() []Line { return nil }
