package cli

import (
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/searchnode"
)

// TestIndexOnOpenSearch: `albo index`, `search` and `history` with
// --index on a real OpenSearch node give the answers they give on the
// embedded index.
func TestIndexOnOpenSearch(t *testing.T) {
	dir := goldCorpusDir(t)
	location := "opensearch+" + searchnode.Single(t) + "/albo-cli"
	code, stdout, stderr := runAlbo(t, "index", "--corpus", dir, "--index", location, "--json")
	var stats index.UpdateStats
	decodeJSON(t, stdout, &stats)
	if code != 0 || stats.Indexed != 2 || stats.Documents != 727 || !stats.Rebuilt {
		t.Fatalf("index: exit %d, %+v, stderr %q", code, stats, stderr)
	}
	code, stdout, _ = runAlbo(t, "index", "--corpus", dir, "--index", location)
	if code != 0 || !strings.Contains(stdout, "2 unchanged") {
		t.Errorf("second index: exit %d, %q", code, stdout)
	}
	for _, tt := range []struct {
		args []string
		want int
	}{
		{[]string{"--year", "2019", "--act", "milano/giunta/2019/2187", "--type", "objective"}, 247},
		{[]string{"--directorate", "Direzione Educazione", "--act", "milano/giunta/2019/2187", "--type", "objective"}, 22},
		{[]string{"--act", "milano/giunta/2019/2187", "--type", "objective", "digitalizzare"}, 21},
	} {
		code, stdout, stderr := runAlbo(t, append([]string{"search", "--corpus", dir, "--index", location, "--json"}, tt.args...)...)
		var res index.Response
		decodeJSON(t, stdout, &res)
		if code != 0 || res.Total != tt.want {
			t.Errorf("search %v: exit %d, total %d, want %d; %s", tt.args, code, res.Total, tt.want, stderr)
		}
	}
	code, stdout, stderr = runAlbo(t, "history", "--corpus", dir, "--index", location, "--json", "Ottimizzazione dei canali informativi")
	var h index.History
	decodeJSON(t, stdout, &h)
	if code != 0 || len(h.Revisions) != 2 {
		t.Errorf("history: exit %d, %+v, %s", code, h, stderr)
	}
	// A location no backend knows: one line, the usage of the flag.
	code, _, stderr = runAlbo(t, "search", "--corpus", dir, "--index", "elastic://127.0.0.1:9200/albo", "citta")
	if code == 0 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "elastic") {
		t.Errorf("unknown backend: exit %d, stderr %q", code, stderr)
	}
}
