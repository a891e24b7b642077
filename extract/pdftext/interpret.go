package pdftext

// The content-stream interpreter: the text operators of a page and of the
// forms it draws, positioned by the graphics state.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"

	"github.com/openalbo/albo/internal/ctxio"
)

// gstate is the part of the graphics state that positions text.
type gstate struct {
	ctm                        matrix
	tc, tw, th, tl, tfs, trise float64
	font                       *fontInfo
	// invisible is set by the text rendering modes that neither fill nor
	// stroke (Tr 3, 7): an OCR's text layer over a scanned page.
	invisible bool
}

// interpreter runs the text operators of a content stream.
type interpreter struct {
	ctx   context.Context
	doc   *docReading
	page  *Page
	g     gstate
	tm    matrix
	tlm   matrix
	stack []gstate
	// tokens counts the content tokens read, to look at ctx now and then.
	tokens int
	// contentLeft is how many more decoded content bytes the page may
	// cost, its forms included.
	contentLeft int64
	named       map[string]*fontInfo // fonts of the current stream by resource name
	// text is where show gathers a run's text, reused from run to run.
	text []byte
	// joined is the text of the page's last run while glyphs drawn after
	// it continue it (flushJoined), nil otherwise; joinedRoom is its
	// buffer, reused from run to run.
	joined, joinedRoom []byte
	// penEnd is where the pen stood, in user space, after the page's last
	// run: past its last glyph by the character spacing (continuesLastRun).
	penEnd float64
	// resKey identifies the current stream's font resources in the cache.
	resKey string
}

// run interprets a content stream (the page's or a Form XObject's). The
// stream is decoded by the library but tokenized here: the library's
// general object parser allocates a value per token and costs most of the
// reading time. A damaged stream is interpreted as far as it decodes, then
// reported.
func (in *interpreter) run(content, resources pdf.Value, ctm matrix, depth int) {
	in.g = gstate{ctm: ctm, th: 1}
	in.tm, in.tlm = identity, identity
	in.named = map[string]*fontInfo{}
	in.resKey = ""
	in.stack = in.stack[:0]
	buf := contentBuffers.Get().(*bytes.Buffer)
	defer putContentBuffer(buf)
	data, readErr := readContent(in.ctx, content, in.contentLeft, buf)
	in.contentLeft -= int64(len(data))
	if len(in.page.Runs) == 0 {
		in.page.Runs = slices.Grow(in.page.Runs, expectedRuns(data))
	}
	if errors.Is(readErr, errLimit) {
		panic(readErr)
	}
	fontRes := resources.Key("Font")
	scratch := lexerScratches.Get().(*lexerScratch)
	lx := contentLexer{data: data, topArray: scratch.topArray, scratch: scratch.str}
	args := scratch.args[:0] // the operands of the next operator
	defer func() {
		scratch.topArray, scratch.str, scratch.args = lx.topArray, lx.scratch, args
		scratch.put()
		in.flushJoined() // also when the stream panics: the page keeps what it read
	}()
	for {
		tok, op, ok := lx.next()
		if !ok {
			break
		}
		in.tokens++
		if in.tokens%ctxCheckEvery == 0 {
			if err := in.ctx.Err(); err != nil {
				panic(err)
			}
		}
		if op == nil {
			if len(args) == maxOperands {
				args = args[:0] // no operator takes that many: garbage
			}
			args = append(args, tok)
			continue
		}
		in.operator(string(op), args, fontRes, resources, depth)
		args = args[:0]
	}
	if readErr != nil {
		panic(readErr)
	}
}

// operator runs one content-stream operator on its operands.
func (in *interpreter) operator(op string, args []operand, fontRes, resources pdf.Value, depth int) {
	n := len(args)
	num := func(i int) float64 {
		if i < n {
			return args[i].num
		}
		return 0
	}
	switch op {
	case "q":
		if len(in.stack) < maxSavedStates {
			in.stack = append(in.stack, in.g)
		}
	case "Q":
		if k := len(in.stack); k > 0 {
			in.g = in.stack[k-1]
			in.stack = in.stack[:k-1]
		}
	case "cm":
		if n == 6 {
			in.g.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(in.g.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tc":
		in.g.tc = num(0)
	case "Tw":
		in.g.tw = num(0)
	case "Tz":
		in.g.th = num(0) / 100
	case "TL":
		in.g.tl = num(0)
	case "Ts":
		in.g.trise = num(0)
	case "Tr":
		mode := num(0)
		in.g.invisible = mode == 3 || mode == 7
	case "Tf":
		if n == 2 && args[0].kind == operandName {
			in.g.font = in.font(fontRes, args[0].str)
			in.g.tfs = num(1)
		}
	case "Td":
		in.tlm = translate(num(0), num(1)).mul(in.tlm)
		in.tm = in.tlm
	case "TD":
		in.g.tl = -num(1)
		in.tlm = translate(num(0), num(1)).mul(in.tlm)
		in.tm = in.tlm
	case "Tm":
		if n == 6 {
			in.tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
			in.tm = in.tlm
		}
	case "T*":
		in.nextLine()
	case "Tj":
		if n == 1 {
			in.show(args)
		}
	case "'":
		if n == 1 {
			in.nextLine()
			in.show(args)
		}
	case "\"":
		if n == 3 {
			in.g.tw, in.g.tc = num(0), num(1)
			in.nextLine()
			in.show(args[2:])
		}
	case "TJ":
		if n == 1 && args[0].kind == operandArray {
			in.show(args[0].arr)
		}
	case "Do":
		if n == 1 && args[0].kind == operandName && depth < maxFormDepth {
			in.form(resources, args[0].str, depth)
		}
	}
}

// contentBuffers hold decoded content streams while they are interpreted:
// nothing read from a stream keeps a reference to its bytes.
var contentBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// lexerScratch is the room a content stream's lexing grows: the top-level
// array, a string's bytes and an operator's operands. Pages are many and
// their streams short, so the room is kept for the next stream rather
// than grown again for each.
type lexerScratch struct {
	topArray, args []operand
	str            []byte
}

var lexerScratches = sync.Pool{New: func() any { return new(lexerScratch) }}

// maxPooledOperands is the most operands a pooled slice keeps room for:
// a hostile stream's array of millions must not stay in memory.
const maxPooledOperands = 1 << 14

// put gives the room back to the pool, without the strings the operands
// held, unless a hostile stream made it too large to keep.
func (sc *lexerScratch) put() {
	if cap(sc.topArray) > maxPooledOperands || cap(sc.args) > maxPooledOperands || cap(sc.str) > maxPooledContent {
		return
	}
	clear(sc.topArray[:cap(sc.topArray)])
	clear(sc.args[:cap(sc.args)])
	sc.topArray, sc.args, sc.str = sc.topArray[:0], sc.args[:0], sc.str[:0]
	lexerScratches.Put(sc)
}

// maxPooledContent is the largest buffer kept for the next stream: a
// hostile page's must not stay in memory.
const maxPooledContent = 1 << 20

func putContentBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooledContent {
		buf.Reset()
		contentBuffers.Put(buf)
	}
}

// expectedRuns is how many runs a page whose content is data draws at
// most, about: one per text-showing operator. Counting them saves growing
// the page's runs operator by operator, which costs most on pages drawn
// glyph by glyph. One pass finds both operators: a content stream is full
// of other T operators (Tf, Td, Tm, T*…), each of which stops a search.
func expectedRuns(data []byte) int {
	n := 0
	for i := bytes.IndexByte(data, 'T'); i >= 0 && i+1 < len(data); {
		if c := data[i+1]; c == 'j' || c == 'J' {
			n++
		}
		next := bytes.IndexByte(data[i+1:], 'T')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return min(n, maxPageRuns)
}

// readContent appends to buf the decoded bytes of a content stream, or of
// an array of them joined by line breaks, and returns them. With the bytes
// that decoded it returns the error that stopped the decoding: one
// wrapping errLimit past limit bytes, which are never decoded (a
// compression bomb stops there), or ctx's.
func readContent(ctx context.Context, content pdf.Value, limit int64, buf *bytes.Buffer) ([]byte, error) {
	parts := []pdf.Value{content}
	if content.Kind() == pdf.Array {
		parts = parts[:0]
		for i := range content.Len() {
			parts = append(parts, content.Index(i))
		}
	}
	for _, part := range parts {
		if part.Kind() != pdf.Stream {
			continue
		}
		rd := part.Reader()
		_, err := io.Copy(buf, io.LimitReader(ctxio.Reader(ctx, rd), limit+1-int64(buf.Len())))
		rd.Close()
		if err != nil {
			return buf.Bytes(), err
		}
		if int64(buf.Len()) > limit {
			return nil, fmt.Errorf("content over the %d MiB %w", maxPageContent>>20, errLimit)
		}
		buf.WriteByte('\n')
	}
	return buf.Bytes(), nil
}

// font returns the font a Tf names, looking it up once per content stream:
// producers repeat Tf in every text object.
func (in *interpreter) font(fontRes pdf.Value, name string) *fontInfo {
	if f, ok := in.named[name]; ok {
		return f
	}
	if in.resKey == "" {
		in.resKey = fontRes.String()
	}
	f := in.doc.fonts.get(in.resKey, fontRes, name)
	in.named[name] = f
	return f
}

// form draws a Form XObject with its own resources and matrix.
func (in *interpreter) form(resources pdf.Value, name string, depth int) {
	xobj := resources.Key("XObject").Key(name)
	if xobj.Kind() != pdf.Stream || xobj.Key("Subtype").Name() != "Form" {
		return
	}
	ctm := in.g.ctm
	if m := xobj.Key("Matrix"); m.Len() == 6 {
		ctm = matrix{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(),
			m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}.mul(ctm)
	}
	res := xobj.Key("Resources")
	if res.IsNull() {
		res = resources
	}
	saved, savedStack := in.g, append([]gstate(nil), in.stack...)
	savedTm, savedTlm, savedNamed, savedKey := in.tm, in.tlm, in.named, in.resKey
	in.run(xobj, res, ctm, depth+1)
	in.g, in.stack, in.tm, in.tlm, in.named, in.resKey = saved, savedStack, savedTm, savedTlm, savedNamed, savedKey
}

func (in *interpreter) nextLine() {
	in.tlm = translate(0, -in.g.tl).mul(in.tlm)
	in.tm = in.tlm
}

// show draws the strings of a Tj or TJ as one run, advancing the text
// matrix by each glyph's width and each TJ adjustment. An adjustment wider
// than a quarter em is a word gap some producers draw instead of a space;
// one wider than cellJump ems moves to another cell (a table's row drawn
// as one TJ, as Ghostscript writes a printed page), and starts a new run
// there.
func (in *interpreter) show(items []operand) {
	g := &in.g
	font := g.font
	if font == nil {
		font = fallbackFont
	}
	start := in.tm
	text := in.text[:0]
	// spacing is what the character and word spacing added after the
	// last glyph drawn: the pen moved past it, but nothing was drawn there.
	var advance, from, spacing float64
	wordGap := tjWordGap(items, font)
	for _, item := range items {
		switch item.kind {
		case operandString:
			raw := item.str
			// Spaces that pad a string to a column (a fixed-width
			// report's "COMUNE DI X          DATA 13/03/2026", drawn as
			// one string) part it into runs, as a jump would.
			for i, j := padding(raw, font, g); i >= 0; i, j = padding(raw, font, g) {
				text = font.appendText(text, raw[:i])
				advance += font.advance(raw[:i], g.tfs, g.tc, g.tw) * g.th
				if i > 0 {
					spacing = trailingSpacing(raw[:i], font, g)
				}
				if len(bytes.TrimSpace(text)) > 0 {
					in.text = text
					in.emit(font, start, from, advance, spacing)
				}
				text = in.text[:0]
				advance += font.advance(raw[i:j], g.tfs, g.tc, g.tw) * g.th
				from, raw = advance, raw[j:]
			}
			spaced := wordsSpaced(raw, font, g)
			if g.tc*g.th >= cellJump*g.tfs && (spaced || cellsSpaced(raw, font, g)) {
				// Glyphs parted by character spacing wider than an em
				// stand in cells of their own, as a TJ's jump that wide
				// parts them: Ghostscript draws a row's mark and the next
				// column's name as one string ("(XR)" at 41 Tc in a 10
				// point font, "X" under Presente, "ROSATI" beyond), or a
				// heading's marks and the next column's first letter,
				// the word spacing taking back some of a space's ("(PA
				// C)" at 12 Tc and -6 Tw: "P" | "A" | "CONSIGLIERI").
				last := len(raw) - 1
				for i := range last {
					text = font.appendText(text, raw[i:i+1])
					advance += font.advance(raw[i:i+1], g.tfs, g.tc, g.tw) * g.th
					// The pen ends at the glyph, not past the spacing
					// where the next glyph starts: that one does not
					// continue this run.
					if in.text = text; len(bytes.TrimSpace(text)) > 0 {
						in.emit(font, start, from, advance-trailingSpacing(raw[i:i+1], font, g), 0)
					}
					text = in.text[:0]
					from = advance
				}
				raw, spaced = raw[last:], false
			}
			if spaced {
				// Glyphs parted by character spacing as wide as a space:
				// groff justifies a line so, drawing a word's last letter
				// and the next word's first as one string ("(e2)" at 2.75
				// Tc, "alle ore 21:00"), or a run of one-letter words
				// ("(ea3)" at 2.84 Tc, "superiore a 3,5"). Spacing over a
				// longer string, or a word of capitals, is a heading
				// spaced letter by letter, read as its word.
				for i := range len(raw) {
					if i > 0 {
						text = append(text, ' ')
					}
					text = font.appendText(text, raw[i:i+1])
				}
			} else if closedSpaces(raw, font, g) {
				text = font.appendText(text, strings.ReplaceAll(raw, " ", ""))
			} else {
				text = font.appendText(text, raw)
			}
			advance += font.advance(raw, g.tfs, g.tc, g.tw) * g.th
			if len(raw) > 0 {
				spacing = trailingSpacing(raw, font, g)
			}
		case operandNumber:
			adj := item.num
			if adj < -cellJump*1000 && len(bytes.TrimSpace(text)) > 0 {
				in.text = text
				in.emit(font, start, from, advance, spacing)
				text = in.text[:0]
				from = advance - adj/1000*g.tfs*g.th
			}
			advance -= adj / 1000 * g.tfs * g.th
			spacing -= adj / 1000 * g.tfs * g.th // the move draws nothing either
			if adj < -wordGap && len(text) > 0 {
				text = append(text, ' ')
			}
			if len(text) == 0 {
				// "[-316 (la deliberazione …)] TJ": the move before the
				// first string places it; the run starts where it is
				// drawn, and the gap to the run before it tells a space.
				from = advance
			}
		}
	}
	in.text = text
	in.tm = translate(advance, 0).mul(start)
	in.emit(font, start, from, advance, spacing)
}

// trailingSpacing is the room, in text space, that the character spacing
// (and the word spacing, after a space) adds after the last glyph of raw,
// a string drawn in font under g: part of the pen's advance, none of the
// glyph's extent. A producer that places each glyph at its own position
// leaves its Tc set from the heading before ("D E T E R M I N A Z I O N
// E" at 7 Tc): counted in the glyph's width, the spacing would close
// every word gap after it.
func trailingSpacing(raw string, font *fontInfo, g *gstate) float64 {
	spacing := g.tc
	if !font.twoByte && raw[len(raw)-1] == ' ' {
		spacing += g.tw
	}
	return spacing * g.th
}

// closedSpaces reports whether the spaces of raw, a string of a one-byte
// font, draw no gap: the word and character spacing of g, both negative,
// take back all but a sliver of a space's width, as a printed page kerns
// two capitals by a space ("(AT A)" at -0.95 Tc and -1.5 Tw in
// "GIORNATA"), and pdftotext reads no space there either.
func closedSpaces(raw string, font *fontInfo, g *gstate) bool {
	if g.tw >= 0 || font.twoByte || g.tfs <= 0 || !strings.Contains(raw, " ") || string(font.appendText(nil, " ")) != " " {
		return false
	}
	return font.advance(" ", g.tfs, g.tc, g.tw) <= closedSpaceEm*g.tfs*(1+1e-9)
}

// closedSpaceEm is the width, in ems, up to which a space draws no gap
// between words, as pdftotext parts words only past it: the tightest
// space of a justified line is twice as wide. Ghostscript leaves a
// twentieth of an em of a space it closes, or a tenth ("(AV O)" at
// -1.595 Tc and -0.055 Tw in an 11 point Times: "FAVORE").
const closedSpaceEm = 0.1

// wordsSpaced reports whether the character spacing of g parts the
// glyphs of raw, a string of a one-byte font, into words of a letter
// each: two glyphs spaced by a fifth of an em or more, or up to
// maxSpacedWords glyphs so spaced that are no word of capitals (a
// heading's "AVVISO" at 3 Tc): a small letter, a figure, or a mark
// among them (groff's "(P|M)" for a roll's "P | MANCA", "(.-C)" for
// "COOP. - CIG"), neither of them a space, drawn to be seen
// (an OCR layer's invisible words are spaced to fit the scan's, a word of
// two letters as wide as its picture).
func wordsSpaced(raw string, font *fontInfo, g *gstate) bool {
	if font.twoByte || len(raw) < 2 || len(raw) > maxSpacedWords || g.invisible || g.tfs <= 0 || g.tc*g.th < pairSpaceEm*g.tfs || strings.ContainsAny(raw, " \x00") {
		return false
	}
	return len(raw) == 2 || strings.ContainsFunc(string(font.appendText(nil, raw)), func(r rune) bool {
		return unicode.IsLower(r) || unicode.IsDigit(r) || (unicode.IsPunct(r) || unicode.IsSymbol(r)) && r != '\'' && r != '’'
	})
}

// cellsSpaced reports whether raw is a short string whose glyphs the
// character spacing parts (cellJump decides how far): each glyph, the
// spaces aside, a cell of its own, capitals too ("(APL)" at 15.83 Tc in
// a 10 point font: a name's last letter, its mark and the next name's
// first letter, as Ghostscript draws a roll in three columns).
func cellsSpaced(raw string, font *fontInfo, g *gstate) bool {
	return !font.twoByte && len(raw) >= 2 && len(raw) <= maxSpacedWords && !g.invisible && g.tfs > 0
}

// maxSpacedWords is the most one-letter words groff draws as one string
// spaced by its characters ("e a 3"); a longer string so spaced is a word
// spaced letter by letter.
const maxSpacedWords = 4

// pairSpaceEm is the character spacing, in ems, that parts two glyphs
// into two words: a justified line's letters are spaced by a tenth of an
// em at most, a space is a quarter.
const pairSpaceEm = 0.2

// tjWordGap is the TJ adjustment, in thousandths of an em, past which a
// gap between two strings of items is a space between words: past
// minWordGap, where words are drawn whole and only justification and
// kerning move them (TeX sets a justified line's spaces at a sixth of an
// em and more, its kerns at a tenth and less); but in a heading spaced
// letter by letter, each letter a string of its own ("A" -180 "V" -204
// "V" … -430 "P"), past half again the gaps between its letters.
func tjWordGap(items []operand, font *fontInfo) float64 {
	step := 1
	if font.twoByte {
		step = 2
	}
	// Most TJs are a word or two with kerns: counted without allocating,
	// they are spared the median.
	strs, letters := 0, 0
	for _, item := range items {
		if item.kind == operandString {
			strs++
			if len(item.str) == step {
				letters++
			}
		}
	}
	if strs < minTJLetters || letters*5 < strs*4 {
		return minWordGap
	}
	// Every adjustment counts, a kern that draws two letters closer too:
	// TeX's fonts kern a word's letters each in a string of its own
	// ("G" 1 "I" 1 "A" … -248 "M"), which spaces no heading.
	var gaps []float64
	for _, item := range items {
		if item.kind == operandNumber {
			gaps = append(gaps, -item.num)
		}
	}
	if len(gaps) == 0 {
		return minWordGap
	}
	slices.Sort(gaps)
	return max(minWordGap, 1.5*gaps[len(gaps)/2])
}

// minWordGap is the least TJ adjustment, in thousandths of an em, that
// parts two words; minTJLetters is the fewest strings, most of them
// a letter each, that make a letter-spaced TJ.
const (
	minWordGap   = 150
	minTJLetters = 4
)

// padding finds the first stretch of padSpaces spaces or more in raw, a
// string of a one-byte font whose code 32 is a space: its start and end,
// or -1, -1 for none.
func padding(raw string, font *fontInfo, g *gstate) (start, end int) {
	if font.twoByte {
		return -1, -1
	}
	wide := wideSpace(raw, font, g) // once: it counts the string's spaces
	for i := 0; i < len(raw); i++ {
		if raw[i] != ' ' {
			continue
		}
		j := i + 1
		for j < len(raw) && raw[j] == ' ' {
			j++
		}
		if j-i >= padSpaces || wide {
			if string(font.appendText(nil, " ")) != " " {
				return -1, -1 // the font's code 32 draws another glyph
			}
			return i, j
		}
		i = j
	}
	return -1, -1
}

// wideSpace reports whether one space of raw pads it as a row's cells
// are padded: the word spacing widens it past any justified line's gap,
// in a string of a row's few cells (a report's row set by widthshow,
// "(Consigliere X)" at 90 Tw, its mark in the next column); not a
// justified line's many words (ReportLab sets a subject's short first
// line at 3 ems a space). In a font of fixed pitch, where a report's
// columns stand, a space drawn twice as wide as the font's pads (groff's
// tbl sets a roll's "(ASSESSORE P)" at 24 Tw in Courier, "(P/A
// COMPONENTE)" at 6): a justified line there stretches its spaces by a
// fraction of a letter, and a heading spaced letter by letter ("V E R B
// A L E    D I") widens every glyph. Most strings are drawn with no word
// spacing, and are spared the rest.
func wideSpace(raw string, font *fontInfo, g *gstate) bool {
	if g.tw <= 0 || g.tfs <= 0 || strings.Count(raw, " ") > maxWideSpaces {
		return false
	}
	space := font.advance(" ", g.tfs, g.tc, g.tw)
	return space >= wideSpaceEm*g.tfs || space >= markPadEm*g.tfs && markAfterSpace(raw) ||
		g.tc == 0 && space >= fixedPadSpaces*font.advance(" ", g.tfs, 0, 0) && fixedPitch(raw, font)
}

// markAfterSpace reports whether raw ends with one glyph after its only
// space: a row's mark set in its column by the space's width ("(NNI P)"
// at 27.73 Tw, a name's last letters and its mark, as Ghostscript draws
// a roll), which no justified line ends with.
func markAfterSpace(raw string) bool {
	i := strings.IndexByte(raw, ' ')
	return i > 0 && i == len(raw)-2 && strings.Count(raw, " ") == 1
}

// fixedPitch reports whether every glyph of raw, a string of a one-byte
// font, is as wide as the font's space: Courier's, a typewriter's.
func fixedPitch(raw string, font *fontInfo) bool {
	if font.twoByte {
		return false
	}
	space := font.advance(" ", 1, 0, 0)
	for i := range len(raw) {
		if font.advance(raw[i:i+1], 1, 0, 0) != space {
			return false
		}
	}
	return space > 0
}

// padSpaces is how many spaces in a row pad a string to a column rather
// than part two words (two after a full stop, as typists set them);
// wideSpaceEm how wide, in ems, one space pads so, in a string of at most
// maxWideSpaces spaces; fixedPadSpaces how many of its own spaces wide
// one space pads in a font of fixed pitch; markPadEm how wide, in ems,
// one space before a mark pads (markAfterSpace).
const (
	padSpaces      = 3
	wideSpaceEm    = 3.5
	fixedPadSpaces = 2
	markPadEm      = 2
	maxWideSpaces  = 2
)

// cellJump is the TJ adjustment, in ems, from which show starts a new run:
// wider than a justified line's word gaps, a third of an em stretched to
// two thirds at most; pdflatex draws a table's row in one TJ, its columns
// parted by glue of an em and more ("Marrazzo Elisa" -1200 "P").
const cellJump = 1.0

// emit adds the run of in.text, drawn from advance from to advance to
// along the text line that starts at start.
func (in *interpreter) emit(font *fontInfo, start matrix, from, to, spacing float64) {
	g := &in.g
	text := in.text
	if g.invisible {
		text = ocrWord(text)
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return
	}
	tm := start
	if from != 0 {
		tm = translate(from, 0).mul(start) // a cell further along the TJ
	}
	trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.trise}.mul(tm).mul(g.ctm)
	x, y := trm[4], trm[5]
	userStart := start.mul(g.ctm)
	x2, _ := userStart.apply(to-spacing, g.trise)
	pen, _ := userStart.apply(to, g.trise)
	run := Run{
		X:         x,
		Y:         y,
		W:         x2 - x,
		Size:      math.Hypot(trm[2], trm[3]),
		Font:      font.name,
		Rotated:   trm[0] <= 0 || math.Abs(trm[1]) > maxSlope*trm[0],
		Invisible: g.invisible,
	}
	if g.invisible {
		var ok bool
		if text, ok = in.placedOCRWord(&run, text); !ok {
			return
		}
	}
	if in.continuesLastRun(&run, len(text)) {
		last := &in.page.Runs[len(in.page.Runs)-1]
		if in.joined == nil {
			in.joined = append(in.joinedRoom[:0], last.Text...)
		}
		if bytes.ContainsFunc(text, isLigature) {
			in.joined = append(in.joined, unfoldLigatures(string(text))...)
		} else {
			in.joined = append(in.joined, text...)
		}
		last.W = run.X + run.W - last.X
		in.penEnd = pen
		return
	}
	in.flushJoined()
	if len(in.page.Runs) == maxPageRuns {
		panic(fmt.Errorf("over the %d-run %w", maxPageRuns, errLimit))
	}
	if in.doc.runsLeft.Add(-1) < 0 {
		panic(fmt.Errorf("document over the %d-run %w", maxDocumentRuns, errLimit))
	}
	run.Text = unfoldLigatures(string(text))
	in.page.Runs = append(in.page.Runs, run)
	in.penEnd = pen
}

// Producers such as Skia (Chromium's "Save as PDF") draw text glyph by
// glyph, each where the last one ended. A glyph drawn so is appended to
// the run before it, as if both had been drawn in one operation: a page
// then holds a run per word rather than per letter, for less memory and
// less work in grouping and reading its lines.
const (
	// glyphJoin is how far, in ems, a glyph may start from where the last
	// run ended and still continue it: kerning, not a space.
	glyphJoin = 0.01
	// maxJoinedRun is the longest text, in bytes, a run grows to by
	// continuation, so that a line of thousands of touching glyphs costs
	// linear time.
	maxJoinedRun = 256
)

// flushJoined gives the page's last run the text it was extended with.
// Until then that text grows in the interpreter's buffer, not in the run:
// a string made a glyph longer at each glyph would be allocated again
// each time.
func (in *interpreter) flushJoined() {
	if in.joined == nil {
		return
	}
	in.page.Runs[len(in.page.Runs)-1].Text = string(in.joined)
	in.joinedRoom, in.joined = in.joined, nil
}

// continuesLastRun reports whether r, of n bytes of text, continues the
// page's last run: the same font at the same size, on the same baseline,
// upright, and starting where the pen stood after that run's last glyph.
func (in *interpreter) continuesLastRun(r *Run, n int) bool {
	k := len(in.page.Runs)
	if k == 0 {
		return false
	}
	last := &in.page.Runs[k-1]
	length := len(last.Text)
	if in.joined != nil {
		length = len(in.joined)
	}
	return !last.Rotated && !r.Rotated && last.Invisible == r.Invisible && last.Y == r.Y && last.Size == r.Size && last.Font == r.Font &&
		last.W >= 0 && r.W >= 0 && length+n <= maxJoinedRun &&
		math.Abs(r.X-in.penEnd) <= glyphJoin*math.Max(r.Size, 1)
}

// unfoldLigatures replaces the Latin ligature characters (ﬁ, ﬂ, …) that
// CID-font producers emit with their letters, leaving everything else as
// drawn: a full NFKC would also rewrite ellipses, ordinals and superscripts.
func unfoldLigatures(s string) string {
	if !strings.ContainsFunc(s, isLigature) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isLigature(r) {
			b.WriteString(norm.NFKC.String(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isLigature(r rune) bool { return r >= 0xFB00 && r <= 0xFB06 }
