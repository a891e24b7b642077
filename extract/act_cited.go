package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/openalbo/albo/extract/pdftext"
)

// Cited acts: the deliberations, determinazioni, laws and agreements the
// act refers to, section by section ("Premesso che", "VISTI",
// "Considerato che"…). Those of the premises and of the VISTI/Richiamati
// lists are the act's legal basis (Act.CitedActs); the rest go to
// Act.CitedActsOtherSection.

var (
	// sectionOpenRE starts a section of the premises, on a line of its own
	// or at the head of its first sentence.
	sectionOpenRE = lazyRegexp(`(?i)^(l['’]\s*anno|premess[oi](?:\s+inoltre)?(?:\s+che)?|considerat[oi](?:\s*,?\s*inoltre,?)?(?:\s+che)?|rilevat[oi](?:\s+che)?|preso\s+atto|ritenut[oi]|vist[oiae]|dato\s+atto(?:\s+che)?|richiamat[oiae]|atteso(?:\s+che)?|accertato(?:\s+che)?|tenuto\s+conto|acquisit[oi]|evidenziato(?:\s+che)?|constatat[oa]|osservato(?:\s+che)?|in\s+esecuzione|ordine\s+del\s+giorno)\b\s*:?`)
	mainSectionRE = lazyRegexp(`(?i)^(?:premess|vist|richiamat|in\s+esecuzione)`)
	listSectionRE = lazyRegexp(`(?i)^vist`)
	// sectionEndRE ends a section without opening another.
	sectionEndRE = lazyRegexp(`(?i)^(?:con\s+(?:votazione|voti)\b|allegato\s+n|firmato\s+digitalmente|letto,?\s+approvato)`)
	itemStartRE  = lazyRegexp(`^[-–•]\s*`)
	opinionItem  = lazyRegexp(`(?i)^(?:i\s+pareri|il\s+parere)\b`)
	regulationRE = lazyRegexp(`(?i)^(?:il|lo|la)\s+regolamento\b[^;:]*`)
	subjectOfRE  = lazyRegexp(`^\s*,?\s*(?:ad|avente(?:\s+ad)?|recante)\s+(?:ad\s+)?oggetto\s*:?\s*[“"]([^”"]+)[”"]`)
	executiveCtx = lazyRegexp(`(?i)eseguibil\w*[^;]{0,60}$`)
)

// unionOrgans are the organs of an Unione dei Comuni, a Provincia, a
// consortium that cite their acts by them: "deliberazione del Consiglio
// dell'Unione n. 4", "decreto del Presidente dell'Unione n. 2".
const unionOrgans = `(?:consiglio|giunta|assemblea|presidente)\s+dell['’]\s*unione|presidente\s+della\s+provincia|assemblea\s+dei\s+sindaci|comitato\s+dei\s+sindaci|consiglio\s+di\s+amministrazione`

// registerBeforeSign is a register's label printed between a cited act's
// kind and its number: "determinazione R.G. n. 226".
const registerBeforeSign = `(?:(?:r\.\s?g\.|reg\.\s*gen(?:erale)?\.?|registro\s+generale)\s*)?`

// citation patterns, each with the kind of act it finds.
var (
	actCiteRE = lazyRegexp(`(?i)\b(deliberazione|delibera|determinazione|determina|decreto\s+sindacale|decreto\s+del\s+sindaco|decreto)\s+(?:(?:adottat[ao]\s+)?(?:di|del|dal|della|dalla|dell['’]|dall['’])\s*)?(giunta\s+comunale|consiglio\s+comunale|` + unionOrgans + `|giunta|consiglio|consiliare|giuntale|g\.\s?c\.|c\.\s?c\.|gc|cc|direttore\s+generale|sindaco)?\s*` + registerBeforeSign + `(?:n\.|n°|nr\.)\s*(\d+)(?:\s*/\s*(\d{4}))?(?:\s*(?:del|dell['’]|(?:in|di)\s+data)\s*(` + datePattern + `))?`)
	ownActRE  = lazyRegexp(`(?i)\b(?:con\s+)?proprio\s+provvedimento\s+n\.\s*(\d+)\s+del\s+(` + datePattern + `)`)
	// ownKindRE is an act of the act's own organ, named by its kind: "la
	// propria deliberazione n. 8 del 27/02/2026", "il proprio decreto n.
	// 31".
	ownKindRE = lazyRegexp(`(?i)\bpropri[oa]\s+(deliberazione|delibera|determinazione|determina|decreto|ordinanza)\s*` + registerBeforeSign + `(?:n\.|n°|nr\.)\s*(\d+)(?:\s*/\s*(\d{4}))?(?:\s*(?:del|dell['’]|(?:in|di)\s+data)\s*(` + datePattern + `))?`)
	measureRE = lazyRegexp(`(?i)\b(successivo\s+)?provvedimento(\s+sindacale)?\s+del\s+(` + datePattern + `)`)
	accordRE  = lazyRegexp(`(?i)\baccordo\s+siglato\s+con\s+(?:le|la|il|i|gli|l['’])\s*(.+?)\s+in\s+data\s+(` + datePattern + `)`)
	lawRE     = lazyRegexp(`(?i)(?:\b(?:artt?\.)\s*(\d+(?:-bis)?(?:\s*,\s*\d+)*(?:\s+e\s+\d+)?)\s+(?:del|dello|della)\s+)?\b(d\.\s?lgs\.|decreto\s+legislativo|t\.\s?u\.|decreto[\s-]legge|legge|d\.p\.r\.|d\.l\.)\s*(?:n\.?\s*(\d+)(?:\s*/\s*(\d{4}))?(?:\s+del\s+(` + datePattern + `))?|(` + datePattern + `)\s*,?\s*n\.?\s*(\d+)|(\d+)/(\d{4}))`)
	statuteRE = lazyRegexp(`(?i)\b(?:artt?\.)\s*(\d+)\s+dello\s+statuto(?:\s+del\s+comune)?`)
	articleNo = lazyRegexp(`\d+(?:-bis)?`)
	// organAfterRE is the organ named as the subject after the act ("con
	// deliberazione n. 48 del …, esecutiva, il Consiglio Comunale ha
	// approvato").
	organAfterRE = lazyRegexp(`(?i)\b(?:il|la)\s+(consiglio\s+comunale|giunta\s+comunale)\s+ha\b`)
)

var lawKinds = map[string]string{"d.lgs.": "decreto legislativo", "decreto legislativo": "decreto legislativo",
	"t.u.": "testo unico", "legge": "legge", "d.p.r.": "decreto del presidente della repubblica", "d.l.": "decreto legge",
	"decreto legge": "decreto legge", "decreto-legge": "decreto legge"}

// issuerLeadRE is an issuer's title in capitals that opens the
// sentence of the premises, a comma after it: "IL RESPONSABILE DELL'AREA
// AMMINISTRATIVA, ".
var issuerLeadRE = lazyRegexp(`^(?:IL|LA)\s+[\p{Lu}'’ .]+,\s*`)

// section is a run of lines under one opener.
type section struct {
	name     string
	from, to int
}

// sections splits the act into its premises' sections.
func sections(ls actLines) []section {
	var out []section
	cur := -1
	closeAt := func(i int) {
		if cur >= 0 {
			out[cur].to = i
			cur = -1
		}
	}
	for i, l := range ls {
		t := l.Text
		afterIssuer := false
		if lead := issuerLeadRE().FindString(t); lead != "" && sectionOpenRE().MatchString(t[len(lead):]) {
			// "IL RESPONSABILE DELL'AREA AMMINISTRATIVA, in esecuzione
			// della …": the issuer's title, then the section's opener.
			t, afterIssuer = t[len(lead):], true
		}
		if m := sectionOpenRE().FindString(t); m != "" && (afterIssuer || startsSentence(t)) {
			closeAt(i)
			out = append(out, section{name: strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m), ":")), from: i})
			cur = len(out) - 1
			continue
		}
		if isDecisionHeading(t) {
			// The dispositive part cites acts too ("revocare la
			// deliberazione n. …"): it is a section of its own.
			closeAt(i)
			out = append(out, section{name: strings.ToUpper(strings.TrimRight(strings.ReplaceAll(t, " ", ""), ":")), from: i})
			cur = len(out) - 1
			continue
		}
		inDecision := cur >= 0 && decisionVerbs[out[cur].name] != ""
		if sectionEndRE().MatchString(t) || (isSectionHeading(l) && (!inDecision || partHeadingRE().MatchString(t))) {
			closeAt(i)
		}
	}
	closeAt(len(ls))
	return out
}

// partHeadingRE starts another part of the document (a signature, the
// proposal, an opinion sheet, an annex): only such a heading ends a
// dispositive part, whose points may hold tables with headings in capitals.
var partHeadingRE = lazyRegexp(`(?i)^(?:(?:il|la)\s+|l['’]\s*)\p{L}|^(?:proposta|foglio|parere|allegato|attestazione|certificato|visto\s+di|direzione|dipartimento|settore|relazione)\b`)

// isSectionHeading reports whether a line is a heading in capitals that
// ends a section: not a list item, not a numbered point, not a row of
// table cells.
func isSectionHeading(l pdftext.Line) bool {
	t := l.Text
	return isUpperHeading(t) && len(strings.Fields(t)) >= 2 && !itemStartRE().MatchString(t) &&
		!pointRE().MatchString(t) && len(splitCells(l)) == 1
}

// parseCitations fills the cited acts, section by section.
func parseCitations(ls actLines, act *Act) {
	var prevMeasureOrgan string
	for _, s := range sections(ls) {
		var cites []CitedAct
		if listSectionRE().MatchString(s.name) {
			cites = listCitations(ls, s, act, &prevMeasureOrgan)
		} else {
			text := ls.join(s.from, s.to)
			cites = findCitations(text, act, &prevMeasureOrgan)
		}
		// A running head inside a section names the act itself
		// ("Determinazione R.G. n. 268 del 08/05/2026"): no citation.
		cites = slices.DeleteFunc(cites, func(c CitedAct) bool { return citesItself(c, act) })
		for i := range cites {
			cites[i].Section = s.name
		}
		if mainSectionRE().MatchString(s.name) {
			act.CitedActs = append(act.CitedActs, cites...)
		} else {
			act.CitedActsOtherSection = append(act.CitedActsOtherSection, cites...)
		}
	}
}

// citesItself reports whether c is the act itself: its kind and its
// number, in its year where both are dated.
func citesItself(c CitedAct, act *Act) bool {
	if c.Number == nil || *c.Number != act.Number || act.Number == 0 || c.Kind != act.Kind {
		return false
	}
	if c.Date != "" && act.Date != "" {
		return c.Date == act.Date
	}
	return c.Year == 0 || act.Date == "" || strings.HasPrefix(act.Date, strconv.Itoa(c.Year))
}

// listCitations reads a VISTI list item by item: an item is one citation
// printed with its article ("il D. Lgs. n. 118/2011"); the opinions the
// list names are not acts.
func listCitations(ls actLines, s section, act *Act, prevOrgan *string) []CitedAct {
	var items []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			items = append(items, pdftext.CollapseSpace(strings.Join(cur, " ")))
			cur = nil
		}
	}
	first := sectionOpenRE().ReplaceAllString(ls[s.from].Text, "")
	if strings.TrimSpace(first) != "" {
		cur = append(cur, first)
	}
	for i := s.from + 1; i < s.to; i++ {
		t := ls[i].Text
		if itemStartRE().MatchString(t) {
			flush()
			t = itemStartRE().ReplaceAllString(t, "")
		}
		cur = append(cur, t)
	}
	flush()
	var out []CitedAct
	for _, item := range items {
		item = strings.TrimSpace(item)
		if opinionItem().MatchString(item) {
			continue
		}
		cites := findCitations(item, act, prevOrgan)
		if len(cites) == 0 {
			if m := regulationRE().FindString(item); m != "" {
				out = append(out, CitedAct{Kind: "regolamento", AsPrinted: strings.TrimSpace(m)})
			}
			continue
		}
		// The first citation of an item is printed from the item's start
		// ("il D. Lgs. …", "la deliberazione …") when only an article or
		// two stand before it.
		if i := strings.Index(item, cites[0].AsPrinted); i > 0 && len(strings.Fields(item[:i])) <= maxItemLeadWords {
			cites[0].AsPrinted = item[:i] + cites[0].AsPrinted
		}
		out = append(out, cites...)
	}
	return out
}

// maxItemLeadWords is how many words may stand before a list item's
// citation and still be printed with it ("il vigente").
const maxItemLeadWords = 2

type citeMatch struct {
	start, end int
	cite       CitedAct
}

// findCitations finds every citation in text, in order.
func findCitations(text string, act *Act, prevOrgan *string) []CitedAct {
	var found []citeMatch
	add := func(loc []int, c CitedAct) {
		c.AsPrinted = text[loc[0]:loc[1]]
		if g := subjectOfRE().FindStringSubmatch(text[loc[1]:]); g != nil {
			c.Subject = rangeBreakRE().ReplaceAllString(pdftext.CollapseSpace(g[1]), "$1-$2")
		}
		found = append(found, citeMatch{loc[0], loc[1], c})
	}
	group := func(loc []int, i int) string {
		if loc[2*i] < 0 {
			return ""
		}
		return text[loc[2*i]:loc[2*i+1]]
	}
	for _, loc := range actCiteRE().FindAllStringSubmatchIndex(text, -1) {
		word := strings.ToLower(pdftext.CollapseSpace(group(loc, 1)))
		c := CitedAct{Kind: kindNames[word], Number: intPtr(group(loc, 3))}
		switch word {
		case "decreto sindacale":
			c.Kind, c.Organ = word, "Sindaco"
		case "decreto del sindaco":
			c.Kind, c.Organ = "decreto", "Sindaco"
		}
		if o := group(loc, 2); o != "" {
			c.Organ = organName(o)
		} else if g := organAfterRE().FindStringSubmatch(clause(text[loc[1]:])); g != nil {
			c.Organ = organName(g[1])
		}
		c.Date, _ = parseDate(group(loc, 5))
		c.Year, _ = strconv.Atoi(group(loc, 4))
		add(loc[:2], c)
	}
	for _, loc := range ownKindRE().FindAllStringSubmatchIndex(text, -1) {
		c := CitedAct{Kind: kindNames[strings.ToLower(group(loc, 1))], Organ: act.Organ, Number: intPtr(group(loc, 2))}
		c.Year, _ = strconv.Atoi(group(loc, 3))
		c.Date, _ = parseDate(group(loc, 4))
		add(loc[:2], c)
	}
	for _, loc := range ownActRE().FindAllStringSubmatchIndex(text, -1) {
		c := CitedAct{Kind: "provvedimento", Organ: act.Organ, Number: intPtr(group(loc, 1))}
		if act.Kind != "" {
			c.Kind = "provvedimento (" + act.Kind + ")"
		}
		c.Date, _ = parseDate(group(loc, 2))
		add(loc[:2], c)
	}
	for _, loc := range measureRE().FindAllStringSubmatchIndex(text, -1) {
		c := CitedAct{Kind: "provvedimento"}
		if group(loc, 2) != "" {
			c.Kind, c.Organ = "provvedimento sindacale", "Sindaco"
			*prevOrgan = "Sindaco"
		} else if group(loc, 1) != "" {
			c.Organ = *prevOrgan
		}
		c.Date, _ = parseDate(group(loc, 3))
		add(loc[:2], c)
	}
	for _, loc := range accordRE().FindAllStringSubmatchIndex(text, -1) {
		c := CitedAct{Kind: "accordo", Organ: group(loc, 1)}
		c.Date, _ = parseDate(group(loc, 2))
		add(loc[:2], c)
	}
	for _, loc := range lawRE().FindAllStringSubmatchIndex(text, -1) {
		if executiveCtx().MatchString(text[:loc[0]]) {
			continue // the basis of immediate executivity, not a citation
		}
		kind := lawKinds[strings.ToLower(strings.ReplaceAll(group(loc, 2), " ", ""))]
		if kind == "" {
			kind = lawKinds[strings.ToLower(pdftext.CollapseSpace(group(loc, 2)))]
		}
		c := CitedAct{Kind: kind, Articles: articleNo().FindAllString(group(loc, 1), -1)}
		switch {
		case group(loc, 3) != "":
			c.Number = intPtr(group(loc, 3))
			c.Year, _ = strconv.Atoi(group(loc, 4))
			c.Date, _ = parseDate(group(loc, 5))
		case group(loc, 7) != "":
			c.Number = intPtr(group(loc, 7))
			c.Date, _ = parseDate(group(loc, 6))
		default:
			c.Number = intPtr(group(loc, 8))
			c.Year, _ = strconv.Atoi(group(loc, 9))
		}
		add(loc[:2], c)
	}
	for _, loc := range statuteRE().FindAllStringSubmatchIndex(text, -1) {
		add(loc[:2], CitedAct{Kind: "statuto", Organ: "Comune", Articles: []string{group(loc, 1)}})
	}
	// Document order; where two patterns overlap, the earlier and longer wins.
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].start != found[j].start {
			return found[i].start < found[j].start
		}
		return found[i].end > found[j].end
	})
	var out []CitedAct
	end := -1
	for _, m := range found {
		if m.start < end {
			continue
		}
		out = append(out, m.cite)
		end = m.end
	}
	return out
}

// clause is the text up to the end of its clause (";"), at most a few
// lines' worth.
func clause(s string) string {
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	if len(s) > maxClause {
		s = s[:maxClause]
	}
	return s
}

const maxClause = 240

func intPtr(s string) *int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return nil
	}
	return &n
}

// startsSentence reports whether a line begins with a capital, as a
// section's opening word does.
func startsSentence(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
