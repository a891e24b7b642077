//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/openalbo/albo/internal/cmdutil"
)

// runAlboUnblocked is runAlbo that fails the test, instead of hanging it,
// when a command blocks on its input.
func runAlboUnblocked(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type ran struct {
		code           int
		stdout, stderr string
	}
	done := make(chan ran, 1)
	go func() {
		c, o, e := runAlbo(t, args...)
		done <- ran{c, o, e}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(time.Minute):
		t.Fatalf("albo %q is blocked", args)
		return 0, "", ""
	}
}

// TestBadFilesGiveOneLineEach feeds extract and corpus add what is no
// document: a named pipe (no writer: opening it blocks), a device that never
// ends, a folder, a missing file, and a broken PDF whose name holds a line
// break. Each gives exactly one line on stderr that names the file once,
// the good file of the same call still comes out, and the exit status is 1.
func TestBadFilesGiveOneLineEach(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "coda.pdf")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	newline := filepath.Join(dir, "riga\nspezzata.pdf")
	if err := os.WriteFile(newline, []byte("%PDF-1.4\nno body\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := []string{fifo, "/dev/zero", dir, filepath.Join(dir, "assente.pdf"), newline}
	for _, cmd := range [][]string{
		{"extract"},
		{"corpus", "add", "--corpus", filepath.Join(t.TempDir(), "corpus")},
	} {
		t.Run(cmd[0], func(t *testing.T) {
			args := append(append(append([]string{}, cmd...), bad...), fixturePDF)
			code, stdout, stderr := runAlboUnblocked(t, args...)
			if code != cmdutil.ExitFailed {
				t.Errorf("exit %d, want %d", code, cmdutil.ExitFailed)
			}
			if !strings.Contains(stdout, "2187") {
				t.Errorf("stdout %.200q: want the good file's record", stdout)
			}
			if cmd[0] == "corpus" {
				// status, id and file a line, the file with the line break too
				for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
					if strings.Count(line, "\t") != 2 {
						t.Errorf("stdout line %q: want status, id and file", line)
					}
				}
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if len(lines) != len(bad) {
				t.Fatalf("want %d lines on stderr, one per bad file, got %d: %q", len(bad), len(lines), stderr)
			}
			for i, line := range lines {
				// The whole path: a folder's base name ("001") may stand
				// in the random name of the folder above it too.
				name := strings.ReplaceAll(bad[i], "\n", `\n`)
				if !strings.HasPrefix(line, "albo: ") || strings.Count(line, name) != 1 {
					t.Errorf("line %q: want it to name %q once", line, name)
				}
			}
		})
	}
}

// TestEvalBadFiles: eval reads its FILE, an extraction's JSON or a
// document, as carefully as extract does.
func TestEvalBadFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "risultato.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ file, want string }{
		{fifo, "eval " + fifo + ": not a regular file (a named pipe)"},
		{filepath.Join(dir, "assente.json"), "eval " + filepath.Join(dir, "assente.json") + ": no such file or directory"},
		{dir, "extract " + dir + ": is a directory"},
	} {
		code, stdout, stderr := runAlboUnblocked(t, "eval", "--gold", evalGold, tt.file)
		if code != cmdutil.ExitFailed || stdout != "" || stderr != "albo: "+tt.want+"\n" {
			t.Errorf("eval %s: exit %d, stdout %.80q, stderr %q; want 1 and %q", tt.file, code, stdout, stderr, tt.want)
		}
	}
}
