package extract

import (
	"slices"

	"github.com/openalbo/albo/extract/pdftext"
)

// readAct reads the act a document holds, past a certificate printed as
// its cover, and says what the document is (DocumentRole). lines gives
// the whole document's lines (newActLines), which the act's are where it
// has no cover.
func readAct(file *pdftext.File, lines func() actLines) (act *Act, role, issuer string) {
	if cut := withoutCoverPage(file); cut != file {
		return readActLines(cut, newActLines(cut))
	}
	return readActLines(file, lines())
}

// readActLines is readAct of a document without a cover, whose lines are
// ls.
func readActLines(file *pdftext.File, ls actLines) (act *Act, role, issuer string) {
	act, issuer = parseAct(file, ls)
	role = DocumentRole(file, act)
	if role == RoleCertificate && act != nil && !certificateKinds[act.Kind] {
		// The certified act's heading came first: its kind is the
		// certificate's, its number, date and subject the act's.
		act.Kind = certificateKind(ls)
	}
	return act, role, issuer
}

// certificateKind is the kind of the certificate a document's heading
// names ("ATTESTAZIONE DI PUBBLICAZIONE", "CERTIFICATO DI ESECUTIVITÀ",
// "VISTO DI REGOLARITÀ CONTABILE"), "" for none.
func certificateKind(ls actLines) string {
	for _, l := range ls[:min(len(ls), maxCertificateLine)] {
		if m := certificateHeadingRE().FindString(l.Text); m != "" {
			return kindOf(m)
		}
	}
	return ""
}

// maxCertificateLine is how far down a document its certificate's heading
// is looked for: DocumentRole's top lines.
const maxCertificateLine = 25

// coverPagesAfter is how many pages after a certificate printed first the
// act it covers may start on: a certificate of publication takes a page,
// at most two with its annotations.
const coverPagesAfter = 2

// withoutCoverPage is the document from the act's first page when it
// opens with a certificate of the act's publication or executivity (a
// "Certificato di pubblicazione", a "Relata di pubblicazione") printed as
// a cover before the act itself: the document is the act, which the
// certificate only describes. Any other document is returned as it is,
// a certificate standing alone among them.
func withoutCoverPage(file *pdftext.File) *pdftext.File {
	first := -1
	for i, p := range file.Pages {
		if len(p.Lines()) > 0 {
			first = i
			break
		}
	}
	if first < 0 || !certifiesAbove(file.Pages[first]) && !registryCover(file.Pages[first]) {
		return file
	}
	for i := first + 1; i < len(file.Pages) && i <= first+coverPagesAfter; i++ {
		if kind := pageHeadingKind(file.Pages[i]); kind != "" && !certificateKinds[kind] {
			cut := *file
			cut.Pages = file.Pages[i:]
			return &cut
		}
	}
	return file
}

// certifiesAbove says whether a page opens as a certificate: its heading
// names a certificate's kind, or its top lines a certificate's title.
func certifiesAbove(p pdftext.Page) bool {
	lines := p.Lines()
	top := lines[:min(len(lines), coverTopLines)]
	// Most first pages are acts: a page with no certificate's word at its
	// top is spared the headings' patterns.
	if !slices.ContainsFunc(top, func(l pdftext.Line) bool { return certificateWords.in(l.Text) }) {
		return false
	}
	return certificateKinds[pageHeadingKind(p)] || anyLine(top, certificateHeadingRE())
}

// registryCover reports whether p is the sheet a register's software
// prints before the act it files: the protocol's "segnatura" ("COMUNE DI
// MAENZA – PROTOCOLLO INFORMATICO" / "Registro ufficiale – Segnatura …"),
// the Albo's "FRONTESPIZIO DI PUBBLICAZIONE", titled so in its top lines.
func registryCover(p pdftext.Page) bool {
	lines := p.Lines()
	return anyLine(lines[:min(len(lines), registryCoverLines)], registryCoverRE())
}

// registryCoverLines is how many lines at the top of a page a register's
// cover sheet is titled in.
const registryCoverLines = 4

// registryCoverRE titles a register's cover sheet.
var registryCoverRE = lazyRegexp(`(?i)\bprotocollo\s+informatico\b|\bsegnatura\b|\bfrontespizio\b`)

// coverTopLines is how many lines at the top of a page its certificate's
// title is looked for in.
const coverTopLines = 25

// certificateWords are in every certificate's heading that
// headingKindRE and certificateHeadingRE read, folded as foldASCII folds.
var certificateWords = newWordSet("certificat", "attestazione", "attestato", "relata", "referto", "visto di", "parere di")

// pageHeadingKind is the kind the first heading of a page names above its
// body ("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "CERTIFICATO DI
// PUBBLICAZIONE"), read cell by cell as the header is, or "".
func pageHeadingKind(p pdftext.Page) string {
	for i, l := range p.Lines() {
		if i > 0 && (bodyStartRE().MatchString(l.Text) || certifiesRE().MatchString(l.Text)) && !headingKindRE().MatchString(l.Text) {
			return ""
		}
		for _, runs := range splitCells(l) {
			text := pdftext.NewLine(l.Page, runs).Text
			if g := headingKindRE().FindStringSubmatch(text); g != nil && headingCase(text) {
				kind, _ := headingKind(g)
				return kind
			}
		}
	}
	return ""
}
