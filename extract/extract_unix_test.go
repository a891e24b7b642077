//go:build unix

package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadFileRefusesWhatIsNoDocument: a folder, a FIFO, a device, a
// missing file or one over the size limit is refused with one reason,
// before anything is read: a FIFO without a writer or /dev/zero would
// otherwise block or never end.
func TestReadFileRefusesWhatIsNoDocument(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "coda.pdf")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	big := filepath.Join(dir, "big.pdf")
	if err := os.WriteFile(big, fixtureBytes(t, "delibera-1098-2019.pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "link.pdf")
	if err := os.Symlink(filepath.Join(dir, "gone.pdf"), dangling); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		opts Options
		want string
	}{
		{dir, Options{}, "is a directory"},
		{fifo, Options{}, "not a regular file (a named pipe)"},
		{"/dev/zero", Options{}, "not a regular file (a device)"},
		{filepath.Join(dir, "absent.pdf"), Options{}, "no such file or directory"},
		{dangling, Options{}, "no such file or directory"},
		{big, Options{MaxBytes: 1000}, "file too large"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := ReadFile(context.Background(), tt.path, tt.opts)
				done <- err
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("ReadFile is still blocked reading the file")
			}
			want := "extract " + tt.path + ": " + tt.want
			if err == nil || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("got %v, want %q", err, want)
			}
		})
	}
}
