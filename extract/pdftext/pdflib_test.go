package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
)

// The cases of docs/pdf-library.md: each is a defect or gap of
// github.com/ledongthuc/pdf that this package works around, with a minimal
// PDF under testdata/pdflib that shows it. Each test
// checks both sides: the library still behaves as documented (when it stops,
// the test fails and says which workaround may go) and Read reads the
// file right. The files are made by pdflibFixtures; -update rewrites them.

// pdflibCase is one library defect, its file and the two checks.
type pdflibCase struct {
	file string
	make func() []byte
	// library returns "" while the library still shows the defect, else
	// what it now does.
	library func(data []byte) string
	ours    func(t *testing.T, doc *File, err error)
}

// pdfObjects builds a PDF with one object per body (object 1 is the
// catalog): a classic cross-reference table, trailer, startxref and %%EOF.
// header replaces "%PDF-1.7"; xrefShift moves every offset of the table.
type pdfObjects struct {
	header    string
	bodies    []string
	xrefShift int
	noEOF     bool
	trailer   string // more trailer entries
}

func (p pdfObjects) bytes() []byte {
	var b bytes.Buffer
	header := p.header
	if header == "" {
		header = "%PDF-1.7\n"
	}
	b.WriteString(header)
	offsets := make([]int, len(p.bodies))
	for i, body := range p.bodies {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f\r\n", len(p.bodies)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n\r\n", off+p.xrefShift)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n", len(p.bodies)+1, p.trailer, xref)
	if !p.noEOF {
		b.WriteString("%%EOF\n")
	}
	return b.Bytes()
}

// stream is the body of a stream object with dict's entries.
func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

const (
	helvetica  = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	onePageTop = "<< /Type /Catalog /Pages 2 0 R >>"
)

// onePage is a catalog, a page tree, one page drawing content with font F1
// (object 5) and the extra objects from 6 on.
func onePage(header, content string, extra ...string) pdfObjects {
	return pdfObjects{header: header, bodies: append([]string{
		onePageTop,
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>",
		stream("", content),
		helvetica,
	}, extra...)}
}

// twoPages is a catalog, a page tree that says it has count pages, Hello on
// page 1 (its content stream with dict's entries) and World on page 2.
func twoPages(count int, dict string) pdfObjects {
	page := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents %d 0 R >>"
	return pdfObjects{bodies: []string{
		onePageTop,
		fmt.Sprintf("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count %d >>", count),
		fmt.Sprintf(page, 4),
		stream(dict, helloAt),
		helvetica,
		fmt.Sprintf(page, 7),
		stream("", "BT /F1 12 Tf 72 700 Td (World) Tj ET"),
	}}
}

const helloAt = "BT /F1 12 Tf 72 700 Td (Hello) Tj ET"

// libraryOpens opens data with the library, a panic being an error.
func libraryOpens(data []byte) (r *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("panic: %v", x)
		}
	}()
	return pdf.NewReader(bytes.NewReader(data), int64(len(data)))
}

// libraryContent is the first page's Content() by the library, with what
// stopped it: the error opening the file, or the panic of Content.
func libraryContent(data []byte) (c pdf.Content, failure any) {
	r, err := libraryOpens(data)
	if err != nil {
		return pdf.Content{}, err
	}
	defer func() {
		if x := recover(); x != nil {
			failure = x
		}
	}()
	return r.Page(1).Content(), nil
}

// refusesToOpen is the library check of a file the library will not open.
func refusesToOpen(data []byte) string {
	if _, err := libraryOpens(data); err == nil {
		return "opens it"
	}
	return ""
}

// readsHello checks that Read read "Hello" at (72, 700) on page 1.
func readsHello(t *testing.T, doc *File, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) == 0 || len(doc.Pages[0].Runs) != 1 {
		t.Fatalf("pages %+v, want one run on page 1", doc.Pages)
	}
	if r := doc.Pages[0].Runs[0]; r.Text != "Hello" || r.X != 72 || r.Y != 700 {
		t.Errorf("run %+v, want Hello at (72, 700)", r)
	}
}

var pdflibCases = []pdflibCase{
	{
		file:    "header-2.0.pdf",
		make:    func() []byte { return onePage("%PDF-2.0\n", helloAt).bytes() },
		library: refusesToOpen,
		ours:    readsHello,
	},
	{
		file:    "header-comment.pdf",
		make:    func() []byte { return onePage("%PDF-1.4 %\xe2\xe3\xcf\xd3\n", helloAt).bytes() },
		library: refusesToOpen,
		ours:    readsHello,
	},
	{
		file:    "no-eof.pdf",
		make:    func() []byte { p := onePage("", helloAt); p.noEOF = true; return p.bytes() },
		library: refusesToOpen,
		ours: func(t *testing.T, doc *File, err error) {
			readsHello(t, doc, err)
			if err == nil && (doc.Repaired || !strings.Contains(strings.Join(doc.Warnings, "\n"), "without %%EOF")) {
				t.Errorf("repaired %v, warnings %q: want the table kept and a warning", doc.Repaired, doc.Warnings)
			}
		},
	},
	{
		file: "xref-offsets-wrong.pdf",
		make: func() []byte { p := onePage("", helloAt); p.xrefShift = 5; return p.bytes() },
		library: func(data []byte) string {
			if _, err := libraryOpens(data); err != nil {
				return "refuses to open it: " + err.Error()
			}
			if _, panicked := libraryContent(data); panicked == nil {
				return "reads the page"
			}
			return ""
		},
		ours: func(t *testing.T, doc *File, err error) {
			readsHello(t, doc, err)
			if err == nil && !doc.Repaired {
				t.Error("not marked repaired")
			}
		},
	},
	{
		file: "page-count-wrong.pdf",
		make: func() []byte {
			return twoPages(1, "").bytes()
		},
		library: func(data []byte) string {
			r, err := libraryOpens(data)
			if err != nil {
				return "cannot open it: " + err.Error()
			}
			if n := r.NumPage(); n != 1 {
				return fmt.Sprintf("NumPage() = %d", n)
			}
			return ""
		},
		ours: func(t *testing.T, doc *File, err error) {
			readsHello(t, doc, err)
			if err == nil && (len(doc.Pages) != 2 || len(doc.Pages[1].Runs) != 1 || doc.Pages[1].Runs[0].Text != "World") {
				t.Errorf("pages %+v, want World on page 2", doc.Pages)
			}
		},
	},
	{
		file: "td-positioned.pdf",
		make: func() []byte { return onePage("", helloAt).bytes() },
		library: func(data []byte) string {
			r, err := libraryOpens(data)
			if err != nil {
				return "cannot open it: " + err.Error()
			}
			rows, err := r.Page(1).GetTextByRow()
			if err != nil || len(rows) != 1 || len(rows[0].Content) == 0 {
				return fmt.Sprintf("GetTextByRow() = %v, %v", rows, err)
			}
			for _, row := range rows {
				for _, text := range row.Content {
					if text.X != 0 || text.Y != 0 {
						return fmt.Sprintf("GetTextByRow() puts %q at (%v, %v)", text.S, text.X, text.Y)
					}
				}
			}
			return ""
		},
		ours: readsHello,
	},
	{
		file: "tj-array.pdf",
		make: func() []byte { return onePage("", "BT /F1 12 Tf 72 700 Td [(Hel) -20 (lo)] TJ ET").bytes() },
		library: func(data []byte) string {
			c, panicked := libraryContent(data)
			if panicked != nil {
				return fmt.Sprint("Content() panics: ", panicked)
			}
			// One Text per glyph, and a "\n" glyph after the TJ.
			if len(c.Text) != 6 || c.Text[5].S != "\n" {
				return fmt.Sprintf("Content() = %+v", c.Text)
			}
			return ""
		},
		ours: readsHello,
	},
	{
		file: "cid-widths.pdf",
		make: func() []byte {
			cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def " +
				"1 begincodespacerange <0000> <FFFF> endcodespacerange " +
				"2 beginbfchar <0001> <0048> <0002> <0069> endbfchar endcmap " +
				"CMapName currentdict /CMap defineresource pop end end"
			return pdfObjects{bodies: []string{
				onePageTop,
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
				stream("", "BT /F1 10 Tf 72 700 Td <00010002> Tj ET"),
				type0Font,
				"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 /W [1 [700 300]] >>",
				stream("", cmap),
				"<< /Type /FontDescriptor /FontName /Test /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
			}}.bytes()
		},
		library: func(data []byte) string {
			c, panicked := libraryContent(data)
			if panicked != nil {
				return fmt.Sprint("Content() panics: ", panicked)
			}
			if len(c.Text) != 2 || c.Text[0].S+c.Text[1].S != "Hi" {
				return fmt.Sprintf("Content() = %+v", c.Text)
			}
			if c.Text[0].W != 0 || c.Text[1].W != 0 {
				return fmt.Sprintf("Content() gives widths %v and %v", c.Text[0].W, c.Text[1].W)
			}
			return ""
		},
		ours: func(t *testing.T, doc *File, err error) {
			if err != nil {
				t.Fatal(err)
			}
			if runs := doc.Pages[0].Runs; len(runs) != 1 || runs[0].Text != "Hi" || runs[0].W != 10 {
				t.Errorf("runs %+v, want Hi 10 wide ((700+300)/1000 × 10 pt)", runs)
			}
		},
	},
	{
		file: "unknown-filter.pdf",
		make: func() []byte {
			return twoPages(2, "/Filter /NoSuchDecode").bytes()
		},
		library: func(data []byte) string {
			if _, panicked := libraryContent(data); panicked == nil {
				return "Content() does not panic"
			}
			return ""
		},
		ours: func(t *testing.T, doc *File, err error) {
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Pages) != 2 || doc.Pages[0].Err == nil || len(doc.Pages[1].Runs) != 1 || doc.Pages[1].Runs[0].Text != "World" {
				t.Errorf("pages %+v, want page 1 failed and World on page 2", doc.Pages)
			}
		},
	},
	{
		file: "encrypted-aes256.pdf",
		make: func() []byte {
			p := onePage("", helloAt)
			p.trailer = "/Encrypt << /Filter /Standard /V 5 /R 6 /Length 256 >> /ID [<00> <00>] "
			return p.bytes()
		},
		library: func(data []byte) string {
			_, err := libraryOpens(data)
			if err == nil || errors.Is(err, pdf.ErrInvalidPassword) {
				return fmt.Sprintf("NewReader() = %v", err)
			}
			return ""
		},
		ours: func(t *testing.T, _ *File, err error) {
			if !errors.Is(err, ErrEncrypted) {
				t.Errorf("err %v, want ErrEncrypted", err)
			}
		},
	},
	{
		file: "form-xobject.pdf",
		make: func() []byte {
			return onePage("", "/X1 Do", stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 70 0] /Resources << /Font << /F1 5 0 R >> >>",
				"BT /F1 12 Tf 2 700 Td (Hello) Tj ET")).bytes()
		},
		library: func(data []byte) string {
			c, panicked := libraryContent(data)
			if panicked != nil {
				return fmt.Sprint("Content() panics: ", panicked)
			}
			if len(c.Text) != 0 {
				return fmt.Sprintf("Content() = %+v", c.Text)
			}
			return ""
		},
		ours: readsHello,
	},
}

// TestPDFLibraryDefects checks each case of docs/pdf-library.md: the file
// under testdata/pdflib is the one its generator makes, the library still
// shows the defect, and Read reads the file right.
func TestPDFLibraryDefects(t *testing.T) {
	for _, tc := range pdflibCases {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", "pdflib", tc.file)
			want := tc.make()
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(data, want) {
				t.Errorf("%s differs from what its generator makes; run with -update and review", path)
			}
			if now := libraryWithin(t, tc.library, data); now != "" {
				t.Errorf("the library no longer shows this defect (%s): review the workaround of docs/pdf-library.md", now)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			doc, err := Read(ctx, bytes.NewReader(data), int64(len(data)))
			tc.ours(t, doc, err)
		})
	}
}

// libraryWithin runs a library check, failing the test should it not return
// (the library has no way to stop).
func libraryWithin(t *testing.T, check func([]byte) string, data []byte) string {
	t.Helper()
	done := make(chan string, 1)
	go func() { done <- check(data) }()
	select {
	case s := <-done:
		return s
	case <-time.After(time.Minute):
		t.Fatal("the library did not return within a minute")
		return ""
	}
}

// TestToUnicodeRangeAcrossBytes: a ToUnicode bfrange that spans more than
// its last byte (Tesseract's PDF renderer maps <0000> <FFFF> <0000>) moves
// its whole destination by the code's offset: "—" and "€" read as
// themselves, not as the control codes 0x14 and 0xAC of their last bytes.
func TestToUnicodeRangeAcrossBytes(t *testing.T) {
	runs := toUnicodeRuns(t, type0Font, twoByteCodes, "2 beginbfrange <0000> <FFFF> <0000> <0100> <0101> <0041> endbfrange", "<0053201420AC00E0>")
	if len(runs) != 1 || runs[0].Text != "S—€à" {
		t.Errorf("runs %+v, want S—€à", runs)
	}
}

// TestToUnicodeOddHexDigits: a ToUnicode CMap whose hex strings print an
// odd number of digits (borb writes "<10301>") is read, the last digit
// followed by an assumed 0, as the PDF reference says; the page's other
// codes read as their map says.
func TestToUnicodeOddHexDigits(t *testing.T) {
	runs := toUnicodeRuns(t, type0Font, twoByteCodes, "3 beginbfchar <0001> <0041> <0002> <0062> <14fe> <10301> endbfchar", "<00010002>")
	if len(runs) != 1 || runs[0].Text != "Ab" {
		t.Errorf("runs %+v, want Ab", runs)
	}
}

// TestToUnicodeOverDifferences: a simple font's ToUnicode map names its
// codes' text over the glyph names of its encoding's Differences, which
// no table knows (a Type 3 font Chromium writes names them "/g1"); a code
// the map leaves out reads as the encoding says.
func TestToUnicodeOverDifferences(t *testing.T) {
	font := "<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /FontBBox [0 0 1000 1000] /CharProcs << >> " +
		"/Encoding << /Type /Encoding /Differences [1 /g1 /g2] >> /FirstChar 1 /LastChar 65 /Widths [500 500] /Resources << >> /ToUnicode 7 0 R >>"
	runs := toUnicodeRuns(t, font, "<00> <FF>", "2 beginbfchar <01> <0043> <02> <0069> endbfchar", "<010241>")
	if len(runs) != 1 || runs[0].Text != "CiA" {
		t.Errorf("runs %+v, want CiA", runs)
	}
}

// TestToUnicodeInTwoByteCodes: a simple font's ToUnicode map written in
// two-byte codes, as gropdf writes it, reads its one-byte codes as
// numbers: the code its Differences name "minus" is the hyphen the map
// says it is, not the minus sign its name would give.
func TestToUnicodeInTwoByteCodes(t *testing.T) {
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /Differences [173 /minus] >> /ToUnicode 7 0 R >>"
	runs := toUnicodeRuns(t, font, twoByteCodes, "1 beginbfrange <00ad> <00ad> <002d> endbfrange", "(2025/2026 \\255 Liquidazione)")
	if len(runs) != 1 || runs[0].Text != "2025/2026 - Liquidazione" {
		t.Errorf("runs %+v, want 2025/2026 - Liquidazione", runs)
	}
}

// type0Font is an Identity-H font whose ToUnicode map is object 7, and
// twoByteCodes its codes' space.
const (
	type0Font    = "<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>"
	twoByteCodes = "<0000> <FFFF>"
)

// toUnicodeRuns reads a page that shows the codes of shown in font, whose
// ToUnicode CMap, object 7, maps them by mappings in the codespace
// codespace; object 6 is a descendant CIDFont for a Type0 font.
func toUnicodeRuns(t *testing.T, font, codespace, mappings, shown string) []Run {
	t.Helper()
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def " +
		"1 begincodespacerange " + codespace + " endcodespacerange " + mappings + " endcmap " +
		"CMapName currentdict /CMap defineresource pop end end"
	data := pdfObjects{bodies: []string{
		onePageTop,
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		stream("", "BT /F1 10 Tf 72 700 Td "+shown+" Tj ET"),
		font,
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 500 >>",
		stream("", cmap),
		"<< /Type /FontDescriptor /FontName /Test /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
	}}.bytes()
	doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return doc.Pages[0].Runs
}
