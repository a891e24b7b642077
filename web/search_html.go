package web

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/openalbo/albo/index"
)

// The search page's repeated parts, its hits and its facets, are written
// here rather than by html/template: a page's twenty hits and sixty facet
// values cost html/template about a thousand reflected calls, most of the
// quarter of a search page's CPU it took without the cache (by profile);
// written here they cost a few copies. Each writes what html/template
// writes from its template in testdata, to the byte, hostile text
// included (TestSearchHTMLAsTemplate, FuzzHitList, FuzzFacetList).

// hitList writes the search page's hits, the <li> of each, as
// testdata/hits.tmpl does.
func hitList(hits []index.Hit) template.HTML {
	var b strings.Builder
	b.Grow(len(hits) * 700)
	for i := range hits {
		writeHit(&b, &hits[i])
	}
	return template.HTML(b.String())
}

func writeHit(b *strings.Builder, h *index.Hit) {
	b.WriteString(`<li class="hit hit-`)
	htmlEscaper.WriteString(b, h.Type)
	b.WriteString("\">\n<span class=\"badge\">")
	htmlEscaper.WriteString(b, typeLabel(h.Type))
	b.WriteString("</span>\n")
	switch h.Type {
	case index.TypeObjective:
		writeLink(b, "hit-title", objectiveURL(h.ID))
		writeHitTitle(b, h)
		b.WriteString("</a>\n")
	case index.TypeAct:
		writeLink(b, "hit-title", actURL(h.Act.ID))
		writeHitTitle(b, h)
		b.WriteString("</a>\n")
	default:
		b.WriteString(`<span class="hit-title">`)
		writeHitTitle(b, h)
		b.WriteString("</span>\n")
	}
	b.WriteString("<div class=\"meta\">\n")
	if h.Directorate != "" {
		writeLink(b, "directorate", directorateURL(h.Directorate))
		htmlEscaper.WriteString(b, h.Directorate)
		b.WriteString("</a>")
	}
	b.WriteString("\n")
	if h.DirectoratePrinted != "" {
		b.WriteString(`<span class="printed">(nell’allegato: `)
		htmlEscaper.WriteString(b, h.DirectoratePrinted)
		b.WriteString(")</span>")
	}
	b.WriteString("\n")
	if h.Director != "" {
		b.WriteString("· ")
		htmlEscaper.WriteString(b, h.Director)
	}
	b.WriteString("\n")
	if h.Year != 0 {
		b.WriteString("· ")
		b.WriteString(strconv.Itoa(h.Year))
	}
	b.WriteString("\n")
	if h.Kind != "" {
		b.WriteString("· ")
		htmlEscaper.WriteString(b, changeLabel(h.Kind))
	}
	b.WriteString("\n· ")
	writeLink(b, "act", actURL(h.Act.ID))
	htmlEscaper.WriteString(b, actLabel(h.Act))
	b.WriteString("</a>\n</div>\n")
	if len(h.Revisions) > 0 || len(h.Years) > 0 {
		b.WriteString("<ul class=\"chips\" aria-label=\"Dove compare\">\n")
		for _, r := range h.Revisions {
			b.WriteString(`<li class="chip chip-revision">revisione `)
			htmlEscaper.WriteString(b, actLabel(r))
			b.WriteString("</li>")
		}
		b.WriteString("\n")
		for _, y := range h.Years {
			b.WriteString(`<li class="chip chip-year">annualità `)
			b.WriteString(strconv.Itoa(y))
			b.WriteString("</li>")
		}
		b.WriteString("\n</ul>")
	}
	b.WriteString("\n</li>\n")
}

// facetList writes the search page's facets, a <section> each, as
// testdata/facets.tmpl does.
func facetList(groups []facetGroup) template.HTML {
	var b strings.Builder
	b.Grow(len(groups) * 2000)
	for _, g := range groups {
		b.WriteString(`<section class="facet facet-`)
		htmlEscaper.WriteString(&b, g.Name)
		b.WriteString("\">\n<h2>")
		htmlEscaper.WriteString(&b, g.Label)
		b.WriteString("</h2>\n<ul>\n")
		for _, v := range g.Values {
			b.WriteString(`<li><a href="`)
			htmlEscaper.WriteString(&b, v.URL)
			b.WriteString(`"`)
			if v.Active {
				b.WriteString(` class="active" aria-current="true"`)
			}
			b.WriteString(">")
			htmlEscaper.WriteString(&b, v.Label)
			b.WriteString(`</a> <span class="count">`)
			b.WriteString(strconv.Itoa(v.Count))
			b.WriteString("</span></li>")
		}
		b.WriteString("\n</ul>\n")
		if g.MoreURL != "" {
			b.WriteString(`<p class="more"><a href="`)
			htmlEscaper.WriteString(&b, g.MoreURL)
			b.WriteString(`">Tutte le direzioni →</a></p>`)
		}
		b.WriteString("\n</section>\n")
	}
	return template.HTML(b.String())
}

// writeLink opens <a class="class" href="url">. The site's own links
// (objectiveURL, a search's query escaped by url.Values) hold nothing
// html/template's URL filter and normaliser would change, so escaping one
// as an attribute's value is what html/template does.
func writeLink(b *strings.Builder, class, url string) {
	b.WriteString(`<a class="`)
	b.WriteString(class)
	b.WriteString(`" href="`)
	htmlEscaper.WriteString(b, url)
	b.WriteString(`">`)
}

// writeHitTitle writes the hit's text, its matches marked when the
// search highlighted them.
func writeHitTitle(b *strings.Builder, h *index.Hit) {
	if h.Highlight != "" {
		b.WriteString(string(safeHighlight(h.Highlight)))
		return
	}
	htmlEscaper.WriteString(b, h.Text)
}

// htmlEscaper escapes a text node or a quoted attribute's value as
// html/template does (its htmlReplacementTable): byte by byte, since
// every byte it replaces is a rune of its own in UTF-8.
var htmlEscaper = strings.NewReplacer(
	"\x00", "\uFFFD",
	`"`, "&#34;",
	"&", "&amp;",
	"'", "&#39;",
	"+", "&#43;",
	"<", "&lt;",
	">", "&gt;",
)
