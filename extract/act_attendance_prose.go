package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The attendance written as prose: "Sono presenti i signori: ROSSI MARIO
// (Sindaco), BIANCHI LUCA (Assessore); assenti: VERDI ANNA (Assessore)."

var (
	// proseListRE opens a list of those present or absent, or of those
	// who take part ("con l'intervento dei Sigg.:", "Intervengono i
	// Signori:"), the count of those present between ("Risultano
	// presenti, su 11 componenti assegnati e in carica, n. 10 membri:"),
	// or whether the absence is justified ("Risulta assente ingiustificato
	// il signor: ZANDONAI PIETRO."); the colon is required, so that "invita i presenti a deliberare" is
	// no list.
	proseListRE = lazyRegexp(`(?i)\b(present[eia]|assent[eia]|con\s+l['’]\s*intervento\s+(?:dei|delle|degli)|intervengono)(?:,\s+su\s+[^:.;]{1,60}?,\s*n\.\s*\d{1,3}\s+(?:membri|componenti|consiglieri))?\s*(?:(?:i|il|la|le|gli|sigg?\.(?:ri|ra)?|signori|signore|signora|signor|seguenti|componenti|consiglieri|assessori|amministratori|(?:in)?giustificat[ieao])\s*)*:\s*`)
	// proseEndRE ends a list: the sentence after it, which opens with a
	// capital and a small letter ("Partecipa", not "ROSSI" after "Sigg."),
	// or a capital alone or elided ("È assente", "L'Assessore"), so the
	// words alone are matched regardless of case: under (?i) the classes
	// of capitals and small letters are each both. In a minute set in
	// capitals, the counts' sentence ends it: ". PRESENTI N. 4 -
	// ASSENTI N. 1".
	proseEndRE = lazyRegexp(`\.\s+\p{Lu}(?:\p{Ll}|[\s'’])|\.$|\.\s+(?i:(?:present[ie]|assent[ie]|totale)\s+n\b)|(?i:\b(?:partecipa|assiste|assume|presiede)\b)`)
	proseSepRE = lazyRegexp(`\s*(?:[,;]|\s[-–]\s|\s+e\s+)\s*`)
	// listCountRE is the count a list closes with, in brackets.
	listCountRE = lazyRegexp(`(?i)\s*\(\s*(?:totale|tot\.|in\s+tutto)?\s*(?:n\.|n°|nr\.)?\s*\d{1,3}\s*\)`)
	// listItemMarkRE is the number or bullet that opens an item of a list
	// set one a line, and the list's first.
	listItemMarkRE = lazyRegexp(`(?:^|\n)\s*(?:\d{1,2}\s*[).]|[-•·])\s+`)
	proseRoleRE    = lazyRegexp(`^(.*?)\s*\(\s*(` + attendeeRolePattern + `)\s*\)$`)
	// proseRoleCloseRE is a role's closing bracket followed by the next
	// name, with no separator between them.
	proseRoleCloseRE = lazyRegexp(`\)\s+(\p{Lu})`)
	// proseVerbListRE opens a list without a colon, its verb before it
	// (proseLists checks it, as the pattern alone would try every place
	// of a long text): "Sono presenti il Sindaco Mario Rossi, …",
	// "Risulta assente l'Assessore Carla Gialli", "È assente,
	// giustificata, l'Assessore Rosaria Cuomo", "E’ assente, senza
	// giustificazione, l’Assessore TUFARO Vincenzo", "risultano presenti i
	// componenti dell'Assemblea Sigg.ri Mura Salvatore (Presidente), …",
	// the body and the courtesy title taken with the verb; where they
	// are ("risultano presenti nella sala della Giunta il Sindaco …"),
	// and those who take part from afar ("risultano collegati in
	// videoconferenza i consiglieri …"), present too. The list must open
	// with a capital, an article or a role, so that "sono presenti n. 5
	// consiglieri" is no list.
	proseVerbListRE = lazyRegexp(`(?i)\b(present[ie]|assent[ie]|collegat[aeio](?:\s+(?:in\s+videoconferenza|da\s+remoto))?)(?:,?\s+(?:(?:in)?giustificat[ieoa]|senza\s+giustificazione),?)?(?:\s+(?:in|nella)\s+(?:aula|sala|presenza|sede)(?:\s+(?:consiliare|della\s+giunta|delle\s+adunanze))?)?\s+(?:(?:i\s+)?(?:componenti|consiglieri|assessori|membri)\s+(?:dell['’]\s*|del(?:la|lo)?\s+)\p{L}+\s+)?(?:(?:i\s+)?(?:sigg?\.(?:ri|re)?|signori)\s+)?`)
	// proseListOpenRE is how such a list opens: a name in capitals,
	// after its article and a courtesy title ("il signor Alessandri
	// Alberto"), or after the role its holders share, written small ("i
	// consiglieri Luca Ghio, Anna Allais").
	proseListOpenRE = lazyRegexp(`^(?:` + attendeeRolePattern + `\s+)?(?:(?i:il|la|lo|l['’]|gli|i)\s*)?(?:(?i:` + personTitles + `)\s*)?\p{Lu}\p{L}`)
	// interventionListRE opens a list of those who take part without a
	// colon, each after an articled preposition (articledItem): "con
	// l'intervento della Presidente Francesca Guidi, del Vice
	// Presidente Roberto Tassinari e dei Consiglieri Marco Bellini e
	// Lucia Zanella", "si è riunita la Giunta Comunale nelle persone del
	// Sindaco Gianluca Zanforlin, del Vicesindaco Marta Bellinello e
	// dell'Assessore Davide Trombin".
	interventionListRE = lazyRegexp(`(?i)\b(?:con\s+l['’]\s*|nelle\s+)(intervento|persone)\s+`)
	// exceptionListRE opens the list of those absent from a roll given
	// as everyone but them: "Sono presenti tutti i Consiglieri assegnati
	// ad eccezione di: Iachelini Stefano (assente giustificato), …".
	exceptionListRE = lazyRegexp(`(?i)\bpresent[ie]\s+tutti\b[^.;:]{0,80}?\bad\s+(eccezione)\s+d(?:i|ei|elle|egli)(?:\s+(?:signori|sigg\.(?:ri)?|consiglieri|assessori|componenti))?\s*:?\s*`)
	// nobodyRE is an empty list: "assenti: nessuno".
	nobodyRE = lazyRegexp(`(?i)^(?:nessun[oa]|-+)$`)
)

// proseEnd is where a list of names ends in list: where proseEndRE finds
// the sentence after it, but not at a title's stop before a name ("Dott.
// Antonio CIRILLO", "Sig.ra Carmela D'AMATO"), nor at a verb of a clause
// about the name before it ("il Sindaco Elisa Faoro, che presiede la
// seduta, il Vicesindaco …").
func proseEnd(list string) int {
	for end := range proseEndRE().stringIndexes(list) {
		if list[end[0]] == '.' {
			before := list[:end[0]+1]
			word := before[strings.LastIndexAny(before, " \n,;:()")+1:]
			if _, title, ok := cutElision(word); ok {
				word = title // "l'avv." before "Pietro Lettieri"
			}
			if personTitleRE().MatchString(word) {
				continue
			}
		} else if relativeWords[strings.ToLower(lastWord(list[:end[0]]))] {
			continue
		}
		return end[0]
	}
	return len(list)
}

// lastWord is the last word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " \n")
	return s[strings.LastIndexAny(s, " \n")+1:]
}

// bracketedMarkRE is what a list of names may add in brackets after one:
// a presence, if markerRE reads it so ("(giustificata)").
var bracketedMarkRE = lazyRegexp(`\s*\(([^()]*)\)$`)

// relativeWords open a clause about the name before them.
var relativeWords = map[string]bool{"che": true, "quale": true}

// roleOnly is whether item is a role and no name.
func roleOnly(item string) bool {
	g := roleAtEndRE().FindStringSubmatch(item)
	return g != nil && g[1] == ""
}

// minProseNames is how many names a list of those present holds at the
// least to be taken for the attendance.
const minProseNames = 2

// readAttendanceProse reads the lists of those present and absent from the
// minute's sentences, present first.
func readAttendanceProse(ls actLines) []Attendee {
	text := ls.joinBlocks(0, proseWindow, nil) // across every line
	rows := readRollText(text)
	if rows == nil && !markedListRE().MatchString(text) && !proseListRE().MatchString(text) {
		return nil // no list opens: no roll in blocks either (most determinazioni)
	}
	if blocks := ls.sideBySideRuns(0, proseWindow); blocks != nil {
		if down := readRollText(ls.joinBlocks(0, proseWindow, blocks)); readsBetter(down, rows) {
			rows = down
		}
	}
	return rows
}

// readsBetter says whether a roll read down the blocks it is set in
// (down) is the printed one rather than the roll read across them: it
// reads more entries, or as many in a better order (orderedNeighbours).
// Where neither reading tells, the sentence is read across its lines:
// the blocks may be no more than a justified line's wide gaps
// ("PRESTI Maria,   GERMANÀ Salvatore,   CATANIA Rosaria,").
func readsBetter(down, across []Attendee) bool {
	if len(down) != len(across) {
		return len(down) > len(across)
	}
	return orderedNeighbours(down, true) > orderedNeighbours(across, true)
}

// readRollText reads the lists of those present and absent from text,
// the minute's lines joined (joinBlocks).
func readRollText(text string) []Attendee {
	if rows := readMarkedList(text); rows != nil {
		return rows
	}
	var roll proseRoll
	exceptions := false // everyone present but those listed: a roll of absences alone (so with a count of those present)
	lists := proseLists(text)
	for k, loc := range lists {
		if k > 0 && rollCounted(text[lists[0][1]:loc[0]]) {
			// "Presenti n. 9, assenti n. 3", then "Sono presenti il
			// Sindaco, dott. Nunzio Bonfiglio, e gli Assessori …": the
			// roll is counted and closed; whoever else attends is no
			// member of it.
			break
		}
		opener := strings.ToLower(text[loc[2]:loc[3]])
		if strings.HasPrefix(opener, "con") && strings.Contains(text[loc[3]:loc[1]], "\n") {
			continue // "con l'intervento dei Signori:" over a table: its rows are read as one
		}
		exceptions = exceptions || opener == "eccezione"
		var next []int
		if k+1 < len(lists) {
			next = lists[k+1]
		}
		roll.readList(listText(text, loc, next), !strings.HasPrefix(opener, "assent") && opener != "eccezione")
	}
	if roll.presentNames < minProseNames && !(len(roll.rows) > 0 && (exceptions || roll.presentNames == 0 && presentCountRE().MatchString(text))) {
		return nil
	}
	return roll.rows
}

// listText is the text of the list that opens at loc in text (a match
// of proseLists), up to its end, the next list (next, nil for none) or
// the sentence after it, its separators made commas.
func listText(text string, loc, next []int) string {
	end := min(len(text), loc[1]+maxProseList)
	if next != nil && next[0] > loc[1] && next[0] < end {
		// "… Loi Marcella e Atzeni Franco; risultano assenti …":
		// the next list, its verb before it, ends this one.
		end = next[0]
		if before := strings.TrimRight(text[loc[1]:end], " \n"); listVerbBefore(before + " ") {
			end = loc[1] + strings.LastIndexAny(before, " \n") + 1
		}
	}
	list := strings.ToValidUTF8(text[loc[1]:end], "")
	list = list[:proseEnd(list)]
	if another := proseListRE().FindStringIndex(list); another != nil {
		list = list[:another[0]]
	}
	// One "NAME (Role)" a line: the line breaks, joined as spaces,
	// separate the names as commas would.
	list = proseRoleCloseRE().ReplaceAllString(list, "), $1")
	// One numbered or bulleted item a line ("1) Dott. Antonio CIRILLO
	// – Sindaco"): the marks separate the names as commas would.
	list = listItemMarkRE().ReplaceAllString(list, ", ")
	// "PALOMBI Massimo (totale n. 14)": the count closing the list.
	return listCountRE().ReplaceAllString(list, "")
}

// proseRoll is a roll read from a minute's lists of names, present and
// absent, as it is read: its rows and how many of them are present.
type proseRoll struct {
	rows         []Attendee
	presentNames int
}

// readList adds the names of one list to the roll, each present or not.
func (r *proseRoll) readList(list string, present bool) {
	listStart := len(r.rows)
	carried := "" // "gli Assessori Anna Verdi e Paolo Neri": both
	for _, group := range splitOutsideBrackets(list, groupSepRE()) {
		groupStart := max(len(r.rows), listStart) // "GARBARINO Silvia, …, e PREGLIASCO Dario, Consiglieri;": a role for the group
		for _, item := range splitOutsideBrackets(group, proseSepRE()) {
			item = r.itemAfterLast(item, listStart)
			if item == "" || nobodyRE().MatchString(item) {
				continue
			}
			// "ROSSI Mario - Sindaco": the dash that separates names
			// separated the role from its name.
			if last := len(r.rows) - 1; last >= listStart && r.rows[last].Role == "" && roleOnly(item) {
				role, plural := singularRole(item)
				if !plural {
					r.rows[last].Role = role
					continue
				}
				for k := groupStart; k < len(r.rows); k++ {
					if r.rows[k].Role == "" {
						r.rows[k].Role = role // "…, Consiglieri;" after the group's names
					}
				}
				continue
			}
			name, role, plural, ok := proseNameRole(item)
			if !ok {
				continue
			}
			switch {
			case role == "":
				role = carried
			case plural:
				carried = role
			default:
				carried = ""
			}
			r.rows = append(r.rows, Attendee{Name: name, Role: role, Present: present})
			if present {
				r.presentNames++
			}
		}
	}
}

// itemAfterLast is a list's item made a name (and its role): without the
// conjunction before it, the role or the mark of the row before it that
// the item's first line holds (given to that row), the articled
// preposition the list's verb governs, and a remark in brackets.
func (r *proseRoll) itemAfterLast(item string, listStart int) string {
	// "Mario Garnero, Sindaco, e i consiglieri Elisa Bernard": the
	// conjunction after a comma opens the next item. So at a line's
	// end: "… Ignazio Serra, giustificato, e" / "Gianfranco Atzeni".
	item = strings.Trim(item, " .:\n")
	if rest, ok := strings.CutPrefix(item, "e"); ok && rest != "" && (rest[0] == ' ' || rest[0] == '\n') {
		item = strings.TrimLeft(rest, " \n")
	}
	if last := len(r.rows) - 1; last >= listStart {
		// "Mario Rossi, Sindaco" a line: the comma that separates names
		// separated the role from its name, and the role ends its line.
		if role, rest, ok := strings.Cut(item, "\n"); ok && r.rows[last].Role == "" && roleOnly(role) {
			r.rows[last].Role, _ = singularRole(role)
			item = rest
		}
		// "GIOVANAZZI SILVIA, Consigliere, ass. giust." a line: a mark in
		// a cell of its own, after the name it marks.
		mark, rest, _ := strings.Cut(item, "\n")
		if p, ok := markValue(strings.TrimSpace(mark), colPresence); ok {
			r.rows[last].Present = p
			item = rest
		}
	}
	item = strings.ReplaceAll(item, "\n", " ")
	if rest, ok := articledItem(item); ok {
		// "del Vice Presidente Roberto Tassinari": the preposition the
		// list's verb governs is no part of it.
		item = rest
	}
	return withoutBracketRemark(item)
}

// withoutBracketRemark is a list's item without the remark or the mark
// in brackets after its name: "Sandra Lusini (giustificata)", "Francesca
// RIZZATO (entrata alle ore 20:45, prima della trattazione)"; a role in
// the brackets stays, before its remark ("TUFARO Vincenzo (Assessore,
// entrato alle ore 10,45)" is "TUFARO Vincenzo (Assessore)").
func withoutBracketRemark(item string) string {
	g := bracketedMarkRE().FindStringSubmatchIndex(item)
	if g == nil {
		return item
	}
	inside := item[g[2]:g[3]]
	if role, _, ok := strings.Cut(inside, ","); ok && proseRoleRE().MatchString(item[:g[0]]+" ("+role+")") {
		return item[:g[0]] + " (" + role + ")"
	}
	if markerRE().MatchString(inside) || !proseRoleRE().MatchString(item) {
		return item[:g[0]]
	}
	return item
}

// rollCounted reports whether text, between a roll's first list and a
// later one, counts those present and those absent: "Presenti n. 9,
// assenti n. 3".
func rollCounted(text string) bool {
	return presentCountRE().MatchString(text) && absentCountRE().MatchString(text)
}

// absentCountRE is the count of those absent after the count of those
// present.
var absentCountRE = lazyRegexp(`(?i)\bassent[ie]\s+(?:n\.|n°|nr\.?)\s*\d{1,3}\b`)

// presentCountRE is the count of those present a minute gives where it
// names only the absent: "risultano presenti n. 15 consiglieri su n. 17
// assegnati", "presenti n. 14 - assenti n. 3".
var presentCountRE = lazyRegexp(`(?i)\bpresent[ie]\s+(?:n\.|n°|nr\.?)\s*\d{1,3}\b`)

// proseLists finds where the lists of those present or absent open in
// text: after a colon (proseListRE), or after their verb (proseVerbListRE)
// where no list with a colon opens. Each is the match's [start, end) and
// its present/absent word's.
func proseLists(text string) [][]int {
	lists := proseListRE().FindAllStringSubmatchIndex(text, -1)
	for _, loc := range proseVerbListRE().FindAllStringSubmatchIndex(text, -1) {
		if !listVerbBefore(text[:loc[0]]) && !listEndsBefore(text[:loc[0]]) || !proseListOpenRE().MatchString(text[loc[1]:]) {
			continue
		}
		// "Sono presenti i Signori: …" is the colon's list; "risulta
		// assente il Sig. PAONESSA SALVATORE (SINDACO). PRESENTI: 4" is
		// not the counts' after it.
		if slices.ContainsFunc(lists, func(l []int) bool {
			return l[0] < loc[1]+maxListLead && l[1] > loc[0] && !strings.ContainsAny(text[loc[0]:max(loc[0], l[0])], ".;()")
		}) {
			continue
		}
		lists = append(lists, loc)
	}
	for _, loc := range exceptionListRE().FindAllStringSubmatchIndex(text, -1) {
		if !slices.ContainsFunc(lists, func(l []int) bool { return l[0] < loc[1] && l[1] > loc[0] }) {
			lists = append(lists, loc)
		}
	}
	for _, loc := range interventionListRE().FindAllStringSubmatchIndex(text, -1) {
		if _, ok := articledItem(text[loc[1]:]); !ok || slices.ContainsFunc(lists, func(l []int) bool { return l[0] < loc[1]+maxListLead && l[1] > loc[0] }) {
			continue
		}
		lists = append(lists, loc)
	}
	slices.SortFunc(lists, func(a, b []int) int { return a[0] - b[0] })
	return lists
}

// groupSepRE parts a list of names into the groups a role after them
// may hold: "BOGLIOLO Franco, Sindaco; GARBARINO Silvia, DELPIANO
// Enrico, Consiglieri; …".
var groupSepRE = lazyRegexp(`\s*;\s*`)

// splitOutsideBrackets splits a list of names at its separators (sep:
// proseSepRE, groupSepRE), but not at those within a bracket: "CADEDDU
// Fabio (entrato alle ore 18:20, prima dell'inizio della trattazione del
// punto), LODDO Roberta" is two items.
func splitOutsideBrackets(list string, sep *pattern) []string {
	var items []string
	start := 0
	for _, m := range sep.FindAllStringIndex(list, -1) {
		if m[0] < start || strings.Count(list[start:m[0]], "(") > strings.Count(list[start:m[0]], ")") {
			continue
		}
		items = append(items, list[start:m[0]])
		start = m[1]
	}
	return append(items, list[start:])
}

// articledItem is item after the articled preposition it opens with,
// before a capital or a courtesy title: "Vice Presidente Roberto
// Tassinari" of "del Vice Presidente Roberto Tassinari"; ok is false
// for an item that opens otherwise.
func articledItem(item string) (rest string, ok bool) {
	word, after, found := strings.Cut(item, " ")
	if elided, tail, e := cutElision(word); e && strings.EqualFold(strings.TrimRight(elided, "'’"), "dell") {
		word, after, found = "dell", tail+" "+after, true
	}
	switch strings.ToLower(word) {
	case "del", "della", "dello", "dell", "dei", "degli", "delle":
	default:
		return "", false
	}
	after = strings.TrimSpace(after)
	first, _ := utf8.DecodeRuneInString(after)
	if !found || !unicode.IsUpper(first) && !strings.HasPrefix(strings.ToLower(after), "sig") {
		return "", false
	}
	return after, true
}

// listVerbBefore reports whether before ends with the verb a list of
// those present or absent follows: "sono", "è", "risulta", "risultano".
func listVerbBefore(before string) bool {
	words := strings.Fields(before[max(0, len(before)-maxListVerb):])
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(words[len(words)-1], ":")) { // "risultano: presenti il dott. …"
	case "sono", "è", "e'", "e’", "risulta", "risultano": // "E’ assente", its accent typed as an apostrophe
		return true
	}
	return false
}

// listEndsBefore reports whether before ends with the semicolon that
// closes the list before another, which needs no verb: "presenti …;
// assenti il sig. Luigi Aceto …".
func listEndsBefore(before string) bool {
	return strings.HasSuffix(strings.TrimRight(before, " \n"), ";")
}

// maxListVerb is how many bytes before the list's word its verb is looked
// for in: "risultano ".
const maxListVerb = 12

// maxListLead is how far, in bytes, the colon of a list may stand past
// its verb: "sono presenti i seguenti Consiglieri:".
const maxListLead = 60

// singularRole is a role as one holder of it bears it: without its
// article, in the singular ("gli Assessori" → "Assessore"); plural says
// the list named several holders.
func singularRole(role string) (singular string, plural bool) {
	words := strings.Fields(role)
	if len(words) > 0 {
		if articleWords[strings.ToLower(words[0])] || strings.EqualFold(words[0], "gli") || strings.EqualFold(words[0], "i") {
			words = words[1:]
		} else if elided, rest, ok := cutElision(words[0]); ok && smallElided(elided) {
			words[0] = rest // "l'Assessore"
		}
	}
	for i, w := range words {
		if ending, ok := pluralRoles[strings.ToLower(w)]; ok {
			if w[len(w)-1] == 'I' {
				ending = strings.ToUpper(ending)
			}
			words[i] = w[:len(w)-1] + ending
			plural = true
		}
	}
	return strings.Join(words, " "), plural
}

// pluralRoles are the words of a role in the plural, each with the
// ending of its singular in place of its -i.
var pluralRoles = map[string]string{"assessori": "e", "consiglieri": "e", "comunali": "e", "esterni": "o"}

// maxProseList is how long, in bytes, a list of names runs at most.
const maxProseList = 2000

// proseWindow is how many lines from the top the minute's attendance may
// be written in.
const proseWindow = 120

// stripTitle drops the courtesy and professional titles before a name
// ("Sig.", "Dott.ssa", "il Signor").
func stripTitle(s string) string {
	words := strings.Fields(s)
	for len(words) > 0 {
		w := strings.ToLower(words[0])
		// "il Signor Giuseppe Ciccarese": an article goes with the title
		// after it; alone it opens a surname ("LA ROSA Giuseppina").
		article := (w == "il" || w == "la") && len(words) > 1 && isTitle(words[1])
		if _, title, ok := cutElision(words[0]); ok && elidedArticle(words[0]) && isTitle(title) {
			words = words[1:] // "l'avv. Pietro Lettieri": the article elided before the title
			continue
		}
		if !article && !isTitle(words[0]) {
			break
		}
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// isTitle reports whether a word is a courtesy or professional title.
func isTitle(w string) bool {
	return personTitleRE().MatchString(w) || courtesyWords[strings.ToLower(w)]
}

// courtesyWords are the titles personTitleRE does not read: "Sig.ri",
// "Sig" without its stop.
var courtesyWords = map[string]bool{"sig.ri": true, "sig": true}

// proseNameRole reads an item of a list in prose as a name and its role,
// in brackets or beside it ("ROSSI Mario (Sindaco)", "Dott. Raffaele
// Ciccarelli, Sindaco"), titles set aside and the role in the singular
// (plural says the list named several holders of it); ok is false when
// the item reads as no name.
func proseNameRole(item string) (name, role string, plural, ok bool) {
	if g := proseRoleRE().FindStringSubmatch(item); g != nil {
		name, role = g[1], g[2]
	} else {
		name, role = splitNameRole(item)
	}
	if name = stripTitle(name); !nameLike(name) {
		return "", "", false, false
	}
	role, plural = singularRole(role)
	return name, role, plural, true
}

// markedListRE opens a roll written as prose, each member's presence after
// the name: "nelle persone dei Signori: Dott. Raffaele Ciccarelli,
// Sindaco, presente; Sig.ra Angela Grasso, Vice Sindaco, presente; …", or
// one a line ("CIAMPOLINI ALESSANDRO, Sindaco – presente"); or after the
// roll call's "risultano:".
var markedListRE = lazyRegexp(`(?i)\b(?:signori|sigg\.(?:ri)?|seguenti\s+(?:componenti|consiglieri|assessori)|risultano)\s*:\s*`)

// itemMarkRE is the presence that closes an item of such a roll, from
// afar too ("presente in videoconferenza"), after a comma, a dash or a
// dotted leader ("BINDI Gianluca, Sindaco . . . . presente").
var itemMarkRE = lazyRegexp(`(?i)\s*(?:[,–—-]|(?:\.\s*){2,})\s*(present[ei](?:\s+(?:in\s+videoconferenza|in\s+collegamento|da\s+remoto))?|assent[ei](?:\s+giustificat[oaie])?)\b\s*[;.,]?`)

// itemLetterMarkRE is an item's presence marked by a letter, "P" or
// "A", where the roll's legend says so (lettersMarked): "1 SABATINI
// FEDERICO (Sindaco) P", "2 DI GIANVITTORIO LUCA, P".
var itemLetterMarkRE = lazyRegexp(`(?:,\s*|\s+)([PA])\b\s*[;.,]?`)

// lettersMarked reports whether a roll's text says its marks are letters:
// "Risultano presenti (P) e assenti (A) i Signori:", "P = presente".
func lettersMarked(text string) bool {
	return strings.Contains(text, "(P)") && strings.Contains(text, "(A)") || slices.ContainsFunc(letterLegends, func(l string) bool { return strings.Contains(text, l) })
}

// letterLegends are the legends that make "P" a presence's mark.
var letterLegends = []string{"P = presente", "P = Presente", "P: presente"}

// readMarkedList reads the first roll of markedListRE's kind in text: its
// items, each a name and its role before its presence, until an item
// that is no name. nil when fewer than minProseNames items are read.
func readMarkedList(text string) []Attendee {
	loc := markedListRE().FindStringIndex(text)
	if loc == nil {
		return nil
	}
	list := strings.ToValidUTF8(text[loc[1]:min(len(text), loc[1]+maxProseList)], "")
	list = list[:proseEnd(list)]
	marks := itemMarkRE()
	if lettersMarked(text) {
		marks = itemLetterMarkRE()
	}
	var rows []Attendee
	var ordinals []int
	start := 0
	for _, m := range marks.FindAllStringSubmatchIndex(list, -1) {
		item := strings.Join(strings.Fields(list[start:m[0]]), " ")
		ordinal := 0
		if g := leadingOrdinalRE().FindStringSubmatch(item); g != nil {
			ordinal, item = ordinalValue(g[1]), item[len(g[0]):]
		}
		name, role, _, ok := proseNameRole(item)
		if !ok {
			break
		}
		start = m[1]
		present, _ := markValue(list[m[2]:m[3]], colPresence)
		rows = append(rows, Attendee{Name: name, Role: role, Present: present})
		ordinals = append(ordinals, ordinal)
	}
	if len(rows) < minProseNames {
		return nil
	}
	return inNumberOrder(rows, ordinals)
}

// inNumberOrder returns a roll's rows in the order of their numbers when
// they number it 1 to n, each once: a numbered roll printed in two
// columns is read across its lines ("1) …  4) …" over "2) …  5) …"). The
// rows as read otherwise.
func inNumberOrder(rows []Attendee, ordinals []int) []Attendee {
	ordered := make([]Attendee, len(rows))
	for i, n := range ordinals {
		if n < 1 || n > len(rows) || ordered[n-1].Name != "" {
			return rows
		}
		ordered[n-1] = rows[i]
	}
	return ordered
}
