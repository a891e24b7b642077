package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// validSHA says whether s is a lowercase hex SHA-256 digest, the only names
// the store builds paths from.
func validSHA(s string) bool {
	if len(s) != sha256.Size*2 {
		return false
	}
	for _, c := range []byte(s) {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// sharded spreads digests over two levels of folders (ab/cd/abcd…) so no
// folder grows past a few hundred entries.
func sharded(root, sha string) string {
	return filepath.Join(root, sha[0:2], sha[2:4], sha)
}

// BlobPath is where the blob with digest sha lives (or would live). It is
// empty for a string that is not a SHA-256 digest.
func (s *Store) BlobPath(sha string) string {
	if !validSHA(sha) {
		return ""
	}
	return sharded(filepath.Join(s.dir, filepath.FromSlash(blobsDir)), sha)
}

// HasBlob says whether the blob with digest sha is stored.
func (s *Store) HasBlob(sha string) bool {
	p := s.BlobPath(sha)
	if p == "" {
		return false
	}
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// OpenBlob opens the stored blob with digest sha for reading.
func (s *Store) OpenBlob(sha string) (*os.File, error) {
	p := s.BlobPath(sha)
	if p == "" {
		return nil, fmt.Errorf("corpus %s: blob %q: not a sha256 digest", s.dir, sha)
	}
	f, err := os.Open(p)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("corpus %s: blob %s: %w", s.dir, sha, ErrNotFound)
		}
		return nil, fmt.Errorf("corpus %s: blob %s: %w", s.dir, sha, err)
	}
	return f, nil
}

// ReadBlob reads the whole blob with digest sha, refusing one whose content
// no longer hashes to its name (a flipped byte, a truncation) with an error
// that wraps ErrDamaged: what is read from the store is what was stored,
// or nothing.
func (s *Store) ReadBlob(ctx context.Context, sha string) ([]byte, error) {
	f, err := s.OpenBlob(sha)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	if fi, err := f.Stat(); err == nil {
		// Sized once, not grown by doubling to twice a large blob's size.
		buf.Grow(int(fi.Size()) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(ctxReader{ctx, f}); err != nil {
		return nil, fmt.Errorf("corpus %s: blob %s: %w", s.dir, sha, err)
	}
	if got := digestOf(buf.Bytes()); got != sha {
		return nil, fmt.Errorf("corpus %s: blob %s: %w: content hashes to %s", s.dir, s.rel(s.BlobPath(sha)), ErrDamaged, got)
	}
	return buf.Bytes(), nil
}

// BlobIntact says whether the blob with digest sha is stored and still
// hashes to its name.
func (s *Store) BlobIntact(ctx context.Context, sha string) bool {
	p := s.BlobPath(sha)
	if p == "" {
		return false
	}
	fi, err := os.Stat(p)
	return err == nil && intactBlob(ctx, p, sha, fi.Size())
}

// PutBlob stores everything r yields under its SHA-256 digest and returns the
// digest and size. Storing content that is already present writes nothing;
// a present blob that no longer matches its digest (a flipped byte, a
// truncation) is replaced, so storing a file again repairs it. The write is
// atomic and durable, and two goroutines may store the same content at once.
func (s *Store) PutBlob(ctx context.Context, r io.Reader) (sha string, size int64, err error) {
	if err := s.writable(); err != nil {
		return "", 0, fmt.Errorf("corpus %s: put blob: %w", s.dir, err)
	}
	root := filepath.Join(s.dir, filepath.FromSlash(blobsDir))
	// The digest is known only at the end, so the temporary file sits at the
	// root of the blob folders and is renamed into its shard.
	tmp, err := os.CreateTemp(root, tmpPrefix+"*")
	if err != nil {
		return "", 0, fmt.Errorf("corpus %s: put blob: %w", s.dir, err)
	}
	h := sha256.New()
	size, err = io.Copy(io.MultiWriter(tmp, h), ctxReader{ctx, r})
	if err != nil {
		abandon(tmp)
		return "", 0, fmt.Errorf("corpus %s: put blob: %w", s.dir, err)
	}
	sha = hex.EncodeToString(h.Sum(nil))
	dst := sharded(root, sha)
	if intactBlob(ctx, dst, sha, size) {
		abandon(tmp)
		return sha, size, nil
	}
	if err := mkdirDurable(filepath.Dir(dst)); err != nil {
		abandon(tmp)
		return "", 0, fmt.Errorf("corpus %s: put blob %s: %w", s.dir, sha, err)
	}
	if err := commitTemp(tmp, dst); err != nil {
		return "", 0, fmt.Errorf("corpus %s: put blob %s: %w", s.dir, sha, err)
	}
	return sha, size, nil
}

// intactBlob says whether the blob at path is there with the given size and
// digest.
func intactBlob(ctx context.Context, path, sha string, size int64) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() || fi.Size() != size {
		return false
	}
	h := sha256.New()
	if _, err := io.Copy(h, ctxReader{ctx, f}); err != nil {
		return false
	}
	return hex.EncodeToString(h.Sum(nil)) == sha
}

// ctxReader stops a long copy when the caller's context ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
