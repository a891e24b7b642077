package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var (
	// collabRE finds where an objective names the offices it shares.
	collabRE = lazyRegexp(`(?i)\b(?:in collaborazione con|congiuntamente (?:a|al|allo|alla|ai|agli|alle)|in coordinamento con)\s+`)
	// collabEndRE ends the list of offices: a purpose clause, a dash, a
	// bracket or the end of the sentence.
	collabEndRE = lazyRegexp(`\s+per\s|\s*–|\s-\s|[();]|[.]\s*$|[.]\s`)
	// collabLeadRE is the lead-in before the offices themselves.
	collabLeadRE = lazyRegexp(`(?i)^(?:(?:la|le|il|lo|l[’'])\s*)?(?:direzioni\b\s*:?\s*)?`)
	// collabSepRE separates offices in a list.
	collabSepRE = lazyRegexp(`\s*,\s*|\s+e\s+`)
)

// officeNames is the set of office names the plan knows, lower case, each
// with every tail of its words ("direzione demanio e patrimonio",
// "demanio e patrimonio", …): objectives name offices with or without
// "Direzione", and a name may itself contain " e " or a comma.
func officeNames(dirs []Directorate) map[string]bool {
	names := map[string]bool{}
	for _, d := range dirs {
		words := strings.Fields(foldName(d.Directorate))
		for i := range words {
			if words[i] == "e" {
				continue
			}
			names[strings.Join(words[i:], " ")] = true
		}
	}
	return names
}

// collaborators lists the offices an objective is shared with, as
// printed, after "in collaborazione con", "congiuntamente a/alla/alle" or
// "in coordinamento con". The list is split on commas and on " e " except
// where " e " or a comma belongs to a known office's name ("Demanio e
// Patrimonio").
func collaborators(text string, offices map[string]bool) []string {
	out := []string{}
	for _, loc := range collabRE().FindAllStringIndex(text, -1) {
		phrase := text[loc[1]:]
		if end := collabEndRE().FindStringIndex(phrase); end != nil {
			phrase = phrase[:end[0]]
		}
		phrase = collabLeadRE().ReplaceAllString(strings.TrimSpace(phrase), "")
		for _, name := range splitOffices(phrase, offices) {
			if !containsFold(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// splitOffices splits a list of offices, joining back the pieces whose
// union (with the separator printed between them) is a known name; the
// longest known name wins.
func splitOffices(phrase string, offices map[string]bool) []string {
	seps := collabSepRE().FindAllStringIndex(phrase, -1)
	// pieces[i] spans starts[i]..ends[i] of phrase.
	var starts, ends []int
	pos := 0
	for _, s := range seps {
		starts, ends = append(starts, pos), append(ends, s[0])
		pos = s[1]
	}
	starts, ends = append(starts, pos), append(ends, len(phrase))
	var out []string
	for i := 0; i < len(starts); {
		j := i
		for k := len(starts) - 1; k > i; k-- {
			if offices[foldName(phrase[starts[i]:ends[k]])] {
				j = k
				break
			}
		}
		if name := strings.TrimSpace(phrase[starts[i]:ends[j]]); name != "" {
			out = append(out, name)
		}
		i = j + 1
	}
	return out
}

// foldName is the form in which office names are compared: lower case,
// without accents or apostrophes, so that "AUTORITA’" is "Autorità".
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) || r == '’' || r == '\'' {
			continue
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// containsFold reports whether list holds s in any case.
func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
