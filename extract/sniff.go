package extract

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"

	"github.com/openalbo/albo/extract/cades"
)

// Format is the broad kind of a file's content, whatever its name says.
// Its values for readable documents are those of Source.Kind.
type Format string

// Formats Sniff tells apart.
const (
	FormatPDF      Format = "pdf"
	FormatEnvelope Format = "p7m" // a CAdES/PKCS#7 signed envelope, DER or base64
	FormatHTML     Format = "html"
	FormatZIP      Format = "zip"
	FormatOffice   Format = "office" // a word-processor or spreadsheet file
	FormatImage    Format = "image"
	FormatText     Format = "text"
	FormatEmpty    Format = "empty"
	FormatUnknown  Format = "unknown"
)

// Kind is what a file's content is: its format and, for a person, what
// exactly ("PNG", "signature information of a signed document").
type Kind struct {
	Format Format
	Detail string
}

// pdfSearch is how far into a file Sniff looks for the PDF header: readers
// accept a header preceded by junk (a BOM, a mail header, stray bytes)
// within the first KiB.
const pdfSearch = 1024

// sniffWindow bounds how much of a file the text tests read.
const sniffWindow = 256 << 10

// Sniff tells what data is from its content, never from a file name: a PDF
// saved as .php is a PDF, an HTML page saved as .pdf is an HTML page.
func Sniff(data []byte) Kind {
	if len(bytes.TrimSpace(data)) == 0 {
		return Kind{Format: FormatEmpty}
	}
	// An envelope holds a PDF whose header is near its start: test it first.
	if cades.IsEnvelope(data) {
		return Kind{Format: FormatEnvelope}
	}
	if bytes.Contains(head(data, pdfSearch), []byte("%PDF-")) {
		return Kind{Format: FormatPDF}
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, m.prefix) && (m.also == nil || bytes.Contains(head(data, 16), m.also)) {
			if m.format == FormatZIP {
				return sniffZIP(data)
			}
			return Kind{Format: m.format, Detail: m.detail}
		}
	}
	text := head(bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n"), sniffWindow)
	if isHTML(text) {
		return Kind{Format: FormatHTML, Detail: htmlDetail(text)}
	}
	if looksLikeText(text) {
		return Kind{Format: FormatText}
	}
	return Kind{Format: FormatUnknown, Detail: fmt.Sprintf("starts % x", head(data, 8))}
}

var utf8BOM = []byte("\xef\xbb\xbf")

// magics are the signatures of binary formats, checked at the start.
var magics = []struct {
	prefix, also []byte // also: further bytes within the first 16
	format       Format
	detail       string
}{
	{prefix: []byte("PK\x03\x04"), format: FormatZIP},
	{prefix: []byte("PK\x05\x06"), format: FormatZIP},
	{prefix: []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), format: FormatOffice, detail: "Microsoft Office 97-2003 (.doc, .xls)"},
	{prefix: []byte(`{\rtf`), format: FormatOffice, detail: "RTF"},
	{prefix: []byte("\x89PNG\r\n\x1a\n"), format: FormatImage, detail: "PNG"},
	{prefix: []byte("\xff\xd8\xff"), format: FormatImage, detail: "JPEG"},
	{prefix: []byte("GIF87a"), format: FormatImage, detail: "GIF"},
	{prefix: []byte("GIF89a"), format: FormatImage, detail: "GIF"},
	{prefix: []byte("II*\x00"), format: FormatImage, detail: "TIFF"},
	{prefix: []byte("MM\x00*"), format: FormatImage, detail: "TIFF"},
	{prefix: []byte("RIFF"), also: []byte("WEBP"), format: FormatImage, detail: "WebP"},
}

// sniffZIP tells office files (which are ZIP archives) from other archives
// by the names of their members.
func sniffZIP(data []byte) Kind {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Kind{Format: FormatZIP, Detail: "damaged"}
	}
	for _, f := range zr.File {
		switch {
		case f.Name == "word/document.xml":
			return Kind{Format: FormatOffice, Detail: "Word (.docx)"}
		case f.Name == "xl/workbook.xml":
			return Kind{Format: FormatOffice, Detail: "Excel (.xlsx)"}
		case f.Name == "ppt/presentation.xml":
			return Kind{Format: FormatOffice, Detail: "PowerPoint (.pptx)"}
		case f.Name == "mimetype" && f.Method == zip.Store && f.UncompressedSize64 < 128:
			if r, err := f.Open(); err == nil {
				var b [128]byte
				n, _ := r.Read(b[:])
				r.Close()
				if mt := string(b[:n]); strings.HasPrefix(mt, "application/vnd.oasis.opendocument.") {
					return Kind{Format: FormatOffice, Detail: "OpenDocument (" + strings.TrimPrefix(mt, "application/vnd.oasis.opendocument.") + ")"}
				}
			}
		}
	}
	return Kind{Format: FormatZIP, Detail: fmt.Sprintf("%d files", len(zr.File))}
}

// isHTML recognises an HTML page by its opening markup, also after an XML
// declaration or comments.
func isHTML(text []byte) bool {
	lower := bytes.ToLower(head(text, 4096))
	for _, open := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(open)) {
			return true
		}
	}
	if bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<!--")) {
		return bytes.Contains(lower, []byte("<html"))
	}
	return false
}

// htmlDetail says which kind of page stands where a document was expected.
// Albo portals serve a page describing a signed file's signatures instead
// of the file itself; scrapers then save it under the document's name.
func htmlDetail(text []byte) string {
	lower := bytes.ToLower(text)
	if bytes.Contains(lower, []byte("firmato digitalmente")) &&
		(bytes.Contains(lower, []byte("firmatari")) || bytes.Contains(lower, []byte("firmato da")) || bytes.Contains(lower, []byte("firma cades"))) {
		return "signature information of a signed document"
	}
	return ""
}

// looksLikeText accepts UTF-8 or Latin-1 text: no control characters
// other than white space in the first KiBs.
func looksLikeText(text []byte) bool {
	for _, c := range head(text, 4096) {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			return false
		}
	}
	return true
}

func head(data []byte, n int) []byte {
	if len(data) > n {
		return data[:n]
	}
	return data
}

// Readable reports whether albo can extract the content: a PDF or a signed
// envelope (around a PDF).
func (k Kind) Readable() bool { return k.Format == FormatPDF || k.Format == FormatEnvelope }

// String describes the kind for a person: "HTML page (signature information
// of a signed document)".
func (k Kind) String() string {
	name := map[Format]string{
		FormatPDF:      "PDF document",
		FormatEnvelope: "signed envelope (CAdES .p7m)",
		FormatHTML:     "HTML page",
		FormatZIP:      "ZIP archive",
		FormatOffice:   "office document",
		FormatImage:    "image",
		FormatText:     "plain text",
		FormatEmpty:    "empty file",
		FormatUnknown:  "unknown content",
	}[k.Format]
	if name == "" {
		name = string(k.Format)
	}
	if k.Detail != "" {
		return name + " (" + k.Detail + ")"
	}
	return name
}

// Err is nil for readable content and a *KindError otherwise.
func (k Kind) Err() error {
	if k.Readable() {
		return nil
	}
	return &KindError{Kind: k}
}

// KindError is returned for a file whose content is not a document albo can
// read, naming what it is instead.
type KindError struct{ Kind Kind }

func (e *KindError) Error() string { return e.Kind.String() + ", not a document" }
