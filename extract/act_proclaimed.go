package extract

import (
	"strings"
	"unicode"

	"github.com/openalbo/albo/extract/pdftext"
)

// proclamationVerbs are the verbs that head what a notice with no heading
// of its kind announces, without spaces: "IL SINDACO" … "PROCLAMA" the
// city's mourning, "INFORMA LA CITTADINANZA", "RENDE NOTO".
var proclamationVerbs = map[string]bool{"PROCLAMA": true, "INFORMA": true, "RENDENOTO": true, "AVVISA": true, "COMUNICA": true}

// proclamationLine reports whether s is a proclamation's verb heading,
// spaced out or not ("P R O C L A M A", "RENDE NOTO:"), or the verb with
// whom it addresses ("INFORMA LA CITTADINANZA").
func proclamationLine(s string) bool {
	if len(s) > maxAsideHeading {
		return false
	}
	compact := strings.ToUpper(strings.TrimRight(strings.Join(strings.Fields(s), ""), ":"))
	if proclamationVerbs[compact] {
		return true
	}
	verb, addressee, ok := strings.Cut(pdftext.CollapseSpace(s), " ")
	if !ok || !proclamationVerbs[strings.ToUpper(verb)] || !isUpperHeading(addressee) {
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
// preamble, then "P R O C L A M A" over the title. ok is false where no
// verb heads a line of the issuer's page under it, or no title in
// capitals stands under the issuer or under the verb.
func issuersProclamation(ls actLines) (title string, ok bool) {
	for i, l := range ls[:min(len(ls), 40)] {
		if l.Page != ls[0].Page {
			break
		}
		if !issuerRE().MatchString(pdftext.CollapseSpace(l.Text)) {
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
		for _, from := range []int{i + 1, verb + 1} {
			if to := capitalsTitleEnd(ls, from); from != verb && to > from {
				return ls.join(from, to), true
			}
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

// figuresAlone reports whether s has figures and no letters: a title's
// year broken onto a line of its own ("PER LA GIORNATA DI SABATO 9 MAGGIO"
// over "2026").
func figuresAlone(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) < 0 && strings.IndexFunc(s, unicode.IsDigit) >= 0
}
