package index

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/openalbo/albo/extract"
)

// goldDir is the folder of the hand-checked extractions.
const goldDir = "../testdata/gold"

// goldActs are the gold folders, oldest revision first.
var goldActs = []string{"delibera-1098-2019", "delibera-2187-2019"}

// loadGold turns a gold folder into the extraction it is the answer of,
// and the act reference the corpus would give it (source/category/year/number).
func loadGold(t testing.TB, name string) (ActRef, *extract.Result) {
	t.Helper()
	res := &extract.Result{Schema: extract.SchemaVersion, Extractor: "gold"}
	read := func(file string, into any) {
		data, err := os.ReadFile(filepath.Join(goldDir, name, file))
		if os.IsNotExist(err) {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, into); err != nil {
			t.Fatalf("%s/%s: %v", name, file, err)
		}
	}
	read("act.json", &res.Act)
	read("plan.json", &res.Plan)
	read("changes.json", &res.Changes)
	if res.Act == nil {
		t.Fatalf("%s: no act.json", name)
	}
	ref := ActRef{ID: fmt.Sprintf("milano/giunta/%s/%d", res.Act.Date[:4], res.Act.Number),
		Organ: res.Act.Organ, Number: res.Act.Number, Date: res.Act.Date}
	return ref, res
}

// goldRecords are the gold extractions as the index records them.
func goldRecords(t testing.TB) []*actRecord {
	var recs []*actRecord
	for _, name := range goldActs {
		ref, res := loadGold(t, name)
		recs = append(recs, newActRecord(ref, "gold", res))
	}
	return recs
}
