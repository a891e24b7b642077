package extract

import (
	"strings"
	"unicode/utf8"
)

// The vote of a session: its outcome, in all the ways minutes word a
// unanimous vote ("con voti unanimi", "all'unanimità", "votazione palese
// unanime favorevole"), and its counts where they are printed ("Presenti n.
// 12 - Voti favorevoli n. 9 – Voti contrari 0 – Astenuti n. 3", "presenti
// 12, votanti 11", "con 8 voti favorevoli e 2 contrari"). A deliberation
// often votes twice, on the act and then on its immediate executivity: the
// act's vote is the first.

var (
	// voteAnchorRE starts a statement of a vote; a table's too, its
	// labels over its counts ("Presenti Votanti Favorevoli Contrari
	// Astenuti" over "11 11 8 3 0").
	voteAnchorRE = lazyRegexp(`(?i)\b(?:(?:con|a|ad|per|mediante)\s+(?:(?:la|il|le)\s+)?(?:(?:n\.|n°|nr\.?)\s*)?(?:\d{1,3}\s+)?(?:(?:seguente|separata|successiva|apposita|distinta|ulteriore|palese|unanime)\s+(?:e\s+)?)*(?:votazion[ei]|vot[oi]|voto)\b|(?:all['’]\s*|ad\s+|a\s+|con\s+l['’]\s*)unanimit[àa]|unanimemente\b|\bvotazione\s+(?:palese\s+)?(?:unanime|favorevole)|\bvoti\s+(?:unanimi|favorevoli)\b|\bfavorevoli\s*(?:n\.|n°|:)?\s*\d{1,3}\b|\b(?:presenti\s+)?(?:votanti\s+)?favorevoli\s+contrari\b)`)
	// voteEndRE ends a vote statement: the decision that follows it, or
	// the next vote.
	voteEndRE = lazyRegexp(`(?:\bD\s?E\s?L\s?I\s?B\s?E\s?R\s?A\b|\bDETERMINA\b|\b(?i:propone|delibera\s+di|dichiara|separat[ao]|successiv[ao]|immediatamente)\b|[.;]\s+\p{Lu}\p{Ll})`)
	// executivityVoteRE is the second vote, on immediate executivity.
	executivityVoteRE = lazyRegexp(`(?i)\b(?:separat[ao]|successiv[ao]|distint[ao]|ulteriore)\b|immediat`)
	// voteWordsRE says the statement reports an outcome.
	voteWordsRE = lazyRegexp(`(?i)unanim|maggioranza|favorevol|contrari|astenut`)
	// unanimousRE says a vote was unanimous: "unanime", "all'unanimità",
	// "con il voto favorevole di tutti i presenti".
	unanimousRE = lazyRegexp(`(?i)unanim|\btutti\s+i\s+(?:presenti|votanti|componenti|consiglieri)\b`)
	majorityRE  = lazyRegexp(`(?i)\bmaggioranza\b`)
	// countLabelRE starts a count of a vote.
	countLabelRE = lazyRegexp(`(?i)^(?:presenti|votanti|voti|favorevoli|contrari|astenut[io]|assenti)\b`)
	// sentenceStopRE ends a sentence; the "n." of a count does not.
	sentenceStopRE = lazyRegexp(`(?:[;:]|[^nN°\d]\.)\s`)
	// countLabelAnyRE finds the count of those present or voting.
	countLabelAnyRE = lazyRegexp(`(?i)\b(?:presenti|votanti)\b`)
)

// maxVoteText is how far, in bytes, a vote statement runs at most.
const maxVoteText = 400

// countWord is a count as minutes print it: figures or words, "nessuno".
const countWord = `(\d{1,3}|[a-zàèéìòù]+)`

// countSep is what stands between a label and its count: "n. 12", ": 12",
// "(n. 4)".
const countSep = `\s*(?:\([^)\d]{1,12}\)\s*)?(?:[:=(-]\s*)?(?:(?:n\.|n°|nr\.?)\s*)?`

// membersWord is who a count counts, between it and its label: "dai n. 9
// Consiglieri presenti e votanti", "dai n. 6 rappresentanti presenti" (of
// the member Comuni in a consortium's or an Unione's assembly).
const membersWord = `(?:consiglieri\s+|componenti\s+|assessori\s+|membri\s+|rappresentanti\s+|delegati\s+|sindaci\s+|soci\s+)?`

// countBefore is what may stand before a count that precedes its label.
const countBefore = `(?i)\b(?:(?:n\.|n°|nr\.?)\s*)?`

// voteCountPatterns read each count, the label first ("favorevoli n. 9")
// or, failing that, the number first ("8 voti favorevoli").
var voteCountPatterns = []struct {
	field        func(*VoteCounts) **int
	label, after func() *pattern
}{
	{func(v *VoteCounts) **int { return &v.Present },
		lazyRegexp(`(?i)\bpresenti(?:\s+e\s+votanti)?(?:\s+(?:sono|risultano))?` + countSep + countWord + wordEnd),
		lazyRegexp(countBefore + countWord + `\s+` + membersWord + `presenti\b`)},
	{func(v *VoteCounts) **int { return &v.Voters },
		lazyRegexp(`(?i)\bvotanti` + countSep + countWord + wordEnd),
		lazyRegexp(countBefore + countWord + `\s+` + membersWord + `(?:presenti\s+e\s+)?votanti\b`)},
	{func(v *VoteCounts) **int { return &v.InFavour },
		lazyRegexp(`(?i)\bfavorevol[ei](?:\s+unanimi)?` + countSep + countWord + wordEnd),
		lazyRegexp(countBefore + countWord + `\s+(?:vot[oi]\s+)?favorevol[ei]\b`)},
	{func(v *VoteCounts) **int { return &v.Against },
		lazyRegexp(`(?i)\bcontrari[oa]?` + countSep + countWord + wordEnd),
		lazyRegexp(countBefore + countWord + `\s+(?:vot[oi]\s+)?contrari[oa]?\b`)},
	{func(v *VoteCounts) **int { return &v.Abstained },
		lazyRegexp(`(?i)\bastenut[ioae]` + countSep + countWord + wordEnd),
		lazyRegexp(countBefore + countWord + `\s+astenut[ioae]\b`)},
}

// minuteRE says a document is the minute of a session.
var minuteRE = lazyRegexp(`(?i)\b(?:si\s+è\s+riunit[ao]|riunit[ao]\s+(?:la|il)\s+(?:giunta|consiglio)|appello\s+nominale|in\s+seduta\b|adunanza\b|sono\s+(?:stati\s+)?convocati)`)

// minuteLines is how many lines from the top a minute says it is one.
const minuteLines = 60

// isMinute reports whether the document records a session of a collegial
// body: a deliberation, an attendance, or a minute's opening words. Only a
// minute has a vote and a president; a determinazione quoting a statute
// ("con il voto favorevole dei soci") or an ordinanza signed by "IL
// SINDACO" has neither.
func isMinute(ls actLines, act *Act) bool {
	return act.Kind == "deliberazione" || len(act.Attendees) > 0 || minuteRE().MatchString(ls.join(0, minuteLines))
}

// parseVote fills the act's vote, as printed, its outcome and its counts,
// for a minute (isMinute).
func parseVote(ls actLines, act *Act) {
	if !isMinute(ls, act) {
		return
	}
	text := withoutLeaders(ls.join(0, len(ls))) // "PRESENTI ..........: N. 13"
	var first, chosen string
	for loc := range voteAnchorRE().stringIndexes(text) {
		statement := voteStatement(text, countsBefore(text, loc[0]), loc[1])
		if !voteWordsRE().MatchString(statement) || votesAmendment(text, loc[0]) {
			continue
		}
		if first == "" {
			first = statement
		}
		before := text[max(loc[0]-40, 0):loc[0]]
		if !executivityVoteRE().MatchString(before + text[loc[0]:loc[1]]) {
			chosen = statement
			break
		}
	}
	if chosen == "" {
		chosen = first
	}
	if chosen == "" {
		return
	}
	act.VoteAsPrinted = chosen
	act.VoteCounts = voteCounts(chosen)
	act.Vote = voteOutcome(chosen, act.VoteCounts)
	unanimousInFavour(act)
}

// unanimousInFavour gives a unanimous vote that counts only those present
// or voting ("Con voti favorevoli unanimi dei n. 4 componenti presenti e
// votanti") as many votes in favour: every one of them. Those present
// counted in a sentence before the vote's ("I presenti sono n. 3. Con voti
// unanimi …") are counted, no vote in favour.
func unanimousInFavour(act *Act) {
	v := act.VoteCounts
	if act.Vote != "unanimous" || v == nil || v.InFavour != nil || v.Against != nil || opensWithPresentRestated(act.VoteAsPrinted) {
		return
	}
	switch {
	case v.Voters != nil:
		// Those who abstain do not vote: "voti unanimi favorevoli dei
		// n. 9 Consiglieri votanti (… astenuti n. 2)".
		n := *v.Voters
		v.InFavour = &n
	case v.Present != nil && v.Abstained == nil:
		n := *v.Present
		v.InFavour = &n
	}
}

// votesAmendment reports whether the sentence the vote at from is cast
// in puts an amendment to the vote ("Il Presidente pone in votazione
// l'emendamento, che ottiene il seguente esito: presenti 11, favorevoli
// 3, …"): the proposal's own vote comes after it.
func votesAmendment(text string, from int) bool {
	lo := max(from-maxAmendmentSentence, 0)
	for lo < from && !utf8.RuneStart(text[lo]) {
		lo++
	}
	// The sentence, past the colon that opens its counts: from the last
	// full stop or semicolon before them.
	sentence := text[lo:from]
	if i := max(strings.LastIndex(sentence, ". "), strings.LastIndex(sentence, ";")); i >= 0 {
		sentence = sentence[i+1:]
	}
	return strings.Contains(strings.ToLower(sentence), "emendament")
}

// maxAmendmentSentence is how far back, in bytes, votesAmendment looks
// for the words that put an amendment to the vote.
const maxAmendmentSentence = 200

// maxCountsBefore is how far back, in bytes, counts may be printed
// before the words of the vote ("Presenti e votanti n. 10, con voti …").
const maxCountsBefore = 120

// countsBefore moves the start of a vote statement back over the counts
// printed before it in the same sentence.
func countsBefore(text string, from int) int {
	lo := max(from-maxCountsBefore, 0)
	for lo < from && !utf8.RuneStart(text[lo]) {
		lo++
	}
	before := text[lo:from]
	if stops := sentenceStopRE().FindAllStringIndex(before, -1); stops != nil {
		last := stops[len(stops)-1]
		// "… entra l'Assessore PACE Donato. I presenti sono n. 3. Con
		// voti unanimi …": the sentence before the vote restates who is
		// present, and nothing else.
		prev := 0
		if len(stops) > 1 {
			prev = stops[len(stops)-2][1]
		}
		if m := presentRestatedRE().FindStringIndex(before[prev : last[0]+1]); m != nil && countLabelAnyRE().FindStringIndex(before[last[1]:]) == nil {
			return lo + prev + m[0]
		}
		before, lo = before[last[1]:], lo+last[1]
	}
	m := countLabelAnyRE().FindStringIndex(before)
	if m == nil {
		return from
	}
	return lo + m[0]
}

// opensWithPresentRestated reports whether a vote's statement opens with
// the sentence before it that restates the count of those present
// (countsBefore).
func opensWithPresentRestated(statement string) bool {
	for i := 0; i < len(statement); {
		k := strings.Index(statement[i:], ". ")
		if k < 0 {
			return false
		}
		i += k + 1
		if presentRestatedRE().MatchString(statement[:i]) {
			return true
		}
	}
	return false
}

// presentRestatedRE is a sentence that restates the count of those
// present before a vote, and says nothing else: "I presenti sono n. 3.",
// "Presenti n. 10."
var presentRestatedRE = lazyRegexp(`(?i)^\s*(?:i\s+)?presenti\s+(?:sono\s+|risultano\s+)?(?:(?:n\.|n°|nr\.?)\s*)?\d{1,3}\s*\.$`)

// voteStatement is the vote statement that starts at from: up to the
// decision or the next sentence, at most maxVoteText bytes.
func voteStatement(text string, from, anchorEnd int) string {
	end := min(len(text), from+maxVoteText)
	for m := range voteEndRE().stringIndexes(text[anchorEnd:end]) {
		// "; Votanti n. 11" goes on with the counts; "contrari n. 1
		// (Ass. Gadaleta)" with the names in brackets, whose stops end
		// no sentence.
		if inside := text[anchorEnd : anchorEnd+m[0]]; strings.Count(inside, "(") > strings.Count(inside, ")") {
			continue
		}
		if !countLabelRE().MatchString(strings.TrimLeft(text[anchorEnd+m[0]:end], ".; ")) {
			end = anchorEnd + m[0]
			break
		}
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	return strings.TrimRight(text[from:end], " ;.,:")
}

// voteCounts reads the counts a statement prints, nil when it prints none.
func voteCounts(statement string) *VoteCounts {
	statement = zipCountTable(statement)
	var v VoteCounts
	found := false
	for _, p := range voteCountPatterns {
		field := p.field(&v)
		for _, re := range []*pattern{p.label(), p.after()} {
			if n, ok := firstCount(re, statement); ok {
				*field = &n
				found = true
				break
			}
		}
	}
	if !found {
		return nil
	}
	return &v
}

// countTableRE is a vote printed as a table, its labels over its counts,
// which reads as the labels, then the counts: "Presenti Votanti
// Favorevoli Contrari Astenuti 11 11 8 3 0".
var countTableRE = lazyRegexp(`(?i)\b((?:(?:presenti|votanti|favorevoli|contrari|astenuti)\s+){2,5})((?:\d{1,3}\s+){1,4}\d{1,3})\b`)

// zipCountTable writes each count of a vote's table after its label:
// "Presenti 11 Votanti 11 Favorevoli 8 …"; a table whose counts do not
// match its labels one for one is left as it is.
func zipCountTable(statement string) string {
	var b strings.Builder
	last := 0
	for _, g := range countTableRE().FindAllStringSubmatchIndex(statement, -1) {
		labels, counts := strings.Fields(statement[g[2]:g[3]]), strings.Fields(statement[g[4]:g[5]])
		if len(labels) != len(counts) {
			continue
		}
		b.WriteString(statement[last:g[0]])
		for i := range labels {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(labels[i] + " " + counts[i])
		}
		last = g[1]
	}
	if last == 0 {
		return statement
	}
	return b.String() + statement[last:]
}

// firstCount is the first match of re whose count reads as a number.
func firstCount(re *pattern, s string) (int, bool) {
	for _, g := range re.FindAllStringSubmatch(s, -1) {
		w := strings.ToLower(g[1])
		if w == "nessuno" || w == "nessun" || w == "zero" {
			return 0, true
		}
		if n, ok := wordsToNumber(w); ok {
			return n, true
		}
	}
	return 0, false
}

// voteOutcome classifies a vote: "unanimous" where the minute says so or
// where nobody voted against or abstained, "majority" where any did or
// the minute says so, else the statement as printed.
func voteOutcome(statement string, counts *VoteCounts) string {
	if unanimousRE().MatchString(statement) {
		return "unanimous"
	}
	if counts != nil {
		dissent := false
		for _, n := range []*int{counts.Against, counts.Abstained} {
			dissent = dissent || (n != nil && *n > 0)
		}
		total := counts.Voters
		if total == nil {
			total = counts.Present
		}
		if counts.InFavour != nil && total != nil && *counts.InFavour < *total {
			dissent = true // those who did not vote in favour abstained
		}
		if dissent {
			return "majority"
		}
		if counts.Against != nil || counts.Abstained != nil || counts.InFavour != nil {
			return "unanimous"
		}
	}
	if majorityRE().MatchString(statement) {
		return "majority"
	}
	return statement
}
