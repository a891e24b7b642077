package extract

// The number statements of a header's columns: a cell's number completed
// from the grid around it (cellNumberStatement); each number labelled as
// the act's, its general register's, its sector's or another act's by the
// text around it (columnNumbers, with act_header.go's numberLabel); and
// the patterns of registers printed after a number or its sign.

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// cellNumberStatement is the text of cell k of col, completed when the
// cell ends with a number's label and a table gives the number apart: in
// the cells right of it ("N." | "12" | "DEL" | "10/01/2024"), or in the
// cell under it, its date under the date's label beside it ("Numero" |
// "Data" over "12" | "10/01/2024"); or when the cell ends with the number
// and the cell right of it gives its date ("N. 18" | "Seduta del
// 28/04/2025").
func cellNumberStatement(col headerColumn, k int) string {
	c := col.cells[k]
	if g := kindNumberLabelRE().FindStringSubmatch(c.text); g != nil {
		// "Numero deliberazione" | "31": the act's number, by its kind;
		// "Numero Atto" | "73" a form's field of its own, as "Numero" |
		// "73" is.
		if figures, ok := numberFigures(firstWord(c.right)); ok {
			if strings.EqualFold(g[1], "atto") {
				return "Numero " + figures
			}
			return strings.ToUpper(strings.TrimSuffix(g[1], ".")) + " N. " + figures
		}
	}
	if registerLabelAlone(c.text) {
		// "Reg. Generale" over "98", or beside it ("Registro Generale" |
		// "311"): a register's label with no "N."
		if k+1 < len(col.cells) {
			if figures, ok := numberFigures(col.cells[k+1].text); ok {
				return c.text + " n. " + figures
			}
		}
	}
	if strings.EqualFold(strings.Trim(c.text, " :"), "registro") && k+1 < len(col.cells) {
		// "Registro" | "Data adozione" over "DD 245/2026" |
		// "27/05/2026": the act's own register, its number in its code.
		below := col.cells[k+1]
		if g := registerCodeNumberRE().FindStringSubmatch(strings.TrimSpace(below.text)); g != nil {
			text := "Registro Generale n. " + g[1] // its only register
			if dateLabelRE().MatchString(c.right) && leadingDateRE().MatchString(below.right) {
				text += " del " + below.right
			}
			return text
		}
	}
	if registerLabelAlone(c.text) {
		if figures, ok := numberFigures(c.right); ok {
			return c.text + " n. " + figures
		}
		if g := officeCodedRE().FindStringSubmatch(strings.TrimSpace(c.right)); g != nil {
			return c.text + " n. " + g[1] + g[2] // "Reg. Settore" | "SA/27"
		}
	}
	if label, ok := strings.CutSuffix(strings.TrimSpace(c.text), "/ data"); ok && numberStatementRE().MatchString(c.right) {
		// "Numero di settore / data" | "N. 48 del 14/04/2026": the
		// label names both, the cell right of it gives both.
		return strings.TrimSpace(label) + " " + c.right
	}
	if !numberLabelEndRE().MatchString(c.text) {
		if g := dateBelowRE().FindStringSubmatch(c.right); g != nil && numberEndRE().MatchString(c.text) {
			return c.text + " del " + g[1] // "N. 18" | "Seduta del 28/04/2025"
		}
		return c.text
	}
	if leadingFiguresRE().MatchString(c.rest) {
		return c.text + " " + c.rest
	}
	if k+1 < len(col.cells) && !numberedRows(col, k) {
		below := col.cells[k+1]
		if figures, ok := numberFigures(below.text); ok || registerNumberUnderRE().MatchString(below.text) {
			if !ok {
				figures = below.text // "Ordinanza N." over "12/2026 P.L."
			}
			text := c.text + " " + figures
			if dateLabelRE().MatchString(c.right) && leadingDateRE().MatchString(below.right) {
				text += " del " + below.right
			}
			return text
		}
	}
	return c.text
}

// numberedRows reports whether the cells under cell k of col, on the
// lines after it, are figures one after another ("N." over "1" over
// "2"): a table numbering its rows, not a field's number.
func numberedRows(col headerColumn, k int) bool {
	if k+2 >= len(col.cells) || col.cells[k+2].line != col.cells[k+1].line+1 {
		return false
	}
	_, first := numberFigures(col.cells[k+1].text)
	_, second := numberFigures(col.cells[k+2].text)
	return first && second
}

// adoptionDate is the date the words after a number say the act was
// adopted on, "" for none: "n. 61 del Responsabile del Servizio Tecnico
// adottata in data 12 giugno" over "2025", the year wrapped into the
// cell under it.
func adoptionDate(rest string, col headerColumn, k int) string {
	g := adoptedOnRE().FindStringSubmatch(rest)
	if g == nil {
		return ""
	}
	d := datePatternRE().FindString(g[1])
	if d == "" && k+1 < len(col.cells) {
		d = datePatternRE().FindString(g[1] + " " + col.cells[k+1].text)
	}
	date, _ := parseDate(d)
	return date
}

// adoptedOnRE is what follows a number to say when the act was adopted:
// "adottata in data", "emessa in data".
var adoptedOnRE = lazyRegexp(`(?i)\b(?:adottat[ao]|emess[ao]|assunt[ao])\s+in\s+data\s+(.*)$`)

// kindNumberLabelRE labels the act's number by its kind: "Numero
// deliberazione", "N. della determinazione", "Numero Atto (Reg. Gen.)",
// "N. Reg. Delib." (of the register of deliberations).
var kindNumberLabelRE = lazyRegexp(`(?i)^\s*(?:numero|n\.|nr\.?)\s+(?:reg(?:istro|\.)?\s*)?(?:(?:della|del|dell['’]|delle)\s*)?(deliberazion[ei]|determinazion[ei]|ordinanz[ae]|decret[oi]|atto|delib\.|det\.)(?:\s*\([^()]*\))?\s*:?\s*$`)

// registerLabelAlone reports whether a cell is a register's label and
// nothing else: "Reg. Generale", "Registro di Settore", "R.G.".
func registerLabelAlone(cell string) bool {
	return len(cell) <= maxLabelBytes && !strings.ContainsAny(cell, "0123456789") &&
		registerLabelAloneRE().MatchString(cell)
}

// registerCodeNumberRE is an act's number in its register's code, under
// the register's label: "DD 245/2026", "245/2026", "245".
var registerCodeNumberRE = lazyRegexp(`^(?:[A-Z]{1,4}\s*[-.]?\s*)?(\d{1,7})(?:/\d{4})?$`)

// registerLabelAloneRE is a register's label filling a cell.
var registerLabelAloneRE = lazyRegexp(`(?i)^\s*(?:` + generalRegisterWords + `|` + sectorRegisterWords + `|registro\s+(?:generale|(?:di\s+|del\s+|della\s+|dell['’]\s*)?` + registerOfficeWords + `)|n\.\s*(?:di\s+)?settore)\s*[:.]?\s*$`)

// thousandsFigures is a number printed with the thousands' stop some
// registers print: "1.316".
const thousandsFigures = `\d{1,3}\.\d{3}`

// figuresValue is the number figures print, with the thousands' stop
// some registers print ("1.316") or none; 0 for none.
func figuresValue(figures string) int {
	n, _ := strconv.Atoi(strings.ReplaceAll(figures, ".", ""))
	return n
}

// numberFigures is a cell that holds a number alone, as figures: "57",
// or "1.057" with the thousands' stop some registers print, read "1057".
func numberFigures(s string) (string, bool) {
	if figuresOnlyRE().MatchString(s) {
		return s, true
	}
	if thousandsRE().MatchString(s) {
		return strings.ReplaceAll(s, ".", ""), true
	}
	return "", false
}

var (
	// numberLabelEndRE ends a cell with a number's label and no number:
	// "N.", "Numero", "N. REG. GEN.", "N. Registro di Settore",
	// "DETERMINAZIONE N.".
	numberLabelEndRE = lazyRegexp(`(?i)(?:^|\s)(?:n\s*[.°º]?|nr\.?|num\.?|numero)(?:\s*(?:` + generalRegisterWords + `|` + sectorRegisterWords + `))?\s*:?\s*$`)
	// leadingFiguresRE is a number at the start of a cell, after its
	// register's letters ("DD 1187/2024").
	// registerNumberUnderRE is a number with its year and its register's
	// initials, under its label: "12/2026 P.L.", "47/2026 R.G.", "27 /
	// 2026".
	registerNumberUnderRE = lazyRegexp(`^\d{1,7}\s*/\s*\d{4}(?:\s+(?:[A-Z]\.){1,4}|\s+[A-Z]{1,4})?$`)
	leadingFiguresRE      = lazyRegexp(`^(?:[A-Z]{1,4}\s*[-.]?\s*)?\d{1,7}\b`)
	figuresOnlyRE         = lazyRegexp(`^\d{1,7}$`)
	thousandsRE           = lazyRegexp(`^` + thousandsFigures + `$`)
	// numberEndRE ends a cell with a number after its label: "N. 18".
	numberEndRE = lazyRegexp(`(?i)(?:^|\s)(?:n\s*[.°º]?|nr\.?|num\.?|numero)\s*:?\s*\d{1,7}$`)
	// dateLabelRE is a cell that labels the date under it: the
	// general register's ("DATA REGISTRO GENERALE") among them, a report's
	// leaders before its colon ("Data adozione ..:").
	dateLabelRE = lazyRegexp(`(?i)^\s*(?:` + numberDateLabel + `|data\s+(?:della\s+|di\s+|dell['’]\s*)?(?:seduta|adunanza|riunione|adozione|atto)|data\s+(?:del\s+)?reg(?:istro|\.)?\s*gen(?:erale|\.)?)\s*(?:\.{2,}\s*)?:?\s*$`)
)

// columnNumbers finds the number statements of a column and labels each
// by the text before it in the column. headings gives the lines of the
// page where a heading names an act's kind (headingLines), worked out for
// the first column whose cells are not on consecutive lines.
func columnNumbers(col headerColumn, headings func() []int) []headerNumber {
	var out []headerNumber
	// context is the column's text above the number, where its label
	// may be; lastCell and twoUp are the two cells above it, where its
	// heading may be.
	context, lastCell, twoUp := "", "", ""
	lastLine, lastY := -1, 0.0
	for k, c := range col.cells {
		if c.inSubject {
			context, lastCell, twoUp = "", "", ""
			continue
		}
		// A heading set beside a label and its number, on a baseline
		// between theirs ("DETERMINAZIONE DEL RESPONSABILE" | "Registro
		// di Settore" over "N. 21 del …"), parts nothing: they stand
		// less than two lines apart.
		beside := lastY-c.y < 2*max(c.size, 1)
		if lastLine >= 0 && c.line-lastLine > 1 && !beside && slices.ContainsFunc(headings(), func(l int) bool { return l > lastLine && l < c.line }) {
			// The act's heading, centred across the page, between them:
			// the letterhead above it is no label of a number under it.
			context = ""
		}
		lastLine, lastY = c.line, c.y
		text := registerAfterSign(cellNumberStatement(col, k))
		prev := 0
		cellContext := context
		// untaken is set after a cited act's number, which no label took:
		// its other register, in brackets or after a dash beside it, is
		// the cited act's too ("determinazione … n. 58 del 12/03/2026
		// (R.G. n. 176)").
		untaken := false
		for _, loc := range numberStatementRE().FindAllStringSubmatchIndex(text, -1) {
			before := pdftext.CollapseSpace(context + " " + text[prev:loc[2]])
			if prev > 0 && citingRE().MatchString(lastBytes(pdftext.CollapseSpace(cellContext+" "+text[:loc[2]]), maxCitingBytes)) {
				// "(approvato con determinazione … n. 12 del 14/01/2026 –
				// R.G. n. 38)": the cited act's other register.
				prev, context = loc[1], ""
				continue
			}
			g := func(i int) string {
				if loc[2*i] < 0 {
					return ""
				}
				return text[loc[2*i]:loc[2*i+1]]
			}
			printed := strings.ReplaceAll(g(2), " ", "")
			n := figuresValue(strings.Trim(printed, "_"))
			year, _ := strconv.Atoi(g(3))
			date, _ := parseDate(g(4))
			rest := text[loc[1]:]
			if wordBeforeFigures(text[loc[3]:loc[4]]) {
				// "N. DEL 12/03/2024": a number left blank, then a date.
				prev, context = loc[1], ""
				continue
			}
			if date == "" && year == 0 && countsThings(rest) {
				// "BANDO … PER LA COPERTURA DI N. 2 POSTI": a quantity.
				prev, context = loc[1], ""
				continue
			}
			if y := yearFirstRE().FindStringSubmatch(rest); y != nil && year == 0 && n >= 1900 && n <= 2100 {
				// "N. 2024/12": the year, then the number.
				year, printed = n, printed+"/"+y[1]
				n, _ = strconv.Atoi(y[1])
				date, _ = parseDate(y[2])
				rest = rest[len(y[0]):]
			}
			switch {
			case date != "":
			case dateRunsOnRE().MatchString(rest) && k+1 < len(col.cells) && leadingDateRE().MatchString(col.cells[k+1].text):
				// "N. 100 DEL" over "27/02/2026" in a narrow column.
				date, _ = parseDate(leadingDateRE().FindString(col.cells[k+1].text))
			case strings.TrimSpace(rest) == "" || dateRunsOnRE().MatchString(rest):
				// "N. 12" | "DEL 03/02/2024" in a row of cells, or "N. 12"
				// over "DEL 03/02/2024".
				if g := cellDateRE().FindStringSubmatch(c.right); g != nil {
					date, _ = parseDate(g[1])
				} else if after, ok := strings.CutPrefix(c.rest, c.right); ok && c.right != "" && dateLabelRE().MatchString(c.right) && leadingDateRE().MatchString(after) {
					// "Reg. Gen. n. 312" | "DATA" | "10/04/2026": the
					// date's label in a cell of its own.
					date, _ = parseDate(leadingDateRE().FindString(after))
				} else if k+1 < len(col.cells) {
					below := col.cells[k+1]
					if g := dateBelowRE().FindStringSubmatch(below.text); g != nil && !numberStatementRE().MatchString(below.left) {
						// Not a grid's "PROPOSTA N. 38" | "DEL 18/03/2026"
						// under "REG. GEN. N. 102" | "REG. A.A. N. 31":
						// the date of the number left of it.
						date, _ = parseDate(g[1])
					} else if dateLabelRE().MatchString(below.text) && leadingDateRE().MatchString(below.right) {
						// "Numero:" | "DD 12/2024" over "Data:" | "10/01/2024"
						date, _ = parseDate(leadingDateRE().FindString(below.right))
					}
				}
			}
			// The heading may open this cell, stand left of it on its line,
			// or run on from the cell above ("VERBALE DI DELIBERAZIONE" /
			// "DELLA GIUNTA COMUNALE N.129").
			heading := pdftext.CollapseSpace(text[prev:loc[2]])
			// A form's colon at the head of the values' column opens the
			// value's cell: "NUMERO GENERALE" | ": N. 12 DEL 3.2.2026".
			opens := heading == "" || heading == ":" && c.left != ""
			switch {
			case headingKindRE().MatchString(heading):
			case opens && headingKindRE().MatchString(c.left) && !numberStatementRE().MatchString(c.left):
				// Not a heading that states its own number: "DETERMINAZIONE
				// N. 188" | "N. 32 del 16/03/2026" names another register.
				heading = c.left
			case opens && !headingKindRE().MatchString(lastCell) && headingKindRE().MatchString(twoUp):
				// A subtitle between the heading and its number: the
				// heading in a second language, the law it applies; or
				// the heading's qualifier going on ("… RESPONSABILE DEL"
				// / "SERVIZIO").
				heading = twoUp
				if endsWithPreposition(twoUp) {
					heading += " " + lastCell
				}
			default:
				heading = pdftext.CollapseSpace(lastCell + " " + heading)
			}
			switch {
			case !opens && c.left != "" && officeInitialsRE().MatchString(heading) && sectorLabelRE().MatchString(c.left+" "+heading):
				before = c.left + " " + heading // "Registro di Settore" | "AA.GG. n. 22"
			case opens && c.left != "" && (generalLabelRE().MatchString(c.left) || sectorLabelRE().MatchString(c.left) || otherLabelRE().MatchString(c.left)) &&
				!numberThenRegisterRE().MatchString(c.left):
				before = c.left // "Reg. Gen." | "N. 45"
			case opens && c.left == "" && strings.EqualFold(g(1), "numero"):
				// "Numero" | "74" | "Data" | "07/10/2025", a form's field
				// opening its line: its label is its own, not the
				// letterhead above it.
				before = ""
			}
			if date == "" {
				// "Provvedimento del 12/03/2026 n. 45"
				if d := datePatternRE().FindString(heading); d != "" {
					date, _ = parseDate(d)
				}
			}
			if date == "" {
				date = adoptionDate(rest, col, k)
			}
			sectorDated := sectorRegisterDatedRE().FindStringSubmatch(rest)
			if date == "" && sectorDated != nil {
				date, _ = parseDate(sectorDated[1])
			}
			hn := headerNumber{n: n, printed: printed, year: year, date: date}
			// A number alone on its line, undated, under a letterhead's or
			// a title's line in capitals: a register's number, as banns
			// print theirs. Dated, it may be a protocol's stamp.
			alone := opens && c.left == "" && text == c.text && g(4) == "" && yearOnly(rest) && isUpperHeading(lastCell)
			hn.label, hn.kind, hn.organ = numberLabel(before, heading, alone, c)
			if prev == 0 && c.left == "" && fieldCitesRE().MatchString(lastCell) {
				// "Rif." over "Delib. G.C. n. 44/2026": a form's field
				// naming another act, its label over it.
				hn.label = ""
			}
			if between := strings.Trim(text[prev:loc[2]], " ([–-"); untaken && prev > 0 && len(between) <= maxRegisterLabel &&
				(generalLabelRE().MatchString(between) || sectorLabelRE().MatchString(between)) {
				hn.label = ""
			}
			untaken = hn.label == "" && (citingRE().MatchString(lastBytes(before, maxCitingBytes)) || citationGoesOnRE().MatchString(before) ||
				citingRE().MatchString(lastBytes(heading, maxCitingBytes)))
			afterOther := hn.label == "" && !untaken && prev > 0 && len(strings.TrimSpace(text[prev:loc[2]])) <= maxRegisterLabel
			switch {
			case albosRegisterAfterRE().MatchString(rest):
				// "N. 112 del Registro delle Pubblicazioni": the Albo's
				// number of the publication a certificate attests, not
				// the act's.
				hn.label = ""
			case (hn.label == "act" || hn.label == "bare" || afterOther || hn.label == "sector" && !sectorLabelRE().MatchString(text[prev:loc[2]])) &&
				registerAfterRE().MatchString(text[loc[5]:loc[1]]):
				// "N. 611 REG. GEN. del 23-07-2025"; "N. 198/2026 R.G."
				// under a row of labels that ends with the sector's, or
				// after the act's other number ("N. 18/2026 R.S. – N.
				// 64/2026 R.G.").
				hn.label = "general"
			case hn.label != "general" && c.beforeBody && officeInitialsAfterRE().MatchString(text[loc[2]:loc[1]]):
				hn.label = "sector" // "N. 17/A.A.": the number in the register of the office its initials name
			case hn.label != "general" && c.beforeBody && (sectorRegisterAfterRE().MatchString(rest) || sectorDated != nil):
				hn.label = "sector" // "N. 412 del Registro dell'Area", "n. 12 del Servizio – data 11.03.2026"
			case c.beforeBody && generalRegisterAfter(rest):
				hn.label = "general" // "N. 187 del 06.03.2026 del Registro Generale delle Determinazioni"
			case c.beforeBody && registerNoteRE().MatchString(rest):
				// "N. 41 DEL 09/03/2026 (Registro di Settore)".
				hn.label = noteLabel(rest)
			case c.beforeBody && k+1 < len(col.cells) && registerNoteRE().MatchString(col.cells[k+1].text):
				// "N. 32 del 16/03/2026" over "(Registro del Servizio)".
				hn.label = noteLabel(col.cells[k+1].text)
			case c.beforeBody && strings.TrimSpace(rest) == "":
				// "N. 47" | "del 10/04/2026" | "Registro di Area": the
				// register named in a cell right of the number's date.
				hn.label = cmp.Or(registerRightOf(c.rest), hn.label)
			}
			if hn.label != "" && n > 0 && (year == 0 || date == "" || strings.HasPrefix(date, g(3))) {
				out = append(out, hn)
			}
			prev = loc[1]
			context = ""
		}
		context = pdftext.CollapseSpace(context + " " + text[prev:])
		if len(context) > 200 {
			context = context[len(context)-200:]
		}
		if strings.HasSuffix(strings.TrimSpace(c.text), ":") && c.right != "" {
			// A field of a form, its value right of its label
			// ("Settore:" | "SETTORE OPERE PUBBLICHE"): labels nothing
			// under it.
			context = ""
		}
		if strings.ContainsFunc(c.text, isAlnum) {
			// A rule drawn with characters ("−−−−", "====") between a
			// heading and its number is neither's.
			lastCell, twoUp = pdftext.CollapseSpace(text[prev:]), lastCell
		}
	}
	return out
}

var (
	// officeCodedRE is a number in an office's register coded with the
	// office's letters, before it or after it: "SA/27", "19/UT".
	officeCodedRE = lazyRegexp(`^(?:[A-Z]{1,4}\s*/\s*(\d{1,7})|(\d{1,7})\s*/\s*[A-Z]{1,4})$`)
	// officeInitialsRE is an office's initials alone: "AA.GG.", "A.T.".
	officeInitialsRE = lazyRegexp(`^(?:[A-Z]{1,2}\.\s?){1,3}$`)
	// officeInitialsAfterRE is a number that names its office's register
	// by the office's initials after it: "17/A.A.", "58 / SF"; not the
	// general register's "R.G.".
	officeInitialsAfterRE = lazyRegexp(`\d\s*/\s*(?:(?:[A-FH-QS-Z][A-Z]?\.\s?|R\.\s?[A-FH-Z]\.\s?)(?:[A-Z]{1,2}\.\s?){0,2}|[A-FH-QS-Z][A-Z]{1,3}\b)`)
)

// numberThenRegisterRE is a cell that ends with a number and the
// register it is entered in ("N. 734/2026 R.G.", "N. 987 Reg.
// Generale"): the register's initials or name label that number, not the
// one in the cell right of it ("N. 118 di Settore"); not a date's
// figures ("N. 31/AT del 10/03/2026 Registro Generale": the label of the
// number right of it).
var numberThenRegisterRE = lazyRegexp(`(?i)(?:^|[^/\d])\d{1,7}(?:/\d{2,4})?\s*(?:r\.\s*g\.|reg(?:\.|istro)?\s*gen(?:\.|erale)?)\s*$`)

// generalRegisterAfter reports whether what follows a number and its
// date names the general register it is entered in: "del Registro
// Generale delle Determinazioni", "nel Reg. Gen.".
func generalRegisterAfter(rest string) bool {
	words := strings.Fields(strings.ToLower(rest))
	if len(words) < 3 || words[0] != "del" && words[0] != "nel" {
		return false
	}
	return (words[1] == "registro" || words[1] == "reg.") && strings.HasPrefix(words[2], "gen")
}

// registerRightOf is the register that the cells right of a number name
// after its date, "general" or "sector" ("del 13/04/2026 Registro
// Generale", "del 10/04/2026 Registro di Area"), with no figure of their
// own; "" for none.
func registerRightOf(rest string) string {
	words := strings.Fields(rest)
	if len(words) > 0 && dateLabelRE().MatchString(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 {
		return ""
	}
	if _, ok := parseDate(words[0]); !ok {
		return "" // a row of labels ("N. di Settore" | "Reg. Generale" | "Data"), no number's
	}
	register := strings.Join(words[1:], " ")
	switch {
	case register == "" || strings.ContainsAny(register, "0123456789"):
		// Nothing, or another register's number ("N. 88 DEL …" |
		// "Registro Generale n. 517 del …"), which labels its own.
	case generalRegisterAfter("del " + register):
		return "general"
	case sectorRegisterAfterRE().MatchString(register):
		return "sector"
	case registerNoteRE().MatchString(register):
		return noteLabel(register) // "N. 42" | "DEL 10/05/2028" | "(REGISTRO DI SETTORE)"
	}
	return ""
}

// noteLabel is the register a note in brackets names (registerNoteRE):
// "general" for "(Registro Generale)", "sector" for an office's.
func noteLabel(note string) string {
	if g := registerNoteRE().FindStringSubmatch(note); strings.HasPrefix(strings.ToLower(g[1]), "gen") {
		return "general"
	}
	return "sector"
}

// yearOnly reports whether what follows a number is at most its year
// and the part of its register, as banns print them: "", "/ 2026", "–
// Anno 2026", "— Anno 2026 — Parte I", "– Serie A".
func yearOnly(rest string) bool {
	for part := range strings.FieldsFuncSeq(rest, func(r rune) bool { return strings.ContainsRune("-–—/", r) }) {
		words := strings.Fields(part)
		if len(words) == 2 && (strings.EqualFold(words[0], "parte") || strings.EqualFold(words[0], "serie")) && len(words[1]) <= 4 {
			continue // "Parte I", "Serie A"
		}
		if len(words) == 2 && strings.EqualFold(words[0], "anno") {
			words = words[1:]
		}
		if len(words) == 0 {
			continue
		}
		year, err := strconv.Atoi(words[0])
		if len(words) > 1 || err != nil || len(words[0]) != 4 || year < 1900 || year > 2100 {
			return false
		}
	}
	return true
}

// wordBeforeFigures reports whether the letters numberStatementRE allows
// between a number's label and its figures (a register's letters, "DD 123/2024")
// are a word of the sentence instead: "N. DEL 12/03/2024", "N. IN DATA".
func wordBeforeFigures(between string) bool {
	letters := strings.TrimFunc(between, func(r rune) bool { return !unicode.IsLetter(r) })
	return letters != "" && wordsBeforeFigures[strings.ToLower(letters)]
}

// wordsBeforeFigures are the words of four letters or fewer that follow a
// number's label left blank.
var wordsBeforeFigures = map[string]bool{"del": true, "dal": true, "data": true, "in": true, "di": true,
	"da": true, "al": true, "il": true, "lo": true, "la": true, "le": true, "e": true, "ed": true, "ore": true, "anno": true}

// citingRE ends a text that cites another act, up to its number: "con
// determinazione del Responsabile dell'Area R.G.", "giusta deliberazione
// G.C.", an agenda's "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA", with no
// clause's end between the act and the number; a notice's field naming
// the act that began or closed its procedure ("Determina a contrarre",
// "Determinazione di aggiudicazione").
var citingRE = lazyRegexp(`(?i)\b(?:con|giusta|mediante|vist[aoie]|richiamat[aoie]|di\s+cui\s+all[ao']|dall[ao']|nell[ao']|in\s+(?:esecuzione|attuazione)\s+dell[ao']|(?:ratifica|revoca|modifica|rettifica|integrazione|annullamento)\s+dell[ao'])\s*(?:la\s+|il\s+|l['’]\s*|propri[ao]\s+)?(?:determinazion[ei]|determina|deliberazion[ei]|delibera|decreto|ordinanza|provvedimento)\b[^;:()]*$|\b(?:determinazion[ei]|determina|deliberazion[ei]|delibera)\s+(?:a\s+contrarre|di\s+(?:indizione|aggiudicazione|approvazione))\b[^;:()]*$`)

// courtRegisterRE is a court's case named before its register's number:
// an appeal, a judgement, a cause.
var courtRegisterRE = lazyRegexp(`(?i)\b(?:ricors[oi]|sentenz[ae]|caus[ae]|giudizi[oi]|ruolo|decreto\s+ingiuntivo)\b[^;:()]{0,12}$`)

// lawNumberRE ends a text that names a law, up to its number: "D.Lgs. 18
// agosto 2000,", "Legge 18 giugno 2009,", "L.R. 11/12/1991"; an OCR's
// ";" for the comma ("D.Lgs. 18 agosto 2000; n. 267").
var lawNumberRE = lazyRegexp(`(?i)(?:\bd\.\s*lgs\.?|\bd\.\s*l\.|\bd\.\s*p\.\s*r\.?|(?:^|[\s(,;])l\.\s*r\.|(?:^|[\s(,;])l\.|\blegge(?:\s+regionale)?|\bdecreto\s+legislativo|\bdecreto[\s-]legge|\br\.\s*d\.)\s*(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?\s*[,;]?\s*$`)

// registerNoteRE is the note under a number that names its register:
// "(Registro Generale)", "del 17/03/2026 (Registro del Servizio)".
var registerNoteRE = lazyRegexp(`(?i)\(\s*reg(?:istro|\.)?\s*(gen(?:erale|\.)?|(?:del(?:la)?\s+|dell['’]\s*|di\s+)` + registerOfficeWords + `)\s*\)\s*$`)

// citationGoesOnRE is the text between a cited act's number and the
// next, when it names another act the sentence cites: "e della
// determinazione R.G.".
var citationGoesOnRE = lazyRegexp(`(?i)^\s*(?:e|ed|nonch[eé])\s+(?:della|del|dell['’])\s*(?:determinazion[ei]|determina|deliberazion[ei]|delibera|decreto|ordinanza|provvedimento)\b[^;:()]*$`)

// maxCitingBytes is how far before a number the act that cites it is
// looked for.
const maxCitingBytes = 120

// maxLabelBytes is how long, in bytes, a number's label runs at most
// ("Registro Generale delle Determinazioni N." is 41), with room to spare.
const maxLabelBytes = 64

// lastBytes is the end of s, at most n bytes, cut at a character's start.
func lastBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// withoutClosedNote is s without the note in brackets it ends with, if
// any: "… GIUNTA COMUNALE (nominata … n. 267)" is "… GIUNTA COMUNALE".
func withoutClosedNote(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ")") {
		return s
	}
	if open := strings.LastIndex(t, "("); open >= 0 {
		return strings.TrimSpace(t[:open])
	}
	if strings.Trim(t, ") ") == "" {
		return "" // the note's close, after a number read inside it ("… n. 267)")
	}
	return s
}

// registerAfterRE is what follows a number's figures up to the general
// register's label after them (generalAfterNumber), which numberDateTail
// reads: "611 REG. GEN.", "12/2024 R.G.".
var registerAfterRE = lazyRegexp(`(?i)^(?:\s*/\s*[a-z][a-z.]{0,7})?(?:\s*/\s*\d{4})?\s*` + generalAfterNumber)

// sectorRegisterAfterRE is an office's register named after the number:
// "N. 412 del Registro dell'Area", "n. 34 del Registro di Settore", "N.
// 21 REG. SERVIZIO", or the office alone ("n. 88 del Settore", "n. 87 del
// Servizio", "(N. 37 di Area)").
var sectorRegisterAfterRE = lazyRegexp(`(?i)^\s*(?:r\.\s*s\.|(?:(?:del|nel)\s+)?reg(?:istro|\.)\s*(?:dell['’]\s*|del\s+|della\s+|di\s+)?` + registerOfficeWords + `\b|(?:del(?:l['’]\s*|\s+|la\s+)|di\s+)` + registerOfficeWords + `\)?\s*$)`)

// albosRegisterAfterRE names the Albo's register after a number: "N. 112
// del Registro delle Pubblicazioni", "n. 512 Reg. Pubbl.", "N. 88 del
// Registro dell'Albo".
var albosRegisterAfterRE = lazyRegexp(`(?i)^\s*(?:(?:del|nel)\s+)?(?:reg(?:istro|\.)\s*(?:delle\s+|degli\s+|dell['’]\s*|dell?\s+)?(?:pubblicazion[ei]|pubbl\.|atti\s+pubblicati|albo)|albo\s+pretorio)`)

// sectorRegisterDatedRE is an office named after the number as its
// register, then the number's date: "n. 12 del Servizio – data
// 11.03.2026", "N. 34 del Settore Tecnico, del 02/03/2026".
var sectorRegisterDatedRE = lazyRegexp(`(?i)^\s*(?:del(?:l['’]\s*|\s+|la\s+)|di\s+)` + registerOfficeWords + `\b[^\d,\-–]{0,40}?[,\-–]\s*` + numberDateLabel + `\s*:?\s*(` + datePattern + `)`)

// countsThings reports whether what follows "N. 2" makes it a count of
// things ("N. 2 POSTI", "n. 3 unità"), not an act's number.
func countsThings(rest string) bool {
	return countedThings[strings.ToLower(strings.Trim(firstWord(rest), ",.;:"))]
}

// countedThings are the nouns a number counts in the title of a notice or
// a call: posts, units, lots, dwellings, hours.
var countedThings = map[string]bool{"posti": true, "posto": true, "unità": true, "lotti": true, "lotto": true,
	"alloggi": true, "alloggio": true, "immobili": true, "immobile": true, "ore": true, "giorni": true,
	"mesi": true, "anni": true, "borse": true, "borsa": true, "incarichi": true, "incarico": true,
	"figure": true, "persone": true, "componenti": true, "consiglieri": true, "dipendenti": true}

// maxRegisterLabel is the longest register's label, in bytes, between a
// cited act's number and its other register's ("Reg. Gen.", "R.G.").
const maxRegisterLabel = 24

// registerAfterSign reads a register's label printed between "N." and
// the figures as printed before them (generalAfterSignRE,
// sectorAfterSignRE). Most cells name no register: they are spared the
// patterns, which no word of theirs can rule out.
func registerAfterSign(cell string) string {
	if !registerWords.in(cell) {
		return cell
	}
	cell = generalAfterSignRE().ReplaceAllString(cell, "Reg. Gen. n. $1")
	cell = generalLabelledRE().ReplaceAllString(cell, "${1}Reg. Gen. n. $2")
	return sectorAfterSignRE().ReplaceAllString(cell, "Reg. Sett. n. $1")
}

// registerWords are in every register's label that registerAfterSign
// reads, folded as foldASCII folds.
var registerWords = newWordSet("gen", "sett", "r.", "reg", "cron", "area", "serv")
