package searchnode

import (
	"context"
	"github.com/openalbo/albo/internal/testenv"
	"os"
	"sync"
	"testing"
	"time"
)

// shared is the one single-node cluster of a test binary.
var shared struct {
	once sync.Once
	dir  string
	c    *Cluster
	err  error
	took time.Duration
}

// Single returns the URL of a single-node cluster shared by the tests of
// the package, started on first use; StopShared (from TestMain) ends it.
// Without Java or Maven the test is skipped, or fails in CI (internal/testenv).
func Single(t testing.TB) string {
	t.Helper()
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "albo-opensearch-")
		if shared.err == nil {
			began := time.Now()
			shared.c, shared.err = Start(context.Background(), shared.dir, 1)
			shared.took = time.Since(began)
		}
	})
	Check(t, shared.err)
	t.Logf("OpenSearch %s single node at %s, up in %.1fs", Version, shared.c.Nodes[0].URL, shared.took.Seconds())
	return shared.c.Nodes[0].URL
}

// Check ends the test when a cluster could not be started: a skip when
// Java or Maven is missing outside CI, else a failure in one line.
func Check(t testing.TB, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if IsMissingTools(err) {
		testenv.Unavailable(t, "%v", err)
	}
	t.Fatal(err)
}

// Main runs a package's tests (from its TestMain) and then stops the
// shared cluster, if they started one.
func Main(m *testing.M) {
	code := m.Run()
	StopShared()
	os.Exit(code)
}

// StopShared stops the shared cluster, if one was started, and removes
// its folder.
func StopShared() {
	if shared.c != nil {
		shared.c.Stop()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
}
