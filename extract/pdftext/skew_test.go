package pdftext

import (
	"math"
	"strings"
	"testing"
)

// tiltedPage draws lines of words as a scan's text layer does: each word
// its own run on its own baseline, the lines tilted by degrees; with
// jitter, each word's baseline off by up to a tenth of a point more.
func tiltedPage(lines []string, degrees float64, jitter bool) []Run {
	slope := math.Tan(degrees * math.Pi / 180)
	var runs []Run
	for i, line := range lines {
		x, y := 60.0, 700-14*float64(i)
		for k, w := range strings.Fields(line) {
			width := 5 * float64(len(w)+1)
			dy := 0.0
			if jitter {
				dy = 0.1 * float64(k%3-1)
			}
			runs = append(runs, Run{X: x, Y: y + slope*(x-60) + dy, W: width, Size: 10, Text: w + " "})
			x += width + 2
		}
	}
	return runs
}

// TestSkewedLines: a tilted page's lines come whole and in order, and a
// straight page, or one with a few tilted words (a stamp), is read as
// drawn.
func TestSkewedLines(t *testing.T) {
	text := []string{
		"L'anno duemilaventisei il giorno ventiquattro del mese di novembre alle ore 17:30, nella Residenza",
		"Municipale, per determinazione del Sindaco con inviti diramati in data utile, si è riunita la Giunta",
		"Comunale nella sala delle adunanze per deliberare sugli argomenti posti all'ordine del giorno.",
	}
	tests := []struct {
		name    string
		degrees float64
		jitter  bool
	}{
		{"straight", 0, false},
		{"tilted up half a degree", 0.5, true},
		{"tilted down a degree", -1.1, true},
		{"tilted a quarter of a degree", 0.25, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := GroupLines(1, tiltedPage(text, tt.degrees, tt.jitter))
			var got []string
			for _, l := range lines {
				got = append(got, l.Text)
			}
			if strings.Join(got, "\n") != strings.Join(text, "\n") {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(text, "\n"))
			}
		})
	}
}

// TestSkew: the slope measured, and none where the page's words share
// their baselines or only a few stray from them.
func TestSkew(t *testing.T) {
	line := strings.Repeat("parola altra cosa ancora testo ", 3)
	words := []string{line, line, line}
	straight := tiltedPage(words, 0, false)
	stamp := tiltedPage([]string{"COMUNE DI BORGO PROT. N. 1234"}, 2, false)
	for i := range stamp {
		stamp[i].Y -= 300
	}
	tests := []struct {
		name string
		runs []Run
		want float64
	}{
		{"straight", straight, 0},
		{"tilted", tiltedPage(words, 0.6, true), math.Tan(0.6 * math.Pi / 180)},
		{"a straight page with a tilted stamp", append(append([]Run{}, straight...), stamp...), 0},
		{"too few words to tell", tiltedPage([]string{"due parole"}, 1, false), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slope, _ := skew(tt.runs)
			if math.Abs(slope-tt.want) > 0.001 {
				t.Errorf("skew = %.5f, want %.5f", slope, tt.want)
			}
		})
	}
}
