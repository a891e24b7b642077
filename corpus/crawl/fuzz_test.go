package crawl

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/replica"
)

// seedReplica is the small replica whose pages seed the fuzz tests.
var seedReplica = sync.OnceValue(func() *replica.Replica {
	return replica.New(replica.Config{Seed: 41, Days: 2, PerDay: 20})
})

// replicaPage renders one page of seedReplica.
func replicaPage(t testing.TB, path string) []byte {
	rec := httptest.NewRecorder()
	seedReplica().ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Body.Bytes()
}

// addRealSeeds adds every HTML page of the shared real data, when present.
func addRealSeeds(f *testing.F) {
	for _, sub := range []string{avella, "gpirrotta_OpenAlboPretorio"} {
		names, _ := filepath.Glob(filepath.Join(realdata(f, sub), "*.html"))
		for _, n := range names {
			if data, err := os.ReadFile(n); err == nil {
				f.Add(data)
			}
		}
	}
}

func FuzzParseListing(f *testing.F) {
	f.Add(replicaPage(f, replica.BasePath+"AlboPretorio.aspx?dtid=9050"))
	f.Add(replicaPage(f, replica.BasePath+"AlboPretorio.aspx?dtid=9040"))
	addRealSeeds(f)
	page := mustURL(f, "https://web.comune.milano.it/albopretorio/AlboPretorioWeb/AlboPretorio.aspx?dtid=9030")
	cat := Milano{}.Categories()[0]
	f.Fuzz(func(t *testing.T, html []byte) {
		for _, p := range []Profile{Milano{}, OpenWeb{}} {
			l, err := p.ParseListing(page, html, cat)
			if l == nil {
				if err == nil {
					t.Fatalf("%s: no listing and no error", p.Name())
				}
				continue
			}
			for _, a := range l.Acts {
				if a.DetailURL == nil {
					t.Fatalf("%s: act without a detail URL", p.Name())
				}
				if a.ID != "" {
					if err := corpus.ValidateID(a.ID); err != nil {
						t.Fatalf("%s: %v", p.Name(), err)
					}
				}
			}
			if l.Next != nil && l.Next.URL == nil {
				t.Fatalf("%s: next page without a URL", p.Name())
			}
		}
	})
}

func FuzzParseDetail(f *testing.F) {
	f.Add(replicaPage(f, replica.BasePath+"savep7m.aspx"))
	for _, a := range seedReplica().Listed()[:6] {
		// Acts with and without attachments.
		f.Add(replicaPage(f, replica.BasePath+"showdoc.aspx?procid="+strconv.Itoa(a.ProcID)))
	}
	f.Add([]byte(`<a href="savep7m.aspx?allegato=1">Allegato 1</a><a href="//elsewhere.example/x.pdf">Atto</a><a href="javascript:void(0)">x.pdf</a>`))
	addRealSeeds(f)
	page := mustURL(f, "https://servizi.comune.avella.av.it/openweb/albo/albo_dettagli_full.php?id=1")
	f.Fuzz(func(t *testing.T, html []byte) {
		for _, p := range []Profile{Milano{}, OpenWeb{}} {
			d, err := p.ParseDetail(page, html)
			if err == nil {
				checkDocuments(t, p, d.Documents)
			}
			if u, err := p.ResolveHTMLDocument(page, html); err == nil && u == nil {
				t.Fatalf("%s: no URL and no error", p.Name())
			}
		}
	})
}

// checkDocuments asserts what the crawler relies on in a detail page's
// documents: each an http(s) URL, listed once, the main one (if any)
// first and alone, the others attachments.
func checkDocuments(t *testing.T, p Profile, docs []DocRef) {
	t.Helper()
	seen := map[string]bool{}
	for i, doc := range docs {
		if doc.URL == nil || (doc.URL.Scheme != "http" && doc.URL.Scheme != "https") {
			t.Fatalf("%s: document %d at %v", p.Name(), i, doc.URL)
		}
		if seen[doc.URL.String()] {
			t.Fatalf("%s: %s listed twice", p.Name(), doc.URL)
		}
		seen[doc.URL.String()] = true
		first := i == 0 && (doc.Role == corpus.RoleMain || doc.Role == corpus.RoleAttachment)
		if !first && doc.Role != corpus.RoleAttachment {
			t.Fatalf("%s: document %d has role %q", p.Name(), i, doc.Role)
		}
	}
}
