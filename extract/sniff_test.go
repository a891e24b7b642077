package extract

import (
	"archive/zip"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/cades/cadestest"
)

// TestSniffRealData sniffs every file of ../shared/realdata; a file added
// there without an expectation here fails the test, so none goes unchecked.
func TestSniffRealData(t *testing.T) {
	realdataBytes(t, "SOURCES.md") // skips or fails when the folder is absent
	signatureInfo := Kind{Format: FormatHTML, Detail: "signature information of a signed document"}
	want := map[string]Kind{
		"SOURCES.md":                                                                                  {Format: FormatText},
		"casungo_p7m-reader/comune-ceva.pdf.p7m":                                                      {Format: FormatEnvelope},
		"casungo_p7m-reader/ispra-atto-aggiuntivo.p7m":                                                {Format: FormatEnvelope},
		"casungo_p7m-reader/comune-ceva.pdf.p7m.UNWRAPPED-2-levels.pdf":                               {Format: FormatPDF},
		"casungo_p7m-reader/ispra-atto-aggiuntivo.p7m.UNWRAPPED.pdf":                                  {Format: FormatPDF},
		"Magantgiu_monterotondo-albo-scanner/pdfs_2025_11_2441.pdf.ACTUALLY_HTML":                     signatureInfo,
		"pietroscik_delibere-comunali/Avviso___5390_Avviso_pubblico_signed_Marcato_1773750475_1.html": signatureInfo,
		"pietroscik_delibere-comunali/Avviso_2__Vai_1.php.ACTUALLY_PDF":                               {Format: FormatPDF},
		"pietroscik_delibere-comunali/albo_metadati.csv":                                              {Format: FormatText},
	}
	seen := 0
	err := filepath.WalkDir(realdataDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(realdataDir, path)
		rel = filepath.ToSlash(rel)
		w, ok := want[rel]
		switch {
		case ok:
		case strings.HasSuffix(rel, ".pdf"):
			w = Kind{Format: FormatPDF}
		case strings.HasSuffix(rel, ".html"):
			w = Kind{Format: FormatHTML}
		default:
			t.Errorf("%s: no expectation for this file; add one", rel)
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		seen++
		if got := Sniff(data); got != w {
			t.Errorf("Sniff(%s) = %q, want %q", rel, got, w)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < len(want) {
		t.Errorf("sniffed %d files, fewer than the %d named here", seen, len(want))
	}
}

func TestSniffTestdata(t *testing.T) {
	root := filepath.Join("..", "testdata")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var want Format
		switch filepath.Ext(path) {
		case ".pdf":
			want = FormatPDF // the damaged copies too: their header is intact
		case ".txt", ".json", ".md", ".golden":
			want = FormatText
		default:
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if got := Sniff(data); got.Format != want {
			t.Errorf("Sniff(%s) = %q, want %s", path, got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSniffKinds(t *testing.T) {
	pdf := fixtureBytes(t, "delibera-1098-2019.pdf")
	signed := cadestest.NewSigner("Mario Rossi").Sign(pdf[:4096])
	tests := []struct {
		name string
		data []byte
		want Kind
		err  string // Kind.Err() message, "" when readable
	}{
		{"PDF", pdf, Kind{Format: FormatPDF}, ""},
		{"PDF after junk", append(bytes.Repeat([]byte("x"), 1000), pdf[:100]...), Kind{Format: FormatPDF}, ""},
		{"PDF header too far", append(bytes.Repeat([]byte("x"), 2000), "%PDF-1.4\n"...), Kind{Format: FormatText}, "plain text, not a document"},
		{"DER envelope", signed, Kind{Format: FormatEnvelope}, ""},
		{"base64 envelope", cadestest.Base64(signed, 64, false), Kind{Format: FormatEnvelope}, ""},
		{"PEM envelope", cadestest.Base64(signed, 64, true), Kind{Format: FormatEnvelope}, ""},
		{"HTML with BOM", []byte("\xef\xbb\xbf\n<!DOCTYPE html><html><body>Sessione scaduta</body></html>"), Kind{Format: FormatHTML}, "HTML page, not a document"},
		{"XHTML", []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>`), Kind{Format: FormatHTML}, "HTML page, not a document"},
		{"signature page", []byte("<html><body><h1>Documento firmato digitalmente</h1><p>Elenco dei firmatari</p></body></html>"),
			Kind{Format: FormatHTML, Detail: "signature information of a signed document"},
			"HTML page (signature information of a signed document), not a document"},
		{"DOCX", zipWith(t, "[Content_Types].xml", "word/document.xml"), Kind{Format: FormatOffice, Detail: "Word (.docx)"}, "office document (Word (.docx)), not a document"},
		{"ZIP", zipWith(t, "a.pdf", "b.pdf"), Kind{Format: FormatZIP, Detail: "2 files"}, "ZIP archive (2 files), not a document"},
		{"damaged ZIP", []byte("PK\x03\x04 not really"), Kind{Format: FormatZIP, Detail: "damaged"}, "ZIP archive (damaged), not a document"},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Kind{Format: FormatImage, Detail: "PNG"}, "image (PNG), not a document"},
		{"JPEG", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), Kind{Format: FormatImage, Detail: "JPEG"}, "image (JPEG), not a document"},
		{"Word 97", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), Kind{Format: FormatOffice, Detail: "Microsoft Office 97-2003 (.doc, .xls)"}, "office document (Microsoft Office 97-2003 (.doc, .xls)), not a document"},
		{"empty", nil, Kind{Format: FormatEmpty}, "empty file, not a document"},
		{"white space", []byte(" \r\n\t"), Kind{Format: FormatEmpty}, "empty file, not a document"},
		{"binary", []byte{0, 1, 2, 3, 0xfe, 0xff, 7, 8, 9}, Kind{Format: FormatUnknown, Detail: "starts 00 01 02 03 fe ff 07 08"}, "unknown content (starts 00 01 02 03 fe ff 07 08), not a document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sniff(tt.data)
			if got != tt.want {
				t.Errorf("Sniff = %+v, want %+v", got, tt.want)
			}
			err := got.Err()
			if tt.err == "" {
				if err != nil {
					t.Errorf("Err() = %v, want nil", err)
				}
				return
			}
			var ke *KindError
			if err == nil || err.Error() != tt.err || !errors.As(err, &ke) {
				t.Errorf("Err() = %v, want a KindError %q", err, tt.err)
			}
		})
	}
}

func zipWith(t *testing.T, names ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte("<x/>"))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func FuzzSniff(f *testing.F) {
	for _, name := range []string{"delibera-1098-2019.pdf", "malformed/delibera-2187-2019-half.pdf"} {
		if data, err := os.ReadFile(filepath.Join("..", "testdata", name)); err == nil {
			f.Add(data[:min(len(data), 8192)])
		}
	}
	for _, rel := range []string{
		"Magantgiu_monterotondo-albo-scanner/pdfs_2025_11_2441.pdf.ACTUALLY_HTML",
		"pietroscik_delibere-comunali/Avviso___5390_Avviso_pubblico_signed_Marcato_1773750475_1.html",
		"casungo_p7m-reader/ispra-atto-aggiuntivo.p7m",
	} {
		if data, err := os.ReadFile(filepath.Join(realdataDir, rel)); err == nil {
			f.Add(data[:min(len(data), 8192)])
		}
	}
	f.Add(cadestest.Base64(cadestest.NewSigner("Fuzz").Sign([]byte("%PDF-1.4 x")), 64, true))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		k := Sniff(data)
		if k.Format == "" || k.String() == "" {
			t.Fatalf("Sniff = %+v: no format", k)
		}
		if (k.Err() == nil) != k.Readable() {
			t.Fatalf("Err() = %v for %+v", k.Err(), k)
		}
	})
}
