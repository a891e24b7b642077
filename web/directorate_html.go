package web

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/openalbo/albo/index"
)

// A directorate's page lists up to objectivesShown objectives and every
// revision that names its directors: html/template took three quarters
// of the page's CPU with the search cache off (by profile, 200,000
// objectives), nearly all of it reflected calls in those two ranges. They
// are written here, as search_html.go writes the search page's hits: to
// the byte what html/template writes from testdata/directorate.tmpl,
// hostile text included (TestDirectorateHTMLAsTemplate,
// FuzzDirectorateHTML).

// directorList writes the <li> of each director of a directorate's page,
// with links to the revisions that name them.
func directorList(terms []DirectorTerm) template.HTML {
	var b strings.Builder
	for _, t := range terms {
		b.WriteString(`<li><strong><a href="`)
		htmlEscaper.WriteString(&b, personURL(t.Director))
		b.WriteString(`">`)
		htmlEscaper.WriteString(&b, t.Director)
		b.WriteString("</a></strong> — ")
		for i, a := range t.Acts {
			if i > 0 {
				b.WriteString(", ")
			}
			writeActLink(&b, a)
		}
		b.WriteString("</li>")
	}
	return template.HTML(b.String())
}

// yearList writes a directorate's objectives, a heading for each year
// and for each revision within it, with the whitespace the page's
// template had between them.
func yearList(years []YearObjectives) template.HTML {
	var b strings.Builder
	n := 0 // the list's length, near enough that the builder grows once
	for _, y := range years {
		for _, r := range y.Revisions {
			n += 300
			for _, o := range r.Objectives {
				n += 80 + len(o.ID) + len(o.Text) + len(o.Section)
			}
		}
	}
	b.Grow(n)
	for _, y := range years {
		b.WriteString("\n  <h3>")
		b.WriteString(strconv.Itoa(y.Year))
		b.WriteString("</h3>\n  ")
		for _, r := range y.Revisions {
			b.WriteString("\n  <h4>")
			writeActLink(&b, r.Act)
			b.WriteString(" · ")
			b.WriteString(strconv.Itoa(len(r.Objectives)))
			b.WriteString(" obiettivi</h4>\n  <ul class=\"objectives\">\n    ")
			for _, o := range r.Objectives {
				writeObjectiveItem(&b, o)
			}
			b.WriteString("\n  </ul>\n  ")
		}
		b.WriteString("\n  ")
	}
	return template.HTML(b.String())
}

// writeObjectiveItem writes an objective's <li>: its link, and its
// section when it has one.
func writeObjectiveItem(b *strings.Builder, h *index.Hit) {
	b.WriteString(`<li><a href="`)
	htmlEscaper.WriteString(b, objectiveURL(h.ID))
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, h.Text)
	b.WriteString("</a>")
	if h.Section != "" {
		b.WriteString(` <span class="meta">· `)
		htmlEscaper.WriteString(b, h.Section)
		b.WriteString("</span>")
	}
	b.WriteString("</li>")
}

// writeActLink writes a link to an act, labelled as actLabel does.
func writeActLink(b *strings.Builder, a index.ActRef) {
	b.WriteString(`<a href="`)
	htmlEscaper.WriteString(b, actURL(a.ID))
	b.WriteString(`">`)
	htmlEscaper.WriteString(b, actLabel(a))
	b.WriteString("</a>")
}
