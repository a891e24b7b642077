// Package s3 is a small client of the S3 API, for the requests albo's
// corpus makes of a bucket: GET (whole or from an offset), HEAD, PUT,
// DELETE, ListObjectsV2, and a bucket's creation for the tests. Requests
// are signed with AWS Signature Version 4 (sign.go), with credentials
// found as AWS's own tools find them (credentials.go).
//
// albo read buckets through minio-go before. Its fifteen packages were
// linked into every albo command and initialised before main, on the
// extract path too: a fifth of the page faults and CPU `albo version`
// cost. What albo asks of a bucket is this much.
package s3

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/openalbo/albo/internal/ctxio"
)

// Config says where a bucket is and how to reach it.
type Config struct {
	// Endpoint is the store's HOST[:PORT], such as s3.amazonaws.com.
	Endpoint string
	// Secure speaks HTTPS.
	Secure bool
	// Region signs the requests. Empty: the bucket's own, asked of it,
	// on AWS; us-east-1 anywhere else.
	Region string
	// PathStyle names the bucket in the path (HOST/BUCKET/KEY) rather
	// than in the host name (BUCKET.HOST/KEY), which AWS prefers and other
	// stores may not serve.
	PathStyle bool
	// Credentials sign the requests; nil sends them unsigned.
	Credentials Provider
	// Attempts is how often a request is tried when the store fails it
	// in a way that may pass (a lost connection, a 5xx, SlowDown);
	// 0 is 3.
	Attempts int
	// HTTP makes the requests; nil is a client with this package's
	// timeouts.
	HTTP *http.Client
}

// Client is one bucket's.
type Client struct {
	cfg    Config
	bucket string
	http   *http.Client
	creds  *credentialCache

	regionMu sync.Mutex
	region   string // once known

	// maxKeys, when not 0, asks for listing pages of at most that many
	// keys (the tests' way to list over several pages).
	maxKeys int
}

// New returns a client of bucket. Nothing is asked of the store yet.
func New(bucket string, cfg Config) (*Client, error) {
	if bucket == "" || cfg.Endpoint == "" {
		return nil, errors.New("s3: a bucket and an endpoint are needed")
	}
	if !validBucket(bucket) {
		return nil, fmt.Errorf("s3: %q is not a bucket's name: 3 to 63 letters, digits, dots, hyphens", bucket)
	}
	if strings.ContainsAny(cfg.Endpoint, "/?#@ ") {
		return nil, fmt.Errorf("s3: endpoint %q: want HOST[:PORT]", cfg.Endpoint)
	}
	if cfg.Attempts <= 0 {
		cfg.Attempts = 3
	}
	if cfg.Credentials == nil {
		cfg.Credentials = Anonymous{}
	}
	c := &Client{cfg: cfg, bucket: bucket, http: cfg.HTTP, creds: &credentialCache{provider: cfg.Credentials}}
	if c.http == nil {
		// A redirect is answered as the refusal it is (S3's 301 for a
		// bucket asked at another region's endpoint), not followed to
		// wherever it points.
		c.http = &http.Client{Transport: defaultTransport,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	c.region = cfg.Region
	if c.region == "" && !isAWS(cfg.Endpoint) {
		c.region = "us-east-1"
	}
	return c, nil
}

// validBucket says whether name may name a bucket: what AWS allows, and
// the upper case letters, underscores and colons of older stores.
func validBucket(name string) bool {
	if len(name) < 3 || len(name) > 63 {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if !alnum && (i == 0 || i == len(name)-1 || (c != '.' && c != '-' && c != '_' && c != ':')) {
			return false
		}
	}
	return true
}

// defaultTransport bounds the phases of a request that no answer's size
// explains; a body takes as long as the caller's context allows.
var defaultTransport = &http.Transport{
	Proxy:                 http.ProxyFromEnvironment,
	DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
	TLSHandshakeTimeout:   10 * time.Second,
	ResponseHeaderTimeout: 2 * time.Minute,
	ExpectContinueTimeout: time.Second,
	IdleConnTimeout:       90 * time.Second,
	MaxIdleConnsPerHost:   16,
	ForceAttemptHTTP2:     true,
	// An object's bytes are read as stored: a transparently gunzipped
	// answer would not say their size.
	DisableCompression: true,
}

// isAWS says whether endpoint is one of AWS's S3 endpoints.
func isAWS(endpoint string) bool {
	host, _, err := net.SplitHostPort(endpoint)
	if err != nil {
		host = endpoint
	}
	return strings.HasSuffix(host, ".amazonaws.com") || strings.HasSuffix(host, ".amazonaws.com.cn")
}

// Error is the store's refusal of a request.
type Error struct {
	Method, Key string
	StatusCode  int
	// Code and Message are the store's (NoSuchKey, AccessDenied…); a
	// HEAD's answer has none.
	Code, Message string
}

func (e *Error) Error() string {
	what := e.Method + " " + e.Key
	if e.Key == "" {
		what = e.Method + " bucket"
	}
	msg := fmt.Sprintf("s3 %s: %d %s", what, e.StatusCode, http.StatusText(e.StatusCode))
	if e.Code != "" {
		msg += ": " + e.Code
	}
	if e.Message != "" {
		msg += ": " + e.Message
	}
	return msg
}

// IsNotFound says whether err is the store's 404: no such object.
func IsNotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.StatusCode == http.StatusNotFound
}

// maxErrorBody bounds the error document read from a failed answer.
const maxErrorBody = 64 << 10

// errorOf reads the error a failed answer carries.
func errorOf(method, key string, resp *http.Response) *Error {
	e := &Error{Method: method, Key: key, StatusCode: resp.StatusCode}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	e.Code, e.Message = parseError(body)
	return e
}

// parseError reads an S3 error document's code and message.
func parseError(body []byte) (code, message string) {
	var doc struct {
		Code    string `xml:"Code"`
		Message string `xml:"Message"`
	}
	if xml.Unmarshal(body, &doc) != nil {
		return "", ""
	}
	return clip(doc.Code, 100), clip(doc.Message, 300)
}

// clip keeps a hostile store's words to a line's length.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// request is one request to make, tried again while it may pass.
type request struct {
	method string
	key    string // "" for the bucket
	query  url.Values
	header http.Header
	// body, when not nil, is sent from its start at each try; size is its
	// length, payloadHash its hex SHA-256.
	body        io.ReadSeeker
	size        int64
	payloadHash string
}

// do sends r and returns the store's answer when it is a success (2xx);
// a refusal is an *Error, its body read.
func (c *Client) do(ctx context.Context, r request) (*http.Response, error) {
	region, err := c.regionFor(ctx)
	if err != nil {
		return nil, err
	}
	var last error
	for attempt := range c.cfg.Attempts {
		if attempt > 0 {
			if err := backoff(ctx, attempt); err != nil {
				return nil, err
			}
		}
		resp, err := c.send(ctx, r, region)
		if err == nil && resp.StatusCode/100 == 2 {
			return resp, nil
		}
		if err == nil {
			refusal := errorOf(r.method, r.key, resp)
			resp.Body.Close()
			if !retryable(refusal) {
				return nil, refusal
			}
			if refusal.Code == "ExpiredToken" {
				c.creds.forget() // the next try asks for new ones
			}
			last = refusal
			continue
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		last = err
	}
	return nil, last
}

// retryable says whether a refusal may pass if the request is made again.
func retryable(e *Error) bool {
	switch {
	case e.StatusCode >= 500, e.StatusCode == http.StatusTooManyRequests:
		return true
	case e.Code == "RequestTimeout", e.Code == "SlowDown", e.Code == "RequestTimeTooSkewed", e.Code == "ExpiredToken":
		return true
	}
	return false
}

// backoff waits before the attempt-th try: 100 ms doubled each time, a
// third of it random, at most 2 s.
func backoff(ctx context.Context, attempt int) error {
	d := min(100*time.Millisecond<<(attempt-1), 2*time.Second)
	return ctxio.Sleep(ctx, d*2/3+rand.N(d/3+1))
}

// send makes one try of r.
func (c *Client) send(ctx context.Context, r request, region string) (*http.Response, error) {
	u := c.url(r.key, r.query)
	var body io.Reader
	if r.body != nil {
		if _, err := r.body.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
		// The transport closes a body it is given: the caller's file is
		// the caller's to close.
		body = io.NopCloser(r.body)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, u.String(), body)
	if err != nil {
		return nil, err
	}
	req.URL.RawPath = u.RawPath
	if r.body != nil {
		req.ContentLength = r.size
	}
	for k, vs := range r.header {
		req.Header[k] = vs
	}
	creds, err := c.creds.get(ctx)
	if err != nil {
		return nil, fmt.Errorf("s3 credentials: %w", err)
	}
	if !creds.anonymous() {
		hash := r.payloadHash
		if hash == "" {
			hash = emptySHA256
		}
		sign(req, creds, region, hash, time.Now())
	}
	return c.http.Do(req)
}

// url is where a key of the bucket is, with query.
func (c *Client) url(key string, query url.Values) *url.URL {
	u := &url.URL{Scheme: "http", Host: c.cfg.Endpoint}
	if c.cfg.Secure {
		u.Scheme = "https"
	}
	path := "/" + c.bucket + "/" + key
	if c.virtualHost() {
		u.Host = c.bucket + "." + c.cfg.Endpoint
		path = "/" + key
	}
	u.Path, u.RawPath = path, encodePath(path)
	if len(query) > 0 {
		pairs := make([]string, 0, len(query))
		for name, vs := range query {
			for _, v := range vs {
				pairs = append(pairs, encode(name, false)+"="+encode(v, false))
			}
		}
		u.RawQuery = strings.Join(pairs, "&")
	}
	return u
}

// virtualHost says whether the bucket is named in the host: on AWS,
// unless told otherwise, for a name DNS takes (and, over HTTPS, without
// dots, which the certificate's wildcard does not cover).
func (c *Client) virtualHost() bool {
	if c.cfg.PathStyle || !isAWS(c.cfg.Endpoint) || (c.cfg.Secure && strings.Contains(c.bucket, ".")) {
		return false
	}
	if len(c.bucket) < 3 || len(c.bucket) > 63 {
		return false
	}
	for i := 0; i < len(c.bucket); i++ {
		ch := c.bucket[i]
		if !('a' <= ch && ch <= 'z' || '0' <= ch && ch <= '9' || ch == '-' || ch == '.') {
			return false
		}
	}
	return true
}

// regionFor is the region requests are signed for: the configured one,
// else (on AWS) the bucket's, which a HEAD of the bucket answers in its
// x-amz-bucket-region header even when it refuses the request.
func (c *Client) regionFor(ctx context.Context) (string, error) {
	c.regionMu.Lock()
	defer c.regionMu.Unlock()
	if c.region != "" {
		return c.region, nil
	}
	var last error
	for attempt := range c.cfg.Attempts {
		if attempt > 0 {
			if err := backoff(ctx, attempt); err != nil {
				return "", err
			}
		}
		resp, err := c.send(ctx, request{method: http.MethodHead}, "us-east-1")
		if err != nil {
			if ctx.Err() != nil {
				return "", ctx.Err()
			}
			last = err
			continue
		}
		resp.Body.Close()
		c.region = resp.Header.Get("X-Amz-Bucket-Region")
		if c.region == "" {
			c.region = "us-east-1"
		}
		return c.region, nil
	}
	return "", fmt.Errorf("s3: the bucket's region: %w", last)
}

// Head returns the size of the object under key.
func (c *Client) Head(ctx context.Context, key string) (int64, error) {
	resp, err := c.do(ctx, request{method: http.MethodHead, key: key})
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.ContentLength, nil
}

// Put stores size bytes of body under key in one request; payloadHash is
// their hex SHA-256, found by reading body when empty. The store checks
// the bytes against it, so a body damaged on the way is refused, not kept.
// One request holds at most 5 GiB.
func (c *Client) Put(ctx context.Context, key string, body io.ReadSeeker, size int64, payloadHash string) error {
	const maxPut = 5 << 30
	if size > maxPut {
		return fmt.Errorf("s3 PUT %s: %d bytes, over the 5 GiB one request may hold", key, size)
	}
	if payloadHash == "" {
		h := sha256.New()
		if _, err := body.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if _, err := io.CopyN(h, body, size); err != nil {
			return fmt.Errorf("s3 PUT %s: %w", key, err)
		}
		payloadHash = hex.EncodeToString(h.Sum(nil))
	}
	resp, err := c.do(ctx, request{method: http.MethodPut, key: key, body: body, size: size, payloadHash: payloadHash,
		header: http.Header{"Content-Type": {"application/octet-stream"}}})
	if err != nil {
		return err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
	return resp.Body.Close()
}

// Delete removes the object under key; S3 answers the removal of a
// missing object with a success too.
func (c *Client) Delete(ctx context.Context, key string) error {
	resp, err := c.do(ctx, request{method: http.MethodDelete, key: key})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// CreateBucket creates the bucket, in the client's region.
func (c *Client) CreateBucket(ctx context.Context) error {
	region, err := c.regionFor(ctx)
	if err != nil {
		return err
	}
	r := request{method: http.MethodPut}
	if region != "us-east-1" {
		body := []byte("<CreateBucketConfiguration><LocationConstraint>" + region + "</LocationConstraint></CreateBucketConfiguration>")
		sum := sha256.Sum256(body)
		r.body, r.size, r.payloadHash = bytes.NewReader(body), int64(len(body)), hex.EncodeToString(sum[:])
	}
	resp, err := c.do(ctx, r)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// maxListing bounds one page of a listing: a thousand keys take some
// hundreds of KiB.
const maxListing = 16 << 20

// List calls fn with the key of every object whose key begins with
// prefix, in the store's order, a page of ListObjectsV2 at a time, until
// fn returns an error, which List returns.
func (c *Client) List(ctx context.Context, prefix string, fn func(key string) error) error {
	token := ""
	for {
		q := url.Values{"list-type": {"2"}, "prefix": {prefix}}
		if token != "" {
			q.Set("continuation-token", token)
		}
		if c.maxKeys > 0 {
			q.Set("max-keys", strconv.Itoa(c.maxKeys))
		}
		resp, err := c.do(ctx, request{method: http.MethodGet, query: q})
		if err != nil {
			return err
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, maxListing+1))
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("s3 list %s: %w", prefix, err)
		}
		if len(body) > maxListing {
			return fmt.Errorf("s3 list %s: a page of the listing is over %d MiB", prefix, maxListing>>20)
		}
		page, err := parseListing(body)
		if err != nil {
			return fmt.Errorf("s3 list %s: %w", prefix, err)
		}
		for _, key := range page.keys {
			if err := fn(key); err != nil {
				return err
			}
		}
		if !page.truncated {
			return nil
		}
		if page.next == "" || page.next == token {
			return fmt.Errorf("s3 list %s: the store says the listing goes on but gives no new place to go on from", prefix)
		}
		token = page.next
	}
}

// listing is one page of ListObjectsV2.
type listing struct {
	keys      []string
	truncated bool
	next      string
}

// parseListing reads a ListBucketResult.
func parseListing(body []byte) (listing, error) {
	var doc struct {
		XMLName               xml.Name `xml:"ListBucketResult"`
		IsTruncated           bool     `xml:"IsTruncated"`
		NextContinuationToken string   `xml:"NextContinuationToken"`
		Contents              []struct {
			Key string `xml:"Key"`
		} `xml:"Contents"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		return listing{}, fmt.Errorf("the listing does not read: %w", err)
	}
	page := listing{truncated: doc.IsTruncated, next: doc.NextContinuationToken}
	for _, obj := range doc.Contents {
		page.keys = append(page.keys, obj.Key)
	}
	return page, nil
}

// Get opens the object under key for reading: its first bytes are on
// their way when Get returns, with its size.
func (c *Client) Get(ctx context.Context, key string) (*Object, error) {
	o := &Object{ctx: ctx, c: c, key: key}
	resp, err := c.do(ctx, request{method: http.MethodGet, key: key})
	if err != nil {
		return nil, err
	}
	o.body, o.size, o.etag = resp.Body, resp.ContentLength, resp.Header.Get("Etag")
	if o.size < 0 {
		resp.Body.Close()
		return nil, fmt.Errorf("s3 GET %s: the answer does not say the object's size", key)
	}
	return o, nil
}

// Object reads an object, from any offset: a Seek elsewhere than where
// the reading is asks the store again from there, for the same version
// of the object (If-Match its ETag).
type Object struct {
	ctx  context.Context
	c    *Client
	key  string
	etag string
	size int64
	off  int64
	body io.ReadCloser // nil after a Seek, until the next Read
}

// Size is the object's length in bytes.
func (o *Object) Size() int64 { return o.size }

func (o *Object) Read(p []byte) (int, error) {
	if o.off >= o.size {
		return 0, io.EOF
	}
	if o.body == nil {
		h := http.Header{"Range": {"bytes=" + strconv.FormatInt(o.off, 10) + "-"}}
		if o.etag != "" {
			h.Set("If-Match", o.etag)
		}
		resp, err := o.c.do(o.ctx, request{method: http.MethodGet, key: o.key, header: h})
		if err != nil {
			return 0, err
		}
		o.body = resp.Body
	}
	n, err := o.body.Read(p)
	o.off += int64(n)
	if err == io.EOF && o.off < o.size {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

func (o *Object) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		offset += o.off
	case io.SeekEnd:
		offset += o.size
	}
	if offset < 0 {
		return o.off, fmt.Errorf("s3 %s: seek to %d", o.key, offset)
	}
	if offset != o.off && o.body != nil {
		o.body.Close()
		o.body = nil
	}
	o.off = offset
	return offset, nil
}

func (o *Object) Close() error {
	if o.body == nil {
		return nil
	}
	err := o.body.Close()
	o.body = nil
	return err
}
