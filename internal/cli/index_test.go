package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
)

// goldCorpusDir stores the hand-checked extractions of the two plan
// revisions (testdata/gold) in a new corpus, as `albo extract --corpus`
// would, so the index commands are tested apart from the extractor.
func goldCorpusDir(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "corpus")
	s, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, name := range []string{"delibera-1098-2019", "delibera-2187-2019"} {
		res := &extract.Result{Schema: extract.SchemaVersion, Extractor: extract.Version}
		for file, into := range map[string]any{"act.json": &res.Act, "plan.json": &res.Plan, "changes.json": &res.Changes} {
			data, err := os.ReadFile(filepath.Join("../../testdata/gold", name, file))
			if os.IsNotExist(err) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, into); err != nil {
				t.Fatal(err)
			}
		}
		data, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256([]byte(name))
		sha := hex.EncodeToString(sum[:])
		if err := s.PutExtraction(ctx, sha, extract.Version, data); err != nil {
			t.Fatal(err)
		}
		act := &corpus.Act{ID: corpus.ActID("milano", "giunta", 2019, res.Act.Number), Source: "milano", Category: "giunta",
			Number: res.Act.Number, Date: res.Act.Date, Files: []corpus.File{{Name: name + ".pdf", SHA256: sha, PDFSHA256: sha}}}
		if err := s.PutAct(ctx, act); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func decodeJSON(t *testing.T, s string, into any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), into); err != nil {
		t.Fatalf("stdout is not one JSON document: %v\n%s", err, s)
	}
}

func TestIndexAndQueryCommands(t *testing.T) {
	dir := goldCorpusDir(t)
	code, stdout, stderr := runAlbo(t, "index", "--corpus", dir, "--json")
	var stats index.UpdateStats
	decodeJSON(t, stdout, &stats)
	if code != 0 || stats.Indexed != 2 || stats.Documents != 727 {
		t.Fatalf("index: exit %d, %+v, stderr %q", code, stats, stderr)
	}
	// Not a terminal: plain progress lines, each stage ending complete.
	for _, want := range []string{"index: read 2/2 acts (", "index: write 2/2 acts (", "727 documents written"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("index progress lacks %q:\n%s", want, stderr)
		}
	}
	code, stdout, _ = runAlbo(t, "index", "--corpus", dir)
	if code != 0 || !strings.Contains(stdout, "indexed 0 acts") || !strings.Contains(stdout, "2 unchanged") {
		t.Errorf("second index: exit %d, %q", code, stdout)
	}

	t.Run("search json has the contract's shape", func(t *testing.T) {
		code, stdout, stderr := runAlbo(t, "search", "--corpus", dir, "--json", "citta", "memoria")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var raw struct {
			Total  int                          `json:"total"`
			Hits   []map[string]json.RawMessage `json:"hits"`
			Facets map[string]map[string]int    `json:"facets"`
		}
		decodeJSON(t, stdout, &raw)
		if raw.Total == 0 || len(raw.Hits) == 0 {
			t.Fatalf("no hits: %s", stdout)
		}
		for _, key := range []string{"id", "type", "act", "directorate", "director", "year", "text", "highlight", "score"} {
			if _, ok := raw.Hits[0][key]; !ok {
				t.Errorf("hit has no %q: %s", key, stdout)
			}
		}
		var act map[string]any
		if err := json.Unmarshal(raw.Hits[0]["act"], &act); err != nil || act["id"] == nil || act["number"] == nil || act["date"] == nil || act["organ"] == nil {
			t.Errorf("hit act = %v, %v", act, err)
		}
		for _, facet := range []string{"directorate", "year", "act"} {
			if _, ok := raw.Facets[facet]; !ok {
				t.Errorf("no facet %s", facet)
			}
		}
	})

	t.Run("search filters give the gold counts", func(t *testing.T) {
		for _, tt := range []struct {
			args []string
			want int
		}{
			{[]string{"--year", "2019", "--act", "milano/giunta/2019/2187", "--type", "objective"}, 247},
			{[]string{"--year", "2020", "--act", "milano/giunta/2019/2187", "--type", "objective", "*"}, 74},
			{[]string{"--directorate", "Direzione Educazione", "--act", "milano/giunta/2019/2187", "--type", "objective"}, 22},
			// One objective in two revisions and two year columns.
			{[]string{"--type", "objective", "customer operations"}, 4},
			{[]string{"--type", "objective", "--group", "customer operations"}, 1},
			{[]string{"--type", "objective", "--latest", "customer operations"}, 2},
		} {
			code, stdout, stderr := runAlbo(t, append([]string{"search", "--corpus", dir, "--json"}, tt.args...)...)
			var res index.Response
			decodeJSON(t, stdout, &res)
			if code != 0 || res.Total != tt.want {
				t.Errorf("search %q: exit %d, total %d, want %d; %s", tt.args, code, res.Total, tt.want, stderr)
			}
		}
		code, stdout, _ := runAlbo(t, "search", "--corpus", dir, "--limit", "2", "digitalizzare")
		if code != 0 || !strings.Contains(stdout, "results (1–2 shown)") || !strings.Contains(strings.ToLower(stdout), "digitalizzazione") {
			t.Errorf("human search: exit %d\n%s", code, stdout)
		}
	})

	t.Run("history", func(t *testing.T) {
		code, stdout, stderr := runAlbo(t, "history", "--corpus", dir, "--json", "Ottimizzazione dei canali informativi")
		var h index.History
		decodeJSON(t, stdout, &h)
		if code != 0 || len(h.Revisions) != 2 || h.Revisions[0].Directorate != "DIREZIONE GENERALE" ||
			h.Revisions[1].Directorate != "DIREZIONE SERVIZI CIVICI, PARTECIPAZIONE E SPORT" {
			t.Fatalf("history: exit %d, %+v, %s", code, h, stderr)
		}
		code, stdout, _ = runAlbo(t, "history", "--corpus", dir, h.Lineage)
		if code != 0 || !strings.Contains(stdout, "moved from DIREZIONE GENERALE") {
			t.Errorf("human history: exit %d\n%s", code, stdout)
		}
		code, _, stderr = runAlbo(t, "history", "--corpus", dir, "nessunobiettivoconquestonome")
		if code != 1 || !strings.Contains(stderr, "not found") {
			t.Errorf("history of nothing: exit %d, %q", code, stderr)
		}
	})

	t.Run("transfers in every format", func(t *testing.T) {
		// The contract's shape: an array of transfer objects.
		code, stdout, _ := runAlbo(t, "transfers", "--corpus", dir, "--json")
		var transfers []map[string]any
		decodeJSON(t, stdout, &transfers)
		if code != 0 || len(transfers) == 0 {
			t.Fatalf("transfers: exit %d, %d transfers", code, len(transfers))
		}
		for _, key := range []string{"text", "from", "to", "act", "evidence"} {
			if _, ok := transfers[0][key]; !ok {
				t.Errorf("a transfer lacks %q: %v", key, transfers[0])
			}
		}
		code, stdout, _ = runAlbo(t, "transfers", "--corpus", dir, "--contradictions", "--json")
		var contradictions []index.Contradiction
		decodeJSON(t, stdout, &contradictions)
		if code != 0 || len(contradictions) == 0 || contradictions[0].Kind == "" {
			t.Errorf("contradictions: exit %d, %+v", code, contradictions)
		}
		code, stdout, _ = runAlbo(t, "transfers", "--corpus", dir, "--contradictions")
		if code != 0 || !strings.HasPrefix(stdout, fmt.Sprintf("%d contradictions", len(contradictions))) || strings.Contains(stdout, " transfers\n") {
			t.Errorf("text contradictions: exit %d\n%s", code, stdout)
		}
		code, stdout, _ = runAlbo(t, "transfers", "--corpus", dir, "--format", "csv")
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		if code != 0 || !strings.HasPrefix(lines[0], "text,from,to,act,") || len(lines) != len(transfers)+1 {
			t.Errorf("csv: exit %d, %d lines for %d transfers", code, len(lines), len(transfers))
		}
		// Each moved objective once (24), each of its year columns with
		// --by-year (26: two objectives are planned in 2019 and 2020).
		if len(transfers) != 24 {
			t.Errorf("%d transfers, want 24 moved objectives", len(transfers))
		}
		code, stdout, _ = runAlbo(t, "transfers", "--corpus", dir, "--format", "csv", "--by-year")
		if lines := strings.Split(strings.TrimSpace(stdout), "\n"); code != 0 || len(lines) != 26+1 {
			t.Errorf("csv --by-year: exit %d, %d lines, want 27", code, len(lines))
		}
		code, stdout, _ = runAlbo(t, "transfers", "--corpus", dir, "--format", "dot")
		if code != 0 || !strings.HasPrefix(stdout, "digraph transfers {") ||
			!strings.Contains(stdout, `"DIREZIONE GENERALE" -> "DIREZIONE SERVIZI CIVICI, PARTECIPAZIONE E SPORT"`) {
			t.Errorf("dot: exit %d\n%s", code, stdout)
		}
		code, stdout, _ = runAlbo(t, "transfers", "--corpus", dir)
		if code != 0 || !strings.Contains(stdout, "outgoing_without_incoming") {
			t.Errorf("text: exit %d\n%s", code, stdout)
		}
	})

	t.Run("diff", func(t *testing.T) {
		code, stdout, _ := runAlbo(t, "diff", "--corpus", dir, "--json", "milano/giunta/2019/1098", "milano/giunta/2019/2187")
		var d index.Diff
		decodeJSON(t, stdout, &d)
		if code != 0 || len(d.Moved) != 79 {
			t.Fatalf("diff: exit %d, %d moved", code, len(d.Moved))
		}
		code, stdout, _ = runAlbo(t, "diff", "--corpus", dir, "milano/giunta/2019/1098", "milano/giunta/2019/2187")
		if code != 0 || !strings.Contains(stdout, "79 moved") || !strings.Contains(stdout, "[renamed]") || !strings.Contains(stdout, "[transfer, declared]") ||
			!strings.Contains(stdout, "DIREZIONE FACILITY MANAGEMENT: renamed into DIREZIONE TECNICA") {
			t.Errorf("human diff: exit %d\n%s", code, stdout)
		}
		code, _, stderr := runAlbo(t, "diff", "--corpus", dir, "milano/giunta/2019/1098", "milano/giunta/2030/1")
		if code != 1 || !strings.Contains(stderr, "milano/giunta/2030/1") {
			t.Errorf("diff with an unknown act: exit %d, %q", code, stderr)
		}
	})
}

func TestIndexCommandsUsage(t *testing.T) {
	dir := goldCorpusDir(t)
	if code, _, stderr := runAlbo(t, "index", "--corpus", dir); code != 0 {
		t.Fatal(stderr)
	}
	for _, tt := range []struct {
		args []string
		want int
	}{
		{[]string{"search", "--corpus", dir, "--type", "person", "x"}, 2},
		{[]string{"search", "--corpus", dir, "--limit", "0", "x"}, 2},
		{[]string{"search", "--corpus", dir, "--sort", "size", "x"}, 2},
		{[]string{"search", "--corpus", dir, `"unbalanced`}, 2},
		{[]string{"transfers", "--corpus", dir, "--format", "xml"}, 2},
		{[]string{"transfers", "--corpus", dir, "--json", "--format", "csv"}, 2},
		{[]string{"transfers", "--corpus", dir, "--contradictions", "--format", "dot"}, 2},
		{[]string{"diff", "--corpus", dir, "milano/giunta/2019/1098"}, 2},
		{[]string{"history", "--corpus", dir}, 2},
		{[]string{"search", "--corpus", filepath.Join(t.TempDir(), "none"), "x"}, 1},
		{[]string{"index", "--corpus", filepath.Join(t.TempDir(), "none")}, 1},
	} {
		code, stdout, stderr := runAlbo(t, tt.args...)
		if code != tt.want || stderr == "" || (code != 0 && stdout != "") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit %d with a message", tt.args, code, stdout, stderr, tt.want)
		}
	}
}

func TestSearchFlags(t *testing.T) {
	t.Setenv("ALBO_CORPUS", "/env/corpus")
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}}
	tests := []struct {
		args []string
		want index.Request
		dir  string
	}{
		{[]string{}, index.Request{Limit: index.DefaultLimit, Sort: index.SortRelevance}, "/env/corpus"},
		{[]string{"--corpus", "d", "--directorate", "DIREZIONE CASA", "--year", "2020", "--act", "milano/giunta/2019/2187",
			"--type", "change", "--limit", "5", "--offset", "10", "--sort", "date", "zero", "carbon"},
			index.Request{Query: "zero carbon", Directorate: "DIREZIONE CASA", Year: 2020, Act: "milano/giunta/2019/2187",
				Type: "change", Limit: 5, Offset: 10, Sort: index.SortDate}, "d"},
	}
	for _, tt := range tests {
		var got *SearchOptions
		cmd := NewCmdSearch(f, func(_ context.Context, o *SearchOptions) error { got = o; return nil })
		cmd.SetArgs(tt.args)
		if err := cmd.Execute(); err != nil {
			t.Fatal(err)
		}
		r := got.Request
		r.Facets, r.Highlight = nil, false
		if fmt.Sprint(r) != fmt.Sprint(tt.want) || got.CorpusDir != tt.dir || !got.Request.Highlight || len(got.Request.Facets) != 4 {
			t.Errorf("%q: request %+v in %s, want %+v in %s", tt.args, got.Request, got.CorpusDir, tt.want, tt.dir)
		}
	}
}

// TestIndexProgressBar: on a terminal each stage draws its bar to the end
// and nothing goes to standard output.
func TestIndexProgressBar(t *testing.T) {
	var out, errOut strings.Builder
	report, finish := indexProgress(&cmdutil.IOStreams{Out: &out, ErrOut: &errOut, ErrIsTerminal: true})
	for _, stage := range []string{index.StageRead, index.StageWrite} {
		for done := 0; done <= 3; done++ {
			report(index.Progress{Stage: stage, Done: done, Total: 3, Documents: 10 * done})
		}
	}
	finish()
	for _, want := range []string{"index: read", "index: write (30 documents)", "3/3"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("the bar lacks %q: %q", want, errOut.String())
		}
	}
	if out.Len() > 0 {
		t.Errorf("progress on standard output: %q", out.String())
	}
}
