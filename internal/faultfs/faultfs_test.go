package faultfs

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestRules writes, syncs, closes and reads files on the mounted file
// system under each rule, and wants EIO exactly where the rule says, what
// passed through stored in the real folder, and everything passing again
// once healed.
func TestRules(t *testing.T) {
	tests := []struct {
		name string
		rule Rule
		// failsAt is the operation that fails first ("" for none): write
		// i (of 4 KiB each), sync, close or read.
		failsAt string
	}{
		{"nothing set", Rule{}, ""},
		{"writes at once", Rule{Write: true}, "write 0"},
		{"writes after 10 KiB", Rule{Write: true, After: 10 << 10}, "write 2"},
		{"fsync at once", Rule{Fsync: true}, "sync"},
		{"fsync after more than was written", Rule{Fsync: true, After: 1 << 20}, ""},
		{"close at once", Rule{Close: true}, "close"},
		{"reads at once", Rule{Read: true}, "read"},
		{"other files only", Rule{Write: true, Fsync: true, Match: func(p string) bool { return strings.HasPrefix(p, "other/") }}, ""},
		{"this file only", Rule{Write: true, Match: func(p string) bool { return p == "sub/data" }}, "write 0"},
	}
	fsys := Mount(t)
	if err := os.Mkdir(filepath.Join(fsys.Dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	block := bytes.Repeat([]byte("x"), 4<<10)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(fsys.Dir, "sub", "data")
			os.Remove(path)
			fsys.Fail(tt.rule)
			defer fsys.Heal()
			failed := ""
			check := func(what string, err error) bool {
				if err != nil && failed == "" {
					if !errors.Is(err, syscall.EIO) {
						t.Fatalf("%s: %v, want EIO", what, err)
					}
					failed = what
				}
				return err == nil
			}
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			written := 0
			for i := range 4 {
				if !check("write "+string(rune('0'+i)), func() error { _, err := f.Write(block); return err }()) {
					break
				}
				written += len(block)
			}
			check("sync", f.Sync())
			check("close", f.Close())
			if data, err := os.ReadFile(path); check("read", err) && len(data) != written {
				t.Errorf("read %d bytes back, %d written", len(data), written)
			}
			if failed != tt.failsAt {
				t.Errorf("first failure at %q, want %q", failed, tt.failsAt)
			}
			if fi, err := os.Stat(filepath.Join(fsys.Backing, "sub", "data")); err != nil || fi.Size() != int64(written) {
				t.Errorf("the real folder holds %v (%v), want %d bytes", fi, err, written)
			}
			fsys.Heal()
			if err := os.WriteFile(path, block, 0o644); err != nil {
				t.Errorf("healed: %v", err)
			}
		})
	}
	t.Logf("%d operations failed with EIO", fsys.Failures())
}

// TestMountAt mounts over a folder the test made, lets the folder be
// removed once unmounted, and leaves no mount behind.
func TestMountAt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// Left open past the unmount, which must not wait for it.
	var f *os.File
	t.Cleanup(func() { f.Close() })
	t.Run("mounted", func(t *testing.T) {
		fsys := MountAt(t, dir)
		var err error
		if f, err = os.Create(filepath.Join(dir, "open")); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(fsys.Backing, "open")); err != nil {
			t.Errorf("the file is not in the real folder: %v", err)
		}
	})
	mounts, err := os.ReadFile("/proc/self/mounts")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(mounts), dir) {
		t.Errorf("%s is still mounted", dir)
	}
}
