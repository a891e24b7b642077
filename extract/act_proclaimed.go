package extract

import (
	"strings"
	"unicode"

	"github.com/openalbo/albo/extract/pdftext"
)

// proclamationVerb reports whether w, in capitals and without spaces, is
// a verb that heads what a notice with no heading of its kind announces:
// "IL SINDACO" … "PROCLAMA" the city's mourning, "INFORMA LA
// CITTADINANZA", "RENDE NOTO".
func proclamationVerb(w string) bool {
	switch w {
	case "PROCLAMA", "INFORMA", "RENDENOTO", "AVVISA", "COMUNICA", "INVITA":
		return true
	}
	return false
}

// proclamationLine reports whether s is a proclamation's verb heading,
// spaced out or not ("P R O C L A M A", "RENDE NOTO:"), or the verb with
// whom it addresses ("INFORMA LA CITTADINANZA").
func proclamationLine(s string) bool {
	if len(s) > maxAsideHeading {
		return false
	}
	if proclamationVerb(compactHeading(s)) {
		return true
	}
	verb, addressee, ok := strings.Cut(pdftext.CollapseSpace(s), " ")
	if !ok || !proclamationVerb(strings.ToUpper(verb)) || !isUpperHeading(addressee) {
		return false
	}
	// "INFORMA LA CITTADINANZA": the article noticeAddressee reads after
	// "a" ("ALLA CITTADINANZA") stands alone after the verb.
	article, rest, _ := strings.Cut(addressee, " ")
	return noticeAddressee(addressee) || (article == "LA" || article == "I" || article == "GLI" || article == "LE") && noticeAddressee("A "+rest)
}

// issuersProclamation is the title of a notice its issuer heads with its
// title alone: "IL SINDACO" over "PROCLAMAZIONE DEL LUTTO CITTADINO" in
// capitals, then "PROCLAMA" over what it proclaims; or "IL SINDACO" over
// "INFORMA LA CITTADINANZA" over the title; or "IL SINDACO" over the
// preamble, then "P R O C L A M A" over the title; or "IL RESPONSABILE
// DEL SERVIZIO TRIBUTI" over "AVVISA" over the title; or the title over
// the issuer, the verb under them. ok is false where no
// verb heads a line of the issuer's page under it, or no title in
// capitals stands under the issuer or under the verb.
func issuersProclamation(ls actLines) (title string, ok bool) {
	for i, l := range ls[:min(len(ls), 40)] {
		if l.Page != ls[0].Page {
			break
		}
		if !issuerHeading(l.Text) {
			continue
		}
		verb := -1
		for j := i + 1; j < len(ls) && ls[j].Page == l.Page; j++ {
			if proclamationLine(ls[j].Text) {
				verb = j
				break
			}
		}
		if verb < 0 {
			return "", false
		}
		if to := capitalsTitleEnd(ls, i+1); i+1 != verb && to > i+1 {
			return ls.join(i+1, to), true
		}
		// Under the verb, the title may follow whom it addresses: "I N V
		// I T A" / "la cittadinanza, … / a partecipare alle" /
		// "CELEBRAZIONI DELLA FESTA DELLA LIBERAZIONE".
		for from := verb + 1; from < len(ls) && from <= verb+1+maxAddresseeLines; from++ {
			if to := capitalsTitleEnd(ls, from); to > from {
				return ls.join(from, to), true
			}
			if closesClause(ls[from].Text) {
				break
			}
		}
		// Over the issuer: "IMPOSTA MUNICIPALE PROPRIA (IMU) – ANNO
		// 2026" / "SCADENZA DELL'ACCONTO …" over "IL RESPONSABILE DEL
		// SETTORE II" over "INFORMA".
		if from := capitalsTitleAbove(ls, i); from < i {
			return ls.join(from, i), true
		}
		return "", false
	}
	return "", false
}

// capitalsTitleEnd is the end of the title in capitals that opens at
// line from of ls, from itself for none: the lines in capitals close
// under one another on from's page, its year alone on the last.
func capitalsTitleEnd(ls actLines, from int) int {
	to := from
	for to < len(ls) && ls[to].Page == ls[from].Page && (isUpperHeading(ls[to].Text) || to > from && figuresAlone(ls[to].Text)) &&
		!proclamationLine(ls[to].Text) && (to == from || ls.gapAbove(to) < 2*paragraphGap) {
		to++
	}
	return to
}

// capitalsTitleAbove is the first line of the title in capitals that
// ends right over line i of ls, i for none: the lines in capitals close
// over one another on i's page, short of the letterhead (the body's
// name as municipalityCellRE reads it, an office).
func capitalsTitleAbove(ls actLines, i int) int {
	from := i
	for from > 0 && ls[from-1].Page == ls[i].Page && isUpperHeading(ls[from-1].Text) && ls.gapAbove(from) < 2*paragraphGap &&
		!officeHeading(ls[from-1].Text) && !municipalityCellRE().MatchString(ls[from-1].Text) {
		from--
	}
	return from
}

// figuresAlone reports whether s has figures and no letters: a title's
// year broken onto a line of its own ("PER LA GIORNATA DI SABATO 9 MAGGIO"
// over "2026").
func figuresAlone(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) < 0 && strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// maxAddresseeLines is how many lines naming whom a proclamation
// addresses may stand between its verb and its title.
const maxAddresseeLines = 2

// issuerHeading reports whether s is an issuer's title heading a notice
// on a line of its own, in capitals: "IL SINDACO", "IL RESPONSABILE DEL
// SERVIZIO TRIBUTI".
func issuerHeading(s string) bool {
	s = pdftext.CollapseSpace(s)
	return issuerRE().MatchString(s) || isIssuerLine(s) && isUpperHeading(s)
}

// opensNotice reports whether the first sentence of a document's body,
// on its first page, announces as a notice does: "Si rende noto che",
// "Si comunica", "Si informa la cittadinanza".
func opensNotice(ls actLines) bool {
	for _, l := range ls[:min(len(ls), 40)] {
		if l.Page != ls[0].Page {
			break
		}
		if opensAnnouncement(l.Text) {
			return true
		}
		if bodyStartRE().MatchString(l.Text) {
			return false // another body's opening: premises, a minute
		}
	}
	return false
}

// opensAnnouncement reports whether line opens a notice's announcing
// sentence: "Si rende noto", "Si comunica", "Si informa", "Si avvisa",
// "Si avverte".
func opensAnnouncement(line string) bool {
	words := strings.Fields(strings.ToLower(line))
	if len(words) < 2 || words[0] != "si" {
		return false
	}
	switch strings.TrimRight(words[1], ",:") {
	case "comunica", "informa", "avvisa", "avverte":
		return true
	case "rende":
		return len(words) > 2 && strings.HasPrefix(words[2], "noto")
	}
	return false
}
