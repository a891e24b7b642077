package extract

// Pages without a text layer (scans): listed in the Source, with a warning
// unless OCR reads them back.

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/openalbo/albo/extract/ocr"
	"github.com/openalbo/albo/extract/pdftext"
)

// ocrInstallHint says what to install, in the words of Debian's packages.
const ocrInstallHint = "install tesseract-ocr, tesseract-ocr-ita and poppler-utils and run with --ocr"

// readTextlessPages records in src the pages of file that have no text layer
// and, when withOCR is set and the tools are installed, reads them with OCR:
// their Runs are replaced by the words Tesseract found, and src.OCRPages
// lists them. Whatever cannot be done becomes a warning in src.Warnings, so
// that missing text is never silent. The only error returned is the
// context's, when it ends.
func readTextlessPages(ctx context.Context, pdf []byte, file *pdftext.File, src *Source, withOCR bool) error {
	pages := ocr.PagesWithoutText(file)
	src.PagesWithoutText = pages
	if len(pages) == 0 {
		return nil
	}
	if !withOCR {
		src.Warnings = append(src.Warnings, fmt.Sprintf("%s no text layer; %s", describePages(pages), ocrInstallHint))
		return nil
	}
	if err := ocr.Available(ctx); err != nil {
		src.Warnings = append(src.Warnings, fmt.Sprintf("%s no text layer and %v; %s", describePages(pages), err, ocrInstallHint))
		return ctx.Err()
	}
	read, err := ocr.ReadPages(ctx, pdf, file, pages)
	if ctxErr := ctx.Err(); ctxErr != nil {
		return ctxErr
	}
	src.OCRPages = append(src.OCRPages, read...)
	if err != nil {
		src.Warnings = append(src.Warnings, err.Error())
	}
	return nil
}

// describePages reads "page 3 has" or "pages 1, 2 have", the subject of a
// warning.
func describePages(pages []int) string {
	if len(pages) == 1 {
		return fmt.Sprintf("page %d has", pages[0])
	}
	nums := make([]string, len(pages))
	for i, n := range pages {
		nums[i] = strconv.Itoa(n)
	}
	return "pages " + strings.Join(nums, ", ") + " have"
}
