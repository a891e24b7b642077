package crawl

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/lazyre"
)

// OpenWeb is the profile of the Albo Pretorio of Dedagroup's OpenWeb
// portal (e.g. the Comune di Avella): one listing,
// albo_pretorio_full.php, paged by links; a detail page per act,
// albo_dettagli_full.php?id=N, whose labelled fields give the metadata and
// whose links give the documents (getDoc.php?f=documenti/…). A signed file
// may be served as an HTML page "Documento firmato digitalmente" that
// links to the file itself.
type OpenWeb struct{}

// Where OpenWeb keeps things.
const (
	openWebListingPath = "openweb/albo/albo_pretorio_full.php"
	openWebDetailLink  = `a[href*="albo_dettagli_full.php"]`
	openWebPageParam   = "tabella_albo[start]"
	openWebTitle       = "div.card-title h3"
	// The documents, and the signed ones of the section that follows
	// them, are links to getDoc.php.
	openWebDocuments  = `#documenti a[href], a[href*="getDoc.php"]`
	openWebMainLabel  = "Documento principale"
	openWebSignedPage = "Documento firmato digitalmente"
	openWebDownload   = `a[href*="getDoc.php"][href*="t=download"]`
)

var (
	// "Deliberazioni di Giunta - n. 49 del 09/04/2026", "Avvisi del 11/03/2026"
	openWebAct = lazyre.Compile(`^(.*?)(?:\s*-\s*n\.\s*(\d+)\S*)?\s+del\s+(\d{2}/\d{2}/\d{4})$`)
	// "2026/0000427"
	openWebPublication = lazyre.Compile(`^(\d{4})/0*(\d+)$`)
	openWebDate        = lazyre.Compile(`\d{2}/\d{2}/\d{4}`)
)

// openWebCategories maps the kinds of act OpenWeb prints to albo's
// category names; other kinds become their slug.
var openWebCategories = map[string]string{
	"deliberazioni di giunta":    "giunta",
	"deliberazioni di consiglio": "consiglio",
	"determinazioni":             "determinazioni",
}

func (OpenWeb) Name() string { return "openweb" }

// DownloadHosts: the site serves its documents itself.
func (OpenWeb) DownloadHosts() []string { return nil }

func (OpenWeb) DefaultBaseURL() string      { return "https://servizi.comune.avella.av.it" }
func (OpenWeb) DefaultCategories() []string { return []string{"albo"} }

// Categories: OpenWeb lists every kind of act together; each act's
// category comes from its detail page.
func (OpenWeb) Categories() []Category {
	return []Category{{Name: "albo", Label: "Albo Pretorio"}}
}

func (OpenWeb) FirstPage(base *url.URL, _ Category) *Request {
	return &Request{URL: base.JoinPath(openWebListingPath)}
}

// ParseListing collects the links to detail pages; the next page is the
// pager link with the smallest start offset past the current one.
func (OpenWeb) ParseListing(page *url.URL, html []byte, _ Category) (*Listing, error) {
	doc, err := parseHTML(html)
	if err != nil {
		return nil, err
	}
	var listing Listing
	seen := map[string]bool{}
	doc.Find(openWebDetailLink).Each(func(_ int, s *goquery.Selection) {
		u, err := page.Parse(strings.TrimSpace(s.AttrOr("href", "")))
		if err != nil || u.Query().Get("id") == "" || seen[u.String()] {
			return
		}
		seen[u.String()] = true
		listing.Acts = append(listing.Acts, Listed{DetailURL: u})
	})
	current, _ := strconv.Atoi(page.Query().Get(openWebPageParam))
	best := -1
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		u, err := page.Parse(strings.TrimSpace(s.AttrOr("href", "")))
		if err != nil || !strings.HasSuffix(u.Path, path.Base(openWebListingPath)) {
			return
		}
		start, err := strconv.Atoi(u.Query().Get(openWebPageParam))
		if err == nil && start > current && (best < 0 || start < best) {
			best = start
			listing.Next = &Request{URL: u}
		}
	})
	return &listing, nil
}

// ParseDetail reads the labelled fields of a detail page.
func (OpenWeb) ParseDetail(page *url.URL, html []byte) (*Detail, error) {
	doc, err := parseHTML(html)
	if err != nil {
		return nil, err
	}
	fields := map[string]string{}
	doc.Find("label").Not(".visually-hidden").Each(func(_ int, s *goquery.Selection) {
		key := strings.ToLower(collapse(s.Text()))
		if _, ok := fields[key]; !ok {
			fields[key] = collapse(s.NextAllFiltered("div").First().Text())
		}
	})
	atto, ok := fields["atto"]
	if !ok {
		return nil, errors.New(`no "Atto" field: not an OpenWeb detail page`)
	}
	m := openWebAct().FindStringSubmatch(atto)
	if m == nil {
		return nil, fmt.Errorf("atto %q: no \"<kind> [- n. <number>] del dd/mm/yyyy\"", atto)
	}
	var d Detail
	meta := &d.Meta
	meta.Category = openWebCategories[strings.ToLower(m[1])]
	if meta.Category == "" {
		meta.Category = corpus.Slug(m[1])
	}
	if meta.Date, err = parseItalianDate(m[3]); err != nil {
		return nil, fmt.Errorf("atto %q: %w", atto, err)
	}
	meta.Year = meta.Date.Year()
	meta.Number, _ = strconv.Atoi(m[2])
	if meta.Number == 0 {
		// Acts without a number of their own (avvisi) are known by their
		// publication number, unique within its year.
		p := openWebPublication().FindStringSubmatch(fields["pubblicazione nr."])
		if p == nil {
			return nil, fmt.Errorf("atto %q has no number and publication number %q is unreadable", atto, fields["pubblicazione nr."])
		}
		meta.Year, _ = strconv.Atoi(p[1])
		meta.Number, _ = strconv.Atoi(p[2])
	}
	meta.Subject = collapse(doc.Find(openWebTitle).First().Text())
	meta.Office = fields["ufficio"]
	meta.PublishedFrom, _ = parseItalianDate(openWebDate().FindString(fields["data affissione"]))
	meta.PublishedTo, _ = parseItalianDate(openWebDate().FindString(fields["data scadenza"]))
	var docs documentList
	doc.Find(openWebDocuments).Each(func(_ int, s *goquery.Selection) {
		u, err := page.Parse(strings.TrimSpace(s.AttrOr("href", "")))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return
		}
		label := collapse(s.Text())
		name := label
		if f := u.Query().Get("f"); f != "" {
			name = path.Base(f)
		}
		docs.add(DocRef{Name: name, URL: u, Label: label})
	})
	d.Documents = docs.withRoles(func(d DocRef) bool { return strings.EqualFold(d.Label, openWebMainLabel) })
	return &d, nil
}

// ResolveHTMLDocument follows the download link of the "Documento firmato
// digitalmente" page OpenWeb serves in place of a signed file.
func (OpenWeb) ResolveHTMLDocument(page *url.URL, html []byte) (*url.URL, error) {
	doc, err := parseHTML(html)
	if err != nil {
		return nil, err
	}
	if !strings.Contains(collapse(doc.Find("h3").Text()), openWebSignedPage) {
		return nil, errors.New("an HTML page, not a document")
	}
	href, ok := doc.Find(openWebDownload).First().Attr("href")
	if !ok {
		return nil, fmt.Errorf("%q page without a download link", openWebSignedPage)
	}
	return page.Parse(strings.TrimSpace(href))
}
