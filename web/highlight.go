package web

import (
	"html"
	"html/template"
	"strings"
)

const (
	markOpen  = "<mark>"
	markClose = "</mark>"
)

// safeHighlight turns a highlight fragment from the index into HTML that can
// hold nothing but text and <mark> tags. Document text is hostile input and a
// fragment formatter is not ours to trust: every piece between the markers is
// unescaped (undoing the formatter's own escaping, if any) and escaped again,
// so any tag other than the markers we re-emit shows up as literal text.
func safeHighlight(fragment string) template.HTML {
	var b strings.Builder
	open := false
	for len(fragment) > 0 {
		next, marker := nextMarker(fragment)
		if next < 0 {
			b.WriteString(html.EscapeString(html.UnescapeString(fragment)))
			break
		}
		b.WriteString(html.EscapeString(html.UnescapeString(fragment[:next])))
		switch {
		case marker == markOpen && !open:
			b.WriteString(markOpen)
			open = true
		case marker == markClose && open:
			b.WriteString(markClose)
			open = false
		}
		fragment = fragment[next+len(marker):]
	}
	if open {
		b.WriteString(markClose)
	}
	return template.HTML(b.String())
}

// nextMarker finds the first <mark> or </mark> in s.
func nextMarker(s string) (int, string) {
	o, c := strings.Index(s, markOpen), strings.Index(s, markClose)
	switch {
	case o < 0 && c < 0:
		return -1, ""
	case c < 0 || (o >= 0 && o < c):
		return o, markOpen
	default:
		return c, markClose
	}
}
