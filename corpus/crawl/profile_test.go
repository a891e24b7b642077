package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract/cades/cadestest"
	"github.com/openalbo/albo/internal/replica"
	"github.com/openalbo/albo/internal/testenv"
)

// realdata is ../shared/realdata beside the repository. Tests over it skip
// when it is absent, and fail when ALBO_REQUIRE_SHARED=1 (CI).
func realdata(t testing.TB, sub string) string {
	t.Helper()
	return testenv.SharedDir(t, "realdata", sub)
}

func readReal(t testing.TB, sub, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(realdata(t, sub), name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

const avella = "pietroscik_delibere-comunali"

// TestOpenWebDetail reads the real OpenWeb detail pages; the expected
// values were read off the pages by hand.
func TestOpenWebDetail(t *testing.T) {
	page := mustURL(t, "https://servizi.comune.avella.av.it/openweb/albo/albo_dettagli_full.php?id=5485")
	doc := func(name string) string {
		return "https://servizi.comune.avella.av.it/openweb/portal/getDoc.php?f=documenti/" + name
	}
	tests := []struct {
		file                     string
		category                 string
		number, year             int
		date, from, to           string
		subjectPrefix, office    string
		docs                     int
		firstDocName, firstDocAt string
		// labels are the documents' labels as the page shows them, the
		// main one first.
		labels []string
	}{
		{"Delibera_1182011__albo_dettagli_full_1.html", "giunta", 49, 2026, "2026-04-09", "2026-04-13", "2026-04-28",
			"RIACCERTAMENTO ORDINARIO DEI RESIDUI ATTIVI E PASSIVI AL 31/12/2025 AI SENSI DELL'ART.3, COMMA 4,", "SINDACO",
			9, "5485_DeliberadiGiunta_Copia_49_2026.pdf", doc("5485_DeliberadiGiunta_Copia_49_2026.pdf"),
			[]string{"Documento principale", "Stampa_elenco_analitico_residui_attivi_2025_484160.pdf", "Stampa_elenco_analitico_residui_passivi_2025_484139.pdf",
				"Stampa_elenco_analitico_rettifiche_in_aumento_entrate_2025_484170.pdf", "Stampa_elenco_analitico_rettifiche_x_reimputazione_uscite_2025_484140.pdf",
				"Stampa_elenco_analitico_rettifiche_entrate_insussistenza_2025_484185.pdf", "Stampa_elenco_analitico_rettifiche_uscite_insussistenze_2025_484159.pdf",
				"parere_revisore.pdf", "AttestazionePubblicazione.pdf"}},
		{"Determinazione_331__albo_dettagli_full_1.html", "determinazioni", 331, 2026, "2026-05-11", "2026-05-11", "2026-05-26",
			"Ministro dell’Istruzione e del Merito - Piano Nazionale di Ripresa e Resilienza Missione 4", "UFFICIO URBANISTICA - LL.PP.",
			2, "5617_DeterminadiLiquidazione_Copia_331_2026.pdf", doc("5617_DeterminadiLiquidazione_Copia_331_2026.pdf"),
			[]string{"Documento principale", "VistoContabile.pdf"}},
		// An avviso has no number of its own: its publication number
		// 2026/0000312 stands in.
		{"Avviso___albo_dettagli_full_1.html", "avvisi", 312, 2026, "2026-03-11", "2026-03-11", "2026-03-26",
			"Avviso pubblico Piano Anticorruzione 2026-2028 del Comune di Avella - AV.pdf", "SEGRETARIO COMUNALE",
			2, "5369_Modulo_osservazioni_per_i_citt_1773228091.pdf", doc("5369_Modulo_osservazioni_per_i_citt_1773228091.pdf"),
			// No "Documento principale": the page's first document is.
			[]string{"Modulo osservazioni per i cittadini - COMUNE DI AVELLA - AV.pdf", "Avviso pubblico Piano Anticorruzione 2026-2028 del Comune di Avella_Marcato.pdf"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			html := readReal(t, avella, tt.file)
			d, err := OpenWeb{}.ParseDetail(page, html)
			if err != nil {
				t.Fatal(err)
			}
			m := d.Meta
			got := fmt.Sprintf("%s %d %d %s %s %s %s", m.Category, m.Number, m.Year, day(m.Date), day(m.PublishedFrom), day(m.PublishedTo), m.Office)
			want := fmt.Sprintf("%s %d %d %s %s %s %s", tt.category, tt.number, tt.year, tt.date, tt.from, tt.to, tt.office)
			if got != want {
				t.Errorf("metadata\n got %s\nwant %s", got, want)
			}
			if !strings.HasPrefix(m.Subject, tt.subjectPrefix) {
				t.Errorf("subject %q, want it to start with %q", m.Subject, tt.subjectPrefix)
			}
			if len(d.Documents) != tt.docs {
				t.Fatalf("%d documents, want %d", len(d.Documents), tt.docs)
			}
			if d.Documents[0].Name != tt.firstDocName || d.Documents[0].URL.String() != tt.firstDocAt {
				t.Errorf("first document %q at %s", d.Documents[0].Name, d.Documents[0].URL)
			}
			var labels []string
			for i, doc := range d.Documents {
				labels = append(labels, doc.Label)
				if want := map[bool]string{true: corpus.RoleMain, false: corpus.RoleAttachment}[i == 0]; doc.Role != want {
					t.Errorf("document %d %q: role %q, want %q", i, doc.Label, doc.Role, want)
				}
			}
			if !slices.Equal(labels, tt.labels) {
				t.Errorf("labels\n got %q\nwant %q", labels, tt.labels)
			}
		})
	}
}

func TestOpenWebSignedPage(t *testing.T) {
	html := readReal(t, avella, "Avviso___5390_Avviso_pubblico_signed_Marcato_1773750475_1.html")
	page := mustURL(t, "https://servizi.comune.avella.av.it/openweb/portal/getDoc.php?f=documenti/5390_Avviso_pubblico_signed_Marcato_1773750475.pdf")
	u, err := OpenWeb{}.ResolveHTMLDocument(page, html)
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://servizi.comune.avella.av.it/openweb/portal/getDoc.php?t=download&f=documenti/5390_Avviso_pubblico_signed_Marcato_1773750475.pdf"; u.String() != want {
		t.Errorf("download link %s, want %s", u, want)
	}
	// A detail page is not a signed-document page.
	if _, err := (OpenWeb{}).ResolveHTMLDocument(page, readReal(t, avella, "Avviso___albo_dettagli_full_1.html")); err == nil {
		t.Error("a detail page taken for a signed-document page")
	}
}

// TestCharset decodes a real page in windows-1252 (the Barcellona P.G.
// detail page) whether its server declares the charset or not.
func TestCharset(t *testing.T) {
	raw := readReal(t, "gpirrotta_OpenAlboPretorio", "detail-page-barcellonapg.html")
	for _, ct := range []string{"", "text/html", "text/html; charset=ISO-8859-1"} {
		r := &response{URL: mustURL(t, "http://example.org/"), Header: http.Header{"Content-Type": {ct}}, Body: raw}
		html, err := r.html()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(html, []byte("importo €")) {
			t.Errorf("Content-Type %q: the euro sign was not decoded", ct)
		}
	}
}

// TestOpenWebCrawl crawls a stand-in OpenWeb site built from the real
// detail pages: a listing in two pages, documents as PDFs, and one signed
// document served first as the "Documento firmato digitalmente" page.
func TestOpenWebCrawl(t *testing.T) {
	signer := cadestest.NewSigner("Sindaco di Avella")
	pdf := func(name string) []byte { return []byte("%PDF-1.4\n% " + name + "\n%%EOF\n") }
	signedPage := readReal(t, avella, "Avviso___5390_Avviso_pubblico_signed_Marcato_1773750475_1.html")
	details := map[string]string{
		"5485": "Delibera_1182011__albo_dettagli_full_1.html",
		"5617": "Determinazione_331__albo_dettagli_full_1.html",
		"5369": "Avviso___albo_dettagli_full_1.html",
	}
	pages := map[string][]byte{}
	for id, file := range details {
		pages[id] = readReal(t, avella, file)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/openweb/albo/albo_pretorio_full.php", func(w http.ResponseWriter, r *http.Request) {
		ids, next := []string{"5617", "5485"}, `<a href="?tabella_albo%5Bpage%5D=10&tabella_albo%5Bstart%5D=2">2</a>`
		if r.URL.Query().Get("tabella_albo[start]") == "2" {
			ids, next = []string{"5369"}, `<a href="?tabella_albo%5Bpage%5D=10&tabella_albo%5Bstart%5D=0">1</a>`
		}
		fmt.Fprint(w, `<html><body><table>`)
		for _, id := range ids {
			fmt.Fprintf(w, `<tr><td><a href="/openweb/albo/albo_dettagli_full.php?id=%s">Vai</a></td></tr>`, id)
		}
		fmt.Fprintf(w, `</table>%s</body></html>`, next)
	})
	mux.HandleFunc("/openweb/albo/albo_dettagli_full.php", func(w http.ResponseWriter, r *http.Request) {
		w.Write(pages[r.URL.Query().Get("id")])
	})
	var signedServed atomic.Int32
	mux.HandleFunc("/openweb/portal/getDoc.php", func(w http.ResponseWriter, r *http.Request) {
		f := r.URL.Query().Get("f")
		switch {
		case strings.Contains(f, "Avviso_pubblico_Piano_Anticorr") && r.URL.Query().Get("t") != "download":
			w.Write(bytes.ReplaceAll(signedPage, []byte("5390_Avviso_pubblico_signed_Marcato_1773750475.pdf"), []byte(strings.TrimPrefix(f, "documenti/"))))
		case strings.Contains(f, "Avviso_pubblico_Piano_Anticorr"):
			signedServed.Add(1)
			w.Write(signer.Sign(pdf(f)))
		default:
			w.Write(pdf(f))
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	s := openStore(t, t.TempDir())
	sum, err := Run(context.Background(), s, Options{Profile: OpenWeb{}, BaseURL: srv.URL, Fetch: testFetch()})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Listed != 3 || sum.New != 3 || sum.Failed != 0 {
		t.Errorf("summary %+v, failures %v", sum, sum.Failures)
	}
	a, err := s.Act("openweb/avvisi/2026/312")
	if err != nil {
		t.Fatal(err)
	}
	var signed bool
	for _, f := range a.Files {
		if strings.Contains(f.Name, "Avviso_pubblico_Piano_Anticorr") {
			signed = true
			if len(f.Signers) != 1 || f.Signers[0].CommonName != "Sindaco di Avella" {
				t.Errorf("signers %+v", f.Signers)
			}
			if got := readBlob(t, s, f.PDFSHA256); !bytes.Equal(got, pdf("documenti/"+f.Name)) {
				t.Errorf("inner PDF %q", got)
			}
		}
	}
	if !signed || signedServed.Load() != 1 {
		t.Errorf("the signed document was not fetched through its page (served %d times)", signedServed.Load())
	}
	if d, err := s.Act("openweb/giunta/2026/49"); err != nil || len(d.Files) != 9 || d.Office != "SINDACO" {
		t.Errorf("giunta 49: %+v, %v", d, err)
	} else {
		// Every document, the act and its eight attachments, byte for
		// byte with its role and label.
		for i, f := range d.Files {
			role := map[bool]string{true: corpus.RoleMain, false: corpus.RoleAttachment}[i == 0]
			if f.Role != role || f.Label == "" || !bytes.Equal(readBlob(t, s, f.SHA256), pdf("documenti/"+f.Name)) {
				t.Errorf("giunta 49 file %d %q: role %q, label %q, or its bytes differ", i, f.Name, f.Role, f.Label)
			}
		}
	}
	checkVerify(t, s)
	// A second run fetches nothing new.
	served := signedServed.Load()
	if sum, err := Run(context.Background(), s, Options{Profile: OpenWeb{}, BaseURL: srv.URL, Fetch: testFetch()}); err != nil || sum.Unchanged != sum.Listed || sum.New+sum.Updated+sum.Failed != 0 || signedServed.Load() != served {
		t.Errorf("second run: %+v, %v", sum, err)
	}
}

// TestSessionLost makes the site forget the session of every other
// download: the crawler must recognise the HTML error page, never store
// it, and open the act again in a new session for the documents left.
func TestSessionLost(t *testing.T) {
	r := replica.New(replica.Config{Seed: 31, Days: 1, PerDay: 12})
	var downloads atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if strings.HasSuffix(req.URL.Path, "/savep7m.aspx") && downloads.Add(1)%2 == 1 {
			req.Header.Del("Cookie")
		}
		r.ServeHTTP(w, req)
	}))
	defer srv.Close()
	s := openStore(t, t.TempDir())
	sum := crawlReplica(t, s, srv.URL, func(o *Options) { o.Concurrency = 1 })
	if sum.New != len(r.Listed()) || downloads.Load() != int32(2*documents(r.Listed())) {
		t.Errorf("summary %+v after %d downloads", sum, downloads.Load())
	}
	checkArchived(t, s, r.Listed())
}

// TestUnknownCategory and friends: bad options fail before any request.
func TestBadOptions(t *testing.T) {
	s := openStore(t, t.TempDir())
	for _, o := range []Options{
		{},
		{Profile: Milano{}, BaseURL: "ftp://example.org"},
		{Profile: Milano{}, BaseURL: "http://127.0.0.1:1", Categories: []string{"nope"}},
	} {
		if _, err := Run(context.Background(), s, o); err == nil {
			t.Errorf("options %+v accepted", o)
		}
	}
}

// TestDeadServer: a server that does not answer fails the crawl's pages,
// reported, without an error for the whole run.
func TestDeadServer(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	base := srv.URL
	srv.Close()
	s := openStore(t, t.TempDir())
	fc := testFetch()
	fc.MaxAttempts = 2
	sum, err := Run(context.Background(), s, Options{Profile: Milano{}, BaseURL: base, Fetch: fc, Categories: []string{"giunta"}})
	if err != nil || sum.Failed != 1 || !strings.Contains(sum.Failures[0].Err.Error(), "robots.txt") {
		t.Errorf("summary %+v, err %v", sum, err)
	}
}

// TestMilanoDetail reads the documents of detail pages written the ways a
// WebForms site may write them: the act first, its attachments in the
// page's order with their labels, whatever the handler of each.
func TestMilanoDetail(t *testing.T) {
	page := mustURL(t, "https://web.comune.milano.it/albopretorio/AlboPretorioWeb/showdoc.aspx?procid=7")
	base := "https://web.comune.milano.it/albopretorio/AlboPretorioWeb/"
	tests := []struct {
		name, html string
		want       []string // role, label and URL of each document
	}{
		{"no link: the act at savep7m.aspx", `<html><body><h2>Delibera</h2></body></html>`,
			[]string{"main  " + base + "savep7m.aspx"}},
		{"the act and attachments of savep7m.aspx",
			`<a href="savep7m.aspx">Scarica il documento firmato digitalmente</a><ul><li><a href="savep7m.aspx?allegato=1">Allegato 1 - Piano</a></li><li><a href="savep7m.aspx?allegato=2">Allegato&nbsp;2 &ndash; Relazione</a></li></ul>`,
			[]string{"main Scarica il documento firmato digitalmente " + base + "savep7m.aspx", "attachment Allegato 1 - Piano " + base + "savep7m.aspx?allegato=1", "attachment Allegato 2 – Relazione " + base + "savep7m.aspx?allegato=2"}},
		{"attachments listed before the act, other handlers, files linked directly",
			`<table><tr><td><A HREF="./saveallegato.aspx?id=7_1">ALLEGATO 1</A></td></tr><tr><td><a href="Allegati/7/ALL2.pdf">Allegato 2</a></td></tr><tr><td><a href="Download.ashx?f=3">Planimetria</a></td></tr></table>
			<p><a href="javascript:window.print()">Stampa</a> <a href="AlboPretorio.aspx?dtid=9030">Torna all'elenco</a> <a href="showdoc.aspx?procid=8">Atto collegato</a>
			<A HREF='./savep7m.aspx' TITLE="Scarica il documento firmato digitalmente"></A> <a href="savep7m.aspx">Atto (.p7m)</a></p>`,
			[]string{"main Scarica il documento firmato digitalmente " + base + "savep7m.aspx", "attachment ALLEGATO 1 " + base + "saveallegato.aspx?id=7_1",
				"attachment Allegato 2 " + base + "Allegati/7/ALL2.pdf", "attachment Planimetria " + base + "Download.ashx?f=3"}},
		{"only attachments: the first not labelled one is the act",
			`<a href="allegati/ALL1.pdf.p7m">Allegato 1</a> <a href="atto_7.pdf.p7m">Delibera n. 7</a>`,
			[]string{"main Delibera n. 7 " + base + "atto_7.pdf.p7m", "attachment Allegato 1 " + base + "allegati/ALL1.pdf.p7m"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Milano{}.ParseDetail(page, []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, doc := range d.Documents {
				got = append(got, doc.Role+" "+doc.Label+" "+doc.URL.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("documents\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestMilanoListing(t *testing.T) {
	page := mustURL(t, "http://127.0.0.1/albopretorio/AlboPretorioWeb/AlboPretorio.aspx?dtid=9050")
	cat := Milano{}.Categories()[2]
	html := replicaPage(t, replica.BasePath+"AlboPretorio.aspx?dtid=9050")
	l, err := Milano{}.ParseListing(page, html, cat)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Acts) != 10 || l.Next == nil {
		t.Fatalf("%d acts, next %v", len(l.Acts), l.Next)
	}
	for _, field := range []string{"__VIEWSTATE", "__VIEWSTATEGENERATOR", "__EVENTVALIDATION"} {
		if l.Next.Form.Get(field) == "" {
			t.Errorf("next page postback without %s", field)
		}
	}
	if l.Next.Form.Get("__EVENTTARGET") != replica.PagerTarget || l.Next.Form.Get("__EVENTARGUMENT") != "Page$2" {
		t.Errorf("postback %v", l.Next.Form)
	}
	a := l.Acts[0]
	if !strings.HasPrefix(a.ID, "milano/determinazioni/") || a.DetailURL.Path != "/albopretorio/AlboPretorioWeb/showdoc.aspx" ||
		a.Subject == "" || a.Office == "" || a.PublishedFrom.IsZero() || a.PublishedTo.Before(a.PublishedFrom) {
		t.Errorf("first act %+v", a)
	}

	// Spellings of the same page the real site may use.
	period := regexp.MustCompile(`dal (\S+) al (\S+)`)
	variants := []struct {
		name   string
		change func([]byte) []byte
	}{
		{"line breaks glued to words", func(b []byte) []byte {
			b = bytes.ReplaceAll(b, []byte(" <br> del "), []byte("<br/>del "))
			return period.ReplaceAll(b, []byte("dal $1<br />al $2"))
		}},
		{"non-breaking spaces", func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("<td>N. "), []byte("<td>N.&nbsp;")) }},
		{"upper-case tags", func(b []byte) []byte {
			return bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("<td>"), []byte("<TD>")), []byte("<tr class="), []byte("<TR CLASS="))
		}},
		{"numbers in spans before the pager", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`<div id="ctl00_mainIndexContent_pnlRisultati">`),
				[]byte(`<div id="ctl00_mainIndexContent_pnlRisultati"><p>Trovati <span>345</span> atti, pagina <span>1</span></p>`), 1)
		}},
	}
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			changed := v.change(bytes.Clone(html))
			if bytes.Equal(changed, html) {
				t.Fatal("the variant changed nothing")
			}
			l, err := Milano{}.ParseListing(page, changed, cat)
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Acts) != 10 || l.Next == nil || l.Next.Form.Get("__EVENTARGUMENT") != "Page$2" {
				t.Fatalf("%d acts, next %v", len(l.Acts), l.Next)
			}
			for _, a := range l.Acts {
				if a.PublishedFrom.IsZero() || a.PublishedTo.IsZero() || a.Number == 0 {
					t.Errorf("act %s: publication %s-%s", a.ID, day(a.PublishedFrom), day(a.PublishedTo))
				}
			}
		})
	}

	// One unreadable row is reported; the others and the paging survive.
	broken := bytes.Replace(html, []byte("<td>N. "), []byte("<td>Num. "), 1)
	l, err = Milano{}.ParseListing(page, broken, cat)
	var le *ListingError
	if !errors.As(err, &le) || len(le.Problems) != 1 || len(l.Acts) != 9 || l.Next == nil {
		t.Errorf("broken row: err %v, %d acts", err, len(l.Acts))
	}

	// A page that is no listing at all is an error.
	if _, err := (Milano{}).ParseListing(page, []byte("<html><body>Errore</body></html>"), cat); err == nil {
		t.Error("an error page read as a listing")
	}
}

func TestIsHTML(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"<!DOCTYPE html><html><body>Errore</body></html>", true},
		{"\xef\xbb\xbf<html><head><title>Errore</title></head></html>", true},
		{"  \r\n<HTML><BODY>Sessione scaduta</BODY></HTML>", true},
		{"%PDF-1.4\n<html>", false},
		{"MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwGggCSABIIC", false},
	}
	for _, tt := range tests {
		if got := isHTML([]byte(tt.body)); got != tt.want {
			t.Errorf("isHTML(%.30q) = %v", tt.body, got)
		}
	}
}
