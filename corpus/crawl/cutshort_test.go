package crawl

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// TestPageCutShort serves pages with nothing to tell a body cut short from
// a whole one (no Content-Length), some cut short: a page that does not
// close its html element is fetched again, one that comes the same every
// time is what its host serves (and its host's later pages are fetched
// once), and one different every time is left to a later round.
func TestPageCutShort(t *testing.T) {
	page := []byte("<!DOCTYPE html>\n<html><body><table><tr><td>atto</td></tr></table></body></html>\n")
	unended := page[:len(page)-8]
	tests := []struct {
		name     string
		answers  [][]byte // one per request, the last repeated
		declared bool     // sent with its Content-Length
		want     []byte   // read; nil: the fetch fails
		requests int
		// later: requests for another page of the same host, served as
		// the last answer.
		later int
	}{
		{"a whole page", [][]byte{page}, false, page, 1, 1},
		{"a page cut once", [][]byte{page[:40], page}, false, page, 2, 1},
		{"a page cut in its first bytes", [][]byte{page[:4], page}, false, page, 2, 1},
		{"a host whose pages never close html", [][]byte{unended}, false, unended, cutAttempts, 1},
		{"a page cut at the same byte twice", [][]byte{page[:40], page[:40], page}, false, page, cutAttempts, 1},
		{"a page cut differently every time", [][]byte{page[:30], page[:40], page[:50], page}, false, nil, cutAttempts, 1},
		{"a page without html's end, with its length", [][]byte{unended}, true, unended, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var requests, laterRequests atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				body := tt.answers[len(tt.answers)-1]
				if r.URL.Path == "/atto" {
					body = tt.answers[min(int(requests.Add(1)), len(tt.answers))-1]
				} else {
					laterRequests.Add(1)
				}
				w.Header().Set("Content-Type", "text/html")
				if tt.declared {
					w.Header().Set("Content-Length", strconv.Itoa(len(body)))
				} else {
					w.(http.Flusher).Flush() // chunked: no Content-Length
				}
				w.Write(body)
			}))
			defer srv.Close()
			f, _ := recordingFetcher(FetchConfig{Timeout: time.Second, IgnoreRobots: true})
			resp, err := f.fetch(context.Background(), &request{URL: mustURL(t, srv.URL+"/atto")})
			if got := int(requests.Load()); got != tt.requests {
				t.Errorf("%d requests, want %d", got, tt.requests)
			}
			switch {
			case tt.want == nil && err == nil:
				t.Fatalf("read %q, want a failure", resp.Body)
			case tt.want == nil && !mayPass(err):
				t.Errorf("failure %v may not pass: the act would not be tried again", err)
			case tt.want != nil && err != nil:
				t.Fatal(err)
			case tt.want != nil && !bytes.Equal(resp.Body, tt.want):
				t.Errorf("read %q, want %q", resp.Body, tt.want)
			}
			// Another page of the same host, served as the last answer.
			if _, err := f.fetch(context.Background(), &request{URL: mustURL(t, srv.URL+"/altro")}); err != nil {
				t.Fatal(err)
			}
			if got := int(laterRequests.Load()); got != tt.later {
				t.Errorf("a later page of the host took %d requests, want %d", got, tt.later)
			}
		})
	}
}
