package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Errors callers branch on.
var (
	// ErrNotFound: no such act, extraction or failure record.
	ErrNotFound = errors.New("not found")
	// ErrLocked: another process holds the store open for writing.
	ErrLocked = errors.New("locked by another albo process")
	// ErrReadOnly: a write through a store opened with OpenReadOnly.
	ErrReadOnly = errors.New("store opened read-only")
	// ErrDamaged: a blob whose content no longer hashes to its name.
	ErrDamaged = errors.New("damaged")
)

// Folders under the store's root.
const (
	blobsDir       = "blobs/sha256"
	actsDir        = "acts"
	extractionsDir = "extractions"
	failuresDir    = "failures"
	lockName       = "LOCK"
)

// Store is an open corpus folder. Its methods are safe for concurrent use by
// the goroutines of the one process that opened it.
type Store struct {
	dir  string
	lock *os.File // nil when read-only
	acts actManifest
}

// Open opens the corpus in dir for reading and writing, creating its layout
// when missing. Only one process may hold a store open for writing; a second
// Open fails with ErrLocked. Open removes the temporary files an interrupted
// writer left behind.
func Open(dir string) (*Store, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	for _, sub := range []string{blobsDir, actsDir, extractionsDir, failuresDir} {
		if err := mkdirDurable(filepath.Join(abs, filepath.FromSlash(sub))); err != nil {
			return nil, fmt.Errorf("corpus %s: create layout: %w", dir, err)
		}
	}
	lock, err := lockFile(filepath.Join(abs, lockName))
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	s := &Store{dir: abs, lock: lock}
	if err := s.removeTemps(); err != nil {
		lock.Close()
		return nil, fmt.Errorf("corpus %s: clean up interrupted writes: %w", dir, err)
	}
	if err := s.openManifest(); err != nil {
		lock.Close()
		return nil, fmt.Errorf("corpus %s: open the act manifest: %w", dir, err)
	}
	return s, nil
}

// OpenExisting is Open for a corpus that must exist already: a folder that
// is no corpus is an error, not a new empty corpus, for the commands that
// only rework what is stored (a mistyped folder would otherwise pass for an
// empty corpus).
func OpenExisting(dir string) (*Store, error) {
	if _, err := OpenReadOnly(dir); err != nil {
		return nil, err
	}
	return Open(dir)
}

// OpenReadOnly opens an existing corpus for reading, without taking the
// writer's lock, so a server can read a corpus that a crawl is filling.
// Readers never see half-written files: every write is an atomic rename.
func OpenReadOnly(dir string) (*Store, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	fi, err := os.Stat(filepath.Join(abs, actsDir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("corpus %s: not a corpus (no %s folder)", dir, actsDir)
	}
	if err != nil {
		return nil, fmt.Errorf("corpus %s: not a corpus: %w", dir, err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("corpus %s: not a corpus: %s is not a folder", dir, actsDir)
	}
	return &Store{dir: abs}, nil
}

// Close releases the writer's lock. The store must not be used afterwards.
func (s *Store) Close() error {
	if s.lock == nil {
		return nil
	}
	err := errors.Join(s.acts.close(), s.lock.Close())
	s.lock = nil
	if err != nil {
		return fmt.Errorf("corpus %s: close: %w", s.dir, err)
	}
	return nil
}

// Dir is the store's absolute folder.
func (s *Store) Dir() string { return s.dir }

// writable reports ErrReadOnly for a store opened without the lock.
func (s *Store) writable() error {
	if s.lock == nil {
		return ErrReadOnly
	}
	return nil
}

// removeTemps deletes interrupted writes in every part of the layout.
func (s *Store) removeTemps() error {
	for _, sub := range []string{blobsDir, actsDir, extractionsDir, failuresDir} {
		if err := removeTemps(filepath.Join(s.dir, filepath.FromSlash(sub))); err != nil {
			return err
		}
	}
	return nil
}
