package crawl

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/lazyre"
)

// Profile is everything the crawler knows of one kind of Albo: its URLs,
// its markup and its quirks. The engine knows none of them, so another
// municipality is another Profile.
type Profile interface {
	// Name is the source name of the acts it finds ("milano").
	Name() string
	// DefaultBaseURL is the real site's root.
	DefaultBaseURL() string
	// DownloadHosts are the hosts besides the base URL's that serve the
	// site's documents ("host" or "host:port"): the crawl fetches from
	// these and the base URL's host only.
	DownloadHosts() []string
	// Categories are the listings a crawl can walk; the first
	// DefaultCategories of them are walked when none are asked for.
	Categories() []Category
	DefaultCategories() []string
	// FirstPage is the request for the first listing page of cat.
	FirstPage(base *url.URL, cat Category) *Request
	// ParseListing reads a listing page (decoded to UTF-8) fetched from
	// page: the acts it lists and the request for the next page, nil on
	// the last.
	ParseListing(page *url.URL, html []byte, cat Category) (*Listing, error)
	// ParseDetail reads an act's detail page: what it adds to the
	// listing's metadata and the documents to download.
	ParseDetail(page *url.URL, html []byte) (*Detail, error)
	// ResolveHTMLDocument is asked when the site serves an HTML page where
	// a document was expected: it returns the URL that leads to the real
	// file, ErrSessionLost when the download must start again in a new
	// session, or another error saying why the page is not the document.
	ResolveHTMLDocument(page *url.URL, html []byte) (*url.URL, error)
}

// ErrSessionLost means the site answered a download outside the session
// that opened its act; the act is fetched again in a fresh session.
var ErrSessionLost = errors.New("download answered outside a document session")

// Category is one listing of an Albo.
type Category struct {
	Name  string // as in act ids: "giunta"
	Key   string // as the site names it: "9030"
	Label string // as the site titles it
}

// Request is a page the profile asks for: a GET, or a POST of Form.
type Request struct {
	URL  *url.URL
	Form url.Values
}

// Listing is one listing page read.
type Listing struct {
	Acts []Listed
	Next *Request
}

// ListingError lists the rows of a listing page that could not be read;
// the Listing returned with it holds the other rows and the next page.
type ListingError struct{ Problems []string }

func (e *ListingError) Error() string { return strings.Join(e.Problems, "; ") }

// Listed is an act's metadata as a listing or detail page gives it; zero
// fields are unknown.
type Listed struct {
	// ID is the act's corpus id when the listing tells enough to build it;
	// otherwise the detail page's metadata completes it.
	ID            string
	Category      string
	Number        int
	Year          int
	Date          time.Time
	Subject       string
	Office        string
	PublishedFrom time.Time
	PublishedTo   time.Time
	DetailURL     *url.URL
	// ListingURL is the listing page the act was found on; the crawler
	// sets it.
	ListingURL *url.URL
}

// complete fills the fields l lacks from more.
func (l *Listed) complete(more Listed) {
	if l.Category == "" {
		l.Category = more.Category
	}
	if l.Number == 0 {
		l.Number = more.Number
	}
	if l.Year == 0 {
		l.Year = more.Year
	}
	if l.Date.IsZero() {
		l.Date = more.Date
	}
	if l.Subject == "" {
		l.Subject = more.Subject
	}
	if l.Office == "" {
		l.Office = more.Office
	}
	if l.PublishedFrom.IsZero() {
		l.PublishedFrom = more.PublishedFrom
	}
	if l.PublishedTo.IsZero() {
		l.PublishedTo = more.PublishedTo
	}
}

// Detail is an act's detail page read.
type Detail struct {
	Meta      Listed
	Documents []DocRef
}

// DocRef is a document of an act to download.
type DocRef struct {
	Name string // the link's text or file name; the download's own name wins
	URL  *url.URL
	// Role is corpus.RoleMain for the act itself, corpus.RoleAttachment
	// for an annex, as the page presents them.
	Role string
	// Label is the link's text as the page shows it.
	Label string
}

// documentList collects the documents of a detail page in the page's
// order, each URL once. The first document the profile knows for the act
// itself (isMain) is the main one; without one, the first that is not
// labelled an attachment is. The others are attachments.
type documentList struct {
	docs []DocRef
	seen map[string]bool
}

// add appends a document unless its URL is already listed.
func (l *documentList) add(d DocRef) {
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	if d.URL == nil || l.seen[d.URL.String()] {
		return
	}
	l.seen[d.URL.String()] = true
	l.docs = append(l.docs, d)
}

// withRoles returns the documents with their roles, the main one first.
func (l *documentList) withRoles(isMain func(DocRef) bool) []DocRef {
	main := slices.IndexFunc(l.docs, isMain)
	if main < 0 {
		main = slices.IndexFunc(l.docs, func(d DocRef) bool { return !attachmentLabel().MatchString(d.Label) })
	}
	out := make([]DocRef, 0, len(l.docs))
	for i, d := range l.docs {
		d.Role = corpus.RoleAttachment
		if i == main {
			d.Role = corpus.RoleMain
			out = append([]DocRef{d}, out...)
			continue
		}
		out = append(out, d)
	}
	return out
}

// attachmentLabel matches the labels of annexes: "Allegato 2",
// "ALLEGATI", "All. A".
var attachmentLabel = lazyre.Compile(`(?i)\b(allegat[oi]|all\.\s*\w)`)

// profiles are the built-in source profiles by name.
var profiles = map[string]Profile{
	"milano":  Milano{},
	"openweb": OpenWeb{},
}

// ProfileByName returns a built-in profile.
func ProfileByName(name string) (Profile, error) {
	if p, ok := profiles[name]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("unknown source %q (known: %s)", name, strings.Join(ProfileNames(), ", "))
}

// ProfileNames lists the built-in profiles.
func ProfileNames() []string {
	var names []string
	for n := range profiles {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// parseHTML parses a page for the profiles' selectors, with each <br> made
// a space: a cell "N. 28 169212/2013<br>del 05/03/2013" reads as two words
// where the browser shows two lines.
func parseHTML(html []byte) (*goquery.Document, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(html))
	if err != nil {
		return nil, err
	}
	doc.Find("br").ReplaceWithHtml(" ")
	return doc, nil
}

// parseItalianDate reads dd/mm/yyyy.
func parseItalianDate(s string) (time.Time, error) {
	return time.Parse("02/01/2006", strings.TrimSpace(s))
}
