package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/openalbo/albo/internal/ctxio"
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

// blobKey is the key of the blob with digest sha, a valid digest.
func blobKey(sha string) string { return shardedKey(blobsDir, sha) }

// BlobPath is where the blob with digest sha lives (or would live): a file
// path, or a URL in a bucket. It is empty for a string that is not a
// SHA-256 digest.
func (s *Store) BlobPath(sha string) string {
	if !validSHA(sha) {
		return ""
	}
	return s.files.location(blobKey(sha))
}

// HasBlob says whether the blob with digest sha is stored.
func (s *Store) HasBlob(sha string) bool {
	return validSHA(sha) && exists(context.Background(), s.files, blobKey(sha))
}

// OpenBlob opens the stored blob with digest sha for reading.
func (s *Store) OpenBlob(sha string) (io.ReadSeekCloser, error) {
	r, _, err := s.openBlob(context.Background(), sha)
	return r, err
}

// openBlob opens the blob with digest sha, with its size.
func (s *Store) openBlob(ctx context.Context, sha string) (io.ReadSeekCloser, int64, error) {
	if !validSHA(sha) {
		return nil, 0, fmt.Errorf("corpus %s: blob %q: not a sha256 digest", s.dir, sha)
	}
	r, size, err := s.files.open(ctx, blobKey(sha))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, 0, fmt.Errorf("corpus %s: blob %s: %w", s.dir, sha, ErrNotFound)
		}
		return nil, 0, fmt.Errorf("corpus %s: blob %s: %w", s.dir, sha, err)
	}
	return r, size, nil
}

// ReadBlob reads the whole blob with digest sha, refusing one whose content
// no longer hashes to its name (a flipped byte, a truncation) with an error
// that wraps ErrDamaged: what is read from the store is what was stored,
// or nothing.
func (s *Store) ReadBlob(ctx context.Context, sha string) ([]byte, error) {
	r, size, err := s.openBlob(ctx, sha)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var buf bytes.Buffer
	// Sized once, not grown by doubling to twice a large blob's size.
	buf.Grow(int(size) + bytes.MinRead)
	if _, err := buf.ReadFrom(ctxio.Reader(ctx, r)); err != nil {
		return nil, fmt.Errorf("corpus %s: blob %s: %w", s.dir, sha, err)
	}
	if got := digestOf(buf.Bytes()); got != sha {
		return nil, fmt.Errorf("corpus %s: blob %s: %w: content hashes to %s", s.dir, blobKey(sha), ErrDamaged, got)
	}
	return buf.Bytes(), nil
}

// BlobIntact says whether the blob with digest sha is stored and still
// hashes to its name.
func (s *Store) BlobIntact(ctx context.Context, sha string) bool {
	if !validSHA(sha) {
		return false
	}
	got, _, err := hashObject(ctx, s.files, blobKey(sha))
	return err == nil && got == sha
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
	sha, size, err = s.files.putStream(ctx, blobsDir, r, blobKey)
	if err != nil {
		return "", 0, fmt.Errorf("corpus %s: put blob: %w", s.dir, err)
	}
	return sha, size, nil
}
