package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/replica"
	"github.com/openalbo/albo/web"
)

func TestServeFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  string
		want ServeOptions
	}{
		{"defaults", nil, "", ServeOptions{CorpusDir: cmdutil.DefaultCorpus, Addr: "127.0.0.1:8080"}},
		{"env corpus", nil, "/srv/albo", ServeOptions{CorpusDir: "/srv/albo", Addr: "127.0.0.1:8080"}},
		{"flags", []string{"--corpus", "c", "--addr", "0.0.0.0:9000", "--base-url", "https://albo.example.org", "--municipality", "Milano"}, "/srv/albo",
			ServeOptions{CorpusDir: "c", Addr: "0.0.0.0:9000", BaseURL: "https://albo.example.org", Municipality: "Milano"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("ALBO_CORPUS", tt.env)
			var got *ServeOptions
			cmd := NewCmdServe(&cmdutil.Factory{IO: &cmdutil.IOStreams{Out: io.Discard, ErrOut: io.Discard}}, func(_ context.Context, o *ServeOptions) error {
				got = o
				return nil
			})
			cmd.SetArgs(tt.args)
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			if got.CorpusDir != tt.want.CorpusDir || got.Addr != tt.want.Addr || got.BaseURL != tt.want.BaseURL || got.Municipality != tt.want.Municipality {
				t.Errorf("got %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestDemoFlags(t *testing.T) {
	var got *DemoOptions
	cmd := NewCmdDemo(&cmdutil.Factory{IO: &cmdutil.IOStreams{Out: io.Discard, ErrOut: io.Discard}}, func(_ context.Context, o *DemoOptions) error {
		got = o
		return nil
	})
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	cmd.SetArgs(nil)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Addr != web.DefaultAddr || got.Dir != "" {
		t.Errorf("defaults: %+v", *got)
	}
	cmd.SetArgs([]string{"extra"})
	if err := cmd.Execute(); err == nil {
		t.Error("demo accepted an argument")
	}
}

func TestServeNeedsAnIndexedCorpus(t *testing.T) {
	code, _, stderr := runAlbo(t, "serve", "--corpus", t.TempDir()+"/none", "--addr", "127.0.0.1:0")
	if code != cmdutil.ExitFailed || !strings.Contains(stderr, "not a corpus") {
		t.Errorf("missing corpus: exit %d, %q", code, stderr)
	}
	dir := t.TempDir()
	s, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, _, stderr = runAlbo(t, "serve", "--corpus", dir, "--addr", "127.0.0.1:0")
	if code != cmdutil.ExitFailed || !strings.Contains(stderr, "albo index") {
		t.Errorf("corpus without index: exit %d, %q", code, stderr)
	}
}

func TestServeBadAddr(t *testing.T) {
	code, _, stderr := runAlbo(t, "demo", "--addr", "localhost")
	if code != cmdutil.ExitUsage || !strings.Contains(stderr, "--addr") {
		t.Errorf("demo --addr localhost: exit %d, %q", code, stderr)
	}
}

func TestListenWhenThePortIsTaken(t *testing.T) {
	ctx := context.Background()
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	addr := taken.Addr().String()
	_, _, err = listen(ctx, addr, false)
	var ue cmdutil.UsageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "--addr") {
		t.Errorf("serve on a taken port: %v, want a usage error naming --addr", err)
	}
	ln, note, err := listen(ctx, addr, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if ln.Addr().String() == addr || !strings.Contains(note, addr) || !strings.Contains(note, ln.Addr().String()) {
		t.Errorf("demo on a taken port: listening on %s, note %q", ln.Addr(), note)
	}
}

// syncBuffer is a bytes.Buffer a command writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingLine = regexp.MustCompile(`serving on (http://127\.0\.0\.1:[0-9]+/)`)

// startAlbo runs a serving command until the test ends and returns the
// address it printed, and a func that stops it and returns its exit code.
func startAlbo(t *testing.T, args ...string) (url string, stop func() (int, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, args)
	}()
	stop = func() (int, string) {
		cancel()
		return <-done, errOut.String()
	}
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if m := servingLine.FindStringSubmatch(out.String()); m != nil {
			return m[1], stop
		}
		select {
		case code := <-done:
			t.Fatalf("albo %v exited %d before serving:\n%s", args, code, errOut.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	stop()
	t.Fatalf("albo %v did not print its address:\n%s", args, errOut.String())
	return "", nil
}

func getJSON(t *testing.T, url string, into any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(into); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

// TestServeAndDemo runs `albo demo` as a user would, with its temporary
// folder, then `albo serve` on a corpus the demo kept with --dir.
func TestServeAndDemo(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	url, stop := startAlbo(t, "demo", "--addr", "127.0.0.1:0")
	var resp index.Response
	getJSON(t, url+"api/search?type=act", &resp)
	if resp.Total != 2 {
		t.Errorf("demo: %d acts in the index, want the 2 samples", resp.Total)
	}
	if code, stderr := stop(); code != cmdutil.ExitOK {
		t.Errorf("demo exited %d:\n%s", code, stderr)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("demo left %d entries in its temporary folder", len(left))
	}

	kept := t.TempDir()
	_, stopDemo := startAlbo(t, "demo", "--addr", "127.0.0.1:0", "--dir", kept)
	stopDemo()
	url, stop = startAlbo(t, "serve", "--corpus", kept, "--addr", "127.0.0.1:0")
	defer stop()
	getJSON(t, url+"api/search?type=act", &resp)
	if resp.Total != 2 {
		t.Errorf("serve: %d acts in the index, want 2", resp.Total)
	}
}

// TestServeUpdates runs `albo serve --update` against the local replica of
// the Milano Albo: the server crawls, extracts and indexes the sample acts
// by itself and serves them, says so on /stato and /healthz, and counts
// its work on /metrics.
func TestServeUpdates(t *testing.T) {
	albo := httptest.NewServer(replica.NewSamples())
	defer albo.Close()
	dir := t.TempDir()
	url, stop := startAlbo(t, "serve", "--corpus", dir, "--addr", "127.0.0.1:0",
		"--update", "1h", "--source", "milano", "--albo-url", albo.URL)
	defer stop()
	deadline := time.Now().Add(2 * time.Minute)
	var resp index.Response
	for time.Now().Before(deadline) {
		getJSON(t, url+"api/search?type=act", &resp)
		if resp.Total == 2 {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if resp.Total != 2 {
		_, stderr := stop()
		t.Fatalf("%d acts served, want the 2 samples the update archives\n%s", resp.Total, stderr)
	}
	for _, tt := range []struct{ path, want string }{
		{"healthz", "ok"},
		{"stato", "Generazione dell'indice</dt><dd>1,"},
		{"stato", "Atti nuovi</dt><dd>2"},
		{"metrics", `albo_crawl_acts_total{status="new"} 2`},
		{"metrics", `albo_index_generation 1`},
		{"metrics", `albo_http_requests_total{code="200"}`},
	} {
		var body string
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) { // /stato shows the run once it ended
			r, err := http.Get(url + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			data, _ := io.ReadAll(r.Body)
			r.Body.Close()
			if body = string(data); r.StatusCode == 200 && strings.Contains(body, tt.want) {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if !strings.Contains(body, tt.want) {
			t.Errorf("/%s lacks %q:\n%.2000s", tt.path, tt.want, body)
		}
	}
}
