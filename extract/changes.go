package extract

import (
	"strings"

	"github.com/openalbo/albo/extract/pdftext"
)

// The changes annex ("Relazione relativa alle modifiche…", Allegato 1 of a
// plan update) lists every objective the update touches as an "• OD"
// bullet, grouped under section headings ("Obiettivi … per adeguamento
// …") that say what kind of change it is, and under page references
// ("All. 1 Pag. 11 – Direzione Generale") that name the directorate. In the
// section on the new structure, a "Trasferita la responsabilità…" sentence
// says where the bullets below it go (alla …) or come from (dalla …), and an
// "Obiettivi di nuova istituzione" line introduces new objectives.
var (
	// pageRefRE: "All. 1 Pag. 11 – Direzione Generale", "All 1. Pag. 23 –",
	// "All. 1 – Pag 25 –", "All. 1 Pag 22 Direzione …", "All. 1 pag 28 – …",
	// "Allegato n. 2 pagina 4: …".
	pageRefRE = lazyRegexp(`(?i)^All(?:egato)?\.?\s*(?:n\.?\s*)?\d+\.?\s*(?:[-–—]\s*)?pag(?:ina)?\.?\s*(\d+(?:\s*/\s*\d+)?)\.?\s*(?:[-–—:]\s*)?(.*)$`)
	// changeBulletRE: a bullet glyph and the "OD" (obiettivo di direzione) mark.
	changeBulletRE = lazyRegexp(`^[•●▪■◦·\-–]\s*OD\b\s*`)
	// transferRE opens a transfer sentence.
	transferRE = lazyRegexp(`(?i)^trasferit[aoie]\b`)
	// objectivesHeadingRE opens a section heading or a "new objectives" line.
	objectivesHeadingRE = lazyRegexp(`(?i)^obiettivi\b`)
	// newObjectivesRE is the line that introduces new objectives inside a
	// section: "Obiettivi di nuova istituzione:".
	newObjectivesRE = lazyRegexp(`(?i)^obiettivi\s+(?:di\s+)?nuov[ao]\s+istituzione\s*:?$`)
	// directionRE finds the preposition that says where a transfer goes:
	// "alla Direzione X" (out), "dalla ex Direzione Y" (in).
	directionRE = lazyRegexp(`(?i)(?:^|[\s,])(dall['’]|all['’]|(?:dall[ao]|dal|dai|dagli|dalle|da|all[ao]|al|ai|agli|alle|a)\s+)`)
	// counterpartEndRE ends the counterpart's name: the rest of the sentence
	// ("a seguito…", "e istituzione…", a second preposition) or a comma
	// before a lower-case word or a sub-unit ("…, Area Partecipate").
	counterpartEndRE = lazyRegexp(`\s*(?::|\s+a\s+seguito\b|,\s*a\s+seguito\b|\s+(?:e\s+)?istituzione\b|\s+(?:dall[ao]|dal|alla|al|nella|nel|della|del)\s|,\s*(?:Area|Settore|Servizio|Unità|Ufficio)\b|,\s*\p{Ll})`)
)

// changeSection is a section heading's kind of change, from its wording.
// The structural section (new and reallocated objectives) has no single
// kind: its records take theirs from the sentences above them.
func changeSection(heading string) (kind string, ok bool) {
	h := strings.ToLower(heading)
	switch {
	case strings.Contains(h, "titolo"):
		return ChangeRetitled, true
	case strings.Contains(h, "priorit"):
		return ChangeUpdatedPriorities, true
	case strings.Contains(h, "normativ"), strings.Contains(h, "sentenz"):
		return ChangeUpdatedRegulatory, true
	case strings.Contains(h, "pura forma"), strings.Contains(h, "formal"):
		return ChangeUpdatedForm, true
	case strings.Contains(h, "riallocat"), strings.Contains(h, "istituzione"), strings.Contains(h, "trasferit"):
		return "", true
	}
	return "", false
}

// ParseChanges reads the changes annex of a plan update into one Change per
// "• OD" bullet, in document order. A document without such an annex gives
// an empty list.
func ParseChanges(file *pdftext.File) []Change {
	return parseChanges(newActLines(file))
}

// parseChanges is ParseChanges of the document whose lines are lines
// (newActLines).
func parseChanges(lines actLines) []Change {
	p := changesParser{changes: []Change{}}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		text := strings.TrimSpace(l.Text)
		switch {
		case pageRefRE().MatchString(text):
			p.endBullet()
			p.pageRef, p.directorate, _ = parsePageRef(text)
			p.kind, p.counterpart, p.reason = p.sectionKind, nil, nil
		case changeBulletRE().MatchString(text) && p.inSection:
			p.endBullet()
			p.bullet = &Change{
				Section: p.section, PageRef: p.pageRef, Directorate: p.directorate,
				Kind: p.kind, Counterpart: p.counterpart, Reason: p.reason, Page: l.Page,
			}
			p.text = []string{changeBulletRE().ReplaceAllString(text, "")}
			p.bulletX, p.indent = l.X, l.Size/2
		case transferRE().MatchString(text) && p.inSection:
			p.endBullet()
			end := p.paragraphEnd(lines, i)
			reason := joinAsPrinted(lines[i:end])
			i = end - 1
			p.kind, p.counterpart = transferDirection(reason)
			p.reason = &reason
		case newObjectivesRE().MatchString(text) && p.inSection:
			p.endBullet()
			p.kind, p.counterpart, p.reason = ChangeNew, nil, nil
		case objectivesHeadingRE().MatchString(text):
			end := p.paragraphEnd(lines, i)
			heading := joinHeading(lines[i:end])
			if kind, ok := changeSection(heading); ok && strings.Contains(strings.ToLower(heading), "adeguament") {
				p.endBullet()
				i = end - 1
				p.section, p.sectionKind, p.inSection = heading, kind, true
				p.pageRef, p.directorate = "", ""
				p.kind, p.counterpart, p.reason = kind, nil, nil
				continue
			}
			p.endBullet()
		case p.bullet != nil && l.X > p.bulletX+p.indent:
			p.text = append(p.text, text) // the bullet's hanging indent
		default:
			p.endBullet()
		}
	}
	p.endBullet()
	return p.changes
}

type changesParser struct {
	changes []Change

	inSection   bool
	section     string
	sectionKind string
	pageRef     string
	directorate string
	kind        string
	counterpart *string
	reason      *string

	bullet  *Change  // the record being read
	text    []string // its lines
	bulletX float64  // where its bullet stands
	indent  float64  // how far right a continuation line must be
}

// endBullet ends the record being read, if any.
func (p *changesParser) endBullet() {
	if p.bullet == nil {
		return
	}
	p.bullet.Text = pdftext.CollapseSpace(strings.Join(p.text, " "))
	if p.bullet.Text != "" {
		p.changes = append(p.changes, *p.bullet)
	}
	p.bullet, p.text = nil, nil
}

// paragraphEnd is the index after the last line of the sentence or heading
// that starts at lines[start]: it runs until a line the annex gives a
// meaning to (a page reference, a bullet, another sentence or heading).
func (p *changesParser) paragraphEnd(lines []pdftext.Line, start int) int {
	end := start + 1
	for ; end < len(lines); end++ {
		t := strings.TrimSpace(lines[end].Text)
		if pageRefRE().MatchString(t) || changeBulletRE().MatchString(t) || transferRE().MatchString(t) || objectivesHeadingRE().MatchString(t) {
			break
		}
	}
	return end
}

// parsePageRef splits a page reference into the page as printed ("11",
// "32/33") and the directorate named after it.
func parsePageRef(text string) (pageRef, directorate string, ok bool) {
	m := pageRefRE().FindStringSubmatch(text)
	if m == nil {
		return "", "", false
	}
	return strings.Join(strings.Fields(m[1]), ""), strings.TrimSpace(m[2]), true
}

// transferDirection reads a transfer sentence: the first preposition after
// "elencati" says the direction, the phrase it governs is the counterpart
// (keeping "ex "). A sentence with both ("alla X dalla ex Y") is an
// outgoing transfer to X: the paragraph's directorate succeeds Y.
func transferDirection(reason string) (kind string, counterpart *string) {
	rest := reason
	if i := strings.Index(strings.ToLower(rest), "elencat"); i >= 0 {
		rest = rest[i:]
		if sp := strings.IndexAny(rest, " ,"); sp >= 0 {
			rest = rest[sp:]
		}
	} else if sp := strings.IndexByte(rest, ' '); sp >= 0 {
		rest = rest[sp:]
	}
	m := directionRE().FindStringSubmatchIndex(rest)
	if m == nil {
		return ChangeTransferOut, nil
	}
	prep := strings.ToLower(rest[m[2]:m[3]])
	kind = ChangeTransferOut
	if strings.HasPrefix(prep, "d") {
		kind = ChangeTransferIn
	}
	name := rest[m[1]:]
	if e := counterpartEndRE().FindStringIndex(name); e != nil {
		name = name[:e[0]]
	}
	name = strings.TrimRight(strings.TrimSpace(name), ",.;:")
	if name == "" {
		return kind, nil
	}
	return kind, &name
}

// joinHeading joins a heading's lines; a word hyphenated at a line end
// ("macro-" / "struttura") is joined without a space, and the trailing
// colon is dropped.
func joinHeading(lines []pdftext.Line) string {
	return strings.TrimSpace(strings.TrimRight(joinLines(lines), ": "))
}

// joinAsPrinted joins lines the way the changes contract wants text: every
// line break one space, even after a hyphen, white space collapsed.
func joinAsPrinted(lines []pdftext.Line) string {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.Text
	}
	return pdftext.CollapseSpace(strings.Join(texts, " "))
}
