package extract

// The issuer a letterhead names: a municipality ("COMUNE DI AVELLA",
// "CITTA' di LAMEZIA TERME"), or another public body whose acts an Albo
// carries (an Unione dei Comuni, a Provincia, a consortium, an Azienda
// Sanitaria), scored among the header's cells by where and how large
// each is printed.

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// municipalityDashRE is a municipality's name and a dash before what a
// running foot says of the act: "COMUNE DI TERRALBA - ".
var municipalityDashRE = lazyRegexp(`(?i)\b(?:comune|citt[aà])\s+di\s+[^-–−|]{1,40}?\s*[-–−|]\s*`)

// Municipalities: "COMUNE DI AVELLA", "CITTA' di LAMEZIA TERME", "Città
// Metropolitana di Roma Capitale", "Unione dei Comuni …", "Unione Montana
// …", "Comunità Montana …", "Provincia di …".
var (
	municipalityCellRE = lazyRegexp(`(?i)^((?:comune|citt[aà](?:['’` + "`" + `]|\s+metropolitana)?|provincia|prefettura)\s*(?:di\b|d['’]|` + articledOf + `)|unione\s+(?:dei\s+|di\s+)?comuni|unione\s+montana|unione|comunit[aà]\s+montana|unit[ée]\s+des\s+communes(?:\s+valdôtaines)?|regione|tribunale\s+di)\s*(.*)$`)
	// stampRE marks a protocol stamp or a reference, not a heading: the
	// municipality a stamp names registered the document, which another
	// body may have sent.
	stampRE = lazyRegexp(`(?i)\bprot\w*\b|\barrivo\b|\bpartenza\b|\d{2}/\d{2}/\d{4}`)
	// addressRE marks an address after the name in a letterhead ("COMUNE
	// DI X – Via Roma 1 – Tel. …"): the name before it is the issuer's.
	addressRE = lazyRegexp(`(?i)@|\bvia\b|\btel\b`)
)

// articledOf is "of" with an article, kept as printed in an issuer's
// name: "Provincia dell'Aquila", "Comune della Spezia", "Provincia del
// Sud Sardegna".
const articledOf = `dell['’]|(?:della|dello|del|de)\b`

// nameEndRE ends a municipality's name within its heading: a bracket, a
// comma, a dash (a minus sign between spaces, as a2ps prints one), a
// middle dot or a bullet, or the province or region run
// on after it on its line ("CITTÀ DI CERIGNOLA Provincia di Foggia",
// "CITTÀ DI TRINITAPOLI · Provincia di Barletta-Andria-Trani"), or the
// act's kind, a running head's ("UNIONE MONTANA ALTA VAL DI CECINA
// Determinazione").
var nameEndRE = lazyRegexp(`\(|,|–|—|·|•|\s-|-\s|\s−\s|\s(?i:provincia\s+di|citt[aà]\s+metropolitana|libero\s+consorzio|regione)\s|\s(?i:determinazione|deliberazione|ordinanza|decreto)(?:\s|$)`)

// municipalityInHeading is the municipality a header names only inside
// the sentence that names the act: "Verbale di deliberazione della Giunta
// Comunale del Comune di Teggiano – Provincia di Salerno"; "" for none.
func municipalityInHeading(cells []headerCell) string {
	for _, c := range cells {
		if !c.beforeBody || c.inSubject || !headingKindRE().MatchString(c.text) {
			continue // only the sentence that names the act: another may name any town
		}
		g := municipalityOfRE().FindStringSubmatch(c.text)
		if g == nil {
			continue
		}
		name := g[2]
		if i := nameEndRE().FindStringIndex(name); i != nil {
			name = name[:i[0]]
		}
		if name = strings.TrimSpace(name); name != "" && len(strings.Fields(name)) <= 5 && !strings.ContainsAny(name, "0123456789;:.") {
			return issuerName(canonicalTitle(g[1]), canonicalName(name))
		}
	}
	return ""
}

// municipalityOfRE is a municipality named inside a sentence as the one
// an organ or an act belongs to.
var municipalityOfRE = lazyRegexp(`(?i)\b(?:del|dal|nel)\s+(comune\s+di|citt[aà]\s+di)\s+(.+)$`)

// stampLike reports whether s reads as a protocol stamp or a reference
// (stampRE), not counting a mail address's user ("protocollo@pec…" in a
// picture letterhead's caption, "Provincia di Potenza – … – PEC:
// protocollo@pec.provinciapotenza.it").
func stampLike(s string) bool {
	for _, m := range stampRE().FindAllStringIndex(s, -1) {
		if m[1] >= len(s) || s[m[1]] != '@' {
			return true
		}
	}
	return false
}

// bestMunicipality scores every heading that names a municipality: near
// the top of the page, in a large font, alone on its line; a stamp ("…
// - arrivo - Prot. …") or an address scores nothing.
func bestMunicipality(columns []headerColumn, bodySize float64) string {
	best, bestScore := "", 0.0
	french, frenchScore, union := "", 0.0, false
	for _, col := range columns {
		for k, c := range col.cells {
			g := municipalityCellRE().FindStringSubmatch(c.text)
			if g == nil && c.beforeBody {
				// "Ufficio di Presidenza del Consiglio comunale – Comune di
				// Villasor": the office, then its municipality.
				g = municipalityAfterDash(c.text)
			}
			if g == nil || stampLike(c.text) || c.inSubject {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(c.text); !unicode.IsUpper(r) {
				continue // "comune di Crocetta del Montello, per l'importo …": a sentence going on
			}
			title := canonicalTitle(g[1])
			name := strings.TrimSpace(g[2])
			if title == "Unione" && (name == "" || strings.HasPrefix(strings.ToLower(name), "europea")) {
				continue // "Finanziato dall'Unione europea" under a logo
			}
			if name == "" && k+1 < len(col.cells) && (!strings.HasPrefix(title, "Unione") && title != "Comunità Montana" || unionNameUnder(col.cells[k+1].text)) {
				name = col.cells[k+1].text // "Comune di" over "MILANO", "UNIONE DEI COMUNI" over "TERRA DI LEUCA"
			} else if k+1 < len(col.cells) && strings.HasSuffix(name, "-") && wrapsName(c, col.cells[k+1]) {
				name = strings.TrimSuffix(name, "-") + col.cells[k+1].text // "COMUNE DI SANNICANDRO DI BA-" over "RI": a word broken at the line's end
			} else if k+1 < len(col.cells) && (wrapsName(c, col.cells[k+1]) || unionNameGoesOn(title, c, col.cells[k+1])) {
				name += " " + col.cells[k+1].text // "COMUNE DI BORGO SAN" over "GIACOMO"
			}
			// "COMUNE DI X (Provincia di Y)", "CITTA' DI X - arrivo", but
			// a hyphenated name stays whole.
			if i := placeNameEnd(title, name); i >= 0 {
				name = strings.TrimSpace(name[:i])
			} else if addressRE().MatchString(name) {
				continue // an address run into the name
			}
			if name == "" || !placeNameFits(title, name) || strings.ContainsAny(name, "0123456789;:.") {
				continue
			}
			score := 1.0
			if c.beforeBody {
				score += 2
			}
			score += 2 * (1 - c.topFraction)
			if c.size > bodySize*1.1 {
				score++
			}
			if c.left == "" && c.right == "" {
				score += aloneOnLine // a letterhead, not a running head's cell
			}
			switch body, _, _ := strings.Cut(title, " "); {
			case body == "Provincia", strings.HasPrefix(title, "Città Metropolitana"):
				score -= 2.5 // the province under a municipality's name
			case body == "Prefettura", body == "Regione", body == "Tribunale":
				score-- // another body, heading a notice it sends
			case body == "Unité":
				// An Unione's French name: its Italian one, printed
				// under it, where there is one.
				if score > frenchScore {
					french, frenchScore = issuerName(title, canonicalName(name)), score
				}
				continue
			}
			if strings.HasPrefix(title, "Unione") {
				union = true
			}
			if score > bestScore {
				best, bestScore = issuerName(title, canonicalName(name)), score
			}
		}
	}
	if !union && frenchScore > bestScore {
		return french
	}
	return best
}

// municipalityAfterDash is municipalityCellRE's match of the first part
// of s after a dash that opens with a Comune's or a Città's title, nil
// for none.
func municipalityAfterDash(s string) []string {
	if !strings.Contains(s, " – ") && !strings.Contains(s, " - ") {
		return nil
	}
	for _, part := range dashParts(s)[1:] {
		g := municipalityCellRE().FindStringSubmatch(part)
		if g == nil {
			continue
		}
		if title := canonicalTitle(g[1]); strings.HasPrefix(title, "Comune") || title == "Città di" {
			return g
		}
	}
	return nil
}

// unionNameUnder reports whether s, under an Unione's or a Comunità
// Montana's title, is its name: a few words in capitals, or one or two
// capitalised, not the list of the municipalities it joins.
func unionNameUnder(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxPlaceWords || strings.ContainsAny(s, ",;:–0123456789") || strings.Contains(s, " -") || strings.Contains(s, "- ") ||
		strings.HasPrefix(strings.ToLower(s), "comuni ") {
		return false
	}
	// In capitals, or a word or two capitalised, hyphenated perhaps, as
	// the title over it prints its own ("Unione dei Comuni valdostani"
	// over "Mont-Cervin").
	r, _ := utf8.DecodeRuneInString(s)
	return isUpperHeading(s) || len(words) <= 2 && unicode.IsUpper(r)
}

// placeNameEnd is where a heading's name ends (nameEndRE), -1 where it
// runs to the end. An Unione's or a Comunità Montana's name lists the
// valleys it joins between commas ("VALLI DEL RENO, LAVINO E
// SAMOGGIA"): a comma ends it only before an address or a figure, as it
// does another body's (bodyNameEndRE).
//
// A body other than a Comune may bear a dash in its name
// ("COMUNITÀ MONTANA BUSSENTO – LAMBRO E MINGARDO"): a dash before a few
// capitalised words that name no province, office, address or kind goes
// on with it (dashNameGoesOn).
func placeNameEnd(title, name string) int {
	long := maxPlaceNameWords(title) > maxPlaceWords
	for _, m := range nameEndRE().FindAllStringIndex(name, -1) {
		if long && name[m[0]] == ',' {
			if e := bodyNameEndRE().FindStringIndex(name[m[0]:]); e == nil || e[0] != 0 {
				continue
			}
		}
		if !strings.HasPrefix(title, "Comune") && !strings.HasPrefix(title, "Città") && dashNameGoesOn(name[m[0]:]) {
			continue
		}
		return m[0]
	}
	return -1
}

// dashNameGoesOn reports whether s, from a dash to the text's end, goes
// on with a body's name: one to four words, each capitalised or a link
// ("Lambro e Mingardo", "ROMAGNA"), none naming a province, an office,
// an address, a contact or an act's kind.
func dashNameGoesOn(s string) bool {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutPrefix(s, "–")
	if !ok {
		rest, ok = strings.CutPrefix(s, "—")
	}
	words := strings.Fields(rest)
	if !ok || len(words) == 0 || len(words) > maxDashNameWords || strings.ContainsAny(rest, "0123456789,;:()/@–—-") {
		return false
	}
	for _, w := range words {
		lower := strings.ToLower(w)
		if dashNameStops[lower] {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !nameLinkWords[lower] && !smallWords[lower] {
			return false
		}
	}
	return true
}

// maxDashNameWords is the most words a name goes on with after a dash.
const maxDashNameWords = 4

// dashNameStops are the words that say what follows a body's name after
// a dash is not its name: a province or a region, an office, an address,
// a contact, an act's kind, a letterhead's note.
var dashNameStops = map[string]bool{"provincia": true, "regione": true, "metropolitana": true, "prefettura": true,
	"comune": true, "ufficio": true, "settore": true, "area": true, "servizio": true, "servizi": true, "segreteria": true, "direzione": true,
	"sede": true, "via": true, "viale": true, "piazza": true, "corso": true, "tel.": true, "tel": true, "pec": true, "fax": true,
	"determinazione": true, "deliberazione": true, "ordinanza": true, "decreto": true, "avviso": true, "albo": true,
	"copia": true, "originale": true, "protocollo": true, "prot.": true}

// placeNameFits reports whether name, after title, has no more words than
// such a name: maxPlaceNameWords, and as many again as a linked end may
// add ("San Casciano in Val di Pesa", "Castelnuovo di Val di Cecina").
func placeNameFits(title, name string) bool {
	words := strings.Fields(name)
	most := maxPlaceNameWords(title)
	if len(words) > 1 && slices.ContainsFunc(words[1:], func(w string) bool { return nameLinkWords[strings.ToLower(w)] }) {
		most = max(most, maxLinkedPlaceWords)
	}
	return len(words) <= most
}

// maxLinkedPlaceWords is the most words of a place's name whose end opens
// with a link.
const maxLinkedPlaceWords = 7

// maxPlaceNameWords is the most words of a name after its title: a
// municipality's or a province's few ("Borgo San Giacomo", "Reggio
// nell'Emilia"); an Unione's or a Comunità Montana's, named after the
// valleys and the shores it joins, more ("Valsassina Valvarrone Val
// d'Esino e Riviera").
func maxPlaceNameWords(title string) int {
	if strings.HasPrefix(title, "Unione") || strings.HasPrefix(title, "Unité") || title == "Comunità Montana" {
		return 8
	}
	return maxPlaceWords
}

// maxPlaceWords is the most words of a municipality's or a province's
// name.
const maxPlaceWords = 5

// aloneOnLine is what a heading alone on its line scores over one that
// shares it: "CITTA’ DI MONREALE" centred under a report's running head
// "COMUNE DI MONREALE - PROC. DELIBERE | DELIBERAZIONE C.C. N. 27 | PAG.
// 1 DI 2".
const aloneOnLine = 0.5

// nameLinkWords are the words a place's name goes on with after its
// first words: "Appiano sulla Strada del Vino", "San Giovanni in Fiore".
var nameLinkWords = map[string]bool{"sul": true, "sulla": true, "sullo": true, "sui": true, "del": true,
	"della": true, "dello": true, "dei": true, "di": true, "in": true, "al": true, "alla": true, "ai": true}

// maxLinkedNameWords is the most words of a name's end that opens with a
// link.
const maxLinkedNameWords = 5

// wrapsName is whether next, the cell under a municipality's heading,
// is the end of its name wrapped in a narrow cell: a word or two in
// capitals in the same type on the next line, or a few opening with a
// link, that name no office, no province, no kind of act.
func wrapsName(heading, next headerCell) bool {
	t := next.text
	words := strings.Fields(t)
	// Two words, or a name's link and what it links ("SULLA STRADA DEL
	// VINO" under "COMUNE DI APPIANO").
	short := len(words) <= 2 || len(words) <= maxLinkedNameWords && nameLinkWords[strings.ToLower(words[0])]
	// The next line, or the one after where a stamp's line beside the
	// letterhead stands between them ("Prot. n. 4127 del" over
	// "09/03/2026" right of "COMUNE DI SAN GIORGIO DI" over "NOGARO").
	under := next.line == heading.line+1 || next.line == heading.line+2
	return under && math.Abs(next.size-heading.size) < 0.5 && isUpperHeading(heading.text) &&
		isUpperHeading(t) && short && !strings.ContainsAny(t, "0123456789()-–,.:;") &&
		!opensOtherHeading(t) && !headingStopRE().MatchString(t)
}

// unionNameGoesOn reports whether next, the line under an Unione's
// heading in small letters, is the rest of its name in the same type:
// "Unione dei Comuni valdostani" over "Mont-Cervin".
func unionNameGoesOn(title string, heading, next headerCell) bool {
	return strings.HasPrefix(title, "Unione") && next.line == heading.line+1 && math.Abs(next.size-heading.size) < 0.5 &&
		!isUpperHeading(heading.text) && unionNameUnder(next.text) && !opensOtherHeading(next.text)
}

// opensOtherHeading reports whether t, under a name in a letterhead,
// opens a heading of its own and is no end of that name: an office, a
// municipality, an act's kind, an annex ("ALLEGATO A"), a report or a
// table ("ELENCO …").
func opensOtherHeading(t string) bool {
	return officeRE().MatchString(t) || municipalityCellRE().MatchString(t) || headingKindRE().MatchString(t) ||
		attachmentHeadingRE().MatchString(t) || reportHeadingRE().MatchString(t)
}

// canonicalTitle writes a municipality's title as KEYS.md has it:
// CITTA', CITTÀ, Citta' all become "Città".
func canonicalTitle(t string) string {
	t = strings.ToLower(pdftext.CollapseSpace(t))
	if of := articledOfRE().FindString(t); of != "" {
		title, _, _ := strings.Cut(canonicalTitle(strings.TrimSuffix(t, of)+" di"), " di")
		return title + of // "Provincia dell'", "Comune della"
	}
	switch {
	case strings.HasPrefix(t, "comune"):
		return "Comune di"
	case strings.Contains(t, "metropolitana"):
		return "Città Metropolitana di"
	case strings.HasPrefix(t, "citt"):
		return "Città di"
	case strings.HasPrefix(t, "unione montana"):
		return "Unione Montana"
	case strings.HasPrefix(t, "comunit"):
		return "Comunità Montana"
	case strings.HasPrefix(t, "unione di"): // Tuscany's "Unione di Comuni"
		return "Unione di Comuni"
	case strings.HasPrefix(t, "unione comuni"): // as printed: "UNIONE COMUNI DEL SORBARA"
		return "Unione Comuni"
	case strings.HasPrefix(t, "unione dei"):
		return "Unione dei Comuni"
	case t == "unione": // "UNIONE RENO GALLIERA"
		return "Unione"
	case strings.HasPrefix(t, "unit"): // Valle d'Aosta's unions, named in French only
		return "Unité des Communes valdôtaines"
	case strings.HasPrefix(t, "prefettura"):
		return "Prefettura di"
	case strings.HasPrefix(t, "regione"):
		return "Regione"
	case strings.HasPrefix(t, "tribunale"):
		return "Tribunale di"
	}
	return "Provincia di"
}

// articledOfRE finds articledOf closing an issuer's title.
var articledOfRE = lazyRegexp(`\s(?:` + articledOf + `)$`)

// issuerName joins an issuer's title and its name: "Provincia dell'"
// and "Aquila" with no space between them.
func issuerName(title, name string) string {
	if strings.HasSuffix(title, "'") || strings.HasSuffix(title, "’") {
		return title + name
	}
	return strings.TrimSpace(title + " " + name)
}

// canonicalName writes a name printed in capitals in title case and keeps
// one printed in mixed case as it is.
func canonicalName(s string) string {
	if !isUpperHeading(s) {
		return s
	}
	s = upperNumeralsAndCodes(capitalizeAfter(titleCase(s), "-"))
	// After a title, a leading small word stays small: "Unione dei
	// Comuni della Valle del Savio".
	if first, rest, ok := strings.Cut(s, " "); ok && smallWords[strings.ToLower(first)] {
		return strings.ToLower(first) + " " + rest
	}
	return s
}

// publicBody is the body other than a municipality that a letterhead
// names at the top of the page, where no municipality's heading is read:
// "CONSORZIO DI BONIFICA ACQUE RISORGIVE", "AZIENDA SANITARIA PROVINCIALE
// DI CROTONE", "ENTE PARCO NAZIONALE DEI MONTI SIBILLINI", a name that
// wraps in its size onto the line under it ("CONSORZIO INTERCOMUNALE PER
// LA GESTIONE DEI SERVIZI" / "SOCIO ASSISTENZIALI DEI COMUNI
// DELL'ALESSANDRINO"). The name is a heading in capitals, above the body
// in the page's top part, opening with a word such bodies are named by;
// of several, the largest, then the highest. "" for none.
func publicBody(columns []headerColumn, bodySize float64) string {
	best, bestSize, bestTop, bestShort := "", 0.0, math.Inf(1), false
	for _, col := range columns {
		for k, c := range col.cells {
			large := c.size >= bodySize*letterheadScale || c.topFraction <= letterheadTop && c.size >= bodySize*topLetterheadScale
			// The name before a dash or a bracket: a picture
			// letterhead's caption goes on with the body's legal form and
			// its law ("CONSORZIO DI BONIFICA 3 MEDIO VALDARNO – Ente
			// pubblico economico ai sensi della L.R. … n. 79"); one that
			// goes on with an address is no name's line.
			text := c.text
			// The body's acronym before its name: "C.I.S.S. 38 –
			// Consorzio Intercomunale dei Servizi Sociali".
			acronym := ""
			if m := acronymDashRE().FindString(text); m != "" {
				acronym, text = m, text[len(m):]
			}
			if i := bodyNameEndRE().FindStringIndex(text); i != nil && isUpperHeading(text[:i[0]]) && !addressRE().MatchString(text[i[0]:]) {
				text = strings.TrimSpace(text[:i[0]])
			}
			// A name in small letters under a logo's acronym names the
			// body the acronym stands for ("ASL BARI" / "Azienda Sanitaria
			// Locale della provincia di Bari"), whatever its size.
			underAcronym := k > 0 && acronymOnly(col.cells[k-1].text) && publicBodyName(col.cells[k-1].text, false) && bodyNameUnderAcronym(text)
			if !c.beforeBody || c.inSubject || c.topFraction > maxBodyTop || !publicBodyName(text, large) && !underAcronym {
				continue
			}
			name := c.text[len(acronym):]
			for n := k + 1; n < len(col.cells) && wrapsBodyName(col.cells[n-1], col.cells[n]); n++ {
				name += " " + col.cells[n].text
			}
			if i := bodyNameEndRE().FindStringIndex(name); i != nil {
				name = name[:i[0]]
			}
			// A logo's acronym ("ASL CN1") gives way to the name beside
			// it ("Azienda Sanitaria Locale CN1"), whatever their sizes.
			short := acronymOnly(name)
			if best != "" && short != bestShort {
				if short {
					continue
				}
			} else if !(c.size > bestSize+0.5 || math.Abs(c.size-bestSize) <= 0.5 && c.topFraction < bestTop) {
				continue
			}
			best, bestSize, bestTop, bestShort = acronym+canonicalName(strings.TrimSpace(name)), c.size, c.topFraction, short
		}
	}
	return best
}

// bodyNameUnderAcronym reports whether s, under a logo's acronym, is the
// name it stands for, in small letters as a sentence is written:
// "Azienda Sanitaria Locale della provincia di Bari".
func bodyNameUnderAcronym(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 2 && len(words) <= maxBodyNameWords && publicBodyWords[strings.ToLower(words[0])] &&
		!hasFigures(words) && !strings.ContainsAny(s, ":;@") && !addressRE().MatchString(s)
}

// acronymOnly reports whether a body's name is only its acronym and its
// code or number, every word in capitals of a few letters or a figure:
// "ASL CN1", "ASP 5".
func acronymOnly(name string) bool {
	for _, w := range strings.Fields(name) {
		if len(w) > 4 || strings.ToUpper(w) != w {
			return false
		}
	}
	return true
}

// acronymDashRE opens a letterhead's line with a body's acronym, its
// number or code, and a dash before the name it stands for: "C.I.S.S. 38
// – ", "ATS – ", "ASL CN1 - ".
var acronymDashRE = lazyRegexp(`^(?:(?:[A-Z]\.){2,6}|[A-Z]{2,6})(?:\s+(?:\d{1,3}|[A-Z]{2}\d))?\s+[–−-]\s+`)

// maxBodyTop is how far down the page, as a share of its height, a
// letterhead's name may stand.
const maxBodyTop = 0.2

// letterheadScale is how much larger than the header's median cell a
// letterhead's name is printed when it is not in capitals;
// topLetterheadScale how much larger at the least on the page's top
// (letterheadTop, a share of its height), where nothing but a
// letterhead stands ("Ente Parco Nazionale del Gran Sasso e Monti della
// Laga" in 13 points over a text in 12).
const (
	letterheadScale    = 1.2
	topLetterheadScale = 1.05
	letterheadTop      = 0.1
)

// bodyNameEndRE ends a body's name within its letterhead's line: a
// bracket, a dash, or a comma before an address, a figure or a province
// ("…, Via Roma 1"); a comma inside the name stays ("Ente Parco
// Nazionale del Cilento, Vallo di Diano e Alburni").
var bodyNameEndRE = lazyRegexp(`\(|–|—|\s-|-\s|,\s*(?:\d|(?i:via|viale|piazza|corso|sede|tel|c\.\s*f|p\.\s*iva|provincia|regione|citt[aà]\s+metropolitana)\b)`)

// publicBodyName reports whether s reads as a public body's name in a
// letterhead: a few words in capitals, or written as a name is and larger
// than the header's text (large), the first a word such bodies are named
// by, with no figure, label or address.
func publicBodyName(s string, large bool) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > maxBodyNameWords || !isUpperHeading(s) && !(large && nameCased(s)) || hasFigures(words) || strings.ContainsAny(s, ":;@") ||
		stampLike(s) || addressRE().MatchString(s) {
		return false
	}
	return publicBodyWords[strings.ToLower(words[0])]
}

// publicBodyWords are the words the names of public bodies other than a
// municipality open with: consortia, health and social-care agencies,
// parks, agencies, institutes, the Sicilian Liberi Consorzi, the social
// districts (Ambiti), the Comunità of Friuli's mountains and Trentino's
// valleys ("COMUNITÀ DI MONTAGNA DELLA CARNIA", "Comunità della Val di
// Non").
var publicBodyWords = map[string]bool{"consorzio": true, "azienda": true, "ente": true, "agenzia": true, "istituto": true,
	"fondazione": true, "ambito": true, "libero": true, "asp": true, "asl": true, "ats": true, "asst": true, "ausl": true,
	"ulss": true, "ipab": true, "parco": true, "autorità": true, "camera": true, "comunità": true,
	// The waste and water authorities of the optimal areas ("ATO TOSCANA
	// COSTA", "EGATO …"), the social-housing and environment agencies.
	"ato": true, "aato": true, "egato": true, "ater": true, "arpa": true}

// hasFigures reports whether words hold figures other than a body's
// number among its words: Tuscany's "CONSORZIO DI BONIFICA 4 BASSO
// VALDARNO", "AULSS 6 EUGANEA" are names; a date, a postcode, a phone
// number or "N. 79" are not; a code of letters and a figure is ("ASL
// CN1").
func hasFigures(words []string) bool {
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789") && (len(w) > 2 || strings.Trim(w, "0123456789") != "") && !bodyCodeRE().MatchString(w) {
			return true
		}
	}
	return false
}

// bodyCodeRE is a body's code among the words of its name, a province's
// letters and a number: Piedmont's "ASL CN1", "ASL TO3".
var bodyCodeRE = lazyRegexp(`^[A-Z]{2}\d$`)

// maxBodyNameWords is the most words of a body's name on one line.
const maxBodyNameWords = 12

// wrapsBodyName reports whether next, the cell under heading in its
// column, goes on with a body's name: on the next line, or the one after
// where a line of another column stands between (a crest's caption
// beside the letterhead), in its size (or, in capitals, larger), in
// capitals, naming no figure, label, address or other heading.
func wrapsBodyName(heading, next headerCell) bool {
	t := next.text
	cased := isUpperHeading(t) || !isUpperHeading(heading.text) && nameCased(t)
	// In its heading's size, or in capitals under capitals larger: the
	// body's own name set bigger under its kind ("AZIENDA PUBBLICA DI
	// SERVIZI ALLA PERSONA" in 13 points over "VITTORIO FOSSOMBRONI" in
	// 15).
	sized := math.Abs(next.size-heading.size) < 0.5 ||
		isUpperHeading(heading.text) && isUpperHeading(t) && next.size > heading.size && next.size <= largerNameScale*heading.size
	return next.line > heading.line && next.line <= heading.line+2 && sized && cased &&
		len(strings.Fields(t)) <= maxBodyNameWords && !hasFigures(strings.Fields(t)) && !strings.ContainsAny(t, "()–,.:;@") &&
		!addressRE().MatchString(t) && !opensOtherHeading(t)
}

// largerNameScale is how much larger than its kind's line a body's own
// name may be set under it.
const largerNameScale = 1.5

// nameCased reports whether s is written as a name is, each word opening
// with a capital but the small words that link them: "Val d'Agri
// Lagonegrese", under "Ente Parco Nazionale dell'Appennino Lucano".
func nameCased(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, "“\"«‘'") // a name in quotes: "Azienda … “Daniele Moro”"
		if _, after, elided := cutElision(w); elided && after != "" {
			w = after // "d'Agri", "dell’Asinara"
		}
		if w == "n." || w == "n°" {
			continue // the body's number: "Azienda Socio-Sanitaria Locale n. 4 dell'Ogliastra"
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !smallWords[w] { // "Consorzio di Bonifica 2 Alto Valdarno"
			return false
		}
	}
	return true
}

// upperNumeralsAndCodes writes the words of s after its first that are Roman
// numerals of I, V and X, of two letters or more, back in capitals:
// "Ambito Territoriale Sociale Xix" is "… XIX"; "i", an article, stays.
// So it writes a body's code ("Azienda Sanitaria Locale Cn1" is "… CN1").
func upperNumeralsAndCodes(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && len(w) >= 2 && strings.Trim(strings.ToLower(w), "ivx") == "" || bodyCodeRE().MatchString(strings.ToUpper(w)) {
			words[i] = strings.ToUpper(w)
		}
	}
	return strings.Join(words, " ")
}
