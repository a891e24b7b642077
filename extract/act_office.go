package extract

// The offices an act names: the Settore or Area that issues it (a
// heading, a form's field, a cell beside the letterhead, the signature),
// the Servizio under it, and the office that proposed a deliberation or a
// decree (after a label, under one, on the proposal's line under the
// roll), with the rules for where an office's name wraps onto the next
// line.

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// issuingOffice finds who issues an act whose heading does not say: the
// office in a determinazione's signature, or the issuer printed under an
// avviso's title.
func issuingOffice(ls actLines) string {
	decided := false
	for i, l := range ls {
		if decided && isUpperHeading(l.Text) && certificateHeadingRE().MatchString(l.Text) {
			// The accounts office's visto, a certificate after the
			// decision: who signs them is no office of the act's.
			break
		}
		decided = decided || isDecisionHeading(l.Text)
		text, next := l.Text, i+1
		if next < len(ls) && ls[next].Page == l.Page && genericIssuerRE().MatchString(strings.TrimPrefix(strings.TrimSpace(text), "IL ")) &&
			isUpperHeading(ls[next].Text) && prepositionWords[strings.ToLower(firstWord(ls[next].Text))] {
			// "IL RESPONSABILE DEL SERVIZIO" / "DI POLIZIA MUNICIPALE"
			text += " " + ls[next].Text
			next++
		}
		g := signedOfficeRE().FindStringSubmatch(text)
		if g == nil && len(text) <= maxSignedOfficeLine {
			// "Il Responsabile dell'Area Amministrativa", in small
			// letters, on a signature's line of its own.
			g = signedOfficeTitledRE().FindStringSubmatch(strings.TrimSpace(text))
		}
		if g == nil && headingKindRE().MatchString(text) {
			// "DETERMINAZIONE N. 45 DEL RESPONSABILE DEL SERVIZIO
			// TECNICO": the heading names its issuer's office.
			g = headingOfficeRE().FindStringSubmatch(text)
		}
		if g != nil {
			office := g[1]
			// The office's name may wrap over a few lines under it.
			for j := next; j < min(len(ls), i+4) && ls[j].Page == l.Page && isUpperHeading(ls[j].Text) &&
				ls.gapAbove(j) < paragraphGap && !signerLineRE().MatchString(ls[j].Text) &&
				!certificateHeadingRE().MatchString(ls[j].Text) && !signedOfficeRE().MatchString(ls[j].Text) &&
				!proclamationLine(ls[j].Text) && // "AVVISA" under a notice's issuer
				!datePatternRE().MatchString(ls[j].Text); j++ { // "ADOTTATA IN DATA 12 MARZO 2025" under the heading
				switch text := strings.TrimSpace(ls[j].Text); {
				case strings.HasPrefix(text, "(") && strings.HasSuffix(text, ")"):
					// "(DIREZIONE AREA TECNICA)": the directorate the
					// office stands in, no part of its name.
				case officeRankOf(text) > 1 && officeRankOf(office) == 1:
					office += " – " + text // "SERVIZIO EDILIZIA SCOLASTICA" under its Settore
				default:
					office += " " + text
				}
			}
			if j := next; j < len(ls) && ls[j].Page == l.Page && !isUpperHeading(ls[j].Text) && ls.gapAbove(j) < paragraphGap &&
				officeRankOf(ls[j].Text) > officeRankOf(office) && len(splitCells(ls[j])) == 1 {
				// "IL RESPONSABILE DELL'AREA AMMINISTRATIVA" over
				// "Servizi Scolastici e Demografici": the unit under the
				// signer's directorate.
				office += " – " + ls[j].Text
			}
			return pdftext.CollapseSpace(office)
		}
	}
	if office := officesOverSigner(ls); office != "" {
		return office
	}
	for _, l := range ls[:min(len(ls), 30)] {
		if g := issuerRE().FindStringSubmatch(l.Text); g != nil {
			return pdftext.CollapseSpace(g[1])
		}
	}
	return ""
}

// officesOverSigner is the offices a signature stacks over its signer's
// title alone ("SETTORE 1 - RISORSE" over "Servizio Risorse Umane e
// Organizzazione" over "IL DIRIGENTE"), the lower office after a dash;
// "" for none. The signature is looked for among the act's last lines.
func officesOverSigner(ls actLines) string {
	for i := len(ls) - 1; i >= max(1, len(ls)-maxSignatureLines); i-- {
		if !signerTitleRE().MatchString(strings.TrimSpace(ls[i].Text)) {
			continue
		}
		var offices []string
		for j := i - 1; j >= max(0, i-maxStackedOffices) && ls[j].Page == ls[i].Page && ls.gapAbove(j+1) < paragraphGap; j-- {
			text := pdftext.CollapseSpace(strings.TrimSpace(ls[j].Text))
			if officeRankOf(text) == 0 || len(splitCells(ls[j])) != 1 {
				break
			}
			offices = append([]string{text}, offices...)
		}
		if len(offices) > 0 {
			return strings.Join(offices, " – ")
		}
	}
	return ""
}

// signerTitleRE is a signer's title on a line of its own, naming no
// office: "IL DIRIGENTE", "LA RESPONSABILE".
var signerTitleRE = lazyRegexp(`(?i)^(?:il|la)\s+(?:dirigente|responsabile|direttore|direttrice)$`)

// maxStackedOffices is how many offices a signature stacks over its
// signer's title.
const maxStackedOffices = 3

// officeHeadings returns the offices the heading prints, top to bottom,
// each once: "DIPARTIMENTO … EDILIZIA" over two lines, then "SERVIZIO …"
// under it; "SETTORE GOVERNO DEL TERRITORIO" then "Servizio Attivita'
// Economiche – Produttive (S.U.A.P.)".
func officeHeadings(head actLines) []string {
	var offices []string
	// shortened are the offices (lower-case) named after the
	// municipality's name and a dash, as a running head shortens them.
	shortened := map[string]bool{}
	for i := 0; i < len(head); i++ {
		l := head[i]
		text := withoutLabelWord(withoutContacts(leadersAsDash(officeField(l))))
		heading := officeHeading(text) || text != "" && unitLabel(firstCell(l)) // "Servizio:" | "Ambiente e Protezione Civile"
		afterName := false
		if !heading {
			text, afterName = officeBesideLetterhead(l)
			heading = officeHeading(text)
		}
		if !heading || officeWordAlone(text) || proposerLabel(text) || prefectureTitle(text) || officeRegisterLabel(text) {
			continue // "Settore" over "SETTORE A6 – OPERE PUBBLICHE", "SETTORE PROPONENTE", "Area Tecnica n. 18": a table's label
		}
		if i+1 < len(head) && head[i+1].Page == l.Page && officeStampRE().MatchString(head[i+1].Text) {
			continue // "Servizio Finanziario" over "Impegno n. 58/2025": another office's stamp
		}
		parts := []string{text}
		for {
			// The heading wraps onto the next line of its column, past
			// the lines of the columns beside it ("SETTORE III - LAVORI
			// PUBBLICI E" | "Reg. Gen. N. 1532", then "MANUTENZIONI";
			// "CITTÀ DI CIVITAVECCHIA" | "SERVIZIO 4 – EDILIZIA,", then
			// "URBANISTICA E SUAP").
			// A line that opens right of the heading's own cell stands
			// beside it, though the heading's line runs on past it
			// ("SERVIZIO …" | "REG. GEN. N." | "412" over "REG. SETTORE
			// N. 57").
			from, to := headingCellBounds(head[i], parts[len(parts)-1])
			next := i + 1
			for next < len(head) && head[next].Page == l.Page && (head[next].X >= to || head[next].X2 <= from) {
				next++
			}
			if next >= len(head) {
				break
			}
			n := head[next]
			// Only the cell under the heading goes on with it, not one
			// beside it ("E ALLA COMUNITÀ" | "Esecutiva dal …"; "COMUNE
			// DI FABRICA DI ROMA" | "PERSONALE" under "SETTORE I –
			// AFFARI GENERALI E").
			nt := cellTextOver(n, from, to)
			gap := (head[i].Y - n.Y) / max(n.Size, 1)
			// A heading in capitals goes on in capitals; one in small
			// letters only where it has visibly not ended ("Settore:
			// Turismo, Cultura e" over "Sport").
			// Or its cell was too narrow for its last words ("… e
			// Gestione" over "Finanziaria").
			under := n
			under.Text = nt
			goesOn := isUpperHeading(nt) && isUpperHeading(parts[len(parts)-1]) ||
				danglingEnd(parts[len(parts)-1]) && len(strings.Fields(nt)) <= maxDanglingWords && !strings.Contains(nt, ":") ||
				wrappedLastLine(head[i], under, head[next+1:])
			if nt != firstCell(n) && (unitLabel(firstCell(n)) || officeWordAlone(firstCell(n))) {
				break // "SERVIZIO" | "TRIBUTI" under "SETTORE" | "SERVIZI FINANZIARI": the grid's next field
			}
			if nt != firstCell(n) && to < head[i].X2 {
				// A cell of a grid under the heading's, with fields right
				// of both, goes on with it only where the heading has
				// visibly not ended: the grid's next field is no part of
				// it ("AREA TECNICA E MANUTENTIVA" over "UT/18"). The
				// letterhead's right column goes on in capitals
				// ("SETTORE III – SERVIZI" over "TECNICI").
				goesOn = goesOn && danglingEnd(parts[len(parts)-1])
			}
			if n.Page != l.Page || !goesOn || headingKindRE().MatchString(nt) || formRow(n) ||
				officeHeading(nt) || gap > paragraphGap || municipalityCellRE().MatchString(nt) ||
				headingStopRE().MatchString(nt) {
				break
			}
			parts = append(parts, nt)
			i = next
		}
		// A running head's "Settore Servizi alla Persona" is the
		// heading's "SETTORE SERVIZI ALLA PERSONA".
		office := withoutOfficeTail(pdftext.CollapseSpace(joinWrappedName(parts)))
		if afterName {
			shortened[strings.ToLower(office)] = true
		}
		offices = withOffice(offices, office, shortened)
		if office := officeBeside(l); office != "" && !containsFold(offices, office) && !strings.HasPrefix(strings.ToLower(offices[len(offices)-1]), strings.ToLower(office)) {
			offices = append(offices, office) // "AREA AMMINISTRATIVA" | "SERVIZIO POLITICHE SOCIALI"
		}
	}
	return offices
}

// withOffice is offices with office: added, or in place of a shortened
// one it names more fully, as a running head's "Comune di Calimera -
// Settore III" is the heading's "SETTORE III - SERVIZI SOCIALI E
// CULTURALI" and its "COMUNE DI CAPACI - POLIZIA MUNICIPALE" the
// heading's "AREA VI - POLIZIA MUNICIPALE"; offices as they were where
// it is one of them.
func withOffice(offices []string, office string, shortened map[string]bool) []string {
	if containsFold(offices, office) {
		return offices
	}
	lower := strings.ToLower(office)
	for i, o := range offices {
		if o = strings.ToLower(o); !shortened[o] {
			continue
		}
		if rest, ok := strings.CutPrefix(lower, o); ok && startsWithSeparator(rest) {
			offices[i] = office
			return offices
		}
		if rest, ok := strings.CutSuffix(lower, o); ok && endsWithSeparator(rest) {
			offices[i] = office
			return offices
		}
	}
	return append(offices, office)
}

// startsWithSeparator reports whether s, the rest of a name after a
// shorter one, opens with a space or a dash: "Settore III" | " - Servizi".
func startsWithSeparator(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && (unicode.IsSpace(r) || dashWord(string(r)))
}

// endsWithSeparator is startsWithSeparator at the end of what stands
// before a shorter name: "Area VI - " | "Polizia Municipale".
func endsWithSeparator(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && (unicode.IsSpace(r) || dashWord(string(r)))
}

// joinWrappedName joins the lines of a name wrapped in its cell, a word
// hyphenated at a line's end whole ("Area Tecnico-" over "Manutentiva").
func joinWrappedName(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			prev := parts[i-1]
			if r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(prev, "-")); !strings.HasSuffix(prev, "-") || !unicode.IsLetter(r) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// organAndUnit parts an office's heading that names an office and a
// unit under it, between dashes, into the two: "AREA TECNICA – Servizio
// Ambiente e Igiene Urbana", "SETTORE V – AMBIENTE, ECOLOGIA E
// PROTEZIONE CIVILE – Servizio Igiene Urbana", "Polizia Locale – Ufficio
// Viabilità", "Ufficio Tecnico – Servizio Patrimonio" (an Ufficio printed
// over a Servizio holds it). A part after a dash that names no office of
// a lower rank ("SETTORE V – AMBIENTE"), or that lists the services an
// office named by its number renders ("SETTORE 3 – SERVIZI SOCIALI"),
// goes on with the name before it, unless it leaves the capitals the
// office's name is printed in ("SETTORE 3 – Servizi Demografici ed
// Elettorali", "AREA AMMINISTRATIVA Servizio Politiche Sociali", with no
// dash); a heading with no unit is the organ whole.
func organAndUnit(heading string) (organ, unit string) {
	rank := officeRankOf(heading)
	if rank == 0 {
		return heading, ""
	}
	words := strings.Fields(heading)
	for i, w := range words {
		if i == 0 || i+1 == len(words) {
			continue
		}
		from := i + 1 // a dash between the heading's parts stands apart
		switch {
		case dashWord(w) || unitMark(w):
			if dashWord(w) && strings.EqualFold(words[i+1], "servizi") && !leavesCapitals(words[:i], words[i+1]) && !namedByName(words[:i]) {
				continue // "SETTORE 3 – SERVIZI SOCIALI, CULTURALI E TURISTICI": what the Settore does
			}
		case leavesCapitals(words[:i], w):
			from = i
		default:
			continue
		}
		rest := strings.Join(words[from:], " ")
		if r := officeRankOf(rest); r > rank || r == 1 && namedArea(words[:i]) && !areaHeading(rest) || r == 2 && rank == 3 {
			// An Area named by a name of its own is above the
			// directorates it holds: "AREA TECNICA - SETTORE LAVORI
			// PUBBLICI", "Area Vigilanza – Polizia Locale"; not so "AREA
			// VI - POLIZIA MUNICIPALE", the name of the Area numbered VI.
			// Of units under units, the act's office is the last
			// ("AREA AMMINISTRATIVA - SERVIZI DEMOGRAFICI - UFFICIO MESSO
			// COMUNALE").
			if _, smaller := organAndUnit(rest); smaller != "" {
				rest = smaller
			}
			return strings.Join(words[:i], " "), rest
		}
	}
	return heading, ""
}

// areaHeading reports whether s opens with an Area's name.
func areaHeading(s string) bool {
	return strings.EqualFold(firstWord(s), "area")
}

// namedArea reports whether words name an Area by a name of its own
// ("AREA TECNICA"), not by a number alone ("AREA VI", "Area 2").
func namedArea(words []string) bool {
	if len(words) < 2 || !strings.EqualFold(words[0], "area") {
		return false
	}
	return slices.ContainsFunc(words[1:], func(w string) bool { return !numeralWord(w) })
}

// namedByName reports whether a directorate's words, before a dash,
// name it by a name of its own ("Area Amministrativa", "AREA
// AMMINISTRATIVA"), not by a number ("Settore 3", "Area III"), whose "–
// Servizi alla Persona" is the directorate's name: the services after the
// dash are then a unit of it ("Area Amministrativa – Servizi al
// Cittadino", "AREA AMMINISTRATIVA – SERVIZI SOCIALI").
func namedByName(words []string) bool {
	return len(words) > 1 && !slices.ContainsFunc(words, numeralWord)
}

// numeralWord reports whether w, a word of an office's name, is a number
// in figures or in roman numerals ("3", "2°", "III"), or no word at all
// once its ordinal marks are trimmed.
func numeralWord(w string) bool {
	w = strings.Trim(w, "°ª.")
	return w == "" || strings.ContainsAny(w, "0123456789") || strings.Trim(w, "IVXLC") == ""
}

// leavesCapitals reports whether a heading's words before are in
// capitals and the word after them is not.
func leavesCapitals(before []string, after string) bool {
	return !isUpperHeading(after) && isUpperHeading(strings.Join(before, " "))
}

// officeRankOf is the rank of the office s opens with: 1 for a
// directorate (Area, Settore, Dipartimento, Polizia Locale …), 2 for a
// Servizio, 3 for an Ufficio or an operating unit; 0 for no office.
func officeRankOf(s string) int {
	if !officeRE().MatchString(s) {
		return 0
	}
	switch w := strings.ToLower(strings.Trim(firstWord(officeRE().FindString(s)), " .")); {
	case w == "servizio" || w == "servizi":
		return 2
	case w == "ufficio" || w == "u.o" || w == "u.o.c" || w == "u.o.s" || strings.HasPrefix(w, "unit") || w == "uoc" || w == "uosd" || w == "uos":
		return 3
	default:
		return 1
	}
}

// fromDirectorate is the offices a heading prints from its first
// directorate (an Area, a Settore, a Dipartimento) on, where a lower
// office stands over it: a letterhead's line that names a Servizio or an
// Ufficio of the body ("Servizio associato di Polizia Locale" under its
// name, "Ufficio di Presidenza – tel. …"), which no directorate of the
// heading stands under.
func fromDirectorate(offices []string) []string {
	for i, o := range offices {
		if officeRankOf(o) == 1 {
			if slices.ContainsFunc(offices[:i], func(above string) bool { return officeRankOf(above) > 1 }) {
				return offices[i:]
			}
			break
		}
	}
	return offices
}

// firstCellBounds is where the first cell of l begins and ends.
// headingCellBounds are the left and right edges of the cell of l that
// holds text, an office's heading read from it: the grid's "AREA TECNICA
// – LAVORI PUBBLICI E" right of "58" and "21/03/2028"; l's first cell's
// where no cell holds it.
func headingCellBounds(l pdftext.Line, text string) (from, to float64) {
	for _, runs := range splitCells(l) {
		if c := pdftext.NewLine(l.Page, runs); strings.Contains(text, c.Text) || strings.Contains(c.Text, text) {
			return c.X, c.X2
		}
	}
	return firstCellBounds(l)
}

// cellTextOver is the text of l's first cell that stands over the span
// from to to, or l's first cell's where none does.
func cellTextOver(l pdftext.Line, from, to float64) string {
	cells := splitCells(l)
	if len(cells) < 2 {
		return l.Text
	}
	for _, runs := range cells {
		if c := pdftext.NewLine(l.Page, runs); c.X < to && c.X2 > from {
			return c.Text
		}
	}
	return pdftext.NewLine(l.Page, cells[0]).Text
}

func firstCellBounds(l pdftext.Line) (from, to float64) {
	cells := splitCells(l)
	if len(cells) == 0 {
		return l.X, l.X2
	}
	first := cells[0]
	from, to = first[0].X, first[0].X+first[0].W
	for _, r := range first[1:] {
		to = max(to, r.X+r.W)
	}
	return from, to
}

// unitOf is the unit an office's heading names under the office, ""
// for none (organAndUnit).
func unitOf(heading string) string {
	_, unit := organAndUnit(heading)
	return unit
}

// servicesAlone reports whether the offices a heading prints are a
// Servizio and no unit under it: "SERVIZI DEMOGRAFICI", not "Servizio
// Affari Generali – Ufficio Albo Pretorio" nor "Servizio Tecnico" over
// "Ufficio Ambiente".
func servicesAlone(offices []string) bool {
	return len(offices) == 1 && unitOf(offices[0]) == "" && officeRankOf(offices[0]) == 2
}

// withoutContacts is an office's heading without the address or the
// contacts a letterhead prints after it on its line: "Ufficio di Piano –
// tel. 0874 405 811 – PEC: …" is "Ufficio di Piano", "Ufficio Servizi
// Scolastici – Via Mazzini 3 – 06056 Massa Martana (PG)" is "Ufficio
// Servizi Scolastici".
func withoutContacts(s string) string {
	if m := contactTailRE().FindStringIndex(s); m != nil && officeRE().MatchString(s) {
		return s[:m[0]]
	}
	return s
}

// contactTailRE is where a letterhead's line goes on from a name to an
// address or a contact, after a dash or a bar: a street, a postcode, a
// telephone, a mail address, a tax code.
var contactTailRE = lazyRegexp(`(?i)\s+[-–—|]\s+(?:(?:via|viale|piazza|piazzale|corso|largo|vicolo|contrada)\b|v\.le|p\.zza|c\.so|loc\.|localit[aà]|tel\b|telefono|fax|pec\b|e-?mail|c\.\s?f\.|p\.\s?iva|cap\b|\d{5}\b)`)

// unitOffice reports whether office is an Ufficio, the unit under a
// Servizio that issues no act of its own ("Ufficio Servizi Scolastici"),
// and not a council's Ufficio di Presidenza, a body of its members.
func unitOffice(office string) bool {
	words := strings.Fields(strings.ToLower(office))
	if len(words) == 0 || words[0] != "ufficio" {
		return false
	}
	return len(words) < 3 || words[2] != "presidenza" || words[1] != "di" && words[1] != "della"
}

// protectedArea reports whether s names a protected area, as a park's
// letterhead does, opening with an office's word: "Area Marina
// Protetta", "Area Naturale Protetta".
func protectedArea(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 || words[0] != "area" {
		return false
	}
	next := words[1]
	if (next == "marina" || next == "naturale") && len(words) > 2 {
		next = words[2]
	}
	return strings.HasPrefix(next, "protett")
}

// prefectureTitle reports whether s is the title a Prefettura bears
// under its name, "Ufficio Territoriale del Governo": the body itself, no
// office of it.
func prefectureTitle(s string) bool {
	return strings.HasPrefix(strings.ToLower(pdftext.CollapseSpace(s)), "ufficio territoriale del governo")
}

// leadersAsDash is s with a run of dots between two names, as a
// typewritten letterhead spaces an office from its unit ("AREA
// FINANZIARIA ........ UFFICIO TRIBUTI"), printed as the dash a heading
// parts them with.
func leadersAsDash(s string) string {
	return leadersRE().ReplaceAllString(s, " – ")
}

// withoutOfficeTail is an office's heading without what its line or
// cell printed after its name: a stop or a label's colon ("SETTORE
// LAVORI PUBBLICI E PATRIMONIO :"), the general register's label and
// number beside it ("Servizio Finanziario Ufficio Tributi Reg. Gen. N.
// 47/2026 R.G."), the act's kind in the cell right of it ("SETTORE
// LAVORI PUBBLICI E PATRIMONIO" | "DETERMINAZIONE") or after a dash, as
// a running head names the act by its office's register ("Settore
// Politiche Educative e Sociali – Determinazione settoriale n. 5 del
// 17/01/2029").
func withoutOfficeTail(s string) string {
	if m := officeTailRE().FindStringIndex(s); m != nil && m[0] > 0 {
		s = s[:m[0]]
	}
	return withoutFinalStop(strings.TrimRight(s, " :"))
}

// officeTailRE is where a heading line goes on past an office's name to
// a register's label or an act's kind.
var officeTailRE = lazyRegexp(`(?i)\s+(?:reg\.\s*gen\b|r\.\s?g\.|registro\s+generale\b|(?:determinazione|deliberazione|ordinanza|decreto)\s*$|[–—-]\s+(?:determinazione|determina|deliberazione|delibera|ordinanza|decreto)\b)`)

// officeRegisterLabel reports whether s is an office's register named
// by the office, as a heading's box of numbers labels it ("Area Tecnica
// n." | "18", "Area Economico-Finanziaria n. 11" under "N. 47/2026
// R.G."): no heading of the office, which the heading prints as well.
// "Settore n. 3", "SETTORE III N. 4" name the office by its number.
func officeRegisterLabel(s string) bool {
	g := officeRegisterLabelRE().FindStringSubmatch(s)
	if g == nil {
		return false
	}
	name := strings.Fields(g[1])
	return len(name) <= maxRegisterNameWords && !numeralWord(name[0])
}

// officeRegisterLabelRE is an office's word and name words, then "n." and
// perhaps the number, and nothing else.
var officeRegisterLabelRE = lazyRegexp(`(?i)^\s*(?:settore|area|servizio)\s+([\p{L}'’\-]+(?:\s+[\p{L}'’\-]+)*)\s+n\.\s*\d*\s*$`)

// maxRegisterNameWords is the most words of an office's name in a
// register's label (officeRegisterLabel).
const maxRegisterNameWords = 5

// withoutFinalStop is s without the stop after its last word, where that
// word is no abbreviation: an Italian word ends with a vowel ("… E
// AMBIENTE."), an abbreviation most often does not ("… – U.O.", "Serv.",
// "Finanz.").
func withoutFinalStop(s string) string {
	words := strings.Fields(s)
	if len(words) == 0 || !sentenceEnd(words[len(words)-1]) {
		return s
	}
	w := strings.TrimSuffix(words[len(words)-1], ".")
	if last, _ := utf8.DecodeLastRuneInString(w); !strings.ContainsRune("aeiouàèéìòùAEIOUÀÈÉÌÒÙ", last) {
		return s
	}
	return strings.TrimSuffix(s, ".")
}

// officesUnderLabels returns the offices a row of labels over a row of
// values names past its first cell ("Settore" | "Servizio" | "N. di
// Settore" | "Data" over "SETTORE 3 – …" | "Cultura e Biblioteca" | "23"
// | "03/02/2026"): the value under each office's word, as printed.
func officesUnderLabels(head actLines) []string {
	var offices []string
	for i := 0; i+1 < len(head); i++ {
		cells := splitCells(head[i])
		if len(cells) < minLabelRowCells || head[i+1].Page != head[i].Page {
			continue
		}
		labels := make([]pdftext.Line, len(cells))
		for k, runs := range cells {
			labels[k] = pdftext.NewLine(head[i].Page, runs)
		}
		if slices.ContainsFunc(labels, func(l pdftext.Line) bool {
			return strings.ContainsAny(l.Text, "0123456789") || len(strings.Fields(l.Text)) > maxLabelWords
		}) {
			continue // a row of values, or of text
		}
		for _, label := range labels[1:] {
			if !officeWordAlone(label.Text) {
				continue
			}
			if value, ok := cellUnder(head[i+1], label); ok && unitName(value.Text) && !slices.Contains(offices, value.Text) {
				offices = append(offices, value.Text)
			}
		}
	}
	return offices
}

// minLabelRowCells is how many cells a row of labels holds at the least:
// an office's, a number's, a date's.
const minLabelRowCells = 3

var (
	// proposerLabelRE labels the office that proposed an act: "Settore
	// proponente", "SERVIZIO PROPONENTE", "Ufficio proponente:",
	// "PROPONENTE", "Proposta del", "Proposta", or the one that prepared
	// it for the signer ("Ufficio istruttore ...:"); what follows it in
	// its cell, if anything, is the office.
	proposerLabelRE = lazyRegexp(`(?i)^(?:` + proposerOfficeWords + `\s+(?:proponente|istruttore)|proponente|proposta(?:\s+(?:dell['’]|del\b|dal\b))?)[\s.…]*:?\s*(.*)$`)
	// proposalOfficeRE is a proposal's number and the office that made
	// it: "Proposta n. 96/2026 del Settore Avvocatura e Contenzioso",
	// "n. 27 del 10/04/2025 - Area Economico-Finanziaria".
	proposalOfficeRE = lazyRegexp(`(?i)\bproposta\s+(?:n\.|n°|nr\.?|numero)\s*\d+(?:/\d{2,4})?(?:\s+del\s+\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})?\s*(?:[-–—−,]\s*|(?:del|dal|dell['’])\s*)(.+)$`)
)

// proposalNumberRE is a proposal's number and date, and nothing else:
// "N. 58 DEL 08/03/2028", "n. 104/2026".
var proposalNumberRE = lazyRegexp(`(?i)^(?:n\.|n°|nr\.?|numero)\s*\d+(?:/\d{2,4})?(?:\s+(?:del|in\s+data)\s+\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})?\s*$`)

// proposingOffice is the office a deliberation's or a decree's header
// names as the one that proposed it: after a label in its cell ("Ufficio
// proponente: Servizio Risorse Umane"), right of a label ("AREA" | "Area
// Polizia Locale"), under one in a row of labels over a row of values
// ("Settore proponente" over "AREA TECNICA"), or after the proposal's
// number ("Proposta n. 96/2026 del Settore Avvocatura e" over
// "Contenzioso"); "" when it names none.
func proposingOffice(head actLines, labelled bool) string {
	for i, l := range head {
		// Every form names the proposal or its proposer on the line or,
		// a label wrapped ("AREA" over "PROPONENTE"), under it: the other
		// lines are spared splitting into cells.
		if !mentionsProposal(l.Text) && (i+1 >= len(head) || !mentionsProposal(head[i+1].Text)) {
			continue
		}
		cells := splitCells(l)
		for k, runs := range cells {
			cell := pdftext.NewLine(l.Page, runs)
			if labelled && !innerProposerLabelRE().MatchString(cell.Text) && !wrappedProposerLabel(head, i, cell) && !proposalOfficeRE().MatchString(cell.Text) {
				continue // only a proposer's label or the proposal's number names one ("Ufficio proponente")
			}
			// Where the office may stand: a cell's text from a line of the
			// header, and that cell, under which its name may go on.
			type place struct {
				text string
				line int
				cell pdftext.Line
				// underLabel is set for the cell under a label of its
				// own: whatever it names is the office ("UFFICIO
				// PROPONENTE" over "Segreteria Generale").
				underLabel bool
			}
			var places []place
			if g := proposerLabelRE().FindStringSubmatch(cell.Text); g != nil && g[1] != "" {
				// "Settore proponente: LAVORI PUBBLICI": the label's own
				// office word says its value is an office, which need
				// print none.
				label := strings.ToLower(strings.TrimSuffix(cell.Text, g[1]))
				places = append(places, place{g[1], i, cell, strings.Contains(label, "proponente") && !strings.HasPrefix(strings.TrimSpace(label), "proponente")})
				if proposalNumberRE().MatchString(g[1]) && k+1 < len(cells) {
					// "PROPOSTA N. 58 DEL 08/03/2028" | "AREA SERVIZI
					// ALLA PERSONA": the office in the cell right of the
					// proposal's number, named by its office's word, after
					// its label if any ("Settore: SETTORE II - TECNICO").
					right := pdftext.NewLine(l.Page, cells[k+1])
					text := right.Text
					if label, value, ok := strings.Cut(text, ":"); ok && officeWordAlone(label) {
						text = strings.TrimSpace(value)
					}
					places = append(places, place{text, i, right, false})
				}
			} else if g != nil || officeWordAlone(cell.Text) || wrappedProposerLabel(head, i, cell) {
				if value, ok := besideSplitLabel(head, i, cell); ok {
					places = append(places, place{value.Text, i + 1, value, true})
				}
				if k+1 < len(cells) {
					right := pdftext.NewLine(l.Page, cells[k+1])
					if !proposerLabelRE().MatchString(right.Text) {
						places = append(places, place{right.Text, i, right, false})
					}
				}
				if i+1 < len(head) && head[i+1].Page == l.Page {
					if below, ok := cellUnder(head[i+1], cell); ok {
						// Under "SETTORE PROPONENTE", not under "Proposta",
						// which labels the proposal's number.
						officeLabel := g != nil && !strings.HasPrefix(strings.ToLower(cell.Text), "propost")
						places = append(places, place{below.Text, i + 1, below, officeLabel})
					}
				}
			} else if g := proposalOfficeRE().FindStringSubmatch(cell.Text); g != nil {
				places = append(places, place{g[1], i, cell, false})
			} else if label := innerProposerLabelRE().FindStringIndex(cell.Text); label != nil && proposerOfficeWordRE().MatchString(strings.Fields(cell.Text[label[0]:])[0]) {
				// "N. 21 del 04/01/2028 – Ufficio proponente: Ufficio
				// Manutenzioni e Reti": the label stands after the
				// proposal's number, in its cell.
				places = append(places, place{cell.Text[label[1]:], i, cell, true})
			}
			for _, p := range places {
				if g := proposerLabelRE().FindStringSubmatch(p.text); g != nil && g[1] == "" {
					// "Proposta" | "n. 104 del 03/06/2026" over
					// "Settore proponente" | "SETTORE III - …": the label
					// under a label names no office; its row does.
					continue
				}
				p.text = withoutProcedureOfficer(afterProposerLabel(p.text))
				office := officeIn(p.text)
				if p.underLabel && unitName(p.text) && (office == "" || officeNamedAfterConjunction(p.text, office)) {
					// "Settore proponente: AFFARI GENERALI E SERVIZI ALLA
					// PERSONA": the label's value is the office, whose
					// name holds an office's word after its "E".
					office = strings.TrimSpace(p.text)
				}
				if office != "" {
					return office + officeGoesOn(head, p.line, p.cell, office)
				}
			}
		}
	}
	return ""
}

// signedOfficeTitledRE is signedOfficeRE's office written with capitals
// opening its words: "Il Responsabile dell'Area Amministrativa", "La
// Responsabile del Servizio Tributi e Entrate".
var signedOfficeTitledRE = lazyRegexp(`^(?:Il|La)\s+Responsabile\s+(?:del|della|dell['’]|dei|degli)\s*((?:Servizi|Servizio|Uffici|Ufficio|Settore|Area)(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|e|di|del|della|delle|dei|degli|alla|alle|ai|agli|per|[–-]))+)$`)

// maxSignedOfficeLine is the longest line, in bytes, read as a
// signature's office in small letters: a sentence's line is longer.
const maxSignedOfficeLine = 90

// withoutProcedureOfficer is s without the officer in charge of the
// procedure named after a dash: "Servizio Tributi e Entrate –
// Responsabile del procedimento: rag. Silvia Pagliai", "… – Resp. proc.:
// arch. Valeria Pallotta".
func withoutProcedureOfficer(s string) string {
	if loc := procedureOfficerRE().FindStringIndex(s); loc != nil {
		return strings.TrimSpace(s[:loc[0]])
	}
	return s
}

// procedureOfficerRE is the dash that opens the procedure's officer.
var procedureOfficerRE = lazyRegexp(`(?i)\s[–—-]\s*(?:responsabile\s+del\s+procedimento|resp\.\s*(?:del\s+)?proc(?:edimento|\.)?)`)

// wrappedProposerLabel reports whether cell, on line i of head, is a
// proposer's label wrapped over two lines, its office's word over
// "proponente" ("Struttura" over "proponente", the office right of it).
func wrappedProposerLabel(head actLines, i int, cell pdftext.Line) bool {
	return proponenteUnder(head, i, cell, 1)
}

// proponenteUnder reports whether cell, on line i of head, is a
// proposer's office's word with "proponente" under it, down lines below.
func proponenteUnder(head actLines, i int, cell pdftext.Line, down int) bool {
	if i+down >= len(head) || head[i+down].Page != head[i].Page || !proposerOfficeWordRE().MatchString(cell.Text) {
		return false
	}
	under, ok := cellUnder(head[i+down], cell)
	return ok && strings.EqualFold(strings.Trim(under.Text, " :"), "proponente")
}

// besideSplitLabel is the value a grid prints between the two lines of a
// proposer's label split around it ("Servizio" / "proponente", the
// value's line between them, "Servizio Bilancio e Programmazione" right
// of the label's column), as a cell's text and line; false for none.
func besideSplitLabel(head actLines, i int, cell pdftext.Line) (pdftext.Line, bool) {
	if !proponenteUnder(head, i, cell, 2) {
		return pdftext.Line{}, false
	}
	for _, runs := range splitCells(head[i+1]) {
		if c := pdftext.NewLine(head[i+1].Page, runs); c.X >= cell.X2 {
			return c, true
		}
	}
	return pdftext.Line{}, false
}

// proposerOfficeWordRE is one of proposerOfficeWords alone.
var proposerOfficeWordRE = lazyRegexp(`(?i)^\s*` + proposerOfficeWords + `\s*$`)

// afterProposerLabel is s from after the label of a proposing office it
// prints after the proposal's number ("N. 181 del 27/10/2025 Settore
// proponente: AREA AFFARI GENERALI" gives "AREA AFFARI GENERALI"), s
// itself when it prints none or nothing after it.
func afterProposerLabel(s string) string {
	locs := innerProposerLabelRE().FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return s
	}
	if rest := strings.TrimSpace(s[locs[len(locs)-1][1]:]); rest != "" {
		return rest
	}
	return s
}

// innerProposerLabelRE is the label of a proposing office anywhere in a
// text: "Settore proponente:", "Ufficio proponente", "Ufficio istruttore
// ...:".
var innerProposerLabelRE = lazyRegexp(`(?i)\b(?:(?:` + proposerOfficeWords + `\s+)?proponente|` + proposerOfficeWords + `\s+istruttore)\b[\s.…]*:?\s*`)

// proposerOfficeWords are the offices a proposer's label names: "Settore
// proponente", "Ufficio proponente".
const proposerOfficeWords = `(?:settore|servizio|ufficio|area|struttura|direzione|dipartimento)`

// proposerLabel reports whether s is the label of a proposing office and
// nothing else ("SETTORE PROPONENTE", "Ufficio proponente:").
func proposerLabel(s string) bool {
	g := proposerLabelRE().FindStringSubmatch(s)
	return g != nil && g[1] == ""
}

// unitName reports whether s reads as the name of an office with no
// office's word in it ("Segreteria Generale", "Ragioneria"): a few words,
// the first in capitals, no figure, no label.
func unitName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxOfficeWords || strings.ContainsAny(s, "0123456789:") || proposerLabel(s) ||
		numberLabelWord(strings.ToLower(words[len(words)-1])) {
		return false // "Proposta n.": the label of a number
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r)
}

// numberLabelWord reports whether w, in small letters, ends a form's
// label of a number.
func numberLabelWord(w string) bool {
	switch w {
	case "n.", "n°", "nr.", "num.", "numero":
		return true
	}
	return false
}

// proposalLines are the lines of a minute, before its organ's heading
// ("LA GIUNTA COMUNALE") or its decision, that open with the proposal it
// decides on: "Proposta n. 201 del 09/10/2025 – Settore Lavori Pubblici",
// printed under the roll and the presidency, each with the line under it,
// onto which the office's name may wrap ("… SETTORE LAVORI PUBBLICI E"
// over "MANUTENZIONI"). A premise that names a proposal ("Vista la
// proposta …") opens with something else.
func proposalLines(ls actLines) actLines {
	var out actLines
	end := min(len(ls), maxProposalLine)
	for i := 0; i < end; i++ {
		l := ls[i]
		if deliberatingOrgan(l.Text) != "" || bodyOrgan(l.Text) != "" || isDecisionHeading(l.Text) {
			break
		}
		if !proposalLineRE().MatchString(l.Text) {
			continue
		}
		out = append(out, l)
		if i+1 < len(ls) && ls[i+1].Page == l.Page && !proposalLineRE().MatchString(ls[i+1].Text) {
			out = append(out, ls[i+1])
			i++
		}
	}
	return out
}

// proposalLineRE opens a line with the proposal an act decides on.
var proposalLineRE = lazyRegexp(`(?i)^\s*proposta\b`)

// maxProposalLine is how far down a minute its proposal's line is looked
// for.
const maxProposalLine = 60

// mentionsProposal reports whether s names a proposal or its proposer
// ("Proposta", "PROPONENTE", "Ufficio istruttore").
func mentionsProposal(s string) bool { return proposalWords.in(s) }

// proposalWords are the words, folded, that name a proposal, its
// proposer, or the office that prepared the act ("Ufficio istruttore").
var proposalWords = newWordSet("propost", "propon", "istrutt")

// officeIn is the office named in s from its first office's word on
// ("n. 27 del 10/04/2025 - Area Economico-Finanziaria"), up to a number
// after it, "" for none.
func officeIn(s string) string {
	for i := 0; i < len(s); i++ {
		// A word's start: after a space, or after an elision ("dell'Area").
		start := i == 0 || s[i-1] == ' ' || s[i-1] == '\'' || strings.HasSuffix(s[:i], "’")
		if start && officeRE().MatchString(s[i:]) {
			office := s[i:]
			if m := numberAfterOfficeRE().FindStringIndex(office); m != nil {
				office = office[:m[0]] // "Area Economico-Finanziaria n. 63 del 15.04.2025"
			}
			if before, _, ok := strings.Cut(office, " | "); ok {
				office = before // "AREA ECONOMICO-FINANZIARIA | Sessione ordinaria": the next field
			}
			return strings.TrimRight(strings.TrimSpace(office), ",;.–- ")
		}
	}
	return ""
}

// officeNamedAfterConjunction reports whether office, found in text,
// stands after a conjunction that joins it to the words before it: a
// part of one office's name ("Affari Generali e Servizi alla Persona"),
// not an office of its own.
func officeNamedAfterConjunction(text, office string) bool {
	i := strings.Index(text, office)
	if i <= 0 {
		return false
	}
	before := strings.ToLower(strings.TrimSpace(text[:i]))
	return strings.HasSuffix(before, " e") || strings.HasSuffix(before, " ed")
}

// numberAfterOfficeRE is the proposal's number printed after the office
// that made it.
var numberAfterOfficeRE = lazyRegexp(`(?i)\s+(?:n\.|n°|nr\.?|numero)\s*\d`)

// officeGoesOn is what of the line under line i goes on with office,
// named in cell: the cell under it, where office has visibly not ended
// ("… Avvocatura e" over "Contenzioso") or goes on in capitals ("AREA
// AMMINISTRATIVA – SPORT E TEMPO" over "LIBERO"); "" where it ends.
func officeGoesOn(head actLines, i int, cell pdftext.Line, office string) string {
	if i+1 >= len(head) || head[i+1].Page != head[i].Page || head.gapAbove(i+1) >= paragraphGap {
		// The header's next line a paragraph below: "IL PRESIDENTE" over
		// the body, the subject's lines between them taken out.
		return ""
	}
	under, ok := cellUnder(head[i+1], cell)
	if !ok {
		return ""
	}
	next := under.Text
	if rest, ok := conjoinedRest(next); ok {
		return " " + rest // "… Turistici" over "e Sportivi – Assessore proponente: …"
	}
	words := len(strings.Fields(next))
	if words == 0 || words > maxDanglingWords || strings.ContainsAny(next, "0123456789:") {
		return ""
	}
	if danglingEnd(office) || officeWordAlone(office) || isUpperHeading(office) && isUpperHeading(next) && (words <= 2 || wrapsAtMargin(head, i)) ||
		wrappedLastLine(cell, under, head[i+2:]) {
		// "… Avvocatura e" / "Servizi" over the rest of the name; a name
		// in capitals its full line wrapped ("… Ufficio proponente:
		// SETTORE III - URBANISTICA, LAVORI" over "PUBBLICI E AMBIENTE").
		return " " + next
	}
	return ""
}

// wrapsAtMargin reports whether line i of head runs to the text's right
// edge and goes on at its left margin on the next line, the way a line
// wraps: no heading centred under it ("IL CONSIGLIO COMUNALE" under a
// full line), no word there that would have fit on it.
func wrapsAtMargin(head actLines, i int) bool {
	l, next := head[i], head[i+1]
	return len(next.Runs) > 0 && math.Abs(next.X-l.X) <= max(l.Size, 1) && !brokenShort(head, i, next)
}

// conjoinedRest is the end of an office's name that the line under it
// opens with a conjunction in small letters ("e Sportivi – Assessore
// proponente: Rapisarda Alfio" gives "e Sportivi"), up to a dash after
// it.
func conjoinedRest(next string) (string, bool) {
	word := firstWord(next)
	if word != "e" && word != "ed" {
		return "", false
	}
	rest := next
	for _, dash := range []string{" – ", " - "} {
		rest, _, _ = strings.Cut(rest, dash)
	}
	rest = strings.TrimSpace(rest)
	if n := len(strings.Fields(rest)); n < 2 || n > maxDanglingWords || strings.ContainsAny(rest, "0123456789:") {
		return "", false
	}
	return rest, true
}

// wrappedLastLine reports whether under, the text under cell, is the last
// line of cell's text wrapped in its cell: one or two words starting in
// capitals, set in cell in its size one line's pitch under it (at its
// left edge, or at its value's, after its label: "Proponente  Area
// Amministrativa – Servizio Segreteria e Affari" over "Generali"),
// naming no office of their own, with no line of the same block under it
// in after, the lines that follow ("Settore proponente: Settore
// Programmazione e Gestione" over "Finanziaria", then the act's heading).
func wrappedLastLine(cell, under pdftext.Line, after actLines) bool {
	text := under.Text
	if len(strings.Fields(text)) > 2 || !startsUpper(text) || strings.ContainsAny(text, "0123456789:") ||
		officeRE().MatchString(text) || headingKindRE().MatchString(text) ||
		!sameBlockLine(cell, under) && !valueWrapsUnder(cell, under) {
		return false
	}
	return len(after) == 0 || after[0].Page != under.Page || !sameBlockLine(under, after[0])
}

// valueWrapsUnder reports whether below is the value of cell, a label and
// its value, wrapped under it: starting within it past its left edge,
// ending within it, in its size, a single line's pitch under it.
func valueWrapsUnder(cell, below pdftext.Line) bool {
	return below.X > cell.X && below.X2 <= cell.X2+1 && nextLineInSize(cell, below)
}

// sameBlockLine reports whether below is the line under above in one
// block of text: at its left edge, in its size, a single line's pitch
// under it.
func sameBlockLine(above, below pdftext.Line) bool {
	return math.Abs(below.X-above.X) <= 1 && nextLineInSize(above, below)
}

// nextLineInSize reports whether below stands under above on its page,
// in its size, a single line's pitch under it.
func nextLineInSize(above, below pdftext.Line) bool {
	return above.Page == below.Page && math.Abs(below.Size-above.Size) <= 0.5 &&
		below.Y < above.Y && (above.Y-below.Y)/max(below.Size, 1) <= wrappedLinePitch
}

// wrappedLinePitch is the most a wrapped line's baseline stands under
// the line before it, in ems of its size: single spacing.
const wrappedLinePitch = 1.4

// cellUnder is the cell of l that stands under cell, if one does.
func cellUnder(l pdftext.Line, cell pdftext.Line) (pdftext.Line, bool) {
	for _, runs := range splitCells(l) {
		if c := pdftext.NewLine(l.Page, runs); c.X < cell.X2 && c.X2 > cell.X {
			return c, true
		}
	}
	return pdftext.Line{}, false
}

// danglingEnd reports whether s ends with a word no name ends with: a
// conjunction, an article or a preposition, a comma or a dash.
func danglingEnd(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ",") || strings.HasSuffix(s, "-") || strings.HasSuffix(s, "–") {
		return true
	}
	words := strings.Fields(s)
	return len(words) > 1 && danglingWords[strings.ToLower(words[len(words)-1])]
}

// danglingWords are the words no office's or person's name ends with.
var danglingWords = map[string]bool{"e": true, "ed": true, "di": true, "del": true, "della": true, "dei": true,
	"degli": true, "delle": true, "per": true, "con": true, "a": true, "al": true, "alla": true, "ai": true, "alle": true, "in": true}

// maxDanglingWords is the most words of the line that ends a heading
// danglingEnd says goes on.
const maxDanglingWords = 4

// firstWord is s's first word, "" for none.
func firstWord(s string) string {
	word, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return word
}

// officeStampRE is what the accounts office's stamp on an act records
// under its name: the commitment, the assessment, the budget chapter.
var officeStampRE = lazyRegexp(`(?i)^(?:impegno|accertamento|liquidazione|cap(?:itolo)?\.?)\s*(?:n\.|n°|nr\.?)\s*\d`)

// genericIssuerRE is an issuer's title that names no office of its own:
// "Responsabile del Servizio", "Responsabile del Settore", "Responsabile
// di Area", "Dirigente del Settore", "Responsabile" alone (over the
// office: "DETERMINAZIONE DEL RESPONSABILE" / "AREA SERVIZI ALLA
// PERSONA").
var genericIssuerRE = lazyRegexp(`(?i)^(?:responsabile|dirigente)(?:\s+(?:del|della|dell['’]|di\s)\s*(?:servizio|settore|area|ufficio))?$`)

// headsOffice says whether organ, as an act's heading names its issuer,
// is the head of the office the heading prints above it: "Responsabile
// dell'Area Tecnica" under "AREA TECNICA", "Direttore di Ripartizione"
// under "RIPARTIZIONE LAVORI PUBBLICI". The office issues the act, as
// where the heading names no issuer.
func headsOffice(organ, office string) bool {
	words := strings.Fields(strings.ToLower(organ))
	if len(words) < 2 || !slices.Contains(officeHeads, words[0]) {
		return false
	}
	unit, rest := words[1], words[2:]
	if _, cut, ok := cutElision(unit); ok {
		unit = cut
	} else if slices.Contains(officePrepositions, unit) && len(rest) > 0 {
		unit, rest = rest[0], rest[1:]
	} else {
		return false
	}
	heading := strings.Fields(strings.ToLower(office))
	if len(heading) <= len(rest) || officeRankOf(office) == 0 {
		return false
	}
	if unit == heading[0] {
		// "Responsabile del Servizio Tecnico" over "Servizio tecnico –
		// Ufficio lavori pubblici": the very office it names.
		return slices.Equal(rest, heading[1:1+len(rest)]) && (officeRankOf(office) == 1 || len(rest) > 0)
	}
	if officeRankOf(office) != 1 {
		return false
	}
	// "Responsabile del Servizio Tecnico" under "AREA TECNICA": the
	// heading's directorate by another unit's word, its name agreeing
	// with that word's gender.
	return slices.Contains(officeUnitWords, unit) && len(rest) > 0 && slices.EqualFunc(rest, heading[1:1+len(rest)], sameStem)
}

// officeUnitWords name an office's kind, as an issuer's title names it.
var officeUnitWords = []string{"servizio", "settore", "area", "ufficio"}

// sameStem reports whether two words are one but for the final vowel
// their gender or number gives them: "tecnico" and "tecnica".
func sameStem(a, b string) bool {
	trim := func(w string) string { return strings.TrimRight(w, "aeio") }
	return len(a) > 3 && trim(a) == trim(b)
}

// officeHeads are the titles of an office's head, officePrepositions the
// words between such a title and its office's, in small letters.
var (
	officeHeads        = []string{"responsabile", "dirigente", "direttore", "direttrice"}
	officePrepositions = []string{"del", "della", "dello", "di"}
)

// firstCell is the text of a line's first cell.
func firstCell(l pdftext.Line) string {
	if cells := splitCells(l); len(cells) > 1 {
		return pdftext.NewLine(l.Page, cells[0]).Text
	}
	return l.Text
}

// officeBesideLetterhead is the office a letterhead's line prints in a
// cell right of the municipality's name ("COMUNE DI RIVA DEL GARDA" |
// "AREA SERVIZI TECNICI E DEL TERRITORIO"), in either language ("Comun
// di Forgjarie tal Friûl" | "Servizi Demografici"), of the protocol's stamp
// ("Prot. n. 312 del 05/03/2026" | "Area Tecnica – Servizio Ambiente"),
// or of the picture's caption (crestCaption), or of the act's numbered
// heading ("DETERMINAZIONE N. 412 DEL 07/06/2028" | "AREA TECNICA"), or
// after the name and a dash or a dot ("Provincia di Vibo Valentia ·
// Settore 2 – Economico-Finanziario · Servizio Tributi e Entrate"), ""
// for none.
// afterName says the office follows the municipality's name and a dash,
// where a running head shortens it (withOffice).
func officeBesideLetterhead(l pdftext.Line) (office string, afterName bool) {
	var cells [][]pdftext.Run
	if severalCells(l) {
		cells = splitCells(l)
	}
	first := l.Text
	if len(cells) >= 2 {
		first = pdftext.NewLine(l.Page, cells[0]).Text
	}
	// One line (or a running head's first cell, the act's number right
	// of it) of the municipality's name and its offices between dashes:
	// "Comune di Capo d’Orlando – Area Servizi alla Persona – Ufficio
	// Pubblica Istruzione", past its province's name ("Comune di
	// Monserrato – Città Metropolitana di Cagliari – Settore Ambiente e
	// Servizi Tecnologici").
	if m := municipalityDashRE().FindStringIndex(first); m != nil && m[0] == 0 {
		if office := officeAfterDashes(first[m[1]:]); office != "" || len(cells) < 2 {
			return office, office != ""
		}
	}
	if len(cells) < 2 {
		// Or the province's name under the municipality's and the
		// offices after a dot or a dash: "Provincia di Rovigo · Area
		// Servizi alla Persona – Ufficio Servizi Sociali".
		if rest, ok := afterProvinceLead(l.Text); ok {
			return officeAfterDashes(rest), false
		}
		return "", false
	}
	if !municipalityCellRE().MatchString(first) && !foreignMunicipality(first) && !protocolCellRE().MatchString(first) &&
		!crestCaption(first) && !numberedHeading(first) {
		return "", false
	}
	for _, c := range cells[1:] {
		// "Provincia di Rovigo" | "· Area Servizi alla Persona": the
		// dot that parts the cells is no part of the office.
		if text := strings.TrimLeft(pdftext.NewLine(l.Page, c).Text, "·•|–- "); officeHeading(text) {
			return text, false
		}
	}
	return "", false
}

// numberedHeading reports whether s is an act's heading with its number
// ("DETERMINAZIONE N. 412 DEL 07/06/2028"), beside which the issuing
// office may stand ("AREA TECNICA").
func numberedHeading(s string) bool {
	return headingKindRE().MatchString(s) && strings.ContainsAny(s, "0123456789")
}

// crestCaption reports whether s is the caption that stands for a
// letterhead's picture ("STEMMA", "[stemma]", "Logo"), left of the
// lines beside it: "STEMMA" | "SETTORE INFRASTRUTTURE, VIABILITÀ E
// EDILIZIA".
func crestCaption(s string) bool {
	switch strings.ToLower(strings.Trim(s, "[] ")) {
	case "stemma", "logo", "stemma comunale", "logo comunale", "emblema":
		return true
	}
	return false
}

// officeAfterDashes is the offices s names between dashes after its
// province's name, if any: "Città Metropolitana di Cagliari – Settore
// Ambiente" is "Settore Ambiente", "Area Servizi alla Persona – Ufficio
// Pubblica Istruzione" itself; "" when a part names neither (an address,
// an annex's reference: a page's foot).
func officeAfterDashes(s string) string {
	var offices []string
	for _, part := range dashParts(strings.NewReplacer(" · ", " – ", " • ", " – ").Replace(s)) {
		switch {
		case officeRE().MatchString(part) && officeHeading(part):
			offices = append(offices, part)
		case len(offices) == 0 && provinceName(part):
		case len(offices) > 0 && numberedOffice(offices[len(offices)-1]) && !strings.ContainsAny(part, "0123456789@"):
			// "Settore 2 – Economico-Finanziario": the name of the
			// directorate its number names.
			offices[len(offices)-1] = joinedAsPrinted(s, offices[len(offices)-1], part)
		default:
			return ""
		}
	}
	if len(offices) == 0 {
		return ""
	}
	joined := offices[0]
	for _, o := range offices[1:] {
		joined = joinedAsPrinted(s, joined, o)
	}
	return joined
}

// joinedAsPrinted is a and b joined by the dash s prints between them
// ("Settore V - Lavori Pubblici"), an en dash where s joins them by
// another mark ("·", "•").
func joinedAsPrinted(s, a, b string) string {
	for _, dash := range []string{" - ", " — ", " − "} {
		if strings.Contains(s, a+dash+b) {
			return a + dash + b
		}
	}
	return a + " – " + b
}

// numberedOffice reports whether s is an office named by its number
// alone: "Settore 2", "AREA III", "Settore n. 4".
func numberedOffice(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 || officeRankOf(s) == 0 {
		return false
	}
	last := words[len(words)-1]
	return strings.Trim(last, "°ª.") != "" && numeralWord(last)
}

// dashParts is s parted at its dashes that stand between spaces.
func dashParts(s string) []string {
	var parts []string
	var part []string
	for _, w := range strings.Fields(s) {
		if dashWord(w) {
			parts = append(parts, strings.Join(part, " "))
			part = part[:0]
			continue
		}
		part = append(part, w)
	}
	return append(parts, strings.Join(part, " "))
}

// dashWord reports whether w, a word of its own, is a dash that parts a
// heading: a hyphen, an en dash or an em dash between spaces.
func dashWord(w string) bool {
	return w == "-" || w == "–" || w == "—" || w == "−" // the last a minus sign, as a PostScript font's hyphen extracts
}

// unitMark is a mark that parts an office from the unit under it where a
// dash names the office ("Area I – Affari Generali · Servizi
// Demografici"): a middle dot or a bullet.
func unitMark(w string) bool {
	return w == "·" || w == "•"
}

// provinceName reports whether s names the province, metropolitan city or
// region a municipality belongs to, as its letterhead prints it after its
// name.
func provinceName(s string) bool {
	s = strings.ToLower(s)
	for _, p := range []string{"provincia di ", "provincia autonoma di ", "città metropolitana di ", "libero consorzio ", "regione "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// afterProvinceLead is what a letterhead's line prints after the
// province's name it opens with and the dot, the dash or the bar after
// that: "Area Servizi alla Persona – Ufficio Servizi Sociali" of
// "Provincia di Rovigo · Area Servizi alla Persona – Ufficio Servizi
// Sociali"; ok is false for a line that opens otherwise.
func afterProvinceLead(line string) (rest string, ok bool) {
	lower := strings.ToLower(line)
	if !slices.ContainsFunc(provinceLeads, func(lead string) bool { return strings.HasPrefix(lower, lead) }) {
		return "", false
	}
	i := strings.IndexAny(line, "-–|·•")
	if i < 0 || utf8.RuneCountInString(line[:i]) > maxProvinceLead {
		return "", false
	}
	_, size := utf8.DecodeRuneInString(line[i:])
	return strings.TrimSpace(line[i+size:]), true
}

// provinceLeads are the titles a province's name opens with.
var provinceLeads = []string{"provincia ", "città metropolitana ", "citta metropolitana ", "libero consorzio comunale "}

// maxProvinceLead is how long, in letters, a province's name with its
// title runs at the most: "Libero Consorzio Comunale di Caltanissetta".
const maxProvinceLead = 60

// protocolCellRE is a protocol's stamp in a letterhead's cell: "Prot. n.
// 312 del 05/03/2026", "Protocollo N. 0004821/2026".
var protocolCellRE = lazyRegexp(`(?i)^prot(?:ocollo)?\.?\s*(?:n\.|n°|nr\.?)\s*\d`)

// withoutLabelWord is an office's heading without the label a form
// prints before it in the same word ("Settore" | "Settore Servizi
// Tecnici" set as "Settore Settore Servizi Tecnici").
func withoutLabelWord(s string) string {
	first, rest, ok := strings.Cut(s, " ")
	if ok && strings.EqualFold(first, firstWord(rest)) && officeWordAlone(first) {
		return rest
	}
	return s
}

// formRow reports whether l is a form's row: a label, then its value
// after a colon set at the head of the values' column ("NUMERO GENERALE"
// | ": N. 12 DEL 3.2.2026").
func formRow(l pdftext.Line) bool {
	cells := splitCells(l)
	return len(cells) >= 2 && strings.HasPrefix(strings.TrimSpace(pdftext.NewLine(l.Page, cells[1]).Text), ":")
}

// officeWordAlone reports whether s is an office's word and nothing else
// ("Settore", "Servizio:"): the label of a table's column.
func officeWordAlone(s string) bool {
	m := officeRE().FindStringIndex(s)
	return m != nil && strings.Trim(s[m[1]:], " :") == "" && !strings.Contains(strings.TrimSpace(s[:m[1]]), " ")
}

// officeField is the text of a heading line an office may be read from:
// the line's first cell, and the value right of it when that cell is a
// form's label ("Settore:" | "SETTORE OPERE PUBBLICHE", "Struttura:" |
// "AREA SERVIZI ALLA PERSONA" | "Numero:" | "DT 78/2024"), or an
// office's word with no colon beside a value that names an office
// ("SERVIZIO" | "Servizio Ragioneria e Bilancio"). An office's
// word as the label stays before the value ("Settore: Turismo e Cultura"
// is "Settore Turismo e Cultura") unless the value names an office itself
// ("Settore: SETTORE A6", "Settore: AREA FINANZIARIA", "Settore: Servizi
// Sociali"); a label of no
// office's word ("Struttura:", "Unità organizzativa:") gives the value.
func officeField(l pdftext.Line) string {
	text := firstCell(l)
	switch labelled := strings.HasSuffix(strings.TrimSpace(text), ":"); {
	case labelled || officeWordAlone(text):
		cells := splitCells(l)
		if len(cells) > 2 && !labelled && strings.TrimSpace(pdftext.JoinRuns(cells[1])) == ":" {
			cells = slices.Delete(slices.Clone(cells), 1, 2) // the colon in a cell of its own
		}
		if len(cells) < 2 {
			break
		}
		value := pdftext.NewLine(l.Page, cells[1]).Text
		if after, ok := strings.CutPrefix(value, ":"); ok && !labelled {
			// "Settore" | ": Settore 3 – Servizi Tecnici": a report's
			// colon set apart from its label, before the value.
			text, value, labelled = text+":", strings.TrimSpace(after), true
		}
		if !labelled {
			if officeRE().MatchString(value) {
				return value // "SETTORE" | "SETTORE ECONOMICO-FINANZIARIO"
			}
			if len(cells) > 2 || fieldLabel(value) || strings.EqualFold(strings.TrimSpace(text), "struttura") || headingKindRE().MatchString(value) {
				// "Settore" | "Data": a table's labels. "Struttura" |
				// "SOC GESTIONE RISORSE UMANE" names no kind of office
				// the value could go on from. "AREA" | "DETERMINAZIONE
				// DEL RESPONSABILE": a grid's label beside the act's
				// heading in the next column, its value under it.
				break
			}
			// A form's field of two cells, its label's colon left out:
			// "SETTORE" | "TECNICO", as "Settore:" | "Tecnico".
		}
		text += " " + value
	}
	if office, ok := labelledOffice(text); ok {
		return office
	}
	if m := structureLabelRE().FindStringIndex(text); m != nil && officeRE().MatchString(text[m[1]:]) {
		return text[m[1]:]
	}
	return text
}

// unitLabel reports whether s opens with a unit's label, a Servizio's or
// an Ufficio's ("Servizio:", "UFFICIO ....:"), whose value is the unit's
// name with no office's word of its own ("Ambiente e Protezione Civile").
func unitLabel(s string) bool {
	m := officeLabelRE().FindStringSubmatch(s)
	return m != nil && officeRankOf(m[1]) > 1
}

// labelledOffice is the office a field labelled by an office's word
// names ("Settore: Turismo e Cultura"): its value where it names an
// office itself ("Settore: SETTORE A6", "Settore: AREA FINANZIARIA") or
// where the label is a unit's, whose value is the unit's name ("Servizio:
// Manutenzioni e Patrimonio"); a directorate's word stays before its
// value ("Settore Turismo e Cultura"). ok is false where s is no such
// field.
func labelledOffice(s string) (office string, ok bool) {
	m := officeLabelRE().FindStringSubmatchIndex(s)
	if m == nil {
		return "", false
	}
	word, value := s[m[2]:m[3]], s[m[1]:]
	if officeRE().MatchString(value) || unitLabel(s) {
		return value, true
	}
	return word + " " + value, true
}

// fieldLabel reports whether s, a cell beside an office's word, is the
// label of another field of a table's heading row, or labels: a date's,
// a number's, a register's, the subject's ("Data", "N. di Settore",
// "Oggetto").
func fieldLabel(s string) bool {
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.Contains(fieldLabelWords, w) {
			return true
		}
	}
	// Figures are a table's: "Unità di misura Tariffa 2025 Tariffa 2026 Var. %".
	return strings.ContainsAny(s, "0123456789%") || dateLabelRE().MatchString(s) || numberLabelEndRE().MatchString(s)
}

// fieldLabelWords are words of the labels of a table's heading row, that
// no office's name holds: "REGISTRO DI SETTORE", "TIPO ATTO", "Oggetto".
var fieldLabelWords = []string{"anno", "atto", "data", "esercizio", "numero", "oggetto", "proposta", "protocollo", "registro", "tipo"}

// officeBeside is the office printed in the cell right of an office's
// heading on its line, the line holding the two and nothing else: a
// report's "AREA AMMINISTRATIVA" | "SERVIZIO POLITICHE SOCIALI", a unit's
// field ("AREA TECNICA" | "Servizio: Manutenzioni e Patrimonio"), or a
// grid's second field; "" for none.
func officeBeside(l pdftext.Line) string {
	cells := splitCells(l)
	text := ""
	switch {
	case len(cells) == 4 && officeWordAlone(pdftext.JoinRuns(cells[0])) && officeWordAlone(pdftext.JoinRuns(cells[2])):
		// A grid's two fields on one line, "Struttura" | "Struttura
		// Welfare Locale" | "Servizio" | "Servizio Sociale Territoriale":
		// the first is the line's field (officeField), the second this.
		text = pdftext.NewLine(l.Page, cells[3]).Text
	case len(cells) != 2 || strings.HasSuffix(strings.TrimSpace(pdftext.JoinRuns(cells[0])), ":"):
		return ""
	default:
		text = pdftext.NewLine(l.Page, cells[1]).Text
	}
	if unitLabel(text) {
		text, _ = labelledOffice(text) // "AREA TECNICA" | "Servizio: Manutenzioni e Patrimonio"
	} else if !officeHeading(text) || officeWordAlone(text) || strings.ContainsAny(text, "0123456789:") {
		return ""
	}
	return withoutFinalStop(text)
}

// structureLabelRE labels an office's field with no office's word, its
// report's dot leaders before the colon ("Unita' org. .......:").
var structureLabelRE = lazyRegexp(`(?i)^\s*(?:struttura(?:\s+organizzativa|\s+proponente|\s+competente)?|unit[aà]['’]?\s+org(?:anizzativa|\.)|u\.\s*o\.|centro\s+di\s+responsabilit[aà]|(?:settore|servizio|ufficio|area)\s+(?:proponente|competente|responsabile))[\s.]*:\s*`)

// officeHeading reports whether s is an office's heading: "SETTORE …",
// "Servizio polizia locale", "Settore: Servizi Sociali", a short line that
// starts with an office's name and reads as no sentence.
func officeHeading(s string) bool {
	if protectedArea(s) {
		return false // "Area Marina Protetta «Isola dell'Asinara»": a place, no office
	}
	if organ, unit := organAndUnit(s); unit != "" {
		// "SETTORE V – AMBIENTE, ECOLOGIA E PROTEZIONE CIVILE –
		// Servizio Igiene Urbana": each part a heading of its own.
		return officeHeading(organ) && officeHeading(unit)
	}
	words := len(strings.Fields(s))
	if !officeRE().MatchString(s) || words > 16 {
		return false
	}
	// A short name may list what the office does, between commas
	// ("Settore Ambiente, Demanio e Protezione Civile"); a longer line
	// with commas is a sentence.
	short := words <= maxOfficeWords && !strings.ContainsAny(s, ";:") && !strings.HasSuffix(s, ".")
	return isUpperHeading(s) || short || !strings.ContainsAny(officeLabelRE().ReplaceAllString(s, ""), ";:,")
}

// headingStopRE ends an office's heading: the financial year line and the
// like under it, a register's number ("REG. GENERALE N. ...: 214"), the
// letterhead's contacts ("C.F. 00552200826 - TEL. 0921 646011").
var headingStopRE = lazyRegexp(`^(?:(?:ESERCIZIO|ANNO|PROVINCIA|REGISTRO|PROPOSTA|COPIA|ORIGINALE|TEL|FAX|PEC)\b|REG\.|R\.\s?G\.|C\.\s?F\.|P\.\s?IVA\b)`)

// organPrefixRE is the preposition before an organ's name in a heading:
// "DELLA GIUNTA", "DELL’ASSEMBLEA", "DELL' ASSEMBLEA".
var organPrefixRE = lazyRegexp(`(?i)^\s*(?:(?:del|della|dello|di)\s+|dell['’]\s*)`)

// namesUnit reports whether office names the unit organ is by the
// words organ opens with, before a dash: "SETTORE III" of "SETTORE III -
// LAVORI PUBBLICI". An office named as the organ is, whole, stays: keys
// name a Servizio that issues the act both as its organ and its office.
func namesUnit(organ, office string) bool {
	if office == "" || organ == "" {
		return false
	}
	organ, office = strings.ToLower(pdftext.CollapseSpace(organ)), strings.ToLower(pdftext.CollapseSpace(office))
	rest, ok := strings.CutPrefix(organ, office)
	return ok && (strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " –"))
}

// procedureOfficersUnit is the unit printed under the procedure's
// officer's title in a signature ("IL RESPONSABILE DEL PROCEDIMENTO" over
// "Servizio Economato e Provveditorato", or the title wrapped in its
// column of a grid: "IL RESPONSABILE" over "DEL PROCEDIMENTO" over
// "UFFICIO PERSONALE"), a Servizio or an Ufficio; "" for none.
func procedureOfficersUnit(ls actLines) string {
	for i := len(ls) - 2; i >= 0; i-- {
		if !strings.Contains(strings.ToLower(ls[i].Text), "procedimento") && !strings.Contains(strings.ToLower(ls[i+1].Text), "procedimento") {
			continue
		}
		for _, runs := range splitCells(ls[i]) {
			cell := pdftext.NewLine(ls[i].Page, runs)
			titleEnd := i
			if !procedureOfficerTitle(cell.Text) {
				if !wrappedProcedureOfficerTitle(ls, i, cell) {
					continue
				}
				titleEnd = i + 1
			}
			if titleEnd+1 >= len(ls) || ls[titleEnd+1].Page != ls[i].Page {
				continue
			}
			if under, ok := cellUnder(ls[titleEnd+1], cell); ok && officeRankOf(under.Text) >= 2 {
				return pdftext.CollapseSpace(under.Text)
			}
		}
	}
	return ""
}

// wrappedProcedureOfficerTitle reports whether cell, on line i of ls, is
// the procedure's officer's title wrapped in its column: "IL
// RESPONSABILE" over "DEL PROCEDIMENTO".
func wrappedProcedureOfficerTitle(ls actLines, i int, cell pdftext.Line) bool {
	t := strings.ToLower(pdftext.CollapseSpace(cell.Text))
	if (t != "il responsabile" && t != "la responsabile") || i+1 >= len(ls) || ls[i+1].Page != ls[i].Page {
		return false
	}
	under, ok := cellUnder(ls[i+1], cell)
	return ok && strings.EqualFold(pdftext.CollapseSpace(under.Text), "del procedimento")
}

// procedureOfficerTitle reports whether s is the procedure's officer's
// title alone in a signature's cell: "IL RESPONSABILE DEL PROCEDIMENTO".
func procedureOfficerTitle(s string) bool {
	t := strings.ToLower(pdftext.CollapseSpace(s))
	return t == "il responsabile del procedimento" || t == "la responsabile del procedimento"
}
