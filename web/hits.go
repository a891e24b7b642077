package web

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/openalbo/albo/index"
)

// hitList writes the search page's hits, the <li> of each, as
// html/template would write testdata/hits.tmpl, to the byte
// (TestHitListAsTemplate). A page's twenty hits cost html/template some
// six hundred reflected calls, a quarter of the CPU of a search page
// without the cache; written here they cost a few copies.
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

// writeLink opens <a class="class" href="url">; url is one of the site's
// own paths (objectiveURL and the like), whose escaped segments hold
// nothing a URL's normalising would change, so escaping it as an
// attribute's value is what html/template does.
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
