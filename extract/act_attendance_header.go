package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/openalbo/albo/extract/pdftext"
)

// The attendance table's header: what each column holds (its heading's
// kind), the header's columns read from a line or from a header in
// levels, and the columns completed where the header names fewer than the
// rows print (a lead-in over the names, blocks side by side).

// colKind is what a column of the attendance table holds.
type colKind int

const (
	colNone      colKind = iota
	colName              // Nominativo, Cognome e nome, Consiglieri…
	colRole              // Carica, Ruolo, Qualifica
	colPresent           // Presente, P
	colAbsent            // Assente, A
	colPresence          // one column for both: Presente (Si/No), P/A, Presenza
	colRemote            // Da remoto
	colOrdinal           // N.
	colGiven             // Nome, beside a Cognome column
	colPlace             // Comune, Ente, Sindaco del Comune di: whom a member of an Unione's or a consortium's assembly stands for
	colQualifier         // giustificato, under an Assente column's heading (subHeaderColumns)
	colGroup             // Gruppo consiliare, Lista: the council group a member sits in
	colNote              // Note: a remark on the member's presence ("presente in videoconferenza"), the hour they came or left ("Ora di ingresso"), the matters an assessore holds ("Deleghe"), a member body's share ("Quota %", "Voti ponderati"), the side they sit on beside their group ("Magg./Min.")
)

var headerKinds = []struct {
	re   func() *pattern
	kind colKind
}{
	{lazyRegexp(`^nome$`), colGiven},
	{lazyRegexp(`^(?:nominativ[oi]|cognome(?:\s+e)?\s+nome|nome(?:\s+e)?\s+cognome|cognome|component[ei](?:\s+(?:la|della|del)\s+(?:giunta|consiglio)(?:\s+comunale)?)?|consiglier[ei](?:\s+comunali)?|assessori|amministratori|membri|rappresentant[ei])$`), colName},
	{lazyRegexp(`^(?:carica(?:\s+ricoperta)?|cariche|ruolo|qualifica|funzione|in\s+qualit[aà]\s+di|carica\s*/\s*ruolo|ruolo\s*/\s*carica)$`), colRole},
	{lazyRegexp(`^(?:presente\s*/\s*assente|p\s*/\s*a|pres\.?\s*/\s*ass\.?|presenza|presenze|s[iì]\s*/\s*no|present[ei]\s*[(\[]?\s*s[iì]?\s*/\s*no?\s*[)\]]?)$`), colPresence},
	{lazyRegexp(`^(?:present[ei]|pres\.?|pr\.?|p\.?)` + listedWho + `$`), colPresent},
	{lazyRegexp(`^(?:present[ei]\s+)?in\s+(?:presenza|aula|sala|sede)$`), colPresent},                                                                                  // beside "Da remoto": present in the room
	{lazyRegexp(`^(?:assent[ei](?:\s+(?:in)?giust(?:ificat[ieoa]|\.)?)?|ass\.?|ass(?:\.\s*|\s+)(?:in)?giust\.?|as\.?|a\.?|a\.?\s?g\.?)` + listedWho + `$`), colAbsent}, // "AG": absent, justified
	{lazyRegexp(`^(?:da\s+remoto|remoto|rem\.?|in\s+remoto|videoconferenza|collegat[oi]\s+(?:da\s+remoto|in\s+videoconferenza)|modalit[aà](?:\s+(?:di\s+)?partecipazione)?|mod\.)$`), colRemote},
	{lazyRegexp(`^(?:n\.?|n°|nr\.?|#)$`), colOrdinal},
	{lazyRegexp(`^(?:(?:sindaco\s+del\s+)?comune(?:\s+di)?|ente)(?:\s+(?:rappresentato|di\s+appartenenza|di\s+provenienza|consorziato|aderente|associato))?$`), colPlace},
	{lazyRegexp(`^(?:gruppo|gruppi|lista)(?:\s+(?:consiliare|consiliari|politico|elettorale|di\s+appartenenza))?$`), colGroup},
	{lazyRegexp(`^(?:note|annotazioni|or[ae](?:\s+di)?\s+(?:ingresso|entrata|uscita|arrivo)|ingresso|entrata|uscita|deleghe|materie\s+delegate|quot[ae](?:\s+di\s+partecipazione)?(?:\s*%)?|millesimi|vot[io](?:\s+ponderat[io])?|peso(?:\s+del\s+voto)?|magg(?:ioranza|\.)?\s*/\s*min(?:oranza|\.)?|maggioranza\s*/\s*opposizione)$`), colNote},
}

// listedWho is who a heading of those present or absent lists under it:
// "Presenti i signori", "Assenti giustificati i signori".
const listedWho = `(?:\s+(?:i\s+|gli\s+)?(?:signori|sigg\.(?:ri)?|consiglieri|assessori|componenti))?`

// maxHeaderCell is the longest text, spaces collapsed, that a heading of
// headerKinds reads ("componenti della giunta comunale" is 32 bytes), with
// room to spare: a longer cell is prose, not a heading, and is not matched
// against every pattern.
const maxHeaderCell = 64

// headerKind classifies a header cell's text.
func headerKind(text string) colKind {
	t := pdftext.CollapseSpace(strings.Trim(text, " :"+frameBars)) // a box's bar glued to its heading: "|PRESENTE"
	if len(t) > maxHeaderCell {
		return colNone
	}
	t = strings.ToLower(t)
	for _, h := range headerKinds {
		if h.re().MatchString(t) {
			return h.kind
		}
	}
	if before, after, ok := strings.Cut(t, "/"); ok && utf8.RuneCountInString(strings.TrimSpace(before)) > 2 {
		// "Cognome e nome / Nom et prénom": the heading, then its
		// French or German, or the French first ("Présent / Presente");
		// not "P/A COMPONENTE", a mark's heading and the next block's
		// name's, whose bar the frame took.
		if kind := headerKind(before); kind != colNone || !translatedHeading(before) {
			return kind
		}
		return headerKind(after)
	}
	for _, joint := range []string{" - ", " – ", " e "} {
		// "Nominativo - carica", "Nome e carica": one column for
		// the name and the role after it ("GIANNELLI Francesca -
		// Sindaco", splitNameRole); not "Cognome e nome presente", a
		// name's heading and a mark's drawn as one cell.
		if before, after, ok := strings.Cut(t, joint); ok && (headerKind(before) == colName || headerKind(before) == colGiven) && headerKind(after) == colRole {
			return colName
		}
	}
	return colNone
}

// headingWords are the words the headings of headerKinds are made of,
// lower-case, with those a heading may print glued ("presentesì/no"): a
// line holding any other word cannot be a header, since every one of its
// cells must be a heading (TestHeadingWordsCoverHeadings derives every
// heading from the patterns and checks it).
//
// The set is made on first use: every albo command runs the package's
// initialisation, and most never read an attendance table.
var headingWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(`nome nominativo nominativi cognome e componente componenti la della del
		giunta consiglio comunale comunali consigliere consiglieri assessori amministratori membri rappresentante rappresentanti
		carica cariche ricoperta ruolo qualifica funzione qualità qualita
		presente presenti assente assenti presenza presenze pres pr p ass as a ag g si sì no s
		presentesi presentesì presentisi presentisì presentes presentis
		da in remoto rem videoconferenza collegato collegati modalità modalita mod di partecipazione n nr aula sala sede
		i gli signori sigg ri giustificati giustificate giust ingiust ingiustificati ingiustificate
		comune ente rappresentato appartenenza provenienza consorziato aderente associato sindaco
		gruppo gruppi consiliare consiliari politico lista elettorale note annotazioni
		giustificato giustificata ingiustificato ingiustificata ora ore ingresso entrata uscita arrivo deleghe materie delegate
		quota quote millesimi voti voto ponderati ponderato peso magg min maggioranza minoranza opposizione`) {
		words[w] = true
	}
	for w := range translatedHeadingWords() {
		words[w] = true // beside the Italian: "Présent / Presente"
	}
	return words
})

// translatedHeadingWords are the words of the French or German a
// bilingual heading prints before or after the Italian ("Présent /
// Presente", "Name / Cognome e nome"), lower-case; made on first use, as
// headingWords is.
var translatedHeadingWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(`nom prénom prenom et qualité qualite fonction présent présents absent absents excusé excusés
		name vorname nachname und amt funktion anwesend abwesend entschuldigt`) {
		words[w] = true
	}
	return words
})

// translatedHeading reports whether every word of a heading is one of
// translatedHeadingWords: the French or German before a bilingual
// heading's Italian, not an Italian heading ("carica presente", two
// headings drawn as one cell).
func translatedHeading(text string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !translatedHeadingWords()[w] })
}

// longestHeadingWord is the length in bytes of the longest of headingWords.
const longestHeadingWord = len("videoconferenza")

// mayBeHeader says whether a line's text could be a header by its words
// alone: every word one of headingWords, and no digit, which no heading
// holds. Most lines of an act are prose; this spares them the cells and
// the patterns of headerColumns. It allocates nothing.
func mayBeHeader(text string) bool {
	var lower [longestHeadingWord]byte
	n := 0 // bytes of the current word in lower; -1 once it is too long
	endWord := func() bool {
		ok := n == 0 || (n > 0 && headingWords()[string(lower[:n])])
		n = 0
		return ok
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			if n < 0 {
				continue
			}
			r = unicode.ToLower(r)
			if n+utf8.RuneLen(r) > len(lower) {
				n = -1
				continue
			}
			n += utf8.EncodeRune(lower[n:], r)
		case unicode.IsDigit(r):
			return false
		default:
			if !endWord() {
				return false
			}
		}
	}
	return endWord()
}

// column is one column of the header: its kind, extent and block.
type column struct {
	kind  colKind
	x, x2 float64
	block int
}

func (c column) mid() float64 { return (c.x + c.x2) / 2 }

// headerColumns reads a line as the header of an attendance table: every
// cell a column heading, with a column for the name or the role and one
// for presence, or both "Presenti" and "Assenti". A cell that holds several
// headings ("Presente Assente", drawn with a narrow gap) is split word by
// word.
func headerColumns(l pdftext.Line) []column {
	cols := headingColumns(l)
	if cols == nil {
		return nil
	}
	kinds := map[colKind]bool{}
	for _, c := range cols {
		kinds[c.kind] = true
	}
	hasWho := kinds[colName] || kinds[colRole] || kinds[colGiven]
	hasPresence := kinds[colPresent] || kinds[colAbsent] || kinds[colPresence]
	// Without a column for the name, the header must name both presences
	// ("PRESENTI  ASSENTI"): names stand left of them or are listed under
	// them.
	if !hasPresence || (!hasWho && !(kinds[colPresent] && kinds[colAbsent])) {
		return nil
	}
	assignBlocks(cols)
	return cols
}

// subHeaderColumns reads the lines from h as a header in levels: the
// name's and the role's headings, and under a heading of presence that
// spans them (on a line of its own, left aside) the marks' columns, "Sì"
// and "No": "Cognome e nome  Carica" over "Sì  No"; or the marks'
// headings stacked a word a line, a bilingual form's ("presente" over
// nothing, "assente" over "giustificato"). It returns the columns and
// the header's last line; nil when the lines are not such a header.
func subHeaderColumns(ls actLines, h int) ([]column, int) {
	if h+1 >= len(ls) || ls[h+1].Page != ls[h].Page {
		return nil, h
	}
	cols := headingColumns(ls[h])
	if len(cols) == 0 || slices.ContainsFunc(cols, func(c column) bool { return isPresenceKind(c.kind) }) {
		return nil, h
	}
	var marks []column
	last := h
	for j := h + 1; j < min(len(ls), h+1+maxMarkHeadingLines) && ls[j].Page == ls[h].Page; j++ {
		cells := lineCells(ls[j])
		if len(cells) == 0 || slices.ContainsFunc(cells, func(c tableCell) bool { return markHeadingKind(c.text) == colNone }) {
			break
		}
		for _, c := range cells {
			k := slices.IndexFunc(marks, func(m column) bool { return m.x < c.x2 && c.x < m.x2 })
			switch {
			case k < 0:
				marks = append(marks, column{kind: markHeadingKind(c.text), x: c.x, x2: c.x2})
			case marks[k].kind == colQualifier:
				marks[k].kind = markHeadingKind(c.text) // the qualifier stood over its heading
				fallthrough
			default:
				marks[k].x, marks[k].x2 = min(marks[k].x, c.x), max(marks[k].x2, c.x2)
			}
		}
		last = j
	}
	if !slices.ContainsFunc(marks, func(m column) bool { return m.kind == colPresent }) ||
		!slices.ContainsFunc(marks, func(m column) bool { return m.kind == colAbsent }) ||
		slices.ContainsFunc(marks, func(m column) bool { return m.kind == colQualifier }) {
		return nil, h
	}
	cols = append(cols, marks...)
	inBlocks(cols)
	return cols, last
}

// maxMarkHeadingLines is how many lines the marks' headings of a header
// in levels are stacked over.
const maxMarkHeadingLines = 3

// markHeadingKind is the column a mark's heading in a header's lower
// level names: colPresent for "Sì" or a presence, colAbsent for "No" or
// an absence, colQualifier for a kind of absence under it ("giustificato");
// colNone for any other text.
func markHeadingKind(text string) colKind {
	t := strings.ToLower(strings.Trim(text, " :"))
	switch {
	case t == "sì" || t == "si":
		return colPresent
	case t == "no":
		return colAbsent
	case slices.Contains(absenceQualifiers, t):
		return colQualifier
	}
	if k := headerKind(text); k == colPresent || k == colAbsent {
		return k
	}
	return colNone
}

// absenceQualifiers are the kinds of absence a mark's heading prints
// under "assente".
var absenceQualifiers = []string{"giustificato", "giustificata", "giustificati", "ingiustificato", "ingiustificata", "ingiustificati", "giust.", "ingiust."}

// withMarkSubheadings reads the line under a header that holds only the
// headings of marks as the columns the heading above them splits into:
// kinds of absence under "Assente" ("giust."  "ingiust.", Trentino's
// forms), or "P"  "A" (or "Sì"  "No") under "Presenza". Each stands for
// a column of its kind where it stands, in place of the heading it is
// nearest to. It returns the columns and the header's last line; cols
// and h as they were when the line is no such line.
func withMarkSubheadings(ls actLines, h int, cols []column) ([]column, int) {
	splits := func(c column) bool { return c.kind == colAbsent || c.kind == colPresence }
	if h+1 >= len(ls) || ls[h+1].Page != ls[h].Page || !slices.ContainsFunc(cols, splits) {
		return cols, h
	}
	cells := lineCells(ls[h+1])
	if len(cells) == 0 {
		return cols, h
	}
	split := map[int]bool{} // the headings the line's cells stand under
	var under []column
	for _, c := range cells {
		nearest, best := -1, math.Inf(1)
		for i, col := range cols {
			if d := math.Abs(col.mid() - c.mid()); splits(col) && d < best {
				nearest, best = i, d
			}
		}
		kind := markHeadingKind(c.text)
		switch {
		case kind == colQualifier:
			kind = colAbsent // a kind of absence, under "Assente" or "Presenza"
		case (kind == colPresent || kind == colAbsent) && cols[nearest].kind == colPresence:
		default:
			return cols, h
		}
		split[nearest] = true
		under = append(under, column{kind: kind, x: c.x, x2: c.x2})
	}
	var out []column
	for i, col := range cols {
		if !split[i] {
			out = append(out, col)
		}
	}
	out = append(out, under...)
	inBlocks(out)
	return out, h + 1
}

// withTranslatedHeadings reads the line under a header as the rest of
// it in two languages: "Presente  Assente" over "Cognome e nome / Nom et
// prénom  Carica  Présent  Absent", the Aosta Valley's form, where the
// name's and the role's headings stand on the lower line and the
// presences' French under their Italian. It returns the columns of both
// lines, nil when the lower line is no such line.
func withTranslatedHeadings(ls actLines, h int, cols []column) []column {
	if h+1 >= len(ls) || ls[h+1].Page != ls[h].Page {
		return nil
	}
	var added []column
	for _, c := range lineCells(ls[h+1]) {
		switch k := headerKind(c.text); {
		case k == colName || k == colRole || k == colGiven:
			if slices.ContainsFunc(cols, func(col column) bool { return col.kind == k }) {
				return nil
			}
			added = append(added, column{kind: k, x: c.x, x2: c.x2})
		case slices.ContainsFunc(cols, func(col column) bool { return col.x < c.x2 && c.x < col.x2 }):
			// the translation of the heading above it
		default:
			return nil
		}
	}
	if len(added) == 0 {
		if translatesMarkHeadings(ls[h+1], cols) {
			// "Zu- und Vorname  Amt  anw." under "Cognome e nome  Carica
			// pres.", "Pris.  Ods." under "Pres.  Ass.": the other
			// language under the headings, no row.
			return slices.Clone(cols)
		}
		return nil
	}
	both := append(slices.Clone(cols), added...)
	inBlocks(both)
	return both
}

// maxHeadingWords is the most words a column's heading holds in the
// other language: "anw.", "entsch. abw.".
const maxHeadingWords = 2

// translatesMarkHeadings reports whether l, whose cells each stand under
// a heading of cols, is their translation rather than the first row: the
// table has a column of names, and l prints a word or two under every
// column of marks, none of them a mark (a header of "Presenti" and
// "Assenti" holds names under them).
func translatesMarkHeadings(l pdftext.Line, cols []column) bool {
	if !slices.ContainsFunc(cols, func(c column) bool { return c.kind == colName }) {
		return false
	}
	cells, marks := lineCells(l), 0
	for _, col := range cols {
		if !isPresenceKind(col.kind) {
			continue
		}
		k := slices.IndexFunc(cells, func(c tableCell) bool { return col.x < c.x2 && c.x < col.x2 })
		if k < 0 {
			return false
		}
		if _, mark := markValue(cells[k].text, col.kind); mark || !strings.ContainsFunc(cells[k].text, unicode.IsLetter) || len(strings.Fields(cells[k].text)) > maxHeadingWords {
			return false
		}
		marks++
	}
	return marks > 0
}

// absenceColumns reads the header of a roll that marks only absences, by
// their kind, a Trentino and South Tyrol minute's form where a row with
// no mark is a presence: "Assenti" over "giust." and "ingiust.", or the
// kinds on the header's line after its lead-in ("Sono presenti i" |
// "ass. giust." | "ass. ingiust."). The names stand left of the marks
// under no heading (fitHeaderless). It returns the columns and the
// header's last line; nil when line h opens no such header.
func absenceColumns(ls actLines, h int) ([]column, int) {
	if cols := absenceKindColumns(ls[h]); cols != nil {
		return cols, h
	}
	if h+1 >= len(ls) || ls[h+1].Page != ls[h].Page {
		return nil, h
	}
	heading := headingColumns(ls[h])
	if len(heading) != 1 || heading[0].kind != colAbsent {
		return nil, h
	}
	if cols := absenceKindColumns(ls[h+1]); cols != nil {
		return cols, h + 1
	}
	return nil, h
}

// absenceKindColumns are the columns of the kinds of absence a line heads,
// two at the least, right of whatever else it prints; nil for none.
func absenceKindColumns(l pdftext.Line) []column {
	if !absenceKindWords.in(l.Text) {
		return nil // most lines: spared cutting into cells
	}
	var cols []column
	for _, c := range lineCells(l) {
		if absenceKindRE().MatchString(c.text) {
			cols = append(cols, column{kind: colAbsent, x: c.x, x2: c.x2})
		} else if len(cols) > 0 {
			return nil // the kinds end the line
		}
	}
	if len(cols) < 2 {
		return nil
	}
	return cols // one block: the kinds of one absence
}

// absenceKindWords are in every heading absenceKindRE reads, folded.
var absenceKindWords = newWordSet("giust")

// absenceKindRE heads the column of one kind of absence: justified or not.
var absenceKindRE = lazyRegexp(`(?i)^(?:ass(?:\.|ent[ei])?\s*)?(?:in)?giust(?:ificat[aeio])?\.?$`)

// maxUnheadedLook is how many lines under a header of names and roles the
// first row, whose mark places the marks' column, is looked for.
const maxUnheadedLook = 3

// unheadedMarksColumns reads line h as a header that heads the name's
// and the role's columns but not the marks' right of them ("Componente
// Qualifica" over "Dott. Mario Rossi  Viceprefetto  presente"), in one
// block or in blocks side by side ("Consigliere Comune  Consigliere
// Comune", each block's marks right of its Comune): each block's marks'
// column is placed at its mark in the first row under it. nil when the
// line is no such header.
func unheadedMarksColumns(ls actLines, h int) []column {
	cols := headingColumns(ls[h])
	if !slices.ContainsFunc(cols, func(c column) bool { return c.kind == colName }) ||
		slices.ContainsFunc(cols, func(c column) bool { return isPresenceKind(c.kind) }) {
		return nil
	}
	if h > 0 && ls[h-1].Page == ls[h].Page && rowEntries(ls[h-1]) != nil {
		// "Consigliere  Consigliere" under "ATZENI MARCO  presente  CADDEO
		// SILVIA  presente": the roles of the rows above it
		// (readHeaderlessTable), no header.
		return nil
	}
	assignBlocks(cols)
	blocks := cols[len(cols)-1].block + 1
	for i := h + 1; i < len(ls) && i <= h+maxUnheadedLook && ls[i].Page == ls[h].Page; i++ {
		cells := lineCells(ls[i])
		if len(cells) < 2 {
			continue
		}
		// A row: a cell under each heading, and each block's mark right
		// of its headings, before the next block's; not blocks of
		// names each followed by marks (readHeaderlessTable).
		if len(cells) != len(cols)+blocks {
			return nil
		}
		marked := slices.Clone(cols)
		for b := range blocks {
			right, next := 0.0, math.Inf(1)
			for _, c := range cols {
				switch c.block {
				case b:
					right = max(right, c.x2)
				case b + 1:
					next = min(next, c.x)
				}
			}
			at := slices.IndexFunc(cells, func(c tableCell) bool { return c.x >= right && c.x < next })
			if at < 0 {
				return nil
			}
			if _, ok := markValue(cells[at].text, colPresence); !ok {
				return nil
			}
			marked = append(marked, column{kind: colPresence, x: cells[at].x, x2: cells[at].x2})
		}
		inBlocks(marked)
		return marked
	}
	return nil
}

// presentListColumns reads line h as the header of a list of those
// present: the name's and the role's headings only, in one block or in
// blocks side by side, under a lead-in that says those listed are present
// ("Presenti i signori:" over "Cognome e nome  Carica  Cognome e nome
// Carica"). A remark right of a block's headings ("ANDERLE PAOLO
// Assessore  assente giust.") marks an absence: each block gets a column
// of absences there, from halfway to the next block's headings (or, for
// the last, from a quarter of its width past them), so that a role wider
// than its heading stays the role's. nil when line h is no such header.
func presentListColumns(ls actLines, h int) []column {
	if h == 0 || ls[h-1].Page != ls[h].Page || !presentLeadInRE().MatchString(pdftext.CollapseSpace(strings.TrimSpace(ls[h-1].Text))) {
		return nil
	}
	cols := headingColumns(ls[h])
	if !slices.ContainsFunc(cols, func(c column) bool { return c.kind == colName }) ||
		slices.ContainsFunc(cols, func(c column) bool { return c.kind != colName && c.kind != colRole && c.kind != colOrdinal }) {
		return nil
	}
	assignBlocks(cols)
	out := slices.Clone(cols)
	for b := range cols[len(cols)-1].block + 1 {
		left, right, next := math.Inf(1), 0.0, math.Inf(1)
		for _, c := range cols {
			switch c.block {
			case b:
				left, right = min(left, c.x), max(right, c.x2)
			case b + 1:
				next = min(next, c.x)
			}
		}
		from, to := right+(right-left)/4, right+(right-left)
		if !math.IsInf(next, 1) {
			from, to = (right+next)/2, next
		}
		out = append(out, column{kind: colAbsent, x: from, x2: to})
	}
	inBlocks(out)
	return out
}

// headingColumns are the columns a line's cells name, every cell a column
// heading; nil when one is not.
func headingColumns(l pdftext.Line) []column {
	if !mayBeHeader(l.Text) {
		return nil
	}
	var cols []column
	// A lead-in over the names of those present, beside the marks'
	// headings of absence ("Presenti i signori:" | "Ass."), not beside
	// the lead-in of another list ("Presenti:" | "Assenti:").
	leadIn, otherList := false, false
	for i, c := range lineCells(l) {
		if isFrameBar(c.text) {
			continue // a report's box between its headings
		}
		c = withoutFrameEnds(c)
		leadIn = leadIn || i == 0 && presentLeadInRE().MatchString(c.text)
		otherList = otherList || i > 0 && (strings.HasSuffix(c.text, ":") || strings.Contains(strings.ToLower(c.text), "signori"))
		if k := headerKind(c.text); k != colNone {
			cols = append(cols, column{kind: k, x: c.x, x2: c.x2})
			continue
		}
		split := splitHeaderCell(c)
		if split == nil || len(split) > 1 && strings.HasSuffix(strings.TrimSpace(c.text), ":") {
			// Not "COMPONENTI PRESENTI:", a list's lead-in whose words
			// would be a name's heading and a mark's.
			return nil
		}
		cols = append(cols, split...)
	}
	given, name := false, false
	for _, c := range cols {
		given, name = given || c.kind == colGiven, name || c.kind == colName
	}
	if !name && (leadInOverNames(cols) || leadIn && !otherList && onlyAbsenceColumns(cols[1:])) {
		// "Presenti i signori" | "Carica" | "Presenti" | "Assenti giust.":
		// the lead-in heads the names, the later heading their marks.
		cols[0].kind, name = colName, true
	}
	if given && !name {
		for i := range cols {
			if cols[i].kind == colGiven {
				cols[i].kind = colName // "Nome" alone names the whole name
			}
		}
	}
	return cols
}

// onlyAbsenceColumns reports whether cols are all columns of absence: the
// marks' columns of a roll whose blank rows are those present ("Presenti
// i signori:" | "Ass." | … | "Ass.").
func onlyAbsenceColumns(cols []column) bool {
	return len(cols) > 0 && !slices.ContainsFunc(cols, func(c column) bool { return c.kind != colAbsent })
}

// presentLeadInRE is a sentence's opening over the names of those present,
// not a column's one word: "Presenti i signori:", "Sono presenti:".
var presentLeadInRE = lazyRegexp(`(?i)^(?:(?:sono|risultano)\s+)?presenti(?:\s+i\s+(?:signori|sigg\.|consiglieri|componenti))?\s*:$|^presenti\s+i\s+(?:signori|sigg\.|consiglieri|componenti)$`)

// leadInOverNames reports whether a header's first heading of those
// present heads the names: another follows it before any heading of
// absence ("Presenti i signori" | "Carica" | "Presenti" | "Assenti"),
// not a block's "P" | "A" beside the next block's.
func leadInOverNames(cols []column) bool {
	if len(cols) < 2 || cols[0].kind != colPresent {
		return false
	}
	for _, c := range cols[1:] {
		switch c.kind {
		case colPresent:
			return true
		case colAbsent, colPresence:
			return false
		}
	}
	return false
}

// namesOfLaterBlocks completes a header that heads the names of its first
// block alone, then the absences' column of each block ("Presenti i
// signori:" | "Ass." | "Ass.", over "MOSER Fabrizio  Sindaco" | "" |
// "LUNELLI Chiara  Consigliere" | ""): a name the row below prints
// between two absences' columns opens a block, whose names' column it
// places. Columns of absence with no name between them are kinds of one
// absence ("Assenti giust." | "ingiust."), and stay as they are.
func namesOfLaterBlocks(cols []column, below pdftext.Line) []column {
	if len(cols) < 3 || cols[0].kind != colName || !onlyAbsenceColumns(cols[1:]) {
		return cols
	}
	cells := lineCells(below)
	out := slices.Clone(cols[:2])
	for k := 2; k < len(cols); k++ {
		at := slices.IndexFunc(cells, func(c tableCell) bool {
			return c.x >= cols[k-1].x2 && c.x2 <= cols[k].x && nameLike(c.text)
		})
		if at < 0 {
			return cols
		}
		out = append(out, column{kind: colName, x: cells[at].x, x2: cells[at].x2}, cols[k])
	}
	inBlocks(out)
	return out
}

// fitHeaderless completes the columns of a header that names no column for
// the names, from the first line below it: names listed under each
// presence heading make each heading a block of its own (listed=true);
// names standing left of the headings get a name column there, as where
// the header names the role's column and not the names' ("Carica
// Presente Assente").
func fitHeaderless(cols []column, below pdftext.Line) (fitted []column, listed bool) {
	if slices.ContainsFunc(cols, func(c column) bool { return c.kind == colName || c.kind == colGiven }) {
		return cols, false
	}
	cells := lineCells(below)
	if len(cells) == 0 {
		return cols, false
	}
	if slices.ContainsFunc(cols, func(c column) bool { return c.kind == colRole }) {
		if !nameLike(cells[0].text) || cells[0].x2 >= cols[0].x {
			return cols, false
		}
		return append([]column{{kind: colName, x: cells[0].x, x2: cells[0].x2}}, cols...), false
	}
	for _, c := range cells {
		if col := nearestColumn(c, cols); nameLike(c.text) && math.Min(c.x2, col.x2) > math.Max(c.x, col.x) {
			fitted = slices.Clone(cols)
			for i := range fitted {
				fitted[i].block = i
			}
			return fitted, true
		}
	}
	first := cols[0].x
	name := column{kind: colName, x: cells[0].x, x2: cells[0].x2}
	for _, c := range cells {
		if c.x2 < first {
			name.x2 = max(name.x2, c.x2)
		}
	}
	return append([]column{name}, cols...), false
}

// splitHeaderCell splits a cell made of several headings, each of one to
// three words, placing them in proportion to their letters.
func splitHeaderCell(c tableCell) []column {
	words := strings.Fields(c.text)
	per := (c.x2 - c.x) / float64(max(len([]rune(c.text)), 1))
	var cols []column
	pos := 0
	for i := 0; i < len(words); {
		if isFrameBar(words[i]) {
			i++ // "PRES. | ASS. |": a report's box between its headings
			continue
		}
		n, k := 0, colNone
		for n = min(3, len(words)-i); n > 0; n-- {
			if k = headerKind(strings.Join(words[i:i+n], " ")); k != colNone {
				break
			}
		}
		if k == colNone {
			return nil
		}
		text := strings.Join(words[i:i+n], " ")
		start := strings.Index(c.text[pos:], words[i]) + pos
		x := c.x + per*float64(len([]rune(c.text[:start])))
		cols = append(cols, column{kind: k, x: x, x2: x + per*float64(len([]rune(text)))})
		pos = start + len(text)
		i += n
	}
	return cols
}

// withoutFrameEnds is cell c without the bars of a report's box at its
// ends ("A |"), its extent shrunk by as many letters: a mark under the
// heading is placed by where the heading's letters stand.
func withoutFrameEnds(c tableCell) tableCell {
	runes := utf8.RuneCountInString(c.text)
	if runes == 0 {
		return c
	}
	per := (c.x2 - c.x) / float64(runes)
	text := strings.TrimLeftFunc(c.text, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(frameBars, r) })
	c.x += per * float64(runes-utf8.RuneCountInString(text))
	trimmed := strings.TrimRightFunc(text, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(frameBars, r) })
	c.x2 -= per * float64(utf8.RuneCountInString(text)-utf8.RuneCountInString(trimmed))
	c.text = trimmed
	return c
}

// inBlocks sorts columns gathered from more than one line (a header's
// and the headings under it, or the marks found in a row) left to right,
// and numbers their blocks (assignBlocks).
func inBlocks(cols []column) {
	slices.SortFunc(cols, func(a, b column) int { return cmp.Compare(a.x, b.x) })
	assignBlocks(cols)
}

// assignBlocks numbers the blocks of a table printed as two (or more)
// tables side by side: a block starts where a kind of column repeats,
// but for a second column of absences beside the first ("Assente" then
// "Assente giustificato"), which is one more way of being absent.
func assignBlocks(cols []column) {
	seen := map[colKind]bool{}
	block := 0
	for i := range cols {
		k := cols[i].kind
		absentAgain := k == colAbsent && i > 0 && cols[i-1].kind == colAbsent
		if seen[k] && k != colOrdinal && !absentAgain {
			block++
			seen = map[colKind]bool{}
		}
		seen[k] = true
		cols[i].block = block
	}
}
