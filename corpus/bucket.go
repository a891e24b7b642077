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
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/openalbo/albo/internal/ctxio"
	"github.com/openalbo/albo/internal/s3"
)

// bucketStorage keeps the objects in a bucket of an object store that
// speaks the S3 API (AWS S3, SeaweedFS, MinIO, Ceph…), through
// internal/s3.
// An object store's PUT is atomic: a reader sees the old object or the
// whole new one, never part of it, so the folder's temporary files have no
// counterpart here.
type bucketStorage struct {
	client *s3.Client
	url    string // without its query, for messages
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

// bucketParams are the query parameters a bucket URL may carry, as
// gocloud.dev's s3blob named them (albo read bucket URLs through it before,
// and the URLs users wrote keep working).
var bucketParams = []string{"region", "endpoint", "use_path_style", "disable_https", "profile", "anonymous"}

// bucketAttempts is how often one request is tried: a few, so that a
// store that is gone is reported in seconds.
const bucketAttempts = 3

// bucketLocation is what a bucket URL says: s3://BUCKET[?region=…]
// [&endpoint=URL][&use_path_style=true][&disable_https=true]
// [&profile=NAME][&anonymous=true].
type bucketLocation struct {
	bucket string
	config s3.Config
}

// parseBucketURL reads a bucket URL. Without an endpoint the store is AWS
// S3, in the region given (when none is, the bucket's, asked of it). The
// credentials are looked for as AWS's tools look for them: the
// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY variables, then the shared
// credentials and config files (the profile parameter, else AWS_PROFILE,
// else "default"), then the role of the machine or container (EC2, ECS,
// EKS).
func parseBucketURL(rawURL string) (bucketLocation, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return bucketLocation{}, err
	}
	if u.Scheme != "s3" {
		return bucketLocation{}, fmt.Errorf("%s:// is not an object store albo knows: give s3://BUCKET?region=…[&endpoint=…]", u.Scheme)
	}
	if u.Host == "" {
		return bucketLocation{}, errors.New("no bucket: give s3://BUCKET?region=…[&endpoint=…]")
	}
	if u.Path != "" && u.Path != "/" {
		return bucketLocation{}, fmt.Errorf("%s: a corpus is a whole bucket, not a folder in one", u.Path)
	}
	q := u.Query()
	for name := range q {
		if !slices.Contains(bucketParams, name) {
			return bucketLocation{}, fmt.Errorf("unknown parameter %q (known: %s)", name, strings.Join(bucketParams, ", "))
		}
	}
	flag := func(name string) (bool, error) {
		v := q.Get(name)
		if v == "" {
			return false, nil
		}
		b, err := strconv.ParseBool(v)
		if err != nil {
			return false, fmt.Errorf("%s=%s: want true or false", name, v)
		}
		return b, nil
	}
	pathStyle, err := flag("use_path_style")
	if err != nil {
		return bucketLocation{}, err
	}
	noHTTPS, err := flag("disable_https")
	if err != nil {
		return bucketLocation{}, err
	}
	anonymous, err := flag("anonymous")
	if err != nil {
		return bucketLocation{}, err
	}
	loc := bucketLocation{bucket: u.Host, config: s3.Config{Region: q.Get("region"), Secure: !noHTTPS, Attempts: bucketAttempts, PathStyle: pathStyle}}
	switch endpoint := q.Get("endpoint"); {
	case endpoint == "" && loc.config.Region == "":
		loc.config.Endpoint = "s3.amazonaws.com"
	case endpoint == "":
		loc.config.Endpoint = "s3." + loc.config.Region + ".amazonaws.com"
	case strings.Contains(endpoint, "://"):
		e, err := url.Parse(endpoint)
		if err != nil || (e.Scheme != "http" && e.Scheme != "https") || e.Host == "" || (e.Path != "" && e.Path != "/") {
			return bucketLocation{}, fmt.Errorf("endpoint=%s: want http(s)://HOST[:PORT]", endpoint)
		}
		loc.config.Endpoint, loc.config.Secure = e.Host, e.Scheme == "https"
	default:
		loc.config.Endpoint = endpoint
	}
	if anonymous {
		loc.config.Credentials = s3.Anonymous{}
	} else {
		loc.config.Credentials = s3.AWSChain(q.Get("profile"))
	}
	if _, err := s3.New(loc.bucket, loc.config); err != nil {
		return bucketLocation{}, err
	}
	return loc, nil
}

// openBucket opens the bucket a URL names. Nothing is asked of the store
// yet: the first read or write says whether it answers.
func openBucket(_ context.Context, rawURL string) (*bucketStorage, error) {
	loc, err := parseBucketURL(rawURL)
	if err != nil {
		return nil, err
	}
	client, err := s3.New(loc.bucket, loc.config)
	if err != nil {
		return nil, err
	}
	return &bucketStorage{client: client, url: "s3://" + loc.bucket}, nil
}

func (s *bucketStorage) location(key string) string { return s.url + "/" + key }

// notExist makes a missing object's error wrap fs.ErrNotExist, as a
// missing file's does.
func notExist(key string, err error) error {
	if isNotFound(err) {
		return fmt.Errorf("%s: %w", key, fs.ErrNotExist)
	}
	return err
}

// isNotFound says whether the store answered 404: no such object.
func isNotFound(err error) bool { return s3.IsNotFound(err) }

func (s *bucketStorage) read(ctx context.Context, key string) ([]byte, error) {
	r, _, err := s.open(ctx, key)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	return data, notExist(key, err)
}

func (s *bucketStorage) open(ctx context.Context, key string) (io.ReadSeekCloser, int64, error) {
	obj, err := s.client.Get(ctx, key)
	if err != nil {
		return nil, 0, notExist(key, err)
	}
	return obj, obj.Size(), nil
}

// has asks for the object's attributes (a HEAD), not its content.
func (s *bucketStorage) has(ctx context.Context, key string) bool {
	_, err := s.client.Head(ctx, key)
	return err == nil
}

func (s *bucketStorage) write(ctx context.Context, key string, data []byte) error {
	sum := sha256.Sum256(data)
	return s.client.Put(ctx, key, bytes.NewReader(data), int64(len(data)), hex.EncodeToString(sum[:]))
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
	if err := s.client.Put(ctx, key, tmp, size, sha); err != nil {
		return "", 0, fmt.Errorf("%s: %w", sha, err)
	}
	return sha, size, nil
}

// remove deletes the object; S3 answers a DELETE of a missing object with
// success too.
func (s *bucketStorage) remove(ctx context.Context, key string) error {
	if err := s.client.Delete(ctx, key); !isNotFound(err) {
		return err
	}
	return nil
}

func (s *bucketStorage) walk(ctx context.Context, prefix string, fn func(string, error) error) error {
	var stopped error // fn's, which ends the listing
	err := s.client.List(ctx, prefix+"/", func(key string) error {
		if strings.HasSuffix(key, "/") || isTempKey(key) {
			return nil
		}
		stopped = fn(key, nil)
		return stopped
	})
	switch {
	case err == nil:
		return ctx.Err()
	case stopped != nil && errors.Is(stopped, fs.SkipAll):
		return nil
	case stopped != nil:
		return stopped
	case ctx.Err() != nil:
		return ctx.Err()
	}
	// The listing itself failed: fn hears of it, as a folder's walk
	// reports a directory it cannot read.
	return fn(prefix, err)
}

func (s *bucketStorage) openLog(ctx context.Context, key string) (appendLog, error) {
	data, err := s.read(ctx, key)
	if err != nil {
		return nil, err
	}
	return &objectLog{s: s, key: key, data: data}, nil
}

// close has nothing to release: the client holds only idle connections,
// which its transport closes in time.
func (s *bucketStorage) close() error { return nil }

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
