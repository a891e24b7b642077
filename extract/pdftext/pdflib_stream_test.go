package pdftext

// The library's streams as albo's copy of it (third_party/pdf, ALBO.md)
// serves them: decompressors reused once a stream is closed, object
// streams decompressed once per file. Each test reads what a file holds
// and fails when a change serves another stream's bytes or another
// object.

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/ledongthuc/pdf"

	"github.com/openalbo/albo/extract/pdftext/pdftexttest"
)

// deflated is s compressed as a FlateDecode stream holds it.
func deflated(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	if _, err := io.WriteString(w, s); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// flateStream is a FlateDecode stream object holding s.
func flateStream(t testing.TB, s string) string {
	z := deflated(t, s)
	return fmt.Sprintf("<</Length %d/Filter/FlateDecode>>\nstream\n%s\nendstream", len(z), z)
}

// readStream reads all of v's data and closes it.
func readStream(v pdf.Value) (string, error) {
	rd := v.Reader()
	defer rd.Close()
	b, err := io.ReadAll(rd)
	return string(b), err
}

// streamTexts are the contents of the streams of TestStreamsReadAfterReuse:
// each long enough to span several reads of the decompressor.
func streamTexts() []string {
	var texts []string
	for i := range 4 {
		var b strings.Builder
		for j := range 3000 {
			fmt.Fprintf(&b, "stream %d line %d %x\n", i, j, j*(i+7))
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestStreamsReadAfterReuse reads FlateDecode streams whole, in part,
// interleaved and after others were closed: each gives its own bytes, and
// a stream read after its Close fails rather than reading another's.
func TestStreamsReadAfterReuse(t *testing.T) {
	texts := streamTexts()
	objects := []string{"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[]/Count 0/Streams[3 0 R 4 0 R 5 0 R 6 0 R]>>"}
	for _, s := range texts {
		objects = append(objects, flateStream(t, s))
	}
	data := pdftexttest.Assemble(objects)
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	streams := r.Trailer().Key("Root").Key("Pages").Key("Streams")
	stream := func(i int) pdf.Value { return streams.Index(i) }

	for round := range 3 {
		for i, want := range texts {
			got, err := readStream(stream(i))
			if err != nil || got != want {
				t.Fatalf("round %d, stream %d: %d bytes, %v; want %d bytes", round, i, len(got), err, len(want))
			}
		}
	}

	// A stream closed half read: its decompressor goes on to the next
	// stream, and the half-read one fails from then on.
	half := stream(0).Reader()
	buf := make([]byte, 1000)
	if _, err := io.ReadFull(half, buf); err != nil || string(buf) != texts[0][:1000] {
		t.Fatalf("first 1000 bytes: %q, %v", buf[:40], err)
	}
	half.Close()
	next := stream(1).Reader()
	if n, err := half.Read(buf); n != 0 || err == nil {
		t.Fatalf("read after Close: %d bytes, %v; want an error", n, err)
	}
	if got, err := io.ReadAll(next); err != nil || string(got) != texts[1] {
		t.Fatalf("stream read after a half-read one closed: %d bytes, %v", len(got), err)
	}
	next.Close()

	// Streams open at once each keep their own decompressor.
	readers := make([]io.ReadCloser, len(texts))
	outs := make([]bytes.Buffer, len(texts))
	for i := range texts {
		readers[i] = stream(i).Reader()
	}
	for open := len(texts); open > 0; {
		open = 0
		for i, rd := range readers {
			if rd == nil {
				continue
			}
			if _, err := io.CopyN(&outs[i], rd, 777); err == io.EOF {
				rd.Close()
				readers[i] = nil
				continue
			} else if err != nil {
				t.Fatalf("stream %d: %v", i, err)
			}
			open++
		}
	}
	for i, want := range texts {
		if outs[i].String() != want {
			t.Errorf("interleaved stream %d: %d bytes, want %d", i, outs[i].Len(), len(want))
		}
	}
}

// objectStreamPDF is a PDF 1.5 file whose catalog, pages, page and font
// are kept in a FlateDecode object stream (object 6), followed there by
// the first half of filler objects numbered from 10 that the catalog's
// Fillers array lists; the other half is in a second object stream
// (object 8). A cross-reference stream (object 7) indexes them: the layout
// of most producers' files since PDF 1.5. The page's content stream is
// object 5. keep is the share of the first object stream's compressed
// bytes written (1: all of it).
func objectStreamPDF(t testing.TB, fillers int, keep float64) []byte {
	return objectStreamPDFPadded(t, fillers, keep, 0)
}

// objectStreamPDFPadded is objectStreamPDF with pad spaces after the
// objects of the first object stream.
func objectStreamPDFPadded(t testing.TB, fillers int, keep float64, pad int) []byte {
	var refs strings.Builder
	for i := range fillers {
		fmt.Fprintf(&refs, "%d 0 R ", 10+i)
	}
	type packed struct {
		id  int
		obj string
	}
	first := []packed{
		{1, "<</Type/Catalog/Pages 2 0 R/Fillers[" + refs.String() + "]>>"},
		{2, "<</Type/Pages/Kids[3 0 R]/Count 1/MediaBox[0 0 612 792]>>"},
		{3, "<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>"},
		{4, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"},
	}
	var second []packed
	for i := range fillers {
		p := packed{10 + i, fmt.Sprintf("<</Filler %d/Text(%x %d)>>", 10+i, i*7919, i)}
		if i < fillers/2 {
			first = append(first, p)
		} else {
			second = append(second, p)
		}
	}

	size := 10 + fillers
	type entry struct{ kind, a, b int }
	entries := make([]entry, size)
	var out bytes.Buffer
	out.WriteString("%PDF-1.5\n")
	objStm := func(id int, objs []packed, keep float64) {
		var header, body strings.Builder
		for i, p := range objs {
			fmt.Fprintf(&header, "%d %d ", p.id, body.Len())
			body.WriteString(p.obj + "\n")
			entries[p.id] = entry{2, id, i}
		}
		if id == 6 {
			body.WriteString(strings.Repeat(" ", pad))
		}
		z := deflated(t, header.String()+body.String())
		z = z[:int(float64(len(z))*keep)]
		entries[id] = entry{1, out.Len(), 0}
		fmt.Fprintf(&out, "%d 0 obj\n<</Type/ObjStm/N %d/First %d/Length %d/Filter/FlateDecode>>\nstream\n%s\nendstream\nendobj\n",
			id, len(objs), header.Len(), len(z), z)
	}
	content := "BT /F1 12 Tf 72 700 Td (Hello from an object stream) Tj ET"
	entries[5] = entry{1, out.Len(), 0}
	fmt.Fprintf(&out, "5 0 obj\n%s\nendobj\n", flateStream(t, content))
	objStm(6, first, keep)
	objStm(8, second, 1)
	xrefAt := out.Len()
	entries[7] = entry{1, xrefAt, 0}
	var table bytes.Buffer
	for _, e := range entries {
		table.Write([]byte{byte(e.kind), byte(e.a >> 24), byte(e.a >> 16), byte(e.a >> 8), byte(e.a), byte(e.b >> 8), byte(e.b)})
	}
	fmt.Fprintf(&out, "7 0 obj\n<</Type/XRef/Size %d/W[1 4 2]/Root 1 0 R/Length %d>>\nstream\n%s\nendstream\nendobj\n",
		size, table.Len(), table.Bytes())
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xrefAt)
	return out.Bytes()
}

// TestObjectStreamRead reads a file whose objects are kept in an object
// stream, from several goroutines at once (the race detector watches the
// shared cache): every object is the one asked for, however often.
func TestObjectStreamRead(t *testing.T) {
	const fillers = 300
	data := objectStreamPDF(t, fillers, 1)
	f, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Pages) != 1 || !strings.Contains(pageText(f.Pages[0]), "Hello from an object stream") {
		t.Fatalf("pages %+v: want the one page's text", f.Pages)
	}

	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := range 4 {
		wg.Go(func() {
			defer func() {
				if x := recover(); x != nil {
					errs <- fmt.Errorf("goroutine %d: %v", g, x)
				}
			}()
			for i := range fillers {
				i := (i*31 + g*7) % fillers
				v := r.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0).Key("Resources").Key("Font").Key("F1")
				if got := v.Key("BaseFont").Name(); got != "Helvetica" {
					errs <- fmt.Errorf("goroutine %d: font %q", g, got)
					return
				}
				filler := fillerObject(r, 10+i)
				if got := filler.Key("Filler").Int64(); got != int64(10+i) {
					errs <- fmt.Errorf("goroutine %d: object %d holds Filler %d", g, 10+i, got)
					return
				}
				if got, want := filler.Key("Text").RawString(), fmt.Sprintf("%x %d", i*7919, i); got != want {
					errs <- fmt.Errorf("goroutine %d: object %d holds Text %q, want %q", g, 10+i, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// fillerObject is the filler object id of a file of objectStreamPDF.
func fillerObject(r *pdf.Reader, id int) pdf.Value {
	return r.Trailer().Key("Root").Key("Fillers").Index(id - 10)
}

// pageText is a page's runs joined.
func pageText(p Page) string {
	var b strings.Builder
	for _, run := range p.Runs {
		b.WriteString(run.Text)
	}
	return b.String()
}

// TestTruncatedObjectStream reads a file whose object stream is cut
// short: the objects before the cut are read as from a whole stream,
// and one after it fails with the decompression's error, as the library
// read such streams before it kept them.
func TestTruncatedObjectStream(t *testing.T) {
	data := objectStreamPDF(t, 6000, 0.6)
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if got := r.Trailer().Key("Root").Key("Pages").Key("Count").Int64(); got != 1 {
			t.Fatalf("page count %d, want 1", got)
		}
	}
	late := func() (failure any) {
		defer func() { failure = recover() }()
		fillerObject(r, 10+2990).Key("Filler")
		return nil
	}()
	if !strings.Contains(fmt.Sprint(late), "unexpected EOF") {
		t.Fatalf("object past the cut: %v; want the decompression's unexpected EOF", late)
	}
}

// TestObjectStreamBomb reads a file whose object stream inflates to 64
// MiB (of spaces after its objects): its objects are read without
// inflating it whole.
func TestObjectStreamBomb(t *testing.T) {
	data := objectStreamPDFPadded(t, 10, 1, 64<<20)
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 3 {
		if got := r.Trailer().Key("Root").Key("Pages").Key("Count").Int64(); got != 1 {
			t.Fatalf("page count %d, want 1", got)
		}
	}
	runtime.ReadMemStats(&after)
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 32<<20 {
		t.Fatalf("reading 3 objects of a %d-byte file allocated %d MiB", len(data), allocated>>20)
	}
}
