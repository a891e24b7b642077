package web

import (
	"encoding/csv"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
)

// goldMove is an entry of the gold moves.json.
type goldMove struct {
	Text1098        string `json:"text_1098"`
	Directorate1098 string `json:"directorate_1098"`
	Directorate2187 string `json:"directorate_2187"`
	Year2187        int    `json:"year_2187"`
	Basis           string `json:"basis"`
}

// goldTransferCounts reads moves.json: the objectives transferred between
// the two revisions (its transfer entries grouped by the earlier title and
// the two directorates) and their year columns (its transfer entries).
func goldTransferCounts(t *testing.T) (objectives, yearColumns int) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "gold", "delibera-1098-2019", "moves.json"))
	if err != nil {
		t.Fatal(err)
	}
	var moves []goldMove
	if err := json.Unmarshal(data, &moves); err != nil {
		t.Fatal(err)
	}
	distinct := map[[3]string]bool{}
	for _, m := range moves {
		if strings.HasPrefix(m.Basis, "transfer") {
			yearColumns++
			distinct[[3]string{m.Text1098, m.Directorate1098, m.Directorate2187}] = true
		}
	}
	return len(distinct), yearColumns
}

var (
	matrixCount = regexp.MustCompile(`<text class="count"[^>]*>(\d+)</text>`)
	flowItem    = regexp.MustCompile(`<a class="transfer" `)
)

// TestTransfersCountedOnce sums the matrix, the drill-down, the CSV and
// the JSON of the gold revision's transfers: each counts every moved
// objective once (the gold moves, plus the annex's one declared transfer
// the plans do not show), and with ?by=year every year column once.
func TestTransfersCountedOnce(t *testing.T) {
	h, _, _ := newGoldSite(t)
	objectives, yearColumns := goldTransferCounts(t)
	const declaredOnly = 1 // Milano Sport: declared by the annex, no move in the plans
	act := url.QueryEscape("milano/giunta/2019/2187")
	for _, c := range []struct {
		by   string
		want int
	}{{"", objectives + declaredOnly}, {"year", yearColumns + declaredOnly}} {
		page := get(t, h, "GET", "/transfers?act="+act+"&by="+c.by)
		if page.Code != 200 {
			t.Fatalf("by=%q: page %d", c.by, page.Code)
		}
		body := page.Body.String()
		cells := 0
		for _, m := range matrixCount.FindAllStringSubmatch(body, -1) {
			n, _ := strconv.Atoi(m[1])
			cells += n
		}
		items := len(flowItem.FindAllString(body, -1))

		var moves []index.Transfer
		rec := get(t, h, "GET", "/api/transfers?act="+act+"&by="+c.by)
		if err := json.Unmarshal(rec.Body.Bytes(), &moves); err != nil {
			t.Fatalf("JSON: %v", err)
		}
		rec = get(t, h, "GET", "/api/transfers?format=csv&act="+act+"&by="+c.by)
		rows, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil || rec.Header().Get("Content-Type") != "text/csv; charset=utf-8" {
			t.Fatalf("CSV: %v, %s", err, rec.Header())
		}
		t.Logf("by=%q: matrix %d, drill-down %d, CSV %d, JSON %d; gold %d", c.by, cells, items, len(rows)-1, len(moves), c.want)
		if cells != c.want || items != c.want || len(rows)-1 != c.want || len(moves) != c.want {
			t.Errorf("by=%q: matrix %d, drill-down %d, CSV %d, JSON %d; want each %d", c.by, cells, items, len(rows)-1, len(moves), c.want)
		}
	}
	if rec := get(t, h, "GET", "/api/transfers?by=month"); rec.Code != 400 {
		t.Errorf("by=month: %d, want 400", rec.Code)
	}
}
