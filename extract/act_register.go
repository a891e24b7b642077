package extract

import (
	"iter"
	"math"
	"strconv"
	"strings"

	"github.com/openalbo/albo/extract/pdftext"
)

var (
	// registeredGeneralRE is the sentence that records an act in the
	// general register after its office numbered it: "registrata al
	// Registro Generale al n. 1204 in data 19/12/2025", "ANNOTATA NEL
	// REGISTRO GENERALE AL N. 47/2026 R.G. IN DATA 22/04/2026", "iscritta
	// nel Registro Generale al n. 164"; or the number first: "registrato
	// al n. 233 del Registro Generale delle determinazioni in data …",
	// "REGISTRATA AL N. 47/2026 R.G. IN DATA 17/03/2026".
	registeredGeneralRE = lazyRegexp(`(?i)\b(?:registrat|annotat|iscritt|inserit)[ao]\s+(?:(?:al|nel)\s+registro\s+generale` + registerOfWhat + `\s+(?:al\s+|con\s+il\s+)?(?:n\.|n°|nr\.?|numero)\s*(\d{1,7})|al\s+(?:n\.|n°|nr\.?|numero)\s*(\d{1,7})(?:/\d{4})?(?:\s*r\.\s*g\.|\s+del\s+registro\s+generale` + registerOfWhat + `))` + registerYear + `(?:\s*,?\s*(?:in\s+data|del)\s*(` + datePattern + `))?`)
	// generalRegisterLineRE is a line that opens with the general
	// register's label and states its number, its date after it, as the
	// closing box of a determinazione's last page prints them: "Registro
	// Generale n. 233 del 20.4.2026", "Reg. Gen. 31 del 4.2.2026",
	// "Numero di Registro Generale: 96 - Data di registrazione:
	// 09/04/2026", the register's letters before its figures ("Registro
	// generale DD 245/2026 Data 14/04/2026"); at a page's edge, as a
	// running foot, after the act's kind ("Determinazione R.G. n. 412 del
	// 17/04/2026 - Pag. 1 di 2");
	// or the register of the determinazioni, their only one, dated "di
	// data" as Trentino's acts date ("Registro delle determinazioni n. 41
	// di data 23 marzo 2026").
	generalRegisterLineRE = lazyRegexp(`(?i)^(?:(?:numero|n\.)\s+(?:di\s+|del\s+)?)?(?:registro\s+generale|reg\.?\s*gen(?:erale)?\.?|registro\s+delle\s+determin\w*)` + registerOfWhat + `\s*(?:n\.|n°|nr\.?|numero)?\s*:?\s*(?:(?-i:[A-Z]{1,4})\s*[-.]?\s*)?` + registerFigures + registerYear + `(?:\s*[-–,]?\s*(?:del|in\s+data|di\s+data|data(?:\s+di\s+(?:registrazione|adozione))?\s*:?)\s*(` + datePattern + `))?`)
	// registerLabelRE is the general register's label alone in its cell,
	// its number under it: "REGISTRO GENERALE" over "N. 177 del
	// 10/04/2026".
	registerLabelRE = lazyRegexp(`(?i)^(?:registro\s+generale|reg\.?\s*gen(?:erale)?\.?)\s*:?$`)
	// registerNumberRE is the number under the register's label: "N. 177
	// del 10/04/2026", "N. 97/2026 R.G.".
	registerNumberRE = lazyRegexp(`(?i)^(?:n\.|n°|nr\.?|numero)\s*:?\s*` + registerFigures + registerYear + `(?:\s+(?:del|in\s+data)\s+(` + datePattern + `))?`)
	// registrationDateRE is the date a register's box prints under its
	// own label: "Data di registrazione: 27/04/2026".
	registrationDateRE = lazyRegexp(`(?i)\bdata\s+(?:di\s+)?registrazione\s*:?\s*(` + datePattern + `)`)
	// runningRegisterRE is the act's kind and the register's initials a
	// running foot names before its number: "Determinazione R.G. n. 412",
	// which a line elsewhere may cite another act by.
	runningRegisterRE = lazyRegexp(`(?i)^(?:determinazione|determina|ordinanza|decreto)\s+r\.\s*g\.\s*`)
)

// registerOfWhat is what a register's name may say it records ("del
// Registro Generale delle determinazioni"); registerYear the year a
// register's number may carry ("47/2026", "47/2026 R.G.").
const (
	registerOfWhat = `(?:\s+del(?:le|l['’]|lo)?\s*\p{L}+)?`
	registerYear   = `(?:/\d{4})?(?:\s*r\.\s*g\.)?`
	// registerFigures is a register's number, its thousands' stop
	// printed or not ("1.316"), not a number's first figures.
	registerFigures = `(` + thousandsFigures + `|\d{1,7})\b`
)

// generalRegister is the number and date (date "" where none is
// printed) an act's general register gives it away from its heading,
// where its office's heading numbers it in its own series: a closing
// sentence that records it, a line of the last page's box that opens
// with the register's label, or a running foot of file's pages. all is
// the text of lines ls joined. n is 0 for none.
func generalRegister(file *pdftext.File, ls actLines, all string) (n int, date string) {
	if n, date := registeredGeneral(all); n != 0 {
		return n, date
	}
	for i, l := range ls {
		above := ""
		if i > 0 && ls[i-1].Page == l.Page {
			above = ls[i-1].Text
		}
		if n, date := registerAfterDash(above, l.Text); n != 0 {
			return n, date
		}
		if !opensRegisterLabel(l.Text) {
			continue // most lines: spared the patterns and the cells
		}
		if n, date := registerLine(l.Text); n != 0 {
			return n, date
		}
		if !generalLabelOverNumber(l) {
			continue
		}
		// The number under the label, left-aligned with it, past a line
		// of the cell beside it: "REGISTRO GENERALE" / "28/04/2026" /
		// "N. 177 del 10/04/2026".
		for j := i + 1; j < len(ls) && j <= i+maxLinesUnderLabel && ls[j].Page == l.Page; j++ {
			if math.Abs(ls[j].X-l.X) > l.Size {
				continue
			}
			g := registerNumberRE().FindStringSubmatch(strings.TrimSpace(firstCell(ls[j])))
			if g == nil {
				break
			}
			n = figuresValue(g[1])
			date, _ = parseDate(g[2])
			if date == "" {
				if d := registrationDateRE().FindStringSubmatch(l.Text + " " + ls[j].Text); d != nil {
					date, _ = parseDate(d[1])
				}
			}
			return n, date
		}
	}
	if n, date := registerCellInClosingGrid(ls); n != 0 {
		return n, date
	}
	// A running foot, which the act's lines leave out: "Determinazione
	// R.G. n. 412 del 17/04/2026 - Pag. 1 di 2", "Determinazione
	// registrata al n. 38 del Registro Generale in data 05/03/2026 –
	// pagina 2 di 2".
	for _, p := range file.Pages {
		lines := p.Lines()
		for i, l := range lines {
			if i != 0 && i != len(lines)-1 {
				continue // a sentence's line near the page's end may cite another act so
			}
			if n, date := registerLine(runningRegisterRE().ReplaceAllString(strings.TrimSpace(l.Text), "Registro Generale ")); n != 0 {
				return n, date
			}
			if n, date := registeredGeneral(l.Text); n != 0 {
				return n, date
			}
		}
	}
	return 0, ""
}

// lastPageFromEnd yields the indices of the lines of the act's last
// page, from its last line up, where a closing box or grid stands.
func lastPageFromEnd(ls actLines) iter.Seq[int] {
	return func(yield func(int) bool) {
		if len(ls) == 0 {
			return
		}
		last := ls[len(ls)-1].Page
		for i := len(ls) - 1; i >= 0 && ls[i].Page == last; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

// closingBoxNumber is the number and date a box on the act's last page
// states under a heading that names the act's kind: "DELIBERAZIONE DELLA
// GIUNTA COMUNALE" over "N. 21 del 05/03/2026"; 0 for none.
func closingBoxNumber(ls actLines) (n int, date string) {
	for i := range lastPageFromEnd(ls) {
		if i+1 >= len(ls) {
			continue
		}
		l, next := ls[i], ls[i+1]
		if !isUpperHeading(l.Text) || !headingKindRE().MatchString(l.Text) || numberStatementRE().MatchString(l.Text) {
			continue
		}
		g := numberStatementRE().FindStringSubmatch(next.Text)
		if g == nil || !strings.HasPrefix(strings.TrimSpace(next.Text), strings.TrimSpace(g[0])) {
			continue
		}
		n = figuresValue(strings.Trim(strings.ReplaceAll(g[2], " ", ""), "_"))
		date, _ = parseDate(g[4])
		return n, date
	}
	return 0, ""
}

// closingKindNumber is the number and date a line of the act's last page
// states after the act's own kind, a capital first, opening the line:
// "Ordinanza n. 42" beside "Dalla Residenza Municipale, 18/12/2028",
// "DECRETO N. 8 DEL 29/12/2028" under the signature; 0 for none. A
// sentence that cites another act of the kind runs on to the line
// ("… il proprio" / "decreto n. 1 del 02/01/2028"), in small letters.
func closingKindNumber(ls actLines, kind string) (n int, date string) {
	word, _, _ := strings.Cut(kind, " ")
	for i := range lastPageFromEnd(ls) {
		g := closingKindNumberRE().FindStringSubmatch(firstCell(ls[i]))
		if g == nil || !strings.EqualFold(g[1], word) || !startsUpper(g[1]) {
			continue
		}
		date, _ = parseDate(g[3])
		return figuresValue(g[2]), date
	}
	return 0, ""
}

// closingKindNumberRE is a line that opens with an act's kind, its
// qualifier and its number: "Ordinanza sindacale n. 42", "DECRETO N. 8
// DEL 29/12/2028".
var closingKindNumberRE = lazyRegexp(`^\s*(?i:(ordinanza|decreto|determinazione|deliberazione|provvedimento|disposizione)(?:\s+(?:sindacale|dirigenziale|del\s+sindaco))?\s+(?:n\.|n°|nr\.?|numero)\s*` + registerFigures + `(?:/\d{4})?(?:\s+(?:del|in\s+data)\s+(` + datePattern + `))?)`)

// registerCellInClosingGrid is the number and date of the general
// register a cell of a grid on the act's last page states, past the
// line's first cell: "Determinazione n. 22 del 24-03-2026" | "Registro
// Generale n. 64" over "(registro del servizio)" | "del 26-03-2026", its
// date in the cell under it. n is 0 for none.
func registerCellInClosingGrid(ls actLines) (n int, date string) {
	for i := range lastPageFromEnd(ls) {
		if !strings.Contains(strings.ToLower(ls[i].Text), "reg") {
			continue // most lines: spared the cells
		}
		row := cells(ls[i : i+1])
		for k, c := range row {
			if k == 0 || !opensRegisterLabel(c.text) {
				continue
			}
			n, date := registerLine(c.text)
			if n == 0 {
				continue
			}
			if date == "" && i+1 < len(ls) {
				for _, under := range cells(ls[i+1 : i+2]) {
					if math.Abs(under.x-c.x) <= max(c.size, 1) {
						if g := cellDateRE().FindStringSubmatch(under.text); g != nil {
							date, _ = parseDate(g[1])
						}
					}
				}
			}
			return n, date
		}
	}
	return 0, ""
}

// sectorRegisterLine is the number a line opening with an office's
// register states ("Registro di Area n. 27 del 25/03/2026", "Reg. Settore
// n. 12", "N. SETT. 3 DEL 12/01/2029"); 0 for none.
func sectorRegisterLine(ls actLines) int {
	for _, l := range ls {
		if !opensRegisterLabel(l.Text) {
			continue
		}
		if g := sectorRegisterLineRE().FindStringSubmatch(strings.TrimSpace(l.Text)); g != nil {
			return figuresValue(g[1])
		}
	}
	return 0
}

// sectorRegisterLineRE is a line that opens with an office's register
// (sectorRegisterWords) and states its number, or with the sign, the
// office's register after it, as a signature's block prints it under the
// office ("N. SETT. 3 DEL 12/01/2029"); sectorRegisterLine reads only the
// lines that open with "Reg…", "Num…" or "N." (opensRegisterLabel).
var sectorRegisterLineRE = lazyRegexp(`(?i)^(?:` + sectorRegisterWords + `\s*(?:n\.|n°|nr\.?|numero)|(?:n\.|n°|nr\.?)\s*sett(?:ore|oriale)?\.?)\s*` + registerFigures)

// registeredGeneral is the number and date (date "" where none is
// printed) of the general register a sentence of text records the act in
// (registeredGeneralRE); n is 0 for none.
func registeredGeneral(text string) (n int, date string) {
	g := registeredGeneralRE().FindStringSubmatch(text)
	if g == nil {
		return 0, ""
	}
	number := g[1]
	if number == "" {
		number = g[2]
	}
	n, _ = strconv.Atoi(number)
	date, _ = parseDate(g[3])
	return n, date
}

// registerLine is the number and date of the general register a line
// opening with its label states (generalRegisterLineRE); n is 0 for
// none.
func registerLine(s string) (n int, date string) {
	text := strings.TrimSpace(pdftext.CollapseSpace(s))
	g := generalRegisterLineRE().FindStringSubmatchIndex(text)
	if g == nil || opensDate(text[g[2]:]) {
		return 0, ""
	}
	if g[4] >= 0 {
		date, _ = parseDate(text[g[4]:g[5]])
	}
	return figuresValue(text[g[2]:g[3]]), date
}

// registerAfterDash is the number and date of the general register a
// closing line states after a dash, past what else it says: "Esecutiva
// dal 06/03/2026 – Registro Generale delle Determinazioni n. 57 del
// 06/03/2026"; n is 0 for none, and for a register a citing sentence
// names, on the line or from the line above it ("approvato con
// determinazione n. 19" / "del 14.4.2026 – Reg. Gen. 67").
func registerAfterDash(above, s string) (n int, date string) {
	for _, dash := range []string{" – ", " - ", " — "} {
		before, after, ok := strings.Cut(s, dash)
		for ok {
			if opensRegisterLabel(after) && !citingRE().MatchString(lastBytes(pdftext.CollapseSpace(above+" "+before), maxCitingBytes)) {
				if n, date := registerLine(after); n != 0 {
					return n, date
				}
			}
			var rest string
			rest, after, ok = strings.Cut(after, dash)
			before += dash + rest
		}
	}
	return 0, ""
}

// opensRegisterLabel reports, cheaply, whether s may open with the
// general register's label as generalRegisterLineRE and registerLabelRE
// read it: "Reg…", "Numero …", "N. …", spaces before it aside.
func opensRegisterLabel(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, prefix := range []string{"reg", "num", "n."} {
		if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
			return true
		}
	}
	return false
}

// maxLinesUnderLabel is how many lines under the general register's
// label its number may stand.
const maxLinesUnderLabel = 3

// opensDate reports whether s opens with a date in figures, not a
// number: "12/02/2026" under a grid's register label.
func opensDate(s string) bool {
	return dateOpeningRE().MatchString(s)
}

// dateOpeningRE is a date in figures at a text's start.
var dateOpeningRE = lazyRegexp(`^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}`)

// generalLabelOverNumber reports whether l opens with the general register's
// label in a cell of its own and its number is not in the cell beside it
// (a grid's "REGISTRO GENERALE" | "N. 38"), but under it.
func generalLabelOverNumber(l pdftext.Line) bool {
	cells := splitCells(l)
	if len(cells) == 0 || !registerLabelRE().MatchString(strings.TrimSpace(pdftext.NewLine(l.Page, cells[0]).Text)) {
		return false
	}
	return len(cells) == 1 || !registerNumberRE().MatchString(strings.TrimSpace(pdftext.NewLine(l.Page, cells[1]).Text))
}
