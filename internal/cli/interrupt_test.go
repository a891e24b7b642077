package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/internal/cmdutil"
)

// TestCorpusCommandsEndWhenInterrupted cancels each corpus command in the
// middle of its work, as the first SIGINT or SIGTERM does (Main turns the
// signal into the end of the command's context), and wants it to end
// within the 5 s the project promises, with exit 1 and the corpus whole.
func TestCorpusCommandsEndWhenInterrupted(t *testing.T) {
	dir := t.TempDir()
	synthCorpus(t, dir, 13, 120, 10, 0)
	// Distinct copies of the fixture (bytes after %%EOF change the digest,
	// not the act), each to extract on import.
	pdf, err := os.ReadFile(fixturePDF)
	if err != nil {
		t.Fatal(err)
	}
	var imports []string
	for i := range 30 {
		p := filepath.Join(t.TempDir(), fmt.Sprintf("copia-%d.pdf", i))
		if err := os.WriteFile(p, append(bytes.Clone(pdf), fmt.Sprintf("\n%% copia %d\n", i)...), 0o644); err != nil {
			t.Fatal(err)
		}
		imports = append(imports, p)
	}
	tests := []struct {
		name string
		args []string
		// after is when the interruption comes: each command is then in
		// the middle of its work.
		after time.Duration
	}{
		{"extract --corpus", []string{"extract", "--corpus", dir, "--all", "--workers", "2"}, 300 * time.Millisecond},
		{"corpus add", append([]string{"corpus", "add", "--corpus", dir}, imports...), 300 * time.Millisecond},
		{"corpus verify", []string{"corpus", "verify", "--corpus", dir, "--consistency"}, 15 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			var out, errOut bytes.Buffer
			done := make(chan int, 1)
			go func() {
				done <- Run(ctx, &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, tt.args)
			}()
			select {
			case code := <-done:
				t.Skipf("ended (exit %d) before the interruption: nothing to interrupt", code)
			case <-time.After(tt.after):
			}
			cancel()
			asked := time.Now()
			select {
			case code := <-done:
				t.Logf("ended %v after the interruption, exit %d, stderr tail %q", time.Since(asked).Round(time.Millisecond), code, tail(errOut.String()))
				if code != cmdutil.ExitFailed || !strings.HasSuffix(errOut.String(), "albo: interrupted\n") {
					t.Errorf("exit %d, stderr %q; want 1 and \"interrupted\"", code, tail(errOut.String()))
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("still running 5 s after the interruption")
			}
			verifyClean(t, dir, "after the interruption")
		})
	}
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	return lines[len(lines)-1]
}
