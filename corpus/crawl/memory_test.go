//go:build linux

package crawl

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/openalbo/albo/extract/cades/cadestest"
)

// The child process of TestMemoryBounded crawls the Albo at these.
const (
	memBaseEnv   = "ALBO_CRAWL_MEM_BASE"
	memCorpusEnv = "ALBO_CRAWL_MEM_CORPUS"
)

// Sizes of TestMemoryBounded's Albo: a listing page of hugeRows rows and
// documents of hugeDocument bytes, sent without a Content-Length.
const (
	hugeRows     = 400000
	hugeDocument = 160 << 20
	// memoryBound is the most the crawling process may hold at its peak.
	memoryBound = 200 << 20
)

// memoryChild crawls the Albo at base into dir, then prints its peak
// resident memory and the largest heap the runtime obtained.
func memoryChild(base, dir string) int {
	// A download of 160 MiB may take longer than the tests' usual 2 s per
	// attempt on a loaded machine: it is memory that is measured here.
	fetch := testFetch()
	fetch.Timeout = 2 * time.Minute
	if code := crawlChild(base, dir, Options{Max: 2, Concurrency: 2, Fetch: fetch}); code != 0 {
		return code
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 5
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("peak-rss %d\nheap-sys %d\n", ru.Maxrss<<10, ms.HeapSys) // Maxrss is in KiB on Linux
	return 0
}

// hugeAlbo serves one listing page of hugeRows acts and, for each act, a
// document of hugeDocument bytes streamed without a Content-Length: it
// holds nothing of either in memory itself.
func hugeAlbo(w http.ResponseWriter, r *http.Request) {
	switch strings.TrimPrefix(r.URL.Path, milanoDir) {
	case "AlboPretorio.aspx":
		bw := bufio.NewWriter(w)
		bw.WriteString(`<html><body><form id="aspnetForm" method="post" action="AlboPretorio.aspx?dtid=9030"><div id="ctl00_mainIndexContent_pnlRisultati"><table>`)
		for i := 1; i <= hugeRows; i++ {
			fmt.Fprintf(bw, "<tr class=\"item%d\"><td><a href=\"showdoc.aspx?procid=%d\">Atto numero %d</a></td><td title=\"DIREZIONE\">D</td><td>N. %d 1/2026 del 02/03/2026</td><td>dal 03/03/2026 al 18/03/2026</td></tr>\n", i%2, i, i, i)
		}
		bw.WriteString("</table></div></form></body></html>")
		bw.Flush()
	case "showdoc.aspx":
		fmt.Fprintf(w, `<html><body><a href="savep7m.aspx?procid=%s">Atto</a></body></html>`, r.URL.Query().Get("procid"))
	case "savep7m.aspx":
		w.Header().Set("Content-Type", "application/pdf")
		w.(http.Flusher).Flush() // no Content-Length: chunked
		if r.URL.Query().Get("procid") == hugeEnvelopeAct {
			// A signed envelope around the PDF, as streaming tools write it.
			cadestest.Streamed(w, hugeEnvelopeTemplate(), hugePDF{}, hugeDocument, 1<<20)
			return
		}
		io.Copy(w, io.MultiReader(io.LimitReader(hugePDF{}, hugeDocument-int64(len(pdfEnd))), strings.NewReader(pdfEnd)))
	default:
		http.NotFound(w, r)
	}
}

// hugeEnvelopeAct is the act whose document is served in a signed
// envelope, its content streamed in chunks.
const hugeEnvelopeAct = "2"

// hugeEnvelopeTemplate is the envelope whose signature the huge one
// carries (not intact, being over other content).
var hugeEnvelopeTemplate = sync.OnceValue(func() []byte {
	return cadestest.NewSigner("Mario Rossi").Sign([]byte("%PDF-1.4\n"))
})

// pdfEnd ends the huge PDF as a whole one ends.
const pdfEnd = "\n%%EOF\n"

// hugePDF is an endless PDF: a header, then filler.
type hugePDF struct{}

func (hugePDF) Read(p []byte) (int, error) {
	n := copy(p, "%PDF-1.4\n")
	for i := n; i < len(p); i++ {
		p[i] = byte('a' + i%26)
	}
	return len(p), nil
}

// TestMemoryBounded crawls, in a child process, a listing page of 400,000
// rows and two documents of 160 MiB each fetched at once without a
// Content-Length, one a PDF and one a signed envelope around one, and
// checks the process's peak memory: pages are read as far as the page cap,
// rows as far as the row cap, documents are streamed to the corpus, and
// the envelope is opened from it.
func TestMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 320 MiB")
	}
	srv := httptest.NewServer(http.HandlerFunc(hugeAlbo))
	defer srv.Close()
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), memBaseEnv+"="+srv.URL, memCorpusEnv+"="+dir)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child crawl: %v\n%s", err, out)
	}
	figures := map[string]int64{}
	for line := range strings.Lines(string(out)) {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
			figures[k], _ = strconv.ParseInt(v, 10, 64)
		}
	}
	t.Logf("peak RSS %d MiB, largest heap %d MiB (bound %d MiB), for a %d-row listing and two %d MiB downloads at once, one a signed envelope",
		figures["peak-rss"]>>20, figures["heap-sys"]>>20, memoryBound>>20, hugeRows, hugeDocument>>20)
	if figures["peak-rss"] == 0 || figures["peak-rss"] > memoryBound {
		t.Errorf("peak RSS %d bytes, want at most %d", figures["peak-rss"], memoryBound)
	}
	s := openStore(t, dir)
	for _, id := range []string{"milano/giunta/2026/1", "milano/giunta/2026/2"} {
		a, err := s.Act(id)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case len(a.Files) != 1:
			t.Errorf("act %s: files %+v", id, a.Files)
		case id == "milano/giunta/2026/"+hugeEnvelopeAct:
			f := a.Files[0]
			if f.Size <= hugeDocument || f.PDFSHA256 == "" || f.PDFSHA256 == f.SHA256 || len(f.Signers) != 1 || f.Signers[0].CommonName != "Mario Rossi" {
				t.Errorf("act %s: the envelope's file %+v, want its PDF stored apart and its signer", id, f)
			} else if pdf, err := s.OpenBlob(f.PDFSHA256); err != nil {
				t.Error(err)
			} else {
				n, _ := io.Copy(io.Discard, pdf)
				pdf.Close()
				if n != hugeDocument {
					t.Errorf("act %s: the envelope's PDF is %d bytes, want %d", id, n, hugeDocument)
				}
			}
		case a.Files[0].Size != hugeDocument || a.Files[0].PDFSHA256 != a.Files[0].SHA256:
			t.Errorf("act %s: files %+v", id, a.Files)
		}
	}
	checkVerify(t, s)
}
