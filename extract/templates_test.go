package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// templateKnownMisses are the answers of testdata/templates/keys.json the
// extractor gets wrong today, keyed "file|field", each with its reason; a
// list that only shrinks.
var templateKnownMisses = map[string]string{
	"determinazione-label-table.pdf|proposal number": "the proposal's number stands in a table cell under its label, and only the act's number and date are read from such cells",
}

// TestTemplateActs reads the acts of testdata/templates, printed by
// Chromium from layouts of other municipal software, and scores them field
// by field against their key.
func TestTemplateActs(t *testing.T) {
	dir := filepath.Join("testdata", "templates")
	keys := loadKeys(t, filepath.Join(dir, "keys.json"))
	acc := newAccuracy()
	for _, key := range keys {
		data, err := os.ReadFile(filepath.Join(dir, key.File))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Read(context.Background(), key.File, data, Options{})
		scoreRead(t, acc, key.File, key, res, err)
	}
	acc.report(t)
	checkKnownMisses(t, acc, templateKnownMisses, "templateKnownMisses")
}
