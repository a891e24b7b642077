package cli

import (
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/extractcmd"
)

// TestExtractAnswersAsAlboExtract: albo extract FILE... is albo-extract
// with albo's --corpus mode beside it, so for FILEs both print the same
// records and the same failure lines and exit alike.
func TestExtractAnswersAsAlboExtract(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "pagina.pdf")
	if err := os.WriteFile(page, []byte("<!DOCTYPE html><html><body>Documento firmato</body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{fixturePDF},
		{fixturePDF, page, "../../testdata/delibera-1098-2019.pdf", filepath.Join(dir, "assente.pdf")},
		{"../../testdata/malformed/delibera-2187-2019-half.pdf"},
		{"--timeout", "-1s", fixturePDF},
	} {
		code, stdout, stderr := runAlbo(t, append([]string{"extract"}, args...)...)
		slimCode, slimStdout, slimStderr := runAlboExtract(t, args...)
		if code != slimCode || stdout != slimStdout || stderr != slimStderr {
			t.Errorf("%q: albo extract exit %d, %d bytes out, stderr %q; albo-extract exit %d, %d bytes out, stderr %q",
				args, code, len(stdout), stderr, slimCode, len(slimStdout), slimStderr)
		}
	}
}

// TestExtractCorpusUsageOfFlags: the --corpus mode's flags are refused
// without --corpus, and bad values of theirs are usage errors.
func TestExtractCorpusUsageOfFlags(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--workers", "2", fixturePDF},
		{"extract", "--all", fixturePDF},
		{"extract", "--stale", fixturePDF},
		{"extract", "--retry-failed", fixturePDF},
		{"extract", "--shard", "0/2", fixturePDF},
		{"extract", "--corpus", "x", "--shard", "2/2"},
		{"extract", "--corpus", "x", "--shard", "half"},
		{"extract", "--corpus", "x", "--stale", "--all"},
		{"extract", "--corpus", "x", "--workers", "-1"},
		{"extract", "--corpus", "x", fixturePDF},
		{"--log-level", "loud", "extract", fixturePDF},
	} {
		code, stdout, stderr := runAlbo(t, args...)
		if code != cmdutil.ExitUsage || stdout != "" || !strings.HasPrefix(stderr, "albo: ") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and one line", args, code, stdout, stderr)
		}
	}
}

// TestExtractCorpusFlags parses the --corpus mode's flags into its options
// without running.
func TestExtractCorpusFlags(t *testing.T) {
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{}, Logger: slog.New(slog.DiscardHandler)}
	var got *ExtractCorpusOptions
	cmd := extractcmd.NewCmdExtract(f, nil, newExtractCorpusMode(f.IO, func(o *ExtractCorpusOptions) error { got = o; return nil }))
	cmd.SetArgs([]string{"--corpus", "s3://albo?region=us-east-1", "--shard", "3/8", "--ocr", "--all", "--workers", "3", "--json"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got == nil || got.CorpusDir != "s3://albo?region=us-east-1" || got.Shard != (batch.Shard{Index: 3, Count: 8}) ||
		!got.Extract.OCR || !got.All || got.Workers != 3 || !got.JSON || got.Retry {
		t.Errorf("corpus options %+v", got)
	}
}

// TestTuneGC checks the collector settings of batch extraction runs: set
// while the run goes on, put back after it, and left alone when the
// environment says GOGC or GOMEMLIMIT.
func TestTuneGC(t *testing.T) {
	gcPercent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	memoryLimit := func() int64 { return debug.SetMemoryLimit(-1) } // a negative limit only reads it
	const percentBefore, limitBefore = 150, int64(1 << 40)
	defer debug.SetGCPercent(debug.SetGCPercent(percentBefore))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(limitBefore))
	for _, tt := range []struct {
		name        string
		env         map[string]string
		percent     int
		limit       int64
		wantPercent int
		wantLimit   int64
	}{
		{"batch", nil, batchGCPercent, batchMemoryLimit, batchGCPercent, batchMemoryLimit},
		{"GOGC set", map[string]string{"GOGC": "100"}, batchGCPercent, batchMemoryLimit, percentBefore, batchMemoryLimit},
		{"GOMEMLIMIT set", map[string]string{"GOMEMLIMIT": "1GiB"}, batchGCPercent, batchMemoryLimit, batchGCPercent, limitBefore},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			restore := tuneGC(tt.percent, tt.limit)
			if got := gcPercent(); got != tt.wantPercent {
				t.Errorf("GOGC %d during the run, want %d", got, tt.wantPercent)
			}
			if got := memoryLimit(); got != tt.wantLimit {
				t.Errorf("memory limit %d during the run, want %d", got, tt.wantLimit)
			}
			restore()
			if got, got2 := gcPercent(), memoryLimit(); got != percentBefore || got2 != limitBefore {
				t.Errorf("after the run GOGC %d, memory limit %d; want %d and %d as before", got, got2, percentBefore, limitBefore)
			}
		})
	}
}
