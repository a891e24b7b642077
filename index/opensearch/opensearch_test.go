package opensearch

import (
	"context"
	"fmt"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indextest"
	"github.com/openalbo/albo/internal/searchnode"
)

func TestMain(m *testing.M) { searchnode.Main(m) }

// aliases numbers the indexes the tests create on the shared node.
var aliases atomic.Int64

// openNew opens a backend on a new alias of the shared node, dropped at
// the end of the test.
func openNew(t testing.TB, node string) (*Backend, *url.URL) {
	t.Helper()
	u, err := url.Parse(fmt.Sprintf("opensearch+%s/albo-test-%d", node, aliases.Add(1)))
	if err != nil {
		t.Fatal(err)
	}
	b, fresh, err := Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	if !fresh {
		t.Fatalf("%s: a new alias is not fresh", u)
	}
	t.Cleanup(func() {
		if err := b.Drop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return b, u
}

// TestConformance runs the backend conformance suite on a real
// single-node OpenSearch cluster.
func TestConformance(t *testing.T) {
	node := searchnode.Single(t)
	indextest.Run(t, func(t testing.TB) index.Backend {
		b, _ := openNew(t, node)
		return b
	})
}

// FuzzSearch: arbitrary query strings, translated to the query DSL, on a
// real node.
func FuzzSearch(f *testing.F) {
	node := searchnode.Single(f)
	indextest.Fuzz(f, func(t testing.TB) index.Backend {
		b, _ := openNew(t, node)
		return b
	})
}
