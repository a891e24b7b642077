package extract

import (
	"math"
	"strings"

	"github.com/openalbo/albo/extract/pdftext"
)

var (
	solidarityTitle = lazyRegexp(`(?i)^obiettivi solidali$`)
	managementTitle = lazyRegexp(`(?i)^obiettivi gestionali$`)
	targetHeaderRE  = lazyRegexp(`(?i)^target\s+((?:19|20)\d\d)$`)
)

// targetSlide reads the slide titled by title: cross-cutting objectives
// side by side, each an upper-case title over a "Target YYYY" header and
// the target text under it.
func targetSlide(pages []pageLines, title *pattern) []TargetedObjective {
	for _, p := range pages {
		lines := p.lines
		if len(lines) == 0 || !title.MatchString(lines[0].Text) {
			continue
		}
		if objs := readTargets(p.number, lines); len(objs) > 0 {
			return objs
		}
	}
	return nil
}

// targetHeader is one "Target YYYY" cell.
type targetHeader struct {
	year   string
	center float64
}

func readTargets(page int, lines []pdftext.Line) []TargetedObjective {
	for i, l := range lines {
		var headers []targetHeader
		for _, c := range splitCells(l) {
			m := targetHeaderRE().FindStringSubmatch(pdftext.JoinRuns(c))
			if m == nil {
				headers = nil
				break
			}
			first, last := c[0], c[len(c)-1]
			headers = append(headers, targetHeader{year: m[1], center: (first.X + last.X + last.W) / 2})
		}
		if len(headers) == 0 {
			continue
		}
		return targetColumns(page, lines[:i], l, slideBody(lines[i+1:]), headers)
	}
	return nil
}

// targetColumns cuts the slide into one column per target header and
// reads each column's title (the upper-case lines right above the header)
// and target (the text under it).
func targetColumns(page int, above []pdftext.Line, header pdftext.Line, below []pdftext.Run, headers []targetHeader) []TargetedObjective {
	var aboveRuns []pdftext.Run
	for _, l := range above {
		aboveRuns = append(aboveRuns, l.Runs...)
	}
	covered := coverage(below)
	bounds := []float64{math.Inf(-1)}
	for i := 1; i < len(headers); i++ {
		a, b := headers[i-1].center, headers[i].center
		bounds = append(bounds, columnEdge((a+b)/2, a, b, covered))
	}
	bounds = append(bounds, math.Inf(1))
	var out []TargetedObjective
	for i, h := range headers {
		obj := TargetedObjective{Page: page}
		titleLines := pdftext.GroupLines(page, runsBetween(aboveRuns, bounds[i], bounds[i+1]))
		// Walk up from the header while the lines read as a title and sit
		// close together; the title may stand a little apart from the
		// header.
		start := len(titleLines)
		prevY, reach := header.Y, 4.0
		for k := len(titleLines) - 1; k >= 0; k-- {
			l := titleLines[k]
			if !isHeadingText(l.Text) || l.Y-prevY > reach*math.Max(l.Size, 1) {
				break
			}
			start, prevY, reach = k, l.Y, 2
		}
		obj.Title = joinLines(titleLines[start:])
		target := joinLines(pdftext.GroupLines(page, runsBetween(below, bounds[i], bounds[i+1])))
		if obj.Title == "" && target == "" {
			continue
		}
		if target != "" {
			obj.Targets = map[string]string{h.year: strings.TrimSpace(target)}
		}
		out = append(out, obj)
	}
	return out
}
