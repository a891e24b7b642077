// Package ocr finds the pages of a PDF that carry pictures of text and no
// text layer (scans), and reads them back with Tesseract: pdftoppm (from
// poppler-utils) renders the page, tesseract reads the picture and reports
// every word with its box, and the boxes become the page's runs, so that a
// reader of the page's lines sees an OCR page like any other.
package ocr

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/openalbo/albo/extract/pdftext"
	"golang.org/x/text/unicode/norm"
)

// renderDPI is the resolution pages are rendered at for Tesseract, which
// reads body text best at about 300 dpi.
const renderDPI = 300

// maxRenderPixels bounds the long side of a rendered page: a hostile page
// metres tall must not become a picture of gigabytes. It leaves 300 dpi for
// pages up to A2.
const maxRenderPixels = 7200

// renderResolution is the dpi a page whose long side measures long points
// is rendered at: renderDPI, or less for a page too large for
// maxRenderPixels.
func renderResolution(long float64) float64 {
	if long <= 0 {
		return renderDPI
	}
	return min(renderDPI, math.Floor(maxRenderPixels*72/long))
}

// language is the Tesseract model used: the acts are in Italian.
const language = "ita"

// runFont names the runs that OCR produced, so that a reader of a page can
// tell them from text drawn in the PDF.
const runFont = "OCR"

// UnavailableError says that OCR cannot run because tools are missing.
type UnavailableError struct {
	Missing []string // what is missing, with the package that provides it
}

func (e *UnavailableError) Error() string {
	return "OCR unavailable: missing " + strings.Join(e.Missing, ", ")
}

// Available reports whether pdftoppm, tesseract and Tesseract's Italian
// model are installed; when they are not, the error is an
// *UnavailableError naming each missing piece.
func Available(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var missing []string
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		missing = append(missing, "pdftoppm (poppler-utils)")
	}
	if _, err := exec.LookPath("tesseract"); err != nil {
		missing = append(missing, "tesseract (tesseract-ocr)")
	} else {
		// --list-langs prints a heading and then one language per line.
		out, err := exec.CommandContext(ctx, "tesseract", "--list-langs").CombinedOutput()
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil || !slices.Contains(strings.Fields(string(out)), language) {
			missing = append(missing, "Tesseract's Italian model (tesseract-ocr-ita)")
		}
	}
	if len(missing) > 0 {
		return &UnavailableError{Missing: missing}
	}
	return nil
}

// Limits of the text a scan may carry and still be a scan: protocol
// systems stamp every page of a document they register with a line of text
// ("COMUNE DI AVELLA - … - REG_UFF_PROT - 0006738 - … - 25/06/2025"), so a
// registered scan is a page whose only text lies in its margins, and is
// short. Stamps run along the top or bottom edge, or up the left or right
// edge, turned a quarter ("CITTA' di LAMEZIA TERME - arrivo - Prot. …" up
// both sides of a prefecture's decree).
const (
	// scanMargin is the share of the page's height, at the top and at the
	// bottom, where stamps, letterheads and page numbers are printed, and
	// of its width, at the left and right, where turned stamps are.
	scanMargin = 0.1
	// scanMarginLetters is the most letters and digits such margin text
	// holds; a page with more is a page of text, however laid out.
	scanMarginLetters = 200
)

// PagesWithoutText returns the 1-based numbers of the pages that have no
// text layer: not one letter or digit drawn as text, or only a short stamp
// in the top or bottom margin over what must be a picture. A page whose
// content could not be read (Page.Err) is damaged rather than scanned, and
// is not listed.
func PagesWithoutText(file *pdftext.File) []int {
	var pages []int
	for _, p := range file.Pages {
		if p.Err == nil && !hasBodyText(p) {
			pages = append(pages, p.Number)
		}
	}
	return pages
}

// hasBodyText reports whether the page has text of its own, beyond a
// stamp in its margins.
func hasBodyText(p pdftext.Page) bool {
	letters := 0
	for _, r := range p.Runs {
		n := 0
		for _, c := range r.Text {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				n++
			}
		}
		if n == 0 {
			continue
		}
		if !inMargin(p, r) {
			return true
		}
		letters += n
	}
	return letters > scanMarginLetters
}

// inMargin is whether r lies in the margins of p where stamps are: the top
// and bottom bands, or, for text drawn turned (which reads along no line
// of the page), the left and right bands. Level text near the left edge is
// a page's body in a narrow margin.
func inMargin(p pdftext.Page, r pdftext.Run) bool {
	if p.Height > 0 && (r.Y < p.Height*scanMargin || r.Y > p.Height*(1-scanMargin)) {
		return true
	}
	return r.Rotated && p.Width > 0 && (r.X < p.Width*scanMargin || r.X > p.Width*(1-scanMargin))
}

// ReadPages reads the given 1-based pages of file, whose bytes are pdf,
// with Tesseract: each page read gets the words Tesseract found as its
// runs, and the size of the picture they were found on. It returns the
// numbers of the pages read, in file order; pages that could not be read
// are named in the error and left as they were. When ctx ends it returns
// ctx's error and changes no page. Call Available first: without the tools
// every page fails. Temporary files are removed before it returns.
func ReadPages(ctx context.Context, pdf []byte, file *pdftext.File, pages []int) ([]int, error) {
	read, err := readEach(ctx, pdf, pages, pageLongSides(file))
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, ctxErr
	}
	var done []int
	for i := range file.Pages {
		p := &file.Pages[i]
		if o, ok := read[p.Number]; ok {
			// The runs are in the space of the rendered picture, which
			// pdftoppm draws in the page's displayed orientation (/Rotate
			// applied): the page takes that size so the two agree.
			p.Runs = o.runs
			p.Width, p.Height = o.width, o.height
			done = append(done, p.Number)
		}
	}
	return done, err
}

// scannedPage is one page as Tesseract read it.
type scannedPage struct {
	runs          []pdftext.Run
	width, height float64 // points
}

// readEach renders and reads each page in turn; a page that fails does not
// stop the others.
func readEach(ctx context.Context, pdf []byte, pages []int, longSides map[int]float64) (map[int]scannedPage, error) {
	dir, err := os.MkdirTemp("", "albo-ocr-")
	if err != nil {
		return nil, fmt.Errorf("ocr: %w", err)
	}
	defer os.RemoveAll(dir)
	pdfPath := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(pdfPath, pdf, 0o600); err != nil {
		return nil, fmt.Errorf("ocr: %w", err)
	}
	read := make(map[int]scannedPage, len(pages))
	var errs []error
	for _, n := range pages {
		if err := ctx.Err(); err != nil {
			return read, err
		}
		page, err := readOne(ctx, dir, pdfPath, n, renderResolution(longSides[n]))
		if err != nil {
			errs = append(errs, fmt.Errorf("ocr page %d: %w", n, err))
			continue
		}
		read[n] = page
	}
	return read, errors.Join(errs...)
}

// pageLongSides maps each page to the long side of its box, in points: the
// side that stays long whatever the page's rotation.
func pageLongSides(file *pdftext.File) map[int]float64 {
	sides := make(map[int]float64, len(file.Pages))
	for _, p := range file.Pages {
		sides[p.Number] = max(p.Width, p.Height)
	}
	return sides
}

func readOne(ctx context.Context, dir, pdfPath string, n int, dpi float64) (scannedPage, error) {
	if dpi < 1 {
		return scannedPage{}, errors.New("the page is too large to render")
	}
	png, err := renderPage(ctx, dir, pdfPath, n, dpi)
	if err != nil {
		return scannedPage{}, err
	}
	defer os.Remove(png)
	tsv, err := runTool(ctx, "tesseract", png, "stdout", "-l", language, "tsv")
	if err != nil {
		return scannedPage{}, err
	}
	return parseTesseractTSV(tsv, dpi)
}

// renderPage draws page n of the PDF as a grey PNG in dir and returns its
// path.
func renderPage(ctx context.Context, dir, pdfPath string, n int, dpi float64) (string, error) {
	prefix := filepath.Join(dir, "page-"+strconv.Itoa(n))
	num := strconv.Itoa(n)
	// -singlefile names the picture prefix.png, whatever the page count.
	if _, err := runTool(ctx, "pdftoppm", "-f", num, "-l", num, "-r", strconv.FormatFloat(dpi, 'f', -1, 64),
		"-gray", "-png", "-singlefile", pdfPath, prefix); err != nil {
		return "", err
	}
	return prefix + ".png", nil
}

// runTool runs an external program bounded by ctx and returns its standard
// output; on failure the error carries the end of its standard error.
func runTool(ctx context.Context, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	// Tesseract's OpenMP threads spin against each other on small machines;
	// one thread per page is faster in wall time and much cheaper in CPU.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, fmt.Errorf("%s: %w", name, ctxErr)
		}
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 200 {
			msg = "…" + msg[len(msg)-200:]
		}
		return nil, fmt.Errorf("%s: %w: %s", name, err, msg)
	}
	return stdout.Bytes(), nil
}

// Levels of Tesseract's TSV rows: the page, then blocks, paragraphs, lines
// and words.
const (
	tsvLevelPage = 1
	tsvLevelLine = 4
	tsvLevelWord = 5
	tsvColumns   = 12
)

// A dash standing alone between words is read by Tesseract as an em dash
// as often as not, where Italian acts print an en dash: 524 en dashes
// against 6 em dashes in the text layers of ../shared/realdata and
// realdata-corpus (pdftotext, counted on 2026-12-05). An OCR'd
// em dash alone is taken for the en dash it most likely is.
const emDash, enDash = "—", "–"

// tsvLine identifies a text line across Tesseract's block and paragraph
// numbering.
type tsvLine struct{ block, par, line int }

// parseTesseractTSV turns Tesseract's TSV output (pixel boxes at dpi, origin
// top left) into Runs in PDF user space (points, origin bottom left), one
// Run per word. Every word of a line gets the line's baseline and height, so
// that the words of a printed line share one Y as PDF text does.
func parseTesseractTSV(tsv []byte, dpi float64) (scannedPage, error) {
	scale := 72 / dpi
	var page scannedPage
	type box struct{ top, height float64 }
	lines := map[tsvLine]box{}
	sc := bufio.NewScanner(bytes.NewReader(tsv))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for row := 0; sc.Scan(); row++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		if fields[0] == "level" { // the header row
			continue
		}
		if len(fields) < tsvColumns {
			return scannedPage{}, fmt.Errorf("tesseract tsv line %d: %d columns, want %d", row+1, len(fields), tsvColumns)
		}
		var nums [10]float64
		for i := range nums {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return scannedPage{}, fmt.Errorf("tesseract tsv line %d column %d: %w", row+1, i+1, err)
			}
			nums[i] = v
		}
		level := int(nums[0])
		key := tsvLine{int(nums[2]), int(nums[3]), int(nums[4])}
		left, top, width, height := nums[6], nums[7], nums[8], nums[9]
		switch level {
		case tsvLevelPage:
			page.width, page.height = width*scale, height*scale
		case tsvLevelLine:
			lines[key] = box{top, height}
		case tsvLevelWord:
			word := norm.NFKC.String(strings.TrimSpace(strings.Join(fields[11:], "\t")))
			if word == "" {
				continue
			}
			if word == emDash {
				word = enDash
			}
			line, ok := lines[key]
			if !ok {
				line = box{top, height}
			}
			page.runs = append(page.runs, pdftext.Run{
				X:         left * scale,
				Y:         page.height - (line.top+line.height)*scale,
				W:         width * scale,
				Size:      line.height * scale,
				Font:      runFont,
				Text:      word,
				Invisible: true,
			})
		}
	}
	if err := sc.Err(); err != nil {
		return scannedPage{}, fmt.Errorf("tesseract tsv: %w", err)
	}
	return page, nil
}
