package extractcmd

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
)

const fixturePDF = "../../testdata/delibera-2187-2019.pdf"

// runExtract runs albo-extract (NewCmdRoot) with args, as its main does
// but for the process's end, and returns what it printed.
func runExtract(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = cmdutil.Run(context.Background(), &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, args, false, NewCmdRoot)
	return code, out.String(), errOut.String()
}

func TestExtractOneFileIsOneObject(t *testing.T) {
	code, stdout, stderr := runExtract(t, fixturePDF)
	if code != cmdutil.ExitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stdout, "{\n") || strings.Count(stdout, "\n") < 10 {
		t.Errorf("want one indented object, got %.80q…", stdout)
	}
	var res extract.Result
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("stdout is not one JSON object: %v", err)
	}
	if res.Source.File != "delibera-2187-2019.pdf" || res.Act == nil || res.Act.Number != 2187 || res.Plan == nil {
		t.Errorf("unexpected record: source %+v, act %+v", res.Source, res.Act)
	}
}

// TestExtractSeveralFiles: JSON Lines in the order given for the files that
// read; one line on stderr per file that does not, and exit status 1.
func TestExtractSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "pagina.pdf")
	if err := os.WriteFile(page, []byte("<!DOCTYPE html><html><body>Documento firmato digitalmente</body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "assente.pdf")
	other := "../../testdata/delibera-1098-2019.pdf"
	code, stdout, stderr := runExtract(t, fixturePDF, page, other, missing)
	if code != cmdutil.ExitFailed {
		t.Errorf("exit %d, want %d", code, cmdutil.ExitFailed)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 JSON lines, got %d: %.200q", len(lines), stdout)
	}
	for i, want := range []int{2187, 1098} {
		var res extract.Result
		if err := json.Unmarshal([]byte(lines[i]), &res); err != nil {
			t.Fatalf("line %d is not a JSON object: %v", i+1, err)
		}
		if res.Act == nil || res.Act.Number != want {
			t.Errorf("line %d: act %+v, want number %d", i+1, res.Act, want)
		}
	}
	errLines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(errLines) != 2 ||
		!strings.HasPrefix(errLines[0], "albo: extract "+page+": HTML page") ||
		!strings.HasPrefix(errLines[1], "albo: extract "+missing+": ") {
		t.Errorf("want one line per unreadable file, got %q", stderr)
	}
}

// TestExtractStopsWhereStdoutRefuses: a standard output that refuses a
// write (a closed pipe, a full disk) ends the command with that error at
// the first record, where a record that does not read is one line and the
// next file is read.
func TestExtractStopsWhereStdoutRefuses(t *testing.T) {
	refused := errors.New("no space left on device")
	for _, files := range [][]string{{fixturePDF}, {fixturePDF, fixturePDF}} {
		out := &refusingWriter{err: refused}
		var stderr strings.Builder
		opts := &Options{IO: &cmdutil.IOStreams{Out: out, ErrOut: &stderr}, Logger: slog.New(slog.DiscardHandler), Files: files}
		err := extractRun(t.Context(), opts)
		if !errors.Is(err, refused) || out.writes != 1 || stderr.Len() != 0 {
			t.Errorf("%d files: error %v after %d writes, stderr %q: want %v after 1, nothing else", len(files), err, out.writes, stderr.String(), refused)
		}
	}
}

// refusingWriter refuses every write with err, counting them.
type refusingWriter struct {
	err    error
	writes int
}

func (w *refusingWriter) Write([]byte) (int, error) {
	w.writes++
	return 0, w.err
}

// TestExtractFailureKeepsStdoutClean: nothing but whole records on stdout.
func TestExtractFailureKeepsStdoutClean(t *testing.T) {
	truncated := "../../testdata/malformed/delibera-2187-2019-half.pdf"
	code, stdout, stderr := runExtract(t, truncated)
	if code != cmdutil.ExitFailed || stdout != "" {
		t.Errorf("exit %d, stdout %.80q: want 1 and nothing", code, stdout)
	}
	if !strings.HasPrefix(stderr, "albo: extract "+truncated+": damaged file") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr %q: want one line naming the file and the reason", stderr)
	}
}

// TestExtractUsage: every bad invocation of albo-extract is exit status 2
// and one line; --corpus is albo's alone.
func TestExtractUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"--no-such-flag", fixturePDF},
		{"--timeout", "-1s", fixturePDF},
		{"--timeout", "soon", fixturePDF},
		{"--corpus", "x"},
		{"--workers", "2", fixturePDF},
		{"--log-level", "loud", fixturePDF},
	} {
		code, stdout, stderr := runExtract(t, args...)
		if code != cmdutil.ExitUsage || stdout != "" || !strings.HasPrefix(stderr, "albo: ") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and one line", args, code, stdout, stderr)
		}
	}
}

// TestExtractVersion: albo-extract stamps and prints albo's version.
func TestExtractVersion(t *testing.T) {
	code, stdout, stderr := runExtract(t, "--version")
	if code != cmdutil.ExitOK || stdout != extract.Version+"\n" || stderr != "" {
		t.Errorf("--version: exit %d, stdout %q, stderr %q; want %q", code, stdout, stderr, extract.Version)
	}
}

// TestExtractFlags parses flags into the options without running.
func TestExtractFlags(t *testing.T) {
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{}, Logger: slog.New(slog.DiscardHandler)}
	var got *Options
	cmd := NewCmdExtract(f, func(o *Options) error { got = o; return nil }, nil)
	cmd.SetArgs([]string{"--ocr", "--timeout", "30s", "a.pdf", "b.pdf.p7m"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if !got.Extract.OCR || got.Extract.Timeout != 30*time.Second || strings.Join(got.Files, ",") != "a.pdf,b.pdf.p7m" {
		t.Errorf("options %+v", got)
	}
}

// TestExtractRunsOnOneCore: albo-extract FILE sets GOMAXPROCS to 1 while it
// runs and puts it back after, also when runs overlap; a GOMAXPROCS in the
// environment is left as the user set it.
func TestExtractRunsOnOneCore(t *testing.T) {
	const before = 3 // any value but 1, whatever the machine
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(before))
	first := oneCoreUnlessTold(false)
	second := oneCoreUnlessTold(false)
	if got := runtime.GOMAXPROCS(0); got != 1 {
		t.Errorf("GOMAXPROCS %d during two runs, want 1", got)
	}
	first()
	first() // a second call changes nothing
	if got := runtime.GOMAXPROCS(0); got != 1 {
		t.Errorf("GOMAXPROCS %d while a run goes on, want 1", got)
	}
	second()
	if got := runtime.GOMAXPROCS(0); got != before {
		t.Errorf("GOMAXPROCS %d after the runs, want %d as before", got, before)
	}

	if code, _, stderr := runExtract(t, fixturePDF); code != cmdutil.ExitOK {
		t.Fatalf("extract: exit %d, %s", code, stderr)
	}
	if got := runtime.GOMAXPROCS(0); got != before {
		t.Errorf("GOMAXPROCS %d after albo-extract, want %d as before", got, before)
	}

	// The process's own run, which exits after the command, leaves it.
	var out, errOut bytes.Buffer
	if code := cmdutil.Run(t.Context(), &cmdutil.IOStreams{Out: &out, ErrOut: &errOut}, []string{fixturePDF}, true, NewCmdRoot); code != cmdutil.ExitOK {
		t.Fatalf("extract ending the process: exit %d, %s", code, errOut.String())
	}
	if got := runtime.GOMAXPROCS(before); got != 1 {
		t.Errorf("GOMAXPROCS %d after albo-extract ending the process, want 1 left", got)
	}

	t.Setenv("GOMAXPROCS", "2")
	restore := oneCoreUnlessTold(false)
	if got := runtime.GOMAXPROCS(0); got != before {
		t.Errorf("GOMAXPROCS %d with GOMAXPROCS set in the environment, want %d untouched", got, before)
	}
	restore()
}
