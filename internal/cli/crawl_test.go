package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/replica"
)

func TestCrawlFlags(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string
		check   func(*CrawlOptions) bool
	}{
		{args: []string{"--corpus", "d"}, check: func(o *CrawlOptions) bool {
			return o.Source == "milano" && o.CorpusDir == "d" && o.Delay == time.Second && o.Concurrency == 2 && !o.Full
		}},
		{args: []string{"--source", "milano", "--base-url", "http://127.0.0.1:1", "--category", "giunta,consiglio", "--since", "2026-01-02",
			"--max", "7", "--delay", "0", "--concurrency", "3", "--full", "--json"}, check: func(o *CrawlOptions) bool {
			return o.BaseURL == "http://127.0.0.1:1" && strings.Join(o.Categories, "+") == "giunta+consiglio" &&
				o.Since.Format(time.DateOnly) == "2026-01-02" && o.Max == 7 && o.Delay == 0 && o.Concurrency == 3 && o.Full && o.JSON
		}},
		{args: []string{"--source", "nowhere"}, wantErr: "unknown source"},
		{args: []string{"--category", "giunta,nope"}, wantErr: `no category "nope"`},
		{args: []string{"--since", "02/01/2026"}, wantErr: "want YYYY-MM-DD"},
		{args: []string{"--concurrency", "0"}, wantErr: "--concurrency"},
		{args: []string{"--delay", "-1s"}, wantErr: "--delay"},
		{args: []string{"--max", "-1"}, wantErr: "--max"},
		{args: []string{"--retries", "-1"}, wantErr: "--retries"},
		{args: []string{"extra"}, wantErr: "unknown command"},
		{args: []string{"--base-url", "ftp://example.org"}, wantErr: `--base-url "ftp://example.org": want http(s)://host[/path]`},
		{args: []string{"--base-url", "albo.comune.milano.it"}, wantErr: "--base-url"},
		{args: []string{"--base-url", "http://"}, wantErr: "--base-url"},
		{args: []string{"--timeout", "-1s"}, wantErr: "--timeout"},
		{args: []string{"--timeout", "0"}, wantErr: "--timeout 0s: want more than 0"},
		{args: []string{"--allow-host", "docs.example.org,127.0.0.1:8081"}, check: func(o *CrawlOptions) bool {
			return strings.Join(o.AllowHosts, "+") == "docs.example.org+127.0.0.1:8081"
		}},
		{args: []string{"--allow-host", "http://docs.example.org/x"}, wantErr: `--allow-host "http://docs.example.org/x": want host or host:port`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var got *CrawlOptions
			f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &strings.Builder{}, ErrOut: &strings.Builder{}}}
			cmd := NewCmdCrawl(f, func(_ context.Context, o *CrawlOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(f.IO.Out)
			cmd.SetErr(f.IO.ErrOut)
			err := cmd.Execute()
			if tt.wantErr != "" {
				var ue cmdutil.UsageError
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.As(err, &ue) {
					t.Errorf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got == nil || !tt.check(got) {
				t.Errorf("err %v, options %+v", err, got)
			}
		})
	}
}

func TestCrawlCommand(t *testing.T) {
	r := replica.New(replica.Config{Seed: 61, Days: 2, PerDay: 55})
	srv := httptest.NewServer(r)
	defer srv.Close()
	dir := t.TempDir()
	args := []string{"crawl", "--source", "milano", "--base-url", srv.URL, "--corpus", dir, "--delay", "0", "--concurrency", "4", "--json"}

	code, out, errOut := runAlbo(t, args...)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	var sum map[string]int
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("stdout is not the JSON summary: %v\n%s", err, out)
	}
	n := len(r.Listed())
	if sum["listed"] != n || sum["new"] != n || sum["updated"] != 0 || sum["unchanged"] != 0 || sum["failed"] != 0 {
		t.Errorf("first run summary %v, want %d new", sum, n)
	}
	if !strings.Contains(errOut, "crawl: 100 acts done, ") {
		t.Errorf("no progress line on a non-terminal stderr:\n%s", errOut)
	}

	code, out, _ = runAlbo(t, "corpus", "ls", "--corpus", dir, "--json")
	if code != 0 || strings.Count(out, "\n") != n || !strings.Contains(out, `"id":"milano/`) {
		t.Errorf("corpus ls after the crawl: exit %d, %d lines", code, strings.Count(out, "\n"))
	}
	// The table lists each act's documents under it, attachments with
	// their labels.
	code, out, _ = runAlbo(t, "corpus", "ls", "--corpus", dir)
	attachments := 0
	for _, a := range r.Listed() {
		attachments += len(a.Attachments)
	}
	mains, attached := strings.Count(out, "\n  main "), strings.Count(out, "\n  attachment ")
	if code != 0 || mains != n || attached != attachments || attachments == 0 || !strings.Contains(out, " Allegato 1 - ") {
		t.Errorf("corpus ls table after the crawl: exit %d, %d main and %d attachment lines, want %d and %d:\n%.2000s", code, mains, attached, n, attachments, out)
	}

	// A site that fails: exit 1, one line per failure, the summary still
	// printed.
	srv.Close()
	code, out, errOut = runAlbo(t, "crawl", "--source", "milano", "--base-url", srv.URL, "--corpus", dir, "--delay", "0", "--category", "giunta", "--timeout", "1s", "--retries", "0", "--json")
	if code != 1 || !strings.Contains(errOut, "albo: crawl: giunta page 1: ") || !strings.Contains(out, `"failed":1`) {
		t.Errorf("dead site: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestCrawlOffSite: a detail page that links a document on another host
// gets one line on standard error naming the act and the URL, the count
// in the summary, and no request to that host.
func TestCrawlOffSite(t *testing.T) {
	var offSite atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { offSite.Add(1) }))
	defer other.Close()
	otherURL := strings.Replace(other.URL, "127.0.0.1", "localhost", 1) // another host for the crawler
	r := replica.New(replica.Config{Seed: 62, Days: 1, PerDay: 3})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if !strings.HasSuffix(req.URL.Path, "/showdoc.aspx") {
			r.ServeHTTP(w, req)
			return
		}
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, req)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(bytes.Replace(rec.Body.Bytes(), []byte("</body>"), []byte(`<a href="`+otherURL+`/allegato.pdf">Allegato esterno</a></body>`), 1))
	}))
	defer srv.Close()
	code, out, errOut := runAlbo(t, "crawl", "--source", "milano", "--base-url", srv.URL, "--corpus", t.TempDir(), "--delay", "0")
	n := len(r.Listed())
	if code != 0 || strings.Count(errOut, "/allegato.pdf: off-site URL not fetched") != n || !strings.Contains(out, fmt.Sprintf("off-site links not fetched %d", n)) {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "albo: crawl: "+r.Listed()[0].ID()+": "+otherURL+"/allegato.pdf") {
		t.Errorf("no line names the act and the URL:\n%s", errOut)
	}
	if offSite.Load() != 0 {
		t.Errorf("%d requests to the other host", offSite.Load())
	}
}
