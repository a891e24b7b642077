package eval

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/openalbo/albo/extract"
)

// Record types of a Report. Act list fields are scored as "act.<field>"
// (act.attendees, act.cited_acts…), the plan's lists as "plan.<field>".
const (
	TypeAct          = "act"
	TypePlan         = "plan"
	TypeDirectorates = "directorates"
	TypeDirectors    = "directors"
	TypeObjectives   = "objectives"
	TypeChanges      = "changes"
)

// Problems a Mismatch reports.
const (
	Missing  = "missing"  // in the answers, not in the extraction
	Spurious = "spurious" // in the extraction, not in the answers
	Differs  = "differs"  // in both, with a field that differs
)

// Score counts one record type. A record is correct when every field the
// answers give is equal.
type Score struct {
	Type      string  `json:"type"`
	Gold      int     `json:"gold"`
	Extracted int     `json:"extracted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Exact reports whether the extraction has exactly the answers' records.
func (s Score) Exact() bool { return s.Correct == s.Gold && s.Correct == s.Extracted }

// Mismatch is one difference between the extraction and the answers.
type Mismatch struct {
	Type    string `json:"type"`
	Key     string `json:"key"` // which record: "[12] Direzione Generale: Ottimizzazione…"
	Problem string `json:"problem"`
	Field   string `json:"field,omitempty"` // for Differs
	Want    any    `json:"want"`
	Got     any    `json:"got"`
}

// Report is the outcome of Compare.
type Report struct {
	Scores     []Score    `json:"scores"`
	Mismatches []Mismatch `json:"mismatches"`
}

// Score returns the score of a record type, and false when the answers do
// not cover it.
func (r *Report) Score(typ string) (Score, bool) {
	for _, s := range r.Scores {
		if s.Type == typ {
			return s, true
		}
	}
	return Score{}, false
}

// Exact reports whether every record type is exact.
func (r *Report) Exact() bool {
	for _, s := range r.Scores {
		if !s.Exact() {
			return false
		}
	}
	return true
}

// Compare scores an extraction against the answers.
func Compare(res *extract.Result, gold Gold) *Report {
	if res == nil {
		res = &extract.Result{}
	}
	r := &Report{Scores: []Score{}, Mismatches: []Mismatch{}}
	scores := make(map[string]*Score)
	var order []string
	score := func(typ string) *Score {
		s, ok := scores[typ]
		if !ok {
			s = &Score{Type: typ}
			scores[typ] = s
			order = append(order, typ)
		}
		return s
	}
	c := &comparison{report: r, score: score}
	if gold.has[ActFile] {
		got, _ := toJSONValue(res.Act).(map[string]any)
		c.fields(TypeAct, reflect.TypeFor[extract.Act](), gold.act, got, nil)
	}
	if gold.has[PlanFile] {
		got, _ := toJSONValue(res.Plan).(map[string]any)
		c.fields(TypePlan, reflect.TypeFor[extract.Plan](), gold.plan, got, []string{"directorates"})
		c.plan(list(gold.plan["directorates"]), list(got["directorates"]))
	}
	if gold.has[ChangesFile] {
		c.list(TypeChanges, gold.changes, list(toJSONValue(res.Changes)))
	}
	for _, typ := range order {
		s := scores[typ]
		s.Precision, s.Recall, s.F1 = ratios(s.Correct, s.Gold, s.Extracted)
		r.Scores = append(r.Scores, *s)
	}
	return r
}

// ratios are precision, recall and F1; with nothing to find and nothing
// found, all are 1.
func ratios(correct, gold, extracted int) (p, r, f1 float64) {
	p, r = 1, 1
	if extracted > 0 {
		p = float64(correct) / float64(extracted)
	} else if gold > 0 {
		p = 0
	}
	if gold > 0 {
		r = float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

type comparison struct {
	report *Report
	score  func(typ string) *Score
}

func (c *comparison) add(m Mismatch) { c.report.Mismatches = append(c.report.Mismatches, m) }

// fields scores the fields the answers give of an object, in the model's
// field order: scalars and objects as records of typ, arrays as record
// types of their own ("act.attendees").
func (c *comparison) fields(typ string, t reflect.Type, gold, got map[string]any, skip []string) {
	for i := range t.NumField() {
		name := jsonName(t.Field(i))
		gv, ok := gold[name]
		if name == "" || !ok || slices.Contains(skip, name) {
			continue
		}
		if gl, isList := gv.([]any); isList {
			c.list(typ+"."+name, gl, list(got[name]))
			continue
		}
		s := c.score(typ)
		s.Gold++
		gotV := got[name]
		if !isZero(gotV) {
			s.Extracted++
		}
		switch {
		case equal(gv, gotV):
			s.Correct++
		case isZero(gotV):
			c.add(Mismatch{Type: typ, Key: name, Problem: Missing, Want: gv, Got: gotV})
		default:
			c.add(Mismatch{Type: typ, Key: name, Problem: Differs, Field: name, Want: gv, Got: gotV})
		}
	}
}

// list scores an ordered list: records equal in every answered field are
// matched in order first (a longest common subsequence), then the records
// left between two matches are paired by similarity, so one wrong, missing
// or extra record does not shift all the others.
func (c *comparison) list(typ string, gold, got []any) {
	s := c.score(typ)
	s.Gold += len(gold)
	s.Extracted += len(got)
	pairs, missing, spurious := align(len(gold), len(got),
		func(i, j int) bool { return equal(gold[i], got[j]) },
		func(i, j int) float64 { return similarity(gold[i], got[j]) })
	for _, p := range pairs {
		key := itemKey(fmt.Sprint(p[0]), gold[p[0]])
		if c.differences(typ, key, gold[p[0]], got[p[1]]) {
			s.Correct++
		}
	}
	for _, i := range missing {
		c.add(Mismatch{Type: typ, Key: itemKey(fmt.Sprint(i), gold[i]), Problem: Missing, Want: gold[i]})
	}
	for _, j := range spurious {
		c.add(Mismatch{Type: typ, Key: "extracted" + itemKey(fmt.Sprint(j), got[j]), Problem: Spurious, Got: got[j]})
	}
}

// differences reports each answered field where got differs and says
// whether the record is correct.
func (c *comparison) differences(typ, key string, gold, got any) bool {
	if equal(gold, got) {
		return true
	}
	gm, gok := gold.(map[string]any)
	om, ook := got.(map[string]any)
	if !gok || !ook {
		c.add(Mismatch{Type: typ, Key: key, Problem: Differs, Want: gold, Got: got})
		return false
	}
	for _, k := range sortedKeys(gm) {
		if !equal(gm[k], om[k]) {
			c.add(Mismatch{Type: typ, Key: key, Problem: Differs, Field: k, Want: gm[k], Got: om[k]})
		}
	}
	return false
}

// plan scores directorates, directors and objectives. Directorates are
// paired by name (similar names pair too, so a misread name costs one
// record, not all its objectives); objectives are keyed inside their
// directorate by (year, section, n).
func (c *comparison) plan(gold, got []any) {
	name := func(v any) string { return str(v, "directorate") }
	dirs, directors := c.score(TypeDirectorates), c.score(TypeDirectors)
	dirs.Gold += len(gold)
	dirs.Extracted += len(got)
	pairs, missing, spurious := align(len(gold), len(got),
		func(i, j int) bool { return name(gold[i]) == name(got[j]) },
		func(i, j int) float64 { return wordSimilarity(name(gold[i]), name(got[j])) })
	for _, g := range gold {
		if hasKey(g, "director") {
			directors.Gold++
		}
	}
	for _, o := range got {
		if !isZero(field(o, "director")) {
			directors.Extracted++
		}
	}
	for _, p := range pairs {
		g, o := gold[p[0]], got[p[1]]
		if name(g) == name(o) {
			dirs.Correct++
		} else {
			c.add(Mismatch{Type: TypeDirectorates, Key: name(g), Problem: Differs, Field: "directorate", Want: name(g), Got: name(o)})
		}
		if gd := field(g, "director"); hasKey(g, "director") {
			if equal(gd, field(o, "director")) {
				directors.Correct++
			} else {
				c.add(Mismatch{Type: TypeDirectors, Key: name(g), Problem: Differs, Field: "director", Want: gd, Got: field(o, "director")})
			}
		}
		c.objectives(name(g), list(field(g, "objectives")), list(field(o, "objectives")))
	}
	for _, i := range missing {
		c.add(Mismatch{Type: TypeDirectorates, Key: name(gold[i]), Problem: Missing, Want: name(gold[i])})
		c.objectives(name(gold[i]), list(field(gold[i], "objectives")), nil)
	}
	for _, j := range spurious {
		c.add(Mismatch{Type: TypeDirectorates, Key: name(got[j]), Problem: Spurious, Got: name(got[j])})
		c.objectives(name(got[j]), nil, list(field(got[j], "objectives")))
	}
}

// objectiveKey is where an objective stands in its directorate.
func objectiveKey(v any) string {
	section := "-"
	if s, ok := field(v, "section").(string); ok {
		section = s
	}
	return fmt.Sprintf("%v %s n.%v", field(v, "year"), section, field(v, "n"))
}

// objectives matches one directorate's objectives in passes: same key
// (year, section, n) and text; then same text at another key (a misread
// year, section or number); then same key with another text; then the
// rest are missing or spurious. Each pass pairs in document order, so a
// wrong record costs that record only.
func (c *comparison) objectives(directorate string, gold, got []any) {
	s := c.score(TypeObjectives)
	s.Gold += len(gold)
	s.Extracted += len(got)
	usedGold, usedGot := make([]bool, len(gold)), make([]bool, len(got))
	sameKey := func(g, o any) bool { return objectiveKey(g) == objectiveKey(o) }
	sameText := func(g, o any) bool { return str(g, "text") == str(o, "text") }
	passes := []func(g, o any) bool{
		func(g, o any) bool { return sameKey(g, o) && sameText(g, o) },
		sameText,
		sameKey,
	}
	for _, match := range passes {
		for i, g := range gold {
			if usedGold[i] {
				continue
			}
			for j, o := range got {
				if usedGot[j] || !match(g, o) {
					continue
				}
				usedGold[i], usedGot[j] = true, true
				if c.differences(TypeObjectives, directorate+" "+objectiveKey(g), g, o) {
					s.Correct++
				}
				break
			}
		}
	}
	for i, g := range gold {
		if !usedGold[i] {
			c.add(Mismatch{Type: TypeObjectives, Key: directorate + " " + objectiveKey(g), Problem: Missing, Want: g})
		}
	}
	for j, o := range got {
		if !usedGot[j] {
			c.add(Mismatch{Type: TypeObjectives, Key: directorate + " " + objectiveKey(o), Problem: Spurious, Got: o})
		}
	}
}

// align pairs the records of two ordered lists: first the longest common
// subsequence of equal records, then, inside each gap between two of
// those, the most similar records (similarity at least minSimilarity).
func align(n, m int, eq func(i, j int) bool, sim func(i, j int) float64) (pairs [][2]int, missing, spurious []int) {
	// lcs[i][j] is the length of the LCS of gold[i:] and got[j:].
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if eq(i, j) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var gapGold, gapGot []int
	flush := func() {
		p, mi, sp := pairGap(gapGold, gapGot, sim)
		pairs, missing, spurious = append(pairs, p...), append(missing, mi...), append(spurious, sp...)
		gapGold, gapGot = gapGold[:0], gapGot[:0]
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case eq(i, j) && lcs[i][j] == lcs[i+1][j+1]+1:
			flush()
			pairs = append(pairs, [2]int{i, j})
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			gapGold = append(gapGold, i)
			i++
		default:
			gapGot = append(gapGot, j)
			j++
		}
	}
	for ; i < n; i++ {
		gapGold = append(gapGold, i)
	}
	for ; j < m; j++ {
		gapGot = append(gapGot, j)
	}
	flush()
	slices.SortFunc(pairs, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	return pairs, missing, spurious
}

// minSimilarity is how alike two records must be to count as one record
// with differing fields rather than one missing and one spurious.
const minSimilarity = 0.5

func pairGap(gold, got []int, sim func(i, j int) float64) (pairs [][2]int, missing, spurious []int) {
	type candidate struct {
		i, j int
		s    float64
	}
	var cands []candidate
	for _, i := range gold {
		for _, j := range got {
			if s := sim(i, j); s >= minSimilarity {
				cands = append(cands, candidate{i, j, s})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.s, a.s) })
	usedGold, usedGot := make(map[int]bool), make(map[int]bool)
	for _, c := range cands {
		if !usedGold[c.i] && !usedGot[c.j] {
			usedGold[c.i], usedGot[c.j] = true, true
			pairs = append(pairs, [2]int{c.i, c.j})
		}
	}
	for _, i := range gold {
		if !usedGold[i] {
			missing = append(missing, i)
		}
	}
	for _, j := range got {
		if !usedGot[j] {
			spurious = append(spurious, j)
		}
	}
	return pairs, missing, spurious
}

// equal compares got with gold on the fields gold gives; an absent value
// equals a zero one, as the model omits empty fields.
func equal(gold, got any) bool {
	switch g := gold.(type) {
	case map[string]any:
		o, ok := got.(map[string]any)
		if !ok {
			return got == nil && isZero(g)
		}
		for k, gv := range g {
			if !equal(gv, o[k]) {
				return false
			}
		}
		return true
	case []any:
		o, ok := got.([]any)
		if !ok {
			return got == nil && len(g) == 0
		}
		if len(o) != len(g) {
			return false
		}
		for i := range g {
			if !equal(g[i], o[i]) {
				return false
			}
		}
		return true
	}
	if isZero(gold) {
		return isZero(got)
	}
	return gold == got
}

func isZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case float64:
		return x == 0
	case bool:
		return !x
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

// similarity of two records: the share of the answered fields that are
// equal, or the share of words their string fields have in common, which
// ever is higher (a record with one field misread is still that record).
func similarity(gold, got any) float64 {
	sim := wordSimilarity(words(gold), words(got))
	if gm, ok := gold.(map[string]any); ok && len(gm) > 0 {
		equalFields := 0
		for k, v := range gm {
			if equal(v, field(got, k)) {
				equalFields++
			}
		}
		sim = max(sim, float64(equalFields)/float64(len(gm)))
	}
	return sim
}

func words(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		var parts []string
		for _, k := range sortedKeys(x) {
			parts = append(parts, words(x[k]))
		}
		return strings.Join(parts, " ")
	case []any:
		var parts []string
		for _, e := range x {
			parts = append(parts, words(e))
		}
		return strings.Join(parts, " ")
	}
	return ""
}

// wordSimilarity is the Jaccard index of the two texts' lower-cased words.
func wordSimilarity(a, b string) float64 {
	split := func(s string) map[string]bool {
		set := make(map[string]bool)
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			set[w] = true
		}
		return set
	}
	sa, sb := split(a), split(b)
	if len(sa) == 0 && len(sb) == 0 {
		return 0
	}
	common := 0
	for w := range sa {
		if sb[w] {
			common++
		}
	}
	return float64(common) / float64(len(sa)+len(sb)-common)
}

// itemKey is "[i] label" for the i-th record of a list.
func itemKey(i string, v any) string {
	if l := label(v); l != "" {
		return "[" + i + "] " + l
	}
	return "[" + i + "]"
}

// label names a record in a mismatch: its first telling string field.
func label(v any) string {
	text := ""
	if s, ok := v.(string); ok {
		text = s
	}
	for _, k := range []string{"directorate", "name", "title", "as_printed", "text", "where"} {
		if s := str(v, k); s != "" {
			if text != "" {
				text += ": "
			}
			text += s
			if k != "directorate" {
				break
			}
		}
	}
	if r := []rune(text); len(r) > 70 {
		text = string(r[:69]) + "…"
	}
	return text
}

func hasKey(v any, k string) bool {
	m, _ := v.(map[string]any)
	_, ok := m[k]
	return ok
}

func field(v any, k string) any {
	m, _ := v.(map[string]any)
	return m[k]
}

func str(v any, k string) string {
	s, _ := field(v, k).(string)
	return s
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// WriteText prints the report for a person: a table of scores, then every
// mismatch.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-36s %6s %9s %7s %9s %6s %6s\n", "type", "gold", "extracted", "correct", "precision", "recall", "f1")
	for _, s := range r.Scores {
		fmt.Fprintf(&b, "%-36s %6d %9d %7d %9.3f %6.3f %6.3f\n", s.Type, s.Gold, s.Extracted, s.Correct, s.Precision, s.Recall, s.F1)
	}
	if len(r.Mismatches) > 0 {
		fmt.Fprintf(&b, "\n%d mismatch(es):\n", len(r.Mismatches))
	}
	for _, m := range r.Mismatches {
		fmt.Fprintf(&b, "%s %s: %s", m.Type, m.Key, m.Problem)
		if m.Field != "" {
			fmt.Fprintf(&b, " %s", m.Field)
		}
		b.WriteString("\n")
		if m.Problem != Spurious {
			fmt.Fprintf(&b, "    want: %s\n", compact(m.Want))
		}
		if m.Problem != Missing {
			fmt.Fprintf(&b, "    got:  %s\n", compact(m.Got))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func compact(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(data)
}
