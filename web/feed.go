package web

import (
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/openalbo/albo/index"
)

// The feed follows the AlboPOP conventions (http://albopop.it/specs/) where
// they fit a search rather than a whole Albo: RSS 2.0, Italian, noindex,
// channel and item categories in the AlboPOP domains, newest first, at most
// 25 items, absolute links, the document as an enclosure.
const albopopSpecs = "http://albopop.it/specs#"

type rss struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	CC      string     `xml:"xmlns:creativeCommons,attr"`
	XHTML   string     `xml:"xmlns:xhtml,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title       string        `xml:"title"`
	Link        string        `xml:"link"`
	Description string        `xml:"description"`
	Language    string        `xml:"language"`
	PubDate     string        `xml:"pubDate"`
	Docs        string        `xml:"docs,omitempty"`
	License     string        `xml:"creativeCommons:license"`
	Meta        rssMeta       `xml:"xhtml:meta"`
	Categories  []rssCategory `xml:"category"`
	Items       []rssItem     `xml:"item"`
}

type rssMeta struct {
	Name    string `xml:"name,attr"`
	Content string `xml:"content,attr"`
}

type rssCategory struct {
	Domain string `xml:"domain,attr"`
	Value  string `xml:",chardata"`
}

type rssItem struct {
	Title       string        `xml:"title"`
	Link        string        `xml:"link"`
	Description string        `xml:"description"`
	PubDate     string        `xml:"pubDate,omitempty"`
	GUID        rssGUID       `xml:"guid"`
	Categories  []rssCategory `xml:"category"`
	Enclosure   *rssEnclosure `xml:"enclosure,omitempty"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

type rssEnclosure struct {
	URL    string `xml:"url,attr"`
	Length int    `xml:"length,attr"`
	Type   string `xml:"type,attr"`
}

// feed serves the newest acts and objectives matching a search as RSS.
func (h *Handler) feed(w http.ResponseWriter, r *http.Request) {
	req, err := parseSearch(r.URL.Query(), feedItems, false)
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	req.Limit, req.Offset, req.Sort, req.Facets, req.Highlight = feedItems, 0, index.SortDate, nil, false
	resp, _, err := h.forgivingSearch(r.Context(), req)
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	base := h.baseURL(r)
	title := "albo"
	if h.cfg.Municipality != "" {
		title = "AlboPOP - Comune - " + h.cfg.Municipality
	}
	if req.Query != "" {
		title += " - ricerca: " + req.Query
	}
	ch := rssChannel{
		Title:       title,
		Link:        base + "/feed?" + feedValues(req).Encode(),
		Description: "*non ufficiale* RSS feed degli atti e degli obiettivi che corrispondono alla ricerca",
		Language:    "it",
		PubDate:     time.Now().UTC().Format(time.RFC1123Z),
		License:     "http://creativecommons.org/licenses/by/4.0/",
		Meta:        rssMeta{Name: "robots", Content: "noindex"},
		Categories:  []rssCategory{{albopopSpecs + "channel-category-country", "Italia"}},
	}
	if m := h.cfg.Municipality; m != "" {
		ch.Description = "*non ufficiale* RSS feed dell'Albo Pretorio del Comune di " + m + ": atti e obiettivi che corrispondono alla ricerca"
		ch.Categories = append(ch.Categories,
			rssCategory{albopopSpecs + "channel-category-type", "Comune"},
			rssCategory{albopopSpecs + "channel-category-municipality", m},
			rssCategory{albopopSpecs + "channel-category-name", "Comune di " + m})
	}
	pdfs := map[string]string{}
	for _, hit := range resp.Hits {
		ch.Items = append(ch.Items, h.feedItem(r, base, pdfs, hit))
	}
	out, err := xml.MarshalIndent(rss{Version: "2.0",
		CC:    "http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html",
		XHTML: "http://www.w3.org/1999/xhtml", Channel: ch}, "", "  ")
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	_, _ = w.Write([]byte(xml.Header))
	_, _ = w.Write(append(out, '\n'))
}

func (h *Handler) feedItem(r *http.Request, base string, pdfs map[string]string, hit index.Hit) rssItem {
	link := base + "/acts/" + escapeID(hit.Act.ID)
	if hit.Type == index.TypeObjective {
		link = base + "/objectives/" + escapeID(hit.ID)
	}
	title := cut(hit.Text, 200)
	if hit.Type != index.TypeAct {
		title = labelOr(typeLabels, hit.Type) + ": " + title
	}
	desc := hit.Text
	if hit.Directorate != "" {
		desc += " — " + hit.Directorate
	}
	desc += " — " + actLabel(hit.Act)
	item := rssItem{
		Title: title, Link: link, Description: desc,
		GUID: rssGUID{IsPermaLink: true, Value: link},
		Categories: []rssCategory{
			{albopopSpecs + "item-category-uid", hit.Act.ID},
			{albopopSpecs + "item-category-type", labelOr(typeLabels, hit.Type)},
		},
	}
	if t, err := time.Parse(time.DateOnly, hit.Act.Date); err == nil {
		item.PubDate = t.Format(time.RFC1123Z)
		item.Categories = append(item.Categories, rssCategory{albopopSpecs + "item-category-relStart", item.PubDate})
	}
	if hit.Directorate != "" {
		item.Categories = append(item.Categories, rssCategory{albopopSpecs + "item-category-unit", hit.Directorate})
	}
	if u := h.actFileURL(r.Context(), pdfs, hit.Act.ID, 0); u != "" {
		item.Enclosure = &rssEnclosure{URL: base + u, Type: "application/pdf", Length: h.fileSize(r.Context(), pdfs[hit.Act.ID])}
	}
	return item
}

// fileSize is the size of a stored file, which RSS wants for an enclosure;
// 0 when it cannot be read.
func (h *Handler) fileSize(ctx context.Context, sha string) int {
	f, err := h.cfg.Documents.OpenFile(ctx, sha)
	if err != nil {
		return 0
	}
	defer f.Close()
	n, err := f.Seek(0, io.SeekEnd)
	if err != nil {
		return 0
	}
	return int(n)
}

// baseURL is the configured public root, else the request's own.
func (h *Handler) baseURL(r *http.Request) string {
	if h.cfg.BaseURL != "" {
		return strings.TrimSuffix(h.cfg.BaseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// feedValues are the URL parameters of a feed: its search's, the feed
// being one item per document whatever the page groups.
func feedValues(req index.Request) url.Values {
	v := searchValues(req, 1)
	v.Del("group")
	return v
}
