package cades_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/extract/cades"
	"github.com/openalbo/albo/extract/cades/cadestest"
	"github.com/openalbo/albo/internal/testenv"
)

// sharedRealData is ../shared/realdata beside the repository root, seen
// from this package's folder.
var sharedRealData = filepath.Join("..", "..", "..", "shared", "realdata")

// realData returns ../shared/realdata beside the repository root; it skips
// the test when the folder is absent, unless ALBO_REQUIRE_SHARED=1.
func realData(t testing.TB) string {
	t.Helper()
	return testenv.SharedDir(t, "realdata")
}

func fixturePDF(t testing.TB) []byte {
	t.Helper()
	pdf, err := os.ReadFile(filepath.Join("..", "..", "testdata", "delibera-2187-2019.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

func TestUnwrapRealEnvelopes(t *testing.T) {
	dir := filepath.Join(realData(t), "casungo_p7m-reader")
	tests := []struct {
		file, want string
		signers    []cades.Signer
	}{
		{
			file: "comune-ceva.pdf.p7m", want: "comune-ceva.pdf.p7m.UNWRAPPED-2-levels.pdf",
			signers: []cades.Signer{
				{Level: 1, CommonName: "FABIO MOTTINELLI", Serial: "20754578072892627523487149299375504036",
					SigningTime: time.Date(2025, 10, 1, 16, 43, 49, 0, time.UTC)},
				{Level: 2},
			},
		},
		{
			file: "ispra-atto-aggiuntivo.p7m", want: "ispra-atto-aggiuntivo.p7m.UNWRAPPED.pdf",
			signers: []cades.Signer{{Level: 1, CommonName: "Barbieri Gianmatteo"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(dir, tt.want))
			if err != nil {
				t.Fatal(err)
			}
			if !cades.IsEnvelope(data) {
				t.Fatalf("IsEnvelope = false")
			}
			got, signers, err := cades.Unwrap(data)
			if err != nil {
				t.Fatalf("Unwrap: %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("content: %d bytes, want the %d bytes of %s", len(got), len(want), tt.want)
			}
			if len(signers) != len(tt.signers) {
				t.Fatalf("signers = %+v, want %d", signers, len(tt.signers))
			}
			for i, w := range tt.signers {
				s := signers[i]
				if s.Level != w.Level || !s.Intact || s.Subject == "" || s.Issuer == "" || s.Serial == "" || s.SigningTime.IsZero() {
					t.Errorf("signer %d = %+v: want level %d and subject, issuer, serial, signing time filled", i, s, w.Level)
				}
				if w.CommonName != "" && s.CommonName != w.CommonName {
					t.Errorf("signer %d common name = %q, want %q", i, s.CommonName, w.CommonName)
				}
				if w.Serial != "" && s.Serial != w.Serial {
					t.Errorf("signer %d serial = %q, want %q", i, s.Serial, w.Serial)
				}
				if !w.SigningTime.IsZero() && !s.SigningTime.Equal(w.SigningTime) {
					t.Errorf("signer %d signing time = %v, want %v", i, s.SigningTime, w.SigningTime)
				}
			}
			// Streamed from the file in place, the same content and signers.
			f, err := os.Open(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			streamed, streamedSigners, err := cades.UnwrapReader(f, int64(len(data)), t.TempDir())
			if err != nil {
				t.Fatalf("UnwrapReader: %v", err)
			}
			defer streamed.Close()
			if content, err := io.ReadAll(streamed); err != nil || !bytes.Equal(content, want) || fmt.Sprint(streamedSigners) != fmt.Sprint(signers) {
				t.Errorf("UnwrapReader: %v, %d bytes, %+v; want what Unwrap gives", err, len(content), streamedSigners)
			}
			// The outer signature of the Ceva act was put on after the inner one.
			if len(signers) == 2 && !signers[1].SigningTime.Before(signers[0].SigningTime) {
				t.Errorf("inner signature %v is not before the outer %v", signers[1].SigningTime, signers[0].SigningTime)
			}
		})
	}
}

func TestUnwrapSignedCopies(t *testing.T) {
	pdf := fixturePDF(t)
	sindaco := cadestest.NewSigner("Mario Rossi")
	segretario := cadestest.NewSigner("Anna Bianchi")
	once := sindaco.Sign(pdf)
	twice := segretario.Sign(sindaco.Sign(pdf))
	tests := []struct {
		name string
		data []byte
		cns  []string
	}{
		{"DER once", once, []string{"Mario Rossi"}},
		{"DER twice", twice, []string{"Anna Bianchi", "Mario Rossi"}},
		{"base64 one line", cadestest.Base64(once, 0, false), []string{"Mario Rossi"}},
		{"base64 wrapped", cadestest.Base64(once, 64, false), []string{"Mario Rossi"}},
		{"base64 PEM", cadestest.Base64(once, 64, true), []string{"Mario Rossi"}},
		{"base64 of twice", cadestest.Base64(twice, 76, false), []string{"Anna Bianchi", "Mario Rossi"}},
		{"DER around base64", segretario.Sign(cadestest.Base64(once, 64, true)), []string{"Anna Bianchi", "Mario Rossi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := time.Now().Add(-time.Minute)
			if !cades.IsEnvelope(tt.data) {
				t.Fatal("IsEnvelope = false")
			}
			got, signers, err := cades.Unwrap(tt.data)
			if err != nil {
				t.Fatalf("Unwrap: %v", err)
			}
			if !bytes.Equal(got, pdf) {
				t.Errorf("content differs from the signed PDF (%d bytes, want %d)", len(got), len(pdf))
			}
			if len(signers) != len(tt.cns) {
				t.Fatalf("%d signers, want %d: %+v", len(signers), len(tt.cns), signers)
			}
			for i, cn := range tt.cns {
				s := signers[i]
				if s.Level != i+1 || !s.Intact || s.CommonName != cn || !strings.Contains(s.Subject, "CN="+cn) {
					t.Errorf("signer %d = %+v, want level %d CN %q", i, s, i+1, cn)
				}
				if s.SigningTime.Before(before) {
					t.Errorf("signer %d signing time %v is not the time of signing", i, s.SigningTime)
				}
			}
		})
	}
}

func TestUnwrapDamaged(t *testing.T) {
	pdf := fixturePDF(t)
	signer := cadestest.NewSigner("Mario Rossi")
	der := signer.Sign(pdf)
	deep := pdf
	for range cades.MaxDepth + 1 {
		deep = signer.Sign(deep)
	}
	zeroed := bytes.Clone(der)
	for i := len(der) - 600; i < len(der)-200; i++ {
		zeroed[i] = 0
	}
	tests := []struct {
		name    string
		data    []byte
		wantErr string
	}{
		{"empty", nil, "not a CAdES"},
		{"a PDF", pdf, "not a CAdES"},
		{"header only", der[:40], "level 1: damaged envelope"},
		{"truncated", der[:len(der)/2], "level 1: damaged envelope"},
		{"zeroed middle", zeroed, "level 1: damaged envelope"},
		{"bad base64", append([]byte("MIIB"), []byte("!!!!")...), "not a CAdES"},
		{"truncated base64", cadestest.Base64(der, 64, false)[:1001], "level 1:"},
		{"too deep", deep, "more than 8 envelopes nested"},
		{"nested headers", nestedHeaders(1 << 20), "nested more than 64 deep"},
		// Empty indefinite-length elements side by side, which a reader
		// that takes "00 00" right after such a header for a child (as the
		// library does) would nest one level per 4 bytes: the walker sees
		// them end, and no SignedData in them.
		{"empty indefinite elements", emptyIndefinite(1 << 18), "level 1: damaged envelope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content, signers, err := cades.Unwrap(tt.data)
			if err == nil {
				t.Fatalf("Unwrap succeeded with %d bytes and %d signers, want an error", len(content), len(signers))
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q does not contain %q", err, tt.wantErr)
			}
			if tt.wantErr == "not a CAdES" && !errors.Is(err, cades.ErrNotEnvelope) {
				t.Errorf("error %q is not ErrNotEnvelope", err)
			}
		})
	}
}

func TestUnwrapAlteredContentIsNotIntact(t *testing.T) {
	pdf := fixturePDF(t)
	der := cadestest.NewSigner("Mario Rossi").Sign(pdf)
	// Change one byte of the signed PDF inside the envelope.
	at := bytes.Index(der, []byte("%PDF-"))
	if at < 0 {
		t.Fatal("the envelope does not hold the PDF bytes as they are")
	}
	der[at+len("%PDF-")] ^= 0x01
	content, signers, err := cades.Unwrap(der)
	if err != nil {
		t.Fatalf("Unwrap: %v", err)
	}
	if bytes.Equal(content, pdf) {
		t.Fatal("the alteration did not reach the content")
	}
	if len(signers) != 1 || signers[0].Intact {
		t.Errorf("signers = %+v, want one that is not intact", signers)
	}
}

// nestedHeaders is a SignedData header followed by n indefinite-length
// SEQUENCEs one inside the other: tiny, and deep enough to overflow the
// stack of a parser that recurses per level.
func nestedHeaders(n int) []byte {
	data := []byte{0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x80}
	data = append(data, bytes.Repeat([]byte{0x30, 0x80}, n)...)
	return append(data, bytes.Repeat([]byte{0, 0}, n+2)...)
}

// emptyIndefinite is a SignedData header followed by n empty
// indefinite-length SEQUENCEs side by side, as a reader that tests for the
// end of contents before the first child would see them.
func emptyIndefinite(n int) []byte {
	data := []byte{0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x80}
	return append(data, bytes.Repeat([]byte{0x30, 0x80, 0, 0}, n)...)
}

func FuzzUnwrap(f *testing.F) {
	pdf := fixturePDF(f)
	signer := cadestest.NewSigner("Fuzz Signer")
	small := pdf[:2048]
	f.Add(signer.Sign(small))
	f.Add(signer.Sign(signer.Sign(small)))
	f.Add(cadestest.Base64(signer.Sign(small), 64, true))
	var chunked bytes.Buffer
	berEnvelope(f, &chunked, signer.Sign(small), bytes.NewReader(small), int64(len(small)), 500)
	f.Add(chunked.Bytes())
	// The real envelopes seed it where ../shared is present; elsewhere the
	// signed copies above do.
	for _, name := range []string{"comune-ceva.pdf.p7m", "ispra-atto-aggiuntivo.p7m"} {
		if data, err := os.ReadFile(filepath.Join(sharedRealData, "casungo_p7m-reader", name)); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		content, signers, err := cades.Unwrap(data)
		// Streamed from a file, the same envelope opens alike.
		fileContent, fileSigners, fileErr := unwrapFile(t, data)
		if fmt.Sprint(err) != fmt.Sprint(fileErr) || !bytes.Equal(content, fileContent) || fmt.Sprint(signers) != fmt.Sprint(fileSigners) {
			t.Fatalf("from memory: %v, %d bytes, %+v; from a file: %v, %d bytes, %+v", err, len(content), signers, fileErr, len(fileContent), fileSigners)
		}
		if err != nil {
			if content != nil || signers != nil {
				t.Fatalf("error %v with content or signers", err)
			}
			return
		}
		if len(content) == 0 || len(signers) == 0 {
			t.Fatalf("no error but %d bytes of content and %d signers", len(content), len(signers))
		}
		for i, s := range signers {
			if s.Level < 1 || s.Level > cades.MaxDepth || (i > 0 && s.Level < signers[i-1].Level) {
				t.Fatalf("signer levels out of order: %+v", signers)
			}
		}
	})
}
