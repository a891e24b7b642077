package crawl

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/openalbo/albo/internal/testenv"
)

// listenOn serves h on a loopback address of its own, as another host.
func listenOn(t *testing.T, ip string, h http.Handler) *httptest.Server {
	t.Helper()
	l, err := net.Listen("tcp", ip+":0")
	if err != nil {
		testenv.Unavailable(t, "cannot listen on %s (a second loopback address): %v", ip, err)
	}
	srv := &httptest.Server{Listener: l, Config: &http.Server{Handler: h}}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// hostileAlbo is a Milano Albo whose pages point to another host every
// way a page can: absolute and scheme-relative links to detail pages and
// to documents, redirects of robots.txt, of a detail page and of a
// download, and a pager whose form posts elsewhere.
type hostileAlbo struct {
	other string // http://127.0.0.2:port, the host nothing may be fetched from
}

func (h *hostileAlbo) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	otherHost := strings.TrimPrefix(h.other, "http://")
	switch name := strings.TrimPrefix(r.URL.Path, milanoDir); name {
	case "/robots.txt":
		http.Redirect(w, r, h.other+"/robots.txt", http.StatusMovedPermanently)
	case "AlboPretorio.aspx":
		fmt.Fprintf(w, `<html><body><form id="aspnetForm" method="post" action="%[1]s/AlboPretorio.aspx?dtid=9030">
<input type="hidden" name="__VIEWSTATE" value="x" />
<div id="ctl00_mainIndexContent_pnlRisultati"><table>
<tr class="item0"><td><a href="showdoc.aspx?procid=1">Atto del sito</a></td><td title="DIREZIONE">D</td><td>N. 1 1/2026 del 02/03/2026</td><td>dal 03/03/2026 al 18/03/2026</td></tr>
<tr class="item1"><td><a href="%[1]s/albopretorio/AlboPretorioWeb/showdoc.aspx?procid=2">Assoluto altrove</a></td><td title="D">D</td><td>N. 2 2/2026 del 02/03/2026</td><td>dal 03/03/2026 al 18/03/2026</td></tr>
<tr class="item0"><td><a href="//%[2]s/showdoc.aspx?procid=3">Senza schema altrove</a></td><td title="D">D</td><td>N. 3 3/2026 del 02/03/2026</td><td>dal 03/03/2026 al 18/03/2026</td></tr>
<tr class="item1"><td><a href="showdoc.aspx?procid=4">Dettaglio rediretto</a></td><td title="D">D</td><td>N. 4 4/2026 del 02/03/2026</td><td>dal 03/03/2026 al 18/03/2026</td></tr>
<tr class="item0"><td><a href="showdoc.aspx?procid=5">Documento rediretto</a></td><td title="D">D</td><td>N. 5 5/2026 del 02/03/2026</td><td>dal 03/03/2026 al 18/03/2026</td></tr>
<tr class="pager"><td colspan="4"><table><tr><td><span>1</span></td><td><a href="javascript:__doPostBack('ctl00$grid','Page$2')">2</a></td></tr></table></td></tr>
</table></div></form></body></html>`, h.other, otherHost)
	case "showdoc.aspx":
		switch r.URL.Query().Get("procid") {
		case "1":
			fmt.Fprintf(w, `<html><body><a href="savep7m.aspx">Atto</a>
<a href="savep7m.aspx?allegato=1">Allegato 1</a>
<a href="%s/allegato2.pdf">Allegato 2</a>
<a href="//%s/allegato3.pdf.p7m">Allegato 3</a>
<a href="savep7m.aspx?allegato=4">Allegato 4</a></body></html>`, h.other, otherHost)
		case "4":
			http.Redirect(w, r, h.other+"/showdoc.aspx?procid=4", http.StatusFound)
		case "5":
			fmt.Fprint(w, `<html><body><a href="savep7m.aspx?procid=5">Atto</a></body></html>`)
		default:
			http.NotFound(w, r)
		}
	case "savep7m.aspx":
		switch {
		case r.URL.Query().Get("procid") == "5":
			http.Redirect(w, r, h.other+"/atto5.pdf", http.StatusMovedPermanently)
		case r.URL.Query().Get("allegato") == "4":
			// A redirect within the site is followed.
			http.Redirect(w, r, "savep7m.aspx?allegato=1", http.StatusFound)
		default:
			fmt.Fprintf(w, "%%PDF-1.4\n%% %s\n%%%%EOF\n", r.URL.RawQuery)
		}
	default:
		http.NotFound(w, r)
	}
}

const milanoDir = "/" + milanoPath

// TestOffSiteNeverFetched crawls a hostile Albo on 127.0.0.1 whose pages
// point to 127.0.0.2: nothing may be asked of the second host, and every
// link to it is reported with the act or page that holds it.
func TestOffSiteNeverFetched(t *testing.T) {
	var otherRequests []string
	var mu sync.Mutex
	other := listenOn(t, "127.0.0.2", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		otherRequests = append(otherRequests, r.URL.RequestURI())
		mu.Unlock()
		fmt.Fprint(w, "%PDF-1.4\nfetched off-site\n")
	}))
	site := &hostileAlbo{other: other.URL}
	srv := listenOn(t, "127.0.0.1", site)
	s := openStore(t, t.TempDir())
	sum, err := Run(context.Background(), s, Options{Profile: Milano{}, BaseURL: srv.URL, Categories: []string{"giunta"}, Fetch: testFetch()})
	if err != nil {
		t.Fatal(err)
	}

	if len(otherRequests) != 0 {
		t.Errorf("%d off-site fetches: %v", len(otherRequests), otherRequests)
	}
	t.Logf("off-site fetches: %d; off-site links reported: %d", len(otherRequests), sum.OffSite)
	var reported []string
	for _, f := range sum.OffSiteLinks {
		reported = append(reported, f.String())
	}
	want := []string{
		"giunta page 1: " + other.URL + "/AlboPretorio.aspx?dtid=9030",
		"milano/giunta/2026/1: " + other.URL + "/allegato2.pdf",
		"milano/giunta/2026/1: " + other.URL + "/allegato3.pdf.p7m",
		"milano/giunta/2026/2: " + other.URL + "/albopretorio/AlboPretorioWeb/showdoc.aspx?procid=2",
		"milano/giunta/2026/3: " + other.URL + "/showdoc.aspx?procid=3",
		"milano/giunta/2026/4: " + other.URL + "/showdoc.aspx?procid=4",
		"milano/giunta/2026/5: " + other.URL + "/atto5.pdf",
	}
	for i, w := range want {
		want[i] = w + ": " + ErrOffSite.Error()
	}
	slices.Sort(reported)
	if !slices.Equal(reported, want) || sum.OffSite != len(want) {
		t.Errorf("off-site links reported (%d):\n%s\nwant:\n%s", sum.OffSite, strings.Join(reported, "\n"), strings.Join(want, "\n"))
	}
	// The act of the site is archived with its documents on the site.
	rec, err := s.Act("milano/giunta/2026/1")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range rec.Files {
		got = append(got, f.Role+" "+f.Label)
	}
	if wantFiles := []string{"main Atto", "attachment Allegato 1", "attachment Allegato 4"}; !slices.Equal(got, wantFiles) {
		t.Errorf("act 1 files %q, want %q", got, wantFiles)
	}
	// Those whose detail page or only document is elsewhere are not.
	for _, id := range []string{"milano/giunta/2026/2", "milano/giunta/2026/3"} {
		if _, err := s.Act(id); err == nil {
			t.Errorf("act %s, listed off-site, archived", id)
		}
	}
	for _, id := range []string{"milano/giunta/2026/4", "milano/giunta/2026/5"} {
		if a, err := s.Act(id); err == nil && len(a.Files) > 0 {
			t.Errorf("act %s archived with %d files from off-site", id, len(a.Files))
		}
	}
	if sum.Failed != 2 {
		t.Errorf("%d failures, want acts 4 and 5: %v", sum.Failed, sum.Failures)
	}
	checkVerify(t, s)
}
