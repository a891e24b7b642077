package s3

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// faultyStore is a loopback server that answers as a store failing in the
// ways a real one cannot be made to on demand.
func faultyStore(t *testing.T, handler http.HandlerFunc) (*httptest.Server, Config) {
	t.Helper()
	server := httptest.NewServer(handler)
	t.Cleanup(server.Close)
	return server, Config{Endpoint: strings.TrimPrefix(server.URL, "http://"), Region: "us-east-1", PathStyle: true,
		Credentials: Static{AccessKeyID: "AKID", SecretAccessKey: "secret"}}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name      string
		failures  int // answers that fail before the store answers well
		status    int
		body      string
		wantCalls int32
		wantErr   string // empty: success
	}{
		{name: "two 503s, then served", failures: 2, status: 503, body: `<Error><Code>SlowDown</Code></Error>`, wantCalls: 3},
		{name: "always 500", failures: 99, status: 500, body: `<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>`,
			wantCalls: 3, wantErr: "s3 GET k: 500 Internal Server Error: InternalError: We encountered an internal error."},
		{name: "403 is not tried again", failures: 99, status: 403, body: `<Error><Code>AccessDenied</Code></Error>`,
			wantCalls: 1, wantErr: "403 Forbidden"},
		{name: "RequestTimeout is", failures: 1, status: 400, body: `<Error><Code>RequestTimeout</Code></Error>`, wantCalls: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			_, cfg := faultyStore(t, func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) <= int32(tt.failures) {
					w.WriteHeader(tt.status)
					io.WriteString(w, tt.body)
					return
				}
				io.WriteString(w, "hello")
			})
			c, err := New("bucket", cfg)
			if err != nil {
				t.Fatal(err)
			}
			var size int64
			obj, err := c.Get(t.Context(), "k")
			if err == nil {
				size = obj.Size()
				obj.Close()
			}
			if calls.Load() != tt.wantCalls {
				t.Errorf("%d requests, want %d", calls.Load(), tt.wantCalls)
			}
			switch {
			case tt.wantErr == "" && (err != nil || size != 5):
				t.Errorf("get: %d bytes, %v; want 5", size, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("get: %v; want an error saying %q", err, tt.wantErr)
			}
		})
	}
}

// TestStoreGone: a store that does not answer is reported within the
// attempts, and a caller's deadline is kept.
func TestStoreGone(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	c, err := New("bucket", Config{Endpoint: addr, Region: "us-east-1", PathStyle: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Get(t.Context(), "k"); err == nil || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("get from a store that is gone: %v", err)
	}

	hang := make(chan struct{})
	_, cfg := faultyStore(t, func(w http.ResponseWriter, r *http.Request) { <-hang })
	defer close(hang)
	c, err = New("bucket", cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := c.Head(ctx, "k"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("head from a store that never answers: %v, want the deadline", err)
	}
	if waited := time.Since(start); waited > 5*time.Second {
		t.Errorf("waited %v past a 200ms deadline", waited)
	}
}

// TestRegionAskedOfTheBucket: on AWS, without a region, the bucket's is
// read from the x-amz-bucket-region header of its HEAD (answered even with
// a refusal), once, and signs what follows; the bucket is named in the host.
func TestRegionAskedOfTheBucket(t *testing.T) {
	var heads atomic.Int32
	var hosts, scopes []string
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hosts = append(hosts, r.Host+" "+r.URL.Path)
		scopes = append(scopes, r.Header.Get("Authorization"))
		if r.Method == http.MethodHead && r.URL.Path == "/" {
			heads.Add(1)
			w.Header().Set("X-Amz-Bucket-Region", "eu-south-1")
			w.WriteHeader(http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Length", "3")
	}))
	defer server.Close()
	// Every host name reaches the loopback server.
	transport := &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, server.Listener.Addr().String())
	}}
	c, err := New("albo-corpus", Config{Endpoint: "s3.amazonaws.com", Credentials: Static{AccessKeyID: "AKID", SecretAccessKey: "s"},
		HTTP: &http.Client{Transport: transport}})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := c.Head(t.Context(), "acts/1.json"); err != nil {
			t.Fatal(err)
		}
	}
	if heads.Load() != 1 {
		t.Errorf("the region was asked %d times, want once", heads.Load())
	}
	if want := "albo-corpus.s3.amazonaws.com /acts/1.json"; len(hosts) != 3 || hosts[1] != want {
		t.Errorf("requests %q, want the object's at %q", hosts, want)
	}
	if len(scopes) == 3 && !strings.Contains(scopes[2], "/eu-south-1/s3/aws4_request") {
		t.Errorf("signed %q, want the bucket's region", scopes[2])
	}
}

func TestListingThatNeverEnds(t *testing.T) {
	_, cfg := faultyStore(t, func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `<ListBucketResult><IsTruncated>true</IsTruncated><NextContinuationToken>same</NextContinuationToken><Contents><Key>k</Key></Contents></ListBucketResult>`)
	})
	c, _ := New("bucket", cfg)
	n := 0
	err := c.List(t.Context(), "", func(string) error { n++; return nil })
	if err == nil || !strings.Contains(err.Error(), "no new place to go on from") || n != 2 {
		t.Errorf("%d keys, %v; want the repeated token refused after two pages", n, err)
	}
}

func TestListingTooLarge(t *testing.T) {
	_, cfg := faultyStore(t, func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `<ListBucketResult><Contents><Key>`)
		chunk := bytes.Repeat([]byte("k"), 1<<20)
		for range maxListing>>20 + 1 {
			w.Write(chunk)
		}
	})
	c, _ := New("bucket", cfg)
	if err := c.List(t.Context(), "", func(string) error { return nil }); err == nil || !strings.Contains(err.Error(), "over 16 MiB") {
		t.Errorf("a listing page of 17 MiB: %v", err)
	}
}

// TestReadFromAnOffset: a Seek elsewhere asks from there, for the same
// version of the object; a body cut short is an error, not an end.
func TestReadFromAnOffset(t *testing.T) {
	content := "0123456789"
	var ranges []string
	_, cfg := faultyStore(t, func(w http.ResponseWriter, r *http.Request) {
		ranges = append(ranges, r.Header.Get("Range")+" "+r.Header.Get("If-Match"))
		w.Header().Set("Etag", `"v1"`)
		from := 0
		if rg := r.Header.Get("Range"); rg != "" {
			from = int(rg[len("bytes=")] - '0')
			w.Header().Set("Content-Length", "2") // cut short
			w.WriteHeader(http.StatusPartialContent)
			io.WriteString(w, content[from:from+2])
			return
		}
		io.WriteString(w, content)
	})
	c, _ := New("bucket", cfg)
	obj, err := c.Get(t.Context(), "k")
	if err != nil || obj.Size() != 10 {
		t.Fatalf("get: %v, size %d", err, obj.Size())
	}
	if _, err := obj.Seek(6, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(obj)
	if string(got) != "67" || !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("read from 6 of a body cut short: %q, %v", got, err)
	}
	if want := []string{" ", `bytes=6- "v1"`}; len(ranges) != 2 || ranges[1] != want[1] {
		t.Errorf("requests %q, want %q", ranges, want)
	}
	obj.Close()
}

func TestUnsignedWhenAnonymous(t *testing.T) {
	var auth []string
	_, cfg := faultyStore(t, func(w http.ResponseWriter, r *http.Request) {
		auth = append(auth, r.Header.Get("Authorization"))
	})
	cfg.Credentials = Anonymous{}
	c, _ := New("bucket", cfg)
	if _, err := c.Head(t.Context(), "k"); err != nil {
		t.Fatal(err)
	}
	if len(auth) != 1 || auth[0] != "" {
		t.Errorf("anonymous requests sent Authorization %q", auth)
	}
}

func TestNewRefuses(t *testing.T) {
	for _, tt := range []struct{ bucket, endpoint string }{
		{"", "host"}, {"b", "host"}, {"-bucket", "host"}, {"bucket!", "host"}, {strings.Repeat("b", 64), "host"},
		{"bucket", ""}, {"bucket", "host/path"}, {"bucket", "user@host"},
	} {
		if _, err := New(tt.bucket, Config{Endpoint: tt.endpoint}); err == nil {
			t.Errorf("New(%q, %q): no error", tt.bucket, tt.endpoint)
		}
	}
}

// TestExpiredTokenRenewed: credentials the store says have expired are
// asked for again before the next try.
func TestExpiredTokenRenewed(t *testing.T) {
	_, cfg := faultyStore(t, func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.Header.Get("Authorization"), "AKID1/") {
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `<Error><Code>ExpiredToken</Code></Error>`)
			return
		}
		io.WriteString(w, "ok")
	})
	p := &countingProvider{ttl: time.Hour}
	cfg.Credentials = p
	c, _ := New("bucket", cfg)
	obj, err := c.Get(t.Context(), "k")
	if err != nil {
		t.Fatalf("get after an expired token: %v", err)
	}
	obj.Close()
	if p.calls.Load() != 2 {
		t.Errorf("credentials asked %d times, want twice", p.calls.Load())
	}
}

// TestRedirectNotFollowed: a store's redirect is reported, not followed
// to wherever it points.
func TestRedirectNotFollowed(t *testing.T) {
	var elsewhere atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { elsewhere.Add(1) }))
	defer other.Close()
	_, cfg := faultyStore(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/stolen", http.StatusTemporaryRedirect)
	})
	c, _ := New("bucket", cfg)
	_, err := c.Get(t.Context(), "k")
	var e *Error
	if !errors.As(err, &e) || e.StatusCode != http.StatusTemporaryRedirect {
		t.Errorf("get answered by a redirect: %v", err)
	}
	if elsewhere.Load() != 0 {
		t.Errorf("the redirect was followed %d times", elsewhere.Load())
	}
}
