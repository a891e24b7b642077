package extract

import (
	"slices"
	"strconv"

	"github.com/openalbo/albo/extract/pdftext"
)

// footNumber is the act's number and date, and its proposal's, that a
// running foot states on every page when the header prints none:
// "Provincia di Pistoia – Determinazione Dirigenziale n. 517 del
// 12/05/2026 – Proposta n. 602 del 08/05/2026 Pag. 1 di 2". A foot of one
// page only, or a line that states another number on the next page, is
// no running foot: a closing line may cite another act.
func footNumber(file *pdftext.File) footStatement {
	var pages []pdftext.Page
	for _, p := range file.Pages {
		if len(p.Runs) > 0 {
			pages = append(pages, p)
		}
		if len(pages) == 2 {
			break
		}
	}
	if len(pages) < 2 {
		return footStatement{}
	}
	first := footStatements(pages[0])
	for _, s := range footStatements(pages[1]) {
		if slices.Contains(first, s) {
			return s
		}
	}
	return footStatement{}
}

// footStatement is what a running foot states of the act.
type footStatement struct {
	number       int
	date         string
	proposal     int
	proposalDate string
}

// footStatements are the statements of the act's number in the lines of
// p's foot: the last furnitureEdge lines, below the page's footFraction.
func footStatements(p pdftext.Page) []footStatement {
	lines := p.Lines()
	var out []footStatement
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-furnitureEdge; i-- {
		l := lines[i]
		if p.Height > 0 && l.Y > (1-footFraction)*p.Height {
			break
		}
		m := footActRE().FindStringSubmatch(l.Text)
		if m == nil {
			continue
		}
		s := footStatement{}
		s.number, _ = strconv.Atoi(m[1])
		s.date, _ = parseDate(m[2])
		if g := proposalRE().FindStringSubmatch(l.Text); g != nil {
			s.proposal = figuresValue(g[1])
			s.proposalDate, _ = parseDate(g[2])
		}
		out = append(out, s)
	}
	return out
}

// A running foot is in the bottom footFraction of its page's height.
const footFraction = 0.15

// footActRE is an act's kind, a qualifier or two, its number and its date,
// as a running foot states them.
var footActRE = lazyRegexp(`(?i)\b(?:determinazione|determina|deliberazione|delibera|ordinanza|decreto)(?:\s+[[:alpha:]]+){0,3}\s+(?:n\.|n°|nr\.?)\s*(\d{1,6})(?:\s*/\s*\d{4})?\s+del\s+(` + datePattern + `)`)
