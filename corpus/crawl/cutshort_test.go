package crawl

import (
	"bytes"
	"cmp"
	"context"
	"encoding/base64"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/openalbo/albo/extract/cades/cadestest"
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
			srv, requests, laterRequests := serveAnswers(t, "/atto", "text/html", tt.answers, tt.declared)
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

// TestDocumentCutShort serves documents with nothing to tell a body cut
// short from a whole one (no Content-Length), some cut short: a download
// that looks cut short is fetched again, a PDF that comes the same every
// time is what the site serves, and anything else is left to a later
// round.
func TestDocumentCutShort(t *testing.T) {
	pdf := []byte("%PDF-1.4\n% atto\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
	unended := pdf[:len(pdf)-7]
	envelope := cadestest.NewSigner("Sindaco").Sign(pdf)
	base64Envelope := []byte(base64.StdEncoding.EncodeToString(envelope))
	drawing := []byte("AC1032 tavola di progetto, pianta del piano terra, scala 1:100, formato A1 ")
	tests := []struct {
		name     string
		answers  [][]byte // one per request, the last repeated
		declared bool     // sent with its Content-Length
		want     []byte   // stored; nil: the download fails
		mayPass  bool     // the failure may pass in a later round
		requests int
		file     string // the URL's last segment; empty: atto.pdf
	}{
		{"a whole PDF", [][]byte{pdf}, false, pdf, false, 1, ""},
		{"a PDF cut once", [][]byte{pdf[:30], pdf}, false, pdf, false, 2, ""},
		{"a PDF that never ends as PDFs do", [][]byte{unended}, false, unended, false, cutAttempts, ""},
		{"a PDF cut at the same byte twice", [][]byte{pdf[:30], pdf[:30], pdf}, false, pdf, false, cutAttempts, ""},
		{"a PDF that never ends, with its length", [][]byte{unended}, true, unended, false, 1, ""},
		{"a PDF cut differently every time", [][]byte{pdf[:20], pdf[:30], pdf[:40], pdf}, false, nil, true, cutAttempts, ""},
		{"a PDF cut within its header", [][]byte{pdf[:3], pdf}, false, pdf, false, 2, ""},
		{"an envelope cut within its header", [][]byte{envelope[:1], envelope}, false, envelope, false, 2, ""},
		{"an envelope cut once", [][]byte{envelope[:len(envelope)/2], envelope}, false, envelope, false, 2, ""},
		{"an envelope cut the same way every time", [][]byte{envelope[:len(envelope)/2]}, false, nil, true, cutAttempts, ""},
		{"an envelope that does not open, with its length", [][]byte{envelope[:len(envelope)/2]}, true, nil, false, 1, ""},
		// Neither named nor typed as a PDF: nothing tells it cut short.
		{"a drawing", [][]byte{drawing}, false, drawing, false, 1, "tavola.dwg"},
		{"a file named as a PDF that is not one", [][]byte{drawing}, false, drawing, false, cutAttempts, ""},
		// Too short to be any document: an envelope cut within the bytes
		// that tell it one, on a URL that names nothing.
		{"an envelope cut within its header, named nothing", [][]byte{envelope[:1], envelope}, false, envelope, false, 2, "savep7m.aspx"},
		{"a base64 envelope cut within its header, named nothing", [][]byte{base64Envelope[:12], base64Envelope}, false, base64Envelope, false, 2, "savep7m.aspx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := cmp.Or(tt.file, "atto.pdf")
			srv, requests, _ := serveAnswers(t, "/"+file, "application/octet-stream", tt.answers, tt.declared)
			store := openStore(t, t.TempDir())
			cfg := testFetch()
			cfg.IgnoreRobots = true
			c := &crawler{opts: Options{Now: time.Now}, store: store, fetch: newFetcher(cfg, mustURL(t, srv.URL).Host),
				log: slog.New(slog.DiscardHandler), profile: OpenWeb{}}
			f, err := c.document(context.Background(), DocRef{URL: mustURL(t, srv.URL+"/"+file)}, newSession(), nil)
			if got := int(requests.Load()); got != tt.requests {
				t.Errorf("%d requests, want %d", got, tt.requests)
			}
			if tt.want == nil {
				if err == nil {
					t.Fatalf("stored %+v, want a failure", f)
				}
				if mayPass(err) != tt.mayPass {
					t.Errorf("failure %v: may pass %v, want %v", err, mayPass(err), tt.mayPass)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := readBlob(t, store, f.SHA256); !bytes.Equal(got, tt.want) {
				t.Errorf("stored %q, want %q", got, tt.want)
			}
			var wantPDF []byte // the PDF stored apart, if any
			switch {
			case bytes.HasPrefix(tt.want, []byte("%PDF")):
				wantPDF = tt.want
			case bytes.Equal(tt.want, envelope), bytes.Equal(tt.want, base64Envelope):
				wantPDF = pdf
			}
			if (f.PDFSHA256 != "") != (wantPDF != nil) || (wantPDF != nil && !bytes.Equal(readBlob(t, store, f.PDFSHA256), wantPDF)) {
				t.Errorf("PDF stored %q, want %q", f.PDFSHA256, wantPDF)
			}
		})
	}
}

// serveAnswers is a server that answers the requests for path with answers
// in turn, the last repeated, and those for any other path with the last;
// with declared, each with its Content-Length, else chunked, with none. It
// counts the requests for path, and for the others.
func serveAnswers(t *testing.T, path, contentType string, answers [][]byte, declared bool) (srv *httptest.Server, onPath, elsewhere *atomic.Int32) {
	onPath, elsewhere = new(atomic.Int32), new(atomic.Int32)
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := answers[len(answers)-1]
		if r.URL.Path == path {
			body = answers[min(int(onPath.Add(1)), len(answers))-1]
		} else {
			elsewhere.Add(1)
		}
		w.Header().Set("Content-Type", contentType)
		if declared {
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		} else {
			w.(http.Flusher).Flush() // chunked: no Content-Length
		}
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv, onPath, elsewhere
}
