// Package smalldisk gives tests a real, small file system to fill: a tmpfs
// of a chosen size mounted over a temporary folder, so that a full disk is
// met as users meet it (ENOSPC from the kernel, at whatever write comes
// next), not through a fault-injecting writer.
//
// Mounting needs Linux and root (CI runs as root). Where the machine does
// not allow it the test is skipped, or fails when ALBO_REQUIRE_FULLDISK=1.
package smalldisk

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// RequireEnv makes a test that cannot mount fail rather than skip.
const RequireEnv = "ALBO_REQUIRE_FULLDISK"

// Mount mounts a tmpfs of size bytes over a new temporary folder, unmounted
// when the test ends, and returns the folder.
func Mount(t testing.TB, size int64) string {
	t.Helper()
	dir := t.TempDir()
	if err := mount(dir, size); err != nil {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("%s=1 but a small file system cannot be mounted: %v", RequireEnv, err)
		}
		t.Skipf("a small file system cannot be mounted here (%v); set %s=1 to require it", err, RequireEnv)
	}
	// Cleanups run last first: unmounted before TempDir removes the folder.
	t.Cleanup(func() { unmount(dir) })
	return dir
}

// Fill takes all the free space of the file system of dir but leave bytes
// with one file, and returns the file; removing it frees the space again.
func Fill(t testing.TB, dir string, leave int64) string {
	t.Helper()
	free, err := freeBytes(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 64<<10)
	n := max(free-leave, 0)
	if leave == 0 {
		n = math.MaxInt64 // to the last byte, whatever the free count said
	}
	for n > 0 {
		w, err := f.Write(chunk[:min(n, int64(len(chunk)))])
		n -= int64(w)
		if errors.Is(err, syscall.ENOSPC) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return path
}
