package extract

import (
	"cmp"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
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
func ParseAct(file *pdftext.File) *Act {
	act, _ := parseAct(file, newActLines(file))
	return act
}

// parseAct is ParseAct of file, whose lines ls are (newActLines), and,
// where they state no act, the issuer whose letterhead heads them ("Comune
// di Sabaudia" over an annex's table).
func parseAct(file *pdftext.File, ls actLines) (act *Act, issuer string) {
	if len(ls) == 0 {
		return nil, ""
	}
	file = withoutPagesLeftOut(file, ls)
	act = &Act{}
	subject := parseSubject(ls, act)
	parseHeader(file, ls, subject, act)
	act.Organ = unionsOrgan(act.Municipality, act.Organ)
	parseSession(ls, act)
	parseFallbackDate(file, act)
	parsePeople(ls, act)
	parseDecision(ls, act)
	parseAttachments(ls, act)
	parseSignatures(ls, act)
	parseCitations(ls, act)
	// The municipality's name heads any page it prints, a table of
	// indicators as well as an act: alone it makes no act, only names
	// the document's issuer.
	found := *act
	found.Municipality = ""
	if reflect.ValueOf(found).IsZero() {
		return nil, act.Municipality
	}
	return act, ""
}

// signedByHeadOf reports whether a line of the act's signature names its
// signer as the head of the kind of office that office is: "IL DIRIGENTE
// DEL SETTORE" for a Settore, "Il Direttore del Dipartimento …" for a
// Dipartimento.
func signedByHeadOf(ls actLines, office string) bool {
	kind := strings.ToLower(firstWord(office))
	for _, l := range ls[max(0, len(ls)-maxSignatureLines):] {
		if !headSignerRE().mayMatch(l.Text) {
			continue
		}
		for _, runs := range splitCells(l) { // "Cesena, 16/01/2029" | "Il Dirigente del Settore …"
			if g := headSignerRE().FindStringSubmatch(strings.TrimSpace(pdftext.JoinRuns(runs))); g != nil && strings.EqualFold(g[1], kind) {
				return true
			}
		}
	}
	return false
}

// headSignerRE is a signature's line that names the signer as the head
// of a kind of office: "IL DIRIGENTE DEL SETTORE", "Il Dirigente del
// Settore Infrastrutture e Mobilità", "LA DIRETTRICE DELLA DIREZIONE".
var headSignerRE = lazyRegexp(`(?i)^(?:il|la)\s+(?:dirigente|direttore|direttrice)\s+(?:del|della|dell['’])\s*(settore|dipartimento|direzione|area)\b`)

// unionsOrgan is an Unione's organ where its act names the body alone
// ("Deliberazione della Giunta", "LA GIUNTA"), read as a municipality's:
// an Unione's Giunta and Consiglio are the Unione's.
func unionsOrgan(municipality, organ string) string {
	if !strings.HasPrefix(municipality, "Unione") {
		return organ
	}
	switch organ {
	case "Giunta Comunale":
		return "Giunta dell'Unione"
	case "Consiglio Comunale":
		return "Consiglio dell'Unione"
	}
	return organ
}

// letterOpening opens the body of a letter or a notice: "Si comunica
// che …", "Si rende noto che …", "Con la presente …", a salutation ("Care
// concittadine e cari concittadini,").
const letterOpening = `si\s+(?:comunica|rende\s+noto|informa|trasmette|avvisa|fa\s+(?:presente|noto)|invita|chiede|richiede|attesta|certifica|notifica)\b|con\s+la\s+presente\b|(?:car[ei]|gentil[ei]|egregi[oe]?)\s+(?:concittadin|cittadin|signor|sig)`

// minuteOpening opens a minute or a determinazione's body: "L'anno
// duemilaventisei, il giorno …", "L'anno 2026, addì …", "L'anno 2024
// (duemilaventiquattro) il giorno …"; a subject's
// "l'anno 2026 - …" does not.
const minuteOpening = `(?:nel)?l['’]\s*anno\s+(?:duemila|mille|\d{4}\s*(?:\(\s*\p{L}+\s*\)\s*)?,?\s*(?:il|` + addiWord + `)` + wordEnd + `)`

var (
	// officeRE opens an office's name: its word ("Servizi Sociali" too),
	// a project's unit ("Unità di progetto PNRR"), or the initials of an
	// operating unit ("U.O.C. Viabilità", "U.O. Tributi").
	officeRE = lazyRegexp(`(?i)^(?:[IVX]{1,4}\s*°?\s+|\d{1,2}\s*°\s*)?(?:(?:DIPARTIMENTO|DIREZIONE|RIPARTIZIONE|SETTORE|AREA|STRUTTURA|SERVIZIO|SERVIZI|UFFICIO|SEGRETERIA|CORPO|COMANDO|POLIZIA\s+(?:LOCALE|MUNICIPALE)|UNIT[AÀ]['’]?\s+(?:OPERATIV[AE]|DI\s+PROGETTO)|UOC|UOSD|UOS)\b|U\.\s?O\.(?:\s?[CS]\.)?(?:\s|$))`)
	// officeLabelRE is an office printed as a field: "Settore: Servizi
	// Sociali", its colon after the office's word.
	// Dots may lead a report's label to its value, with or without the
	// colon ("AREA ........ AREA TECNICA").
	officeLabelRE = lazyRegexp(`(?i)^((?:DIPARTIMENTO|DIREZIONE|RIPARTIZIONE|SETTORE|AREA|SERVIZIO|UFFICIO))\s*(?:\.{3,}\s*:?|:)\s*`)
	// Its date follows "del", or a grid's "Data" label: "Proposta" |
	// "N. 51" | "Data" | "11/03/2026". Its label's colon may stand before
	// its "n." or after it ("Proposta: n. 102", "Proposta n.: 102"); its
	// register's letters and year about its figures ("PD 281/2026"); the
	// act it proposes named ("Proposta di deliberazione n. 45/2026 del …");
	// a typed form's leaders before its figures ("PROPOSTA N. ....... 38")
	// and before its date, standing for the "del" ("PROPOSTA N. 71 .........
	// 09/04/2026"); Trentino's "di data" before it ("Proposta n. 9 di data
	// 7 gennaio 2027").
	proposalRE = lazyRegexp(`(?i)\b(?:numero\s+proposta|prop\.|proposta(?:\s+di\s+(?:deliberazione|determinazione|decreto|ordinanza))?)\s*(?:\.{2,}\s*)?:?\s*(?:n\.|n°|nr\.)?\s*:?\s*(?:\.{2,}\s*)?(?:(?-i:[A-Z]{1,4})\s*[-.]?\s*)?(` + thousandsFigures + `\b|\d+)(?:/\d{4})?(?:(?:\s+(?:del|(?:di\s+)?data\s*:?)\s+(?:\.{2,}\s*)?|\s*\.{2,}\s*)(` + datePattern + `))?`)
	// proposalRefRE finds the proposal cited with its date elsewhere, as
	// an annex header does ("proposta di Deliberazione n. 4472 del 26
	// novembre 2019").
	proposalRefRE = lazyRegexp(`(?i)proposta\s+di\s+deliberazione\s+` + proposalNumberDate)
	// unnumberedKindRE is a heading that carries no number of its own.
	// A notice's heading too: "COMUNICAZIONE ALLA CITTADINANZA", the
	// registrar's "PUBBLICAZIONE DI MATRIMONIO", a council's "CONVOCAZIONE
	// DEL CONSIGLIO COMUNALE", an assembly's "CONVOCAZIONE ASSEMBLEA
	// D'AMBITO", a "COMUNICATO STAMPA", a "GRADUATORIA", an "ESITO DI
	// GARA".
	unnumberedKindRE = lazyRegexp(`(?i)^[“"«]?\s*(avviso|certificato\s+di\s+pubblicazione|attestazione|atto\s+aggiuntivo|contratto|convenzione|bando|comunicazione|comunicato(?:\s+stampa|\s+(?:del|della)\s+(?:sindaco|sindaca|presidente|giunta))|graduatoria|esito\s+(?:di|della|del)\s+(?:gara|procedura|selezione|concorso)|pubblicazione\s+di\s+matrimonio|convocazione\s+(?:del(?:la)?\s|dell['’]\s*|(?:assemblea|consiglio|giunta|commissione|comitato|conferenza|seduta)\b))`)
	// signedOfficeRE is the office in a determinazione's signature ("IL
	// RESPONSABILE DELL'UFFICIO TECNICO", "LA RESPONSABILE DEL SERVIZIO
	// …"), where the heading names only a generic "Responsabile del
	// Servizio".
	signedOfficeRE = lazyRegexp(`\b(?:IL|LA)\s+(?:RESPONSABILE|DIRIGENTE)\s+(?:DEL|DELLA|DELL['’]|DEI|DEGLI)\s*((?:SERVIZI|SERVIZIO|UFFICI|UFFICIO|SETTORE|AREA)\s+[\p{Lu}'’][\p{Lu}'’ .\-–]*)$`)
	// headingOfficeRE is the office an act's heading names its issuer by:
	// "DETERMINAZIONE N. 45 DEL RESPONSABILE DEL SERVIZIO TECNICO".
	headingOfficeRE = lazyRegexp(`\bDEL\s+RESPONSABILE\s+(?:DEL|DELLA|DELL['’]|DEI|DEGLI)\s*((?:SERVIZI|SERVIZIO|UFFICI|UFFICIO|SETTORE|AREA)\s+[\p{Lu}'’][\p{Lu}'’ .\-–]*)$`)
	// signerLineRE is the signer's name under an office: "f.to Arch. …".
	signerLineRE = lazyRegexp(`(?i)^f\.?\s*to\b`)
	// issuerRE is the issuer printed on a line of its own under the
	// heading of an avviso or a decree.
	issuerRE = lazyRegexp(`^IL\s+(SEGRETARIO\s+(?:GENERALE|COMUNALE)|SINDACO|DIRETTORE\s+GENERALE|DIRIGENTE)$`)
	// protocolDateRE is the date of a protocol registration stamp, in
	// figures; or with its month in words right after the protocol's
	// number ("Prot. n. 905 del 20 febbraio 2026"), not in a sentence
	// that names the Ufficio Protocollo or a Protezione Civile.
	protocolDateRE = lazyRegexp(`(?i)(?:\b|_)prot\w*\b.*?(\d{1,2}/\d{1,2}/\d{4})|(?:\b|_)prot(?:\.|ocollo\b)\s*(?:n\.?|nr\.?|n°)\s*\d[\d/.-]*\s+(?:del|in\s+data)\s+(\d{1,2}°?\s+[a-z]+\.?\s+\d{4})\b`)
	// bodyStartRE is the first line past the heading block.
	bodyStartRE = lazyRegexp(`(?i)^(?:` + minuteOpening + `|premess|vist[oiae]\b|richiamat|considerat|accertat|rende\s+noto|si\s+(?:rende\s+noto|comunica(?:no)?|informa(?:no)?|avvisa(?:no)?|avverte)\b|(?:avvisa|comunica|informa|invita)\s*:?\s*$|(?:il|la)\s+(?:dirigente|segretari[oa]|responsabile|direttore|direttrice|comandante|funzionari[oa]|titolare\s+(?:di|della|dell['’]\s*)\s*(?:incarico|posizione|p\.\s*o|e\.\s*q))\b|la\s+giunta\b|il\s+consiglio\b)`)
)

// kindNames normalises the heading word to the act's kind.
var kindNames = map[string]string{
	"deliberazione": "deliberazione", "delibera": "deliberazione",
	"determinazione": "determinazione", "determina": "determinazione",
	"decreto": "decreto", "ordinanza": "ordinanza", "avviso": "avviso",
	"certificato di pubblicazione": "attestazione", "attestazione": "attestazione",
	"attestazione di pubblicazione": "attestazione", "atto aggiuntivo": "atto aggiuntivo",
	"contratto": "contratto", "convenzione": "convenzione", "bando": "bando",
	"comunicazione": "comunicazione", "pubblicazione di matrimonio": "pubblicazione di matrimonio",
	// A ranking is a notice too (and a result: unnumberedKind).
	"graduatoria": "avviso",
}

// unnumberedKind is the kind an unnumbered heading names, as unnumberedKindRE
// matched it ("CONVOCAZIONE DEL " is a convocazione).
func unnumberedKind(heading string) string {
	heading = strings.ToLower(pdftext.CollapseSpace(heading))
	switch {
	case strings.HasPrefix(heading, "convocazione"):
		return "convocazione"
	case strings.HasPrefix(heading, "comunicato"):
		return "avviso" // a press release, the Sindaco's message: a notice of the Comune's
	case strings.HasPrefix(heading, "esito"):
		return "avviso" // a tender's, a selection's result: a notice
	}
	return kindNames[heading]
}

// parseHeader reads the heading block of the first page: kind, organ or
// issuing office, number and date (readHeader), proposal.
func parseHeader(file *pdftext.File, ls actLines, subject map[int]bool, act *Act) {
	head := headerBlock(ls, subject)
	offices := append(fromDirectorate(officeHeadings(head)), officesUnderLabels(head)...)
	if office := kindsOffice(head); office != "" && !containsFold(offices, office) && (len(offices) == 0 || officeRankOf(office) < officeRankOf(offices[0])) {
		// "DETERMINAZIONE DEL DIRIGENTE DEL SETTORE AMBIENTE" over
		// "Servizio Igiene Urbana": the Settore the kind heading names
		// holds the Servizio the heading prints.
		offices = append([]string{office}, offices...)
	}

	subjectTop := subjectOf(ls, subject)
	h := readHeader(file, subjectTop)
	act.Kind, act.Number, act.SectorNumber, act.Date = h.Kind, h.Number, h.SectorNumber, h.Date
	act.NumberAsPrinted = h.NumberAsPrinted
	if act.Date == "" && act.Number != 0 {
		// "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE" over "del
		// 17.3.2026", its numbers in the row above: the date alone on
		// its line in the heading.
		act.Date = dateLineAlone(head)
	}
	act.Organ = h.KindOrgan
	act.Municipality = h.Municipality
	if certificateKinds[act.Kind] && noticeHeadedFirst(head) {
		// "PUBBLICAZIONE DI MATRIMONIO" over the relata box left for
		// the messo: the notice's own heading names its kind.
		act.Kind = ""
	}
	if certificateKinds[act.Kind] {
		certifiedAct(ls, act)
	}
	all := ls.join(0, len(ls))
	if act.SectorNumber == 0 && (act.Number != 0 || actKinds[act.Kind]) {
		// "Determinazione registrata al Registro Generale al n. 1204 in
		// data 19/12/2025" under a heading numbered by its office, or
		// under one that prints no number.
		if n, date := generalRegister(file, ls, all); n != 0 && n != act.Number {
			act.SectorNumber, act.Number = act.Number, n
			if date != "" {
				act.Date = date
			}
		}
	}
	if act.Number == 0 && act.Kind == "deliberazione" {
		// "DELIBERAZIONE DELLA GIUNTA COMUNALE" over "N. 21 del
		// 05/03/2026" in a box on the last page, the heading numbering
		// nothing.
		if n, date := closingBoxNumber(ls); n != 0 {
			act.Number = n
			if act.Date == "" {
				act.Date = date
			}
		}
	}
	if act.SectorNumber == 0 && act.Number != 0 && (act.Kind == "determinazione" || act.Kind == "ordinanza") {
		// "Registro Generale n. 98 del 25/03/2026" over "Registro di
		// Area n. 27 del 25/03/2026" in the closing box of an act whose
		// heading numbers it in neither.
		if n := sectorRegisterLine(ls); n != act.Number {
			act.SectorNumber = n
		}
	}
	// A heading without a number (an avviso, a certificate) names the act
	// above its subject; a certificate's own number and date are those of
	// the act it certifies.
	for i, l := range head {
		if subjectTop.below(l) {
			break
		}
		if kind := unnumberedHeading(head, i, ls.textSize()); kind != "" {
			if act.Kind == "" {
				act.Kind = kind
			}
			if act.Subject == "" {
				act.Subject = headingText(head, i, ls.textSize())
			}
			break
		}
	}
	if act.Subject == "" && actKinds[act.Kind] && act.Number != 0 {
		act.Subject = unlabelledSubject(head)
		if own := quotedOwnSubject(ls); own != "" {
			// An act that prints its subject only in its opening
			// sentence, in quotes: more certain than the paragraph
			// unlabelledSubject guessed (the session's line under the
			// heading, the sentence itself).
			act.Subject = own
		}
	}
	if act.Kind == "" {
		act.Kind = subjectKind(act.Subject)
	}
	if act.Kind == "" {
		// An act with no heading of its kind: "IL SINDACO … ORDINA".
		for _, l := range ls {
			if act.Kind = decisionKind(l.Text); act.Kind != "" {
				break
			}
		}
	}
	if act.Kind == "" {
		// A notice headed by its issuer and its title: "IL SINDACO" over
		// "PROCLAMAZIONE DEL LUTTO CITTADINO" … "PROCLAMA".
		if title, ok := issuersProclamation(ls); ok {
			act.Kind = "avviso"
			if act.Subject == "" {
				act.Subject = title
			}
		}
	}
	if act.Kind == "" && act.Number == 0 && act.Subject != "" && opensNotice(ls) {
		// "IL SINDACO" over "Oggetto: RICERCA DI VOLONTARI …", then "Si
		// rende noto che …": a notice that names no kind, its subject
		// labelled.
		act.Kind = "avviso"
	}
	if act.Number == 0 && actKinds[act.Kind] {
		// "Ordinanza n. 42" beside the place and date over the
		// signature, "DECRETO N. 8 DEL 29/12/2028 iscritto nel Registro
		// dei Decreti" under it: the act numbered only where it closes.
		if n, date := closingKindNumber(ls, act.Kind); n != 0 {
			act.Number = n
			if date != "" {
				act.Date = date
			}
		}
	}
	// A notice's title under its heading may open with an office's word
	// ("SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2027/2028 – APERTURA DELLE
	// ISCRIZIONI"): the subject, no office.
	offices = slices.DeleteFunc(offices, func(office string) bool { return opensSubject(act.Subject, office) })
	// The offices printed in the heading: a determinazione's or a
	// Dirigente's act is issued by the first (its Settore, Dipartimento),
	// the next is the office under it; an act of the Sindaco names its
	// office; a deliberation names the office that proposed it.
	// A heading that names the issuer by its generic title ("Dirigente",
	// "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE") is issued by the
	// office the heading prints.
	byOffice := act.Organ == "" || act.Organ == "Dirigente" || genericIssuerRE().MatchString(act.Organ) ||
		len(offices) > 0 && headsOffice(act.Organ, offices[0])
	if act.Organ == "" && act.Kind != "deliberazione" && len(offices) > 0 {
		// "IL SINDACO" over the body: the Sindaco, an organ of the
		// municipality, issues the act, or whoever stands in for them
		// ("IL VICESINDACO in sostituzione del Sindaco", "L'ASSESSORE
		// ANZIANO"); an office the heading prints ("Ufficio del Sindaco -
		// Ufficio Ambiente") is its office, or the one that proposed it
		// under a proposer's label (below). So does a park's Direttore
		// where the heading prints only a Servizio, no Area that would
		// issue it.
		if issuer := issuerOrgan(ls, act.Kind); standsForSindaco(issuer) || issuer == "Ufficiale dello Stato Civile" || issuer == "Direttore" && officeRankOf(offices[0]) > 1 {
			act.Organ, byOffice = issuer, false
		}
	}
	switch {
	case len(offices) == 0:
	case act.Kind == "deliberazione":
		// An office under a proposer's label ("Settore proponente" |
		// "AREA AMMINISTRATIVA") proposed it, whatever unit the heading
		// prints under it.
		if proposer := proposingOffice(head, false); proposer != "" && !officeWordAlone(proposer) {
			act.ProposingOffice = proposer
		} else {
			act.ProposingOffice = afterProposerLabel(offices[0]) // "Ufficio proponente Area Tecnica": the office after its label
		}
	case byOffice && unitOffice(offices[0]) && (len(offices) > 1 && officeRankOf(offices[1]) == 2 || officeRankOf(unitOf(offices[0])) == 2):
		// "Ufficio Tecnico Comunale" over "Servizio Idrico Integrato",
		// on its line or the next: the Ufficio holds the Servizio,
		// issues the act, and the Servizio is its office.
		if act.Organ, act.Office = organAndUnit(offices[0]); act.Office == "" {
			act.Office = offices[1]
		}
	case byOffice && (unitOffice(offices[0]) || act.Kind == "avviso" && servicesAlone(offices)):
		// "UFFICIO MESSI NOTIFICATORI" alone: an Ufficio is the
		// office that issues a notice, not an organ. So is a Servizio
		// with no unit under it over a notice ("SERVIZI DEMOGRAFICI"
		// over an avviso); a determinazione's Servizio adopts it, and
		// is its organ.
		act.Office = offices[0]
	case byOffice:
		// "AREA TECNICA – Servizio Ambiente e Igiene Urbana" on one
		// line: the Area issues the act, the Servizio is its office.
		organ, unit := organAndUnit(offices[0])
		act.Organ = organ
		switch {
		case unit == "" && len(offices) > 2 && officeRankOf(offices[1]) == 1 && officeRankOf(offices[2]) > 1:
			// "DIPARTIMENTO RISORSE" over "Settore Economico-Finanziario"
			// over "Servizio Tributi e Entrate": the act's office is the
			// unit at the foot; the Settore issues it where its
			// Dirigente signs ("IL DIRIGENTE DEL SETTORE …").
			act.Office = offices[2]
			if signedByHeadOf(ls, offices[1]) && !signedByHeadOf(ls, offices[0]) {
				act.Organ = offices[1]
			}
		case unit != "":
			act.Office = unit
		case len(offices) > 1:
			act.Office = offices[1]
		}
	default:
		act.Office = offices[0]
	}
	unitOrgan := officeRankOf(act.Organ) == 3
	if act.Kind != "deliberazione" && (act.Organ == "" || act.Organ == "Dirigente" || act.Organ == "Direttore" || unitOrgan) {
		// "IL DIRETTORE DELLA U.O.C. PROVVEDITORATO – ECONOMATO" over
		// a health authority's determinazione: the director of the
		// unit issues it, where the heading names no directorate over
		// it (a Dipartimento issues its units' acts) but only the
		// director's word ("DETERMINAZIONE DEL DIRETTORE") or the unit
		// itself ("Struttura | U.O.C. Acquisizione Beni e Servizi –
		// Dipartimento Amministrativo"); the unit is its office.
		if organ, unit := unitDirector(ls); organ != "" && (!unitOrgan || strings.HasPrefix(strings.ToLower(organ), "direttore")) {
			// Of a unit the heading names, its Direttore, not a Dirigente
			// in it ("IL DIRIGENTE DELLA U.O.C. ACQUISTI" under the unit
			// the heading's field names).
			if act.Office == "" && !unitOrgan {
				act.Office = unit
			}
			act.Organ = organ
		}
	}
	if act.Organ == "" && act.Office != "" && act.Kind != "deliberazione" {
		// "Il Responsabile dell'Area Amministrativa" over "Servizio Sport
		// e Tempo Libero" signing a notice whose heading prints neither
		// (its heading's lines run to the signature, its Servizio read
		// as its office): the Area issues it, the Servizio is its office.
		if organ, unit := organAndUnit(issuingOffice(ls)); officeRankOf(organ) == 1 && strings.EqualFold(unit, act.Office) {
			act.Organ = organ
		}
	}
	if act.Office == "" && act.Kind != "deliberazione" {
		switch office := issuingOffice(ls); {
		case namesUnit(act.Organ, office):
			// The signature's "IL DIRIGENTE DEL SETTORE III" under a
			// heading whose "SETTORE III – LAVORI PUBBLICI" issues the
			// act names the organ again, no office under it: the unit
			// the procedure's officer signs for is the office, if any,
			// as under "IL DIRIGENTE".
			act.Office = procedureOfficersUnit(ls)
		case strings.EqualFold(office, "Dirigente") && officeRankOf(act.Organ) == 1:
			// "IL DIRIGENTE" over the body of an act its heading's
			// "SETTORE II – SERVIZI FINANZIARI" issues: a title, no
			// office. The unit the procedure's officer signs for is one
			// ("IL RESPONSABILE DEL PROCEDIMENTO" over "Servizio
			// Economato e Provveditorato").
			act.Office = procedureOfficersUnit(ls)
		case (act.Organ == "" || act.Organ == "Dirigente") && officeRankOf(office) == 1:
			// "IL RESPONSABILE DEL SETTORE SERVIZI ALLA PERSONA" signs a
			// notice whose heading names no office, "IL DIRIGENTE DEL
			// SETTORE LAVORI PUBBLICI" an act whose heading names only
			// "IL DIRIGENTE": the directorate issues it, as it does
			// where a heading prints it.
			act.Organ, act.Office = organAndUnit(office)
		case officeRankOf(office) == 1 && officeRankOf(act.Organ) > 1:
			// "Unità org.: SERVIZIO AFFARI GENERALI" in the heading,
			// "IL RESPONSABILE DELL'AREA AMMINISTRATIVA" over the body:
			// the Area adopts the act, the Servizio is its unit.
			act.Organ, act.Office = office, act.Organ
		default:
			act.Office = office
		}
	}
	if act.ProposingOffice == "" && (act.Kind == "deliberazione" || strings.HasPrefix(act.Kind, "decreto")) {
		act.ProposingOffice = proposingOffice(head, false)
		if act.ProposingOffice == "" {
			act.ProposingOffice = proposingOffice(proposalLines(ls), false)
		}
	}
	if act.ProposingOffice == "" && act.Kind == "deliberazione" {
		act.ProposingOffice = proposalRefOffice(all)
	}
	if act.ProposingOffice == "" && standsForSindaco(act.Organ) {
		// "Ufficio proponente: POLIZIA LOCALE" over an ordinanza of the
		// Sindaco: the office that proposed it, not its own.
		if act.ProposingOffice = proposingOffice(head, true); strings.EqualFold(afterProposerLabel(act.Office), act.ProposingOffice) {
			act.Office = ""
		}
	}
	if act.ProposingOffice == "" && act.Kind == "determinazione" {
		// A determinazione's heading names its issuing office; a
		// proposing one only under a proposer's label ("Ufficio
		// proponente U.O. Interventi sul Territorio") or after the
		// proposal's number. Where none does, the unit the procedure's
		// officer signs for, under the office, prepared it ("IL
		// RESPONSABILE DEL PROCEDIMENTO" over "Ufficio Ecologia").
		if act.ProposingOffice = proposingOffice(head, true); act.ProposingOffice == "" && act.Office != "" {
			if unit := procedureOfficersUnit(ls); !strings.EqualFold(unit, act.Office) {
				act.ProposingOffice = unit
			}
		}
	}
	if act.Organ == "" && act.Kind != "" {
		act.Organ = issuerOrgan(ls, act.Kind)
		if act.Organ == "" && noticeKinds[act.Kind] {
			// Nothing over the body names who issues a notice: its
			// signature may ("IL SINDACO"); an office the heading
			// prints would have.
			act.Organ = noticeSigner(ls)
		}
	} else {
		act.Organ = organInFull(ls, act.Organ)
	}

	if rank := officeRankOf(act.Organ); noticeKinds[act.Kind] && act.Number == 0 && act.Office == "" && (rank == 1 || rank == 2) {
		// "SETTORE TECNICO" over an unnumbered avviso, or signing it:
		// the office that issues a notice, which no organ adopts (a
		// council's Ufficio di Presidenza is a body of its members).
		act.Organ, act.Office = "", act.Organ
	}
	// The proposal's number may be printed anywhere in the heading (a
	// frontispiece puts it on page 2); its date may come from an annex.
	if n, date, ok := proposalIn(head); ok {
		act.ProposalNumber, act.ProposalDate = n, date
		if date == "" && (h.ProposalNumber == 0 || h.ProposalNumber == n) {
			act.ProposalDate = h.ProposalDate // "Numero proposta 298" | "Data proposta 06/05/2026"
		}
	} else if h.ProposalNumber != 0 {
		act.ProposalNumber, act.ProposalDate = h.ProposalNumber, h.ProposalDate
	} else if n, date, ok := proposalIn(ls[:min(len(ls), maxProposalLine)]); ok {
		act.ProposalNumber, act.ProposalDate = n, date
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

// proposalRefOffice is the office a minute's prose says drew up the
// proposal it decides on: "la proposta di deliberazione n. 31 del
// 27/02/2026 predisposta dal SETTORE III - ENTRATE E TRIBUTI, che di
// seguito si trascrive", "Vista la proposta di deliberazione n. 52 del
// 05/03/2026 del Settore Lavori Pubblici, Patrimonio e Ambiente, allegata
// al presente atto", "sulla proposta n. 162 del 14/11/2028 dell'Area
// Tecnica – Servizio Lavori Pubblici"; "" for none.
func proposalRefOffice(text string) string {
	for _, loc := range proposalOfficeRefRE().FindAllStringIndex(text, -1) {
		rest := text[loc[1]:]
		by := proposalByRE().FindStringIndex(rest)
		if by == nil || !officeRE().MatchString(rest[by[1]:]) {
			continue
		}
		office := rest[by[1]:]
		if end := proposalOfficeEndRE().FindStringIndex(office); end != nil {
			office = office[:end[0]]
		}
		if office = strings.TrimSpace(office); len(office) <= maxProposalOffice {
			return office
		}
	}
	return ""
}

var (
	// proposalOfficeRefRE is a proposal's reference, as proposalRefRE,
	// or without "di deliberazione" where an office follows it, or
	// without its number and date ("la proposta di deliberazione
	// predisposta dall'Area Amministrativa").
	proposalOfficeRefRE = lazyRegexp(`(?i)proposta\s+(?:di\s+deliberazione(?:\s+` + proposalNumberDate + `)?|` + proposalNumberDate + `)`)
	// proposalByRE opens the office after a proposal's reference:
	// "predisposta dal", "del", ", formulata dall'", its label (",
	// Ufficio proponente:").
	proposalByRE = lazyRegexp(`(?i)^\s*,?\s*(?:(?:predispost|formulat|presentat|redatt|istruit|elaborat)[ao]\s+)?(?:dall['’]\s*|dal(?:la)?\s+|dell['’]\s*|del(?:la)?\s+)|^\s*[,–-]?\s*(?:ufficio|settore|servizio|area|struttura)\s+proponente\s*:?\s*`)
	// proposalOfficeEndRE ends the office's name: a clause's punctuation,
	// or a comma before what the sentence goes on to say of the proposal
	// ("…, corredata dei pareri", "…, illustrata dall'assessore", "…, e
	// lo schema di Regolamento").
	proposalOfficeEndRE = lazyRegexp(`(?i)[;:]|\.\s|\.$|,\s*(?:allegat|che\b|di\s+seguito|corredat|munit|sulla\s+quale|agli\s+atti|qui\b|nel\s+testo|avente|recante|relativ|(?:illustrat|esaminat|sottopost|trasmess|depositat|pervenut|acquisit|discuss|presentat|istruit)[aoei]\b|e\s+(?:lo|la|il|i|gli|le|l['’])\s*\p{L})|\s+che\b|,?\s+su\s+(?:iniziativa|richiesta|proposta|indicazione)\b`)
)

// proposalNumberDate is a proposal's number and date after its noun:
// "n. 31 del 27/02/2026".
const proposalNumberDate = `(?:n\.\s*(?:ro\b)?|n°|nr\.?)\s*(\d+)\s+del\s+(` + datePattern + `)`

// maxProposalOffice is the longest office's name read after a proposal's
// reference, in bytes: past it the sentence was not cut at the name's end.
const maxProposalOffice = 120

// unlabelledSubject is the subject an act prints with no OGGETTO label:
// the paragraph that ends its heading, just above the body, set apart
// from the number's line (or the proposal's) above it ("Determinazione n°
// 214 del 12-06-2025" / "(Proposta n. 251 …)" / gap / "Approvazione della
// graduatoria …" / "IL RESPONSABILE DEL SETTORE"), or right under the
// kind's heading in small letters. "" when the heading ends otherwise:
// with its number, an office, a heading.
func unlabelledSubject(head actLines) string {
	end := len(head)
	for end > 0 && (issuerOrganRE().MatchString(pdftext.CollapseSpace(head[end-1].Text)) || underSubjectRE().MatchString(head[end-1].Text) || opensWith(proposalRE(), head[end-1].Text)) {
		// "IL SINDACO" over the body: who issues it, under the subject;
		// the tender's code and the proposal's number under it.
		end--
	}
	start := end
	for start > 0 && end-start < maxUnlabelledLines {
		// A line that goes on from the one above is no heading of its
		// own ("… PER LA GESTIONE ASSOCIATA DEL" / "SERVIZIO DI
		// ASSISTENZA …"; "… per il Corpo di Polizia Locale dell'Unione." /
		// "Determina a contrarre e affidamento …"), unless the line above
		// is itself a heading that the line completes.
		if headsUnlabelledSubject(head[start-1].Text) && (!goesOnFromAbove(head, start-1) || headsUnlabelledSubject(head[start-2].Text)) {
			break
		}
		start--
		if head.gapAbove(start) >= paragraphGap {
			break
		}
	}
	// Set apart by a gap, or under the number's line, the proposal's or
	// the kind's heading; a line in capitals under that heading may go
	// on with its qualifier ("DETERMINAZIONE DEL RESPONSABILE" / "DEL
	// SETTORE TECNICO"), or open a title of its own ("ORDINANZA
	// CONTINGIBILE E URGENTE" / "CHIUSURA DEL PLESSO SCOLASTICO …").
	if start == end || start == 0 || head.gapAbove(start) < paragraphGap && !numberStatementRE().MatchString(head[start-1].Text) && !proposalRE().MatchString(head[start-1].Text) &&
		!(headingKindRE().MatchString(head[start-1].Text) && (!isUpperHeading(head[start].Text) || !titleRunOnRE().MatchString(strings.TrimSpace(head[start].Text)))) {
		return ""
	}
	var parts []string
	for _, l := range head[start:end] {
		parts = append(parts, l.Text)
	}
	subject := joinSubjectLines(parts, nil)
	if len(subject) < minUnlabelledSubject || strings.HasPrefix(strings.ToLower(subject), "oggetto") {
		// "Oggetto del presente atto è …": a sentence the label's reader
		// refused as a label.
		return ""
	}
	return subject
}

// quotedOwnSubject is the subject the opening sentence of an act without
// an OGGETTO label gives its own act, in quotes after "avente ad
// oggetto": "si è riunito il Consiglio Comunale per la trattazione della
// proposta di deliberazione avente ad oggetto: «Modifica del Regolamento
// …»", "nell'adottare la presente determinazione avente ad oggetto
// «Rimborso …»". "" when the first page's opening lines give none.
func quotedOwnSubject(ls actLines) string {
	to := 0
	for to < len(ls) && to < openingLines && ls[to].Page == ls[0].Page {
		to++
	}
	if g := quotedOwnSubjectRE().FindStringSubmatch(ls.joinUnbroken(0, to)); g != nil && len(g[1]) >= minUnlabelledSubject {
		return strings.TrimSpace(g[1])
	}
	return ""
}

// openingLines is how many lines of its first page an act's opening
// sentence is looked for in: the heading's and the sentence's.
const openingLines = 40

// quotedOwnSubjectRE is the act's own subject in its opening sentence:
// after what names the act (the present one, its proposal, the matter
// the meeting deals with) and "avente ad oggetto", in quotes.
var quotedOwnSubjectRE = lazyRegexp(`(?i)\b(?:presente|proposta|trattazione|argomento)\b[^«“"”»]{0,80}?\bavent[ei]\s+(?:ad\s+|per\s+)?oggetto\s*:?\s*[«“"]([^»”"«“]+)[»”"]`)

// opensWith reports whether re matches text at its first letter.
func opensWith(re *pattern, text string) bool {
	loc := re.FindStringIndex(strings.TrimSpace(text))
	return loc != nil && loc[0] == 0
}

// underSubjectRE is a line under a subject that gives the tender's or the
// project's code after its label: "CIG: B9C04E7A15", "CUP n. …".
var underSubjectRE = lazyRegexp(`(?i)^\s*(?:c\.?i\.?g\.?|c\.?u\.?p\.?)\s*(?::|n\.|n°|nr\.?)`)

// headsUnlabelledSubject reports whether a header's line is no part of
// the subject under it: an office's heading, the act's kind, its number
// or its proposal's, the municipality, a register's heading. An office's
// heading is short or in capitals: "Servizio di trasporto scolastico per
// alunni con disabilità – …" opens a subject.
func headsUnlabelledSubject(text string) bool {
	office := officeRE().MatchString(text) && (isUpperHeading(text) || len(strings.Fields(text)) <= maxOfficeWords)
	return office || headingKindRE().MatchString(text) || numberStatementRE().MatchString(text) && !quantitiesOnly(text) || proposalRE().MatchString(text) ||
		municipalityCellRE().MatchString(text) || headingStopRE().MatchString(text)
}

// goesOnFromAbove reports whether line k of ls goes on from the line
// above in the same paragraph: that line ends with a preposition or a
// dash ("… del Settore II –" over "Servizi Finanziari e Tributi."), or is
// a sentence's line of prose at the same left edge.
func goesOnFromAbove(ls actLines, k int) bool {
	if k < 1 || ls[k-1].Page != ls[k].Page || ls.gapAbove(k) >= paragraphGap {
		return false
	}
	above := ls[k-1]
	if endsWithPreposition(above.Text) || strings.HasSuffix(above.Text, " –") || strings.HasSuffix(above.Text, " -") || strings.HasSuffix(above.Text, " —") {
		return true
	}
	return math.Abs(above.X-ls[k].X) < alignedCells && math.Abs(above.Size-ls[k].Size) < sameSize &&
		!isUpperHeading(above.Text) && len(strings.Fields(above.Text)) >= minProseWords
}

// minProseWords is how many words a line of prose runs at the least.
const minProseWords = 8

// quantitiesOnly reports whether every number statement of s counts
// things in a sentence ("Fornitura di n. 2 etilometri omologati"): "di"
// before it, a word in small letters after its figures, or in capitals in
// a title set in capitals ("ACQUISTO DI N. 2 MISURATORI"). An act's
// number line states none so.
func quantitiesOnly(s string) bool {
	locs := numberStatementRE().FindAllStringSubmatchIndex(s, -1)
	capitals := isUpperHeading(s)
	for _, loc := range locs {
		before := strings.ToLower(strings.TrimSpace(s[:loc[2]]))
		after := strings.TrimSpace(s[loc[5]:])
		if !strings.HasSuffix(before, " di") || after == "" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(after)
		if !unicode.IsLower(r) && !(capitals && unicode.IsUpper(r)) || prepositionWords[strings.ToLower(firstWord(after))] {
			return false // "n. 5 del 12/03/2026", "N. 5 DEL 12/03/2026"
		}
	}
	return len(locs) > 0
}

// maxUnlabelledLines is how many lines an unlabelled subject runs at most;
// minUnlabelledSubject how long it is at the least, in bytes.
const (
	maxUnlabelledLines   = 5
	minUnlabelledSubject = 20
)

// maxOfficeWords is how many words an office's heading in small letters
// runs at most ("Servizio Edilizia Scolastica e Sportiva").
const maxOfficeWords = 8

// proposalIn reads the proposal's number from the first line of lines
// that prints it after its label ("Proposta n. 2067"), and its date, which
// may run on to the line below ("del" / "16/07/2026"). A label over a
// table's cell ("Numero | Data | Proposta n." over "187 | … | 233") does
// not take the figure of the line below, which is another cell's.
func proposalIn(lines actLines) (n int, date string, ok bool) {
	for i, l := range lines {
		loc := proposalRE().FindStringSubmatchIndex(l.Text)
		if loc == nil {
			if n, date, ok := proposalUnderItsLabel(lines, i); ok {
				return n, date, true
			}
			continue
		}
		if leadingDateRE().MatchString(l.Text[loc[2]:]) {
			continue // "Data proposta 19/11/2025": a date, not a number
		}
		g := []string{l.Text[loc[0]:loc[1]], l.Text[loc[2]:loc[3]], ""}
		if loc[4] >= 0 {
			g[2] = l.Text[loc[4]:loc[5]]
		}
		if two := proposalRE().FindStringSubmatch(lines.join(i, i+2)); two != nil && two[1] == g[1] {
			g = two
		}
		if g[2] == "" && i+1 < len(lines) && lines[i+1].Page == l.Page {
			g[2] = dateUnderProposal(l, lines[i+1], g[1])
		}
		n = figuresValue(g[1])
		date, _ = parseDate(g[2])
		return n, date, true
	}
	return 0, "", false
}

// proposalUnderItsLabel reads the proposal's number and date from the
// cell under a cell that is its label alone, the last of line i
// ("Proposta" over "n. 3 del 05/01/2029 - Ufficio proponente: …").
func proposalUnderItsLabel(lines actLines, i int) (n int, date string, ok bool) {
	l := lines[i]
	if i+1 >= len(lines) || lines[i+1].Page != l.Page || lines.gapAbove(i+1) >= paragraphGap || !mentionsProposal(l.Text) {
		return 0, "", false
	}
	cells := splitCells(l)
	if len(cells) == 0 {
		return 0, "", false
	}
	label := pdftext.NewLine(l.Page, cells[len(cells)-1])
	if !proposalLabelRE().MatchString(label.Text) {
		return 0, "", false
	}
	under, found := cellUnder(lines[i+1], label)
	if !found || !numberFirstRE().MatchString(under.Text) {
		return 0, "", false
	}
	g := proposalRE().FindStringSubmatch("Proposta " + under.Text)
	if g == nil {
		return 0, "", false
	}
	date, _ = parseDate(g[2])
	return figuresValue(g[1]), date, true
}

// dateLineAlone is the date of the first line of head that states it
// and nothing else, after "del" or "in data", under the act's kind
// heading: "del 17.3.2026"; "" for none. (Under a protocol's number, it
// dates the protocol.)
func dateLineAlone(head actLines) string {
	for i, l := range head {
		if i == 0 || !headingKindRE().MatchString(head[i-1].Text) {
			continue
		}
		if g := dateLineAloneRE().FindStringSubmatch(strings.TrimSpace(pdftext.CollapseSpace(l.Text))); g != nil {
			date, _ := parseDate(g[1])
			return date
		}
	}
	return ""
}

// dateLineAloneRE is a heading's line that states a date alone.
var dateLineAloneRE = lazyRegexp(`(?i)^(?:del|in\s+data)\s+(` + datePattern + `)$`)

// dateUnderProposal is the date in the cell of line next under the cell
// of line l that states proposal number, as a grid's narrow cell wraps it
// after its "del" ("Proposta n. 802 del" over "14/04/2026") or before it
// ("PROPOSTA N. 80" over "DEL 17-07-2026", a typed grid's bars about
// it); "" for none.
func dateUnderProposal(l, next pdftext.Line, number string) string {
	for _, runs := range splitCells(l) {
		cell := pdftext.NewLine(l.Page, runs)
		g := proposalRE().FindStringSubmatch(cell.Text)
		if g == nil || g[1] != number {
			continue
		}
		under := strings.Trim(cellAbove(next, cell), " |")
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(cell.Text)), " del") {
			return leadingDateRE().FindString(under)
		}
		if d := dateLineAloneRE().FindStringSubmatch(under); d != nil {
			return d[1] // "PROPOSTA N. 80" over "DEL 17-07-2026"
		}
	}
	return ""
}

// headerBlock is the act's heading: the lines before its body, without
// the subject's, from the first page and the next (a frontispiece repeats
// the heading with more detail on its second page). The issuer's own line
// ("IL DIRIGENTE", "Il Dirigente dell'Area …") opens the body only when
// no office heading follows it.
func headerBlock(ls actLines, subject map[int]bool) actLines {
	firstPage := ls[0].Page
	var block []pdftext.Line
	for i, l := range ls {
		if l.Page > firstPage+1 {
			break
		}
		if opensBody(l) {
			issuer := isIssuerLine(l.Text)
			next := i+1 < len(ls) && officeHeading(ls[i+1].Text) && ls.gapAbove(i+1) < paragraphGap
			if issuerOverHeading(ls, i) {
				continue // "IL DIRETTORE GENERALE" over "AVVISO AI CONSORZIATI"
			}
			if !issuer || !next {
				break
			}
			continue
		}
		if subject[i] {
			continue
		}
		if (mailField(l.Text) || hasSubjectLabel(l.Text)) && inMailHeader(ls, i) {
			continue // the header of the e-mail that carried the document
		}
		if hasSubjectLabel(l.Text) {
			break // the subject repeated on a frontispiece's second page
		}
		block = append(block, l)
	}
	// Without a body found on them, the first page's lines only.
	if len(block) > 0 && block[len(block)-1].Page > firstPage && ls.find(0, bodyStartRE()) < 0 {
		for len(block) > 0 && block[len(block)-1].Page > firstPage {
			block = block[:len(block)-1]
		}
	}
	return block
}

// issuerLineRE is an issuer's line above the body: naming the issuer and
// maybe its office, in at most maxIssuerRest more letters (isIssuerLine
// counts them: the repeat {0,80} of a Unicode class compiled into a
// program eighty classes long, by far the slowest of the extractor's
// patterns to compile, at every albo extract that reads a header).
var issuerLineRE = lazyRegexp(`(?i)^(?:il|la)\s*(?:dirigente|responsabile|sindac[oa]|segretari[oa]|direttore|direttrice|comandante|funzionari[oa]|titolare)\b([\p{L}'’ .\-–]*)$`)

// maxIssuerRest is how many characters may follow the issuer's title.
const maxIssuerRest = 80

// isIssuerLine reports whether text is an issuer's line (issuerLineRE).
func isIssuerLine(text string) bool {
	m := issuerLineRE().FindStringSubmatch(text)
	return m != nil && utf8.RuneCountInString(m[1]) <= maxIssuerRest
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
	for _, runs := range splitCells(ls[first]) {
		if c := pdftext.NewLine(ls[first].Page, runs); hasSubjectLabel(c.Text) {
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
// "IL SINDACO", "Il Dirigente", "IL DIRETTORE GENERALE", "IL COMMISSARIO
// STRAORDINARIO", the registrar's "L'UFFICIALE DELLO STATO CIVILE".
var issuerOrganRE = lazyRegexp(`(?i)^(?:il\s*|l['’]\s*)(sindaco|vice\s*-?\s*sindac[oa]|assessore\s+anzian[oa]|dirigente|direttore(?:\s+generale)?|commissario\s+straordinario|segretario\s+(?:generale|comunale)|responsabile\s+del\s+servizio|ufficiale\s+dello\s+stato\s+civile|` + presidentOfBody + `)$`)

// presidentOfBody is the Presidente of the body that issues a decree,
// named with it: "IL PRESIDENTE DELL'UNIONE", "IL PRESIDENTE DELLA
// PROVINCIA". "IL PRESIDENTE" alone over a minute's signature presides
// over a meeting, and issues nothing.
const presidentOfBody = `presidente\s+(?:dell['’]\s*unione|della\s+provincia|del\s+consorzio|della\s+comunit[aà](?:\s+montana)?)`

// deliberatingOrgan is the body that deliberates, on a line of its own
// over the heading ("CONSIGLIO COMUNALE") or over the decision ("LA
// GIUNTA COMUNALE"); "" for any other line.
func deliberatingOrgan(line string) string {
	words := strings.Fields(strings.ToLower(line))
	if len(words) > 0 && (words[0] == "la" || words[0] == "il") {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 2 || words[0] != "giunta" && words[0] != "consiglio" ||
		len(words) == 2 && words[1] != "comunale" && words[1] != "municipale" {
		return ""
	}
	if full, ok := organAliases[strings.Join(words, " ")]; ok {
		return full // Sicily's "LA GIUNTA MUNICIPALE"
	}
	return organAliases[words[0]]
}

// bodyOrgan is the body that deliberates for a public body other than a
// municipality, on a line of its own in capitals over the decision: "L'ASSEMBLEA
// DELL'UNIONE", "IL CONSIGLIO DI AMMINISTRAZIONE", "IL COMITATO DEI
// SINDACI", "LA DEPUTAZIONE AMMINISTRATIVA", "IL CONSIGLIO DELLA
// COMUNITÀ", "L'ASSEMBLEA"; "" for any other line.
func bodyOrgan(line string) string {
	if !isUpperHeading(line) {
		return ""
	}
	if g := bodyOrganRE().FindStringSubmatch(line); g != nil {
		return titleCase(g[1])
	}
	return ""
}

// bodyOrganRE is a deliberating body of a public body other than a
// municipality, after its article.
var bodyOrganRE = lazyRegexp(`(?i)^\s*(?:(?:il|la)\s+|l['’]\s*)((?:assemblea|consiglio|giunta|comitato|conferenza|deputazione)\s+(?:(?:di|dei|degli|della|dell['’]|del)\s*(?:amministrazione|unione|sindaci|soci|comuni|comunit[aà]|consorzio|ente|parco|ambito|gestione)|consortile|provinciale|metropolitan[oa]|direttiv[oa]|esecutiv[oa]|amministrativ[oa]|generale|dei\s+delegati)|assemblea)\s*$`)

// opensSubject reports whether text, read as an office, is the subject's
// opening words, as its lines are joined.
func opensSubject(subject, text string) bool {
	subject, text = strings.ToLower(pdftext.CollapseSpace(subject)), strings.ToLower(pdftext.CollapseSpace(text))
	return subject != "" && text != "" && strings.HasPrefix(subject, text)
}

// unitDirector is the issuer a line of its own names as the director of
// an operating unit, as a health authority's acts print it ("IL
// DIRETTORE DELLA U.O.C. PROVVEDITORATO – ECONOMATO", "Il Direttore
// dell'UOSD Farmacia", "IL DIRETTORE DELLA S.C. ACQUISTI E LOGISTICA"),
// over the body or in the signature under it, and that unit; "", "" for
// none.
func unitDirector(ls actLines) (organ, unit string) {
	head := ls[:min(len(ls), 40)]
	signature := ls[max(len(head), len(ls)-maxSignatureLines):]
	for _, part := range []actLines{head, signature} {
		for _, l := range part {
			if g := unitDirectorRE().FindStringSubmatch(pdftext.CollapseSpace(l.Text)); g != nil {
				return g[1], g[2]
			}
		}
	}
	return "", ""
}

// maxSignatureLines is how many lines at an act's end its signature is
// looked for in.
const maxSignatureLines = 15

// unitDirectorRE is the director, the executive or the head of an
// operating unit (complex, simple, departmental: "U.O.C.", "S.C."), after
// its article.
var unitDirectorRE = lazyRegexp(`(?i)^il\s+((?:direttore|dirigente|responsabile)\s+(?:della|dell['’]|del)\s*((?:u\.\s?o\.(?:\s?c\.|\s?s\.(?:\s?d\.)?)?|s\.\s?[cs]\.|uoc|uosd|uos|struttura\s+(?:complessa|semplice)|unit[aà]\s+operativa)\s.+))$`)

// standsForSindaco reports whether an issuer is the Sindaco or one who
// stands in for them.
func standsForSindaco(issuer string) bool {
	switch issuer {
	case "Sindaco", "Vicesindaco", "Vicesindaca", "Vice Sindaco", "Vice Sindaca", "Assessore Anziano", "Assessora Anziana":
		return true
	}
	return false
}

// issuerOrgan is the organ an act without one in its heading names as its
// issuer before its body; a deliberation's, the body that deliberates.
func issuerOrgan(ls actLines, kind string) string {
	for _, l := range ls[:min(len(ls), 40)] {
		text := pdftext.CollapseSpace(l.Text)
		if g := issuerOrganRE().FindStringSubmatch(withoutTranslation(text)); g != nil {
			return titleCase(g[1])
		}
		if kind != "deliberazione" {
			continue
		}
		if organ := deliberatingOrgan(text); organ != "" {
			return organ
		}
		if organ := bodyOrgan(text); organ != "" {
			return organ
		}
	}
	return ""
}

// noticeSigner is the Sindaco, or one standing in for them, who signs a
// notice in a cell of the signature's line ("Sassello, 20 aprile 2026" |
// "IL SINDACO", "L'ASSESSORE ALL'AMBIENTE" | "IL SINDACO"); "" for none.
func noticeSigner(ls actLines) string {
	for _, l := range ls[:min(len(ls), maxNoticeLines)] {
		if !sindacoWords.in(l.Text) {
			continue
		}
		for _, runs := range splitCells(l) {
			cell := pdftext.CollapseSpace(pdftext.JoinRuns(runs))
			if g := issuerOrganRE().FindStringSubmatch(cell); g != nil && standsForSindaco(titleCase(g[1])) {
				return titleCase(g[1])
			}
		}
	}
	return ""
}

// sindacoWords are in every line that may name the Sindaco, folded.
var sindacoWords = newWordSet("sindac", "assessore anzian")

// maxNoticeLines is how many lines of a notice its signature is looked
// for in.
const maxNoticeLines = 80

// organInFull is organ, a body or an office the heading names in a word
// ("DECRETO DEL PRESIDENTE", "DELIBERAZIONE DELL'ASSEMBLEA"), named in
// full by a line of its own in capitals (the letterhead, the issuer over
// the body, the signature): "IL PRESIDENTE DELLA PROVINCIA", "L'ASSEMBLEA
// DELL'UNIONE", "IL SINDACO METROPOLITANO". Any other organ is itself.
func organInFull(ls actLines, organ string) string {
	switch organ {
	case "Presidente", "Sindaco", "Assemblea":
	default:
		return organ
	}
	for _, l := range ls {
		text := pdftext.CollapseSpace(l.Text)
		if len(text) > 60 || !isUpperHeading(text) {
			continue
		}
		if g := organInFullRE().FindStringSubmatch(text); g != nil && strings.EqualFold(g[1], organ) && !strings.EqualFold(g[3], "comune") && !strings.EqualFold(g[3], "città") {
			return titleCase(organ + " " + g[2])
		}
	}
	return organ
}

// organInFullRE is an organ named in a word and what it is the organ of,
// after its article: "IL PRESIDENTE DELLA PROVINCIA", "IL SINDACO
// METROPOLITANO".
var organInFullRE = lazyRegexp(`(?i)^(?:(?:il|la)\s+|l['’]\s*)(\pL+)\s+((?:della|dello|dell['’]|del)\s*(\pL+)|metropolitan[oa])$`)

// organName turns the heading's "DELLA GIUNTA COMUNALE" into "Giunta
// Comunale", and the short forms ("di Consiglio", "G.C.") into the full one.
func organName(s string) string {
	s = pdftext.CollapseSpace(organPrefixRE().ReplaceAllString(s, ""))
	if m := powersRE().FindStringIndex(s); m != nil {
		// "Commissione Straordinaria con i poteri del Consiglio": the
		// commissioners, whichever body's powers they hold.
		// "Giunta Comunale del Comune di Teggiano": the Giunta.
		s = strings.TrimSpace(s[:m[0]])
	}
	// "GIUNTA COMUNALE            COPIA": the copy's mark the heading's
	// line ends with, no part of the organ.
	s = copyMarkRE().ReplaceAllString(s, "")
	if s == "" {
		return ""
	}
	if full, ok := organAliases[strings.ToLower(s)]; ok {
		return full
	}
	return titleCase(s)
}

// powersRE opens what follows an organ's name in a heading and is no
// part of it: the powers a commissioner holds in another body's stead
// ("con i poteri del Consiglio", "nelle funzioni della Giunta"), the
// municipality it is the organ of ("Giunta Comunale del Comune di
// Teggiano").
var powersRE = lazyRegexp(`(?i)\s(?:nell[ae]\s+funzioni|con\s+(?:i\s+)?poteri|del(?:la)?\s+(?:comune|citt[aà])\s)`)

// copyMarkRE is the mark a deliberation's heading prints beside its
// organ to tell the original from a copy: "ORIGINALE", "COPIA", "COPIA
// CONFORME".
var copyMarkRE = lazyRegexp(`(?i)\s+(?:originale|copia(?:\s+conforme)?)$`)

var organAliases = map[string]string{
	"giunta": "Giunta Comunale", "g.c.": "Giunta Comunale", "gc": "Giunta Comunale", "giunta municipale": "Giunta Municipale",
	"consiglio municipale": "Consiglio Municipale",
	"consiglio":            "Consiglio Comunale", "c.c.": "Consiglio Comunale", "cc": "Consiglio Comunale",
	"consiliare": "Consiglio Comunale", "giuntale": "Giunta Comunale",
}

// fallbackDateLines is how far down the first page a protocol stamp is
// looked for; further down, to stampLines, while the letterhead goes on,
// past a portal's band and a breadcrumb, an office's heading: until the
// subject or the body.
const (
	fallbackDateLines = 8
	stampLines        = 16
)

// stampArea is the lines of a first page a protocol stamp may stand in:
// its first fallbackDateLines, and on to stampLines until the subject or
// the body opens; never the body's lines.
func stampArea(lines []pdftext.Line) []pdftext.Line {
	n := 0
	for n < min(len(lines), stampLines) && !hasSubjectLabel(lines[n].Text) && !bodyStartRE().MatchString(lines[n].Text) {
		n++
	}
	area := lines[:max(n, min(len(lines), fallbackDateLines))]
	for i := n; i < len(area); i++ {
		if bodyStartRE().MatchString(area[i].Text) {
			// "Vista la richiesta …, assunta al prot. n. 2318 del
			// 21/04/2026": the body cites another paper's protocol.
			return area[:i]
		}
	}
	return area
}

// placeDateRE is a place-and-date line: "Avella (AV), 05/03/2026",
// "Lamezia Terme lì, 18 Giugno 2026.", "MONTEROTONDO lì 28/11/2025",
// Trentino's and South Tyrol's "Malé, dd. 11/05/2026" (de dato), the
// place in both languages ("Attimis / Ahten, 16/03/2026"), either of
// which may be the town (inTown).
// The place is at most maxPlaceRunes long, which its caller checks: the
// shortest place the rest of the line follows is the one matched, so a
// longer one means no match, as a bounded repetition would say, but
// {1,40} of the letters' class compiled into forty copies of it
// (TestPatternsRepeatNoLargeClass).
var placeDateRE = lazyRegexp(`^(\p{Lu}[\p{L}'’ ]+?)(?:\s*/\s*(\p{Lu}[\p{L}'’ ]*?))?(?:\s*\([A-Z]{2}\))?\s*,?\s*(?i:(?:l[iì]['’]?|addì|dd\.)?\s*,?\s*(` + datePattern + `)\s*\.?)$`)

// dateAfterPlaceRE is a cell that holds the date a place's cell left of
// it is given on: "lì 15 maggio 2026".
var dateAfterPlaceRE = lazyRegexp(`(?i)^(?:l[iì]['’]?|addì)\s*,?\s*` + datePattern + `\s*\.?$`)

// townHallRE is the place a municipality's acts are given at, named by
// the building rather than the town: "Dalla Residenza Municipale, 12/03/2024".
var townHallRE = lazyRegexp(`(?i)^` + townHall + `\s*$`)

// townHall names the town hall a letter or a notice is dated from: "Dalla
// Residenza municipale", "Dalla Casa comunale", "Dal Municipio".
const townHall = `dal(?:la)?\s+(?:residenza|sede|casa|palazzo)?\s*(?:municipale|comunale|municipio)`

// maxPlaceRunes is the longest place placeDateRE reads: "Reggio
// nell'Emilia", "San Giorgio a Cremano" with room to spare.
const maxPlaceRunes = 41

// endsInDigit says whether s ends as every placeDateRE match does: in a
// digit (the date's last), then blanks and one full stop at most. Most
// lines with a digit do not, and the regexp, which backtracks over the
// place's letters at every start, costs more than the rest of the
// fallback; on a document without one, it is not even compiled.
func endsInDigit(s string) bool {
	s = strings.TrimSuffix(s, ".")
	s = strings.TrimRight(s, "\t\n\f\r ")
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// placeAndDate reads a place-and-date line (placeDateRE) whose place is
// at most maxPlaceRunes long.
func placeAndDate(line string) (place, date string, ok bool) {
	g := placeDateRE().FindStringSubmatch(line)
	if g == nil || utf8.RuneCountInString(g[1]) > maxPlaceRunes || utf8.RuneCountInString(g[2]) > maxPlaceRunes || dayBeforeDate(g[1]) {
		return "", "", false
	}
	if g[2] != "" {
		return g[1] + " / " + g[2], g[3], true // the place in both languages, each its own (inTown)
	}
	return g[1], g[3], true
}

// dayBeforeDate reports whether the words before a date end with a day
// of the week: a title's day ("SPORTELLO SUAP ASSOCIATO VENERDÌ 24
// APRILE 2026"), not a place.
func dayBeforeDate(before string) bool {
	words := strings.Fields(strings.ToLower(before))
	if len(words) == 0 {
		return false
	}
	switch strings.TrimRight(words[len(words)-1], ",") {
	case "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
		"lunedi", "martedi", "mercoledi", "giovedi", "venerdi":
		return true
	}
	return false
}

// parseFallbackDate dates a document that prints no date beside a number
// and no session: by the protocol stamp atop its first page, else by its
// first place-and-date line (a letter's, a visto's, a notice's).
func parseFallbackDate(file *pdftext.File, act *Act) {
	if act.Date != "" || act.Kind == "attestazione" {
		return // a certificate of publication is dated as the act it certifies, not by its signing
	}
	lines := firstTextPage(file)
	for _, l := range stampArea(lines) {
		if g := protocolDateRE().FindStringSubmatch(l.Text); g != nil {
			if act.Date, _ = parseDate(cmp.Or(g[1], g[2])); act.Date != "" {
				return
			}
		}
	}
	// A municipality dates its acts from its own town; another body (a
	// consortium, an Ambito) from the town it sits in, which its name
	// need not hold.
	town := strings.ToLower(act.Municipality)
	if !strings.HasPrefix(town, "comune di") && !strings.HasPrefix(town, "città di") {
		town = ""
	}
	// Each page's lines, read once for both passes below.
	pages := make([][]pdftext.Line, len(file.Pages))
	for i, p := range file.Pages {
		pages[i] = withoutForeign(formLines(p))
	}
	for _, ls := range pages {
		for i, l := range ls {
			if !strings.ContainsAny(l.Text, "0123456789") {
				continue // every date placeDateRE reads starts with a digit
			}
			cells := splitCells(l)
			for k, runs := range cells {
				if !slices.ContainsFunc(runs, func(r pdftext.Run) bool { return strings.ContainsAny(r.Text, "0123456789") }) {
					continue // most cells of a line with figures: spared joining their runs
				}
				// "Leonforte, lì ________17/03/2026": a form's blank, the
				// date typed over it.
				cell := withoutBlanks(pdftext.NewLine(l.Page, runs).Text)
				if !endsInDigit(cell) {
					continue
				}
				place, date, ok := placeAndDate(cell)
				if !ok {
					place, date, ok = placeAndDate(afterProtocol(cell))
				}
				if !ok {
					// "Gioiosa Ionica, 12/03/2026 – Prot. n. 2871": a
					// letter's place and date, then its protocol.
					place, date, ok = placeAndDate(beforeProtocol(cell))
				}
				if !ok && k > 0 && dateAfterPlaceRE().MatchString(cell) {
					// "Monterchi" | "lì 15 maggio 2026": the place and
					// its date in two cells of a form's row.
					place, date, ok = placeAndDate(pdftext.NewLine(l.Page, cells[k-1]).Text + " " + cell)
				}
				if !ok && i > 0 {
					// "Sannicandro di Bari," over "12.05.2026": the place
					// and its date on two lines of a narrow column.
					if above := cellAbove(ls[i-1], pdftext.NewLine(l.Page, runs)); strings.HasSuffix(above, ",") {
						place, date, ok = placeAndDate(above + " " + cell)
					}
				}
				if !ok || !inTown(place, town) {
					continue
				}
				if act.Date, _ = parseDate(date); act.Date != "" {
					return
				}
			}
		}
	}
	// The place and the date in words: "Funes, addì quattordici maggio
	// duemilaventisei", "Saint-Pierre, dodici maggio duemilaventisei".
	for _, ls := range pages {
		for i, l := range ls {
			cells := splitCells(l)
			for k, runs := range cells {
				text := pdftext.NewLine(l.Page, runs).Text
				place, date, ok := placeAndWordsDate(text)
				if !ok && k == len(cells)-1 && i+1 < len(ls) {
					// The formula broken over two lines: "Dato in Sasso
					// di Castalda, dalla Residenza Municipale, addì
					// ventuno del mese di settembre" / "dell'anno
					// duemilaventisei."
					place, date, ok = placeAndWordsDate(text + " " + ls[i+1].Text)
				}
				if ok && inTown(place, town) {
					act.Date = date
					return
				}
			}
		}
	}
	// No place and date: the protocol's date printed under its number
	// dates a letter ("Prot. n. 1874" over "del 19/03/2026").
	for i := range lines[:min(len(lines), fallbackDateLines)] {
		if act.Date = protocolDateUnder(lines, i); act.Date != "" {
			return
		}
	}
}

// cellAbove is the text of the cell of line above that stands over c,
// aligned with it on its left or its right edge; "" for none.
func cellAbove(above, c pdftext.Line) string {
	em := max(c.Size, 1)
	for _, runs := range splitCells(above) {
		cell := pdftext.NewLine(above.Page, runs)
		if math.Abs(cell.X-c.X) < em || math.Abs(cell.X2-c.X2) < em {
			return cell.Text
		}
	}
	return ""
}

// beforeProtocol is what a cell prints before a protocol's number after
// a dash between spaces: "Gioiosa Ionica, 12/03/2026" of "Gioiosa
// Ionica, 12/03/2026 – Prot. n. 2871"; "" where no protocol follows.
func beforeProtocol(cell string) string {
	for _, dash := range []string{" – ", " - ", " — "} {
		if before, after, ok := strings.Cut(cell, dash); ok && opensWithProtocol(strings.TrimSpace(after)) {
			return strings.TrimSpace(before)
		}
	}
	return ""
}

// afterProtocol is what a cell that opens with a protocol's number
// prints after its last dash between spaces, or after the number where
// no dash follows it: a place and date on a letter's line ("Prot. n.
// 1402 – Montone, 18 marzo 2026"). So does a cell that opens with a
// register's number, after a dash ("Reg. Sett. P.L. n. 18 – Lazise,
// 20/04/2026"). "" for any other cell.
func afterProtocol(cell string) string {
	dash := max(strings.LastIndex(cell, " – "), strings.LastIndex(cell, " - "))
	switch {
	case dash >= 0 && (opensWithProtocol(cell) || registerOpensRE().MatchString(cell)):
		return strings.TrimLeft(cell[dash+1:], "–- ")
	case !opensWithProtocol(cell):
		return ""
	}
	// "Prot. n. 1642 Barisciano, 18 marzo 2026": the place straight
	// after the protocol's number, its first word of figures, and the
	// filing class after a slash ("Prot. n. 1932 / 2.3 San Casciano in
	// Val di Pesa, 26 marzo 2026").
	words := strings.Fields(cell)
	for i, w := range words[:min(len(words), 4)] {
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(first) {
			j := i + 1
			if j+1 < len(words) && words[j] == "/" {
				if next, _ := utf8.DecodeRuneInString(words[j+1]); unicode.IsDigit(next) {
					j += 2
				}
			}
			return strings.Join(words[j:], " ")
		}
	}
	return ""
}

// registerOpensRE opens a cell with a register's label and its number:
// "Reg. Sett. P.L. n. 18", "R.G. n. 311", "N. 47".
var registerOpensRE = lazyRegexp(`(?i)^\s*(?:reg(?:istro|\.)|r\.\s*g\.|n\.|n°|nr\.?|numero)[^–\-]{0,30}?\d`)

// opensWithProtocol reports whether s opens with a protocol's label:
// "Prot.", "Prot n.", "Protocollo".
func opensWithProtocol(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "prot.") || strings.HasPrefix(lower, "prot ") || strings.HasPrefix(lower, "protocollo")
}

// inTown reports whether a place-and-date line's place is the town an
// act is dated from: any place where that town is unknown ("").
func inTown(place, town string) bool {
	for p := range strings.SplitSeq(place, " / ") { // "Dal municipi / Dalla Residenza municipale"
		if town == "" || strings.Contains(town, strings.ToLower(strings.TrimSpace(p))) || townHallRE().MatchString(p) {
			return true
		}
	}
	return false
}

// protocolDateUnder is the date of the protocol number that opens line i
// of lines, printed in a cell under it a line or two below ("Prot. n.
// 1874" over "del 19/03/2026", a letter's left column beside its
// addressees); "" for none.
func protocolDateUnder(lines []pdftext.Line, i int) string {
	cells := splitCells(lines[i])
	if len(cells) == 0 {
		return ""
	}
	prot := pdftext.NewLine(lines[i].Page, cells[0])
	if !protocolNumberRE().MatchString(prot.Text) {
		return ""
	}
	for _, next := range lines[i+1 : min(len(lines), i+3)] {
		below, ok := cellUnder(next, prot)
		if !ok {
			continue
		}
		if g := dateUnderProtocolRE().FindStringSubmatch(below.Text); g != nil {
			date, _ := parseDate(g[1])
			return date
		}
	}
	return ""
}

var (
	// protocolNumberRE is a protocol's number alone in its cell, with no
	// date: "Prot. n. 1874", "Prot. n. 1457/UdP".
	protocolNumberRE = lazyRegexp(`(?i)^\s*prot\w*\.?\s*(?:n\.|n°|nr\.?)?\s*\d+(?:/\S+)?\s*$`)
	// dateUnderProtocolRE is the date a protocol's number goes on with
	// on the line under it: "del 19/03/2026".
	dateUnderProtocolRE = lazyRegexp(`(?i)^\s*(?:del|in\s+data)\s+(\d{1,2}[./-]\d{1,2}[./-]\d{4})\s*$`)
)

var (
	// minuteOpenRE opens the sentence that dates a minute: "L'anno …",
	// "Nell'anno …"; dayFirstOpenRE one that gives the day first, "Il
	// giorno diciotto settembre …", "Addì …", which the body of an act
	// may open too: it is looked for in the minute's first lines only.
	minuteOpenRE   = lazyRegexp(`(?i)^(?:nel)?l['’]\s*anno\b`)
	dayFirstOpenRE = lazyRegexp(`(?i)^(?:il\s+giorno|` + addiWord + `)` + wordEnd)
	placeRE        = lazyRegexp(`(?i)\bnella\s+(.+?)(?:\s*,|\s+si\s+è\s+riunit|\s+sono\s+stati|\s+in\s+seguito)`)
)

// parseSession reads the minute's opening sentence: date in words, time,
// place. A deliberation's time the sentence does not give may be a cell
// of the header (headerTime).
func parseSession(ls actLines, act *Act) {
	defer func() {
		switch {
		case act.Time != "":
		case act.Kind == "deliberazione":
			act.Time, act.TimeAsPrinted = headerTime(ls[:min(len(ls), headerTimeLines)])
		case act.Kind == "convocazione":
			// The time of the session it convenes, its first: "per il
			// giorno martedì 21 aprile 2026 alle ore 21:00"; its date is
			// the letter's own.
			act.Time, act.TimeAsPrinted = findTime(ls.join(0, min(len(ls), proseWindow)))
		}
	}()
	i := ls.find(0, minuteOpenRE())
	if i < 0 {
		if i = ls[:min(len(ls), proseWindow)].find(0, dayFirstOpenRE()); i < 0 {
			sessionLine(ls[:min(len(ls), headerTimeLines)], act)
			return
		}
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

// sessionLine reads a deliberation's date and time from a line of its
// own that names its session, where no minute's sentence opens it:
// "Seduta del 14.04.2026 – ore 18:00" under the subject.
func sessionLine(ls actLines, act *Act) {
	if act.Kind != "deliberazione" {
		return
	}
	for _, l := range ls {
		g := sessionLineRE().FindStringSubmatch(l.Text)
		if g == nil {
			continue
		}
		if date, ok := parseDate(g[1]); ok && act.Date == "" {
			act.Date = date
		}
		if hhmm, printed, ok := clockTime(g[2]); ok && act.Time == "" {
			act.Time, act.TimeAsPrinted = hhmm, printed
		}
		return
	}
}

// sessionLineRE is a line that names a session by its date, and its
// time after it: "Seduta del 14.04.2026 – ore 18:00", "Adunanza del 12
// marzo 2026".
var sessionLineRE = lazyRegexp(`(?i)^\s*(?:seduta|adunanza|riunione)\s+del\s+(` + datePattern + `)(?:\s*[-–,]?\s*(?:alle\s+)?ore\s+(\d{1,2}[.:,]\d{2}))?`)

// headerTimeLines is how many of a minute's first lines its header may
// take.
const headerTimeLines = 30

var (
	// cellTimeRE is a header's cell that gives the session's time: "ore
	// 20:30", "Ora: 15.00", "Ora inizio 9,30"; cellTimeLabelRE the label
	// alone, over the time ("ORA" over "09.30", which may run on into
	// the next column's "Palazzo comunale"), and clockRE the time.
	cellTimeRE      = lazyRegexp(`(?i)^` + timeLabel + `\s*:?\s*(\d{1,2}[.:,]\d{2})$`)
	cellTimeLabelRE = lazyRegexp(`(?i)^` + timeLabel + `\s*:?$`)
	clockRE         = lazyRegexp(`^(\d{1,2})[.:,](\d{2})\b`)
)

// timeLabel labels a session's time in a header's cell.
const timeLabel = `or[ae](?:\s+(?:di\s+)?inizio)?`

// headerTime is the session's time as a cell of the header gives it,
// after its label or under it, as HH:MM and as printed; "" when none
// does.
func headerTime(ls actLines) (hhmm, asPrinted string) {
	for i, l := range ls {
		// The time stands on the line, after its label, or on the next,
		// under it: the other lines are spared splitting into cells.
		if !holdsClock(l.Text) && (i+1 >= len(ls) || !holdsClock(ls[i+1].Text)) {
			continue
		}
		for _, runs := range splitCells(l) {
			cell := pdftext.NewLine(l.Page, runs)
			if g := cellTimeRE().FindStringSubmatch(cell.Text); g != nil {
				if hhmm, _, ok := clockTime(g[1]); ok {
					return hhmm, cell.Text
				}
			}
			if !cellTimeLabelRE().MatchString(cell.Text) || i+1 >= len(ls) || ls[i+1].Page != l.Page {
				continue
			}
			if below, ok := cellUnder(ls[i+1], cell); ok {
				if hhmm, printed, ok := clockTime(below.Text); ok {
					return hhmm, printed
				}
			}
		}
	}
	return "", ""
}

// kindsOffice is the office an act's kind heading names as its issuer,
// alone or by its head's title, its name perhaps wrapped onto the next
// line: "DETERMINAZIONE DELL'AREA MINORI E FAMIGLIE", "DETERMINAZIONE DEL
// DIRIGENTE DEL SETTORE" / "AMBIENTE, ENERGIA E PROTEZIONE CIVILE"; ""
// for none.
func kindsOffice(head actLines) string {
	for i, l := range head {
		g := headingKindRE().FindStringSubmatch(l.Text)
		if g == nil {
			continue
		}
		q := cutAtNumberLabel(strings.TrimSpace(g[2]))
		if !organPrefixRE().MatchString(q) {
			continue // "Determinazione n. 214 del 24/08/2027" in a running head
		}
		office := pdftext.CollapseSpace(organPrefixRE().ReplaceAllString(q, ""))
		if t := officeHeadTitleRE().FindStringIndex(office); t != nil {
			office = office[t[1]:] // "DIRIGENTE DEL SETTORE …"
		}
		if next := i + 1; next < len(head) && head[next].Page == l.Page && (officeWordAlone(office) || danglingEnd(office)) &&
			isUpperHeading(office) && isUpperHeading(head[next].Text) && !officeHeading(head[next].Text) && !headingKindRE().MatchString(head[next].Text) &&
			cutAtNumberLabel(head[next].Text) == head[next].Text { // not "N. 33 DEL 24/03/2027" under it
			office += " " + pdftext.CollapseSpace(head[next].Text)
		}
		if officeHeading(office) && !officeWordAlone(office) {
			return office
		}
		return ""
	}
	return ""
}

// officeHeadTitleRE is the Dirigente's title before the office in an
// act's kind heading: "DIRIGENTE DEL", "DIRIGENTE DELL'". (A Responsabile
// del Servizio Tecnico is the organ by that title, as printed.)
var officeHeadTitleRE = lazyRegexp(`(?i)^dirigente\s+(?:del(?:la|lo)?\s+|dell['’]\s*|di\s+)`)
