package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A certificate of publication or executivity, and a relata, name the act
// they certify in their sentence or in a form above it: its kind, number,
// date, organ and subject, which the certificate is keyed by.

// certifiedLines is how far into a certificate the sentence that
// certifies is looked for.
const certifiedLines = 40

// certifiedAct completes a certificate from the sentence that certifies,
// which names the act certified: "Si certifica che copia della
// deliberazione della Giunta Comunale n. 45 del 12/03/2024 avente ad
// oggetto: APPROVAZIONE … viene pubblicata …". Where the heading prints
// no number the certificate takes that act's number and date; where no
// label prints the subject, the one the sentence gives.
func certifiedAct(ls actLines, act *Act) {
	// A form's blanks filled in ("n. ___23___", "n. ........57") and
	// its boxes ticked ("☐ Consiglio Comunale ☒ Giunta Comunale").
	text := chosenOptions(withoutBlanks(withoutLeaders(ls.join(0, min(len(ls), certifiedLines)))))
	if act.Kind == "relata" {
		// A relata di notifica names the act it served in its form
		// ("ATTO DA NOTIFICARE : ORDINANZA SINDACALE N. 19 DEL
		// 07/07/2026", "Tipo di atto ORDINANZA …" over "Numero e data
		// n. 19 del 10/06/2026") or its sentence ("ha notificato
		// l'ordinanza n. 19 del …"): that act's number and date, not
		// the messenger's register's ("Registro cronologico n. 287").
		if g := certifiedKindNumberRE().FindStringSubmatchIndex(text); g != nil {
			act.Number, _ = strconv.Atoi(text[g[2]:g[3]])
			act.Date, _ = parseDate(text[g[4]:g[5]])
			rest := text[g[1]:]
			if s := subjectAfterCite(servedSubjectRE(), rest); s != "" && act.Subject == "" {
				// "… n. 9 del 10.4.2026 avente ad oggetto: Rimozione dei
				// rifiuti … del fiume Calore. al sig. Ricciardi …".
				act.Subject = s
			}
		}
	}
	loc := certifyingRE().FindStringIndex(text)
	if loc == nil {
		return
	}
	sentence := text[loc[1]:min(len(text), loc[1]+maxCertified)]
	if organ := formOrgan(text); organ != "" {
		// "Tipo di atto    Deliberazione della Giunta Comunale", above
		// the sentence or under it ("copia della deliberazione sotto
		// indicata:"): the certified act's organ, not the signer's.
		act.Organ = organ
	}
	g := actCiteRE().FindStringSubmatchIndex(sentence)
	number, date := 6, 10 // actCiteRE's groups
	if g == nil {
		// The act named with more between its kind and its number than
		// a citation holds: a form's options, one ticked by a letter
		// ("la deliberazione del/della X Giunta Comunale Consiglio
		// Comunale n. 29 del 05/03/2026").
		if g = certifiedKindNumberRE().FindStringSubmatchIndex(sentence); g == nil {
			// "che la deliberazione sopra indicata è stata pubblicata":
			// the act is named by the form's fields above the sentence.
			if act.Number == 0 {
				act.Number, act.Date = formAct(text[:loc[0]])
			}
			if g := actCiteRE().FindStringSubmatch(text[:loc[0]]); g != nil && g[2] != "" && formOrgan(text) == "" {
				// "Deliberazione della Giunta Comunale" / "n. 14 del
				// 23.3.2026" over the sentence: the certified act's
				// organ, not the office whose heading prints it.
				act.Organ = organName(g[2])
			}
			return
		}
		number, date = 2, 4
	} else if g[4] >= 0 {
		// The certified act's organ, not the certificate's signer:
		// "che la deliberazione della Giunta Comunale n. 44 …".
		act.Organ = organName(sentence[g[4]:g[5]])
	}
	if act.Number == 0 {
		act.Number, _ = strconv.Atoi(sentence[g[number]:g[number+1]])
		if g[date] >= 0 {
			act.Date, _ = parseDate(sentence[g[date]:g[date+1]])
		}
	}
	if act.Subject != "" {
		return
	}
	act.Subject = subjectAfterCite(certifiedSubjectRE(), text[loc[1]+g[1]:])
}

// subjectAfterCite is the subject a certificate's or a relata's sentence
// gives the act it cites, read by re (certifiedSubjectRE,
// servedSubjectRE) after the citation, in the same sentence: what comes
// between may register the act elsewhere ("n. 31 del 07/04/2026,
// registrata al n. 254 del Registro Generale in data 08/04/2026, avente
// ad oggetto: …"), with the stops of its abbreviations, but not end the
// sentence. "" when it gives none.
func subjectAfterCite(re *pattern, rest string) string {
	rest = rest[:min(len(rest), maxCertifiedSubject)]
	g := re.FindStringSubmatchIndex(rest)
	if g == nil || g[0] > maxBeforeCitedSubject || sentenceEndsIn(rest[:g[0]]) {
		return ""
	}
	quoted, plain := "", ""
	if g[2] >= 0 {
		quoted = rest[g[2]:g[3]]
	}
	if g[4] >= 0 {
		plain = rest[g[4]:g[5]]
	}
	return quotedOrPlain([]string{"", quoted, plain})
}

// maxBeforeCitedSubject is the most text, in bytes, between a cited act and
// the label of its subject.
const maxBeforeCitedSubject = 160

// sentenceEndsIn reports whether s holds a sentence's end: a semicolon,
// or a stop after a word of more letters than an abbreviation has ("…
// del fiume Calore."; not "n.", "Reg. Gen.", "D.Lgs.", "07.04.2026").
func sentenceEndsIn(s string) bool {
	if strings.Contains(s, ";") {
		return true
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '.' && letters > maxAbbreviationLetters:
			return true
		default:
			letters = 0
		}
	}
	return false
}

// maxAbbreviationLetters is the most letters of a word abbreviated before
// a stop ("Gen.", "prot.", "Sett.").
const maxAbbreviationLetters = 4

// formAct is the number and date of the act a certificate's form names
// above its sentence, its leaders read as spaces: in labelled fields
// (labelledActFields), or cited with its blanks filled in ("Atto:
// deliberazione della GIUNTA COMUNALE n. 29 del 07/05/2026"). The
// form's organ is formOrgan's.
func formAct(form string) (number int, date string) {
	if number, date = labelledActFields(form); number != 0 {
		return number, date
	}
	if g := actCiteRE().FindStringSubmatch(form); g != nil {
		number, _ = strconv.Atoi(g[3])
		date, _ = parseDate(g[5])
	}
	return number, date
}

// formOrgan is the organ of the act a certificate's form names in its
// field of the act's kind, its leaders read as spaces ("Tipo di atto
// Deliberazione della Giunta Comunale", "Atto: deliberazione della
// GIUNTA COMUNALE"), or in a field of its own ("Organo    Consiglio
// Comunale"); "" for none.
func formOrgan(form string) string {
	if g := formOrganRE().FindStringSubmatch(form); g != nil {
		return organName(g[1])
	}
	return ""
}

var formOrganRE = lazyRegexp(`(?i)\b(?:(?:tipo\s+(?:di\s+|dell['’]\s*)?)?atto\s*:?\s*(?:deliberazione|delibera)\s+(?:della|del|di)|organo(?:\s+(?:deliberante|emittente|competente))?\s*:?)\s+(giunta\s+(?:comunale|municipale)|consiglio\s+comunale)\b`)

// labelledActFields are the number and date a certificate's form gives
// the act it certifies, each after its label and a colon, as a report
// prints them ("NUMERO ATTO : 21" over "DATA ATTO : 26/03/2026", "ATTO
// N. : 19   DEL : 04/03/2026", "Numero : 6" over "Data : 27/02/2026"):
// 0 and "" where form holds no such field. The publication register's
// number ("N. REG. PUBBL. : 812/2026") and the printing's date ("DATA
// STAMPA: …") have labels of their own.
func labelledActFields(form string) (number int, date string) {
	for _, m := range labelledNumberRE().FindAllStringSubmatchIndex(form, -1) {
		if publicationRegisterRE().MatchString(form[:m[0]]) {
			continue // "REG. PUBBL. N. : 112/2026"
		}
		number, _ = strconv.Atoi(form[m[2]:m[3]])
		break
	}
	if number == 0 {
		return 0, ""
	}
	if m := labelledDateRE().FindStringSubmatch(form); m != nil {
		date, _ = parseDate(m[1])
	}
	return number, date
}

var (
	labelledNumberRE = lazyRegexp(`(?i)(?:^|\s)(?:numero(?:\s+(?:atto|dell['’]atto|delibera(?:zione)?|determina(?:zione)?))?|(?:atto\s+)?n(?:r|um)?\s*[.°º])\s*:\s*(\d{1,6})\b`)
	// publicationRegisterRE ends the text before a number's label that
	// the Albo's register ("Reg. Pubbl.", "Registro Albo") owns.
	publicationRegisterRE = lazyRegexp(`(?i)\b(?:pubbl\w*|albo|reg(?:istro)?)\.?\s*$`)
	labelledDateRE        = lazyRegexp(`(?i)(?:^|\s)(?:data(?:\s+(?:atto|dell['’]atto|adozione|seduta))?|del)\s*:\s*(` + datePattern + `)`)
)

// chosenOptions is s with a form's boxes read: an option after an empty
// box ("☐ Consiglio Comunale") left out up to the next box or the next
// number's label, a ticked box's mark ("☒ Giunta Comunale") dropped.
func chosenOptions(s string) string {
	if !strings.ContainsAny(s, emptyBoxes+tickedBoxes) {
		return s
	}
	words := strings.Fields(s)
	kept := words[:0]
	skipping := false
	for _, w := range words {
		switch {
		case strings.ContainsAny(w, emptyBoxes) && utf8.RuneCountInString(w) == 1:
			skipping = true
		case strings.ContainsAny(w, tickedBoxes) && utf8.RuneCountInString(w) == 1:
			skipping = false
		case skipping && (strings.EqualFold(w, "n.") || strings.ContainsAny(w, "0123456789")):
			skipping = false
			kept = append(kept, w)
		case !skipping:
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// emptyBoxes and tickedBoxes are the boxes a form prints beside its
// options, left empty or ticked.
const (
	emptyBoxes  = "☐□"
	tickedBoxes = "☒☑■✓✔"
)

// certifyingRE opens a certificate's sentence that certifies: "si
// certifica che", or the verb set as a heading over it ("CERTIFICA" /
// "che copia della deliberazione …"), its translation after a slash
// ("ATTESTA / ATTESTE").
var certifyingRE = lazyRegexp(`(?i)\b(?:si\s+(?:attesta|certifica|dichiara)|certifica|attesta)(?:\s*/\s*(?:atteste|certifie|bescheinigt|bestätigt))?\s+che\b`)

// certifiedKindNumberRE is the act a certificate's sentence names by its
// kind, then, within a clause, its number and date.
var certifiedKindNumberRE = lazyRegexp(`(?i)\b(?:deliberazione|delibera|determinazione|determina|decreto|ordinanza)\b[^.;:]*?\bn\.\s*(\d+)(?:\s*/\s*\d{4})?\s+(?:del|in\s+data)\s+(` + datePattern + `)`)

// maxCertifiedSubject bounds the subject a certificate's sentence gives.
const maxCertifiedSubject = 600

// quotedOrPlain is the subject a certificate's or a relata's sentence
// gives, from a match of certifiedSubjectRE or servedSubjectRE: the text
// between quotes, or the text up to what ends it, without quotes or a
// trailing comma.
func quotedOrPlain(s []string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s[1]+s[2]), `"“”«»,`))
}

// servedSubjectRE is the subject a relata gives the act it served, after
// what its form says between (who issued it: "emesso da: Responsabile del
// Settore Tecnico"), up to whom it was served to, named or a form's field
// ("a: ____ MARINELLI Antonio").
var servedSubjectRE = lazyRegexp(`(?i)\b(?:avente\s+(?:ad\s+|per\s+)?oggetto|ad\s+oggetto)\s*:?\s*(?:[“"«]([^”"»]+)[”"»]|(.+?)\s+(?:(?:al|alla|ai|agli|a)\s+(?:sig\.|sig\.ra|signor|signora|sigg\.|ditta|destinatari)|a\s*:))`)

// certifiedSubjectRE is the subject of the act a certificate names, after
// "avente ad oggetto" (or "ad oggetto", "recante"): in quotes, or up to the
// verb that says what became of the act ("viene pubblicata", "è stata
// affissa", "è divenuta esecutiva").
var certifiedSubjectRE = lazyRegexp(`(?i)\b(?:avente\s+(?:ad\s+|per\s+)?oggetto|ad\s+oggetto|recante)\s*:?\s*(?:[“"«]([^”"»]+)[”"»]|(.+?)[\s,]+(?:viene|verr[aà]|sar[aà]|[èe]['’]?\s+stat[ao]|[èe]['’]?\s+divenut[ao]|[èe]['’]?\s+pubblicat[ao]|rimarr[aà]|resterà|è\s+affiss[ao])\b)`)
