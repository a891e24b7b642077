// Package s3test runs a real S3-compatible server, SeaweedFS's `weed`, on
// loopback for the tests of the corpus on object storage.
//
// The weed binary is built once from the Go module proxy by build-weed.sh
// (`make weed`) into a cache folder, so the tests never pay for the build.
// Start finds it (ALBO_WEED, then the cache, then PATH), starts
// `weed server -s3` on free loopback ports with a temporary data folder,
// creates a bucket and stops the server when the test ends. Where no weed
// is built the tests are skipped on a developer's machine but fail in CI
// (CI or ALBO_REQUIRE_SHARED set).
package s3test

import (
	"context"
	"errors"
	"fmt"
	"github.com/openalbo/albo/internal/testenv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/openalbo/albo/internal/loopback"
	"github.com/openalbo/albo/internal/s3"
)

// WeedVersion is the SeaweedFS module version build-weed.sh builds.
const WeedVersion = "v0.0.0-20261109003541-7506e5f91cd6"

// startTimeout bounds the wait for the server to answer: it starts in a
// few seconds, more on a loaded machine.
const startTimeout = 2 * time.Minute

// stopTimeout bounds a graceful stop; the data folder is thrown away, so
// a server slower than that is killed.
const stopTimeout = 3 * time.Second

// Weed finds the weed binary: $ALBO_WEED, the build cache, then PATH.
func Weed() string {
	if p := os.Getenv("ALBO_WEED"); p != "" {
		return p
	}
	if dir, err := os.UserCacheDir(); err == nil {
		if p := filepath.Join(dir, "albo-weed", "weed"); isExecutable(p) {
			return p
		}
	}
	if p, err := exec.LookPath("weed"); err == nil {
		return p
	}
	return ""
}

func isExecutable(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// Server is one running weed with one bucket.
type Server struct {
	// Endpoint is the S3 API's root, http://127.0.0.1:PORT.
	Endpoint string
	// Bucket is the bucket created for the test.
	Bucket string
	stop   func()
}

// Stop stops the server before the test ends, for a test of what its
// clients do when it is gone.
func (s *Server) Stop() { s.stop() }

// URL is the bucket's URL, as --corpus takes it.
func (s *Server) URL() string {
	return "s3://" + s.Bucket + "?endpoint=" + s.Endpoint + "&region=us-east-1&use_path_style=true"
}

var buckets atomic.Int32

// startAttempts bounds the starts of a server whose ports were taken.
const startAttempts = 3

// Start starts a weed server for the test, with a new empty bucket, and
// stops it when the test ends. It sets the AWS credentials variables the
// S3 client signs with, the keys of the one identity the server knows.
// A server that finds one of its ports taken meanwhile is started again
// on others.
func Start(t testing.TB) *Server {
	t.Helper()
	weed := Weed()
	if weed == "" {
		testenv.Unavailable(t, "weed (SeaweedFS) is not built: run `make weed` (internal/s3test/build-weed.sh)")
	}
	t.Setenv("AWS_ACCESS_KEY_ID", accessKey)
	t.Setenv("AWS_SECRET_ACCESS_KEY", secretKey)
	for attempt := 1; ; attempt++ {
		s, err := start(t, weed)
		if err == nil {
			return s
		}
		if !errors.Is(err, errPortTaken) || attempt == startAttempts {
			t.Fatal(err)
		}
		t.Logf("starting weed again: %v", err)
	}
}

// choosePorts chooses the server's seven ports: master, master gRPC,
// volume, volume gRPC, filer, filer gRPC, S3.
var choosePorts = loopback.Ports

// errPortTaken is a server that could not bind one of its ports.
var errPortTaken = errors.New("a port was taken")

// start is one attempt of Start; the server it started is stopped at the
// test's end, or now if it does not serve.
func start(t testing.TB, weed string) (*Server, error) {
	ports, err := choosePorts(7)
	if err != nil {
		return nil, err
	}
	dir := t.TempDir()
	config := filepath.Join(t.TempDir(), "s3.json")
	if err := os.WriteFile(config, []byte(identities), 0o600); err != nil {
		return nil, err
	}
	p := func(i int) string { return strconv.Itoa(ports[i]) }
	cmd := exec.Command(weed, "server",
		"-dir="+dir, "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
		"-master.port="+p(0), "-master.port.grpc="+p(1),
		"-volume.port="+p(2), "-volume.port.grpc="+p(3),
		"-filer", "-filer.port="+p(4), "-filer.port.grpc="+p(5),
		"-s3", "-s3.port="+p(6), "-s3.config="+config,
		"-master.volumeSizeLimitMB=64", "-volume.max=16",
	)
	log := &serverLog{}
	cmd.Stdout, cmd.Stderr = log, log
	cmd.Dir = dir
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start weed: %w", err)
	}
	// exited closes when the server has exited, with waitErr set.
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(exited) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cmd.Process.Signal(os.Interrupt)
			select {
			case <-exited:
			case <-time.After(stopTimeout):
				cmd.Process.Kill()
				<-exited
			}
		})
	}
	t.Cleanup(stop)
	s := &Server{Endpoint: "http://127.0.0.1:" + p(6), Bucket: fmt.Sprintf("albo-%d", buckets.Add(1)), stop: stop}
	deadline := time.Now().Add(startTimeout)
	for {
		err := createBucket(t.Context(), s.Endpoint, s.Bucket)
		if err == nil {
			return s, nil
		}
		if line, taken := loopback.Taken(log.String()); taken {
			stop()
			return nil, fmt.Errorf("weed on ports %v: %w: %s", ports, errPortTaken, line)
		}
		select {
		case <-exited:
			return nil, fmt.Errorf("weed stopped before it served: %v\n%s", waitErr, log.tail())
		default:
		}
		if time.Now().After(deadline) {
			stop()
			return nil, fmt.Errorf("weed did not serve S3 on %s within %v: %v\n%s", s.Endpoint, startTimeout, err, log.tail())
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// The one identity the server knows, whose keys the tests sign with.
const (
	accessKey  = "albo-test"
	secretKey  = "albo-test-secret"
	identities = `{"identities": [{"name": "albo", "credentials": [{"accessKey": "` + accessKey + `", "secretKey": "` + secretKey + `"}],
 "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}`
)

// createBucket creates a bucket through the S3 API, signed as the
// tests' identity.
func createBucket(ctx context.Context, endpoint, bucket string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	client, err := s3.New(bucket, s3.Config{Endpoint: strings.TrimPrefix(endpoint, "http://"), Region: "us-east-1", PathStyle: true,
		Credentials: s3.Static{AccessKeyID: accessKey, SecretAccessKey: secretKey}, Attempts: 1})
	if err != nil {
		return err
	}
	return client.CreateBucket(ctx)
}
