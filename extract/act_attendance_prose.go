package extract

import (
	"strings"
)

// The attendance written as prose: "Sono presenti i signori: ROSSI MARIO
// (Sindaco), BIANCHI LUCA (Assessore); assenti: VERDI ANNA (Assessore)."

var (
	// proseListRE opens a list of those present or absent; the colon is
	// required, so that "invita i presenti a deliberare" is no list.
	proseListRE = lazyRegexp(`(?i)\b(present[ie]|assent[ie])\s*(?:(?:i|le|gli)\s+)?(?:(?:sigg?\.(?:ri)?|signori|signore|seguenti|componenti|consiglieri|assessori|amministratori|giustificat[ie])\s*)*:\s*`)
	// proseEndRE ends a list: the sentence after it, which opens with a
	// capital and a small letter ("Partecipa", not "ROSSI" after "Sigg."),
	// so the words alone are matched regardless of case: under (?i) the
	// classes of capitals and small letters are each both.
	proseEndRE  = lazyRegexp(`\.\s+\p{Lu}\p{Ll}|\.$|(?i:\b(?:partecipa|assiste|assume|presiede)\b)`)
	proseSepRE  = lazyRegexp(`\s*(?:[,;]|\s-\s|\s+e\s+)\s*`)
	proseRoleRE = lazyRegexp(`^(.*?)\s*\(\s*(` + attendeeRolePattern + `)\s*\)$`)
	// proseRoleCloseRE is a role's closing bracket followed by the next
	// name, with no separator between them.
	proseRoleCloseRE = lazyRegexp(`\)\s+(\p{Lu})`)
	// nobodyRE is an empty list: "assenti: nessuno".
	nobodyRE = lazyRegexp(`(?i)^(?:nessun[oa]|-+)$`)
)

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
	text := ls.joinLines(0, proseWindow)
	var rows []Attendee
	presentNames := 0
	for _, loc := range proseListRE().FindAllStringSubmatchIndex(text, -1) {
		present := strings.HasPrefix(strings.ToLower(text[loc[2]:loc[3]]), "present")
		list := strings.ToValidUTF8(text[loc[1]:min(len(text), loc[1]+maxProseList)], "")
		if end := proseEndRE().FindStringIndex(list); end != nil {
			list = list[:end[0]]
		}
		if next := proseListRE().FindStringIndex(list); next != nil {
			list = list[:next[0]]
		}
		// One "NAME (Role)" a line: the line breaks, joined as spaces,
		// separate the names as commas would.
		list = proseRoleCloseRE().ReplaceAllString(list, "), $1")
		listStart := len(rows)
		for _, item := range proseSepRE().Split(list, -1) {
			item = strings.Trim(item, " .:\n")
			last := len(rows) - 1
			// "Mario Rossi, Sindaco" a line: the comma that separates
			// names separated the role from its name, and the role ends
			// its line.
			if role, rest, ok := strings.Cut(item, "\n"); ok && last >= listStart && rows[last].Role == "" && roleOnly(role) {
				rows[last].Role = role
				item = rest
			}
			item = strings.ReplaceAll(item, "\n", " ")
			if item == "" || nobodyRE().MatchString(item) {
				continue
			}
			// "ROSSI Mario - Sindaco": the dash that separates names
			// separated the role from its name.
			if last >= listStart && rows[last].Role == "" && roleOnly(item) {
				rows[last].Role = item
				continue
			}
			var name, role string
			if g := proseRoleRE().FindStringSubmatch(item); g != nil {
				name, role = g[1], g[2]
			} else {
				name, role = splitNameRole(item)
			}
			name = stripTitle(name)
			if !nameLike(name) {
				continue
			}
			rows = append(rows, Attendee{Name: name, Role: role, Present: present})
			if present {
				presentNames++
			}
		}
	}
	if presentNames < minProseNames {
		return nil
	}
	return rows
}

// maxProseList is how long, in bytes, a list of names runs at most.
const maxProseList = 2000

// proseWindow is how many lines from the top the minute's attendance may
// be written in.
const proseWindow = 120

// stripTitle drops the courtesy and professional titles before a name
// ("Sig.", "Dott.ssa").
func stripTitle(s string) string {
	words := strings.Fields(s)
	for len(words) > 0 && (personTitleRE().MatchString(words[0]) || strings.EqualFold(words[0], "sig.ri")) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}
