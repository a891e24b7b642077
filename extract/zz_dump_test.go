package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Scratch: dumps every Read result to $DUMP for diffing two builds.
func TestZZDump(t *testing.T) {
	out := os.Getenv("DUMP")
	if out == "" {
		t.Skip()
	}
	roots := []string{"testdata/unseen", "../../shared/realdata", "../../shared/realdata-corpus", "../../shared/fixtures", "testdata"}
	seen := map[string]bool{}
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			low := strings.ToLower(p)
			if !strings.HasSuffix(low, ".pdf") && !strings.HasSuffix(low, ".p7m") {
				return nil
			}
			abs, _ := filepath.Abs(p)
			if seen[abs] {
				return nil
			}
			seen[abs] = true
			data, _ := os.ReadFile(p)
			ocr := strings.Contains(p, "realdata-corpus") && os.Getenv("ZZOCR") != ""
			res, err := Read(context.Background(), filepath.Base(p), data, Options{OCR: ocr})
			var b []byte
			if err != nil {
				b = []byte(err.Error())
			} else {
				res.Extractor = ""
				b, _ = json.MarshalIndent(res, "", " ")
			}
			name := strings.ReplaceAll(strings.TrimPrefix(p, "../../"), "/", "__")
			os.WriteFile(filepath.Join(out, name+".json"), b, 0o644)
			return nil
		})
	}
}
