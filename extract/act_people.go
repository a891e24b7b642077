package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// The people of a session: the attendance table, who presides, the
// secretary, others present, who proposed the act and who signed the
// proposal.

// declaredRE is the count of those present in the sentence before the
// table: "risultano presenti i seguenti n. 12 amministratori".
var declaredRE = lazyRegexp(`(?i)(?:\bn\.\s*(\d+)\s+(?:amministratori|componenti|consiglieri)|\btot(?:\.|ale)(?:\s+presenti)?\s*:?\s*(\d+))`)

// parseAttendance reads the attendance, from a table or from the minute's
// prose, with the counts it declares, and returns the lines the table
// spans (-1, -1 when there is none): no other field is to be read there.
func parseAttendance(ls actLines, act *Act) (first, last int) {
	if t := readAttendanceTable(ls); t != nil && len(t.rows) > 0 {
		// Rows without a header may be a list's entries set in two
		// blocks, cut short where an entry wraps within its block
		// ("5. DAL MOLIN ROBERTO – Consigliere –" over "assente"): the
		// list's reading, down each block, reads them whole, each of
		// the table's among them; not where it read a role wrapped
		// under its row as a name ("Società Partecipate") and glued a
		// mark to the next ("Presente DI GIOVANNI TERESA").
		if t.headerless {
			if rows := readAttendanceProse(ls); len(rows) > len(t.rows) && namesEvery(rows, t.rows) {
				act.Attendees = rows
				return -1, -1
			}
		}
		act.Attendees = t.rows
		act.AttendeesDeclared = max(t.present, 0)
		act.AbsenteesDeclared = max(t.absent, 0)
		return t.first, t.last
	}
	act.Attendees = readAttendanceProse(ls)
	return -1, -1
}

// namesEvery reports whether rows name each of some's attendees.
func namesEvery(rows, some []Attendee) bool {
	for _, a := range some {
		if !slices.ContainsFunc(rows, func(r Attendee) bool { return strings.EqualFold(r.Name, a.Name) }) {
			return false
		}
	}
	return true
}

var (
	// presidencyRE splits a sentence at the words that give the
	// presidency: who is before them, or after ("Presiede il Sindaco …",
	// "presieduto dalla sig.ra Teresa Scalise, Presidente del Consiglio").
	presidencyRE = lazyRegexp(`(?i)^(.*?)\b(?:assume\s+la\s+presidenza|presiede(?:\s+(?:la\s+seduta|l['’]\s*adunanza|la\s+riunione))?|sotto\s+la\s+presidenza\s+(?:del(?:la)?|dell['’]|di)|presiedut[oa]\s+(?:dal(?:la)?|dall['’])|dichiara\s+apert[ao]\s+la\s+(?:seduta|riunione))\s*(?:(?:il|la|l['’])\s+)?(.+)$`)
	presidentRE  = lazyRegexp(`^(?i:il|la)\s+((?i:sindaco|presidente(?:\s+del\s+consiglio)?))\s*,?\s+(.+)$`)
	secretaryRE  = lazyRegexp(`(?i)\b(?:partecipa|partecipazione|assiste|assistit[oa]|interviene|intervento|assistenza|verbalizza|funge)\b.*?\b(?:il|la|del|della|dal|dalla|funzioni\s+di|da)\s+(` + secretaryRole + `|segretari[oa])\s*,?\s*(.*)$`)
	// secretaryRoleFirstRE opens what follows a secretary's function with
	// the role of whoever holds it: "il Segretario Generale …".
	secretaryRoleFirstRE = lazyRegexp(`(?i)^\s*(?:il|la)\s+(` + secretaryRole + `)\b`)
	// secretaryNameFirstRE names the secretary after the verb by title
	// and name, then the role: "Partecipa alla seduta il Dott. Giuseppe
	// Arcidiacono, Segretario Generale supplente".
	secretaryNameFirstRE = lazyRegexp(`(?i)\b(?:partecipa|assiste|interviene)(?:\s+alla\s+seduta)?\s*,?\s+(?:il|la)\s+((?:` + personTitles + `)\s*(?-i:\p{Lu})\S*(?:\s+\S+){1,3}?)\s*,\s*(` + secretaryRole + `)\b`)
	// secretaryBeforeVerbRE names the secretary before the verb: "Il
	// Segretario Generale Dott.ssa Elena Ghilardi assiste …".
	secretaryBeforeVerbRE = lazyRegexp(`(?i)\b(?:il|la)\s+(` + secretaryRole + `)\s*,?\s+(\S+(?:\s+\S+){0,4}?)\s*,?\s+(?:assiste|partecipa|verbalizza|interviene|redige|cura\s+la\s+(?:verbalizzazione|redazione))\b`)
	// secretaryInFunctionRE names whoever takes the minutes by the role
	// they hold, then by name, then by the function: "Assiste il
	// Direttore del Consorzio, dott. Piero Gribaudo, con funzioni di
	// segretario verbalizzante".
	secretaryInFunctionRE = lazyRegexp(`(?i)\b(?:partecipa|assiste|interviene)(?:\s+alla\s+seduta)?\s*,?\s+(?:il|la)\s+(direttore(?:\s+generale)?(?:\s+(?:del|della|dello|dell['’])\s*\p{L}+)?)\s*,\s*(\S+(?:\s+\S+){0,4}?)\s*,\s*con\s+(?:le\s+)?funzioni\s+di\s+segretari[oa]`)
	// secretaryKeyRE opens the sentence on the secretary: "Partecipa il
	// Segretario …", "con l'assistenza del", "assistito dal", "con la
	// partecipazione del", "con l'intervento e l'opera del", "Funge da
	// segretario verbalizzante il Dott. …"; the verb
	// alone, at a sentence's start; the noun opening a line, its "con
	// la" ending the line above.
	secretaryKeyRE = lazyRegexp(`(?i)(?:(?:^|[.;]\s+)(?:partecipa|assiste|interviene|verbalizza|funge\s+da)\b|\bcon\s+l['’]\s*assistenza\s+del|\bassistit[oa]\s+dal|\bcon\s+la\s+partecipazione\s+del|^\s*(?:partecipazione|l['’]\s*assistenza|assistenza)\s+del\b|\bcon\s+l['’]\s*intervento\b)`)
	// inCapacityRE gives the role a name holds: "nella sua qualità di
	// Sindaco".
	inCapacityRE  = lazyRegexp(`(?i)\bqualit(?:[aà]|a['’])\s+di\s+([\p{L}'’ ]+)`)
	othersRE      = lazyRegexp(`(?i)\baltresì\s+present[ei]\s*:?\s*(.*)$`)
	proposedByRE  = lazyRegexp(`(?i)\bvista\s+la\s+proposta\s+(?:del|della|dell['’])\s*(.+?)\s+(?:in\s+allegato|allegata|e\s+ritenut)`)
	personSepRE   = lazyRegexp(`\s+e\s+(?:(?:del|della|dell['’])\s*)?`)
	othersSepRE   = lazyRegexp(`\s+-\s+(?:-\s+)*`)
	personTitleRE = lazyRegexp(`^(?i:` + personTitles + `)$`)
)

// personTitles are the courtesy and professional titles a person's name
// is printed after: "dott.ssa", "avv.", "sig.ra".
const personTitles = `dott\.ssa|dott\.|dr\.ssa|dr\.|avv\.|ing\.|arch\.|prof\.ssa|prof\.|rag\.|geom\.|sig\.ra|sig\.|signora|signor`

// bareSecretary reports whether role is "Segretario" alone, with no word
// that says whose.
func bareSecretary(role string) bool {
	return strings.EqualFold(role, "segretario") || strings.EqualFold(role, "segretaria")
}

// maxSecretaryLines is how many lines the sentence on the secretary is
// read over at most from the line that opens it: the function's words
// may fill one ("Partecipa con" / "funzioni consultive, referenti, di
// assistenza e verbalizzazione (art. 97 …) il SEGRETARIO COMUNALE DOTT.
// NICOLA" / "MASTROBERTI.").
const maxSecretaryLines = 4

// secretaryRole is the secretary's title as minutes print it: "Segretario
// Generale", "Vice Segretario Comunale", "Segretario Comunale Reggente",
// the Aosta Valley's "Segretario dell'Ente", "Vice Segretario" alone, one
// shared with other Comuni ("Segretario Comunale in convenzione",
// "Segretario comunale reggente a scavalco"); of
// other bodies, "Segretario dell'Unione", "Segretario del Consorzio",
// "Segretario verbalizzante".
const secretaryRole = `(?:(?:vice\s*-?\s*)?segretari[oa]\s+(?:(?:generale|comunale)(?:\s+` + secretaryOf + `)?|verbalizzante|` + secretaryOf + `)|vice\s*-?\s*segretari[oa])(?:\s+(?:vicari[oa]|reggente|supplente|titolare|in\s+convenzione|a\s+scavalco)){0,2}`

// secretaryOf is the body another body's secretary is of: "Segretario
// dell'Unione", "Segretario Generale dell'Unione", "del Consorzio",
// "della Comunità".
const secretaryOf = `(?:dell['’]\s*(?:ente|unione|azienda|assemblea)|del\s+(?:consorzio|parco)|della\s+comunit[aà](?:\s+montana)?)`

// roleWords are the words an office's title is made of; the words after
// them are the person's name.
var roleWords = map[string]bool{"sindaco": true, "sindaca": true, "vice": true, "vicesindaco": true, "vicesindaca": true,
	"assessore": true, "consigliera": true, "vicepresidente": true,
	"assessora": true, "presidente": true, "consigliere": true, "segretario": true, "segretaria": true,
	"generale": true, "vicario": true, "vicaria": true, "direttore": true, "direttrice": true,
	"operativo": true, "comunale": true, "dirigente": true, "responsabile": true, "capo": true,
	"di": true, "del": true, "della": true, "gabinetto": true, "consiglio": true, "anziano": true,
	// Other bodies' offices: "Presidente dell'Unione", "Presidente del
	// Consiglio di Amministrazione", "Direttore del Consorzio".
	"dell'unione": true, "dell’unione": true, "consorzio": true, "amministrazione": true, "comitato": true,
	// "Presidente dell'Assemblea consortile", "Presidente della Comunità
	// Montana".
	"dell'assemblea": true, "dell’assemblea": true, "assemblea": true, "consortile": true, "comunità": true, "montana": true,
	// "Presidente della Provincia", "Sindaco metropolitano".
	"provincia": true, "metropolitano": true,
	// The commissioners who stand in for a dissolved council.
	"commissione": true, "commissario": true, "commissaria": true, "straordinaria": true,
	"straordinario": true, "prefettizio": true, "prefettizia": true}

// articleWords are the articles that may stand before a role.
var articleWords = map[string]bool{"il": true, "la": true, "lo": true}

// parsePeople fills the attendance table, the presidency (of a minute
// only: isMinute), the secretary, the others present, and who proposed
// the act.
func parsePeople(ls actLines, act *Act) {
	tableFirst, tableLast := parseAttendance(ls, act)
	minute := isMinute(ls, act)
	for i, l := range ls {
		if i >= tableFirst && i <= tableLast {
			continue // a row "Il Sindaco ROSSI MARIO Si" names no president
		}
		if act.President == nil && minute {
			if act.President = presidency(l.Text); act.President != nil && i > 0 && !(i-1 >= tableFirst && i-1 <= tableLast) &&
				opensLine(l.Text, act.President.Name) && !closesClause(strings.TrimSpace(ls[i-1].Text)) {
				// "IL SIG. SALVATORE MURA, NELLA SUA QUALITA’ DI SINDACO,
				// CONSTATATO IL" / "NUMERO LEGALE DEGLI INTERVENUTI, ASSUME
				// LA PRESIDENZA": the line opens midway through the
				// sentence begun above it, and what opens it may be no
				// name; or the line above names its role and title ("…
				// il Sindaco" / "Andreas Kerschbaumer assume la
				// presidenza"). Not a name the whole sentence reads with
				// more words ("Il Sindaco" / "Stefano Rossini, in qualità
				// di Presidente" is no "Sindaco Stefano Rossini").
				if p := presidency(ls.joinUnbroken(i-1, i+1)); p != nil && (strings.EqualFold(p.Name, act.President.Name) || !strings.Contains(strings.ToLower(p.Name), strings.ToLower(act.President.Name))) {
					act.President = p
				}
			}
			if act.President != nil && i+1 < len(ls) {
				act.President = presidencyOverLines(ls, i, act.President)
			}
			if inTable := i-1 >= tableFirst && i-1 <= tableLast; act.President == nil && i > 0 && !inTable &&
				(presidencyRE().mayMatch(l.Text) || presidencyRE().mayMatch(ls[i-1].Text)) {
				// "Il Sig. Mario Rossi, nella sua qualità di" /
				// "Sindaco, assume la presidenza": the sentence began
				// on the line above, or two above in a narrow column
				// ("… il sig. Manfred" / "Gasser, nella sua qualità di
				// Presidente del Consiglio comunale," / "assume la
				// presidenza"); a word broken at the line's end is put
				// together again ("qualità di Sin-" / "daco, assume …").
				act.President = presidency(ls.joinUnbroken(i-1, i+1))
				if act.President == nil && i > 1 && !(i-2 >= tableFirst && i-2 <= tableLast) {
					act.President = presidency(ls.joinUnbroken(i-2, i+1))
				}
			}
			// "Il Sindaco Mario Rossi assume la presidenza": the role and
			// the name before the words.
			if g := presidentRE().FindStringSubmatch(l.Text); g != nil && act.President == nil {
				p := personName(g[2])
				p.Name = withoutMark(p.Name)
				if len(strings.Fields(p.Name)) >= 2 && !articleRE().MatchString(p.Name) {
					p.Role = g[1]
					if c := inCapacityRE().FindStringSubmatch(g[2]); c != nil {
						// "Il Presidente, Avv. Giovanni La Torre, nella sua
						// qualità di Sindaco": the capacity it presides in.
						if words := strings.Fields(c[1]); roleWordCount(words) > 0 {
							p.Role = strings.Join(words[:roleWordCount(words)], " ")
						}
					}
					act.President = &p
				}
			}
		}
		if act.Secretary == nil && (secretaryKeyRE().MatchString(l.Text) || i+1 < len(ls) && keyWrapsAfter(l.Text)) {
			// The sentence on two lines, or three where the name wraps
			// past the second ("… il Segretario Generale Dott. Francesco"
			// / "Scalise.", "… dott.ssa Maria Rosaria" / "PENNETTA,
			// incaricato …").
			// The role may wrap onto the third line too ("… il Segretario"
			// / "Generale Dott. Fabio Scordo.").
			open := false // the name read runs to the text's end: it may go on
			for end := i + 2; end == i+2 || (act.Secretary == nil || len(strings.Fields(act.Secretary.Name)) < 2 || open) && end <= min(i+maxSecretaryLines, len(ls)); end++ {
				open = false
				if g := secretaryRE().FindStringSubmatch(ls.join(i, end)); g != nil && (!bareSecretary(g[1]) || personTitleRE().MatchString(firstWord(g[2]))) {
					// "Partecipa il Segretario Dott.ssa Lorena Arnoldi": a
					// role that says no more is a secretary's before a
					// person's title.
					p := personName(fromPersonTitle(g[2]))
					if p.Name == "" || act.Secretary != nil && len(strings.Fields(act.Secretary.Name)) >= 2 && !nameGoesOn(act.Secretary.Name, p.Name) {
						continue
					}
					p.Role = pdftext.CollapseSpace(g[1])
					if r := secretaryRoleFirstRE().FindStringSubmatch(g[2]); r != nil {
						// "con funzioni di segretario verbalizzante il
						// Segretario Generale Dott. Raffaele Ciampi": the
						// function, then the role the person holds.
						p.Role = pdftext.CollapseSpace(r[1])
					}
					act.Secretary = &p
					open = strings.HasSuffix(strings.TrimRight(g[2], " "), p.Name)
				}
			}
		}
		if act.Secretary == nil && secretaryKeyRE().MatchString(l.Text) {
			// "Partecipa alla seduta il Dott. Giuseppe Arcidiacono,
			// Segretario Generale supplente, incaricato …": the name,
			// after its title, then the role.
			if g := secretaryNameFirstRE().FindStringSubmatch(ls.join(i, min(i+2, len(ls)))); g != nil {
				if p := personName(g[1]); p.Name != "" {
					p.Role = pdftext.CollapseSpace(g[2])
					act.Secretary = &p
				}
			}
		}
		if act.Secretary == nil && strings.Contains(l.Text, "egretari") {
			// "Il Segretario Generale Dott.ssa Elena Ghilardi assiste e
			// cura la verbalizzazione": the name before the verb.
			if g := secretaryBeforeVerbRE().FindStringSubmatch(ls.join(i, i+2)); g != nil {
				if p := personName(g[2]); p.Name != "" && endsAtName(p.Name, g[2]) {
					p.Role = pdftext.CollapseSpace(g[1])
					act.Secretary = &p
				}
			}
		}
		if act.Secretary == nil && minute && strings.Contains(l.Text, "irettore") {
			// "Partecipa il Direttore del Consorzio, ing. Fabio
			// Monacelli, con funzioni di Segretario verbalizzante": the
			// role the person holds, the name, then the function.
			text := ls.join(i, i+2)
			if i > 0 {
				text = ls.join(i-1, i+2) // "… Partecipa il" / "Direttore del Consorzio, …"
			}
			if g := secretaryInFunctionRE().FindStringSubmatch(text); g != nil {
				if p := personName(g[2]); p.Name != "" && endsAtName(p.Name, g[2]) {
					p.Role = pdftext.CollapseSpace(g[1])
					act.Secretary = &p
				}
			}
		}
		if act.OthersPresent == nil {
			if g := othersRE().FindStringSubmatch(l.Text); g != nil {
				text := g[1]
				for j := i + 1; j < len(ls) && !isUpperHeading(ls[j].Text) && ls.gapAbove(j) < paragraphGap && !strings.HasSuffix(text, "."); j++ {
					text += " " + ls[j].Text
				}
				for _, part := range othersSepRE().Split(pdftext.CollapseSpace(text), -1) {
					if p := splitRoleName(strings.Trim(part, " -.;")); p != nil {
						act.OthersPresent = append(act.OthersPresent, *p)
					}
				}
			}
		}
	}
	if g := proposedByRE().FindStringSubmatch(ls.join(0, len(ls))); g != nil {
		for _, part := range personSepRE().Split(g[1], -1) {
			if p := splitRoleName(part); p != nil {
				act.ProposedBy = append(act.ProposedBy, *p)
			}
		}
	}
	act.ProposalSignatories = proposalSignatories(ls)
	if (act.President == nil || act.Secretary == nil) && minute {
		president, secretary := signedPresidency(ls)
		if act.President == nil {
			act.President = president
		}
		if act.Secretary == nil {
			act.Secretary = secretary
		}
	}
}

// presidedBy reports whether words, a presidency's words and what follows
// them, name who presides after them alone: "sotto la presidenza del
// Sindaco …", "presieduta dal Sindaco …".
func presidedBy(words string) bool {
	w := strings.ToLower(firstWord(words))
	return w == "sotto" || strings.HasPrefix(w, "presiedut")
}

// presidency reads who presides from a sentence that says so: after the
// words ("Presiede il Sindaco Mario Rossi", "assume la presidenza il Sig.
// Mario Rossi, nella sua qualità di Sindaco"), else before them ("Il Sig.
// Mario Rossi, in qualità di Sindaco, assume la presidenza"); nil when
// the sentence names nobody.
func presidency(sentence string) *Person {
	g := presidencyRE().FindStringSubmatch(sentence)
	if g == nil {
		return nil
	}
	after := g[2]
	if strings.TrimSpace(lastSentence(g[1])) == "" {
		// The words open the sentence, so what follows a comma after
		// them is still who presides: "Assume la presidenza, in assenza
		// del Sindaco, la Vice Sindaco …"; not in "… il Sindaco, che
		// presiede, il Vice Sindaco …", a list going on.
		after = strings.TrimLeft(withoutAside(after), " ,")
	}
	if p := splitRoleName(after); p != nil {
		return p
	}
	if p := nameThenRole(after); p != nil && !officeWordsOnly(p.Name) {
		return p
	}
	if presidedBy(sentence[len(g[1]):]) {
		// "si è riunita la Giunta Comunale sotto la presidenza del
		// Sindaco" / "Andrea Canepa": who presides follows the words, on
		// the next line; what comes before is the body that sits.
		return nil
	}
	// The name opens the sentence, or follows an article in it:
	// "Constatato il numero legale, il Dott. Mario Rossi, …".
	before := strings.Fields(withoutAbsenceAside(lastSentence(g[1])))
	from := 0
	if isUpperHeading(strings.Join(before, " ")) {
		// In capitals, case tells no name from the words before it
		// ("ESSENDO LEGALE IL NUMERO …, IL SIG. GRIGNOLIO MAURO"): a
		// title opens the name where one is printed.
		if k := slices.IndexFunc(before, func(w string) bool { return personTitleRE().MatchString(w) }); k > 0 {
			from = k
		}
	}
	for i := from; i < len(before); i++ {
		_, titled := elidedTitle(before[i]) // "l'avv. Michele Zanatta"
		// "Il Presidente, Avv. Giovanni La Torre, nella sua qualità di
		// Sindaco,": a title after a comma opens the name set beside a
		// role.
		titled = titled || i > 0 && strings.HasSuffix(before[i-1], ",") && personTitleRE().MatchString(before[i])
		// "Essendo legale il numero degli intervenuti, Stefano Marinozzi,
		// nella sua qualità di Sindaco,": a name with neither article nor
		// title opens the clause after a comma; only the capacity it
		// presides in may follow it (below).
		afterClause := i > 0 && strings.HasSuffix(before[i-1], ",") && startsUpper(before[i]) && !isUpperHeading(strings.Join(before, " "))
		if !titled && !afterClause && (i > 0 && !articleWords[strings.ToLower(before[i-1])] || i == 0 && articleWords[strings.ToLower(before[0])]) {
			continue
		}
		rest := strings.Join(before[i:], " ")
		if p := splitRoleName(rest); p != nil && endsAtName(p.Name, rest) {
			return p // "Il Vice Sindaco Luca Bianchi assume la presidenza"
		}
		// "il Sig. Mario Rossi, nella sua qualità di Sindaco,": the name,
		// then nothing but the capacity it presides in.
		if p := nameThenRole(rest); p != nil && !officeWordsOnly(p.Name) && (!afterClause && (endsAtName(p.Name, rest) || endsAtRole(p, rest)) || inCapacityAfter(p.Name, rest)) {
			return p
		}
	}
	return nil
}

// withoutAside is s without a clause set between commas at its start,
// after the words that open a sentence saying who presides and before
// the person: ", in assenza del Sindaco, la Vice Sindaco …", ", essendo
// assente il Sindaco, l'Assessore …". A clause opening with an article
// is the person ("…, la Vice Sindaco Anna Verdi, la quale …"), and one
// of more than maxAside bytes a sentence going on.
func withoutAside(s string) string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), ",")
	if !ok {
		return s
	}
	aside, after, ok := strings.Cut(rest, ",")
	words := strings.Fields(aside)
	// In capitals ("ASSUME LA PRESIDENZA, IN ASSENZA DEL SINDACO, IL
	// VICE SINDACO …") the clause is told by its words alone.
	if !ok || len(aside) > maxAside || len(words) == 0 || !startsLower(words[0]) && !isUpperHeading(rest) {
		return s
	}
	if first := strings.ToLower(words[0]); articleWords[first] || elidedArticle(first) {
		return s
	}
	return strings.TrimSpace(after)
}

// withoutAbsenceAside is s without the clause that ends it between
// commas saying whom the person before it stands in for: "il Vicesindaco
// Dott.ssa Chiara Bartolini, in assenza del Sindaco," before "assume la
// presidenza".
func withoutAbsenceAside(s string) string {
	trimmed := strings.TrimRight(s, " ,")
	k := strings.LastIndexByte(trimmed, ',')
	if k < 0 || len(trimmed)-k > maxAside || !absenceAsideRE().MatchString(strings.TrimSpace(trimmed[k+1:])) {
		return s
	}
	return trimmed[:k]
}

// absenceAsideRE opens a clause on whom a person stands in for.
var absenceAsideRE = lazyRegexp(`(?i)^(?:in\s+assenza|in\s+sostituzione|per\s+(?:l['’]\s*)?assenza|essendo\s+assente|stante\s+l['’]\s*assenza|per\s+(?:l['’]\s*)?impedimento|vista\s+l['’]\s*assenza)\b`)

// elidedArticle reports whether w opens with the article "l'"
// ("l'Assessore").
func elidedArticle(w string) bool {
	elided, _, ok := cutElision(w)
	return ok && strings.EqualFold(strings.TrimRight(elided, "'’"), "l")
}

// maxAside is the longest clause withoutAside passes over.
const maxAside = 60

// officeWordsOnly reports whether name is made of an office's words
// alone ("Consiglio Comunale", the end of "Presidente del" / "Consiglio
// Comunale" over two lines): no person's name.
func officeWordsOnly(name string) bool {
	for _, w := range strings.Fields(name) {
		if !roleWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// presidencyOverLines rereads the presidency p read on line i over that
// line and the next, where its sentence goes on past the line's end with
// the role ("… la sig.ra Daniela Bernardi nella sua" / "qualità di
// Sindaco."), the rest of the name ("… Avv. Stefano DI" / "LORENZO, il
// quale") or the rest of the role ("… di Presidente del Consiglio" /
// "Comunale, la quale"); p when the next line adds nothing to it.
func presidencyOverLines(ls actLines, i int, p *Person) *Person {
	text := ls[i].Text
	roleGoesOn := p.Role != "" && endsAtRole(p, text)
	// "… il sig. Carlo Monteferrante, Sindaco del Comune di" / "Scerni,
	// in qualità di Presidente dell'Assemblea Consortile.": the sentence
	// goes on, and may say the capacity the president presides in.
	clauseGoesOn := p.Role != "" && endsWithPreposition(text)
	if strings.HasSuffix(strings.TrimSpace(text), ".") || p.Role != "" && !endsAtName(p.Name, text) && !roleGoesOn && !clauseGoesOn {
		return p
	}
	whole := presidency(ls.join(i, i+2))
	switch {
	case whole == nil:
	case whole.Name == p.Name && p.Role == "", namesGoOn(p.Name, whole.Name),
		roleGoesOn && whole.Name == p.Name && strings.HasPrefix(whole.Role, p.Role+" "),
		clauseGoesOn && whole.Name == p.Name:
		return whole
	}
	return p
}

// namesGoOn reports whether whole is name gone on over a line's end: with
// a surname in capitals ("Stefano DI" / "LORENZO"), after a particle that
// cannot end one ("Anna De" / "Luca"), or after a given name alone; not
// with the next sentence's word ("SALA Giuseppe" / "Partecipa").
func namesGoOn(name, whole string) bool {
	extra, ok := strings.CutPrefix(whole, name+" ")
	if !ok {
		return false
	}
	words := strings.Fields(name)
	// A name of one word is a given name whose surname the line has
	// not reached yet ("la Presidente Francesca" / "Mantelli, la quale").
	oneWord := len(words) == 1 && len(strings.Fields(extra)) <= maxSurnameWords && unicode.IsUpper([]rune(extra)[0])
	return isUpperHeading(extra) || nameParticles[strings.ToLower(words[len(words)-1])] || oneWord
}

// maxSurnameWords is the most words of a surname gone on to the next
// line ("De Gasperi").
const maxSurnameWords = 2

// nameParticles are the words a surname opens with that end no name.
var nameParticles = map[string]bool{"di": true, "de": true, "del": true, "della": true, "dello": true,
	"da": true, "dal": true, "dalla": true, "la": true, "lo": true, "li": true, "lu": true}

// endsAtRole reports whether s ends with the role set beside p's name
// ("il Sig. PEDRETTI MARCO – Sindaco –"), but for punctuation.
func endsAtRole(p *Person, s string) bool {
	return p.Role != "" && strings.HasSuffix(strings.TrimRight(s, " ,;–-)"), p.Role)
}

// keyWrapsAfter reports whether line ends with the first word of a
// secretary's key that goes on on the next line: "… PRESIDENTE DEL
// CONSIGLIO assistito" / "dal SEGRETARIO COMUNALE …", "… dichiara aperta
// la seduta, con" / "la partecipazione del Segretario Generale …".
func keyWrapsAfter(line string) bool {
	switch strings.ToLower(lastWord(line)) {
	case "assistito", "assistita", "l'assistenza", "l’assistenza", "partecipazione", "con":
		return true
	}
	return false
}

// nameGoesOn reports whether name is read, one line further, as more
// than before: before and a surname or two after it, each a capital's
// word ("Maria Rosaria" / "Maria Rosaria PENNETTA").
func nameGoesOn(before, name string) bool {
	rest, ok := strings.CutPrefix(name, before+" ")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	return len(words) <= 2 && !slices.ContainsFunc(words, func(w string) bool { return roleWords[strings.ToLower(w)] || articleWords[strings.ToLower(w)] })
}

// endsAtName reports whether s ends with name, but for punctuation.
func endsAtName(name, s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " ,;"), name)
}

// inCapacityAfter reports whether name is followed in s by the capacity
// its holder acts in, and nothing else but a clause after a comma: "Mario
// Rossi, nella sua qualità di Sindaco", "…, quale Presidente del
// Consiglio,".
func inCapacityAfter(name, s string) bool {
	_, tail, ok := strings.Cut(s, name)
	if !ok {
		return false
	}
	tail = strings.ToLower(strings.Trim(tail, " ,"))
	for _, words := range capacityWords {
		if role, found := strings.CutPrefix(tail, words); found {
			// What follows the capacity's comma is the sentence going on:
			// "…, nella sua qualità di Presidente, constatato il numero
			// legale, dichiara aperta la seduta".
			role, _, _ = strings.Cut(role, ",")
			return role != "" && !strings.ContainsFunc(role, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && r != '\'' && r != '’' })
		}
	}
	return false
}

// capacityWords open a capacity, lower-case.
// A typed accent's apostrophe may be drawn as a right quote (enscript's
// Courier: "QUALITA’").
var capacityWords = []string{"nella sua qualità di ", "nella sua qualita' di ", "nella sua qualita’ di ", "nella qualità di ", "nella qualita' di ", "nella qualita’ di ", "in qualità di ", "in qualita' di ", "in qualita’ di ", "quale "}

// lastSentence is the last sentence s begins: what follows the last full
// stop, semicolon or colon that does not end a title ("Sig.", "Dott.") or
// an initial.
func lastSentence(s string) string {
	words := strings.Fields(s)
	start := 0
	for i, w := range words {
		end := strings.TrimRight(w, ".;:")
		if _, elided := elidedTitle(w); end == w || elided || personTitleRE().MatchString(w) || utf8.RuneCountInString(end) == 1 {
			continue
		}
		start = i + 1
	}
	return strings.Join(words[start:], " ")
}

// withoutMark drops a presence mark that a table row printed after the
// name ("ROSSI MARIO Si"), for a row read as a sentence.
func withoutMark(name string) string {
	words := strings.Fields(name)
	if len(words) > 2 && markerRE().MatchString(words[len(words)-1]) {
		return strings.Join(words[:len(words)-1], " ")
	}
	return name
}

// splitRoleName splits "Direttore Generale Malangone Christian" into the
// role and the name.
func splitRoleName(s string) *Person {
	words := strings.Fields(s)
	if len(words) > 0 && articleWords[strings.ToLower(words[0])] {
		words = words[1:] // "Il Sindaco MURONE MARIO"
	} else if len(words) > 0 && elidedArticle(words[0]) {
		_, words[0], _ = cutElision(words[0]) // "l'Assessore anziano Mario Rossi"
	}
	n := roleWordCount(words)
	if n == 0 || n == len(words) {
		return nil
	}
	from := n
	if m := roleWordCount(words[n:]); m > 0 && n+m < len(words) && strings.HasSuffix(words[n-1], ",") {
		from = n + m // "il Vicesindaco, Consigliere Marta Caffarena": the seat they hold besides is no part of the name
	}
	p := personName(strings.Join(words[from:], " "))
	if p.Name == "" {
		return nil
	}
	p.Role = strings.TrimRight(strings.Join(words[:n], " "), ",")
	return &p
}

// roleWordCount is how many of words, from the first, name a role: up to
// a comma that sets the name apart ("il Sindaco, Mario Rossi").
func roleWordCount(words []string) int {
	n := 0
	for n < len(words) && roleWords[strings.ToLower(strings.TrimRight(words[n], ",."))] {
		n++
		if strings.HasSuffix(words[n-1], ",") {
			break
		}
	}
	// A role ends in no preposition before a name: "il Vicesindaco Di
	// Lorenzo Angela", the surname's particle after it. (At the text's
	// end, "… QUALITA' DI PRESIDENTE DEL", the role goes on in the next
	// line.)
	for n > 0 && n < len(words) && surnameParticle(strings.ToLower(words[n-1])) {
		n--
	}
	return n
}

// surnameParticle reports whether w, in lower case, is a preposition a
// role's words may hold ("Presidente del Consiglio") that also opens
// surnames ("Di Lorenzo", "De Luca", "Del Prete", "Della Valle"). A
// switch, not a map: the package builds nothing at init it can spare.
func surnameParticle(w string) bool {
	switch w {
	case "di", "de", "del", "della", "dello", "dei", "degli", "delle", "da", "dal", "dalla":
		return true
	}
	return false
}

// nameThenRole reads "Sig. Mario Rossi, nella sua qualità di Sindaco": a
// name first, then, when the sentence gives it, the role; nil when s does
// not open with a name of two words or more.
func nameThenRole(s string) *Person {
	p := personName(s)
	if len(strings.Fields(p.Name)) < 2 {
		return nil
	}
	if g := inCapacityRE().FindStringSubmatch(s); g != nil {
		words := strings.Fields(g[1])
		p.Role = strings.Join(words[:roleWordCount(words)], " ")
	} else if role := appositionRole(p.Name, s); role != "" {
		p.Role = role
	}
	return &p
}

// appositionRole is the role set beside a name, between commas, dashes or
// brackets: "Elena Marchetti, Presidente del Consiglio Comunale, la
// quale", "PEDRETTI MARCO – Sindaco –", "Mario Rossi (Sindaco)"; "" when
// no role's words follow the name so.
func appositionRole(name, s string) string {
	_, tail, ok := strings.Cut(s, name)
	if !ok {
		return ""
	}
	tail = strings.TrimSpace(tail)
	mark, size := utf8.DecodeRuneInString(tail)
	// A minus sign stands for the dash where a report's font prints one
	// for the hyphen (a2ps: "TEDDE GIOVANNI ANTONIO − SINDACO").
	if !strings.ContainsRune(",–−-(", mark) {
		return ""
	}
	words := strings.Fields(strings.TrimLeft(tail[size:], " ,–−-("))
	for i, w := range words {
		if end := strings.TrimRight(w, ",.;–−-)"); end != w {
			words[i] = end
			words = words[:i+1]
			break
		}
	}
	n := roleWordCount(words)
	if n == 0 || !unicode.IsUpper([]rune(words[0])[0]) {
		return ""
	}
	return strings.Join(words[:n], " ")
}

// elidedTitle is the title in a word that elides the article before it:
// "avv." in "l'avv.".
func elidedTitle(w string) (string, bool) {
	elided, rest, ok := cutElision(w)
	if !ok || !smallElided(elided) || !personTitleRE().MatchString(rest) {
		return "", false
	}
	return rest, true
}

// personName reads a name as printed from the start of s: titles are set
// apart, and the name ends at the first word that is not capitalised or
// at punctuation.
func personName(s string) Person {
	var p Person
	var name []string
	words := strings.Fields(s)
	stopped := false // a word after the name ended it
	for i, w := range words {
		if w == "de" && len(name) > 0 && i+1 < len(words) && startsUpper(words[i+1]) {
			name = append(name, w) // "Angela de Gennaro": a surname's particle, never a preposition
			continue
		}
		if title, ok := elidedTitle(w); ok {
			w = title // "l'avv. Michele Zanatta"
		}
		if personTitleRE().MatchString(w) {
			if len(name) == 0 {
				p.Title = withTitle(p.Title, w)
			}
			continue
		}
		trimmed := strings.TrimRight(w, ",;.:)")
		r := []rune(trimmed)
		if len(r) == 0 || !unicode.IsUpper(r[0]) || (len(r) <= 2 && strings.ContainsAny(trimmed, "'’")) ||
			notInName[strings.ToLower(trimmed)] {
			stopped = true
			break
		}
		if len(name) == 0 && initialRE().MatchString(w) {
			name = append(name, w) // "G. Sciortino": an initial opens the name
			continue
		}
		name = append(name, trimmed)
		if trimmed != w {
			break
		}
	}
	for stopped && len(name) > 1 && surnameParticle(strings.ToLower(name[len(name)-1])) {
		// "… dott.ssa Nathalie GUICHARDAZ" / "Dei componenti la Giunta
		// …": a particle opens a surname and ends none, here the next
		// sentence's first word. At the text's end it may open the
		// surname the next line goes on with ("Avv. Stefano DI" /
		// "LORENZO, il quale …").
		name = name[:len(name)-1]
	}
	p.Name = strings.Join(name, " ")
	return p
}

// initialRE is a given name's initial: "G.".
var initialRE = lazyRegexp(`^\p{Lu}\.$`)

// withTitle is a name's title once its next title, before the name, is
// read: a professional title after a courtesy one replaces it ("signor
// Dr. Stefan Gasser": "Dr."), two professional ones are one title
// ("dott. ing. Stefano Girotto": "dott. ing.").
func withTitle(title, next string) string {
	switch {
	case title == "" || courtesyTitle(title) && !courtesyTitle(next):
		return next
	case courtesyTitle(next):
		return title
	}
	return title + " " + next
}

// courtesyTitle reports whether title is a courtesy title, not a
// professional one: "sig.", "signora".
func courtesyTitle(title string) bool {
	switch strings.ToLower(title) {
	case "sig.", "sig.ra", "signor", "signora":
		return true
	}
	return false
}

// notInName are words no Italian name holds, which a sentence printed
// in capitals, where case tells nothing, puts before or after one:
// "ROBERTO PEZZOTTA IL QUALE PROVVEDE …", "… E DICHIARA APERTA LA
// SEDUTA", "NELLA SUA QUALITA’ DI SINDACO". A surname's own particles
// (DE, DI, DEL, DELLA, LA, LO, DA) are not among them.
var notInName = map[string]bool{"il": true, "i": true, "gli": true, "e": true, "ed": true, "che": true, "quale": true,
	"per": true, "con": true, "nella": true, "nel": true, "alla": true, "alle": true, "al": true, "in": true,
	"assume": true, "assiste": true, "partecipa": true, "presiede": true, "provvede": true, "dichiara": true,
	"constatato": true, "riconosciuta": true, "nominato": true, "nominata": true, "essendo": true, "sua": true,
	"qualità": true, "qualita'": true, "qualita’": true, "qualita": true}

var (
	signedMarkRE   = lazyRegexp(`(?i)^\(\s*firmato\s+digitalmente\s*\)$`)
	proposalHeadRE = lazyRegexp(`(?i)^proposta\s+di\s+deliberazione\b`)
	roleStartRE    = lazyRegexp(`^(?:IL|LA|L['’])\s*\p{Lu}`)
)

// fromPersonTitle is s from the title of the person it names, where it
// first names the office that person holds in the body ("il Direttore
// del Consorzio Dott.ssa Paola Repetto", after "con funzioni di
// Segretario verbalizzante,"), or from the name after the member of the
// body it names ("la componente Laura Cecchini"): s itself when it opens
// otherwise, or names no title within a few words.
func fromPersonTitle(s string) string {
	if g := memberBeforeNameRE().FindStringSubmatch(s); g != nil {
		return g[1] // "la componente Laura Cecchini": a member the body names, no title
	}
	words := strings.Fields(s)
	if len(words) == 0 || !strings.EqualFold(words[0], "il") && !strings.EqualFold(words[0], "la") {
		return s
	}
	for k, w := range words[1:min(len(words), maxOfficeBeforeTitle+1)] {
		if personTitleRE().MatchString(w) {
			return strings.Join(words[k+1:], " ")
		}
	}
	return s
}

// memberBeforeNameRE is a member of the body named before a name without
// a title, as one who takes a secretary's part is: "la componente Laura
// Cecchini", "il consigliere Marco Rossi". The name is what follows.
var memberBeforeNameRE = lazyRegexp(`(?i)^\s*(?:il|la|l['’])\s*(?:componente|consigliere|consigliera|membro)\s+((?-i:\p{Lu}).*)$`)

// maxOfficeBeforeTitle is the most words of an office named before a
// person's title.
const maxOfficeBeforeTitle = 6

// cell is a block of text on a line, apart from its neighbours by a wide
// gap: one column of a signature grid.
type cell struct {
	x, x2 float64
	text  string
	y     float64
	size  float64
}

// cells splits every line of ls into its column cells.
func cells(ls actLines) []cell {
	var out []cell
	for _, l := range ls {
		for _, runs := range splitCells(l) {
			c := cell{x: runs[0].X, text: pdftext.JoinRuns(runs), y: l.Y, size: l.Size}
			for _, r := range runs {
				c.x2 = math.Max(c.x2, r.X+r.W)
			}
			if c.text != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

// proposalSignatories reads the signature grid of a proposal: each
// "(firmato digitalmente)" mark, the name above it and the role above the
// name, column by column.
func proposalSignatories(ls actLines) []Person {
	p := ls.find(0, proposalHeadRE())
	if p < 0 {
		return nil
	}
	end := p + 1
	for end < len(ls) && ls[end].Page == ls[p].Page {
		end++
	}
	page := cells(ls[p+1 : end])
	type signatory struct {
		top, x float64
		person Person
	}
	var found []signatory
	for k, mark := range page {
		if !signedMarkRE().MatchString(mark.text) {
			continue
		}
		// The cells of the same column above the mark, nearest first.
		var above []cell
		for j := k - 1; j >= 0; j-- {
			c := page[j]
			if c.y > mark.y && c.x < mark.x2 && c.x2 > mark.x {
				if signedMarkRE().MatchString(c.text) {
					break
				}
				above = append(above, c)
			}
		}
		if len(above) < 2 {
			continue
		}
		name := above[0]
		var role []string
		top := name.y
		for j := 1; j < len(above); j++ {
			c := above[j]
			if (above[j-1].y-c.y)/math.Max(c.size, 1) > paragraphGap || !isUpperHeading(c.text) {
				break
			}
			role = append([]string{c.text}, role...)
			top = c.y
			if roleStartRE().MatchString(c.text) {
				break
			}
		}
		if len(role) == 0 {
			continue
		}
		found = append(found, signatory{top: top, x: mark.x,
			person: Person{Role: pdftext.CollapseSpace(strings.Join(role, " ")), Name: name.text}})
	}
	// Reading order: blocks that start on the same line, left to right.
	slices.SortStableFunc(found, func(a, b signatory) int {
		if math.Abs(a.top-b.top) > 1 {
			return cmp.Compare(b.top, a.top)
		}
		return cmp.Compare(a.x, b.x)
	})
	var out []Person
	for _, f := range found {
		out = append(out, f.person)
	}
	return out
}

// articleRE tells "Il Segretario…" (a heading beside the president's) from
// a name.
var articleRE = lazyRegexp(`^(?:Il|IL|La|LA|Lo|LO)\s`)

var (
	// presidentCellRE is a signature's title that presides: "IL
	// PRESIDENTE", "IL VICE PRESIDENTE", "IL SINDACO", "IL SINDACO –
	// PRESIDENTE" (the role the Sindaco's).
	presidentCellRE = lazyRegexp(`^(?i:il|la)\s+((?i:(?:vice\s*-?\s*)?presidente(?:\s+del\s+consiglio)?|sindac[oa]|vice\s*-?\s*sindac[oa]|commissari[oa](?:\s+(?:straordinari[oa]|prefettizi[oa]))?))(?:\s*[-–]\s*(?i:presidente))?$`)
	// secretaryCellRE is the secretary's title in the grid beside the
	// president's: "IL SEGRETARIO COMUNALE", "IL SEGRETARIO COMUNALE
	// REGGENTE", "IL VICE SEGRETARIO".
	secretaryCellRE = lazyRegexp(`^(?i:il|la)\s+((?i:(?:vice\s*-?\s*)?segretari[oa](?:\s+(?:comunale|generale|verbalizzante|reggente|supplente|titolare|a\s+scavalco))*))$`)
	signedNoteRE    = lazyRegexp(`(?i)^firmato\b`)
	fToRE           = lazyRegexp(`(?i)^f\.to\s+`)
)

// signedPresidency reads the president and the secretary from the
// minute's closing signature grid ("Il Presidente" over the name, beside
// "Il Segretario" over theirs), for minutes that name them nowhere else.
// The grid closes the minute: it is looked for from the end, past a
// heading of the same words over the decision ("IL COMMISSARIO
// PREFETTIZIO" over "Premesso che …"). The secretary is the one beside
// the president, not one who signs the certificate of publication under
// the grid.
func signedPresidency(ls actLines) (president, secretary *Person) {
	for i := len(ls) - 1; i >= 0; i-- {
		heads := cells(ls[i : i+1])
		for _, head := range heads {
			g := presidentCellRE().FindStringSubmatch(head.text)
			if g == nil {
				continue
			}
			president = signedUnder(ls, i, head, g[1])
			if president == nil {
				continue
			}
			for _, beside := range heads {
				if s := secretaryCellRE().FindStringSubmatch(beside.text); s != nil {
					secretary = signedUnder(ls, i, beside, s[1])
				}
			}
			if secretary == nil {
				secretary = signedBelow(ls, i)
			}
			return president, secretary
		}
	}
	return nil, nil
}

// signedBelow is the secretary who signs in the grid's next row, under
// the president's (line i) and the signatures under it ("IL VICE
// PRESIDENTE" | "IL CONSIGLIERE ANZIANO" over their names, then "IL
// SEGRETARIO GENERALE" over hers), within maxGridRowsBelow lines and
// before a rule closes the grid (a certificate's signer stands under
// it); nil for none.
func signedBelow(ls actLines, i int) *Person {
	for j := i + 1; j < len(ls) && j <= i+maxGridRowsBelow && ls[j].Page == ls[i].Page; j++ {
		if !strings.ContainsFunc(ls[j].Text, isAlnum) {
			return nil // a rule under the grid: a certificate follows
		}
		for _, c := range cells(ls[j : j+1]) {
			if s := secretaryCellRE().FindStringSubmatch(c.text); s != nil {
				return signedUnder(ls, j, c, s[1])
			}
		}
	}
	return nil
}

// maxGridRowsBelow is how many lines under the president's title the
// secretary's may stand: the signatures under the first row, and the
// second row's title.
const maxGridRowsBelow = 3

// signedUnder is who signs under the signature's title head, on line i,
// in role: the first name of two words or more in a cell under it, on
// the three lines below, past "firmato digitalmente" and "F.to".
func signedUnder(ls actLines, i int, head cell, role string) *Person {
	for j := i + 1; j < len(ls) && j <= i+3 && ls[j].Page == ls[i].Page; j++ {
		for _, c := range cells(ls[j : j+1]) {
			if c.x >= head.x2 || c.x2 <= head.x || signedNoteRE().MatchString(c.text) {
				continue
			}
			if p := personName(fToRE().ReplaceAllString(c.text, "")); len(strings.Fields(p.Name)) >= 2 {
				p.Role = role
				return &p
			}
		}
	}
	return nil
}

// opensLine reports whether line opens with name, no article or title
// before it.
func opensLine(line, name string) bool {
	return name != "" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(line)), strings.ToLower(name))
}
