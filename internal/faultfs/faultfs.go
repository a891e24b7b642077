// Package faultfs gives tests a real file system that fails on demand: a
// FUSE file system passing every operation through to a real folder until
// the test says when to fail, and then answering writes, fsyncs, closes or
// reads of the files it chooses with EIO. The code under test meets an I/O
// error as users meet one, from the kernel at whatever system call comes
// next, not through a fault-injecting writer; smalldisk does the same for a
// full disk.
//
// Mounting needs Linux, root and /dev/fuse (CI has them); it mounts with
// mount(2) itself, no fusermount. Where the machine does not allow it the
// test is skipped, or fails where testenv says it is required or
// ALBO_REQUIRE_FULLDISK=1 (as for smalldisk).
//
// The file system is served by the test's own process. A process must not
// map into memory the files it serves (a page fault waits on the server,
// which may be stopped for the garbage collector), so commands that map
// files, as the index does, run in a child process; checks of what was
// stored read the real folder (Backing) rather than the mount.
package faultfs

import (
	"os"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/openalbo/albo/internal/smalldisk"
	"github.com/openalbo/albo/internal/testenv"
)

// Mount mounts a new fault-injecting file system over a new temporary
// folder, passing everything through until Fail, and unmounted when the
// test ends.
func Mount(t testing.TB) *FS {
	t.Helper()
	return MountAt(t, t.TempDir())
}

// MountAt is Mount over the folder dir, which the test made.
func MountAt(t testing.TB, dir string) *FS {
	t.Helper()
	f := &FS{Dir: dir, Backing: t.TempDir()}
	unmount, err := mount(f)
	if err != nil {
		if os.Getenv(smalldisk.RequireEnv) == "1" {
			t.Fatalf("%s=1 but a fault-injecting file system cannot be mounted: %v", smalldisk.RequireEnv, err)
		}
		testenv.Unavailable(t, "a fault-injecting file system cannot be mounted here (needs Linux, root and /dev/fuse): %v", err)
	}
	// Cleanups run last first: unmounted before TempDir removes the folder.
	t.Cleanup(func() {
		if err := unmount(); err != nil {
			t.Error(err)
		}
	})
	return f
}

// Rule says which operations fail with EIO, and from when.
type Rule struct {
	// Write, Fsync, Close and Read choose the operations that fail: write
	// (and copy_file_range), fsync and fdatasync, the flush a close sends,
	// and read.
	Write, Fsync, Close, Read bool
	// After is how many bytes are written through to the matching files,
	// from when the rule is set, before the operations start failing: 0
	// fails them at once.
	After int64
	// Match, when set, limits the failures to the files whose path,
	// relative to the mount, it accepts; the others pass through.
	Match func(path string) bool
}

// FS is a mounted fault-injecting file system.
type FS struct {
	// Dir is where the file system is mounted: the code under test works
	// there.
	Dir string
	// Backing is the real folder behind it, where a test checks what was
	// stored without going through the faults.
	Backing string

	mu   sync.Mutex
	rule *Rule
	// written counts the bytes written through since the rule was set.
	written int64
	failed  atomic.Int64
}

// Fail sets the rule, from now on, in place of any earlier one.
func (f *FS) Fail(r Rule) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rule, f.written = &r, 0
}

// Heal lets every operation through again.
func (f *FS) Heal() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rule = nil
}

// Failures is how many operations have failed with EIO so far.
func (f *FS) Failures() int64 { return f.failed.Load() }

// op names an operation the rule may fail.
type op int

const (
	opWrite op = iota
	opFsync
	opClose
	opRead
)

// fails says whether an operation of n bytes (written, for a write) on
// the file at path fails; one that does not counts its bytes written.
func (f *FS) fails(o op, path string, n int) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := f.rule
	if r == nil || r.Match != nil && !r.Match(path) {
		return false
	}
	chosen := [...]bool{opWrite: r.Write, opFsync: r.Fsync, opClose: r.Close, opRead: r.Read}[o]
	if chosen && (f.written >= r.After || o == opWrite && f.written+int64(n) > r.After) {
		f.failed.Add(1)
		return true
	}
	if o == opWrite {
		f.written += int64(n)
	}
	return false
}
