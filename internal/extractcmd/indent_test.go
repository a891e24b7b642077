package extractcmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestIndentJSONAsEncodingJSON(t *testing.T) {
	inputs := []string{
		`{}`, `[]`, `"x"`, `1`, `null`, `{"a":{},"b":[],"c":[{}],"d":[[]]}`,
		`{"quote \" in a key":"brace { and [ and , and : in a string","esc":"\\","tail\\":"\\\"{"}`,
		`{"unicode":"Città è più – ok","n":-1.5e-7,"t":true,"f":false,"z":null}`,
		`[1,[2,[3,{"a":[4,5]}]],{"b":{"c":{}}}]`,
		"{\"with newline after\":1}\n",
	}
	// The records the extractor writes, as the golden files keep them.
	golden, _ := filepath.Glob(filepath.Join("..", "..", "extract", "testdata", "*.json"))
	if len(golden) < 10 {
		t.Fatalf("%d golden records found, want the extractor's", len(golden))
	}
	for _, p := range golden {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(data))
	}
	for _, in := range inputs {
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(in)); err != nil {
			t.Fatalf("%.40q: %v", in, err)
		}
		if bytes.HasSuffix([]byte(in), []byte("\n")) {
			compact.WriteByte('\n')
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
			t.Fatal(err)
		}
		if got := indented(t, compact.Bytes(), "  "); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%.60q:\ngot  %.200q\nwant %.200q", in, got, want.Bytes())
		}
	}
}

// indented is what writeIndented writes of src, checking that it comes
// in pieces of indentChunk bytes at least, but for the last.
func indented(t testing.TB, src []byte, indent string) []byte {
	var w piecesWriter
	if err := writeIndented(&w, src, indent); err != nil {
		t.Fatal(err)
	}
	for i, p := range w.pieces[:len(w.pieces)-1] {
		if len(p) < indentChunk {
			t.Fatalf("piece %d of %d: %d bytes, want %d at least", i+1, len(w.pieces), len(p), indentChunk)
		}
	}
	return bytes.Join(w.pieces, nil)
}

// piecesWriter keeps what is written to it, piece by piece.
type piecesWriter struct{ pieces [][]byte }

func (w *piecesWriter) Write(p []byte) (int, error) {
	w.pieces = append(w.pieces, bytes.Clone(p))
	return len(p), nil
}

// FuzzIndentJSON: on compact JSON, writeIndented writes what json.Indent
// writes; on anything else, it returns.
func FuzzIndentJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,{"b":"c\"}"}],"d":{}}`, `[[],{}]`, `"\\"`, `{"a`, `}}]]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		got := indented(t, in, "\t")
		var compact bytes.Buffer
		if json.Compact(&compact, in) != nil || !bytes.Equal(compact.Bytes(), in) {
			return
		}
		var want bytes.Buffer
		json.Indent(&want, in, "", "\t")
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("%q:\ngot  %q\nwant %q", in, got, want.Bytes())
		}
	})
}
