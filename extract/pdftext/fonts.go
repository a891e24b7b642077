package pdftext

// Fonts as text positioning needs them: decoding to Unicode, glyph widths,
// one cache per document.

import (
	"strings"
	"sync"

	"github.com/ledongthuc/pdf"

	"github.com/openalbo/albo/internal/afm"
)

// fontInfo is what text positioning needs of a font, read once per font.
type fontInfo struct {
	name     string
	enc      pdf.TextEncoding
	twoByte  bool // Type0 fonts: two-byte codes, widths from /W
	first    int
	widths   []float64       // simple fonts, from FirstChar
	cidWidth map[int]float64 // Type0 fonts
	dw       float64         // default width of Type0 fonts, or of codes outside widths
	scale    float64         // glyph space to text space per 1000 (Type3 fonts)
	// cacheable is set when every code has the same length, so that the
	// text of a string is the text of its codes (not for CMaps other than
	// Identity-H).
	cacheable bool
	mu        sync.Mutex
	glyphs    map[string]string // code -> text
}

// fallbackFont stands in for a Tf that names no font: the text is kept
// with estimated widths.
var fallbackFont = &fontInfo{enc: latin1{}, dw: missingWidth, scale: 1}

type latin1 struct{}

func (latin1) Decode(raw string) string {
	r := make([]rune, len(raw))
	for i := range len(raw) {
		r[i] = rune(raw[i])
	}
	return string(r)
}

// appendText appends the text of raw to dst, NULs left out. The library's
// CMap decoder scans every mapping for every code, so the text of each
// code is decoded once and kept; codes are one byte in simple fonts and
// two in Type0 fonts.
func (f *fontInfo) appendText(dst []byte, raw string) []byte {
	if !f.cacheable {
		return appendWithoutNUL(dst, f.enc.Decode(raw))
	}
	step := 1
	if f.twoByte {
		step = 2
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.glyphs == nil {
		f.glyphs = map[string]string{}
	}
	for i := 0; i+step <= len(raw); i += step {
		code := raw[i : i+step]
		text, ok := f.glyphs[code]
		if !ok {
			text = strings.ReplaceAll(f.enc.Decode(code), "\x00", "")
			f.glyphs[code] = text
		}
		dst = append(dst, text...)
	}
	return dst
}

func appendWithoutNUL(dst []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, 0)
		if i < 0 {
			return append(dst, s...)
		}
		dst = append(dst, s[:i]...)
		s = s[i+1:]
	}
}

// advance is the advance of raw in unscaled text space (before Th).
func (f *fontInfo) advance(raw string, tfs, tc, tw float64) float64 {
	var total float64
	if f.twoByte {
		for i := 0; i+1 < len(raw); i += 2 {
			code := int(raw[i])<<8 | int(raw[i+1])
			w, ok := f.cidWidth[code]
			if !ok {
				w = f.dw
			}
			total += w*f.scale/1000*tfs + tc
		}
		return total
	}
	for i := range len(raw) {
		code := int(raw[i])
		w := f.dw
		if k := code - f.first; k >= 0 && k < len(f.widths) {
			w = f.widths[k]
		}
		total += w*f.scale/1000*tfs + tc
		if code == ' ' {
			total += tw
		}
	}
	return total
}

// fontCache shares parsed fonts between pages: the same font dictionary
// (same indirect references) is the same font.
type fontCache struct {
	mu    sync.Mutex
	fonts map[string]*fontInfo // by resource dictionary and name
	// byDict holds the same fonts by the printed form of the font's own
	// dictionary: producers that give every page a resource dictionary of
	// its own (Word) name the same fonts from each, and loading a font
	// (its widths, its CMap) costs far more than printing its dictionary.
	byDict map[string]*fontInfo
	// byRef holds them by their object reference ("12 0 R"), read from the
	// printed resource dictionary: resolving the reference costs the
	// library a decompression of the object stream that holds it (iLovePDF,
	// PDF 1.5 producers), for every page that names the font.
	byRef map[string]*fontInfo
}

func newFontCache() *fontCache {
	return &fontCache{fonts: map[string]*fontInfo{}, byDict: map[string]*fontInfo{}, byRef: map[string]*fontInfo{}}
}

// get returns the font a resource dictionary names. resKey identifies the
// dictionary by its printed form, which holds references to the fonts, not
// the fonts themselves: pages that share resources share the key.
func (c *fontCache) get(resKey string, fontRes pdf.Value, name string) *fontInfo {
	key := resKey + "\x00" + name
	c.mu.Lock()
	defer c.mu.Unlock()
	if f, ok := c.fonts[key]; ok {
		return f
	}
	ref, byRef := fontRef(resKey, name)
	if f, ok := c.byRef[ref]; ok && byRef {
		c.fonts[key] = f
		return f
	}
	var f *fontInfo
	if v := fontRes.Key(name); v.Kind() == pdf.Dict {
		dictKey := v.String()
		var ok bool
		if f, ok = c.byDict[dictKey]; !ok {
			f = loadFont(v)
			c.byDict[dictKey] = f
		}
	}
	c.fonts[key] = f
	if byRef {
		c.byRef[ref] = f
	}
	return f
}

// fontRef returns the reference ("12 0 R") under which a printed resource
// dictionary (pdf.Value.String) names the font name. It answers only for a
// dictionary printed as nothing but "/Name N G R" entries, which cannot
// be misread; ok is false otherwise (inline fonts, odd names).
func fontRef(printed, name string) (ref string, ok bool) {
	rest, found := strings.CutPrefix(printed, "<<")
	if !found {
		return "", false
	}
	for rest != ">>" {
		rest = strings.TrimPrefix(rest, " ")
		var key, id, gen string
		if key, rest, found = strings.Cut(rest, " "); !found || len(key) < 2 || key[0] != '/' {
			return "", false
		}
		if id, rest, found = strings.Cut(rest, " "); !found || !isDigits(id) {
			return "", false
		}
		if gen, rest, found = strings.Cut(rest, " "); !found || !isDigits(gen) {
			return "", false
		}
		if rest, found = strings.CutPrefix(rest, "R"); !found {
			return "", false
		}
		if key[1:] == name {
			ref = id + " " + gen + " R"
		}
	}
	return ref, ref != ""
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func loadFont(v pdf.Value) *fontInfo {
	font := pdf.Font{V: v}
	f := &fontInfo{name: font.BaseFont(), scale: 1}
	if i := strings.IndexByte(f.name, '+'); i >= 0 {
		f.name = f.name[i+1:]
	}
	f.enc = font.Encoder()
	if f.enc == nil {
		f.enc = latin1{}
	}
	if fm := v.Key("FontMatrix"); fm.Len() == 6 {
		f.scale = fm.Index(0).Float64() * 1000
	}
	f.cacheable = true
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		f.cacheable = v.Key("Encoding").Name() == "Identity-H"
		desc := v.Key("DescendantFonts").Index(0)
		f.dw = 1000
		if dw := desc.Key("DW"); !dw.IsNull() {
			f.dw = dw.Float64()
		}
		f.cidWidth = cidWidths(desc.Key("W"))
		return f
	}
	widths := v.Key("Widths")
	if widths.Kind() != pdf.Array || widths.Len() == 0 {
		f.dw = missingWidth
		// A standard 14 font named without its widths, which a reader
		// knows; nil for any other.
		f.widths = afm.Widths(f.name)
		return f
	}
	f.first = int(v.Key("FirstChar").Int64())
	f.widths = make([]float64, widths.Len())
	for i := range f.widths {
		f.widths[i] = widths.Index(i).Float64()
	}
	f.dw = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	return f
}

// cidWidths reads a CIDFont /W array: "c [w1 w2 …]" or "cfirst clast w".
func cidWidths(w pdf.Value) map[int]float64 {
	out := map[int]float64{}
	const maxRange = 1 << 16
	for i := 0; i+1 < w.Len(); {
		first := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := range min(next.Len(), maxRange) {
				out[first+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last := int(next.Int64())
		width := w.Index(i + 2).Float64()
		for c := first; c <= last && c-first < maxRange; c++ {
			out[c] = width
		}
		i += 3
	}
	return out
}
