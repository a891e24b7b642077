package opensearch

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/searchnode"
)

// busyProxy stands between the backend and the real node and answers as
// a node under load would: refuse a whole request (refuse), or pass it and
// mark the first action of a bulk answer as refused (refuseItem).
type busyProxy struct {
	refuse     atomic.Int64 // requests still to refuse with 429
	refuseItem atomic.Int64 // bulk answers still to mark
	bulks      atomic.Int64 // bulk requests seen
}

func (p *busyProxy) start(t *testing.T, node string) string {
	target, err := url.Parse(node)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(target)
	rp.ModifyResponse = func(resp *http.Response) error {
		if !strings.HasSuffix(resp.Request.URL.Path, "/_bulk") || p.refuseItem.Add(-1) < 0 {
			return nil
		}
		var ans map[string]any
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err := json.Unmarshal(data, &ans); err == nil {
			items := ans["items"].([]any)
			for _, r := range items[0].(map[string]any) {
				r.(map[string]any)["status"] = http.StatusTooManyRequests
				r.(map[string]any)["error"] = map[string]any{"type": "rejected_execution_exception", "reason": "write queue full"}
			}
			ans["errors"] = true
			data, _ = json.Marshal(ans)
		}
		resp.Body = io.NopCloser(bytes.NewReader(data))
		resp.ContentLength = int64(len(data))
		resp.Header.Del("Content-Length")
		return nil
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/_bulk") {
			p.bulks.Add(1)
			if p.refuse.Add(-1) >= 0 {
				http.Error(w, `{"error":{"type":"rejected_execution_exception","reason":"busy"},"status":429}`, http.StatusTooManyRequests)
				return
			}
		}
		r.Header.Del("Accept-Encoding") // answers the proxy can read
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func someDocuments(n int) []index.Document {
	docs := make([]index.Document, n)
	for i := range docs {
		docs[i] = index.Document{ID: "doc/" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "/" + string(rune('0'+i/26)),
			Type: index.TypeObjective, ActID: "a/1", Date: "2019-01-01", Year: 2019, Text: "Digitalizzazione dei servizi della Città"}
	}
	return docs
}

// TestBulkRetriesBackPressure: a bulk refused whole, then one refused
// action, are sent again until every document is in.
func TestBulkRetriesBackPressure(t *testing.T) {
	node := searchnode.Single(t)
	p := &busyProxy{}
	b, _ := openNew(t, p.start(t, node))
	b.c.backoff = 10 * time.Millisecond
	p.refuse.Store(2)
	p.refuseItem.Store(1)
	ctx := context.Background()
	docs := someDocuments(40)
	if err := b.Index(ctx, docs); err != nil {
		t.Fatal(err)
	}
	// Two refused, one whose first action is refused, one with it alone.
	if got := p.bulks.Load(); got != 4 {
		t.Errorf("%d bulk requests, want 4", got)
	}
	res, err := b.Search(ctx, index.Request{})
	if err != nil || res.Total != len(docs) {
		t.Fatalf("after back-pressure: %+v, %v; want %d documents", res, err, len(docs))
	}

	// A node that never stops refusing: an error naming the index, after
	// a bounded number of attempts.
	p.refuse.Store(1 << 30)
	err = b.Index(ctx, docs)
	if err == nil || !strings.Contains(err.Error(), "still refused") || !strings.Contains(err.Error(), b.alias) {
		t.Fatalf("always busy: err = %v", err)
	}
}

// TestOpenRefusals: a location that cannot work is one clear line.
func TestOpenRefusals(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, tt := range []struct{ location, want string }{
		{"opensearch+ftp://127.0.0.1:9200/albo", "scheme"},
		{"opensearch+http://127.0.0.1:9200/", "alias"},
		{"opensearch+http://127.0.0.1:9200/Albo", "alias"},
		{"opensearch+http://127.0.0.1:9200/albo?shards=x", "shards"},
		{"opensearch+http://127.0.0.1:9200/albo?replicas=-1", "replicas"},
		{"opensearch+http://127.0.0.1:1/albo", "127.0.0.1:1"},
	} {
		u, err := url.Parse(tt.location)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := Open(ctx, u); err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("Open(%s) = %v, want one line about %s", tt.location, err, tt.want)
		}
	}
}
