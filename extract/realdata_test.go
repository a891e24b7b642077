package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realdataDir is ../shared/realdata beside the repository, read in place:
// its files are real acts of other municipalities, not ours to copy.
var realdataDir = filepath.Join("..", "..", "shared", "realdata")

// realdataBytes reads one file of ../shared/realdata. The test skips when
// the folder is absent (a checkout outside the project's setting) and fails
// when ALBO_REQUIRE_SHARED=1, as CI sets it.
func realdataBytes(t testing.TB, rel string) []byte {
	t.Helper()
	if _, err := os.Stat(realdataDir); err != nil {
		if os.Getenv("ALBO_REQUIRE_SHARED") == "1" {
			t.Fatalf("ALBO_REQUIRE_SHARED=1 but %s is missing: %v", realdataDir, err)
		}
		t.Skipf("%s is absent; set ALBO_REQUIRE_SHARED=1 to require it", realdataDir)
	}
	data, err := os.ReadFile(filepath.Join(realdataDir, rel))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// accuracy counts, per field, how many answers of an answer key the
// extractor got right, and remembers the misses to show them.
type accuracy struct {
	fields []string // in first-seen order, for a stable report
	right  map[string]int
	total  map[string]int
	misses []string
}

func newAccuracy() *accuracy {
	return &accuracy{right: map[string]int{}, total: map[string]int{}}
}

// check scores one answer; want and got are compared as printed with %q so
// that invisible differences (spaces, quotes) show in the report.
func (a *accuracy) check(field, where string, want, got any) bool {
	if _, seen := a.total[field]; !seen {
		a.fields = append(a.fields, field)
	}
	a.total[field]++
	w, g := fmt.Sprintf("%q", fmt.Sprint(want)), fmt.Sprintf("%q", fmt.Sprint(got))
	if w == g {
		a.right[field]++
		return true
	}
	a.misses = append(a.misses, fmt.Sprintf("%s %s:\n\twant %s\n\tgot  %s", where, field, w, g))
	return false
}

// rate is the share of right answers for field, 1 when it was never asked.
func (a *accuracy) rate(field string) float64 {
	if a.total[field] == 0 {
		return 1
	}
	return float64(a.right[field]) / float64(a.total[field])
}

// report logs one line per field and every miss.
func (a *accuracy) report(t testing.TB) {
	t.Helper()
	var b strings.Builder
	for _, f := range a.fields {
		fmt.Fprintf(&b, "\n%-22s %4d/%-4d %6.1f%%", f, a.right[f], a.total[f], 100*a.rate(f))
	}
	t.Logf("per-field accuracy:%s", b.String())
	for _, m := range a.misses {
		t.Log(m)
	}
}
