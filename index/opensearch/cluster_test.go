package opensearch

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indextest"
	"github.com/openalbo/albo/internal/searchnode"
)

// answer is what a search must keep when a node stops: the count, the
// facets and the hits (as a set: shards' copies may rank ties apart).
type answer struct {
	Total  int
	Facets map[string]map[string]int
	IDs    []string
}

func answers(t *testing.T, ix *index.Index, reqs []index.Request) []answer {
	t.Helper()
	var out []answer
	for _, req := range reqs {
		res, err := ix.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		a := answer{Total: res.Total, Facets: res.Facets}
		for _, h := range res.Hits {
			a.IDs = append(a.IDs, h.ID)
		}
		slices.Sort(a.IDs)
		out = append(out, a)
	}
	return out
}

// TestClusterSurvivesAStoppedNode: on a three-node cluster, an index of
// two shards with one replica each answers every search of the
// data-driven cases the same after a node holding a primary stops.
func TestClusterSurvivesAStoppedNode(t *testing.T) {
	ctx := context.Background()
	began := time.Now()
	c, err := searchnode.Start(ctx, t.TempDir(), 3)
	searchnode.Check(t, err)
	defer c.Stop()
	t.Logf("three nodes up in %.1fs", time.Since(began).Seconds())

	location := fmt.Sprintf("opensearch+%s/albo-cluster?shards=2&replicas=1", c.Nodes[0].URL)
	ix, err := index.OpenAt(ctx, filepath.Join(t.TempDir(), "index"), location)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Update(ctx, indextest.GoldInputs(t)); err != nil {
		t.Fatal(err)
	}
	b := &Backend{c: &client{base: c.Nodes[0].URL, http: http.DefaultClient, retries: 1}}
	if err := b.c.do(ctx, http.MethodGet, "/_cluster/health/albo-cluster?wait_for_status=green&timeout=60s", nil, nil); err != nil {
		t.Fatalf("index never green: %v", err)
	}
	var reqs []index.Request
	for _, file := range slices.Sorted(maps.Keys(indextest.SearchCases(t))) {
		for _, sc := range indextest.SearchCases(t)[file] {
			if !sc.Want.BadQuery {
				reqs = append(reqs, sc.Request)
			}
		}
	}
	before := answers(t, ix, reqs)

	// Stop a node other than the one spoken to that holds a primary.
	var shards []struct {
		Prirep string `json:"prirep"`
		Node   string `json:"node"`
	}
	if err := b.c.do(ctx, http.MethodGet, "/_cat/shards/albo-cluster?format=json", nil, &shards); err != nil {
		t.Fatal(err)
	}
	var victim *searchnode.Node
	for _, s := range shards {
		for _, n := range c.Nodes[1:] {
			if s.Prirep == "p" && s.Node == n.Name {
				victim = n
			}
		}
	}
	if victim == nil {
		t.Fatalf("no primary outside %s: %+v", c.Nodes[0].Name, shards)
	}
	victim.Stop()
	if err := b.c.do(ctx, http.MethodGet, "/_cluster/health/albo-cluster?wait_for_status=yellow&wait_for_nodes=2&timeout=60s", nil, nil); err != nil {
		t.Fatalf("after stopping %s: %v", victim.Name, err)
	}
	after := answers(t, ix, reqs)
	for i := range reqs {
		if fmt.Sprint(before[i]) != fmt.Sprint(after[i]) {
			t.Errorf("%+v: with %s stopped answers %d hits %v, before %d hits %v",
				reqs[i], victim.Name, after[i].Total, after[i].Facets, before[i].Total, before[i].Facets)
		}
	}
	t.Logf("%d searches answered the same with %s stopped", len(reqs), victim.Name)
}
