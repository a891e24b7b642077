package corpus

import (
	"context"
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

// Store is an open corpus: a folder, or a bucket of an object store (see
// Open). Its methods are safe for concurrent use by the goroutines of the
// one process that opened it.
type Store struct {
	dir    string   // the folder, or the bucket's URL without its query
	files  storage  // where the objects are
	writer bool     // opened for writing
	lock   *os.File // the folder's writer lock; nil when read-only or a bucket
	acts   actManifest
}

// Open opens the corpus in dir for reading and writing, creating its layout
// when missing. dir is a folder (a path or a file:// URL) or the URL of a
// bucket (s3://bucket?region=…&endpoint=…, as parseBucketURL reads it).
// Only one process may hold a folder open for writing; a second Open fails
// with ErrLocked. A bucket has no such lock: run one writer of act records
// (one crawl) at a time; its act manifest is opened by the first act
// write, so extraction workers, which write none, may share the bucket
// with it. Open removes the temporary files an interrupted writer left
// behind.
func Open(dir string) (*Store, error) {
	if IsBucketURL(dir) {
		return openBucketStore(dir, true)
	}
	abs, err := filepath.Abs(folderOf(dir))
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
	s := &Store{dir: abs, files: folderStorage{abs}, writer: true, lock: lock}
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

// openBucketStore opens the corpus in the bucket a URL names; a reader
// needs one that holds a corpus already.
func openBucketStore(rawURL string, writer bool) (*Store, error) {
	ctx := context.Background()
	b, err := openBucket(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", rawURL, err)
	}
	s := &Store{dir: b.url, files: b, writer: writer}
	if !writer {
		if err := s.isCorpus(ctx); err != nil {
			b.close()
			return nil, fmt.Errorf("corpus %s: %w", b.url, err)
		}
		return s, nil
	}
	s.acts.deferred = true
	return s, nil
}

// isCorpus says why a bucket holds no corpus: neither an act manifest
// nor an act record.
func (s *Store) isCorpus(ctx context.Context) error {
	if r, _, err := s.files.open(ctx, manifestName); err == nil {
		return r.Close() // there, whatever its length: not read here
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot be read: %w", err)
	}
	empty, err := s.noActRecords()
	if err != nil {
		return fmt.Errorf("cannot be read: %w", err)
	}
	if empty {
		return fmt.Errorf("not a corpus (no %s, no act record)", manifestName)
	}
	return nil
}

// OpenExisting is Open for a corpus that must exist already: a folder that
// is no corpus is an error, not a new empty corpus, for the commands that
// only rework what is stored (a mistyped folder would otherwise pass for an
// empty corpus).
func OpenExisting(dir string) (*Store, error) {
	r, err := OpenReadOnly(dir)
	if err != nil {
		return nil, err
	}
	r.Close()
	return Open(dir)
}

// OpenReadOnly opens an existing corpus for reading, without taking the
// writer's lock, so a server can read a corpus that a crawl is filling.
// Readers never see half-written files: every write is an atomic rename
// (or, in a bucket, an atomic PUT).
func OpenReadOnly(dir string) (*Store, error) {
	if IsBucketURL(dir) {
		return openBucketStore(dir, false)
	}
	abs, err := filepath.Abs(folderOf(dir))
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
	return &Store{dir: abs, files: folderStorage{abs}}, nil
}

// Close releases the writer's lock and what the storage holds open. The
// store must not be used afterwards.
func (s *Store) Close() error {
	var err error
	if s.writer {
		err = s.acts.close()
		s.writer = false
	}
	if s.lock != nil {
		err = errors.Join(err, s.lock.Close())
		s.lock = nil
	}
	err = errors.Join(err, s.files.close())
	if err != nil {
		return fmt.Errorf("corpus %s: close: %w", s.dir, err)
	}
	return nil
}

// Dir is the store's absolute folder, or its bucket's URL (without the
// query, which may carry credentials' options).
func (s *Store) Dir() string { return s.dir }

// InBucket says whether the store is a bucket rather than a folder.
func (s *Store) InBucket() bool {
	_, ok := s.files.(*bucketStorage)
	return ok
}

// writable reports ErrReadOnly for a store opened without the lock.
func (s *Store) writable() error {
	if !s.writer {
		return ErrReadOnly
	}
	return nil
}

// removeTemps deletes interrupted writes in every part of a folder's
// layout (a bucket has none).
func (s *Store) removeTemps() error {
	if s.InBucket() {
		return nil
	}
	for _, sub := range []string{blobsDir, actsDir, extractionsDir, failuresDir} {
		if err := removeTemps(filepath.Join(s.dir, filepath.FromSlash(sub))); err != nil {
			return err
		}
	}
	return nil
}
