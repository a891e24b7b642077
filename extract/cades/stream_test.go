package cades_test

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/openalbo/albo/extract/cades"
	"github.com/openalbo/albo/extract/cades/cadestest"
)

// berEnvelope is cadestest.Streamed, failing the test on error.
func berEnvelope(t testing.TB, w io.Writer, der []byte, content io.Reader, n, chunk int64) {
	t.Helper()
	if err := cadestest.Streamed(w, der, content, n, chunk); err != nil {
		t.Fatal(err)
	}
}

// unwrapFile writes data to a file and opens it with UnwrapReader, its
// temporary files in their own folder, which must hold no name while the
// content is open (on Unix) nor once it is closed.
func unwrapFile(t testing.TB, data []byte) ([]byte, []cades.Signer, error) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "envelope")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	spool := filepath.Join(dir, "spool")
	if err := os.Mkdir(spool, 0o755); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if left, _ := os.ReadDir(spool); len(left) > 0 {
			t.Errorf("%d temporary files left behind", len(left))
		}
	}()
	content, signers, err := cades.UnwrapReader(f, int64(len(data)), spool)
	if err != nil {
		return nil, nil, err
	}
	defer content.Close()
	if runtime.GOOS != "windows" {
		if left, _ := os.ReadDir(spool); len(left) > 0 {
			t.Errorf("%d temporary files named while the content is open: a process killed now would leave them", len(left))
		}
	}
	out, err := io.ReadAll(content)
	if err != nil {
		t.Fatal(err)
	}
	return out, signers, nil
}

// TestUnwrapReader opens every form of envelope from a file and wants the
// same content and signers as Unwrap gives from memory, the signatures
// found intact.
func TestUnwrapReader(t *testing.T) {
	pdf := fixturePDF(t)
	sindaco, segretario := cadestest.NewSigner("Mario Rossi"), cadestest.NewSigner("Anna Bianchi")
	once := sindaco.Sign(pdf)
	twice := segretario.Sign(once)
	var chunked, chunkedTwice, tiny bytes.Buffer
	berEnvelope(t, &chunked, once, bytes.NewReader(pdf), int64(len(pdf)), 4096)
	berEnvelope(t, &chunkedTwice, segretario.Sign(chunked.Bytes()), bytes.NewReader(chunked.Bytes()), int64(chunked.Len()), 1000)
	berEnvelope(t, &tiny, once, bytes.NewReader(pdf), int64(len(pdf)), 1)
	tests := []struct {
		name    string
		data    []byte
		signers int
	}{
		{"DER once", once, 1},
		{"DER twice", twice, 2},
		{"BER in chunks", chunked.Bytes(), 1},
		{"BER in chunks, twice", chunkedTwice.Bytes(), 2},
		{"BER in chunks of one byte", tiny.Bytes(), 1},
		{"base64 PEM", cadestest.Base64(once, 64, true), 1},
		{"base64 of twice", cadestest.Base64(twice, 76, false), 2},
		{"DER around base64", segretario.Sign(cadestest.Base64(once, 64, true)), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content, signers, err := unwrapFile(t, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(content, pdf) {
				t.Errorf("content is %d bytes, not the %d-byte PDF", len(content), len(pdf))
			}
			if len(signers) != tt.signers {
				t.Fatalf("%d signers, want %d", len(signers), tt.signers)
			}
			for _, s := range signers {
				if !s.Intact || s.CommonName == "" {
					t.Errorf("signer %+v: want intact and named", s)
				}
			}
			memContent, memSigners, err := cades.Unwrap(tt.data)
			if err != nil || !bytes.Equal(memContent, content) || fmt.Sprint(memSigners) != fmt.Sprint(signers) {
				t.Errorf("Unwrap from memory differs: %v, %d bytes, %+v", err, len(memContent), memSigners)
			}
		})
	}
}

// TestUnwrapReaderHostile feeds envelopes whose lengths lie or whose
// elements nest without end, and wants each stopped with an error naming
// the damage.
func TestUnwrapReaderHostile(t *testing.T) {
	pdf := fixturePDF(t)
	once := cadestest.NewSigner("Mario Rossi").Sign(pdf)
	var chunked bytes.Buffer
	berEnvelope(t, &chunked, once, bytes.NewReader(pdf), int64(len(pdf)), 4096)
	ber := chunked.Bytes()
	at := bytes.Index(ber, []byte{0x24, 0x80}) + 2 // the first chunk
	// The DER envelope with its content's length grown by 100 bytes.
	header := append([]byte{0x04, 0x83}, byte(len(pdf)>>16), byte(len(pdf)>>8), byte(len(pdf)))
	longer := bytes.Clone(once)
	i := bytes.Index(longer, header)
	if i < 0 {
		t.Fatal("no content header in the envelope")
	}
	copy(longer[i+2:], []byte{byte((len(pdf) + 100) >> 16), byte((len(pdf) + 100) >> 8), byte(len(pdf) + 100)})
	with := func(prefix []byte, middle []byte, suffix []byte) []byte {
		return append(append(bytes.Clone(prefix), middle...), suffix...)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"cut in its content", ber[:len(ber)/2], "damaged envelope"},
		{"a chunk past the end", with(ber[:at], []byte{0x04, 0x84, 0x00, 0x10, 0x00, 0x00}, ber[at+6:]), "more than the"},
		{"content longer than what holds it", longer, "runs past the end of what holds it"},
		{"a chunk of 2^62 bytes", with(ber[:at], []byte{0x04, 0x88, 0x40, 0, 0, 0, 0, 0, 0, 0}, ber[at+6:]), "more than the"},
		{"chunks nested 100 deep", with(ber[:at], bytes.Repeat([]byte{0x24, 0x80}, 100), ber[at:]), "nested more than 64 deep"},
		{"chunks that are not octets", with(ber[:at], []byte{0x30, 0x00}, ber[at:]), "not an OCTET STRING"},
		{"a length of 9 bytes", with(ber[:at], []byte{0x04, 0x89, 1, 0, 0, 0, 0, 0, 0, 0, 0}, ber[at:]), "takes 9 bytes"},
		{"a primitive of indefinite length", with(ber[:at], []byte{0x04, 0x80}, ber[at:]), "indefinite length"},
		{"nested headers", nestedHeaders(1 << 20), "nested more than 64 deep"},
		{"bad base64 after good", append(cadestest.Base64(once, 64, false), "!!!!"...), "base64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content, signers, err := unwrapFile(t, tt.data)
			if err == nil {
				t.Fatalf("UnwrapReader succeeded with %d bytes and %d signers", len(content), len(signers))
			}
			if !strings.Contains(err.Error(), "level 1: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want one at level 1 saying %q", err, tt.want)
			}
			if _, _, memErr := cades.Unwrap(tt.data); memErr == nil || memErr.Error() != err.Error() {
				t.Errorf("Unwrap from memory says %v", memErr)
			}
		})
	}
}

// TestUnwrapReaderMemory opens a 200 MiB envelope, its content in 1 MiB
// chunks of indefinite length as streaming signing tools write them,
// generated on the fly into a file, and wants the heap to grow by a small
// fraction of it: the content is copied to a file, never held.
func TestUnwrapReaderMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 400 MiB")
	}
	const size = 200 << 20
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "large.pdf.p7m"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := sha256.New()
	content := io.TeeReader(io.LimitReader(rand.NewChaCha8([32]byte{7}), size), want)
	template := cadestest.NewSigner("Mario Rossi").Sign([]byte("%PDF-1.4\n"))
	berEnvelope(t, f, template, content, size, 1<<20)
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak.Store(max(peak.Load(), m.HeapAlloc))
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	got, signers, err := cades.UnwrapReader(f, fi.Size(), dir)
	close(stop)
	<-sampled
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	grew := int64(peak.Load()) - int64(before.HeapAlloc)
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("a %d MiB envelope opened with the heap grown by at most %.1f MiB, %.1f MiB allocated in all",
		fi.Size()>>20, float64(grew)/(1<<20), float64(allocated)/(1<<20))
	if grew > 32<<20 || allocated > 64<<20 {
		t.Errorf("the heap grew by %d bytes and %d were allocated for a %d-byte envelope: not bounded", grew, allocated, fi.Size())
	}
	if len(signers) != 1 || signers[0].CommonName != "Mario Rossi" || signers[0].Intact {
		t.Errorf("signers %+v: want Mario Rossi, not intact (the content is not the one signed)", signers)
	}
	h := sha256.New()
	if n, err := io.Copy(h, got); err != nil || n != size || !bytes.Equal(h.Sum(nil), want.Sum(nil)) {
		t.Errorf("content: %d bytes (%v), not the %d written", n, err, size)
	}
}
