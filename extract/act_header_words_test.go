package extract

import (
	"math"
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"github.com/openalbo/albo/extract/pdftext"
)

// headingsOf lists the strings a pattern matches, with every repetition
// taken once or not at all and every class of white space read as one
// space: for the finite vocabularies of headerKinds, that is each heading
// as a table prints it.
func headingsOf(t *testing.T, re *syntax.Regexp) []string {
	t.Helper()
	concat := func(a, b []string) []string {
		var out []string
		for _, x := range a {
			for _, y := range b {
				out = append(out, x+y)
			}
		}
		return out
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}
	case syntax.OpLiteral:
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		var runes []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if lo <= ' ' && ' ' <= hi {
				return []string{" "} // \s
			}
			if hi-lo > 64 {
				t.Fatalf("class %v too wide to enumerate", re)
			}
			for r := lo; r <= hi; r++ {
				runes = append(runes, r)
			}
		}
		var out []string
		for _, r := range runes {
			out = append(out, string(r))
		}
		return out
	case syntax.OpCapture:
		return headingsOf(t, re.Sub[0])
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			out = concat(out, headingsOf(t, sub))
		}
		return out
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			out = append(out, headingsOf(t, sub)...)
		}
		return out
	case syntax.OpQuest, syntax.OpStar:
		return append([]string{""}, headingsOf(t, re.Sub[0])...)
	case syntax.OpPlus:
		return headingsOf(t, re.Sub[0])
	case syntax.OpRepeat:
		out := []string{""}
		for range re.Min {
			out = concat(out, headingsOf(t, re.Sub[0]))
		}
		if re.Max != re.Min {
			out = append(out, concat(out, headingsOf(t, re.Sub[0]))...)
		}
		return out
	}
	t.Fatalf("cannot enumerate %v (op %v)", re, re.Op)
	return nil
}

// TestHeadingWordsCoverHeadings: every heading headerKinds reads passes
// mayBeHeader, alone and beside the others in one line, so that the words
// checked first never hide a header.
func TestHeadingWordsCoverHeadings(t *testing.T) {
	var headings []string
	for _, h := range headerKinds {
		re, err := syntax.Parse(h.re().String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range headingsOf(t, re.Simplify()) {
			if s = strings.TrimSpace(s); s != "" && !slices.Contains(headings, s) {
				headings = append(headings, s)
			}
		}
	}
	if len(headings) < 100 {
		t.Fatalf("only %d headings enumerated: the enumeration lost some", len(headings))
	}
	for _, s := range headings {
		if headerKind(s) == colNone {
			t.Errorf("%q, enumerated from the patterns, is no heading for headerKind", s)
		}
		for _, printed := range []string{s, strings.ToUpper(s), cases.Title(language.Italian).String(s)} {
			if !mayBeHeader(printed) {
				t.Errorf("mayBeHeader(%q) = false for a heading", printed)
			}
		}
	}
	if line := strings.Join(headings, "   "); !mayBeHeader(line) {
		t.Errorf("mayBeHeader of all the headings in one line = false")
	}
	t.Logf("%d headings enumerated", len(headings))
}

func TestMayBeHeader(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Nominativo   Carica   Presente   Assente", true},
		{"COGNOME E NOME  PRESENTE(SI/NO)", true},
		{"N°  Componenti della Giunta  P  A", true},
		{"Presenti: Assenti:", true},
		{"", true},
		{"Rossi Mario   Sindaco   Sì", false},
		{"Presenti n. 12", false},
		{"Il Consiglio Comunale delibera", false},
		{"Presente in videoconferenzaaaaaaaaaa", false},
		{"Componenti1", false},
		{"presente\xffassente", true},
	}
	for _, tt := range tests {
		if got := mayBeHeader(tt.text); got != tt.want {
			t.Errorf("mayBeHeader(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func BenchmarkMayBeHeader(b *testing.B) {
	line := "Il Consiglio Comunale, udita la relazione dell'Assessore, delibera di approvare il piano"
	for b.Loop() {
		mayBeHeader(line)
	}
}

// TestSeveralCells: severalCells never says one cell where lineCells finds
// more, over lines of random runs (gaps about the cut, padded texts).
func TestSeveralCells(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	texts := []string{"Rossi", "Mario", "Sì", "Rossi  Mario", "presente", "  ", "a   b", ""}
	for range 20000 {
		var l pdftext.Line
		x := rng.Float64() * 100
		for range 1 + rng.IntN(5) {
			size := []float64{0, 0.5, 8, 11}[rng.IntN(4)]
			w := rng.Float64() * 40
			l.Runs = append(l.Runs, pdftext.Run{Text: texts[rng.IntN(len(texts))], X: x, W: w, Size: size})
			x += w + (rng.Float64()*2-0.5)*tableCellGap*math.Max(size, 1)*1.5
		}
		if len(lineCells(l)) > 1 && !severalCells(l) {
			t.Fatalf("severalCells says one cell; lineCells finds %d in %+v", len(lineCells(l)), l.Runs)
		}
	}
}
