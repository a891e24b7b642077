package extract

import (
	"encoding/binary"
	"iter"
	"regexp/syntax"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/openalbo/albo/third_party/regexp"
)

// pattern is a regular expression that first looks for the words every
// match of it contains. Most of the extractor's patterns are
// case-insensitive alternatives of words tried on every line of a
// document, and Go's matcher walks such a pattern rune by rune even where
// none of its words occurs; a substring search rules those lines out at a
// fraction of the cost. ReplaceAllString, Split and FindAllString look
// for the words alone, then match as the regexp does.
//
// A pattern declared with lazyRegexp knows its words, and those its matches
// begin with, from the start (pattern_words_table.go, written by the
// tests). It is made only when a text holds one of its words: a
// one-page act rules out about half of the patterns it is read with by
// their words alone, and compiling was much of what `albo extract` spent on
// such an act. Even then it is loaded, not compiled, from the program
// the tests precompiled (pattern_programs.go). A long text is searched
// where its leading words occur, with the pattern's anchored form alone
// (pattern_leading.go): a 3-page act read each section whole with Go's
// matcher at 1.03× the CPU of pdftotext, and at 0.94× this way (make
// bench). Any other pattern is compiled at once, and finds its words by
// parsing itself again, which costs as much as a few dozen matches: it
// looks for them only from its wordsAfterCalls-th call on, so that a
// pattern called a few times does not pay for it.
type pattern struct {
	expr        string
	compileOnce sync.Once
	compiled    *regexp.Regexp
	calls       atomic.Int32
	wordsOnce   sync.Once
	// words holds, once found, words one of which every match contains;
	// nil when the pattern has no such words long enough to be worth
	// looking for.
	words atomic.Pointer[wordSet]
	// lead is how every match begins (pattern_leading.go), nil when the
	// pattern does not know: declared with the pattern when leadDeclared,
	// else worked out by leadOnce.
	leadOnce     sync.Once
	lead         *leading
	leadDeclared bool
}

// wordEnd ends a word that may end in an accented letter ("addì",
// "attività", "ventitré"), where \b would not: Go's \b knows only ASCII
// word characters, so after "à" it holds before a letter and not before a
// space. It matches the character after the word, if any: a space or a
// stop, which acts print after words; the class of all but letters and
// figures ([^\p{L}\p{N}]) says more and cost 90 µs more to compile in
// each pattern that every act is read with.
const wordEnd = "(?:[\\s.,;:!?'’\"“”«»()\\[\\]/\\-–—]|$)"

// wordsAfterCalls is the call from which a pattern looks for its words.
const wordsAfterCalls = 32

// minRequired is the shortest word worth looking for before matching: a
// shorter one occurs in nearly every line.
const minRequired = 2

// compilePattern compiles expr now.
func compilePattern(expr string) *pattern {
	p := &pattern{expr: expr}
	p.regexp()
	return p
}

// declaredPattern is expr, compiled on first need when its words are known
// (patternWords), else at once.
func declaredPattern(expr string) *pattern {
	words, lead, known := patternWords(expr)
	if !known {
		return compilePattern(expr)
	}
	p := &pattern{expr: expr, lead: lead, leadDeclared: true}
	p.words.Store(orNoWords(words))
	return p
}

// regexp is the compiled pattern, made on the first call
// (compiledRegexp).
func (p *pattern) regexp() *regexp.Regexp {
	p.compileOnce.Do(func() { p.compiled = compiledRegexp(p.expr) })
	return p.compiled
}

// String is the pattern's source text.
func (p *pattern) String() string { return p.expr }

// ReplaceAllString is regexp's, on the compiled pattern, but for a text
// without the pattern's words, which it returns as it is.
func (p *pattern) ReplaceAllString(src, repl string) string {
	if !p.mayMatch(src) {
		return src
	}
	return p.regexp().ReplaceAllString(src, repl)
}

// Split is regexp's, on the compiled pattern, but for a text without the
// pattern's words, which is its one piece.
func (p *pattern) Split(s string, n int) []string {
	if n != 0 && !p.mayMatch(s) {
		return []string{s}
	}
	return p.regexp().Split(s, n)
}

// FindAllString is regexp's, on the compiled pattern, but for a text
// without the pattern's words, which has no match.
func (p *pattern) FindAllString(s string, n int) []string {
	if !p.mayMatch(s) {
		return nil
	}
	return p.regexp().FindAllString(s, n)
}

// mayMatch is false only when s holds none of the pattern's required
// words; unlike search, it does not look for where matches begin.
func (p *pattern) mayMatch(s string) bool {
	return p.required().in(s)
}

// required returns the pattern's words: those it was declared with, or
// else those it finds on the call that reaches wordsAfterCalls (nil
// before). It counts the calls up to wordsAfterCalls either way, which
// leadingOf waits for.
func (p *pattern) required() *wordSet {
	calls := p.calls.Load()
	if calls < wordsAfterCalls {
		calls = p.calls.Add(1)
	}
	if w := p.words.Load(); w != nil {
		return w.orNil()
	}
	if calls < wordsAfterCalls {
		return nil
	}
	p.wordsOnce.Do(func() { p.words.Store(orNoWords(requiredOf(p.String()))) })
	return p.words.Load().orNil()
}

// noWords stands for a pattern found to have no words to look for, where
// words holds nil before they are looked for.
var noWords = new(wordSet)

// orNoWords is ws, or noWords for none.
func orNoWords(ws *wordSet) *wordSet {
	if ws == nil {
		return noWords
	}
	return ws
}

// orNil is ws, or nil for noWords.
func (ws *wordSet) orNil() *wordSet {
	if ws == noWords {
		return nil
	}
	return ws
}

// requiredOf returns the words one of which every match of expr contains;
// nil when there are none long enough to look for.
func requiredOf(expr string) *wordSet {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	words := requiredWords(tree.Simplify())
	if len(words) == 0 || shortest(words) < minRequired {
		return nil
	}
	return newWordSet(words...)
}

// search prepares a match of s, folding s once for what comes first.
// possible is false only when s cannot match: it holds none of the
// pattern's required words. matches, when not nil, finds the matches of
// a long text where its leading words occur (pattern_leading.go); when
// nil, the caller matches as the regexp does.
func (p *pattern) search(s string) (possible bool, matches iter.Seq[[]int]) {
	required := p.required() // first: it counts the calls leadingOf waits for
	var lead *leading
	if len(s) >= minLeadingText {
		lead = p.leadingOf()
	}
	switch {
	case lead != nil:
	case required == nil:
		return true, nil
	default: // required words only
		return required.in(s), nil
	}
	folded, ok, release := foldPooled(s)
	switch {
	case !ok:
		release()
		return true, nil
	case required != nil && !required.inFolded(folded):
		release()
		return false, nil
	}
	return true, lead.matches(s, folded, release)
}

// smallText is the longest text folded on the stack.
const smallText = 512

// foldPooled folds s (foldASCII) into a pooled buffer, which release
// gives back once folded is no longer read.
func foldPooled(s string) (folded []byte, ok bool, release func()) {
	pooled := foldBuffers.Get().(*[]byte)
	folded, ok = foldASCII((*pooled)[:0], s)
	return folded, ok, func() {
		if cap(folded) <= maxPooledFold {
			*pooled = folded[:0]
			foldBuffers.Put(pooled)
		}
	}
}

// foldBuffers hold the folded copies of long texts (whole documents,
// which several patterns are tried on in turn).
var foldBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledFold is the largest buffer kept for the next text.
const maxPooledFold = 4 << 20

func (p *pattern) MatchString(s string) bool {
	possible, matches := p.search(s)
	switch {
	case !possible:
		return false
	case matches != nil:
		return firstLeading(matches) != nil
	}
	return p.regexp().MatchString(s)
}

func (p *pattern) FindString(s string) string {
	possible, matches := p.search(s)
	switch {
	case !possible:
		return ""
	case matches != nil:
		if loc := firstLeading(matches); loc != nil {
			return s[loc[0]:loc[1]]
		}
		return ""
	}
	return p.regexp().FindString(s)
}

func (p *pattern) FindStringIndex(s string) []int {
	possible, matches := p.search(s)
	switch {
	case !possible:
		return nil
	case matches != nil:
		if loc := firstLeading(matches); loc != nil {
			return loc[:2]
		}
		return nil
	}
	return p.regexp().FindStringIndex(s)
}

func (p *pattern) FindStringSubmatch(s string) []string {
	possible, matches := p.search(s)
	switch {
	case !possible:
		return nil
	case matches != nil:
		return submatches(s, firstLeading(matches))
	}
	return p.regexp().FindStringSubmatch(s)
}

func (p *pattern) FindStringSubmatchIndex(s string) []int {
	possible, matches := p.search(s)
	switch {
	case !possible:
		return nil
	case matches != nil:
		return firstLeading(matches)
	}
	return p.regexp().FindStringSubmatchIndex(s)
}

// submatches are the texts of a match's groups, "" for a group that did
// not take part, as the regexp's FindStringSubmatch gives them; nil for
// no match.
func submatches(s string, loc []int) []string {
	if loc == nil {
		return nil
	}
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// leadingAll collects the first n (all for n < 0) of the matches
// pattern.search found, as FindAllStringSubmatchIndex gives them.
func leadingAll(matches iter.Seq[[]int], n int) [][]int {
	var locs [][]int
	for loc := range matches {
		if locs = append(locs, loc); len(locs) == n {
			break
		}
	}
	return locs
}

func (p *pattern) FindAllStringIndex(s string, n int) [][]int {
	if n == 0 {
		return nil
	}
	possible, matches := p.search(s)
	switch {
	case !possible:
		return nil
	case matches == nil:
		return p.regexp().FindAllStringIndex(s, n)
	}
	locs := leadingAll(matches, n)
	for i, loc := range locs {
		locs[i] = loc[:2]
	}
	return locs
}

// stringIndexes yields the matches of FindAllStringIndex(s, -1), in order,
// finding them in batches that double in size: a caller that stops at
// the first match it accepts does not make the matcher walk a whole
// document past it, which FindAllStringIndex would.
func (p *pattern) stringIndexes(s string) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		possible, matches := p.search(s)
		if !possible {
			return
		}
		if matches != nil {
			for loc := range matches {
				if !yield(loc[:2]) {
					return
				}
			}
			return
		}
		seen := 0
		for n := 1; ; n *= 2 {
			locs := p.regexp().FindAllStringIndex(s, n)
			for _, loc := range locs[seen:] {
				if !yield(loc) {
					return
				}
			}
			if len(locs) < n {
				return
			}
			seen = len(locs)
		}
	}
}

func (p *pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if n == 0 {
		return nil
	}
	possible, matches := p.search(s)
	switch {
	case !possible:
		return nil
	case matches != nil:
		return leadingAll(matches, n)
	}
	return p.regexp().FindAllStringSubmatchIndex(s, n)
}

func (p *pattern) FindAllStringSubmatch(s string, n int) [][]string {
	if n == 0 {
		return nil
	}
	possible, matches := p.search(s)
	switch {
	case !possible:
		return nil
	case matches == nil:
		return p.regexp().FindAllStringSubmatch(s, n)
	}
	locs := leadingAll(matches, n)
	if locs == nil {
		return nil
	}
	out := make([][]string, len(locs))
	for i, loc := range locs {
		out[i] = submatches(s, loc)
	}
	return out
}

// requiredWords returns ASCII words, folded, one of which every match of re
// contains; nil when it finds none. Only ASCII is kept: a non-ASCII letter
// may match others that fold to it, which foldASCII does not fold.
func requiredWords(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if w := longestASCIIRun(re.Rune); w != "" {
			return []string{w}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredWords(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredWords(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if w := requiredWords(sub); w != nil && (best == nil || shortest(w) > shortest(best)) {
				best = w
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			w := requiredWords(sub)
			if w == nil {
				return nil // this alternative needs no word
			}
			all = append(all, w...)
		}
		return all
	}
	return nil
}

// longestASCIIRun is the longest run of ASCII runes in a literal, folded.
func longestASCIIRun(runes []rune) string {
	var best, cur []byte
	for _, r := range runes {
		if r >= utf8.RuneSelf {
			cur = cur[:0]
			continue
		}
		cur = append(cur, byte(r))
		if len(cur) > len(best) {
			best = append(best[:0], cur...)
		}
	}
	folded, _ := foldASCII(nil, string(best))
	return string(folded)
}

func shortest(words []string) int {
	n := len(words[0])
	for _, w := range words[1:] {
		n = min(n, len(w))
	}
	return n
}

// foldASCII appends s to dst with ASCII letters in lower case, eight
// bytes at a time; other bytes are kept, so a substring of s is still a
// substring after folding. ok is false when s holds one of the two
// non-ASCII letters that case-insensitive matching equates with ASCII
// ones, the Kelvin sign (K) and the long s (ſ): such a text is matched
// without looking for words first.
func foldASCII(dst []byte, s string) (folded []byte, ok bool) {
	if strings.Contains(s, "\u212A") || strings.Contains(s, "\u017F") {
		return dst, false
	}
	const (
		low7  = 0x7f7f7f7f7f7f7f7f
		high  = 0x8080808080808080
		fromA = 0x3f3f3f3f3f3f3f3f // 0x80 - 'A': the high bit is set from 'A' on
		pastZ = 0x2525252525252525 // 0x80 - 'Z' - 1: the high bit is set past 'Z'
	)
	n := len(dst)
	dst = append(dst, s...)
	b := dst[n:]
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		ascii := x & low7
		upper := (ascii + fromA) &^ (ascii + pastZ) &^ x & high
		binary.LittleEndian.PutUint64(b[i:], x|upper>>2)
	}
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return dst, true
}
