package extract

import (
	"reflect"
	"strconv"
	"strings"
)

// ParseAct reads the act's front matter: who issued it, its number and
// date, its subject, the session's attendance and vote, the operative
// points, the attachments, the signers and the acts it cites. Fields are
// found by their labels and by the patterns Italian acts print them in, not
// by their position on the page, so that deliberations and determinazioni
// of any municipality and producer are read alike. Fields the document does
// not print stay empty; ParseAct never fails. A document in which nothing
// of an act is found (a scan, a table of indicators) gives nil, so that its
// record says "act": null rather than an empty act that would seem to
// state, say, that it is not immediately executive.
func ParseAct(doc *Document) *Act {
	ls := newActLines(doc)
	if len(ls) == 0 {
		return nil
	}
	act := &Act{}
	subject := parseSubject(ls, act)
	parseHeader(doc, ls, subject, act)
	parseFirstPage(doc, act)
	parseSession(ls, act)
	parsePeople(ls, act)
	parseDecision(ls, act)
	parseAttachments(ls, act)
	parseSignatures(ls, act)
	parseCitations(ls, act)
	// The municipality's name heads any page it prints, a table of
	// indicators as well as an act: alone it makes no act.
	found := *act
	found.Municipality = ""
	if reflect.ValueOf(found).IsZero() {
		return nil
	}
	return act
}

var (
	subjectRE = lazyRegexp(`(?i)^\s*oggetto\s*:\s*`)
	// subjectStopRE starts what follows a subject: the minute's opening,
	// a frontispiece caption, the body's first section.
	subjectStopRE = lazyRegexp(`(?i)^(?:l['’]\s*anno\b|frontespizio|premess|vist[oiae]\b|richiamat|il\s+dirigente|il\s+responsabile|la\s+giunta|il\s+consiglio|cup\b|cig\b)`)
)

// parseSubject fills the subject from the first OGGETTO and returns the
// lines it took. Continuation lines are those below it that start
// at least as far right as the label (a left column beside the subject, as
// in some determinazioni, is skipped) until a paragraph gap.
func parseSubject(ls actLines, act *Act) (used map[int]bool) {
	i := ls.find(0, subjectRE())
	if i < 0 {
		return nil
	}
	used = map[int]bool{i: true}
	first := ls[i]
	parts := []string{subjectRE().ReplaceAllString(first.Text, "")}
	labelOnly := parts[0] == "" // "OGGETTO:" alone, the subject below it
	last := i
	for j := i + 1; j < len(ls) && ls[j].Page == first.Page; j++ {
		l := ls[j]
		if l.X < first.X-2 {
			continue // a column beside the subject
		}
		if !(labelOnly && len(parts) == 1) && (ls[last].Y-l.Y)/max(l.Size, 1) > paragraphGap {
			break
		}
		if subjectStopRE().MatchString(l.Text) {
			break
		}
		parts = append(parts, l.Text)
		last = j
		used[j] = true
	}
	act.Subject = collapseSpace(strings.Join(parts, " "))
	return used
}

var (
	// actHeadingRE matches the act's heading: "DELIBERAZIONE DELLA GIUNTA
	// COMUNALE N. _2187_ DEL 06/12/2019", "DETERMINAZIONE N. 936 DEL
	// 13/11/2025", "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N.129".
	actHeadingRE = lazyRegexp(`(?i)\b(?:verbale\s+di\s+)?(deliberazione|delibera|determinazione|determina|decreto|ordinanza|avviso|certificato\s+di\s+pubblicazione|attestazione(?:\s+di\s+pubblicazione)?)\b((?:\s+(?:del|della|dello|dell['’]|di)\s+[\p{L}'’ ]+?)?)\s*(?:\bn\.|\bn°|\bnr\.|\bnumero)\s*(_*\s*\d+\s*_*)(?:\s*(?:del|in\s+data)\s+(` + datePattern + `))?`)
	// registerRE is the general register number of a determinazione, which
	// identifies it across offices.
	registerRE     = lazyRegexp(`(?i)registro\s+generale\s*(?:n\.|n°|nr\.)\s*(\d+)\s*(?:del\s+(` + datePattern + `))?`)
	municipalityRE = lazyRegexp(`(?i)^comune\s+di\b\s*([^(]*)`)
	officeRE       = lazyRegexp(`^(?:DIPARTIMENTO|DIREZIONE|SETTORE|AREA|SERVIZIO|UFFICIO|CORPO|COMANDO)\b`)
	proposalRE     = lazyRegexp(`(?i)\b(?:numero\s+proposta|prop\.|proposta)\s*(?:n\.|n°|nr\.)?\s*:?\s*(\d+)(?:\s+del\s+(` + datePattern + `))?`)
	// proposalRefRE finds the proposal cited with its date elsewhere, as
	// an annex header does ("proposta di Deliberazione n. 4472 del 26
	// novembre 2019").
	proposalRefRE = lazyRegexp(`(?i)proposta\s+di\s+deliberazione\s+n\.\s*(\d+)\s+del\s+(` + datePattern + `)`)
	// unnumberedKindRE is a heading that carries no number of its own.
	unnumberedKindRE = lazyRegexp(`(?i)^(avviso|certificato\s+di\s+pubblicazione|attestazione|atto\s+aggiuntivo|contratto|convenzione|bando)\b`)
	// signedOfficeRE is the office in a determinazione's signature ("IL
	// RESPONSABILE DELL'UFFICIO TECNICO"), where the heading names only a
	// generic "Responsabile del Servizio".
	signedOfficeRE = lazyRegexp(`\bIL\s+RESPONSABILE\s+(?:DEL|DELLA|DELL['’])\s*((?:SERVIZIO|UFFICIO|SETTORE|AREA)\s+[\p{Lu}'’][\p{Lu}'’ ]*)$`)
	// issuerRE is the issuer printed on a line of its own under the
	// heading of an avviso or a decree.
	issuerRE = lazyRegexp(`^IL\s+(SEGRETARIO\s+(?:GENERALE|COMUNALE)|SINDACO|DIRETTORE\s+GENERALE|DIRIGENTE)$`)
	// protocolDateRE is the date of a protocol registration stamp.
	protocolDateRE = lazyRegexp(`(?i)(?:\b|_)prot\w*\b.*?(\d{1,2}/\d{1,2}/\d{4})`)
	// bodyStartRE is the first line past the heading block.
	bodyStartRE = lazyRegexp(`(?i)^(?:l['’]\s*anno\b|premess|vist[oiae]\b|richiamat|considerat|accertat|rende\s+noto|il\s+(?:dirigente|segretario|responsabile)\b|la\s+giunta\b|il\s+consiglio\b)`)
)

// kindNames normalises the heading word to the act's kind.
var kindNames = map[string]string{
	"deliberazione": "deliberazione", "delibera": "deliberazione",
	"determinazione": "determinazione", "determina": "determinazione",
	"decreto": "decreto", "ordinanza": "ordinanza", "avviso": "avviso",
	"certificato di pubblicazione": "attestazione", "attestazione": "attestazione",
	"attestazione di pubblicazione": "attestazione", "atto aggiuntivo": "atto aggiuntivo",
	"contratto": "contratto", "convenzione": "convenzione", "bando": "bando",
}

// parseHeader reads the heading block of the first page: kind, organ or
// issuing office, number and date (readHeader), proposal.
func parseHeader(doc *Document, ls actLines, subject map[int]bool, act *Act) {
	end := ls.find(0, bodyStartRE())
	firstPage := ls[0].Page
	var block []Line
	for i, l := range ls {
		if l.Page != firstPage || (end >= 0 && i >= end) {
			break
		}
		if subject[i] {
			continue
		}
		block = append(block, l)
	}
	head := actLines(block)
	text := head.join(0, len(head))

	act.Office = officeLines(head)

	h := readHeader(doc, subjectOf(ls, subject))
	act.Kind, act.Number, act.SectorNumber, act.Date = h.Kind, h.Number, h.SectorNumber, h.Date
	act.NumberAsPrinted = h.NumberAsPrinted
	act.Organ = h.KindOrgan
	act.Municipality = h.Municipality
	// A heading without a number (an avviso, a certificate) names the act;
	// a certificate's own number and date are those of the act it certifies.
	for i, l := range head {
		if m := unnumberedKindRE().FindStringSubmatch(l.Text); m != nil && isUpperHeading(l.Text) {
			if act.Kind == "" {
				act.Kind = kindNames[strings.ToLower(collapseSpace(m[1]))]
			}
			if act.Subject == "" {
				act.Subject = headingText(head, i)
			}
			break
		}
	}
	issuedByOffice := act.Kind == "determinazione" || (act.Kind != "deliberazione" && (act.Organ == "Dirigente" || act.Organ == ""))
	if issuedByOffice && act.Office != "" {
		act.Organ = act.Office
	}
	if act.Office != "" && act.Kind == "deliberazione" {
		act.ProposingOffice = act.Office
		act.Office = ""
	}
	if act.Office == "" && act.Kind != "deliberazione" {
		act.Office = issuingOffice(ls)
	}
	if act.Organ == "" && act.Kind != "" {
		act.Organ = issuerOrgan(ls)
	}

	// The proposal's number may be printed anywhere in the heading (a
	// frontispiece puts it on page 2); its date may come from an annex.
	all := ls.join(0, len(ls))
	if g := proposalRE().FindStringSubmatch(text); g != nil {
		act.ProposalNumber, _ = strconv.Atoi(g[1])
		act.ProposalDate, _ = parseDate(g[2])
	} else if g := proposalRE().FindStringSubmatch(ls.join(0, min(len(ls), 40))); g != nil {
		act.ProposalNumber, _ = strconv.Atoi(g[1])
		act.ProposalDate, _ = parseDate(g[2])
	}
	if act.ProposalDate == "" {
		for _, g := range proposalRefRE().FindAllStringSubmatch(all, -1) {
			if n, _ := strconv.Atoi(g[1]); n == act.ProposalNumber || act.ProposalNumber == 0 {
				act.ProposalNumber = n
				act.ProposalDate, _ = parseDate(g[2])
				break
			}
		}
	}
}

// subjectOf says which lines and cells parseSubject read the subject from.
func subjectOf(ls actLines, used map[int]bool) subjectLines {
	s := subjectLines{ys: map[float64]bool{}}
	first := -1
	for i := range ls {
		if used[i] && (first < 0 || i < first) {
			first = i
		}
	}
	if first < 0 {
		return s
	}
	s.found, s.page, s.left = true, ls[first].Page, ls[first].X
	for _, runs := range lineCells(ls[first]) {
		if c := makeLine(ls[first].Page, runs); subjectRE().MatchString(c.Text) {
			s.left = c.X
		}
	}
	for i := range used {
		if ls[i].Page == s.page {
			s.ys[ls[i].Y] = true
		}
	}
	return s
}

// issuerOrganRE is the issuer on a line of its own above an act's body:
// "IL SINDACO", "Il Dirigente", "IL COMMISSARIO STRAORDINARIO".
var issuerOrganRE = lazyRegexp(`(?i)^il\s*(sindaco|dirigente|commissario\s+straordinario|segretario\s+(?:generale|comunale)|responsabile\s+del\s+servizio)$`)

// issuerOrgan is the organ an act without one in its heading names as its
// issuer before its body.
func issuerOrgan(ls actLines) string {
	for _, l := range ls[:min(len(ls), 40)] {
		if g := issuerOrganRE().FindStringSubmatch(collapseSpace(l.Text)); g != nil {
			return titleCase(g[1])
		}
	}
	return ""
}

// headingText is a heading that runs over several lines of the same size
// from line i: an avviso's title, which stands in for its subject.
func headingText(head actLines, i int) string {
	j := i + 1
	for ; j < len(head) && head[j].Size == head[i].Size && head.gapAbove(j) < paragraphGap; j++ {
	}
	return head.join(i, j)
}

// issuingOffice finds who issues an act whose heading does not say: the
// office in a determinazione's signature, or the issuer printed under an
// avviso's title.
func issuingOffice(ls actLines) string {
	for i, l := range ls {
		if g := signedOfficeRE().FindStringSubmatch(l.Text); g != nil {
			office := g[1]
			if i+1 < len(ls) && ls[i+1].Page == l.Page && isUpperHeading(ls[i+1].Text) && ls.gapAbove(i+1) < paragraphGap {
				office += " " + ls[i+1].Text
			}
			return collapseSpace(office)
		}
	}
	for _, l := range ls[:min(len(ls), 30)] {
		if g := issuerRE().FindStringSubmatch(l.Text); g != nil {
			return collapseSpace(g[1])
		}
	}
	return ""
}

// officeLines returns the issuing office printed in the heading
// ("DIREZIONE GENERALE", "DIPARTIMENTO … EDILIZIA" over two lines).
func officeLines(head actLines) string {
	for i, l := range head {
		if !officeRE().MatchString(l.Text) || !isUpperHeading(l.Text) {
			continue
		}
		parts := []string{l.Text}
		for j := i + 1; j < len(head); j++ {
			n := head[j]
			if n.Page != l.Page || !isUpperHeading(n.Text) || actHeadingRE().MatchString(n.Text) ||
				officeRE().MatchString(n.Text) || head.gapAbove(j) > paragraphGap || municipalityRE().MatchString(n.Text) {
				break
			}
			parts = append(parts, n.Text)
		}
		return collapseSpace(strings.Join(parts, " "))
	}
	return ""
}

var organPrefixRE = lazyRegexp(`(?i)^\s*(?:del|della|dello|dell['’]|di)\s+`)

// organName turns the heading's "DELLA GIUNTA COMUNALE" into "Giunta
// Comunale", and the short forms ("di Consiglio", "G.C.") into the full one.
func organName(s string) string {
	s = collapseSpace(organPrefixRE().ReplaceAllString(s, ""))
	if s == "" {
		return ""
	}
	if full, ok := organAliases[strings.ToLower(s)]; ok {
		return full
	}
	return titleCase(s)
}

var organAliases = map[string]string{
	"giunta": "Giunta Comunale", "g.c.": "Giunta Comunale", "gc": "Giunta Comunale", "giunta municipale": "Giunta Comunale",
	"consiglio": "Consiglio Comunale", "c.c.": "Consiglio Comunale", "cc": "Consiglio Comunale",
}

// parseFirstPage reads what the first page prints as furniture, repeated
// on every page: "Comune di X", and the date of a protocol registration
// stamp, the date of an act that prints no other.
func parseFirstPage(doc *Document, act *Act) {
	for _, p := range doc.Pages {
		lines := p.Lines()
		if len(lines) == 0 {
			continue
		}
		if act.Date == "" {
			for _, l := range lines[:min(len(lines), furnitureEdge)] {
				if g := protocolDateRE().FindStringSubmatch(l.Text); g != nil {
					act.Date, _ = parseDate(g[1])
					break
				}
			}
		}
		for i, l := range lines {
			g := municipalityRE().FindStringSubmatch(l.Text)
			if g == nil {
				continue
			}
			name := strings.TrimSpace(g[1])
			if name == "" && i+1 < len(lines) {
				name = strings.TrimSpace(strings.SplitN(lines[i+1].Text, "(", 2)[0])
			}
			if name != "" && len(strings.Fields(name)) <= 4 {
				act.Municipality = "Comune di " + titleCase(name)
				return
			}
		}
		return
	}
}

var (
	minuteOpenRE = lazyRegexp(`(?i)^l['’]\s*anno\b`)
	placeRE      = lazyRegexp(`(?i)\bnella\s+(.+?)(?:\s*,|\s+si\s+è\s+riunit|\s+sono\s+stati|\s+in\s+seguito)`)
)

// parseSession reads the minute's opening sentence: date in words, time,
// place.
func parseSession(ls actLines, act *Act) {
	i := ls.find(0, minuteOpenRE())
	if i < 0 {
		return
	}
	text := ls.join(i, i+4)
	date, words := findDateInWords(text)
	act.DateInWords = words
	if act.Date == "" {
		act.Date = date
	}
	act.Time, act.TimeAsPrinted = findTime(text)
	if g := placeRE().FindStringSubmatch(text); g != nil {
		act.Place = g[1]
	}
}
