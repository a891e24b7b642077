//go:build !unix

package corpus

import "os"

// lockFile opens the LOCK file without locking it: outside Unix the store
// relies on the user running one writer at a time.
func lockFile(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
}
