package s3_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/internal/s3"
	"github.com/openalbo/albo/internal/s3test"
)

// testClient is a client of a new bucket of a real S3 server (SeaweedFS)
// on loopback, signing with the keys s3test sets in the environment.
func testClient(t *testing.T) *s3.Client {
	t.Helper()
	server := s3test.Start(t)
	c, err := s3.New(server.Bucket, s3.Config{Endpoint: strings.TrimPrefix(server.Endpoint, "http://"), Region: "us-east-1",
		PathStyle: true, Credentials: s3.AWSChain("")})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func hashOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// TestObjectsOnARealStore puts, reads whole and from offsets, lists over
// several pages and deletes objects on a real S3 server.
func TestObjectsOnARealStore(t *testing.T) {
	c := testClient(t)
	ctx := t.Context()
	data := bytes.Repeat([]byte("albo pretorio "), 10_000)
	keys := []string{"blobs/sha256/ab/cd/abcd", "acts/milano/2026/1 bis.json", "acts/milano/2026/àccento+più.json", "acts.manifest"}
	for _, key := range keys {
		if err := c.Put(ctx, key, bytes.NewReader(data), int64(len(data)), hashOf(data)); err != nil {
			t.Fatalf("put %s: %v", key, err)
		}
	}
	// A file, its hash found by the client, read again for the request.
	file := filepath.Join(t.TempDir(), "blob")
	if err := os.WriteFile(file, data[:1000], 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := c.Put(ctx, "from-a-file", f, 1000, ""); err != nil {
		t.Fatalf("put from a file: %v", err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		t.Fatalf("the file was closed by the request: %v", err)
	}

	for _, key := range keys {
		size, err := c.Head(ctx, key)
		if err != nil || size != int64(len(data)) {
			t.Fatalf("head %s: %d, %v", key, size, err)
		}
		obj, err := c.Get(ctx, key)
		if err != nil {
			t.Fatalf("get %s: %v", key, err)
		}
		got, err := io.ReadAll(obj)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("get %s: %d bytes, %v", key, len(got), err)
		}
		for _, off := range []int64{7, 139_000, 0, int64(len(data)) - 3} {
			if _, err := obj.Seek(off, io.SeekStart); err != nil {
				t.Fatal(err)
			}
			part := make([]byte, 3)
			if _, err := io.ReadFull(obj, part); err != nil || !bytes.Equal(part, data[off:off+3]) {
				t.Fatalf("%s at %d: %q, %v; want %q", key, off, part, err, data[off:off+3])
			}
		}
		obj.Close()
	}

	s3.SetMaxKeys(c, 2)
	var listed []string
	if err := c.List(ctx, "", func(key string) error { listed = append(listed, key); return nil }); err != nil {
		t.Fatal(err)
	}
	want := append(slices.Clone(keys), "from-a-file")
	slices.Sort(want)
	if !slices.Equal(listed, want) {
		t.Errorf("listed %q over pages of 2, want %q", listed, want)
	}
	listed = nil
	if err := c.List(ctx, "acts/", func(key string) error { listed = append(listed, key); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(listed) != 2 {
		t.Errorf("listed %q under acts/, want the two acts", listed)
	}
	stop := errors.New("enough")
	if err := c.List(ctx, "", func(string) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("a listing stopped by its callback returned %v", err)
	}

	for _, key := range keys {
		if err := c.Delete(ctx, key); err != nil {
			t.Fatalf("delete %s: %v", key, err)
		}
	}
	_, err = c.Get(ctx, keys[0])
	if !s3.IsNotFound(err) {
		t.Fatalf("get of a deleted object: %v, want not found", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "GET "+keys[0]) || !strings.Contains(msg, "404") {
		t.Errorf("error %q does not name the request, the key and the status", msg)
	}
	if _, err := c.Head(ctx, "never"); !s3.IsNotFound(err) {
		t.Errorf("head of a missing object: %v", err)
	}
	if err := c.Delete(ctx, "never"); err != nil && !s3.IsNotFound(err) {
		t.Errorf("delete of a missing object: %v", err)
	}
}

// TestWrongKeysRefused: a store refuses a request signed with keys it does
// not know, and the error says so, once (an auth failure is not retried).
func TestWrongKeysRefused(t *testing.T) {
	server := s3test.Start(t)
	c, err := s3.New(server.Bucket, s3.Config{Endpoint: strings.TrimPrefix(server.Endpoint, "http://"), Region: "us-east-1",
		PathStyle: true, Credentials: s3.Static{AccessKeyID: "albo-test", SecretAccessKey: "not-the-secret"}})
	if err != nil {
		t.Fatal(err)
	}
	err = c.Put(context.Background(), "k", bytes.NewReader([]byte("x")), 1, "")
	var e *s3.Error
	if !errors.As(err, &e) || e.StatusCode != 403 {
		t.Fatalf("put with a wrong secret: %v, want a 403", err)
	}
	t.Log(err)
}

// TestDamagedBodyRefused: the body's SHA-256 is signed, so a store
// refuses bytes that are not those the client hashed rather than keep
// them.
func TestDamagedBodyRefused(t *testing.T) {
	c := testClient(t)
	good, bad := []byte("the act as read"), []byte("the act damaged")
	err := c.Put(t.Context(), "k", bytes.NewReader(bad), int64(len(bad)), hashOf(good))
	if err == nil {
		t.Fatal("the store kept a body whose hash is not the one signed")
	}
	t.Log(err)
	if _, err := c.Head(t.Context(), "k"); !s3.IsNotFound(err) {
		t.Errorf("after the refusal, head: %v; want not found", err)
	}
}
