package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"sync"

	"gocloud.dev/blob"
	_ "gocloud.dev/blob/s3blob" // s3:// URLs: AWS S3 and the servers that speak its API
	"gocloud.dev/gcerrors"

	"github.com/openalbo/albo/internal/ctxio"
)

// bucketStorage keeps the objects in a bucket of an object store, through
// gocloud.dev/blob. An object store's PUT is atomic: a reader sees the old
// object or the whole new one, never part of it, so the folder's temporary
// files have no counterpart here.
type bucketStorage struct {
	b   *blob.Bucket
	url string // without its query, for messages
}

// IsBucketURL says whether a --corpus argument names a bucket rather than
// a folder: a URL with a scheme other than file.
func IsBucketURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme != "" && u.Scheme != "file" && strings.Contains(s, "://")
}

// folderOf is the folder a plain path or file:// URL names.
func folderOf(s string) string {
	if u, err := url.Parse(s); err == nil && u.Scheme == "file" {
		return u.Path
	}
	return s
}

// openBucket opens the bucket a URL names.
func openBucket(ctx context.Context, rawURL string) (*bucketStorage, error) {
	b, err := blob.OpenBucket(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	name := rawURL
	if i := strings.IndexByte(name, '?'); i >= 0 {
		name = name[:i]
	}
	return &bucketStorage{b: b, url: strings.TrimSuffix(name, "/")}, nil
}

func (s *bucketStorage) location(key string) string { return s.url + "/" + key }

// notExist makes a missing object's error wrap fs.ErrNotExist, as a
// missing file's does.
func notExist(key string, err error) error {
	if gcerrors.Code(err) == gcerrors.NotFound {
		return fmt.Errorf("%s: %w", key, fs.ErrNotExist)
	}
	return err
}

func (s *bucketStorage) read(ctx context.Context, key string) ([]byte, error) {
	data, err := s.b.ReadAll(ctx, key)
	return data, notExist(key, err)
}

func (s *bucketStorage) open(ctx context.Context, key string) (io.ReadSeekCloser, int64, error) {
	r, err := s.b.NewReader(ctx, key, nil)
	if err != nil {
		return nil, 0, notExist(key, err)
	}
	return r, r.Size(), nil
}

// has asks for the object's attributes (a HEAD), not its content.
func (s *bucketStorage) has(ctx context.Context, key string) bool {
	ok, err := s.b.Exists(ctx, key)
	return err == nil && ok
}

func (s *bucketStorage) write(ctx context.Context, key string, data []byte) error {
	return s.b.WriteAll(ctx, key, data, &blob.WriterOptions{ContentType: "application/octet-stream"})
}

func (s *bucketStorage) putStream(ctx context.Context, tmpDir string, r io.Reader, keyOf func(string) string) (string, int64, error) {
	// The key is known only once everything is read: the content waits in
	// a local temporary file, then goes up in one PUT.
	tmp, err := os.CreateTemp("", "albo-blob-*")
	if err != nil {
		return "", 0, err
	}
	defer func() {
		tmp.Close()
		os.Remove(tmp.Name())
	}()
	h := sha256.New()
	size, err := io.Copy(io.MultiWriter(tmp, h), ctxio.Reader(ctx, r))
	if err != nil {
		return "", 0, err
	}
	sha := hex.EncodeToString(h.Sum(nil))
	key := keyOf(sha)
	if intactObject(ctx, s, key, sha, size) {
		return sha, size, nil
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return "", 0, err
	}
	if err := s.b.Upload(ctx, key, ctxio.Reader(ctx, tmp), &blob.WriterOptions{ContentType: "application/octet-stream"}); err != nil {
		return "", 0, fmt.Errorf("%s: %w", sha, err)
	}
	return sha, size, nil
}

func (s *bucketStorage) remove(ctx context.Context, key string) error {
	if err := s.b.Delete(ctx, key); err != nil && gcerrors.Code(err) != gcerrors.NotFound {
		return err
	}
	return nil
}

func (s *bucketStorage) walk(ctx context.Context, prefix string, fn func(string, error) error) error {
	it := s.b.List(&blob.ListOptions{Prefix: prefix + "/"})
	for {
		obj, err := it.Next(ctx)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fn(prefix, err)
		}
		if obj.IsDir || isTempKey(obj.Key) {
			continue
		}
		if err := fn(obj.Key, nil); err != nil {
			if errors.Is(err, fs.SkipAll) {
				return nil
			}
			return err
		}
	}
}

func (s *bucketStorage) openLog(ctx context.Context, key string) (appendLog, error) {
	data, err := s.read(ctx, key)
	if err != nil {
		return nil, err
	}
	return &objectLog{s: s, key: key, data: data}, nil
}

func (s *bucketStorage) close() error { return s.b.Close() }

// objectLog is an appendLog on one object: an object store cannot append,
// so each Sync writes the whole log again (atomically, as every PUT).
// The manifest of a corpus of a million acts is some 150 MB: a crawl on a
// bucket pays that per act written, which is why bulk crawls are best run
// into a folder and copied up.
type objectLog struct {
	mu    sync.Mutex
	s     *bucketStorage
	key   string
	data  []byte
	dirty bool
}

func (l *objectLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.data = append(l.data, p...)
	l.dirty = true
	return len(p), nil
}

func (l *objectLog) ReadAt(p []byte, off int64) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return bytes.NewReader(l.data).ReadAt(p, off)
}

func (l *objectLog) Size() (int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return int64(len(l.data)), nil
}

func (l *objectLog) Truncate(size int64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if size < 0 || size > int64(len(l.data)) {
		return fmt.Errorf("%s: truncate to %d of %d bytes", l.key, size, len(l.data))
	}
	l.data = l.data[:size]
	l.dirty = true
	return nil
}

func (l *objectLog) Sync() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.dirty {
		return nil
	}
	if err := l.s.write(context.Background(), l.key, l.data); err != nil {
		return err
	}
	l.dirty = false
	return nil
}

func (l *objectLog) Close() error { return l.Sync() }
