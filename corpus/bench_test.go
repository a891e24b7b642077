package corpus

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"testing"
	"time"
)

// BenchmarkPutBlob stores distinct 256 KiB blobs (a typical signed act), so
// every iteration pays the full durable write.
func BenchmarkPutBlob(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	content := bytes.Repeat([]byte{0x5a}, 256<<10)
	b.SetBytes(int64(len(content)))
	var i uint64
	for b.Loop() {
		i++
		binary.LittleEndian.PutUint64(content, i)
		if _, _, err := s.PutBlob(b.Context(), bytes.NewReader(content)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPutAct writes a new act record each iteration.
func BenchmarkPutAct(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	sha := digest([]byte("x"))
	seen := time.Date(2019, 12, 9, 0, 0, 0, 0, time.UTC)
	i := 0
	for b.Loop() {
		i++
		a := &Act{ID: fmt.Sprintf("milano/giunta/2019/%d", i), Source: "milano", Category: "giunta", Number: i,
			Subject: "Aggiornamento del Piano degli Obiettivi", FirstSeen: seen, LastSeen: seen,
			Files: []File{{Name: "atto.pdf.p7m", SHA256: sha, PDFSHA256: sha}}}
		if err := s.PutAct(b.Context(), a); err != nil {
			b.Fatal(err)
		}
	}
}
