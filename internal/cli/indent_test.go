package cli

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
		if got := indentJSON(nil, compact.Bytes(), "  "); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%.60q:\ngot  %.200q\nwant %.200q", in, got, want.Bytes())
		}
	}
}

// FuzzIndentJSON: on compact JSON, indentJSON writes what json.Indent
// writes; on anything else, it returns.
func FuzzIndentJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,{"b":"c\"}"}],"d":{}}`, `[[],{}]`, `"\\"`, `{"a`, `}}]]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		got := indentJSON(nil, in, "\t")
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
