package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/openalbo/albo/internal/ctxio"
)

// storage is where a store keeps its files, each named by a key: a path
// relative to the store's root with slashes ("acts/milano/giunta/2019/1.json").
// A folder (folderStorage) is the default; a bucket of an object store
// (bucketStorage) holds the same keys. Both promise what the store relies
// on: a write is whole or absent to every reader, never half-done.
type storage interface {
	// read returns the whole object; an error wrapping fs.ErrNotExist
	// when there is none.
	read(ctx context.Context, key string) ([]byte, error)
	// open opens the object for reading, with its size.
	open(ctx context.Context, key string) (io.ReadSeekCloser, int64, error)
	// write replaces the object with data atomically and durably.
	write(ctx context.Context, key string, data []byte) error
	// putStream stores what r yields under keyOf(its SHA-256), unless an
	// intact copy is there already; tmpDir is the key of a folder where
	// the unfinished copy may wait.
	putStream(ctx context.Context, tmpDir string, r io.Reader, keyOf func(sha string) string) (sha string, size int64, err error)
	// remove deletes the object; a missing one is no error.
	remove(ctx context.Context, key string) error
	// walk calls fn with the key of every finished object under the
	// folder prefix, in lexical order, and with the error of a part that
	// could not be listed (fn returning nil goes on). fn returning
	// fs.SkipAll stops the walk without error.
	walk(ctx context.Context, prefix string, fn func(key string, err error) error) error
	// openLog opens an append-only log (the act manifest); an error
	// wrapping fs.ErrNotExist when there is none.
	openLog(ctx context.Context, key string) (appendLog, error)
	// location names the object key in messages: a file path or a URL.
	location(key string) string
	// close releases what the storage holds open.
	close() error
}

// appendLog is an append-only file: the writer's end of the act manifest.
// Writes reach the storage durably at Sync.
type appendLog interface {
	io.Writer
	io.ReaderAt
	Size() (int64, error)
	Truncate(size int64) error
	Sync() error
	Close() error
}

// intactObject says whether the object at key is there with the given
// size and digest.
func intactObject(ctx context.Context, st storage, key, sha string, size int64) bool {
	got, n, err := hashObject(ctx, st, key)
	return err == nil && n == size && got == sha
}

// hashObject reads the object at key whole and returns its SHA-256 digest
// and its size.
func hashObject(ctx context.Context, st storage, key string) (sha string, size int64, err error) {
	r, _, err := st.open(ctx, key)
	if err != nil {
		return "", 0, err
	}
	defer r.Close()
	h := sha256.New()
	n, err := io.Copy(h, ctxio.Reader(ctx, r))
	if err != nil {
		return "", n, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// folderStorage keeps the objects as files under a folder, written with
// durable.go's discipline (temporary file, fsync, rename, fsync folder).
type folderStorage struct{ dir string }

// path is the file of key.
func (f folderStorage) path(key string) string {
	return filepath.Join(f.dir, filepath.FromSlash(key))
}

func (f folderStorage) location(key string) string { return f.path(key) }

func (f folderStorage) read(ctx context.Context, key string) ([]byte, error) {
	return os.ReadFile(f.path(key))
}

func (f folderStorage) open(ctx context.Context, key string) (io.ReadSeekCloser, int64, error) {
	file, err := os.Open(f.path(key))
	if err != nil {
		return nil, 0, err
	}
	fi, err := file.Stat()
	if err != nil {
		file.Close()
		return nil, 0, err
	}
	if !fi.Mode().IsRegular() {
		file.Close()
		return nil, 0, fmt.Errorf("%s: not a regular file", f.path(key))
	}
	return file, fi.Size(), nil
}

func (f folderStorage) write(ctx context.Context, key string, data []byte) error {
	return writeFileAtomic(f.path(key), data)
}

func (f folderStorage) putStream(ctx context.Context, tmpDir string, r io.Reader, keyOf func(string) string) (string, int64, error) {
	// The digest is known only at the end, so the temporary file sits in
	// tmpDir and is renamed into place.
	tmp, err := os.CreateTemp(f.path(tmpDir), tmpPrefix+"*")
	if err != nil {
		return "", 0, err
	}
	h := sha256.New()
	size, err := io.Copy(io.MultiWriter(tmp, h), ctxio.Reader(ctx, r))
	if err != nil {
		abandon(tmp)
		return "", 0, err
	}
	sha := hex.EncodeToString(h.Sum(nil))
	key := keyOf(sha)
	if intactObject(ctx, f, key, sha, size) {
		abandon(tmp)
		return sha, size, nil
	}
	dst := f.path(key)
	if err := mkdirDurable(filepath.Dir(dst)); err != nil {
		abandon(tmp)
		return "", 0, fmt.Errorf("%s: %w", sha, err)
	}
	if err := commitTemp(tmp, dst); err != nil {
		return "", 0, fmt.Errorf("%s: %w", sha, err)
	}
	return sha, size, nil
}

func (f folderStorage) remove(ctx context.Context, key string) error {
	p := f.path(key)
	if err := os.Remove(p); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	return syncDir(filepath.Dir(p))
}

func (f folderStorage) walk(ctx context.Context, prefix string, fn func(string, error) error) error {
	return filepath.WalkDir(f.path(prefix), func(p string, d fs.DirEntry, err error) error {
		key := f.key(p)
		if err != nil {
			return fn(key, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() || isTemp(d.Name()) {
			return nil
		}
		if !d.Type().IsRegular() {
			return fn(key, fmt.Errorf("not a regular file"))
		}
		return fn(key, nil)
	})
}

// key is the key of a file under the folder.
func (f folderStorage) key(p string) string {
	r, err := filepath.Rel(f.dir, p)
	if err != nil {
		return p
	}
	return filepath.ToSlash(r)
}

func (f folderStorage) openLog(ctx context.Context, key string) (appendLog, error) {
	file, err := os.OpenFile(f.path(key), os.O_RDWR|os.O_APPEND, 0)
	if err != nil {
		return nil, err
	}
	return fileLog{file}, nil
}

func (f folderStorage) close() error { return nil }

// fileLog is an appendLog on a file opened for appending.
type fileLog struct{ *os.File }

func (l fileLog) Size() (int64, error) {
	fi, err := l.Stat()
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}

// keyJoin joins key parts with slashes.
func keyJoin(parts ...string) string { return path.Join(parts...) }

// shardedKey spreads digests over two levels of folders (ab/cd/abcd…) so
// no folder grows past a few hundred entries.
func shardedKey(root, sha string) string {
	return keyJoin(root, sha[0:2], sha[2:4], sha)
}

// isTempKey says whether a key names an unfinished write.
func isTempKey(key string) bool { return isTemp(path.Base(key)) }

// exists says whether an object is stored at key; a storage that can
// tell without opening it (a bucket's HEAD) says so itself.
func exists(ctx context.Context, st storage, key string) bool {
	if h, ok := st.(interface {
		has(ctx context.Context, key string) bool
	}); ok {
		return h.has(ctx, key)
	}
	r, _, err := st.open(ctx, key)
	if err != nil {
		return false
	}
	r.Close()
	return true
}
