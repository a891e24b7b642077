package extract

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// The dispositive part of the act: the vote, the decision ("DELIBERA" and
// its numbered points), immediate executivity, the attachments and the
// printed signatures.

var (
	// pointRE starts an operative point: "1. di approvare…", "2) DI…",
	// "1°) Di …" (the ordinal's sign); not "3.000,40", an amount that
	// wrapped to the start of a line.
	pointRE = lazyRegexp(`^(\d{1,2})\s*[°º]?\s*[.)\-–]\s*([^\d\s].*)?$`)
	// bulletPointRE starts an operative point marked, not numbered: "- di
	// approvare…", "• DI…"; the points are numbered in their order. A
	// word processor's list bullet in a symbol font (Symbol's, Wingdings')
	// comes as its code in U+F000–U+F0FF, "\uf0b7" for Symbol's "•"; an
	// OCR reads a bullet as "®".
	bulletPointRE = lazyRegexp(`^[-–•▪·*>»●■◦○‣®\x{F000}-\x{F0FF}]\s*(\S.*)$`)
	// letteredPointRE starts a point marked with a letter in sequence:
	// "a) il divieto di transito", "b) di approvare", "c. di stabilire"
	// (a small letter, where a stop follows it).
	letteredPointRE = lazyRegexp(`^(?:([a-zA-Z])\s*\)\s*|([a-z])\.\s+)(\S.*)$`)
	// infinitivePointRE opens a point as deliberations and determinazioni
	// word theirs: "di approvare …".
	infinitivePointRE = lazyRegexp(`^(?i:di)\s+\S`)
	// bareInfinitiveRE opens a point with its verb alone, capitalised, as
	// other offices word theirs: "Approvare …", "Dare atto …", "DISPORRE
	// …" (infinitives end in -are, -ere, -ire or -rre).
	bareInfinitiveRE = lazyRegexp(`^\p{Lu}(?:\p{Ll}*(?:are|ere|ire|rre)|\p{Lu}*(?:ARE|ERE|IRE|RRE))(?:\s|$)`)
	// smallInfinitiveRE opens a bullet with its verb in small letters:
	// "• concedere …".
	smallInfinitiveRE = lazyRegexp(`^\p{Ll}+(?:are|ere|ire|rre)(?:\s|$)`)
	// capitalInfinitiveRE opens a point whose verb is set in capitals,
	// as many offices set them: "DI IMPEGNARE", "di APPROVARE".
	capitalInfinitiveRE = lazyRegexp(`^(?i:di)\s+\p{Lu}+(?:ARE|ERE|IRE)\b`)
	// decisionStopRE ends a dispositive part: the signatures, another
	// part's opening, or the vote on immediate executivity after it
	// ("Successivamente, con separata votazione unanime, …"); not "con
	// separata votazione" alone, which a point may run on with ("di
	// dichiarare," / "con separata votazione, …"), nor a point's words
	// in small letters at a line's start ("elencati in" / "premessa;").
	decisionStopRE = lazyRegexp(`(?i)^(?:firmato\s+digitalmente|letto,?\s+approvato|data\s+lettura|(?-i:Premess|PREMESS|Vist[oiae]\b|VIST[OIAE]\b|Considerat|CONSIDERAT)|allegato\s+n|` + executivityOpening + `)`)
	// signatureStartRE opens the signatures below a dispositive part: a
	// role with a capital ("Il Presidente", "IL RESPONSABILE …"), or the
	// place and date of signing ("Avella (AV), 27/02/2026").
	signatureStartRE = lazyRegexp(`^(?:(?:Il|IL|La|LA)\s+(?:Presidente|PRESIDENTE|Segretari[oa]|SEGRETARI[OA]|Sindaco|SINDACO|Responsabile|RESPONSABILE|Dirigente|DIRIGENTE|Direttore|DIRETTORE|Comandante|COMANDANTE|Funzionari[oa]|FUNZIONARI[OA]|Commissari[oa]|COMMISSARI[OA])\b|\p{Lu}[\p{L}'’ ]+(?:\s*\(\p{Lu}{2}\))?,\s*(?:lì\s*)?\d{1,2}/\d{1,2}/\d{4})`)
	executiveRE      = lazyRegexp(`(?i)ai\s+sensi\s+dell['’]\s*art\.?\s*134\b.*?(?:267(?:/2000)?|t\.\s*u\.\s*e\.\s*l\.|tuel\b)`)
	// executiveBoxRE is the ticked box of a publication certificate.
	executiveBoxRE = lazyRegexp(`(?i)^\[\s*x\s*\]\s*dichiarat[ao]\s+immediatamente\s+eseguibile`)
	// executiveFieldRE is a header's field that states the act's
	// executivity: "Esecutività | Immediatamente esecutiva",
	// "ESECUTIVITA' ....: IMMEDIATAMENTE ESEGUIBILE".
	executiveFieldRE = lazyRegexp(`(?i)^\s*esecutivit(?:[aà]|a['’])\s*(?:\.{3,}\s*)?:?\s*immediatamente\s+(?:esecutiv|eseguibil)`)
	executive134RE   = lazyRegexp(`(?i)134\s*(?:,\s*comma\s*4|,?\s*4\s*°?\s*comma|/4|,\s*quarto\s+comma|\s+comma\s+4)`)
)

// decisionVerbs are the headings of a dispositive part, spaced or not,
// and the kind of act each one decides; an ordinanza di demolizione
// "INGIUNGE".
var decisionVerbs = map[string]string{"DELIBERA": "deliberazione", "DETERMINA": "determinazione",
	"DECRETA": "decreto", "ORDINA": "ordinanza", "INGIUNGE": "ordinanza"}

// isDecisionHeading reports whether a line is a "D E L I B E R A" heading.
func isDecisionHeading(s string) bool {
	return decisionKind(s) != ""
}

// withoutTranslation is a heading without its French or German after a
// slash: "IL SINDACO / Le Syndic", "ORDINA / Ordonne".
func withoutTranslation(s string) string {
	if before, _, ok := strings.Cut(s, " / "); ok {
		return strings.TrimSpace(before)
	}
	return s
}

// isAsideHeading reports whether a line is the heading of what an act
// adds after its decision ("DISPONE", "AVVERTE", "INFORMA"), spaced
// out or not: it ends the points decided.
func isAsideHeading(s string) bool {
	if len(s) > maxAsideHeading {
		return false
	}
	return asideVerbs[compactHeading(s)]
}

// compactHeading is a heading spaced out or not ("A V V E R T E",
// "RENDE NOTO:") without its spaces and trailing colons, in capitals:
// "AVVERTE", "RENDENOTO".
func compactHeading(s string) string {
	return strings.ToUpper(strings.TrimRight(strings.Join(strings.Fields(s), ""), ":"))
}

// asideVerbs are the verbs of the headings isAsideHeading reads, without
// spaces; maxAsideHeading is how long such a heading runs at most, spaced
// out.
var asideVerbs = map[string]bool{"DISPONE": true, "DISPONGONO": true, "AVVERTE": true, "AVVISA": true,
	"INFORMA": true, "DEMANDA": true, "RENDENOTO": true, "INVITA": true, "RACCOMANDA": true, "PRESCRIVE": true}

const maxAsideHeading = 40

// decisionKind is the kind of act a "D E L I B E R A" heading decides: the
// line without its spaces and trailing colons, in upper case, is a
// decision verb; "" for any other line. It is asked of every line of a
// document, so an ASCII line is read in place, without a copy.
func decisionKind(s string) string {
	s = withoutTranslation(s) // "O R D I N A / Ordonne"
	var compact [longestDecisionVerb]byte
	n, colonsBeyond := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf: // upper case outside ASCII: the general way
			return decisionVerbs[strings.ToUpper(strings.TrimRight(strings.ReplaceAll(s, " ", ""), ":"))]
		case c == ' ':
		case n < len(compact) && !colonsBeyond:
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			compact[n] = c
			n++
		case c == ':': // beyond the longest verb only trailing colons may come
			colonsBeyond = true
		default:
			return ""
		}
	}
	for n > 0 && compact[n-1] == ':' {
		n--
	}
	return decisionVerbs[string(compact[:n])]
}

// longestDecisionVerb is the length of the longest of decisionVerbs.
const longestDecisionVerb = len("DETERMINA")

// decisionRegions returns, for every decision heading, the lines that
// follow it up to the end of the dispositive part.
func decisionRegions(ls actLines) [][2]int {
	var regions [][2]int
	for i := 0; i < len(ls); i++ {
		if !isDecisionHeading(ls[i].Text) {
			continue
		}
		j := i + 1
		for ; j < len(ls); j++ {
			t := ls[j].Text
			if isDecisionHeading(t) || isAsideHeading(t) || decisionStopRE().MatchString(t) || signatureStartRE().MatchString(t) ||
				(isSectionHeading(ls[j]) && partHeadingRE().MatchString(t) && !continuesLine(ls, j)) {
				break
			}
		}
		regions = append(regions, [2]int{i + 1, j})
		i = j - 1
	}
	return regions
}

// continuesLine reports whether line j of ls goes on with the sentence of
// the line before it, close above it: broken on a word no sentence ends
// with, or left open by the line above and closed by this one. In a text
// printed in capitals, "1) DI APPROVARE … LE TARIFFE PER" over
// "L’UTILIZZO DEGLI IMPIANTI …" is no heading after a point, nor is "…
// NEL TESTO" over "ALLEGATO SOTTO LA LETTERA A);".
func continuesLine(ls actLines, j int) bool {
	if j == 0 || ls[j-1].Page != ls[j].Page || ls.gapAbove(j) >= paragraphGap {
		return false
	}
	above, line := strings.TrimSpace(ls[j-1].Text), strings.TrimSpace(ls[j].Text)
	return danglingEnd(above) || !closesClause(above) && (strings.HasSuffix(line, ";") || strings.HasSuffix(line, "."))
}

// closesClause reports whether a line ends with the punctuation that
// closes a clause or opens a list: ";", ".", ":".
func closesClause(line string) bool {
	return strings.HasSuffix(line, ";") || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ":")
}

// parseDecision fills the vote, the Giunta's one-line resolution, the
// operative points and immediate executivity.
func parseDecision(ls actLines, act *Act) {
	parseVote(ls, act)
	var dispositive []string
	for _, r := range decisionRegions(ls) {
		if r[0] >= r[1] {
			continue
		}
		dispositive = append(dispositive, ls.joinUnbroken(r[0], r[1])+" "+executivityVoteAfter(ls, r[1]))
		if points := operativePoints(ls[r[0]:r[1]], decisionKind(ls[r[0]-1].Text)); len(points) > 0 {
			if act.OperativePoints == nil {
				act.OperativePoints = points
			}
			continue
		}
		if act.GiuntaResolution == "" {
			act.GiuntaResolution = firstSentence(ls, r[0], r[1])
		}
	}
	if ls.find(0, executiveBoxRE()) >= 0 || ls.find(0, executiveFieldRE()) >= 0 {
		act.ImmediatelyExecutive = true
	}
	if certificateKinds[act.Kind] && certifiesExecutive(ls.join(0, len(ls))) {
		// "La deliberazione è stata dichiarata immediatamente
		// eseguibile": the certified act's, which a certificate has no
		// decision to declare.
		act.ImmediatelyExecutive = true
	}
	for _, text := range dispositive {
		if declaresExecutive(strings.ToLower(text)) {
			act.ImmediatelyExecutive = true
		}
		for _, m := range executiveRE().FindAllString(text, -1) {
			act.ExecutiveAsPrinted = append(act.ExecutiveAsPrinted, m)
			if executive134RE().MatchString(m) {
				act.ExecutiveArticle = "art. 134, comma 4, D.Lgs. 267/2000"
			}
		}
	}
}

// certifiesExecutive reports whether a certificate's text states that
// the act it certifies was declared immediately executive: not "non
// dichiarata …", nor a form's option left blank ("[ ] è stata dichiarata
// …").
func certifiesExecutive(text string) bool {
	for _, loc := range declaredExecutiveRE().FindAllStringSubmatchIndex(text, -1) {
		if loc[2] >= 0 {
			continue // "non dichiarata immediatamente eseguibile"
		}
		before := strings.TrimSpace(text[max(loc[0]-24, 0):loc[0]])
		for _, w := range []string{"stata", "stato", "è", "e’", "e'"} {
			before = strings.TrimSpace(strings.TrimSuffix(before, w))
		}
		if strings.HasSuffix(before, "[ ]") || strings.HasSuffix(before, "[]") || strings.HasSuffix(before, "☐") || strings.HasSuffix(before, "□") {
			continue // a form's option left blank
		}
		return true
	}
	return false
}

// declaredExecutiveRE is a certificate's statement that an act was
// declared immediately executive, "non" before it captured.
var declaredExecutiveRE = lazyRegexp(`(?i)\b(non\s+)?(?:(?:è|e['’])\s+stat[ao]\s+)?dichiarat[ao]\s+immediatamente\s+(?:eseguibil|esecutiv)`)

// executivityVoteAfter is the sentence that opens at line i with the
// vote on immediate executivity ("Successivamente, con separata votazione
// unanime, la presente è dichiarata immediatamente eseguibile"), which
// ends a dispositive part and declares of it; "" for any other line.
func executivityVoteAfter(ls actLines, i int) string {
	if i >= len(ls) || !executivityOpensRE().MatchString(ls[i].Text) {
		return ""
	}
	return ls.joinUnbroken(i, firstSentenceEnd(ls, i, min(len(ls), i+maxExecutivityLines)))
}

// executivityOpening opens the vote on immediate executivity after the
// dispositive part ("Successivamente", "Indi", "Con successiva e separata
// votazione", "Inoltre, con separata votazione", not a point's words in
// small letters: "di dichiarare," /
// "con successiva votazione …"); executivityOpensRE finds it at a line's
// start.
const executivityOpening = `(?:successivamente|indi|(?-i:C)on\s+successiva|(?-i:I)noltre,?\s+con)\b`

var executivityOpensRE = lazyRegexp(`(?i)^` + executivityOpening)

// maxExecutivityLines is how many lines that vote's sentence runs at most.
const maxExecutivityLines = 6

// declaresExecutive says whether a dispositive part, in lower case,
// declares the act immediately executive, in the words acts use for it.
func declaresExecutive(lower string) bool {
	for _, words := range []string{"immediatamente eseguibile", "immediatamente esecutiv", "immediata eseguibilit", "immediata esecutivit"} {
		if strings.Contains(lower, words) {
			return true
		}
	}
	return false
}

// maxPointLeadIn is how many lines may introduce the numbered points
// ("Per le motivazioni in premessa specificate,").
const maxPointLeadIn = 2

// operativePoints reads the numbered points of a dispositive part that
// decides an act of the kind given, their numbers removed; a point runs
// until the next number in sequence. A part that opens with no point 1 may
// letter its points in sequence ("a)", "b)"), mark them with bullets
// ("· di …", "- di …", an ordinanza's "- il divieto …") or print no mark
// at all (their bullets drawn as shapes): they are numbered in their
// order.
func operativePoints(lines actLines, kind string) []OperativePoint {
	numbered := func(line, _ string, next int) (string, bool) {
		g := pointRE().FindStringSubmatch(line)
		if g == nil {
			return "", false
		}
		n, _ := strconv.Atoi(g[1])
		return g[2], n == next
	}
	// An ordinanza's or a decree's points say what they order ("- il
	// divieto di sosta", "- che …"); a deliberation's and a
	// determinazione's open with "di", their other dashes being the lists
	// inside a point.
	anyPoint := kind == "ordinanza" || kind == "decreto"
	bulleted := func(line, _ string, _ int) (string, bool) {
		g := bulletPointRE().FindStringSubmatch(line)
		if g == nil || !opensWithInfinitive(g[1]) && !opensWithVerb(g[1]) && !(anyPoint && startsLower(g[1])) {
			return "", false
		}
		return g[1], true
	}
	lettered := func(line, _ string, next int) (string, bool) {
		g := letteredPointRE().FindStringSubmatch(line)
		if g == nil || next > 26 {
			return "", false
		}
		return g[3], strings.EqualFold(g[1]+g[2], string(rune('a'+next-1)))
	}
	// Points whose marks are drawn, not printed (a list's bullets as
	// shapes), or that have none: each opens a line after one that ends
	// a point with ";" or a lead-in with ":", as a deliberation's open
	// with "di" and an ordinanza's with a small letter; a deliberation's
	// also after a sentence's stop, or anywhere with its verb in capitals.
	unmarked := func(line, before string, _ int) (string, bool) {
		if capitalInfinitiveRE().MatchString(line) {
			return line, true // "DI IMPEGNARE la spesa …" after a line of figures
		}
		switch {
		case before == "", strings.HasSuffix(before, ";"), strings.HasSuffix(before, ":"):
			return line, opensWithInfinitive(line) || anyPoint && startsLower(line)
		case endsWithStop(before):
			return line, opensWithInfinitive(line) // "… 2014." over "Di trasmettere …", "Dare atto …"
		}
		return "", false
	}
	for _, opens := range []pointOpener{numbered, lettered, bulleted} {
		if points := readPoints(lines, opens, false); points != nil {
			return points
		}
	}
	return unmarkedPoints(readPoints(lines, unmarked, true))
}

// opensWithInfinitive reports whether s opens as a point of a decision
// says what it decides: with "di" and the verb ("di approvare …"), or
// with the verb alone ("Approvare …"), but for the nouns that end as
// infinitives do and open other paragraphs ("Parere favorevole …").
func opensWithInfinitive(s string) bool {
	if infinitivePointRE().MatchString(s) {
		return true
	}
	if !bareInfinitiveRE().MatchString(s) {
		return false
	}
	word, _, _ := strings.Cut(s, " ")
	return !infinitiveNouns[strings.ToLower(word)]
}

// opensWithVerb reports whether a bullet's text opens with its verb in
// small letters, after a lead-in that says what the bullets do
// ("Approvare la proposta …, e per l'effetto:" over "• concedere …").
func opensWithVerb(s string) bool {
	if !smallInfinitiveRE().MatchString(s) {
		return false
	}
	word, _, _ := strings.Cut(s, " ")
	return !infinitiveNouns[word]
}

// infinitiveNouns are nouns that end as infinitives do.
var infinitiveNouns = map[string]bool{"parere": true, "potere": true, "dovere": true, "carattere": true,
	"piacere": true, "mare": true, "essere": true, "sapere": true}

// pointOpener says whether a line, after the line before it, opens point
// next, and gives the text after its mark.
type pointOpener func(line, before string, next int) (string, bool)

// minUnmarkedPoints is how many points with no marks make a list: one
// paragraph opening with "di" is the decision's text, not a list of it.
const minUnmarkedPoints = 2

// unmarkedPoints are the points read without marks, but for a lead-in
// read as the first ("con decorrenza immediata, su tutto il territorio
// comunale:" over the orders), and none where fewer than
// minUnmarkedPoints remain.
func unmarkedPoints(points []OperativePoint) []OperativePoint {
	if len(points) > 1 && strings.HasSuffix(points[0].Text, ":") && !opensWithInfinitive(points[0].Text) {
		points = points[1:]
		for i := range points {
			points[i].N = i + 1
		}
	}
	if len(points) < minUnmarkedPoints {
		return nil
	}
	return points
}

// readPoints reads a dispositive part's points: opens says whether a line
// opens point next, and gives the text after its mark. It returns nil when
// the part does not open with a point. With endAtStop, points with no
// marks, a point that ends a sentence ends the list unless the next line
// opens another: what follows is the act's closing prose ("La presente
// determinazione … è pubblicata all'albo pretorio").
func readPoints(lines actLines, opens pointOpener, endAtStop bool) []OperativePoint {
	var points []OperativePoint
	var text []string
	flush := func() {
		if len(points) > 0 {
			points[len(points)-1].Text = pdftext.CollapseSpace(strings.Join(text, " "))
		}
	}
	for i, l := range lines {
		before := ""
		if i > 0 {
			before = lines[i-1].Text
		}
		if first, ok := opens(l.Text, before, len(points)+1); ok {
			flush()
			points = append(points, OperativePoint{N: len(points) + 1})
			text = []string{first}
			continue
		}
		if len(points) == 0 {
			if i >= maxPointLeadIn && !(i < maxColonLeadIn && leadInToColon(lines, i, opens)) {
				return nil // the part does not open with a point
			}
			continue
		}
		if endAtStop && closesPoints(before, l.Text) {
			break
		}
		text = append(text, l.Text)
	}
	flush()
	return points
}

// closesPoints reports whether line, after the line before it, ends a
// list of points printed with no marks: a sentence opening with a
// capital after one that ended (not after a title's stop: "dell'arch."
// over "Michela Esposito"), or the act's closing words after a point's
// end ("La presente determinazione … è pubblicata all'albo pretorio").
func closesPoints(before, line string) bool {
	if !strings.HasSuffix(before, ";") && !endsWithStop(before) {
		return false
	}
	if closingWordsRE().MatchString(line) {
		return true
	}
	words := strings.Fields(before)
	last := words[len(words)-1]
	if _, rest, ok := cutElision(last); ok {
		last = rest // "dell'arch."
	}
	return endsWithStop(before) && startsUpper(line) && !personTitleRE().MatchString(last)
}

// closingWordsRE opens what an act says of itself after its decision.
var closingWordsRE = lazyRegexp(`^(?:La|Il|LA|IL)\s+present[ea]\s+(?i:determinazione|deliberazione|ordinanza|decreto|provvedimento|atto)\b`)

// maxColonLeadIn is how many lines may introduce the points when the
// lead-in ends with a colon: "ai proprietari … di terreni incolti, …,
// entro il 30 giugno 2025:" over "- di provvedere alla pulizia …".
const maxColonLeadIn = 6

// leadInToColon reports whether the lines from i on, before
// maxColonLeadIn, reach a line ending with a colon that the first point
// follows.
func leadInToColon(lines actLines, i int, opens pointOpener) bool {
	for k := i; k+1 < len(lines) && k+1 < maxColonLeadIn; k++ {
		if _, ok := opens(lines[k+1].Text, lines[k].Text, 1); ok {
			return strings.HasSuffix(strings.TrimSpace(lines[k].Text), ":")
		}
	}
	return false
}

// startsUpper reports whether s opens with a capital.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// startsLower reports whether s opens with a small letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// firstSentence returns the text from line from up to the first line that
// ends with ";" or a full stop (endsWithStop).
func firstSentence(ls actLines, from, to int) string {
	return ls.join(from, firstSentenceEnd(ls, from, to))
}

// firstSentenceEnd is the index past the line where the sentence opening
// at line from ends (see firstSentence).
func firstSentenceEnd(ls actLines, from, to int) int {
	for j := from; j < to; j++ {
		if t := ls[j].Text; strings.HasSuffix(t, ";") || endsWithStop(t) {
			return j + 1
		}
	}
	return from + 1
}

// endsWithStop reports whether a line ends a sentence with its full stop:
// after a word or figures ("… n. 267/2000."), not after an abbreviation
// that goes on over the line ("… contrari n." / "4 (Di Fabio …)").
func endsWithStop(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 || !strings.HasSuffix(line, ".") {
		return false
	}
	last := words[len(words)-1]
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(last, "."))
	return sentenceEnd(last) || unicode.IsDigit(r)
}

var (
	annexHeadRE  = lazyRegexp(`(?i)^allegato\s+(?:n\.?\s*)?(\d+)\b`)
	annexPagesRE = lazyRegexp(`(?i)composto\s+da\s+n\.\s*(\d+)\s+pagine`)
	// annexRefRE is an annex named in the body: "allegato sub. 2)".
	annexRefRE = lazyRegexp(`(?i)allegat[oa]\s+(?:parte\s+integrante\s+(?:e\s+sostanziale\s+)?)?sub\.?\s*(\d+)\)`)
	// annexTitleRE is the quoted title before an annex reference:
	// "“Piano degli Obiettivi 2019-2021”, come da documento allegato sub. 2)";
	// annexTitles bounds the title's length.
	annexTitleRE  = lazyRegexp(`“([^”]{3,})”\s*,?\s*come\s+da\s+documento\s+allegat[oa]\s+(?:parte\s+integrante\s+(?:e\s+sostanziale\s+)?)?sub\.?\s*(\d+)\)`)
	opinionsRE    = lazyRegexp(`(?i)^foglio\s+pareri\b`)
	opinionHeadRE = lazyRegexp(`^PARERE\s+DI\b`)
	opinionBasis  = lazyRegexp(`(?i)^(?:ai\s+sensi|\()`)
	rangeBreakRE  = lazyRegexp(`(\d)- (\d)`)
)

// maxAnnexTitle is the longest quoted text, in runes, read as the title of
// an annex. Bounded in the pattern itself ({3,200}), it made a program of
// two hundred copies of the class, slow to compile.
const maxAnnexTitle = 200

// annexTitles yields the title and number of each annex reference of text
// that quotes a title, as annexTitleRE's FindAllStringSubmatch would with
// the title bounded to maxAnnexTitle runes: a quote whose text is longer
// is passed by, and the search goes on from just inside it.
func annexTitles(text string) iter.Seq2[string, string] {
	return func(yield func(title, number string) bool) {
		for pos := 0; pos < len(text); {
			loc := annexTitleRE().FindStringSubmatchIndex(text[pos:])
			if loc == nil {
				return
			}
			title, number := text[pos+loc[2]:pos+loc[3]], text[pos+loc[4]:pos+loc[5]]
			if utf8.RuneCountInString(title) > maxAnnexTitle {
				pos += loc[0] + len("“")
				continue
			}
			if !yield(title, number) {
				return
			}
			pos += loc[1]
		}
	}
}

// parseAttachments lists the annexes: those with a header page ("Allegato
// n. 1 … composto da n. 9 pagine"), those the body names ("allegato sub.
// 2)"), and the opinion sheets (pareri), which carry no number.
func parseAttachments(ls actLines, act *Act) {
	byNumber := map[int]*Attachment{}
	var order []int
	add := func(n int) *Attachment {
		if a, ok := byNumber[n]; ok {
			return a
		}
		num := n
		byNumber[n] = &Attachment{Number: &num}
		order = append(order, n)
		return byNumber[n]
	}
	for i, l := range ls {
		g := annexHeadRE().FindStringSubmatch(l.Text)
		if g == nil {
			continue
		}
		n, _ := strconv.Atoi(g[1])
		head := ls.join(i, i+3)
		a := add(n)
		if p := annexPagesRE().FindStringSubmatch(head); p != nil {
			pages, _ := strconv.Atoi(p[1])
			a.Pages = &pages
		}
		// The annex's title is its first long heading in capitals below
		// the header on the same page, past the signature of who drew it
		// up; a row of table cells is no title.
		for j := i + 1; j < len(ls) && j < i+12 && ls[j].Page == l.Page; j++ {
			t := ls[j].Text
			if isUpperHeading(t) && len(strings.Fields(t)) >= 4 && !roleStartRE().MatchString(t) && len(splitCells(ls[j])) == 1 {
				a.Title = t
				break
			}
		}
	}
	all := ls.join(0, len(ls))
	for _, g := range annexRefRE().FindAllStringSubmatch(all, -1) {
		n, _ := strconv.Atoi(g[1])
		add(n)
	}
	for title, number := range annexTitles(all) {
		n, _ := strconv.Atoi(number)
		if a := add(n); a.Title == "" {
			a.Title = rangeBreakRE().ReplaceAllString(title, "$1-$2")
		}
	}
	slices.Sort(order)
	for _, n := range order {
		act.Attachments = append(act.Attachments, *byNumber[n])
	}
	// Opinion sheets.
	seen := map[string]bool{}
	sheet := -1
	for i, l := range ls {
		if opinionsRE().MatchString(l.Text) {
			sheet = l.Page
		}
		if l.Page != sheet || !opinionHeadRE().MatchString(l.Text) {
			continue
		}
		title := "Foglio pareri: " + l.Text
		if i+1 < len(ls) && opinionBasis().MatchString(ls[i+1].Text) {
			title += " " + ls[i+1].Text
		}
		if !seen[title] {
			seen[title] = true
			act.Attachments = append(act.Attachments, Attachment{Title: title})
		}
	}
}

var (
	signedByRE   = lazyRegexp(`(?i)^firmato\s+digitalmente\s+da\s+(.*)$`)
	signerDateRE = lazyRegexp(`(?i)^(.*?)\s+in\s+data\s+(` + datePattern + `)$`)
)

// parseSignatures reads the printed "Firmato digitalmente da …" lines:
// each distinct line is a signature block; signers lists every name once,
// in order of first appearance.
func parseSignatures(ls actLines, act *Act) {
	seenBlock := map[string]bool{}
	seenName := map[string]bool{}
	for i := 0; i < len(ls); i++ {
		g := signedByRE().FindStringSubmatch(ls[i].Text)
		if g == nil {
			continue
		}
		text := g[1]
		for i+1 < len(ls) && ls[i+1].Page == ls[i].Page && ls.gapAbove(i+1) < paragraphGap &&
			(strings.HasSuffix(text, ",") || strings.HasSuffix(text, " in") || strings.HasPrefix(ls[i+1].Text, "data ")) {
			i++
			text += " " + ls[i].Text
		}
		text = pdftext.CollapseSpace(text)
		if seenBlock[text] {
			continue
		}
		seenBlock[text] = true
		block := SignatureBlock{Where: fmt.Sprintf("page %d", ls[i].Page)}
		for _, part := range strings.Split(text, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			s := SignerDate{Name: part}
			if d := signerDateRE().FindStringSubmatch(part); d != nil {
				s.Name = d[1]
				s.Date, _ = parseDate(d[2])
			}
			block.Signers = append(block.Signers, s)
			if !seenName[s.Name] {
				seenName[s.Name] = true
				act.Signers = append(act.Signers, s.Name)
			}
		}
		act.SignatureBlocks = append(act.SignatureBlocks, block)
	}
}
