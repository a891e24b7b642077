package extract

// The headings of notices: the kind an unnumbered heading names
// ("AVVISO", "GRADUATORIA", "COMUNICATO STAMPA"), the title that stands
// for a notice's subject under it, and the lines that may stand between
// them (whom it is for, the offices that issue it, a protocol's stamp,
// a note of the act that approved it).

import (
	"strings"

	"github.com/openalbo/albo/extract/pdftext"
)

// unnumberedHeading is the kind line i of head names as an unnumbered
// heading, "" for none: a heading in capitals ("AVVISO", "PUBBLICAZIONE
// DI MATRIMONIO"); an app's category in the heading's own cell, a date
// right of it ("AVVISI – TRIBUTI" | "Pubblicato il 23/03/2026"); or a web
// page's "Avviso" in small type over its title in large.
func unnumberedHeading(head actLines, i int, textSize float64) string {
	l := head[i]
	if categoryHeadingRE().MatchString(firstCell(l)) {
		return "avviso"
	}
	m := unnumberedKindRE().FindStringSubmatch(l.Text)
	if m == nil && i+1 < len(head) && isUpperHeading(l.Text) && isUpperHeading(head[i+1].Text) && head.gapAbove(i+1) < 2*paragraphGap {
		// A heading broken after its first word: "CONVOCAZIONE" in 24
		// points over "DEL CONSIGLIO COMUNALE" in 17.
		m = unnumberedKindRE().FindStringSubmatch(pdftext.CollapseSpace(l.Text) + " " + head[i+1].Text)
	}
	if m == nil {
		return ""
	}
	if bareKindRE().MatchString(l.Text) && l.Size < labelScale*textSize && i+1 < len(head) && municipalityCellRE().MatchString(firstCell(head[i+1])) {
		// "AVVISO" in smaller type than the text, over "Prot. n." and
		// "Data" in a register's box beside the letterhead, the
		// municipality's name its next line: the box's label, not the
		// heading over the notice's title.
		return ""
	}
	chip := bareKindRE().MatchString(l.Text) && i+1 < len(head) && head[i+1].Size >= chipTitleScale*l.Size
	// A heading in small letters set in large type alone on its line, as
	// a web page's title: "Convocazione del Consiglio Comunale" in 15
	// points over a text in 10.
	titled := len(splitCells(l)) == 1 && l.Size >= titleScale*textSize && strings.HasPrefix(strings.ToLower(l.Text), strings.ToLower(m[1]))
	if !isUpperHeading(firstCell(l)) && !chip && !titled { // "AVVISO PUBBLICO N. 4/2026" | "Molinella, 16 marzo 2026"
		return ""
	}
	return unnumberedKind(m[1])
}

// labelScale is how much smaller than the text a box's label is set.
const labelScale = 0.95

// titleScale is how much larger than the text a title in small letters
// is set.
const titleScale = 1.3

// headingText is a heading that runs over several lines of the same size
// from line i, and over the lines in capitals that go on with it in a
// smaller size: an avviso's title, which stands in for its subject. A
// numbered heading's title is the lines in capitals under it.
func headingText(head actLines, i int, textSize float64) string {
	heading := withoutKindTranslation(firstCell(head[i]))
	bare := (bareKindRE().MatchString(heading) || addressedKind(heading) || categoryHeadingRE().MatchString(heading)) && i+1 < len(head) &&
		(!titleRunOnRE().MatchString(head[i+1].Text) || purposeRE().MatchString(head[i+1].Text))
	if numbersAct(head[i].Text) || bare {
		// "AVVISO PUBBLICO N. 7/2026" over its title in capitals or set
		// apart from the text ("Contributi economici … – Anno 2026" in
		// 12 points over a body in 10, or in bold), or
		// "AVVISO" alone over a title it does not open a sentence of
		// ("PUBBLICAZIONE DEL RUOLO …", not "PER L'EROGAZIONE …"): the
		// heading names the act, the title says what it is.
		// A note in brackets between them says what approved it
		// ("(approvato con determinazione dirigenziale n. 41 …)").
		// So does the line that names whom it is for ("ALLA
		// CITTADINANZA") under "AVVISO".
		// And so do the offices that issue it ("AREA
		// ECONOMICO-FINANZIARIA" / "Ufficio Tributi"), and its
		// protocol's stamp ("Prot. n. 2417 del 09/04/2026"), and a rule
		// typed as a line of dashes.
		title := i + 1
		for title < len(head) && (approvalNoteRE().MatchString(head[title].Text) || noticeAddressee(head[title].Text) || officeHeading(head[title].Text) && !danglingEnd(head[title].Text) ||
			protocolCellRE().MatchString(head[title].Text) || languageLabel(head[title].Text) || numberLine(head[title].Text) ||
			!strings.ContainsFunc(head[title].Text, isAlnum)) {
			title++
		}
		if title < len(head) && (titleUnder(head, title, textSize) || restatesKind(head, i, title)) {
			i = title
		}
	}
	j := runOfSize(head, i)
	// The title goes on, smaller, under it: "AVVISO PUBBLICO" / "PER
	// L'EROGAZIONE DI CONTRIBUTI …".
	for j < len(head) && head.gapAbove(j) < 2*paragraphGap && isUpperHeading(head[j].Text) && titleRunOnRE().MatchString(head[j].Text) {
		j = runOfSize(head, j)
	}
	// A title's last line set between dashes ("– LOTTO 1 EX CASELLO
	// IDRAULICO –") ends with no dash.
	return strings.TrimRight(head.join(i, j), " –—-")
}

// numberLine reports whether s is a number statement and nothing else,
// as a heading's number stands under it ("AVVISO PUBBLICO" over "n. 3 del
// 27.02.2026").
func numberLine(s string) bool {
	loc := numberStatementRE().FindStringIndex(s)
	return loc != nil && strings.TrimSpace(s[:loc[0]]) == "" && strings.TrimSpace(s[loc[1]:]) == ""
}

// numbersAct reports whether the heading s states the act's number ("AVVISO
// PUBBLICO N. 7/2026"), not another thing's in its title ("AVVISO DI
// DEPOSITO DELLA VARIANTE N. 4 AL PIANO …", otherLabelRE).
func numbersAct(s string) bool {
	for _, m := range numberStatementRE().FindAllStringSubmatchIndex(s, -1) {
		if !otherLabelRE().MatchString(lastBytes(s[:m[2]], maxLabelBytes)) {
			return true
		}
	}
	return false
}

// languageLabel reports whether s names the language of the text under
// it, as a page in two languages heads each: "TESTO ITALIANO", "Testo in
// lingua italiana".
func languageLabel(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	return len(words) >= 2 && len(words) <= 4 && words[0] == "testo" && strings.HasPrefix(words[len(words)-1], "italian")
}

// restatesKind reports whether line title of head, under the heading at
// i, is a title that opens with the heading's kind, as the heading's
// own line names only the act and its number: "AVVISO PUBBLICO N.
// 3/2026" over "Avviso pubblico per la concessione in locazione …", as
// far under it as a poster's title may stand (the title in the other
// language between them left out).
func restatesKind(head actLines, i, title int) bool {
	kind := strings.ToLower(firstWord(head[i].Text))
	return head.gapAbove(title) < maxPosterGap && len(kind) > 2 && strings.ToLower(firstWord(head[title].Text)) == kind &&
		!numberStatementRE().MatchString(head[title].Text)
}

// titleUnder reports whether line title of head, under a notice's bare
// heading, is its title: in capitals or set apart from the text, near
// it; a poster's, in large capitals, far under it.
func titleUnder(head actLines, title int, textSize float64) bool {
	l, gap := head[title], head.gapAbove(title)
	upper := isUpperHeading(l.Text)
	if subjectStopRE().MatchString(l.Text) {
		return upper && gap < 2*paragraphGap // a heading in capitals near it: "IL SINDACO" is no poster's title
	}
	near := gap < 2*paragraphGap && (upper || setApart(l, textSize))
	poster := gap < maxPosterGap && upper && setApart(l, textSize)
	return near || poster
}

// maxPosterGap is how far under a notice's bare heading, in lines of
// its own type, a poster's title in large capitals may stand.
const maxPosterGap = 6.0

// setApart reports whether l is set apart from the text, whose size is
// textSize: larger by a tenth, or in bold no smaller.
func setApart(l pdftext.Line, textSize float64) bool {
	return l.Size > 1.1*textSize || l.Size >= 0.95*textSize && boldLine(l)
}

// boldLine reports whether every run of l is set in a bold face, as its
// font's name says ("LiberationSerif-Bold", "Arial,Bold", "Helvetica-Black").
func boldLine(l pdftext.Line) bool {
	for _, r := range l.Runs {
		if !boldFontRE().MatchString(r.Font) {
			return false
		}
	}
	return len(l.Runs) > 0
}

// boldFontRE is a bold face's name.
var boldFontRE = lazyRegexp(`(?i)bold|black|heavy|demi`)

// bareKindRE is a notice's heading that says only its kind: "AVVISO",
// "AVVISO PUBBLICO", "BANDO", "BANDO DI GARA", "BANDO DI CONCORSO
// PUBBLICO", "AVVISO DI SELEZIONE PUBBLICA", "AVVISO DI ESITO DI GARA",
// "AVVISO D'ASTA PUBBLICA"; or its kind and the step of a procedure it
// gives notice of, its title under it: "AVVISO DI DEPOSITO", "AVVISO DI
// RETTIFICA", "AVVISO DI AVVIO DEL PROCEDIMENTO";
// a notice's own word for it: "GRADUATORIA DEFINITIVA", "ESITO DI GARA",
// "ESITO DELLA SELEZIONE".
var bareKindRE = lazyRegexp(`(?i)^\s*(?:(?:avviso|bando)(?:\s+pubblico|\s+d['’]\s*asta(?:\s+pubblica)?|\s+di\s+(?:gara|concorso|selezione|mobilit[aà])(?:\s+pubblic[oa])?|\s+di\s+(?:deposito|adozione|approvazione|pubblicazione|rettifica|proroga|riapertura(?:\s+(?:dei\s+)?termini)?|revoca|indizione|avvio\s+del\s+procedimento)|\s+(?:di\s+)?(?:esito|aggiudicazione)(?:\s+(?:di|della)\s+(?:gara|procedura))?)?|graduatoria(?:\s+(?:provvisoria|definitiva))?|esito\s+(?:di|della|del)\s+(?:gara|procedura|selezione|concorso))\s*$`)

// addressedKind reports whether a notice's heading says its kind and
// whom it is for, nothing more: "AVVISO ALLA CITTADINANZA", "AVVISO
// PUBBLICO AGLI UTENTI DEL SERVIZIO IDRICO". Its title, under it, is
// what it is about.
func addressedKind(heading string) bool {
	kind, rest, _ := strings.Cut(strings.TrimSpace(heading), " ")
	if !strings.EqualFold(kind, "avviso") && !strings.EqualFold(kind, "bando") {
		return false
	}
	if word, after, ok := strings.Cut(rest, " "); ok && strings.EqualFold(word, "pubblico") {
		rest = after
	}
	return noticeAddressee(rest)
}

// noticeAddressee reports whether s, whole, names whom a notice is for:
// "ALLA CITTADINANZA", not "AGLI UTENTI – CHIUSURA TEMPORANEA DEL
// SENTIERO", whose title goes on after the dash.
func noticeAddressee(s string) bool {
	return noticeAddresseeRE().MatchString(s) && !strings.Contains(s, " – ") && !strings.Contains(s, " - ")
}

// chipTitleScale is how much larger than a web page's category chip its
// title is printed at the least.
const chipTitleScale = 1.5

// withoutKindTranslation is a notice's heading without the same kind in
// the region's other language after a dash or a slash: "AVVISO –
// OBVESTILO" (Slovene), "AVVISO / KUNDMACHUNG" (German), "AVVISO – AVIS"
// (French) is "AVVISO".
func withoutKindTranslation(s string) string {
	for _, sep := range []string{" – ", " - ", " / "} {
		if before, after, ok := strings.Cut(s, sep); ok && translatedKind(strings.ToLower(strings.TrimSpace(after))) {
			return strings.TrimSpace(before)
		}
	}
	return s
}

// translatedKind reports whether s is an avviso or a bando in a language
// Italian Albi print beside Italian: German, French, Slovene. A switch,
// not a map: the package's initialisation builds no table for it.
func translatedKind(s string) bool {
	switch s {
	case "kundmachung", "bekanntmachung", "mitteilung", "ausschreibung", "avis", "avis public", "obvestilo", "razpis":
		return true
	}
	return false
}

// categoryHeadingRE is the category a municipality's app files a notice
// under, printed over it as its heading: "AVVISI – TRIBUTI", "AVVISI".
// It names the kind; the title under it says what the notice is.
var categoryHeadingRE = lazyRegexp(`^\s*AVVISI(?:\s*[–-]\s*\p{Lu}[\p{Lu}' ]*)?\s*$`)

// lawNoteRE is a line in brackets, whole, that names the law a notice
// applies: "(art. 140 del Codice di procedura civile – art. 60 del D.P.R.
// 29 settembre 1973, n. 600)", not a place ("(Piazza Botticelli)").
var lawNoteRE = lazyRegexp(`(?i)^\s*\(\s*(?:artt?\.|ai\s+sensi|d\.\s*lgs|d\.\s*p\.\s*r|l\.\s*r\.|legge|l\.\s*\d|codice)[^()]*\)\s*$`)

// approvalNoteRE is a line in brackets, whole, that says what act
// approved a notice: "(approvato con determinazione dirigenziale n. 41
// del 14/01/2026)". It is no part of the notice's title.
var approvalNoteRE = lazyRegexp(`(?i)^\s*\(\s*(?:approvat|adottat|indett|emanat)\w*\b[^()]*\)\s*$`)

// noticeAddresseeRE is a line, whole, that names whom a notice is for: "ALLA
// CITTADINANZA", "Ai cittadini residenti", "AGLI UTENTI DEL SERVIZIO
// IDRICO", "A TUTTE LE FAMIGLIE".
var noticeAddresseeRE = lazyRegexp(`(?i)^\s*(?:a|alla|alle|ai|agli|a\s+tutt[ie]\s+(?:i|le|gli))\s+(?:cittadinanza|cittadini|cittadine|famiglie|utenti|residenti|genitori|contribuenti|interessati|operatori|imprese|proprietari|commercianti|esercenti|abitanti|popolazione|consorziati|associati|soci|iscritti|elettori|studenti|agricoltori|allevatori|titolari|lavoratori|pensionati|anziani|fornitori|professionisti|assegnatari|inquilini|concessionari|utilizzatori)\b[^.:;]{0,60}$`)

// purposeRE opens a notice's title that says what it is for, in
// capitals: "AVVISO PUBBLICO" over "PER L'EROGAZIONE DI CONTRIBUTI …".
// Such a title stands on its own under the heading, which names the
// act's kind, as nine in twelve readers of such notices key it; a title
// that goes on the heading's own words ("AVVISO" over "DI DEPOSITO DI
// ATTI …") makes one title with it.
var purposeRE = lazyRegexp(`^PER\b`)

// titleRunOnRE opens the rest of a notice's title, in capitals.
var titleRunOnRE = lazyRegexp(`^(?:PER|DI|DEL|DELLA|DELLE|DEI|DEGLI|RELATIV[OAIE]|CONCERNENTE|RIGUARDANTE|INERENTE|FINALIZZAT[OAIE]|AI\s+SENSI|IN\s+MATERIA|A\s+FAVORE)\b`)

// runOfSize is the end of the lines from i on of i's size, each close
// under the one before, up to what opens a body ("Si rende noto che"), a
// note of the act that approved it, or a note of the law it applies.
// Close is under a paragraph's gap; on an OCR's lines, sized to their
// letters' boxes, smaller than their type, a title in capitals goes on in
// capitals under a quarter more than the page's lines stand apart where
// they stand wider (Dueville's title at 2.1 of its ems, its body at 1.8).
func runOfSize(head actLines, i int) int {
	ocrGap := 0.0
	if ocrLine(head[i]) && isUpperHeading(head[i].Text) {
		ocrGap = 1.25 * linePitch(head, head[i].Page)
	}
	j := i + 1
	// A rule typed under the heading ("-------") ends it.
	for j < len(head) && head[j].Size == head[i].Size && !subjectStopRE().MatchString(head[j].Text) &&
		!approvalNoteRE().MatchString(head[j].Text) && !lawNoteRE().MatchString(head[j].Text) &&
		strings.ContainsFunc(head[j].Text, isAlnum) {
		if gap := head.gapAbove(j); gap >= paragraphGap && (gap >= ocrGap || !isUpperHeading(head[j].Text)) {
			break
		}
		if paragraphUnder(head[i], head[j]) {
			break
		}
		j++
	}
	return j
}

// paragraphUnder reports whether line l, under a heading centred in
// capitals, opens the paragraph after it rather than goes on with it: in
// small letters, wider than the heading on both sides ("CONVOCAZIONE DEL
// CONSIGLIO COMUNALE" over "Ai sensi dell'art. 39 del D.Lgs. …"), its
// first line's indent keeping it at most as far right as the heading. A
// heading that names only its kind goes on with its title in small
// letters ("AVVISO PUBBLICO" over "per la concessione di contributi …").
func paragraphUnder(heading, l pdftext.Line) bool {
	em := max(heading.Size, 1)
	return isUpperHeading(heading.Text) && !isUpperHeading(l.Text) && l.X <= heading.X && l.X2 > heading.X2+2*em &&
		!bareKindRE().MatchString(heading.Text)
}
