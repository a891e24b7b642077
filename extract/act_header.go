package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// The act header reader. An act states who issued it, what it is, its
// number and its date in a header that every producer lays out its own
// way: one centred line ("DELIBERAZIONE DELLA GIUNTA COMUNALE N. 186 del
// 02/07/2026"), a heading over its number ("REGISTRO ORDINANZE
// DIRIGENZIALI" / "N. 201 del 05/08/2026"), a column beside the subject
// ("N. 100 DEL" / "27/02/2026" / "Registro Generale" / "N. 145 DEL" …), a
// register line in the page footer. Rather than one rule per layout, the
// reader cuts the first page into cells (text set apart by wide gaps),
// stacks the cells into columns, finds in them every candidate for each
// field — kinds, numbers with the label before them, municipalities —
// and keeps the one the evidence favours: its label, its place on the
// page, its font size.

// headerCell is a stretch of one line set apart from the rest of it.
type headerCell struct {
	line        int // index of its line on the page
	y           float64
	x, x2       float64
	size        float64
	text        string
	inSubject   bool // part of the subject's text, read by parseSubject
	beforeBody  bool // above the act's first paragraph
	topFraction float64
	// left and right are the texts of the cells beside it on its line: a
	// header printed as a row of cells ("DETERMINAZIONE" | "N. 12" |
	// "DEL 03/02/2024"); rest is the texts of the cells right of it, up to
	// maxCellRest bytes.
	left, right, rest string
}

// maxHeaderCells bounds the cells a header is read from. A page holds a
// few hundred; stacking them into columns compares each with the columns
// before it, so a hostile page of 40,000 cells in one line took 2 seconds.
const maxHeaderCells = 4000

// maxCellRest bounds what a cell keeps of the cells right of it: enough
// for a number and its date, and a row of thousands of cells (a hostile
// page) costs no more than a row of ten.
const maxCellRest = 200

// headerColumn is cells stacked one under the other, each overlapping the
// one above it horizontally: a heading over its number, a left column.
type headerColumn struct {
	cells []headerCell
}

// stackColumns groups the cells into columns, top to bottom.
func stackColumns(cells []headerCell) []headerColumn {
	var cols []headerColumn
	for _, c := range cells {
		best := -1
		for i := range cols {
			last := cols[i].cells[len(cols[i].cells)-1]
			if c.line-last.line > 3 || last.line == c.line {
				continue
			}
			if c.x < last.x2 && last.x < c.x2 {
				best = i
			}
		}
		if best < 0 {
			cols = append(cols, headerColumn{})
			best = len(cols) - 1
		}
		cols[best].cells = append(cols[best].cells, c)
	}
	return cols
}

// headerPage returns the cells of the first page with text.
func headerPage(file *pdftext.File, subject subjectLines) []headerCell {
	var out []headerCell
	for _, p := range file.Pages {
		// A margin's column of fields is read first: the registers and
		// offices it holds stand beside the act's body, not in it.
		lines := marginFields(withoutForeign(formLines(p)))
		if len(lines) == 0 {
			continue
		}
		top, bottom := lines[0].Y, lines[len(lines)-1].Y
		if p.Height > 0 {
			top, bottom = p.Height, 0
		}
		body := false
		for i, l := range lines {
			// "VISTO DI REGOLARITÀ CONTABILE" heads a visto; "Visto il …"
			// opens a body.
			if !body && i > 0 && opensBody(l) && !headingKindRE().MatchString(l.Text) && !issuerOverHeading(lines, i) {
				body = true
			}
			row := len(out)
			for _, runs := range splitCells(l) {
				if len(out) == maxHeaderCells {
					return out
				}
				c := pdftext.NewLine(l.Page, runs)
				cell := headerCell{line: i, y: c.Y, x: c.X, x2: c.X2, size: c.Size, text: withCodeSign(withRegisterSign(italianLabels(withoutSpecks(withoutImageCaption(withoutEdgeBars(withoutLeaders(c.Text))))))), beforeBody: !body}
				if top > bottom {
					cell.topFraction = (top - c.Y) / (top - bottom)
				}
				cell.inSubject = subject.covers(l, c.X)
				if len(out) > row {
					cell.left = out[len(out)-1].text
					out[len(out)-1].right = cell.text
					// Nearest first: a cell further left holds more, so
					// once one is full so are those before it.
					for k := len(out) - 1; k >= row && len(out[k].rest) < maxCellRest; k-- {
						out[k].rest = strings.TrimSpace(out[k].rest + " " + cell.text)
					}
				}
				out = append(out, cell)
			}
		}
		return out
	}
	return nil
}

// opensBody reports whether line l opens the act's body (bodyStartRE):
// not a row of the heading's grid whose first cell names the issuer and
// a later one a register's number (" IL SEGRETARIO COMUNALE | N. 44 DEL
// 10/12/2026").
func opensBody(l pdftext.Line) bool {
	if !bodyStartRE().MatchString(l.Text) {
		return false
	}
	cells := splitCells(l)
	for _, runs := range cells[min(1, len(cells)):] {
		if numberStatementRE().MatchString(pdftext.JoinRuns(runs)) {
			return false
		}
	}
	return true
}

// issuerOverHeading reports whether lines[i] names the issuer over the
// act's heading ("IL DIRETTORE GENERALE" over "AVVISO AI CONSORZIATI"),
// where it opens no body as it does over the premises or the decision.
func issuerOverHeading(lines []pdftext.Line, i int) bool {
	if i+1 >= len(lines) || !isIssuerLine(pdftext.CollapseSpace(lines[i].Text)) {
		return false
	}
	next := pdftext.CollapseSpace(lines[i+1].Text)
	return headingKindRE().MatchString(next) && headingCase(next) && !isDecisionHeading(next)
}

// withoutLeaders is s with its dot leaders, three dots or more that lead
// the eye from a label to its value, read as a space: a report's "N. REG.
// GENERALE ... 233 DEL ..... 11/03/2026" is "N. REG. GENERALE 233 DEL
// 11/03/2026".
func withoutLeaders(s string) string {
	if !strings.Contains(s, "...") && !strings.Contains(s, "…") {
		return s
	}
	return fillsAsSpace(s, ".…", 3) // "...", "…"; "N." stays
}

// withoutEdgeBars is s without the bars of a box drawn with characters
// at its ends, set apart from its text by a space: a report's "|
// DELIBERA N. 14" is "DELIBERA N. 14".
func withoutEdgeBars(s string) string {
	t := strings.TrimSpace(s)
	if r, size := utf8.DecodeRuneInString(t); size < len(t) && t[size] == ' ' && isFrameBar(string(r)) {
		t = strings.TrimSpace(t[size:])
	}
	if r, size := utf8.DecodeLastRuneInString(t); size < len(t) && t[len(t)-size-1] == ' ' && isFrameBar(string(r)) {
		t = strings.TrimSpace(t[:len(t)-size])
	}
	if isFrameBar(t) {
		return ""
	}
	return t
}

// imageCaptionRE is the caption an image left in the text before a
// heading on its line: a crest's or a logo's name in brackets, as HTML
// printed without its image, or a template, shows it ("[stemma]   COMUNE
// DI BIBBIENA", "[logo Unione] …"). A ticked box ("[X] Giunta") is none.
var imageCaptionRE = lazyRegexp(`^\[\p{L}\p{L}[\p{L} ]+\]\s+`)

// maxImageCaption is the longest image caption, in bytes with its
// brackets.
const maxImageCaption = 48

// withoutImageCaption is s without an image's caption before its text.
func withoutImageCaption(s string) string {
	if !strings.HasPrefix(s, "[") {
		return s
	}
	if m := imageCaptionRE().FindStringIndex(s); m != nil && m[1] < len(s) && len(strings.TrimSpace(s[:m[1]])) <= maxImageCaption {
		return s[m[1]:]
	}
	return s
}

// italianLabel is the Italian side of a bilingual label, as Valle
// d'Aosta's and South Tyrol's forms print them ("N. / N°", "Data /
// Date", "Datum / Data"): a cell of two labels of a word or two each,
// with no figure, one of them an Italian label: that one, the first if
// both are. Any other cell is returned as it is ("SI / NO").
func italianLabel(s string) string {
	first, second, ok := strings.Cut(s, " / ")
	if !ok || strings.ContainsAny(s, "0123456789") || len(strings.Fields(first)) > 2 || len(strings.Fields(second)) > 2 {
		return s
	}
	switch {
	case formLabelWord(first):
		return strings.TrimSpace(first)
	case formLabelWord(second):
		return strings.TrimSpace(second)
	}
	return s
}

// italianLabels is s with the bilingual labels inside it read as their
// Italian side, as a number's line prints them among its figures: "št. /
// n. 7 z dne / del 11.05.2026" is "n. 7 del 11.05.2026", "Sitzung vom /
// seduta del 12.05.2026" is "seduta del 12.05.2026". The foreign side is
// the word or two before the slash, with no figure; where the side before
// is an Italian label too ("N. / N°"), it stays and the other goes. A cell
// of the two labels alone is italianLabel's.
func italianLabels(s string) string {
	if !strings.Contains(s, " / ") {
		return s
	}
	if t := italianLabel(s); t != s || !strings.ContainsAny(s, "0123456789") {
		return t // two labels over their values ("Numero di settore / data")
	}
	words := strings.Fields(s)
	out := make([]string, 0, len(words))
	changed := false
	for i := 0; i < len(words); i++ {
		if words[i] != "/" || i+1 == len(words) || len(out) == 0 || !formLabelWord(words[i+1]) {
			out = append(out, words[i])
			continue
		}
		if formLabelWord(out[len(out)-1]) {
			i++ // "N. / N°": the first is the Italian label
			changed = true
			continue
		}
		foreign := 0
		for foreign < 2 && foreign < len(out) && foreignLabelWord(out[len(out)-1-foreign]) {
			foreign++
		}
		if foreign == 0 {
			out = append(out, words[i]) // "di settore / data": no other language
			continue
		}
		out = out[:len(out)-foreign]
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(out, " ")
}

// withRegisterSign is s with "n." put between a register's label and
// its figures where the cell prints none ("Reg. Gen. 311" is "Reg. Gen.
// n. 311", "Reg. Area 45" is "Reg. Area n. 45"), as the number's
// statements read it: at the cell's start, after a bar a typed table
// parts the cell with ("| N. SETTORIALE 42 … | Reg. Gen. 311 …"), or
// after the words a gutter too narrow to part left in the cell
// ("ORDINANZA SINDACALE  Reg. Gen. 19").
func withRegisterSign(s string) string {
	lower := strings.ToLower(s)
	if !strings.HasPrefix(lower, "reg") && !strings.Contains(lower, " reg") && !strings.Contains(s, "|") {
		return s // most cells: spared the regexp
	}
	return registerFiguresRE().ReplaceAllString(s, "$1$2 n. $3$4")
}

// withCodeSign is s with an act's number printed as its register's code,
// letters, year and figures between dashes or slashes ("DEC-2026-0005",
// "DT/2026/00123"), or the year first ("2026/DET/0047"), written as a
// number statement ("n. 0005/2026"), as the software that codes it means
// it.
func withCodeSign(s string) string {
	if !strings.Contains(s, "-20") && !strings.Contains(s, "-19") && !strings.Contains(s, "/") {
		return s // most cells: spared the regexp
	}
	g := registerCodeRE().FindStringSubmatchIndex(s)
	if g == nil {
		return s // a date's slashes, most often
	}
	signed := registerCodeRE().ReplaceAllString(s, "n. $3$6/$2$4")
	if g[0] == 0 {
		letters := s[max(g[2], g[10]):max(g[3], g[11])] // the group that matched
		if kind := codeKind(letters); kind != "" {
			// "ORD-2026-6 del 22/04/2026" opening a running foot: the
			// code's letters name the act's kind, as no heading there
			// does.
			return kind + " " + signed
		}
	}
	return signed
}

// codeKind is the kind a register's code names by its letters, "" for
// letters that name none.
func codeKind(letters string) string {
	switch letters {
	case "ORD":
		return "Ordinanza"
	case "DET":
		return "Determinazione"
	case "DEC", "DECR":
		return "Decreto"
	}
	return ""
}

// registerCodeRE is a register's code: its letters, the year and the
// act's figures ("DET-2026-0047", "DT-2026-208", "DT/2026/00123"), or the
// year, the letters and the figures ("2026/DET/0047"); with the "n." that
// may stand before it ("n. DD/2026/812").
var registerCodeRE = lazyRegexp(`(?:\b[nN]\.\s*)?(?:\b([A-Z]{2,4})[-/]((?:19|20)\d{2})[-/](\d{1,6})\b|\b((?:19|20)\d{2})/([A-Z]{2,4})/(\d{1,6})\b)`)

// registerFiguresRE is a register's label, "Reg." and the register's
// name, then its figures with no sign between them.
var registerFiguresRE = lazyRegexp(`(?i)(^|\|\s*|[^.\s]\s+)(reg(?:istro)?\.?\s*(?:gen(?:erale)?|sett(?:ore|oriale)?|(?:di\s+|del\s+|dell['’]\s*)?(?:area|serv(?:izio)?))\.?)\s+(\d{1,7})([^\d/.\-]|$)`)

// foreignLabelWord reports whether w may be a word of a label's other
// language: no figure, no Italian label, none of the Italian words a
// label of two is made with ("Numero di settore / data").
func foreignLabelWord(w string) bool {
	if strings.ContainsAny(w, "0123456789") || formLabelWord(w) {
		return false
	}
	switch strings.ToLower(w) {
	case "di", "della", "dello", "dei", "e", "ed", "o", "a", "da", "in", "con", "per", "settore", "area", "servizio", "generale", "atto":
		return false
	}
	return true
}

// formLabelWord reports whether s is a word an Italian form's label is,
// or opens with, its colon aside: a register box's "N.", "Data:",
// "Reg.", "Prot.", "Seduta", "Oggetto".
func formLabelWord(s string) bool {
	switch strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ":"))) {
	case "n.", "n°", "nr", "nr.", "numero", "data", "del", "seduta", "ore", "anno", "oggetto", "registro", "reg", "reg.", "prot", "prot.":
		return true
	}
	return false
}

// ocrSpecks are the signs an OCR reads a scan's specks as before a
// heading ("* COMUNE DI GATTINARA"), which no heading opens with.
const ocrSpecks = "*•·°^~`‘"

// withoutSpecks is s without the specks an OCR read before its text.
func withoutSpecks(s string) string {
	if t := strings.TrimLeft(s, ocrSpecks+" "); t != "" {
		return t
	}
	return s
}

// subjectLines are the lines parseSubject read the subject from, with the
// left edge of its text: a cell left of it on the same line (the number
// column beside an Avella subject) is not part of it.
type subjectLines struct {
	page  int
	ys    map[float64]bool
	left  float64
	found bool
}

func (s subjectLines) covers(l pdftext.Line, x float64) bool {
	return s.found && l.Page == s.page && s.ys[l.Y] && x >= s.left-2
}

// Number statements: "N. 282 del 15/07/2026", "n° 40 del 24/03/2026",
// "Registro Generale N. 145 DEL 27/02/2026", "nr. 12/2026", with the
// office's letters after the number, "n. 45/PL/2024", or before it and
// the year, "n. DD/2026/812".
var (
	numberStatementRE = lazyRegexp(`(?i)(?:^|[^\p{L}\d])(n\s*[.°º]\s*(?:ro\b)?|nr\.?|num\.|numero|n(?:\s+|$))(?:\s*(?:dell['’]\s*)?atto\b)?\s*[:.]?\s*(?:(?-i:[A-Z]{1,4})\s*(?:[-.]|[-./]\s*(?:19|20)\d{2}\s*[-./])?\s*)?(_*\s*(?:` + thousandsFigures + `|\d{1,7})\s*_*)(?:\s*/\s*[a-z][a-z.]{0,7})?(?:\s*/\s*(\d{4}))?\b` + numberDateTail)
	// Labels before a number, from the text that precedes it; a sector's
	// register may be named as its acts' ("Determinazione di Settore n.
	// 58", "Determinazione settoriale n. 5", "Ordinanza dirigenziale
	// settoriale n. 4"), not as their issuer ("DETERMINAZIONE DEL SETTORE
	// N. 58"), or by
	// the sector's initials ("Reg. A.T. N. 14", "Registro di Settore
	// AA.GG. n. 22"; not "Reg. G.", the general register's).
	generalLabelRE = lazyRegexp(`(?i)(?:registro\s+cronologico|numero\s+generale|registro\s+generale(?:\s+del(?:le|l['’]|lo)?\s*[a-z]+)?|reg(?:istro)?\.?\s*gen(?:erale)?\.?(?:\s+(?:dell['’]\s*)?unione)?|\br\.\s*g\.|\breg(?:istro)?\.?\s*(?:delle\s+)?delib(?:ere|erazioni)\.?)\s*[:.]?\s*$`)
	sectorLabelRE  = lazyRegexp(`(?i)(?:regist\w*\s+(?:di\s+|del\s+|della\s+|dell['’]\s*)?` + registerOfficeWords + `(?:\s+(?:[IVX]{1,4}|\d{1,2})\b)?(?:\s+` + officeNameWord + `)?(?:\s+` + officeNameWord + `)?(?:\s+(?-i:(?:[A-Z]{1,2}\.\s?){1,3}))?|reg\.?\s*(?:di\s+)?sett(?:ore|oriale)?\.?(?:\s*(?-i:[A-Z]\.){1,4}|\s+(?-i:[A-Z]{2,4}))?|reg\.?\s*(?-i:[A-FH-Z][A-Z]?\.\s?(?:[A-Z]{1,2}\.\s?){1,2})|reg\.?\s*(?:di\s+|del\s+|dell['’]\s*)?(?:area|serv(?:izio)?)\.?|\b(?:numero|n\.|nr\.?)\s*(?:di\s+|del\s+|dell['’]\s*)?(?:settore|servizio|area)|\bdetermin\w*\s+di\s+(?:settore|servizio|area)|\b(?:determin\w*|ordinanz\w*)\s+(?:dirigenziale\s+)?settoriale)\s*[:.]?\s*$`)
	otherLabelRE   = lazyRegexp(`(?i)\b(?:prot\w*|pubblicazion[ei]|pubbl\.|albo(?:\s+pretorio)?(?:\s+on[\s-]*line)?|proposta|prop|pratica\s+\w+|fascicolo|fattura|cig|cup|rep\w*|impegno|matr(?:icol\w*)?|sezione|pag\w*|civico|art\w*|comma|legge|d\.\s*lgs|dpr|d\.p\.r|decreto\s+legislativo|tel\w*|fax|via|piazza|iban|allegato|lotto|foglio|particell\w*|mappal\w*|subalterno|esercizio|variante|stralcio|comparto|tavola|elaborato|scheda)\.?\s*:?\s*$`)
	// headingKindRE is an act's kind opening a heading, with the words
	// that qualify it up to its number: "DETERMINAZIONE DEL RESPONSABILE
	// DEL SERVIZIO", "REGISTRO ORDINANZE DIRIGENZIALI", "DECRETI SINDACALI",
	// "Ordinanza Sindacale", "VERBALE DI DELIBERAZIONE DELLA GIUNTA", a
	// "COMUNICATO STAMPA N. 12/2026", the
	// body before the kind ("Giunta Comunale Deliberazione n. 141"), or
	// abbreviated before its number ("Ord. n. 45", "Det.", "Delib."), or a
	// deliberation named by its body's initials ("G.C. n. 45", "D.G.C.
	// N. 45", "DCC n. 12").
	headingKindRE = lazyRegexp(`(?i)^\s*(?:copia\s+(?:di\s+)?|originale\s+(?:di\s+)?|estratto\s+(?:d[ae]l\s+|di\s+)?|atto\s+(?:di\s+)?|(?:giunta|consiglio)\s+(?:comunale|municipale)\s+)?(?:(?:registro|reg\.)\s*(?:delle\s+|dei\s+)?)?(?:verbale\s+(?:di|delle)\s+)?(deliberazion[ei]|delibera|determinazion[ei]|determina|ordinanz[ae]|decret[oi]|ord|det|delib|decr|(?:d\.\s*)?(?:[gc]\.\s*c|g\.\s*m)\.?|d[gc]c|avvis[oi]|band[oi]|comunicat[oi]\s+stampa|circolar[ei]|provvediment[oi]|autorizzazion[ei]|disposizion[ei]|verbal[ei]|certificato\s+di\s+(?:(?:avvenuta\s+)?pubblicazione|esecutivit\S*?)|attestazione(?:\s+di\s+(?:pubblicazione|copertura\s+finanziaria))?|attestato\s+di\s+(?:avvenuta\s+)?pubblicazione|(?:relata|referto)\s+di\s+pubblicazione|relata\s+di\s+notifica|visto\s+di\s+regolarit\S+\s+contabile)\b((?:\p{L}-\p{L}|[\p{L}'’ .])*)`)
)

// headingKind is the kind and the organ a match of headingKindRE names:
// its qualifier's organ, or the body whose initials stand for the kind.
func headingKind(g []string) (kind, organ string) {
	if organ := initialsOrgan(g[1]); organ != "" {
		return "deliberazione", organ
	}
	kind = kindOf(g[1])
	q := strings.TrimSpace(g[2])
	if kind == "avviso" && subjectKind(g[1]+" "+q) == "convocazione" {
		// "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE" convenes the
		// Consiglio, which does not issue it.
		return "convocazione", ""
	}
	if kind == "verbale" {
		// "VERBALE DELLA SEDUTA DEL CONSIGLIO COMUNALE", "ESTRATTO DAL
		// VERBALE DELLA DEPUTAZIONE AMMINISTRATIVA": the minutes of a
		// body that deliberates record a deliberation. A Commissione's
		// verbale is one.
		if organ := minutesBody(q); organ != "" {
			return "deliberazione", organ
		}
	}
	if (kind == "decreto" || kind == "determinazione") && strings.HasPrefix(strings.ToLower(q), "sindacal") {
		// As printed: a "DECRETO SINDACALE" is a decreto sindacale, a
		// "DECRETO DEL SINDACO" a decreto of the Sindaco; so is a
		// Sicilian "DETERMINAZIONE SINDACALE" a kind of its own.
		kind += " sindacale"
	}
	return kind, qualifierOrgan(cutAtNumberLabel(q))
}

// minutesBody is the deliberating body a verbale's qualifier names ("DELLA
// SEDUTA DEL CONSIGLIO COMUNALE DEL", "DELLA DEPUTAZIONE
// AMMINISTRATIVA"), or "".
func minutesBody(q string) string {
	g := minutesBodyRE().FindStringSubmatch(q)
	if g == nil {
		return ""
	}
	if organ := organAliases[strings.ToLower(g[1])]; organ != "" {
		return organ // "DELLA SEDUTA CONSILIARE"
	}
	return qualifierOrgan(g[1])
}

// minutesBodyRE is a verbale's qualifier naming a body that deliberates,
// after the sitting it may name first; the body's name ends before a
// preposition left dangling by the date the heading goes on with.
var minutesBodyRE = lazyRegexp(`(?i)^\s*(?:(?:della|dell['’])\s*(?:seduta|riunione|adunanza)\s+)?((?:del|della|dell['’])\s*(?:giunta|consiglio|deputazione|assemblea|comitato)\b.*?|consiliare|giuntale)(?:\s+(?:del|in|di|n|nella|tenuta|seduta|riunione|adunanza))*\s*\.?$`)

// initialsOrgan is the deliberating body a heading's initials name ("G.C.",
// "D.G.C.", "DCC", "G.M."), or "".
func initialsOrgan(word string) string {
	letters := strings.Map(func(r rune) rune {
		if r == '.' || unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, word)
	switch strings.TrimPrefix(letters, "d") {
	case "gc":
		return "Giunta Comunale"
	case "gm":
		return "Giunta Municipale"
	case "cc":
		return "Consiglio Comunale"
	}
	return ""
}

// kindOf normalises a heading's kind word, plural or singular.
func kindOf(word string) string {
	w := strings.ToLower(pdftext.CollapseSpace(word))
	switch w { // abbreviated before a number: "Ord. n. 45"
	case "ord":
		return "ordinanza"
	case "det":
		return "determinazione"
	case "delib":
		return "deliberazione"
	case "decr":
		return "decreto"
	}
	switch {
	case strings.HasPrefix(w, "delibera"):
		return "deliberazione"
	case strings.HasPrefix(w, "determina"):
		return "determinazione"
	case strings.HasPrefix(w, "ordinanz"):
		return "ordinanza"
	case strings.HasPrefix(w, "decret"):
		return "decreto"
	case strings.HasPrefix(w, "avvis"), strings.HasPrefix(w, "comunicat"): // a press release is a notice
		return "avviso"
	case strings.HasPrefix(w, "band"):
		return "bando"
	case strings.HasPrefix(w, "visto"):
		return "visto"
	case strings.HasPrefix(w, "circolar"):
		return "circolare"
	case strings.HasPrefix(w, "provvediment"):
		return "provvedimento"
	case strings.HasPrefix(w, "autorizzazion"):
		return "autorizzazione"
	case strings.HasPrefix(w, "disposizion"):
		return "disposizione"
	case strings.HasPrefix(w, "verbal"):
		return "verbale"
	case strings.HasPrefix(w, "certificato di esecutiv"):
		return "certificato"
	case strings.HasPrefix(w, "relata di notifica"):
		// A messenger's report of a notice served, not of a
		// publication: a relata, certifying the act it served.
		return "relata"
	}
	return "attestazione" // certificates and attestations of publication
}

// organWordRE is the head word of an organ or an office that issues acts:
// a municipality's, or a body's of another public body (a consortium's
// "COMITATO AMMINISTRATIVO", "DEPUTAZIONE AMMINISTRATIVA", a Comunità's
// "ASSEMBLEA", an agency's "AMMINISTRATORE UNICO").
var organWordRE = lazyRegexp(`(?i)^(?:giunta|consiglio|sindaco|dirigente|responsabile|commissario|commissione|segretario|presidente|direttore|comandante|capo\b|comitato|deputazione|assemblea|conferenza|amministratore)`)

// certificateKinds are the kinds of documents that certify another act.
var certificateKinds = map[string]bool{"attestazione": true, "visto": true, "certificato": true, "relata": true}

// qualifierOrgan names the organ a heading's qualifier stands for:
// "DELLA GIUNTA COMUNALE" the Giunta, "DIRIGENZIALE" a Dirigente,
// "SINDACALI" the Sindaco, "DEL RESPONSABILE DEL SERVIZIO" that office.
func qualifierOrgan(q string) string {
	q = pdftext.CollapseSpace(q)
	lower := strings.ToLower(q)
	switch {
	case q == "", endsWithPreposition(q):
		// "DEL RESPONSABILE DEL" over "SERVIZIO" read without its
		// last line: cut short, it names no organ.
		return ""
	case organAliases[lower] != "" && strings.Contains(lower, "."):
		return organAliases[lower] // "DELIBERAZIONE C.C. N. 45"
	case strings.HasPrefix(lower, "dirigenzial"):
		return "Dirigente"
	case strings.HasPrefix(lower, "sindacal"):
		return "Sindaco"
	case strings.HasPrefix(lower, "commissarial"):
		return "Commissario Straordinario"
	case strings.HasPrefix(lower, "presidenzial"):
		return "Presidente" // "DECRETO PRESIDENZIALE"
	case organPrefixRE().MatchString(q):
		if organ := organName(q); organWordRE().MatchString(organ) {
			return organ
		}
	}
	return ""
}

// headerNumber is one number statement with the evidence of its label.
type headerNumber struct {
	n       int
	printed string // as printed, "_2187_"
	year    int
	date    string
	label   string // "general", "sector", "act", "bare"
	kind    string // the kind named before it, for "act"
	organ   string
}

// formDate is the date a header prints as a form's field, beside its
// label ("Data" | "15-10-2024", "Data:" | "07/10/2024") or in a box under
// it, for a number printed with none; "" when there is no such field.
func formDate(cells []headerCell) string {
	for _, c := range cells {
		if !c.beforeBody || c.inSubject {
			continue
		}
		if dateLabelRE().MatchString(c.text) && leadingDateRE().MatchString(c.right) {
			date, _ := parseDate(leadingDateRE().FindString(c.right))
			return date
		}
		// The label and its value in one cell, a colon between them:
		// "Data atto : 10/03/2026", as a report's leaders leave it.
		if label, value, ok := strings.Cut(c.text, ":"); ok && dateLabelRE().MatchString(label) && leadingDateRE().MatchString(value) {
			date, _ := parseDate(leadingDateRE().FindString(value))
			return date
		}
	}
	date, _ := parseDate(boxedValue(cells, dateLabelRE(), leadingDateRE()))
	return date
}

// copyMarkAloneRE is the mark that tells an original from a copy, the
// text's last words: "ORIGINALE", "COPIA CONFORME ALL'ORIGINALE".
var copyMarkAloneRE = lazyRegexp(`(?i)(?:^|\s)(?:copia(?:\s+conforme(?:\s+all['’]\s*originale)?)?|originale)\s*$`)

// bareNumberLabelRE is a cell that holds a number's label and nothing
// else: "Numero", "N.", "Nr.:", "ATTO N.".
var bareNumberLabelRE = lazyRegexp(`(?i)^\s*(?:atto\s+)?(?:numero|n\s*[.°º]|nr\.?)\s*:?\s*$`)

// boxedValue is the value a box prints under its label and right of it
// ("Numero" over "58", "Data" over "14.05.2025", each a line or two
// apart): the first cell matching value within boxLines lines below a
// cell matching label, starting at most boxReach font sizes right of the
// label's end; "" when there is none. A column of such values, one on
// each line ("N." over "1" over "2"), is a table's and no box's.
func boxedValue(cells []headerCell, label, value *pattern) string {
	for _, c := range cells {
		if !c.beforeBody || c.inSubject || !label.MatchString(c.text) {
			continue
		}
		for _, v := range cells {
			if v.line > c.line && v.line <= c.line+boxLines && v.x >= c.x && v.x <= c.x2+boxReach*max(c.size, 1) && value.MatchString(v.text) {
				if slices.ContainsFunc(cells, func(w headerCell) bool {
					return w.line == v.line+1 && math.Abs(w.x-v.x) < max(v.size, 1) && value.MatchString(w.text)
				}) {
					break
				}
				return value.FindString(v.text)
			}
		}
	}
	return ""
}

// boxLines is how many lines under its label a boxed value may stand;
// boxReach how far right of the label's end it may start, in font sizes.
const (
	boxLines = 3
	boxReach = 12
)

// headerFields is what the reader decides.
type headerFields struct {
	Kind, Municipality   string
	Number, SectorNumber int
	NumberAsPrinted      string
	Date                 string
	KindOrgan            string // the organ the kind's heading names
	// ProposalNumber is the proposal's number a table prints under its
	// label ("Proposta n." over "233", "PROPOSTA" over "N. 241 del
	// 27/11/2026"), which no line reads, and ProposalDate its date.
	ProposalNumber int
	ProposalDate   string
}

// readHeader reads the act's header from the first page with text.
func readHeader(file *pdftext.File, subject subjectLines) headerFields {
	var h headerFields
	cells := headerPage(file, subject)
	if len(cells) == 0 {
		return h
	}
	columns := stackColumns(cells)
	bodySize := medianCellSize(cells)
	h.Municipality = bestMunicipality(columns, bodySize)
	if h.Municipality == "" {
		h.Municipality = municipalityInHeading(cells)
	}
	if h.Municipality == "" || strings.HasPrefix(h.Municipality, "Regione") {
		// "REGIONE CALABRIA – SERVIZIO SANITARIO REGIONALE" over "AZIENDA
		// SANITARIA PROVINCIALE DI CATANZARO": the Regione the body
		// belongs to heads its letterhead; the body issues the act.
		if body := publicBody(columns, bodySize); body != "" {
			h.Municipality = body
		}
	}
	var numbers []headerNumber
	headings := sync.OnceValue(func() []int { return headingLines(cells) })
	for _, col := range columns {
		numbers = append(numbers, columnNumbers(col, headings)...)
		if h.ProposalNumber == 0 {
			h.ProposalNumber, h.ProposalDate = proposalUnderLabel(col)
		}
	}
	h.Kind, h.KindOrgan = columnsKind(columns)
	if h.ProposalDate == "" {
		// Also where the number is read elsewhere (proposalIn): the
		// act's reader pairs them.
		h.ProposalDate = proposalDateUnderLabel(columns)
	}
	var general, act, sector, bare *headerNumber
	for i := range numbers {
		n := &numbers[i]
		switch {
		case n.label == "general" && general == nil:
			general = n
		case n.label == "sector" && sector == nil:
			sector = n
		case n.label == "act" && act == nil && !(n.kind == "verbale" && h.Kind != "" && h.Kind != n.kind):
			// "DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE" over "n.
			// 38 … Verbale n. 9": the minutes' own number is not the
			// act's.
			act = n
		case n.label == "bare" && bare == nil:
			bare = n
		}
	}
	if act == nil {
		act = bare
	}
	// A certificate names the act it certifies with that act's kind and
	// number: its own heading says what it is.
	if act != nil && act.kind != "" && !certificateKinds[h.Kind] {
		// "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE" over
		// "Delibera N. 34": the heading names the organ the number's
		// line leaves out.
		// "DECRETO SINDACALE" over "Decreto n. 5": the heading says
		// more of the kind than the number's line.
		if saidMore := strings.HasPrefix(h.Kind, act.kind+" ") && act.organ == ""; !saidMore {
			// "DELIBERAZIONE DELLA GIUNTA" / "COMPRENSORIALE" over "n.
			// 87": the heading's two lines name the Giunta the number's
			// one line leaves at its first word.
			if (act.organ != "" || act.kind != h.Kind) && !sameBodyNamedMore(act.organ, h.KindOrgan) {
				h.KindOrgan = act.organ
			}
			h.Kind = act.kind
		}
	}
	switch {
	case general != nil:
		h.Number, h.Date = general.n, general.date
		if act != nil && act.n != general.n {
			h.SectorNumber = act.n
		}
		if h.Date == "" {
			// The general register's number stated again with its date
			// ("… REG. GENERALE N. 214 DEL" over "13/03/2026", read as a
			// line and as a column) dates it before the act's does.
			for _, n := range numbers {
				if n.label == "general" && n.n == general.n && n.date != "" {
					h.Date = n.date
					break
				}
			}
		}
		if h.Date == "" && act != nil {
			h.Date = act.date
		}
	case act != nil:
		h.Number, h.Date = act.n, act.date
	}
	// A sector's register that repeats the act's number ("REGISTRO DI
	// SETTORE N. 201" under an ordinanza n. 201) is no second number.
	if sector != nil && h.SectorNumber == 0 && sector.n != h.Number {
		if h.Number == 0 {
			h.Number, h.Date = sector.n, sector.date
		} else {
			h.SectorNumber = sector.n // "DETERMINAZIONE N. 1987" over "N. 412 del Registro dell'Area"
			if h.Date == "" {
				h.Date = sector.date // "Registro di settore n. 19 del 12 marzo 2026" beside an undated "DT-2026-208"
			}
		}
	}
	if h.Date == "" && h.Number != 0 {
		// Another statement of the same number dates it: a running head's
		// "DELIBERAZIONE G.C. N. 58/2026" over the box's "N. 58 DEL
		// 11/03/2026", or "Reg. Gen. n. 187/2026" over a grid's "N.
		// Registro Generale" | "187" | "del" | "17/04/2026", whose
		// sector's register below has a date of its own.
		for _, n := range numbers {
			if n.n == h.Number && n.date != "" {
				h.Date = n.date
				break
			}
		}
	}
	if h.Date == "" && sector != nil && (sector.n == h.Number || general != nil && general.n == h.Number) {
		// The sector's register dates the act its general register
		// numbers without a date of its own ("N. REG. GEN." | "N. REG.
		// SETTORE" | "DATA" over "2241" | "311" | "09.12.2024").
		h.Date = sector.date
	}
	if h.Number == 0 && h.Kind != "" && !certificateKinds[h.Kind] {
		// "Numero" over "58", set right of it in a box.
		h.Number, _ = strconv.Atoi(boxedValue(cells, bareNumberLabelRE(), figuresOnlyRE()))
	}
	if h.Date == "" && (h.Number != 0 || h.Kind == "avviso") {
		// A notice unnumbered is dated by its form's field too: "Prot.
		// n." | "Data" over "2208" | "12 maggio 2026".
		h.Date = formDate(cells)
	}
	if h.Number == 0 {
		if f := footNumber(file); f.number != 0 {
			h.Number, h.Date = f.number, f.date
			if h.ProposalNumber == 0 {
				h.ProposalNumber, h.ProposalDate = f.proposal, f.proposalDate
			}
		}
	}
	for _, n := range []*headerNumber{general, act, sector} {
		if n != nil && n.n == h.Number && h.NumberAsPrinted == "" {
			h.NumberAsPrinted = n.printed
		}
	}
	return h
}

// headingLines are the lines, in order, holding a cell above the body
// that opens with an act's kind in a heading's case.
func headingLines(cells []headerCell) []int {
	var lines []int
	for _, c := range cells {
		if c.beforeBody && !c.inSubject && (len(lines) == 0 || lines[len(lines)-1] != c.line) &&
			headingKindRE().MatchString(c.text) && headingCase(c.text) {
			lines = append(lines, c.line)
		}
	}
	return lines
}

// columnsKind is the kind the first column that names one gives, and
// the organ of the first that names it with one: "Decreto n." | "118" in
// a form's column, "DECRETO DEL SINDACO METROPOLITANO" centred over it in
// another. A verbale gives way to the act another column names ("Verbale
// G.C." in a running head). An office's head named so ("Responsabile della Centrale
// Unica di Committenza") leaves the act to the offices the heading
// prints, as where the kind's own column names none.
func columnsKind(columns []headerColumn) (kind, organ string) {
	for _, col := range columns {
		k, o := columnKind(col)
		switch {
		case kind == "", kind == "verbale" && k != "" && k != kind:
			// "Verbale G.C." in a running head over "DELIBERAZIONE
			// DELLA GIUNTA COMUNALE": the act the minutes record.
			kind, organ = k, o
		case k == kind && organ == "" && o != "" && !slices.Contains(officeHeads, strings.ToLower(firstWord(o))):
			organ = o
		}
	}
	return kind, organ
}

// columnKind is the kind and qualifier of the first heading of the column
// that opens with an act's kind, above the act's body.
func columnKind(col headerColumn) (kind, organ string) {
	for k, c := range col.cells {
		if !c.beforeBody || c.inSubject || k > 0 && col.cells[k-1].line == c.line-1 && fieldCitesRE().MatchString(col.cells[k-1].text) {
			// Not a form's field naming another act under its label
			// ("Rif." over "Delib. G.C. n. 44/2026").
			continue
		}
		text := c.text
		for j := k + 1; j < len(col.cells) && j <= k+maxHeadingGoesOn; j++ {
			// "DETERMINAZIONE DEL RESPONSABILE DEL" / "SERVIZIO", or
			// "DELIBERAZIONE DELLA GIUNTA" / "COMPRENSORIALE": the
			// qualifier goes on under it; so does the body a narrow
			// cell sets under the kind ("ORIGINALE DI DELIBERAZIONE" /
			// "DELLA COMMISSIONE" / "STRAORDINARIA").
			next := col.cells[j]
			goesOn := endsWithPreposition(text) || endsWithBody(text) || j == k+1 && opensWithArticledOf(next.text)
			if !goesOn || next.line != col.cells[j-1].line+1 || !isUpperHeading(next.text) || !endsWithPreposition(text) && strings.ContainsAny(next.text, "0123456789") {
				break
			}
			text += " " + next.text
		}
		g := headingKindRE().FindStringSubmatch(text)
		if g == nil || !headingCase(text) {
			continue
		}
		if i := strings.IndexAny(g[2], "."); i >= 0 && !abbreviatedOrganRE().MatchString(g[2]) {
			g[2] = g[2][:i]
		}
		k, o := headingKind(g)
		if k != "verbale" {
			return k, o
		}
		if kind == "" {
			// "Verbale G.C." over "DELIBERAZIONE DELLA GIUNTA
			// COMUNALE": the act the minutes record, if a heading
			// under it names one.
			kind, organ = k, o
		}
	}
	return kind, organ
}

// endsWithPreposition reports whether s ends with a word that cannot end
// a heading ("… DEL", "… DELLA", "… DI").
func endsWithPreposition(s string) bool {
	words := strings.Fields(s)
	return len(words) > 1 && prepositionWords[strings.ToLower(words[len(words)-1])]
}

// sameBodyNamedMore reports whether more, a heading's organ, names the
// body short does by its first word only, and more of it: "Giunta
// Comprensoriale" for the "Giunta" read as "Giunta Comunale".
func sameBodyNamedMore(short, more string) bool {
	s, m := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(more))
	return len(s) > 0 && len(m) > 1 && s[0] == m[0] && organAliases[s[0]] == short && short != more
}

// maxHeadingGoesOn is how many lines under a kind's heading its
// qualifier goes on over.
const maxHeadingGoesOn = 2

// opensWithArticledOf reports whether s opens with "of the", which
// names whose act it is: "DELLA COMMISSIONE", "DELL'UNIONE", "DEL
// SINDACO"; not "DI", which may open a subject's words.
func opensWithArticledOf(s string) bool {
	first := strings.ToLower(firstWord(s))
	if i := strings.IndexAny(first, "'’"); i > 0 {
		first = first[:i] + "'" // "dell'unione", "dell’unione"
	}
	switch first {
	case "del", "della", "dello", "dell'", "dei", "degli", "delle":
		return true
	}
	return false
}

// endsWithBody reports whether s, a heading in capitals, ends with the
// name of a deliberating body whose qualifier a line may carry under it
// ("DELIBERAZIONE DELLA GIUNTA" / "COMPRENSORIALE").
func endsWithBody(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || !isUpperHeading(s) {
		return false
	}
	switch strings.ToLower(words[len(words)-1]) {
	case "giunta", "consiglio", "assemblea", "comitato", "commissione":
		return true
	}
	return false
}

// prepositionWords are the prepositions and articled prepositions a
// heading's qualifier may break its line after.
var prepositionWords = map[string]bool{"del": true, "della": true, "dello": true, "dell'": true, "dell’": true,
	"dei": true, "degli": true, "delle": true, "di": true, "e": true}

// abbreviatedOrganRE is a qualifier that opens with a deliberating body's
// initials, whose stops are no sentence's end: "G.C.", "di C.C.".
var abbreviatedOrganRE = lazyRegexp(`(?i)^\s*(?:di\s+)?[gc]\.\s*c\.`)

// proposalUnderLabel is the proposal's number, and its date where the cell
// prints one, in the cell under its label in a column of the header: 0
// when there is none.
func proposalUnderLabel(col headerColumn) (int, string) {
	for k := 0; k+1 < len(col.cells); k++ {
		c, below := col.cells[k], col.cells[k+1].text
		if !c.beforeBody || !proposalLabelRE().MatchString(c.text) {
			continue
		}
		if figuresOnlyRE().MatchString(below) {
			n, _ := strconv.Atoi(below)
			return n, ""
		}
		if first, _, ok := strings.Cut(below, " del "); ok && figuresOnlyRE().MatchString(first) {
			below = "n. " + below // "Proposta n." over "51 del 09/04/2026": the label's "n." over figures
		}
		if !numberFirstRE().MatchString(below) {
			continue // "09.12.2024 2587", the date's cell and the proposal's as one
		}
		if g := proposalRE().FindStringSubmatch("Proposta " + below); g != nil && strings.HasPrefix(g[0], "Proposta ") {
			n := figuresValue(g[1])
			date, _ := parseDate(g[2])
			return n, date // "N. 241 del 27/11/2026"
		}
	}
	return 0, ""
}

// numberFirstRE opens a cell with a number's label and its figures: "N.
// 241 del …", "n. 27".
var numberFirstRE = lazyRegexp(`(?i)^\s*(?:n\.|n°|nr\.?|numero)\s*\d`)

// proposalDateUnderLabel is the date a row of labels prints under its
// own label beside the proposal's number ("Proposta n." | "Data proposta"
// over "161" | "16/03/2026"), or a grid beside its label ("Numero
// proposta" | "298" | "Data proposta" | "06/05/2026"); "" for none.
func proposalDateUnderLabel(columns []headerColumn) string {
	for _, col := range columns {
		for k, c := range col.cells {
			if !c.beforeBody || !proposalDateLabelRE().MatchString(c.text) {
				continue
			}
			if k+1 < len(col.cells) {
				if date, ok := parseDate(leadingDateRE().FindString(col.cells[k+1].text)); ok {
					return date
				}
			}
			if date, ok := parseDate(leadingDateRE().FindString(c.right)); ok {
				return date
			}
		}
	}
	return ""
}

// proposalDateLabelRE labels the proposal's date in a row of labels.
var proposalDateLabelRE = lazyRegexp(`(?i)^\s*data\s+(?:della\s+)?proposta\s*:?\s*$`)

// proposalLabelRE is a cell that labels the proposal's number under it.
var proposalLabelRE = lazyRegexp(`(?i)^\s*(?:numero\s+)?proposta\s*(?:n\.?|n°|nr\.?)?\s*:?\s*$`)

// cutAtNumberLabel cuts a heading's qualifier at the label of a number,
// a register or a session, and what the line under it runs on with:
// "DELLA GIUNTA COMUNALE N", "… Atto" (of "Atto n. 45"), "… Seduta del"
// (of "Seduta del 12/03/2024 n. 45"), "… Reg. Delib." (of "Reg. Delib. n.
// 7").
func cutAtNumberLabel(q string) string {
	words := strings.Fields(q)
	for i, w := range words {
		if qualifierEnds[strings.ToLower(strings.TrimRight(w, ".:°"))] {
			words = words[:i]
			break
		}
	}
	return strings.Join(words, " ")
}

// qualifierEnds are the words a heading's qualifier ends before.
var qualifierEnds = map[string]bool{"n": true, "nr": true, "num": true, "numero": true,
	"atto": true, "seduta": true, "adunanza": true, "riunione": true,
	// A register's label: "… CONSIGLIO COMUNALE" over "Reg. Delib. n. 7".
	"reg": true, "registro": true, "r.g": true}

// headingCase tells a heading from a sentence: capitals, or a short line
// whose words start with capitals ("Ordinanza Sindacale n. 14 del …").
func headingCase(s string) bool {
	if isUpperHeading(s) {
		return true
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	r := []rune(words[0])
	return len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z'
}

// officeNameWord is a word of an office's name after its register's
// label: "Registro dell'Area Tecnica", "Registro del Settore Lavori
// Pubblici".
const officeNameWord = `[\p{L}'’]+`

// registerOfficeWords name the offices that keep a register of their
// own: "Registro di Settore", "del Registro dell'Area", Bisceglie's
// "Registro di Ripartizione".
const registerOfficeWords = `(?:settore|servizio|area|ufficio|dipartimento|ripartizione|direzione)`

// The labels of the registers, printed between "N." and the figures:
// the general register ("N. Reg. Gen.", "N. generale", "N. R.G.", "N.
// cron.", the chronological register of Friuli's acts) and the
// sector's ("N. Reg. Sett.", "N. settoriale", "N. REG. AREA", "N. Area",
// "Numero Registro del Servizio", "Numero di registro del servizio").
const (
	generalRegisterWords = `(?:(?:reg(?:istro)?\.?\s*)?gen(?:erale)?\.?|r\.\s*g\.|cron(?:ologico)?\.?|progr(?:essivo)?\.?|reg(?:istro)?\.?\s*(?:delle\s+)?delib(?:ere|erazioni)\.?)`
	sectorRegisterWords  = `(?:(?:reg(?:istro)?\.?\s*)?(?:di\s+)?sett(?:ore|oriale)?\.?|(?:(?:di\s+)?reg(?:istro)?\.?\s*)?(?:di\s+|del\s+|dell['’]\s*)?(?:area|serv(?:izio)?)\.?)`
)

// registerLabelEnd is what may stand between a register's label and its
// figures: a colon or a stop, after a report's dot leaders ("N. SETTORE
// ......: 38").
const registerLabelEnd = `\s*(?:\.{2,}\s*)?[:.]?\s*`

// actAfterSign is the act's kind, abbreviated, between "N." and its
// register's label: "N. det. di Area: 38".
const actAfterSign = `(?:(?:det(?:ermina(?:zione)?)?|ord(?:inanza)?|atto)\.?\s+)?`

// numberDateTail is what may follow a number: its register ("R.G.", "di
// Registro Generale") and its date ("del 03/02/2024", "adottata il
// 03/02/2024", a form's "del __10/03/2026__"), the date in the last group.
const numberDateTail = `(?:\s*` + generalAfterNumber + `)?(?:\s*[,\-–]?\s*` + numberDateLabel + `?\s*:?\s*_*\s*(` + datePattern + `))?`

// generalAfterNumber is the general register's label printed after the
// number: "611 REG. GEN.", "12 R.G.", "987 Reg. Generale", "12 di
// Registro Generale", or the register of the deliberations, "38 REG.
// DEL.".
const generalAfterNumber = `(?:r\.\s*g\.|reg(?:\.|istro)\s*gen(?:\.|erale\b)|reg\.\s*del(?:ib(?:ere)?)?\.|di\s+registro\s+generale)`

// numberDateLabel is the word that gives a number its date: "del",
// "in data", "data di registrazione", "adottata il", a minute's "seduta
// del" ("Deliberazione n. 45 - Seduta del 12/03/2024") and "data seduta",
// both languages' "vom – del" of South Tyrol, "del / z dne" of the Slovene
// minority, "del / du" of Valle d'Aosta, Trentino's "di data", and
// "dell'" before a day it elides ("N. 4 DELL’11 MARZO 2026").
const numberDateLabel = `(?:(?:vom\s*[-–/]\s*)?del(?:l['’]|\s*[-–/]\s*(?:vom|z\s+dne|du))?|dd\.?|(?:in|di)\s+data|data(?:\s+(?:di\s+|della\s+)?(?:registrazione|adozione|seduta|adunanza|riunione))?|(?:adottat|emess)[ao]\s+(?:il|in\s+data)|(?:seduta|adunanza|riunione)\s+del)`

var (
	// yearFirstRE is the rest of a number printed after its year,
	// "2024/12": the number, then what numberDateTail reads.
	yearFirstRE = lazyRegexp(`(?i)^\s*/\s*(\d{1,7})\b` + numberDateTail)
	// dateBelowRE is a cell under a number that gives its date: "DEL
	// 03/02/2024" under "N. 12"; the word is required, as a date alone
	// there may be another's.
	dateBelowRE = lazyRegexp(`(?i)^\s*` + numberDateLabel + `\s*:?\s*(` + datePattern + `)`)
	// dateRunsOnRE is what is left of a cell whose number's date is on the
	// cell below: "DEL", "in data".
	dateRunsOnRE  = lazyRegexp(`(?i)^\s*(?:del|dd\.?|in\s+data)\s*$`)
	leadingDateRE = lazyRegexp(`(?i)^[\s_]*` + datePattern) // "___05/03/2026___", a form's blank
	// cellDateRE is a cell that holds a number's date: "DEL 03/02/2024".
	// The date's label may name the register it dates: "N. Reg.
	// Generale: 96" | "Data Reg. Gen.: 06/03/2026", "DETERMINAZIONE N.
	// 47/2026 R.G." | "DATA REGISTRAZIONE 11/03/2026".
	cellDateRE = lazyRegexp(`(?i)^\s*(?:del|dd\.?|in\s+data|data(?:\s+reg(?:istro|\.)?\s*gen(?:erale|\.)?|\s+(?:di\s+)?registrazione)?)?\s*:?\s*(` + datePattern + `)`)
	// generalAfterSignRE and sectorAfterSignRE are a register's label
	// printed between "N." and the figures ("N. Reg. Gen. 45", "N. R.G.
	// 45", "N. Generale 45", "N. Settoriale 12", "Num. Settore 12"), to be
	// read as "Reg. Gen. n. 45", "Reg. Sett. n. 12".
	generalAfterSignRE = lazyRegexp(`(?i)\b(?:n\s*[.°º]?|nr\.?|num\.|numero)\s*` + actAfterSign + generalRegisterWords + registerLabelEnd + `(\d)`)
	sectorAfterSignRE  = lazyRegexp(`(?i)\b(?:n\s*[.°º]?|nr\.?|num\.|numero)\s*` + actAfterSign + sectorRegisterWords + registerLabelEnd + `(\d)`)
	// generalLabelledRE is the general register's label before a colon
	// and the figures, with no "N.": a report's "REG. GENERALE ....: 162"
	// beside its "N. SETTORE ......: 38/LP".
	generalLabelledRE = lazyRegexp(`(?i)(^|[^\p{L}.])(?:reg(?:istro)?\.?\s*gen(?:erale)?|r\.\s*g)\.?\s*(?:\.{2,}\s*)?:\s*(\d)`)
	datePatternRE     = lazyRegexp(`(?i)` + datePattern)
)

// furnitureZone is the share of the page, at its top and at its foot,
// where running heads and feet print.
const furnitureZone = 0.12

// numberLabel classifies a number by the text printed before it: a
// register's label, or the heading that opens its cell (or the cell above
// it) naming the act's kind. A number in the middle of a sentence is
// none of these. A number that opens its line with nothing after it but
// its year ("N. 11 / 2026", "N. 5 – Anno 2026") stands alone: the
// letterhead or title above it labels no other register.
func numberLabel(before, heading string, alone bool, c headerCell) (label, kind, organ string) {
	// Below the heading, only a page's running foot (or head) states the
	// act's registers: "… REGISTRO GENERALE N. 1133 del 16/07/2026 Pag. 1
	// di 4". A register cited in the body ("con determinazione … R.G. n.
	// 317/2025") is another act's.
	furniture := c.topFraction < furnitureZone || c.topFraction > 1-furnitureZone
	if !c.beforeBody && !furniture {
		return "", "", ""
	}
	// A note in brackets closed above the number ("(nominata con D.P.R.
	// … ai sensi dell'art. 143 del D.Lgs. … n. 267)" between a heading
	// and its "N. 23 del 14.4.2026") says nothing of the number.
	before = withoutClosedNote(before)
	// A box's rule typed as a line over the number ("+------+" over "| N.
	// 36 DEL 27-03-2026 |") labels nothing.
	before = strings.TrimRight(before, "+-=_|─━ ")
	// The label patterns end at the text's end: only its last words can
	// match, and the whole text of a busy column cost them a scan from
	// every byte of it.
	tail := lastBytes(before, maxLabelBytes)
	if lawNumberRE().MatchString(lastBytes(before, maxCitingBytes)) {
		// "(art. 124 del D.Lgs. 18 agosto 2000, n. 267)" under a
		// certificate's heading: a law's number.
		return "", "", ""
	}
	if streetBefore(lastBytes(before, maxLabelBytes)) {
		// "Piazza Vittorio Amedeo n. 3" in a letterhead's address: a
		// house number.
		return "", "", ""
	}
	if fieldCitesRE().MatchString(c.left) {
		// A form's field that names the act a notice reports on:
		// "Aggiudicazione" | "Determinazione R.G. n. 104 del 16/03/2026".
		return "", "", ""
	}
	if courtRegisterRE().MatchString(lastBytes(before, maxCitingBytes)) {
		// "T.A.R. Sicilia – Palermo, Sez. III, ricorso R.G. n.
		// 1873/2025": a court's register of the case a notice serves.
		return "", "", ""
	}
	if citingRE().MatchString(lastBytes(before, maxCitingBytes)) || citationGoesOnRE().MatchString(before) ||
		citingRE().MatchString(lastBytes(heading, maxCitingBytes)) { // a grid's "Determina a contrarre" | "n. 44 del 7.4.2026"
		// "(approvato con determinazione del Responsabile dell'Area R.G.
		// n. 77 del 23/01/2026)" under an avviso's heading: the register
		// of the act that approved it; "In esecuzione della deliberazione
		// … n. 37 del 03/03/2026 e della determinazione R.G. n. 226", the
		// second of two.
		return "", "", ""
	}
	switch {
	case generalLabelRE().MatchString(tail):
		return "general", "", ""
	case sectorLabelRE().MatchString(tail):
		return "sector", "", ""
	case otherLabelRE().MatchString(tail):
		return "", "", ""
	}
	// "DETERMINAZIONE DIRIGENZIALE", "REGISTRO ORDINANZE DIRIGENZIALI",
	// "Delibera di Giunta"; below the body, a running foot that names the
	// act ("Determinazione n. 231/2025 - pag. 1"), after the
	// municipality's name ("COMUNE DI TERRALBA - Determinazione n. 311").
	if m := municipalityDashRE().FindStringIndex(heading); m != nil && (!c.beforeBody || furniture) {
		heading = heading[m[1]:] // a running head or foot: "Comune di Omegna – Deliberazione … n. 14"
	}
	if g := headingKindRE().FindStringSubmatch(heading); g != nil && headingCase(heading) {
		kind, organ := headingKind(g)
		if !c.beforeBody && certificateKinds[kind] {
			return "", "", ""
		}
		return "act", kind, organ
	}
	if !c.beforeBody {
		return "", "", ""
	}
	// The copy's mark over the number ("ORIGINALE" over "N." | "148" in
	// the letterhead's box) labels it no more than nothing does.
	if b := strings.TrimSpace(copyMarkAloneRE().ReplaceAllString(before, "")); b == "" || strings.EqualFold(b, "atto") || bareNumberLabelRE().MatchString(b) || bannsHeadingRE().MatchString(tail) || bareRegisterRE().MatchString(b) && !albosRegisterRE().MatchString(b) || atActOpening(c.text) || alone && !strings.HasSuffix(b, ":") && !endsWithPreposition(b) {
		return "bare", "", "" // "N. 45", "Atto n. 45", "Numero" over "N. 26/2026", "Reg. n. 5", the banns' "Atto n. 4 – Parte I – Anno 2026" under their heading or "PUBBLICAZIONE DI MATRIMONIO N. 4" beside it
	}
	return "", "", ""
}

// streetBefore reports whether s ends with a street's name, whose house
// number follows: "Piazza Vittorio Amedeo", "Via Roma"; its street word
// then one to four capitalised words, not "in via d'urgenza".
func streetBefore(s string) bool {
	words := strings.Fields(s)
	for k := len(words) - 1; k >= 0 && k >= len(words)-5; k-- {
		switch strings.ToLower(words[k]) {
		case "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "contrada", "strada":
			return k < len(words)-1 && (k == 0 || !strings.EqualFold(words[k-1], "in"))
		}
		if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsUpper(r) || strings.ContainsAny(words[k], "0123456789") {
			return false // the name's words are capitalised, with no figure
		}
	}
	return false
}

// fieldCitesRE is a form's label whose field names another act: the one
// that awarded, approved or called what a notice reports on.
// A label cut before its last word, which goes on under it
// ("Provvedimento di" / "aggiudicazione"), is one too; so is a
// reference's ("Rif." over "Delib. G.C. n. 44/2026").
var fieldCitesRE = lazyRegexp(`(?i)^\s*(?:aggiudicazione|aggiudicat[oa]\s+con|approvazione|approvat[oa]\s+con|indizione|indett[oa]\s+con|(?:atto|provvedimento)\s+di(?:\s+(?:aggiudicazione|approvazione|indizione))?|determina(?:zione)?\s+(?:a\s+contrarre|(?:di\s+)?aggiudicaz(?:ione|\.))|rif\.|riferimento|riferimenti|in\s+riferimento\s+a(?:ll[ao'’])?)\s*:?\s*$`)

// bannsHeadingRE ends the text before a number with the banns' heading,
// which numbers them in their register: "PUBBLICAZIONE DI MATRIMONIO N.
// 4".
var bannsHeadingRE = lazyRegexp(`(?i)(?:^|\s)pubblicazione\s+di\s+matrimonio$`)

// bareRegisterRE ends the text before a number with a register named by
// no office and no kind, as a letterhead's cell prints the act's own:
// "Reg. n. 5" under "COMUNE DI CALVERA". A register after the Albo's
// name or a publication's dates is the Albo's (albosRegisterRE):
// "Albo Pretorio on line" / "Registro n. 512", "… defissa il … Reg. n.".
var (
	bareRegisterRE  = lazyRegexp(`(?i)(?:^|\s)(?:reg\.?|registro)$`)
	albosRegisterRE = lazyRegexp(`(?i)\balbo\b|pubblica|\baffiss|\bdefiss`)
)

// atActOpening reports whether a cell opens with "Atto n.": the act's
// own number, whatever the letterhead above it says.
func atActOpening(cell string) bool {
	lower := strings.ToLower(strings.TrimSpace(cell))
	rest, ok := strings.CutPrefix(lower, "atto")
	rest = strings.TrimSpace(rest)
	return ok && (strings.HasPrefix(rest, "n.") || strings.HasPrefix(rest, "n°") || strings.HasPrefix(rest, "nr"))
}

func medianCellSize(cells []headerCell) float64 {
	sizes := make([]float64, 0, len(cells))
	for _, c := range cells {
		sizes = append(sizes, c.size)
	}
	return median(sizes)
}

// below reports whether l is at or below the subject's first line.
func (s subjectLines) below(l pdftext.Line) bool {
	if !s.found {
		return false
	}
	if l.Page != s.page {
		return l.Page > s.page
	}
	top := math.Inf(-1)
	for y := range s.ys {
		top = math.Max(top, y)
	}
	return l.Y <= top
}

// subjectKinds are the documents a subject may name by its first word
// where no heading names the kind: "Convocazione 1° Commissione …",
// "Avviso seduta di Consiglio Comunale.", "RICHIESTA DI AFFISSIONE …".
var subjectKinds = map[string]string{
	"convocazione": "convocazione", "avviso": "avviso", "richiesta": "richiesta",
	"comunicazione": "comunicazione", "invito": "invito", "circolare": "circolare", "bando": "bando",
}

// subjectKind is the kind a subject names by its first word, or "".
func subjectKind(subject string) string {
	lower := strings.ToLower(subject)
	first, rest, _ := strings.Cut(lower, " ")
	kind := subjectKinds[strings.Trim(first, ".,:;")]
	if kind == "avviso" {
		// "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE": what it gives
		// notice of is the convocation.
		if after, ok := strings.CutPrefix(strings.TrimPrefix(rest, "di "), "convocazione"); ok && (after == "" || after[0] == ' ') {
			return "convocazione"
		}
	}
	return kind
}

// capitalizeAfter writes in capitals each letter that follows one of
// marks: "Vigliano-Biellese".
func capitalizeAfter(s, marks string) string {
	r := []rune(s)
	for i := 1; i < len(r); i++ {
		if strings.ContainsRune(marks, r[i-1]) {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	return string(r)
}
