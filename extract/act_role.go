package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// Document roles: what a document is among those an Albo publishes.
// Only an act is expected to carry an act header; the others lack one by
// nature, and coverage figures count acts only.
const (
	// RoleAct is the act itself: a deliberazione, determinazione,
	// ordinanza, decreto, or an avviso or bando the body issues as its act.
	RoleAct = "act"
	// RoleAttachment is an annex of an act: tables, maps, schemes,
	// contracts, lists — anything that is neither an act nor one of the
	// roles below.
	RoleAttachment = "attachment"
	// RoleCertificate certifies something about another act: its
	// publication, its executivity, the accounting officer's visa.
	RoleCertificate = "certificate"
	// RoleSignatureSheet only reports the digital signatures of another
	// document.
	RoleSignatureSheet = "signature_sheet"
	// RoleNotice is published on behalf of another body or a private
	// party, or is a communication rather than an act: a protocol cover
	// sheet, an avviso di deposito, a convocation, a letter.
	RoleNotice = "notice"
)

var (
	// certificateHeadingRE opens a certificate on its first page.
	certificateHeadingRE = lazyRegexp(`(?i)\b(?:certificat[oa]\s+di\s+(?:avvenuta\s+)?(?:pubblicazione|esecutivit)|attestazione\s+(?:di\s+(?:avvenuta\s+)?pubblicazione|(?:di|della)\s+copertura\s+finanziaria)|attestato\s+di\s+(?:avvenuta\s+)?pubblicazione|(?:relata|referto)\s+di\s+(?:pubblicazione|notifica)|visto\s+di\s+regolarit\S+\s+contabile|parere\s+di\s+regolarit\S+\s+contabile)`)
	// certifiesRE opens the sentence by which a certificate certifies,
	// "si attesta che …", and certifiedRE is what it certifies: a
	// publication or an executivity (certifies).
	certifiesRE = lazyRegexp(`(?i)\bsi\s+(?:attesta|certifica|dichiara)\s+che\b`)
	certifiedRE = lazyRegexp(`(?i)\b(?:pubblicat|affiss|esecutiv)`)
	// signatureWordsRE marks the lines of a signature report.
	signatureWordsRE = lazyRegexp(`(?i)firmat[oa]\s+digitalmente|firma\s+digitale|firmatari|\bsigner\b|\bCN\s*=|public\s+key|numero\s+di\s+serie|serial|\bissuer\b|emess[oa]\s+da|certificato\s+(?:qualificato|del\s+firmatario)|validit[aà]\s+(?:del\s+)?certificato|impronta|hash|sha-?256`)
	// noticeRE marks a communication rather than an act: a protocol
	// cover sheet, a deposit notice, a convocation, a marriage notice,
	// a letter's addressee.
	noticeRE = lazyRegexp(`(?i)^(?:protocollo\s+n\.?\s*\d|avviso\s+(?:di\s+)?deposito|pubblicazion[ei]\s+di\s+matrimonio|convocazione\b|avviso\s+(?:di\s+)?(?:seduta|convocazione)|alle?\s+(?:consiglier|sigg?\.)|ai\s+sigg|oggetto:?\s*convocazione|richiest[ao]\s+(?:di\s+)?(?:affissione|pubblicazione)|circolare\b)`)
	// noticeAvvisoRE heads an avviso that only gives notice: of a
	// deposit at the town hall, of a session; a press release, numbered
	// in the press office's series, decides nothing.
	noticeAvvisoRE = lazyRegexp(`(?i)^(?:avviso\s+(?:di\s+)?(?:deposito|seduta|convocazione)\b|comunicato\s+stampa\b)`)
	// addresseeRE opens a letter's addressee ("Al Commissario
	// Prefettizio", "Spett.le Comune di …", "e p.c. ICOM SRL"), which a
	// letter sets on the right half of its first page (addressed).
	addresseeRE = lazyRegexp(`^(?:(?:Al|Alla|Allo|Alle|Ai|Agli|All['’])\s*\p{Lu}|(?i:spett\.?\s*l[ei]|egr\.|gent\.|e\s+p\.?\s*c\.?\s))`)
	// reportHeadingRE is the title of a document annexed to an act: a
	// report, a specification, a list, a table, an estimate.
	reportHeadingRE = lazyRegexp(`^(?:RELAZIONE|PERIZIA|CAPITOLATO|DISCIPLINARE|SCHEMA|ELENCO|TABELLA|PLANIMETRIA|COMPUTO|PREVENTIVO|FATTURA|CURRICULUM|STRADARIO)\b`)
	// attachmentHeadingRE opens an annex.
	attachmentHeadingRE = lazyRegexp(`(?i)^\s*(?:allegat[oi]|all\.)\s*(?:["“«]?[A-Z0-9]["”»]?\B|[A-Z0-9]\b|n\.|alla|al\b|[-–:])`)
	// mailAttachmentsRE is a mail's list of the files it carries
	// ("Allegati: daticert.xml; …"), printed over the act it sends.
	mailAttachmentsRE = lazyRegexp(`(?i)^\s*allegati\s*:`)
)

// actKinds are the kinds that make a document an act when it prints its
// number; an avviso or a bando without one is a notice.
var actKinds = map[string]bool{
	"deliberazione": true, "determinazione": true, "ordinanza": true,
	"decreto": true, "decreto sindacale": true, "determinazione sindacale": true, "provvedimento": true, "disposizione": true,
}

// noticeKinds are the kinds of a notice's heading: an avviso or a bando
// without a number, a communication, the registrar's banns.
var noticeKinds = map[string]bool{"avviso": true, "bando": true, "comunicazione": true, "pubblicazione di matrimonio": true}

// DocumentRole decides what the document is (RoleAct, RoleAttachment, …)
// from its first page's headings and phrases and from the act header
// ParseAct found (act may be nil). A document without any text gives "":
// nothing in it says what it is.
func DocumentRole(file *pdftext.File, act *Act) string {
	lines := firstTextPage(file)
	if len(lines) == 0 {
		return ""
	}
	top := lines[:min(len(lines), 25)]
	var text strings.Builder
	signatureLines := 0
	for _, l := range lines {
		text.WriteString(l.Text)
		text.WriteByte(' ')
		if signatureWordsRE().MatchString(l.Text) {
			signatureLines++
		}
	}
	if act == nil {
		act = &Act{}
	}
	numbered := act.Number != 0
	// An act that prints its kind and number: a certificate of its
	// publication printed under it on the same page is no reason to
	// take it for a certificate.
	headed := actKinds[act.Kind] && numbered
	switch {
	case signatureLines >= 2 && 3*signatureLines >= len(lines) && !headed:
		return RoleSignatureSheet
	case certificateKinds[act.Kind] || !headed && !noticeHeadedFirst(top) && (certificateHeading(top) || certifies(text.String())):
		// A notice's own heading above a relata box left for the messo
		// ("PUBBLICAZIONE DI MATRIMONIO" … "RELATA DI PUBBLICAZIONE")
		// makes no certificate of it.
		return RoleCertificate
	case headed && certificateHeading(top) && !decides(file):
		// "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 58" over its subject,
		// then "ATTESTAZIONE DI PUBBLICAZIONE": the act named, never
		// decided, certified.
		return RoleCertificate
	case annexHeaded(lines[:min(len(lines), 3)]), anyLine(headings(top, act.Subject), reportHeadingRE()):
		return RoleAttachment
	case actKinds[act.Kind] && numbered:
		return RoleAct
	case annexHeaded(lines[:min(len(lines), annexHeadLines)]):
		// "ALLEGATO A alla determinazione n. 118" over "GRADUATORIA
		// PROVVISORIA …", in a cell beside the letterhead or under it:
		// a notice's kind in its title makes no notice of an annex, nor
		// the number of the act it is annexed to an act of it.
		return RoleAttachment
	case act.Kind == "avviso" && anyLine(top, noticeAvvisoRE()):
		// An avviso of a deposit or a session is a notice, whatever
		// register its box numbers it in ("Atto n. 2026/0131").
		return RoleNotice
	case (act.Kind == "avviso" || act.Kind == "bando") && numbered:
		return RoleAct
	case (act.Kind == "deliberazione" || act.Kind == "determinazione") && decides(file):
		// A minute's or a determinazione's heading and its decision, its
		// number unread (a scan's "N87"). Other bodies issue decrees and
		// ordinances too, which an Albo publishes as notices.
		return RoleAct
	case noticeKinds[act.Kind] || anyLine(top, noticeRE()) || addressed(file, top):
		return RoleNotice
	}
	return RoleAttachment
}

// annexHeadLines is how many lines from a page's top an annex's
// heading may stand in.
const annexHeadLines = 6

// annexHeaded reports whether a cell of lines opens with an annex's
// heading ("Allegato A – Det. n. 118/2026", "ALLEGATO A alla
// determinazione …").
func annexHeaded(lines []pdftext.Line) bool {
	for _, l := range lines {
		for _, runs := range splitCells(l) {
			if cell := pdftext.JoinRuns(runs); attachmentHeadingRE().MatchString(cell) && !mailAttachmentsRE().MatchString(cell) {
				return true
			}
		}
	}
	return false
}

// headings are the lines that may head the document: all but those that
// go on with its subject, which may open with a report's word
// ("APPROVAZIONE" / "SCHEMA DI ACCORDO DI PARTENARIATO."). The subject's
// first line stays: an annex's title may be read as its subject.
func headings(lines []pdftext.Line, subject string) []pdftext.Line {
	if subject == "" {
		return lines
	}
	subject = pdftext.CollapseSpace(subject)
	var out []pdftext.Line
	for _, l := range lines {
		text := pdftext.CollapseSpace(strings.TrimSpace(l.Text))
		if text != "" && strings.Contains(subject, text) && !strings.HasPrefix(subject, text) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// maxCertified is how far, in characters of the same line, what a
// certificate certifies may follow the sentence's opening.
const maxCertified = 300

// certifies says whether text holds the sentence by which a certificate
// certifies: what (?i)\bsi\s+(?:attesta|certifica|dichiara)\s+che\b
// .{0,300}?\b(?:pubblicat|affiss|esecutiv) matches, found by looking for
// certifiedRE within maxCertified characters of each opening rather than
// by a pattern of three hundred copies of "any character", the slowest of
// the extractor's patterns to compile.
// certificateHeading reports whether one of lines opens with a
// certificate's heading ("ATTESTAZIONE DI PUBBLICAZIONE"), not a sentence
// that names one ("… restituendo la relativa attestazione di avvenuta
// pubblicazione").
func certificateHeading(lines []pdftext.Line) bool {
	for _, l := range lines {
		// "| CERTIFICATO DI AVVENUTA PUBBLICAZIONE |": a box drawn round
		// it with characters.
		if loc := certificateHeadingRE().FindStringIndex(l.Text); loc != nil && strings.Trim(l.Text[:loc[0]], frameBars+" ") == "" {
			return true
		}
	}
	return false
}

// noticeHeadedFirst reports whether lines open with a notice's heading
// in capitals ("PUBBLICAZIONE DI MATRIMONIO", "AVVISO PUBBLICO",
// "CONVOCAZIONE DEL CONSIGLIO …") before any certificate's heading.
func noticeHeadedFirst(lines []pdftext.Line) bool {
	for _, l := range lines {
		if certificateHeadingRE().MatchString(l.Text) {
			return false
		}
		if m := unnumberedKindRE().FindStringSubmatch(l.Text); m != nil && isUpperHeading(l.Text) {
			kind := unnumberedKind(m[1])
			if noticeKinds[kind] || kind == "convocazione" {
				return true
			}
		}
	}
	return false
}

// decides reports whether a document prints a decision's heading
// ("DELIBERA", "DETERMINA", "ORDINA", "DECRETA") on any page: an act
// does, a certificate that names the act does not.
func decides(file *pdftext.File) bool {
	for _, p := range file.Pages {
		if slices.ContainsFunc(p.Lines(), func(l pdftext.Line) bool { return isDecisionHeading(l.Text) }) {
			return true
		}
	}
	return false
}

func certifies(text string) bool {
	for loc := range certifiesRE().stringIndexes(text) {
		start, limit := loc[1], loc[1] // what is certified starts at limit at the latest
		for n := 0; n < maxCertified && limit < len(text) && text[limit] != '\n'; n++ {
			_, size := utf8.DecodeRuneInString(text[limit:])
			limit += size
		}
		// A word certified is at most 9 bytes ("eſecutiv"); the window
		// holds any that starts by limit.
		window := text[start:min(len(text), limit+16)]
		if found := certifiedRE().FindStringIndex(window); found != nil && start+found[0] <= limit {
			return true
		}
	}
	return false
}

// addressed says whether the first lines of the document's first page of
// text hold a letter's addressee: a line that opens as one, on the right
// half of the page, where body text does not begin ("Al fine di …" opens
// a paragraph at the left margin).
func addressed(file *pdftext.File, top []pdftext.Line) bool {
	if len(top) == 0 {
		return false
	}
	width := 0.0
	for _, p := range file.Pages {
		if p.Number == top[0].Page {
			width = p.Width
		}
	}
	for _, l := range top {
		if width > 0 && l.X > width*0.45 && addresseeRE().MatchString(l.Text) {
			return true
		}
	}
	return false
}

// firstTextPage returns the lines of the first page that has any.
func firstTextPage(file *pdftext.File) []pdftext.Line {
	if file == nil {
		return nil
	}
	for _, p := range file.Pages {
		if lines := formLines(p); len(lines) > 0 {
			return lines
		}
	}
	return nil
}

func anyLine(lines []pdftext.Line, re *pattern) bool {
	for _, l := range lines {
		if re.MatchString(l.Text) {
			return true
		}
	}
	return false
}
