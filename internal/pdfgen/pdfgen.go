// Package pdfgen writes small, valid PDFs of positioned text in the standard
// Helvetica fonts. The local Albo replica and the synthetic corpus use it to
// make documents in code, so tests and benchmarks can have thousands of acts
// without shipping them.
package pdfgen

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/openalbo/albo/internal/afm"
)

// Font is one of the standard fonts every PDF reader has.
type Font string

// The fonts a Doc can use.
const (
	Helvetica     Font = "Helvetica"
	HelveticaBold Font = "Helvetica-Bold"
)

var fontResources = map[Font]string{Helvetica: "F1", HelveticaBold: "F2"}

// Page is one page under construction.
type Page struct {
	width, height float64
	content       strings.Builder
}

// Doc is a PDF under construction.
type Doc struct {
	pages []*Page
	info  map[string]string
}

// New starts an empty document.
func New() *Doc { return &Doc{info: map[string]string{}} }

// SetInfo sets an entry of the document information dictionary, such as
// "Producer" or "Title".
func (d *Doc) SetInfo(key, value string) { d.info[key] = value }

// AddPage appends a page of the given size in points (A4 portrait is
// 595×842).
func (d *Doc) AddPage(width, height float64) *Page {
	p := &Page{width: width, height: height}
	d.pages = append(d.pages, p)
	return p
}

// Text draws s with its baseline starting at (x, y), in points from the
// bottom left corner of the page.
func (p *Page) Text(x, y, size float64, font Font, s string) {
	fmt.Fprintf(&p.content, "BT /%s %.2f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n",
		fontResources[font], size, x, y, literal(s))
}

// Bytes renders the document. The cross-reference table carries the true
// byte offsets, so readers open it without repairing anything.
func (d *Doc) Bytes() []byte {
	// Objects: 1 catalog, 2 pages, 3 and 4 fonts, 5 info, then per page
	// its page object and its content stream.
	var kids []string
	objects := []string{"", "", // catalog and pages, filled below
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
		d.infoDict(),
	}
	for _, p := range d.pages {
		pageObj := len(objects) + 1
		kids = append(kids, fmt.Sprintf("%d 0 R", pageObj))
		objects = append(objects,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>",
				p.width, p.height, pageObj+1),
			fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", p.content.Len(), p.content.String()))
	}
	objects[0] = "<< /Type /Catalog /Pages 2 0 R >>"
	objects[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))

	return Assemble("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", objects, " /Info 5 0 R")
}

// Assemble writes a PDF of objects numbered from 1, the first the catalog,
// after header (the %PDF- line): each object at the offset its
// cross-reference entry gives, then a trailer of /Size, /Root 1 0 R and
// trailerEntries (" /Info 5 0 R"). Bytes writes a Doc with it; tests that
// need objects no Doc draws write them with it.
func Assemble(header string, objects []string, trailerEntries string) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	offsets := make([]int, len(objects))
	for i, obj := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, obj)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, trailerEntries, xref)
	return b.Bytes()
}

func (d *Doc) infoDict() string {
	var b strings.Builder
	b.WriteString("<<")
	for _, k := range []string{"Title", "Subject", "Producer", "Creator"} {
		if v, ok := d.info[k]; ok {
			fmt.Fprintf(&b, " /%s (%s)", k, literal(v))
		}
	}
	b.WriteString(" >>")
	return b.String()
}

// winAnsi maps the characters outside Latin-1 that Italian acts print to
// their WinAnsiEncoding codes.
var winAnsi = map[rune]byte{
	'’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '•': 0x95, '…': 0x85, '€': 0x80,
}

// literal escapes s as a PDF literal string in WinAnsiEncoding; characters
// the encoding lacks become '?'.
func literal(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case r >= 0xa0 && r <= 0xff:
			fmt.Fprintf(&b, "\\%03o", r)
		default:
			if c, ok := winAnsi[r]; ok {
				fmt.Fprintf(&b, "\\%03o", c)
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

// Width is the advance width of s in points by Helvetica-Bold's widths,
// the wider of the two fonts a Doc writes, so that text wrapped by it
// fits in either. Generators use it to wrap text into columns.
func Width(s string, size float64) float64 {
	widths := boldWidths()
	total := 0.0
	for _, r := range s {
		w := float64(afm.Missing)
		if r < rune(len(widths)) {
			w = widths[r]
		}
		total += w
	}
	return total * size / 1000
}

// boldWidths is Helvetica-Bold's table, made once.
var boldWidths = sync.OnceValue(func() []float64 { return afm.Widths("Helvetica-Bold") })

// Wrap breaks s into lines no wider than width at the given size.
func Wrap(s string, size, width float64) []string {
	var lines []string
	var cur string
	for _, w := range strings.Fields(s) {
		next := w
		if cur != "" {
			next = cur + " " + w
		}
		if cur != "" && Width(next, size) > width {
			lines = append(lines, cur)
			next = w
		}
		cur = next
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
