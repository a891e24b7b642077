package cli

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/replica"
	"github.com/openalbo/albo/internal/s3test"
	"github.com/openalbo/albo/internal/searchnode"
)

// TestCorpusInABucket runs the chain with the corpus in a bucket of a real
// SeaweedFS on loopback and the index in a local folder: crawl of the
// local replica of the Milano Albo, extraction in two shards that together
// take every document once, verify, index, and searches through serve.
func TestCorpusInABucket(t *testing.T) {
	start := time.Now()
	bucket := s3test.Start(t).URL()
	t.Logf("seaweedfs up in %.1fs", time.Since(start).Seconds())
	albo := httptest.NewServer(replica.NewSamples())
	defer albo.Close()

	step := time.Now()
	if code, _, stderr := runAlbo(t, "crawl", "--corpus", bucket, "--base-url", albo.URL, "--delay", "0", "--ignore-robots"); code != cmdutil.ExitOK {
		t.Fatalf("crawl: exit %d, %s", code, stderr)
	}
	t.Logf("crawl into the bucket: %.1fs", time.Since(step).Seconds())

	step = time.Now()
	documents := 0
	for _, shard := range []string{"0/2", "1/2"} {
		code, stdout, stderr := runAlbo(t, "extract", "--corpus", bucket, "--shard", shard, "--json")
		var sum batch.Summary
		if code != cmdutil.ExitOK || json.Unmarshal([]byte(stdout), &sum) != nil {
			t.Fatalf("extract --shard %s: exit %d, %q, %s", shard, code, stdout, stderr)
		}
		if sum.Extracted != sum.Documents {
			t.Errorf("extract --shard %s: %+v", shard, sum)
		}
		documents += sum.Documents
	}
	code, stdout, stderr := runAlbo(t, "extract", "--corpus", bucket, "--json")
	var all batch.Summary
	if code != cmdutil.ExitOK || json.Unmarshal([]byte(stdout), &all) != nil {
		t.Fatalf("extract: exit %d, %q, %s", code, stdout, stderr)
	}
	if all.Documents == 0 || documents != all.Documents || all.UpToDate != all.Documents {
		t.Errorf("the shards took %d documents; the whole corpus has %d, %d up to date after them", documents, all.Documents, all.UpToDate)
	}
	t.Logf("extract in 2 shards from the bucket: %.1fs", time.Since(step).Seconds())

	if code, stdout, stderr := runAlbo(t, "corpus", "verify", "--corpus", bucket); code != cmdutil.ExitOK {
		t.Errorf("corpus verify: exit %d, %s%s", code, stdout, stderr)
	}
	if code, _, stderr := runAlbo(t, "index", "--corpus", bucket); code != cmdutil.ExitUsage {
		t.Errorf("index of a bucket without --index: exit %d, %s; want a usage error", code, stderr)
	}
	step = time.Now()
	ixDir := filepath.Join(t.TempDir(), "index")
	if code, _, stderr := runAlbo(t, "index", "--corpus", bucket, "--index-dir", ixDir); code != cmdutil.ExitOK {
		t.Fatalf("index: exit %d, %s", code, stderr)
	}
	t.Logf("index from the bucket: %.1fs", time.Since(step).Seconds())

	site, stop := startAlbo(t, "serve", "--corpus", bucket, "--index-dir", ixDir, "--addr", "127.0.0.1:0")
	defer stop()
	var resp index.Response
	getJSON(t, site+"api/search?type=act", &resp)
	if resp.Total != 2 {
		t.Errorf("serve: %d acts in the index, want the 2 samples", resp.Total)
	}
	getJSON(t, site+"api/search?type=objective&limit=100&q="+url.QueryEscape("citta memoria"), &resp)
	if resp.Total == 0 {
		t.Error("serve: no objective found for \"citta memoria\"")
	}
	t.Logf("crawl, extract, verify, index and serve on a bucket: %.1fs", time.Since(start).Seconds())
}

// TestBucketGone: a bucket whose server stopped is one clear line naming
// the corpus and the reason, soon, from every command that reads it.
func TestBucketGone(t *testing.T) {
	server := s3test.Start(t)
	bucket := server.URL()
	albo := httptest.NewServer(replica.NewSamples())
	defer albo.Close()
	if code, _, stderr := runAlbo(t, "crawl", "--corpus", bucket, "--base-url", albo.URL, "--delay", "0", "--ignore-robots"); code != cmdutil.ExitOK {
		t.Fatalf("crawl: exit %d, %s", code, stderr)
	}
	server.Stop()
	for _, args := range [][]string{
		{"extract", "--corpus", bucket},
		{"corpus", "verify", "--corpus", bucket},
		{"index", "--corpus", bucket, "--index-dir", t.TempDir()},
	} {
		start := time.Now()
		code, _, stderr := runAlbo(t, args...)
		took := time.Since(start)
		t.Logf("%s with the server gone: exit %d in %.1fs: %s", args[0], code, took.Seconds(), strings.TrimSpace(stderr))
		if code == cmdutil.ExitOK || !strings.HasPrefix(stderr, "albo: ") || strings.Count(stderr, "\n") != 1 ||
			!strings.Contains(stderr, "s3://"+server.Bucket) || !strings.Contains(stderr, "connection refused") ||
			strings.Contains(stderr, "not a corpus") {
			t.Errorf("%q: exit %d, stderr %q; want a failure in one line naming the bucket and the reason", args, code, stderr)
		}
	}
}

// TestClusterEndToEnd runs albo as it runs past one machine: the corpus in
// a bucket of a real SeaweedFS, the index's documents in a real OpenSearch
// node, both on loopback: crawl, extraction, index and serve, and the site
// answers from them.
func TestClusterEndToEnd(t *testing.T) {
	bucket := s3test.Start(t).URL()
	location := "opensearch+" + searchnode.Single(t) + "/albo-cluster"
	albo := httptest.NewServer(replica.NewSamples())
	defer albo.Close()
	if code, _, stderr := runAlbo(t, "crawl", "--corpus", bucket, "--base-url", albo.URL, "--delay", "0", "--ignore-robots"); code != cmdutil.ExitOK {
		t.Fatalf("crawl: exit %d, %s", code, stderr)
	}
	if code, _, stderr := runAlbo(t, "extract", "--corpus", bucket); code != cmdutil.ExitOK {
		t.Fatalf("extract: exit %d, %s", code, stderr)
	}
	ixDir := filepath.Join(t.TempDir(), "index")
	code, stdout, stderr := runAlbo(t, "index", "--corpus", bucket, "--index-dir", ixDir, "--index", location, "--json")
	var stats index.UpdateStats
	if code != cmdutil.ExitOK || json.Unmarshal([]byte(stdout), &stats) != nil || stats.Indexed != 2 {
		t.Fatalf("index: exit %d, %q, %s", code, stdout, stderr)
	}
	site, stop := startAlbo(t, "serve", "--corpus", bucket, "--index-dir", ixDir, "--index", location, "--addr", "127.0.0.1:0")
	defer stop()
	var resp index.Response
	getJSON(t, site+"api/search?type=act", &resp)
	if resp.Total != 2 {
		t.Errorf("serve: %d acts, want the 2 samples", resp.Total)
	}
	getJSON(t, site+"api/search?type=objective&q="+url.QueryEscape("citta"), &resp)
	if resp.Total == 0 || !strings.Contains(strings.ToLower(resp.Hits[0].Text), "città") {
		t.Errorf("serve: \"citta\" found %d objectives (first %+v); want Città", resp.Total, resp.Hits)
	}
	t.Logf("crawl, extract, index and serve with the corpus on SeaweedFS and the documents on OpenSearch: %d documents, %d objectives for \"citta\"", stats.Documents, resp.Total)
}
