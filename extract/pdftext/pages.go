package pdftext

// The page tree walked under limits, and each page read into positioned
// text through its view (media box, rotation).

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"sync/atomic"

	"github.com/ledongthuc/pdf"
)

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

// readPage interprets one page's content stream. Its runs come out in
// reading order, with their lines (putInReadingOrder).
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
		scratch := runScratches.Get().(*[]Run)
		page.Runs = (*scratch)[:0]
		in := &interpreter{ctx: ctx, doc: doc, page: &page, contentLeft: maxPageContent}
		err = recoverPDF(func() { in.run(ref.v.Key("Contents"), ref.resources, view, 0) })
		drawn := page.Runs
		switch {
		case errors.Is(err, errLimit):
			// What was read of a page over a limit is no sample of it, and
			// keeping it would cost what the limit is there to save.
			page.Runs = nil
		case err != nil:
			err = fmt.Errorf("damaged content stream: %w", err)
		}
		page.putInReadingOrder() // copies the runs out of the scratch
		if cap(drawn) <= maxPooledRuns {
			*scratch = drawn[:0]
			runScratches.Put(scratch)
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

// runScratches hold the runs of a page being drawn, which its reading
// order copies out (putInReadingOrder): a page drawn glyph by glyph makes
// room for a run per glyph (expectedRuns) and keeps a run per word, and
// that room, made afresh for every page, was most of what a document's
// reading allocated.
var runScratches = sync.Pool{New: func() any { return new([]Run) }}

// maxPooledRuns is the most runs a pooled scratch keeps room for: many
// times a page of text, a fraction of the page limit.
const maxPooledRuns = 1 << 13

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
