package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
)

var evalGold = filepath.Join("..", "..", "testdata", "gold", "delibera-2187-2019")

func TestEvalFlags(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		want      EvalOptions
		wantUsage bool
	}{
		{"gold and file", []string{"--gold", "g", "a.pdf"}, EvalOptions{Gold: "g", File: "a.pdf"}, false},
		{"all flags", []string{"--gold", "g", "--json", "--only", "changes,act", "--require-exact", "--ocr", "r.json"},
			EvalOptions{Gold: "g", File: "r.json", JSON: true, Only: []string{"changes", "act"}, RequireExact: true, Extract: extract.Options{OCR: true}}, false},
		{"no gold", []string{"a.pdf"}, EvalOptions{}, true},
		{"bad part", []string{"--gold", "g", "--only", "moves", "a.pdf"}, EvalOptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *EvalOptions
			f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: io.Discard, ErrOut: io.Discard}, Logger: slog.New(slog.DiscardHandler)}
			cmd := NewCmdEval(f, func(_ context.Context, o *EvalOptions) error {
				got = o
				return nil
			})
			cmd.SetArgs(tt.args)
			cmd.SetOut(io.Discard)
			cmd.SetErr(io.Discard)
			err := cmd.Execute()
			if tt.wantUsage {
				var ue cmdutil.UsageError
				if err == nil || !errors.As(err, &ue) {
					t.Fatalf("err = %v, want a usage error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Gold != tt.want.Gold || got.File != tt.want.File || got.JSON != tt.want.JSON || !slices.Equal(got.Only, tt.want.Only) ||
				got.RequireExact != tt.want.RequireExact || got.Extract.OCR != tt.want.Extract.OCR {
				t.Errorf("got %+v, want %+v", *got, tt.want)
			}
		})
	}
}

// resultFromGold writes the answers of evalGold as an extraction result,
// with one change's text altered, and returns the file's path.
func resultFromGold(t *testing.T) string {
	t.Helper()
	res := extract.Result{Act: &extract.Act{}, Plan: &extract.Plan{}}
	for name, into := range map[string]any{"act.json": res.Act, "plan.json": res.Plan, "changes.json": &res.Changes} {
		data, err := os.ReadFile(filepath.Join(evalGold, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, into); err != nil {
			t.Fatal(err)
		}
	}
	res.Changes[3].Text = "Sviluppo e coordinamento"
	data, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "result.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEvalRun(t *testing.T) {
	resultJSON := resultFromGold(t)
	notJSON := filepath.Join(t.TempDir(), "broken.json")
	if err := os.WriteFile(notJSON, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    []string
		wantErr    string
	}{
		{"result JSON, text report", []string{"eval", "--gold", evalGold, resultJSON}, cmdutil.ExitOK,
			[]string{"objectives", "321       321     321", "changes                         100       100      99", "1 mismatch(es):", "differs text", `got:  "Sviluppo e coordinamento"`}, ""},
		{"require exact", []string{"eval", "--gold", evalGold, "--require-exact", "--only", "changes", resultJSON}, cmdutil.ExitFailed,
			[]string{"changes"}, "1 mismatch(es) against"},
		{"only objectives' part is exact", []string{"eval", "--gold", evalGold, "--require-exact", "--only", "plan", resultJSON}, cmdutil.ExitOK,
			[]string{"objectives"}, ""},
		{"missing gold", []string{"eval", "--gold", filepath.Join(t.TempDir(), "none"), resultJSON}, cmdutil.ExitFailed, nil, "load gold"},
		{"broken result", []string{"eval", "--gold", evalGold, notJSON}, cmdutil.ExitFailed, nil, "broken.json: not an extraction result"},
		{"missing file", []string{"eval", "--gold", evalGold, "nowhere.pdf"}, cmdutil.ExitFailed, nil, "nowhere.pdf"},
		{"no gold flag", []string{"eval", resultJSON}, cmdutil.ExitUsage, nil, "--gold DIR is required"},
		{"the real act's changes", []string{"eval", "--gold", evalGold, "--only", "changes", "--require-exact", filepath.Join("..", "..", "testdata", "delibera-2187-2019.pdf")}, cmdutil.ExitOK,
			[]string{"changes                         100       100     100     1.000  1.000  1.000"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := Run(context.Background(), &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, tt.args)
			if status != tt.wantStatus {
				t.Errorf("status %d, want %d; stderr: %s", status, tt.wantStatus, errOut.String())
			}
			// Columns are compared with their white space collapsed.
			flat := strings.Join(strings.Fields(out.String()), " ")
			for _, w := range tt.wantOut {
				if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
					t.Errorf("stdout lacks %q:\n%s", w, out.String())
				}
			}
			if tt.wantErr != "" && (!strings.Contains(errOut.String(), tt.wantErr) || strings.Count(errOut.String(), "\n") != 1) {
				t.Errorf("stderr = %q, want one line with %q", errOut.String(), tt.wantErr)
			}
			if tt.wantStatus != cmdutil.ExitOK && len(tt.wantOut) == 0 && out.Len() != 0 {
				t.Errorf("stdout on failure: %q", out.String())
			}
		})
	}
}

func TestEvalJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	status := Run(context.Background(), &cmdutil.IOStreams{Out: &out, ErrOut: &errOut}, []string{"eval", "--gold", evalGold, "--json", resultFromGold(t)})
	if status != cmdutil.ExitOK {
		t.Fatalf("status %d: %s", status, errOut.String())
	}
	type score struct {
		Type                     string
		Gold, Extracted, Correct int
		F1                       float64
	}
	var report struct {
		Scores     []score
		Mismatches []struct{ Type, Problem, Field string }
	}
	if err := json.Unmarshal(out.Bytes(), &report); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out.String())
	}
	if len(report.Mismatches) != 1 || report.Mismatches[0].Type != "changes" || report.Mismatches[0].Field != "text" {
		t.Errorf("mismatches = %+v, want the one changed text", report.Mismatches)
	}
	i := slices.IndexFunc(report.Scores, func(s score) bool { return s.Type == "changes" })
	if i < 0 || report.Scores[i].Correct != 99 || report.Scores[i].Gold != 100 {
		t.Errorf("scores = %+v, want changes 99/100", report.Scores)
	}
}
