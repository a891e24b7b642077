package extract

// The act's subject: the text after its OGGETTO label, set beside it,
// under it or around it, up to the body, a form's next row or the
// paragraph's end.

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

var (
	// subjectRE is the OGGETTO label: "OGGETTO:", "Oggetto :", "OGGETTO: :",
	// a label repeated ("Oggetto: OGGETTO: …"), one that names the act
	// ("Oggetto della determinazione:"), one followed by a dash ("OGGETTO –
	// …"), abbreviated ("Ogg.:"), led to its colon by dots ("Oggetto
	// ........: ", a report's "OGGETTO..:"), its translation after a slash
	// ("OGGETTO / OBJET:", "Oggetto / Betreff:"), or "Oggetto" alone (or
	// "Oggetto atto", a grid's label, or a notice's "Oggetto dell'appalto")
	// in its cell over or beside the subject.
	// (subjectLabelEnd reads one more form.)
	subjectRE = lazyRegexp(`(?i)^\s*(?:oggetto(?:\s+del(?:la|l['’])?\s*(?:deliberazione|delibera|determinazione|determina|ordinanza|decreto|atto|provvedimento|proposta))?|ogg\.)(?:\s*/\s*(?:objet|betreff|gegenstand|zadeva))?(?:\s*\.{2,})?(?:\s*:)+\s*(?:oggetto\s*:\s*)?|^\s*oggetto(?:\s+(?:del(?:la|l['’])?\s*)?(?:atto|deliberazione|delibera|determinazione|determina|provvedimento|appalto|affidamento|gara|procedura|concessione|avviso|bando))?\s*$|^\s*oggetto\s+[-–—]\s+`)
	// bareSubjectLabelRE is "OGGETTO" before the subject, with no colon,
	// and the subject's first word (subjectLabelEnd wants "Oggetto" before
	// a subject in capitals only).
	bareSubjectLabelRE = lazyRegexp(`^\s*(?:OGGETTO|Oggetto)\s+(\p{L}+)`)
	// subjectStopRE starts what follows a subject: the minute's opening,
	// a frontispiece caption, the issuer's line, the body's first section,
	// the subject's French, German or Slovene under it ("OBJET :",
	// "Betreff:", "ZADEVA:"),
	// the proposal it decides on ("Proposta n. 104 del …").
	subjectStopRE = lazyRegexp(`(?i)^(?:` + minuteOpening + `|frontespizio|premess|vist[oiae]\b|richiamat|(?:il|la)\s*dirigente|(?:il|la)\s+(?:responsabile|sindac[oa]\b|commissari[oa]|direttore|direttrice|comandante|funzionari[oa]|messo|presidente\b|titolare\b|segretari[oa]\b)|il\s*sindaco\b|la\s+giunta|il\s+consiglio|classificazione\b|objet\s*:|betreff\s*:|gegenstand\s*:|zadeva\s*:|predmet\s*:|proposta\s+(?:n\.|n°|nr\.?|numero)\s*\d|` + letterOpening + `)`)
)

// parseSubject fills the subject from the first OGGETTO and returns the
// lines it took. The label opens a cell of its line; the subject is the
// text right of it and, below, the text of each line from the label's
// edge rightwards (a left column beside the subject, as in some
// determinazioni, is not part of it) until a paragraph gap or the body.
// A label set alone beside a subject it centres on also takes the lines
// of the subject printed above it.
func parseSubject(ls actLines, act *Act) (used map[int]bool) {
	i, label, value := findSubjectLabel(ls)
	if i < 0 {
		return nil
	}
	used = map[int]bool{i: true}
	first := ls[i]
	// A register's box beside the subject ("OGGETTO: APPROVAZIONE …" |
	// "Data", "ECONOMICA PER LA …" | "19/03/2026") is no part of it.
	besideX := besideSubject(first, label, value)
	parts := []string{withoutSubjectLabel(subjectText(first, label.X-2, besideX))}
	if value != nil {
		// The label alone in its cell ("Oggetto" | "Approvazione …"),
		// which withoutSubjectLabel reads only with a colon or before
		// capitals: the subject is the cells from the next.
		parts[0] = strings.TrimLeft(subjectText(first, value.X-2, besideX), ": ")
	}
	labelOnly := parts[0] == "" // "OGGETTO:" alone, the subject below it
	valueX := subjectStart(label)
	// A double-spaced page spaces its lines as far apart as another
	// page spaces its paragraphs.
	pitch := linePitch(ls, first.Page)
	gap := max(paragraphGap, 1.25*pitch)
	var above []int
	switch {
	case value != nil:
		above = subjectAbove(ls, i, label.X, value.X, gap)
	case labelOnly && i+1 < len(ls) && ls[i+1].Page == first.Page && ls[i+1].X > label.X2:
		// "OGGETTO" alone on its line, centred beside a subject of two
		// lines: one above it, one below.
		above = subjectAbove(ls, i, label.X, ls[i+1].X, gap)
	}
	if len(above) > 0 {
		for _, k := range above {
			used[k] = true
		}
		// Nearest first: each line above goes before those below it.
		for _, k := range above {
			parts = append([]string{ls[k].Text}, parts...)
		}
	}
	// formX is where a form's values stand, right of their labels' column,
	// when the subject is one: its text starts right of the label.
	formX := 0.0
	switch {
	case value != nil:
		formX = valueTextX(*value)
	case !labelOnly:
		formX = valueX
	case i+1 < len(ls) && ls[i+1].Page == first.Page && ls[i+1].X > label.X2:
		formX = ls[i+1].X // "Oggetto" alone, its subject beside and under it
	}
	// hanging is set once a line of the subject stands under its text,
	// indented past the label ("Oggetto:   Convocazione …" over "2026,
	// ore 20:30."): a line back under the label opens the body.
	hanging := false
	last, prev := i, -1 // the subject's last line and the one before it
	from := label.X - 2 // where the subject's lines start at the least
	if labelOnly && i+1 < len(ls) && headsSubject(first, label, ls[i+1]) {
		from = ls[i+1].X - 2
	}
	for j := i + 1; j < len(ls) && ls[j].Page == first.Page; j++ {
		text, part := subjectPart(ls[j], from, besideX)
		if text == "" && j == i+1 && runsOnLeft(first, label, parts[0], ls[j]) {
			// "Oggetto: APPROVAZIONE … DEGLI INTERVENTI DI" indented as a
			// paragraph's first line, its next line at the margin.
			from = ls[j].X - 2
			text, part = subjectPart(ls[j], from, besideX)
		}
		if text == "" {
			continue // a column beside the subject
		}
		if formX > 0 && labelledValueAt(ls[j], label.X, formX) {
			break // the form's next row: "Periodo di pubblicazione" | "dal …"
		}
		em := max(part.Size, 1)
		if hanging && part.X < formX-2*em {
			break
		}
		if !(labelOnly && len(parts) == 1) && (ls[last].Y-ls[j].Y)/max(ls[j].Size, 1) > gap {
			break
		}
		if subjectStopRE().MatchString(text) || underSubjectRE().MatchString(text) && brokenShort(ls, last, ls[j]) {
			// The tender's or the project's code on a line the subject's
			// last did not run into ("… DI FADDA G. & C. S.N.C." over
			// "CIG: B2E91F07C6   CUP: H87H27000210002") is no part of
			// it, as five keys in six of the unseen sets and eight of
			// nine of the real corpus leave it out; one the subject
			// wrapped onto, its line full, is (Monterotondo's "… R.R.
			// N.23/2019" over "CUP: I91B24000430002 CIG: B91920BAFD").
			break
		}
		if !strings.ContainsFunc(text, isAlnum) {
			// A rule typed as a line of dashes or underscores, as report
			// writers set one under the subject.
			if labelOnly && len(parts) == 1 {
				continue
			}
			break
		}
		// The subject's own lines may stand closer than the page's (a
		// letter's list of items spaced wide under it): a sentence's end
		// is spaced from them.
		ownPitch := pitch
		if prev >= 0 {
			ownPitch = min(pitch, (ls[prev].Y-ls[last].Y)/max(ls[last].Size, 1))
		}
		if spacedAfterSentence(ls, last, j, ownPitch) {
			break
		}
		if endsParagraph(ls, last, ls[j], label.X, valueX) || capitalsEnd(parts, text) ||
			parts[len(parts)-1] != "" && sentenceAfterShortLine(ls, last, ls[j]) {
			break
		}
		parts = append(parts, text)
		last, prev = j, last
		used[j] = true
		hanging = hanging || formX-label.X > 2*em && math.Abs(part.X-formX) <= em
	}
	act.Subject = joinSubjectLines(parts, ls.printsWord)
	return used
}

// headsSubject reports whether label, alone on its line, stands over the
// subject as its heading: "OGGETTO" centred over the lines under it,
// which start left of it and end right of it (a column of a page in two
// languages).
func headsSubject(line, label, next pdftext.Line) bool {
	return len(line.Runs) == len(label.Runs) && next.Page == line.Page && next.X < label.X-2 && next.X2 > label.X2 &&
		(line.Y-next.Y)/max(next.Size, 1) < paragraphGap
}

// endsParagraph is whether line k of ls ends its paragraph before next:
// it ends a sentence with a word (not an abbreviation: "S.", "c.a.",
// "art."), the next line opens one indented (not under the label at
// labelX, the subject's text at valueX or line k itself, where a subject's
// own lines go on), and the next line's first word would have fitted in the
// room left at the end of line k, so the line was broken on purpose. A
// page that sets its paragraphs as close as its lines (an OCR'd letter, a
// typed one) shows no gap to tell them by.
func endsParagraph(ls actLines, k int, next pdftext.Line, labelX, valueX float64) bool {
	l := ls[k]
	words := strings.Fields(l.Text)
	if len(words) == 0 || len(next.Runs) == 0 || !sentenceEnd(words[len(words)-1]) {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(next.Text); !unicode.IsUpper(first) {
		return false
	}
	em := max(l.Size, 1)
	if next.X < labelX+em/2 || math.Abs(next.X-valueX) < em/2 || math.Abs(next.X-l.X) < em/2 {
		return false
	}
	return brokenShort(ls, k, next)
}

// brokenShort is whether next's first word would have fitted in the room
// left at the end of line k of ls, so the line was broken on purpose.
func brokenShort(ls actLines, k int, next pdftext.Line) bool {
	l := ls[k]
	r := next.Runs[0]
	word, _, _ := strings.Cut(strings.TrimSpace(r.Text), " ")
	return textRight(ls, k)-l.X2 > runeWidth(r, word)+max(l.Size, 1)/2
}

// textRight is the right edge of the text around line k of ls: that of
// the page could be a wider table's, or a stamp's.
func textRight(ls actLines, k int) float64 {
	right := 0.0
	for _, o := range ls[max(k-3, 0):min(k+6, len(ls))] {
		if o.Page == ls[k].Page {
			right = max(right, o.X2)
		}
	}
	return right
}

// sentenceAfterShortLine is whether the subject ends at line k of ls,
// before next, in a letter typed with no gap between its subject and its
// body: line k was broken short with no stop and on no word that goes on
// ("di", "e", a comma, a dash), and next opens a sentence in mixed case
// where line k opens ("2026 ore 20.30" over "Ai sensi dell'art. 39 …").
// A subject's own line broken by hand goes on in lower case or in
// capitals, or ends a sentence before the next.
func sentenceAfterShortLine(ls actLines, k int, next pdftext.Line) bool {
	l := ls[k]
	words := strings.Fields(next.Text)
	if len(words) < 2 || len(next.Runs) == 0 || strings.HasSuffix(l.Text, ".") || danglingEnd(l.Text) ||
		math.Abs(next.X-l.X) > max(l.Size, 1)/2 {
		return false
	}
	if !startsUpper(words[0]) || !startsLower(words[1]) {
		return false
	}
	// Broken short, and filling less than half the text's width.
	return brokenShort(ls, k, next) && l.X2-l.X < (textRight(ls, k)-l.X)/2
}

// spacedAfterSentence is whether line k of ls ends its paragraph before
// next by the space between them: line k ends a sentence, broken short,
// and next opens another with a capital farther below it than the page's
// lines stand (pitch, in ems), if less than a paragraph's gap ("…
// seduta del 12" / "febbraio 2026." / "Ai sensi dell'art. 39 …" set a
// quarter of a line lower). The paragraph next opens sets its own lines
// closer than the page's may stand (a letter's addressees and agenda
// spaced wide): its pitch counts where it is the smaller.
func spacedAfterSentence(ls actLines, k, j int, pitch float64) bool {
	l, next := ls[k], ls[j]
	if pitch == 0 || len(next.Runs) == 0 || !endsWithStop(l.Text) || !startsUpper(next.Text) {
		return false
	}
	if j+1 < len(ls) && ls[j+1].Page == next.Page {
		if own := (next.Y - ls[j+1].Y) / max(ls[j+1].Size, 1); own > 0.5 {
			pitch = min(pitch, own)
		}
	}
	return (l.Y-next.Y)/max(next.Size, 1) > 1.2*pitch && brokenShort(ls, k, next)
}

// capitalsEnd is whether a subject printed in capitals ends before next:
// its last line ends a sentence and next is a sentence in mixed case, the
// body set close under it ("… DESTINAZIONE DELL'AVANZO." over "L'anno
// 2024 (duemilaventiquattro) …", "Il Sindaco riferisce …").
func capitalsEnd(parts []string, next string) bool {
	words := strings.Fields(parts[len(parts)-1])
	if len(words) == 0 || isUpperHeading(next) {
		return false
	}
	last := words[len(words)-1]
	figures, stop := strings.CutSuffix(last, ".")
	if !sentenceEnd(last) && !(stop && figuresOnlyRE().MatchString(figures)) {
		return false // "… ESERCIZIO 2023." ends a sentence too
	}
	if first, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(first) {
		return false
	}
	for _, p := range parts {
		if p != "" && !isUpperHeading(p) {
			return false
		}
	}
	return true
}

// runeWidth is the width text (a part of r's text) takes in r: r's width
// shared out evenly among its letters.
func runeWidth(r pdftext.Run, text string) float64 {
	return r.W * float64(utf8.RuneCountInString(text)) / float64(max(utf8.RuneCountInString(r.Text), 1))
}

// subjectLabelEnd is where the OGGETTO label that opens s ends (subjectRE,
// or "OGGETTO" in capitals before the subject with no colon), -1 when s
// opens with none. A heading that goes on from the word ("OGGETTO
// DELL'APPALTO", "OGGETTO E DURATA", a contract's article) is no label.
func subjectLabelEnd(s string) int {
	if m := subjectRE().FindStringIndex(s); m != nil {
		return m[1]
	}
	t := strings.TrimSpace(s)
	capitals := strings.HasPrefix(t, "OGGETTO")
	if !capitals && !strings.HasPrefix(t, "Oggetto") {
		return -1 // spares every other line the pattern
	}
	m := bareSubjectLabelRE().FindStringSubmatchIndex(s)
	if m == nil || headingGoesOn[strings.ToLower(s[m[2]:m[3]])] {
		return -1
	}
	if word := s[m[2]:m[3]]; !capitals && (utf8.RuneCountInString(word) < 2 || !isUpperHeading(word)) {
		return -1 // "Oggetto" before a subject in capitals only: "Oggetto APPROVAZIONE …"
	}
	return m[2]
}

// headingGoesOn are the words after which "OGGETTO" is a heading's first
// word, not a label.
var headingGoesOn = map[string]bool{"del": true, "dell": true, "della": true, "dello": true, "dei": true,
	"degli": true, "delle": true, "di": true, "d": true, "e": true, "ed": true}

// hasSubjectLabel reports whether s opens with the OGGETTO label.
func hasSubjectLabel(s string) bool { return subjectLabelEnd(s) >= 0 }

// withoutSubjectLabel is s without the OGGETTO label it opens with.
func withoutSubjectLabel(s string) string {
	if end := subjectLabelEnd(s); end >= 0 {
		return s[end:]
	}
	return s
}

// subjectStart is where the subject's text begins in the label's cell: at
// the first run past the label ("OGGETTO", ":"), or within the run that
// holds both, in proportion to its letters; the cell's end when the label
// stands alone.
func subjectStart(label pdftext.Line) float64 {
	seen := ""
	for _, r := range label.Runs {
		joined := seen + r.Text
		rest := withoutSubjectLabel(joined)
		if rest == "" { // all label so far
			seen = joined + " "
			continue
		}
		if inRun := len(joined) - len(rest) - len(seen); inRun > 0 {
			return r.X + runeWidth(r, r.Text[:inRun])
		}
		return r.X
	}
	return label.X2
}

// sentenceEnd is whether word ends a sentence: a word of three letters or
// more and a full stop, with no other stop inside it.
func sentenceEnd(word string) bool {
	w, ok := strings.CutSuffix(word, ".")
	if !ok || strings.Contains(w, ".") {
		return false
	}
	letters := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return letters >= 3
}

// findSubjectLabel finds the first cell that opens with the OGGETTO label:
// its line, the label's cell and, when the label stands alone in its cell
// with the subject in the next, that next cell.
func findSubjectLabel(ls actLines) (i int, label pdftext.Line, value *pdftext.Line) {
	for i, l := range ls {
		if lower := strings.ToLower(l.Text); !strings.Contains(lower, "oggetto") && !strings.Contains(lower, "ogg.") {
			continue // no label on the line: spare it its cells
		}
		if inMailHeader(ls, i) {
			continue // "Oggetto: POSTA CERTIFICATA: Prot. N. …": the message's, not the act's
		}
		cells := splitCells(l)
		for k, runs := range cells {
			c := pdftext.NewLine(l.Page, runs)
			if !hasSubjectLabel(c.Text) || k == 0 && strings.HasPrefix(c.Text, "oggetto") && citesObject(ls, i) {
				continue
			}
			if withoutSubjectLabel(c.Text) == "" && k+1 < len(cells) {
				v := pdftext.NewLine(l.Page, cells[k+1])
				value = &v
			}
			return i, c, value
		}
	}
	return -1, pdftext.Line{}, nil
}

// valueTextX is where the text of a form's value cell starts, past the
// colon its labels' column ends in when that is set at the head of the
// values' column ("Oggetto" | ": Approvazione …"): where the value's own
// next lines stand.
func valueTextX(value pdftext.Line) float64 {
	if len(value.Runs) == 0 || !strings.HasPrefix(value.Runs[0].Text, ":") {
		return value.X
	}
	first := value.Runs[0]
	text := strings.TrimLeft(first.Text, ": ")
	if text == "" {
		if len(value.Runs) > 1 {
			return value.Runs[1].X
		}
		return value.X
	}
	return first.X + runeWidth(first, first.Text[:len(first.Text)-len(text)])
}

// citesObject reports whether line i of ls goes on a sentence that cites
// another act's subject, the line above ending in "avente ad" ("3.
// Ratifica della deliberazione … n. 24 avente ad" / "oggetto: …", an
// agenda's item): its "oggetto:" in small letters is no label of the
// act's, as "OGGETTO:" is ("… l'argomento … avente ad" / "OGGETTO:
// Approvazione …", the act's own).
func citesObject(ls actLines, i int) bool {
	return i > 0 && ls[i-1].Page == ls[i].Page && strings.EqualFold(lastWord(ls[i-1].Text), "ad")
}

// inMailHeader reports whether line i of ls stands in the header of an
// e-mail printed above the document it carries (a PEC message's "Da:",
// "A:", "Data:", "Oggetto:", "Allegati:"): two of its other fields within
// two lines of it.
func inMailHeader(ls actLines, i int) bool {
	fields := 0
	for j := max(0, i-mailHeaderReach); j <= min(len(ls)-1, i+mailHeaderReach); j++ {
		if j != i && ls[j].Page == ls[i].Page && mailField(ls[j].Text) {
			fields++
		}
	}
	return fields >= 2
}

// mailHeaderReach is how many lines from the subject's the other fields
// of a message's header stand.
const mailHeaderReach = 2

// mailField reports whether s opens with a field of an e-mail's printed
// header: "Da:", "A:", "Data:", "Allegati:", "Mittente:".
func mailField(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	if !ok {
		return false
	}
	switch strings.TrimSpace(label) {
	case "Da", "A", "Cc", "Ccn", "Data", "Inviato", "Allegati", "Mittente", "Destinatario", "Destinatari", "From", "To", "Date", "Sent", "Subject":
		return true
	}
	return false
}

// brokenWord is the word a hyphen at text's end broke, whole: the last
// word of text, less its hyphen, and the first of next, less the stops
// after it.
func brokenWord(text, next string) string {
	before := strings.TrimSuffix(text, "-")
	if i := strings.LastIndexAny(before, " /'’(«“\""); i >= 0 {
		before = before[i+1:]
	}
	return before + strings.TrimRight(firstWord(next), ".,;:)»”\"")
}

// printsWord reports whether the lines print word whole, as a word of
// their text, in any case.
func (ls actLines) printsWord(word string) bool {
	if word == "" {
		return false
	}
	word = strings.ToLower(word)
	for _, l := range ls {
		text := strings.ToLower(l.Text)
		for i := strings.Index(text, word); i >= 0; {
			end := i + len(word)
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[end:])
			if (i == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after)) {
				return true
			}
			next := strings.Index(text[end:], word)
			if next < 0 {
				break
			}
			i = end + next
		}
	}
	return false
}

// besideSubject is where a register's box beside the subject starts on
// the subject label's line, first: a cell of a register's label or value
// ("Data", "N. 47", "19/03/2026") right of the subject's own cell, past
// its middle and its end by more than a word's gap; 0 for none.
func besideSubject(first, label pdftext.Line, value *pdftext.Line) float64 {
	cells := splitCells(first)
	own := -1 // the subject's own cell: the label's, or the value's after it
	for k, runs := range cells {
		x := runs[0].X
		if value != nil && math.Abs(x-value.X) < 1 || value == nil && math.Abs(x-label.X) < 1 {
			own = k
			break
		}
	}
	if own < 0 || own+1 >= len(cells) {
		return 0
	}
	subject, next := pdftext.NewLine(first.Page, cells[own]), pdftext.NewLine(first.Page, cells[own+1])
	if !registerCell(next.Text) || next.X-subject.X2 < 2*max(first.Size, 1) || next.X < subject.X+(subject.X2-subject.X)/2 {
		return 0
	}
	return (subject.X2 + next.X) / 2
}

// runsOnLeft reports whether next, the line under the subject label's
// line first, goes on with the subject from left of the label: the label
// opens its line indented as a paragraph's first line is, the subject's
// text on it ends with no stop (it has visibly not ended), and next is
// one block of words starting left of the label and running on under the
// subject's line past its middle (not a column's date or number left of
// it).
func runsOnLeft(first, label pdftext.Line, text string, next pdftext.Line) bool {
	text = strings.TrimSpace(text)
	return text != "" && !strings.HasSuffix(text, ".") && math.Abs(first.X-label.X) < 1 &&
		next.X < label.X-max(label.Size, 1) && len(splitCells(next)) == 1 &&
		next.X2 > label.X+(first.X2-label.X)/2 && len(strings.Fields(next.Text)) >= minRunOnWords
}

// minRunOnWords is the fewest words of a subject's line run on from left
// of its label.
const minRunOnWords = 3

// registerCell reports whether s reads as a cell of a register's box: a
// few words, opening with a register's label or holding a figure. A
// justified subject's words set apart ("DI MANUTENZIONE DEGLI") are none.
func registerCell(s string) bool {
	return len(strings.Fields(s)) <= maxBesideWords && (formLabelWord(firstWord(s)) || strings.ContainsAny(s, "0123456789"))
}

// maxBesideWords is the most words of a register box's cell beside a
// subject ("Data", "N. 47", "Reg. Gen. n. 312").
const maxBesideWords = 4

// subjectText is the text of the line's cells that start at from or
// right of it, but for the cells of a register's box at besideX or right
// of it (besideSubject; 0 for none).
func subjectText(l pdftext.Line, from, besideX float64) string {
	text, _ := subjectPart(l, from, besideX)
	return text
}

// subjectPart is subjectText with the first of its cells, where its
// text starts and its size: a line may hold beside it a box's figure in
// larger type, left of the subject ("41" | "PISTA CICLOPEDONALE …").
func subjectPart(l pdftext.Line, from, besideX float64) (string, pdftext.Line) {
	var parts []string
	var first pdftext.Line
	for _, runs := range splitCells(l) {
		if runs[0].X < from {
			continue // spared joining its runs
		}
		c := pdftext.NewLine(l.Page, runs)
		if besideX == 0 || c.X < besideX || !registerCell(c.Text) {
			if parts == nil {
				first = c
			}
			parts = append(parts, c.Text)
		}
	}
	return strings.Join(parts, " "), first
}

// subjectAbove returns, nearest first, the lines just above line i that
// continue a subject whose text starts at x: lines of one cell aligned
// with it, closer than a paragraph gap.
func subjectAbove(ls actLines, i int, labelX, x, gap float64) []int {
	var out []int
	for k := i - 1; k >= 0 && k >= i-4 && ls[k].Page == ls[i].Page; k-- {
		l := ls[k]
		if (l.Y-ls[k+1].Y)/max(l.Size, 1) > gap || len(splitCells(l)) != 1 || math.Abs(l.X-x) > max(l.Size, 1) ||
			headingKindRE().MatchString(l.Text) || subjectStopRE().MatchString(l.Text) {
			if len(out) > 0 && l.Y-ls[k+1].Y < 0.8*(ls[out[0]].Y-ls[i].Y) && labelledValueAt(l, labelX, x) {
				// "Settore proponente" | "III SETTORE …" set closer over
				// "(Determinazione di Settore n. 12 …)" than that is over
				// the label's line: the lines are the value of the form's
				// row above, not the subject's.
				return nil
			}
			break
		}
		out = append(out, k)
	}
	return out
}

// labelledValueAt reports whether l is a form's row: a label's cell where
// the labels stand, at labelX, then a value's cell that starts at x, well
// right of it, past a colon or a gutter no word gap of justified text
// makes ("N. registro pubblicazione:" | "4127", "Periodo di
// pubblicazione" | "dal 22/01/2026").
func labelledValueAt(l pdftext.Line, labelX, x float64) bool {
	em := max(l.Size, 1)
	if x-labelX < 2*em || math.Abs(l.X-labelX) > em || !severalCells(l) {
		return false
	}
	cells := lineCells(l)
	if len(cells) < 2 || math.Abs(cells[1].x-x) > em {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(cells[0].text), ":") || cells[1].x-cells[0].x2 >= formGutter*em
}

// formGutter is the least gap, in ems, between a form's label and its
// value with no colon between them.
const formGutter = 2.5

// linePitch is the usual distance between the baselines of a page's
// consecutive lines, in font sizes: about 1.2 single-spaced, 1.7 or more
// double-spaced.
func linePitch(ls actLines, page int) float64 {
	var pitches []float64
	for i := 1; i < len(ls); i++ {
		if ls[i].Page != page || ls[i-1].Page != page {
			continue
		}
		if p := (ls[i-1].Y - ls[i].Y) / max(ls[i].Size, 1); p > 0.5 && p < 3 {
			pitches = append(pitches, p)
		}
	}
	return median(pitches)
}

// withoutBlanks is s with the blanks a form leaves to be filled, two
// underscores or more, read as spaces: "… anno 2026. ______" is "… anno
// 2026.", "n. ___23___ del ___05/03/2026" is "n. 23 del 05/03/2026".
func withoutBlanks(s string) string {
	if !strings.Contains(s, "__") {
		return s
	}
	return fillsAsSpace(s, "_", 2)
}

// joinSubjectLines joins a subject's lines with single spaces, except
// after a dash that ends a line right after a word or a figure
// ("aprile-" / "giugno", "2026-" / "2028"): the line break is no space
// there. A spaced dash ("Falcone -" / "Borsellino") stays spaced.
func joinSubjectLines(parts []string, known func(word string) bool) string {
	text := ""
	for _, p := range parts {
		p = withoutBlanks(pdftext.CollapseSpace(p))
		switch {
		case p == "":
		case text == "":
			text = p
		case strings.HasSuffix(text, "-") && !strings.HasSuffix(text, " -") && (hyphenatedBreak(text, p) || capitalsBreak(text, p)) && known != nil && known(brokenWord(text, p)):
			// "… zona arti-" over "gianale di Villa Luciani", where the
			// document prints "artigianale" whole elsewhere: a word the
			// line's end broke, whole again; in capitals too ("RETE DI
			// ILLUMI-" over "NAZIONE PUBBLICA", a typewriter's subject).
			// A compound ("aprile-" over "giugno") is printed whole
			// nowhere.
			text = strings.TrimSuffix(text, "-") + p
		case strings.HasSuffix(text, "-") && !strings.HasSuffix(text, " -"), strings.ContainsAny(p[:1], ".,;:)"):
			text += p
		default:
			text += " " + p
		}
	}
	return text
}
