package pdftext

// An OCR's text layer: a scanned page's words, drawn invisibly (Tr 3)
// over its image, as Tesseract read them. The rules of a table and the
// dust of the scan come as words of their own, which a reader of the
// page never sees; they are cleaned here, word by word, as they are
// drawn. Plain scans, no patterns: pdftext compiles nothing when a
// program starts.

import (
	"bytes"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ocrWord is an OCR's word as the page prints it: without the vertical
// bars at its ends, a table's rules as the OCR reads them ("|", "|LI",
// "CALZI|"), its spaces kept; nothing for a word of a speck or two the
// OCR read as marks ("‘", "°", "."), nor for an "l" alone, which is no
// Italian word; and without a speck stuck before its first letter or
// figure (".L'ATTIVITÀ", "‘19/05/2026").
func ocrWord(text []byte) []byte {
	word := bytes.TrimSpace(text)
	if speck(word) || bytes.Equal(word, []byte("l")) {
		return nil
	}
	if bytes.Equal(word, []byte("—")) {
		// A dash alone between words, which Tesseract reads as an em
		// dash as often as not, is the en dash Italian acts print.
		return bytes.Replace(text, word, []byte("–"), 1)
	}
	bare := bytes.TrimSpace(bytes.Trim(word, "|"))
	if speck(bare) {
		return nil // "‘|": a speck by a rule
	}
	if first, n := utf8.DecodeRune(bare); strings.ContainsRune(specksBefore, first) {
		next, _ := utf8.DecodeRune(bare[n:])
		if (unicode.IsLetter(next) || unicode.IsDigit(next)) && (first != '«' || !bytes.ContainsRune(bare, '»')) {
			bare = bare[n:] // "«Comune" with no closing "»"
		}
	}
	if len(bare) == len(word) {
		return text
	}
	out := append(text[:0:0], bytes.TrimSpace(bare)...)
	if len(out) > 0 && bytes.HasSuffix(text, []byte(" ")) {
		out = append(out, ' ')
	}
	return out
}

// specks are the marks a speck of dust reads as: quotes, a stop, a degree
// sign, a "©". A dash or a letter may be a word, a star a bullet, and a
// colon, a comma or a semicolon the end of the word before it set apart
// ("Oggetto :"). specksBefore are those found stuck before a word, where
// no word starts with one.
const (
	specks       = "‘’'`°.^~\"“”_©"
	specksBefore = "‘`°.,*«"
)

// speck reports whether word is one or two specks.
func speck(word []byte) bool {
	n := utf8.RuneCount(word)
	if n == 0 || n > 2 {
		return false
	}
	for _, r := range string(word) {
		if !strings.ContainsRune(specks, r) {
			return false
		}
	}
	return true
}

// placedOCRWord is an invisible word r of text as placed on its line: a
// colon, a semicolon or a comma alone is the stop of the word before it
// when it stands right after one ("Oggetto :"), a speck where it opens a
// line (";" before "Ufficio"), and then ok is false; a Roman numeral read
// as letters after an office's name is set right (romanAfterOffice).
func (in *interpreter) placedOCRWord(r *Run, text []byte) (word []byte, ok bool) {
	follows := in.followsWord(r)
	if t := bytes.TrimSpace(text); len(t) == 1 && strings.IndexByte(":;,", t[0]) >= 0 {
		return text, follows
	}
	if follows {
		in.flushJoined() // the word before, whole
		text = romanAfterOffice(in.page.Runs[len(in.page.Runs)-1].Text, text)
	}
	return text, true
}

// followsWord reports whether r stands right after the page's last run,
// on its line: within an em and a half of its end.
func (in *interpreter) followsWord(r *Run) bool {
	k := len(in.page.Runs)
	if k == 0 {
		return false
	}
	last := &in.page.Runs[k-1]
	em := math.Max(r.Size, 1)
	gap := r.X - (last.X + last.W)
	return math.Abs(last.Y-r.Y) <= BaselineTolerance*em && gap > -em && gap < 1.5*em
}

// romanAfterOffice is an OCR's word after the word before it, with the
// Roman numeral an OCR reads as letters after an office's name set right:
// "Settore Il" is "Settore II", "Area Ill" "Area III" (no article follows
// an office's name).
func romanAfterOffice(before string, word []byte) []byte {
	if !romanOffices[strings.ToLower(strings.TrimSpace(before))] {
		return word
	}
	trimmed := bytes.TrimRight(word, " ")
	bare := bytes.TrimRight(trimmed, ".,;:-–")
	if !misreadRoman(bare) {
		return word
	}
	fixed := bytes.ReplaceAll(bare, []byte("l"), []byte("I"))
	return append(append(fixed, trimmed[len(bare):]...), word[len(trimmed):]...)
}

// romanOffices are the names of the offices numbered in Roman figures.
var romanOffices = map[string]bool{"settore": true, "area": true, "servizio": true, "dipartimento": true,
	"direzione": true, "ripartizione": true, "commissione": true, "unità": true, "unita": true, "u.o.": true, "uo": true}

// misreadRoman reports whether word is a Roman numeral an OCR read with
// "l" for "I": "Il", "Ill", "IIl", "lV".
func misreadRoman(word []byte) bool {
	l := false
	for _, c := range word {
		switch c {
		case 'l':
			l = true
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	return l
}
