package crawl

import (
	"fmt"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/lazyre"
)

// Milano is the profile of the Comune di Milano Albo Pretorio on line, an
// ASP.NET WebForms site (contract/ALBO-MILANO.md): listings by dtid, paged
// by form postback; a detail page that opens a session; savep7m.aspx that
// serves the signed document of the act last opened in that session.
type Milano struct{}

// Where the Milano Albo keeps things: every selector and URL rule of the
// site is here.
const (
	milanoPath         = "albopretorio/AlboPretorioWeb/"
	milanoResults      = "div#ctl00_mainIndexContent_pnlRisultati"
	milanoRows         = "tr.item0, tr.item1"
	milanoForm         = "form#aspnetForm"
	milanoDownloadPath = "savep7m.aspx"
)

var (
	// "N. 28 169212/2013 <br> del 05/03/2013": number, protocol, date.
	milanoNumber = lazyre.Compile(`N\.\s*(\d+)(?:\s+\d+/\d{4})?\s+del\s+(\d{2}/\d{2}/\d{4})`)
	// The publication period: the first two dates of the fourth cell,
	// whatever joins them ("dal 06/03/2013 al 21/03/2013", "Dal … Al …",
	// "06/03/2013 - 21/03/2013"); the contract does not say which.
	milanoPeriod = lazyre.Compile(`(\d{2}/\d{2}/\d{4})\D+?(\d{2}/\d{2}/\d{4})`)
	// javascript:__doPostBack('ctl00$mainIndexContent$gvRisultati','Page$2')
	milanoPostBack = lazyre.Compile(`__doPostBack\('([^']*)','(Page\$\d+)'\)`)
)

func (Milano) Name() string { return "milano" }

// DownloadHosts: the site serves its documents itself.
func (Milano) DownloadHosts() []string { return nil }

func (Milano) DefaultBaseURL() string { return "https://web.comune.milano.it" }

func (Milano) Categories() []Category {
	cats := []Category{
		{Name: "giunta", Key: "9030", Label: "Delibere di Giunta"},
		{Name: "consiglio", Key: "9040", Label: "Delibere di Consiglio"},
		{Name: "determinazioni", Key: "9050", Label: "Determinazioni Dirigenziali"},
		{Name: "documenti-vari", Key: "9060", Label: "Documenti Vari"},
		{Name: "matrimoni", Key: "9020", Label: "Pubblicazioni di Matrimonio"},
		{Name: "articolo-60", Key: "9070", Label: "Articolo 60"},
	}
	for z := 1; z <= 9; z++ {
		cats = append(cats, Category{Name: fmt.Sprintf("municipio-%d", z),
			Key: strconv.Itoa((z+11)*1000 + 60), Label: fmt.Sprintf("Delibere di Municipio %d", z)})
	}
	return cats
}

func (Milano) DefaultCategories() []string { return []string{"giunta", "consiglio", "determinazioni"} }

func (Milano) FirstPage(base *url.URL, cat Category) *Request {
	u := base.JoinPath(milanoPath, "AlboPretorio.aspx")
	u.RawQuery = url.Values{"dtid": {cat.Key}}.Encode()
	return &Request{URL: u}
}

func (m Milano) ParseListing(page *url.URL, html []byte, cat Category) (*Listing, error) {
	doc, err := parseHTML(html)
	if err != nil {
		return nil, err
	}
	panel := doc.Find(milanoResults)
	if panel.Length() == 0 {
		return nil, fmt.Errorf("no results panel (%s): not a listing page", milanoResults)
	}
	var listing Listing
	var problems []string
	panel.Find(milanoRows).Each(func(i int, row *goquery.Selection) {
		a, err := m.parseRow(page, row, cat)
		if err != nil {
			problems = append(problems, fmt.Sprintf("row %d: %v", i+1, err))
			return
		}
		listing.Acts = append(listing.Acts, a)
	})
	listing.Next = milanoNextPage(page, doc, panel)
	if len(problems) > 0 {
		return &listing, &ListingError{Problems: problems}
	}
	return &listing, nil
}

func (Milano) parseRow(page *url.URL, row *goquery.Selection, cat Category) (Listed, error) {
	cells := row.ChildrenFiltered("td")
	if cells.Length() < 3 {
		return Listed{}, fmt.Errorf("%d cells, want 4", cells.Length())
	}
	link := cells.Eq(0).Find("a[href]").First()
	href, ok := link.Attr("href")
	if !ok {
		return Listed{}, fmt.Errorf("no link to the act's page")
	}
	detail, err := page.Parse(strings.TrimSpace(href))
	if err != nil {
		return Listed{}, fmt.Errorf("link %q: %w", href, err)
	}
	num := milanoNumber().FindStringSubmatch(collapse(cells.Eq(2).Text()))
	if num == nil {
		return Listed{}, fmt.Errorf("number cell %q: no \"N. <number> … del dd/mm/yyyy\"", collapse(cells.Eq(2).Text()))
	}
	number, err := strconv.Atoi(num[1])
	if err != nil || number <= 0 {
		return Listed{}, fmt.Errorf("act number %q", num[1])
	}
	date, err := parseItalianDate(num[2])
	if err != nil {
		return Listed{}, fmt.Errorf("act date: %w", err)
	}
	office := collapse(cells.Eq(1).AttrOr("title", ""))
	if office == "" {
		office = collapse(cells.Eq(1).Text())
	}
	a := Listed{
		ID:        corpus.ActID("milano", cat.Name, date.Year(), number),
		Category:  cat.Name,
		Number:    number,
		Year:      date.Year(),
		Date:      date,
		Subject:   collapse(link.Text()),
		Office:    office,
		DetailURL: detail,
	}
	if p := milanoPeriod().FindStringSubmatch(collapse(cells.Eq(3).Text())); p != nil {
		a.PublishedFrom, _ = parseItalianDate(p[1])
		a.PublishedTo, _ = parseItalianDate(p[2])
	}
	return a, nil
}

// milanoNextPage builds the postback to the page after the current one,
// carrying every hidden field of the form, as the browser would.
func milanoNextPage(page *url.URL, doc *goquery.Document, panel *goquery.Selection) *Request {
	// The pager is the table row of the postback links; among them the
	// current page is plain text.
	pager := panel.Find(`a[href*="Page$"]`).First().Closest("tr")
	current := 0
	pager.Find("span").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		n, err := strconv.Atoi(strings.TrimSpace(s.Text()))
		if err == nil {
			current = n
		}
		return err != nil
	})
	if current == 0 {
		return nil
	}
	var next, target string
	want := fmt.Sprintf("Page$%d", current+1)
	pager.Find("a[href]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		m := milanoPostBack().FindStringSubmatch(s.AttrOr("href", ""))
		if m != nil && m[2] == want {
			target, next = m[1], m[2]
			return false
		}
		return true
	})
	if next == "" {
		return nil
	}
	form := doc.Find(milanoForm)
	action, err := page.Parse(form.AttrOr("action", ""))
	if err != nil {
		return nil
	}
	values := url.Values{}
	form.Find(`input[type="hidden"]`).Each(func(_ int, s *goquery.Selection) {
		if name := s.AttrOr("name", ""); name != "" {
			values.Set(name, s.AttrOr("value", ""))
		}
	})
	values.Set("__EVENTTARGET", target)
	values.Set("__EVENTARGUMENT", next)
	return &Request{URL: action, Form: values}
}

// ParseDetail lists every download of the act's page, in the page's
// order: the signed act (savep7m.aspx) and its attachments, signed or not.
// A page without any download link still has the act, at savep7m.aspx.
func (Milano) ParseDetail(page *url.URL, html []byte) (*Detail, error) {
	doc, err := parseHTML(html)
	if err != nil {
		return nil, err
	}
	var docs documentList
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		u, err := page.Parse(strings.TrimSpace(s.AttrOr("href", "")))
		if err != nil || !milanoIsDownload(u) {
			return
		}
		label := collapse(s.Text())
		if label == "" {
			label = collapse(s.AttrOr("title", ""))
		}
		docs.add(DocRef{URL: u, Label: label})
	})
	if len(docs.docs) == 0 {
		u, err := page.Parse(milanoDownloadPath)
		if err != nil {
			return nil, fmt.Errorf("download link %q: %w", milanoDownloadPath, err)
		}
		docs.add(DocRef{URL: u})
	}
	return &Detail{Documents: docs.withRoles(milanoIsMain)}, nil
}

// milanoIsDownload tells the links of a detail page that serve a file:
// the site's handlers (savep7m.aspx for the act, and whatever its
// attachments come from: save…, download…, scarica…, allegat…, getfile…)
// or a link straight to a file. Other links (print, back to the listing,
// other acts) are not documents.
func milanoIsDownload(u *url.URL) bool {
	if u.Scheme != "http" && u.Scheme != "https" {
		return false
	}
	name := strings.ToLower(path.Base(u.Path))
	return milanoHandler().MatchString(name) || milanoFileName().MatchString(name)
}

var (
	// milanoHandler matches the names of the pages that serve files.
	milanoHandler = lazyre.Compile(`^(save|download|scarica|allegat|getfile|getdoc|attach)[^/]*\.(aspx|ashx|php|jsp|do)$`)
	// milanoFileName matches the names of files a page may link to
	// directly.
	milanoFileName = lazyre.Compile(`\.(pdf|p7m|p7s|tsd|zip|docx?|odt|xlsx?|ods|rtf|tiff?|jpe?g|png)$`)
)

// milanoIsMain: the act itself is what savep7m.aspx serves without
// parameters, the document of the act the session opened.
func milanoIsMain(d DocRef) bool {
	return strings.EqualFold(path.Base(d.URL.Path), milanoDownloadPath) && d.URL.RawQuery == "" && !attachmentLabel().MatchString(d.Label)
}

// ResolveHTMLDocument: savep7m.aspx answers an HTML page whenever the
// session does not hold an open act.
func (Milano) ResolveHTMLDocument(*url.URL, []byte) (*url.URL, error) {
	return nil, ErrSessionLost
}

// collapse joins the words of s with single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
